<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>rd::AboutDialog</name>
    <message>
        <location filename="../src/gui/about_dialog.cpp" line="+12"/>
        <source>About Registry Doctor</source>
        <translation>关于 Registry Doctor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not available</source>
        <extracomment>Stands for the OpenSSL version in the About box when OpenSSL cannot be loaded.</extracomment>
        <translation>不可用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Registry Doctor %1&lt;/h2&gt;&lt;p&gt;Finds out why you cannot sign in to a container registry, and tells you how to fix it.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Registry Doctor is free software under the MIT licence.&lt;br&gt;Qt is used under the GNU Lesser General Public License version 3.&lt;br&gt;OpenSSL is used under the Apache License 2.0.&lt;/p&gt;</source>
        <extracomment>%1 is the program version, %2 the Qt version, %3 the OpenSSL version (or &quot;not available&quot;). Keep the HTML tags.</extracomment>
        <translation>&lt;h2&gt;Registry Doctor %1&lt;/h2&gt;&lt;p&gt;找出无法登录容器注册表的原因，并告诉你如何解决。&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Registry Doctor 是基于 MIT 许可证的自由软件。&lt;br&gt;Qt 依据 GNU Lesser General Public License 第 3 版使用。&lt;br&gt;OpenSSL 依据 Apache License 2.0 使用。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rd::AcrRoleModeProbe</name>
    <message>
        <location filename="../src/core/probes/acr_role_mode_probe.cpp" line="+47"/>
        <source>Skipped: only Azure Container Registry has a permissions mode.</source>
        <translation>已跳过：只有 Azure 容器注册表有权限模式。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped: nothing was refused after the sign-in.</source>
        <translation>已跳过：登录后没有任何操作被拒绝。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped: reading the registry&apos;s permissions mode needs the Azure CLI, signed in.</source>
        <translation>已跳过：读取注册表的权限模式需要已登录的 Azure CLI。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The Azure CLI could not get a token to read the registry&apos;s permissions mode: Microsoft Entra ID wants multifactor authentication, or a Conditional Access policy blocks the sign-in (%1).</source>
        <translation>Azure CLI 未能获取用于读取注册表权限模式的令牌：Microsoft Entra ID 要求多重身份验证，或者条件访问策略阻止了登录（%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Azure CLI did not tell the registry&apos;s permissions mode (you may not be allowed to read the registry&apos;s settings), so it is unknown.</source>
        <translation>Azure CLI 没有给出注册表的权限模式（你可能无权读取注册表的设置），因此该模式未知。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry uses &quot;RBAC Registry + ABAC Repository Permissions&quot; (%1): the AcrPull and AcrPush roles give no rights on its repositories there.</source>
        <translation>注册表使用 &quot;RBAC Registry + ABAC Repository Permissions&quot;（%1）：在此模式下，AcrPull 和 AcrPush 角色不授予其存储库的任何权限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry&apos;s permissions mode is %1: the AcrPull and AcrPush roles apply.</source>
        <translation>注册表的权限模式为 %1：AcrPull 和 AcrPush 角色有效。</translation>
    </message>
    <message>
        <location filename="../src/core/probes/acr_role_mode_probe.h" line="+21"/>
        <source>Registry&apos;s permissions mode</source>
        <translation>注册表的权限模式</translation>
    </message>
</context>
<context>
    <name>rd::AllLoginsDialog</name>
    <message>
        <location filename="../src/gui/all_logins_dialog.cpp" line="+31"/>
        <source>All my saved logins</source>
        <translation>我保存的所有登录</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registry</source>
        <translation>注册表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved logins</source>
        <translation>已保存的登录</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking…</source>
        <extracomment>Shown in a row of the saved-logins table while that registry is being checked.</extracomment>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registries checked</source>
        <translation>已检查的注册表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop checking</source>
        <translation>停止检查(&amp;S)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Docker has no saved logins on this computer.</source>
        <translation>此计算机上的 Docker 没有保存的登录。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Checking %n registries at once…</source>
        <translation>
            <numerusform>正在同时检查 %n 个注册表…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Works</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not tested</source>
        <extracomment>The saved login could not be tried (no answer, nothing saved, registry open to all).</extracomment>
        <translation>未测试</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expired at %1</source>
        <extracomment>%1 is a date and time in the reader&apos;s local time.</extracomment>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 of %n saved logins work.</source>
        <translation>
            <numerusform>%n 个已保存的登录中有 %1 个有效。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>rd::AzureCliProbe</name>
    <message>
        <location filename="../src/core/probes/azure_cli_probe.cpp" line="+12"/>
        <source>Azure CLI</source>
        <translation>Azure CLI</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The Azure CLI (az) is not installed, but you sign in through it. Install the Azure CLI, or sign in another way (a user name and password, or a token).</source>
        <translation>未安装 Azure CLI (az)，但所选的登录方式需要它。请安装 Azure CLI，或改用其他方式登录（用户名和密码，或令牌）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI (az) is not installed; it is only needed to sign in through it.</source>
        <translation>未安装 Azure CLI (az)；只有通过 Azure CLI 登录时才需要它。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The Azure CLI is installed, but its sign-in file %1 could not be read (%2), so whether you are signed in is unknown.</source>
        <translation>已安装 Azure CLI，但无法读取其登录文件 %1（%2），因此无法确定是否已登录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Azure CLI is installed but not signed in (no account in %1). az acr login needs az login first.</source>
        <translation>已安装 Azure CLI，但尚未登录（%1 中没有帐户）。运行 az acr login 之前需要先运行 az login。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+46"/>
        <source>The Azure CLI is signed in as %1 (subscription &quot;%2&quot;).</source>
        <translation>Azure CLI 已以 %1 身份登录（订阅“%2”）。</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>did not answer within %n second(s)</source>
        <translation>
            <numerusform>在 %n 秒内未响应</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>crashed</source>
        <translation>崩溃</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be started (%1)</source>
        <translation>无法启动（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;az account show&quot; %1, so whether you are signed in to the Azure CLI is unknown.</source>
        <translation>“az account show”%1，因此无法确定是否已登录 Azure CLI。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;az account show&quot; succeeded but printed something that is not an account, so whether you are signed in is unknown.</source>
        <translation>“az account show”执行成功，但输出的内容不是帐户信息，因此无法确定是否已登录。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Azure CLI is not signed in (&quot;%1&quot;), but you sign in through it. Run az login, then az acr login.</source>
        <translation>Azure CLI 未登录（“%1”），但所选的登录方式需要它。请先运行 az login，再运行 az acr login。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;az account show&quot; failed (exit code %1): &quot;%2&quot;. Until it works, az acr login cannot sign you in.</source>
        <translation>“az account show”失败（退出代码 %1）：“%2”。在它正常工作之前，az acr login 无法完成登录。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&quot;az account show&quot; failed with exit code %1 and printed no message. Until it works, az acr login cannot sign you in.</source>
        <translation>“az account show”失败（退出代码 %1），且未输出任何消息。在它正常工作之前，az acr login 无法完成登录。</translation>
    </message>
</context>
<context>
    <name>rd::BlobUploadProbe</name>
    <message>
        <location filename="../src/core/probes/blob_upload_probe.cpp" line="+34"/>
        <source>The registry did not answer the start of an upload: %1</source>
        <translation>注册表未响应上传的开始：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused to start an upload to %1 (status %2): this sign-in may not push there.</source>
        <translation>注册表拒绝开始向 %1 上传（状态 %2）：此登录不能推送到该处。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered the start of an upload to %1 with status %2.</source>
        <translation>注册表对向 %1 上传的开始返回了状态 %2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You may push to %1: the registry accepted the start of an upload, and it was cancelled.</source>
        <translation>你可以推送到 %1：注册表接受了上传的开始，随后该上传已被取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may push to %1: the registry accepted the start of an upload, but cancelling it was answered with status %2; the registry removes unfinished uploads itself after a while.</source>
        <translation>你可以推送到 %1：注册表接受了上传的开始，但取消上传时返回了状态 %2；注册表会在一段时间后自行删除未完成的上传。</translation>
    </message>
    <message>
        <location filename="../src/core/probes/blob_upload_probe.h" line="+18"/>
        <source>Starting an upload</source>
        <translation>开始上传</translation>
    </message>
</context>
<context>
    <name>rd::CauseCard</name>
    <message>
        <location filename="../src/gui/cause_card.cpp" line="+99"/>
        <source>What the check saw</source>
        <translation>检查发现的情况</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How to fix it</source>
        <translation>解决方法</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Read more</source>
        <translation>了解详细信息</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+81"/>
        <source>Check &amp;again</source>
        <translation>再次检查(&amp;A)</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Check again: %1</source>
        <translation>再次检查：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs just the checks behind this problem again, to see whether your fix worked.</source>
        <translation>仅重新运行与此问题相关的检查，看看修复是否生效。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Advanced: look in the registry&apos;s login log</source>
        <translation>高级：查看注册表的登录日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the registry sends its resource logs to Log Analytics, this query lists the sign-ins around the time of this check: who signed in, from which address, and what the registry answered. Run it in the Azure portal under the registry&apos;s Logs.</source>
        <translation>如果注册表将资源日志发送到 Log Analytics，此查询会列出本次检查前后的登录记录：谁登录了、从哪个地址登录、注册表如何响应。请在 Azure 门户中注册表的“日志”下运行。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy query for the registry&apos;s login log</source>
        <translation>复制注册表登录日志的查询</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking again…</source>
        <translation>正在再次检查…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed: the check no longer finds this problem.</source>
        <translation>已解决：检查不再发现此问题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still there: the check found this problem again.</source>
        <translation>仍然存在：检查再次发现了此问题。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fixed</source>
        <extracomment>Status of a problem after &quot;Check again&quot;: it is solved now. Adjective, agrees with &quot;problem&quot;.</extracomment>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+201"/>
        <source>Problem</source>
        <extracomment>Screen-reader name of the card&apos;s icon: how serious the cause is (error / warning).</extracomment>
        <translation>问题</translation>
    </message>
    <message>
        <location line="-201"/>
        <location line="+201"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>First step: %1</source>
        <translation>第一步：%1</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Opens in your browser</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Type the commands in a terminal: press Windows+X and choose Terminal (or Windows PowerShell).</source>
        <translation>在终端中输入这些命令：按 Windows+X，然后选择“终端”(或“Windows PowerShell”)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the commands in a terminal: press Command+Space, type Terminal and press Return.</source>
        <translation>在终端中输入这些命令：按 Command+空格键，输入“终端”，然后按 Return 键。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the commands in a terminal: press Ctrl+Alt+T, or open Terminal from the applications menu.</source>
        <translation>在终端中输入这些命令：按 Ctrl+Alt+T，或从应用程序菜单中打开“终端”。</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>Not confirmed: the checks behind this problem could not run to the end.</source>
        <translation>未确认：此问题背后的检查未能运行完成。</translation>
    </message>
</context>
<context>
    <name>rd::Causes</name>
    <message>
        <location filename="../src/core/diagnosis/cause_catalog.cpp" line="+34"/>
        <source>Troubleshoot registry login</source>
        <translation>注册表登录故障排除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Troubleshoot network issues with the registry</source>
        <translation>排查注册表的网络问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticate with an Azure container registry</source>
        <translation>使用 Azure 容器注册表进行身份验证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a service principal</source>
        <translation>使用服务主体登录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository-scoped tokens</source>
        <translation>存储库范围的令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequently asked questions</source>
        <translation>常见问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the health of a registry</source>
        <translation>检查注册表的运行状况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect privately to a registry with Azure Private Link</source>
        <translation>使用 Azure 专用链接以专用方式连接到注册表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow access from selected public networks</source>
        <translation>允许从所选公用网络访问</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a managed identity</source>
        <translation>使用托管标识登录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Best practices for Azure Container Registry</source>
        <translation>Azure 容器注册表最佳做法</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Docker is not installed</source>
        <translation>未安装 Docker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The docker command was not found on this computer. Signing in with docker login, and pulling or pushing images, needs the Docker client; az acr login also calls it.</source>
        <translation>在这台计算机上找不到 docker 命令。使用 docker login 登录以及拉取或推送映像都需要 Docker 客户端；az acr login 也会调用它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker is too old</source>
        <translation>Docker 版本过旧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Container Registry needs Docker 18.03 or later. Older clients do not speak the sign-in protocol the registry expects.</source>
        <translation>Azure 容器注册表需要 Docker 18.03 或更高版本。更旧的客户端不支持注册表所需的登录协议。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine is not running</source>
        <translation>Docker 引擎未运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The docker command is installed, but the Docker engine behind it (the daemon, or Docker Desktop) does not answer. Pulling and pushing images need it, and older Docker versions need it to sign in too.</source>
        <translation>已安装 docker 命令，但其背后的 Docker 引擎（守护进程或 Docker Desktop）没有响应。拉取和推送映像需要它，旧版 Docker 登录时也需要它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry name is not written correctly</source>
        <translation>注册表名称写法不正确</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker needs the registry&apos;s full login server in lowercase, such as myregistry.azurecr.io, with no https://, no path and no port. The Azure CLI (az acr login --name) needs just the registry name, without the domain.</source>
        <translation>Docker 需要注册表完整的登录服务器名称，全部小写，例如 myregistry.azurecr.io，不带 https://、路径或端口。Azure CLI (az acr login --name) 只需要注册表名称，不带域名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry name does not exist</source>
        <translation>该注册表名称不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name could not be found in DNS: there is no registry with this name, it is misspelled, it belongs to another Azure cloud (.azurecr.cn, .azurecr.us), or this computer&apos;s DNS is not working.</source>
        <translation>在 DNS 中找不到该名称：没有此名称的注册表、名称拼写错误、它属于另一个 Azure 云（.azurecr.cn、.azurecr.us），或这台计算机的 DNS 无法正常工作。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry cannot be reached from this network</source>
        <translation>无法从此网络访问注册表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer could not open a connection to the registry. Something between the two (a firewall, a VPN, a network that blocks outgoing traffic on port 443) stops the connection before any sign-in can happen.</source>
        <translation>这台计算机无法与注册表建立连接。两者之间的某个环节（防火墙、VPN、阻止 443 端口出站流量的网络）在登录之前就阻断了连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy blocks the connection</source>
        <translation>代理阻止了连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections to the registry go through a proxy, and the proxy did not let this one through: it is unreachable, asks for a sign-in of its own, or refuses the registry&apos;s address.</source>
        <translation>到注册表的连接经过代理，而代理没有放行此连接：代理无法访问、要求单独登录代理，或拒绝了注册表的地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s certificate is not trusted</source>
        <translation>注册表的证书不受信任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secure connection presents a certificate this computer does not trust. When the issuer is not Microsoft&apos;s, a company proxy or antivirus is usually opening secure connections to inspect them; Docker then refuses to send credentials.</source>
        <translation>安全连接提供的证书不受这台计算机信任。如果颁发者不是 Microsoft，通常是公司代理或防病毒软件在解密安全连接以进行检查；这种情况下 Docker 会拒绝发送凭据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s firewall does not allow your network</source>
        <translation>注册表的防火墙不允许你的网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered, but refused this computer&apos;s public IP address. The registry only accepts connections from selected networks, or its public access is turned off.</source>
        <translation>注册表已响应，但拒绝了这台计算机的公共 IP 地址。该注册表只接受来自所选网络的连接，或已关闭公共访问。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry is only reachable through its private network</source>
        <translation>只能通过专用网络访问该注册表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s name points to a private endpoint (a private address in an Azure virtual network). From outside that network, for example from home or without the VPN, the connection cannot succeed; inside it, the private DNS zone must be set up.</source>
        <translation>注册表名称指向专用终结点（Azure 虚拟网络中的专用地址）。在该网络之外（例如在家中或未连接 VPN 时）无法连接成功；在网络内部，则必须配置好专用 DNS 区域。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry is limiting requests</source>
        <translation>注册表正在限制请求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered 429 (too many requests): it is slowing down clients that send many requests in a short time. Waiting a little and trying again usually works.</source>
        <translation>注册表返回了 429（请求过多）：它正在限制短时间内发送大量请求的客户端。通常稍等片刻后重试即可。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address is not a container registry</source>
        <translation>该地址不是容器注册表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something answered at this address, but not as a container registry does. The address is probably wrong, or a web page (a proxy&apos;s block page, a captive portal) answered instead.</source>
        <translation>此地址有响应，但响应方式不像容器注册表。地址可能有误，或者是某个网页（代理的拦截页面、强制门户）代替注册表作出了响应。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry has a problem on its side</source>
        <translation>注册表端出现问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry was reached but gave no usable answer: a server error (5xx), an answer cut short, or no answer in time. This is not caused by your sign-in; it is usually temporary.</source>
        <translation>已连接到注册表，但未得到可用的响应：服务器错误 (5xx)、响应被截断或未及时响应。这与你的登录无关，通常是暂时的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no credentials for this registry</source>
        <translation>没有此注册表的凭据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was given to sign in with, and Docker has nothing saved for this registry. Docker then tries without signing in, and the registry answers unauthorized.</source>
        <translation>没有提供任何登录信息，Docker 也没有为此注册表保存任何内容。于是 Docker 尝试不登录直接访问，注册表返回 unauthorized（未授权）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name or password is wrong</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused the credentials. For a service principal the user name is the application (client) ID and the password is its client secret; for the admin account both come from the registry&apos;s Access keys page; for a token, from its Tokens page.</source>
        <translation>注册表拒绝了凭据。对于服务主体，用户名是应用程序（客户端）ID，密码是其客户端密码；对于管理员帐户，两者都在注册表的“访问密钥”页上；对于令牌，则在其“令牌”页上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name is not known to the registry</source>
        <translation>注册表不认识该用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered &quot;Application not registered with AAD&quot;: the user name is not an identity it knows. A common mistake is using an e-mail address or a display name where the service principal&apos;s application (client) ID belongs.</source>
        <translation>注册表返回“Application not registered with AAD”：该用户名不是它认识的标识。常见错误是在应填写服务主体的应用程序（客户端）ID 的地方使用了电子邮件地址或显示名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in works but lacks the rights</source>
        <translation>登录成功但缺少权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credentials are valid, but they do not allow what you are trying to do on this repository. Pulling needs the AcrPull role (or a token allowing read); pushing needs AcrPush (or a token allowing write). A role assigned minutes ago can take up to about ten minutes to apply.</source>
        <translation>凭据有效，但不允许对此存储库执行你要做的操作。拉取需要 AcrPull 角色（或允许读取的令牌）；推送需要 AcrPush（或允许写入的令牌）。几分钟前分配的角色最多可能需要约十分钟才能生效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in has expired</source>
        <translation>登录已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved sign-in is no longer valid. After az acr login, the registry&apos;s token lasts about three hours; service principal secrets and token passwords also have an expiry date.</source>
        <translation>保存的登录已失效。运行 az acr login 后，注册表令牌的有效期约为三小时；服务主体的机密和令牌密码也有过期日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker&apos;s credential store is not working</source>
        <translation>Docker 的凭据存储无法正常工作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker keeps passwords in a credential store (Docker Desktop, Windows Credential Manager, macOS Keychain...). The store named in Docker&apos;s settings is missing or fails, so Docker cannot save or read the registry&apos;s credentials.</source>
        <translation>Docker 将密码保存在凭据存储中（Docker Desktop、Windows 凭据管理器、macOS 钥匙串等）。Docker 设置中指定的存储缺失或出错，因此 Docker 无法保存或读取注册表的凭据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure CLI is not signed in</source>
        <translation>Azure CLI 未登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>az acr login uses your Azure CLI sign-in to get a registry token. The Azure CLI on this computer is not signed in (or is not installed), so it cannot.</source>
        <translation>az acr login 使用 Azure CLI 的登录来获取注册表令牌。这台计算机上的 Azure CLI 未登录（或未安装），因此无法获取。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s clock is wrong</source>
        <translation>这台计算机的时钟不正确</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in tokens are valid for a limited time. When this computer&apos;s clock is several minutes off, fresh tokens look expired or not yet valid, and secure connections can fail.</source>
        <translation>登录令牌只在有限时间内有效。如果这台计算机的时钟偏差几分钟，新签发的令牌看起来就会已过期或尚未生效，安全连接也可能失败。</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The secure connection presents a certificate this computer does not trust. When the issuer is not Microsoft&apos;s, a company proxy or antivirus is usually opening secure connections to inspect them; %1 then refuses to send credentials.</source>
        <translation>安全连接提供的证书不受这台计算机信任。如果颁发者不是 Microsoft，通常是公司代理或防病毒软件在解密安全连接以进行检查；这种情况下 %1 会拒绝发送凭据。</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>Update the Azure CLI the way it was installed (shown here: winget on Windows, Homebrew on macOS, the Debian and Ubuntu packages on Linux), then check its version:</source>
        <translation>按安装时的方式更新 Azure CLI（此处为 Windows 上的 winget、macOS 上的 Homebrew、Linux 上的 Debian 和 Ubuntu 包），然后检查其版本：</translation>
    </message>
    <message>
        <location line="-452"/>
        <source>Azure Container Registry built-in roles</source>
        <translation>Azure 容器注册表内置角色</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pull images to a Kubernetes cluster with a pull secret</source>
        <translation>使用拉取机密将映像拉取到 Kubernetes 群集</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>az acr login needs a Docker engine it cannot reach</source>
        <translation>az acr login 需要一个它无法访问的 Docker 引擎</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>az acr login gets a registry token and then passes it to docker login, so it needs a running Docker engine. Without one (in Azure Cloud Shell, on a build agent without Docker, or with Podman or Helm instead of Docker), ask the Azure CLI for the token with --expose-token and give it to your client yourself.</source>
        <translation>az acr login 会获取注册表令牌，然后将其传递给 docker login，因此需要正在运行的 Docker 引擎。如果没有引擎（在 Azure Cloud Shell 中、在没有 Docker 的生成代理上，或使用 Podman 或 Helm 代替 Docker），请使用 --expose-token 从 Azure CLI 获取令牌，并自行将其提供给客户端。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pipeline passed an empty user name or password</source>
        <translation>管道传递了空的用户名或密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in step received an empty user name or password. In a pipeline this usually means that the secret variable is not set, is misspelled, or is not available to this run (for example in a pull request from a fork, or in another environment or variable group).</source>
        <translation>登录步骤收到了空的用户名或密码。在管道中，这通常表示机密变量未设置、拼写错误，或对此次运行不可用（例如在来自分支的拉取请求中，或在其他环境或变量组中）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pod&apos;s image pull secret is missing or does not fit</source>
        <translation>Pod 的映像拉取机密缺失或不匹配</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kubernetes pulls the image with the secrets named in the pod&apos;s imagePullSecrets or in its service account. The secret named there does not exist in the pod&apos;s namespace, or it holds credentials for another registry, so the node pulls without signing in.</source>
        <translation>Kubernetes 使用 Pod 的 imagePullSecrets 或其服务帐户中指定的机密拉取映像。该处指定的机密在 Pod 的命名空间中不存在，或者包含其他注册表的凭据，因此节点在未登录的情况下拉取。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image has no variant for this platform</source>
        <translation>映像没有适用于此平台的变体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag points to a list of images for several platforms (operating system and processor), and none of them is for the platform that pulls it, for example linux/arm64 on an Apple silicon Mac or an Arm node. This is not a sign-in problem.</source>
        <translation>该标记指向适用于多个平台（操作系统和处理器）的映像列表，但其中没有适用于拉取它的平台的映像，例如 Apple 芯片 Mac 或 Arm 节点上的 linux/arm64。这不是登录问题。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multifactor authentication or Conditional Access blocks the sign-in</source>
        <translation>多重身份验证或条件访问阻止了登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Entra ID refused to issue a token without multifactor authentication, or a Conditional Access policy blocks this sign-in (AADSTS50076, AADSTS50079, AADSTS53003). A sign-in without a person present, such as a password in a script, cannot satisfy it: sign in interactively, or use a service principal or a managed identity for automation.</source>
        <translation>Microsoft Entra ID 拒绝在没有多重身份验证的情况下颁发令牌，或者条件访问策略阻止了此登录（AADSTS50076、AADSTS50079、AADSTS53003）。无人参与的登录（例如脚本中的密码）无法满足该要求：请以交互方式登录，或在自动化中使用服务主体或托管标识。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The BuildKit builder does not trust the registry&apos;s certificate</source>
        <translation>BuildKit 生成器不信任注册表的证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>docker buildx builds in a separate BuildKit container (the docker-container driver) with its own list of trusted certificate authorities. A certificate authority that this computer or Docker trusts, such as a company proxy&apos;s or a private registry&apos;s, is not trusted inside the builder, so the build cannot pull or push.</source>
        <translation>docker buildx 在单独的 BuildKit 容器（docker-container 驱动程序）中生成，该容器有自己的受信任证书颁发机构列表。此计算机或 Docker 信任的证书颁发机构（例如公司代理或专用注册表的证书颁发机构）在生成器中不受信任，因此生成无法拉取或推送。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The docker command is Podman</source>
        <translation>docker 命令是 Podman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this computer, docker runs Podman through its Docker emulation. Podman keeps its sign-ins in its own file (auth.json) and has no Docker engine or Docker Desktop, so advice about the Docker daemon, Docker Desktop or Docker&apos;s credential store does not apply; use Podman&apos;s commands instead.</source>
        <translation>在此计算机上，docker 通过 Podman 的 Docker 模拟运行 Podman。Podman 将其登录信息保存在自己的文件 (auth.json) 中，并且没有 Docker 引擎或 Docker Desktop，因此有关 Docker 守护进程、Docker Desktop 或 Docker 凭据存储的建议不适用；请改用 Podman 的命令。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure CLI is too old for this command</source>
        <translation>Azure CLI 版本过旧，无法运行此命令</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The installed Azure CLI does not know an option that the command uses, such as --expose-token of az acr login. Update the Azure CLI, then run the command again.</source>
        <translation>已安装的 Azure CLI 无法识别该命令使用的选项，例如 az acr login 的 --expose-token。请更新 Azure CLI，然后再次运行该命令。</translation>
    </message>
    <message>
        <location line="+306"/>
        <source>Get the registry token without Docker and sign in with your client; the user name is 00000000-0000-0000-0000-000000000000 (shown here for Podman; for Helm use helm registry login):</source>
        <translation>在不使用 Docker 的情况下获取注册表令牌，并使用你的客户端登录；用户名为 00000000-0000-0000-0000-000000000000（此处为 Podman 示例；对于 Helm，请使用 helm registry login）：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check that the secret is defined for this pipeline and this run, and that the step reads it by its exact name. Stop the job early when it is empty:</source>
        <translation>检查该机密是否已为此管道和此次运行定义，以及该步骤是否按确切名称读取它。为空时，请尽早停止作业：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See which pull secret the pod names, and whether it exists in the pod&apos;s namespace:</source>
        <translation>查看 Pod 指定的拉取机密，以及它是否存在于 Pod 的命名空间中：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On AKS, let the cluster pull with its own identity instead of a secret:</source>
        <translation>在 AKS 上，让群集使用自己的标识而不是机密进行拉取：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See which platforms the tag offers, then pull one of them explicitly or build the image for your platform too:</source>
        <translation>查看该标记提供哪些平台，然后显式拉取其中之一，或者也为你的平台生成映像：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in again interactively, so that you can complete multifactor authentication, then sign in to the registry:</source>
        <translation>以交互方式重新登录，以便完成多重身份验证，然后登录到注册表：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For pipelines and scripts, sign in with a service principal or a managed identity instead of a user account.</source>
        <translation>对于管道和脚本，请使用服务主体或托管标识而不是用户帐户登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a BuildKit configuration file, buildkitd.toml, that trusts your certificate authority for this registry (give the path of its PEM file on this computer):</source>
        <translation>编写一个 BuildKit 配置文件 buildkitd.toml，使其信任你用于此注册表的证书颁发机构（提供其 PEM 文件在此计算机上的路径）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a builder with that configuration and use it:</source>
        <translation>使用该配置创建生成器并使用它：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in with Podman, then check that Podman has a sign-in for the registry:</source>
        <translation>使用 Podman 登录，然后检查 Podman 是否有该注册表的登录信息：</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>%1: signing in</source>
        <translation>%1：登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: permissions</source>
        <translation>%1：权限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: pull limits</source>
        <translation>%1：拉取限制</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The token used as the password has expired or was revoked. Access tokens and robot account secrets have the expiry date chosen when they were created; create a new one and sign in again.</source>
        <translation>用作密码的令牌已过期或已被吊销。访问令牌和机器人帐户机密具有创建时选择的过期日期；请创建新的令牌，然后重新登录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker Hub refused the user name or password. The user name is your Docker ID, not your e-mail address. With two-step verification on, or when your organization enforces single sign-on, the password must be a personal access token instead of your account password.</source>
        <translation>Docker Hub 拒绝了用户名或密码。用户名是你的 Docker ID，而不是电子邮件地址。启用两步验证时，或你的组织强制使用单一登录时，密码必须是个人访问令牌，而不是帐户密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but Docker Hub does not let this account do this on the repository: the repository is private and the account has no access to it, or the access token is read-only and you are pushing.</source>
        <translation>登录成功，但 Docker Hub 不允许此帐户对该存储库执行此操作：存储库是私有的且帐户无权访问，或访问令牌为只读而你正在推送。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Docker Hub limits how many pulls an account or an IP address may make in a period of hours. Pulls while signed in count against your account&apos;s limit; anonymous pulls against your IP address&apos;s, shared with everyone behind it. Signing in, a paid plan or a registry mirror raises the limit.</source>
        <translation>Docker Hub 限制一个帐户或 IP 地址在数小时内可以执行的拉取次数。登录后的拉取计入你帐户的限制；匿名拉取计入你的 IP 地址的限制，由使用该地址的所有人共享。登录、付费计划或注册表镜像可以提高限制。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub Container Registry refused the credentials. The user name is your GitHub login and the password a personal access token (classic) with the read:packages scope, and write:packages to push; your GitHub password and fine-grained tokens are not accepted. In GitHub Actions, use GITHUB_TOKEN.</source>
        <translation>GitHub Container Registry 拒绝了凭据。用户名是你的 GitHub 登录名，密码是具有 read:packages 范围(推送还需 write:packages)的个人访问令牌(classic)；不接受 GitHub 密码和细粒度令牌。在 GitHub Actions 中，请使用 GITHUB_TOKEN。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but GitHub does not let this token do this on the package: a personal access token (classic) needs read:packages to pull and write:packages to push, and your account needs access to the package. In GitHub Actions, the package must give the workflow&apos;s repository access (package settings, Manage Actions access).</source>
        <translation>登录成功，但 GitHub 不允许此令牌对该包执行此操作：个人访问令牌(classic)拉取需要 read:packages，推送需要 write:packages，并且你的帐户需要有该包的访问权限。在 GitHub Actions 中，包必须向工作流的存储库授予访问权限(包设置，Manage Actions access)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon ECR refused the credentials. The user name is always AWS and the password a token from aws ecr get-login-password, made for the registry&apos;s own region and account; your AWS access keys are not a registry password.</source>
        <translation>Amazon ECR 拒绝了凭据。用户名始终是 AWS，密码是 aws ecr get-login-password 为注册表所在区域和帐户生成的令牌；你的 AWS 访问密钥不是注册表密码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Amazon ECR&apos;s sign-in tokens last 12 hours. The saved token is older than that, so the registry no longer accepts it; get a new one (or let the docker-credential-ecr-login helper get one each time).</source>
        <translation>Amazon ECR 的登录令牌有效期为 12 小时。保存的令牌已超过该时间，注册表不再接受；请获取新的令牌(或让 docker-credential-ecr-login 帮助程序每次获取)。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The sign-in works, but the AWS identity that made the token may not do this on the repository: pulling needs ecr:BatchGetImage and ecr:GetDownloadUrlForLayer (the AmazonEC2ContainerRegistryReadOnly policy has them), pushing also ecr:PutImage and the layer upload actions. A repository policy can also deny it.</source>
        <translation>登录成功，但生成令牌的 AWS 身份不能对该存储库执行此操作：拉取需要 ecr:BatchGetImage 和 ecr:GetDownloadUrlForLayer(AmazonEC2ContainerRegistryReadOnly 策略包含这些权限)，推送还需要 ecr:PutImage 和层上传操作。存储库策略也可能拒绝。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon ECR Public refused the credentials. The user name is always AWS and the password a token from aws ecr-public get-login-password --region us-east-1.</source>
        <translation>Amazon ECR Public 拒绝了凭据。用户名始终是 AWS，密码是 aws ecr-public get-login-password --region us-east-1 生成的令牌。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Google&apos;s registry refused the credentials. With the gcloud CLI, gcloud auth configure-docker for this host lets Docker use your gcloud sign-in. By hand, the user name is oauth2accesstoken with a token from gcloud auth print-access-token, or _json_key (or _json_key_base64) with a service account key.</source>
        <translation>Google 的注册表拒绝了凭据。使用 gcloud CLI 时，对此主机运行 gcloud auth configure-docker 可让 Docker 使用你的 gcloud 登录。手动登录时，用户名为 oauth2accesstoken 并使用 gcloud auth print-access-token 的令牌，或 _json_key(或 _json_key_base64)并使用服务账号密钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google access tokens last one hour. A token given to docker login by hand stops working after that; the gcloud credential helper (gcloud auth configure-docker) gets a new one every time.</source>
        <translation>Google 访问令牌的有效期为一小时。手动提供给 docker login 的令牌在此之后失效；gcloud 凭据帮助程序(gcloud auth configure-docker)每次都会获取新令牌。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in works, but the Google account or service account lacks the role: pulling needs Artifact Registry Reader (roles/artifactregistry.reader) on the repository or project, pushing Artifact Registry Writer (roles/artifactregistry.writer).</source>
        <translation>登录成功，但 Google 帐户或服务账号缺少角色：拉取需要存储库或项目上的 Artifact Registry Reader(roles/artifactregistry.reader)，推送需要 Artifact Registry Writer(roles/artifactregistry.writer)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Harbor refused the credentials. Use your Harbor user name and password (with single sign-on, the CLI secret from your user profile), or a robot account: its name starts with robot$ and its password is the secret shown when it was created. In a shell, put the name in single quotes, or the $ and what follows disappear.</source>
        <translation>Harbor 拒绝了凭据。请使用你的 Harbor 用户名和密码(使用单一登录时，为用户配置文件中的 CLI 机密)，或机器人帐户：其名称以 robot$ 开头，密码是创建时显示的机密。在 shell 中请用单引号括起名称，否则 $ 及其后的内容会消失。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but the account is not a member of this Harbor project with enough rights (Guest to pull, Developer to push), or the robot account lacks the pull or push permission for the project.</source>
        <translation>登录成功，但该帐户不是此 Harbor 项目中具有足够权限的成员(拉取需要 Guest，推送需要 Developer)，或机器人帐户缺少该项目的拉取或推送权限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quay refused the credentials. Use your Quay user name with an encrypted password, or a robot account (a name like organization+robot) with its token; both come from Quay&apos;s account or organization settings.</source>
        <translation>Quay 拒绝了凭据。请使用你的 Quay 用户名和加密密码，或机器人帐户(名称形如 组织+机器人)及其令牌；两者都在 Quay 的帐户或组织设置中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but the account or robot account has no read (or write) permission on this repository; an administrator of the organization grants it in the repository&apos;s settings.</source>
        <translation>登录成功，但该帐户或机器人帐户对此存储库没有读取(或写入)权限；组织管理员可在存储库设置中授予。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitLab refused the credentials. Use your GitLab user name with a personal access token that has the read_registry scope (write_registry to push), or a deploy token; in a pipeline, CI_REGISTRY_USER with CI_JOB_TOKEN. With two-factor authentication on, your account password does not work.</source>
        <translation>GitLab 拒绝了凭据。请使用你的 GitLab 用户名和具有 read_registry 范围(推送需 write_registry)的个人访问令牌，或部署令牌；在流水线中使用 CI_REGISTRY_USER 和 CI_JOB_TOKEN。启用双重身份验证时，帐户密码无效。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but this token or user may not do this on the project&apos;s registry: the token needs read_registry (write_registry to push), and the user at least the Reporter role on the project (Developer to push).</source>
        <translation>登录成功，但此令牌或用户不能对项目的注册表执行此操作：令牌需要 read_registry(推送需 write_registry)，用户至少需要项目中的 Reporter 角色(推送需 Developer)。</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>The saved login is for another registry address</source>
        <translation>保存的登录属于另一个注册表地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker keeps one login per registry address. It has a login for a neighbouring address (another AWS account or region, another Google registry host), but none for the one you use, so it sends no credentials. Each ECR account and region is a registry of its own, and gcloud auth configure-docker sets up only the hosts it is given.</source>
        <translation>Docker 为每个注册表地址保存一个登录。它有一个相邻地址(另一个 AWS 帐户或区域、另一个 Google 注册表主机)的登录，但没有你所用地址的登录，因此不会发送凭据。每个 ECR 帐户和区域都是独立的注册表，gcloud auth configure-docker 只配置提供给它的主机。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An e-mail address is used as the user name</source>
        <translation>用户名使用了电子邮件地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name is an e-mail address, but this registry signs in with a login name: your Docker ID on Docker Hub, your GitHub login on GitHub, AWS on Amazon ECR, oauth2accesstoken or _json_key on Google, a user or robot name on Quay; on Azure, a service principal&apos;s application (client) ID, the admin user name or a token name.</source>
        <translation>用户名是电子邮件地址，但此注册表使用登录名登录：Docker Hub 上是你的 Docker ID，GitHub 上是你的 GitHub 登录名，Amazon ECR 上是 AWS，Google 上是 oauth2accesstoken 或 _json_key，Quay 上是用户名或机器人名称；Azure 上是服务主体的应用程序(客户端) ID、管理员帐户名称或令牌名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure CLI is signed in to another Azure cloud</source>
        <translation>Azure CLI 已登录到另一个 Azure 云</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registries in Azure operated by 21Vianet (.azurecr.cn) and Azure Government (.azurecr.us) live in clouds of their own, with their own accounts. The Azure CLI is signed in to a different cloud than the registry&apos;s, so az acr login cannot get a token for it (Microsoft Entra ID answers with errors such as AADSTS90002).</source>
        <translation>由世纪互联运营的 Azure(.azurecr.cn)和 Azure 政府版(.azurecr.us)中的注册表位于各自独立的云中，拥有各自的帐户。Azure CLI 登录的云与注册表所在的云不同，因此 az acr login 无法获取令牌(Microsoft Entra ID 会返回 AADSTS90002 等错误)。</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Configure rules to access a registry behind a firewall</source>
        <translation>配置规则以访问防火墙后面的注册表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dedicated data endpoints</source>
        <translation>专用数据终结点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View repositories in a registry</source>
        <translation>查看注册表中的存储库</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The image does not exist in this registry</source>
        <translation>此注册表中不存在该映像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in works and the registry answered, but it has no image by this name: the repository or its tag does not exist, as opposed to existing and being refused to you. Clients report it as &quot;manifest unknown&quot;, &quot;name unknown&quot; or &quot;not found&quot;. The name is often misspelled, lacks its namespace (team/app), points at another registry, or the tag was never pushed.</source>
        <translation>登录成功且注册表已响应，但没有此名称的映像：存储库或其标记不存在，这与存在但拒绝你访问不同。客户端会报告“manifest unknown”、“name unknown”或“not found”。常见原因是名称拼写错误、缺少命名空间（team/app）、指向另一个注册表，或者该标记从未推送过。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers cannot be downloaded: the data endpoint is blocked</source>
        <translation>无法下载层：数据终结点被阻止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in works, but a registry does not send image layers itself: it redirects the download to another host (a storage account, a CDN, or for Azure Container Registry with dedicated data endpoints REGISTRY.REGION.data.azurecr.io). This network does not let this computer reach that host, so pulls stop at the first layer. The firewall must allow that host as well as the registry.</source>
        <translation>登录成功，但注册表不会自己发送映像层：它会将下载重定向到另一台主机（存储帐户、CDN，或者对于启用了专用数据终结点的 Azure 容器注册表，为 REGISTRY.REGION.data.azurecr.io）。此网络不允许这台计算机访问该主机，因此拉取会在第一层停止。防火墙除了允许注册表之外，还必须允许该主机。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry speaks plain HTTP, not HTTPS</source>
        <translation>注册表使用纯 HTTP，而不是 HTTPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answers without TLS. Docker uses HTTPS for every registry outside 127.0.0.0/8, and Podman and Skopeo for every registry not marked insecure; they stop with &quot;server gave HTTP response to HTTPS client&quot;. Either set up TLS on the registry, or list it as an insecure registry in the client&apos;s settings; credentials then travel unencrypted.</source>
        <translation>注册表在没有 TLS 的情况下响应。Docker 对 127.0.0.0/8 之外的每个注册表使用 HTTPS，Podman 和 Skopeo 对每个未标记为不安全的注册表使用 HTTPS；它们会因“server gave HTTP response to HTTPS client”而停止。请在注册表上设置 TLS，或在客户端设置中将其列为不安全的注册表；这样凭据将以未加密方式传输。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s token service cannot be used</source>
        <translation>无法使用注册表的令牌服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered and sent clients to a token service at another address (the realm of its challenge), and that service cannot be reached or does not answer as a token service does. Every client fails the same way. This is usually a setting of a self-hosted registry (its token realm names an internal address, a wrong port or a service that is not running), not a problem with your password.</source>
        <translation>注册表已响应，并将客户端引导到另一个地址上的令牌服务（其身份验证质询中的 realm），但无法访问该服务，或者它的响应不像令牌服务。所有客户端都会以同样的方式失败。这通常是自托管注册表的设置问题（其令牌 realm 指向内部地址、错误的端口或未运行的服务），而不是你的密码有问题。</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Azure ABAC repository permissions</source>
        <translation>Azure ABAC 存储库权限</translation>
    </message>
    <message>
        <location line="+447"/>
        <source>Compare the connection over IPv6 and over IPv4 (in PowerShell, give the addresses that Resolve-DnsName shows):</source>
        <translation>比较通过 IPv6 和通过 IPv4 的连接（在 PowerShell 中，请填入 Resolve-DnsName 显示的地址）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask your network administrator for a working IPv6 route. Until then, turn IPv6 off on the network adapter that has no IPv6 route (Windows: give the adapter&apos;s name; Linux: for all interfaces, until the next restart):</source>
        <translation>请网络管理员提供可用的 IPv6 路由。在此之前，请在没有 IPv6 路由的网络适配器上关闭 IPv6（Windows：请填入适配器名称；Linux：对所有接口生效，直到下次重启）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the registry&apos;s permissions mode (AbacRepositoryPermissions means ABAC repository permissions):</source>
        <translation>检查注册表的权限模式（AbacRepositoryPermissions 表示 ABAC 存储库权限）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the registry owner to assign the Container Registry Repository role instead of AcrPull or AcrPush (Reader to pull, Writer to push, Contributor to delete too):</source>
        <translation>请注册表所有者分配 Container Registry Repository 角色，而不是 AcrPull 或 AcrPush（拉取用 Reader，推送用 Writer，还需删除则用 Contributor）：</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>The registry is reachable over IPv4 but not over IPv6</source>
        <translation>可以通过 IPv4 访问注册表，但无法通过 IPv6 访问</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s name has IPv6 and IPv4 addresses, and this network has no working IPv6 route: connecting over IPv6 fails, over IPv4 it works. Programs that try IPv6 first and do not fall back to IPv4 stop with errors such as &quot;connect: network is unreachable&quot; next to an address in brackets. Either the network gets a working IPv6 route, or this computer stops offering IPv6 where it has none.</source>
        <translation>注册表的名称同时有 IPv6 和 IPv4 地址，而此网络没有可用的 IPv6 路由：通过 IPv6 连接失败，通过 IPv4 则成功。先尝试 IPv6 且不回退到 IPv4 的程序会停止，并在方括号中的地址旁显示 &quot;connect：network is unreachable&quot; 之类的错误。要么为网络提供可用的 IPv6 路由，要么让此计算机在没有 IPv6 的地方不再使用 IPv6。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry uses ABAC repository permissions, where AcrPull and AcrPush do not apply</source>
        <translation>注册表使用 ABAC 存储库权限，AcrPull 和 AcrPush 在此不适用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s role assignment permissions mode is &quot;RBAC Registry + ABAC Repository Permissions&quot;. In this mode the AcrPull, AcrPush and AcrDelete roles are not honoured, and Owner, Contributor and Reader give no access to repositories: pulling needs Container Registry Repository Reader, pushing Container Registry Repository Writer, deleting Container Registry Repository Contributor, on the registry or, with an ABAC condition, on some repositories.</source>
        <translation>注册表的角色分配权限模式为 &quot;RBAC Registry + ABAC Repository Permissions&quot;。在此模式下，AcrPull、AcrPush 和 AcrDelete 角色不被承认，Owner、Contributor 和 Reader 也不授予对存储库的访问权限：拉取需要 Container Registry Repository Reader，推送需要 Container Registry Repository Writer，删除需要 Container Registry Repository Contributor，范围为注册表，或者通过 ABAC 条件限定为部分存储库。</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Docker: daemon proxy configuration</source>
        <translation>Docker：守护进程代理配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker Desktop: proxy settings</source>
        <translation>Docker Desktop：代理设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker: insecure registries</source>
        <translation>Docker：不安全的注册表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker: certificates for a registry</source>
        <translation>Docker：注册表的证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker contexts</source>
        <translation>Docker 上下文</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The Docker engine uses another proxy than this computer</source>
        <translation>Docker 引擎使用的代理与此计算机不同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>docker pull, docker push and, while the engine runs, docker login do not connect from your terminal: the Docker engine connects, with its own proxy settings. Those differ from the ones this check used (your environment&apos;s), so the engine can fail where this check succeeds, or the other way round.</source>
        <translation>docker pull、docker push 以及引擎运行时的 docker login 并不是从你的终端连接的，而是由 Docker 引擎使用其自己的代理设置进行连接。这些设置与本次检查使用的设置（你的环境中的设置）不同，因此本次检查成功的地方引擎可能失败，反之亦然。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker does not check this registry&apos;s certificate</source>
        <translation>Docker 不检查此注册表的证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Docker engine lists the registry among its insecure registries, so Docker connects without verifying the certificate (and falls back to plain HTTP). That is why docker login can succeed while other programs refuse the connection. Podman, Skopeo, Helm, the Azure CLI and browsers verify certificates and fail, and passwords sent to an unverified server can be read by whoever answers in its place.</source>
        <translation>Docker 引擎将此注册表列为不安全的注册表，因此 Docker 连接时不验证证书（并回退到未加密的 HTTP）。这就是其他程序拒绝连接时 docker login 仍可能成功的原因。Podman、Skopeo、Helm、Azure CLI 和浏览器会验证证书并失败；而且发送到未经验证的服务器的密码，可能被冒充它应答的任何一方读取。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine is not on this computer</source>
        <translation>Docker 引擎不在此计算机上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulls and pushes are made by the Docker engine, and it runs somewhere else: in Docker Desktop&apos;s virtual machine, in WSL 2, or on another machine through a Docker context or DOCKER_HOST. Its name resolution, trusted certificates and proxy can differ from this computer&apos;s, which this check tested.</source>
        <translation>拉取和推送由 Docker 引擎执行，而它在别处运行：在 Docker Desktop 的虚拟机中、在 WSL 2 中，或通过 Docker 上下文或 DOCKER_HOST 在另一台计算机上。它的名称解析、受信任的证书和代理可能与本次检查所测试的此计算机不同。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was given to sign in with, and %1 has nothing saved for this registry. %1 then tries without signing in, and the registry answers unauthorized.</source>
        <translation>没有提供任何登录信息，%1 也没有为此注册表保存任何内容。于是 %1 尝试不登录直接访问，注册表返回 unauthorized（未授权）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s credential store is not working</source>
        <translation>%1 的凭据存储无法正常工作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asks a credential store (a docker-credential helper such as pass, secretservice, Windows Credential Manager or macOS Keychain) for the registry&apos;s login. The store named in its settings is missing or fails, so %1 cannot save or read the registry&apos;s credentials.</source>
        <translation>%1 向凭据存储（docker-credential 帮助程序，例如 pass、secretservice、Windows 凭据管理器或 macOS 钥匙串）请求注册表的登录。其设置中指定的存储缺失或出错，因此 %1 无法保存或读取注册表的凭据。</translation>
    </message>
</context>
<context>
    <name>rd::CertificateFactory</name>
    <message>
        <location filename="../src/core/practice/certificate_factory.cpp" line="+43"/>
        <source>Could not create a certificate (%1).</source>
        <translation>无法创建证书（%1）。</translation>
    </message>
</context>
<context>
    <name>rd::ChallengeProbe</name>
    <message>
        <location filename="../src/core/probes/challenge_probe.cpp" line="+20"/>
        <source>Skipped: no connection to the registry.</source>
        <translation>已跳过：未连接到注册表。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skipped: no secure connection to the registry could be set up, so nothing is sent to it.</source>
        <translation>已跳过：无法与注册表建立安全连接，因此不会向其发送任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: the secure connection is not trusted, so nothing is sent to the registry.</source>
        <translation>已跳过：安全连接不受信任，因此不会向注册表发送任何内容。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The registry did not answer: %1</source>
        <translation>注册表未响应：%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The registry answered 401 but did not say how to sign in (no WWW-Authenticate header).</source>
        <translation>注册表返回了 401，但没有说明如何登录（缺少 WWW-Authenticate 标头）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s sign-in challenge could not be read: %1</source>
        <translation>无法读取注册表的身份验证质询：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The registry answers and asks for a token from %1 (service %2).</source>
        <translation>注册表已响应，要求从 %1（服务 %2）获取令牌。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry answers and asks for a user name and password (Basic sign-in).</source>
        <translation>注册表已响应，要求提供用户名和密码（Basic 登录）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry asks for an unusual kind of sign-in: %1.</source>
        <translation>注册表要求一种不常见的登录方式：%1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answers and lets anyone in without signing in.</source>
        <translation>注册表已响应，允许任何人无需登录即可访问。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry refused the connection with 403 Forbidden before any sign-in.</source>
        <translation>注册表在登录之前就以 403 Forbidden 拒绝了连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused the connection: your IP address %1 is not allowed by its firewall.</source>
        <translation>注册表拒绝了连接：你的 IP 地址 %1 未被其防火墙允许。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry answered 429: too many requests right now.</source>
        <translation>注册表返回了 429：当前请求过多。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered 429: too many requests; it asks to wait %1 seconds.</source>
        <translation>注册表返回了 429：请求过多；它要求等待 %1 秒。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry answered %1: a problem on the server&apos;s side.</source>
        <translation>注册表返回了 %1：服务器端出现问题。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The address answered with a redirect (%1) at /v2/ without saying where to; a container registry never does this, and the check does not follow redirects.</source>
        <translation>该地址对 /v2/ 返回了重定向（%1），但没有说明重定向到哪里；容器注册表从不这样做，而且检查不会跟随重定向。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address answered with a redirect (%1) to %2; a container registry never redirects /v2/, and the check does not follow it: the address leads to a web page or a sign-in portal, not to a registry.</source>
        <translation>该地址返回了指向 %2 的重定向（%1）；容器注册表从不重定向 /v2/，检查也不会跟随：该地址指向的是网页或登录门户，而不是注册表。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address answered %1 at /v2/, which a container registry never does: it is not a registry, or the address is wrong.</source>
        <translation>该地址对 /v2/ 返回了 %1，容器注册表从不这样响应：它不是注册表，或者地址有误。</translation>
    </message>
    <message>
        <location filename="../src/core/probes/challenge_probe.h" line="+19"/>
        <source>Registry answer</source>
        <translation>注册表响应</translation>
    </message>
    <message>
        <location filename="../src/core/probes/challenge_probe.cpp" line="-44"/>
        <source>The registry answers and asks for a token from %1.</source>
        <translation>注册表已响应，要求从 %1 获取令牌。</translation>
    </message>
</context>
<context>
    <name>rd::Check</name>
    <message>
        <location filename="../src/core/diagnosis/check.cpp" line="+106"/>
        <source>Not run: the check was cancelled.</source>
        <translation>未运行：检查已取消。</translation>
    </message>
</context>
<context>
    <name>rd::CheckingPage</name>
    <message>
        <location filename="../src/gui/checking_page.cpp" line="+79"/>
        <source>Checking</source>
        <extracomment>Name of the third step in the side list of steps (the check is running). Short: one or two words.</extracomment>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show &amp;results</source>
        <translation>显示结果(&amp;R)</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>The check could not start: %1</source>
        <translation>检查无法开始：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking the registry…</source>
        <translation>正在检查注册表…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check was stopped</source>
        <translation>检查已停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check finished</source>
        <translation>检查完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked %1</source>
        <translation>已完成对 %1 的检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the registry</source>
        <translation>检查注册表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking %1</source>
        <translation>检查 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %n checks done. This usually takes a few seconds.</source>
        <translation>
            <numerusform>已完成 %1/%n 项检查。通常只需几秒钟。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n checks ran before you stopped. Go on to see what they found.</source>
        <translation>
            <numerusform>停止前已运行 %1/%n 项检查。继续查看它们的发现。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %n checks done in %1. No problem found.</source>
        <translation>
            <numerusform>全部 %n 项检查已在 %1 内完成。未发现问题。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check starts in a moment.</source>
        <translation>检查即将开始。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <extracomment>Screen-reader name of the progress bar.</extracomment>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks</source>
        <extracomment>Screen-reader name of the list of individual checks (noun, plural).</extracomment>
        <translation>检查项</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>All %1 checks done in %2. %n problem(s) found.</source>
        <extracomment>%1 is the number of checks (always several), %2 how long they took; %n counts the problems.</extracomment>
        <translation>
            <numerusform>全部 %1 项检查已在 %2 内完成。发现 %n 个问题。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CliApp</name>
    <message>
        <location filename="../src/cli/cli_app.cpp" line="+124"/>
        <source>Run registry-doctor-cli --help for usage.</source>
        <translation>运行 registry-doctor-cli --help 查看用法。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Passwords are never accepted as arguments: they would be visible to other programs and kept in your shell history. Use --password-stdin.</source>
        <translation>绝不接受以参数形式提供的密码：其他程序能看到它们，而且会留在 shell 历史记录中。请使用 --password-stdin。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use &quot;practice --list&quot; to see the scenarios, and &quot;check --practice SCENARIO&quot; to run one.</source>
        <translation>使用“practice --list”查看场景，使用“check --practice SCENARIO”运行其中一个。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give one registry only.</source>
        <translation>只能指定一个注册表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which registry? Example: registry-doctor-cli check myregistry.azurecr.io</source>
        <translation>要检查哪个注册表？示例：registry-doctor-cli check myregistry.azurecr.io</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+138"/>
        <source>Unknown format &quot;%1&quot;: use text, json or markdown.</source>
        <translation>未知格式“%1”：请使用 text、json 或 markdown。</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>--action must be pull or push.</source>
        <translation>--action 必须是 pull 或 push。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository names are lowercase, without spaces: %1</source>
        <translation>存储库名称为小写，且不含空格：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown sign-in method &quot;%1&quot;: use auto, azure-cli, password, token, docker or azure-service.</source>
        <translation>未知登录方式“%1”：请使用 auto、azure-cli、password、token、docker 或 azure-service。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking as Docker sees it (%1).</source>
        <translation>正在按 Docker 的视角检查 (%1)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking as Podman sees it: %1 is Podman&apos;s Docker emulation.</source>
        <translation>正在按 Podman 的视角检查：%1 是 Podman 提供的 Docker 模拟。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking as Podman sees it: there is no docker command, only %1.</source>
        <translation>正在按 Podman 的视角检查：没有 docker 命令，只有 %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking as Docker sees it: neither docker nor podman is installed.</source>
        <translation>正在按 Docker 的视角检查：docker 和 podman 都没有安装。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown symptom &quot;%1&quot;. See registry-doctor-cli symptoms.</source>
        <translation>未知症状“%1”。请参阅 registry-doctor-cli symptoms。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--timeout takes a number of seconds between 1 and 600.</source>
        <translation>--timeout 需要 1 到 600 之间的秒数。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>无法读取证书文件 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 不包含 PEM 证书。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--password-stdin needs --username.</source>
        <translation>--password-stdin 需要同时指定 --username。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown practice scenario &quot;%1&quot;. See registry-doctor-cli practice --list.</source>
        <translation>未知练习场景“%1”。请参阅 registry-doctor-cli practice --list。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The practice registry could not start: %1</source>
        <translation>练习注册表无法启动：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a registry address. %2</source>
        <translation>“%1”不是注册表地址。%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking %1...</source>
        <translation>正在检查 %1...</translation>
    </message>
    <message>
        <location line="+126"/>
        <location line="+26"/>
        <location line="+9"/>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <translation>未知格式“%1”：请使用 text 或 json。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Paste the error message on standard input, for example:
  docker login myregistry.azurecr.io 2&gt;&amp;1 | registry-doctor-cli explain</source>
        <translation>请将错误消息粘贴到标准输入，例如：
  docker login myregistry.azurecr.io 2&gt;&amp;1 | registry-doctor-cli explain</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This message is not one the tool knows. Run a full check instead:</source>
        <translation>本工具不认识这条消息。请改为运行完整检查：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Likely causes: %1</source>
        <extracomment>%1 is a list of cause titles.</extracomment>
        <translation>可能的原因：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>To confirm, run:</source>
        <translation>若要确认，请运行：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Run one with: registry-doctor-cli check --practice SCENARIO</source>
        <translation>运行其中一个：registry-doctor-cli check --practice SCENARIO</translation>
    </message>
    <message>
        <location line="-333"/>
        <location line="+25"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+88"/>
        <source>The report could not be written to standard output.</source>
        <translation>无法将报告写入标准输出。</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Printed by: %1</source>
        <extracomment>%1 is the program that printed the message: docker, buildkit, podman, helm, oras, containerd, kubelet, az, aws or gcloud.</extracomment>
        <translation>输出者：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Most likely: %1</source>
        <extracomment>%1 is a cause title.</extracomment>
        <translation>最可能的原因：%1</translation>
    </message>
    <message>
        <location line="-389"/>
        <source>Every registry Docker has a login for, at once:
  registry-doctor-cli check --all [--timeout SECONDS] [--format text|json]
</source>
        <translation>一次检查 Docker 保存了登录信息的所有注册表：
  registry-doctor-cli check --all [--timeout SECONDS] [--format text|json]
</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>No saved logins found in %1.</source>
        <translation>在 %1 中未找到已保存的登录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the saved logins in %1...</source>
        <translation>正在检查 %1 中保存的登录...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Registry</source>
        <translation>注册表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (expired)</source>
        <translation>%1(已过期)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not tested</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>works</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fails</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>--docker-config-json gives the credentials: do not give --username or --password-stdin with it.</source>
        <translation>--docker-config-json 提供凭据：请勿同时指定 --username 或 --password-stdin。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Cannot read the pull secret %1: %2</source>
        <translation>无法读取拉取机密 %1：%2</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>Registry: %1 (%2)</source>
        <extracomment>%1 is the registry&apos;s address; %2 the kind of registry: a service&apos;s name (&quot;Docker Hub&quot;, &quot;Azure Container Registry&quot;) or &quot;container registry&quot;.</extracomment>
        <translation>注册表：%1（%2）</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>Checking as Helm sees it: there is no docker or podman command, only %1.</source>
        <translation>正在按 Helm 的视角检查：没有 docker 或 podman 命令，只有 %1。</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Usage:
  registry-doctor-cli check REGISTRY [--username USER] [--password-stdin] [--repository REPO]
      [--action pull|push] [--symptom ID]... [--sign-in METHOD] [--ca-file PEM] [--timeout SECONDS]
      [--client docker|podman|helm|auto] [--docker-config-json FILE] [--lang CODE] [--format text|json|markdown]
  registry-doctor-cli check --practice SCENARIO [options as above]
  registry-doctor-cli practice --list [--format json]
  registry-doctor-cli symptoms [--format json] [--lang CODE]
  registry-doctor-cli causes [--format json] [--lang CODE]
  registry-doctor-cli explain [--format text|json] [--lang CODE]   (the error text on standard input)
  registry-doctor-cli --version | --help

Finds why signing in to a container registry fails and says how to fix it.
Passwords and tokens are read only from standard input (--password-stdin) or from what Docker saved;
never give them as arguments.

Exit codes: 0 no problem found, 1 problems found, 2 bad usage or input, 3 the check could not run.
</source>
        <translation>用法：
  registry-doctor-cli check REGISTRY [--username USER] [--password-stdin] [--repository REPO]
      [--action pull|push] [--symptom ID]... [--sign-in METHOD] [--ca-file PEM] [--timeout SECONDS]
      [--client docker|podman|helm|auto] [--docker-config-json FILE] [--lang CODE] [--format text|json|markdown]
  registry-doctor-cli check --practice SCENARIO [选项同上]
  registry-doctor-cli practice --list [--format json]
  registry-doctor-cli symptoms [--format json] [--lang CODE]
  registry-doctor-cli causes [--format json] [--lang CODE]
  registry-doctor-cli explain [--format text|json] [--lang CODE]   （错误消息从标准输入读取）
  registry-doctor-cli --version | --help

找出登录容器注册表失败的原因，并说明如何解决。
密码和令牌只从标准输入 (--password-stdin) 或 Docker 已保存的内容中读取；
切勿将它们作为参数传入。

退出代码：0 未发现问题，1 发现问题，2 用法或输入有误，3 检查无法运行。
</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Unknown client &quot;%1&quot;: use docker, podman, helm or auto.</source>
        <translation>未知的客户端“%1”：请使用 docker、podman、helm 或 auto。</translation>
    </message>
</context>
<context>
    <name>rd::ClockProbe</name>
    <message>
        <location filename="../src/core/probes/clock_probe.cpp" line="+11"/>
        <source>Skipped: the registry&apos;s answer had no date to compare with.</source>
        <translation>已跳过：注册表的响应中没有可用于比较的日期。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer&apos;s clock is %1 ahead of the registry&apos;s.</source>
        <translation>这台计算机的时钟比注册表快 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s clock is %1 behind the registry&apos;s.</source>
        <translation>这台计算机的时钟比注册表慢 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer&apos;s clock agrees with the registry&apos;s (difference under a minute).</source>
        <translation>这台计算机的时钟与注册表一致（相差不到一分钟）。</translation>
    </message>
    <message>
        <location filename="../src/core/probes/clock_probe.h" line="+15"/>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
</context>
<context>
    <name>rd::CollapsibleSection</name>
    <message>
        <location filename="../src/gui/collapsible_section.cpp" line="+89"/>
        <source>Expanded; press Space to fold</source>
        <translation>已展开；按空格键折叠</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folded; press Space to open</source>
        <translation>已折叠；按空格键展开</translation>
    </message>
</context>
<context>
    <name>rd::CommandBox</name>
    <message>
        <location filename="../src/gui/command_box.cpp" line="+78"/>
        <location line="+11"/>
        <source>Copied</source>
        <extracomment>Button text for a moment after the command was copied. Keep it about as short as &quot;Copy&quot;.</extracomment>
        <translation>已复制</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Copied to the clipboard</source>
        <translation>已复制到剪贴板</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Copy</source>
        <extracomment>Button that copies a command to the clipboard (verb). Short.</extracomment>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy command: %1</source>
        <extracomment>Screen-reader name of the copy button; %1 is the command itself (not translated).</extracomment>
        <translation>复制命令：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to the clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>rd::CredentialStoreProbe</name>
    <message>
        <location filename="../src/core/probes/credential_store_probe.cpp" line="+21"/>
        <source>Docker&apos;s stored login</source>
        <translation>Docker 保存的登录</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Without a usable registry name there is nothing to look up in Docker&apos;s store.</source>
        <translation>没有可用的注册表名称，因此无法在 Docker 的存储中查找。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker&apos;s configuration was not checked, so its stored login was not looked up.</source>
        <translation>未检查 Docker 的配置，因此没有查找其保存的登录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Docker&apos;s config file could not be read, so what Docker has stored for this registry is unknown.</source>
        <translation>无法读取 Docker 的配置文件，因此无法确定 Docker 为此注册表保存了什么。</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Docker has nothing stored for this registry (%1): no credential store is set and the config file holds no login for it.</source>
        <translation>Docker 没有为此注册表（%1）保存任何内容：未设置凭据存储，配置文件中也没有它的登录信息。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Docker&apos;s config file holds an identity token for %1 (user %2), as left by az acr login.</source>
        <translation>Docker 的配置文件中有 %1 的标识令牌（用户 %2），由 az acr login 保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker&apos;s config file holds a user name and password for %1 (user %2).</source>
        <translation>Docker 的配置文件中有 %1 的用户名和密码（用户 %2）。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Docker&apos;s config names the credential store &quot;%1&quot; (%2), but its program %3 is not installed. Docker cannot save or read logins for this registry: install it, or remove &quot;%1&quot; from %2 in %4 and log in again.</source>
        <translation>Docker 的配置指定了凭据存储“%1”（%2），但其程序 %3 未安装。Docker 无法保存或读取此注册表的登录：请安装该程序，或从 %4 的 %2 中删除“%1”，然后重新登录。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The credential helper %1 could not be started: %2</source>
        <translation>无法启动凭据帮助程序 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The credential helper %1 did not answer within %n second(s). Docker waits for it on every login, push and pull; it may be waiting for an unlock prompt or be stuck.</source>
        <translation>
            <numerusform>凭据帮助程序 %1 在 %n 秒内未响应。Docker 在每次登录、推送和拉取时都要等待它；它可能在等待解锁提示，或已卡住。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The credential helper %1 crashed when Docker&apos;s login for %2 was asked for.</source>
        <translation>请求 Docker 对 %2 的登录时，凭据帮助程序 %1 崩溃了。</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The credential store &quot;%1&quot; has an entry for %2 (user %3), but it holds no password or token.</source>
        <translation>凭据存储“%1”中有 %2 的条目（用户 %3），但其中没有密码或令牌。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The credential store &quot;%1&quot; holds an identity token for %2 (user %3), as left by az acr login.</source>
        <translation>凭据存储“%1”中有 %2 的标识令牌（用户 %3），由 az acr login 保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credential store &quot;%1&quot; holds a user name and password for %2 (user %3).</source>
        <translation>凭据存储“%1”中有 %2 的用户名和密码（用户 %3）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The credential store &quot;%1&quot; has nothing saved for this registry (%2): nobody has logged in to it with docker on this account, or the login was removed.</source>
        <translation>凭据存储“%1”没有为此注册表（%2）保存任何内容：此帐户从未用 docker 登录过它，或登录已被删除。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The credential store &quot;%1&quot; fails: %2 answered &quot;%3&quot; (exit code %4). Docker cannot read or save logins for this registry while it fails.</source>
        <translation>凭据存储“%1”出错：%2 返回“%3”（退出代码 %4）。在它恢复正常之前，Docker 无法读取或保存此注册表的登录。</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The credential store &quot;%1&quot; answered with something that is not a credential, so Docker cannot use it (%2 printed %n byte(s) of unreadable output).</source>
        <translation>
            <numerusform>凭据存储“%1”返回的内容不是凭据，因此 Docker 无法使用它（%2 输出了 %n 字节无法读取的内容）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-356"/>
        <source>Docker&apos;s config names the credential store &quot;%1&quot; (%2), which is not a program name (only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;). It was not run. Correct or remove it in %3, then log in again.</source>
        <translation>Docker 的配置指定了凭据存储“%1”（%2），但它不是程序名（只能包含字母、数字、“.”、“_”和“-”）。它未被运行。请在 %3 中更正或删除它，然后重新登录。</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Docker keeps logins with pass, but pass has not been set up on this account (%1 has no .gpg-id file). Nothing can be read from it, and docker login fails with &quot;pass not initialized&quot; until it is set up.</source>
        <translation>Docker 使用 pass 保存登录，但此帐户尚未设置 pass（%1 中没有 .gpg-id 文件）。无法从中读取任何内容，在设置之前 docker login 会失败并显示“pass not initialized”。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Docker keeps logins with pass, whose store (%1) is locked with the GPG key %2, but that key&apos;s secret part is not on this computer. pass cannot decrypt what it holds, so Docker cannot read or save logins.</source>
        <translation>Docker 使用 pass 保存登录，其存储（%1）使用 GPG 密钥 %2 加密，但该密钥的私钥部分不在这台计算机上。pass 无法解密其中的内容，因此 Docker 无法读取或保存登录。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Docker keeps logins with secretservice, the desktop&apos;s keyring, which needs a desktop session: %1 answered &quot;%2&quot;. Over SSH, in a container or on a server there is none, so Docker cannot read or save logins.</source>
        <translation>Docker 使用 secretservice（桌面的密钥环）保存登录，它需要桌面会话：%1 的回答是“%2”。通过 SSH、在容器中或在服务器上都没有桌面会话，因此 Docker 无法读取或保存登录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The credential store &quot;%1&quot; fails: %2 printed nothing and ended with exit code %3. Docker cannot read or save logins for this registry while it fails.</source>
        <translation>凭据存储“%1”出错：%2 没有任何输出，并以退出代码 %3 结束。在它恢复正常之前，Docker 无法读取或保存此注册表的登录。</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>Podman has nothing stored for this registry (%1): none of its login files holds a login for it.</source>
        <translation>Podman 没有为此注册表 (%1) 保存任何内容：它的登录文件中都没有此注册表的登录。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Helm has nothing stored for this registry (%1): neither its registry config nor Docker&apos;s config holds a login for it, and no credential store they name has one.</source>
        <translation>Helm 没有为此注册表 (%1) 保存任何内容：它的注册表配置和 Docker 的配置中都没有此注册表的登录，其中指定的凭据存储中也没有。</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>%1&apos;s stored login</source>
        <extracomment>%1 is the client: Podman or Helm.</extracomment>
        <translation>%1 保存的登录</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1&apos;s login file could not be read, so what %1 has stored for this registry is unknown.</source>
        <translation>无法读取 %1 的登录文件，因此无法确定 %1 为此注册表保存了什么。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1&apos;s login file has an entry for %2, but its saved login is damaged, so %1 has nothing usable stored for this registry.</source>
        <translation>%1 的登录文件中有 %2 的条目，但其保存的登录已损坏，因此 %1 没有为此注册表保存可用的内容。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%3 reads an identity token for %1 (user %2) from %4.</source>
        <translation>%3 从 %4 读取 %1 的标识令牌（用户 %2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%3 reads a user name and password for %1 (user %2) from %4.</source>
        <translation>%3 从 %4 读取 %1 的用户名和密码（用户 %2）。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%4 names the credential store &quot;%1&quot; (%2), but its program %3 is not installed. %5 cannot save or read logins for this registry: install it, or remove &quot;%1&quot; from %2 in %4 and log in again.</source>
        <translation>%4 指定了凭据存储“%1”（%2），但其程序 %3 未安装。%5 无法保存或读取此注册表的登录：请安装该程序，或从 %4 的 %2 中删除“%1”，然后重新登录。</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>The credential helper %1 did not answer within %n second(s). %2 waits for it on every login, push and pull; it may be waiting for an unlock prompt or be stuck.</source>
        <translation>
            <numerusform>凭据帮助程序 %1 在 %n 秒内未响应。%2 在每次登录、推送和拉取时都要等待它；它可能在等待解锁提示，或已卡住。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The credential helper %1 crashed when %3&apos;s login for %2 was asked for.</source>
        <translation>请求 %3 对 %2 的登录时，凭据帮助程序 %1 崩溃了。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%2 keeps logins with pass, but pass has not been set up on this account (%1 has no .gpg-id file). Nothing can be read from it, and %3 fails with &quot;pass not initialized&quot; until it is set up.</source>
        <translation>%2 使用 pass 保存登录，但此帐户尚未设置 pass（%1 中没有 .gpg-id 文件）。无法从中读取任何内容，在设置之前 %3 会失败并显示“pass not initialized”。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%3 keeps logins with pass, whose store (%1) is locked with the GPG key %2, but that key&apos;s secret part is not on this computer. pass cannot decrypt what it holds, so %3 cannot read or save logins.</source>
        <translation>%3 使用 pass 保存登录，其存储（%1）使用 GPG 密钥 %2 加密，但该密钥的私钥部分不在这台计算机上。pass 无法解密其中的内容，因此 %3 无法读取或保存登录。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The credential store &quot;%1&quot; has nothing saved for this registry (%2): nobody has signed in to it with %3 on this account, or the login was removed.</source>
        <translation>凭据存储“%1”没有为此注册表（%2）保存任何内容：此帐户从未用 %3 登录过它，或登录已被删除。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%3 keeps logins with secretservice, the desktop&apos;s keyring, which needs a desktop session: %1 answered &quot;%2&quot;. Over SSH, in a container or on a server there is none, so %3 cannot read or save logins.</source>
        <translation>%3 使用 secretservice（桌面的密钥环）保存登录，它需要桌面会话：%1 的回答是“%2”。通过 SSH、在容器中或在服务器上都没有桌面会话，因此 %3 无法读取或保存登录。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The credential store &quot;%1&quot; fails: %2 printed nothing and ended with exit code %3. %4 cannot read or save logins for this registry while it fails.</source>
        <translation>凭据存储“%1”出错：%2 没有任何输出，并以退出代码 %3 结束。在它恢复正常之前，%4 无法读取或保存此注册表的登录。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The credential store &quot;%1&quot; fails: %2 answered &quot;%3&quot; (exit code %4). %5 cannot read or save logins for this registry while it fails.</source>
        <translation>凭据存储“%1”出错：%2 返回“%3”（退出代码 %4）。在它恢复正常之前，%5 无法读取或保存此注册表的登录。</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>The credential store &quot;%1&quot; answered with something that is not a credential, so %3 cannot use it (%2 printed %n byte(s) of unreadable output).</source>
        <translation>
            <numerusform>凭据存储“%1”返回的内容不是凭据，因此 %3 无法使用它（%2 输出了 %n 字节无法读取的内容）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CredentialsProbe</name>
    <message>
        <location filename="../src/core/probes/credentials_probe.cpp" line="+196"/>
        <source>Skipped: the registry lets anyone in, so there is no sign-in to test.</source>
        <translation>已跳过：注册表允许任何人访问，因此没有需要测试的登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: the registry did not ask for a sign-in.</source>
        <translation>已跳过：注册表没有要求登录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password read from standard input was empty, so there is nothing to sign in with. In a pipeline this is usually a secret variable that is not set for this run.</source>
        <translation>从标准输入读取的密码为空，因此没有可用于登录的内容。在管道中，这通常是本次运行未设置的机密变量。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There are no credentials to sign in with: none were given and Docker has none saved for %1.</source>
        <translation>没有可用于登录的凭据：既未提供，Docker 也没有为 %1 保存任何凭据。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Signed in as %1 with a user name and password.</source>
        <translation>已使用用户名和密码以 %1 身份登录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The registry asks for a kind of sign-in this check does not test (%1).</source>
        <translation>注册表要求的登录方式不在本检查的测试范围内（%1）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry names a token service at &quot;%1&quot;, which is not a secure (https) address: no password is sent there.</source>
        <translation>注册表指定的令牌服务位于“%1”，这不是安全 (https) 地址：不会向其发送任何密码。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The token service began to answer, but its answer did not arrive whole, so the check is without a token: %1</source>
        <translation>令牌服务开始响应，但响应不完整，因此检查将在没有令牌的情况下继续：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The token service answered with more than %1 KiB, and without a token; the check stopped reading.</source>
        <translation>令牌服务返回了超过 %1 KiB 的内容且不含令牌；检查已停止读取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token service answered, but without a token (the answer is not the JSON a token service sends).</source>
        <translation>令牌服务已响应，但没有令牌（响应不是令牌服务应返回的 JSON）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signed in as %1: the token service gave a token and the registry accepted it.</source>
        <translation>已以 %1 身份登录：令牌服务签发了令牌，注册表接受了它。</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>The saved sign-in expires in %1.</source>
        <translation>保存的登录将在 %1后过期。</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>The token service gave a token, but the registry did not answer when it was used: %1</source>
        <translation>令牌服务签发了令牌，但使用该令牌时注册表未响应：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The token service gave a token that had already expired (at %1), and the registry refused it (%2): the registry&apos;s token service and the registry disagree.</source>
        <translation>令牌服务签发的令牌已经过期（于 %1），注册表拒绝了它（%2）：注册表的令牌服务与注册表之间不一致。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token service gave a token, but the registry refused it (%1).</source>
        <translation>令牌服务签发了令牌，但注册表拒绝了它（%1）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sign-in request got no answer: %1</source>
        <translation>登录请求没有得到响应：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The registry does not know the user name &quot;%1&quot; (&quot;Application not registered with AAD&quot;).</source>
        <translation>注册表不认识用户名“%1”（“Application not registered with AAD”）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The token itself says it expired at %1; a token from aws ecr get-login-password lasts 12 hours.</source>
        <translation>令牌本身表明它已于 %1 过期；aws ecr get-login-password 生成的令牌有效期为 12 小时。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The registry refused the saved identity token (401).</source>
        <translation>注册表拒绝了保存的标识令牌 (401)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused the user name and password for %1 (401 &quot;authentication required&quot;).</source>
        <translation>注册表拒绝了 %1 的用户名和密码（401“authentication required”）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-in answered with a redirect (%1) to %2; the check does not follow it, and sends the password nowhere else.</source>
        <translation>登录返回了指向 %2 的重定向（%1）；检查不会跟随，也不会将密码发送到别处。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unnamed place</source>
        <translation>未命名的位置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in failed with status %1: %2</source>
        <translation>登录失败，状态为 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/core/probes/credentials_probe.h" line="+24"/>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../src/core/probes/credentials_probe.cpp" line="-120"/>
        <source>Signed in with the saved Azure sign-in (identity token): the token service gave a token and the registry accepted it.</source>
        <translation>已使用保存的 Azure 登录（标识令牌）登录：令牌服务签发了令牌，注册表接受了它。</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>The saved sign-in (identity token) expired %n minute(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>保存的登录（标识令牌）已于 %n 分钟前（%1）过期；注册表以 %2 拒绝了它。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The saved sign-in (identity token) expired %n hour(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>保存的登录（标识令牌）已于 %n 小时前（%1）过期；注册表以 %2 拒绝了它。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The saved sign-in (identity token) expired %n day(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>保存的登录（标识令牌）已于 %n 天前（%1）过期；注册表以 %2 拒绝了它。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The registry says the saved token has expired (%1): &quot;%2&quot;</source>
        <translation>注册表表示保存的令牌已过期(%1)：“%2”</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Not tested: the sign-in could not be tried, because the registry&apos;s first answer was not usable.</source>
        <translation>未测试：无法尝试登录，因为注册表的第一个响应不可用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not tested: the sign-in could not be tried, because there is no working connection to the registry.</source>
        <translation>未测试：无法尝试登录，因为没有与注册表的有效连接。</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Amazon ECR refused the token with 400 Bad Request: it was made for another region or AWS account than %1.</source>
        <translation>Amazon ECR 以 400 Bad Request 拒绝了该令牌：它是为 %1 以外的其他区域或 AWS 帐户创建的。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The token service refused the user name and password for %1 (401): &quot;%2&quot;</source>
        <translation>令牌服务拒绝了 %1 的用户名和密码（401）：“%2”</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>There are no credentials to sign in with: none were given and %2 has none saved for %1.</source>
        <translation>没有可用于登录的凭据：既未提供，%2 也没有为 %1 保存任何凭据。</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>When the access token expires is not known: Google&apos;s tokeninfo (oauth2.googleapis.com) says the token is not valid (expired or revoked).</source>
        <translation>无法得知访问令牌何时过期：Google 的 tokeninfo (oauth2.googleapis.com) 表示该令牌无效（已过期或已吊销）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the access token expires is not known: Google&apos;s tokeninfo (oauth2.googleapis.com) did not tell (%1).</source>
        <translation>无法得知访问令牌何时过期：Google 的 tokeninfo (oauth2.googleapis.com) 未给出过期时间（%1）。</translation>
    </message>
    <message>
        <location line="+332"/>
        <source>The registry refused the access token (%1), and Google&apos;s tokeninfo (oauth2.googleapis.com) says the token is no longer valid: it has expired (a token from gcloud auth print-access-token lasts one hour) or was revoked.</source>
        <translation>注册表拒绝了访问令牌（%1），且 Google 的 tokeninfo (oauth2.googleapis.com) 表示该令牌已失效：它已过期（gcloud auth print-access-token 提供的令牌有效期为一小时）或已被吊销。</translation>
    </message>
</context>
<context>
    <name>rd::DnsProbe</name>
    <message>
        <location filename="../src/core/probes/dns_probe.cpp" line="+30"/>
        <source>Skipped: there is no registry address to check.</source>
        <translation>已跳过：没有要检查的注册表地址。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The DNS server did not answer.</source>
        <translation>DNS 服务器未响应。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The name %1 does not exist in DNS.</source>
        <translation>DNS 中不存在名称 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name %1 could not be looked up: %2</source>
        <translation>无法解析名称 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy looks names up itself, so this may not matter.</source>
        <translation>代理会自行解析名称，因此这可能无关紧要。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 resolves to %2.</source>
        <translation>%1 解析为 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alias chain: %1.</source>
        <translation>别名链：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a private endpoint: it is reachable only from the registry&apos;s virtual network or a network connected to it.</source>
        <translation>这是专用终结点：只能从注册表的虚拟网络或与其相连的网络访问。</translation>
    </message>
    <message>
        <location filename="../src/core/probes/dns_probe.h" line="+23"/>
        <source>Name lookup (DNS)</source>
        <translation>名称解析 (DNS)</translation>
    </message>
</context>
<context>
    <name>rd::DockerClientProbe</name>
    <message>
        <location filename="../src/core/probes/docker_client_probe.cpp" line="+13"/>
        <source>Docker client</source>
        <translation>Docker 客户端</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The docker command was not found on this computer (it is not on PATH). Install Docker, or open a shell where the docker command works.</source>
        <translation>在这台计算机上找不到 docker 命令（不在 PATH 中）。请安装 Docker，或打开一个 docker 命令可用的 shell。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The docker program at %1 could not be started: %2</source>
        <translation>无法启动位于 %1 的 docker 程序：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The docker command did not answer within %n second(s) (&quot;docker version&quot; hung).</source>
        <translation>
            <numerusform>docker 命令在 %n 秒内未响应（“docker version”卡住了）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The docker command crashed while printing its version.</source>
        <translation>docker 命令在输出版本信息时崩溃。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The docker command at %1 runs, but its version could not be read from what it printed.</source>
        <translation>位于 %1 的 docker 命令可以运行，但无法从其输出中读取版本。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Docker %1 is installed, which is older than %2, the oldest version that works with this registry&apos;s login. Update Docker.</source>
        <translation>已安装 Docker %1，低于 %2，而 %2 是可用于此注册表登录的最低版本。请更新 Docker。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker %1 is installed.</source>
        <translation>已安装 Docker %1。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The docker command at %1 is Podman %2 in Docker emulation, not Docker.</source>
        <translation>位于 %1 的 docker 命令是处于 Docker 模拟模式的 Podman %2，而不是 Docker。</translation>
    </message>
</context>
<context>
    <name>rd::DockerConfigProbe</name>
    <message>
        <location filename="../src/core/probes/docker_config_probe.cpp" line="+55"/>
        <source>Docker configuration</source>
        <translation>Docker 配置</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>There is no Docker config yet at %1 (nobody has logged in with docker on this account).</source>
        <translation>%1 中还没有 Docker 配置（此帐户从未用 docker 登录过）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Docker config file %1 is empty. Docker treats it as having no settings and no saved logins.</source>
        <translation>Docker 配置文件 %1 为空。Docker 会将其视为没有任何设置和已保存的登录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Docker config file %1 cannot be used (%2). Docker fails to read it too: fix or remove the file, then log in again.</source>
        <translation>无法使用 Docker 配置文件 %1（%2）。Docker 也无法读取它：请修复或删除该文件，然后重新登录。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Docker&apos;s config file %1 was read. Without a usable registry name, nothing in it was looked up.</source>
        <translation>已读取 Docker 配置文件 %1。由于没有可用的注册表名称，未在其中查找任何内容。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Docker keeps the login for %1 in the credential helper &quot;%2&quot; (credHelpers).</source>
        <translation>Docker 将 %1 的登录保存在凭据帮助程序“%2”(credHelpers) 中。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker keeps logins in the credential store &quot;%1&quot; (credsStore).</source>
        <translation>Docker 将登录保存在凭据存储“%1”(credsStore) 中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file itself holds a login for %1.</source>
        <translation>文件本身包含 %1 的登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file holds no login for %1.</source>
        <translation>文件中没有 %1 的登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker&apos;s config file %1 was read. %2</source>
        <translation>已读取 Docker 配置文件 %1。%2</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>There is no Docker config at %1, so Docker keeps logins in its default credential store for this system, &quot;%2&quot;.</source>
        <translation>%1 中没有 Docker 配置，因此 Docker 将登录保存在此系统的默认凭据存储“%2”中。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1&apos;s login file %2 has an entry for %3, but its saved login is damaged (the &quot;auth&quot; value is not a readable user name and password). Log in again.</source>
        <extracomment>%1 is the client (Docker, Podman, Helm), %2 its login file, %3 the registry.</extracomment>
        <translation>%1 的登录文件 %2 中有 %3 的条目，但其保存的登录已损坏（“auth”值中没有可读的用户名和密码）。请重新登录。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file names no credential store, so Docker keeps logins in its default store for this system, &quot;%1&quot;.</source>
        <translation>该文件未指定凭据存储，因此 Docker 将登录保存在此系统的默认存储“%1”中。</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Podman cannot use its login file %1 (%2) and stops looking there, so it finds no login for any registry. Fix or remove the file, then sign in again.</source>
        <translation>Podman 无法使用其登录文件 %1 (%2)，并在此停止查找，因此找不到任何注册表的登录。请修复或删除该文件，然后重新登录。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Podman takes the login for %1 from the credential helper &quot;%2&quot;, as %3 says (credHelpers).</source>
        <translation>Podman 按照 %3 中的设置 (credHelpers)，从凭据帮助程序“%2”获取 %1 的登录。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Podman reads the login for %1 from %2, the first of its login files that has one (entry &quot;%3&quot;).</source>
        <translation>Podman 从 %2 读取 %1 的登录，这是它的登录文件中第一个包含登录的文件（条目“%3”）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None of the files Podman reads logins from has one for %1: %2. Podman does not use Docker&apos;s credential store.</source>
        <translation>Podman 读取登录的文件中都没有 %1 的登录：%2。Podman 不使用 Docker 的凭据存储。</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Helm cannot use its registry config %1 (%2): every helm command that talks to a registry stops with an error there. Fix or remove the file, then sign in again with helm registry login.</source>
        <translation>Helm 无法使用其注册表配置 %1 (%2)：所有与注册表通信的 helm 命令都会在此出错并停止。请修复或删除该文件，然后使用 helm registry login 重新登录。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Neither Helm&apos;s registry config %1 nor Docker&apos;s config %2 has a login for %3, and neither names a credential store for it.</source>
        <translation>Helm 的注册表配置 %1 和 Docker 的配置 %2 中都没有 %3 的登录，也都没有为它指定凭据存储。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helm&apos;s registry config %1 has no login for %2, and Helm skips Docker&apos;s config %3, which it cannot read (%4).</source>
        <translation>Helm 的注册表配置 %1 中没有 %2 的登录，并且 Helm 会跳过它无法读取的 Docker 配置 %3 (%4)。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Helm reads logins from its registry config %1, then from Docker&apos;s config %2. For %3 it asks, in this order, until one has a login: %4.</source>
        <translation>Helm 先从其注册表配置 %1 读取登录，然后从 Docker 的配置 %2 读取。对于 %3，它按以下顺序询问，直到找到登录：%4。</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>%1&apos;s login files</source>
        <extracomment>%1 is the client: Podman (its auth.json files) or Helm (its registry config, then Docker&apos;s).</extracomment>
        <translation>%1 的登录文件</translation>
    </message>
</context>
<context>
    <name>rd::DockerDaemonProbe</name>
    <message>
        <location filename="../src/core/probes/docker_daemon_probe.cpp" line="+10"/>
        <source>Docker daemon</source>
        <translation>Docker 守护进程</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Docker client was not checked, so the daemon was not checked either.</source>
        <translation>未检查 Docker 客户端，因此也未检查守护进程。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker is not installed, so there is no Docker daemon to check.</source>
        <translation>未安装 Docker，因此没有可检查的 Docker 守护进程。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The docker command did not say whether its daemon answers (its version output could not be read).</source>
        <translation>docker 命令没有说明其守护进程是否响应（无法读取其版本输出）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Docker daemon is running and answers (Docker Engine %1).</source>
        <translation>Docker 守护进程正在运行并响应（Docker Engine %1）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>docker reported no server</source>
        <translation>docker 未报告任何服务器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Docker daemon does not answer: &quot;%1&quot;. Your Docker client can still log in without it (the login happens in the client), but pushing and pulling images need a running daemon: start Docker Desktop or the docker service.</source>
        <translation>Docker 守护进程没有响应：“%1”。你的 Docker 客户端在没有它的情况下仍可登录（登录在客户端中完成），但推送和拉取映像需要守护进程运行：请启动 Docker Desktop 或 docker 服务。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker daemon does not answer: &quot;%1&quot;. This Docker client logs in through the daemon, so docker login, push and pull all fail until it runs: start Docker Desktop or the docker service.</source>
        <translation>Docker 守护进程没有响应：“%1”。此 Docker 客户端通过守护进程登录，因此在守护进程运行之前，docker login、push 和 pull 都会失败：请启动 Docker Desktop 或 docker 服务。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The docker command is Podman, which has no daemon to check.</source>
        <translation>docker 命令是 Podman，没有要检查的守护进程。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The engine runs in Docker Desktop&apos;s virtual machine (%1), not directly on this computer.</source>
        <translation>引擎在 Docker Desktop 的虚拟机（%1）中运行，而不是直接在此计算机上运行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs in WSL 2 (%1 on kernel %2).</source>
        <translation>引擎在 WSL 2 中运行（%1，内核 %2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs on another machine, %1 (%2), reached through %3.</source>
        <translation>引擎在另一台计算机 %1（%2）上运行，通过 %3 连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs on %1 (%2).</source>
        <translation>引擎在 %1（%2）上运行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pulls from Docker Hub try the engine&apos;s mirrors first: %1.</source>
        <translation>从 Docker Hub 拉取时会先尝试引擎的镜像站点：%1。</translation>
    </message>
</context>
<context>
    <name>rd::Duration</name>
    <message numerus="yes">
        <location filename="../src/core/time_text.cpp" line="+14"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ErrorText</name>
    <message>
        <location filename="../src/core/diagnosis/error_text.cpp" line="+135"/>
        <source>The docker command could not be found. Docker is not installed on this computer, or its folder is not on the search path.</source>
        <translation>找不到 docker 命令。这台计算机上未安装 Docker，或者其文件夹不在搜索路径 (PATH) 中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The docker command could not talk to the Docker engine because your account may not use it. Add your account to the docker group, or use the same account that runs Docker.</source>
        <translation>docker 命令无法与 Docker 引擎通信，可能是你的帐户无权使用它。请将你的帐户添加到 docker 组，或使用运行 Docker 的同一帐户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker engine (the background service that does the work) is not running, so docker commands cannot do anything. Start Docker and try again.</source>
        <translation>Docker 引擎（在后台执行实际工作的服务）未运行，因此 docker 命令无法执行任何操作。请启动 Docker 后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Docker on Windows cannot reach its engine: Docker Desktop is probably not started. Start Docker Desktop and wait until it says it is running.</source>
        <translation>Windows 上的 Docker 无法连接到其引擎：Docker Desktop 可能未启动。请启动 Docker Desktop，并等待它显示正在运行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker Desktop is not running, so the Docker engine is not available. Start Docker Desktop, or restart it if it is stuck.</source>
        <translation>Docker Desktop 未运行，因此 Docker 引擎不可用。请启动 Docker Desktop；如果它卡住了，请重新启动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker client and engine versions do not fit together, or Docker is too old. Registry sign-in needs Docker 18.03 or later.</source>
        <translation>Docker 客户端和引擎的版本不匹配，或 Docker 版本过旧。登录注册表需要 Docker 18.03 或更高版本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>docker login wanted to ask for a user name and password, but it was not run in a terminal. Pass the user name and the password (through --password-stdin) explicitly.</source>
        <translation>docker login 想要询问用户名和密码，但它不是在终端中运行的。请显式提供用户名和密码（通过 --password-stdin）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Docker is set up to keep passwords in a credential helper program that is not installed. Install that helper, or remove the &quot;credsStore&quot; entry from the Docker configuration file.</source>
        <translation>Docker 被设置为将密码保存在一个未安装的凭据帮助程序中。请安装该帮助程序，或从 Docker 配置文件中删除“credsStore”条目。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows credential store refused to save the registry sign-in, usually because the Azure token is too long for it. Removing &quot;credsStore&quot; from the Docker configuration file avoids the store.</source>
        <translation>Windows 凭据存储拒绝保存注册表登录，通常是因为 Azure 令牌太长。从 Docker 配置文件中删除“credsStore”即可不再使用该存储。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows credential store could not be used from this session (common over remote sessions or services). Docker could not save or read the registry password.</source>
        <translation>无法在此会话中使用 Windows 凭据存储（在远程会话或服务中很常见）。Docker 无法保存或读取注册表密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker has no saved sign-in for this registry. Sign in to the registry first.</source>
        <translation>Docker 没有保存此注册表的登录。请先登录注册表。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The program Docker uses to store passwords failed. Docker could not save or read the registry sign-in.</source>
        <translation>Docker 用于存储密码的程序出错。Docker 无法保存或读取注册表登录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image name contains capital letters. Registry addresses and repository names must be written in lowercase.</source>
        <translation>映像名称包含大写字母。注册表地址和存储库名称必须使用小写。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image name is not written correctly, for example it contains https:// or a space. Use registry/repository:tag, such as myregistry.azurecr.io/app:1.0.</source>
        <translation>映像名称写法不正确，例如包含 https:// 或空格。请使用 注册表/存储库:标记 的格式，例如 myregistry.azurecr.io/app:1.0。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry name is not valid. az acr commands want the registry&apos;s resource name only: 5 to 50 letters and digits, without .azurecr.io.</source>
        <translation>注册表名称无效。az acr 命令只需要注册表的资源名称：5 到 50 个字母和数字，不带 .azurecr.io。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure does not know a registry by that name in the selected subscription. Check the name and the subscription (az account show).</source>
        <translation>在所选订阅中，Azure 找不到该名称的注册表。请检查名称和订阅 (az account show)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are signed in to Azure, but your account has no role that allows this action. Seeing the registry needs at least the Reader role.</source>
        <translation>你已登录 Azure，但你的帐户没有允许此操作的角色。查看注册表至少需要读取者 (Reader) 角色。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The connection goes through a proxy server, and the proxy could not be reached or refused the connection. Check the proxy settings (HTTPS_PROXY) of Docker and of this computer.</source>
        <translation>连接经过代理服务器，而代理无法访问或拒绝了连接。请检查 Docker 和这台计算机的代理设置 (HTTPS_PROXY)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI could not get through the proxy server. Check the proxy address and whether the proxy allows the registry&apos;s address.</source>
        <translation>Azure CLI 无法通过代理服务器。请检查代理地址，以及代理是否允许注册表的地址。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name server does not know this registry address. The name may be misspelt, belong to another cloud, or, with a private endpoint, its private DNS is not set up.</source>
        <translation>名称服务器不认识此注册表地址。名称可能拼写错误、属于另一个云，或者在使用专用终结点时未配置专用 DNS。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name server did not answer properly when asked for the registry address. The DNS server or the network path to it has a problem.</source>
        <translation>查询注册表地址时，名称服务器没有正确响应。DNS 服务器或通往它的网络路径有问题。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI tried several times to reach this address and gave up. The reason follows in the message (name lookup, proxy, certificate or timeout).</source>
        <translation>Azure CLI 多次尝试连接此地址后放弃了。原因见消息的其余部分（名称解析、代理、证书或超时）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The computer could not turn the registry address into an IP address. The name may be wrong, or the DNS setup (for example for a private endpoint) is missing.</source>
        <translation>计算机无法将注册表地址转换为 IP 地址。名称可能有误，或缺少 DNS 配置（例如专用终结点的配置）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate looks expired from here. Most often the computer&apos;s clock is wrong; otherwise something in between presents an old certificate.</source>
        <translation>从这里看，服务器的证书已过期。最常见的原因是计算机时钟不正确；否则就是中间的某个环节提供了旧证书。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI does not trust the certificate it received. Usually a company proxy inspects the traffic with its own certificate, which must be added to the trusted ones.</source>
        <translation>Azure CLI 不信任收到的证书。通常是公司代理用自己的证书检查流量，需要将该证书添加到受信任的证书中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>The registry&apos;s certificate is not trusted on this computer. Usually a proxy or security product replaces the certificate with its own, which must then be trusted.</source>
        <translation>这台计算机不信任注册表的证书。通常是代理或安全产品将证书替换成了自己的证书，需要信任该证书。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate looks expired or not yet valid from here. Most often the computer&apos;s date and time are wrong.</source>
        <translation>从这里看，证书已过期或尚未生效。最常见的原因是计算机的日期和时间不正确。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate belongs to a different name than the address used. Use the registry&apos;s normal login server name (not the privatelink name), or check for a proxy in between.</source>
        <translation>证书颁发给的名称与所用地址不同。请使用注册表的常规登录服务器名称（而不是 privatelink 名称），或检查中间是否有代理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at this address did not speak HTTPS. The address may point at something that is not a registry, or at a proxy.</source>
        <translation>此地址的服务器没有使用 HTTPS 通信。该地址可能指向的不是注册表，或指向了代理。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secure connection could not be set up. Something between you and the registry, often a proxy or firewall, interferes with it.</source>
        <translation>无法建立安全连接。你与注册表之间的某个环节（通常是代理或防火墙）进行了干扰。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry did not answer in time. A firewall, a missing route or a proxy that has to be used probably stands in the way.</source>
        <translation>注册表未及时响应。可能是防火墙、缺少路由或未使用应使用的代理造成了阻碍。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection was refused: nothing accepts connections at that address and port, or a firewall turns them away.</source>
        <translation>连接被拒绝：该地址和端口上没有接受连接的服务，或者防火墙拒绝了连接。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer has no network path to the registry. Check the network connection, VPN and routing.</source>
        <translation>这台计算机没有通往注册表的网络路径。请检查网络连接、VPN 和路由。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection was cut off in the middle. A proxy or firewall between you and the registry often does this.</source>
        <translation>连接在中途被切断。你与注册表之间的代理或防火墙经常导致这种情况。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request took too long and was given up. The registry is not reachable from here, or a proxy that should be used is not configured.</source>
        <translation>请求耗时过长，已放弃。从这里无法访问注册表，或者未配置应使用的代理。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The registry&apos;s firewall does not let your IP address in, or public access to the registry is turned off. Add your address to the registry&apos;s network rules, or connect through its private endpoint.</source>
        <translation>注册表的防火墙不允许你的 IP 地址访问，或者注册表已关闭公共访问。请将你的地址添加到注册表的网络规则中，或通过其专用终结点连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry does not recognise the user name. For a service principal the user name must be its application (client) ID, not an e-mail address or display name.</source>
        <translation>注册表无法识别该用户名。对于服务主体，用户名必须是其应用程序（客户端）ID，而不是电子邮件地址或显示名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry turned down the user name and password given at sign-in. The password or secret is wrong or has expired.</source>
        <translation>注册表拒绝了登录时提供的用户名和密码。密码或机密错误，或已过期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <location line="+20"/>
        <source>The registry turned down the user name and password given at sign-in.</source>
        <translation>注册表拒绝了登录时提供的用户名和密码。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The registry wants a valid sign-in and did not get one. The saved sign-in may have expired (an az acr login lasts about three hours), be missing, or be for a differently written registry name.</source>
        <translation>注册表要求有效的登录，但没有收到。保存的登录可能已过期（az acr login 的有效期约为三小时）、缺失，或对应的是写法不同的注册表名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are signed in, but this identity may not do this with this repository: pushing needs the AcrPush role, pulling AcrPull. Also check that the image name starts with the registry address.</source>
        <translation>你已登录，但此标识无权对此存储库执行此操作：推送需要 AcrPush 角色，拉取需要 AcrPull。另请检查映像名称是否以注册表地址开头。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in worked, but the permission granted does not cover this action on this repository.</source>
        <translation>登录成功，但授予的权限不涵盖对此存储库的此操作。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Access was forbidden before the password was even checked. This is a network matter: the registry&apos;s firewall, disabled public access, or a proxy blocks the way.</source>
        <translation>在检查密码之前访问就被禁止了。这是网络问题：注册表的防火墙、已禁用的公共访问或代理阻挡了去路。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is a web server at this address, but it is not a container registry. Check the address: only the login server name, without a path.</source>
        <translation>此地址上有 Web 服务器，但它不是容器注册表。请检查地址：只需登录服务器名称，不带路径。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+16"/>
        <location line="+4"/>
        <source>The registry is receiving too many requests from you and asks to slow down. Wait a little and try again.</source>
        <translation>注册表收到你的请求过多，要求放慢速度。请稍等片刻后重试。</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The sign-in request got an unexpected answer from the server or from something in between, such as a proxy.</source>
        <translation>登录请求从服务器或中间环节（例如代理）收到了意外的响应。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry forbade access before any sign-in. Its firewall, disabled public access, or a proxy is blocking this computer.</source>
        <translation>注册表在任何登录之前就禁止了访问。其防火墙、已禁用的公共访问或代理阻止了这台计算机。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is a web server at this address, but it is not a container registry. Check the address.</source>
        <translation>此地址上有 Web 服务器，但它不是容器注册表。请检查地址。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry address gave an unexpected answer. Something other than the registry, such as a proxy, may have answered.</source>
        <translation>注册表地址返回了意外的响应。可能是注册表以外的其他东西（例如代理）作出了响应。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered that a valid sign-in is missing: no credentials, wrong ones, or expired ones were sent.</source>
        <translation>注册表响应缺少有效的登录：没有发送凭据，或发送的凭据错误或已过期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused the request: the identity lacks the permission, or the network rules do not allow it.</source>
        <translation>注册表拒绝了请求：该标识缺少权限，或网络规则不允许。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The cluster tried to pull the image without a usable sign-in. Its identity (for AKS, the kubelet identity) needs the AcrPull role on the registry, or an image pull secret is missing.</source>
        <translation>群集尝试在没有可用登录的情况下拉取映像。其标识（对于 AKS，是 kubelet 标识）需要在注册表上具有 AcrPull 角色，或者缺少映像拉取机密 (image pull secret)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry wanted a sign-in that it did not get, or did not accept.</source>
        <translation>注册表需要登录，但没有收到，或者没有接受。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry forbade the request: its network rules or the identity&apos;s permissions do not allow it.</source>
        <translation>注册表禁止了请求：其网络规则或该标识的权限不允许。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Azure CLI could not reach the registry over the network. A proxy, DNS, a firewall or a private endpoint may be in the way, or the name is wrong.</source>
        <translation>Azure CLI 无法通过网络访问注册表。可能是代理、DNS、防火墙或专用终结点造成了阻碍，或者名称有误。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address did not answer like a registry that asks for a sign-in. Often a proxy answered instead, public access is disabled, DNS points elsewhere, or it was a passing hiccup.</source>
        <translation>该地址的响应不像要求登录的注册表。常见原因是代理代为响应、公共访问已禁用、DNS 指向了别处，或者只是暂时故障。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Azure identity was signed in but has no role on this registry, or the wrong subscription or tenant is selected. A role assignment made just now can take a few minutes to apply.</source>
        <translation>你的 Azure 标识已登录，但在此注册表上没有任何角色，或者选择了错误的订阅或租户。刚刚完成的角色分配可能需要几分钟才能生效。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry did not accept your Azure identity: it has no role on this registry, or another subscription or tenant is selected.</source>
        <translation>注册表不接受你的 Azure 标识：它在此注册表上没有任何角色，或者选择了其他订阅或租户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI is not signed in to Azure. Run az login first (with sudo, the root user has its own separate sign-in).</source>
        <translation>Azure CLI 未登录 Azure。请先运行 az login（使用 sudo 时，root 用户有自己单独的登录）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI could not get an Azure sign-in token for the registry. The rest of the message says why.</source>
        <translation>Azure CLI 无法为注册表获取 Azure 登录令牌。原因见消息的其余部分。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service principal&apos;s client secret has expired. Create a new secret and use it everywhere the old one was stored.</source>
        <translation>服务主体的客户端密码已过期。请创建新的客户端密码，并在所有保存旧密码的地方改用新密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client secret given is wrong. Use the secret&apos;s value, not its ID, and check that it belongs to this application.</source>
        <translation>提供的客户端密码不正确。请使用它的“值”而不是“机密 ID”，并确认它属于此应用程序。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No application with that ID exists in this Azure tenant. Check the application (client) ID and the tenant.</source>
        <translation>此 Azure 租户中不存在具有该 ID 的应用程序。请检查应用程序（客户端）ID 和租户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Azure sign-in has expired or needs to be repeated. Run az login again.</source>
        <translation>你的 Azure 登录已过期或需要重新登录。请再次运行 az login。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure rejected the sign-in because its time stamps are out of range. The computer&apos;s clock is probably wrong.</source>
        <translation>由于时间戳超出范围，Azure 拒绝了登录。计算机的时钟可能不正确。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Microsoft Entra ID does not know this tenant in the Azure cloud the sign-in went to. Either the tenant ID is wrong, or the tenant lives in another cloud (Azure operated by 21Vianet for .azurecr.cn, Azure Government for .azurecr.us), which the Azure CLI reaches only after az cloud set.</source>
        <translation>Microsoft Entra ID 在登录所发往的 Azure 云中找不到此租户。可能是租户 ID 有误，也可能是租户位于另一个云中(.azurecr.cn 对应由世纪互联运营的 Azure，.azurecr.us 对应 Azure 政府版)，Azure CLI 只有在执行 az cloud set 之后才能访问该云。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure sign-in (Azure AD / Entra ID) failed. The AADSTS code says why; look it up in Microsoft&apos;s list of sign-in error codes.</source>
        <translation>Azure 登录（Microsoft Entra ID，前称 Azure AD）失败。AADSTS 代码说明了原因；请在 Microsoft 的登录错误代码列表中查找。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Azure CLI could not run the docker command: Docker is missing or its engine is not running.</source>
        <translation>Azure CLI 无法运行 docker 命令：缺少 Docker，或其引擎未运行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker engine is not running. Start Docker and try again.</source>
        <translation>Docker 引擎未运行。请启动 Docker 后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker version could not be read or is too old. Registry sign-in needs Docker 18.03 or later.</source>
        <translation>无法读取 Docker 版本或版本过旧。登录注册表需要 Docker 18.03 或更高版本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker could not pull a sample image from the internet. The network or proxy settings of the Docker engine are probably the problem.</source>
        <translation>Docker 无法从 Internet 拉取示例映像。问题可能出在 Docker 引擎的网络或代理设置上。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry&apos;s address could not be looked up. The name may be wrong, or DNS (for example for a private endpoint) is not set up.</source>
        <translation>无法解析注册表的地址。名称可能有误，或未配置 DNS（例如专用终结点的 DNS）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry forbade access from here: its firewall or disabled public access keeps this computer out.</source>
        <translation>注册表禁止从这里访问：其防火墙或已禁用的公共访问将这台计算机挡在了外面。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry address did not answer with the expected request to sign in. A proxy or the network is usually the reason; the same code is also shown when the registry asks you to slow down.</source>
        <translation>注册表地址没有返回预期的登录请求。原因通常是代理或网络；注册表要求放慢速度时也会显示同样的代码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A secure connection to the registry could not be set up, usually because a proxy replaces the certificate or the clock is wrong.</source>
        <translation>无法与注册表建立安全连接，通常是因为代理替换了证书，或时钟不正确。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry did not accept your Azure identity: it has no role on the registry, or you are signed in to another tenant or subscription.</source>
        <translation>注册表不接受你的 Azure 标识：它在注册表上没有任何角色，或者你登录的是其他租户或订阅。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry would not hand out an access token for your identity: a role such as AcrPull or AcrPush is missing.</source>
        <translation>注册表不愿为你的标识颁发访问令牌：缺少 AcrPull 或 AcrPush 等角色。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry is receiving too many requests from you and asks to slow down.</source>
        <translation>注册表收到你的请求过多，要求放慢速度。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI could not find the registry&apos;s login server from its name. Check the name and the selected subscription.</source>
        <translation>Azure CLI 无法根据名称找到注册表的登录服务器。请检查名称和所选订阅。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cluster could not pull the image. The reason follows in the message.</source>
        <translation>群集无法拉取映像。原因见消息的其余部分。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skopeo could not reach the registry. The reason follows in the message.</source>
        <translation>skopeo 无法访问注册表。原因见消息的其余部分。</translation>
    </message>
    <message>
        <location line="-475"/>
        <source>az acr login could not hand the registry token to Docker, because the docker command or its engine is not available here. The Azure CLI can give you the token instead (--expose-token), for Podman, Helm or a later docker login.</source>
        <translation>az acr login 无法将注册表令牌传递给 Docker，因为此处没有 docker 命令或其引擎。Azure CLI 可以改为向你提供令牌 (--expose-token)，供 Podman、Helm 或之后的 docker login 使用。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This Azure CLI does not know the --expose-token option of az acr login: it is too old. Update the Azure CLI.</source>
        <translation>此 Azure CLI 无法识别 az acr login 的 --expose-token 选项：版本过旧。请更新 Azure CLI。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft Entra ID wants multifactor authentication for this sign-in, or a Conditional Access policy blocks it. A script cannot do that: sign in interactively, or use a service principal or a managed identity.</source>
        <translation>Microsoft Entra ID 要求此登录使用多重身份验证，或者条件访问策略阻止了它。脚本无法做到这一点：请以交互方式登录，或使用服务主体或托管标识。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The docker command here is Podman pretending to be Docker. Podman keeps its own sign-ins and has no Docker engine, so Docker&apos;s advice does not apply.</source>
        <translation>此处的 docker 命令是伪装成 Docker 的 Podman。Podman 保存自己的登录信息，并且没有 Docker 引擎，因此 Docker 的建议不适用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in step got an empty user name or password. In a pipeline the secret variable is usually not set or not available to this run.</source>
        <translation>登录步骤收到了空的用户名或密码。在管道中，通常是机密变量未设置，或对此次运行不可用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--password-stdin was given without a user name. In a pipeline the variable that holds the user name is usually empty or not set.</source>
        <translation>指定了 --password-stdin，但没有用户名。在管道中，保存用户名的变量通常为空或未设置。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pod names an image pull secret that does not exist in its namespace, so the node pulls the image without signing in.</source>
        <translation>Pod 指定的映像拉取机密在其命名空间中不存在，因此节点在未登录的情况下拉取映像。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node was refused the image because it pulled without valid credentials: the pod&apos;s pull secret is missing, in another namespace, or for another registry (on AKS, the cluster&apos;s identity may lack AcrPull).</source>
        <translation>节点因在没有有效凭据的情况下拉取而被拒绝提供映像：Pod 的拉取机密缺失、位于其他命名空间中，或者是其他注册表的（在 AKS 上，群集的标识可能缺少 AcrPull）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image exists, but not for this platform (operating system and processor, such as linux/arm64). This is not a sign-in problem: pull another platform or build the image for this one.</source>
        <translation>该映像存在，但不适用于此平台（操作系统和处理器，例如 linux/arm64）。这不是登录问题：请拉取其他平台，或为此平台生成映像。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The AWS CLI is signed in, but this identity may not get a registry token (it needs ecr:GetAuthorizationToken). docker login then receives no password.</source>
        <translation>AWS CLI 已登录，但此标识无法获取注册表令牌（需要 ecr:GetAuthorizationToken）。因此 docker login 收不到密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The AWS CLI&apos;s session has expired, so it could not get a registry token. Sign in to AWS again.</source>
        <translation>AWS CLI 的会话已过期，因此无法获取注册表令牌。请重新登录 AWS。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS does not know the access key the AWS CLI uses, so it could not get a registry token. Check the access key and secret the AWS CLI is set up with.</source>
        <translation>AWS 无法识别 AWS CLI 使用的访问密钥，因此无法获取注册表令牌。请检查 AWS CLI 配置的访问密钥和机密。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gcloud, the credential helper Docker uses for this registry, could not refresh its sign-in. Sign in again with gcloud auth login.</source>
        <translation>Docker 为此注册表使用的凭据帮助程序 gcloud 无法刷新其登录。请使用 gcloud auth login 重新登录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The BuildKit builder does not trust the registry&apos;s certificate. A builder in its own container (the docker-container driver) does not see the certificates this computer or Docker trusts.</source>
        <translation>BuildKit 生成器不信任注册表的证书。位于自己容器中的生成器（docker-container 驱动程序）看不到此计算机或 Docker 信任的证书。</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The sign-in worked, but downloading (or uploading) a layer failed at the registry&apos;s data endpoint or storage account, a different host than the registry. The firewall or proxy must allow that host too.</source>
        <translation>登录成功，但层的下载（或上传）在注册表的数据终结点或存储帐户处失败，这是与注册表不同的主机。防火墙或代理也必须允许该主机。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The server answered with plain HTTP where HTTPS was expected. Usually the registry was set up without TLS: the client must then list it as an insecure registry. Otherwise the address is not the registry, or a proxy is in between.</source>
        <translation>服务器在应使用 HTTPS 的地方以纯 HTTP 响应。通常是注册表在设置时未启用 TLS：客户端必须将其列为不安全的注册表。否则，该地址不是注册表，或者中间有代理。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The registry has no repository by this name. Check the spelling and the namespace (team/app), and that the image name starts with this registry&apos;s address.</source>
        <translation>注册表中没有此名称的存储库。请检查拼写和命名空间（team/app），以及映像名称是否以此注册表的地址开头。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry has no image with this tag or digest in the repository, or no such repository. Check the tag, or list the tags the repository has.</source>
        <translation>注册表的存储库中没有具有此标记或摘要的映像，或者该存储库不存在。请检查标记，或列出存储库中的标记。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused the image without saying whether it exists: either the repository does not exist (often a misspelt name or a missing namespace), or it exists and this sign-in may not read it.</source>
        <translation>注册表拒绝了该映像，但没有说明它是否存在：要么存储库不存在（常见原因是名称拼写错误或缺少命名空间），要么它存在但此登录无权读取。</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The connection was tried over IPv6 (the address in brackets), and this computer has no IPv6 route to it. If the registry also has an IPv4 address, IPv4 probably works: the network needs a working IPv6 route, or IPv6 turned off where it has none.</source>
        <translation>已尝试通过 IPv6（方括号中的地址）连接，但此计算机没有到该地址的 IPv6 路由。如果注册表也有 IPv4 地址，IPv4 很可能可用：网络需要可用的 IPv6 路由，或者在没有 IPv6 路由的地方关闭 IPv6。</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>The registry uses ABAC repository permissions (&quot;RBAC Registry + ABAC Repository Permissions&quot;). There, AcrPull and AcrPush give no rights on repositories; the Container Registry Repository Reader, Writer and Contributor roles do.</source>
        <translation>注册表使用 ABAC 存储库权限（&quot;RBAC Registry + ABAC Repository Permissions&quot;）。在这种情况下，AcrPull 和 AcrPush 不授予存储库的任何权限，授予权限的是 Container Registry Repository Reader、Writer 和 Contributor 角色。</translation>
    </message>
</context>
<context>
    <name>rd::Goal</name>
    <message>
        <location filename="../src/core/diagnosis/goal.cpp" line="+148"/>
        <source>You can sign in to %1 and push to %2.</source>
        <translation>你可以登录到 %1 并推送到 %2。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You can sign in to %1 and pull from %2.</source>
        <translation>你可以登录到 %1 并从 %2 拉取。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can sign in to %1.</source>
        <translation>你可以登录到 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not tested: the sign-in could not be tried, because %1 cannot be reached.</source>
        <translation>未测试：无法尝试登录，因为无法访问 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tested: the sign-in could not be tried, because the certificate of %1 is not trusted.</source>
        <translation>未测试：无法尝试登录，因为 %1 的证书不受信任。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not tested: the sign-in could not be tried, because %1 did not answer as a registry should.</source>
        <translation>未测试：无法尝试登录，因为 %1 没有按注册表应有的方式响应。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in to %1 fails: %2</source>
        <extracomment>%1 is the registry, %2 the problem&apos;s title (&quot;The password is wrong&quot;).</extracomment>
        <translation>登录到 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can sign in to %1, but not push to %2.</source>
        <translation>你可以登录到 %1，但不能推送到 %2。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You can sign in to %1, but not pull from %2.</source>
        <translation>你可以登录到 %1，但不能从 %2 拉取。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You can sign in to %1, but this computer is not ready: %2</source>
        <extracomment>%1 is the problem&apos;s title (&quot;The Docker engine is not running&quot;).</extracomment>
        <translation>你可以登录到 %1，但此计算机尚未就绪：%2</translation>
    </message>
</context>
<context>
    <name>rd::Guidance</name>
    <message>
        <location filename="../src/core/diagnosis/guidance.cpp" line="+39"/>
        <source>Signing in from an Azure service</source>
        <translation>从 Azure 服务登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Azure service signs in with its own identity, not with yours, so a check from this computer cannot see it. Check that identity and its role on the registry.</source>
        <translation>Azure 服务使用自己的标识登录，而不是你的标识，因此从此计算机进行的检查无法看到它。请检查该标识及其在注册表上的角色。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AKS: the cluster pulls with its kubelet identity, which needs the AcrPull role on the registry. Check it from the cluster&apos;s side:</source>
        <translation>AKS：群集使用其 kubelet 标识拉取，该标识需要注册表上的 AcrPull 角色。从群集一侧检查：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the check fails, attach the registry to the cluster (this gives the kubelet identity AcrPull):</source>
        <translation>如果检查失败，请将注册表附加到群集(这会为 kubelet 标识授予 AcrPull)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure DevOps: the pipeline signs in through its service connection (Project settings &gt; Service connections). Verify the connection there; its service principal or managed identity needs AcrPull to pull and AcrPush to push, and an expired client secret must be renewed.</source>
        <translation>Azure DevOps：管道通过其服务连接登录(“项目设置” &gt; “服务连接”)。请在那里验证连接；其服务主体或托管标识需要 AcrPull 才能拉取、AcrPush 才能推送，过期的客户端密码必须续订。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub Actions: sign in with the azure/login action using OpenID Connect (a federated credential on the app registration, no secret), then run az acr login. Give the app&apos;s identity its role on the registry:</source>
        <translation>GitHub Actions：使用 azure/login 操作通过 OpenID Connect 登录(应用注册上的联合凭据，无需密码)，然后运行 az acr login。为应用的标识授予其在注册表上的角色：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>App Service and Container Apps: pull with the app&apos;s managed identity, which needs AcrPull on the registry:</source>
        <translation>应用服务和容器应用：使用应用的托管标识拉取，该标识需要注册表上的 AcrPull：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seeing and managing the registry in the Azure portal</source>
        <translation>在 Azure 门户中查看和管理注册表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal shows a registry only to accounts with a role on it: Reader to see it, Contributor or Owner to change it. AcrPull and AcrPush allow pulling and pushing images only, not seeing the registry in the portal.</source>
        <translation>门户仅向在注册表上拥有角色的帐户显示该注册表：“读者”可查看，“参与者”或“所有者”可更改。AcrPull 和 AcrPush 仅允许拉取和推送映像，不允许在门户中查看注册表。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List who has which role on the registry (someone who can see it runs this):</source>
        <translation>列出谁在注册表上拥有哪个角色(由能看到该注册表的人运行)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the registry is missing from your list, check that the right subscription is selected:</source>
        <translation>如果你的列表中没有该注册表，请检查是否选择了正确的订阅：</translation>
    </message>
</context>
<context>
    <name>rd::HtmlReport</name>
    <message>
        <location filename="../src/core/report/html_report.cpp" line="+110"/>
        <source>Registry Doctor report: %1</source>
        <translation>Registry Doctor 报告：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registry Doctor report</source>
        <translation>Registry Doctor 报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registry: %1</source>
        <translation>注册表：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked at %1 (UTC)</source>
        <translation>检查时间：%1 (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice scenario: %1</source>
        <translation>练习场景：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the check saw</source>
        <translation>检查发现的情况</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to fix it</source>
        <translation>解决方法</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 commands</source>
        <translation>%1 命令</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read more</source>
        <translation>了解详细信息</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checks</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it found</source>
        <translation>发现的情况</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made by Registry Doctor</source>
        <translation>由 Registry Doctor 生成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total time: %1 ms</source>
        <translation>总用时：%1 毫秒</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(practice scenario %1)</source>
        <translation>（练习场景 %1）</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>First step:</source>
        <translation>第一步：</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Registry %1, sign-in %2, user %3, repository %4 (%5).</source>
        <extracomment>Ticket summary line; %1 registry, %2 sign-in method name (azure-cli, password, token, docker), %3 user name, %4 repository, %5 pull or push. &quot;-&quot; where not given.</extracomment>
        <translation>注册表 %1，登录 %2，用户 %3，存储库 %4(%5)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems: none found.</source>
        <extracomment>Ticket summary line; %1 is the problems&apos; titles, separated by semicolons.</extracomment>
        <translation>问题：未发现。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checked %1 (UTC) with Registry Doctor %2 on %3.</source>
        <extracomment>Ticket summary line; %1 date and time (UTC), %2 the program&apos;s version, %3 the operating system.</extracomment>
        <translation>已于 %1 (UTC) 在 %3 上使用 Registry Doctor %2 检查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case %1.</source>
        <translation>案例 %1。</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>advice</source>
        <extracomment>The badge of advice (an Azure service&apos;s identity, portal roles): nothing was observed, unlike a &quot;problem&quot;.</extracomment>
        <translation>建议</translation>
    </message>
</context>
<context>
    <name>rd::HttpExchange</name>
    <message>
        <location filename="../src/core/network/http_exchange.cpp" line="+98"/>
        <source>Practice mode only talks to this computer; %1 is not part of the exercise.</source>
        <translation>练习模式只与这台计算机通信；%1 不在练习范围内。</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The server sent more than %1 KiB before its answer could be read; the check stopped reading it.</source>
        <translation>在读取到响应之前，服务器已发送超过 %1 KiB 的数据；检查已停止读取。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer was larger than %1 KiB; the check stopped reading it.</source>
        <translation>响应超过 %1 KiB；检查已停止读取。</translation>
    </message>
</context>
<context>
    <name>rd::ImageProbe</name>
    <message>
        <location filename="../src/core/probes/image_probe_start.cpp" line="+21"/>
        <source>Skipped: no repository was given, so only the sign-in was checked.</source>
        <translation>已跳过：未指定存储库，因此只检查了登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: a push does not need the image to exist.</source>
        <translation>已跳过：推送不要求映像已存在。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: only a push uploads.</source>
        <translation>已跳过：只有推送才会上传。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: the sign-in did not succeed.</source>
        <translation>已跳过：登录未成功。</translation>
    </message>
</context>
<context>
    <name>rd::LayerDownloadProbe</name>
    <message>
        <location filename="../src/core/probes/layer_download_probe.cpp" line="+84"/>
        <source>Not tested: on Docker Hub, reading the image&apos;s manifest counts as one of your pulls, and the check does not spend one. Signing in and the pull limit were checked without it.</source>
        <translation>未测试：在 Docker Hub 上，读取镜像清单会计为你的一次拉取，检查不会消耗拉取次数。登录和拉取限制已在不读取清单的情况下检查。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skipped: the image&apos;s manifest could not be read (status %1).</source>
        <translation>已跳过：无法读取映像的清单（状态 %1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: the image&apos;s manifest could not be read: %1</source>
        <translation>已跳过：无法读取映像的清单：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skipped: the image has no layer to download.</source>
        <translation>已跳过：映像没有可下载的层。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Layers download: the first bytes of the smallest layer came from the registry itself.</source>
        <translation>层可以下载：最小层的前几个字节来自注册表本身。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry did not answer the layer download: %1</source>
        <translation>注册表未响应层的下载：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered the layer download with status %1.</source>
        <translation>注册表对层的下载返回了状态 %1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Skipped: layers are downloaded from %1, which is not part of the exercise.</source>
        <translation>已跳过：层从 %1 下载，它不属于本练习。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The sign-in works, but layers are downloaded from %1, and this computer cannot resolve that name: %2</source>
        <translation>登录成功，但层从 %1 下载，而这台计算机无法解析该名称：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in works, but layers are downloaded from %1 (port %2), and this computer cannot connect to it: %3</source>
        <translation>登录成功，但层从 %1（端口 %2）下载，而这台计算机无法连接到它：%3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Layers download: the registry sends them from %1, and the first bytes arrived from there.</source>
        <translation>层可以下载：注册表从 %1 发送层，前几个字节已从那里到达。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers are downloaded from %1; it is reachable, but answered with status %2.</source>
        <translation>层从 %1 下载；该主机可以访问，但返回了状态 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers are downloaded from %1; a connection opened, but the download got no answer: %2</source>
        <translation>层从 %1 下载；连接已打开，但下载没有收到响应：%2</translation>
    </message>
    <message>
        <location filename="../src/core/probes/layer_download_probe.h" line="+25"/>
        <source>Downloading a layer</source>
        <translation>下载层</translation>
    </message>
    <message>
        <location filename="../src/core/probes/layer_download_probe.cpp" line="-109"/>
        <source>The image has no variant for this computer&apos;s platform, %1: it has %2.</source>
        <translation>该映像没有适用于此计算机平台 %1 的变体：它只有 %2。</translation>
    </message>
</context>
<context>
    <name>rd::LiveStatus</name>
    <message>
        <location filename="../src/gui/accessibility.cpp" line="+92"/>
        <source>1 character typed</source>
        <translation>已输入 1 个字符</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n characters typed</source>
        <translation>
            <numerusform>已输入 %n 个字符</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+72"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The check could not start</source>
        <translation>检查无法开始</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report (*.json);;Markdown (*.md);;Web page (*.html)</source>
        <translation>报告 (*.json);;Markdown (*.md);;网页 (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open report</source>
        <translation>打开报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report (*.json)</source>
        <translation>报告 (*.json)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Summary copied: paste it into a chat or an e-mail.</source>
        <translation>摘要已复制：可粘贴到聊天或电子邮件中。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Practice: %1</source>
        <extracomment>Part of the window title in practice mode; %1 is what the user complains about (the practice scenario).</extracomment>
        <translation>练习：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Registry Doctor</source>
        <translation>Registry Doctor</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Practice mode: &quot;%1&quot;. Checks go to the built-in practice registry on this computer, not to a real one.</source>
        <translation>练习模式：“%1”。检查会发送到这台计算机上内置的练习注册表，而不是真实的注册表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>&amp;New check</source>
        <translation>新建检查(&amp;N)</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>&amp;Open report…</source>
        <translation>打开报告(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy summary for chat or e-mail</source>
        <translation>复制摘要以用于聊天或电子邮件(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Practice</source>
        <translation>练习(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose a practice scenario…</source>
        <translation>选择练习场景(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave practice mode</source>
        <translation>退出练习模式(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Troubleshooting guide (Microsoft Learn)</source>
        <translation>故障排除指南 (Microsoft Learn)(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Registry Doctor</source>
        <translation>关于 Registry Doctor(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop checking</source>
        <translation>停止检查(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+16"/>
        <source>The report could not be opened</source>
        <translation>无法打开报告</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The report could not be saved</source>
        <translation>无法保存报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report saved to %1</source>
        <translation>报告已保存到 %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Type the password for %1 again: a password goes only to the registry it was typed for.</source>
        <translation>请再次输入 %1 的密码：密码只会发送到输入它时所针对的注册表。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步，共 %2 步：%3</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>%1 is too large to be a report from Registry Doctor.</source>
        <translation>%1 太大，不可能是 Registry Doctor 的报告。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a JSON file, but not a report saved by Registry Doctor. Open a .json file that Registry Doctor saved (File &gt; Save report).</source>
        <translation>%1 是 JSON 文件，但不是 Registry Doctor 保存的报告。请打开 Registry Doctor 保存的 .json 文件(“文件” &gt; “保存报告”)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a report from Registry Doctor: it is not a readable JSON file (%2).</source>
        <extracomment>%1 is a file path; %2 the JSON parser&apos;s message (in English).</extracomment>
        <translation>%1 不是 Registry Doctor 的报告：它不是可读取的 JSON 文件(%2)。</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Check all my saved &amp;logins…</source>
        <translation>检查我保存的所有登录(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>rd::ManifestProbe</name>
    <message>
        <location filename="../src/core/probes/manifest_probe.cpp" line="+71"/>
        <source>The registry did not answer the request for the image %1: %2</source>
        <translation>注册表未响应对映像 %1 的请求：%2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The image %1 exists, and this sign-in may read it.</source>
        <translation>映像 %1 存在，此登录可以读取它。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the image %1 was refused with status %2.</source>
        <translation>读取映像 %1 被拒绝，状态为 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered the request for the image %1 with status %2.</source>
        <translation>注册表对映像 %1 的请求返回了状态 %2。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The repository exists, but the image %1 does not: the registry answered 404 for its tag or digest.</source>
        <translation>存储库存在，但映像 %1 不存在：注册表对其标记或摘要返回了 404。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags it has: %1.</source>
        <translation>现有标记：%1。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The registry has no repository for the image %1: it answered 404.</source>
        <translation>注册表中没有映像 %1 的存储库：它返回了 404。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repositories with a similar name: %1.</source>
        <translation>名称相似的存储库：%1。</translation>
    </message>
    <message>
        <location filename="../src/core/probes/manifest_probe.h" line="+21"/>
        <source>The image&apos;s manifest</source>
        <translation>映像的清单</translation>
    </message>
    <message>
        <location filename="../src/core/probes/manifest_probe.cpp" line="-67"/>
        <source>The image %1 exists, but the registry says no pulls are left (limit %2): pulling it will be refused until the limit allows it again.</source>
        <translation>映像 %1 存在，但注册表表示没有剩余的拉取次数（限制 %2）：在限制再次允许之前，拉取将被拒绝。</translation>
    </message>
</context>
<context>
    <name>rd::PermissionsProbe</name>
    <message>
        <location filename="../src/core/probes/permissions_probe.cpp" line="+22"/>
        <source>Skipped: the sign-in did not succeed.</source>
        <translation>已跳过：登录未成功。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped: no repository was given, so only the sign-in was checked.</source>
        <translation>已跳过：未指定存储库，因此只检查了登录。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The sign-in works, but it does not allow %1 on %2: the registry granted only %3.</source>
        <translation>登录成功，但不允许对 %2 执行 %1：注册表只授予了 %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the repository %1 was refused with status %2.</source>
        <translation>读取存储库 %1 被拒绝，状态为 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You may push to %1; it does not exist yet and your first push creates it.</source>
        <translation>你可以推送到 %1；它尚不存在，首次推送时会创建它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The repository %1 does not exist in this registry (404): check its name.</source>
        <translation>此注册表中不存在存储库 %1 (404)：请检查其名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may pull from and push to %1.</source>
        <translation>你可以从 %1 拉取，也可以推送到 %1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You may pull from %1.</source>
        <translation>你可以从 %1 拉取。</translation>
    </message>
    <message>
        <location filename="../src/core/probes/permissions_probe.h" line="+19"/>
        <source>Rights on the repository</source>
        <translation>存储库权限</translation>
    </message>
    <message>
        <location filename="../src/core/probes/permissions_probe.cpp" line="-15"/>
        <source>The sign-in works, but it does not allow %1 on %2: the registry granted no rights on it.</source>
        <translation>登录成功，但不允许对 %2 执行 %1：注册表没有授予任何权限。</translation>
    </message>
</context>
<context>
    <name>rd::PracticeDialog</name>
    <message>
        <location filename="../src/gui/practice_dialog.cpp" line="+14"/>
        <location line="+13"/>
        <source>Practice scenarios</source>
        <translation>练习场景</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Scenario:</source>
        <extracomment>Label of the list of practice scenarios (situations to practise).</extracomment>
        <translation>场景(&amp;S)：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Start &amp;practice</source>
        <translation>开始练习(&amp;P)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1: %2</source>
        <extracomment>Said by a screen reader for a practice scenario: %1 is its group (e.g. &quot;First steps&quot;), %2 the complaint.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Choose a situation to practise. The check then talks to a practice registry on this computer that answers as the service in that situation does (Azure Container Registry, Docker Hub, GitHub Container Registry, Amazon ECR or Google Artifact Registry), with that problem. Nothing is sent to the internet.</source>
        <extracomment>The service names are products&apos; names (Azure Container Registry as Microsoft writes it in the language).</extracomment>
        <translation>选择要练习的情形。检查随后会与这台计算机上的练习注册表通信，该注册表会像该情形中的服务（Azure 容器注册表、Docker Hub、GitHub Container Registry、Amazon ECR 或 Google Artifact Registry）一样作出响应，并带有该问题。不会向 Internet 发送任何内容。</translation>
    </message>
</context>
<context>
    <name>rd::PracticeRegistry</name>
    <message>
        <location filename="../src/core/practice/practice_dns_server.cpp" line="+22"/>
        <source>The practice DNS responder could not open a UDP port: %1</source>
        <translation>练习 DNS 响应程序无法打开 UDP 端口：%1</translation>
    </message>
    <message>
        <location filename="../src/core/practice/practice_registry.cpp" line="+918"/>
        <source>There is no practice scenario called &apos;%1&apos;.</source>
        <translation>没有名为“%1”的练习场景。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The practice registry could not listen on 127.0.0.1: %1</source>
        <translation>练习注册表无法在 127.0.0.1 上侦听：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The practice registry could not reserve a loopback port: %1</source>
        <translation>练习注册表无法保留环回端口：%1</translation>
    </message>
    <message>
        <location line="-545"/>
        <source>The practice registry could not write the trainee&apos;s Docker configuration: %1</source>
        <translation>练习注册表无法写入学员的 Docker 配置：%1</translation>
    </message>
</context>
<context>
    <name>rd::PracticeScenario</name>
    <message>
        <location filename="../src/core/practice/practice_scenarios.cpp" line="+22"/>
        <source>Everything works</source>
        <translation>一切正常</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry contoso.azurecr.io answers normally and the admin user may pull and push the repository &apos;hello&apos;. A correct check finds nothing to fix.</source>
        <translation>注册表 contoso.azurecr.io 正常响应，管理员用户可以拉取和推送存储库“hello”。正确的检查不会发现需要修复的问题。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A plain registry with a password (no token server)</source>
        <translation>使用密码的普通注册表（无令牌服务器）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registry.example.test is a generic registry that asks for a user name and password directly (HTTP Basic) instead of sending the client to a token server. The credentials are right; a correct check finds nothing to fix.</source>
        <translation>registry.example.test 是一个通用注册表，它直接要求用户名和密码 (HTTP Basic)，而不是将客户端引导到令牌服务器。凭据是正确的；正确的检查不会发现需要修复的问题。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong password</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name exists but the password is an old one. The token server refuses it with &apos;unauthorized: authentication required&apos;.</source>
        <translation>用户名存在，但密码是旧密码。令牌服务器以“unauthorized: authentication required”拒绝它。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail address used as user name</source>
        <translation>将电子邮件地址用作用户名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee typed their e-mail address as user name. The registry answers &apos;Application not registered with AAD&apos;: it expects a service principal&apos;s application ID, the admin user name or a token name.</source>
        <translation>练习者将自己的电子邮件地址输入为用户名。注册表返回“Application not registered with AAD”：它期望的是服务主体的应用程序 ID、管理员用户名或令牌名称。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allowed to pull, trying to push</source>
        <translation>只允许拉取，却尝试推送</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in works, but the identity may only pull the repository &apos;hello&apos; and the trainee wants to push to it. The token the registry issues grants pull only.</source>
        <translation>登录成功，但该标识只能拉取存储库“hello”，而练习者想推送到它。注册表签发的令牌只授予拉取权限。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expired token from az acr login</source>
        <translation>az acr login 的令牌已过期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is a token printed by &apos;az acr login --expose-token&apos; more than three hours ago (user name 00000000-0000-0000-0000-000000000000). It expired two hours ago and the registry refuses it.</source>
        <translation>密码是三个多小时前由“az acr login --expose-token”输出的令牌（用户名 00000000-0000-0000-0000-000000000000）。它在两小时前已过期，注册表拒绝了它。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registry firewall blocks this computer</source>
        <translation>注册表防火墙阻止这台计算机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry only accepts selected networks. Every request is refused with 403 &apos;client with IP &apos;203.0.113.7&apos; is not allowed access&apos;.</source>
        <translation>注册表只接受所选网络。每个请求都以 403“client with IP &apos;203.0.113.7&apos; is not allowed access”被拒绝。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many requests</source>
        <translation>请求过多</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry throttles the client: every request gets 429 Too Many Requests with &apos;Retry-After: 30&apos;.</source>
        <translation>注册表限制客户端：每个请求都收到带有“Retry-After: 30”的 429 Too Many Requests。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS inspection proxy certificate</source>
        <translation>TLS 检查代理的证书</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A company proxy inspects TLS: the certificate the client receives is issued by &apos;Contoso Web Filter TLS Inspection CA&apos;, which this computer does not trust.</source>
        <translation>公司代理会检查 TLS：客户端收到的证书由“Contoso Web Filter TLS Inspection CA”颁发，这台计算机不信任它。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slow but working registry</source>
        <translation>速度慢但能正常工作的注册表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every answer takes 1.5 seconds. Everything else works; a correct check is slower but finds nothing to fix.</source>
        <translation>每个响应都需要 1.5 秒。其他一切正常；正确的检查会更慢，但不会发现需要修复的问题。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address is a web site, not a registry</source>
        <translation>该地址是网站，而不是注册表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server at the address is an ordinary web server: /v2/ answers 404 with an HTML page instead of a registry&apos;s challenge.</source>
        <translation>该地址上的服务器是普通 Web 服务器：/v2/ 返回带 HTML 页面的 404，而不是注册表的身份验证质询。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry temporarily unavailable</source>
        <translation>注册表暂时不可用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry answers 503 Service Unavailable to every request: the problem is on the service side, not on this computer.</source>
        <translation>注册表对每个请求都返回 503 Service Unavailable：问题出在服务端，而不是这台计算机。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer&apos;s clock is wrong</source>
        <translation>这台计算机的时钟不正确</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry&apos;s time is two hours behind this computer&apos;s clock, so the tokens it issues look already expired here. Set the clock right (automatic time).</source>
        <translation>注册表的时间比这台计算机的时钟慢两小时，因此它签发的令牌在这里看起来已经过期。请将时钟设置正确（自动设置时间）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry name does not exist</source>
        <translation>注册表名称不存在</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DNS answers &apos;no such host&apos; (NXDOMAIN) for contoso.azurecr.io: the name is misspelled, the registry was deleted, or it belongs to another cloud.</source>
        <translation>DNS 对 contoso.azurecr.io 返回“no such host”(NXDOMAIN)：名称拼写错误、注册表已被删除，或它属于另一个云。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Private endpoint outside its network</source>
        <translation>在网络外部访问专用终结点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contoso.azurecr.io resolves through contoso.privatelink.azurecr.io to the private address 10.0.0.5, which this computer cannot reach: it is not in the registry&apos;s virtual network.</source>
        <translation>contoso.azurecr.io 经由 contoso.privatelink.azurecr.io 解析为专用地址 10.0.0.5，这台计算机无法访问该地址：它不在注册表的虚拟网络中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry address not reachable</source>
        <translation>无法访问注册表地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name resolves, but nothing answers on port 443: a network, proxy or outbound firewall problem.</source>
        <translation>名称可以解析，但 443 端口上没有任何响应：这是网络、代理或出站防火墙的问题。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry name typed with extras</source>
        <translation>输入的注册表名称带有多余内容</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee typed &apos;https://Contoso.azurecr.io:443/&apos;. The registry works; a correct check warns that Docker needs the plain lowercase login server &apos;contoso.azurecr.io&apos;.</source>
        <translation>练习者输入了“https://Contoso.azurecr.io:443/”。注册表工作正常；正确的检查会警告 Docker 只需要小写的登录服务器“contoso.azurecr.io”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amazon ECR: the 12-hour token has expired</source>
        <translation>Amazon ECR：12 小时令牌已过期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>123456789012.dkr.ecr.eu-west-1.amazonaws.com answers as Amazon ECR does. The trainee signs in as AWS with a token from aws ecr get-login-password made the day before; ECR tokens last 12 hours, and the registry answers &apos;denied: Your authorization token has expired. Reauthenticate and try again.&apos;</source>
        <translation>123456789012.dkr.ecr.eu-west-1.amazonaws.com 的应答方式与 Amazon ECR 相同。学员使用前一天由 aws ecr get-login-password 生成的令牌以 AWS 身份登录；ECR 令牌有效期为 12 小时，注册表应答“denied: Your authorization token has expired. Reauthenticate and try again.”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>We moved our images to 123456789012.dkr.ecr.us-east-1.amazonaws.com and now docker login there fails.</source>
        <translation>我们把镜像移到了 123456789012.dkr.ecr.us-east-1.amazonaws.com，现在对它的 docker login 失败了。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>I type my Docker Hub password correctly, but docker login says it is wrong.</source>
        <translation>我输入的 Docker Hub 密码是正确的，但 docker login 说它错了。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I can sign in to ghcr.io, but pulling our image contoso/hello is denied.</source>
        <translation>我可以登录 ghcr.io，但拉取我们的镜像 contoso/hello 被拒绝。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The image name is misspelled</source>
        <translation>映像名称拼写错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in works, but the trainee pulls &apos;helo&apos; instead of &apos;hello&apos;. The registry answers &apos;name unknown&apos; (404): the repository does not exist, which is not the same as being refused.</source>
        <translation>登录成功，但学员拉取的是“helo”而不是“hello”。注册表返回“name unknown”（404）：存储库不存在，这与被拒绝不同。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layers blocked at the data endpoint</source>
        <translation>层在数据终结点处被阻止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in and reading the manifest work, but the registry sends layer downloads to its data endpoint contoso.eastus.data.azurecr.io, which this network&apos;s firewall does not allow.</source>
        <translation>登录和读取清单都成功，但注册表将层的下载发送到其数据终结点 contoso.eastus.data.azurecr.io，而此网络的防火墙不允许访问它。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A registry without HTTPS</source>
        <translation>没有 HTTPS 的注册表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registry.example.test was set up without a certificate and speaks plain HTTP. Clients try HTTPS first and stop with &apos;server gave HTTP response to HTTPS client&apos;.</source>
        <translation>registry.example.test 在设置时没有证书，使用纯 HTTP。客户端会先尝试 HTTPS，然后因“server gave HTTP response to HTTPS client”而停止。</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>A new colleague asks whether they can pull and push hello on contoso.azurecr.io.</source>
        <translation>一位新同事询问他能否在 contoso.azurecr.io 上拉取和推送 hello。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A developer asks whether their sign-in to registry.example.test is set up right.</source>
        <translation>一位开发人员询问他对 registry.example.test 的登录是否设置正确。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I cannot sign in to contoso.azurecr.io any more. It worked last week.</source>
        <translation>我再也无法登录 contoso.azurecr.io 了。上周还可以。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new starter cannot sign in to contoso.azurecr.io with their work account.</source>
        <translation>一位新员工无法使用工作帐户登录 contoso.azurecr.io。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A colleague cannot push to hello since this morning.</source>
        <translation>从今天早上开始，一位同事无法推送到 hello。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing in with a token worked this morning; now every pull from contoso.azurecr.io fails.</source>
        <translation>今天早上用令牌登录还正常；现在从 contoso.azurecr.io 拉取都失败了。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody in the branch office can use contoso.azurecr.io; from home it works.</source>
        <translation>分公司里没有人能使用 contoso.azurecr.io；在家里却可以。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our build server gets errors from contoso.azurecr.io every few minutes.</source>
        <translation>我们的生成服务器每隔几分钟就会收到来自 contoso.azurecr.io 的错误。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Since we moved to the new office network, signing in to contoso.azurecr.io fails.</source>
        <translation>自从我们换到新的办公网络后，登录 contoso.azurecr.io 就失败了。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pulling from contoso.azurecr.io feels very slow today.</source>
        <translation>今天从 contoso.azurecr.io 拉取感觉非常慢。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I was given an address for our registry, but signing in to it fails.</source>
        <translation>有人给了我一个注册表地址，但登录它失败了。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing works with contoso.azurecr.io for the whole team since an hour ago.</source>
        <translation>从一小时前开始，整个团队使用 contoso.azurecr.io 都不行了。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everyone else can use contoso.azurecr.io; on my laptop the sign-in is refused right away.</source>
        <translation>其他人都能使用 contoso.azurecr.io；在我的笔记本电脑上登录却立即被拒绝。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>docker login says it cannot find contoso.azurecr.io.</source>
        <translation>docker login 提示找不到 contoso.azurecr.io。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From my laptop contoso.azurecr.io times out; from the build servers in Azure it works.</source>
        <translation>从我的笔记本电脑访问 contoso.azurecr.io 会超时；从 Azure 中的生成服务器访问却正常。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>docker login to contoso.azurecr.io waits and then gives up.</source>
        <translation>对 contoso.azurecr.io 执行 docker login 时一直等待，然后放弃。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I copied the registry&apos;s address from a web page into docker login and it does not work.</source>
        <translation>我把注册表地址从网页复制到 docker login 中，但不起作用。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our nightly job cannot pull from 123456789012.dkr.ecr.eu-west-1.amazonaws.com any more; yesterday it worked.</source>
        <translation>我们的夜间作业再也无法从 123456789012.dkr.ecr.eu-west-1.amazonaws.com 拉取了；昨天还可以。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Since this afternoon our builds cannot pull hello from Docker Hub, although signing in works.</source>
        <translation>从今天下午开始，我们的构建无法从 Docker Hub 拉取 hello，尽管登录是正常的。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>docker pull contoso.azurecr.io/helo says &apos;not found&apos;, but I can sign in.</source>
        <translation>docker pull contoso.azurecr.io/helo 提示“not found”，但我可以登录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing in works, but pulling hello from contoso.azurecr.io stops at the first layer.</source>
        <translation>登录正常，但从 contoso.azurecr.io 拉取 hello 时在第一层就停住了。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our test registry registry.example.test refuses docker login with an HTTP error.</source>
        <translation>我们的测试注册表 registry.example.test 以 HTTP 错误拒绝 docker login。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>First steps</source>
        <extracomment>A group of practice scenarios.</extracomment>
        <translation>入门</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyday cases</source>
        <extracomment>A group of practice scenarios.</extracomment>
        <translation>常见情况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hard cases</source>
        <extracomment>A group of practice scenarios.</extracomment>
        <translation>疑难情况</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Amazon ECR: a token for another region</source>
        <translation>Amazon ECR：另一个区域的令牌</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry is 123456789012.dkr.ecr.us-east-1.amazonaws.com, but the trainee&apos;s token comes from aws ecr get-login-password --region eu-west-1. Each ECR token is good for one region and account only; the registry answers the sign-in with 400 Bad Request.</source>
        <translation>注册表是 123456789012.dkr.ecr.us-east-1.amazonaws.com，但学员的令牌来自 aws ecr get-login-password --region eu-west-1。每个 ECR 令牌只对一个区域和一个帐户有效；注册表以 400 Bad Request 响应登录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker Hub: no pulls left</source>
        <translation>Docker Hub：没有剩余的拉取次数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in to Docker Hub works, but the account has used its 100 pulls of the last six hours: the headers say ratelimit-limit: 100;w=21600 and ratelimit-remaining: 0;w=21600, and a pull gets 429 &apos;You have reached your pull rate limit&apos;.</source>
        <translation>登录 Docker Hub 成功，但该帐户已用完最近六小时内的 100 次拉取：标头显示 ratelimit-limit: 100;w=21600 和 ratelimit-remaining: 0;w=21600，拉取会收到 429“You have reached your pull rate limit”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker Hub: password instead of an access token</source>
        <translation>Docker Hub：使用了密码而不是访问令牌</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee signs in to Docker Hub with the account password, but two-factor authentication is on. Docker Hub&apos;s token service refuses it with 401 &apos;please use personal access token to login&apos;.</source>
        <translation>学员使用帐户密码登录 Docker Hub，但已启用双重身份验证。Docker Hub 的令牌服务以 401“please use personal access token to login”拒绝该密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub: a token without read:packages</source>
        <translation>GitHub：没有 read:packages 的令牌</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee signs in to ghcr.io with a classic personal access token that lacks the read:packages scope. The sign-in itself works, but the token for the private package contoso/hello is refused with 403 &apos;denied&apos;.</source>
        <translation>学员使用缺少 read:packages 范围的经典个人访问令牌登录 ghcr.io。登录本身成功，但私有包 contoso/hello 的令牌被以 403“denied”拒绝。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google Artifact Registry: images moved to a new region</source>
        <translation>Google Artifact Registry：镜像移到了新区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulling from europe-west1-docker.pkg.dev says &apos;Unauthenticated request&apos;, although I am signed in to gcloud and pulls from us-docker.pkg.dev work.</source>
        <translation>从 europe-west1-docker.pkg.dev 拉取时提示“Unauthenticated request”，尽管我已登录 gcloud，而且从 us-docker.pkg.dev 拉取是正常的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trainee&apos;s Docker config was written by gcloud auth configure-docker: it hands gcloud&apos;s sign-in (credHelpers) to the Container Registry hosts such as gcr.io and to us-docker.pkg.dev, and to no other host. For europe-west1-docker.pkg.dev Docker has no login and sends none, and Artifact Registry refuses the anonymous request with 403 &apos;Unauthenticated request&apos;. The fix is gcloud auth configure-docker europe-west1-docker.pkg.dev.</source>
        <translation>学员的 Docker 配置是由 gcloud auth configure-docker 写入的：它只把 gcloud 的登录 (credHelpers) 交给 gcr.io 等 Container Registry 主机和 us-docker.pkg.dev，不交给其他任何主机。对于 europe-west1-docker.pkg.dev，Docker 没有登录信息，也不发送任何凭据，Artifact Registry 以 403“Unauthenticated request”拒绝这个匿名请求。解决方法是 gcloud auth configure-docker europe-west1-docker.pkg.dev。</translation>
    </message>
</context>
<context>
    <name>rd::ProbeRow</name>
    <message>
        <location filename="../src/gui/probe_row.cpp" line="+61"/>
        <source>cancelled</source>
        <extracomment>Status of one check (a test the program runs), shown after its name; like waiting, running, passed, warning, failed and skipped. An adjective agreeing with &quot;check&quot; (fr vérification).</extracomment>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+42"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+11"/>
        <source>Not run: the check was stopped.</source>
        <translation>未运行：检查已停止。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds; %1 is a number.</extracomment>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <extracomment>A duration in seconds; %1 is a number with one decimal.</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <extracomment>Screen-reader name of a check row: %1 is the check&apos;s name, %2 its status (passed, failed...).</extracomment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>rd::ProcessRunner</name>
    <message>
        <location filename="../src/core/process_runner.cpp" line="+131"/>
        <source>Not run: an argument has characters that cmd.exe would interpret, and %1 is a batch file.</source>
        <translation>未运行：某个参数包含 cmd.exe 会解释的字符，而 %1 是批处理文件。</translation>
    </message>
</context>
<context>
    <name>rd::ProxyProbe</name>
    <message>
        <location filename="../src/core/probes/proxy_probe.cpp" line="+12"/>
        <source>Skipped: there is no registry address to check.</source>
        <translation>已跳过：没有要检查的注册表地址。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is set but is not a valid proxy address.</source>
        <translation>已设置 %1，但它不是有效的代理地址。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is set, but NO_PROXY exempts %2: the connection goes direct.</source>
        <translation>已设置 %1，但 NO_PROXY 排除了 %2：连接将直接进行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy is set for %1: the connection goes direct.</source>
        <translation>没有为 %1 设置代理：连接将直接进行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system proxy (%1) is not used by Docker&apos;s command line.</source>
        <translation>Docker 命令行不使用系统代理（%1）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Practice mode ignores the proxy %1.</source>
        <translation>练习模式会忽略代理 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connections to %1 go through the proxy %2 (from %3).</source>
        <translation>到 %1 的连接经过代理 %2（来自 %3）。</translation>
    </message>
    <message>
        <location filename="../src/core/probes/proxy_probe.h" line="+14"/>
        <source>Proxy settings</source>
        <translation>代理设置</translation>
    </message>
    <message>
        <location filename="../src/core/probes/proxy_probe.cpp" line="-20"/>
        <source>%1 is set, but Docker, Podman and other Go programs never use a proxy for %2 (this computer itself): the connection goes direct.</source>
        <translation>已设置 %1，但 Docker、Podman 和其他 Go 程序对 %2（这台计算机本身）从不使用代理：连接将直接进行。</translation>
    </message>
</context>
<context>
    <name>rd::RegistryKind</name>
    <message>
        <location filename="../src/core/registry/registry_kind.cpp" line="+194"/>
        <source>container registry</source>
        <extracomment>The kind of a registry the check could not tie to a known service (any OCI registry).</extracomment>
        <translation>容器注册表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your Docker ID; with two-step verification on, the password is a personal access token.</source>
        <translation>你的 Docker ID；启用两步验证时，密码是个人访问令牌。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your GitHub login; the password is a personal access token (classic) with read:packages.</source>
        <translation>你的 GitHub 登录名；密码是具有 read:packages 的个人访问令牌(classic)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Always AWS; the password comes from aws ecr get-login-password.</source>
        <translation>始终为 AWS；密码由 aws ecr get-login-password 提供。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oauth2accesstoken with a token from gcloud auth print-access-token, or _json_key with a service account key.</source>
        <translation>oauth2accesstoken 配合 gcloud auth print-access-token 的令牌，或 _json_key 配合服务账号密钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Harbor user name, or a robot account (robot$...) with its secret.</source>
        <translation>你的 Harbor 用户名，或机器人帐户(robot$...)及其机密。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Quay user name, or a robot account (organization+name) with its token.</source>
        <translation>你的 Quay 用户名，或机器人帐户(组织+名称)及其令牌。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your GitLab user name; the password is a personal access token with read_registry.</source>
        <translation>你的 GitLab 用户名；密码是具有 read_registry 的个人访问令牌。</translation>
    </message>
    <message>
        <location filename="../src/core/registry/sign_in_choice.cpp" line="+13"/>
        <source>You sign in with docker login, your Docker ID and a personal access token from Docker Hub&apos;s account settings (the account password only works without two-step verification).</source>
        <translation>使用 docker login、你的 Docker ID 和在 Docker Hub 帐户设置中创建的个人访问令牌登录（帐户密码仅在未启用两步验证时有效）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You sign in with your GitHub login and a classic token with read:packages (write:packages to push), for example from gh auth token; in GitHub Actions, GITHUB_TOKEN.</source>
        <translation>使用你的 GitHub 登录名和具有 read:packages（推送需要 write:packages）的经典令牌登录，例如来自 gh auth token；在 GitHub Actions 中使用 GITHUB_TOKEN。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS and a token from aws ecr &amp;get-login-password</source>
        <translation>AWS 和来自 aws ecr get-login-password 的令牌(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name is AWS; the password is a 12-hour token for the registry&apos;s region and account, from aws ecr get-login-password --region REGION.</source>
        <translation>用户名是 AWS；密码是注册表所在区域和帐户的 12 小时令牌，来自 aws ecr get-login-password --region REGION。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oauth2accesstoken or a service account &amp;key (_json_key)</source>
        <translation>oauth2accesstoken 或服务帐号密钥（_json_key）(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oauth2accesstoken with a one-hour token from gcloud auth print-access-token, or _json_key (or _json_key_base64) with a service account&apos;s key file.</source>
        <translation>oauth2accesstoken 加上来自 gcloud auth print-access-token 的一小时令牌，或 _json_key（或 _json_key_base64）加上服务帐号的密钥文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Harbor user and password, or a robot account (robot$project+name) and its secret; put the name in single quotes in a shell, which would read $ as a variable.</source>
        <translation>Harbor 用户及其密码，或机器人帐户（robot$project+name）及其机密；在 shell 中请将名称放在单引号中，否则 $ 会被当作变量。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Quay user and password (or encrypted password), or a robot account (organization+name) and its token.</source>
        <translation>Quay 用户及其密码（或加密密码），或机器人帐户（organization+name）及其令牌。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A deploy token&apos;s user name and token, or your GitLab user name and a personal access token with read_registry (write_registry to push); in pipelines, gitlab-ci-token and CI_JOB_TOKEN.</source>
        <translation>部署令牌的用户名和令牌，或你的 GitLab 用户名和具有 read_registry（推送需要 write_registry）的个人访问令牌；在管道中使用 gitlab-ci-token 和 CI_JOB_TOKEN。</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Docker ID and personal access to&amp;ken</source>
        <translation>Docker ID 和个人访问令牌(&amp;K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub login and personal access to&amp;ken (classic)</source>
        <translation>GitHub 登录名和个人访问令牌（经典）(&amp;K)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>User or robot a&amp;ccount</source>
        <translation>用户或机器人帐户(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deploy token or personal access to&amp;ken</source>
        <translation>部署令牌或个人访问令牌(&amp;K)</translation>
    </message>
</context>
<context>
    <name>rd::RegistryNameProbe</name>
    <message>
        <location filename="../src/core/probes/registry_name_probe.cpp" line="+26"/>
        <source>&quot;%1&quot; is not a registry address.</source>
        <translation>“%1”不是注册表地址。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&quot;%1&quot; has %n mistake(s); the check uses %2.</source>
        <translation>
            <numerusform>“%1”有 %n 处错误；检查将使用 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login server is %1.</source>
        <translation>登录服务器是 %1。</translation>
    </message>
    <message>
        <location filename="../src/core/probes/registry_name_probe.h" line="+14"/>
        <source>Registry name</source>
        <translation>注册表名称</translation>
    </message>
</context>
<context>
    <name>rd::RegistryPage</name>
    <message>
        <location filename="../ui/registry_page.ui"/>
        <source>Which registry do you want to reach?</source>
        <translation>要访问哪个注册表？</translation>
    </message>
    <message>
        <location/>
        <source>Paste its address the way you have it, even with https:// or an image name. It is tidied up for you.</source>
        <translation>按原样粘贴你手头的地址即可，带 https:// 或映像名称也没关系。会自动为你整理。</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Registry</source>
        <translation>注册表(&amp;R)</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+155"/>
        <source>Registry</source>
        <extracomment>Name of the first step in the side list of steps. Short: one or two words.</extracomment>
        <translation>注册表</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+284"/>
        <source>The registry&apos;s login server, for example myregistry.azurecr.io</source>
        <translation>注册表的登录服务器，例如 myregistry.azurecr.io</translation>
    </message>
    <message>
        <location/>
        <source>Us&amp;e this</source>
        <extracomment>Button next to a corrected registry address: use the corrected one.</extracomment>
        <translation>使用此项(&amp;E)</translation>
    </message>
    <message>
        <location/>
        <source>How do you sign in?</source>
        <extracomment>Heading above the ways of signing in to the registry.</extracomment>
        <translation>你如何登录？</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Azure CLI (az acr login)</source>
        <translation>Azure CLI (az acr login)(&amp;A)</translation>
    </message>
    <message>
        <location/>
        <source>You sign in to Azure with az login; az acr login then signs Docker in to the registry.</source>
        <translation>先用 az login 登录 Azure，然后 az acr login 会让 Docker 登录到注册表。</translation>
    </message>
    <message>
        <location/>
        <source>You type a user name and a password or secret, for example with docker login.</source>
        <translation>输入用户名以及密码或机密，例如使用 docker login。</translation>
    </message>
    <message>
        <location/>
        <source>Repository-scoped &amp;token</source>
        <translation>存储库范围的令牌(&amp;T)</translation>
    </message>
    <message>
        <location/>
        <source>A token made for some repositories only. It has its own name and password.</source>
        <translation>仅为部分存储库创建的令牌。它有自己的名称和密码。</translation>
    </message>
    <message>
        <location/>
        <source>The credentials &amp;Docker already saved</source>
        <translation>Docker 已保存的凭据(&amp;D)</translation>
    </message>
    <message>
        <location/>
        <source>You signed in before and Docker remembers it. Nothing to type.</source>
        <translation>你之前登录过，Docker 记住了登录信息。无需输入任何内容。</translation>
    </message>
    <message>
        <location/>
        <source>An Azure &amp;service (AKS, Azure DevOps)</source>
        <translation>Azure 服务（AKS、Azure DevOps）(&amp;S)</translation>
    </message>
    <message>
        <location/>
        <source>A service pulls the images with its own identity, not with yours.</source>
        <translation>服务使用它自己的标识拉取映像，而不是你的标识。</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+110"/>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+5"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="-2"/>
        <source>For a service principal: its application (client) ID</source>
        <translation>对于服务主体：其应用程序（客户端）ID</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+3"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location/>
        <source>Used only for this check. It is never saved or shown.</source>
        <translation>仅用于本次检查。绝不会保存或显示。</translation>
    </message>
    <message>
        <location/>
        <source>Which image? (optional)</source>
        <extracomment>Heading of the optional repository and pull/push choice.</extracomment>
        <translation>哪个映像？（可选）</translation>
    </message>
    <message>
        <location/>
        <source>Rep&amp;ository</source>
        <translation>存储库(&amp;O)</translation>
    </message>
    <message>
        <location/>
        <source>Repository</source>
        <translation>存储库</translation>
    </message>
    <message>
        <location/>
        <source>Optional. The repository to check access to, without the registry and without a tag.</source>
        <translation>可选。要检查访问权限的存储库，不含注册表和标记。</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="-63"/>
        <source>The repository you push to or pull from, without the registry and without a tag.</source>
        <translation>要推送到或从中拉取的存储库，不含注册表和标记。</translation>
    </message>
    <message>
        <location/>
        <source>I want to</source>
        <extracomment>Label before the two choices &quot;Pull (download) images&quot; and &quot;Push (upload) images&quot;; the three read as one sentence.</extracomment>
        <translation>我想要</translation>
    </message>
    <message>
        <location filename="../src/gui/registry_page.cpp" line="-205"/>
        <source>Check that you may download images</source>
        <translation>检查是否可以下载映像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that you may upload images</source>
        <translation>检查是否可以上传映像</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>This cannot be used as a registry address.</source>
        <translation>这不能用作注册表地址。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Did you mean %1?</source>
        <extracomment>%1 is a registry address, such as myregistry.azurecr.io.</extracomment>
        <translation>你是指 %1 吗？</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>registry</source>
        <extracomment>The kind of registry when the address is not one of a known service. Fills %2 of &quot;%1 (%2)&quot;.</extracomment>
        <translation>注册表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <extracomment>%1 is the registry address, %2 its kind (&quot;Azure Container Registry&quot; or &quot;registry&quot;).</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Use %1</source>
        <extracomment>Screen-reader name of the button that replaces what was typed with the corrected address %1.</extracomment>
        <translation>使用 %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the tag is not needed</source>
        <translation>不需要标记</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repository names are lowercase</source>
        <translation>存储库名称为小写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It will be used as &quot;%1&quot;.</source>
        <translation>将用作“%1”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It will be used as &quot;%1&quot;: %2.</source>
        <extracomment>Separator between the reasons in &quot;It will be used as &quot;%1&quot;: %2.&quot; (Chinese and Japanese use 、).</extracomment>
        <translation>将用作“%1”：%2。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The name the token was given when it was created</source>
        <translation>创建令牌时为其指定的名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token name</source>
        <translation>令牌名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token password</source>
        <translation>令牌密码</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Clear the registry field</source>
        <translation>清除“注册表”字段</translation>
    </message>
    <message>
        <location line="+154"/>
        <location line="+35"/>
        <source>Invalid entry: %1</source>
        <translation>无效输入：%1</translation>
    </message>
    <message>
        <location filename="../ui/registry_page.ui"/>
        <source>User name and password (admin account or ser&amp;vice principal)</source>
        <translation>用户名和密码（管理员帐户或服务主体）(&amp;V)</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+78"/>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <location/>
        <source>Pull (download) &amp;images</source>
        <extracomment>Completes &quot;I want to&quot;. Pull is Docker&apos;s word for downloading images from a registry.</extracomment>
        <translation>拉取（下载）映像(&amp;I)</translation>
    </message>
    <message>
        <location/>
        <source>Push (upload) i&amp;mages</source>
        <extracomment>Completes &quot;I want to&quot;. Push is Docker&apos;s word for uploading images to a registry.</extracomment>
        <translation>推送（上传）映像(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/gui/registry_page.cpp" line="-10"/>
        <source>To&amp;ken name</source>
        <translation>令牌名称(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token pass&amp;word</source>
        <translation>令牌密码(&amp;W)</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The check looks at whether you may push to &quot;%1&quot;.</source>
        <extracomment>%1 is the repository, for example &quot;team/app&quot;.</extracomment>
        <translation>检查将确认你是否可以推送到“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check looks at whether you may pull from &quot;%1&quot;.</source>
        <extracomment>%1 is the repository, for example &quot;team/app&quot;.</extracomment>
        <translation>检查将确认你是否可以从“%1”拉取。</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>Type the token name and the token password: the check needs both.</source>
        <translation>请输入令牌名称和令牌密码：检查需要这两项。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the user name and the password: the check needs both.</source>
        <translation>请输入用户名和密码：检查需要这两项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the token name.</source>
        <translation>请输入令牌名称。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the token password.</source>
        <translation>请输入令牌密码。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Type the registry&apos;s name before .azurecr.io, for example contoso.azurecr.io.</source>
        <translation>请在 .azurecr.io 前输入注册表名称，例如 contoso.azurecr.io。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure Container Registry addresses end in .azurecr.io (.azurecr.cn and .azurecr.us in the national clouds).</source>
        <translation>Azure 容器注册表地址以 .azurecr.io 结尾(国家云中为 .azurecr.cn 和 .azurecr.us)。</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Show the token password</source>
        <translation>显示令牌密码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the password</source>
        <translation>显示密码</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>I do not know: find out</source>
        <translation>我不知道：自动查明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker (docker login, docker pull)</source>
        <translation>Docker（docker login、docker pull）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Podman, Buildah or Skopeo</source>
        <translation>Podman、Buildah 或 Skopeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helm (helm registry login, OCI charts)</source>
        <translation>Helm（helm registry login、OCI 图表）</translation>
    </message>
    <message>
        <location filename="../ui/registry_page.ui"/>
        <source>Usin&amp;g</source>
        <extracomment>Label before the choice of program (Docker, Podman, Helm, or find out); reads on from &quot;I want to&quot;: I want to pull images, using Docker.</extracomment>
        <translation>使用的程序(&amp;G)</translation>
    </message>
    <message>
        <location/>
        <source>The program that failed. Each keeps its own sign-ins and trusts its own certificates, so the check looks where that program looks.</source>
        <translation>失败的程序。每个程序都有自己的登录信息和信任的证书，因此检查会在该程序查找的位置查找。</translation>
    </message>
</context>
<context>
    <name>rd::RegistryReference</name>
    <message>
        <location filename="../src/core/registry/registry_reference.cpp" line="+217"/>
        <source>Remove the spaces before and after the name: %1</source>
        <translation>请删除名称前后的空格：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the registry&apos;s login server is needed, not the whole command: %1</source>
        <translation>只需要注册表的登录服务器，而不是整条命令：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use lowercase letters: %1</source>
        <translation>请使用小写字母：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out &quot;%1&quot;; the login server is the name alone: %2</source>
        <translation>请去掉“%1”；登录服务器只是名称本身：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the path after the server name: %1</source>
        <translation>请去掉服务器名称后面的路径：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is an image reference; the registry&apos;s login server is: %1</source>
        <translation>这是映像引用；注册表的登录服务器是：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out &quot;:443&quot;, the standard HTTPS port, or the name will not match stored credentials: %1</source>
        <translation>请去掉“:443”（标准 HTTPS 端口），否则名称将与已保存的凭据不匹配：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the registry&apos;s normal name, not the private-link name (its certificate is for *.azurecr.io; with a private endpoint the normal name leads to it): %1</source>
        <translation>请使用注册表的常规名称，而不是专用链接名称（其证书是为 *.azurecr.io 颁发的；有专用终结点时，常规名称也会指向它）：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a data endpoint of the registry, not its login server. Log in to: %1</source>
        <translation>这是注册表的数据终结点，而不是其登录服务器。请登录到：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name alone means an Azure container registry in the public cloud: %1</source>
        <translation>只有名称时，表示公有云中的 Azure 容器注册表：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the user name and password from the text and never share a password; the server is: %1</source>
        <translation>请从文本中删除用户名和密码，切勿共享密码；服务器是：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An Azure container registry name has 5 to 50 letters and digits. Did you mean: %1</source>
        <translation>Azure 容器注册表名称由 5 到 50 个字母和数字组成。你是指：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Azure container registry name has 5 to 50 letters and digits; &quot;%1&quot; has %2, so no such registry can exist.</source>
        <translation>Azure 容器注册表名称由 5 到 50 个字母和数字组成；“%1”有 %2 个，因此不可能存在这样的注册表。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An Azure container registry name has only letters and digits (no dashes, dots or underscores). Did you mean: %1</source>
        <translation>Azure 容器注册表名称只能包含字母和数字（不能有短划线、点或下划线）。你是指：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Azure container registry name has only letters and digits (no dashes, dots or underscores), so no such registry can exist.</source>
        <translation>Azure 容器注册表名称只能包含字母和数字（不能有短划线、点或下划线），因此不可能存在这样的注册表。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the registry&apos;s login server, for example myregistry.azurecr.io.</source>
        <translation>请输入注册表的登录服务器，例如 myregistry.azurecr.io。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port after the colon must be a number from 1 to 65535.</source>
        <translation>冒号后的端口必须是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a valid server name. Did you mean: %1</source>
        <translation>这不是有效的服务器名称。你是指：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid server name: a login server has only letters, digits, dots and dashes, like myregistry.azurecr.io.</source>
        <translation>这不是有效的服务器名称：登录服务器只能包含字母、数字、点和短划线，例如 myregistry.azurecr.io。</translation>
    </message>
</context>
<context>
    <name>rd::Report</name>
    <message>
        <location filename="../src/core/report/report_words.cpp" line="+20"/>
        <source>The check of %1 was cancelled before it finished.</source>
        <translation>对 %1 的检查在完成前已取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem found with %1.</source>
        <translation>%1 未发现问题。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 problem found with %1.</source>
        <translation>%1 发现 1 个问题。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) found with %1.</source>
        <translation>
            <numerusform>%1 发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/report/text_report.cpp" line="+96"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location filename="../src/core/report/text_report.cpp" line="-6"/>
        <source>Practice scenario: %1</source>
        <translation>练习场景：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the check saw:</source>
        <translation>检查发现的情况：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to fix it:</source>
        <translation>解决方法：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checks:</source>
        <translation>检查项：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total time: %1 ms</source>
        <translation>总用时：%1 毫秒</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registry Doctor report</source>
        <translation>Registry Doctor 报告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry</source>
        <translation>注册表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked at</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice scenario</source>
        <translation>练习场景</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the check saw</source>
        <translation>检查发现的情况</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to fix it</source>
        <translation>解决方法</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checks</source>
        <translation>检查项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>%1 (%2 ms): %3</source>
        <extracomment>One line per check in a text report: %1 is the check&apos;s name, %2 how long it took in milliseconds, %3 what it found.</extracomment>
        <translation>%1（%2 毫秒）：%3</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_words.cpp" line="-20"/>
        <source>Registry kind: %1</source>
        <extracomment>%1 is the registry service, such as &quot;GitHub Container Registry&quot; or &quot;Amazon ECR&quot;.</extracomment>
        <translation>注册表类型：%1</translation>
    </message>
    <message>
        <location filename="../src/core/report/text_report.cpp" line="-25"/>
        <source>advice</source>
        <extracomment>A label after advice in a text report: nothing was observed, unlike a &quot;problem&quot; or a &quot;warning&quot;.</extracomment>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_words.cpp" line="+9"/>
        <source>Client: %1</source>
        <extracomment>%1 is the program the check was made for: Docker, Podman or Helm.</extracomment>
        <translation>客户端：%1</translation>
    </message>
</context>
<context>
    <name>rd::ResultsPage</name>
    <message>
        <location filename="../src/gui/results_page.cpp" line="+145"/>
        <source>Results</source>
        <extracomment>Name of the last step in the side list of steps. Short: one or two words.</extracomment>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>No check has run yet</source>
        <translation>尚未运行任何检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check of %1 was stopped before it finished</source>
        <translation>对 %1 的检查在完成前已停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem left with %1</source>
        <translation>%1 已没有遗留问题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem found with %1</source>
        <translation>%1 未发现问题</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n things to look at with %1</source>
        <extracomment>Heading when only warnings were found; %1 is the registry&apos;s address.</extracomment>
        <translation>
            <numerusform>%1 有 %n 项需要查看</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n problems found with %1</source>
        <extracomment>Heading; %1 is the registry&apos;s address.</extracomment>
        <translation>
            <numerusform>%1 发现 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened from a report made on %1.</source>
        <extracomment>%1 is a date and time in the reader&apos;s format.</extracomment>
        <translation>从 %1 创建的报告中打开。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened from a report.</source>
        <translation>从报告中打开。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked at %1, in %2.</source>
        <extracomment>%1 is a time of day (for example 14:05), not a date; %2 is how long the check took (&quot;350 ms&quot;, &quot;6.2 s&quot;).</extracomment>
        <translation>检查于 %1，用时 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check was stopped before it finished: there may be more.</source>
        <translation>检查在完成前已停止：可能还有其他问题。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Practice scenario: %1.</source>
        <extracomment>%1 is the practice scenario.</extracomment>
        <translation>练习场景：%1。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+21"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+26"/>
        <source>No problem found</source>
        <translation>未发现问题</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Signing in to %1 should work from this computer. The check verified:</source>
        <translation>从这台计算机登录 %1 应该可以成功。检查已验证：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If signing in still fails, check again with the exact error message: go back and paste it on the previous step.</source>
        <translation>如果登录仍然失败，请使用确切的错误消息再次检查：返回上一步并粘贴该消息。</translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>%n passed</source>
        <extracomment>Counts of checks by outcome, joined into &quot;All checks (%1)&quot;: 6 passed, 1 warning, 2 skipped.</extracomment>
        <translation>
            <numerusform>%n 项通过</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n 项警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n 项失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n 项跳过</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All checks (%1)</source>
        <extracomment>Heading of the list of every check; %1 is the counts, such as &quot;6 passed and 1 failed&quot; (joined as the language joins a list).</extracomment>
        <translation>所有检查项（%1）</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Show commands for %1</source>
        <extracomment>Screen-reader name of a button; %1 is a cause&apos;s title.</extracomment>
        <translation>显示 %1 命令</translation>
    </message>
    <message>
        <location line="-380"/>
        <source>%1: passes now, but the check went further and found another problem.</source>
        <extracomment>Said after &quot;Check again&quot;: %1 is the problem&apos;s title. It no longer shows, but the check could now go further and found other problems.</extracomment>
        <translation>%1：现在已通过，但检查继续进行并发现了另一个问题。</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Not tested</source>
        <extracomment>Heading above the checks that did not run, each followed by why.</extracomment>
        <translation>未测试</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <extracomment>One check that did not run: %1 is its title, %2 why it did not run.</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Also found, but not in the way of what you asked:</source>
        <extracomment>Heading above problems that do not stop what the user asked for (such as the Docker engine for a sign-in).</extracomment>
        <translation>另外发现(不影响你要执行的操作)：</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>This check found it.</source>
        <translation>此检查已找到该问题。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This check did not find it: compare the choices on the first page (pull or push, the repository) with the complaint, and look at the checks that did not pass.</source>
        <translation>此检查未找到该问题：请将第一页上的选择（拉取或推送、存储库）与用户的反馈进行比较，并查看未通过的检查。</translation>
    </message>
</context>
<context>
    <name>rd::Rules</name>
    <message>
        <location filename="../src/core/diagnosis/rules.cpp" line="+360"/>
        <source>Install Docker Desktop (Windows and macOS) from docker.com, or Docker Engine from your Linux distribution, then open a new terminal.</source>
        <translation>从 docker.com 安装 Docker Desktop（Windows 和 macOS），或从你的 Linux 发行版安装 Docker Engine，然后打开一个新终端。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the command is found:</source>
        <translation>检查能否找到该命令：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Update Docker Desktop (or Docker Engine) to a current version, then check the version again:</source>
        <translation>将 Docker Desktop（或 Docker Engine）更新到当前版本，然后再次检查版本：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Start Docker Desktop (Windows, macOS) and wait until it says it is running; on Linux start the docker service.</source>
        <translation>启动 Docker Desktop（Windows、macOS），并等待它显示正在运行；在 Linux 上启动 docker 服务。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the engine answers (the Server section must appear without an error):</source>
        <translation>检查引擎是否响应（Server 部分必须正常显示，没有错误）：</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>docker buildx builds with the builder &quot;%1&quot; (driver %2, chosen with %3). BuildKit runs there with its own list of trusted certificate authorities, not the engine&apos;s.</source>
        <translation>docker buildx 使用生成器“%1”（驱动程序 %2，通过 %3 选择）进行生成。BuildKit 在其中使用自己的受信任证书颁发机构列表运行，而不是引擎的列表。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker trusts %1 only through its certs.d folder, and the builder&apos;s configuration gives no certificate authority for %1: a docker pull works, a build that pulls from or pushes to %1 fails.</source>
        <translation>Docker 仅通过其 certs.d 文件夹信任 %1，而生成器的配置没有为 %1 提供证书颁发机构：docker pull 可以成功，但从 %1 拉取或向 %1 推送的生成会失败。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You typed &quot;%1&quot;.</source>
        <translation>你输入的是“%1”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in with Docker using exactly this login server:</source>
        <translation>使用 Docker 登录时，请完全按照此登录服务器填写：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With the Azure CLI, give only the registry name:</source>
        <translation>使用 Azure CLI 时，只需提供注册表名称：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write image names with the same lowercase login server:</source>
        <translation>映像名称中也使用同样的小写登录服务器：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the login server from the registry&apos;s Overview page in the Azure portal, or list your registries:</source>
        <translation>从 Azure 门户中注册表的“概述”页复制登录服务器，或列出你的注册表：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the registry&apos;s name and that it exists in your subscription:</source>
        <translation>检查注册表的名称，以及它是否存在于你的订阅中：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look the name up yourself; &quot;Non-existent domain&quot; or NXDOMAIN confirms the name is wrong:</source>
        <translation>自己解析一下名称；如果显示“Non-existent domain”或 NXDOMAIN，则说明名称有误：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connect to your company network or VPN that reaches the registry&apos;s virtual network, then try again.</source>
        <translation>连接到能够访问注册表虚拟网络的公司网络或 VPN，然后重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the address the name resolves to on your computer with the one your administrator expects:</source>
        <translation>将你的计算机上该名称解析到的地址与管理员预期的地址进行比较：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you should reach it from the internet, ask the registry owner to allow public access for your network:</source>
        <translation>如果本应能从 Internet 访问，请让注册表所有者允许你的网络进行公共访问：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>See which proxy settings are in effect in your terminal:</source>
        <translation>查看终端中生效的代理设置：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your IT department for the right proxy address, or let the registry bypass the proxy:</source>
        <translation>向 IT 部门索取正确的代理地址，或让注册表绕过代理：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker Desktop has its own proxy settings (Settings &gt; Resources &gt; Proxies); the Docker engine on Linux reads them from its service configuration.</source>
        <translation>Docker Desktop 有自己的代理设置（Settings &gt; Resources &gt; Proxies）；Linux 上的 Docker 引擎从其服务配置中读取代理设置。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Test the connection to port 443 yourself:</source>
        <translation>自己测试到 443 端口的连接：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it fails, ask your network administrator to allow outgoing HTTPS (port 443) to the registry and its data endpoints (*.azurecr.io, *.blob.core.windows.net).</source>
        <translation>如果失败，请让网络管理员允许到注册表及其数据终结点（*.azurecr.io、*.blob.core.windows.net）的出站 HTTPS（443 端口）。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Use the registry&apos;s normal name; its private link name does not match the certificate:</source>
        <translation>请使用注册表的常规名称；其专用链接名称与证书不匹配：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your IT department to exclude *.azurecr.io from TLS inspection, or to install the inspecting certificate authority in this computer&apos;s trusted store (Docker Desktop uses the system store).</source>
        <translation>请让 IT 部门将 *.azurecr.io 排除在 TLS 检查之外，或将执行检查的证书颁发机构安装到这台计算机的受信任存储中（Docker Desktop 使用系统存储）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See which certificate the connection presents:</source>
        <translation>查看连接提供的是哪个证书：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ask the registry owner to allow your network&apos;s public IP address in the registry&apos;s Networking settings.</source>
        <translation>请让注册表所有者在注册表的“网络”设置中允许你所在网络的公共 IP 地址。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the registry owner to allow your public IP address %1 in the registry&apos;s Networking settings:</source>
        <translation>请让注册表所有者在注册表的“网络”设置中允许你的公共 IP 地址 %1：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or connect through the network the registry already allows (office network, VPN).</source>
        <translation>或者通过注册表已允许的网络（办公网络、VPN）连接。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Wait a minute, then try again.</source>
        <translation>请等待一分钟，然后重试。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait %1 seconds, as the registry asks, then try again.</source>
        <translation>按注册表的要求等待 %1 秒，然后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If it keeps happening, look for scripts or pipelines pulling in a loop; the registry&apos;s service tier sets how many requests it accepts.</source>
        <translation>如果一直出现这种情况，请查找是否有脚本或管道在循环拉取；注册表的服务层级决定了它接受多少请求。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the address. For Azure Container Registry it is the login server shown on the registry&apos;s Overview page:</source>
        <translation>请检查地址。对于 Azure 容器注册表，它是注册表“概述”页上显示的登录服务器：</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Try again in a few minutes. If it persists, check Azure&apos;s service health for Container Registry in your region.</source>
        <translation>请几分钟后重试。如果问题仍然存在，请查看你所在区域中容器注册表的 Azure 服务运行状况。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sign in with your Azure account (needs the Azure CLI):</source>
        <translation>使用你的 Azure 帐户登录（需要 Azure CLI）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or sign in with a user name and password (service principal, admin account or token); the password is typed, never written in the command:</source>
        <translation>或者使用用户名和密码登录（服务主体、管理员帐户或令牌）；密码需手动输入，切勿写在命令中：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For a service principal, find its application (client) ID, a value like 8f3c...-....; use it as the user name:</source>
        <translation>对于服务主体，请找到其应用程序（客户端）ID，类似 8f3c...-.... 的值；将其用作用户名：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then sign in again with that ID:</source>
        <translation>然后使用该 ID 重新登录：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you ran sudo az acr login, run it without sudo: sudo does not see your own az login.</source>
        <translation>如果你运行的是 sudo az acr login，请不要使用 sudo 再运行一次：sudo 看不到你自己的 az login。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign in again; the new sign-in lasts about three hours:</source>
        <translation>重新登录；新的登录有效期约为三小时：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For automation, use a service principal or a managed identity instead of a personal sign-in; if its secret expired, the owner creates a new one:</source>
        <translation>对于自动化场景，请使用服务主体或托管标识，而不是个人登录；如果其机密已过期，由所有者创建新的机密：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the password again carefully (copy it without spaces); it is read from the keyboard, never written in the command:</source>
        <translation>请仔细重新输入密码（复制时不要带空格）；密码从键盘读取，绝不写在命令中：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admin account: the registry owner can show the current passwords:</source>
        <translation>管理员帐户：注册表所有者可以查看当前密码：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service principal: the owner can create a new client secret:</source>
        <translation>服务主体：所有者可以创建新的客户端密码：</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Ask the registry owner to give your identity the %1 role on the registry:</source>
        <translation>请让注册表所有者为你的标识分配注册表上的 %1 角色：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a repository-scoped token, its scope map must allow %1 on %2.</source>
        <translation>如果使用存储库范围的令牌，其范围映射必须允许对 %2 执行 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>A role assigned minutes ago can take up to about ten minutes to apply; then sign in again.</source>
        <translation>几分钟前分配的角色最多可能需要约十分钟才能生效；之后请重新登录。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Find the credential store named in Docker&apos;s settings file (%1):</source>
        <translation>找到 Docker 设置文件（%1）中指定的凭据存储：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install or repair the program %1 (it comes with Docker Desktop), or remove the &quot;credsStore&quot; line from the file so Docker saves credentials in the file itself; then sign in again.</source>
        <translation>安装或修复程序 %1（随 Docker Desktop 提供），或从文件中删除“credsStore”行，让 Docker 将凭据保存在文件本身中；然后重新登录。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On Windows, &quot;The stub received bad data&quot; means the registry token is too long for Windows Credential Manager: removing &quot;credsStore&quot; is the known fix.</source>
        <translation>在 Windows 上，“The stub received bad data”表示注册表令牌对 Windows 凭据管理器来说太长：已知的解决方法是删除“credsStore”。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Install the Azure CLI:</source>
        <translation>安装 Azure CLI：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to Azure, then to the registry:</source>
        <translation>先登录 Azure，再登录注册表：</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The password read from standard input was empty.</source>
        <translation>从标准输入读取的密码为空。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set the clock to synchronise automatically (Windows: Settings &gt; Time &amp; language &gt; Sync now; macOS: System Settings &gt; General &gt; Date &amp; Time), or:</source>
        <translation>将时钟设置为自动同步（Windows：设置 &gt; 时间和语言 &gt; 立即同步；macOS：系统设置 &gt; 通用 &gt; 日期与时间），或者：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Then sign in again: tokens issued while the clock was wrong stay wrong.</source>
        <translation>然后重新登录：在时钟错误期间签发的令牌不会自行变正确。</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>If you have no GPG key yet, create one (it asks for your name, e-mail address and a passphrase):</source>
        <translation>如果你还没有 GPG 密钥，请创建一个（会要求输入你的姓名、电子邮件地址和密码短语）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up pass with your key&apos;s ID (the long hexadecimal number that gpg --list-secret-keys shows), then sign in again:</source>
        <translation>使用你的密钥 ID（gpg --list-secret-keys 显示的长十六进制数）设置 pass，然后重新登录：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the GPG key %1 from where it was made (gpg --export-secret-keys there, gpg --import here), or set up pass again with a key that is on this computer; logins saved with the old key are then lost:</source>
        <translation>从创建 GPG 密钥 %1 的地方导入它（在那里运行 gpg --export-secret-keys，在这里运行 gpg --import），或者使用这台计算机上的密钥重新设置 pass；这样用旧密钥保存的登录将丢失：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in from the desktop session itself, not over SSH; or, on a server without a desktop, use pass instead (install pass and docker-credential-pass, then set &quot;credsStore&quot; to &quot;pass&quot; in %1):</source>
        <translation>请在桌面会话本身中登录，而不是通过 SSH；或者在没有桌面的服务器上改用 pass（安装 pass 和 docker-credential-pass，然后在 %1 中将 &quot;credsStore&quot; 设置为 &quot;pass&quot;）：</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The Azure CLI is version %1; az acr login signs in with Podman from version %2 on.</source>
        <translation>Azure CLI 的版本为 %1；az acr login 从版本 %2 起支持使用 Podman 登录。</translation>
    </message>
    <message>
        <location line="-948"/>
        <source>Get a new token for the registry&apos;s region (it lasts 12 hours) and sign in with the user name AWS:</source>
        <translation>为注册表所在区域获取新令牌(有效期 12 小时)，并使用用户名 AWS 登录：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Get a new token (it lasts 12 hours) and sign in with the user name AWS:</source>
        <translation>获取新令牌(有效期 12 小时)，并使用用户名 AWS 登录：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Let Docker use your gcloud sign-in for exactly this host:</source>
        <translation>让 Docker 针对此主机使用你的 gcloud 登录：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or sign in with an access token, valid for one hour:</source>
        <translation>或使用有效期为一小时的访问令牌登录：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the GitHub CLI&apos;s token the packages scope, then sign in with it:</source>
        <translation>为 GitHub CLI 的令牌添加 packages 范围，然后用它登录：</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>See which AWS identity your AWS CLI signs in as; the registry&apos;s owner allows it in an IAM policy or in the repository&apos;s policy:</source>
        <translation>查看你的 AWS CLI 以哪个 AWS 身份登录；注册表所有者可在 IAM 策略或存储库策略中允许它：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the repository&apos;s policy (needs the right to read it):</source>
        <translation>读取存储库策略(需要读取权限)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ask the repository&apos;s owner to give your account the role (a service account is written serviceAccount:NAME@PROJECT.iam.gserviceaccount.com):</source>
        <translation>请存储库所有者为你的帐户授予该角色(服务账号写作 serviceAccount:NAME@PROJECT.iam.gserviceaccount.com)：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ask the repository&apos;s owner to give your account access, then sign in again.</source>
        <translation>请存储库所有者为你的帐户授予访问权限，然后重新登录。</translation>
    </message>
    <message>
        <location line="+439"/>
        <source>Pull limit: %1 per %2; left: %3.</source>
        <translation>拉取限制：每 %2 %1 次；剩余：%3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull limit: %1; left: %2.</source>
        <translation>拉取限制：%1 次；剩余：%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It accepts requests again at %1.</source>
        <translation>它将在 %1 再次接受请求。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in to Docker Hub, so that pulls count against your account&apos;s limit instead of your IP address&apos;s:</source>
        <translation>登录 Docker Hub，使拉取计入你帐户的限制，而不是你的 IP 地址的限制：</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Create a new token, then sign in with it; it is read from the keyboard, never written in the command:</source>
        <translation>创建新令牌，然后用它登录；令牌从键盘读取，绝不会写入命令：</translation>
    </message>
    <message>
        <location line="+329"/>
        <source>Docker has a login for %1, but none for %2, the registry you use.</source>
        <translation>Docker 有 %1 的登录，但没有你所用注册表 %2 的登录。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The user name &quot;%1&quot; is an e-mail address.</source>
        <translation>用户名“%1”是电子邮件地址。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in again with the user name this registry expects instead of the e-mail address:</source>
        <translation>使用此注册表要求的用户名(而不是电子邮件地址)重新登录：</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The Azure CLI is signed in to %1; %2 is in %3.</source>
        <translation>Azure CLI 已登录到 %1；%2 位于 %3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the Azure CLI to the registry&apos;s cloud, sign in there, then to the registry:</source>
        <translation>将 Azure CLI 切换到注册表所在的云，在那里登录，然后登录注册表：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To go back to the public cloud later:</source>
        <translation>以后要切换回公有云：</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Your client looks for %1.</source>
        <translation>你的客户端查找的是 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repository exists and has these tags, among others: %1. Pull one of them:</source>
        <translation>存储库存在，并具有以下标记等：%1。请拉取其中之一：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry has repositories with a similar name: %1. Pull with the name as it is written there:</source>
        <translation>注册表中有名称相似的存储库：%1。请使用其中写法完全一致的名称拉取：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the repositories in the registry, and the tags of this one:</source>
        <translation>列出注册表中的存储库以及此存储库的标记：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the tags the registry has for this repository (a 404 here means the repository itself does not exist):</source>
        <translation>列出注册表中此存储库的标记（此处返回 404 表示存储库本身不存在）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On Docker Hub, a name without a namespace means an official image (library/%1); your own images are named ACCOUNT/%1.</source>
        <translation>在 Docker Hub 上，没有命名空间的名称表示官方映像（library/%1）；你自己的映像名为 ACCOUNT/%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you are the one who pushes it, push it first, under exactly this name:</source>
        <translation>如果由你推送它，请先以完全相同的名称推送：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ask your network administrator to allow outgoing HTTPS (port 443) to %1 in the firewall or proxy, as well as to the registry %2.</source>
        <translation>请网络管理员在防火墙或代理中允许到 %1 以及注册表 %2 的出站 HTTPS（端口 443）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name does not resolve on this computer: check its DNS (for a private endpoint, the private DNS zone needs a record for the data endpoint too):</source>
        <translation>此名称在这台计算机上无法解析：请检查其 DNS（对于专用终结点，专用 DNS 区域也需要数据终结点的记录）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test the connection to the data endpoint yourself:</source>
        <translation>自行测试与数据终结点的连接：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry uses dedicated data endpoints; list every one the firewall must allow (one per region the registry is replicated to):</source>
        <translation>注册表使用专用数据终结点；列出防火墙必须允许的所有终结点（注册表复制到的每个区域各一个）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers come from a shared storage account. Instead of allowing all of *.blob.core.windows.net, the registry owner can turn on dedicated data endpoints, whose names the firewall can allow one by one:</source>
        <translation>层来自共享存储帐户。注册表所有者可以启用专用数据终结点，而不是允许整个 *.blob.core.windows.net，防火墙可以逐个允许这些终结点的名称：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Best: give the registry a TLS certificate for %1, so that passwords and images do not travel in clear text.</source>
        <translation>最佳做法：为注册表提供 %1 的 TLS 证书，使密码和映像不以明文传输。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker: add &quot;insecure-registries&quot;: [&quot;%1&quot;] to the engine&apos;s settings (daemon.json: /etc/docker/daemon.json on Linux, Settings &gt; Docker Engine in Docker Desktop), restart Docker, and check that it is listed:</source>
        <translation>Docker：在引擎的设置（daemon.json：Linux 上为 /etc/docker/daemon.json，Docker Desktop 中为 Settings &gt; Docker Engine）中添加 &quot;insecure-registries&quot;: [&quot;%1&quot;]，重启 Docker，并检查它是否已列出：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Podman and Skopeo: mark it insecure in /etc/containers/registries.conf ([[registry]] with location = &quot;%1&quot; and insecure = true), or for one command:</source>
        <translation>Podman 和 Skopeo：在 /etc/containers/registries.conf 中将其标记为不安全（[[registry]]，其中 location = &quot;%1&quot; 且 insecure = true），或仅针对一条命令：</translation>
    </message>
    <message>
        <location line="-522"/>
        <source>The registry %1 sends clients for tokens to %2.</source>
        <translation>注册表 %1 将客户端引导到 %2 获取令牌。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See what the token service answers from this computer (a token service answers 401 or 200 with JSON, not a connection error or 404):</source>
        <translation>查看令牌服务从这台计算机返回什么（令牌服务应返回 401 或带 JSON 的 200，而不是连接错误或 404）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the registry&apos;s administrator to fix the token realm in the registry&apos;s settings (for Distribution, auth.token.realm): it must be an https address that clients can reach, served by a running token service with a valid certificate.</source>
        <translation>请注册表管理员在注册表设置中修正令牌 realm（对于 Distribution，为 auth.token.realm）：它必须是客户端可以访问的 https 地址，并由具有有效证书且正在运行的令牌服务提供。</translation>
    </message>
    <message>
        <location line="-663"/>
        <source>In a script, or where docker login cannot ask: the same with the password typed here and passed on standard input:</source>
        <translation>在脚本中，或在 docker login 无法提示输入的地方：使用相同的命令，在此处输入密码并通过标准输入传递：</translation>
    </message>
    <message>
        <location line="+1023"/>
        <source>The pull secret holds no registry at all (its auths are empty).</source>
        <translation>拉取机密中根本没有注册表（其 auths 为空）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pull secret holds credentials for %1, none for %2: Kubernetes pulls from %2 without signing in.</source>
        <translation>拉取机密包含 %1 的凭据，但没有 %2 的凭据：Kubernetes 会在未登录的情况下从 %2 拉取。</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Ask the registry owner to give your identity the %1 role on the registry (AcrPull and AcrPush give nothing in this mode):</source>
        <translation>请注册表所有者为你的标识分配该注册表上的 %1 角色（在此模式下 AcrPull 和 AcrPush 不授予任何权限）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To allow only the repository %1, the owner adds an ABAC condition on the repository name to that role assignment (Azure portal: Access control (IAM), Add role assignment, Conditions).</source>
        <translation>若只允许存储库 %1，所有者需在该角色分配中添加针对存储库名称的 ABAC 条件（Azure 门户：访问控制(标识和访问管理)、添加角色分配、条件）。</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>The limit counts the pulls of the last %1: pulls are possible again as the older ones leave that window.</source>
        <translation>该限制统计最近 %1 内的拉取：随着较早的拉取移出该时间段，就可以再次拉取。</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>This Docker ID has two-factor authentication on: create a personal access token in Docker Hub (Account settings, Personal access tokens), then sign in with it as the password; it is read from the keyboard, never written in the command:</source>
        <translation>此 Docker ID 已启用双重身份验证：请在 Docker Hub 中创建个人访问令牌（Account settings、Personal access tokens），然后将其作为密码登录；它从键盘读取，绝不会写入命令：</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Helm cannot load its registry config %1, and helm registry login fails on it too. Move the file aside first (or correct it):</source>
        <translation>Helm 无法加载其注册表配置 %1，helm registry login 也会因此失败。请先将该文件移到别处（或修正它）：</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>Get the registry token with the Azure CLI and give it to helm registry login; the user name is always 00000000-0000-0000-0000-000000000000:</source>
        <translation>使用 Azure CLI 获取注册表令牌，并将其传给 helm registry login；用户名始终为 00000000-0000-0000-0000-000000000000：</translation>
    </message>
    <message>
        <location line="-993"/>
        <source>In a script, or where %1 cannot ask: the same with the password typed here and passed on standard input:</source>
        <translation>在脚本中，或在 %1 无法提示输入的地方：使用相同的命令，在此处输入密码并通过标准输入传递：</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>The Docker engine connects to %1 through the proxy %2 (its own HTTPS proxy setting).</source>
        <translation>Docker 引擎通过代理 %2（其自己的 HTTPS 代理设置）连接到 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine&apos;s HTTPS proxy setting is not a valid proxy address.</source>
        <translation>Docker 引擎的 HTTPS 代理设置不是有效的代理地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine connects to %1 directly: its No Proxy setting (%2) exempts it.</source>
        <translation>Docker 引擎直接连接到 %1：其 No Proxy 设置（%2）将其排除在外。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine connects to %1 directly: it has no HTTPS proxy setting.</source>
        <translation>Docker 引擎直接连接到 %1：它没有 HTTPS 代理设置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This check, like the docker command in your terminal, went through the proxy %1 (from %2).</source>
        <translation>本次检查与终端中的 docker 命令一样，通过了代理 %1（来自 %2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This check, like the docker command in your terminal, connected directly.</source>
        <translation>本次检查与终端中的 docker 命令一样，直接进行了连接。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In Docker Desktop, open Settings &gt; Resources &gt; Proxies and set the same proxy as your terminal (or turn manual proxy configuration off to follow the system&apos;s), with %1 in the bypass list if it must be reached directly. Then select Apply &amp; restart.</source>
        <translation>在 Docker Desktop 中打开 Settings &gt; Resources &gt; Proxies，设置与终端相同的代理（或关闭手动代理配置以跟随系统设置）；如果必须直接访问 %1，请将其加入绕过列表。然后选择 Apply &amp; restart。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Docker Engine on Linux: give the docker service the same proxy in a systemd drop-in (or in /etc/docker/daemon.json under &quot;proxies&quot;, Docker 23 and later), then restart it:</source>
        <translation>Linux 上的 Docker Engine：在 systemd drop-in 文件中（或在 Docker 23 及更高版本的 /etc/docker/daemon.json 的 &quot;proxies&quot; 下）为 docker 服务设置相同的代理，然后重启它：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check what the engine uses now:</source>
        <translation>检查引擎现在使用的设置：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The docker command sends its commands to %1 (from %2): the engine %3 runs on another machine.</source>
        <translation>docker 命令将其命令发送到 %1（来自 %2）：引擎 %3 在另一台计算机上运行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs in Docker Desktop&apos;s virtual machine (kernel %1).</source>
        <translation>引擎在 Docker Desktop 的虚拟机（内核 %1）中运行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs in WSL 2 (%1, kernel %2).</source>
        <translation>引擎在 WSL 2 中运行（%1，内核 %2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See which engine the docker command uses, and where it runs:</source>
        <translation>查看 docker 命令使用的是哪个引擎，以及它在哪里运行：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test from the engine&apos;s side: a pull runs there, with its DNS, certificates and proxy.</source>
        <translation>从引擎一侧进行测试：拉取在那里运行，使用它的 DNS、证书和代理。</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>The Docker engine lists %1 among its insecure registries, so docker login, pull and push connect to it without checking the certificate.</source>
        <translation>Docker 引擎将 %1 列为不安全的注册表，因此 docker login、pull 和 push 连接它时不检查证书。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine treats the addresses in %1 as insecure registries, and %2 is among them, so docker login, pull and push connect to it without checking the certificate.</source>
        <translation>Docker 引擎将 %1 中的地址视为不安全的注册表，而 %2 在其中，因此 docker login、pull 和 push 连接它时不检查证书。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in was not tested here: this check verifies certificates, as Podman, Skopeo, Helm and the Azure CLI do.</source>
        <translation>此处未测试登录：本检查会验证证书，与 Podman、Skopeo、Helm 和 Azure CLI 一样。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best: have the registry use a certificate that Docker can verify, and give Docker its certificate authority in /etc/docker/certs.d/%1/ca.crt (on Docker Desktop, ~/.docker/certs.d/%1/ca.crt) instead of listing it as insecure.</source>
        <translation>最佳做法：让注册表使用 Docker 能够验证的证书，并将其证书颁发机构放在 /etc/docker/certs.d/%1/ca.crt（Docker Desktop 上为 ~/.docker/certs.d/%1/ca.crt）中提供给 Docker，而不是将其列为不安全。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the engine&apos;s insecure registries (Docker Desktop: Settings &gt; Docker Engine; Linux: &quot;insecure-registries&quot; in /etc/docker/daemon.json):</source>
        <translation>查看引擎的不安全注册表（Docker Desktop：Settings &gt; Docker Engine；Linux：/etc/docker/daemon.json 中的 &quot;insecure-registries&quot;）：</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Sign in with %1 using exactly this login server:</source>
        <translation>使用 %1 登录时，请完全按照此登录服务器填写：</translation>
    </message>
    <message>
        <location line="+550"/>
        <source>Find the credential store named in %1, the file %2 took it from:</source>
        <translation>找到 %1（%2 从中读取凭据存储的文件）中指定的凭据存储：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Install or repair the program %1, or remove the store from &quot;%2&quot; in that file so that %3 keeps logins in a file; then sign in again with %4.</source>
        <translation>安装或修复程序 %1，或从该文件的“%2”中删除该存储，让 %3 将登录保存在文件中；然后用 %4 重新登录。</translation>
    </message>
    <message>
        <location line="-870"/>
        <source>Let %1 use your gcloud sign-in for exactly this host (gcloud writes it to Docker&apos;s config, which %1 reads too):</source>
        <translation>让 %1 针对此主机使用你的 gcloud 登录（gcloud 会将其写入 Docker 的配置，%1 也会读取该配置）：</translation>
    </message>
</context>
<context>
    <name>rd::Runner</name>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/runner.cpp" line="+117"/>
        <source>No answer within %n second(s); the check stopped waiting.</source>
        <translation>
            <numerusform>%n 秒内没有应答；检查已停止等待。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::Symptoms</name>
    <message>
        <location filename="../src/core/diagnosis/symptom_catalog.cpp" line="+25"/>
        <source>I cannot sign in to my registry with docker login, az acr login, or either of them</source>
        <translation>无法使用 docker login、az acr login 或两者登录我的注册表</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing in tells me I am unauthorized, or that my application is not registered (Microsoft Entra ID, formerly Azure AD)</source>
        <translation>登录时提示我未授权 (unauthorized)，或提示我的应用程序未注册 (Microsoft Entra ID，以前称为 Azure AD)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI says it could not connect to the registry login server</source>
        <translation>Azure CLI 提示无法连接到注册表登录服务器</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pushing or pulling images fails with unauthorized, even though I signed in</source>
        <translation>明明已经登录，推送或拉取映像却因 unauthorized 而失败</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AKS, Azure DevOps or another Azure service cannot get to my registry</source>
        <translation>AKS、Azure DevOps 或其他 Azure 服务无法访问我的注册表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing in fails with 403 Forbidden</source>
        <translation>登录失败并显示 403 Forbidden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I cannot see or change my registry in the Azure portal or with the Azure CLI</source>
        <translation>无法在 Azure 门户中或使用 Azure CLI 查看或更改我的注册表</translation>
    </message>
</context>
<context>
    <name>rd::SymptomsPage</name>
    <message>
        <location filename="../ui/symptoms_page.ui"/>
        <source>What goes wrong?</source>
        <translation>遇到了什么问题？</translation>
    </message>
    <message>
        <location/>
        <source>Paste the error message, or tick what you see. Not sure? Leave &quot;check everything&quot; on: it only takes a moment longer.</source>
        <translation>粘贴错误消息，或勾选你看到的情况。不确定？保持“全部检查”处于选中状态即可：只会多花一点时间。</translation>
    </message>
    <message>
        <location/>
        <source>Error message</source>
        <extracomment>Screen-reader name of the box where the error message is pasted.</extracomment>
        <translation>错误消息</translation>
    </message>
    <message>
        <location/>
        <source>Paste the error message you got. It is explained below as you paste it.</source>
        <translation>粘贴你收到的错误消息。粘贴后，下方会显示相应的解释。</translation>
    </message>
    <message>
        <location/>
        <source>What do you see?</source>
        <extracomment>Heading of the list of symptoms to tick.</extracomment>
        <translation>你看到了什么？</translation>
    </message>
    <message>
        <location/>
        <source>I&apos;m not sure, check &amp;everything</source>
        <translation>我不确定，全部检查(&amp;E)</translation>
    </message>
    <message>
        <location/>
        <source>Every check runs. This is the safe choice.</source>
        <translation>运行所有检查。这是稳妥的选择。</translation>
    </message>
    <message>
        <location filename="../src/gui/symptoms_page.cpp" line="+98"/>
        <source>What happens</source>
        <extracomment>Name of the second step in the side list of steps (the symptoms: what goes wrong). Short.</extracomment>
        <translation>问题现象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start check</source>
        <translation>开始检查(&amp;S)</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+222"/>
        <source>For example: %1</source>
        <translation>例如：%1</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>This message is not one Registry Doctor knows yet. The check will still look at everything.</source>
        <translation>Registry Doctor 还不认识这条消息。检查仍会查看所有方面。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What it means</source>
        <extracomment>Heading above the explanation of a pasted error message.</extracomment>
        <translation>含义</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Printed by: %1</source>
        <translation>输出者：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry: %1 (%2)</source>
        <extracomment>%1 is the registry&apos;s address; %2 the kind of registry: a service&apos;s name (&quot;Docker Hub&quot;, &quot;Azure Container Registry&quot;) or &quot;container registry&quot;.</extracomment>
        <translation>注册表：%1（%2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Likely cause: %1</source>
        <extracomment>%1 is a cause&apos;s title.</extracomment>
        <translation>可能的原因：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use %1</source>
        <extracomment>Button that takes the registry named in the pasted error message; %1 is its address.</extracomment>
        <translation>使用 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message names this registry.</source>
        <translation>该消息提到了此注册表。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message names a different registry than %1.</source>
        <translation>该消息提到的注册表与 %1 不同。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check will use %1.</source>
        <translation>检查将使用 %1。</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Ticked: %1.</source>
        <translation>已勾选：%1。</translation>
    </message>
    <message>
        <location filename="../ui/symptoms_page.ui"/>
        <source>Paste the error &amp;message you got (optional)</source>
        <translation>粘贴你收到的错误消息（可选）(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/gui/symptoms_page.cpp" line="+132"/>
        <source>Help-desk case number, if you have one (saved in the report)</source>
        <extracomment>Label of an optional field for the number of the user&apos;s support ticket, saved in the report.</extracomment>
        <translation>技术支持案例编号(如果有，将保存在报告中)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help-desk case number</source>
        <translation>技术支持案例编号</translation>
    </message>
</context>
<context>
    <name>rd::TcpProbe</name>
    <message>
        <location filename="../src/core/probes/tcp_probe.cpp" line="+79"/>
        <source>Skipped: there is no registry address to check.</source>
        <translation>已跳过：没有要检查的注册表地址。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped: the registry&apos;s name did not resolve to an address.</source>
        <translation>已跳过：注册表名称未能解析为地址。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Practice mode only talks to this computer; %1 is not part of the exercise.</source>
        <translation>练习模式只与这台计算机通信；%1 不在练习范围内。</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>No answer from %1 within %n second(s): something on the way (a firewall, a private network) drops the connection.</source>
        <translation>
            <numerusform>%n 秒内 %1 没有响应：途中的某个环节（防火墙、专用网络）丢弃了连接。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 refused the connection: nothing accepts connections there, or a firewall rejects them.</source>
        <translation>%1 拒绝了连接：那里没有接受连接的服务，或者防火墙拒绝了连接。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <location filename="../src/core/probes/tcp_probe.h" line="+23"/>
        <source>Connection to the registry</source>
        <translation>到注册表的连接</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/probes/tcp_probe.cpp" line="-12"/>
        <source>No answer from the proxy %1 within %n second(s): the proxy is down, or something on the way drops the connection.</source>
        <translation>
            <numerusform>代理 %1 在 %n 秒内没有响应：代理已停止运行，或者途中有设备丢弃了连接。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Connected to the proxy %1 in %n millisecond(s).</source>
        <translation>
            <numerusform>已在 %n 毫秒内连接到代理 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Connected to %1 in %n millisecond(s).</source>
        <translation>
            <numerusform>已在 %n 毫秒内连接到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The proxy %1 refused the connection: no proxy is running there, or a firewall rejects the connection.</source>
        <translation>代理 %1 拒绝了连接：那里没有运行代理，或者防火墙拒绝了连接。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to the proxy %1: %2</source>
        <translation>无法连接到代理 %1：%2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Connected to %1 over IPv4 (%2), but not over IPv6 (%3): %4. Programs that try IPv6 first and do not fall back to IPv4 fail here.</source>
        <translation>已通过 IPv4（%2）连接到 %1，但无法通过 IPv6（%3）连接：%4。先尝试 IPv6 且不回退到 IPv4 的程序会在这里失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer in time</source>
        <translation>未在规定时间内应答</translation>
    </message>
</context>
<context>
    <name>rd::TlsProbe</name>
    <message>
        <location filename="../src/core/probes/tls_probe.cpp" line="+45"/>
        <source>Skipped: no connection to the registry.</source>
        <translation>已跳过：未连接到注册表。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The secure connection could not be set up: %1</source>
        <translation>无法建立安全连接：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The connection opened, but the secure handshake got no answer within %n second(s): something on the way (a firewall that filters secure connections) or the server stops it.</source>
        <translation>
            <numerusform>连接已打开，但安全握手在 %n 秒内没有得到响应：途中的某个环节（过滤安全连接的防火墙）或服务器阻止了它。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1 with a valid certificate for %2, issued by %3, valid until %4.</source>
        <translation>已使用 %1 连接，证书对 %2 有效，由 %3 颁发，有效期至 %4。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The certificate is issued by &quot;%1&quot;, which this computer does not trust. A company proxy or antivirus that inspects secure connections usually does this.</source>
        <translation>证书由“%1”颁发，这台计算机不信任它。这通常是检查安全连接的公司代理或防病毒软件造成的。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate is for %1, not for %2.</source>
        <translation>证书是为 %1 颁发的，而不是为 %2。</translation>
    </message>
    <message>
        <location filename="../src/core/probes/tls_probe.h" line="+21"/>
        <source>Secure connection (TLS)</source>
        <translation>安全连接 (TLS)</translation>
    </message>
    <message>
        <location filename="../src/core/probes/tls_probe.cpp" line="+57"/>
        <source>Docker does not check certificates for registries on 127.0.0.0/8 (its default insecure registries), so it connects although &quot;%1&quot; is not a trusted issuer. Podman, Skopeo, the Azure CLI and browsers refuse this certificate.</source>
        <translation>Docker 不检查 127.0.0.0/8 上注册表的证书（这是它默认的不安全注册表），因此即使“%1”不是受信任的颁发者，它也会连接。Podman、Skopeo、Azure CLI 和浏览器会拒绝此证书。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker trusts this certificate through %1. This computer&apos;s own store does not, so the Azure CLI, browsers and other programs on this computer will refuse it.</source>
        <translation>Docker 通过 %1 信任此证书。这台计算机自身的证书存储不信任它，因此 Azure CLI、浏览器和这台计算机上的其他程序会拒绝它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Podman and Skopeo trust this certificate through %1. This computer&apos;s own store does not, so the Azure CLI, browsers and other programs on this computer will refuse it.</source>
        <translation>Podman 和 Skopeo 通过 %1 信任此证书。这台计算机自身的证书存储不信任它，因此 Azure CLI、浏览器和这台计算机上的其他程序会拒绝它。</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>The registry speaks plain HTTP on port %1, without TLS. Docker uses plain HTTP for registries on 127.0.0.0/8 by itself, so it can work with it; Podman and Skopeo cannot unless the registry is marked insecure. The rest of the check needs TLS and was not done.</source>
        <translation>注册表在端口 %1 上使用纯 HTTP，没有 TLS。Docker 会自行对 127.0.0.0/8 上的注册表使用纯 HTTP，因此可以使用它；除非将注册表标记为不安全，否则 Podman 和 Skopeo 不能使用。其余检查需要 TLS，因此未执行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry speaks plain HTTP on port %1, without TLS: it answered a request in clear text.</source>
        <translation>注册表在端口 %1 上使用纯 HTTP，没有 TLS：它以明文响应了请求。</translation>
    </message>
</context>
<context>
    <name>rd::WizardModel</name>
    <message>
        <location filename="../src/gui/wizard_model.cpp" line="+141"/>
        <source>&quot;%1&quot; is not a registry address.</source>
        <translation>“%1”不是注册表地址。</translation>
    </message>
</context>
<context>
    <name>rd::WizardPage</name>
    <message>
        <location filename="../src/gui/wizard_page.h" line="+22"/>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
</context>
</TS>
