<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>rd::AboutDialog</name>
    <message>
        <location filename="../src/gui/about_dialog.cpp" line="+12"/>
        <source>About Registry Doctor</source>
        <translation>Registry Doctor について</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not available</source>
        <extracomment>Stands for the OpenSSL version in the About box when OpenSSL cannot be loaded.</extracomment>
        <translation>利用できません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Registry Doctor %1&lt;/h2&gt;&lt;p&gt;Finds out why you cannot sign in to a container registry, and tells you how to fix it.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Registry Doctor is free software under the MIT licence.&lt;br&gt;Qt is used under the GNU Lesser General Public License version 3.&lt;br&gt;OpenSSL is used under the Apache License 2.0.&lt;/p&gt;</source>
        <extracomment>%1 is the program version, %2 the Qt version, %3 the OpenSSL version (or &quot;not available&quot;). Keep the HTML tags.</extracomment>
        <translation>&lt;h2&gt;Registry Doctor %1&lt;/h2&gt;&lt;p&gt;コンテナー レジストリにログインできない原因を調べ、解決方法をお伝えします。&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Registry Doctor は MIT ライセンスのフリー ソフトウェアです。&lt;br&gt;Qt は GNU Lesser General Public License バージョン 3 に基づいて使用しています。&lt;br&gt;OpenSSL は Apache License 2.0 に基づいて使用しています。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rd::AcrRoleModeProbe</name>
    <message>
        <location filename="../src/core/probes/acr_role_mode_probe.cpp" line="+47"/>
        <source>Skipped: only Azure Container Registry has a permissions mode.</source>
        <translation>スキップ: アクセス許可モードがあるのは Azure Container Registry だけです。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped: nothing was refused after the sign-in.</source>
        <translation>スキップ: サインイン後に拒否されたものはありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped: reading the registry&apos;s permissions mode needs the Azure CLI, signed in.</source>
        <translation>スキップ: レジストリのアクセス許可モードを読み取るには、サインイン済みの Azure CLI が必要です。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The Azure CLI could not get a token to read the registry&apos;s permissions mode: Microsoft Entra ID wants multifactor authentication, or a Conditional Access policy blocks the sign-in (%1).</source>
        <translation>Azure CLI はレジストリのアクセス許可モードを読み取るためのトークンを取得できませんでした。Microsoft Entra ID が多要素認証を求めているか、条件付きアクセス ポリシーがサインインをブロックしています (%1)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Azure CLI did not tell the registry&apos;s permissions mode (you may not be allowed to read the registry&apos;s settings), so it is unknown.</source>
        <translation>Azure CLI はレジストリのアクセス許可モードを返しませんでした (レジストリの設定を読み取る権限がない可能性があります)。そのため、モードは不明です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry uses &quot;RBAC Registry + ABAC Repository Permissions&quot; (%1): the AcrPull and AcrPush roles give no rights on its repositories there.</source>
        <translation>レジストリは &quot;RBAC Registry + ABAC Repository Permissions&quot; (%1) を使用しています。このモードでは、AcrPull ロールと AcrPush ロールはリポジトリに対する権限を付与しません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry&apos;s permissions mode is %1: the AcrPull and AcrPush roles apply.</source>
        <translation>レジストリのアクセス許可モードは %1 です。AcrPull ロールと AcrPush ロールが適用されます。</translation>
    </message>
    <message>
        <location filename="../src/core/probes/acr_role_mode_probe.h" line="+21"/>
        <source>Registry&apos;s permissions mode</source>
        <translation>レジストリのアクセス許可モード</translation>
    </message>
</context>
<context>
    <name>rd::AllLoginsDialog</name>
    <message>
        <location filename="../src/gui/all_logins_dialog.cpp" line="+31"/>
        <source>All my saved logins</source>
        <translation>保存済みのすべてのログイン</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registry</source>
        <translation>レジストリ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved logins</source>
        <translation>保存済みのログイン</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking…</source>
        <extracomment>Shown in a row of the saved-logins table while that registry is being checked.</extracomment>
        <translation>確認中…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registries checked</source>
        <translation>確認済みのレジストリ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop checking</source>
        <translation>確認を停止(&amp;S)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Docker has no saved logins on this computer.</source>
        <translation>このコンピューターの Docker には保存済みのログインがありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Checking %n registries at once…</source>
        <translation>
            <numerusform>%n 個のレジストリを同時に確認しています…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Works</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not tested</source>
        <extracomment>The saved login could not be tried (no answer, nothing saved, registry open to all).</extracomment>
        <translation>未確認</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expired at %1</source>
        <extracomment>%1 is a date and time in the reader&apos;s local time.</extracomment>
        <translation>%1 に期限切れ</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopped.</source>
        <translation>停止しました。</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 of %n saved logins work.</source>
        <translation>
            <numerusform>保存済みのログイン %n 件のうち %1 件が有効です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
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
        <translation>Azure CLI (az) がインストールされていませんが、ログイン方法として Azure CLI が選ばれています。Azure CLI をインストールするか、別の方法 (ユーザー名とパスワード、またはトークン) でログインしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI (az) is not installed; it is only needed to sign in through it.</source>
        <translation>Azure CLI (az) がインストールされていません。Azure CLI 経由でログインする場合にのみ必要です。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The Azure CLI is installed, but its sign-in file %1 could not be read (%2), so whether you are signed in is unknown.</source>
        <translation>Azure CLI はインストールされていますが、サインイン情報ファイル %1 を読み取れなかったため (%2)、サインインしているかどうかわかりません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Azure CLI is installed but not signed in (no account in %1). az acr login needs az login first.</source>
        <translation>Azure CLI はインストールされていますが、サインインしていません (%1 にアカウントがありません)。az acr login の前に az login が必要です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+46"/>
        <source>The Azure CLI is signed in as %1 (subscription &quot;%2&quot;).</source>
        <translation>Azure CLI は %1 としてサインインしています (サブスクリプション「%2」)。</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>did not answer within %n second(s)</source>
        <translation>
            <numerusform>%n 秒以内に応答しなかった</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>crashed</source>
        <translation>クラッシュした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be started (%1)</source>
        <translation>起動できなかった (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;az account show&quot; %1, so whether you are signed in to the Azure CLI is unknown.</source>
        <translation>「az account show」が%1ため、Azure CLI にサインインしているかどうかわかりません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;az account show&quot; succeeded but printed something that is not an account, so whether you are signed in is unknown.</source>
        <translation>「az account show」は成功しましたが、アカウント以外のものを出力したため、サインインしているかどうかわかりません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Azure CLI is not signed in (&quot;%1&quot;), but you sign in through it. Run az login, then az acr login.</source>
        <translation>Azure CLI にサインインしていません (「%1」) が、ログイン方法として Azure CLI が選ばれています。az login を実行してから、az acr login を実行してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;az account show&quot; failed (exit code %1): &quot;%2&quot;. Until it works, az acr login cannot sign you in.</source>
        <translation>「az account show」が失敗しました (終了コード %1):「%2」。これが動作するまで、az acr login ではログインできません。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&quot;az account show&quot; failed with exit code %1 and printed no message. Until it works, az acr login cannot sign you in.</source>
        <translation>「az account show」は終了コード %1 で失敗し、メッセージを出力しませんでした。これが動作するまで、az acr login ではログインできません。</translation>
    </message>
</context>
<context>
    <name>rd::BlobUploadProbe</name>
    <message>
        <location filename="../src/core/probes/blob_upload_probe.cpp" line="+34"/>
        <source>The registry did not answer the start of an upload: %1</source>
        <translation>レジストリはアップロードの開始に応答しませんでした: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused to start an upload to %1 (status %2): this sign-in may not push there.</source>
        <translation>レジストリは %1 へのアップロードの開始を拒否しました (状態 %2): このログインではそこにプッシュできません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered the start of an upload to %1 with status %2.</source>
        <translation>レジストリは %1 へのアップロードの開始に状態 %2 で応答しました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You may push to %1: the registry accepted the start of an upload, and it was cancelled.</source>
        <translation>%1 にプッシュできます: レジストリはアップロードの開始を受け入れ、そのアップロードは取り消されました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may push to %1: the registry accepted the start of an upload, but cancelling it was answered with status %2; the registry removes unfinished uploads itself after a while.</source>
        <translation>%1 にプッシュできます: レジストリはアップロードの開始を受け入れましたが、その取り消しには状態 %2 が返されました。未完了のアップロードは、しばらくするとレジストリ自身が削除します。</translation>
    </message>
    <message>
        <location filename="../src/core/probes/blob_upload_probe.h" line="+18"/>
        <source>Starting an upload</source>
        <translation>アップロードの開始</translation>
    </message>
</context>
<context>
    <name>rd::CauseCard</name>
    <message>
        <location filename="../src/gui/cause_card.cpp" line="+99"/>
        <source>What the check saw</source>
        <translation>チェックで確認された内容</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How to fix it</source>
        <translation>解決方法</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Read more</source>
        <translation>詳細情報</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+81"/>
        <source>Check &amp;again</source>
        <translation>再チェック(&amp;A)</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Check again: %1</source>
        <translation>再チェック: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs just the checks behind this problem again, to see whether your fix worked.</source>
        <translation>この問題に関係するチェックだけをもう一度実行し、対処がうまくいったかどうかを確認します。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Advanced: look in the registry&apos;s login log</source>
        <translation>上級者向け: レジストリのログイン ログを確認する</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the registry sends its resource logs to Log Analytics, this query lists the sign-ins around the time of this check: who signed in, from which address, and what the registry answered. Run it in the Azure portal under the registry&apos;s Logs.</source>
        <translation>レジストリがリソース ログを Log Analytics に送信している場合、このクエリで今回のチェック前後のログインを一覧表示できます。誰がどのアドレスからログインし、レジストリがどう応答したかがわかります。Azure portal のレジストリの [ログ] で実行してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy query for the registry&apos;s login log</source>
        <translation>レジストリのログイン ログ用クエリをコピー</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking again…</source>
        <translation>再チェックしています…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed: the check no longer finds this problem.</source>
        <translation>解決済み: この問題は検出されなくなりました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still there: the check found this problem again.</source>
        <translation>未解決: この問題が再び検出されました。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking…</source>
        <translation>チェックしています…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fixed</source>
        <extracomment>Status of a problem after &quot;Check again&quot;: it is solved now. Adjective, agrees with &quot;problem&quot;.</extracomment>
        <translation>解決済み</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+201"/>
        <source>Problem</source>
        <extracomment>Screen-reader name of the card&apos;s icon: how serious the cause is (error / warning).</extracomment>
        <translation>問題</translation>
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
        <translation>最初の手順: %1</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Opens in your browser</source>
        <translation>ブラウザーで開きます</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Type the commands in a terminal: press Windows+X and choose Terminal (or Windows PowerShell).</source>
        <translation>コマンドはターミナルに入力します: Windows+X キーを押して [ターミナル] (または [Windows PowerShell]) を選択します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the commands in a terminal: press Command+Space, type Terminal and press Return.</source>
        <translation>コマンドはターミナルに入力します: Command+Space キーを押し、「ターミナル」と入力して Return キーを押します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the commands in a terminal: press Ctrl+Alt+T, or open Terminal from the applications menu.</source>
        <translation>コマンドはターミナルに入力します: Ctrl+Alt+T キーを押すか、アプリケーション メニューから [端末] を開きます。</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>Not confirmed: the checks behind this problem could not run to the end.</source>
        <translation>未確認: この問題の元になったチェックを最後まで実行できませんでした。</translation>
    </message>
</context>
<context>
    <name>rd::Causes</name>
    <message>
        <location filename="../src/core/diagnosis/cause_catalog.cpp" line="+34"/>
        <source>Troubleshoot registry login</source>
        <translation>レジストリ ログインのトラブルシューティング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Troubleshoot network issues with the registry</source>
        <translation>レジストリに関するネットワークの問題のトラブルシューティング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticate with an Azure container registry</source>
        <translation>Azure コンテナー レジストリでの認証</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a service principal</source>
        <translation>サービス プリンシパルでログインする</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository-scoped tokens</source>
        <translation>リポジトリ スコープのトークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequently asked questions</source>
        <translation>よく寄せられる質問</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the health of a registry</source>
        <translation>レジストリの正常性をチェックする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect privately to a registry with Azure Private Link</source>
        <translation>Azure Private Link を使用してレジストリにプライベートに接続する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow access from selected public networks</source>
        <translation>選択したパブリック ネットワークからのアクセスを許可する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a managed identity</source>
        <translation>マネージド ID でログインする</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Best practices for Azure Container Registry</source>
        <translation>Azure Container Registry のベスト プラクティス</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Docker is not installed</source>
        <translation>Docker がインストールされていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The docker command was not found on this computer. Signing in with docker login, and pulling or pushing images, needs the Docker client; az acr login also calls it.</source>
        <translation>このコンピューターで docker コマンドが見つかりませんでした。docker login でのログインや、イメージのプル/プッシュには Docker クライアントが必要です。az acr login も内部で Docker を呼び出します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker is too old</source>
        <translation>Docker が古すぎます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Container Registry needs Docker 18.03 or later. Older clients do not speak the sign-in protocol the registry expects.</source>
        <translation>Azure Container Registry には Docker 18.03 以降が必要です。それより古いクライアントは、レジストリが想定するログイン プロトコルに対応していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine is not running</source>
        <translation>Docker エンジンが実行されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The docker command is installed, but the Docker engine behind it (the daemon, or Docker Desktop) does not answer. Pulling and pushing images need it, and older Docker versions need it to sign in too.</source>
        <translation>docker コマンドはインストールされていますが、その背後にある Docker エンジン (デーモンまたは Docker Desktop) が応答しません。イメージのプルとプッシュにはエンジンが必要で、古いバージョンの Docker ではログインにも必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry name is not written correctly</source>
        <translation>レジストリ名の書き方が正しくありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker needs the registry&apos;s full login server in lowercase, such as myregistry.azurecr.io, with no https://, no path and no port. The Azure CLI (az acr login --name) needs just the registry name, without the domain.</source>
        <translation>Docker には、myregistry.azurecr.io のように、レジストリの完全なログイン サーバー名をすべて小文字で指定する必要があります。https://、パス、ポートは付けません。Azure CLI (az acr login --name) には、ドメインを除いたレジストリ名だけを指定します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry name does not exist</source>
        <translation>このレジストリ名は存在しません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name could not be found in DNS: there is no registry with this name, it is misspelled, it belongs to another Azure cloud (.azurecr.cn, .azurecr.us), or this computer&apos;s DNS is not working.</source>
        <translation>DNS でこの名前が見つかりませんでした。この名前のレジストリが存在しない、つづりが間違っている、別の Azure クラウド (.azurecr.cn、.azurecr.us) のレジストリである、またはこのコンピューターの DNS が機能していない、のいずれかです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry cannot be reached from this network</source>
        <translation>このネットワークからレジストリに到達できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer could not open a connection to the registry. Something between the two (a firewall, a VPN, a network that blocks outgoing traffic on port 443) stops the connection before any sign-in can happen.</source>
        <translation>このコンピューターからレジストリへの接続を確立できませんでした。間にある何か (ファイアウォール、VPN、ポート 443 の送信トラフィックをブロックするネットワーク) が、ログインの前に接続を止めています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy blocks the connection</source>
        <translation>プロキシが接続をブロックしています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections to the registry go through a proxy, and the proxy did not let this one through: it is unreachable, asks for a sign-in of its own, or refuses the registry&apos;s address.</source>
        <translation>レジストリへの接続はプロキシを経由していますが、プロキシがこの接続を通しませんでした。プロキシに到達できない、プロキシ自体のログインを求めている、またはレジストリのアドレスを拒否している、のいずれかです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s certificate is not trusted</source>
        <translation>レジストリの証明書が信頼されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secure connection presents a certificate this computer does not trust. When the issuer is not Microsoft&apos;s, a company proxy or antivirus is usually opening secure connections to inspect them; Docker then refuses to send credentials.</source>
        <translation>セキュリティで保護された接続で、このコンピューターが信頼していない証明書が提示されました。発行元が Microsoft でない場合、通常は社内のプロキシやウイルス対策ソフトが検査のために通信を開いています。その場合、Docker は資格情報の送信を拒否します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s firewall does not allow your network</source>
        <translation>レジストリのファイアウォールがお使いのネットワークを許可していません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered, but refused this computer&apos;s public IP address. The registry only accepts connections from selected networks, or its public access is turned off.</source>
        <translation>レジストリは応答しましたが、このコンピューターのパブリック IP アドレスを拒否しました。このレジストリは選択したネットワークからの接続だけを受け付けているか、パブリック アクセスが無効になっています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry is only reachable through its private network</source>
        <translation>レジストリにはプライベート ネットワークからしか到達できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s name points to a private endpoint (a private address in an Azure virtual network). From outside that network, for example from home or without the VPN, the connection cannot succeed; inside it, the private DNS zone must be set up.</source>
        <translation>レジストリの名前がプライベート エンドポイント (Azure 仮想ネットワーク内のプライベート アドレス) を指しています。そのネットワークの外 (自宅や VPN 未接続の状態など) からは接続できません。ネットワーク内では、プライベート DNS ゾーンが設定されている必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry is limiting requests</source>
        <translation>レジストリが要求数を制限しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered 429 (too many requests): it is slowing down clients that send many requests in a short time. Waiting a little and trying again usually works.</source>
        <translation>レジストリが 429 (要求が多すぎます) を返しました。短時間に多くの要求を送るクライアントを制限しています。通常は、少し待ってから再試行すれば解決します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address is not a container registry</source>
        <translation>このアドレスはコンテナー レジストリではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something answered at this address, but not as a container registry does. The address is probably wrong, or a web page (a proxy&apos;s block page, a captive portal) answered instead.</source>
        <translation>このアドレスで何かが応答しましたが、コンテナー レジストリの応答ではありません。アドレスが間違っているか、代わりに Web ページ (プロキシのブロック ページやキャプティブ ポータル) が応答した可能性があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry has a problem on its side</source>
        <translation>レジストリ側で問題が発生しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry was reached but gave no usable answer: a server error (5xx), an answer cut short, or no answer in time. This is not caused by your sign-in; it is usually temporary.</source>
        <translation>レジストリには到達しましたが、使える応答が返りませんでした (サーバー エラー (5xx)、途中で切れた応答、または時間内に応答なし)。これはログインが原因ではなく、通常は一時的なものです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no credentials for this registry</source>
        <translation>このレジストリの資格情報がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was given to sign in with, and Docker has nothing saved for this registry. Docker then tries without signing in, and the registry answers unauthorized.</source>
        <translation>ログインに使う情報が指定されておらず、Docker にもこのレジストリ用に保存されたものがありません。そのため Docker はログインせずにアクセスし、レジストリは unauthorized (未承認) を返します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name or password is wrong</source>
        <translation>ユーザー名またはパスワードが正しくありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused the credentials. For a service principal the user name is the application (client) ID and the password is its client secret; for the admin account both come from the registry&apos;s Access keys page; for a token, from its Tokens page.</source>
        <translation>レジストリが資格情報を拒否しました。サービス プリンシパルの場合、ユーザー名はアプリケーション (クライアント) ID、パスワードはそのクライアント シークレットです。管理者アカウントの場合はどちらもレジストリの [アクセス キー] ページに、トークンの場合は [トークン] ページにあります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name is not known to the registry</source>
        <translation>レジストリがこのユーザー名を認識していません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered &quot;Application not registered with AAD&quot;: the user name is not an identity it knows. A common mistake is using an e-mail address or a display name where the service principal&apos;s application (client) ID belongs.</source>
        <translation>レジストリが「Application not registered with AAD」と応答しました。このユーザー名は、レジストリが認識する ID ではありません。よくある間違いは、サービス プリンシパルのアプリケーション (クライアント) ID を入れるべき所に、メール アドレスや表示名を使うことです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in works but lacks the rights</source>
        <translation>ログインはできますが、権限が足りません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credentials are valid, but they do not allow what you are trying to do on this repository. Pulling needs the AcrPull role (or a token allowing read); pushing needs AcrPush (or a token allowing write). A role assigned minutes ago can take up to about ten minutes to apply.</source>
        <translation>資格情報は有効ですが、このリポジトリに対して行おうとしている操作が許可されていません。プルには AcrPull ロール (または読み取りを許可するトークン)、プッシュには AcrPush (または書き込みを許可するトークン) が必要です。数分前に割り当てたロールは、反映されるまで最大 10 分ほどかかることがあります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in has expired</source>
        <translation>ログインの有効期限が切れています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved sign-in is no longer valid. After az acr login, the registry&apos;s token lasts about three hours; service principal secrets and token passwords also have an expiry date.</source>
        <translation>保存されているログインは無効になっています。az acr login 後のレジストリ トークンの有効期間は約 3 時間です。サービス プリンシパルのシークレットやトークンのパスワードにも有効期限があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker&apos;s credential store is not working</source>
        <translation>Docker の資格情報ストアが機能していません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker keeps passwords in a credential store (Docker Desktop, Windows Credential Manager, macOS Keychain...). The store named in Docker&apos;s settings is missing or fails, so Docker cannot save or read the registry&apos;s credentials.</source>
        <translation>Docker はパスワードを資格情報ストア (Docker Desktop、Windows 資格情報マネージャー、macOS キーチェーンなど) に保存します。Docker の設定で指定されたストアが見つからないか動作しないため、Docker はレジストリの資格情報を保存することも読み取ることもできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure CLI is not signed in</source>
        <translation>Azure CLI にサインインしていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>az acr login uses your Azure CLI sign-in to get a registry token. The Azure CLI on this computer is not signed in (or is not installed), so it cannot.</source>
        <translation>az acr login は、Azure CLI のサインインを使ってレジストリ トークンを取得します。このコンピューターの Azure CLI はサインインしていない (またはインストールされていない) ため、トークンを取得できません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s clock is wrong</source>
        <translation>このコンピューターの時計が正しくありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in tokens are valid for a limited time. When this computer&apos;s clock is several minutes off, fresh tokens look expired or not yet valid, and secure connections can fail.</source>
        <translation>ログイン トークンの有効期間は限られています。このコンピューターの時計が数分ずれていると、発行されたばかりのトークンが期限切れやまだ有効でないように見え、セキュリティで保護された接続も失敗することがあります。</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The secure connection presents a certificate this computer does not trust. When the issuer is not Microsoft&apos;s, a company proxy or antivirus is usually opening secure connections to inspect them; %1 then refuses to send credentials.</source>
        <translation>セキュリティで保護された接続で、このコンピューターが信頼していない証明書が提示されました。発行元が Microsoft でない場合、通常は社内のプロキシやウイルス対策ソフトが検査のために通信を開いています。その場合、%1 は資格情報の送信を拒否します。</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>Update the Azure CLI the way it was installed (shown here: winget on Windows, Homebrew on macOS, the Debian and Ubuntu packages on Linux), then check its version:</source>
        <translation>インストールした方法で Azure CLI を更新し (ここでは Windows の winget、macOS の Homebrew、Linux の Debian と Ubuntu のパッケージ)、バージョンを確認します:</translation>
    </message>
    <message>
        <location line="-452"/>
        <source>Azure Container Registry built-in roles</source>
        <translation>Azure Container Registry の組み込みロール</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pull images to a Kubernetes cluster with a pull secret</source>
        <translation>プル シークレットを使用して Kubernetes クラスターにイメージをプルする</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>az acr login needs a Docker engine it cannot reach</source>
        <translation>az acr login には、接続できない Docker エンジンが必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>az acr login gets a registry token and then passes it to docker login, so it needs a running Docker engine. Without one (in Azure Cloud Shell, on a build agent without Docker, or with Podman or Helm instead of Docker), ask the Azure CLI for the token with --expose-token and give it to your client yourself.</source>
        <translation>az acr login はレジストリ トークンを取得して docker login に渡すため、実行中の Docker エンジンが必要です。エンジンがない場合 (Azure Cloud Shell、Docker のないビルド エージェント、Docker の代わりに Podman や Helm を使う場合) は、--expose-token で Azure CLI からトークンを取得し、ご自身でクライアントに渡してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pipeline passed an empty user name or password</source>
        <translation>パイプラインが空のユーザー名またはパスワードを渡しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in step received an empty user name or password. In a pipeline this usually means that the secret variable is not set, is misspelled, or is not available to this run (for example in a pull request from a fork, or in another environment or variable group).</source>
        <translation>ログインのステップが空のユーザー名またはパスワードを受け取りました。パイプラインでは通常、シークレット変数が設定されていない、名前が間違っている、またはこの実行で使用できない (フォークからのプル リクエスト、別の環境や変数グループなど) ことを意味します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pod&apos;s image pull secret is missing or does not fit</source>
        <translation>ポッドのイメージ プル シークレットがないか、合っていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kubernetes pulls the image with the secrets named in the pod&apos;s imagePullSecrets or in its service account. The secret named there does not exist in the pod&apos;s namespace, or it holds credentials for another registry, so the node pulls without signing in.</source>
        <translation>Kubernetes は、ポッドの imagePullSecrets またはそのサービス アカウントで指定されたシークレットを使ってイメージをプルします。指定されたシークレットがポッドの名前空間に存在しないか、別のレジストリの資格情報を保持しているため、ノードはログインせずにプルしています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image has no variant for this platform</source>
        <translation>イメージにこのプラットフォーム用のバリアントがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag points to a list of images for several platforms (operating system and processor), and none of them is for the platform that pulls it, for example linux/arm64 on an Apple silicon Mac or an Arm node. This is not a sign-in problem.</source>
        <translation>タグは複数のプラットフォーム (オペレーティング システムとプロセッサ) 向けのイメージの一覧を指していますが、プルしているプラットフォーム向けのものがありません (Apple シリコンの Mac や Arm ノードでの linux/arm64 など)。これはログインの問題ではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multifactor authentication or Conditional Access blocks the sign-in</source>
        <translation>多要素認証または条件付きアクセスによりサインインがブロックされています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Entra ID refused to issue a token without multifactor authentication, or a Conditional Access policy blocks this sign-in (AADSTS50076, AADSTS50079, AADSTS53003). A sign-in without a person present, such as a password in a script, cannot satisfy it: sign in interactively, or use a service principal or a managed identity for automation.</source>
        <translation>Microsoft Entra ID が多要素認証なしでのトークン発行を拒否したか、条件付きアクセス ポリシーがこのサインインをブロックしています (AADSTS50076、AADSTS50079、AADSTS53003)。スクリプト内のパスワードなど、人が介在しないサインインではこれを満たせません。対話形式でサインインするか、自動化にはサービス プリンシパルまたはマネージド ID を使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The BuildKit builder does not trust the registry&apos;s certificate</source>
        <translation>BuildKit ビルダーがレジストリの証明書を信頼していません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>docker buildx builds in a separate BuildKit container (the docker-container driver) with its own list of trusted certificate authorities. A certificate authority that this computer or Docker trusts, such as a company proxy&apos;s or a private registry&apos;s, is not trusted inside the builder, so the build cannot pull or push.</source>
        <translation>docker buildx は、独自の信頼された証明機関の一覧を持つ別の BuildKit コンテナー (docker-container ドライバー) でビルドします。このコンピューターまたは Docker が信頼している証明機関 (会社のプロキシやプライベート レジストリのものなど) がビルダー内では信頼されていないため、ビルドでプルもプッシュもできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The docker command is Podman</source>
        <translation>docker コマンドは Podman です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this computer, docker runs Podman through its Docker emulation. Podman keeps its sign-ins in its own file (auth.json) and has no Docker engine or Docker Desktop, so advice about the Docker daemon, Docker Desktop or Docker&apos;s credential store does not apply; use Podman&apos;s commands instead.</source>
        <translation>このコンピューターでは、docker は Docker エミュレーションを通じて Podman を実行します。Podman はログイン情報を独自のファイル (auth.json) に保存し、Docker エンジンも Docker Desktop もないため、Docker デーモン、Docker Desktop、Docker の資格情報ストアに関するアドバイスは当てはまりません。代わりに Podman のコマンドを使用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure CLI is too old for this command</source>
        <translation>Azure CLI がこのコマンドには古すぎます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The installed Azure CLI does not know an option that the command uses, such as --expose-token of az acr login. Update the Azure CLI, then run the command again.</source>
        <translation>インストールされている Azure CLI は、コマンドが使うオプション (az acr login の --expose-token など) を認識しません。Azure CLI を更新してから、コマンドをもう一度実行してください。</translation>
    </message>
    <message>
        <location line="+306"/>
        <source>Get the registry token without Docker and sign in with your client; the user name is 00000000-0000-0000-0000-000000000000 (shown here for Podman; for Helm use helm registry login):</source>
        <translation>Docker を使わずにレジストリ トークンを取得し、クライアントでログインします。ユーザー名は 00000000-0000-0000-0000-000000000000 です (ここでは Podman の例。Helm では helm registry login を使用):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check that the secret is defined for this pipeline and this run, and that the step reads it by its exact name. Stop the job early when it is empty:</source>
        <translation>シークレットがこのパイプラインとこの実行に定義されていること、ステップが正確な名前で読み取っていることを確認してください。空の場合はジョブを早めに停止します:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See which pull secret the pod names, and whether it exists in the pod&apos;s namespace:</source>
        <translation>ポッドが指定しているプル シークレットと、それがポッドの名前空間に存在するかを確認します:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On AKS, let the cluster pull with its own identity instead of a secret:</source>
        <translation>AKS では、シークレットの代わりにクラスター自身の ID でプルさせます:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See which platforms the tag offers, then pull one of them explicitly or build the image for your platform too:</source>
        <translation>タグが提供するプラットフォームを確認し、そのいずれかを明示的にプルするか、ご利用のプラットフォーム向けにもイメージをビルドします:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in again interactively, so that you can complete multifactor authentication, then sign in to the registry:</source>
        <translation>多要素認証を完了できるよう対話形式でもう一度サインインしてから、レジストリにログインします:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For pipelines and scripts, sign in with a service principal or a managed identity instead of a user account.</source>
        <translation>パイプラインやスクリプトでは、ユーザー アカウントの代わりにサービス プリンシパルまたはマネージド ID でサインインしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a BuildKit configuration file, buildkitd.toml, that trusts your certificate authority for this registry (give the path of its PEM file on this computer):</source>
        <translation>このレジストリについて証明機関を信頼する BuildKit 構成ファイル buildkitd.toml を作成します (このコンピューター上の PEM ファイルのパスを指定します):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a builder with that configuration and use it:</source>
        <translation>その構成でビルダーを作成して使用します:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in with Podman, then check that Podman has a sign-in for the registry:</source>
        <translation>Podman でログインし、Podman にレジストリのログイン情報があることを確認します:</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>%1: signing in</source>
        <translation>%1: ログイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: permissions</source>
        <translation>%1: アクセス許可</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: pull limits</source>
        <translation>%1: プルの制限</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The token used as the password has expired or was revoked. Access tokens and robot account secrets have the expiry date chosen when they were created; create a new one and sign in again.</source>
        <translation>パスワードとして使ったトークンが期限切れか、取り消されています。アクセス トークンとロボット アカウントのシークレットには、作成時に選んだ有効期限があります。新しく作成して、もう一度ログインしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker Hub refused the user name or password. The user name is your Docker ID, not your e-mail address. With two-step verification on, or when your organization enforces single sign-on, the password must be a personal access token instead of your account password.</source>
        <translation>Docker Hub がユーザー名またはパスワードを拒否しました。ユーザー名はメール アドレスではなく Docker ID です。2 段階認証が有効な場合や、組織がシングル サインオンを必須にしている場合、パスワードはアカウントのパスワードではなく個人用アクセス トークンである必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but Docker Hub does not let this account do this on the repository: the repository is private and the account has no access to it, or the access token is read-only and you are pushing.</source>
        <translation>ログインはできますが、Docker Hub はこのアカウントにこのリポジトリでの操作を許可していません。リポジトリがプライベートでアカウントにアクセス権がないか、アクセス トークンが読み取り専用なのにプッシュしようとしています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Docker Hub limits how many pulls an account or an IP address may make in a period of hours. Pulls while signed in count against your account&apos;s limit; anonymous pulls against your IP address&apos;s, shared with everyone behind it. Signing in, a paid plan or a registry mirror raises the limit.</source>
        <translation>Docker Hub は、アカウントまたは IP アドレスが数時間のうちに実行できるプルの回数を制限しています。ログインしたプルはアカウントの制限に、匿名のプルは IP アドレスの制限 (同じアドレスを使う全員で共有) に数えられます。ログイン、有料プラン、またはレジストリ ミラーで制限が上がります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub Container Registry refused the credentials. The user name is your GitHub login and the password a personal access token (classic) with the read:packages scope, and write:packages to push; your GitHub password and fine-grained tokens are not accepted. In GitHub Actions, use GITHUB_TOKEN.</source>
        <translation>GitHub Container Registry が資格情報を拒否しました。ユーザー名は GitHub のログイン名、パスワードは read:packages スコープ (プッシュには write:packages も) を持つ個人用アクセス トークン (classic) です。GitHub のパスワードと Fine-grained トークンは使えません。GitHub Actions では GITHUB_TOKEN を使ってください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but GitHub does not let this token do this on the package: a personal access token (classic) needs read:packages to pull and write:packages to push, and your account needs access to the package. In GitHub Actions, the package must give the workflow&apos;s repository access (package settings, Manage Actions access).</source>
        <translation>ログインはできますが、GitHub はこのトークンにこのパッケージでの操作を許可していません。個人用アクセス トークン (classic) には、プルに read:packages、プッシュに write:packages が必要で、アカウントにパッケージへのアクセス権が必要です。GitHub Actions では、パッケージがワークフローのリポジトリにアクセスを許可している必要があります (パッケージの設定、Manage Actions access)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon ECR refused the credentials. The user name is always AWS and the password a token from aws ecr get-login-password, made for the registry&apos;s own region and account; your AWS access keys are not a registry password.</source>
        <translation>Amazon ECR が資格情報を拒否しました。ユーザー名は常に AWS、パスワードはレジストリのリージョンとアカウント用に aws ecr get-login-password で作ったトークンです。AWS アクセス キーそのものはレジストリのパスワードではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Amazon ECR&apos;s sign-in tokens last 12 hours. The saved token is older than that, so the registry no longer accepts it; get a new one (or let the docker-credential-ecr-login helper get one each time).</source>
        <translation>Amazon ECR のログイン トークンの有効期間は 12 時間です。保存されたトークンはそれより古いため、レジストリはもう受け付けません。新しいトークンを取得してください (または docker-credential-ecr-login ヘルパーに毎回取得させてください)。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The sign-in works, but the AWS identity that made the token may not do this on the repository: pulling needs ecr:BatchGetImage and ecr:GetDownloadUrlForLayer (the AmazonEC2ContainerRegistryReadOnly policy has them), pushing also ecr:PutImage and the layer upload actions. A repository policy can also deny it.</source>
        <translation>ログインはできますが、トークンを作った AWS ID はこのリポジトリでこの操作を許可されていません。プルには ecr:BatchGetImage と ecr:GetDownloadUrlForLayer (AmazonEC2ContainerRegistryReadOnly ポリシーに含まれます)、プッシュにはさらに ecr:PutImage とレイヤー アップロードのアクションが必要です。リポジトリ ポリシーで拒否されている場合もあります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon ECR Public refused the credentials. The user name is always AWS and the password a token from aws ecr-public get-login-password --region us-east-1.</source>
        <translation>Amazon ECR Public が資格情報を拒否しました。ユーザー名は常に AWS、パスワードは aws ecr-public get-login-password --region us-east-1 のトークンです。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Google&apos;s registry refused the credentials. With the gcloud CLI, gcloud auth configure-docker for this host lets Docker use your gcloud sign-in. By hand, the user name is oauth2accesstoken with a token from gcloud auth print-access-token, or _json_key (or _json_key_base64) with a service account key.</source>
        <translation>Google のレジストリが資格情報を拒否しました。gcloud CLI では、このホストに対して gcloud auth configure-docker を実行すると Docker が gcloud のログインを使います。手動の場合、ユーザー名は oauth2accesstoken と gcloud auth print-access-token のトークン、または _json_key (か _json_key_base64) とサービス アカウント キーです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google access tokens last one hour. A token given to docker login by hand stops working after that; the gcloud credential helper (gcloud auth configure-docker) gets a new one every time.</source>
        <translation>Google のアクセス トークンの有効期間は 1 時間です。docker login に手動で渡したトークンはその後使えなくなります。gcloud の資格情報ヘルパー (gcloud auth configure-docker) は毎回新しいトークンを取得します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in works, but the Google account or service account lacks the role: pulling needs Artifact Registry Reader (roles/artifactregistry.reader) on the repository or project, pushing Artifact Registry Writer (roles/artifactregistry.writer).</source>
        <translation>ログインはできますが、Google アカウントまたはサービス アカウントにロールがありません。プルにはリポジトリまたはプロジェクトに対する Artifact Registry Reader (roles/artifactregistry.reader)、プッシュには Artifact Registry Writer (roles/artifactregistry.writer) が必要です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Harbor refused the credentials. Use your Harbor user name and password (with single sign-on, the CLI secret from your user profile), or a robot account: its name starts with robot$ and its password is the secret shown when it was created. In a shell, put the name in single quotes, or the $ and what follows disappear.</source>
        <translation>Harbor が資格情報を拒否しました。Harbor のユーザー名とパスワード (シングル サインオンの場合はユーザー プロファイルの CLI シークレット)、またはロボット アカウントを使ってください。ロボット アカウントの名前は robot$ で始まり、パスワードは作成時に表示されたシークレットです。シェルでは名前を単一引用符で囲んでください。囲まないと $ 以降が消えます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but the account is not a member of this Harbor project with enough rights (Guest to pull, Developer to push), or the robot account lacks the pull or push permission for the project.</source>
        <translation>ログインはできますが、アカウントがこの Harbor プロジェクトのメンバーでないか権限が足りません (プルには Guest、プッシュには Developer)。またはロボット アカウントにこのプロジェクトのプルまたはプッシュのアクセス許可がありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quay refused the credentials. Use your Quay user name with an encrypted password, or a robot account (a name like organization+robot) with its token; both come from Quay&apos;s account or organization settings.</source>
        <translation>Quay が資格情報を拒否しました。Quay のユーザー名と暗号化されたパスワード、またはロボット アカウント (組織+ロボットのような名前) とそのトークンを使ってください。どちらも Quay のアカウントまたは組織の設定にあります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but the account or robot account has no read (or write) permission on this repository; an administrator of the organization grants it in the repository&apos;s settings.</source>
        <translation>ログインはできますが、アカウントまたはロボット アカウントにこのリポジトリの読み取り (または書き込み) のアクセス許可がありません。組織の管理者がリポジトリの設定で付与します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitLab refused the credentials. Use your GitLab user name with a personal access token that has the read_registry scope (write_registry to push), or a deploy token; in a pipeline, CI_REGISTRY_USER with CI_JOB_TOKEN. With two-factor authentication on, your account password does not work.</source>
        <translation>GitLab が資格情報を拒否しました。GitLab のユーザー名と read_registry スコープ (プッシュには write_registry) を持つ個人用アクセス トークン、またはデプロイ トークンを使ってください。パイプラインでは CI_REGISTRY_USER と CI_JOB_TOKEN を使います。2 要素認証が有効な場合、アカウントのパスワードは使えません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but this token or user may not do this on the project&apos;s registry: the token needs read_registry (write_registry to push), and the user at least the Reporter role on the project (Developer to push).</source>
        <translation>ログインはできますが、このトークンまたはユーザーはプロジェクトのレジストリでこの操作を許可されていません。トークンには read_registry (プッシュには write_registry)、ユーザーにはプロジェクトで少なくとも Reporter ロール (プッシュには Developer) が必要です。</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>The saved login is for another registry address</source>
        <translation>保存されたログインは別のレジストリ アドレス用です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker keeps one login per registry address. It has a login for a neighbouring address (another AWS account or region, another Google registry host), but none for the one you use, so it sends no credentials. Each ECR account and region is a registry of its own, and gcloud auth configure-docker sets up only the hosts it is given.</source>
        <translation>Docker はレジストリ アドレスごとに 1 つのログインを保存します。近いアドレス (別の AWS アカウントやリージョン、別の Google レジストリ ホスト) のログインはありますが、使っているアドレスのログインがないため、資格情報を送りません。ECR はアカウントとリージョンごとに別のレジストリで、gcloud auth configure-docker は指定したホストだけを設定します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An e-mail address is used as the user name</source>
        <translation>ユーザー名にメール アドレスが使われています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name is an e-mail address, but this registry signs in with a login name: your Docker ID on Docker Hub, your GitHub login on GitHub, AWS on Amazon ECR, oauth2accesstoken or _json_key on Google, a user or robot name on Quay; on Azure, a service principal&apos;s application (client) ID, the admin user name or a token name.</source>
        <translation>ユーザー名がメール アドレスですが、このレジストリはログイン名でログインします。Docker Hub では Docker ID、GitHub では GitHub のログイン名、Amazon ECR では AWS、Google では oauth2accesstoken または _json_key、Quay ではユーザー名またはロボット名、Azure ではサービス プリンシパルのアプリケーション (クライアント) ID、管理者アカウント名、またはトークン名です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure CLI is signed in to another Azure cloud</source>
        <translation>Azure CLI は別の Azure クラウドにサインインしています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registries in Azure operated by 21Vianet (.azurecr.cn) and Azure Government (.azurecr.us) live in clouds of their own, with their own accounts. The Azure CLI is signed in to a different cloud than the registry&apos;s, so az acr login cannot get a token for it (Microsoft Entra ID answers with errors such as AADSTS90002).</source>
        <translation>21Vianet が運営する Azure (.azurecr.cn) と Azure Government (.azurecr.us) のレジストリは、それぞれ独自のアカウントを持つ別のクラウドにあります。Azure CLI はレジストリとは別のクラウドにサインインしているため、az acr login はトークンを取得できません (Microsoft Entra ID は AADSTS90002 などのエラーを返します)。</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Configure rules to access a registry behind a firewall</source>
        <translation>ファイアウォールの内側にあるレジストリにアクセスするように規則を構成する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dedicated data endpoints</source>
        <translation>専用データ エンドポイント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View repositories in a registry</source>
        <translation>レジストリ内のリポジトリを表示する</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The image does not exist in this registry</source>
        <translation>このレジストリにイメージが存在しません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in works and the registry answered, but it has no image by this name: the repository or its tag does not exist, as opposed to existing and being refused to you. Clients report it as &quot;manifest unknown&quot;, &quot;name unknown&quot; or &quot;not found&quot;. The name is often misspelled, lacks its namespace (team/app), points at another registry, or the tag was never pushed.</source>
        <translation>ログインは成功し、レジストリも応答しましたが、この名前のイメージはありません。リポジトリまたはそのタグが存在しないということであり、存在していてアクセスを拒否されるのとは異なります。クライアントは「manifest unknown」、「name unknown」または「not found」と報告します。名前のつづりの誤り、名前空間 (team/app) の欠落、別のレジストリの指定、またはタグが一度もプッシュされていないことがよくある原因です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers cannot be downloaded: the data endpoint is blocked</source>
        <translation>レイヤーをダウンロードできません: データ エンドポイントがブロックされています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in works, but a registry does not send image layers itself: it redirects the download to another host (a storage account, a CDN, or for Azure Container Registry with dedicated data endpoints REGISTRY.REGION.data.azurecr.io). This network does not let this computer reach that host, so pulls stop at the first layer. The firewall must allow that host as well as the registry.</source>
        <translation>ログインは成功していますが、レジストリはイメージのレイヤーを自分では送信しません。ダウンロードを別のホスト (ストレージ アカウント、CDN、または専用データ エンドポイントを使用する Azure Container Registry の場合は REGISTRY.REGION.data.azurecr.io) にリダイレクトします。このネットワークではこのコンピューターからそのホストに到達できないため、プルは最初のレイヤーで止まります。ファイアウォールでは、レジストリに加えてそのホストも許可する必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry speaks plain HTTP, not HTTPS</source>
        <translation>レジストリが HTTPS ではなく平文の HTTP を使用しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answers without TLS. Docker uses HTTPS for every registry outside 127.0.0.0/8, and Podman and Skopeo for every registry not marked insecure; they stop with &quot;server gave HTTP response to HTTPS client&quot;. Either set up TLS on the registry, or list it as an insecure registry in the client&apos;s settings; credentials then travel unencrypted.</source>
        <translation>レジストリは TLS なしで応答しています。Docker は 127.0.0.0/8 以外のすべてのレジストリに、Podman と Skopeo は安全でないと指定されていないすべてのレジストリに HTTPS を使用し、「server gave HTTP response to HTTPS client」で停止します。レジストリに TLS を設定するか、クライアントの設定で安全でないレジストリとして登録してください。その場合、資格情報は暗号化されずに送信されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s token service cannot be used</source>
        <translation>レジストリのトークン サービスを使用できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered and sent clients to a token service at another address (the realm of its challenge), and that service cannot be reached or does not answer as a token service does. Every client fails the same way. This is usually a setting of a self-hosted registry (its token realm names an internal address, a wrong port or a service that is not running), not a problem with your password.</source>
        <translation>レジストリは応答し、クライアントを別のアドレスにあるトークン サービス (認証チャレンジの realm) に送りましたが、そのサービスに到達できないか、トークン サービスとして応答しません。どのクライアントも同じように失敗します。通常はセルフホステッド レジストリの設定の問題 (トークンの realm が内部アドレス、誤ったポート、または実行されていないサービスを指している) であり、パスワードの問題ではありません。</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Azure ABAC repository permissions</source>
        <translation>Azure ABAC リポジトリのアクセス許可</translation>
    </message>
    <message>
        <location line="+447"/>
        <source>Compare the connection over IPv6 and over IPv4 (in PowerShell, give the addresses that Resolve-DnsName shows):</source>
        <translation>IPv6 と IPv4 での接続を比較します (PowerShell では、Resolve-DnsName が表示するアドレスを指定します):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask your network administrator for a working IPv6 route. Until then, turn IPv6 off on the network adapter that has no IPv6 route (Windows: give the adapter&apos;s name; Linux: for all interfaces, until the next restart):</source>
        <translation>ネットワーク管理者に、機能する IPv6 ルートを依頼してください。それまでは、IPv6 ルートのないネットワーク アダプターで IPv6 を無効にします (Windows: アダプター名を指定します。Linux: すべてのインターフェイスで、次回の再起動まで):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the registry&apos;s permissions mode (AbacRepositoryPermissions means ABAC repository permissions):</source>
        <translation>レジストリのアクセス許可モードを確認します (AbacRepositoryPermissions は ABAC リポジトリのアクセス許可を意味します):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the registry owner to assign the Container Registry Repository role instead of AcrPull or AcrPush (Reader to pull, Writer to push, Contributor to delete too):</source>
        <translation>AcrPull や AcrPush ではなく Container Registry Repository ロールを割り当てるよう、レジストリの所有者に依頼してください (プルには Reader、プッシュには Writer、削除も行うには Contributor):</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>The registry is reachable over IPv4 but not over IPv6</source>
        <translation>レジストリには IPv4 では到達できますが、IPv6 では到達できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s name has IPv6 and IPv4 addresses, and this network has no working IPv6 route: connecting over IPv6 fails, over IPv4 it works. Programs that try IPv6 first and do not fall back to IPv4 stop with errors such as &quot;connect: network is unreachable&quot; next to an address in brackets. Either the network gets a working IPv6 route, or this computer stops offering IPv6 where it has none.</source>
        <translation>レジストリの名前には IPv6 と IPv4 のアドレスがあり、このネットワークには機能する IPv6 ルートがありません。IPv6 での接続は失敗し、IPv4 では成功します。IPv6 を先に試し、IPv4 に切り替えないプログラムは、角かっこで囲まれたアドレスとともに &quot;connect: network is unreachable&quot; などのエラーで停止します。ネットワークに機能する IPv6 ルートを用意するか、IPv6 を使えない場所ではこのコンピューターが IPv6 を使わないようにしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry uses ABAC repository permissions, where AcrPull and AcrPush do not apply</source>
        <translation>レジストリは ABAC リポジトリのアクセス許可を使用しており、AcrPull と AcrPush は適用されません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s role assignment permissions mode is &quot;RBAC Registry + ABAC Repository Permissions&quot;. In this mode the AcrPull, AcrPush and AcrDelete roles are not honoured, and Owner, Contributor and Reader give no access to repositories: pulling needs Container Registry Repository Reader, pushing Container Registry Repository Writer, deleting Container Registry Repository Contributor, on the registry or, with an ABAC condition, on some repositories.</source>
        <translation>レジストリのロール割り当てのアクセス許可モードは &quot;RBAC Registry + ABAC Repository Permissions&quot; です。このモードでは AcrPull、AcrPush、AcrDelete ロールは適用されず、Owner、Contributor、Reader ではリポジトリにアクセスできません。プルには Container Registry Repository Reader、プッシュには Container Registry Repository Writer、削除には Container Registry Repository Contributor が、レジストリに対して、または ABAC 条件を付けて一部のリポジトリに対して必要です。</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Docker: daemon proxy configuration</source>
        <translation>Docker: デーモンのプロキシ構成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker Desktop: proxy settings</source>
        <translation>Docker Desktop: プロキシ設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker: insecure registries</source>
        <translation>Docker: 安全でないレジストリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker: certificates for a registry</source>
        <translation>Docker: レジストリの証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker contexts</source>
        <translation>Docker コンテキスト</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The Docker engine uses another proxy than this computer</source>
        <translation>Docker エンジンはこのコンピューターとは別のプロキシを使用しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>docker pull, docker push and, while the engine runs, docker login do not connect from your terminal: the Docker engine connects, with its own proxy settings. Those differ from the ones this check used (your environment&apos;s), so the engine can fail where this check succeeds, or the other way round.</source>
        <translation>docker pull、docker push、およびエンジンの実行中の docker login は、ターミナルからではなく、Docker エンジンが独自のプロキシ設定で接続します。その設定はこのチェックで使用した設定 (お使いの環境の設定) とは異なるため、このチェックが成功してもエンジンでは失敗することがあり、その逆もあります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker does not check this registry&apos;s certificate</source>
        <translation>Docker はこのレジストリの証明書を検証しません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Docker engine lists the registry among its insecure registries, so Docker connects without verifying the certificate (and falls back to plain HTTP). That is why docker login can succeed while other programs refuse the connection. Podman, Skopeo, Helm, the Azure CLI and browsers verify certificates and fail, and passwords sent to an unverified server can be read by whoever answers in its place.</source>
        <translation>Docker エンジンはこのレジストリを安全でないレジストリとして登録しているため、Docker は証明書を検証せずに接続します (さらに暗号化されていない HTTP にフォールバックします)。そのため、他のプログラムが接続を拒否しても docker login は成功することがあります。Podman、Skopeo、Helm、Azure CLI、ブラウザーは証明書を検証するため失敗します。また、検証されていないサーバーに送信したパスワードは、そのサーバーになりすまして応答した相手に読み取られるおそれがあります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine is not on this computer</source>
        <translation>Docker エンジンはこのコンピューター上にありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulls and pushes are made by the Docker engine, and it runs somewhere else: in Docker Desktop&apos;s virtual machine, in WSL 2, or on another machine through a Docker context or DOCKER_HOST. Its name resolution, trusted certificates and proxy can differ from this computer&apos;s, which this check tested.</source>
        <translation>プルとプッシュは Docker エンジンが実行しますが、エンジンは別の場所 (Docker Desktop の仮想マシン、WSL 2、または Docker コンテキストや DOCKER_HOST 経由の別のマシン) で実行されています。エンジンの名前解決、信頼された証明書、プロキシは、このチェックでテストしたこのコンピューターのものとは異なる場合があります。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was given to sign in with, and %1 has nothing saved for this registry. %1 then tries without signing in, and the registry answers unauthorized.</source>
        <translation>ログインに使う情報が指定されておらず、%1 にもこのレジストリ用に保存されたものがありません。そのため %1 はログインせずにアクセスし、レジストリは unauthorized (未承認) を返します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s credential store is not working</source>
        <translation>%1 の資格情報ストアが機能していません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asks a credential store (a docker-credential helper such as pass, secretservice, Windows Credential Manager or macOS Keychain) for the registry&apos;s login. The store named in its settings is missing or fails, so %1 cannot save or read the registry&apos;s credentials.</source>
        <translation>%1 はレジストリのログインを資格情報ストア (pass、secretservice、Windows 資格情報マネージャー、macOS キーチェーンなどの docker-credential ヘルパー) に問い合わせます。設定で指定されたストアが見つからないか動作しないため、%1 はレジストリの資格情報を保存することも読み取ることもできません。</translation>
    </message>
</context>
<context>
    <name>rd::CertificateFactory</name>
    <message>
        <location filename="../src/core/practice/certificate_factory.cpp" line="+43"/>
        <source>Could not create a certificate (%1).</source>
        <translation>証明書を作成できませんでした (%1)。</translation>
    </message>
</context>
<context>
    <name>rd::ChallengeProbe</name>
    <message>
        <location filename="../src/core/probes/challenge_probe.cpp" line="+20"/>
        <source>Skipped: no connection to the registry.</source>
        <translation>スキップ: レジストリに接続できていません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skipped: no secure connection to the registry could be set up, so nothing is sent to it.</source>
        <translation>スキップ: レジストリとの安全な接続を確立できなかったため、レジストリには何も送信しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: the secure connection is not trusted, so nothing is sent to the registry.</source>
        <translation>スキップ: セキュリティで保護された接続が信頼されていないため、レジストリには何も送信しません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The registry did not answer: %1</source>
        <translation>レジストリが応答しませんでした: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The registry answered 401 but did not say how to sign in (no WWW-Authenticate header).</source>
        <translation>レジストリは 401 を返しましたが、ログイン方法を示しませんでした (WWW-Authenticate ヘッダーがありません)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s sign-in challenge could not be read: %1</source>
        <translation>レジストリの認証要求 (チャレンジ) を読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The registry answers and asks for a token from %1 (service %2).</source>
        <translation>レジストリは応答し、%1 (サービス %2) からトークンを取得するよう求めています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry answers and asks for a user name and password (Basic sign-in).</source>
        <translation>レジストリは応答し、ユーザー名とパスワード (Basic 認証) を求めています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry asks for an unusual kind of sign-in: %1.</source>
        <translation>レジストリが通常とは異なる種類のログインを求めています: %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answers and lets anyone in without signing in.</source>
        <translation>レジストリは応答し、ログインなしで誰でもアクセスできます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry refused the connection with 403 Forbidden before any sign-in.</source>
        <translation>レジストリは、ログインの前に 403 Forbidden で接続を拒否しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused the connection: your IP address %1 is not allowed by its firewall.</source>
        <translation>レジストリが接続を拒否しました: お使いの IP アドレス %1 はレジストリのファイアウォールで許可されていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry answered 429: too many requests right now.</source>
        <translation>レジストリが 429 を返しました: 現在、要求が多すぎます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered 429: too many requests; it asks to wait %1 seconds.</source>
        <translation>レジストリが 429 を返しました: 要求が多すぎます。%1 秒待つよう求めています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry answered %1: a problem on the server&apos;s side.</source>
        <translation>レジストリが %1 を返しました: サーバー側の問題です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The address answered with a redirect (%1) at /v2/ without saying where to; a container registry never does this, and the check does not follow redirects.</source>
        <translation>このアドレスは /v2/ に対してリダイレクト (%1) を返しましたが、転送先を示しませんでした。コンテナー レジストリがこのような応答をすることはなく、チェックではリダイレクトをたどりません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address answered with a redirect (%1) to %2; a container registry never redirects /v2/, and the check does not follow it: the address leads to a web page or a sign-in portal, not to a registry.</source>
        <translation>このアドレスは %2 へのリダイレクト (%1) を返しました。コンテナー レジストリが /v2/ をリダイレクトすることはなく、チェックではたどりません。このアドレスはレジストリではなく、Web ページかサインイン ポータルにつながっています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address answered %1 at /v2/, which a container registry never does: it is not a registry, or the address is wrong.</source>
        <translation>このアドレスは /v2/ に対して %1 を返しました。コンテナー レジストリはこのような応答をしません。レジストリではないか、アドレスが間違っています。</translation>
    </message>
    <message>
        <location filename="../src/core/probes/challenge_probe.h" line="+19"/>
        <source>Registry answer</source>
        <translation>レジストリの応答</translation>
    </message>
    <message>
        <location filename="../src/core/probes/challenge_probe.cpp" line="-44"/>
        <source>The registry answers and asks for a token from %1.</source>
        <translation>レジストリは応答し、%1 からトークンを取得するよう求めています。</translation>
    </message>
</context>
<context>
    <name>rd::Check</name>
    <message>
        <location filename="../src/core/diagnosis/check.cpp" line="+106"/>
        <source>Not run: the check was cancelled.</source>
        <translation>未実行: チェックは取り消されました。</translation>
    </message>
</context>
<context>
    <name>rd::CheckingPage</name>
    <message>
        <location filename="../src/gui/checking_page.cpp" line="+79"/>
        <source>Checking</source>
        <extracomment>Name of the third step in the side list of steps (the check is running). Short: one or two words.</extracomment>
        <translation>チェック中</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show &amp;results</source>
        <translation>結果を表示(&amp;R)</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>The check could not start: %1</source>
        <translation>チェックを開始できませんでした: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking the registry…</source>
        <translation>レジストリをチェックしています…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking %1…</source>
        <translation>%1 をチェックしています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check was stopped</source>
        <translation>チェックは中止されました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check finished</source>
        <translation>チェックが完了しました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked %1</source>
        <translation>%1 のチェックが完了しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the registry</source>
        <translation>レジストリのチェック</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking %1</source>
        <translation>%1 のチェック</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %n checks done. This usually takes a few seconds.</source>
        <translation>
            <numerusform>%n 項目中 %1 項目のチェックが完了しました。通常は数秒で終わります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n checks ran before you stopped. Go on to see what they found.</source>
        <translation>
            <numerusform>中止するまでに %n 項目中 %1 項目のチェックが実行されました。次へ進むと、見つかった内容を確認できます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %n checks done in %1. No problem found.</source>
        <translation>
            <numerusform>全 %n 項目のチェックが %1 で完了しました。問題は見つかりませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check starts in a moment.</source>
        <translation>まもなくチェックを開始します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <extracomment>Screen-reader name of the progress bar.</extracomment>
        <translation>進行状況</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks</source>
        <extracomment>Screen-reader name of the list of individual checks (noun, plural).</extracomment>
        <translation>チェック項目</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>All %1 checks done in %2. %n problem(s) found.</source>
        <extracomment>%1 is the number of checks (always several), %2 how long they took; %n counts the problems.</extracomment>
        <translation>
            <numerusform>全 %1 項目のチェックが %2 で完了しました。問題が %n 件見つかりました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CliApp</name>
    <message>
        <location filename="../src/cli/cli_app.cpp" line="+124"/>
        <source>Run registry-doctor-cli --help for usage.</source>
        <translation>使用法を表示するには registry-doctor-cli --help を実行してください。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Passwords are never accepted as arguments: they would be visible to other programs and kept in your shell history. Use --password-stdin.</source>
        <translation>パスワードを引数として受け付けることはありません。ほかのプログラムから見えてしまい、シェルの履歴にも残るためです。--password-stdin を使用してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected argument: %1</source>
        <translation>想定外の引数です: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use &quot;practice --list&quot; to see the scenarios, and &quot;check --practice SCENARIO&quot; to run one.</source>
        <translation>「practice --list」でシナリオの一覧を表示し、「check --practice SCENARIO」で実行します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command: %1</source>
        <translation>不明なコマンドです: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give one registry only.</source>
        <translation>レジストリは 1 つだけ指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which registry? Example: registry-doctor-cli check myregistry.azurecr.io</source>
        <translation>どのレジストリですか? 例: registry-doctor-cli check myregistry.azurecr.io</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+138"/>
        <source>Unknown format &quot;%1&quot;: use text, json or markdown.</source>
        <translation>不明な形式「%1」です。text、json、markdown のいずれかを使用してください。</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>--action must be pull or push.</source>
        <translation>--action には pull または push を指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository names are lowercase, without spaces: %1</source>
        <translation>リポジトリ名は小文字で、スペースを含めません: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown sign-in method &quot;%1&quot;: use auto, azure-cli, password, token, docker or azure-service.</source>
        <translation>不明なログイン方法「%1」です。auto、azure-cli、password、token、docker、azure-service のいずれかを使用してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking as Docker sees it (%1).</source>
        <translation>Docker から見た状態を確認しています (%1)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking as Podman sees it: %1 is Podman&apos;s Docker emulation.</source>
        <translation>Podman から見た状態を確認しています。%1 は Podman による Docker のエミュレーションです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking as Podman sees it: there is no docker command, only %1.</source>
        <translation>Podman から見た状態を確認しています。docker コマンドはなく、%1 だけがあります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking as Docker sees it: neither docker nor podman is installed.</source>
        <translation>Docker から見た状態を確認しています。docker も podman もインストールされていません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown symptom &quot;%1&quot;. See registry-doctor-cli symptoms.</source>
        <translation>不明な症状「%1」です。registry-doctor-cli symptoms を参照してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--timeout takes a number of seconds between 1 and 600.</source>
        <translation>--timeout には 1 から 600 までの秒数を指定してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>証明書ファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 に PEM 証明書が含まれていません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--password-stdin needs --username.</source>
        <translation>--password-stdin には --username が必要です。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown practice scenario &quot;%1&quot;. See registry-doctor-cli practice --list.</source>
        <translation>不明な練習シナリオ「%1」です。registry-doctor-cli practice --list を参照してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The practice registry could not start: %1</source>
        <translation>練習用レジストリを起動できませんでした: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a registry address. %2</source>
        <translation>「%1」はレジストリのアドレスではありません。%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking %1...</source>
        <translation>%1 をチェックしています...</translation>
    </message>
    <message>
        <location line="+126"/>
        <location line="+26"/>
        <location line="+9"/>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <translation>不明な形式「%1」です。text または json を使用してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Paste the error message on standard input, for example:
  docker login myregistry.azurecr.io 2&gt;&amp;1 | registry-doctor-cli explain</source>
        <translation>エラー メッセージを標準入力に貼り付けてください。例:
  docker login myregistry.azurecr.io 2&gt;&amp;1 | registry-doctor-cli explain</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This message is not one the tool knows. Run a full check instead:</source>
        <translation>このメッセージは、このツールが認識できるものではありません。代わりに完全なチェックを実行してください:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Likely causes: %1</source>
        <extracomment>%1 is a list of cause titles.</extracomment>
        <translation>考えられる原因: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>To confirm, run:</source>
        <translation>確認するには、次を実行してください:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Run one with: registry-doctor-cli check --practice SCENARIO</source>
        <translation>実行するには: registry-doctor-cli check --practice SCENARIO</translation>
    </message>
    <message>
        <location line="-333"/>
        <location line="+25"/>
        <source>no such file</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+88"/>
        <source>The report could not be written to standard output.</source>
        <translation>レポートを標準出力に書き込めませんでした。</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Printed by: %1</source>
        <extracomment>%1 is the program that printed the message: docker, buildkit, podman, helm, oras, containerd, kubelet, az, aws or gcloud.</extracomment>
        <translation>出力元: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Most likely: %1</source>
        <extracomment>%1 is a cause title.</extracomment>
        <translation>最も可能性が高い原因: %1</translation>
    </message>
    <message>
        <location line="-389"/>
        <source>Every registry Docker has a login for, at once:
  registry-doctor-cli check --all [--timeout SECONDS] [--format text|json]
</source>
        <translation>Docker がログイン情報を持つすべてのレジストリを一度に:
  registry-doctor-cli check --all [--timeout SECONDS] [--format text|json]
</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>No saved logins found in %1.</source>
        <translation>%1 に保存されたログインはありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the saved logins in %1...</source>
        <translation>%1 に保存されたログインを確認しています...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Registry</source>
        <translation>レジストリ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (expired)</source>
        <translation>%1 (期限切れ)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not tested</source>
        <translation>未確認</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>works</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fails</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>--docker-config-json gives the credentials: do not give --username or --password-stdin with it.</source>
        <translation>--docker-config-json で資格情報を指定するため、--username や --password-stdin と一緒に指定しないでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Cannot read the pull secret %1: %2</source>
        <translation>プル シークレット %1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>Registry: %1 (%2)</source>
        <extracomment>%1 is the registry&apos;s address; %2 the kind of registry: a service&apos;s name (&quot;Docker Hub&quot;, &quot;Azure Container Registry&quot;) or &quot;container registry&quot;.</extracomment>
        <translation>レジストリ: %1 (%2)</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>Checking as Helm sees it: there is no docker or podman command, only %1.</source>
        <translation>Helm から見た状態を確認しています。docker コマンドも podman コマンドもなく、%1 だけがあります。</translation>
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
        <translation>使用法:
  registry-doctor-cli check REGISTRY [--username USER] [--password-stdin] [--repository REPO]
      [--action pull|push] [--symptom ID]... [--sign-in METHOD] [--ca-file PEM] [--timeout SECONDS]
      [--client docker|podman|helm|auto] [--docker-config-json FILE] [--lang CODE] [--format text|json|markdown]
  registry-doctor-cli check --practice SCENARIO [上記と同じオプション]
  registry-doctor-cli practice --list [--format json]
  registry-doctor-cli symptoms [--format json] [--lang CODE]
  registry-doctor-cli causes [--format json] [--lang CODE]
  registry-doctor-cli explain [--format text|json] [--lang CODE]   (エラー メッセージは標準入力から)
  registry-doctor-cli --version | --help

コンテナー レジストリへのログインが失敗する原因を調べ、解決方法を示します。
パスワードとトークンは、標準入力 (--password-stdin) または Docker が保存したものからのみ読み取ります。
引数では絶対に指定しないでください。

終了コード: 0 問題なし、1 問題あり、2 使用法または入力が正しくない、3 チェックを実行できなかった。
</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Unknown client &quot;%1&quot;: use docker, podman, helm or auto.</source>
        <translation>不明なクライアント「%1」です。docker、podman、helm、auto のいずれかを使用してください。</translation>
    </message>
</context>
<context>
    <name>rd::ClockProbe</name>
    <message>
        <location filename="../src/core/probes/clock_probe.cpp" line="+11"/>
        <source>Skipped: the registry&apos;s answer had no date to compare with.</source>
        <translation>スキップ: レジストリの応答に、比較できる日時が含まれていませんでした。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer&apos;s clock is %1 ahead of the registry&apos;s.</source>
        <translation>このコンピューターの時計はレジストリより %1 進んでいます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s clock is %1 behind the registry&apos;s.</source>
        <translation>このコンピューターの時計はレジストリより %1 遅れています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer&apos;s clock agrees with the registry&apos;s (difference under a minute).</source>
        <translation>このコンピューターの時計はレジストリと一致しています (差は 1 分未満)。</translation>
    </message>
    <message>
        <location filename="../src/core/probes/clock_probe.h" line="+15"/>
        <source>Clock</source>
        <translation>時計</translation>
    </message>
</context>
<context>
    <name>rd::CollapsibleSection</name>
    <message>
        <location filename="../src/gui/collapsible_section.cpp" line="+89"/>
        <source>Expanded; press Space to fold</source>
        <translation>展開されています。Space キーで折りたたみます</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folded; press Space to open</source>
        <translation>折りたたまれています。Space キーで展開します</translation>
    </message>
</context>
<context>
    <name>rd::CommandBox</name>
    <message>
        <location filename="../src/gui/command_box.cpp" line="+78"/>
        <location line="+11"/>
        <source>Copied</source>
        <extracomment>Button text for a moment after the command was copied. Keep it about as short as &quot;Copy&quot;.</extracomment>
        <translation>コピーしました</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Copied to the clipboard</source>
        <translation>クリップボードにコピーしました</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Copy</source>
        <extracomment>Button that copies a command to the clipboard (verb). Short.</extracomment>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy command: %1</source>
        <extracomment>Screen-reader name of the copy button; %1 is the command itself (not translated).</extracomment>
        <translation>コマンドをコピー: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to the clipboard</source>
        <translation>クリップボードにコピー</translation>
    </message>
</context>
<context>
    <name>rd::CredentialStoreProbe</name>
    <message>
        <location filename="../src/core/probes/credential_store_probe.cpp" line="+21"/>
        <source>Docker&apos;s stored login</source>
        <translation>Docker に保存されたログイン</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Without a usable registry name there is nothing to look up in Docker&apos;s store.</source>
        <translation>使用できるレジストリ名がないため、Docker のストアで検索するものがありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker&apos;s configuration was not checked, so its stored login was not looked up.</source>
        <translation>Docker の構成がチェックされなかったため、保存されたログインは検索していません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Docker&apos;s config file could not be read, so what Docker has stored for this registry is unknown.</source>
        <translation>Docker の構成ファイルを読み取れなかったため、このレジストリについて Docker が何を保存しているかわかりません。</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Docker has nothing stored for this registry (%1): no credential store is set and the config file holds no login for it.</source>
        <translation>Docker にはこのレジストリ (%1) 用に保存されたものがありません。資格情報ストアが設定されておらず、構成ファイルにもログイン情報がありません。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Docker&apos;s config file holds an identity token for %1 (user %2), as left by az acr login.</source>
        <translation>Docker の構成ファイルに、az acr login で保存された %1 用の ID トークン (ユーザー %2) があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker&apos;s config file holds a user name and password for %1 (user %2).</source>
        <translation>Docker の構成ファイルに、%1 用のユーザー名とパスワード (ユーザー %2) があります。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Docker&apos;s config names the credential store &quot;%1&quot; (%2), but its program %3 is not installed. Docker cannot save or read logins for this registry: install it, or remove &quot;%1&quot; from %2 in %4 and log in again.</source>
        <translation>Docker の構成で資格情報ストア「%1」(%2) が指定されていますが、そのプログラム %3 がインストールされていません。Docker はこのレジストリのログインを保存することも読み取ることもできません。プログラムをインストールするか、%4 の %2 から「%1」を削除して、もう一度ログインしてください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The credential helper %1 could not be started: %2</source>
        <translation>資格情報ヘルパー %1 を起動できませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The credential helper %1 did not answer within %n second(s). Docker waits for it on every login, push and pull; it may be waiting for an unlock prompt or be stuck.</source>
        <translation>
            <numerusform>資格情報ヘルパー %1 が %n 秒以内に応答しませんでした。Docker はログイン、プッシュ、プルのたびにこのヘルパーを待ちます。ロック解除の確認を待っているか、応答しなくなっている可能性があります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The credential helper %1 crashed when Docker&apos;s login for %2 was asked for.</source>
        <translation>Docker の %2 用ログインを要求したところ、資格情報ヘルパー %1 がクラッシュしました。</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The credential store &quot;%1&quot; has an entry for %2 (user %3), but it holds no password or token.</source>
        <translation>資格情報ストア「%1」に %2 のエントリ (ユーザー %3) がありますが、パスワードもトークンも含まれていません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The credential store &quot;%1&quot; holds an identity token for %2 (user %3), as left by az acr login.</source>
        <translation>資格情報ストア「%1」に、az acr login で保存された %2 用の ID トークン (ユーザー %3) があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credential store &quot;%1&quot; holds a user name and password for %2 (user %3).</source>
        <translation>資格情報ストア「%1」に、%2 用のユーザー名とパスワード (ユーザー %3) があります。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The credential store &quot;%1&quot; has nothing saved for this registry (%2): nobody has logged in to it with docker on this account, or the login was removed.</source>
        <translation>資格情報ストア「%1」には、このレジストリ (%2) 用に保存されたものがありません。このアカウントで docker を使ってログインしたことがないか、ログインが削除されています。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The credential store &quot;%1&quot; fails: %2 answered &quot;%3&quot; (exit code %4). Docker cannot read or save logins for this registry while it fails.</source>
        <translation>資格情報ストア「%1」でエラーが発生しています: %2 が「%3」と応答しました (終了コード %4)。このエラーが続く間、Docker はこのレジストリのログインを読み取ることも保存することもできません。</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The credential store &quot;%1&quot; answered with something that is not a credential, so Docker cannot use it (%2 printed %n byte(s) of unreadable output).</source>
        <translation>
            <numerusform>資格情報ストア「%1」が資格情報ではないものを返したため、Docker はこれを使用できません (%2 が読み取れない出力を %n バイト出力しました)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-356"/>
        <source>Docker&apos;s config names the credential store &quot;%1&quot; (%2), which is not a program name (only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;). It was not run. Correct or remove it in %3, then log in again.</source>
        <translation>Docker の構成で資格情報ストア「%1」(%2) が指定されていますが、これはプログラム名ではありません (使用できるのは英字、数字、&apos;.&apos;、&apos;_&apos;、&apos;-&apos; のみです)。実行されませんでした。%3 で修正または削除してから、もう一度ログインしてください。</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Docker keeps logins with pass, but pass has not been set up on this account (%1 has no .gpg-id file). Nothing can be read from it, and docker login fails with &quot;pass not initialized&quot; until it is set up.</source>
        <translation>Docker は pass でログインを保存しますが、このアカウントでは pass がセットアップされていません (%1 に .gpg-id ファイルがありません)。何も読み取れず、セットアップするまで docker login は &quot;pass not initialized&quot; で失敗します。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Docker keeps logins with pass, whose store (%1) is locked with the GPG key %2, but that key&apos;s secret part is not on this computer. pass cannot decrypt what it holds, so Docker cannot read or save logins.</source>
        <translation>Docker は pass でログインを保存しますが、そのストア (%1) は GPG キー %2 で暗号化されており、このキーの秘密部分がこのコンピューターにありません。pass は保存内容を復号できないため、Docker はログインを読み取ることも保存することもできません。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Docker keeps logins with secretservice, the desktop&apos;s keyring, which needs a desktop session: %1 answered &quot;%2&quot;. Over SSH, in a container or on a server there is none, so Docker cannot read or save logins.</source>
        <translation>Docker は secretservice (デスクトップのキーリング) でログインを保存しますが、これにはデスクトップ セッションが必要です。%1 の応答は「%2」でした。SSH 経由、コンテナー内、サーバー上ではセッションがないため、Docker はログインを読み取ることも保存することもできません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The credential store &quot;%1&quot; fails: %2 printed nothing and ended with exit code %3. Docker cannot read or save logins for this registry while it fails.</source>
        <translation>資格情報ストア「%1」でエラーが発生しています: %2 は何も出力せずに終了コード %3 で終了しました。このエラーが続く間、Docker はこのレジストリのログインを読み取ることも保存することもできません。</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>Podman has nothing stored for this registry (%1): none of its login files holds a login for it.</source>
        <translation>Podman にはこのレジストリ (%1) 用に保存されたものがありません。Podman のどのログイン ファイルにも、このレジストリのログインはありません。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Helm has nothing stored for this registry (%1): neither its registry config nor Docker&apos;s config holds a login for it, and no credential store they name has one.</source>
        <translation>Helm にはこのレジストリ (%1) 用に保存されたものがありません。Helm のレジストリ構成にも Docker の構成にもこのレジストリのログインはなく、そこで指定された資格情報ストアにもありません。</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>%1&apos;s stored login</source>
        <extracomment>%1 is the client: Podman or Helm.</extracomment>
        <translation>%1 の保存済みログイン</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1&apos;s login file could not be read, so what %1 has stored for this registry is unknown.</source>
        <translation>%1 のログイン ファイルを読み取れなかったため、このレジストリについて %1 が何を保存しているかわかりません。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1&apos;s login file has an entry for %2, but its saved login is damaged, so %1 has nothing usable stored for this registry.</source>
        <translation>%1 のログイン ファイルに %2 のエントリがありますが、保存されたログインが壊れているため、このレジストリ用に使える情報が %1 にありません。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%3 reads an identity token for %1 (user %2) from %4.</source>
        <translation>%3 は %4 から %1 用の ID トークン (ユーザー %2) を読み取ります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%3 reads a user name and password for %1 (user %2) from %4.</source>
        <translation>%3 は %4 から %1 用のユーザー名とパスワード (ユーザー %2) を読み取ります。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%4 names the credential store &quot;%1&quot; (%2), but its program %3 is not installed. %5 cannot save or read logins for this registry: install it, or remove &quot;%1&quot; from %2 in %4 and log in again.</source>
        <translation>%4 で資格情報ストア「%1」(%2) が指定されていますが、そのプログラム %3 がインストールされていません。%5 はこのレジストリのログインを保存することも読み取ることもできません。プログラムをインストールするか、%4 の %2 から「%1」を削除して、もう一度ログインしてください。</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>The credential helper %1 did not answer within %n second(s). %2 waits for it on every login, push and pull; it may be waiting for an unlock prompt or be stuck.</source>
        <translation>
            <numerusform>資格情報ヘルパー %1 が %n 秒以内に応答しませんでした。%2 はログイン、プッシュ、プルのたびにこのヘルパーを待ちます。ロック解除の確認を待っているか、応答しなくなっている可能性があります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The credential helper %1 crashed when %3&apos;s login for %2 was asked for.</source>
        <translation>%3 の %2 用ログインを要求したところ、資格情報ヘルパー %1 がクラッシュしました。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%2 keeps logins with pass, but pass has not been set up on this account (%1 has no .gpg-id file). Nothing can be read from it, and %3 fails with &quot;pass not initialized&quot; until it is set up.</source>
        <translation>%2 は pass でログインを保存しますが、このアカウントでは pass がセットアップされていません (%1 に .gpg-id ファイルがありません)。何も読み取れず、セットアップするまで %3 は &quot;pass not initialized&quot; で失敗します。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%3 keeps logins with pass, whose store (%1) is locked with the GPG key %2, but that key&apos;s secret part is not on this computer. pass cannot decrypt what it holds, so %3 cannot read or save logins.</source>
        <translation>%3 は pass でログインを保存しますが、そのストア (%1) は GPG キー %2 で暗号化されており、このキーの秘密部分がこのコンピューターにありません。pass は保存内容を復号できないため、%3 はログインを読み取ることも保存することもできません。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The credential store &quot;%1&quot; has nothing saved for this registry (%2): nobody has signed in to it with %3 on this account, or the login was removed.</source>
        <translation>資格情報ストア「%1」には、このレジストリ (%2) 用に保存されたものがありません。このアカウントで %3 を使ってログインしたことがないか、ログインが削除されています。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%3 keeps logins with secretservice, the desktop&apos;s keyring, which needs a desktop session: %1 answered &quot;%2&quot;. Over SSH, in a container or on a server there is none, so %3 cannot read or save logins.</source>
        <translation>%3 は secretservice (デスクトップのキーリング) でログインを保存しますが、これにはデスクトップ セッションが必要です。%1 の応答は「%2」でした。SSH 経由、コンテナー内、サーバー上ではセッションがないため、%3 はログインを読み取ることも保存することもできません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The credential store &quot;%1&quot; fails: %2 printed nothing and ended with exit code %3. %4 cannot read or save logins for this registry while it fails.</source>
        <translation>資格情報ストア「%1」でエラーが発生しています: %2 は何も出力せずに終了コード %3 で終了しました。このエラーが続く間、%4 はこのレジストリのログインを読み取ることも保存することもできません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The credential store &quot;%1&quot; fails: %2 answered &quot;%3&quot; (exit code %4). %5 cannot read or save logins for this registry while it fails.</source>
        <translation>資格情報ストア「%1」でエラーが発生しています: %2 が「%3」と応答しました (終了コード %4)。このエラーが続く間、%5 はこのレジストリのログインを読み取ることも保存することもできません。</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>The credential store &quot;%1&quot; answered with something that is not a credential, so %3 cannot use it (%2 printed %n byte(s) of unreadable output).</source>
        <translation>
            <numerusform>資格情報ストア「%1」が資格情報ではないものを返したため、%3 はこれを使用できません (%2 が読み取れない出力を %n バイト出力しました)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CredentialsProbe</name>
    <message>
        <location filename="../src/core/probes/credentials_probe.cpp" line="+196"/>
        <source>Skipped: the registry lets anyone in, so there is no sign-in to test.</source>
        <translation>スキップ: このレジストリは誰でもアクセスできるため、テストするログインがありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: the registry did not ask for a sign-in.</source>
        <translation>スキップ: レジストリがログインを求めませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password read from standard input was empty, so there is nothing to sign in with. In a pipeline this is usually a secret variable that is not set for this run.</source>
        <translation>標準入力から読み取ったパスワードが空だったため、サインインに使うものがありません。パイプラインでは、この実行に対してシークレット変数が設定されていないことがほとんどです。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There are no credentials to sign in with: none were given and Docker has none saved for %1.</source>
        <translation>ログインに使う資格情報がありません。何も指定されておらず、Docker にも %1 用に保存されたものがありません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Signed in as %1 with a user name and password.</source>
        <translation>ユーザー名とパスワードで %1 としてログインしました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The registry asks for a kind of sign-in this check does not test (%1).</source>
        <translation>レジストリは、このチェックではテストしない種類のログイン (%1) を求めています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry names a token service at &quot;%1&quot;, which is not a secure (https) address: no password is sent there.</source>
        <translation>レジストリは「%1」のトークン サービスを指定していますが、これはセキュリティで保護された (https) アドレスではありません。パスワードはそこへは送信しません。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The token service began to answer, but its answer did not arrive whole, so the check is without a token: %1</source>
        <translation>トークン サービスは応答を始めましたが、応答が最後まで届かなかったため、トークンなしでチェックを続けます: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The token service answered with more than %1 KiB, and without a token; the check stopped reading.</source>
        <translation>トークン サービスが %1 KiB を超える応答を返し、トークンが含まれていなかったため、チェックは読み取りを中止しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token service answered, but without a token (the answer is not the JSON a token service sends).</source>
        <translation>トークン サービスは応答しましたが、トークンが含まれていません (トークン サービスが返す JSON ではありません)。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signed in as %1: the token service gave a token and the registry accepted it.</source>
        <translation>%1 としてログインしました。トークン サービスがトークンを発行し、レジストリがそれを受け入れました。</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>The saved sign-in expires in %1.</source>
        <translation>保存されたログインの有効期限まで、あと %1 です。</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>The token service gave a token, but the registry did not answer when it was used: %1</source>
        <translation>トークン サービスはトークンを発行しましたが、それを使用したときにレジストリが応答しませんでした: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The token service gave a token that had already expired (at %1), and the registry refused it (%2): the registry&apos;s token service and the registry disagree.</source>
        <translation>トークン サービスが発行したトークンはすでに期限切れで (%1)、レジストリに拒否されました (%2)。レジストリのトークン サービスとレジストリの間で食い違いがあります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token service gave a token, but the registry refused it (%1).</source>
        <translation>トークン サービスはトークンを発行しましたが、レジストリに拒否されました (%1)。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sign-in request got no answer: %1</source>
        <translation>ログイン要求に応答がありませんでした: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The registry does not know the user name &quot;%1&quot; (&quot;Application not registered with AAD&quot;).</source>
        <translation>レジストリはユーザー名「%1」を認識していません (「Application not registered with AAD」)。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The token itself says it expired at %1; a token from aws ecr get-login-password lasts 12 hours.</source>
        <translation>トークン自体には %1 に有効期限が切れたと記録されています。aws ecr get-login-password のトークンの有効期間は 12 時間です。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The registry refused the saved identity token (401).</source>
        <translation>レジストリが保存された ID トークンを拒否しました (401)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused the user name and password for %1 (401 &quot;authentication required&quot;).</source>
        <translation>レジストリが %1 のユーザー名とパスワードを拒否しました (401「authentication required」)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-in answered with a redirect (%1) to %2; the check does not follow it, and sends the password nowhere else.</source>
        <translation>ログインに対して %2 へのリダイレクト (%1) が返されました。チェックではこれをたどらず、パスワードをほかの場所に送信することもありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unnamed place</source>
        <translation>名前のない転送先</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in failed with status %1: %2</source>
        <translation>ログインに失敗しました (状態 %1): %2</translation>
    </message>
    <message>
        <location filename="../src/core/probes/credentials_probe.h" line="+24"/>
        <source>Sign-in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <location filename="../src/core/probes/credentials_probe.cpp" line="-120"/>
        <source>Signed in with the saved Azure sign-in (identity token): the token service gave a token and the registry accepted it.</source>
        <translation>保存された Azure のサインイン (ID トークン) でログインしました。トークン サービスがトークンを発行し、レジストリがそれを受け入れました。</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>The saved sign-in (identity token) expired %n minute(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>保存されたログイン (ID トークン) は %n 分前の %1 に期限切れになり、レジストリに %2 で拒否されました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The saved sign-in (identity token) expired %n hour(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>保存されたログイン (ID トークン) は %n 時間前の %1 に期限切れになり、レジストリに %2 で拒否されました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The saved sign-in (identity token) expired %n day(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>保存されたログイン (ID トークン) は %n 日前の %1 に期限切れになり、レジストリに %2 で拒否されました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The registry says the saved token has expired (%1): &quot;%2&quot;</source>
        <translation>レジストリによると、保存されたトークンは期限切れです (%1):「%2」</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Not tested: the sign-in could not be tried, because the registry&apos;s first answer was not usable.</source>
        <translation>未テスト: レジストリの最初の応答が使用できなかったため、ログインを試せませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not tested: the sign-in could not be tried, because there is no working connection to the registry.</source>
        <translation>未テスト: レジストリへの接続が機能していないため、ログインを試せませんでした。</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Amazon ECR refused the token with 400 Bad Request: it was made for another region or AWS account than %1.</source>
        <translation>Amazon ECR は 400 Bad Request でトークンを拒否しました。このトークンは %1 とは別のリージョンまたは AWS アカウント用に作成されています。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The token service refused the user name and password for %1 (401): &quot;%2&quot;</source>
        <translation>トークン サービスは %1 のユーザー名とパスワードを拒否しました (401):「%2」</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>There are no credentials to sign in with: none were given and %2 has none saved for %1.</source>
        <translation>ログインに使う資格情報がありません。何も指定されておらず、%2 にも %1 用に保存されたものがありません。</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>When the access token expires is not known: Google&apos;s tokeninfo (oauth2.googleapis.com) says the token is not valid (expired or revoked).</source>
        <translation>アクセス トークンの有効期限は不明です。Google の tokeninfo (oauth2.googleapis.com) は、このトークンが有効でない (期限切れまたは取り消し済み) と応答しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the access token expires is not known: Google&apos;s tokeninfo (oauth2.googleapis.com) did not tell (%1).</source>
        <translation>アクセス トークンの有効期限は不明です。Google の tokeninfo (oauth2.googleapis.com) から有効期限を取得できませんでした (%1)。</translation>
    </message>
    <message>
        <location line="+332"/>
        <source>The registry refused the access token (%1), and Google&apos;s tokeninfo (oauth2.googleapis.com) says the token is no longer valid: it has expired (a token from gcloud auth print-access-token lasts one hour) or was revoked.</source>
        <translation>レジストリはアクセス トークンを拒否しました (%1)。Google の tokeninfo (oauth2.googleapis.com) によると、このトークンはもう有効ではありません。期限切れ (gcloud auth print-access-token のトークンの有効期間は 1 時間) か、取り消されています。</translation>
    </message>
</context>
<context>
    <name>rd::DnsProbe</name>
    <message>
        <location filename="../src/core/probes/dns_probe.cpp" line="+30"/>
        <source>Skipped: there is no registry address to check.</source>
        <translation>スキップ: チェックするレジストリのアドレスがありません。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The DNS server did not answer.</source>
        <translation>DNS サーバーが応答しませんでした。</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The name %1 does not exist in DNS.</source>
        <translation>名前 %1 は DNS に存在しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name %1 could not be looked up: %2</source>
        <translation>名前 %1 を解決できませんでした: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy looks names up itself, so this may not matter.</source>
        <translation>プロキシが自分で名前を解決するため、これは問題にならない可能性があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 resolves to %2.</source>
        <translation>%1 は %2 に解決されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alias chain: %1.</source>
        <translation>エイリアスのチェーン: %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a private endpoint: it is reachable only from the registry&apos;s virtual network or a network connected to it.</source>
        <translation>これはプライベート エンドポイントです。レジストリの仮想ネットワーク、またはそれに接続されたネットワークからしか到達できません。</translation>
    </message>
    <message>
        <location filename="../src/core/probes/dns_probe.h" line="+23"/>
        <source>Name lookup (DNS)</source>
        <translation>名前解決 (DNS)</translation>
    </message>
</context>
<context>
    <name>rd::DockerClientProbe</name>
    <message>
        <location filename="../src/core/probes/docker_client_probe.cpp" line="+13"/>
        <source>Docker client</source>
        <translation>Docker クライアント</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The docker command was not found on this computer (it is not on PATH). Install Docker, or open a shell where the docker command works.</source>
        <translation>このコンピューターで docker コマンドが見つかりませんでした (PATH にありません)。Docker をインストールするか、docker コマンドが使えるシェルを開いてください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The docker program at %1 could not be started: %2</source>
        <translation>%1 の docker プログラムを起動できませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The docker command did not answer within %n second(s) (&quot;docker version&quot; hung).</source>
        <translation>
            <numerusform>docker コマンドが %n 秒以内に応答しませんでした (「docker version」が応答を停止しました)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The docker command crashed while printing its version.</source>
        <translation>docker コマンドがバージョンの出力中にクラッシュしました。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The docker command at %1 runs, but its version could not be read from what it printed.</source>
        <translation>%1 の docker コマンドは実行できますが、出力からバージョンを読み取れませんでした。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Docker %1 is installed, which is older than %2, the oldest version that works with this registry&apos;s login. Update Docker.</source>
        <translation>インストールされている Docker %1 は、このレジストリへのログインに対応する最も古いバージョン %2 より古いものです。Docker を更新してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker %1 is installed.</source>
        <translation>Docker %1 がインストールされています。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The docker command at %1 is Podman %2 in Docker emulation, not Docker.</source>
        <translation>%1 の docker コマンドは Docker ではなく、Docker エミュレーションの Podman %2 です。</translation>
    </message>
</context>
<context>
    <name>rd::DockerConfigProbe</name>
    <message>
        <location filename="../src/core/probes/docker_config_probe.cpp" line="+55"/>
        <source>Docker configuration</source>
        <translation>Docker の構成</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>There is no Docker config yet at %1 (nobody has logged in with docker on this account).</source>
        <translation>%1 にはまだ Docker の構成がありません (このアカウントで docker を使ってログインしたことがありません)。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Docker config file %1 is empty. Docker treats it as having no settings and no saved logins.</source>
        <translation>Docker の構成ファイル %1 は空です。Docker は、設定も保存されたログインもないものとして扱います。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Docker config file %1 cannot be used (%2). Docker fails to read it too: fix or remove the file, then log in again.</source>
        <translation>Docker の構成ファイル %1 を使用できません (%2)。Docker も読み取れません。ファイルを修正または削除してから、もう一度ログインしてください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Docker&apos;s config file %1 was read. Without a usable registry name, nothing in it was looked up.</source>
        <translation>Docker の構成ファイル %1 を読み取りました。使用できるレジストリ名がないため、中身は検索していません。</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Docker keeps the login for %1 in the credential helper &quot;%2&quot; (credHelpers).</source>
        <translation>Docker は %1 のログインを資格情報ヘルパー「%2」(credHelpers) に保存しています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker keeps logins in the credential store &quot;%1&quot; (credsStore).</source>
        <translation>Docker はログインを資格情報ストア「%1」(credsStore) に保存しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file itself holds a login for %1.</source>
        <translation>ファイル自体に %1 のログインが含まれています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file holds no login for %1.</source>
        <translation>ファイルに %1 のログインは含まれていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker&apos;s config file %1 was read. %2</source>
        <translation>Docker の構成ファイル %1 を読み取りました。%2</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>There is no Docker config at %1, so Docker keeps logins in its default credential store for this system, &quot;%2&quot;.</source>
        <translation>%1 に Docker の構成がないため、Docker はこのシステムの既定の資格情報ストア「%2」にログインを保存します。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1&apos;s login file %2 has an entry for %3, but its saved login is damaged (the &quot;auth&quot; value is not a readable user name and password). Log in again.</source>
        <extracomment>%1 is the client (Docker, Podman, Helm), %2 its login file, %3 the registry.</extracomment>
        <translation>%1 のログイン ファイル %2 に %3 のエントリがありますが、保存されたログインが壊れています (「auth」の値から読み取れるユーザー名とパスワードが得られません)。もう一度ログインしてください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file names no credential store, so Docker keeps logins in its default store for this system, &quot;%1&quot;.</source>
        <translation>このファイルは資格情報ストアを指定していないため、Docker はこのシステムの既定のストア「%1」にログインを保存します。</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Podman cannot use its login file %1 (%2) and stops looking there, so it finds no login for any registry. Fix or remove the file, then sign in again.</source>
        <translation>Podman はログイン ファイル %1 を使用できず (%2)、そこで検索を止めるため、どのレジストリのログインも見つけられません。ファイルを修正または削除してから、もう一度ログインしてください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Podman takes the login for %1 from the credential helper &quot;%2&quot;, as %3 says (credHelpers).</source>
        <translation>Podman は、%3 の指定 (credHelpers) に従い、%1 のログインを資格情報ヘルパー「%2」から取得します。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Podman reads the login for %1 from %2, the first of its login files that has one (entry &quot;%3&quot;).</source>
        <translation>Podman は %1 のログインを %2 から読み取ります。これは、ログインを含む最初のログイン ファイルです (エントリ「%3」)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None of the files Podman reads logins from has one for %1: %2. Podman does not use Docker&apos;s credential store.</source>
        <translation>Podman がログインを読み取るファイルのいずれにも、%1 のログインはありません: %2。Podman は Docker の資格情報ストアを使用しません。</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Helm cannot use its registry config %1 (%2): every helm command that talks to a registry stops with an error there. Fix or remove the file, then sign in again with helm registry login.</source>
        <translation>Helm はレジストリ構成 %1 を使用できません (%2)。レジストリと通信する helm コマンドはすべて、そこでエラーになって停止します。ファイルを修正または削除してから、helm registry login でもう一度ログインしてください。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Neither Helm&apos;s registry config %1 nor Docker&apos;s config %2 has a login for %3, and neither names a credential store for it.</source>
        <translation>Helm のレジストリ構成 %1 にも Docker の構成 %2 にも %3 のログインはなく、どちらもその資格情報ストアを指定していません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helm&apos;s registry config %1 has no login for %2, and Helm skips Docker&apos;s config %3, which it cannot read (%4).</source>
        <translation>Helm のレジストリ構成 %1 には %2 のログインがありません。また、Helm は読み取れない Docker の構成 %3 をスキップします (%4)。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Helm reads logins from its registry config %1, then from Docker&apos;s config %2. For %3 it asks, in this order, until one has a login: %4.</source>
        <translation>Helm はログインをレジストリ構成 %1 から読み取り、次に Docker の構成 %2 から読み取ります。%3 については、ログインが見つかるまで次の順序で問い合わせます: %4。</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>%1&apos;s login files</source>
        <extracomment>%1 is the client: Podman (its auth.json files) or Helm (its registry config, then Docker&apos;s).</extracomment>
        <translation>%1 のログイン ファイル</translation>
    </message>
</context>
<context>
    <name>rd::DockerDaemonProbe</name>
    <message>
        <location filename="../src/core/probes/docker_daemon_probe.cpp" line="+10"/>
        <source>Docker daemon</source>
        <translation>Docker デーモン</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Docker client was not checked, so the daemon was not checked either.</source>
        <translation>Docker クライアントがチェックされなかったため、デーモンもチェックしていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker is not installed, so there is no Docker daemon to check.</source>
        <translation>Docker がインストールされていないため、チェックする Docker デーモンがありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The docker command did not say whether its daemon answers (its version output could not be read).</source>
        <translation>docker コマンドからデーモンが応答するかどうかがわかりませんでした (バージョンの出力を読み取れませんでした)。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Docker daemon is running and answers (Docker Engine %1).</source>
        <translation>Docker デーモンは実行中で、応答しています (Docker Engine %1)。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>docker reported no server</source>
        <translation>docker はサーバーの情報を返しませんでした</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Docker daemon does not answer: &quot;%1&quot;. Your Docker client can still log in without it (the login happens in the client), but pushing and pulling images need a running daemon: start Docker Desktop or the docker service.</source>
        <translation>Docker デーモンが応答しません:「%1」。ログインはクライアント側で行われるため、この Docker クライアントはデーモンなしでもログインできます。ただし、イメージのプッシュとプルには実行中のデーモンが必要です。Docker Desktop または docker サービスを起動してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker daemon does not answer: &quot;%1&quot;. This Docker client logs in through the daemon, so docker login, push and pull all fail until it runs: start Docker Desktop or the docker service.</source>
        <translation>Docker デーモンが応答しません:「%1」。この Docker クライアントはデーモン経由でログインするため、デーモンが起動するまで docker login、push、pull はすべて失敗します。Docker Desktop または docker サービスを起動してください。</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The docker command is Podman, which has no daemon to check.</source>
        <translation>docker コマンドは Podman であり、確認するデーモンはありません。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The engine runs in Docker Desktop&apos;s virtual machine (%1), not directly on this computer.</source>
        <translation>エンジンは、このコンピューター上で直接ではなく、Docker Desktop の仮想マシン (%1) で実行されています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs in WSL 2 (%1 on kernel %2).</source>
        <translation>エンジンは WSL 2 (%1、カーネル %2) で実行されています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs on another machine, %1 (%2), reached through %3.</source>
        <translation>エンジンは別のマシン %1 (%2) で実行されており、%3 を経由して接続されています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs on %1 (%2).</source>
        <translation>エンジンは %1 (%2) で実行されています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pulls from Docker Hub try the engine&apos;s mirrors first: %1.</source>
        <translation>Docker Hub からのプルでは、まずエンジンのミラーが使用されます: %1。</translation>
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
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ErrorText</name>
    <message>
        <location filename="../src/core/diagnosis/error_text.cpp" line="+135"/>
        <source>The docker command could not be found. Docker is not installed on this computer, or its folder is not on the search path.</source>
        <translation>docker コマンドが見つかりませんでした。このコンピューターに Docker がインストールされていないか、そのフォルダーが検索パス (PATH) に含まれていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The docker command could not talk to the Docker engine because your account may not use it. Add your account to the docker group, or use the same account that runs Docker.</source>
        <translation>お使いのアカウントに Docker エンジンの使用が許可されていない可能性があるため、docker コマンドがエンジンと通信できませんでした。アカウントを docker グループに追加するか、Docker を実行しているのと同じアカウントを使用してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker engine (the background service that does the work) is not running, so docker commands cannot do anything. Start Docker and try again.</source>
        <translation>Docker エンジン (処理を行うバックグラウンド サービス) が実行されていないため、docker コマンドは何もできません。Docker を起動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Docker on Windows cannot reach its engine: Docker Desktop is probably not started. Start Docker Desktop and wait until it says it is running.</source>
        <translation>Windows の Docker がエンジンに到達できません。Docker Desktop が起動していない可能性があります。Docker Desktop を起動し、実行中と表示されるまで待ってください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker Desktop is not running, so the Docker engine is not available. Start Docker Desktop, or restart it if it is stuck.</source>
        <translation>Docker Desktop が実行されていないため、Docker エンジンを利用できません。Docker Desktop を起動するか、応答しない場合は再起動してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker client and engine versions do not fit together, or Docker is too old. Registry sign-in needs Docker 18.03 or later.</source>
        <translation>Docker のクライアントとエンジンのバージョンが合っていないか、Docker が古すぎます。レジストリへのログインには Docker 18.03 以降が必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>docker login wanted to ask for a user name and password, but it was not run in a terminal. Pass the user name and the password (through --password-stdin) explicitly.</source>
        <translation>docker login はユーザー名とパスワードを尋ねようとしましたが、ターミナルで実行されていませんでした。ユーザー名とパスワード (--password-stdin 経由) を明示的に指定してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Docker is set up to keep passwords in a credential helper program that is not installed. Install that helper, or remove the &quot;credsStore&quot; entry from the Docker configuration file.</source>
        <translation>Docker は、インストールされていない資格情報ヘルパー プログラムにパスワードを保存するよう設定されています。そのヘルパーをインストールするか、Docker の構成ファイルから「credsStore」のエントリを削除してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows credential store refused to save the registry sign-in, usually because the Azure token is too long for it. Removing &quot;credsStore&quot; from the Docker configuration file avoids the store.</source>
        <translation>Windows の資格情報ストアがレジストリのログイン情報の保存を拒否しました。通常は、Azure のトークンが長すぎることが原因です。Docker の構成ファイルから「credsStore」を削除すると、このストアを使わなくなります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows credential store could not be used from this session (common over remote sessions or services). Docker could not save or read the registry password.</source>
        <translation>このセッションからは Windows の資格情報ストアを使用できませんでした (リモート セッションやサービスでよく起こります)。Docker はレジストリのパスワードを保存することも読み取ることもできませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker has no saved sign-in for this registry. Sign in to the registry first.</source>
        <translation>このレジストリ用に Docker に保存されたログインがありません。まずレジストリにログインしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The program Docker uses to store passwords failed. Docker could not save or read the registry sign-in.</source>
        <translation>Docker がパスワードの保存に使うプログラムでエラーが発生しました。Docker はレジストリのログイン情報を保存することも読み取ることもできませんでした。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image name contains capital letters. Registry addresses and repository names must be written in lowercase.</source>
        <translation>イメージ名に大文字が含まれています。レジストリのアドレスとリポジトリ名は小文字で書く必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image name is not written correctly, for example it contains https:// or a space. Use registry/repository:tag, such as myregistry.azurecr.io/app:1.0.</source>
        <translation>イメージ名の書き方が正しくありません (https:// やスペースが含まれているなど)。myregistry.azurecr.io/app:1.0 のように、レジストリ/リポジトリ:タグ の形式で指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry name is not valid. az acr commands want the registry&apos;s resource name only: 5 to 50 letters and digits, without .azurecr.io.</source>
        <translation>レジストリ名が正しくありません。az acr コマンドには、レジストリのリソース名 (5 から 50 文字の英数字、.azurecr.io なし) だけを指定します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure does not know a registry by that name in the selected subscription. Check the name and the subscription (az account show).</source>
        <translation>選択したサブスクリプションに、その名前のレジストリはありません。名前とサブスクリプション (az account show) を確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are signed in to Azure, but your account has no role that allows this action. Seeing the registry needs at least the Reader role.</source>
        <translation>Azure にはサインインしていますが、お使いのアカウントにはこの操作を許可するロールがありません。レジストリを表示するには、少なくとも閲覧者 (Reader) ロールが必要です。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The connection goes through a proxy server, and the proxy could not be reached or refused the connection. Check the proxy settings (HTTPS_PROXY) of Docker and of this computer.</source>
        <translation>接続はプロキシ サーバーを経由していますが、プロキシに到達できなかったか、プロキシが接続を拒否しました。Docker とこのコンピューターのプロキシ設定 (HTTPS_PROXY) を確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI could not get through the proxy server. Check the proxy address and whether the proxy allows the registry&apos;s address.</source>
        <translation>Azure CLI がプロキシ サーバーを通過できませんでした。プロキシのアドレスと、プロキシがレジストリのアドレスを許可しているかどうかを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name server does not know this registry address. The name may be misspelt, belong to another cloud, or, with a private endpoint, its private DNS is not set up.</source>
        <translation>ネーム サーバーがこのレジストリのアドレスを認識していません。名前のつづりが間違っている、別のクラウドのものである、またはプライベート エンドポイントの場合はプライベート DNS が設定されていない可能性があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name server did not answer properly when asked for the registry address. The DNS server or the network path to it has a problem.</source>
        <translation>レジストリのアドレスを問い合わせたとき、ネーム サーバーが正しく応答しませんでした。DNS サーバー、またはそこまでのネットワーク経路に問題があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI tried several times to reach this address and gave up. The reason follows in the message (name lookup, proxy, certificate or timeout).</source>
        <translation>Azure CLI はこのアドレスへの接続を何度か試みましたが、あきらめました。理由はメッセージの続きに書かれています (名前解決、プロキシ、証明書、タイムアウトのいずれか)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The computer could not turn the registry address into an IP address. The name may be wrong, or the DNS setup (for example for a private endpoint) is missing.</source>
        <translation>コンピューターがレジストリのアドレスを IP アドレスに変換できませんでした。名前が間違っているか、DNS の設定 (プライベート エンドポイント用など) がありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate looks expired from here. Most often the computer&apos;s clock is wrong; otherwise something in between presents an old certificate.</source>
        <translation>ここからはサーバーの証明書が期限切れに見えます。ほとんどの場合、コンピューターの時計が間違っています。そうでなければ、間にある何かが古い証明書を提示しています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI does not trust the certificate it received. Usually a company proxy inspects the traffic with its own certificate, which must be added to the trusted ones.</source>
        <translation>Azure CLI が受け取った証明書を信頼していません。通常は社内のプロキシが独自の証明書で通信を検査しているため、その証明書を信頼済みに追加する必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>The registry&apos;s certificate is not trusted on this computer. Usually a proxy or security product replaces the certificate with its own, which must then be trusted.</source>
        <translation>このコンピューターでは、レジストリの証明書が信頼されていません。通常はプロキシやセキュリティ製品が証明書を独自のものに置き換えているため、その証明書を信頼する必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate looks expired or not yet valid from here. Most often the computer&apos;s date and time are wrong.</source>
        <translation>ここからは証明書が期限切れか、まだ有効でないように見えます。ほとんどの場合、コンピューターの日付と時刻が間違っています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate belongs to a different name than the address used. Use the registry&apos;s normal login server name (not the privatelink name), or check for a proxy in between.</source>
        <translation>証明書が、使用したアドレスとは別の名前に対して発行されています。レジストリの通常のログイン サーバー名 (privatelink の名前ではなく) を使うか、間にプロキシがないか確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at this address did not speak HTTPS. The address may point at something that is not a registry, or at a proxy.</source>
        <translation>このアドレスのサーバーは HTTPS で通信しませんでした。アドレスがレジストリ以外のものや、プロキシを指している可能性があります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secure connection could not be set up. Something between you and the registry, often a proxy or firewall, interferes with it.</source>
        <translation>セキュリティで保護された接続を確立できませんでした。レジストリとの間にある何か (多くはプロキシやファイアウォール) が妨げています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry did not answer in time. A firewall, a missing route or a proxy that has to be used probably stands in the way.</source>
        <translation>レジストリが時間内に応答しませんでした。ファイアウォール、ルートの欠如、または使うべきプロキシが使われていないことが原因と考えられます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection was refused: nothing accepts connections at that address and port, or a firewall turns them away.</source>
        <translation>接続が拒否されました。そのアドレスとポートで接続を受け付けているものがないか、ファイアウォールが拒否しています。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer has no network path to the registry. Check the network connection, VPN and routing.</source>
        <translation>このコンピューターからレジストリへのネットワーク経路がありません。ネットワーク接続、VPN、ルーティングを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection was cut off in the middle. A proxy or firewall between you and the registry often does this.</source>
        <translation>接続が途中で切断されました。レジストリとの間にあるプロキシやファイアウォールが原因であることがよくあります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request took too long and was given up. The registry is not reachable from here, or a proxy that should be used is not configured.</source>
        <translation>要求に時間がかかりすぎたため、中止されました。ここからレジストリに到達できないか、使うべきプロキシが設定されていません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The registry&apos;s firewall does not let your IP address in, or public access to the registry is turned off. Add your address to the registry&apos;s network rules, or connect through its private endpoint.</source>
        <translation>レジストリのファイアウォールがお使いの IP アドレスを許可していないか、レジストリへのパブリック アクセスが無効になっています。レジストリのネットワーク ルールにアドレスを追加するか、レジストリのプライベート エンドポイント経由で接続してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry does not recognise the user name. For a service principal the user name must be its application (client) ID, not an e-mail address or display name.</source>
        <translation>レジストリがこのユーザー名を認識していません。サービス プリンシパルの場合、ユーザー名はメール アドレスや表示名ではなく、アプリケーション (クライアント) ID である必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry turned down the user name and password given at sign-in. The password or secret is wrong or has expired.</source>
        <translation>レジストリが、ログイン時に指定されたユーザー名とパスワードを拒否しました。パスワードまたはシークレットが間違っているか、期限切れです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <location line="+20"/>
        <source>The registry turned down the user name and password given at sign-in.</source>
        <translation>レジストリが、ログイン時に指定されたユーザー名とパスワードを拒否しました。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The registry wants a valid sign-in and did not get one. The saved sign-in may have expired (an az acr login lasts about three hours), be missing, or be for a differently written registry name.</source>
        <translation>レジストリは有効なログインを求めましたが、受け取れませんでした。保存されたログインが期限切れ (az acr login の有効期間は約 3 時間)、存在しない、または表記の異なるレジストリ名用のものである可能性があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are signed in, but this identity may not do this with this repository: pushing needs the AcrPush role, pulling AcrPull. Also check that the image name starts with the registry address.</source>
        <translation>ログインはしていますが、この ID にはこのリポジトリでこの操作を行う権限がありません。プッシュには AcrPush ロール、プルには AcrPull ロールが必要です。イメージ名がレジストリのアドレスで始まっていることも確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in worked, but the permission granted does not cover this action on this repository.</source>
        <translation>ログインはできましたが、付与された権限ではこのリポジトリに対するこの操作が許可されていません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Access was forbidden before the password was even checked. This is a network matter: the registry&apos;s firewall, disabled public access, or a proxy blocks the way.</source>
        <translation>パスワードが確認される前にアクセスが禁止されました。これはネットワークの問題です。レジストリのファイアウォール、無効化されたパブリック アクセス、またはプロキシが通信をブロックしています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is a web server at this address, but it is not a container registry. Check the address: only the login server name, without a path.</source>
        <translation>このアドレスには Web サーバーがありますが、コンテナー レジストリではありません。アドレスを確認してください。パスなしのログイン サーバー名だけを指定します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+16"/>
        <location line="+4"/>
        <source>The registry is receiving too many requests from you and asks to slow down. Wait a little and try again.</source>
        <translation>レジストリへの要求が多すぎるため、ペースを落とすよう求められています。少し待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The sign-in request got an unexpected answer from the server or from something in between, such as a proxy.</source>
        <translation>ログイン要求に対して、サーバーまたは間にある何か (プロキシなど) から予期しない応答がありました。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry forbade access before any sign-in. Its firewall, disabled public access, or a proxy is blocking this computer.</source>
        <translation>レジストリはログインの前にアクセスを禁止しました。レジストリのファイアウォール、無効化されたパブリック アクセス、またはプロキシがこのコンピューターをブロックしています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is a web server at this address, but it is not a container registry. Check the address.</source>
        <translation>このアドレスには Web サーバーがありますが、コンテナー レジストリではありません。アドレスを確認してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry address gave an unexpected answer. Something other than the registry, such as a proxy, may have answered.</source>
        <translation>レジストリのアドレスから予期しない応答がありました。レジストリ以外のもの (プロキシなど) が応答した可能性があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered that a valid sign-in is missing: no credentials, wrong ones, or expired ones were sent.</source>
        <translation>レジストリから、有効なログインがないという応答がありました。資格情報が送信されていないか、間違っているか、期限切れです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused the request: the identity lacks the permission, or the network rules do not allow it.</source>
        <translation>レジストリが要求を拒否しました。ID に必要な権限がないか、ネットワーク ルールで許可されていません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The cluster tried to pull the image without a usable sign-in. Its identity (for AKS, the kubelet identity) needs the AcrPull role on the registry, or an image pull secret is missing.</source>
        <translation>クラスターが、使用できるログインなしでイメージをプルしようとしました。クラスターの ID (AKS の場合は kubelet ID) にレジストリの AcrPull ロールが必要です。またはイメージ プル シークレットがありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry wanted a sign-in that it did not get, or did not accept.</source>
        <translation>レジストリはログインを求めましたが、受け取れなかったか、受け入れませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry forbade the request: its network rules or the identity&apos;s permissions do not allow it.</source>
        <translation>レジストリが要求を禁止しました。レジストリのネットワーク ルールまたは ID の権限で許可されていません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Azure CLI could not reach the registry over the network. A proxy, DNS, a firewall or a private endpoint may be in the way, or the name is wrong.</source>
        <translation>Azure CLI がネットワーク経由でレジストリに到達できませんでした。プロキシ、DNS、ファイアウォール、プライベート エンドポイントのいずれかが妨げているか、名前が間違っている可能性があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address did not answer like a registry that asks for a sign-in. Often a proxy answered instead, public access is disabled, DNS points elsewhere, or it was a passing hiccup.</source>
        <translation>このアドレスは、ログインを求めるレジストリのようには応答しませんでした。多くの場合、代わりにプロキシが応答した、パブリック アクセスが無効になっている、DNS が別の場所を指している、または一時的な不具合です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Azure identity was signed in but has no role on this registry, or the wrong subscription or tenant is selected. A role assignment made just now can take a few minutes to apply.</source>
        <translation>Azure の ID でサインインしていますが、このレジストリに対するロールがないか、選択しているサブスクリプションまたはテナントが違います。割り当てたばかりのロールは、反映されるまで数分かかることがあります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry did not accept your Azure identity: it has no role on this registry, or another subscription or tenant is selected.</source>
        <translation>レジストリがお使いの Azure の ID を受け入れませんでした。このレジストリに対するロールがないか、別のサブスクリプションまたはテナントが選択されています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI is not signed in to Azure. Run az login first (with sudo, the root user has its own separate sign-in).</source>
        <translation>Azure CLI が Azure にサインインしていません。先に az login を実行してください (sudo を使う場合、root ユーザーには別のサインインが必要です)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI could not get an Azure sign-in token for the registry. The rest of the message says why.</source>
        <translation>Azure CLI がレジストリ用の Azure サインイン トークンを取得できませんでした。理由はメッセージの続きに書かれています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service principal&apos;s client secret has expired. Create a new secret and use it everywhere the old one was stored.</source>
        <translation>サービス プリンシパルのクライアント シークレットの有効期限が切れています。新しいシークレットを作成し、古いシークレットを保存していたすべての場所で使用してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client secret given is wrong. Use the secret&apos;s value, not its ID, and check that it belongs to this application.</source>
        <translation>指定されたクライアント シークレットが正しくありません。シークレットの ID ではなく値を使用し、このアプリケーションのものであることを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No application with that ID exists in this Azure tenant. Check the application (client) ID and the tenant.</source>
        <translation>この Azure テナントに、その ID のアプリケーションは存在しません。アプリケーション (クライアント) ID とテナントを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Azure sign-in has expired or needs to be repeated. Run az login again.</source>
        <translation>Azure のサインインの有効期限が切れたか、もう一度サインインする必要があります。az login を再実行してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure rejected the sign-in because its time stamps are out of range. The computer&apos;s clock is probably wrong.</source>
        <translation>タイムスタンプが許容範囲外のため、Azure がサインインを拒否しました。コンピューターの時計が間違っている可能性があります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Microsoft Entra ID does not know this tenant in the Azure cloud the sign-in went to. Either the tenant ID is wrong, or the tenant lives in another cloud (Azure operated by 21Vianet for .azurecr.cn, Azure Government for .azurecr.us), which the Azure CLI reaches only after az cloud set.</source>
        <translation>Microsoft Entra ID は、サインイン先の Azure クラウドでこのテナントを認識していません。テナント ID が間違っているか、テナントが別のクラウド (.azurecr.cn は 21Vianet が運営する Azure、.azurecr.us は Azure Government) にあります。Azure CLI がそのクラウドに接続するには az cloud set が必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure sign-in (Azure AD / Entra ID) failed. The AADSTS code says why; look it up in Microsoft&apos;s list of sign-in error codes.</source>
        <translation>Azure へのサインイン (Microsoft Entra ID、旧称 Azure AD) に失敗しました。AADSTS コードが理由を示しているので、Microsoft のサインイン エラー コード一覧で調べてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Azure CLI could not run the docker command: Docker is missing or its engine is not running.</source>
        <translation>Azure CLI が docker コマンドを実行できませんでした。Docker がないか、Docker エンジンが実行されていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker engine is not running. Start Docker and try again.</source>
        <translation>Docker エンジンが実行されていません。Docker を起動してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker version could not be read or is too old. Registry sign-in needs Docker 18.03 or later.</source>
        <translation>Docker のバージョンを読み取れないか、古すぎます。レジストリへのログインには Docker 18.03 以降が必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker could not pull a sample image from the internet. The network or proxy settings of the Docker engine are probably the problem.</source>
        <translation>Docker がインターネットからサンプル イメージをプルできませんでした。Docker エンジンのネットワークまたはプロキシの設定に問題がある可能性があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry&apos;s address could not be looked up. The name may be wrong, or DNS (for example for a private endpoint) is not set up.</source>
        <translation>レジストリのアドレスを解決できませんでした。名前が間違っているか、DNS (プライベート エンドポイント用など) が設定されていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry forbade access from here: its firewall or disabled public access keeps this computer out.</source>
        <translation>レジストリがここからのアクセスを禁止しました。レジストリのファイアウォール、または無効化されたパブリック アクセスによって、このコンピューターが締め出されています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry address did not answer with the expected request to sign in. A proxy or the network is usually the reason; the same code is also shown when the registry asks you to slow down.</source>
        <translation>レジストリのアドレスが、想定されるログイン要求を返しませんでした。通常はプロキシかネットワークが原因です。なお、レジストリがペースを落とすよう求めた場合にも同じコードが表示されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A secure connection to the registry could not be set up, usually because a proxy replaces the certificate or the clock is wrong.</source>
        <translation>レジストリとのセキュリティで保護された接続を確立できませんでした。通常は、プロキシが証明書を置き換えているか、時計が間違っていることが原因です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry did not accept your Azure identity: it has no role on the registry, or you are signed in to another tenant or subscription.</source>
        <translation>レジストリがお使いの Azure の ID を受け入れませんでした。レジストリに対するロールがないか、別のテナントまたはサブスクリプションにサインインしています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry would not hand out an access token for your identity: a role such as AcrPull or AcrPush is missing.</source>
        <translation>レジストリがお使いの ID にアクセス トークンを発行しませんでした。AcrPull や AcrPush などのロールがありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry is receiving too many requests from you and asks to slow down.</source>
        <translation>レジストリへの要求が多すぎるため、ペースを落とすよう求められています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI could not find the registry&apos;s login server from its name. Check the name and the selected subscription.</source>
        <translation>Azure CLI が名前からレジストリのログイン サーバーを見つけられませんでした。名前と選択しているサブスクリプションを確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cluster could not pull the image. The reason follows in the message.</source>
        <translation>クラスターがイメージをプルできませんでした。理由はメッセージの続きに書かれています。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skopeo could not reach the registry. The reason follows in the message.</source>
        <translation>skopeo がレジストリに到達できませんでした。理由はメッセージの続きに書かれています。</translation>
    </message>
    <message>
        <location line="-475"/>
        <source>az acr login could not hand the registry token to Docker, because the docker command or its engine is not available here. The Azure CLI can give you the token instead (--expose-token), for Podman, Helm or a later docker login.</source>
        <translation>docker コマンドまたはそのエンジンがここでは使用できないため、az acr login はレジストリ トークンを Docker に渡せませんでした。代わりに Azure CLI からトークンを取得できます (--expose-token)。Podman、Helm、または後の docker login で使用します。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This Azure CLI does not know the --expose-token option of az acr login: it is too old. Update the Azure CLI.</source>
        <translation>この Azure CLI は az acr login の --expose-token オプションを認識しません。古すぎます。Azure CLI を更新してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft Entra ID wants multifactor authentication for this sign-in, or a Conditional Access policy blocks it. A script cannot do that: sign in interactively, or use a service principal or a managed identity.</source>
        <translation>Microsoft Entra ID がこのサインインに多要素認証を求めているか、条件付きアクセス ポリシーがブロックしています。スクリプトでは対応できません。対話形式でサインインするか、サービス プリンシパルまたはマネージド ID を使用してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The docker command here is Podman pretending to be Docker. Podman keeps its own sign-ins and has no Docker engine, so Docker&apos;s advice does not apply.</source>
        <translation>ここでの docker コマンドは、Docker を装った Podman です。Podman は独自のログイン情報を保持し、Docker エンジンがないため、Docker 向けのアドバイスは当てはまりません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in step got an empty user name or password. In a pipeline the secret variable is usually not set or not available to this run.</source>
        <translation>ログインのステップが空のユーザー名またはパスワードを受け取りました。パイプラインでは、シークレット変数が設定されていないか、この実行で使用できないのが通常の原因です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--password-stdin was given without a user name. In a pipeline the variable that holds the user name is usually empty or not set.</source>
        <translation>--password-stdin がユーザー名なしで指定されました。パイプラインでは、ユーザー名を保持する変数が空か、設定されていないのが通常の原因です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pod names an image pull secret that does not exist in its namespace, so the node pulls the image without signing in.</source>
        <translation>ポッドが指定したイメージ プル シークレットがその名前空間に存在しないため、ノードはログインせずにイメージをプルしています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node was refused the image because it pulled without valid credentials: the pod&apos;s pull secret is missing, in another namespace, or for another registry (on AKS, the cluster&apos;s identity may lack AcrPull).</source>
        <translation>有効な資格情報なしでプルしたため、ノードはイメージを拒否されました。ポッドのプル シークレットがないか、別の名前空間にあるか、別のレジストリ用です (AKS では、クラスターの ID に AcrPull がない可能性があります)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image exists, but not for this platform (operating system and processor, such as linux/arm64). This is not a sign-in problem: pull another platform or build the image for this one.</source>
        <translation>イメージは存在しますが、このプラットフォーム (linux/arm64 などのオペレーティング システムとプロセッサ) 向けではありません。ログインの問題ではありません。別のプラットフォームをプルするか、このプラットフォーム向けにイメージをビルドしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The AWS CLI is signed in, but this identity may not get a registry token (it needs ecr:GetAuthorizationToken). docker login then receives no password.</source>
        <translation>AWS CLI はサインインしていますが、この ID はレジストリ トークンを取得できません (ecr:GetAuthorizationToken が必要です)。そのため docker login にはパスワードが渡されません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The AWS CLI&apos;s session has expired, so it could not get a registry token. Sign in to AWS again.</source>
        <translation>AWS CLI のセッションの有効期限が切れたため、レジストリ トークンを取得できませんでした。AWS にもう一度サインインしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS does not know the access key the AWS CLI uses, so it could not get a registry token. Check the access key and secret the AWS CLI is set up with.</source>
        <translation>AWS CLI が使用するアクセス キーを AWS が認識しないため、レジストリ トークンを取得できませんでした。AWS CLI に設定されているアクセス キーとシークレットを確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gcloud, the credential helper Docker uses for this registry, could not refresh its sign-in. Sign in again with gcloud auth login.</source>
        <translation>Docker がこのレジストリに使用する資格情報ヘルパーの gcloud が、サインインを更新できませんでした。gcloud auth login でもう一度サインインしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The BuildKit builder does not trust the registry&apos;s certificate. A builder in its own container (the docker-container driver) does not see the certificates this computer or Docker trusts.</source>
        <translation>BuildKit ビルダーがレジストリの証明書を信頼していません。専用のコンテナー内のビルダー (docker-container ドライバー) には、このコンピューターや Docker が信頼する証明書が見えません。</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The sign-in worked, but downloading (or uploading) a layer failed at the registry&apos;s data endpoint or storage account, a different host than the registry. The firewall or proxy must allow that host too.</source>
        <translation>ログインは成功しましたが、レイヤーのダウンロード (またはアップロード) が、レジストリとは別のホストであるレジストリのデータ エンドポイントまたはストレージ アカウントで失敗しました。ファイアウォールまたはプロキシで、そのホストも許可する必要があります。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The server answered with plain HTTP where HTTPS was expected. Usually the registry was set up without TLS: the client must then list it as an insecure registry. Otherwise the address is not the registry, or a proxy is in between.</source>
        <translation>HTTPS が想定される場所で、サーバーが平文の HTTP で応答しました。通常はレジストリが TLS なしで設定されているため、クライアントでそのレジストリを安全でないレジストリとして登録する必要があります。そうでない場合は、アドレスがレジストリのものではないか、間にプロキシがあります。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The registry has no repository by this name. Check the spelling and the namespace (team/app), and that the image name starts with this registry&apos;s address.</source>
        <translation>このレジストリには、この名前のリポジトリがありません。つづりと名前空間 (team/app)、およびイメージ名がこのレジストリのアドレスで始まっていることを確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry has no image with this tag or digest in the repository, or no such repository. Check the tag, or list the tags the repository has.</source>
        <translation>レジストリのリポジトリに、このタグまたはダイジェストのイメージがないか、そのリポジトリが存在しません。タグを確認するか、リポジトリにあるタグを一覧表示してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused the image without saying whether it exists: either the repository does not exist (often a misspelt name or a missing namespace), or it exists and this sign-in may not read it.</source>
        <translation>レジストリは、イメージが存在するかどうかを示さずに拒否しました。リポジトリが存在しない (名前のつづりの誤りや名前空間の欠落がよくある原因) か、存在するもののこのログインでは読み取れないかのどちらかです。</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The connection was tried over IPv6 (the address in brackets), and this computer has no IPv6 route to it. If the registry also has an IPv4 address, IPv4 probably works: the network needs a working IPv6 route, or IPv6 turned off where it has none.</source>
        <translation>接続は IPv6 (角かっこ内のアドレス) で試行されましたが、このコンピューターにはそこへの IPv6 ルートがありません。レジストリに IPv4 アドレスもある場合、IPv4 はおそらく機能します。ネットワークに機能する IPv6 ルートが必要か、IPv6 ルートのない場所では IPv6 を無効にする必要があります。</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>The registry uses ABAC repository permissions (&quot;RBAC Registry + ABAC Repository Permissions&quot;). There, AcrPull and AcrPush give no rights on repositories; the Container Registry Repository Reader, Writer and Contributor roles do.</source>
        <translation>レジストリは ABAC リポジトリのアクセス許可 (&quot;RBAC Registry + ABAC Repository Permissions&quot;) を使用しています。その場合、AcrPull と AcrPush はリポジトリに対する権限を付与せず、Container Registry Repository Reader、Writer、Contributor ロールが付与します。</translation>
    </message>
</context>
<context>
    <name>rd::Goal</name>
    <message>
        <location filename="../src/core/diagnosis/goal.cpp" line="+148"/>
        <source>You can sign in to %1 and push to %2.</source>
        <translation>%1 にログインし、%2 にプッシュできます。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You can sign in to %1 and pull from %2.</source>
        <translation>%1 にログインし、%2 からプルできます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can sign in to %1.</source>
        <translation>%1 にログインできます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not tested: the sign-in could not be tried, because %1 cannot be reached.</source>
        <translation>未テスト: %1 に到達できないため、ログインを試せませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tested: the sign-in could not be tried, because the certificate of %1 is not trusted.</source>
        <translation>未テスト: %1 の証明書が信頼されていないため、ログインを試せませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not tested: the sign-in could not be tried, because %1 did not answer as a registry should.</source>
        <translation>未テスト: %1 がレジストリとして正しく応答しなかったため、ログインを試せませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in to %1 fails: %2</source>
        <extracomment>%1 is the registry, %2 the problem&apos;s title (&quot;The password is wrong&quot;).</extracomment>
        <translation>%1 へのログインが失敗します: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can sign in to %1, but not push to %2.</source>
        <translation>%1 にはログインできますが、%2 にはプッシュできません。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You can sign in to %1, but not pull from %2.</source>
        <translation>%1 にはログインできますが、%2 からはプルできません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You can sign in to %1, but this computer is not ready: %2</source>
        <extracomment>%1 is the problem&apos;s title (&quot;The Docker engine is not running&quot;).</extracomment>
        <translation>%1 にはログインできますが、このコンピューターの準備ができていません: %2</translation>
    </message>
</context>
<context>
    <name>rd::Guidance</name>
    <message>
        <location filename="../src/core/diagnosis/guidance.cpp" line="+39"/>
        <source>Signing in from an Azure service</source>
        <translation>Azure サービスからのログイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Azure service signs in with its own identity, not with yours, so a check from this computer cannot see it. Check that identity and its role on the registry.</source>
        <translation>Azure サービスはあなたではなく自身の ID でログインするため、このコンピューターからのチェックでは確認できません。その ID とレジストリに対するロールを確認してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AKS: the cluster pulls with its kubelet identity, which needs the AcrPull role on the registry. Check it from the cluster&apos;s side:</source>
        <translation>AKS: クラスターは kubelet ID でプルします。この ID にはレジストリに対する AcrPull ロールが必要です。クラスター側から確認します:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the check fails, attach the registry to the cluster (this gives the kubelet identity AcrPull):</source>
        <translation>チェックが失敗した場合は、レジストリをクラスターにアタッチします (kubelet ID に AcrPull が付与されます):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure DevOps: the pipeline signs in through its service connection (Project settings &gt; Service connections). Verify the connection there; its service principal or managed identity needs AcrPull to pull and AcrPush to push, and an expired client secret must be renewed.</source>
        <translation>Azure DevOps: パイプラインはサービス接続 ([プロジェクトの設定] &gt; [サービス接続]) を使ってログインします。そこで接続を確認してください。そのサービス プリンシパルまたはマネージド ID には、プルに AcrPull、プッシュに AcrPush が必要です。期限切れのクライアント シークレットは更新する必要があります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub Actions: sign in with the azure/login action using OpenID Connect (a federated credential on the app registration, no secret), then run az acr login. Give the app&apos;s identity its role on the registry:</source>
        <translation>GitHub Actions: OpenID Connect (アプリの登録のフェデレーション資格情報、シークレットなし) を使って azure/login アクションでサインインし、az acr login を実行します。アプリの ID にレジストリに対するロールを付与します:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>App Service and Container Apps: pull with the app&apos;s managed identity, which needs AcrPull on the registry:</source>
        <translation>App Service と Container Apps: アプリのマネージド ID でプルします。この ID にはレジストリに対する AcrPull が必要です:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seeing and managing the registry in the Azure portal</source>
        <translation>Azure portal でのレジストリの表示と管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal shows a registry only to accounts with a role on it: Reader to see it, Contributor or Owner to change it. AcrPull and AcrPush allow pulling and pushing images only, not seeing the registry in the portal.</source>
        <translation>ポータルにレジストリが表示されるのは、そのレジストリに対するロールを持つアカウントだけです。表示には閲覧者、変更には共同作成者または所有者が必要です。AcrPull と AcrPush はイメージのプルとプッシュのみを許可し、ポータルでのレジストリの表示は許可しません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List who has which role on the registry (someone who can see it runs this):</source>
        <translation>レジストリに対して誰がどのロールを持っているかを一覧表示します (レジストリを表示できる人が実行します):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the registry is missing from your list, check that the right subscription is selected:</source>
        <translation>レジストリが一覧にない場合は、正しいサブスクリプションが選択されていることを確認します:</translation>
    </message>
</context>
<context>
    <name>rd::HtmlReport</name>
    <message>
        <location filename="../src/core/report/html_report.cpp" line="+110"/>
        <source>Registry Doctor report: %1</source>
        <translation>Registry Doctor レポート: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registry Doctor report</source>
        <translation>Registry Doctor レポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registry: %1</source>
        <translation>レジストリ: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked at %1 (UTC)</source>
        <translation>チェック日時: %1 (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice scenario: %1</source>
        <translation>練習シナリオ: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the check saw</source>
        <translation>チェックで確認された内容</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to fix it</source>
        <translation>解決方法</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 commands</source>
        <translation>%1 のコマンド</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read more</source>
        <translation>詳細情報</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checks</source>
        <translation>チェック項目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it found</source>
        <translation>確認された内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made by Registry Doctor</source>
        <translation>Registry Doctor で作成</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total time: %1 ms</source>
        <translation>合計時間: %1 ミリ秒</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(practice scenario %1)</source>
        <translation>(練習シナリオ %1)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>First step:</source>
        <translation>最初の手順:</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Registry %1, sign-in %2, user %3, repository %4 (%5).</source>
        <extracomment>Ticket summary line; %1 registry, %2 sign-in method name (azure-cli, password, token, docker), %3 user name, %4 repository, %5 pull or push. &quot;-&quot; where not given.</extracomment>
        <translation>レジストリ %1、ログイン %2、ユーザー %3、リポジトリ %4 (%5)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems: none found.</source>
        <extracomment>Ticket summary line; %1 is the problems&apos; titles, separated by semicolons.</extracomment>
        <translation>問題: 見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems: %1</source>
        <translation>問題: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checked %1 (UTC) with Registry Doctor %2 on %3.</source>
        <extracomment>Ticket summary line; %1 date and time (UTC), %2 the program&apos;s version, %3 the operating system.</extracomment>
        <translation>%1 (UTC) に Registry Doctor %2 で確認しました (%3)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case %1.</source>
        <translation>ケース %1。</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>advice</source>
        <extracomment>The badge of advice (an Azure service&apos;s identity, portal roles): nothing was observed, unlike a &quot;problem&quot;.</extracomment>
        <translation>アドバイス</translation>
    </message>
</context>
<context>
    <name>rd::HttpExchange</name>
    <message>
        <location filename="../src/core/network/http_exchange.cpp" line="+98"/>
        <source>Practice mode only talks to this computer; %1 is not part of the exercise.</source>
        <translation>練習モードではこのコンピューターとのみ通信します。%1 は練習の対象外です。</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The server sent more than %1 KiB before its answer could be read; the check stopped reading it.</source>
        <translation>応答を読み取る前にサーバーが %1 KiB を超えるデータを送信したため、チェックは読み取りを中止しました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer was larger than %1 KiB; the check stopped reading it.</source>
        <translation>応答が %1 KiB を超えたため、チェックは読み取りを中止しました。</translation>
    </message>
</context>
<context>
    <name>rd::ImageProbe</name>
    <message>
        <location filename="../src/core/probes/image_probe_start.cpp" line="+21"/>
        <source>Skipped: no repository was given, so only the sign-in was checked.</source>
        <translation>スキップ: リポジトリが指定されていないため、ログインのみを確認しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: a push does not need the image to exist.</source>
        <translation>スキップ: プッシュではイメージが存在する必要はありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: only a push uploads.</source>
        <translation>スキップ: アップロードはプッシュでのみ行われます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: the sign-in did not succeed.</source>
        <translation>スキップ: ログインに成功しませんでした。</translation>
    </message>
</context>
<context>
    <name>rd::LayerDownloadProbe</name>
    <message>
        <location filename="../src/core/probes/layer_download_probe.cpp" line="+84"/>
        <source>Not tested: on Docker Hub, reading the image&apos;s manifest counts as one of your pulls, and the check does not spend one. Signing in and the pull limit were checked without it.</source>
        <translation>テストしていません: Docker Hub ではイメージのマニフェストを読み取るとプル 1 回として数えられるため、チェックではプルを消費しません。サインインとプルの上限はマニフェストを読まずに確認しました。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skipped: the image&apos;s manifest could not be read (status %1).</source>
        <translation>スキップ: イメージのマニフェストを読み取れませんでした (状態 %1)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: the image&apos;s manifest could not be read: %1</source>
        <translation>スキップ: イメージのマニフェストを読み取れませんでした: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skipped: the image has no layer to download.</source>
        <translation>スキップ: イメージにダウンロードするレイヤーがありません。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Layers download: the first bytes of the smallest layer came from the registry itself.</source>
        <translation>レイヤーをダウンロードできます: 最小のレイヤーの最初のバイトがレジストリ自身から届きました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry did not answer the layer download: %1</source>
        <translation>レジストリはレイヤーのダウンロードに応答しませんでした: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered the layer download with status %1.</source>
        <translation>レジストリはレイヤーのダウンロードに状態 %1 で応答しました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Skipped: layers are downloaded from %1, which is not part of the exercise.</source>
        <translation>スキップ: レイヤーのダウンロード元の %1 は演習の対象外です。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The sign-in works, but layers are downloaded from %1, and this computer cannot resolve that name: %2</source>
        <translation>ログインは成功していますが、レイヤーは %1 からダウンロードされ、このコンピューターではその名前を解決できません: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in works, but layers are downloaded from %1 (port %2), and this computer cannot connect to it: %3</source>
        <translation>ログインは成功していますが、レイヤーは %1 (ポート %2) からダウンロードされ、このコンピューターはそこに接続できません: %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Layers download: the registry sends them from %1, and the first bytes arrived from there.</source>
        <translation>レイヤーをダウンロードできます: レジストリは %1 からレイヤーを送信し、最初のバイトがそこから届きました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers are downloaded from %1; it is reachable, but answered with status %2.</source>
        <translation>レイヤーは %1 からダウンロードされます。到達可能ですが、状態 %2 で応答しました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers are downloaded from %1; a connection opened, but the download got no answer: %2</source>
        <translation>レイヤーは %1 からダウンロードされます。接続は開きましたが、ダウンロードに応答がありませんでした: %2</translation>
    </message>
    <message>
        <location filename="../src/core/probes/layer_download_probe.h" line="+25"/>
        <source>Downloading a layer</source>
        <translation>レイヤーのダウンロード</translation>
    </message>
    <message>
        <location filename="../src/core/probes/layer_download_probe.cpp" line="-109"/>
        <source>The image has no variant for this computer&apos;s platform, %1: it has %2.</source>
        <translation>イメージには、このコンピューターのプラットフォーム %1 用のバリアントがありません。含まれているのは %2 です。</translation>
    </message>
</context>
<context>
    <name>rd::LiveStatus</name>
    <message>
        <location filename="../src/gui/accessibility.cpp" line="+92"/>
        <source>1 character typed</source>
        <translation>1 文字入力済み</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n characters typed</source>
        <translation>
            <numerusform>%n 文字入力済み</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+72"/>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The check could not start</source>
        <translation>チェックを開始できませんでした</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report (*.json);;Markdown (*.md);;Web page (*.html)</source>
        <translation>レポート (*.json);;Markdown (*.md);;Web ページ (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save report</source>
        <translation>レポートの保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open report</source>
        <translation>レポートを開く</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report (*.json)</source>
        <translation>レポート (*.json)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Summary copied: paste it into a chat or an e-mail.</source>
        <translation>概要をコピーしました。チャットやメールに貼り付けてください。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Practice: %1</source>
        <extracomment>Part of the window title in practice mode; %1 is what the user complains about (the practice scenario).</extracomment>
        <translation>練習: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Registry Doctor</source>
        <translation>Registry Doctor</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Practice mode: &quot;%1&quot;. Checks go to the built-in practice registry on this computer, not to a real one.</source>
        <translation>練習モード:「%1」。チェックは実際のレジストリではなく、このコンピューターに組み込まれた練習用レジストリに送られます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>&amp;New check</source>
        <translation>新しいチェック(&amp;N)</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>&amp;Open report…</source>
        <translation>レポートを開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save report…</source>
        <translation>レポートを保存(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy summary for chat or e-mail</source>
        <translation>チャットやメール用に概要をコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Practice</source>
        <translation>練習(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose a practice scenario…</source>
        <translation>練習シナリオを選択(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave practice mode</source>
        <translation>練習モードを終了(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System language</source>
        <translation>システムの言語(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Troubleshooting guide (Microsoft Learn)</source>
        <translation>トラブルシューティング ガイド (Microsoft Learn)(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Registry Doctor</source>
        <translation>Registry Doctor について(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop checking</source>
        <translation>チェックを中止(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+16"/>
        <source>The report could not be opened</source>
        <translation>レポートを開けませんでした</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The report could not be saved</source>
        <translation>レポートを保存できませんでした</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report saved to %1</source>
        <translation>レポートを %1 に保存しました</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Type the password for %1 again: a password goes only to the registry it was typed for.</source>
        <translation>%1 のパスワードをもう一度入力してください。パスワードは、入力したときのレジストリにのみ送信されます。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no such file</source>
        <translation>ファイルが存在しません</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Step %1 of %2: %3</source>
        <translation>ステップ %1/%2: %3</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>%1 is too large to be a report from Registry Doctor.</source>
        <translation>%1 は大きすぎるため、Registry Doctor のレポートではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a JSON file, but not a report saved by Registry Doctor. Open a .json file that Registry Doctor saved (File &gt; Save report).</source>
        <translation>%1 は JSON ファイルですが、Registry Doctor で保存したレポートではありません。Registry Doctor で保存した .json ファイルを開いてください ([ファイル] &gt; [レポートを保存])。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a report from Registry Doctor: it is not a readable JSON file (%2).</source>
        <extracomment>%1 is a file path; %2 the JSON parser&apos;s message (in English).</extracomment>
        <translation>%1 は Registry Doctor のレポートではありません: 読み取り可能な JSON ファイルではありません (%2)。</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Check all my saved &amp;logins…</source>
        <translation>保存済みのすべてのログインを確認(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>rd::ManifestProbe</name>
    <message>
        <location filename="../src/core/probes/manifest_probe.cpp" line="+71"/>
        <source>The registry did not answer the request for the image %1: %2</source>
        <translation>レジストリはイメージ %1 の要求に応答しませんでした: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The image %1 exists, and this sign-in may read it.</source>
        <translation>イメージ %1 は存在し、このログインで読み取ることができます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the image %1 was refused with status %2.</source>
        <translation>イメージ %1 の読み取りは状態 %2 で拒否されました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered the request for the image %1 with status %2.</source>
        <translation>レジストリはイメージ %1 の要求に状態 %2 で応答しました。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The repository exists, but the image %1 does not: the registry answered 404 for its tag or digest.</source>
        <translation>リポジトリは存在しますが、イメージ %1 は存在しません: レジストリはそのタグまたはダイジェストに 404 で応答しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags it has: %1.</source>
        <translation>存在するタグ: %1。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The registry has no repository for the image %1: it answered 404.</source>
        <translation>レジストリにはイメージ %1 のリポジトリがありません: 404 で応答しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repositories with a similar name: %1.</source>
        <translation>似た名前のリポジトリ: %1。</translation>
    </message>
    <message>
        <location filename="../src/core/probes/manifest_probe.h" line="+21"/>
        <source>The image&apos;s manifest</source>
        <translation>イメージのマニフェスト</translation>
    </message>
    <message>
        <location filename="../src/core/probes/manifest_probe.cpp" line="-67"/>
        <source>The image %1 exists, but the registry says no pulls are left (limit %2): pulling it will be refused until the limit allows it again.</source>
        <translation>イメージ %1 は存在しますが、レジストリによるとプルの残りがありません (制限 %2)。制限が再び許可するまで、プルは拒否されます。</translation>
    </message>
</context>
<context>
    <name>rd::PermissionsProbe</name>
    <message>
        <location filename="../src/core/probes/permissions_probe.cpp" line="+22"/>
        <source>Skipped: the sign-in did not succeed.</source>
        <translation>スキップ: ログインに成功しませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped: no repository was given, so only the sign-in was checked.</source>
        <translation>スキップ: リポジトリが指定されていないため、ログインだけをチェックしました。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The sign-in works, but it does not allow %1 on %2: the registry granted only %3.</source>
        <translation>ログインはできますが、%2 に対する %1 は許可されていません。レジストリが付与したのは %3 のみです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the repository %1 was refused with status %2.</source>
        <translation>リポジトリ %1 の読み取りが拒否されました (状態 %2)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You may push to %1; it does not exist yet and your first push creates it.</source>
        <translation>%1 にプッシュできます。このリポジトリはまだ存在しませんが、最初のプッシュで作成されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The repository %1 does not exist in this registry (404): check its name.</source>
        <translation>リポジトリ %1 はこのレジストリに存在しません (404)。名前を確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may pull from and push to %1.</source>
        <translation>%1 に対してプルとプッシュができます。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You may pull from %1.</source>
        <translation>%1 からプルできます。</translation>
    </message>
    <message>
        <location filename="../src/core/probes/permissions_probe.h" line="+19"/>
        <source>Rights on the repository</source>
        <translation>リポジトリに対する権限</translation>
    </message>
    <message>
        <location filename="../src/core/probes/permissions_probe.cpp" line="-15"/>
        <source>The sign-in works, but it does not allow %1 on %2: the registry granted no rights on it.</source>
        <translation>ログインはできますが、%2 に対する %1 は許可されていません。レジストリはこのリポジトリに対する権限を何も付与しませんでした。</translation>
    </message>
</context>
<context>
    <name>rd::PracticeDialog</name>
    <message>
        <location filename="../src/gui/practice_dialog.cpp" line="+14"/>
        <location line="+13"/>
        <source>Practice scenarios</source>
        <translation>練習シナリオ</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Scenario:</source>
        <extracomment>Label of the list of practice scenarios (situations to practise).</extracomment>
        <translation>シナリオ(&amp;S):</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Start &amp;practice</source>
        <translation>練習を開始(&amp;P)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1: %2</source>
        <extracomment>Said by a screen reader for a practice scenario: %1 is its group (e.g. &quot;First steps&quot;), %2 the complaint.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Choose a situation to practise. The check then talks to a practice registry on this computer that answers as the service in that situation does (Azure Container Registry, Docker Hub, GitHub Container Registry, Amazon ECR or Google Artifact Registry), with that problem. Nothing is sent to the internet.</source>
        <extracomment>The service names are products&apos; names (Azure Container Registry as Microsoft writes it in the language).</extracomment>
        <translation>練習したい状況を選んでください。チェックは、このコンピューター上の練習用レジストリと通信します。このレジストリは、その状況のサービス (Azure Container Registry、Docker Hub、GitHub Container Registry、Amazon ECR、Google Artifact Registry) と同じように、その問題を抱えた状態で応答します。インターネットには何も送信されません。</translation>
    </message>
</context>
<context>
    <name>rd::PracticeRegistry</name>
    <message>
        <location filename="../src/core/practice/practice_dns_server.cpp" line="+22"/>
        <source>The practice DNS responder could not open a UDP port: %1</source>
        <translation>練習用の DNS 応答サービスが UDP ポートを開けませんでした: %1</translation>
    </message>
    <message>
        <location filename="../src/core/practice/practice_registry.cpp" line="+918"/>
        <source>There is no practice scenario called &apos;%1&apos;.</source>
        <translation>「%1」という練習シナリオはありません。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The practice registry could not listen on 127.0.0.1: %1</source>
        <translation>練習用レジストリが 127.0.0.1 で待ち受けできませんでした: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The practice registry could not reserve a loopback port: %1</source>
        <translation>練習用レジストリがループバック ポートを確保できませんでした: %1</translation>
    </message>
    <message>
        <location line="-545"/>
        <source>The practice registry could not write the trainee&apos;s Docker configuration: %1</source>
        <translation>練習用レジストリが研修生の Docker 構成を書き込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>rd::PracticeScenario</name>
    <message>
        <location filename="../src/core/practice/practice_scenarios.cpp" line="+22"/>
        <source>Everything works</source>
        <translation>すべて正常</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry contoso.azurecr.io answers normally and the admin user may pull and push the repository &apos;hello&apos;. A correct check finds nothing to fix.</source>
        <translation>レジストリ contoso.azurecr.io は正常に応答し、管理者ユーザーはリポジトリ「hello」のプルとプッシュができます。正しいチェックでは、修正すべき点は見つかりません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A plain registry with a password (no token server)</source>
        <translation>パスワードを使うシンプルなレジストリ (トークン サーバーなし)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registry.example.test is a generic registry that asks for a user name and password directly (HTTP Basic) instead of sending the client to a token server. The credentials are right; a correct check finds nothing to fix.</source>
        <translation>registry.example.test は、クライアントをトークン サーバーに誘導する代わりに、ユーザー名とパスワードを直接求める (HTTP Basic) 一般的なレジストリです。資格情報は正しく、正しいチェックでは修正すべき点は見つかりません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong password</source>
        <translation>パスワードの間違い</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name exists but the password is an old one. The token server refuses it with &apos;unauthorized: authentication required&apos;.</source>
        <translation>ユーザー名は存在しますが、パスワードが古いものです。トークン サーバーは「unauthorized: authentication required」で拒否します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail address used as user name</source>
        <translation>ユーザー名にメール アドレスを使用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee typed their e-mail address as user name. The registry answers &apos;Application not registered with AAD&apos;: it expects a service principal&apos;s application ID, the admin user name or a token name.</source>
        <translation>練習者がユーザー名にメール アドレスを入力しました。レジストリは「Application not registered with AAD」と応答します。レジストリが想定しているのは、サービス プリンシパルのアプリケーション ID、管理者ユーザー名、またはトークン名です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allowed to pull, trying to push</source>
        <translation>プルのみ許可、プッシュを試行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in works, but the identity may only pull the repository &apos;hello&apos; and the trainee wants to push to it. The token the registry issues grants pull only.</source>
        <translation>ログインはできますが、この ID はリポジトリ「hello」のプルしか許可されておらず、練習者はプッシュしようとしています。レジストリが発行するトークンはプルのみを許可します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expired token from az acr login</source>
        <translation>az acr login の期限切れトークン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is a token printed by &apos;az acr login --expose-token&apos; more than three hours ago (user name 00000000-0000-0000-0000-000000000000). It expired two hours ago and the registry refuses it.</source>
        <translation>パスワードは、3 時間以上前に「az acr login --expose-token」で出力されたトークンです (ユーザー名 00000000-0000-0000-0000-000000000000)。2 時間前に期限切れとなり、レジストリに拒否されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registry firewall blocks this computer</source>
        <translation>レジストリのファイアウォールがこのコンピューターをブロック</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry only accepts selected networks. Every request is refused with 403 &apos;client with IP &apos;203.0.113.7&apos; is not allowed access&apos;.</source>
        <translation>レジストリは選択したネットワークからの接続だけを受け付けます。すべての要求が 403「client with IP &apos;203.0.113.7&apos; is not allowed access」で拒否されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many requests</source>
        <translation>要求が多すぎる</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry throttles the client: every request gets 429 Too Many Requests with &apos;Retry-After: 30&apos;.</source>
        <translation>レジストリがクライアントを制限しています。すべての要求に対して「Retry-After: 30」付きの 429 Too Many Requests が返されます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS inspection proxy certificate</source>
        <translation>TLS 検査プロキシの証明書</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A company proxy inspects TLS: the certificate the client receives is issued by &apos;Contoso Web Filter TLS Inspection CA&apos;, which this computer does not trust.</source>
        <translation>社内のプロキシが TLS を検査しています。クライアントが受け取る証明書は「Contoso Web Filter TLS Inspection CA」によって発行されたもので、このコンピューターはこれを信頼していません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slow but working registry</source>
        <translation>遅いが動作するレジストリ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every answer takes 1.5 seconds. Everything else works; a correct check is slower but finds nothing to fix.</source>
        <translation>すべての応答に 1.5 秒かかります。それ以外はすべて正常で、正しいチェックは時間がかかりますが、修正すべき点は見つかりません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address is a web site, not a registry</source>
        <translation>アドレスがレジストリではなく Web サイト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server at the address is an ordinary web server: /v2/ answers 404 with an HTML page instead of a registry&apos;s challenge.</source>
        <translation>このアドレスのサーバーは普通の Web サーバーです。/v2/ に対して、レジストリの認証要求 (チャレンジ) ではなく、HTML ページ付きの 404 を返します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry temporarily unavailable</source>
        <translation>レジストリが一時的に利用できない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry answers 503 Service Unavailable to every request: the problem is on the service side, not on this computer.</source>
        <translation>レジストリはすべての要求に 503 Service Unavailable を返します。問題はこのコンピューターではなく、サービス側にあります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer&apos;s clock is wrong</source>
        <translation>このコンピューターの時計が正しくない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry&apos;s time is two hours behind this computer&apos;s clock, so the tokens it issues look already expired here. Set the clock right (automatic time).</source>
        <translation>レジストリの時刻がこのコンピューターの時計より 2 時間遅れているため、レジストリが発行するトークンがここではすでに期限切れに見えます。時計を正しく設定してください (時刻の自動設定)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry name does not exist</source>
        <translation>レジストリ名が存在しない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DNS answers &apos;no such host&apos; (NXDOMAIN) for contoso.azurecr.io: the name is misspelled, the registry was deleted, or it belongs to another cloud.</source>
        <translation>DNS が contoso.azurecr.io に対して「no such host」(NXDOMAIN) を返します。名前のつづりが間違っている、レジストリが削除された、または別のクラウドのものである、のいずれかです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Private endpoint outside its network</source>
        <translation>ネットワーク外からのプライベート エンドポイント</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contoso.azurecr.io resolves through contoso.privatelink.azurecr.io to the private address 10.0.0.5, which this computer cannot reach: it is not in the registry&apos;s virtual network.</source>
        <translation>contoso.azurecr.io は contoso.privatelink.azurecr.io を経由してプライベート アドレス 10.0.0.5 に解決されますが、このコンピューターはそこに到達できません。レジストリの仮想ネットワーク内にないためです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry address not reachable</source>
        <translation>レジストリのアドレスに到達できない</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name resolves, but nothing answers on port 443: a network, proxy or outbound firewall problem.</source>
        <translation>名前は解決されますが、ポート 443 で何も応答しません。ネットワーク、プロキシ、または送信方向のファイアウォールの問題です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry name typed with extras</source>
        <translation>余分な文字付きで入力されたレジストリ名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee typed &apos;https://Contoso.azurecr.io:443/&apos;. The registry works; a correct check warns that Docker needs the plain lowercase login server &apos;contoso.azurecr.io&apos;.</source>
        <translation>練習者が「https://Contoso.azurecr.io:443/」と入力しました。レジストリは動作しています。正しいチェックは、Docker には小文字のログイン サーバー名「contoso.azurecr.io」だけが必要であると警告します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amazon ECR: the 12-hour token has expired</source>
        <translation>Amazon ECR: 12 時間のトークンが期限切れ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>123456789012.dkr.ecr.eu-west-1.amazonaws.com answers as Amazon ECR does. The trainee signs in as AWS with a token from aws ecr get-login-password made the day before; ECR tokens last 12 hours, and the registry answers &apos;denied: Your authorization token has expired. Reauthenticate and try again.&apos;</source>
        <translation>123456789012.dkr.ecr.eu-west-1.amazonaws.com は Amazon ECR と同じように応答します。受講者は前日に aws ecr get-login-password で作ったトークンを使い AWS としてログインします。ECR のトークンの有効期間は 12 時間で、レジストリは &apos;denied: Your authorization token has expired. Reauthenticate and try again.&apos; と応答します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>We moved our images to 123456789012.dkr.ecr.us-east-1.amazonaws.com and now docker login there fails.</source>
        <translation>イメージを 123456789012.dkr.ecr.us-east-1.amazonaws.com に移してから、そこへの docker login が失敗します。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>I type my Docker Hub password correctly, but docker login says it is wrong.</source>
        <translation>Docker Hub のパスワードを正しく入力しているのに、docker login は間違っていると言います。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I can sign in to ghcr.io, but pulling our image contoso/hello is denied.</source>
        <translation>ghcr.io にはサインインできますが、イメージ contoso/hello のプルが拒否されます。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The image name is misspelled</source>
        <translation>イメージ名のつづりが間違っています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in works, but the trainee pulls &apos;helo&apos; instead of &apos;hello&apos;. The registry answers &apos;name unknown&apos; (404): the repository does not exist, which is not the same as being refused.</source>
        <translation>ログインは成功していますが、受講者は「hello」ではなく「helo」をプルしています。レジストリは「name unknown」(404) で応答します。リポジトリが存在しないということであり、拒否とは異なります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layers blocked at the data endpoint</source>
        <translation>データ エンドポイントでブロックされるレイヤー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in and reading the manifest work, but the registry sends layer downloads to its data endpoint contoso.eastus.data.azurecr.io, which this network&apos;s firewall does not allow.</source>
        <translation>ログインとマニフェストの読み取りは成功しますが、レジストリはレイヤーのダウンロードをデータ エンドポイント contoso.eastus.data.azurecr.io に送り、このネットワークのファイアウォールはそれを許可していません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A registry without HTTPS</source>
        <translation>HTTPS を使用しないレジストリ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registry.example.test was set up without a certificate and speaks plain HTTP. Clients try HTTPS first and stop with &apos;server gave HTTP response to HTTPS client&apos;.</source>
        <translation>registry.example.test は証明書なしで設定されており、平文の HTTP を使用します。クライアントは最初に HTTPS を試し、「server gave HTTP response to HTTPS client」で停止します。</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>A new colleague asks whether they can pull and push hello on contoso.azurecr.io.</source>
        <translation>新しい同僚が、contoso.azurecr.io の hello をプルおよびプッシュできるかどうかを尋ねています。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A developer asks whether their sign-in to registry.example.test is set up right.</source>
        <translation>ある開発者が、registry.example.test へのログインが正しく設定されているかどうかを尋ねています。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I cannot sign in to contoso.azurecr.io any more. It worked last week.</source>
        <translation>contoso.azurecr.io にログインできなくなりました。先週は動作していました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new starter cannot sign in to contoso.azurecr.io with their work account.</source>
        <translation>新入社員が職場のアカウントで contoso.azurecr.io にログインできません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A colleague cannot push to hello since this morning.</source>
        <translation>今朝から、同僚が hello にプッシュできません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing in with a token worked this morning; now every pull from contoso.azurecr.io fails.</source>
        <translation>今朝はトークンでのログインが動作していましたが、今は contoso.azurecr.io からのプルがすべて失敗します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody in the branch office can use contoso.azurecr.io; from home it works.</source>
        <translation>支社では誰も contoso.azurecr.io を使用できませんが、自宅からは使用できます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our build server gets errors from contoso.azurecr.io every few minutes.</source>
        <translation>ビルド サーバーが数分おきに contoso.azurecr.io からエラーを受け取ります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Since we moved to the new office network, signing in to contoso.azurecr.io fails.</source>
        <translation>新しいオフィス ネットワークに移ってから、contoso.azurecr.io へのログインが失敗します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pulling from contoso.azurecr.io feels very slow today.</source>
        <translation>今日は contoso.azurecr.io からのプルがとても遅く感じます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I was given an address for our registry, but signing in to it fails.</source>
        <translation>レジストリのアドレスを教えてもらいましたが、そこへのログインが失敗します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing works with contoso.azurecr.io for the whole team since an hour ago.</source>
        <translation>1 時間前から、チーム全員で contoso.azurecr.io が何も動作しません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everyone else can use contoso.azurecr.io; on my laptop the sign-in is refused right away.</source>
        <translation>他の全員は contoso.azurecr.io を使用できますが、私のノート PC ではログインがすぐに拒否されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>docker login says it cannot find contoso.azurecr.io.</source>
        <translation>docker login で、contoso.azurecr.io が見つからないと表示されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From my laptop contoso.azurecr.io times out; from the build servers in Azure it works.</source>
        <translation>私のノート PC からは contoso.azurecr.io がタイムアウトしますが、Azure のビルド サーバーからは動作します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>docker login to contoso.azurecr.io waits and then gives up.</source>
        <translation>contoso.azurecr.io への docker login がしばらく待った後に失敗します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I copied the registry&apos;s address from a web page into docker login and it does not work.</source>
        <translation>Web ページからレジストリのアドレスを docker login にコピーしましたが、動作しません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our nightly job cannot pull from 123456789012.dkr.ecr.eu-west-1.amazonaws.com any more; yesterday it worked.</source>
        <translation>夜間ジョブが 123456789012.dkr.ecr.eu-west-1.amazonaws.com からプルできなくなりました。昨日は動作していました。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Since this afternoon our builds cannot pull hello from Docker Hub, although signing in works.</source>
        <translation>今日の午後から、サインインはできるのに、ビルドが Docker Hub から hello をプルできません。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>docker pull contoso.azurecr.io/helo says &apos;not found&apos;, but I can sign in.</source>
        <translation>docker pull contoso.azurecr.io/helo で「not found」と表示されますが、ログインはできます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing in works, but pulling hello from contoso.azurecr.io stops at the first layer.</source>
        <translation>ログインはできますが、contoso.azurecr.io からの hello のプルが最初のレイヤーで止まります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our test registry registry.example.test refuses docker login with an HTTP error.</source>
        <translation>テスト用レジストリ registry.example.test が HTTP エラーで docker login を拒否します。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>First steps</source>
        <extracomment>A group of practice scenarios.</extracomment>
        <translation>基本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyday cases</source>
        <extracomment>A group of practice scenarios.</extracomment>
        <translation>日常的なケース</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hard cases</source>
        <extracomment>A group of practice scenarios.</extracomment>
        <translation>難しいケース</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Amazon ECR: a token for another region</source>
        <translation>Amazon ECR: 別のリージョンのトークン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry is 123456789012.dkr.ecr.us-east-1.amazonaws.com, but the trainee&apos;s token comes from aws ecr get-login-password --region eu-west-1. Each ECR token is good for one region and account only; the registry answers the sign-in with 400 Bad Request.</source>
        <translation>レジストリは 123456789012.dkr.ecr.us-east-1.amazonaws.com ですが、研修生のトークンは aws ecr get-login-password --region eu-west-1 で取得したものです。ECR のトークンは 1 つのリージョンと 1 つのアカウントでのみ有効なため、レジストリはログインに 400 Bad Request を返します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker Hub: no pulls left</source>
        <translation>Docker Hub: プルの残りがありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in to Docker Hub works, but the account has used its 100 pulls of the last six hours: the headers say ratelimit-limit: 100;w=21600 and ratelimit-remaining: 0;w=21600, and a pull gets 429 &apos;You have reached your pull rate limit&apos;.</source>
        <translation>Docker Hub へのログインはできますが、アカウントは直近 6 時間のプル 100 回を使い切っています。ヘッダーは ratelimit-limit: 100;w=21600 と ratelimit-remaining: 0;w=21600 を示し、プルには 429「You have reached your pull rate limit」が返されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker Hub: password instead of an access token</source>
        <translation>Docker Hub: アクセス トークンではなくパスワード</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee signs in to Docker Hub with the account password, but two-factor authentication is on. Docker Hub&apos;s token service refuses it with 401 &apos;please use personal access token to login&apos;.</source>
        <translation>研修生はアカウントのパスワードで Docker Hub にログインしますが、2 要素認証が有効になっています。Docker Hub のトークン サービスは 401「please use personal access token to login」で拒否します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub: a token without read:packages</source>
        <translation>GitHub: read:packages のないトークン</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee signs in to ghcr.io with a classic personal access token that lacks the read:packages scope. The sign-in itself works, but the token for the private package contoso/hello is refused with 403 &apos;denied&apos;.</source>
        <translation>研修生は read:packages スコープのないクラシック個人用アクセス トークンで ghcr.io にログインします。ログイン自体はできますが、プライベート パッケージ contoso/hello 用のトークンは 403「denied」で拒否されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google Artifact Registry: images moved to a new region</source>
        <translation>Google Artifact Registry: イメージを新しいリージョンに移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulling from europe-west1-docker.pkg.dev says &apos;Unauthenticated request&apos;, although I am signed in to gcloud and pulls from us-docker.pkg.dev work.</source>
        <translation>europe-west1-docker.pkg.dev からプルすると「Unauthenticated request」と表示されます。gcloud にはログインしていて、us-docker.pkg.dev からのプルはできます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trainee&apos;s Docker config was written by gcloud auth configure-docker: it hands gcloud&apos;s sign-in (credHelpers) to the Container Registry hosts such as gcr.io and to us-docker.pkg.dev, and to no other host. For europe-west1-docker.pkg.dev Docker has no login and sends none, and Artifact Registry refuses the anonymous request with 403 &apos;Unauthenticated request&apos;. The fix is gcloud auth configure-docker europe-west1-docker.pkg.dev.</source>
        <translation>研修生の Docker 構成は gcloud auth configure-docker によって書き込まれました。gcloud のログイン (credHelpers) を gcr.io などの Container Registry ホストと us-docker.pkg.dev にだけ渡し、ほかのホストには渡しません。europe-west1-docker.pkg.dev に対して Docker はログイン情報を持たず何も送信しないため、Artifact Registry は匿名の要求を 403「Unauthenticated request」で拒否します。解決方法は gcloud auth configure-docker europe-west1-docker.pkg.dev です。</translation>
    </message>
</context>
<context>
    <name>rd::ProbeRow</name>
    <message>
        <location filename="../src/gui/probe_row.cpp" line="+61"/>
        <source>cancelled</source>
        <extracomment>Status of one check (a test the program runs), shown after its name; like waiting, running, passed, warning, failed and skipped. An adjective agreeing with &quot;check&quot; (fr vérification).</extracomment>
        <translation>取り消し</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+42"/>
        <source>Checking…</source>
        <translation>チェックしています…</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+11"/>
        <source>Not run: the check was stopped.</source>
        <translation>未実行: チェックは中止されました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds; %1 is a number.</extracomment>
        <translation>%1 ミリ秒</translation>
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
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rd::ProcessRunner</name>
    <message>
        <location filename="../src/core/process_runner.cpp" line="+131"/>
        <source>Not run: an argument has characters that cmd.exe would interpret, and %1 is a batch file.</source>
        <translation>実行されませんでした: 引数に cmd.exe が解釈する文字が含まれており、%1 はバッチ ファイルです。</translation>
    </message>
</context>
<context>
    <name>rd::ProxyProbe</name>
    <message>
        <location filename="../src/core/probes/proxy_probe.cpp" line="+12"/>
        <source>Skipped: there is no registry address to check.</source>
        <translation>スキップ: チェックするレジストリのアドレスがありません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is set but is not a valid proxy address.</source>
        <translation>%1 が設定されていますが、有効なプロキシ アドレスではありません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is set, but NO_PROXY exempts %2: the connection goes direct.</source>
        <translation>%1 が設定されていますが、NO_PROXY で %2 が除外されているため、直接接続します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy is set for %1: the connection goes direct.</source>
        <translation>%1 にはプロキシが設定されていないため、直接接続します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system proxy (%1) is not used by Docker&apos;s command line.</source>
        <translation>システム プロキシ (%1) は Docker のコマンド ラインでは使用されません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Practice mode ignores the proxy %1.</source>
        <translation>練習モードではプロキシ %1 を無視します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connections to %1 go through the proxy %2 (from %3).</source>
        <translation>%1 への接続はプロキシ %2 を経由します (%3 で設定)。</translation>
    </message>
    <message>
        <location filename="../src/core/probes/proxy_probe.h" line="+14"/>
        <source>Proxy settings</source>
        <translation>プロキシ設定</translation>
    </message>
    <message>
        <location filename="../src/core/probes/proxy_probe.cpp" line="-20"/>
        <source>%1 is set, but Docker, Podman and other Go programs never use a proxy for %2 (this computer itself): the connection goes direct.</source>
        <translation>%1 が設定されていますが、Docker、Podman などの Go プログラムは %2 (このコンピューター自身) にはプロキシを使いません。直接接続します。</translation>
    </message>
</context>
<context>
    <name>rd::RegistryKind</name>
    <message>
        <location filename="../src/core/registry/registry_kind.cpp" line="+194"/>
        <source>container registry</source>
        <extracomment>The kind of a registry the check could not tie to a known service (any OCI registry).</extracomment>
        <translation>コンテナー レジストリ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your Docker ID; with two-step verification on, the password is a personal access token.</source>
        <translation>Docker ID です。2 段階認証が有効な場合、パスワードは個人用アクセス トークンです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your GitHub login; the password is a personal access token (classic) with read:packages.</source>
        <translation>GitHub のログイン名です。パスワードは read:packages を持つ個人用アクセス トークン (classic) です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Always AWS; the password comes from aws ecr get-login-password.</source>
        <translation>常に AWS です。パスワードは aws ecr get-login-password で取得します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oauth2accesstoken with a token from gcloud auth print-access-token, or _json_key with a service account key.</source>
        <translation>oauth2accesstoken と gcloud auth print-access-token のトークン、または _json_key とサービス アカウント キーです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Harbor user name, or a robot account (robot$...) with its secret.</source>
        <translation>Harbor のユーザー名、またはロボット アカウント (robot$...) とそのシークレットです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Quay user name, or a robot account (organization+name) with its token.</source>
        <translation>Quay のユーザー名、またはロボット アカウント (組織+名前) とそのトークンです。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your GitLab user name; the password is a personal access token with read_registry.</source>
        <translation>GitLab のユーザー名です。パスワードは read_registry を持つ個人用アクセス トークンです。</translation>
    </message>
    <message>
        <location filename="../src/core/registry/sign_in_choice.cpp" line="+13"/>
        <source>You sign in with docker login, your Docker ID and a personal access token from Docker Hub&apos;s account settings (the account password only works without two-step verification).</source>
        <translation>docker login で、Docker ID と Docker Hub のアカウント設定で作成した個人用アクセス トークンを使ってログインします (アカウントのパスワードは 2 段階認証が無効な場合にのみ使えます)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You sign in with your GitHub login and a classic token with read:packages (write:packages to push), for example from gh auth token; in GitHub Actions, GITHUB_TOKEN.</source>
        <translation>GitHub のログイン名と、read:packages (プッシュには write:packages) を持つクラシック トークン (例: gh auth token の出力) でログインします。GitHub Actions では GITHUB_TOKEN を使います。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS and a token from aws ecr &amp;get-login-password</source>
        <translation>AWS と aws ecr get-login-password のトークン(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name is AWS; the password is a 12-hour token for the registry&apos;s region and account, from aws ecr get-login-password --region REGION.</source>
        <translation>ユーザー名は AWS です。パスワードは、レジストリのリージョンとアカウント用の 12 時間有効なトークンで、aws ecr get-login-password --region REGION で取得します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oauth2accesstoken or a service account &amp;key (_json_key)</source>
        <translation>oauth2accesstoken またはサービス アカウント キー (_json_key)(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oauth2accesstoken with a one-hour token from gcloud auth print-access-token, or _json_key (or _json_key_base64) with a service account&apos;s key file.</source>
        <translation>oauth2accesstoken と gcloud auth print-access-token で取得した 1 時間有効なトークン、または _json_key (または _json_key_base64) とサービス アカウントのキー ファイルを使います。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Harbor user and password, or a robot account (robot$project+name) and its secret; put the name in single quotes in a shell, which would read $ as a variable.</source>
        <translation>Harbor のユーザーとパスワード、またはロボット アカウント (robot$project+name) とそのシークレットです。シェルでは $ が変数として解釈されるため、名前を単一引用符で囲んでください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Quay user and password (or encrypted password), or a robot account (organization+name) and its token.</source>
        <translation>Quay のユーザーとパスワード (または暗号化パスワード)、またはロボット アカウント (organization+name) とそのトークンです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A deploy token&apos;s user name and token, or your GitLab user name and a personal access token with read_registry (write_registry to push); in pipelines, gitlab-ci-token and CI_JOB_TOKEN.</source>
        <translation>デプロイ トークンのユーザー名とトークン、または GitLab のユーザー名と read_registry (プッシュには write_registry) を持つ個人用アクセス トークンです。パイプラインでは gitlab-ci-token と CI_JOB_TOKEN を使います。</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Docker ID and personal access to&amp;ken</source>
        <translation>Docker ID と個人用アクセス トークン(&amp;K)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub login and personal access to&amp;ken (classic)</source>
        <translation>GitHub のログイン名と個人用アクセス トークン (クラシック)(&amp;K)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>User or robot a&amp;ccount</source>
        <translation>ユーザーまたはロボット アカウント(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deploy token or personal access to&amp;ken</source>
        <translation>デプロイ トークンまたは個人用アクセス トークン(&amp;K)</translation>
    </message>
</context>
<context>
    <name>rd::RegistryNameProbe</name>
    <message>
        <location filename="../src/core/probes/registry_name_probe.cpp" line="+26"/>
        <source>&quot;%1&quot; is not a registry address.</source>
        <translation>「%1」はレジストリのアドレスではありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&quot;%1&quot; has %n mistake(s); the check uses %2.</source>
        <translation>
            <numerusform>「%1」には %n 個の誤りがあります。チェックでは %2 を使用します。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login server is %1.</source>
        <translation>ログイン サーバーは %1 です。</translation>
    </message>
    <message>
        <location filename="../src/core/probes/registry_name_probe.h" line="+14"/>
        <source>Registry name</source>
        <translation>レジストリ名</translation>
    </message>
</context>
<context>
    <name>rd::RegistryPage</name>
    <message>
        <location filename="../ui/registry_page.ui"/>
        <source>Which registry do you want to reach?</source>
        <translation>どのレジストリに接続しますか?</translation>
    </message>
    <message>
        <location/>
        <source>Paste its address the way you have it, even with https:// or an image name. It is tidied up for you.</source>
        <translation>手元にあるアドレスをそのまま貼り付けてください。https:// やイメージ名が付いていてもかまいません。自動的に整えます。</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Registry</source>
        <translation>レジストリ(&amp;R)</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+155"/>
        <source>Registry</source>
        <extracomment>Name of the first step in the side list of steps. Short: one or two words.</extracomment>
        <translation>レジストリ</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+284"/>
        <source>The registry&apos;s login server, for example myregistry.azurecr.io</source>
        <translation>レジストリのログイン サーバー (例: myregistry.azurecr.io)</translation>
    </message>
    <message>
        <location/>
        <source>Us&amp;e this</source>
        <extracomment>Button next to a corrected registry address: use the corrected one.</extracomment>
        <translation>これを使用(&amp;E)</translation>
    </message>
    <message>
        <location/>
        <source>How do you sign in?</source>
        <extracomment>Heading above the ways of signing in to the registry.</extracomment>
        <translation>どの方法でログインしますか?</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Azure CLI (az acr login)</source>
        <translation>Azure CLI (az acr login)(&amp;A)</translation>
    </message>
    <message>
        <location/>
        <source>You sign in to Azure with az login; az acr login then signs Docker in to the registry.</source>
        <translation>az login で Azure にサインインし、その後 az acr login で Docker をレジストリにログインさせます。</translation>
    </message>
    <message>
        <location/>
        <source>You type a user name and a password or secret, for example with docker login.</source>
        <translation>docker login などで、ユーザー名とパスワード (またはシークレット) を入力します。</translation>
    </message>
    <message>
        <location/>
        <source>Repository-scoped &amp;token</source>
        <translation>リポジトリ スコープのトークン(&amp;T)</translation>
    </message>
    <message>
        <location/>
        <source>A token made for some repositories only. It has its own name and password.</source>
        <translation>一部のリポジトリ専用に作成されたトークンです。独自の名前とパスワードがあります。</translation>
    </message>
    <message>
        <location/>
        <source>The credentials &amp;Docker already saved</source>
        <translation>Docker に保存済みの資格情報(&amp;D)</translation>
    </message>
    <message>
        <location/>
        <source>You signed in before and Docker remembers it. Nothing to type.</source>
        <translation>以前ログインしたことがあり、Docker がそれを記憶しています。入力は不要です。</translation>
    </message>
    <message>
        <location/>
        <source>An Azure &amp;service (AKS, Azure DevOps)</source>
        <translation>Azure のサービス (AKS、Azure DevOps)(&amp;S)</translation>
    </message>
    <message>
        <location/>
        <source>A service pulls the images with its own identity, not with yours.</source>
        <translation>サービスは、あなたではなくサービス自身の ID でイメージをプルします。</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+110"/>
        <source>&amp;User name</source>
        <translation>ユーザー名(&amp;U)</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+5"/>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="-2"/>
        <source>For a service principal: its application (client) ID</source>
        <translation>サービス プリンシパルの場合: アプリケーション (クライアント) ID</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+3"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location/>
        <source>Used only for this check. It is never saved or shown.</source>
        <translation>このチェックでのみ使用します。保存や表示は一切しません。</translation>
    </message>
    <message>
        <location/>
        <source>Which image? (optional)</source>
        <extracomment>Heading of the optional repository and pull/push choice.</extracomment>
        <translation>どのイメージですか? (省略可能)</translation>
    </message>
    <message>
        <location/>
        <source>Rep&amp;ository</source>
        <translation>リポジトリ(&amp;O)</translation>
    </message>
    <message>
        <location/>
        <source>Repository</source>
        <translation>リポジトリ</translation>
    </message>
    <message>
        <location/>
        <source>Optional. The repository to check access to, without the registry and without a tag.</source>
        <translation>省略可能。アクセスをチェックするリポジトリです。レジストリ名とタグは付けません。</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="-63"/>
        <source>The repository you push to or pull from, without the registry and without a tag.</source>
        <translation>プッシュ先またはプル元のリポジトリです。レジストリ名とタグは付けません。</translation>
    </message>
    <message>
        <location/>
        <source>I want to</source>
        <extracomment>Label before the two choices &quot;Pull (download) images&quot; and &quot;Push (upload) images&quot;; the three read as one sentence.</extracomment>
        <translation>やりたいこと</translation>
    </message>
    <message>
        <location filename="../src/gui/registry_page.cpp" line="-205"/>
        <source>Check that you may download images</source>
        <translation>イメージをダウンロードできるかチェックする</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that you may upload images</source>
        <translation>イメージをアップロードできるかチェックする</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>This cannot be used as a registry address.</source>
        <translation>これはレジストリのアドレスとして使用できません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Did you mean %1?</source>
        <extracomment>%1 is a registry address, such as myregistry.azurecr.io.</extracomment>
        <translation>%1 のことですか?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>registry</source>
        <extracomment>The kind of registry when the address is not one of a known service. Fills %2 of &quot;%1 (%2)&quot;.</extracomment>
        <translation>レジストリ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <extracomment>%1 is the registry address, %2 its kind (&quot;Azure Container Registry&quot; or &quot;registry&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Use %1</source>
        <extracomment>Screen-reader name of the button that replaces what was typed with the corrected address %1.</extracomment>
        <translation>%1 を使用</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the tag is not needed</source>
        <translation>タグは不要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repository names are lowercase</source>
        <translation>リポジトリ名は小文字です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It will be used as &quot;%1&quot;.</source>
        <translation>「%1」として使用します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It will be used as &quot;%1&quot;: %2.</source>
        <extracomment>Separator between the reasons in &quot;It will be used as &quot;%1&quot;: %2.&quot; (Chinese and Japanese use 、).</extracomment>
        <translation>「%1」として使用します: %2。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The name the token was given when it was created</source>
        <translation>トークンの作成時に付けた名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token name</source>
        <translation>トークン名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token password</source>
        <translation>トークンのパスワード</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Clear the registry field</source>
        <translation>[レジストリ] フィールドをクリア</translation>
    </message>
    <message>
        <location line="+154"/>
        <location line="+35"/>
        <source>Invalid entry: %1</source>
        <translation>無効な入力: %1</translation>
    </message>
    <message>
        <location filename="../ui/registry_page.ui"/>
        <source>User name and password (admin account or ser&amp;vice principal)</source>
        <translation>ユーザー名とパスワード (管理者アカウントまたはサービス プリンシパル)(&amp;V)</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+78"/>
        <source>Pass&amp;word</source>
        <translation>パスワード(&amp;W)</translation>
    </message>
    <message>
        <location/>
        <source>Pull (download) &amp;images</source>
        <extracomment>Completes &quot;I want to&quot;. Pull is Docker&apos;s word for downloading images from a registry.</extracomment>
        <translation>イメージをプル (ダウンロード)(&amp;I)</translation>
    </message>
    <message>
        <location/>
        <source>Push (upload) i&amp;mages</source>
        <extracomment>Completes &quot;I want to&quot;. Push is Docker&apos;s word for uploading images to a registry.</extracomment>
        <translation>イメージをプッシュ (アップロード)(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/gui/registry_page.cpp" line="-10"/>
        <source>To&amp;ken name</source>
        <translation>トークン名(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token pass&amp;word</source>
        <translation>トークンのパスワード(&amp;W)</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The check looks at whether you may push to &quot;%1&quot;.</source>
        <extracomment>%1 is the repository, for example &quot;team/app&quot;.</extracomment>
        <translation>「%1」にプッシュできるかどうかをチェックします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check looks at whether you may pull from &quot;%1&quot;.</source>
        <extracomment>%1 is the repository, for example &quot;team/app&quot;.</extracomment>
        <translation>「%1」からプルできるかどうかをチェックします。</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>Type the token name and the token password: the check needs both.</source>
        <translation>トークン名とトークンのパスワードを入力してください。チェックには両方が必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the user name and the password: the check needs both.</source>
        <translation>ユーザー名とパスワードを入力してください。チェックには両方が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the token name.</source>
        <translation>トークン名を入力してください。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the user name.</source>
        <translation>ユーザー名を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the token password.</source>
        <translation>トークンのパスワードを入力してください。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Type the registry&apos;s name before .azurecr.io, for example contoso.azurecr.io.</source>
        <translation>.azurecr.io の前にレジストリ名を入力してください (例: contoso.azurecr.io)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure Container Registry addresses end in .azurecr.io (.azurecr.cn and .azurecr.us in the national clouds).</source>
        <translation>Azure Container Registry のアドレスの末尾は .azurecr.io です (国内クラウドでは .azurecr.cn と .azurecr.us)。</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Show the token password</source>
        <translation>トークンのパスワードを表示する</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the password</source>
        <translation>パスワードを表示する</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>I do not know: find out</source>
        <translation>わからない: 調べる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker (docker login, docker pull)</source>
        <translation>Docker (docker login、docker pull)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Podman, Buildah or Skopeo</source>
        <translation>Podman、Buildah、または Skopeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helm (helm registry login, OCI charts)</source>
        <translation>Helm (helm registry login、OCI チャート)</translation>
    </message>
    <message>
        <location filename="../ui/registry_page.ui"/>
        <source>Usin&amp;g</source>
        <extracomment>Label before the choice of program (Docker, Podman, Helm, or find out); reads on from &quot;I want to&quot;: I want to pull images, using Docker.</extracomment>
        <translation>使用するプログラム(&amp;G)</translation>
    </message>
    <message>
        <location/>
        <source>The program that failed. Each keeps its own sign-ins and trusts its own certificates, so the check looks where that program looks.</source>
        <translation>失敗したプログラムです。プログラムごとにログインの保存先と信頼する証明書が異なるため、そのプログラムが参照する場所を確認します。</translation>
    </message>
</context>
<context>
    <name>rd::RegistryReference</name>
    <message>
        <location filename="../src/core/registry/registry_reference.cpp" line="+217"/>
        <source>Remove the spaces before and after the name: %1</source>
        <translation>名前の前後のスペースを削除してください: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the registry&apos;s login server is needed, not the whole command: %1</source>
        <translation>必要なのはレジストリのログイン サーバーだけで、コマンド全体ではありません: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use lowercase letters: %1</source>
        <translation>小文字を使用してください: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out &quot;%1&quot;; the login server is the name alone: %2</source>
        <translation>「%1」は不要です。ログイン サーバーは名前だけです: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the path after the server name: %1</source>
        <translation>サーバー名の後ろのパスは不要です: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is an image reference; the registry&apos;s login server is: %1</source>
        <translation>これはイメージの参照です。レジストリのログイン サーバーは次のとおりです: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out &quot;:443&quot;, the standard HTTPS port, or the name will not match stored credentials: %1</source>
        <translation>標準の HTTPS ポートである「:443」は付けないでください。付けると、保存された資格情報と名前が一致しなくなります: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the registry&apos;s normal name, not the private-link name (its certificate is for *.azurecr.io; with a private endpoint the normal name leads to it): %1</source>
        <translation>Private Link 用の名前ではなく、レジストリの通常の名前を使用してください (証明書は *.azurecr.io 用です。プライベート エンドポイントがある場合も、通常の名前でそこに到達します): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a data endpoint of the registry, not its login server. Log in to: %1</source>
        <translation>これはレジストリのデータ エンドポイントで、ログイン サーバーではありません。ログイン先: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name alone means an Azure container registry in the public cloud: %1</source>
        <translation>名前だけの場合は、パブリック クラウドの Azure コンテナー レジストリを意味します: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the user name and password from the text and never share a password; the server is: %1</source>
        <translation>テキストからユーザー名とパスワードを削除してください。パスワードは決して共有しないでください。サーバーは次のとおりです: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An Azure container registry name has 5 to 50 letters and digits. Did you mean: %1</source>
        <translation>Azure コンテナー レジストリの名前は 5 から 50 文字の英数字です。次のことですか: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Azure container registry name has 5 to 50 letters and digits; &quot;%1&quot; has %2, so no such registry can exist.</source>
        <translation>Azure コンテナー レジストリの名前は 5 から 50 文字の英数字です。「%1」は %2 文字なので、このようなレジストリは存在できません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An Azure container registry name has only letters and digits (no dashes, dots or underscores). Did you mean: %1</source>
        <translation>Azure コンテナー レジストリの名前には英数字しか使えません (ハイフン、ドット、アンダースコアは不可)。次のことですか: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Azure container registry name has only letters and digits (no dashes, dots or underscores), so no such registry can exist.</source>
        <translation>Azure コンテナー レジストリの名前には英数字しか使えません (ハイフン、ドット、アンダースコアは不可)。そのため、このようなレジストリは存在できません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the registry&apos;s login server, for example myregistry.azurecr.io.</source>
        <translation>レジストリのログイン サーバーを入力してください (例: myregistry.azurecr.io)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port after the colon must be a number from 1 to 65535.</source>
        <translation>コロンの後ろのポートは 1 から 65535 までの数値にしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a valid server name. Did you mean: %1</source>
        <translation>有効なサーバー名ではありません。次のことですか: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid server name: a login server has only letters, digits, dots and dashes, like myregistry.azurecr.io.</source>
        <translation>有効なサーバー名ではありません。ログイン サーバーに使えるのは、myregistry.azurecr.io のように英数字、ドット、ハイフンだけです。</translation>
    </message>
</context>
<context>
    <name>rd::Report</name>
    <message>
        <location filename="../src/core/report/report_words.cpp" line="+20"/>
        <source>The check of %1 was cancelled before it finished.</source>
        <translation>%1 のチェックは完了前に取り消されました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem found with %1.</source>
        <translation>%1 に問題は見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 problem found with %1.</source>
        <translation>%1 で問題が 1 件見つかりました。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) found with %1.</source>
        <translation>
            <numerusform>%1 で問題が %n 件見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>passed</source>
        <translation>成功</translation>
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
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../src/core/report/text_report.cpp" line="-6"/>
        <source>Practice scenario: %1</source>
        <translation>練習シナリオ: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the check saw:</source>
        <translation>チェックで確認された内容:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to fix it:</source>
        <translation>解決方法:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checks:</source>
        <translation>チェック項目:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total time: %1 ms</source>
        <translation>合計時間: %1 ミリ秒</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registry Doctor report</source>
        <translation>Registry Doctor レポート</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry</source>
        <translation>レジストリ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked at</source>
        <translation>チェック日時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice scenario</source>
        <translation>練習シナリオ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the check saw</source>
        <translation>チェックで確認された内容</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to fix it</source>
        <translation>解決方法</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checks</source>
        <translation>チェック項目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>%1 (%2 ms): %3</source>
        <extracomment>One line per check in a text report: %1 is the check&apos;s name, %2 how long it took in milliseconds, %3 what it found.</extracomment>
        <translation>%1 (%2 ミリ秒): %3</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_words.cpp" line="-20"/>
        <source>Registry kind: %1</source>
        <extracomment>%1 is the registry service, such as &quot;GitHub Container Registry&quot; or &quot;Amazon ECR&quot;.</extracomment>
        <translation>レジストリの種類: %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/text_report.cpp" line="-25"/>
        <source>advice</source>
        <extracomment>A label after advice in a text report: nothing was observed, unlike a &quot;problem&quot; or a &quot;warning&quot;.</extracomment>
        <translation>アドバイス</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_words.cpp" line="+9"/>
        <source>Client: %1</source>
        <extracomment>%1 is the program the check was made for: Docker, Podman or Helm.</extracomment>
        <translation>クライアント: %1</translation>
    </message>
</context>
<context>
    <name>rd::ResultsPage</name>
    <message>
        <location filename="../src/gui/results_page.cpp" line="+145"/>
        <source>Results</source>
        <extracomment>Name of the last step in the side list of steps. Short: one or two words.</extracomment>
        <translation>結果</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>No check has run yet</source>
        <translation>まだチェックを実行していません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check of %1 was stopped before it finished</source>
        <translation>%1 のチェックは完了前に中止されました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem left with %1</source>
        <translation>%1 の問題はすべて解決しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem found with %1</source>
        <translation>%1 に問題は見つかりませんでした</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n things to look at with %1</source>
        <extracomment>Heading when only warnings were found; %1 is the registry&apos;s address.</extracomment>
        <translation>
            <numerusform>%1 で確認すべき点が %n 件あります</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n problems found with %1</source>
        <extracomment>Heading; %1 is the registry&apos;s address.</extracomment>
        <translation>
            <numerusform>%1 で問題が %n 件見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened from a report made on %1.</source>
        <extracomment>%1 is a date and time in the reader&apos;s format.</extracomment>
        <translation>%1 に作成されたレポートから開きました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened from a report.</source>
        <translation>レポートから開きました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked at %1, in %2.</source>
        <extracomment>%1 is a time of day (for example 14:05), not a date; %2 is how long the check took (&quot;350 ms&quot;, &quot;6.2 s&quot;).</extracomment>
        <translation>%1 にチェック (所要時間 %2)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check was stopped before it finished: there may be more.</source>
        <translation>チェックは完了前に中止されました。ほかにも問題がある可能性があります。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Practice scenario: %1.</source>
        <extracomment>%1 is the practice scenario.</extracomment>
        <translation>練習シナリオ: %1。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+21"/>
        <source>passed</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+26"/>
        <source>No problem found</source>
        <translation>問題は見つかりませんでした</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Signing in to %1 should work from this computer. The check verified:</source>
        <translation>このコンピューターから %1 へのログインは成功するはずです。チェックで確認した項目:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If signing in still fails, check again with the exact error message: go back and paste it on the previous step.</source>
        <translation>それでもログインに失敗する場合は、正確なエラー メッセージを使ってもう一度チェックしてください。前の手順に戻り、メッセージを貼り付けます。</translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>%n passed</source>
        <extracomment>Counts of checks by outcome, joined into &quot;All checks (%1)&quot;: 6 passed, 1 warning, 2 skipped.</extracomment>
        <translation>
            <numerusform>成功 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>失敗 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>スキップ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All checks (%1)</source>
        <extracomment>Heading of the list of every check; %1 is the counts, such as &quot;6 passed and 1 failed&quot; (joined as the language joins a list).</extracomment>
        <translation>すべてのチェック項目 (%1)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Show commands for %1</source>
        <extracomment>Screen-reader name of a button; %1 is a cause&apos;s title.</extracomment>
        <translation>%1 のコマンドを表示</translation>
    </message>
    <message>
        <location line="-380"/>
        <source>%1: passes now, but the check went further and found another problem.</source>
        <extracomment>Said after &quot;Check again&quot;: %1 is the problem&apos;s title. It no longer shows, but the check could now go further and found other problems.</extracomment>
        <translation>%1: 現在は成功しますが、チェックを先に進めたところ別の問題が見つかりました。</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Not tested</source>
        <extracomment>Heading above the checks that did not run, each followed by why.</extracomment>
        <translation>未テスト</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <extracomment>One check that did not run: %1 is its title, %2 why it did not run.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Also found, but not in the way of what you asked:</source>
        <extracomment>Heading above problems that do not stop what the user asked for (such as the Docker engine for a sign-in).</extracomment>
        <translation>その他の検出事項 (ご希望の操作の妨げにはなりません):</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>This check found it.</source>
        <translation>このチェックで見つかりました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This check did not find it: compare the choices on the first page (pull or push, the repository) with the complaint, and look at the checks that did not pass.</source>
        <translation>このチェックでは見つかりませんでした。最初のページの選択 (プルまたはプッシュ、リポジトリ) を問い合わせ内容と比べ、合格しなかったチェックを確認してください。</translation>
    </message>
</context>
<context>
    <name>rd::Rules</name>
    <message>
        <location filename="../src/core/diagnosis/rules.cpp" line="+360"/>
        <source>Install Docker Desktop (Windows and macOS) from docker.com, or Docker Engine from your Linux distribution, then open a new terminal.</source>
        <translation>docker.com から Docker Desktop (Windows、macOS) をインストールするか、Linux ディストリビューションから Docker Engine をインストールして、新しいターミナルを開いてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the command is found:</source>
        <translation>コマンドが見つかることを確認します:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Update Docker Desktop (or Docker Engine) to a current version, then check the version again:</source>
        <translation>Docker Desktop (または Docker Engine) を最新のバージョンに更新し、もう一度バージョンを確認します:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Start Docker Desktop (Windows, macOS) and wait until it says it is running; on Linux start the docker service.</source>
        <translation>Docker Desktop (Windows、macOS) を起動し、実行中と表示されるまで待ちます。Linux では docker サービスを起動します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the engine answers (the Server section must appear without an error):</source>
        <translation>エンジンが応答することを確認します (Server セクションがエラーなしで表示される必要があります):</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>docker buildx builds with the builder &quot;%1&quot; (driver %2, chosen with %3). BuildKit runs there with its own list of trusted certificate authorities, not the engine&apos;s.</source>
        <translation>docker buildx はビルダー &quot;%1&quot; (ドライバー %2、%3 で選択) でビルドします。BuildKit はそこで、エンジンのものではなく独自の信頼された証明機関の一覧を使って実行されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker trusts %1 only through its certs.d folder, and the builder&apos;s configuration gives no certificate authority for %1: a docker pull works, a build that pulls from or pushes to %1 fails.</source>
        <translation>Docker は certs.d フォルダーを通してのみ %1 を信頼しており、ビルダーの構成には %1 の証明機関がありません。docker pull は成功しますが、%1 からプルまたは %1 にプッシュするビルドは失敗します。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You typed &quot;%1&quot;.</source>
        <translation>入力された値:「%1」。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in with Docker using exactly this login server:</source>
        <translation>次のログイン サーバーをそのまま使って、Docker でログインします:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With the Azure CLI, give only the registry name:</source>
        <translation>Azure CLI では、レジストリ名だけを指定します:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write image names with the same lowercase login server:</source>
        <translation>イメージ名にも、同じ小文字のログイン サーバーを使います:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the login server from the registry&apos;s Overview page in the Azure portal, or list your registries:</source>
        <translation>Azure portal のレジストリの [概要] ページからログイン サーバーをコピーするか、レジストリの一覧を表示します:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the registry&apos;s name and that it exists in your subscription:</source>
        <translation>レジストリの名前と、それがサブスクリプションに存在することを確認します:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look the name up yourself; &quot;Non-existent domain&quot; or NXDOMAIN confirms the name is wrong:</source>
        <translation>自分で名前を解決してみます。「Non-existent domain」または NXDOMAIN と表示されれば、名前が間違っています:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connect to your company network or VPN that reaches the registry&apos;s virtual network, then try again.</source>
        <translation>レジストリの仮想ネットワークに到達できる社内ネットワークまたは VPN に接続してから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the address the name resolves to on your computer with the one your administrator expects:</source>
        <translation>お使いのコンピューターで名前が解決されるアドレスと、管理者が想定しているアドレスを比べます:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you should reach it from the internet, ask the registry owner to allow public access for your network:</source>
        <translation>インターネットから到達できるはずの場合は、レジストリの所有者に、お使いのネットワークからのパブリック アクセスを許可するよう依頼してください:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>See which proxy settings are in effect in your terminal:</source>
        <translation>ターミナルで有効になっているプロキシ設定を確認します:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your IT department for the right proxy address, or let the registry bypass the proxy:</source>
        <translation>IT 部門に正しいプロキシのアドレスを確認するか、レジストリへの接続がプロキシを経由しないように設定します:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker Desktop has its own proxy settings (Settings &gt; Resources &gt; Proxies); the Docker engine on Linux reads them from its service configuration.</source>
        <translation>Docker Desktop には独自のプロキシ設定があります (Settings &gt; Resources &gt; Proxies)。Linux の Docker エンジンは、サービスの構成からプロキシ設定を読み取ります。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Test the connection to port 443 yourself:</source>
        <translation>ポート 443 への接続を自分でテストします:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it fails, ask your network administrator to allow outgoing HTTPS (port 443) to the registry and its data endpoints (*.azurecr.io, *.blob.core.windows.net).</source>
        <translation>失敗する場合は、ネットワーク管理者に、レジストリとそのデータ エンドポイント (*.azurecr.io、*.blob.core.windows.net) への送信 HTTPS (ポート 443) を許可するよう依頼してください。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Use the registry&apos;s normal name; its private link name does not match the certificate:</source>
        <translation>レジストリの通常の名前を使います。Private Link 用の名前は証明書と一致しません:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your IT department to exclude *.azurecr.io from TLS inspection, or to install the inspecting certificate authority in this computer&apos;s trusted store (Docker Desktop uses the system store).</source>
        <translation>IT 部門に、*.azurecr.io を TLS 検査の対象外にするか、検査を行う証明機関をこのコンピューターの信頼されたストアにインストールするよう依頼してください (Docker Desktop はシステムのストアを使用します)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See which certificate the connection presents:</source>
        <translation>接続で提示される証明書を確認します:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ask the registry owner to allow your network&apos;s public IP address in the registry&apos;s Networking settings.</source>
        <translation>レジストリの所有者に、レジストリの [ネットワーク] 設定で、お使いのネットワークのパブリック IP アドレスを許可するよう依頼してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the registry owner to allow your public IP address %1 in the registry&apos;s Networking settings:</source>
        <translation>レジストリの所有者に、レジストリの [ネットワーク] 設定で、お使いのパブリック IP アドレス %1 を許可するよう依頼してください:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or connect through the network the registry already allows (office network, VPN).</source>
        <translation>または、レジストリがすでに許可しているネットワーク (社内ネットワーク、VPN) 経由で接続します。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Wait a minute, then try again.</source>
        <translation>1 分待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait %1 seconds, as the registry asks, then try again.</source>
        <translation>レジストリの求めに従って %1 秒待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If it keeps happening, look for scripts or pipelines pulling in a loop; the registry&apos;s service tier sets how many requests it accepts.</source>
        <translation>繰り返し起こる場合は、ループでプルしているスクリプトやパイプラインがないか確認してください。レジストリが受け付ける要求数は、レジストリのサービス レベルで決まります。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the address. For Azure Container Registry it is the login server shown on the registry&apos;s Overview page:</source>
        <translation>アドレスを確認してください。Azure Container Registry の場合は、レジストリの [概要] ページに表示されるログイン サーバーです:</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Try again in a few minutes. If it persists, check Azure&apos;s service health for Container Registry in your region.</source>
        <translation>数分後にもう一度お試しください。解決しない場合は、お使いのリージョンの Container Registry について Azure のサービス正常性を確認してください。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sign in with your Azure account (needs the Azure CLI):</source>
        <translation>Azure アカウントでサインインします (Azure CLI が必要です):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or sign in with a user name and password (service principal, admin account or token); the password is typed, never written in the command:</source>
        <translation>または、ユーザー名とパスワード (サービス プリンシパル、管理者アカウント、トークン) でログインします。パスワードはコマンドに書かず、入力します:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For a service principal, find its application (client) ID, a value like 8f3c...-....; use it as the user name:</source>
        <translation>サービス プリンシパルの場合は、アプリケーション (クライアント) ID (8f3c...-.... のような値) を調べ、ユーザー名として使います:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then sign in again with that ID:</source>
        <translation>次に、その ID でもう一度ログインします:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you ran sudo az acr login, run it without sudo: sudo does not see your own az login.</source>
        <translation>sudo az acr login を実行した場合は、sudo なしで実行してください。sudo からはご自身の az login が見えません。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign in again; the new sign-in lasts about three hours:</source>
        <translation>もう一度ログインします。新しいログインの有効期間は約 3 時間です:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For automation, use a service principal or a managed identity instead of a personal sign-in; if its secret expired, the owner creates a new one:</source>
        <translation>自動化には、個人のサインインではなく、サービス プリンシパルまたはマネージド ID を使用してください。シークレットの有効期限が切れた場合は、所有者が新しいシークレットを作成します:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the password again carefully (copy it without spaces); it is read from the keyboard, never written in the command:</source>
        <translation>パスワードを慎重に入力し直してください (コピーする場合はスペースを含めずに)。パスワードはキーボードから読み取られ、コマンドには書きません:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admin account: the registry owner can show the current passwords:</source>
        <translation>管理者アカウント: レジストリの所有者は現在のパスワードを表示できます:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service principal: the owner can create a new client secret:</source>
        <translation>サービス プリンシパル: 所有者は新しいクライアント シークレットを作成できます:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Ask the registry owner to give your identity the %1 role on the registry:</source>
        <translation>レジストリの所有者に、お使いの ID にレジストリの %1 ロールを割り当てるよう依頼してください:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a repository-scoped token, its scope map must allow %1 on %2.</source>
        <translation>リポジトリ スコープのトークンの場合、そのスコープ マップで %2 に対する %1 が許可されている必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>A role assigned minutes ago can take up to about ten minutes to apply; then sign in again.</source>
        <translation>数分前に割り当てたロールは、反映されるまで最大 10 分ほどかかることがあります。その後、もう一度ログインしてください。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Find the credential store named in Docker&apos;s settings file (%1):</source>
        <translation>Docker の設定ファイル (%1) で指定されている資格情報ストアを確認します:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install or repair the program %1 (it comes with Docker Desktop), or remove the &quot;credsStore&quot; line from the file so Docker saves credentials in the file itself; then sign in again.</source>
        <translation>プログラム %1 (Docker Desktop に付属) をインストールまたは修復するか、ファイルから「credsStore」の行を削除して、Docker が資格情報をファイル自体に保存するようにします。その後、もう一度ログインしてください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On Windows, &quot;The stub received bad data&quot; means the registry token is too long for Windows Credential Manager: removing &quot;credsStore&quot; is the known fix.</source>
        <translation>Windows で「The stub received bad data」と表示される場合、レジストリのトークンが Windows 資格情報マネージャーには長すぎることを意味します。「credsStore」を削除するのが既知の解決策です。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Install the Azure CLI:</source>
        <translation>Azure CLI をインストールします:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to Azure, then to the registry:</source>
        <translation>Azure にサインインしてから、レジストリにログインします:</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The password read from standard input was empty.</source>
        <translation>標準入力から読み取ったパスワードは空でした。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set the clock to synchronise automatically (Windows: Settings &gt; Time &amp; language &gt; Sync now; macOS: System Settings &gt; General &gt; Date &amp; Time), or:</source>
        <translation>時計が自動的に同期されるように設定するか (Windows: [設定] &gt; [時刻と言語] &gt; [今すぐ同期]、macOS: [システム設定] &gt; [一般] &gt; [日付と時刻])、次を実行します:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Then sign in again: tokens issued while the clock was wrong stay wrong.</source>
        <translation>その後、もう一度ログインしてください。時計が間違っていた間に発行されたトークンは、正しくならないままです。</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>If you have no GPG key yet, create one (it asks for your name, e-mail address and a passphrase):</source>
        <translation>GPG キーをまだ持っていない場合は作成します (名前、メール アドレス、パスフレーズを尋ねられます):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up pass with your key&apos;s ID (the long hexadecimal number that gpg --list-secret-keys shows), then sign in again:</source>
        <translation>キーの ID (gpg --list-secret-keys に表示される長い 16 進数) で pass をセットアップしてから、もう一度サインインします:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the GPG key %1 from where it was made (gpg --export-secret-keys there, gpg --import here), or set up pass again with a key that is on this computer; logins saved with the old key are then lost:</source>
        <translation>GPG キー %1 を作成元からインポートする (作成元で gpg --export-secret-keys、ここで gpg --import) か、このコンピューターにあるキーで pass をセットアップし直します。その場合、古いキーで保存されたログインは失われます:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in from the desktop session itself, not over SSH; or, on a server without a desktop, use pass instead (install pass and docker-credential-pass, then set &quot;credsStore&quot; to &quot;pass&quot; in %1):</source>
        <translation>SSH 経由ではなく、デスクトップ セッション自体からサインインします。デスクトップのないサーバーでは、代わりに pass を使います (pass と docker-credential-pass をインストールし、%1 の &quot;credsStore&quot; を &quot;pass&quot; に設定します):</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The Azure CLI is version %1; az acr login signs in with Podman from version %2 on.</source>
        <translation>Azure CLI のバージョンは %1 です。az acr login はバージョン %2 以降で Podman によるログインに対応しています。</translation>
    </message>
    <message>
        <location line="-948"/>
        <source>Get a new token for the registry&apos;s region (it lasts 12 hours) and sign in with the user name AWS:</source>
        <translation>レジストリのリージョン用に新しいトークン (有効期間 12 時間) を取得し、ユーザー名 AWS でログインします:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Get a new token (it lasts 12 hours) and sign in with the user name AWS:</source>
        <translation>新しいトークン (有効期間 12 時間) を取得し、ユーザー名 AWS でログインします:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Let Docker use your gcloud sign-in for exactly this host:</source>
        <translation>この正確なホストに対して Docker が gcloud のログインを使うようにします:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or sign in with an access token, valid for one hour:</source>
        <translation>または、1 時間有効なアクセス トークンでログインします:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the GitHub CLI&apos;s token the packages scope, then sign in with it:</source>
        <translation>GitHub CLI のトークンに packages スコープを付けてから、そのトークンでログインします:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>See which AWS identity your AWS CLI signs in as; the registry&apos;s owner allows it in an IAM policy or in the repository&apos;s policy:</source>
        <translation>AWS CLI がどの AWS ID でサインインしているかを確認します。レジストリの所有者が IAM ポリシーまたはリポジトリ ポリシーで許可します:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the repository&apos;s policy (needs the right to read it):</source>
        <translation>リポジトリ ポリシーを読み取ります (読み取る権限が必要です):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ask the repository&apos;s owner to give your account the role (a service account is written serviceAccount:NAME@PROJECT.iam.gserviceaccount.com):</source>
        <translation>リポジトリの所有者に、アカウントへのロールの付与を依頼します (サービス アカウントは serviceAccount:NAME@PROJECT.iam.gserviceaccount.com と書きます):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ask the repository&apos;s owner to give your account access, then sign in again.</source>
        <translation>リポジトリの所有者にアカウントへのアクセス許可を依頼してから、もう一度ログインします。</translation>
    </message>
    <message>
        <location line="+439"/>
        <source>Pull limit: %1 per %2; left: %3.</source>
        <translation>プルの制限: %2 ごとに %1、残り: %3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull limit: %1; left: %2.</source>
        <translation>プルの制限: %1、残り: %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It accepts requests again at %1.</source>
        <translation>%1 に再びリクエストを受け付けます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in to Docker Hub, so that pulls count against your account&apos;s limit instead of your IP address&apos;s:</source>
        <translation>Docker Hub にログインすると、プルは IP アドレスではなくアカウントの制限に数えられます:</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Create a new token, then sign in with it; it is read from the keyboard, never written in the command:</source>
        <translation>新しいトークンを作成してから、そのトークンでログインします。トークンはキーボードから読み取られ、コマンドには書かれません:</translation>
    </message>
    <message>
        <location line="+329"/>
        <source>Docker has a login for %1, but none for %2, the registry you use.</source>
        <translation>Docker には %1 のログインがありますが、使用しているレジストリ %2 のログインはありません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The user name &quot;%1&quot; is an e-mail address.</source>
        <translation>ユーザー名「%1」はメール アドレスです。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in again with the user name this registry expects instead of the e-mail address:</source>
        <translation>メール アドレスではなく、このレジストリが求めるユーザー名でもう一度ログインします:</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The Azure CLI is signed in to %1; %2 is in %3.</source>
        <translation>Azure CLI は %1 にサインインしています。%2 は %3 にあります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the Azure CLI to the registry&apos;s cloud, sign in there, then to the registry:</source>
        <translation>Azure CLI をレジストリのクラウドに切り替えてサインインし、レジストリにログインします:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To go back to the public cloud later:</source>
        <translation>後でパブリック クラウドに戻すには:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Your client looks for %1.</source>
        <translation>クライアントは %1 を探しています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repository exists and has these tags, among others: %1. Pull one of them:</source>
        <translation>リポジトリは存在し、次のタグなどがあります: %1。そのいずれかをプルします:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry has repositories with a similar name: %1. Pull with the name as it is written there:</source>
        <translation>レジストリには似た名前のリポジトリがあります: %1。そこに書かれているとおりの名前でプルします:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the repositories in the registry, and the tags of this one:</source>
        <translation>レジストリ内のリポジトリと、このリポジトリのタグを一覧表示します:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the tags the registry has for this repository (a 404 here means the repository itself does not exist):</source>
        <translation>このリポジトリについてレジストリにあるタグを一覧表示します (ここで 404 になる場合は、リポジトリ自体が存在しません):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On Docker Hub, a name without a namespace means an official image (library/%1); your own images are named ACCOUNT/%1.</source>
        <translation>Docker Hub では、名前空間のない名前は公式イメージ (library/%1) を意味します。自分のイメージの名前は ACCOUNT/%1 です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you are the one who pushes it, push it first, under exactly this name:</source>
        <translation>自分でプッシュする場合は、まずこの名前のとおりにプッシュします:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ask your network administrator to allow outgoing HTTPS (port 443) to %1 in the firewall or proxy, as well as to the registry %2.</source>
        <translation>ネットワーク管理者に、ファイアウォールまたはプロキシで、レジストリ %2 に加えて %1 への送信 HTTPS (ポート 443) を許可するよう依頼してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name does not resolve on this computer: check its DNS (for a private endpoint, the private DNS zone needs a record for the data endpoint too):</source>
        <translation>このコンピューターではこの名前を解決できません。DNS を確認してください (プライベート エンドポイントの場合、プライベート DNS ゾーンにはデータ エンドポイントのレコードも必要です):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test the connection to the data endpoint yourself:</source>
        <translation>データ エンドポイントへの接続を自分でテストします:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry uses dedicated data endpoints; list every one the firewall must allow (one per region the registry is replicated to):</source>
        <translation>レジストリは専用データ エンドポイントを使用しています。ファイアウォールで許可する必要があるものをすべて一覧表示します (レジストリがレプリケートされているリージョンごとに 1 つ):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers come from a shared storage account. Instead of allowing all of *.blob.core.windows.net, the registry owner can turn on dedicated data endpoints, whose names the firewall can allow one by one:</source>
        <translation>レイヤーは共有ストレージ アカウントから届きます。*.blob.core.windows.net 全体を許可する代わりに、レジストリの所有者は専用データ エンドポイントを有効にできます。その名前はファイアウォールで 1 つずつ許可できます:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Best: give the registry a TLS certificate for %1, so that passwords and images do not travel in clear text.</source>
        <translation>推奨: パスワードとイメージが平文で送信されないように、レジストリに %1 用の TLS 証明書を設定します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker: add &quot;insecure-registries&quot;: [&quot;%1&quot;] to the engine&apos;s settings (daemon.json: /etc/docker/daemon.json on Linux, Settings &gt; Docker Engine in Docker Desktop), restart Docker, and check that it is listed:</source>
        <translation>Docker: エンジンの設定 (daemon.json: Linux では /etc/docker/daemon.json、Docker Desktop では Settings &gt; Docker Engine) に &quot;insecure-registries&quot;: [&quot;%1&quot;] を追加し、Docker を再起動して、一覧に表示されることを確認します:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Podman and Skopeo: mark it insecure in /etc/containers/registries.conf ([[registry]] with location = &quot;%1&quot; and insecure = true), or for one command:</source>
        <translation>Podman と Skopeo: /etc/containers/registries.conf で安全でないレジストリとして指定します (location = &quot;%1&quot; と insecure = true を含む [[registry]])。または 1 つのコマンドだけの場合:</translation>
    </message>
    <message>
        <location line="-522"/>
        <source>The registry %1 sends clients for tokens to %2.</source>
        <translation>レジストリ %1 は、トークンの取得先としてクライアントを %2 に送ります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See what the token service answers from this computer (a token service answers 401 or 200 with JSON, not a connection error or 404):</source>
        <translation>このコンピューターからトークン サービスが何を返すかを確認します (トークン サービスは接続エラーや 404 ではなく、401 または JSON 付きの 200 を返します):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the registry&apos;s administrator to fix the token realm in the registry&apos;s settings (for Distribution, auth.token.realm): it must be an https address that clients can reach, served by a running token service with a valid certificate.</source>
        <translation>レジストリの管理者に、レジストリの設定 (Distribution の場合は auth.token.realm) でトークンの realm を修正するよう依頼してください。クライアントが到達できる https アドレスで、有効な証明書を持つ実行中のトークン サービスが応答する必要があります。</translation>
    </message>
    <message>
        <location line="-663"/>
        <source>In a script, or where docker login cannot ask: the same with the password typed here and passed on standard input:</source>
        <translation>スクリプト内や docker login が入力を求められない場所では、ここでパスワードを入力して標準入力で渡す、次の同等のコマンドを使います:</translation>
    </message>
    <message>
        <location line="+1023"/>
        <source>The pull secret holds no registry at all (its auths are empty).</source>
        <translation>プル シークレットにはレジストリがまったく含まれていません (auths が空です)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pull secret holds credentials for %1, none for %2: Kubernetes pulls from %2 without signing in.</source>
        <translation>プル シークレットには %1 の資格情報がありますが、%2 の資格情報はありません。Kubernetes はログインせずに %2 からプルします。</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Ask the registry owner to give your identity the %1 role on the registry (AcrPull and AcrPush give nothing in this mode):</source>
        <translation>レジストリの所有者に、レジストリに対する %1 ロールをあなたの ID に割り当てるよう依頼してください (このモードでは AcrPull と AcrPush は何も付与しません):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To allow only the repository %1, the owner adds an ABAC condition on the repository name to that role assignment (Azure portal: Access control (IAM), Add role assignment, Conditions).</source>
        <translation>リポジトリ %1 だけを許可するには、所有者がそのロールの割り当てにリポジトリ名の ABAC 条件を追加します (Azure portal: アクセス制御 (IAM)、ロールの割り当ての追加、条件)。</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>The limit counts the pulls of the last %1: pulls are possible again as the older ones leave that window.</source>
        <translation>制限は直近 %1 のプルを数えます。古いプルがその期間から外れるにつれて、再びプルできるようになります。</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>This Docker ID has two-factor authentication on: create a personal access token in Docker Hub (Account settings, Personal access tokens), then sign in with it as the password; it is read from the keyboard, never written in the command:</source>
        <translation>この Docker ID では 2 要素認証が有効です。Docker Hub で個人用アクセス トークンを作成し (Account settings、Personal access tokens)、それをパスワードとしてログインしてください。トークンはキーボードから読み取られ、コマンドには書き込まれません:</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Helm cannot load its registry config %1, and helm registry login fails on it too. Move the file aside first (or correct it):</source>
        <translation>Helm はレジストリ構成 %1 を読み込めず、helm registry login もこのファイルで失敗します。先にファイルを別の場所に移動してください (または修正してください):</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>Get the registry token with the Azure CLI and give it to helm registry login; the user name is always 00000000-0000-0000-0000-000000000000:</source>
        <translation>Azure CLI でレジストリ トークンを取得し、helm registry login に渡します。ユーザー名は常に 00000000-0000-0000-0000-000000000000 です:</translation>
    </message>
    <message>
        <location line="-993"/>
        <source>In a script, or where %1 cannot ask: the same with the password typed here and passed on standard input:</source>
        <translation>スクリプト内や %1 が入力を求められない場所では、ここでパスワードを入力して標準入力で渡す、次の同等のコマンドを使います:</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>The Docker engine connects to %1 through the proxy %2 (its own HTTPS proxy setting).</source>
        <translation>Docker エンジンは、プロキシ %2 (エンジン独自の HTTPS プロキシ設定) を経由して %1 に接続します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine&apos;s HTTPS proxy setting is not a valid proxy address.</source>
        <translation>Docker エンジンの HTTPS プロキシ設定は、有効なプロキシ アドレスではありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine connects to %1 directly: its No Proxy setting (%2) exempts it.</source>
        <translation>Docker エンジンは %1 に直接接続します。エンジンの No Proxy 設定 (%2) によって除外されているためです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine connects to %1 directly: it has no HTTPS proxy setting.</source>
        <translation>Docker エンジンは %1 に直接接続します。HTTPS プロキシが設定されていないためです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This check, like the docker command in your terminal, went through the proxy %1 (from %2).</source>
        <translation>このチェックは、ターミナルの docker コマンドと同様に、プロキシ %1 (%2 の設定) を経由しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This check, like the docker command in your terminal, connected directly.</source>
        <translation>このチェックは、ターミナルの docker コマンドと同様に、直接接続しました。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In Docker Desktop, open Settings &gt; Resources &gt; Proxies and set the same proxy as your terminal (or turn manual proxy configuration off to follow the system&apos;s), with %1 in the bypass list if it must be reached directly. Then select Apply &amp; restart.</source>
        <translation>Docker Desktop で Settings &gt; Resources &gt; Proxies を開き、ターミナルと同じプロキシを設定します (または手動のプロキシ構成をオフにしてシステムの設定に従わせます)。%1 に直接接続する必要がある場合は、バイパス リストに追加します。その後、Apply &amp; restart を選択します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Docker Engine on Linux: give the docker service the same proxy in a systemd drop-in (or in /etc/docker/daemon.json under &quot;proxies&quot;, Docker 23 and later), then restart it:</source>
        <translation>Linux の Docker Engine: systemd のドロップイン (または Docker 23 以降では /etc/docker/daemon.json の &quot;proxies&quot;) で docker サービスに同じプロキシを設定し、再起動します:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check what the engine uses now:</source>
        <translation>エンジンが現在使用している設定を確認します:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The docker command sends its commands to %1 (from %2): the engine %3 runs on another machine.</source>
        <translation>docker コマンドはコマンドを %1 (%2 の設定) に送信しています。エンジン %3 は別のマシンで実行されています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs in Docker Desktop&apos;s virtual machine (kernel %1).</source>
        <translation>エンジンは Docker Desktop の仮想マシン (カーネル %1) で実行されています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs in WSL 2 (%1, kernel %2).</source>
        <translation>エンジンは WSL 2 (%1、カーネル %2) で実行されています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See which engine the docker command uses, and where it runs:</source>
        <translation>docker コマンドが使用しているエンジンと、その実行場所を確認します:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test from the engine&apos;s side: a pull runs there, with its DNS, certificates and proxy.</source>
        <translation>エンジン側からテストします。プルはエンジン側で、エンジンの DNS、証明書、プロキシを使用して実行されます。</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>The Docker engine lists %1 among its insecure registries, so docker login, pull and push connect to it without checking the certificate.</source>
        <translation>Docker エンジンは %1 を安全でないレジストリとして登録しているため、docker login、pull、push は証明書を確認せずに接続します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine treats the addresses in %1 as insecure registries, and %2 is among them, so docker login, pull and push connect to it without checking the certificate.</source>
        <translation>Docker エンジンは %1 のアドレスを安全でないレジストリとして扱い、%2 はその範囲に含まれるため、docker login、pull、push は証明書を確認せずに接続します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in was not tested here: this check verifies certificates, as Podman, Skopeo, Helm and the Azure CLI do.</source>
        <translation>ここではログインをテストしていません。このチェックは、Podman、Skopeo、Helm、Azure CLI と同様に証明書を検証するためです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best: have the registry use a certificate that Docker can verify, and give Docker its certificate authority in /etc/docker/certs.d/%1/ca.crt (on Docker Desktop, ~/.docker/certs.d/%1/ca.crt) instead of listing it as insecure.</source>
        <translation>推奨: 安全でないレジストリとして登録する代わりに、Docker が検証できる証明書をレジストリで使用し、その証明機関を /etc/docker/certs.d/%1/ca.crt (Docker Desktop では ~/.docker/certs.d/%1/ca.crt) に配置して Docker に渡してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the engine&apos;s insecure registries (Docker Desktop: Settings &gt; Docker Engine; Linux: &quot;insecure-registries&quot; in /etc/docker/daemon.json):</source>
        <translation>エンジンの安全でないレジストリを確認します (Docker Desktop: Settings &gt; Docker Engine、Linux: /etc/docker/daemon.json の &quot;insecure-registries&quot;):</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Sign in with %1 using exactly this login server:</source>
        <translation>次のログイン サーバーをそのまま使って、%1 でログインします:</translation>
    </message>
    <message>
        <location line="+550"/>
        <source>Find the credential store named in %1, the file %2 took it from:</source>
        <translation>%2 が資格情報ストアを取得したファイル %1 で、指定されているストアを確認します:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Install or repair the program %1, or remove the store from &quot;%2&quot; in that file so that %3 keeps logins in a file; then sign in again with %4.</source>
        <translation>プログラム %1 をインストールまたは修復するか、そのファイルの「%2」からストアを削除して、%3 がログインをファイルに保存するようにします。その後、%4 でもう一度ログインしてください。</translation>
    </message>
    <message>
        <location line="-870"/>
        <source>Let %1 use your gcloud sign-in for exactly this host (gcloud writes it to Docker&apos;s config, which %1 reads too):</source>
        <translation>この正確なホストに対して %1 が gcloud のログインを使うようにします (gcloud はこれを Docker の構成に書き込み、%1 もその構成を読み取ります):</translation>
    </message>
</context>
<context>
    <name>rd::Runner</name>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/runner.cpp" line="+117"/>
        <source>No answer within %n second(s); the check stopped waiting.</source>
        <translation>
            <numerusform>%n 秒以内に応答がなかったため、チェックは待機を終了しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::Symptoms</name>
    <message>
        <location filename="../src/core/diagnosis/symptom_catalog.cpp" line="+25"/>
        <source>I cannot sign in to my registry with docker login, az acr login, or either of them</source>
        <translation>docker login や az acr login でレジストリにログインできない</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing in tells me I am unauthorized, or that my application is not registered (Microsoft Entra ID, formerly Azure AD)</source>
        <translation>ログインすると unauthorized や、アプリケーションが登録されていない (Microsoft Entra ID、旧称 Azure AD) と表示される</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI says it could not connect to the registry login server</source>
        <translation>Azure CLI で、レジストリのログイン サーバーに接続できないと表示される</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pushing or pulling images fails with unauthorized, even though I signed in</source>
        <translation>ログインしたのに、プッシュやプルが unauthorized で失敗する</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AKS, Azure DevOps or another Azure service cannot get to my registry</source>
        <translation>AKS、Azure DevOps などの Azure サービスからレジストリにアクセスできない</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing in fails with 403 Forbidden</source>
        <translation>ログインが 403 Forbidden で失敗する</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I cannot see or change my registry in the Azure portal or with the Azure CLI</source>
        <translation>Azure portal や Azure CLI でレジストリを表示・変更できない</translation>
    </message>
</context>
<context>
    <name>rd::SymptomsPage</name>
    <message>
        <location filename="../ui/symptoms_page.ui"/>
        <source>What goes wrong?</source>
        <translation>どんな問題が起きていますか?</translation>
    </message>
    <message>
        <location/>
        <source>Paste the error message, or tick what you see. Not sure? Leave &quot;check everything&quot; on: it only takes a moment longer.</source>
        <translation>エラー メッセージを貼り付けるか、当てはまるものにチェックを入れてください。よくわからない場合は、[すべてチェック] をオンのままにしてください。少し時間がかかるだけです。</translation>
    </message>
    <message>
        <location/>
        <source>Error message</source>
        <extracomment>Screen-reader name of the box where the error message is pasted.</extracomment>
        <translation>エラー メッセージ</translation>
    </message>
    <message>
        <location/>
        <source>Paste the error message you got. It is explained below as you paste it.</source>
        <translation>表示されたエラー メッセージを貼り付けてください。貼り付けると、下に説明が表示されます。</translation>
    </message>
    <message>
        <location/>
        <source>What do you see?</source>
        <extracomment>Heading of the list of symptoms to tick.</extracomment>
        <translation>どんな症状ですか?</translation>
    </message>
    <message>
        <location/>
        <source>I&apos;m not sure, check &amp;everything</source>
        <translation>よくわからないので、すべてチェック(&amp;E)</translation>
    </message>
    <message>
        <location/>
        <source>Every check runs. This is the safe choice.</source>
        <translation>すべてのチェックを実行します。確実な選択です。</translation>
    </message>
    <message>
        <location filename="../src/gui/symptoms_page.cpp" line="+98"/>
        <source>What happens</source>
        <extracomment>Name of the second step in the side list of steps (the symptoms: what goes wrong). Short.</extracomment>
        <translation>症状</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start check</source>
        <translation>チェックを開始(&amp;S)</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+222"/>
        <source>For example: %1</source>
        <translation>例: %1</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>This message is not one Registry Doctor knows yet. The check will still look at everything.</source>
        <translation>このメッセージは、Registry Doctor がまだ認識できないものです。チェックでは引き続きすべての項目を確認します。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What it means</source>
        <extracomment>Heading above the explanation of a pasted error message.</extracomment>
        <translation>メッセージの意味</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Printed by: %1</source>
        <translation>出力元: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry: %1 (%2)</source>
        <extracomment>%1 is the registry&apos;s address; %2 the kind of registry: a service&apos;s name (&quot;Docker Hub&quot;, &quot;Azure Container Registry&quot;) or &quot;container registry&quot;.</extracomment>
        <translation>レジストリ: %1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Likely cause: %1</source>
        <extracomment>%1 is a cause&apos;s title.</extracomment>
        <translation>考えられる原因: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use %1</source>
        <extracomment>Button that takes the registry named in the pasted error message; %1 is its address.</extracomment>
        <translation>%1 を使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message names this registry.</source>
        <translation>メッセージにこのレジストリの名前が含まれています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message names a different registry than %1.</source>
        <translation>メッセージには %1 とは別のレジストリの名前が含まれています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check will use %1.</source>
        <translation>チェックでは %1 を使用します。</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Ticked: %1.</source>
        <translation>選択済み: %1。</translation>
    </message>
    <message>
        <location filename="../ui/symptoms_page.ui"/>
        <source>Paste the error &amp;message you got (optional)</source>
        <translation>表示されたエラー メッセージを貼り付ける (省略可能)(&amp;M)</translation>
    </message>
    <message>
        <location filename="../src/gui/symptoms_page.cpp" line="+132"/>
        <source>Help-desk case number, if you have one (saved in the report)</source>
        <extracomment>Label of an optional field for the number of the user&apos;s support ticket, saved in the report.</extracomment>
        <translation>ヘルプデスクのケース番号 (お持ちの場合。レポートに保存されます)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help-desk case number</source>
        <translation>ヘルプデスクのケース番号</translation>
    </message>
</context>
<context>
    <name>rd::TcpProbe</name>
    <message>
        <location filename="../src/core/probes/tcp_probe.cpp" line="+79"/>
        <source>Skipped: there is no registry address to check.</source>
        <translation>スキップ: チェックするレジストリのアドレスがありません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped: the registry&apos;s name did not resolve to an address.</source>
        <translation>スキップ: レジストリの名前をアドレスに解決できませんでした。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Practice mode only talks to this computer; %1 is not part of the exercise.</source>
        <translation>練習モードではこのコンピューターとのみ通信します。%1 は練習の対象外です。</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>No answer from %1 within %n second(s): something on the way (a firewall, a private network) drops the connection.</source>
        <translation>
            <numerusform>%1 から %n 秒以内に応答がありません。経路上の何か (ファイアウォールやプライベート ネットワーク) が接続を破棄しています。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 refused the connection: nothing accepts connections there, or a firewall rejects them.</source>
        <translation>%1 が接続を拒否しました。そこで接続を受け付けているものがないか、ファイアウォールが拒否しています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to %1: %2</source>
        <translation>%1 に接続できませんでした: %2</translation>
    </message>
    <message>
        <location filename="../src/core/probes/tcp_probe.h" line="+23"/>
        <source>Connection to the registry</source>
        <translation>レジストリへの接続</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/probes/tcp_probe.cpp" line="-12"/>
        <source>No answer from the proxy %1 within %n second(s): the proxy is down, or something on the way drops the connection.</source>
        <translation>
            <numerusform>プロキシ %1 から %n 秒以内に応答がありません。プロキシが停止しているか、経路上の何かが接続を破棄しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Connected to the proxy %1 in %n millisecond(s).</source>
        <translation>
            <numerusform>プロキシ %1 に %n ミリ秒で接続しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Connected to %1 in %n millisecond(s).</source>
        <translation>
            <numerusform>%1 に %n ミリ秒で接続しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The proxy %1 refused the connection: no proxy is running there, or a firewall rejects the connection.</source>
        <translation>プロキシ %1 が接続を拒否しました。そこでプロキシが動作していないか、ファイアウォールが接続を拒否しています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to the proxy %1: %2</source>
        <translation>プロキシ %1 に接続できませんでした: %2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Connected to %1 over IPv4 (%2), but not over IPv6 (%3): %4. Programs that try IPv6 first and do not fall back to IPv4 fail here.</source>
        <translation>%1 には IPv4 (%2) では接続できましたが、IPv6 (%3) では接続できませんでした: %4。IPv6 を先に試し、IPv4 に切り替えないプログラムはここで失敗します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer in time</source>
        <translation>時間内に応答がありません</translation>
    </message>
</context>
<context>
    <name>rd::TlsProbe</name>
    <message>
        <location filename="../src/core/probes/tls_probe.cpp" line="+45"/>
        <source>Skipped: no connection to the registry.</source>
        <translation>スキップ: レジストリに接続できていません。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The secure connection could not be set up: %1</source>
        <translation>セキュリティで保護された接続を確立できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The connection opened, but the secure handshake got no answer within %n second(s): something on the way (a firewall that filters secure connections) or the server stops it.</source>
        <translation>
            <numerusform>接続は開きましたが、セキュリティ ハンドシェイクに %n 秒以内に応答がありませんでした。経路上の何か (セキュリティで保護された接続をフィルターするファイアウォール) またはサーバーが止めています。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1 with a valid certificate for %2, issued by %3, valid until %4.</source>
        <translation>%1 で接続しました。%2 用の有効な証明書です (発行元 %3、有効期限 %4)。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The certificate is issued by &quot;%1&quot;, which this computer does not trust. A company proxy or antivirus that inspects secure connections usually does this.</source>
        <translation>証明書の発行元は「%1」で、このコンピューターはこれを信頼していません。通常は、セキュリティで保護された接続を検査する社内のプロキシやウイルス対策ソフトが原因です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate is for %1, not for %2.</source>
        <translation>証明書は %2 用ではなく、%1 用です。</translation>
    </message>
    <message>
        <location filename="../src/core/probes/tls_probe.h" line="+21"/>
        <source>Secure connection (TLS)</source>
        <translation>セキュリティで保護された接続 (TLS)</translation>
    </message>
    <message>
        <location filename="../src/core/probes/tls_probe.cpp" line="+57"/>
        <source>Docker does not check certificates for registries on 127.0.0.0/8 (its default insecure registries), so it connects although &quot;%1&quot; is not a trusted issuer. Podman, Skopeo, the Azure CLI and browsers refuse this certificate.</source>
        <translation>Docker は 127.0.0.0/8 上のレジストリの証明書を検証しません (既定の非セキュア レジストリ)。そのため、「%1」が信頼された発行者でなくても接続します。Podman、Skopeo、Azure CLI、ブラウザーはこの証明書を拒否します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker trusts this certificate through %1. This computer&apos;s own store does not, so the Azure CLI, browsers and other programs on this computer will refuse it.</source>
        <translation>Docker は %1 を通じてこの証明書を信頼しています。このコンピューター自体のストアは信頼していないため、Azure CLI、ブラウザー、このコンピューター上の他のプログラムはこの証明書を拒否します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Podman and Skopeo trust this certificate through %1. This computer&apos;s own store does not, so the Azure CLI, browsers and other programs on this computer will refuse it.</source>
        <translation>Podman と Skopeo は %1 を通じてこの証明書を信頼しています。このコンピューター自体のストアは信頼していないため、Azure CLI、ブラウザー、このコンピューター上の他のプログラムはこの証明書を拒否します。</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>The registry speaks plain HTTP on port %1, without TLS. Docker uses plain HTTP for registries on 127.0.0.0/8 by itself, so it can work with it; Podman and Skopeo cannot unless the registry is marked insecure. The rest of the check needs TLS and was not done.</source>
        <translation>レジストリはポート %1 で TLS なしの平文の HTTP を使用しています。Docker は 127.0.0.0/8 のレジストリには自動的に平文の HTTP を使用するため動作できますが、Podman と Skopeo はレジストリが安全でないと指定されていない限り動作しません。残りのチェックには TLS が必要なため、実行されませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry speaks plain HTTP on port %1, without TLS: it answered a request in clear text.</source>
        <translation>レジストリはポート %1 で TLS なしの平文の HTTP を使用しています: 平文の要求に応答しました。</translation>
    </message>
</context>
<context>
    <name>rd::WizardModel</name>
    <message>
        <location filename="../src/gui/wizard_model.cpp" line="+141"/>
        <source>&quot;%1&quot; is not a registry address.</source>
        <translation>「%1」はレジストリのアドレスではありません。</translation>
    </message>
</context>
<context>
    <name>rd::WizardPage</name>
    <message>
        <location filename="../src/gui/wizard_page.h" line="+22"/>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
</context>
</TS>
