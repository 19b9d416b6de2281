<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>rd::AboutDialog</name>
    <message>
        <location filename="../src/gui/about_dialog.cpp" line="+12"/>
        <source>About Registry Doctor</source>
        <translation>Sobre o Registry Doctor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not available</source>
        <extracomment>Stands for the OpenSSL version in the About box when OpenSSL cannot be loaded.</extracomment>
        <translation>não disponível</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Registry Doctor %1&lt;/h2&gt;&lt;p&gt;Finds out why you cannot sign in to a container registry, and tells you how to fix it.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Registry Doctor is free software under the MIT licence.&lt;br&gt;Qt is used under the GNU Lesser General Public License version 3.&lt;br&gt;OpenSSL is used under the Apache License 2.0.&lt;/p&gt;</source>
        <extracomment>%1 is the program version, %2 the Qt version, %3 the OpenSSL version (or &quot;not available&quot;). Keep the HTML tags.</extracomment>
        <translation>&lt;h2&gt;Registry Doctor %1&lt;/h2&gt;&lt;p&gt;Descobre por que você não consegue fazer logon em um registro de contêiner e explica como resolver.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;O Registry Doctor é software livre sob a licença MIT.&lt;br&gt;O Qt é usado sob os termos da GNU Lesser General Public License versão 3.&lt;br&gt;O OpenSSL é usado sob os termos da Apache License 2.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rd::AcrRoleModeProbe</name>
    <message>
        <location filename="../src/core/probes/acr_role_mode_probe.cpp" line="+47"/>
        <source>Skipped: only Azure Container Registry has a permissions mode.</source>
        <translation>Ignorada: somente o Registro de Contêiner do Azure tem um modo de permissões.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped: nothing was refused after the sign-in.</source>
        <translation>Ignorada: nada foi recusado depois da entrada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped: reading the registry&apos;s permissions mode needs the Azure CLI, signed in.</source>
        <translation>Ignorada: ler o modo de permissões do registro requer a CLI do Azure conectada.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The Azure CLI could not get a token to read the registry&apos;s permissions mode: Microsoft Entra ID wants multifactor authentication, or a Conditional Access policy blocks the sign-in (%1).</source>
        <translation>A CLI do Azure não obteve um token para ler o modo de permissões do registro: o Microsoft Entra ID exige autenticação multifator, ou uma política de Acesso Condicional bloqueia o logon (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Azure CLI did not tell the registry&apos;s permissions mode (you may not be allowed to read the registry&apos;s settings), so it is unknown.</source>
        <translation>A CLI do Azure não informou o modo de permissões do registro (talvez você não tenha permissão para ler as configurações dele), então ele é desconhecido.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry uses &quot;RBAC Registry + ABAC Repository Permissions&quot; (%1): the AcrPull and AcrPush roles give no rights on its repositories there.</source>
        <translation>O registro usa &quot;RBAC Registry + ABAC Repository Permissions&quot; (%1): nesse modo, as funções AcrPull e AcrPush não dão direitos sobre os repositórios dele.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry&apos;s permissions mode is %1: the AcrPull and AcrPush roles apply.</source>
        <translation>O modo de permissões do registro é %1: as funções AcrPull e AcrPush se aplicam.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/acr_role_mode_probe.h" line="+21"/>
        <source>Registry&apos;s permissions mode</source>
        <translation>Modo de permissões do registro</translation>
    </message>
</context>
<context>
    <name>rd::AllLoginsDialog</name>
    <message>
        <location filename="../src/gui/all_logins_dialog.cpp" line="+31"/>
        <source>All my saved logins</source>
        <translation>Todos os meus logons salvos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in</source>
        <translation>Logon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved logins</source>
        <translation>Logons salvos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking…</source>
        <extracomment>Shown in a row of the saved-logins table while that registry is being checked.</extracomment>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registries checked</source>
        <translation>Registros verificados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop checking</source>
        <translation>&amp;Parar a verificação</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Docker has no saved logins on this computer.</source>
        <translation>O Docker não tem logons salvos neste computador.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Checking %n registries at once…</source>
        <translation>
            <numerusform>Verificando %n registro…</numerusform>
            <numerusform>Verificando %n registros ao mesmo tempo…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Works</source>
        <translation>Funciona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not tested</source>
        <extracomment>The saved login could not be tried (no answer, nothing saved, registry open to all).</extracomment>
        <translation>Não testado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expired at %1</source>
        <extracomment>%1 is a date and time in the reader&apos;s local time.</extracomment>
        <translation>expirou em %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopped.</source>
        <translation>Parado.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 of %n saved logins work.</source>
        <translation>
            <numerusform>%1 de %n logon salvo funciona.</numerusform>
            <numerusform>%1 de %n logons salvos funcionam.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
</context>
<context>
    <name>rd::AzureCliProbe</name>
    <message>
        <location filename="../src/core/probes/azure_cli_probe.cpp" line="+12"/>
        <source>Azure CLI</source>
        <translation>CLI do Azure</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The Azure CLI (az) is not installed, but you sign in through it. Install the Azure CLI, or sign in another way (a user name and password, or a token).</source>
        <translation>A CLI do Azure (az) não está instalada, mas é o método de logon escolhido. Instale a CLI do Azure ou faça logon de outra forma (com nome de usuário e senha, ou com um token).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI (az) is not installed; it is only needed to sign in through it.</source>
        <translation>A CLI do Azure (az) não está instalada; ela só é necessária se você fizer logon por meio dela.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The Azure CLI is installed, but its sign-in file %1 could not be read (%2), so whether you are signed in is unknown.</source>
        <translation>A CLI do Azure está instalada, mas não foi possível ler o arquivo de logon %1 (%2), então não se sabe se você fez logon.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Azure CLI is installed but not signed in (no account in %1). az acr login needs az login first.</source>
        <translation>A CLI do Azure está instalada, mas você não fez logon (nenhuma conta em %1). O az acr login precisa de um az login antes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+46"/>
        <source>The Azure CLI is signed in as %1 (subscription &quot;%2&quot;).</source>
        <translation>A CLI do Azure fez logon como %1 (assinatura &quot;%2&quot;).</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>did not answer within %n second(s)</source>
        <translation>
            <numerusform>não respondeu em %n segundo</numerusform>
            <numerusform>não respondeu em %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>crashed</source>
        <translation>foi encerrado de forma inesperada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be started (%1)</source>
        <translation>não pôde ser iniciado (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;az account show&quot; %1, so whether you are signed in to the Azure CLI is unknown.</source>
        <translation>&quot;az account show&quot; %1, então não se sabe se você fez logon na CLI do Azure.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;az account show&quot; succeeded but printed something that is not an account, so whether you are signed in is unknown.</source>
        <translation>&quot;az account show&quot; funcionou, mas exibiu algo que não é uma conta, então não se sabe se você fez logon.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Azure CLI is not signed in (&quot;%1&quot;), but you sign in through it. Run az login, then az acr login.</source>
        <translation>Você não fez logon na CLI do Azure (&quot;%1&quot;), mas esse é o método de logon escolhido. Execute az login e depois az acr login.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;az account show&quot; failed (exit code %1): &quot;%2&quot;. Until it works, az acr login cannot sign you in.</source>
        <translation>&quot;az account show&quot; falhou (código de saída %1): &quot;%2&quot;. Enquanto isso não funcionar, o az acr login não consegue fazer o seu logon.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&quot;az account show&quot; failed with exit code %1 and printed no message. Until it works, az acr login cannot sign you in.</source>
        <translation>&quot;az account show&quot; falhou com o código de saída %1 e não exibiu nenhuma mensagem. Enquanto isso não funcionar, o az acr login não consegue fazer o seu logon.</translation>
    </message>
</context>
<context>
    <name>rd::BlobUploadProbe</name>
    <message>
        <location filename="../src/core/probes/blob_upload_probe.cpp" line="+34"/>
        <source>The registry did not answer the start of an upload: %1</source>
        <translation>O registro não respondeu ao início de um upload: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused to start an upload to %1 (status %2): this sign-in may not push there.</source>
        <translation>O registro recusou iniciar um upload para %1 (status %2): este logon não permite fazer push ali.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered the start of an upload to %1 with status %2.</source>
        <translation>O registro respondeu ao início de um upload para %1 com o status %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You may push to %1: the registry accepted the start of an upload, and it was cancelled.</source>
        <translation>Você pode fazer push para %1: o registro aceitou o início de um upload, que foi cancelado em seguida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may push to %1: the registry accepted the start of an upload, but cancelling it was answered with status %2; the registry removes unfinished uploads itself after a while.</source>
        <translation>Você pode fazer push para %1: o registro aceitou o início de um upload, mas o cancelamento recebeu o status %2; o próprio registro remove uploads inacabados depois de algum tempo.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/blob_upload_probe.h" line="+18"/>
        <source>Starting an upload</source>
        <translation>Início de um upload</translation>
    </message>
</context>
<context>
    <name>rd::CauseCard</name>
    <message>
        <location filename="../src/gui/cause_card.cpp" line="+99"/>
        <source>What the check saw</source>
        <translation>O que a verificação encontrou</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How to fix it</source>
        <translation>Como resolver</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Read more</source>
        <translation>Saiba mais</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+81"/>
        <source>Check &amp;again</source>
        <translation>Ve&amp;rificar novamente</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Check again: %1</source>
        <translation>Verificar novamente: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs just the checks behind this problem again, to see whether your fix worked.</source>
        <translation>Executa de novo apenas as verificações relacionadas a este problema, para ver se a sua correção funcionou.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Advanced: look in the registry&apos;s login log</source>
        <translation>Avançado: consulte o log de logons do registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the registry sends its resource logs to Log Analytics, this query lists the sign-ins around the time of this check: who signed in, from which address, and what the registry answered. Run it in the Azure portal under the registry&apos;s Logs.</source>
        <translation>Se o registro enviar os logs de recursos para o Log Analytics, esta consulta lista os logons próximos ao horário desta verificação: quem fez logon, de qual endereço e o que o registro respondeu. Execute-a no portal do Azure, em Logs do registro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy query for the registry&apos;s login log</source>
        <translation>Copiar a consulta para o log de logons do registro</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking again…</source>
        <translation>Verificando novamente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed: the check no longer finds this problem.</source>
        <translation>Resolvido: a verificação não encontra mais este problema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still there: the check found this problem again.</source>
        <translation>Ainda presente: a verificação encontrou este problema de novo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fixed</source>
        <extracomment>Status of a problem after &quot;Check again&quot;: it is solved now. Adjective, agrees with &quot;problem&quot;.</extracomment>
        <translation>Resolvido</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+201"/>
        <source>Problem</source>
        <extracomment>Screen-reader name of the card&apos;s icon: how serious the cause is (error / warning).</extracomment>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="-201"/>
        <location line="+201"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>First step: %1</source>
        <translation>Primeira etapa: %1</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Opens in your browser</source>
        <translation>Abre no navegador</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Type the commands in a terminal: press Windows+X and choose Terminal (or Windows PowerShell).</source>
        <translation>Digite os comandos em um terminal: pressione Windows+X e escolha Terminal (ou Windows PowerShell).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the commands in a terminal: press Command+Space, type Terminal and press Return.</source>
        <translation>Digite os comandos em um terminal: pressione Command+Espaço, digite Terminal e pressione Return.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the commands in a terminal: press Ctrl+Alt+T, or open Terminal from the applications menu.</source>
        <translation>Digite os comandos em um terminal: pressione Ctrl+Alt+T ou abra o Terminal no menu de aplicativos.</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>Not confirmed: the checks behind this problem could not run to the end.</source>
        <translation>Não confirmado: as verificações por trás deste problema não puderam ser concluídas.</translation>
    </message>
</context>
<context>
    <name>rd::Causes</name>
    <message>
        <location filename="../src/core/diagnosis/cause_catalog.cpp" line="+34"/>
        <source>Troubleshoot registry login</source>
        <translation>Solucionar problemas de logon no registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Troubleshoot network issues with the registry</source>
        <translation>Solucionar problemas de rede com o registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticate with an Azure container registry</source>
        <translation>Autenticar com um registro de contêiner do Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a service principal</source>
        <translation>Fazer logon com uma entidade de serviço</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository-scoped tokens</source>
        <translation>Tokens com escopo de repositório</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequently asked questions</source>
        <translation>Perguntas frequentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the health of a registry</source>
        <translation>Verificar a integridade de um registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect privately to a registry with Azure Private Link</source>
        <translation>Conectar-se de forma privada a um registro com o Link Privado do Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow access from selected public networks</source>
        <translation>Permitir o acesso de redes públicas selecionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a managed identity</source>
        <translation>Fazer logon com uma identidade gerenciada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Best practices for Azure Container Registry</source>
        <translation>Práticas recomendadas para o Registro de Contêiner do Azure</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Docker is not installed</source>
        <translation>O Docker não está instalado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The docker command was not found on this computer. Signing in with docker login, and pulling or pushing images, needs the Docker client; az acr login also calls it.</source>
        <translation>O comando docker não foi encontrado neste computador. Para fazer logon com docker login e para fazer pull ou push de imagens, é preciso o cliente do Docker; o az acr login também o usa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker is too old</source>
        <translation>O Docker é antigo demais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Container Registry needs Docker 18.03 or later. Older clients do not speak the sign-in protocol the registry expects.</source>
        <translation>O Registro de Contêiner do Azure precisa do Docker 18.03 ou posterior. Clientes mais antigos não falam o protocolo de logon que o registro espera.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine is not running</source>
        <translation>O mecanismo do Docker não está em execução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The docker command is installed, but the Docker engine behind it (the daemon, or Docker Desktop) does not answer. Pulling and pushing images need it, and older Docker versions need it to sign in too.</source>
        <translation>O comando docker está instalado, mas o mecanismo do Docker por trás dele (o daemon ou o Docker Desktop) não responde. Ele é necessário para fazer pull e push de imagens, e versões antigas do Docker também precisam dele para fazer logon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry name is not written correctly</source>
        <translation>O nome do registro não está escrito corretamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker needs the registry&apos;s full login server in lowercase, such as myregistry.azurecr.io, with no https://, no path and no port. The Azure CLI (az acr login --name) needs just the registry name, without the domain.</source>
        <translation>O Docker precisa do servidor de logon completo do registro em letras minúsculas, como myregistry.azurecr.io, sem https://, sem caminho e sem porta. A CLI do Azure (az acr login --name) precisa só do nome do registro, sem o domínio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry name does not exist</source>
        <translation>O registro informado não existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name could not be found in DNS: there is no registry with this name, it is misspelled, it belongs to another Azure cloud (.azurecr.cn, .azurecr.us), or this computer&apos;s DNS is not working.</source>
        <translation>O nome não foi encontrado no DNS: não existe registro com esse nome, ele está escrito errado, pertence a outra nuvem do Azure (.azurecr.cn, .azurecr.us) ou o DNS deste computador não está funcionando.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry cannot be reached from this network</source>
        <translation>O registro não pode ser alcançado a partir desta rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer could not open a connection to the registry. Something between the two (a firewall, a VPN, a network that blocks outgoing traffic on port 443) stops the connection before any sign-in can happen.</source>
        <translation>Este computador não conseguiu abrir uma conexão com o registro. Algo entre os dois (um firewall, uma VPN, uma rede que bloqueia o tráfego de saída na porta 443) interrompe a conexão antes que o logon possa acontecer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy blocks the connection</source>
        <translation>O proxy bloqueia a conexão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections to the registry go through a proxy, and the proxy did not let this one through: it is unreachable, asks for a sign-in of its own, or refuses the registry&apos;s address.</source>
        <translation>As conexões com o registro passam por um proxy, e o proxy não deixou esta passar: ele está inacessível, pede um logon próprio ou recusa o endereço do registro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s certificate is not trusted</source>
        <translation>O certificado do registro não é confiável</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secure connection presents a certificate this computer does not trust. When the issuer is not Microsoft&apos;s, a company proxy or antivirus is usually opening secure connections to inspect them; Docker then refuses to send credentials.</source>
        <translation>A conexão segura apresenta um certificado em que este computador não confia. Quando o emissor não é a Microsoft, normalmente um proxy corporativo ou um antivírus está abrindo as conexões seguras para inspecioná-las; nesse caso, o Docker se recusa a enviar as credenciais.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s firewall does not allow your network</source>
        <translation>O firewall do registro não permite a sua rede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered, but refused this computer&apos;s public IP address. The registry only accepts connections from selected networks, or its public access is turned off.</source>
        <translation>O registro respondeu, mas recusou o endereço IP público deste computador. O registro só aceita conexões de redes selecionadas, ou o acesso público dele está desativado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry is only reachable through its private network</source>
        <translation>O registro só pode ser alcançado pela rede privada dele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s name points to a private endpoint (a private address in an Azure virtual network). From outside that network, for example from home or without the VPN, the connection cannot succeed; inside it, the private DNS zone must be set up.</source>
        <translation>O nome do registro aponta para um ponto de extremidade privado (um endereço privado em uma rede virtual do Azure). De fora dessa rede, por exemplo de casa ou sem a VPN, a conexão não tem como funcionar; de dentro dela, a zona DNS privada precisa estar configurada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry is limiting requests</source>
        <translation>O registro está limitando as solicitações</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered 429 (too many requests): it is slowing down clients that send many requests in a short time. Waiting a little and trying again usually works.</source>
        <translation>O registro respondeu 429 (solicitações demais): ele está freando os clientes que enviam muitas solicitações em pouco tempo. Normalmente basta esperar um pouco e tentar de novo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address is not a container registry</source>
        <translation>O endereço não é um registro de contêiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something answered at this address, but not as a container registry does. The address is probably wrong, or a web page (a proxy&apos;s block page, a captive portal) answered instead.</source>
        <translation>Algo respondeu neste endereço, mas não como um registro de contêiner responde. Provavelmente o endereço está errado, ou uma página da web respondeu no lugar dele (a página de bloqueio de um proxy, um portal cativo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry has a problem on its side</source>
        <translation>O registro está com um problema do lado dele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry was reached but gave no usable answer: a server error (5xx), an answer cut short, or no answer in time. This is not caused by your sign-in; it is usually temporary.</source>
        <translation>O registro foi alcançado, mas não deu uma resposta utilizável: um erro do servidor (5xx), uma resposta interrompida ou nenhuma resposta a tempo. Isso não é causado pelo seu logon; normalmente é temporário.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no credentials for this registry</source>
        <translation>Não há credenciais para este registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was given to sign in with, and Docker has nothing saved for this registry. Docker then tries without signing in, and the registry answers unauthorized.</source>
        <translation>Nada foi informado para fazer logon, e o Docker não tem nada salvo para este registro. Então o Docker tenta sem logon, e o registro responde unauthorized (não autorizado).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name or password is wrong</source>
        <translation>O nome de usuário ou a senha estão incorretos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused the credentials. For a service principal the user name is the application (client) ID and the password is its client secret; for the admin account both come from the registry&apos;s Access keys page; for a token, from its Tokens page.</source>
        <translation>O registro recusou as credenciais. Para uma entidade de serviço, o nome de usuário é o ID do aplicativo (cliente) e a senha é o segredo do cliente; para a conta de administrador, os dois estão na página Chaves de acesso do registro; para um token, na página Tokens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name is not known to the registry</source>
        <translation>O registro não conhece o nome de usuário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered &quot;Application not registered with AAD&quot;: the user name is not an identity it knows. A common mistake is using an e-mail address or a display name where the service principal&apos;s application (client) ID belongs.</source>
        <translation>O registro respondeu &quot;Application not registered with AAD&quot;: o nome de usuário não é uma identidade que ele conheça. Um erro comum é usar um endereço de email ou um nome de exibição no lugar do ID do aplicativo (cliente) da entidade de serviço.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in works but lacks the rights</source>
        <translation>O logon funciona, mas faltam permissões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credentials are valid, but they do not allow what you are trying to do on this repository. Pulling needs the AcrPull role (or a token allowing read); pushing needs AcrPush (or a token allowing write). A role assigned minutes ago can take up to about ten minutes to apply.</source>
        <translation>As credenciais são válidas, mas não permitem o que você está tentando fazer neste repositório. Para fazer pull, é preciso a função AcrPull (ou um token que permita leitura); para fazer push, AcrPush (ou um token que permita gravação). Uma função atribuída há poucos minutos pode levar até uns dez minutos para entrar em vigor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in has expired</source>
        <translation>O logon expirou</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved sign-in is no longer valid. After az acr login, the registry&apos;s token lasts about three hours; service principal secrets and token passwords also have an expiry date.</source>
        <translation>O logon salvo não é mais válido. Depois do az acr login, o token do registro dura cerca de três horas; os segredos de entidades de serviço e as senhas de tokens também têm data de validade.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker&apos;s credential store is not working</source>
        <translation>O armazenamento de credenciais do Docker não está funcionando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker keeps passwords in a credential store (Docker Desktop, Windows Credential Manager, macOS Keychain...). The store named in Docker&apos;s settings is missing or fails, so Docker cannot save or read the registry&apos;s credentials.</source>
        <translation>O Docker guarda as senhas em um armazenamento de credenciais (Docker Desktop, Gerenciador de Credenciais do Windows, Acesso às Chaves do macOS...). O armazenamento indicado nas configurações do Docker está ausente ou falha, então o Docker não consegue salvar nem ler as credenciais do registro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure CLI is not signed in</source>
        <translation>A CLI do Azure não fez logon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>az acr login uses your Azure CLI sign-in to get a registry token. The Azure CLI on this computer is not signed in (or is not installed), so it cannot.</source>
        <translation>O az acr login usa o seu logon da CLI do Azure para obter um token do registro. A CLI do Azure deste computador não fez logon (ou não está instalada), então isso não é possível.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s clock is wrong</source>
        <translation>O relógio deste computador está errado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in tokens are valid for a limited time. When this computer&apos;s clock is several minutes off, fresh tokens look expired or not yet valid, and secure connections can fail.</source>
        <translation>Os tokens de logon valem por um tempo limitado. Quando o relógio deste computador está alguns minutos fora, os tokens recém-emitidos parecem expirados ou ainda não válidos, e as conexões seguras podem falhar.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The secure connection presents a certificate this computer does not trust. When the issuer is not Microsoft&apos;s, a company proxy or antivirus is usually opening secure connections to inspect them; %1 then refuses to send credentials.</source>
        <translation>A conexão segura apresenta um certificado em que este computador não confia. Quando o emissor não é a Microsoft, normalmente um proxy corporativo ou um antivírus está abrindo as conexões seguras para inspecioná-las; nesse caso, o %1 se recusa a enviar as credenciais.</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>Update the Azure CLI the way it was installed (shown here: winget on Windows, Homebrew on macOS, the Debian and Ubuntu packages on Linux), then check its version:</source>
        <translation>Atualize a CLI do Azure da forma como ela foi instalada (aqui: winget no Windows, Homebrew no macOS, os pacotes do Debian e do Ubuntu no Linux) e depois verifique a versão:</translation>
    </message>
    <message>
        <location line="-452"/>
        <source>Azure Container Registry built-in roles</source>
        <translation>Funções internas do Registro de Contêiner do Azure</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pull images to a Kubernetes cluster with a pull secret</source>
        <translation>Fazer pull de imagens para um cluster do Kubernetes com um segredo de pull</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>az acr login needs a Docker engine it cannot reach</source>
        <translation>O az acr login precisa de um mecanismo do Docker que ele não consegue acessar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>az acr login gets a registry token and then passes it to docker login, so it needs a running Docker engine. Without one (in Azure Cloud Shell, on a build agent without Docker, or with Podman or Helm instead of Docker), ask the Azure CLI for the token with --expose-token and give it to your client yourself.</source>
        <translation>O az acr login obtém um token do registro e o passa para o docker login, por isso precisa de um mecanismo do Docker em execução. Sem ele (no Azure Cloud Shell, em um agente de build sem Docker ou com Podman ou Helm em vez do Docker), peça o token à CLI do Azure com --expose-token e passe-o você mesmo ao seu cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pipeline passed an empty user name or password</source>
        <translation>O pipeline passou um nome de usuário ou uma senha vazios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in step received an empty user name or password. In a pipeline this usually means that the secret variable is not set, is misspelled, or is not available to this run (for example in a pull request from a fork, or in another environment or variable group).</source>
        <translation>A etapa de logon recebeu um nome de usuário ou uma senha vazios. Em um pipeline, isso geralmente significa que a variável secreta não está definida, está escrita errado ou não está disponível para esta execução (por exemplo, em uma solicitação de pull de um fork, ou em outro ambiente ou grupo de variáveis).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pod&apos;s image pull secret is missing or does not fit</source>
        <translation>O segredo de pull de imagem do pod está ausente ou não corresponde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kubernetes pulls the image with the secrets named in the pod&apos;s imagePullSecrets or in its service account. The secret named there does not exist in the pod&apos;s namespace, or it holds credentials for another registry, so the node pulls without signing in.</source>
        <translation>O Kubernetes faz pull da imagem com os segredos indicados em imagePullSecrets do pod ou na conta de serviço dele. O segredo indicado não existe no namespace do pod ou contém credenciais de outro registro, então o nó faz pull sem fazer logon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image has no variant for this platform</source>
        <translation>A imagem não tem uma variante para esta plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag points to a list of images for several platforms (operating system and processor), and none of them is for the platform that pulls it, for example linux/arm64 on an Apple silicon Mac or an Arm node. This is not a sign-in problem.</source>
        <translation>A tag aponta para uma lista de imagens para várias plataformas (sistema operacional e processador), e nenhuma é para a plataforma que faz o pull, por exemplo linux/arm64 em um Mac com Apple silicon ou em um nó Arm. Isso não é um problema de logon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multifactor authentication or Conditional Access blocks the sign-in</source>
        <translation>A autenticação multifator ou o Acesso Condicional bloqueia o logon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Entra ID refused to issue a token without multifactor authentication, or a Conditional Access policy blocks this sign-in (AADSTS50076, AADSTS50079, AADSTS53003). A sign-in without a person present, such as a password in a script, cannot satisfy it: sign in interactively, or use a service principal or a managed identity for automation.</source>
        <translation>O Microsoft Entra ID se recusou a emitir um token sem autenticação multifator, ou uma política de Acesso Condicional bloqueia este logon (AADSTS50076, AADSTS50079, AADSTS53003). Um logon sem uma pessoa presente, como uma senha em um script, não pode atender a isso: faça logon de forma interativa ou use uma entidade de serviço ou uma identidade gerenciada para a automação.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The BuildKit builder does not trust the registry&apos;s certificate</source>
        <translation>O construtor do BuildKit não confia no certificado do registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>docker buildx builds in a separate BuildKit container (the docker-container driver) with its own list of trusted certificate authorities. A certificate authority that this computer or Docker trusts, such as a company proxy&apos;s or a private registry&apos;s, is not trusted inside the builder, so the build cannot pull or push.</source>
        <translation>O docker buildx compila em um contêiner do BuildKit separado (o driver docker-container) com a própria lista de autoridades de certificação confiáveis. Uma autoridade de certificação em que este computador ou o Docker confia, como a de um proxy da empresa ou de um registro privado, não é confiável dentro do construtor, então o build não consegue fazer pull nem push.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The docker command is Podman</source>
        <translation>O comando docker é o Podman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this computer, docker runs Podman through its Docker emulation. Podman keeps its sign-ins in its own file (auth.json) and has no Docker engine or Docker Desktop, so advice about the Docker daemon, Docker Desktop or Docker&apos;s credential store does not apply; use Podman&apos;s commands instead.</source>
        <translation>Neste computador, o docker executa o Podman pela emulação do Docker. O Podman guarda os logons no próprio arquivo (auth.json) e não tem mecanismo do Docker nem Docker Desktop, então as dicas sobre o daemon do Docker, o Docker Desktop ou o armazenamento de credenciais do Docker não se aplicam; use os comandos do Podman.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure CLI is too old for this command</source>
        <translation>A CLI do Azure é antiga demais para este comando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The installed Azure CLI does not know an option that the command uses, such as --expose-token of az acr login. Update the Azure CLI, then run the command again.</source>
        <translation>A CLI do Azure instalada não conhece uma opção que o comando usa, como --expose-token do az acr login. Atualize a CLI do Azure e execute o comando novamente.</translation>
    </message>
    <message>
        <location line="+306"/>
        <source>Get the registry token without Docker and sign in with your client; the user name is 00000000-0000-0000-0000-000000000000 (shown here for Podman; for Helm use helm registry login):</source>
        <translation>Obtenha o token do registro sem o Docker e faça logon com o seu cliente; o nome de usuário é 00000000-0000-0000-0000-000000000000 (aqui para o Podman; para o Helm use helm registry login):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check that the secret is defined for this pipeline and this run, and that the step reads it by its exact name. Stop the job early when it is empty:</source>
        <translation>Verifique se o segredo está definido para este pipeline e esta execução e se a etapa o lê pelo nome exato. Interrompa o trabalho logo no início quando ele estiver vazio:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See which pull secret the pod names, and whether it exists in the pod&apos;s namespace:</source>
        <translation>Veja qual segredo de pull o pod indica e se ele existe no namespace do pod:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On AKS, let the cluster pull with its own identity instead of a secret:</source>
        <translation>No AKS, deixe o cluster fazer pull com a própria identidade em vez de um segredo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See which platforms the tag offers, then pull one of them explicitly or build the image for your platform too:</source>
        <translation>Veja quais plataformas a tag oferece e então faça pull de uma delas explicitamente ou compile a imagem também para a sua plataforma:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in again interactively, so that you can complete multifactor authentication, then sign in to the registry:</source>
        <translation>Faça logon novamente de forma interativa para concluir a autenticação multifator e, em seguida, faça logon no registro:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For pipelines and scripts, sign in with a service principal or a managed identity instead of a user account.</source>
        <translation>Para pipelines e scripts, faça logon com uma entidade de serviço ou uma identidade gerenciada em vez de uma conta de usuário.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a BuildKit configuration file, buildkitd.toml, that trusts your certificate authority for this registry (give the path of its PEM file on this computer):</source>
        <translation>Escreva um arquivo de configuração do BuildKit, buildkitd.toml, que confie na sua autoridade de certificação para este registro (informe o caminho do arquivo PEM dela neste computador):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a builder with that configuration and use it:</source>
        <translation>Crie um construtor com essa configuração e use-o:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in with Podman, then check that Podman has a sign-in for the registry:</source>
        <translation>Faça logon com o Podman e verifique se o Podman tem um logon para o registro:</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>%1: signing in</source>
        <translation>%1: logon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: permissions</source>
        <translation>%1: permissões</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: pull limits</source>
        <translation>%1: limites de pull</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The token used as the password has expired or was revoked. Access tokens and robot account secrets have the expiry date chosen when they were created; create a new one and sign in again.</source>
        <translation>O token usado como senha expirou ou foi revogado. Tokens de acesso e segredos de contas robô têm a data de expiração escolhida na criação; crie um novo e faça logon novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker Hub refused the user name or password. The user name is your Docker ID, not your e-mail address. With two-step verification on, or when your organization enforces single sign-on, the password must be a personal access token instead of your account password.</source>
        <translation>O Docker Hub recusou o nome de usuário ou a senha. O nome de usuário é seu Docker ID, não seu endereço de email. Com a verificação em duas etapas ativada, ou quando sua organização exige logon único, a senha deve ser um token de acesso pessoal em vez da senha da conta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but Docker Hub does not let this account do this on the repository: the repository is private and the account has no access to it, or the access token is read-only and you are pushing.</source>
        <translation>O logon funciona, mas o Docker Hub não permite que esta conta faça isso no repositório: o repositório é privado e a conta não tem acesso a ele, ou o token de acesso é somente leitura e você está fazendo push.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Docker Hub limits how many pulls an account or an IP address may make in a period of hours. Pulls while signed in count against your account&apos;s limit; anonymous pulls against your IP address&apos;s, shared with everyone behind it. Signing in, a paid plan or a registry mirror raises the limit.</source>
        <translation>O Docker Hub limita quantos pulls uma conta ou um endereço IP pode fazer em um período de horas. Pulls com logon contam para o limite da sua conta; pulls anônimos, para o do seu endereço IP, compartilhado com todos que o usam. Fazer logon, um plano pago ou um espelho de registro aumenta o limite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub Container Registry refused the credentials. The user name is your GitHub login and the password a personal access token (classic) with the read:packages scope, and write:packages to push; your GitHub password and fine-grained tokens are not accepted. In GitHub Actions, use GITHUB_TOKEN.</source>
        <translation>O GitHub Container Registry recusou as credenciais. O nome de usuário é seu login do GitHub e a senha um token de acesso pessoal (classic) com o escopo read:packages, e write:packages para push; sua senha do GitHub e tokens refinados não são aceitos. No GitHub Actions, use GITHUB_TOKEN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but GitHub does not let this token do this on the package: a personal access token (classic) needs read:packages to pull and write:packages to push, and your account needs access to the package. In GitHub Actions, the package must give the workflow&apos;s repository access (package settings, Manage Actions access).</source>
        <translation>O logon funciona, mas o GitHub não permite que este token faça isso no pacote: um token de acesso pessoal (classic) precisa de read:packages para pull e write:packages para push, e sua conta precisa de acesso ao pacote. No GitHub Actions, o pacote deve dar acesso ao repositório do fluxo de trabalho (configurações do pacote, Manage Actions access).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon ECR refused the credentials. The user name is always AWS and the password a token from aws ecr get-login-password, made for the registry&apos;s own region and account; your AWS access keys are not a registry password.</source>
        <translation>O Amazon ECR recusou as credenciais. O nome de usuário é sempre AWS e a senha um token de aws ecr get-login-password, criado para a região e a conta do registro; suas chaves de acesso da AWS não são uma senha do registro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Amazon ECR&apos;s sign-in tokens last 12 hours. The saved token is older than that, so the registry no longer accepts it; get a new one (or let the docker-credential-ecr-login helper get one each time).</source>
        <translation>Os tokens de logon do Amazon ECR duram 12 horas. O token salvo é mais antigo, então o registro não o aceita mais; obtenha um novo (ou deixe o auxiliar docker-credential-ecr-login obter um a cada vez).</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The sign-in works, but the AWS identity that made the token may not do this on the repository: pulling needs ecr:BatchGetImage and ecr:GetDownloadUrlForLayer (the AmazonEC2ContainerRegistryReadOnly policy has them), pushing also ecr:PutImage and the layer upload actions. A repository policy can also deny it.</source>
        <translation>O logon funciona, mas a identidade da AWS que criou o token não pode fazer isso no repositório: pull precisa de ecr:BatchGetImage e ecr:GetDownloadUrlForLayer (a política AmazonEC2ContainerRegistryReadOnly os tem), push também de ecr:PutImage e das ações de upload de camadas. Uma política do repositório também pode negar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon ECR Public refused the credentials. The user name is always AWS and the password a token from aws ecr-public get-login-password --region us-east-1.</source>
        <translation>O Amazon ECR Public recusou as credenciais. O nome de usuário é sempre AWS e a senha um token de aws ecr-public get-login-password --region us-east-1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Google&apos;s registry refused the credentials. With the gcloud CLI, gcloud auth configure-docker for this host lets Docker use your gcloud sign-in. By hand, the user name is oauth2accesstoken with a token from gcloud auth print-access-token, or _json_key (or _json_key_base64) with a service account key.</source>
        <translation>O registro do Google recusou as credenciais. Com a CLI gcloud, gcloud auth configure-docker para este host permite que o Docker use seu logon do gcloud. Manualmente, o nome de usuário é oauth2accesstoken com um token de gcloud auth print-access-token, ou _json_key (ou _json_key_base64) com uma chave de conta de serviço.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google access tokens last one hour. A token given to docker login by hand stops working after that; the gcloud credential helper (gcloud auth configure-docker) gets a new one every time.</source>
        <translation>Os tokens de acesso do Google duram uma hora. Um token passado manualmente ao docker login para de funcionar depois disso; o auxiliar de credenciais do gcloud (gcloud auth configure-docker) obtém um novo a cada vez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in works, but the Google account or service account lacks the role: pulling needs Artifact Registry Reader (roles/artifactregistry.reader) on the repository or project, pushing Artifact Registry Writer (roles/artifactregistry.writer).</source>
        <translation>O logon funciona, mas falta a função à conta do Google ou à conta de serviço: pull precisa de Artifact Registry Reader (roles/artifactregistry.reader) no repositório ou projeto, push de Artifact Registry Writer (roles/artifactregistry.writer).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Harbor refused the credentials. Use your Harbor user name and password (with single sign-on, the CLI secret from your user profile), or a robot account: its name starts with robot$ and its password is the secret shown when it was created. In a shell, put the name in single quotes, or the $ and what follows disappear.</source>
        <translation>O Harbor recusou as credenciais. Use seu nome de usuário e senha do Harbor (com logon único, o segredo da CLI do seu perfil de usuário), ou uma conta robô: o nome dela começa com robot$ e a senha é o segredo mostrado quando foi criada. Em um shell, coloque o nome entre aspas simples, ou o $ e o que vem depois desaparecem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but the account is not a member of this Harbor project with enough rights (Guest to pull, Developer to push), or the robot account lacks the pull or push permission for the project.</source>
        <translation>O logon funciona, mas a conta não é membro deste projeto do Harbor com direitos suficientes (Guest para pull, Developer para push), ou falta à conta robô a permissão de pull ou push para o projeto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quay refused the credentials. Use your Quay user name with an encrypted password, or a robot account (a name like organization+robot) with its token; both come from Quay&apos;s account or organization settings.</source>
        <translation>O Quay recusou as credenciais. Use seu nome de usuário do Quay com uma senha criptografada, ou uma conta robô (um nome como organização+robô) com o token dela; ambos estão nas configurações da conta ou da organização no Quay.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but the account or robot account has no read (or write) permission on this repository; an administrator of the organization grants it in the repository&apos;s settings.</source>
        <translation>O logon funciona, mas a conta ou a conta robô não tem permissão de leitura (ou gravação) neste repositório; um administrador da organização a concede nas configurações do repositório.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitLab refused the credentials. Use your GitLab user name with a personal access token that has the read_registry scope (write_registry to push), or a deploy token; in a pipeline, CI_REGISTRY_USER with CI_JOB_TOKEN. With two-factor authentication on, your account password does not work.</source>
        <translation>O GitLab recusou as credenciais. Use seu nome de usuário do GitLab com um token de acesso pessoal com o escopo read_registry (write_registry para push), ou um token de implantação; em um pipeline, CI_REGISTRY_USER com CI_JOB_TOKEN. Com a autenticação de dois fatores ativada, a senha da conta não funciona.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but this token or user may not do this on the project&apos;s registry: the token needs read_registry (write_registry to push), and the user at least the Reporter role on the project (Developer to push).</source>
        <translation>O logon funciona, mas este token ou usuário não pode fazer isso no registro do projeto: o token precisa de read_registry (write_registry para push) e o usuário pelo menos da função Reporter no projeto (Developer para push).</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>The saved login is for another registry address</source>
        <translation>O logon salvo é para outro endereço de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker keeps one login per registry address. It has a login for a neighbouring address (another AWS account or region, another Google registry host), but none for the one you use, so it sends no credentials. Each ECR account and region is a registry of its own, and gcloud auth configure-docker sets up only the hosts it is given.</source>
        <translation>O Docker guarda um logon por endereço de registro. Ele tem um para um endereço vizinho (outra conta ou região da AWS, outro host de registro do Google), mas nenhum para o que você usa, então não envia credenciais. Cada conta e região do ECR é um registro próprio, e gcloud auth configure-docker configura apenas os hosts que recebe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An e-mail address is used as the user name</source>
        <translation>Um endereço de email é usado como nome de usuário</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name is an e-mail address, but this registry signs in with a login name: your Docker ID on Docker Hub, your GitHub login on GitHub, AWS on Amazon ECR, oauth2accesstoken or _json_key on Google, a user or robot name on Quay; on Azure, a service principal&apos;s application (client) ID, the admin user name or a token name.</source>
        <translation>O nome de usuário é um endereço de email, mas este registro espera um nome de login: seu Docker ID no Docker Hub, seu login do GitHub no GitHub, AWS no Amazon ECR, oauth2accesstoken ou _json_key no Google, um nome de usuário ou de robô no Quay; no Azure, o ID do aplicativo (cliente) de uma entidade de serviço, o nome da conta de administrador ou um nome de token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure CLI is signed in to another Azure cloud</source>
        <translation>A CLI do Azure fez logon em outra nuvem do Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registries in Azure operated by 21Vianet (.azurecr.cn) and Azure Government (.azurecr.us) live in clouds of their own, with their own accounts. The Azure CLI is signed in to a different cloud than the registry&apos;s, so az acr login cannot get a token for it (Microsoft Entra ID answers with errors such as AADSTS90002).</source>
        <translation>Os registros no Azure operado pela 21Vianet (.azurecr.cn) e no Azure Governamental (.azurecr.us) ficam em nuvens próprias, com contas próprias. A CLI do Azure fez logon em uma nuvem diferente da do registro, então az acr login não consegue obter um token (o Microsoft Entra ID responde com erros como AADSTS90002).</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Configure rules to access a registry behind a firewall</source>
        <translation>Configurar regras para acessar um registro protegido por firewall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dedicated data endpoints</source>
        <translation>Pontos de extremidade de dados dedicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View repositories in a registry</source>
        <translation>Exibir repositórios em um registro</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The image does not exist in this registry</source>
        <translation>A imagem não existe neste registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in works and the registry answered, but it has no image by this name: the repository or its tag does not exist, as opposed to existing and being refused to you. Clients report it as &quot;manifest unknown&quot;, &quot;name unknown&quot; or &quot;not found&quot;. The name is often misspelled, lacks its namespace (team/app), points at another registry, or the tag was never pushed.</source>
        <translation>O logon funciona e o registro respondeu, mas não há nenhuma imagem com este nome: o repositório ou a tag dele não existe, o que é diferente de existir e ter o acesso negado a você. Os clientes informam isso como &quot;manifest unknown&quot;, &quot;name unknown&quot; ou &quot;not found&quot;. Muitas vezes o nome está escrito errado, falta o namespace (team/app), aponta para outro registro ou a tag nunca recebeu push.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers cannot be downloaded: the data endpoint is blocked</source>
        <translation>Não é possível baixar as camadas: o ponto de extremidade de dados está bloqueado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in works, but a registry does not send image layers itself: it redirects the download to another host (a storage account, a CDN, or for Azure Container Registry with dedicated data endpoints REGISTRY.REGION.data.azurecr.io). This network does not let this computer reach that host, so pulls stop at the first layer. The firewall must allow that host as well as the registry.</source>
        <translation>O logon funciona, mas um registro não envia as camadas das imagens diretamente: ele redireciona o download para outro host (uma conta de armazenamento, uma CDN ou, no Registro de Contêiner do Azure com pontos de extremidade de dados dedicados, REGISTRY.REGION.data.azurecr.io). Esta rede não permite que este computador alcance esse host, então o pull para na primeira camada. O firewall precisa permitir esse host além do registro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry speaks plain HTTP, not HTTPS</source>
        <translation>O registro usa HTTP simples, não HTTPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answers without TLS. Docker uses HTTPS for every registry outside 127.0.0.0/8, and Podman and Skopeo for every registry not marked insecure; they stop with &quot;server gave HTTP response to HTTPS client&quot;. Either set up TLS on the registry, or list it as an insecure registry in the client&apos;s settings; credentials then travel unencrypted.</source>
        <translation>O registro responde sem TLS. O Docker usa HTTPS para todo registro fora de 127.0.0.0/8, e o Podman e o Skopeo para todo registro não marcado como inseguro; eles param com &quot;server gave HTTP response to HTTPS client&quot;. Configure o TLS no registro ou inclua-o como registro inseguro nas configurações do cliente; nesse caso as credenciais trafegam sem criptografia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s token service cannot be used</source>
        <translation>Não é possível usar o serviço de tokens do registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered and sent clients to a token service at another address (the realm of its challenge), and that service cannot be reached or does not answer as a token service does. Every client fails the same way. This is usually a setting of a self-hosted registry (its token realm names an internal address, a wrong port or a service that is not running), not a problem with your password.</source>
        <translation>O registro respondeu e enviou os clientes para um serviço de tokens em outro endereço (o realm do desafio de autenticação), mas esse serviço não pode ser acessado ou não responde como um serviço de tokens. Todos os clientes falham da mesma forma. Normalmente é uma configuração de um registro auto-hospedado (o realm do token indica um endereço interno, uma porta errada ou um serviço que não está em execução), e não um problema com a sua senha.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Azure ABAC repository permissions</source>
        <translation>Permissões de repositório do Azure ABAC</translation>
    </message>
    <message>
        <location line="+447"/>
        <source>Compare the connection over IPv6 and over IPv4 (in PowerShell, give the addresses that Resolve-DnsName shows):</source>
        <translation>Compare a conexão por IPv6 e por IPv4 (no PowerShell, informe os endereços que o Resolve-DnsName mostra):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask your network administrator for a working IPv6 route. Until then, turn IPv6 off on the network adapter that has no IPv6 route (Windows: give the adapter&apos;s name; Linux: for all interfaces, until the next restart):</source>
        <translation>Peça ao administrador de rede uma rota IPv6 funcionando. Até lá, desative o IPv6 no adaptador de rede que não tem rota IPv6 (Windows: informe o nome do adaptador; Linux: para todas as interfaces, até a próxima reinicialização):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the registry&apos;s permissions mode (AbacRepositoryPermissions means ABAC repository permissions):</source>
        <translation>Verifique o modo de permissões do registro (AbacRepositoryPermissions significa permissões de repositório ABAC):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the registry owner to assign the Container Registry Repository role instead of AcrPull or AcrPush (Reader to pull, Writer to push, Contributor to delete too):</source>
        <translation>Peça ao proprietário do registro que atribua a função Container Registry Repository em vez de AcrPull ou AcrPush (Reader para pull, Writer para push, Contributor também para excluir):</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>The registry is reachable over IPv4 but not over IPv6</source>
        <translation>O registro pode ser acessado por IPv4, mas não por IPv6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s name has IPv6 and IPv4 addresses, and this network has no working IPv6 route: connecting over IPv6 fails, over IPv4 it works. Programs that try IPv6 first and do not fall back to IPv4 stop with errors such as &quot;connect: network is unreachable&quot; next to an address in brackets. Either the network gets a working IPv6 route, or this computer stops offering IPv6 where it has none.</source>
        <translation>O nome do registro tem endereços IPv6 e IPv4, e esta rede não tem uma rota IPv6 funcionando: a conexão por IPv6 falha e por IPv4 funciona. Programas que tentam IPv6 primeiro e não recorrem ao IPv4 param com erros como &quot;connect: network is unreachable&quot; ao lado de um endereço entre colchetes. Ou a rede passa a ter uma rota IPv6 funcionando, ou este computador deixa de oferecer IPv6 onde não o tem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry uses ABAC repository permissions, where AcrPull and AcrPush do not apply</source>
        <translation>O registro usa permissões de repositório ABAC, nas quais AcrPull e AcrPush não se aplicam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s role assignment permissions mode is &quot;RBAC Registry + ABAC Repository Permissions&quot;. In this mode the AcrPull, AcrPush and AcrDelete roles are not honoured, and Owner, Contributor and Reader give no access to repositories: pulling needs Container Registry Repository Reader, pushing Container Registry Repository Writer, deleting Container Registry Repository Contributor, on the registry or, with an ABAC condition, on some repositories.</source>
        <translation>O modo de permissões de atribuição de função do registro é &quot;RBAC Registry + ABAC Repository Permissions&quot;. Nesse modo, as funções AcrPull, AcrPush e AcrDelete não são respeitadas, e Owner, Contributor e Reader não dão acesso aos repositórios: o pull requer Container Registry Repository Reader, o push Container Registry Repository Writer e a exclusão Container Registry Repository Contributor, no registro ou, com uma condição ABAC, em alguns repositórios.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Docker: daemon proxy configuration</source>
        <translation>Docker: configuração de proxy do daemon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker Desktop: proxy settings</source>
        <translation>Docker Desktop: configurações de proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker: insecure registries</source>
        <translation>Docker: registros não seguros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker: certificates for a registry</source>
        <translation>Docker: certificados para um registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker contexts</source>
        <translation>Contextos do Docker</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The Docker engine uses another proxy than this computer</source>
        <translation>O mecanismo do Docker usa um proxy diferente do deste computador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>docker pull, docker push and, while the engine runs, docker login do not connect from your terminal: the Docker engine connects, with its own proxy settings. Those differ from the ones this check used (your environment&apos;s), so the engine can fail where this check succeeds, or the other way round.</source>
        <translation>docker pull, docker push e, enquanto o mecanismo estiver em execução, docker login não se conectam a partir do seu terminal: quem se conecta é o mecanismo do Docker, com as próprias configurações de proxy. Elas são diferentes das usadas nesta verificação (as do seu ambiente), então o mecanismo pode falhar onde esta verificação funciona, ou o contrário.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker does not check this registry&apos;s certificate</source>
        <translation>O Docker não verifica o certificado deste registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Docker engine lists the registry among its insecure registries, so Docker connects without verifying the certificate (and falls back to plain HTTP). That is why docker login can succeed while other programs refuse the connection. Podman, Skopeo, Helm, the Azure CLI and browsers verify certificates and fail, and passwords sent to an unverified server can be read by whoever answers in its place.</source>
        <translation>O mecanismo do Docker lista o registro entre os registros não seguros, então o Docker se conecta sem verificar o certificado (e recorre a HTTP sem criptografia). É por isso que o docker login pode funcionar enquanto outros programas recusam a conexão. Podman, Skopeo, Helm, a CLI do Azure e os navegadores verificam certificados e falham, e senhas enviadas a um servidor não verificado podem ser lidas por quem responder no lugar dele.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine is not on this computer</source>
        <translation>O mecanismo do Docker não está neste computador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulls and pushes are made by the Docker engine, and it runs somewhere else: in Docker Desktop&apos;s virtual machine, in WSL 2, or on another machine through a Docker context or DOCKER_HOST. Its name resolution, trusted certificates and proxy can differ from this computer&apos;s, which this check tested.</source>
        <translation>Os pulls e pushes são feitos pelo mecanismo do Docker, que é executado em outro lugar: na máquina virtual do Docker Desktop, no WSL 2 ou em outra máquina por meio de um contexto do Docker ou de DOCKER_HOST. A resolução de nomes, os certificados confiáveis e o proxy dele podem ser diferentes dos deste computador, que foram os testados nesta verificação.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was given to sign in with, and %1 has nothing saved for this registry. %1 then tries without signing in, and the registry answers unauthorized.</source>
        <translation>Nada foi informado para fazer logon, e o %1 não tem nada salvo para este registro. Então o %1 tenta sem logon, e o registro responde unauthorized (não autorizado).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s credential store is not working</source>
        <translation>O armazenamento de credenciais do %1 não está funcionando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asks a credential store (a docker-credential helper such as pass, secretservice, Windows Credential Manager or macOS Keychain) for the registry&apos;s login. The store named in its settings is missing or fails, so %1 cannot save or read the registry&apos;s credentials.</source>
        <translation>O %1 pede o logon do registro a um armazenamento de credenciais (um auxiliar docker-credential como pass, secretservice, o Gerenciador de Credenciais do Windows ou o Acesso às Chaves do macOS). O armazenamento indicado nas configurações dele está ausente ou falha, então o %1 não consegue salvar nem ler as credenciais do registro.</translation>
    </message>
</context>
<context>
    <name>rd::CertificateFactory</name>
    <message>
        <location filename="../src/core/practice/certificate_factory.cpp" line="+43"/>
        <source>Could not create a certificate (%1).</source>
        <translation>Não foi possível criar um certificado (%1).</translation>
    </message>
</context>
<context>
    <name>rd::ChallengeProbe</name>
    <message>
        <location filename="../src/core/probes/challenge_probe.cpp" line="+20"/>
        <source>Skipped: no connection to the registry.</source>
        <translation>Ignorada: não há conexão com o registro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skipped: no secure connection to the registry could be set up, so nothing is sent to it.</source>
        <translation>Ignorado: não foi possível estabelecer uma conexão segura com o registro, então nada é enviado a ele.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: the secure connection is not trusted, so nothing is sent to the registry.</source>
        <translation>Ignorada: a conexão segura não é confiável, então nada é enviado ao registro.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The registry did not answer: %1</source>
        <translation>O registro não respondeu: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The registry answered 401 but did not say how to sign in (no WWW-Authenticate header).</source>
        <translation>O registro respondeu 401, mas não disse como fazer logon (falta o cabeçalho WWW-Authenticate).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s sign-in challenge could not be read: %1</source>
        <translation>Não foi possível ler o desafio de logon do registro: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The registry answers and asks for a token from %1 (service %2).</source>
        <translation>O registro responde e pede um token a %1 (serviço %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry answers and asks for a user name and password (Basic sign-in).</source>
        <translation>O registro responde e pede nome de usuário e senha (logon Basic).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry asks for an unusual kind of sign-in: %1.</source>
        <translation>O registro pede um tipo incomum de logon: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answers and lets anyone in without signing in.</source>
        <translation>O registro responde e deixa qualquer pessoa entrar sem logon.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry refused the connection with 403 Forbidden before any sign-in.</source>
        <translation>O registro recusou a conexão com 403 Forbidden antes de qualquer logon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused the connection: your IP address %1 is not allowed by its firewall.</source>
        <translation>O registro recusou a conexão: o seu endereço IP %1 não é permitido pelo firewall dele.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry answered 429: too many requests right now.</source>
        <translation>O registro respondeu 429: solicitações demais neste momento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered 429: too many requests; it asks to wait %1 seconds.</source>
        <translation>O registro respondeu 429: solicitações demais; ele pede para esperar %1 segundos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry answered %1: a problem on the server&apos;s side.</source>
        <translation>O registro respondeu %1: um problema do lado do servidor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The address answered with a redirect (%1) at /v2/ without saying where to; a container registry never does this, and the check does not follow redirects.</source>
        <translation>O endereço respondeu com um redirecionamento (%1) em /v2/ sem dizer para onde; um registro de contêiner nunca faz isso, e a verificação não segue redirecionamentos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address answered with a redirect (%1) to %2; a container registry never redirects /v2/, and the check does not follow it: the address leads to a web page or a sign-in portal, not to a registry.</source>
        <translation>O endereço respondeu com um redirecionamento (%1) para %2; um registro de contêiner nunca redireciona /v2/, e a verificação não o segue: o endereço leva a uma página da web ou a um portal de logon, não a um registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address answered %1 at /v2/, which a container registry never does: it is not a registry, or the address is wrong.</source>
        <translation>O endereço respondeu %1 em /v2/, o que um registro de contêiner nunca faz: não é um registro, ou o endereço está errado.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/challenge_probe.h" line="+19"/>
        <source>Registry answer</source>
        <translation>Resposta do registro</translation>
    </message>
    <message>
        <location filename="../src/core/probes/challenge_probe.cpp" line="-44"/>
        <source>The registry answers and asks for a token from %1.</source>
        <translation>O registro responde e pede um token a %1.</translation>
    </message>
</context>
<context>
    <name>rd::Check</name>
    <message>
        <location filename="../src/core/diagnosis/check.cpp" line="+106"/>
        <source>Not run: the check was cancelled.</source>
        <translation>Não executada: a verificação foi cancelada.</translation>
    </message>
</context>
<context>
    <name>rd::CheckingPage</name>
    <message>
        <location filename="../src/gui/checking_page.cpp" line="+79"/>
        <source>Checking</source>
        <extracomment>Name of the third step in the side list of steps (the check is running). Short: one or two words.</extracomment>
        <translation>Verificação</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show &amp;results</source>
        <translation>Mostrar &amp;resultados</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>The check could not start: %1</source>
        <translation>Não foi possível iniciar a verificação: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking the registry…</source>
        <translation>Verificando o registro…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check was stopped</source>
        <translation>A verificação foi interrompida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check finished</source>
        <translation>Verificação concluída</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked %1</source>
        <translation>%1 verificado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the registry</source>
        <translation>Verificação do registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking %1</source>
        <translation>Verificação de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %n checks done. This usually takes a few seconds.</source>
        <translation>
            <numerusform>Verificações concluídas: %1 de %n. Isso costuma levar poucos segundos.</numerusform>
            <numerusform>Verificações concluídas: %1 de %n. Isso costuma levar poucos segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n checks ran before you stopped. Go on to see what they found.</source>
        <translation>
            <numerusform>Verificações executadas antes da interrupção: %1 de %n. Continue para ver o que elas encontraram.</numerusform>
            <numerusform>Verificações executadas antes da interrupção: %1 de %n. Continue para ver o que elas encontraram.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %n checks done in %1. No problem found.</source>
        <translation>
            <numerusform>%n verificação concluída em %1. Nenhum problema encontrado.</numerusform>
            <numerusform>Todas as %n verificações concluídas em %1. Nenhum problema encontrado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check starts in a moment.</source>
        <translation>A verificação vai começar em instantes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <extracomment>Screen-reader name of the progress bar.</extracomment>
        <translation>Progresso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks</source>
        <extracomment>Screen-reader name of the list of individual checks (noun, plural).</extracomment>
        <translation>Verificações</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>All %1 checks done in %2. %n problem(s) found.</source>
        <extracomment>%1 is the number of checks (always several), %2 how long they took; %n counts the problems.</extracomment>
        <translation>
            <numerusform>Todas as %1 verificações concluídas em %2. %n problema encontrado.</numerusform>
            <numerusform>Todas as %1 verificações concluídas em %2. %n problemas encontrados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CliApp</name>
    <message>
        <location filename="../src/cli/cli_app.cpp" line="+124"/>
        <source>Run registry-doctor-cli --help for usage.</source>
        <translation>Execute registry-doctor-cli --help para ver como usar.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Passwords are never accepted as arguments: they would be visible to other programs and kept in your shell history. Use --password-stdin.</source>
        <translation>Senhas nunca são aceitas como argumentos: elas ficariam visíveis para outros programas e seriam guardadas no histórico do seu shell. Use --password-stdin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use &quot;practice --list&quot; to see the scenarios, and &quot;check --practice SCENARIO&quot; to run one.</source>
        <translation>Use &quot;practice --list&quot; para ver os cenários e &quot;check --practice SCENARIO&quot; para executar um deles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command: %1</source>
        <translation>Comando desconhecido: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give one registry only.</source>
        <translation>Informe apenas um registro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which registry? Example: registry-doctor-cli check myregistry.azurecr.io</source>
        <translation>Qual registro? Exemplo: registry-doctor-cli check myregistry.azurecr.io</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+138"/>
        <source>Unknown format &quot;%1&quot;: use text, json or markdown.</source>
        <translation>Formato &quot;%1&quot; desconhecido: use text, json ou markdown.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>--action must be pull or push.</source>
        <translation>--action deve ser pull ou push.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository names are lowercase, without spaces: %1</source>
        <translation>Nomes de repositório são em letras minúsculas, sem espaços: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown sign-in method &quot;%1&quot;: use auto, azure-cli, password, token, docker or azure-service.</source>
        <translation>Método de logon &quot;%1&quot; desconhecido: use auto, azure-cli, password, token, docker ou azure-service.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking as Docker sees it (%1).</source>
        <translation>Verificando do ponto de vista do Docker (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking as Podman sees it: %1 is Podman&apos;s Docker emulation.</source>
        <translation>Verificando do ponto de vista do Podman: %1 é a emulação do Docker fornecida pelo Podman.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking as Podman sees it: there is no docker command, only %1.</source>
        <translation>Verificando do ponto de vista do Podman: não há comando docker, apenas %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking as Docker sees it: neither docker nor podman is installed.</source>
        <translation>Verificando do ponto de vista do Docker: nem o docker nem o podman estão instalados.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown symptom &quot;%1&quot;. See registry-doctor-cli symptoms.</source>
        <translation>Sintoma &quot;%1&quot; desconhecido. Veja registry-doctor-cli symptoms.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--timeout takes a number of seconds between 1 and 600.</source>
        <translation>--timeout recebe um número de segundos entre 1 e 600.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Não é possível ler o arquivo de certificado %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 não contém nenhum certificado PEM.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--password-stdin needs --username.</source>
        <translation>--password-stdin precisa de --username.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown practice scenario &quot;%1&quot;. See registry-doctor-cli practice --list.</source>
        <translation>Cenário de prática &quot;%1&quot; desconhecido. Veja registry-doctor-cli practice --list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The practice registry could not start: %1</source>
        <translation>Não foi possível iniciar o registro de prática: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a registry address. %2</source>
        <translation>&quot;%1&quot; não é um endereço de registro. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking %1...</source>
        <translation>Verificando %1...</translation>
    </message>
    <message>
        <location line="+126"/>
        <location line="+26"/>
        <location line="+9"/>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <translation>Formato &quot;%1&quot; desconhecido: use text ou json.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Paste the error message on standard input, for example:
  docker login myregistry.azurecr.io 2&gt;&amp;1 | registry-doctor-cli explain</source>
        <translation>Cole a mensagem de erro na entrada padrão, por exemplo:
  docker login myregistry.azurecr.io 2&gt;&amp;1 | registry-doctor-cli explain</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This message is not one the tool knows. Run a full check instead:</source>
        <translation>A ferramenta não conhece esta mensagem. Em vez disso, execute uma verificação completa:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Likely causes: %1</source>
        <extracomment>%1 is a list of cause titles.</extracomment>
        <translation>Causas prováveis: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>To confirm, run:</source>
        <translation>Para confirmar, execute:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Run one with: registry-doctor-cli check --practice SCENARIO</source>
        <translation>Execute um deles com: registry-doctor-cli check --practice SCENARIO</translation>
    </message>
    <message>
        <location line="-333"/>
        <location line="+25"/>
        <source>no such file</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+88"/>
        <source>The report could not be written to standard output.</source>
        <translation>Não foi possível gravar o relatório na saída padrão.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Printed by: %1</source>
        <extracomment>%1 is the program that printed the message: docker, buildkit, podman, helm, oras, containerd, kubelet, az, aws or gcloud.</extracomment>
        <translation>Exibido por: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Most likely: %1</source>
        <extracomment>%1 is a cause title.</extracomment>
        <translation>Mais provável: %1</translation>
    </message>
    <message>
        <location line="-389"/>
        <source>Every registry Docker has a login for, at once:
  registry-doctor-cli check --all [--timeout SECONDS] [--format text|json]
</source>
        <translation>Todos os registros para os quais o Docker tem um logon, de uma vez:
  registry-doctor-cli check --all [--timeout SECONDS] [--format text|json]
</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>No saved logins found in %1.</source>
        <translation>Nenhum logon salvo encontrado em %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the saved logins in %1...</source>
        <translation>Verificando os logons salvos em %1...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in</source>
        <translation>Logon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (expired)</source>
        <translation>%1 (expirado)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not tested</source>
        <translation>não verificado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>works</source>
        <translation>funciona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fails</source>
        <translation>falha</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>--docker-config-json gives the credentials: do not give --username or --password-stdin with it.</source>
        <translation>O --docker-config-json fornece as credenciais: não informe --username nem --password-stdin com ele.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Cannot read the pull secret %1: %2</source>
        <translation>Não é possível ler o segredo de pull %1: %2</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>Registry: %1 (%2)</source>
        <extracomment>%1 is the registry&apos;s address; %2 the kind of registry: a service&apos;s name (&quot;Docker Hub&quot;, &quot;Azure Container Registry&quot;) or &quot;container registry&quot;.</extracomment>
        <translation>Registro: %1 (%2)</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>Checking as Helm sees it: there is no docker or podman command, only %1.</source>
        <translation>Verificando do ponto de vista do Helm: não há comando docker nem podman, apenas %1.</translation>
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
        <translation>Uso:
  registry-doctor-cli check REGISTRY [--username USER] [--password-stdin] [--repository REPO]
      [--action pull|push] [--symptom ID]... [--sign-in METHOD] [--ca-file PEM] [--timeout SECONDS]
      [--client docker|podman|helm|auto] [--docker-config-json FILE] [--lang CODE] [--format text|json|markdown]
  registry-doctor-cli check --practice SCENARIO [opções como acima]
  registry-doctor-cli practice --list [--format json]
  registry-doctor-cli symptoms [--format json] [--lang CODE]
  registry-doctor-cli causes [--format json] [--lang CODE]
  registry-doctor-cli explain [--format text|json] [--lang CODE]   (o texto do erro na entrada padrão)
  registry-doctor-cli --version | --help

Descobre por que o logon em um registro de contêiner falha e explica como resolver.
Senhas e tokens são lidos apenas da entrada padrão (--password-stdin) ou do que o Docker salvou;
nunca os passe como argumentos.

Códigos de saída: 0 nenhum problema encontrado, 1 problemas encontrados, 2 uso ou entrada inválidos, 3 não foi possível executar a verificação.
</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Unknown client &quot;%1&quot;: use docker, podman, helm or auto.</source>
        <translation>Cliente &quot;%1&quot; desconhecido: use docker, podman, helm ou auto.</translation>
    </message>
</context>
<context>
    <name>rd::ClockProbe</name>
    <message>
        <location filename="../src/core/probes/clock_probe.cpp" line="+11"/>
        <source>Skipped: the registry&apos;s answer had no date to compare with.</source>
        <translation>Ignorada: a resposta do registro não tinha uma data para comparar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer&apos;s clock is %1 ahead of the registry&apos;s.</source>
        <translation>O relógio deste computador está %1 adiantado em relação ao do registro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s clock is %1 behind the registry&apos;s.</source>
        <translation>O relógio deste computador está %1 atrasado em relação ao do registro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer&apos;s clock agrees with the registry&apos;s (difference under a minute).</source>
        <translation>O relógio deste computador está de acordo com o do registro (diferença de menos de um minuto).</translation>
    </message>
    <message>
        <location filename="../src/core/probes/clock_probe.h" line="+15"/>
        <source>Clock</source>
        <translation>Relógio</translation>
    </message>
</context>
<context>
    <name>rd::CollapsibleSection</name>
    <message>
        <location filename="../src/gui/collapsible_section.cpp" line="+89"/>
        <source>Expanded; press Space to fold</source>
        <translation>Expandido; pressione Espaço para recolher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folded; press Space to open</source>
        <translation>Recolhido; pressione Espaço para expandir</translation>
    </message>
</context>
<context>
    <name>rd::CommandBox</name>
    <message>
        <location filename="../src/gui/command_box.cpp" line="+78"/>
        <location line="+11"/>
        <source>Copied</source>
        <extracomment>Button text for a moment after the command was copied. Keep it about as short as &quot;Copy&quot;.</extracomment>
        <translation>Copiado</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Copied to the clipboard</source>
        <translation>Copiado para a área de transferência</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Copy</source>
        <extracomment>Button that copies a command to the clipboard (verb). Short.</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy command: %1</source>
        <extracomment>Screen-reader name of the copy button; %1 is the command itself (not translated).</extracomment>
        <translation>Copiar comando: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to the clipboard</source>
        <translation>Copiar para a área de transferência</translation>
    </message>
</context>
<context>
    <name>rd::CredentialStoreProbe</name>
    <message>
        <location filename="../src/core/probes/credential_store_probe.cpp" line="+21"/>
        <source>Docker&apos;s stored login</source>
        <translation>Logon salvo pelo Docker</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Without a usable registry name there is nothing to look up in Docker&apos;s store.</source>
        <translation>Sem um nome de registro utilizável, não há nada para procurar no armazenamento do Docker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker&apos;s configuration was not checked, so its stored login was not looked up.</source>
        <translation>A configuração do Docker não foi verificada, então o logon salvo não foi procurado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Docker&apos;s config file could not be read, so what Docker has stored for this registry is unknown.</source>
        <translation>Não foi possível ler o arquivo de configuração do Docker, então não se sabe o que o Docker salvou para este registro.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Docker has nothing stored for this registry (%1): no credential store is set and the config file holds no login for it.</source>
        <translation>O Docker não tem nada salvo para este registro (%1): nenhum armazenamento de credenciais está definido e o arquivo de configuração não contém logon para ele.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Docker&apos;s config file holds an identity token for %1 (user %2), as left by az acr login.</source>
        <translation>O arquivo de configuração do Docker contém um token de identidade para %1 (usuário %2), deixado pelo az acr login.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker&apos;s config file holds a user name and password for %1 (user %2).</source>
        <translation>O arquivo de configuração do Docker contém um nome de usuário e uma senha para %1 (usuário %2).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Docker&apos;s config names the credential store &quot;%1&quot; (%2), but its program %3 is not installed. Docker cannot save or read logins for this registry: install it, or remove &quot;%1&quot; from %2 in %4 and log in again.</source>
        <translation>A configuração do Docker indica o armazenamento de credenciais &quot;%1&quot; (%2), mas o programa %3 dele não está instalado. O Docker não consegue salvar nem ler logons para este registro: instale-o, ou remova &quot;%1&quot; de %2 em %4 e faça logon novamente.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The credential helper %1 could not be started: %2</source>
        <translation>Não foi possível iniciar o auxiliar de credenciais %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The credential helper %1 did not answer within %n second(s). Docker waits for it on every login, push and pull; it may be waiting for an unlock prompt or be stuck.</source>
        <translation>
            <numerusform>O auxiliar de credenciais %1 não respondeu em %n segundo. O Docker espera por ele a cada logon, push e pull; ele pode estar aguardando uma solicitação de desbloqueio ou estar travado.</numerusform>
            <numerusform>O auxiliar de credenciais %1 não respondeu em %n segundos. O Docker espera por ele a cada logon, push e pull; ele pode estar aguardando uma solicitação de desbloqueio ou estar travado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The credential helper %1 crashed when Docker&apos;s login for %2 was asked for.</source>
        <translation>O auxiliar de credenciais %1 foi encerrado de forma inesperada quando o logon do Docker para %2 foi solicitado.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The credential store &quot;%1&quot; has an entry for %2 (user %3), but it holds no password or token.</source>
        <translation>O armazenamento de credenciais &quot;%1&quot; tem uma entrada para %2 (usuário %3), mas ela não contém senha nem token.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The credential store &quot;%1&quot; holds an identity token for %2 (user %3), as left by az acr login.</source>
        <translation>O armazenamento de credenciais &quot;%1&quot; contém um token de identidade para %2 (usuário %3), deixado pelo az acr login.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credential store &quot;%1&quot; holds a user name and password for %2 (user %3).</source>
        <translation>O armazenamento de credenciais &quot;%1&quot; contém um nome de usuário e uma senha para %2 (usuário %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The credential store &quot;%1&quot; has nothing saved for this registry (%2): nobody has logged in to it with docker on this account, or the login was removed.</source>
        <translation>O armazenamento de credenciais &quot;%1&quot; não tem nada salvo para este registro (%2): ninguém fez logon nele com o docker nesta conta, ou o logon foi removido.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The credential store &quot;%1&quot; fails: %2 answered &quot;%3&quot; (exit code %4). Docker cannot read or save logins for this registry while it fails.</source>
        <translation>O armazenamento de credenciais &quot;%1&quot; está falhando: %2 respondeu &quot;%3&quot; (código de saída %4). Enquanto ele falhar, o Docker não consegue ler nem salvar logons para este registro.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The credential store &quot;%1&quot; answered with something that is not a credential, so Docker cannot use it (%2 printed %n byte(s) of unreadable output).</source>
        <translation>
            <numerusform>O armazenamento de credenciais &quot;%1&quot; respondeu com algo que não é uma credencial, então o Docker não pode usá-lo (%2 exibiu %n byte de saída ilegível).</numerusform>
            <numerusform>O armazenamento de credenciais &quot;%1&quot; respondeu com algo que não é uma credencial, então o Docker não pode usá-lo (%2 exibiu %n bytes de saída ilegível).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-356"/>
        <source>Docker&apos;s config names the credential store &quot;%1&quot; (%2), which is not a program name (only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;). It was not run. Correct or remove it in %3, then log in again.</source>
        <translation>A configuração do Docker indica o armazenamento de credenciais &quot;%1&quot; (%2), que não é um nome de programa (somente letras, dígitos, &apos;.&apos;, &apos;_&apos; e &apos;-&apos;). Ele não foi executado. Corrija-o ou remova-o em %3 e faça logon novamente.</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Docker keeps logins with pass, but pass has not been set up on this account (%1 has no .gpg-id file). Nothing can be read from it, and docker login fails with &quot;pass not initialized&quot; until it is set up.</source>
        <translation>O Docker guarda os logons com o pass, mas o pass não foi configurado nesta conta (%1 não tem o arquivo .gpg-id). Nada pode ser lido dele, e o docker login falha com &quot;pass not initialized&quot; até que ele seja configurado.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Docker keeps logins with pass, whose store (%1) is locked with the GPG key %2, but that key&apos;s secret part is not on this computer. pass cannot decrypt what it holds, so Docker cannot read or save logins.</source>
        <translation>O Docker guarda os logons com o pass, cujo armazenamento (%1) está criptografado com a chave GPG %2, mas a parte secreta dessa chave não está neste computador. O pass não consegue descriptografar o que guarda, então o Docker não pode ler nem salvar logons.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Docker keeps logins with secretservice, the desktop&apos;s keyring, which needs a desktop session: %1 answered &quot;%2&quot;. Over SSH, in a container or on a server there is none, so Docker cannot read or save logins.</source>
        <translation>O Docker guarda os logons com o secretservice, o chaveiro da área de trabalho, que precisa de uma sessão de área de trabalho: %1 respondeu &quot;%2&quot;. Por SSH, em um contêiner ou em um servidor não há nenhuma, então o Docker não pode ler nem salvar logons.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The credential store &quot;%1&quot; fails: %2 printed nothing and ended with exit code %3. Docker cannot read or save logins for this registry while it fails.</source>
        <translation>O armazenamento de credenciais &quot;%1&quot; está falhando: %2 não exibiu nada e terminou com o código de saída %3. Enquanto ele falhar, o Docker não consegue ler nem salvar logons para este registro.</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>Podman has nothing stored for this registry (%1): none of its login files holds a login for it.</source>
        <translation>O Podman não tem nada salvo para este registro (%1): nenhum dos seus arquivos de logon contém um logon para ele.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Helm has nothing stored for this registry (%1): neither its registry config nor Docker&apos;s config holds a login for it, and no credential store they name has one.</source>
        <translation>O Helm não tem nada salvo para este registro (%1): nem a configuração de registro dele nem a configuração do Docker contêm um logon para ele, e nenhum armazenamento de credenciais que elas indicam tem um.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>%1&apos;s stored login</source>
        <extracomment>%1 is the client: Podman or Helm.</extracomment>
        <translation>Logon salvo do %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1&apos;s login file could not be read, so what %1 has stored for this registry is unknown.</source>
        <translation>Não foi possível ler o arquivo de logons do %1, então não se sabe o que o %1 salvou para este registro.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1&apos;s login file has an entry for %2, but its saved login is damaged, so %1 has nothing usable stored for this registry.</source>
        <translation>O arquivo de logons do %1 tem uma entrada para %2, mas o logon salvo está danificado, então o %1 não tem nada utilizável salvo para este registro.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%3 reads an identity token for %1 (user %2) from %4.</source>
        <translation>O %3 lê um token de identidade para %1 (usuário %2) de %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%3 reads a user name and password for %1 (user %2) from %4.</source>
        <translation>O %3 lê um nome de usuário e uma senha para %1 (usuário %2) de %4.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%4 names the credential store &quot;%1&quot; (%2), but its program %3 is not installed. %5 cannot save or read logins for this registry: install it, or remove &quot;%1&quot; from %2 in %4 and log in again.</source>
        <translation>%4 indica o armazenamento de credenciais &quot;%1&quot; (%2), mas o programa %3 dele não está instalado. O %5 não consegue salvar nem ler logons para este registro: instale-o, ou remova &quot;%1&quot; de %2 em %4 e faça logon novamente.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>The credential helper %1 did not answer within %n second(s). %2 waits for it on every login, push and pull; it may be waiting for an unlock prompt or be stuck.</source>
        <translation>
            <numerusform>O auxiliar de credenciais %1 não respondeu em %n segundo. O %2 espera por ele a cada logon, push e pull; ele pode estar aguardando uma solicitação de desbloqueio ou estar travado.</numerusform>
            <numerusform>O auxiliar de credenciais %1 não respondeu em %n segundos. O %2 espera por ele a cada logon, push e pull; ele pode estar aguardando uma solicitação de desbloqueio ou estar travado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The credential helper %1 crashed when %3&apos;s login for %2 was asked for.</source>
        <translation>O auxiliar de credenciais %1 foi encerrado de forma inesperada quando o logon do %3 para %2 foi solicitado.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%2 keeps logins with pass, but pass has not been set up on this account (%1 has no .gpg-id file). Nothing can be read from it, and %3 fails with &quot;pass not initialized&quot; until it is set up.</source>
        <translation>O %2 guarda os logons com o pass, mas o pass não foi configurado nesta conta (%1 não tem o arquivo .gpg-id). Nada pode ser lido dele, e o %3 falha com &quot;pass not initialized&quot; até que ele seja configurado.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%3 keeps logins with pass, whose store (%1) is locked with the GPG key %2, but that key&apos;s secret part is not on this computer. pass cannot decrypt what it holds, so %3 cannot read or save logins.</source>
        <translation>O %3 guarda os logons com o pass, cujo armazenamento (%1) está criptografado com a chave GPG %2, mas a parte secreta dessa chave não está neste computador. O pass não consegue descriptografar o que guarda, então o %3 não pode ler nem salvar logons.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The credential store &quot;%1&quot; has nothing saved for this registry (%2): nobody has signed in to it with %3 on this account, or the login was removed.</source>
        <translation>O armazenamento de credenciais &quot;%1&quot; não tem nada salvo para este registro (%2): ninguém fez logon nele com o %3 nesta conta, ou o logon foi removido.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%3 keeps logins with secretservice, the desktop&apos;s keyring, which needs a desktop session: %1 answered &quot;%2&quot;. Over SSH, in a container or on a server there is none, so %3 cannot read or save logins.</source>
        <translation>O %3 guarda os logons com o secretservice, o chaveiro da área de trabalho, que precisa de uma sessão de área de trabalho: %1 respondeu &quot;%2&quot;. Por SSH, em um contêiner ou em um servidor não há nenhuma, então o %3 não pode ler nem salvar logons.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The credential store &quot;%1&quot; fails: %2 printed nothing and ended with exit code %3. %4 cannot read or save logins for this registry while it fails.</source>
        <translation>O armazenamento de credenciais &quot;%1&quot; está falhando: %2 não exibiu nada e terminou com o código de saída %3. Enquanto ele falhar, o %4 não consegue ler nem salvar logons para este registro.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The credential store &quot;%1&quot; fails: %2 answered &quot;%3&quot; (exit code %4). %5 cannot read or save logins for this registry while it fails.</source>
        <translation>O armazenamento de credenciais &quot;%1&quot; está falhando: %2 respondeu &quot;%3&quot; (código de saída %4). Enquanto ele falhar, o %5 não consegue ler nem salvar logons para este registro.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>The credential store &quot;%1&quot; answered with something that is not a credential, so %3 cannot use it (%2 printed %n byte(s) of unreadable output).</source>
        <translation>
            <numerusform>O armazenamento de credenciais &quot;%1&quot; respondeu com algo que não é uma credencial, então o %3 não pode usá-lo (%2 exibiu %n byte de saída ilegível).</numerusform>
            <numerusform>O armazenamento de credenciais &quot;%1&quot; respondeu com algo que não é uma credencial, então o %3 não pode usá-lo (%2 exibiu %n bytes de saída ilegível).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CredentialsProbe</name>
    <message>
        <location filename="../src/core/probes/credentials_probe.cpp" line="+196"/>
        <source>Skipped: the registry lets anyone in, so there is no sign-in to test.</source>
        <translation>Ignorada: o registro deixa qualquer pessoa entrar, então não há logon para testar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: the registry did not ask for a sign-in.</source>
        <translation>Ignorada: o registro não pediu logon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password read from standard input was empty, so there is nothing to sign in with. In a pipeline this is usually a secret variable that is not set for this run.</source>
        <translation>A senha lida da entrada padrão estava vazia, então não há nada com que entrar. Em um pipeline, isso geralmente é uma variável secreta que não está definida para esta execução.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There are no credentials to sign in with: none were given and Docker has none saved for %1.</source>
        <translation>Não há credenciais para fazer logon: nenhuma foi informada e o Docker não tem nenhuma salva para %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Signed in as %1 with a user name and password.</source>
        <translation>Logon feito como %1 com nome de usuário e senha.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The registry asks for a kind of sign-in this check does not test (%1).</source>
        <translation>O registro pede um tipo de logon que esta verificação não testa (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry names a token service at &quot;%1&quot;, which is not a secure (https) address: no password is sent there.</source>
        <translation>O registro indica um serviço de token em &quot;%1&quot;, que não é um endereço seguro (https): nenhuma senha é enviada para lá.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The token service began to answer, but its answer did not arrive whole, so the check is without a token: %1</source>
        <translation>O serviço de token começou a responder, mas a resposta não chegou inteira, então a verificação continua sem token: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The token service answered with more than %1 KiB, and without a token; the check stopped reading.</source>
        <translation>O serviço de token respondeu com mais de %1 KiB, e sem token; a verificação parou de ler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token service answered, but without a token (the answer is not the JSON a token service sends).</source>
        <translation>O serviço de token respondeu, mas sem token (a resposta não é o JSON que um serviço de token envia).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signed in as %1: the token service gave a token and the registry accepted it.</source>
        <translation>Logon feito como %1: o serviço de token forneceu um token e o registro o aceitou.</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>The saved sign-in expires in %1.</source>
        <translation>O logon salvo expira em %1.</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>The token service gave a token, but the registry did not answer when it was used: %1</source>
        <translation>O serviço de token forneceu um token, mas o registro não respondeu quando ele foi usado: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The token service gave a token that had already expired (at %1), and the registry refused it (%2): the registry&apos;s token service and the registry disagree.</source>
        <translation>O serviço de token forneceu um token que já tinha expirado (em %1), e o registro o recusou (%2): o serviço de token do registro e o registro não estão de acordo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token service gave a token, but the registry refused it (%1).</source>
        <translation>O serviço de token forneceu um token, mas o registro o recusou (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sign-in request got no answer: %1</source>
        <translation>A solicitação de logon não obteve resposta: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The registry does not know the user name &quot;%1&quot; (&quot;Application not registered with AAD&quot;).</source>
        <translation>O registro não conhece o nome de usuário &quot;%1&quot; (&quot;Application not registered with AAD&quot;).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The token itself says it expired at %1; a token from aws ecr get-login-password lasts 12 hours.</source>
        <translation>O próprio token indica que expirou em %1; um token do aws ecr get-login-password dura 12 horas.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The registry refused the saved identity token (401).</source>
        <translation>O registro recusou o token de identidade salvo (401).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused the user name and password for %1 (401 &quot;authentication required&quot;).</source>
        <translation>O registro recusou o nome de usuário e a senha para %1 (401 &quot;authentication required&quot;).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-in answered with a redirect (%1) to %2; the check does not follow it, and sends the password nowhere else.</source>
        <translation>O logon respondeu com um redirecionamento (%1) para %2; a verificação não o segue e não envia a senha para nenhum outro lugar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unnamed place</source>
        <translation>um destino sem nome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in failed with status %1: %2</source>
        <translation>O logon falhou com o status %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/probes/credentials_probe.h" line="+24"/>
        <source>Sign-in</source>
        <translation>Logon</translation>
    </message>
    <message>
        <location filename="../src/core/probes/credentials_probe.cpp" line="-120"/>
        <source>Signed in with the saved Azure sign-in (identity token): the token service gave a token and the registry accepted it.</source>
        <translation>Logon feito com o logon do Azure salvo (token de identidade): o serviço de token forneceu um token e o registro o aceitou.</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>The saved sign-in (identity token) expired %n minute(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>O logon salvo (token de identidade) expirou há %n minuto, em %1; o registro o recusou com %2.</numerusform>
            <numerusform>O logon salvo (token de identidade) expirou há %n minutos, em %1; o registro o recusou com %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The saved sign-in (identity token) expired %n hour(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>O logon salvo (token de identidade) expirou há %n hora, em %1; o registro o recusou com %2.</numerusform>
            <numerusform>O logon salvo (token de identidade) expirou há %n horas, em %1; o registro o recusou com %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The saved sign-in (identity token) expired %n day(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>O logon salvo (token de identidade) expirou há %n dia, em %1; o registro o recusou com %2.</numerusform>
            <numerusform>O logon salvo (token de identidade) expirou há %n dias, em %1; o registro o recusou com %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The registry says the saved token has expired (%1): &quot;%2&quot;</source>
        <translation>O registro informa que o token salvo expirou (%1): &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Not tested: the sign-in could not be tried, because the registry&apos;s first answer was not usable.</source>
        <translation>Não testado: não foi possível tentar fazer logon, porque a primeira resposta do registro não era utilizável.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not tested: the sign-in could not be tried, because there is no working connection to the registry.</source>
        <translation>Não testado: não foi possível tentar fazer logon, porque não há uma conexão funcionando com o registro.</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Amazon ECR refused the token with 400 Bad Request: it was made for another region or AWS account than %1.</source>
        <translation>O Amazon ECR recusou o token com 400 Bad Request: ele foi criado para outra região ou outra conta da AWS que não %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The token service refused the user name and password for %1 (401): &quot;%2&quot;</source>
        <translation>O serviço de tokens recusou o nome de usuário e a senha de %1 (401): &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>There are no credentials to sign in with: none were given and %2 has none saved for %1.</source>
        <translation>Não há credenciais para fazer logon: nenhuma foi informada e o %2 não tem nenhuma salva para %1.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>When the access token expires is not known: Google&apos;s tokeninfo (oauth2.googleapis.com) says the token is not valid (expired or revoked).</source>
        <translation>Não se sabe quando o token de acesso expira: o serviço tokeninfo do Google (oauth2.googleapis.com) informa que o token não é válido (expirou ou foi revogado).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the access token expires is not known: Google&apos;s tokeninfo (oauth2.googleapis.com) did not tell (%1).</source>
        <translation>Não se sabe quando o token de acesso expira: o serviço tokeninfo do Google (oauth2.googleapis.com) não informou (%1).</translation>
    </message>
    <message>
        <location line="+332"/>
        <source>The registry refused the access token (%1), and Google&apos;s tokeninfo (oauth2.googleapis.com) says the token is no longer valid: it has expired (a token from gcloud auth print-access-token lasts one hour) or was revoked.</source>
        <translation>O registro recusou o token de acesso (%1), e o serviço tokeninfo do Google (oauth2.googleapis.com) informa que o token não é mais válido: ele expirou (um token do gcloud auth print-access-token dura uma hora) ou foi revogado.</translation>
    </message>
</context>
<context>
    <name>rd::DnsProbe</name>
    <message>
        <location filename="../src/core/probes/dns_probe.cpp" line="+30"/>
        <source>Skipped: there is no registry address to check.</source>
        <translation>Ignorada: não há endereço de registro para verificar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The DNS server did not answer.</source>
        <translation>O servidor DNS não respondeu.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The name %1 does not exist in DNS.</source>
        <translation>O nome %1 não existe no DNS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name %1 could not be looked up: %2</source>
        <translation>Não foi possível resolver o nome %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy looks names up itself, so this may not matter.</source>
        <translation>O proxy resolve os nomes por conta própria, então isso pode não importar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 resolves to %2.</source>
        <translation>%1 é resolvido para %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alias chain: %1.</source>
        <translation>Cadeia de aliases: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a private endpoint: it is reachable only from the registry&apos;s virtual network or a network connected to it.</source>
        <translation>Este é um ponto de extremidade privado: ele só pode ser alcançado pela rede virtual do registro ou por uma rede conectada a ela.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/dns_probe.h" line="+23"/>
        <source>Name lookup (DNS)</source>
        <translation>Resolução de nomes (DNS)</translation>
    </message>
</context>
<context>
    <name>rd::DockerClientProbe</name>
    <message>
        <location filename="../src/core/probes/docker_client_probe.cpp" line="+13"/>
        <source>Docker client</source>
        <translation>Cliente do Docker</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The docker command was not found on this computer (it is not on PATH). Install Docker, or open a shell where the docker command works.</source>
        <translation>O comando docker não foi encontrado neste computador (ele não está no PATH). Instale o Docker ou abra um shell em que o comando docker funcione.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The docker program at %1 could not be started: %2</source>
        <translation>Não foi possível iniciar o programa docker em %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The docker command did not answer within %n second(s) (&quot;docker version&quot; hung).</source>
        <translation>
            <numerusform>O comando docker não respondeu em %n segundo (&quot;docker version&quot; travou).</numerusform>
            <numerusform>O comando docker não respondeu em %n segundos (&quot;docker version&quot; travou).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The docker command crashed while printing its version.</source>
        <translation>O comando docker foi encerrado de forma inesperada ao exibir a versão.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The docker command at %1 runs, but its version could not be read from what it printed.</source>
        <translation>O comando docker em %1 é executado, mas não foi possível ler a versão no que ele exibiu.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Docker %1 is installed, which is older than %2, the oldest version that works with this registry&apos;s login. Update Docker.</source>
        <translation>Está instalado o Docker %1, versão anterior à %2, a mais antiga que funciona com o logon deste registro. Atualize o Docker.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker %1 is installed.</source>
        <translation>O Docker %1 está instalado.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The docker command at %1 is Podman %2 in Docker emulation, not Docker.</source>
        <translation>O comando docker em %1 é o Podman %2 em emulação do Docker, não o Docker.</translation>
    </message>
</context>
<context>
    <name>rd::DockerConfigProbe</name>
    <message>
        <location filename="../src/core/probes/docker_config_probe.cpp" line="+55"/>
        <source>Docker configuration</source>
        <translation>Configuração do Docker</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>There is no Docker config yet at %1 (nobody has logged in with docker on this account).</source>
        <translation>Ainda não há configuração do Docker em %1 (ninguém fez logon com o docker nesta conta).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Docker config file %1 is empty. Docker treats it as having no settings and no saved logins.</source>
        <translation>O arquivo de configuração do Docker %1 está vazio. O Docker o trata como se não houvesse configurações nem logons salvos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Docker config file %1 cannot be used (%2). Docker fails to read it too: fix or remove the file, then log in again.</source>
        <translation>O arquivo de configuração do Docker %1 não pode ser usado (%2). O Docker também não consegue lê-lo: corrija ou remova o arquivo e faça logon novamente.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Docker&apos;s config file %1 was read. Without a usable registry name, nothing in it was looked up.</source>
        <translation>O arquivo de configuração do Docker %1 foi lido. Sem um nome de registro utilizável, nada foi procurado nele.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Docker keeps the login for %1 in the credential helper &quot;%2&quot; (credHelpers).</source>
        <translation>O Docker guarda o logon para %1 no auxiliar de credenciais &quot;%2&quot; (credHelpers).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker keeps logins in the credential store &quot;%1&quot; (credsStore).</source>
        <translation>O Docker guarda os logons no armazenamento de credenciais &quot;%1&quot; (credsStore).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file itself holds a login for %1.</source>
        <translation>O próprio arquivo contém um logon para %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file holds no login for %1.</source>
        <translation>O arquivo não contém nenhum logon para %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker&apos;s config file %1 was read. %2</source>
        <translation>O arquivo de configuração do Docker %1 foi lido. %2</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>There is no Docker config at %1, so Docker keeps logins in its default credential store for this system, &quot;%2&quot;.</source>
        <translation>Não há configuração do Docker em %1, então o Docker guarda os logons no armazenamento de credenciais padrão deste sistema, &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1&apos;s login file %2 has an entry for %3, but its saved login is damaged (the &quot;auth&quot; value is not a readable user name and password). Log in again.</source>
        <extracomment>%1 is the client (Docker, Podman, Helm), %2 its login file, %3 the registry.</extracomment>
        <translation>O arquivo de logons do %1 %2 tem uma entrada para %3, mas o logon salvo está danificado (o valor &quot;auth&quot; não é um nome de usuário e uma senha legíveis). Faça logon novamente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file names no credential store, so Docker keeps logins in its default store for this system, &quot;%1&quot;.</source>
        <translation>O arquivo não indica nenhum armazenamento de credenciais, então o Docker guarda os logons no armazenamento padrão deste sistema, &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Podman cannot use its login file %1 (%2) and stops looking there, so it finds no login for any registry. Fix or remove the file, then sign in again.</source>
        <translation>O Podman não consegue usar o arquivo de logon %1 (%2) e para de procurar ali, então não encontra logon para nenhum registro. Corrija ou remova o arquivo e faça logon novamente.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Podman takes the login for %1 from the credential helper &quot;%2&quot;, as %3 says (credHelpers).</source>
        <translation>O Podman obtém o logon para %1 do auxiliar de credenciais &quot;%2&quot;, conforme indicado em %3 (credHelpers).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Podman reads the login for %1 from %2, the first of its login files that has one (entry &quot;%3&quot;).</source>
        <translation>O Podman lê o logon para %1 de %2, o primeiro dos seus arquivos de logon que contém um (entrada &quot;%3&quot;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None of the files Podman reads logins from has one for %1: %2. Podman does not use Docker&apos;s credential store.</source>
        <translation>Nenhum dos arquivos dos quais o Podman lê logons contém um para %1: %2. O Podman não usa o armazenamento de credenciais do Docker.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Helm cannot use its registry config %1 (%2): every helm command that talks to a registry stops with an error there. Fix or remove the file, then sign in again with helm registry login.</source>
        <translation>O Helm não consegue usar a configuração de registro %1 (%2): todo comando helm que se comunica com um registro para ali com um erro. Corrija ou remova o arquivo e faça logon novamente com helm registry login.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Neither Helm&apos;s registry config %1 nor Docker&apos;s config %2 has a login for %3, and neither names a credential store for it.</source>
        <translation>Nem a configuração de registro do Helm %1 nem a configuração do Docker %2 têm um logon para %3, e nenhuma das duas indica um armazenamento de credenciais para ele.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helm&apos;s registry config %1 has no login for %2, and Helm skips Docker&apos;s config %3, which it cannot read (%4).</source>
        <translation>A configuração de registro do Helm %1 não tem logon para %2, e o Helm ignora a configuração do Docker %3, que ele não consegue ler (%4).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Helm reads logins from its registry config %1, then from Docker&apos;s config %2. For %3 it asks, in this order, until one has a login: %4.</source>
        <translation>O Helm lê logons da configuração de registro dele %1 e depois da configuração do Docker %2. Para %3, ele consulta, nesta ordem, até que um tenha um logon: %4.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>%1&apos;s login files</source>
        <extracomment>%1 is the client: Podman (its auth.json files) or Helm (its registry config, then Docker&apos;s).</extracomment>
        <translation>Arquivos de logon do %1</translation>
    </message>
</context>
<context>
    <name>rd::DockerDaemonProbe</name>
    <message>
        <location filename="../src/core/probes/docker_daemon_probe.cpp" line="+10"/>
        <source>Docker daemon</source>
        <translation>Daemon do Docker</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Docker client was not checked, so the daemon was not checked either.</source>
        <translation>O cliente do Docker não foi verificado, então o daemon também não foi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker is not installed, so there is no Docker daemon to check.</source>
        <translation>O Docker não está instalado, então não há daemon do Docker para verificar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The docker command did not say whether its daemon answers (its version output could not be read).</source>
        <translation>O comando docker não disse se o daemon dele responde (não foi possível ler a saída da versão).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Docker daemon is running and answers (Docker Engine %1).</source>
        <translation>O daemon do Docker está em execução e responde (Docker Engine %1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>docker reported no server</source>
        <translation>o docker não informou nenhum servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Docker daemon does not answer: &quot;%1&quot;. Your Docker client can still log in without it (the login happens in the client), but pushing and pulling images need a running daemon: start Docker Desktop or the docker service.</source>
        <translation>O daemon do Docker não responde: &quot;%1&quot;. O seu cliente do Docker ainda consegue fazer logon sem ele (o logon acontece no cliente), mas para fazer push e pull de imagens é preciso um daemon em execução: inicie o Docker Desktop ou o serviço docker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker daemon does not answer: &quot;%1&quot;. This Docker client logs in through the daemon, so docker login, push and pull all fail until it runs: start Docker Desktop or the docker service.</source>
        <translation>O daemon do Docker não responde: &quot;%1&quot;. Este cliente do Docker faz logon por meio do daemon, então docker login, push e pull falham até que ele esteja em execução: inicie o Docker Desktop ou o serviço docker.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The docker command is Podman, which has no daemon to check.</source>
        <translation>O comando docker é o Podman, que não tem daemon para verificar.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The engine runs in Docker Desktop&apos;s virtual machine (%1), not directly on this computer.</source>
        <translation>O mecanismo é executado na máquina virtual do Docker Desktop (%1), não diretamente neste computador.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs in WSL 2 (%1 on kernel %2).</source>
        <translation>O mecanismo é executado no WSL 2 (%1 com o kernel %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs on another machine, %1 (%2), reached through %3.</source>
        <translation>O mecanismo é executado em outra máquina, %1 (%2), acessada por meio de %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs on %1 (%2).</source>
        <translation>O mecanismo é executado em %1 (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pulls from Docker Hub try the engine&apos;s mirrors first: %1.</source>
        <translation>Os pulls do Docker Hub tentam primeiro os espelhos do mecanismo: %1.</translation>
    </message>
</context>
<context>
    <name>rd::Duration</name>
    <message numerus="yes">
        <location filename="../src/core/time_text.cpp" line="+14"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ErrorText</name>
    <message>
        <location filename="../src/core/diagnosis/error_text.cpp" line="+135"/>
        <source>The docker command could not be found. Docker is not installed on this computer, or its folder is not on the search path.</source>
        <translation>O comando docker não foi encontrado. O Docker não está instalado neste computador, ou a pasta dele não está no caminho de pesquisa (PATH).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The docker command could not talk to the Docker engine because your account may not use it. Add your account to the docker group, or use the same account that runs Docker.</source>
        <translation>O comando docker não conseguiu se comunicar com o mecanismo do Docker porque a sua conta talvez não tenha permissão para usá-lo. Adicione a sua conta ao grupo docker ou use a mesma conta que executa o Docker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker engine (the background service that does the work) is not running, so docker commands cannot do anything. Start Docker and try again.</source>
        <translation>O mecanismo do Docker (o serviço em segundo plano que faz o trabalho) não está em execução, então os comandos docker não conseguem fazer nada. Inicie o Docker e tente novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Docker on Windows cannot reach its engine: Docker Desktop is probably not started. Start Docker Desktop and wait until it says it is running.</source>
        <translation>O Docker no Windows não consegue alcançar o mecanismo dele: provavelmente o Docker Desktop não foi iniciado. Inicie o Docker Desktop e espere até que ele indique que está em execução.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker Desktop is not running, so the Docker engine is not available. Start Docker Desktop, or restart it if it is stuck.</source>
        <translation>O Docker Desktop não está em execução, então o mecanismo do Docker não está disponível. Inicie o Docker Desktop ou reinicie-o se ele estiver travado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker client and engine versions do not fit together, or Docker is too old. Registry sign-in needs Docker 18.03 or later.</source>
        <translation>As versões do cliente e do mecanismo do Docker não são compatíveis entre si, ou o Docker é antigo demais. O logon no registro exige o Docker 18.03 ou posterior.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>docker login wanted to ask for a user name and password, but it was not run in a terminal. Pass the user name and the password (through --password-stdin) explicitly.</source>
        <translation>O docker login queria pedir um nome de usuário e uma senha, mas não foi executado em um terminal. Informe explicitamente o nome de usuário e a senha (por meio de --password-stdin).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Docker is set up to keep passwords in a credential helper program that is not installed. Install that helper, or remove the &quot;credsStore&quot; entry from the Docker configuration file.</source>
        <translation>O Docker está configurado para guardar as senhas em um programa auxiliar de credenciais que não está instalado. Instale esse auxiliar ou remova a entrada &quot;credsStore&quot; do arquivo de configuração do Docker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows credential store refused to save the registry sign-in, usually because the Azure token is too long for it. Removing &quot;credsStore&quot; from the Docker configuration file avoids the store.</source>
        <translation>O armazenamento de credenciais do Windows se recusou a salvar o logon do registro, normalmente porque o token do Azure é longo demais para ele. Remover &quot;credsStore&quot; do arquivo de configuração do Docker faz com que o armazenamento não seja mais usado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows credential store could not be used from this session (common over remote sessions or services). Docker could not save or read the registry password.</source>
        <translation>Não foi possível usar o armazenamento de credenciais do Windows nesta sessão (algo comum em sessões remotas ou serviços). O Docker não conseguiu salvar nem ler a senha do registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker has no saved sign-in for this registry. Sign in to the registry first.</source>
        <translation>O Docker não tem nenhum logon salvo para este registro. Faça logon no registro primeiro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The program Docker uses to store passwords failed. Docker could not save or read the registry sign-in.</source>
        <translation>O programa que o Docker usa para guardar senhas falhou. O Docker não conseguiu salvar nem ler o logon do registro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image name contains capital letters. Registry addresses and repository names must be written in lowercase.</source>
        <translation>O nome da imagem contém letras maiúsculas. Endereços de registro e nomes de repositório devem ser escritos em letras minúsculas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image name is not written correctly, for example it contains https:// or a space. Use registry/repository:tag, such as myregistry.azurecr.io/app:1.0.</source>
        <translation>O nome da imagem não está escrito corretamente; por exemplo, contém https:// ou um espaço. Use registro/repositório:tag, como myregistry.azurecr.io/app:1.0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry name is not valid. az acr commands want the registry&apos;s resource name only: 5 to 50 letters and digits, without .azurecr.io.</source>
        <translation>O nome do registro não é válido. Os comandos az acr querem apenas o nome do recurso do registro: de 5 a 50 letras e dígitos, sem .azurecr.io.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure does not know a registry by that name in the selected subscription. Check the name and the subscription (az account show).</source>
        <translation>O Azure não conhece nenhum registro com esse nome na assinatura selecionada. Verifique o nome e a assinatura (az account show).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are signed in to Azure, but your account has no role that allows this action. Seeing the registry needs at least the Reader role.</source>
        <translation>Você fez logon no Azure, mas a sua conta não tem nenhuma função que permita esta ação. Para ver o registro, é preciso pelo menos a função Reader (Leitor).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The connection goes through a proxy server, and the proxy could not be reached or refused the connection. Check the proxy settings (HTTPS_PROXY) of Docker and of this computer.</source>
        <translation>A conexão passa por um servidor proxy, e não foi possível alcançar o proxy ou ele recusou a conexão. Verifique as configurações de proxy (HTTPS_PROXY) do Docker e deste computador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI could not get through the proxy server. Check the proxy address and whether the proxy allows the registry&apos;s address.</source>
        <translation>A CLI do Azure não conseguiu passar pelo servidor proxy. Verifique o endereço do proxy e se o proxy permite o endereço do registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name server does not know this registry address. The name may be misspelt, belong to another cloud, or, with a private endpoint, its private DNS is not set up.</source>
        <translation>O servidor DNS não conhece este endereço de registro. O nome pode estar escrito errado, pertencer a outra nuvem ou, com um ponto de extremidade privado, o DNS privado dele pode não estar configurado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name server did not answer properly when asked for the registry address. The DNS server or the network path to it has a problem.</source>
        <translation>O servidor DNS não respondeu corretamente quando foi consultado sobre o endereço do registro. O servidor DNS ou o caminho de rede até ele tem um problema.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI tried several times to reach this address and gave up. The reason follows in the message (name lookup, proxy, certificate or timeout).</source>
        <translation>A CLI do Azure tentou várias vezes alcançar este endereço e desistiu. O motivo aparece no restante da mensagem (resolução de nomes, proxy, certificado ou tempo limite).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The computer could not turn the registry address into an IP address. The name may be wrong, or the DNS setup (for example for a private endpoint) is missing.</source>
        <translation>O computador não conseguiu converter o endereço do registro em um endereço IP. O nome pode estar errado, ou a configuração de DNS (por exemplo, para um ponto de extremidade privado) está faltando.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate looks expired from here. Most often the computer&apos;s clock is wrong; otherwise something in between presents an old certificate.</source>
        <translation>Daqui, o certificado do servidor parece expirado. Na maioria das vezes o relógio do computador está errado; caso contrário, algo no meio do caminho apresenta um certificado antigo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI does not trust the certificate it received. Usually a company proxy inspects the traffic with its own certificate, which must be added to the trusted ones.</source>
        <translation>A CLI do Azure não confia no certificado que recebeu. Normalmente um proxy corporativo inspeciona o tráfego com um certificado próprio, que precisa ser adicionado aos confiáveis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>The registry&apos;s certificate is not trusted on this computer. Usually a proxy or security product replaces the certificate with its own, which must then be trusted.</source>
        <translation>O certificado do registro não é confiável neste computador. Normalmente um proxy ou um produto de segurança substitui o certificado por um próprio, que então precisa ser marcado como confiável.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate looks expired or not yet valid from here. Most often the computer&apos;s date and time are wrong.</source>
        <translation>Daqui, o certificado parece expirado ou ainda não válido. Na maioria das vezes a data e a hora do computador estão erradas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate belongs to a different name than the address used. Use the registry&apos;s normal login server name (not the privatelink name), or check for a proxy in between.</source>
        <translation>O certificado pertence a um nome diferente do endereço usado. Use o nome normal do servidor de logon do registro (não o nome privatelink) ou verifique se há um proxy no meio do caminho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at this address did not speak HTTPS. The address may point at something that is not a registry, or at a proxy.</source>
        <translation>O servidor neste endereço não falou HTTPS. O endereço pode apontar para algo que não é um registro, ou para um proxy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secure connection could not be set up. Something between you and the registry, often a proxy or firewall, interferes with it.</source>
        <translation>Não foi possível estabelecer a conexão segura. Algo entre você e o registro, muitas vezes um proxy ou um firewall, interfere nela.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry did not answer in time. A firewall, a missing route or a proxy that has to be used probably stands in the way.</source>
        <translation>O registro não respondeu a tempo. Provavelmente um firewall, uma rota ausente ou um proxy que deveria ser usado está atrapalhando.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection was refused: nothing accepts connections at that address and port, or a firewall turns them away.</source>
        <translation>A conexão foi recusada: nada aceita conexões nesse endereço e porta, ou um firewall as rejeita.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer has no network path to the registry. Check the network connection, VPN and routing.</source>
        <translation>Este computador não tem um caminho de rede até o registro. Verifique a conexão de rede, a VPN e o roteamento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection was cut off in the middle. A proxy or firewall between you and the registry often does this.</source>
        <translation>A conexão foi cortada no meio. Um proxy ou firewall entre você e o registro costuma fazer isso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request took too long and was given up. The registry is not reachable from here, or a proxy that should be used is not configured.</source>
        <translation>A solicitação demorou demais e foi abandonada. O registro não pode ser alcançado daqui, ou um proxy que deveria ser usado não está configurado.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The registry&apos;s firewall does not let your IP address in, or public access to the registry is turned off. Add your address to the registry&apos;s network rules, or connect through its private endpoint.</source>
        <translation>O firewall do registro não deixa o seu endereço IP entrar, ou o acesso público ao registro está desativado. Adicione o seu endereço às regras de rede do registro ou conecte-se por meio do ponto de extremidade privado dele.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry does not recognise the user name. For a service principal the user name must be its application (client) ID, not an e-mail address or display name.</source>
        <translation>O registro não reconhece o nome de usuário. Para uma entidade de serviço, o nome de usuário precisa ser o ID do aplicativo (cliente), não um endereço de email nem um nome de exibição.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry turned down the user name and password given at sign-in. The password or secret is wrong or has expired.</source>
        <translation>O registro recusou o nome de usuário e a senha informados no logon. A senha ou o segredo está errado ou expirou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <location line="+20"/>
        <source>The registry turned down the user name and password given at sign-in.</source>
        <translation>O registro recusou o nome de usuário e a senha informados no logon.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The registry wants a valid sign-in and did not get one. The saved sign-in may have expired (an az acr login lasts about three hours), be missing, or be for a differently written registry name.</source>
        <translation>O registro quer um logon válido e não recebeu um. O logon salvo pode ter expirado (um az acr login dura cerca de três horas), estar faltando ou ser para um nome de registro escrito de outra forma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are signed in, but this identity may not do this with this repository: pushing needs the AcrPush role, pulling AcrPull. Also check that the image name starts with the registry address.</source>
        <translation>Você fez logon, mas esta identidade não pode fazer isso neste repositório: para fazer push é preciso a função AcrPush; para fazer pull, AcrPull. Verifique também se o nome da imagem começa com o endereço do registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in worked, but the permission granted does not cover this action on this repository.</source>
        <translation>O logon funcionou, mas a permissão concedida não cobre esta ação neste repositório.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Access was forbidden before the password was even checked. This is a network matter: the registry&apos;s firewall, disabled public access, or a proxy blocks the way.</source>
        <translation>O acesso foi proibido antes mesmo de a senha ser verificada. É uma questão de rede: o firewall do registro, o acesso público desativado ou um proxy bloqueia o caminho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is a web server at this address, but it is not a container registry. Check the address: only the login server name, without a path.</source>
        <translation>Há um servidor web neste endereço, mas ele não é um registro de contêiner. Verifique o endereço: apenas o nome do servidor de logon, sem caminho.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+16"/>
        <location line="+4"/>
        <source>The registry is receiving too many requests from you and asks to slow down. Wait a little and try again.</source>
        <translation>O registro está recebendo solicitações demais de você e pede para ir mais devagar. Espere um pouco e tente novamente.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The sign-in request got an unexpected answer from the server or from something in between, such as a proxy.</source>
        <translation>A solicitação de logon recebeu uma resposta inesperada do servidor ou de algo no meio do caminho, como um proxy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry forbade access before any sign-in. Its firewall, disabled public access, or a proxy is blocking this computer.</source>
        <translation>O registro proibiu o acesso antes de qualquer logon. O firewall dele, o acesso público desativado ou um proxy está bloqueando este computador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is a web server at this address, but it is not a container registry. Check the address.</source>
        <translation>Há um servidor web neste endereço, mas ele não é um registro de contêiner. Verifique o endereço.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry address gave an unexpected answer. Something other than the registry, such as a proxy, may have answered.</source>
        <translation>O endereço do registro deu uma resposta inesperada. Algo diferente do registro, como um proxy, pode ter respondido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered that a valid sign-in is missing: no credentials, wrong ones, or expired ones were sent.</source>
        <translation>O registro respondeu que falta um logon válido: nenhuma credencial foi enviada, ou as enviadas estavam erradas ou expiradas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused the request: the identity lacks the permission, or the network rules do not allow it.</source>
        <translation>O registro recusou a solicitação: a identidade não tem a permissão, ou as regras de rede não a permitem.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The cluster tried to pull the image without a usable sign-in. Its identity (for AKS, the kubelet identity) needs the AcrPull role on the registry, or an image pull secret is missing.</source>
        <translation>O cluster tentou fazer pull da imagem sem um logon utilizável. A identidade dele (no AKS, a identidade do kubelet) precisa da função AcrPull no registro, ou está faltando um segredo de pull de imagem (image pull secret).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry wanted a sign-in that it did not get, or did not accept.</source>
        <translation>O registro queria um logon que não recebeu ou que não aceitou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry forbade the request: its network rules or the identity&apos;s permissions do not allow it.</source>
        <translation>O registro proibiu a solicitação: as regras de rede dele ou as permissões da identidade não a permitem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Azure CLI could not reach the registry over the network. A proxy, DNS, a firewall or a private endpoint may be in the way, or the name is wrong.</source>
        <translation>A CLI do Azure não conseguiu alcançar o registro pela rede. Um proxy, o DNS, um firewall ou um ponto de extremidade privado pode estar atrapalhando, ou o nome está errado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address did not answer like a registry that asks for a sign-in. Often a proxy answered instead, public access is disabled, DNS points elsewhere, or it was a passing hiccup.</source>
        <translation>O endereço não respondeu como um registro que pede logon. Muitas vezes um proxy respondeu no lugar dele, o acesso público está desativado, o DNS aponta para outro lugar ou foi uma falha passageira.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Azure identity was signed in but has no role on this registry, or the wrong subscription or tenant is selected. A role assignment made just now can take a few minutes to apply.</source>
        <translation>A sua identidade do Azure fez logon, mas não tem nenhuma função neste registro, ou a assinatura ou o locatário errado está selecionado. Uma atribuição de função feita agora há pouco pode levar alguns minutos para entrar em vigor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry did not accept your Azure identity: it has no role on this registry, or another subscription or tenant is selected.</source>
        <translation>O registro não aceitou a sua identidade do Azure: ela não tem nenhuma função neste registro, ou outra assinatura ou outro locatário está selecionado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI is not signed in to Azure. Run az login first (with sudo, the root user has its own separate sign-in).</source>
        <translation>A CLI do Azure não fez logon no Azure. Execute az login primeiro (com sudo, o usuário root tem um logon próprio, separado).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI could not get an Azure sign-in token for the registry. The rest of the message says why.</source>
        <translation>A CLI do Azure não conseguiu obter um token de logon do Azure para o registro. O restante da mensagem diz por quê.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service principal&apos;s client secret has expired. Create a new secret and use it everywhere the old one was stored.</source>
        <translation>O segredo do cliente da entidade de serviço expirou. Crie um novo segredo e use-o em todos os lugares onde o antigo estava guardado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client secret given is wrong. Use the secret&apos;s value, not its ID, and check that it belongs to this application.</source>
        <translation>O segredo do cliente informado está errado. Use o valor do segredo, não o ID dele, e verifique se ele pertence a este aplicativo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No application with that ID exists in this Azure tenant. Check the application (client) ID and the tenant.</source>
        <translation>Não existe nenhum aplicativo com esse ID neste locatário do Azure. Verifique o ID do aplicativo (cliente) e o locatário.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Azure sign-in has expired or needs to be repeated. Run az login again.</source>
        <translation>O seu logon no Azure expirou ou precisa ser repetido. Execute az login novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure rejected the sign-in because its time stamps are out of range. The computer&apos;s clock is probably wrong.</source>
        <translation>O Azure rejeitou o logon porque os carimbos de data/hora estão fora do intervalo. Provavelmente o relógio do computador está errado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Microsoft Entra ID does not know this tenant in the Azure cloud the sign-in went to. Either the tenant ID is wrong, or the tenant lives in another cloud (Azure operated by 21Vianet for .azurecr.cn, Azure Government for .azurecr.us), which the Azure CLI reaches only after az cloud set.</source>
        <translation>O Microsoft Entra ID não conhece este locatário na nuvem do Azure para a qual o logon foi enviado. Ou a ID do locatário está errada, ou o locatário fica em outra nuvem (Azure operado pela 21Vianet para .azurecr.cn, Azure Governamental para .azurecr.us), que a CLI do Azure só alcança depois de az cloud set.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure sign-in (Azure AD / Entra ID) failed. The AADSTS code says why; look it up in Microsoft&apos;s list of sign-in error codes.</source>
        <translation>O logon no Azure (Microsoft Entra ID, antigo Azure AD) falhou. O código AADSTS diz o motivo; procure-o na lista de códigos de erro de logon da Microsoft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Azure CLI could not run the docker command: Docker is missing or its engine is not running.</source>
        <translation>A CLI do Azure não conseguiu executar o comando docker: o Docker está ausente ou o mecanismo dele não está em execução.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker engine is not running. Start Docker and try again.</source>
        <translation>O mecanismo do Docker não está em execução. Inicie o Docker e tente novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker version could not be read or is too old. Registry sign-in needs Docker 18.03 or later.</source>
        <translation>Não foi possível ler a versão do Docker, ou ela é antiga demais. O logon no registro exige o Docker 18.03 ou posterior.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker could not pull a sample image from the internet. The network or proxy settings of the Docker engine are probably the problem.</source>
        <translation>O Docker não conseguiu fazer pull de uma imagem de exemplo da internet. Provavelmente o problema está nas configurações de rede ou de proxy do mecanismo do Docker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry&apos;s address could not be looked up. The name may be wrong, or DNS (for example for a private endpoint) is not set up.</source>
        <translation>Não foi possível resolver o endereço do registro. O nome pode estar errado, ou o DNS (por exemplo, para um ponto de extremidade privado) não está configurado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry forbade access from here: its firewall or disabled public access keeps this computer out.</source>
        <translation>O registro proibiu o acesso daqui: o firewall dele ou o acesso público desativado deixa este computador de fora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry address did not answer with the expected request to sign in. A proxy or the network is usually the reason; the same code is also shown when the registry asks you to slow down.</source>
        <translation>O endereço do registro não respondeu com a solicitação de logon esperada. Normalmente a causa é um proxy ou a rede; o mesmo código também aparece quando o registro pede para ir mais devagar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A secure connection to the registry could not be set up, usually because a proxy replaces the certificate or the clock is wrong.</source>
        <translation>Não foi possível estabelecer uma conexão segura com o registro, normalmente porque um proxy substitui o certificado ou porque o relógio está errado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry did not accept your Azure identity: it has no role on the registry, or you are signed in to another tenant or subscription.</source>
        <translation>O registro não aceitou a sua identidade do Azure: ela não tem nenhuma função no registro, ou você fez logon em outro locatário ou em outra assinatura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry would not hand out an access token for your identity: a role such as AcrPull or AcrPush is missing.</source>
        <translation>O registro não quis emitir um token de acesso para a sua identidade: está faltando uma função como AcrPull ou AcrPush.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry is receiving too many requests from you and asks to slow down.</source>
        <translation>O registro está recebendo solicitações demais de você e pede para ir mais devagar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI could not find the registry&apos;s login server from its name. Check the name and the selected subscription.</source>
        <translation>A CLI do Azure não conseguiu encontrar o servidor de logon do registro a partir do nome. Verifique o nome e a assinatura selecionada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cluster could not pull the image. The reason follows in the message.</source>
        <translation>O cluster não conseguiu fazer pull da imagem. O motivo aparece no restante da mensagem.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skopeo could not reach the registry. The reason follows in the message.</source>
        <translation>O skopeo não conseguiu alcançar o registro. O motivo aparece no restante da mensagem.</translation>
    </message>
    <message>
        <location line="-475"/>
        <source>az acr login could not hand the registry token to Docker, because the docker command or its engine is not available here. The Azure CLI can give you the token instead (--expose-token), for Podman, Helm or a later docker login.</source>
        <translation>O az acr login não conseguiu passar o token do registro ao Docker, porque o comando docker ou o mecanismo dele não está disponível aqui. A CLI do Azure pode fornecer o token (--expose-token), para o Podman, o Helm ou um docker login posterior.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This Azure CLI does not know the --expose-token option of az acr login: it is too old. Update the Azure CLI.</source>
        <translation>Esta CLI do Azure não conhece a opção --expose-token do az acr login: ela é antiga demais. Atualize a CLI do Azure.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft Entra ID wants multifactor authentication for this sign-in, or a Conditional Access policy blocks it. A script cannot do that: sign in interactively, or use a service principal or a managed identity.</source>
        <translation>O Microsoft Entra ID exige autenticação multifator para este logon, ou uma política de Acesso Condicional o bloqueia. Um script não consegue fazer isso: faça logon de forma interativa ou use uma entidade de serviço ou uma identidade gerenciada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The docker command here is Podman pretending to be Docker. Podman keeps its own sign-ins and has no Docker engine, so Docker&apos;s advice does not apply.</source>
        <translation>Aqui o comando docker é o Podman se passando pelo Docker. O Podman guarda os próprios logons e não tem mecanismo do Docker, então as dicas do Docker não se aplicam.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in step got an empty user name or password. In a pipeline the secret variable is usually not set or not available to this run.</source>
        <translation>A etapa de logon recebeu um nome de usuário ou uma senha vazios. Em um pipeline, a variável secreta geralmente não está definida ou não está disponível para esta execução.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--password-stdin was given without a user name. In a pipeline the variable that holds the user name is usually empty or not set.</source>
        <translation>O --password-stdin foi informado sem um nome de usuário. Em um pipeline, a variável que contém o nome de usuário geralmente está vazia ou não definida.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pod names an image pull secret that does not exist in its namespace, so the node pulls the image without signing in.</source>
        <translation>O pod indica um segredo de pull de imagem que não existe no namespace dele, então o nó faz pull da imagem sem fazer logon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node was refused the image because it pulled without valid credentials: the pod&apos;s pull secret is missing, in another namespace, or for another registry (on AKS, the cluster&apos;s identity may lack AcrPull).</source>
        <translation>A imagem foi recusada ao nó porque ele fez pull sem credenciais válidas: o segredo de pull do pod está ausente, em outro namespace ou é de outro registro (no AKS, a identidade do cluster pode não ter AcrPull).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image exists, but not for this platform (operating system and processor, such as linux/arm64). This is not a sign-in problem: pull another platform or build the image for this one.</source>
        <translation>A imagem existe, mas não para esta plataforma (sistema operacional e processador, como linux/arm64). Isso não é um problema de logon: faça pull de outra plataforma ou compile a imagem para esta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The AWS CLI is signed in, but this identity may not get a registry token (it needs ecr:GetAuthorizationToken). docker login then receives no password.</source>
        <translation>A CLI da AWS está conectada, mas esta identidade não pode obter um token do registro (ela precisa de ecr:GetAuthorizationToken). O docker login então não recebe nenhuma senha.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The AWS CLI&apos;s session has expired, so it could not get a registry token. Sign in to AWS again.</source>
        <translation>A sessão da CLI da AWS expirou, então ela não conseguiu obter um token do registro. Faça logon na AWS novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS does not know the access key the AWS CLI uses, so it could not get a registry token. Check the access key and secret the AWS CLI is set up with.</source>
        <translation>A AWS não reconhece a chave de acesso que a CLI da AWS usa, então ela não conseguiu obter um token do registro. Verifique a chave de acesso e o segredo com que a CLI da AWS está configurada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gcloud, the credential helper Docker uses for this registry, could not refresh its sign-in. Sign in again with gcloud auth login.</source>
        <translation>O gcloud, o auxiliar de credenciais que o Docker usa para este registro, não conseguiu renovar o logon. Faça logon novamente com gcloud auth login.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The BuildKit builder does not trust the registry&apos;s certificate. A builder in its own container (the docker-container driver) does not see the certificates this computer or Docker trusts.</source>
        <translation>O construtor do BuildKit não confia no certificado do registro. Um construtor no próprio contêiner (o driver docker-container) não vê os certificados em que este computador ou o Docker confiam.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The sign-in worked, but downloading (or uploading) a layer failed at the registry&apos;s data endpoint or storage account, a different host than the registry. The firewall or proxy must allow that host too.</source>
        <translation>O logon funcionou, mas o download (ou upload) de uma camada falhou no ponto de extremidade de dados ou na conta de armazenamento do registro, um host diferente do registro. O firewall ou o proxy também precisa permitir esse host.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The server answered with plain HTTP where HTTPS was expected. Usually the registry was set up without TLS: the client must then list it as an insecure registry. Otherwise the address is not the registry, or a proxy is in between.</source>
        <translation>O servidor respondeu com HTTP simples onde era esperado HTTPS. Normalmente o registro foi configurado sem TLS: o cliente precisa então incluí-lo como registro inseguro. Caso contrário, o endereço não é o do registro ou há um proxy no meio.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The registry has no repository by this name. Check the spelling and the namespace (team/app), and that the image name starts with this registry&apos;s address.</source>
        <translation>O registro não tem nenhum repositório com este nome. Verifique a grafia e o namespace (team/app), e se o nome da imagem começa com o endereço deste registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry has no image with this tag or digest in the repository, or no such repository. Check the tag, or list the tags the repository has.</source>
        <translation>O registro não tem nenhuma imagem com esta tag ou digest no repositório, ou o repositório não existe. Verifique a tag ou liste as tags do repositório.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused the image without saying whether it exists: either the repository does not exist (often a misspelt name or a missing namespace), or it exists and this sign-in may not read it.</source>
        <translation>O registro recusou a imagem sem dizer se ela existe: ou o repositório não existe (muitas vezes um nome escrito errado ou um namespace ausente), ou ele existe e este logon não pode lê-lo.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The connection was tried over IPv6 (the address in brackets), and this computer has no IPv6 route to it. If the registry also has an IPv4 address, IPv4 probably works: the network needs a working IPv6 route, or IPv6 turned off where it has none.</source>
        <translation>A conexão foi tentada por IPv6 (o endereço entre colchetes) e este computador não tem rota IPv6 até ele. Se o registro também tiver um endereço IPv4, o IPv4 provavelmente funciona: a rede precisa de uma rota IPv6 funcionando, ou o IPv6 deve ser desativado onde não houver rota.</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>The registry uses ABAC repository permissions (&quot;RBAC Registry + ABAC Repository Permissions&quot;). There, AcrPull and AcrPush give no rights on repositories; the Container Registry Repository Reader, Writer and Contributor roles do.</source>
        <translation>O registro usa permissões de repositório ABAC (&quot;RBAC Registry + ABAC Repository Permissions&quot;). Nesse caso, AcrPull e AcrPush não dão direitos sobre os repositórios; quem dá são as funções Container Registry Repository Reader, Writer e Contributor.</translation>
    </message>
</context>
<context>
    <name>rd::Goal</name>
    <message>
        <location filename="../src/core/diagnosis/goal.cpp" line="+148"/>
        <source>You can sign in to %1 and push to %2.</source>
        <translation>Você pode fazer logon em %1 e fazer push para %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You can sign in to %1 and pull from %2.</source>
        <translation>Você pode fazer logon em %1 e fazer pull de %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can sign in to %1.</source>
        <translation>Você pode fazer logon em %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not tested: the sign-in could not be tried, because %1 cannot be reached.</source>
        <translation>Não testado: não foi possível tentar fazer logon, porque %1 não pode ser alcançado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tested: the sign-in could not be tried, because the certificate of %1 is not trusted.</source>
        <translation>Não testado: não foi possível tentar fazer logon, porque o certificado de %1 não é confiável.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not tested: the sign-in could not be tried, because %1 did not answer as a registry should.</source>
        <translation>Não testado: não foi possível tentar fazer logon, porque %1 não respondeu como um registro deveria.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in to %1 fails: %2</source>
        <extracomment>%1 is the registry, %2 the problem&apos;s title (&quot;The password is wrong&quot;).</extracomment>
        <translation>O logon em %1 falha: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can sign in to %1, but not push to %2.</source>
        <translation>Você pode fazer logon em %1, mas não fazer push para %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You can sign in to %1, but not pull from %2.</source>
        <translation>Você pode fazer logon em %1, mas não fazer pull de %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You can sign in to %1, but this computer is not ready: %2</source>
        <extracomment>%1 is the problem&apos;s title (&quot;The Docker engine is not running&quot;).</extracomment>
        <translation>Você pode fazer logon em %1, mas este computador não está pronto: %2</translation>
    </message>
</context>
<context>
    <name>rd::Guidance</name>
    <message>
        <location filename="../src/core/diagnosis/guidance.cpp" line="+39"/>
        <source>Signing in from an Azure service</source>
        <translation>Fazer logon de um serviço do Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Azure service signs in with its own identity, not with yours, so a check from this computer cannot see it. Check that identity and its role on the registry.</source>
        <translation>Um serviço do Azure faz logon com a própria identidade, não com a sua, então uma verificação deste computador não pode vê-la. Verifique essa identidade e a função dela no registro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AKS: the cluster pulls with its kubelet identity, which needs the AcrPull role on the registry. Check it from the cluster&apos;s side:</source>
        <translation>AKS: o cluster faz pull com a identidade do kubelet, que precisa da função AcrPull no registro. Verifique isso do lado do cluster:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the check fails, attach the registry to the cluster (this gives the kubelet identity AcrPull):</source>
        <translation>Se a verificação falhar, anexe o registro ao cluster (isso dá AcrPull à identidade do kubelet):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure DevOps: the pipeline signs in through its service connection (Project settings &gt; Service connections). Verify the connection there; its service principal or managed identity needs AcrPull to pull and AcrPush to push, and an expired client secret must be renewed.</source>
        <translation>Azure DevOps: o pipeline faz logon pela conexão de serviço (Configurações do projeto &gt; Conexões de serviço). Verifique a conexão ali; a entidade de serviço ou identidade gerenciada dela precisa de AcrPull para pull e AcrPush para push, e um segredo do cliente expirado deve ser renovado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub Actions: sign in with the azure/login action using OpenID Connect (a federated credential on the app registration, no secret), then run az acr login. Give the app&apos;s identity its role on the registry:</source>
        <translation>GitHub Actions: faça logon com a ação azure/login usando OpenID Connect (uma credencial federada no registro de aplicativo, sem segredo) e execute az acr login. Dê à identidade do aplicativo a função dela no registro:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>App Service and Container Apps: pull with the app&apos;s managed identity, which needs AcrPull on the registry:</source>
        <translation>Serviço de Aplicativo e Aplicativos de Contêiner: faça pull com a identidade gerenciada do aplicativo, que precisa de AcrPull no registro:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seeing and managing the registry in the Azure portal</source>
        <translation>Ver e gerenciar o registro no portal do Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal shows a registry only to accounts with a role on it: Reader to see it, Contributor or Owner to change it. AcrPull and AcrPush allow pulling and pushing images only, not seeing the registry in the portal.</source>
        <translation>O portal mostra um registro apenas para contas com uma função nele: Leitor para vê-lo, Colaborador ou Proprietário para alterá-lo. AcrPull e AcrPush permitem apenas fazer pull e push de imagens, não ver o registro no portal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List who has which role on the registry (someone who can see it runs this):</source>
        <translation>Liste quem tem qual função no registro (alguém que consegue vê-lo executa isto):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the registry is missing from your list, check that the right subscription is selected:</source>
        <translation>Se o registro não aparecer na sua lista, verifique se a assinatura certa está selecionada:</translation>
    </message>
</context>
<context>
    <name>rd::HtmlReport</name>
    <message>
        <location filename="../src/core/report/html_report.cpp" line="+110"/>
        <source>Registry Doctor report: %1</source>
        <translation>Relatório do Registry Doctor: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registry Doctor report</source>
        <translation>Relatório do Registry Doctor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registry: %1</source>
        <translation>Registro: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked at %1 (UTC)</source>
        <translation>Verificado em %1 (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice scenario: %1</source>
        <translation>Cenário de prática: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the check saw</source>
        <translation>O que a verificação encontrou</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to fix it</source>
        <translation>Como resolver</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 commands</source>
        <translation>Comandos do %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read more</source>
        <translation>Saiba mais</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it found</source>
        <translation>O que encontrou</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made by Registry Doctor</source>
        <translation>Gerado pelo Registry Doctor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total time: %1 ms</source>
        <translation>Tempo total: %1 ms</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(practice scenario %1)</source>
        <translation>(cenário de prática %1)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>First step:</source>
        <translation>Primeiro passo:</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Registry %1, sign-in %2, user %3, repository %4 (%5).</source>
        <extracomment>Ticket summary line; %1 registry, %2 sign-in method name (azure-cli, password, token, docker), %3 user name, %4 repository, %5 pull or push. &quot;-&quot; where not given.</extracomment>
        <translation>Registro %1, logon %2, usuário %3, repositório %4 (%5).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems: none found.</source>
        <extracomment>Ticket summary line; %1 is the problems&apos; titles, separated by semicolons.</extracomment>
        <translation>Problemas: nenhum encontrado.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems: %1</source>
        <translation>Problemas: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checked %1 (UTC) with Registry Doctor %2 on %3.</source>
        <extracomment>Ticket summary line; %1 date and time (UTC), %2 the program&apos;s version, %3 the operating system.</extracomment>
        <translation>Verificado em %1 (UTC) com o Registry Doctor %2 no %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case %1.</source>
        <translation>Caso %1.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>advice</source>
        <extracomment>The badge of advice (an Azure service&apos;s identity, portal roles): nothing was observed, unlike a &quot;problem&quot;.</extracomment>
        <translation>recomendação</translation>
    </message>
</context>
<context>
    <name>rd::HttpExchange</name>
    <message>
        <location filename="../src/core/network/http_exchange.cpp" line="+98"/>
        <source>Practice mode only talks to this computer; %1 is not part of the exercise.</source>
        <translation>O modo de prática só se comunica com este computador; %1 não faz parte do exercício.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The server sent more than %1 KiB before its answer could be read; the check stopped reading it.</source>
        <translation>O servidor enviou mais de %1 KiB antes que a resposta pudesse ser lida; a verificação parou de lê-la.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer was larger than %1 KiB; the check stopped reading it.</source>
        <translation>A resposta passou de %1 KiB; a verificação parou de lê-la.</translation>
    </message>
</context>
<context>
    <name>rd::ImageProbe</name>
    <message>
        <location filename="../src/core/probes/image_probe_start.cpp" line="+21"/>
        <source>Skipped: no repository was given, so only the sign-in was checked.</source>
        <translation>Ignorada: nenhum repositório foi informado, então apenas o logon foi verificado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: a push does not need the image to exist.</source>
        <translation>Ignorada: o push não precisa que a imagem exista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: only a push uploads.</source>
        <translation>Ignorada: somente o push faz upload.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: the sign-in did not succeed.</source>
        <translation>Ignorada: o logon não foi bem-sucedido.</translation>
    </message>
</context>
<context>
    <name>rd::LayerDownloadProbe</name>
    <message>
        <location filename="../src/core/probes/layer_download_probe.cpp" line="+84"/>
        <source>Not tested: on Docker Hub, reading the image&apos;s manifest counts as one of your pulls, and the check does not spend one. Signing in and the pull limit were checked without it.</source>
        <translation>Não testado: no Docker Hub, ler o manifesto da imagem conta como um dos seus pulls, e a verificação não gasta nenhum. A entrada e o limite de pulls foram verificados sem lê-lo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skipped: the image&apos;s manifest could not be read (status %1).</source>
        <translation>Ignorada: não foi possível ler o manifesto da imagem (status %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: the image&apos;s manifest could not be read: %1</source>
        <translation>Ignorada: não foi possível ler o manifesto da imagem: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skipped: the image has no layer to download.</source>
        <translation>Ignorada: a imagem não tem camadas para baixar.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Layers download: the first bytes of the smallest layer came from the registry itself.</source>
        <translation>As camadas são baixadas: os primeiros bytes da menor camada vieram do próprio registro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry did not answer the layer download: %1</source>
        <translation>O registro não respondeu ao download da camada: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered the layer download with status %1.</source>
        <translation>O registro respondeu ao download da camada com o status %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Skipped: layers are downloaded from %1, which is not part of the exercise.</source>
        <translation>Ignorada: as camadas são baixadas de %1, que não faz parte do exercício.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The sign-in works, but layers are downloaded from %1, and this computer cannot resolve that name: %2</source>
        <translation>O logon funciona, mas as camadas são baixadas de %1, e este computador não consegue resolver esse nome: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in works, but layers are downloaded from %1 (port %2), and this computer cannot connect to it: %3</source>
        <translation>O logon funciona, mas as camadas são baixadas de %1 (porta %2), e este computador não consegue se conectar a ele: %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Layers download: the registry sends them from %1, and the first bytes arrived from there.</source>
        <translation>As camadas são baixadas: o registro as envia de %1, e os primeiros bytes chegaram de lá.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers are downloaded from %1; it is reachable, but answered with status %2.</source>
        <translation>As camadas são baixadas de %1; ele está acessível, mas respondeu com o status %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers are downloaded from %1; a connection opened, but the download got no answer: %2</source>
        <translation>As camadas são baixadas de %1; uma conexão foi aberta, mas o download não recebeu resposta: %2</translation>
    </message>
    <message>
        <location filename="../src/core/probes/layer_download_probe.h" line="+25"/>
        <source>Downloading a layer</source>
        <translation>Download de uma camada</translation>
    </message>
    <message>
        <location filename="../src/core/probes/layer_download_probe.cpp" line="-109"/>
        <source>The image has no variant for this computer&apos;s platform, %1: it has %2.</source>
        <translation>A imagem não tem variante para a plataforma deste computador, %1: ela tem %2.</translation>
    </message>
</context>
<context>
    <name>rd::LiveStatus</name>
    <message>
        <location filename="../src/gui/accessibility.cpp" line="+92"/>
        <source>1 character typed</source>
        <translation>1 caractere digitado</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n characters typed</source>
        <translation>
            <numerusform>%n caractere digitado</numerusform>
            <numerusform>%n caracteres digitados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+72"/>
        <source>Steps</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The check could not start</source>
        <translation>Não foi possível iniciar a verificação</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report (*.json);;Markdown (*.md);;Web page (*.html)</source>
        <translation>Relatório (*.json);;Markdown (*.md);;Página da web (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save report</source>
        <translation>Salvar relatório</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open report</source>
        <translation>Abrir relatório</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report (*.json)</source>
        <translation>Relatório (*.json)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Summary copied: paste it into a chat or an e-mail.</source>
        <translation>Resumo copiado: cole-o em um chat ou em um email.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Practice: %1</source>
        <extracomment>Part of the window title in practice mode; %1 is what the user complains about (the practice scenario).</extracomment>
        <translation>Prática: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Registry Doctor</source>
        <translation>Registry Doctor</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Practice mode: &quot;%1&quot;. Checks go to the built-in practice registry on this computer, not to a real one.</source>
        <translation>Modo de prática: &quot;%1&quot;. As verificações vão para o registro de prática integrado neste computador, não para um registro real.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>&amp;New check</source>
        <translation>&amp;Nova verificação</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>&amp;Open report…</source>
        <translation>A&amp;brir relatório…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save report…</source>
        <translation>&amp;Salvar relatório…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy summary for chat or e-mail</source>
        <translation>&amp;Copiar resumo para chat ou email</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Practice</source>
        <translation>&amp;Prática</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose a practice scenario…</source>
        <translation>&amp;Escolher um cenário de prática…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave practice mode</source>
        <translation>Sai&amp;r do modo de prática</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System language</source>
        <translation>Idioma do &amp;sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Troubleshooting guide (Microsoft Learn)</source>
        <translation>&amp;Guia de solução de problemas (Microsoft Learn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Registry Doctor</source>
        <translation>&amp;Sobre o Registry Doctor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop checking</source>
        <translation>Parar a veri&amp;ficação</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+16"/>
        <source>The report could not be opened</source>
        <translation>Não foi possível abrir o relatório</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 cannot be read: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The report could not be saved</source>
        <translation>Não foi possível salvar o relatório</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cannot be written: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report saved to %1</source>
        <translation>Relatório salvo em %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Type the password for %1 again: a password goes only to the registry it was typed for.</source>
        <translation>Digite novamente a senha de %1: uma senha só é enviada ao registro para o qual foi digitada.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no such file</source>
        <translation>o arquivo não existe</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Step %1 of %2: %3</source>
        <translation>Etapa %1 de %2: %3</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>%1 is too large to be a report from Registry Doctor.</source>
        <translation>%1 é grande demais para ser um relatório do Registry Doctor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a JSON file, but not a report saved by Registry Doctor. Open a .json file that Registry Doctor saved (File &gt; Save report).</source>
        <translation>%1 é um arquivo JSON, mas não um relatório salvo pelo Registry Doctor. Abra um arquivo .json salvo pelo Registry Doctor (Arquivo &gt; Salvar relatório).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a report from Registry Doctor: it is not a readable JSON file (%2).</source>
        <extracomment>%1 is a file path; %2 the JSON parser&apos;s message (in English).</extracomment>
        <translation>%1 não é um relatório do Registry Doctor: não é um arquivo JSON legível (%2).</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Check all my saved &amp;logins…</source>
        <translation>Verificar todos os meus &amp;logons salvos…</translation>
    </message>
</context>
<context>
    <name>rd::ManifestProbe</name>
    <message>
        <location filename="../src/core/probes/manifest_probe.cpp" line="+71"/>
        <source>The registry did not answer the request for the image %1: %2</source>
        <translation>O registro não respondeu à solicitação da imagem %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The image %1 exists, and this sign-in may read it.</source>
        <translation>A imagem %1 existe, e este logon pode lê-la.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the image %1 was refused with status %2.</source>
        <translation>A leitura da imagem %1 foi recusada com o status %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered the request for the image %1 with status %2.</source>
        <translation>O registro respondeu à solicitação da imagem %1 com o status %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The repository exists, but the image %1 does not: the registry answered 404 for its tag or digest.</source>
        <translation>O repositório existe, mas a imagem %1 não: o registro respondeu 404 para a tag ou o digest dela.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags it has: %1.</source>
        <translation>Tags existentes: %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The registry has no repository for the image %1: it answered 404.</source>
        <translation>O registro não tem nenhum repositório para a imagem %1: ele respondeu 404.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repositories with a similar name: %1.</source>
        <translation>Repositórios com nome parecido: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/manifest_probe.h" line="+21"/>
        <source>The image&apos;s manifest</source>
        <translation>Manifesto da imagem</translation>
    </message>
    <message>
        <location filename="../src/core/probes/manifest_probe.cpp" line="-67"/>
        <source>The image %1 exists, but the registry says no pulls are left (limit %2): pulling it will be refused until the limit allows it again.</source>
        <translation>A imagem %1 existe, mas o registro diz que não restam pulls (limite %2): o pull dela será recusado até que o limite o permita novamente.</translation>
    </message>
</context>
<context>
    <name>rd::PermissionsProbe</name>
    <message>
        <location filename="../src/core/probes/permissions_probe.cpp" line="+22"/>
        <source>Skipped: the sign-in did not succeed.</source>
        <translation>Ignorada: o logon não funcionou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped: no repository was given, so only the sign-in was checked.</source>
        <translation>Ignorada: nenhum repositório foi informado, então só o logon foi verificado.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The sign-in works, but it does not allow %1 on %2: the registry granted only %3.</source>
        <translation>O logon funciona, mas não permite %1 em %2: o registro concedeu apenas %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the repository %1 was refused with status %2.</source>
        <translation>A leitura do repositório %1 foi recusada com o status %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You may push to %1; it does not exist yet and your first push creates it.</source>
        <translation>Você pode fazer push em %1; ele ainda não existe e o seu primeiro push vai criá-lo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The repository %1 does not exist in this registry (404): check its name.</source>
        <translation>O repositório %1 não existe neste registro (404): verifique o nome dele.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may pull from and push to %1.</source>
        <translation>Você pode fazer pull e push em %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You may pull from %1.</source>
        <translation>Você pode fazer pull de %1.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/permissions_probe.h" line="+19"/>
        <source>Rights on the repository</source>
        <translation>Permissões no repositório</translation>
    </message>
    <message>
        <location filename="../src/core/probes/permissions_probe.cpp" line="-15"/>
        <source>The sign-in works, but it does not allow %1 on %2: the registry granted no rights on it.</source>
        <translation>O logon funciona, mas não permite %1 em %2: o registro não concedeu nenhuma permissão sobre ele.</translation>
    </message>
</context>
<context>
    <name>rd::PracticeDialog</name>
    <message>
        <location filename="../src/gui/practice_dialog.cpp" line="+14"/>
        <location line="+13"/>
        <source>Practice scenarios</source>
        <translation>Cenários de prática</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Scenario:</source>
        <extracomment>Label of the list of practice scenarios (situations to practise).</extracomment>
        <translation>&amp;Cenário:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Start &amp;practice</source>
        <translation>&amp;Iniciar prática</translation>
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
        <translation>Escolha uma situação para praticar. A verificação então conversa com um registro de prática neste computador, que responde como o serviço dessa situação (Registro de Contêiner do Azure, Docker Hub, GitHub Container Registry, Amazon ECR ou Google Artifact Registry), com esse problema. Nada é enviado para a internet.</translation>
    </message>
</context>
<context>
    <name>rd::PracticeRegistry</name>
    <message>
        <location filename="../src/core/practice/practice_dns_server.cpp" line="+22"/>
        <source>The practice DNS responder could not open a UDP port: %1</source>
        <translation>O servidor DNS de prática não conseguiu abrir uma porta UDP: %1</translation>
    </message>
    <message>
        <location filename="../src/core/practice/practice_registry.cpp" line="+918"/>
        <source>There is no practice scenario called &apos;%1&apos;.</source>
        <translation>Não existe nenhum cenário de prática chamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The practice registry could not listen on 127.0.0.1: %1</source>
        <translation>O registro de prática não conseguiu escutar em 127.0.0.1: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The practice registry could not reserve a loopback port: %1</source>
        <translation>O registro de prática não conseguiu reservar uma porta de loopback: %1</translation>
    </message>
    <message>
        <location line="-545"/>
        <source>The practice registry could not write the trainee&apos;s Docker configuration: %1</source>
        <translation>O registro de prática não conseguiu gravar a configuração do Docker do aluno: %1</translation>
    </message>
</context>
<context>
    <name>rd::PracticeScenario</name>
    <message>
        <location filename="../src/core/practice/practice_scenarios.cpp" line="+22"/>
        <source>Everything works</source>
        <translation>Tudo funciona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry contoso.azurecr.io answers normally and the admin user may pull and push the repository &apos;hello&apos;. A correct check finds nothing to fix.</source>
        <translation>O registro contoso.azurecr.io responde normalmente e o usuário administrador pode fazer pull e push no repositório &apos;hello&apos;. Uma verificação correta não encontra nada para corrigir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A plain registry with a password (no token server)</source>
        <translation>Um registro simples com senha (sem servidor de token)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registry.example.test is a generic registry that asks for a user name and password directly (HTTP Basic) instead of sending the client to a token server. The credentials are right; a correct check finds nothing to fix.</source>
        <translation>registry.example.test é um registro genérico que pede nome de usuário e senha diretamente (HTTP Basic) em vez de enviar o cliente a um servidor de token. As credenciais estão certas; uma verificação correta não encontra nada para corrigir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong password</source>
        <translation>Senha errada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name exists but the password is an old one. The token server refuses it with &apos;unauthorized: authentication required&apos;.</source>
        <translation>O nome de usuário existe, mas a senha é antiga. O servidor de token a recusa com &apos;unauthorized: authentication required&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail address used as user name</source>
        <translation>Endereço de email usado como nome de usuário</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee typed their e-mail address as user name. The registry answers &apos;Application not registered with AAD&apos;: it expects a service principal&apos;s application ID, the admin user name or a token name.</source>
        <translation>Quem está praticando digitou o próprio endereço de email como nome de usuário. O registro responde &apos;Application not registered with AAD&apos;: ele espera o ID do aplicativo de uma entidade de serviço, o nome do usuário administrador ou o nome de um token.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allowed to pull, trying to push</source>
        <translation>Pode fazer pull, tenta fazer push</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in works, but the identity may only pull the repository &apos;hello&apos; and the trainee wants to push to it. The token the registry issues grants pull only.</source>
        <translation>O logon funciona, mas a identidade só pode fazer pull do repositório &apos;hello&apos;, e quem está praticando quer fazer push nele. O token que o registro emite concede só pull.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expired token from az acr login</source>
        <translation>Token expirado do az acr login</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is a token printed by &apos;az acr login --expose-token&apos; more than three hours ago (user name 00000000-0000-0000-0000-000000000000). It expired two hours ago and the registry refuses it.</source>
        <translation>A senha é um token exibido por &apos;az acr login --expose-token&apos; há mais de três horas (nome de usuário 00000000-0000-0000-0000-000000000000). Ele expirou há duas horas e o registro o recusa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registry firewall blocks this computer</source>
        <translation>O firewall do registro bloqueia este computador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry only accepts selected networks. Every request is refused with 403 &apos;client with IP &apos;203.0.113.7&apos; is not allowed access&apos;.</source>
        <translation>O registro só aceita redes selecionadas. Todas as solicitações são recusadas com 403 &apos;client with IP &apos;203.0.113.7&apos; is not allowed access&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many requests</source>
        <translation>Solicitações demais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry throttles the client: every request gets 429 Too Many Requests with &apos;Retry-After: 30&apos;.</source>
        <translation>O registro limita o cliente: cada solicitação recebe 429 Too Many Requests com &apos;Retry-After: 30&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS inspection proxy certificate</source>
        <translation>Certificado de um proxy com inspeção TLS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A company proxy inspects TLS: the certificate the client receives is issued by &apos;Contoso Web Filter TLS Inspection CA&apos;, which this computer does not trust.</source>
        <translation>Um proxy corporativo inspeciona o TLS: o certificado que o cliente recebe é emitido por &apos;Contoso Web Filter TLS Inspection CA&apos;, em que este computador não confia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slow but working registry</source>
        <translation>Registro lento, mas funcionando</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every answer takes 1.5 seconds. Everything else works; a correct check is slower but finds nothing to fix.</source>
        <translation>Cada resposta leva 1,5 segundo. Todo o resto funciona; uma verificação correta é mais lenta, mas não encontra nada para corrigir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address is a web site, not a registry</source>
        <translation>O endereço é um site, não um registro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server at the address is an ordinary web server: /v2/ answers 404 with an HTML page instead of a registry&apos;s challenge.</source>
        <translation>O servidor no endereço é um servidor web comum: /v2/ responde 404 com uma página HTML em vez do desafio de um registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry temporarily unavailable</source>
        <translation>Registro temporariamente indisponível</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry answers 503 Service Unavailable to every request: the problem is on the service side, not on this computer.</source>
        <translation>O registro responde 503 Service Unavailable a todas as solicitações: o problema está do lado do serviço, não neste computador.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer&apos;s clock is wrong</source>
        <translation>O relógio deste computador está errado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry&apos;s time is two hours behind this computer&apos;s clock, so the tokens it issues look already expired here. Set the clock right (automatic time).</source>
        <translation>A hora do registro está duas horas atrás do relógio deste computador, então os tokens que ele emite parecem já expirados aqui. Acerte o relógio (hora automática).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry name does not exist</source>
        <translation>O registro informado não existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DNS answers &apos;no such host&apos; (NXDOMAIN) for contoso.azurecr.io: the name is misspelled, the registry was deleted, or it belongs to another cloud.</source>
        <translation>O DNS responde &apos;no such host&apos; (NXDOMAIN) para contoso.azurecr.io: o nome está escrito errado, o registro foi excluído ou pertence a outra nuvem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Private endpoint outside its network</source>
        <translation>Ponto de extremidade privado fora da rede dele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contoso.azurecr.io resolves through contoso.privatelink.azurecr.io to the private address 10.0.0.5, which this computer cannot reach: it is not in the registry&apos;s virtual network.</source>
        <translation>contoso.azurecr.io é resolvido, por meio de contoso.privatelink.azurecr.io, para o endereço privado 10.0.0.5, que este computador não consegue alcançar: ele não está na rede virtual do registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry address not reachable</source>
        <translation>Endereço do registro inacessível</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name resolves, but nothing answers on port 443: a network, proxy or outbound firewall problem.</source>
        <translation>O nome é resolvido, mas nada responde na porta 443: um problema de rede, de proxy ou do firewall de saída.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry name typed with extras</source>
        <translation>Nome do registro digitado com acréscimos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee typed &apos;https://Contoso.azurecr.io:443/&apos;. The registry works; a correct check warns that Docker needs the plain lowercase login server &apos;contoso.azurecr.io&apos;.</source>
        <translation>Quem está praticando digitou &apos;https://Contoso.azurecr.io:443/&apos;. O registro funciona; uma verificação correta avisa que o Docker precisa apenas do servidor de logon em letras minúsculas &apos;contoso.azurecr.io&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amazon ECR: the 12-hour token has expired</source>
        <translation>Amazon ECR: o token de 12 horas expirou</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>123456789012.dkr.ecr.eu-west-1.amazonaws.com answers as Amazon ECR does. The trainee signs in as AWS with a token from aws ecr get-login-password made the day before; ECR tokens last 12 hours, and the registry answers &apos;denied: Your authorization token has expired. Reauthenticate and try again.&apos;</source>
        <translation>123456789012.dkr.ecr.eu-west-1.amazonaws.com responde como o Amazon ECR. O aluno faz logon como AWS com um token de aws ecr get-login-password criado no dia anterior; os tokens do ECR duram 12 horas, e o registro responde &apos;denied: Your authorization token has expired. Reauthenticate and try again.&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>We moved our images to 123456789012.dkr.ecr.us-east-1.amazonaws.com and now docker login there fails.</source>
        <translation>Movemos nossas imagens para 123456789012.dkr.ecr.us-east-1.amazonaws.com e agora o docker login falha lá.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>I type my Docker Hub password correctly, but docker login says it is wrong.</source>
        <translation>Eu digito minha senha do Docker Hub corretamente, mas o docker login diz que ela está errada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I can sign in to ghcr.io, but pulling our image contoso/hello is denied.</source>
        <translation>Consigo entrar no ghcr.io, mas o pull da nossa imagem contoso/hello é negado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The image name is misspelled</source>
        <translation>O nome da imagem está escrito errado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in works, but the trainee pulls &apos;helo&apos; instead of &apos;hello&apos;. The registry answers &apos;name unknown&apos; (404): the repository does not exist, which is not the same as being refused.</source>
        <translation>O logon funciona, mas o aluno faz pull de &apos;helo&apos; em vez de &apos;hello&apos;. O registro responde &apos;name unknown&apos; (404): o repositório não existe, o que não é o mesmo que uma recusa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layers blocked at the data endpoint</source>
        <translation>Camadas bloqueadas no ponto de extremidade de dados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in and reading the manifest work, but the registry sends layer downloads to its data endpoint contoso.eastus.data.azurecr.io, which this network&apos;s firewall does not allow.</source>
        <translation>O logon e a leitura do manifesto funcionam, mas o registro envia os downloads de camadas para o ponto de extremidade de dados contoso.eastus.data.azurecr.io, que o firewall desta rede não permite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A registry without HTTPS</source>
        <translation>Um registro sem HTTPS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registry.example.test was set up without a certificate and speaks plain HTTP. Clients try HTTPS first and stop with &apos;server gave HTTP response to HTTPS client&apos;.</source>
        <translation>registry.example.test foi configurado sem certificado e usa HTTP simples. Os clientes tentam HTTPS primeiro e param com &apos;server gave HTTP response to HTTPS client&apos;.</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>A new colleague asks whether they can pull and push hello on contoso.azurecr.io.</source>
        <translation>Um novo colega pergunta se pode fazer pull e push de hello em contoso.azurecr.io.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A developer asks whether their sign-in to registry.example.test is set up right.</source>
        <translation>Um desenvolvedor pergunta se o logon dele em registry.example.test está configurado corretamente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I cannot sign in to contoso.azurecr.io any more. It worked last week.</source>
        <translation>Não consigo mais fazer logon em contoso.azurecr.io. Na semana passada funcionava.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new starter cannot sign in to contoso.azurecr.io with their work account.</source>
        <translation>Um funcionário novo não consegue fazer logon em contoso.azurecr.io com a conta corporativa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A colleague cannot push to hello since this morning.</source>
        <translation>Desde hoje de manhã, um colega não consegue fazer push para hello.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing in with a token worked this morning; now every pull from contoso.azurecr.io fails.</source>
        <translation>Hoje de manhã o logon com um token funcionava; agora todo pull de contoso.azurecr.io falha.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody in the branch office can use contoso.azurecr.io; from home it works.</source>
        <translation>Ninguém na filial consegue usar contoso.azurecr.io; de casa funciona.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our build server gets errors from contoso.azurecr.io every few minutes.</source>
        <translation>Nosso servidor de build recebe erros de contoso.azurecr.io a cada poucos minutos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Since we moved to the new office network, signing in to contoso.azurecr.io fails.</source>
        <translation>Desde que mudamos para a nova rede do escritório, o logon em contoso.azurecr.io falha.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pulling from contoso.azurecr.io feels very slow today.</source>
        <translation>Hoje o pull de contoso.azurecr.io parece muito lento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I was given an address for our registry, but signing in to it fails.</source>
        <translation>Recebi um endereço para o nosso registro, mas o logon nele falha.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing works with contoso.azurecr.io for the whole team since an hour ago.</source>
        <translation>Há uma hora nada funciona com contoso.azurecr.io para a equipe toda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everyone else can use contoso.azurecr.io; on my laptop the sign-in is refused right away.</source>
        <translation>Todos os outros conseguem usar contoso.azurecr.io; no meu notebook o logon é recusado na hora.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>docker login says it cannot find contoso.azurecr.io.</source>
        <translation>O docker login diz que não encontra contoso.azurecr.io.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From my laptop contoso.azurecr.io times out; from the build servers in Azure it works.</source>
        <translation>Do meu notebook, contoso.azurecr.io excede o tempo limite; dos servidores de build no Azure funciona.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>docker login to contoso.azurecr.io waits and then gives up.</source>
        <translation>O docker login em contoso.azurecr.io fica esperando e depois desiste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I copied the registry&apos;s address from a web page into docker login and it does not work.</source>
        <translation>Copiei o endereço do registro de uma página da web no docker login e não funciona.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our nightly job cannot pull from 123456789012.dkr.ecr.eu-west-1.amazonaws.com any more; yesterday it worked.</source>
        <translation>Nosso trabalho noturno não consegue mais fazer pull de 123456789012.dkr.ecr.eu-west-1.amazonaws.com; ontem funcionava.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Since this afternoon our builds cannot pull hello from Docker Hub, although signing in works.</source>
        <translation>Desde esta tarde nossos builds não conseguem baixar hello do Docker Hub, embora a entrada funcione.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>docker pull contoso.azurecr.io/helo says &apos;not found&apos;, but I can sign in.</source>
        <translation>docker pull contoso.azurecr.io/helo diz &apos;not found&apos;, mas consigo fazer logon.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing in works, but pulling hello from contoso.azurecr.io stops at the first layer.</source>
        <translation>O logon funciona, mas o pull de hello de contoso.azurecr.io para na primeira camada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our test registry registry.example.test refuses docker login with an HTTP error.</source>
        <translation>Nosso registro de teste registry.example.test recusa o docker login com um erro HTTP.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>First steps</source>
        <extracomment>A group of practice scenarios.</extracomment>
        <translation>Primeiros passos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyday cases</source>
        <extracomment>A group of practice scenarios.</extracomment>
        <translation>Casos do dia a dia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hard cases</source>
        <extracomment>A group of practice scenarios.</extracomment>
        <translation>Casos difíceis</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Amazon ECR: a token for another region</source>
        <translation>Amazon ECR: um token para outra região</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry is 123456789012.dkr.ecr.us-east-1.amazonaws.com, but the trainee&apos;s token comes from aws ecr get-login-password --region eu-west-1. Each ECR token is good for one region and account only; the registry answers the sign-in with 400 Bad Request.</source>
        <translation>O registro é 123456789012.dkr.ecr.us-east-1.amazonaws.com, mas o token do aluno vem de aws ecr get-login-password --region eu-west-1. Cada token do ECR vale só para uma região e uma conta; o registro responde ao logon com 400 Bad Request.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker Hub: no pulls left</source>
        <translation>Docker Hub: nenhum pull restante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in to Docker Hub works, but the account has used its 100 pulls of the last six hours: the headers say ratelimit-limit: 100;w=21600 and ratelimit-remaining: 0;w=21600, and a pull gets 429 &apos;You have reached your pull rate limit&apos;.</source>
        <translation>O logon no Docker Hub funciona, mas a conta usou os seus 100 pulls das últimas seis horas: os cabeçalhos dizem ratelimit-limit: 100;w=21600 e ratelimit-remaining: 0;w=21600, e um pull recebe 429 &quot;You have reached your pull rate limit&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker Hub: password instead of an access token</source>
        <translation>Docker Hub: senha em vez de um token de acesso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee signs in to Docker Hub with the account password, but two-factor authentication is on. Docker Hub&apos;s token service refuses it with 401 &apos;please use personal access token to login&apos;.</source>
        <translation>O aluno faz logon no Docker Hub com a senha da conta, mas a autenticação de dois fatores está ativada. O serviço de tokens do Docker Hub a recusa com 401 &quot;please use personal access token to login&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub: a token without read:packages</source>
        <translation>GitHub: um token sem read:packages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee signs in to ghcr.io with a classic personal access token that lacks the read:packages scope. The sign-in itself works, but the token for the private package contoso/hello is refused with 403 &apos;denied&apos;.</source>
        <translation>O aluno faz logon no ghcr.io com um token de acesso pessoal clássico sem o escopo read:packages. O logon em si funciona, mas o token para o pacote privado contoso/hello é recusado com 403 &quot;denied&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google Artifact Registry: images moved to a new region</source>
        <translation>Google Artifact Registry: imagens movidas para uma nova região</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulling from europe-west1-docker.pkg.dev says &apos;Unauthenticated request&apos;, although I am signed in to gcloud and pulls from us-docker.pkg.dev work.</source>
        <translation>O pull de europe-west1-docker.pkg.dev diz &quot;Unauthenticated request&quot;, embora eu tenha feito logon no gcloud e o pull de us-docker.pkg.dev funcione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trainee&apos;s Docker config was written by gcloud auth configure-docker: it hands gcloud&apos;s sign-in (credHelpers) to the Container Registry hosts such as gcr.io and to us-docker.pkg.dev, and to no other host. For europe-west1-docker.pkg.dev Docker has no login and sends none, and Artifact Registry refuses the anonymous request with 403 &apos;Unauthenticated request&apos;. The fix is gcloud auth configure-docker europe-west1-docker.pkg.dev.</source>
        <translation>A configuração do Docker do aluno foi escrita pelo gcloud auth configure-docker: ela entrega o logon do gcloud (credHelpers) aos hosts do Container Registry como gcr.io e ao us-docker.pkg.dev, e a nenhum outro host. Para europe-west1-docker.pkg.dev o Docker não tem nenhum logon e não envia nenhum, e o Artifact Registry recusa a solicitação anônima com 403 &quot;Unauthenticated request&quot;. A correção é gcloud auth configure-docker europe-west1-docker.pkg.dev.</translation>
    </message>
</context>
<context>
    <name>rd::ProbeRow</name>
    <message>
        <location filename="../src/gui/probe_row.cpp" line="+61"/>
        <source>cancelled</source>
        <extracomment>Status of one check (a test the program runs), shown after its name; like waiting, running, passed, warning, failed and skipped. An adjective agreeing with &quot;check&quot; (fr vérification).</extracomment>
        <translation>cancelada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting</source>
        <translation>aguardando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>em execução</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>aprovada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>com falha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <translation>ignorada</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+42"/>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+11"/>
        <source>Not run: the check was stopped.</source>
        <translation>Não executada: a verificação foi interrompida.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds; %1 is a number.</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <extracomment>A duration in seconds; %1 is a number with one decimal.</extracomment>
        <translation>%1 s</translation>
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
        <translation>Não executado: um argumento tem caracteres que o cmd.exe interpretaria, e %1 é um arquivo em lotes.</translation>
    </message>
</context>
<context>
    <name>rd::ProxyProbe</name>
    <message>
        <location filename="../src/core/probes/proxy_probe.cpp" line="+12"/>
        <source>Skipped: there is no registry address to check.</source>
        <translation>Ignorada: não há endereço de registro para verificar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is set but is not a valid proxy address.</source>
        <translation>%1 está definida, mas não é um endereço de proxy válido.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is set, but NO_PROXY exempts %2: the connection goes direct.</source>
        <translation>%1 está definida, mas NO_PROXY exclui %2: a conexão é direta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy is set for %1: the connection goes direct.</source>
        <translation>Nenhum proxy definido para %1: a conexão é direta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system proxy (%1) is not used by Docker&apos;s command line.</source>
        <translation>O proxy do sistema (%1) não é usado pela linha de comando do Docker.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Practice mode ignores the proxy %1.</source>
        <translation>O modo de prática ignora o proxy %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connections to %1 go through the proxy %2 (from %3).</source>
        <translation>As conexões com %1 passam pelo proxy %2 (definido em %3).</translation>
    </message>
    <message>
        <location filename="../src/core/probes/proxy_probe.h" line="+14"/>
        <source>Proxy settings</source>
        <translation>Configurações de proxy</translation>
    </message>
    <message>
        <location filename="../src/core/probes/proxy_probe.cpp" line="-20"/>
        <source>%1 is set, but Docker, Podman and other Go programs never use a proxy for %2 (this computer itself): the connection goes direct.</source>
        <translation>%1 está definida, mas o Docker, o Podman e outros programas Go nunca usam proxy para %2 (este próprio computador): a conexão é direta.</translation>
    </message>
</context>
<context>
    <name>rd::RegistryKind</name>
    <message>
        <location filename="../src/core/registry/registry_kind.cpp" line="+194"/>
        <source>container registry</source>
        <extracomment>The kind of a registry the check could not tie to a known service (any OCI registry).</extracomment>
        <translation>registro de contêiner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your Docker ID; with two-step verification on, the password is a personal access token.</source>
        <translation>Seu Docker ID; com a verificação em duas etapas ativada, a senha é um token de acesso pessoal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your GitHub login; the password is a personal access token (classic) with read:packages.</source>
        <translation>Seu login do GitHub; a senha é um token de acesso pessoal (classic) com read:packages.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Always AWS; the password comes from aws ecr get-login-password.</source>
        <translation>Sempre AWS; a senha vem de aws ecr get-login-password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oauth2accesstoken with a token from gcloud auth print-access-token, or _json_key with a service account key.</source>
        <translation>oauth2accesstoken com um token de gcloud auth print-access-token, ou _json_key com uma chave de conta de serviço.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Harbor user name, or a robot account (robot$...) with its secret.</source>
        <translation>Seu nome de usuário do Harbor, ou uma conta robô (robot$...) com o segredo dela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Quay user name, or a robot account (organization+name) with its token.</source>
        <translation>Seu nome de usuário do Quay, ou uma conta robô (organização+nome) com o token dela.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your GitLab user name; the password is a personal access token with read_registry.</source>
        <translation>Seu nome de usuário do GitLab; a senha é um token de acesso pessoal com read_registry.</translation>
    </message>
    <message>
        <location filename="../src/core/registry/sign_in_choice.cpp" line="+13"/>
        <source>You sign in with docker login, your Docker ID and a personal access token from Docker Hub&apos;s account settings (the account password only works without two-step verification).</source>
        <translation>Você faz logon com docker login, seu Docker ID e um token de acesso pessoal das configurações da conta do Docker Hub (a senha da conta só funciona sem verificação em duas etapas).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You sign in with your GitHub login and a classic token with read:packages (write:packages to push), for example from gh auth token; in GitHub Actions, GITHUB_TOKEN.</source>
        <translation>Você faz logon com seu login do GitHub e um token clássico com read:packages (write:packages para push), por exemplo de gh auth token; no GitHub Actions, GITHUB_TOKEN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS and a token from aws ecr &amp;get-login-password</source>
        <translation>AWS e um token de aws ecr &amp;get-login-password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name is AWS; the password is a 12-hour token for the registry&apos;s region and account, from aws ecr get-login-password --region REGION.</source>
        <translation>O nome de usuário é AWS; a senha é um token de 12 horas para a região e a conta do registro, de aws ecr get-login-password --region REGION.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oauth2accesstoken or a service account &amp;key (_json_key)</source>
        <translation>oauth2accessto&amp;ken ou uma chave de conta de serviço (_json_key)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oauth2accesstoken with a one-hour token from gcloud auth print-access-token, or _json_key (or _json_key_base64) with a service account&apos;s key file.</source>
        <translation>oauth2accesstoken com um token de uma hora de gcloud auth print-access-token, ou _json_key (ou _json_key_base64) com o arquivo de chave de uma conta de serviço.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Harbor user and password, or a robot account (robot$project+name) and its secret; put the name in single quotes in a shell, which would read $ as a variable.</source>
        <translation>Um usuário do Harbor e sua senha, ou uma conta de robô (robot$project+name) e seu segredo; em um shell, coloque o nome entre aspas simples, pois $ seria lido como variável.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Quay user and password (or encrypted password), or a robot account (organization+name) and its token.</source>
        <translation>Um usuário do Quay e sua senha (ou senha criptografada), ou uma conta de robô (organization+name) e seu token.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A deploy token&apos;s user name and token, or your GitLab user name and a personal access token with read_registry (write_registry to push); in pipelines, gitlab-ci-token and CI_JOB_TOKEN.</source>
        <translation>O nome de usuário e o token de um token de implantação, ou seu nome de usuário do GitLab e um token de acesso pessoal com read_registry (write_registry para push); em pipelines, gitlab-ci-token e CI_JOB_TOKEN.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Docker ID and personal access to&amp;ken</source>
        <translation>Doc&amp;ker ID e token de acesso pessoal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub login and personal access to&amp;ken (classic)</source>
        <translation>Login do GitHub e to&amp;ken de acesso pessoal (clássico)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>User or robot a&amp;ccount</source>
        <translation>Usuário ou &amp;conta de robô</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deploy token or personal access to&amp;ken</source>
        <translation>To&amp;ken de implantação ou token de acesso pessoal</translation>
    </message>
</context>
<context>
    <name>rd::RegistryNameProbe</name>
    <message>
        <location filename="../src/core/probes/registry_name_probe.cpp" line="+26"/>
        <source>&quot;%1&quot; is not a registry address.</source>
        <translation>&quot;%1&quot; não é um endereço de registro.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&quot;%1&quot; has %n mistake(s); the check uses %2.</source>
        <translation>
            <numerusform>&quot;%1&quot; tem %n erro; a verificação usa %2.</numerusform>
            <numerusform>&quot;%1&quot; tem %n erros; a verificação usa %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login server is %1.</source>
        <translation>O servidor de logon é %1.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/registry_name_probe.h" line="+14"/>
        <source>Registry name</source>
        <translation>Nome do registro</translation>
    </message>
</context>
<context>
    <name>rd::RegistryPage</name>
    <message>
        <location filename="../ui/registry_page.ui"/>
        <source>Which registry do you want to reach?</source>
        <translation>Qual registro você quer acessar?</translation>
    </message>
    <message>
        <location/>
        <source>Paste its address the way you have it, even with https:// or an image name. It is tidied up for you.</source>
        <translation>Cole o endereço do jeito que você tem, mesmo com https:// ou com um nome de imagem. Ele será ajustado automaticamente.</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Registry</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+155"/>
        <source>Registry</source>
        <extracomment>Name of the first step in the side list of steps. Short: one or two words.</extracomment>
        <translation>Registro</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+284"/>
        <source>The registry&apos;s login server, for example myregistry.azurecr.io</source>
        <translation>O servidor de logon do registro, por exemplo myregistry.azurecr.io</translation>
    </message>
    <message>
        <location/>
        <source>Us&amp;e this</source>
        <extracomment>Button next to a corrected registry address: use the corrected one.</extracomment>
        <translation>Usar &amp;este</translation>
    </message>
    <message>
        <location/>
        <source>How do you sign in?</source>
        <extracomment>Heading above the ways of signing in to the registry.</extracomment>
        <translation>Como você faz logon?</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Azure CLI (az acr login)</source>
        <translation>CLI do A&amp;zure (az acr login)</translation>
    </message>
    <message>
        <location/>
        <source>You sign in to Azure with az login; az acr login then signs Docker in to the registry.</source>
        <translation>Você faz logon no Azure com az login; depois, o az acr login faz o logon do Docker no registro.</translation>
    </message>
    <message>
        <location/>
        <source>You type a user name and a password or secret, for example with docker login.</source>
        <translation>Você digita um nome de usuário e uma senha ou um segredo, por exemplo com docker login.</translation>
    </message>
    <message>
        <location/>
        <source>Repository-scoped &amp;token</source>
        <translation>&amp;Token com escopo de repositório</translation>
    </message>
    <message>
        <location/>
        <source>A token made for some repositories only. It has its own name and password.</source>
        <translation>Um token criado só para alguns repositórios. Ele tem nome e senha próprios.</translation>
    </message>
    <message>
        <location/>
        <source>The credentials &amp;Docker already saved</source>
        <translation>As credenciais que o &amp;Docker já salvou</translation>
    </message>
    <message>
        <location/>
        <source>You signed in before and Docker remembers it. Nothing to type.</source>
        <translation>Você já fez logon antes e o Docker se lembra disso. Nada para digitar.</translation>
    </message>
    <message>
        <location/>
        <source>An Azure &amp;service (AKS, Azure DevOps)</source>
        <translation>Um serviço do Azure (A&amp;KS, Azure DevOps)</translation>
    </message>
    <message>
        <location/>
        <source>A service pulls the images with its own identity, not with yours.</source>
        <translation>Um serviço faz pull das imagens com a própria identidade, não com a sua.</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+110"/>
        <source>&amp;User name</source>
        <translation>Nome de &amp;usuário</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+5"/>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="-2"/>
        <source>For a service principal: its application (client) ID</source>
        <translation>Para uma entidade de serviço: o ID do aplicativo (cliente) dela</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+3"/>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <location/>
        <source>Used only for this check. It is never saved or shown.</source>
        <translation>Usada só nesta verificação. Ela nunca é salva nem exibida.</translation>
    </message>
    <message>
        <location/>
        <source>Which image? (optional)</source>
        <extracomment>Heading of the optional repository and pull/push choice.</extracomment>
        <translation>Qual imagem? (opcional)</translation>
    </message>
    <message>
        <location/>
        <source>Rep&amp;ository</source>
        <translation>Rep&amp;ositório</translation>
    </message>
    <message>
        <location/>
        <source>Repository</source>
        <translation>Repositório</translation>
    </message>
    <message>
        <location/>
        <source>Optional. The repository to check access to, without the registry and without a tag.</source>
        <translation>Opcional. O repositório cujo acesso você quer verificar, sem o registro e sem a tag.</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="-63"/>
        <source>The repository you push to or pull from, without the registry and without a tag.</source>
        <translation>O repositório em que você faz push ou do qual faz pull, sem o registro e sem a tag.</translation>
    </message>
    <message>
        <location/>
        <source>I want to</source>
        <extracomment>Label before the two choices &quot;Pull (download) images&quot; and &quot;Push (upload) images&quot;; the three read as one sentence.</extracomment>
        <translation>Eu quero</translation>
    </message>
    <message>
        <location filename="../src/gui/registry_page.cpp" line="-205"/>
        <source>Check that you may download images</source>
        <translation>Verificar se você pode baixar imagens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that you may upload images</source>
        <translation>Verificar se você pode enviar imagens</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>This cannot be used as a registry address.</source>
        <translation>Isto não pode ser usado como endereço de registro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Did you mean %1?</source>
        <extracomment>%1 is a registry address, such as myregistry.azurecr.io.</extracomment>
        <translation>Você quis dizer %1?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>registry</source>
        <extracomment>The kind of registry when the address is not one of a known service. Fills %2 of &quot;%1 (%2)&quot;.</extracomment>
        <translation>registro</translation>
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
        <translation>Usar %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the tag is not needed</source>
        <translation>a tag não é necessária</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repository names are lowercase</source>
        <translation>nomes de repositório são em letras minúsculas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It will be used as &quot;%1&quot;.</source>
        <translation>Será usado como &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It will be used as &quot;%1&quot;: %2.</source>
        <extracomment>Separator between the reasons in &quot;It will be used as &quot;%1&quot;: %2.&quot; (Chinese and Japanese use 、).</extracomment>
        <translation>Será usado como &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The name the token was given when it was created</source>
        <translation>O nome dado ao token quando ele foi criado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token name</source>
        <translation>Nome do token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token password</source>
        <translation>Senha do token</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Clear the registry field</source>
        <translation>Limpar o campo Registro</translation>
    </message>
    <message>
        <location line="+154"/>
        <location line="+35"/>
        <source>Invalid entry: %1</source>
        <translation>Entrada inválida: %1</translation>
    </message>
    <message>
        <location filename="../ui/registry_page.ui"/>
        <source>User name and password (admin account or ser&amp;vice principal)</source>
        <translation>Usuário e senha (&amp;conta de administrador ou entidade de serviço)</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+78"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Senha</translation>
    </message>
    <message>
        <location/>
        <source>Pull (download) &amp;images</source>
        <extracomment>Completes &quot;I want to&quot;. Pull is Docker&apos;s word for downloading images from a registry.</extracomment>
        <translation>Baixar imagens (pu&amp;ll)</translation>
    </message>
    <message>
        <location/>
        <source>Push (upload) i&amp;mages</source>
        <extracomment>Completes &quot;I want to&quot;. Push is Docker&apos;s word for uploading images to a registry.</extracomment>
        <translation>Enviar imagens (pus&amp;h)</translation>
    </message>
    <message>
        <location filename="../src/gui/registry_page.cpp" line="-10"/>
        <source>To&amp;ken name</source>
        <translation>&amp;Nome do token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token pass&amp;word</source>
        <translation>&amp;Senha do token</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The check looks at whether you may push to &quot;%1&quot;.</source>
        <extracomment>%1 is the repository, for example &quot;team/app&quot;.</extracomment>
        <translation>A verificação confere se você pode fazer push em &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check looks at whether you may pull from &quot;%1&quot;.</source>
        <extracomment>%1 is the repository, for example &quot;team/app&quot;.</extracomment>
        <translation>A verificação confere se você pode fazer pull de &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>Type the token name and the token password: the check needs both.</source>
        <translation>Digite o nome do token e a senha do token: a verificação precisa dos dois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the user name and the password: the check needs both.</source>
        <translation>Digite o nome de usuário e a senha: a verificação precisa dos dois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the token name.</source>
        <translation>Digite o nome do token.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the user name.</source>
        <translation>Digite o nome de usuário.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the token password.</source>
        <translation>Digite a senha do token.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the password.</source>
        <translation>Digite a senha.</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Type the registry&apos;s name before .azurecr.io, for example contoso.azurecr.io.</source>
        <translation>Digite o nome do registro antes de .azurecr.io, por exemplo contoso.azurecr.io.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure Container Registry addresses end in .azurecr.io (.azurecr.cn and .azurecr.us in the national clouds).</source>
        <translation>Os endereços do Registro de Contêiner do Azure terminam em .azurecr.io (.azurecr.cn e .azurecr.us nas nuvens nacionais).</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Show the token password</source>
        <translation>Mostrar a senha do token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the password</source>
        <translation>Mostrar a senha</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>I do not know: find out</source>
        <translation>Não sei: descobrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker (docker login, docker pull)</source>
        <translation>Docker (comandos docker login, docker pull)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Podman, Buildah or Skopeo</source>
        <translation>Podman, Buildah ou Skopeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helm (helm registry login, OCI charts)</source>
        <translation>Helm (helm registry login, charts OCI)</translation>
    </message>
    <message>
        <location filename="../ui/registry_page.ui"/>
        <source>Usin&amp;g</source>
        <extracomment>Label before the choice of program (Docker, Podman, Helm, or find out); reads on from &quot;I want to&quot;: I want to pull images, using Docker.</extracomment>
        <translation>Com o pro&amp;grama</translation>
    </message>
    <message>
        <location/>
        <source>The program that failed. Each keeps its own sign-ins and trusts its own certificates, so the check looks where that program looks.</source>
        <translation>O programa que falhou. Cada um guarda os próprios logons e confia nos próprios certificados, então a verificação procura onde esse programa procura.</translation>
    </message>
</context>
<context>
    <name>rd::RegistryReference</name>
    <message>
        <location filename="../src/core/registry/registry_reference.cpp" line="+217"/>
        <source>Remove the spaces before and after the name: %1</source>
        <translation>Remova os espaços antes e depois do nome: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the registry&apos;s login server is needed, not the whole command: %1</source>
        <translation>Só é preciso o servidor de logon do registro, não o comando inteiro: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use lowercase letters: %1</source>
        <translation>Use letras minúsculas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out &quot;%1&quot;; the login server is the name alone: %2</source>
        <translation>Remova &quot;%1&quot;; o servidor de logon é só o nome: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the path after the server name: %1</source>
        <translation>Remova o caminho depois do nome do servidor: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is an image reference; the registry&apos;s login server is: %1</source>
        <translation>Esta é uma referência de imagem; o servidor de logon do registro é: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out &quot;:443&quot;, the standard HTTPS port, or the name will not match stored credentials: %1</source>
        <translation>Remova &quot;:443&quot;, a porta HTTPS padrão, senão o nome não vai corresponder às credenciais salvas: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the registry&apos;s normal name, not the private-link name (its certificate is for *.azurecr.io; with a private endpoint the normal name leads to it): %1</source>
        <translation>Use o nome normal do registro, não o nome do link privado (o certificado dele é para *.azurecr.io; com um ponto de extremidade privado, o nome normal leva até ele): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a data endpoint of the registry, not its login server. Log in to: %1</source>
        <translation>Este é um ponto de extremidade de dados do registro, não o servidor de logon dele. Faça logon em: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name alone means an Azure container registry in the public cloud: %1</source>
        <translation>Um nome sozinho indica um registro de contêiner do Azure na nuvem pública: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the user name and password from the text and never share a password; the server is: %1</source>
        <translation>Remova o nome de usuário e a senha do texto e nunca compartilhe uma senha; o servidor é: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An Azure container registry name has 5 to 50 letters and digits. Did you mean: %1</source>
        <translation>O nome de um registro de contêiner do Azure tem de 5 a 50 letras e dígitos. Você quis dizer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Azure container registry name has 5 to 50 letters and digits; &quot;%1&quot; has %2, so no such registry can exist.</source>
        <translation>O nome de um registro de contêiner do Azure tem de 5 a 50 letras e dígitos; &quot;%1&quot; tem %2, então não pode existir um registro assim.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An Azure container registry name has only letters and digits (no dashes, dots or underscores). Did you mean: %1</source>
        <translation>O nome de um registro de contêiner do Azure tem apenas letras e dígitos (sem hifens, pontos ou sublinhados). Você quis dizer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Azure container registry name has only letters and digits (no dashes, dots or underscores), so no such registry can exist.</source>
        <translation>O nome de um registro de contêiner do Azure tem apenas letras e dígitos (sem hifens, pontos ou sublinhados), então não pode existir um registro assim.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the registry&apos;s login server, for example myregistry.azurecr.io.</source>
        <translation>Digite o servidor de logon do registro, por exemplo myregistry.azurecr.io.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port after the colon must be a number from 1 to 65535.</source>
        <translation>A porta depois dos dois-pontos precisa ser um número de 1 a 65535.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a valid server name. Did you mean: %1</source>
        <translation>Este não é um nome de servidor válido. Você quis dizer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid server name: a login server has only letters, digits, dots and dashes, like myregistry.azurecr.io.</source>
        <translation>Este não é um nome de servidor válido: um servidor de logon tem apenas letras, dígitos, pontos e hifens, como myregistry.azurecr.io.</translation>
    </message>
</context>
<context>
    <name>rd::Report</name>
    <message>
        <location filename="../src/core/report/report_words.cpp" line="+20"/>
        <source>The check of %1 was cancelled before it finished.</source>
        <translation>A verificação de %1 foi cancelada antes de terminar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem found with %1.</source>
        <translation>Nenhum problema encontrado com %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 problem found with %1.</source>
        <translation>1 problema encontrado com %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) found with %1.</source>
        <translation>
            <numerusform>%n problema encontrado com %1.</numerusform>
            <numerusform>%n problemas encontrados com %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>passed</source>
        <translation>aprovada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/report/text_report.cpp" line="+96"/>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>com falha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <translation>ignorada</translation>
    </message>
    <message>
        <location filename="../src/core/report/text_report.cpp" line="-6"/>
        <source>Practice scenario: %1</source>
        <translation>Cenário de prática: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the check saw:</source>
        <translation>O que a verificação encontrou:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to fix it:</source>
        <translation>Como resolver:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checks:</source>
        <translation>Verificações:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total time: %1 ms</source>
        <translation>Tempo total: %1 ms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registry Doctor report</source>
        <translation>Relatório do Registry Doctor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked at</source>
        <translation>Data da verificação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice scenario</source>
        <translation>Cenário de prática</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the check saw</source>
        <translation>O que a verificação encontrou</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to fix it</source>
        <translation>Como resolver</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checks</source>
        <translation>Verificações</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Verificação</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>%1 (%2 ms): %3</source>
        <extracomment>One line per check in a text report: %1 is the check&apos;s name, %2 how long it took in milliseconds, %3 what it found.</extracomment>
        <translation>%1 (%2 ms): %3</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_words.cpp" line="-20"/>
        <source>Registry kind: %1</source>
        <extracomment>%1 is the registry service, such as &quot;GitHub Container Registry&quot; or &quot;Amazon ECR&quot;.</extracomment>
        <translation>Tipo de registro: %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/text_report.cpp" line="-25"/>
        <source>advice</source>
        <extracomment>A label after advice in a text report: nothing was observed, unlike a &quot;problem&quot; or a &quot;warning&quot;.</extracomment>
        <translation>recomendação</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_words.cpp" line="+9"/>
        <source>Client: %1</source>
        <extracomment>%1 is the program the check was made for: Docker, Podman or Helm.</extracomment>
        <translation>Cliente: %1</translation>
    </message>
</context>
<context>
    <name>rd::ResultsPage</name>
    <message>
        <location filename="../src/gui/results_page.cpp" line="+145"/>
        <source>Results</source>
        <extracomment>Name of the last step in the side list of steps. Short: one or two words.</extracomment>
        <translation>Resultados</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>No check has run yet</source>
        <translation>Nenhuma verificação foi executada ainda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check of %1 was stopped before it finished</source>
        <translation>A verificação de %1 foi interrompida antes de terminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem left with %1</source>
        <translation>Não resta nenhum problema com %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem found with %1</source>
        <translation>Nenhum problema encontrado com %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n things to look at with %1</source>
        <extracomment>Heading when only warnings were found; %1 is the registry&apos;s address.</extracomment>
        <translation>
            <numerusform>%n ponto para analisar com %1</numerusform>
            <numerusform>%n pontos para analisar com %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n problems found with %1</source>
        <extracomment>Heading; %1 is the registry&apos;s address.</extracomment>
        <translation>
            <numerusform>%n problema encontrado com %1</numerusform>
            <numerusform>%n problemas encontrados com %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened from a report made on %1.</source>
        <extracomment>%1 is a date and time in the reader&apos;s format.</extracomment>
        <translation>Aberto a partir de um relatório criado em %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened from a report.</source>
        <translation>Aberto a partir de um relatório.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked at %1, in %2.</source>
        <extracomment>%1 is a time of day (for example 14:05), not a date; %2 is how long the check took (&quot;350 ms&quot;, &quot;6.2 s&quot;).</extracomment>
        <translation>Verificado às %1, em %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check was stopped before it finished: there may be more.</source>
        <translation>A verificação foi interrompida antes de terminar: pode haver mais.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Practice scenario: %1.</source>
        <extracomment>%1 is the practice scenario.</extracomment>
        <translation>Cenário de prática: %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+21"/>
        <source>passed</source>
        <translation>aprovada</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+26"/>
        <source>No problem found</source>
        <translation>Nenhum problema encontrado</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Signing in to %1 should work from this computer. The check verified:</source>
        <translation>O logon em %1 deve funcionar a partir deste computador. A verificação confirmou:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If signing in still fails, check again with the exact error message: go back and paste it on the previous step.</source>
        <translation>Se o logon continuar falhando, verifique novamente com a mensagem de erro exata: volte e cole-a na etapa anterior.</translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>%n passed</source>
        <extracomment>Counts of checks by outcome, joined into &quot;All checks (%1)&quot;: 6 passed, 1 warning, 2 skipped.</extracomment>
        <translation>
            <numerusform>%n aprovada</numerusform>
            <numerusform>%n aprovadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorada</numerusform>
            <numerusform>%n ignoradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All checks (%1)</source>
        <extracomment>Heading of the list of every check; %1 is the counts, such as &quot;6 passed and 1 failed&quot; (joined as the language joins a list).</extracomment>
        <translation>Todas as verificações (%1)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Show commands for %1</source>
        <extracomment>Screen-reader name of a button; %1 is a cause&apos;s title.</extracomment>
        <translation>Mostrar comandos para %1</translation>
    </message>
    <message>
        <location line="-380"/>
        <source>%1: passes now, but the check went further and found another problem.</source>
        <extracomment>Said after &quot;Check again&quot;: %1 is the problem&apos;s title. It no longer shows, but the check could now go further and found other problems.</extracomment>
        <translation>%1: agora passa, mas a verificação foi adiante e encontrou outro problema.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Not tested</source>
        <extracomment>Heading above the checks that did not run, each followed by why.</extracomment>
        <translation>Não testado</translation>
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
        <translation>Também encontrado, mas não impede o que você pediu:</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>This check found it.</source>
        <translation>Esta verificação o encontrou.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This check did not find it: compare the choices on the first page (pull or push, the repository) with the complaint, and look at the checks that did not pass.</source>
        <translation>Esta verificação não o encontrou: compare as escolhas da primeira página (pull ou push, o repositório) com a reclamação e veja as verificações que não passaram.</translation>
    </message>
</context>
<context>
    <name>rd::Rules</name>
    <message>
        <location filename="../src/core/diagnosis/rules.cpp" line="+360"/>
        <source>Install Docker Desktop (Windows and macOS) from docker.com, or Docker Engine from your Linux distribution, then open a new terminal.</source>
        <translation>Instale o Docker Desktop (Windows e macOS) a partir de docker.com, ou o Docker Engine pela sua distribuição Linux, e depois abra um novo terminal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the command is found:</source>
        <translation>Verifique se o comando é encontrado:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Update Docker Desktop (or Docker Engine) to a current version, then check the version again:</source>
        <translation>Atualize o Docker Desktop (ou o Docker Engine) para uma versão atual e depois verifique a versão de novo:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Start Docker Desktop (Windows, macOS) and wait until it says it is running; on Linux start the docker service.</source>
        <translation>Inicie o Docker Desktop (Windows, macOS) e espere até que ele indique que está em execução; no Linux, inicie o serviço docker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the engine answers (the Server section must appear without an error):</source>
        <translation>Verifique se o mecanismo responde (a seção Server precisa aparecer sem erro):</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>docker buildx builds with the builder &quot;%1&quot; (driver %2, chosen with %3). BuildKit runs there with its own list of trusted certificate authorities, not the engine&apos;s.</source>
        <translation>O docker buildx compila com o construtor &quot;%1&quot; (driver %2, escolhido com %3). O BuildKit é executado nele com a própria lista de autoridades de certificação confiáveis, não com a do mecanismo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker trusts %1 only through its certs.d folder, and the builder&apos;s configuration gives no certificate authority for %1: a docker pull works, a build that pulls from or pushes to %1 fails.</source>
        <translation>O Docker confia em %1 apenas pela pasta certs.d, e a configuração do construtor não indica nenhuma autoridade de certificação para %1: um docker pull funciona, uma compilação que efetua pull de %1 ou push para %1 falha.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You typed &quot;%1&quot;.</source>
        <translation>Você digitou &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in with Docker using exactly this login server:</source>
        <translation>Faça logon com o Docker usando exatamente este servidor de logon:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With the Azure CLI, give only the registry name:</source>
        <translation>Com a CLI do Azure, informe apenas o nome do registro:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write image names with the same lowercase login server:</source>
        <translation>Escreva os nomes de imagem com o mesmo servidor de logon em letras minúsculas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the login server from the registry&apos;s Overview page in the Azure portal, or list your registries:</source>
        <translation>Copie o servidor de logon da página Visão geral do registro no portal do Azure, ou liste os seus registros:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the registry&apos;s name and that it exists in your subscription:</source>
        <translation>Verifique o nome do registro e se ele existe na sua assinatura:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look the name up yourself; &quot;Non-existent domain&quot; or NXDOMAIN confirms the name is wrong:</source>
        <translation>Resolva o nome você mesmo; &quot;Non-existent domain&quot; ou NXDOMAIN confirma que o nome está errado:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connect to your company network or VPN that reaches the registry&apos;s virtual network, then try again.</source>
        <translation>Conecte-se à rede da empresa ou à VPN que alcança a rede virtual do registro e tente novamente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the address the name resolves to on your computer with the one your administrator expects:</source>
        <translation>Compare o endereço para o qual o nome é resolvido no seu computador com o que o seu administrador espera:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you should reach it from the internet, ask the registry owner to allow public access for your network:</source>
        <translation>Se você deveria alcançá-lo pela internet, peça ao proprietário do registro que permita o acesso público para a sua rede:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>See which proxy settings are in effect in your terminal:</source>
        <translation>Veja quais configurações de proxy estão em vigor no seu terminal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your IT department for the right proxy address, or let the registry bypass the proxy:</source>
        <translation>Peça ao departamento de TI o endereço correto do proxy, ou faça o registro não passar pelo proxy:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker Desktop has its own proxy settings (Settings &gt; Resources &gt; Proxies); the Docker engine on Linux reads them from its service configuration.</source>
        <translation>O Docker Desktop tem as próprias configurações de proxy (Settings &gt; Resources &gt; Proxies); no Linux, o mecanismo do Docker as lê da configuração do serviço.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Test the connection to port 443 yourself:</source>
        <translation>Teste você mesmo a conexão com a porta 443:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it fails, ask your network administrator to allow outgoing HTTPS (port 443) to the registry and its data endpoints (*.azurecr.io, *.blob.core.windows.net).</source>
        <translation>Se falhar, peça ao administrador de rede que permita HTTPS de saída (porta 443) para o registro e os pontos de extremidade de dados dele (*.azurecr.io, *.blob.core.windows.net).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Use the registry&apos;s normal name; its private link name does not match the certificate:</source>
        <translation>Use o nome normal do registro; o nome do link privado dele não corresponde ao certificado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your IT department to exclude *.azurecr.io from TLS inspection, or to install the inspecting certificate authority in this computer&apos;s trusted store (Docker Desktop uses the system store).</source>
        <translation>Peça ao departamento de TI que exclua *.azurecr.io da inspeção TLS, ou que instale a autoridade de certificação da inspeção no repositório de certificados confiáveis deste computador (o Docker Desktop usa o repositório do sistema).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See which certificate the connection presents:</source>
        <translation>Veja qual certificado a conexão apresenta:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ask the registry owner to allow your network&apos;s public IP address in the registry&apos;s Networking settings.</source>
        <translation>Peça ao proprietário do registro que permita o endereço IP público da sua rede nas configurações de Rede do registro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the registry owner to allow your public IP address %1 in the registry&apos;s Networking settings:</source>
        <translation>Peça ao proprietário do registro que permita o seu endereço IP público %1 nas configurações de Rede do registro:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or connect through the network the registry already allows (office network, VPN).</source>
        <translation>Ou conecte-se pela rede que o registro já permite (rede do escritório, VPN).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Wait a minute, then try again.</source>
        <translation>Espere um minuto e tente novamente.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait %1 seconds, as the registry asks, then try again.</source>
        <translation>Espere %1 segundos, como o registro pede, e tente novamente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If it keeps happening, look for scripts or pipelines pulling in a loop; the registry&apos;s service tier sets how many requests it accepts.</source>
        <translation>Se continuar acontecendo, procure scripts ou pipelines que fazem pull em loop; o nível de serviço do registro define quantas solicitações ele aceita.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the address. For Azure Container Registry it is the login server shown on the registry&apos;s Overview page:</source>
        <translation>Verifique o endereço. No Registro de Contêiner do Azure, é o servidor de logon mostrado na página Visão geral do registro:</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Try again in a few minutes. If it persists, check Azure&apos;s service health for Container Registry in your region.</source>
        <translation>Tente novamente em alguns minutos. Se persistir, verifique a integridade dos serviços do Azure para o Registro de Contêiner na sua região.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sign in with your Azure account (needs the Azure CLI):</source>
        <translation>Faça logon com a sua conta do Azure (é preciso a CLI do Azure):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or sign in with a user name and password (service principal, admin account or token); the password is typed, never written in the command:</source>
        <translation>Ou faça logon com nome de usuário e senha (entidade de serviço, conta de administrador ou token); a senha é digitada, nunca escrita no comando:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For a service principal, find its application (client) ID, a value like 8f3c...-....; use it as the user name:</source>
        <translation>Para uma entidade de serviço, encontre o ID do aplicativo (cliente) dela, um valor como 8f3c...-....; use-o como nome de usuário:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then sign in again with that ID:</source>
        <translation>Depois faça logon novamente com esse ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you ran sudo az acr login, run it without sudo: sudo does not see your own az login.</source>
        <translation>Se você executou sudo az acr login, execute sem sudo: o sudo não enxerga o seu próprio az login.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign in again; the new sign-in lasts about three hours:</source>
        <translation>Faça logon novamente; o novo logon dura cerca de três horas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For automation, use a service principal or a managed identity instead of a personal sign-in; if its secret expired, the owner creates a new one:</source>
        <translation>Para automação, use uma entidade de serviço ou uma identidade gerenciada em vez de um logon pessoal; se o segredo dela expirou, o proprietário cria um novo:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the password again carefully (copy it without spaces); it is read from the keyboard, never written in the command:</source>
        <translation>Digite a senha de novo com cuidado (copie-a sem espaços); ela é lida do teclado, nunca escrita no comando:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admin account: the registry owner can show the current passwords:</source>
        <translation>Conta de administrador: o proprietário do registro pode mostrar as senhas atuais:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service principal: the owner can create a new client secret:</source>
        <translation>Entidade de serviço: o proprietário pode criar um novo segredo do cliente:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Ask the registry owner to give your identity the %1 role on the registry:</source>
        <translation>Peça ao proprietário do registro que atribua à sua identidade a função %1 no registro:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a repository-scoped token, its scope map must allow %1 on %2.</source>
        <translation>Com um token com escopo de repositório, o mapa de escopo dele precisa permitir %1 em %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>A role assigned minutes ago can take up to about ten minutes to apply; then sign in again.</source>
        <translation>Uma função atribuída há poucos minutos pode levar até uns dez minutos para entrar em vigor; depois, faça logon novamente.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Find the credential store named in Docker&apos;s settings file (%1):</source>
        <translation>Encontre o armazenamento de credenciais indicado no arquivo de configurações do Docker (%1):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install or repair the program %1 (it comes with Docker Desktop), or remove the &quot;credsStore&quot; line from the file so Docker saves credentials in the file itself; then sign in again.</source>
        <translation>Instale ou repare o programa %1 (ele vem com o Docker Desktop), ou remova a linha &quot;credsStore&quot; do arquivo para que o Docker salve as credenciais no próprio arquivo; depois, faça logon novamente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On Windows, &quot;The stub received bad data&quot; means the registry token is too long for Windows Credential Manager: removing &quot;credsStore&quot; is the known fix.</source>
        <translation>No Windows, &quot;The stub received bad data&quot; significa que o token do registro é longo demais para o Gerenciador de Credenciais do Windows: a solução conhecida é remover &quot;credsStore&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Install the Azure CLI:</source>
        <translation>Instale a CLI do Azure:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to Azure, then to the registry:</source>
        <translation>Faça logon no Azure e depois no registro:</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The password read from standard input was empty.</source>
        <translation>A senha lida da entrada padrão estava vazia.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set the clock to synchronise automatically (Windows: Settings &gt; Time &amp; language &gt; Sync now; macOS: System Settings &gt; General &gt; Date &amp; Time), or:</source>
        <translation>Configure o relógio para sincronizar automaticamente (Windows: Configurações &gt; Hora e idioma &gt; Sincronizar agora; macOS: Ajustes do Sistema &gt; Geral &gt; Data e Hora), ou:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Then sign in again: tokens issued while the clock was wrong stay wrong.</source>
        <translation>Depois faça logon novamente: os tokens emitidos enquanto o relógio estava errado continuam errados.</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>If you have no GPG key yet, create one (it asks for your name, e-mail address and a passphrase):</source>
        <translation>Se você ainda não tem uma chave GPG, crie uma (ela pede seu nome, endereço de email e uma frase secreta):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up pass with your key&apos;s ID (the long hexadecimal number that gpg --list-secret-keys shows), then sign in again:</source>
        <translation>Configure o pass com o ID da sua chave (o número hexadecimal longo que gpg --list-secret-keys mostra) e entre novamente:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the GPG key %1 from where it was made (gpg --export-secret-keys there, gpg --import here), or set up pass again with a key that is on this computer; logins saved with the old key are then lost:</source>
        <translation>Importe a chave GPG %1 de onde ela foi criada (lá gpg --export-secret-keys, aqui gpg --import) ou configure o pass novamente com uma chave que esteja neste computador; os logons salvos com a chave antiga serão perdidos:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in from the desktop session itself, not over SSH; or, on a server without a desktop, use pass instead (install pass and docker-credential-pass, then set &quot;credsStore&quot; to &quot;pass&quot; in %1):</source>
        <translation>Entre pela própria sessão da área de trabalho, não por SSH; ou, em um servidor sem área de trabalho, use o pass (instale o pass e o docker-credential-pass e defina &quot;credsStore&quot; como &quot;pass&quot; em %1):</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The Azure CLI is version %1; az acr login signs in with Podman from version %2 on.</source>
        <translation>A CLI do Azure está na versão %1; o az acr login faz logon com o Podman a partir da versão %2.</translation>
    </message>
    <message>
        <location line="-948"/>
        <source>Get a new token for the registry&apos;s region (it lasts 12 hours) and sign in with the user name AWS:</source>
        <translation>Obtenha um novo token para a região do registro (ele dura 12 horas) e faça logon com o nome de usuário AWS:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Get a new token (it lasts 12 hours) and sign in with the user name AWS:</source>
        <translation>Obtenha um novo token (ele dura 12 horas) e faça logon com o nome de usuário AWS:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Let Docker use your gcloud sign-in for exactly this host:</source>
        <translation>Deixe o Docker usar seu logon do gcloud exatamente para este host:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or sign in with an access token, valid for one hour:</source>
        <translation>Ou faça logon com um token de acesso, válido por uma hora:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the GitHub CLI&apos;s token the packages scope, then sign in with it:</source>
        <translation>Dê ao token da CLI do GitHub o escopo de pacotes e depois faça logon com ele:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>See which AWS identity your AWS CLI signs in as; the registry&apos;s owner allows it in an IAM policy or in the repository&apos;s policy:</source>
        <translation>Veja com qual identidade da AWS sua CLI da AWS faz logon; o proprietário do registro a permite em uma política do IAM ou na política do repositório:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the repository&apos;s policy (needs the right to read it):</source>
        <translation>Leia a política do repositório (requer o direito de lê-la):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ask the repository&apos;s owner to give your account the role (a service account is written serviceAccount:NAME@PROJECT.iam.gserviceaccount.com):</source>
        <translation>Peça ao proprietário do repositório para dar a função à sua conta (uma conta de serviço é escrita serviceAccount:NAME@PROJECT.iam.gserviceaccount.com):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ask the repository&apos;s owner to give your account access, then sign in again.</source>
        <translation>Peça ao proprietário do repositório para dar acesso à sua conta e depois faça logon novamente.</translation>
    </message>
    <message>
        <location line="+439"/>
        <source>Pull limit: %1 per %2; left: %3.</source>
        <translation>Limite de pull: %1 a cada %2; restantes: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull limit: %1; left: %2.</source>
        <translation>Limite de pull: %1; restantes: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It accepts requests again at %1.</source>
        <translation>Ele volta a aceitar solicitações às %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in to Docker Hub, so that pulls count against your account&apos;s limit instead of your IP address&apos;s:</source>
        <translation>Faça logon no Docker Hub, para que os pulls contem para o limite da sua conta em vez do limite do seu endereço IP:</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Create a new token, then sign in with it; it is read from the keyboard, never written in the command:</source>
        <translation>Crie um novo token e depois faça logon com ele; ele é lido do teclado, nunca escrito no comando:</translation>
    </message>
    <message>
        <location line="+329"/>
        <source>Docker has a login for %1, but none for %2, the registry you use.</source>
        <translation>O Docker tem um logon para %1, mas nenhum para %2, o registro que você usa.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The user name &quot;%1&quot; is an e-mail address.</source>
        <translation>O nome de usuário &quot;%1&quot; é um endereço de email.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in again with the user name this registry expects instead of the e-mail address:</source>
        <translation>Faça logon novamente com o nome de usuário que este registro espera em vez do endereço de email:</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The Azure CLI is signed in to %1; %2 is in %3.</source>
        <translation>A CLI do Azure fez logon em %1; %2 está em %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the Azure CLI to the registry&apos;s cloud, sign in there, then to the registry:</source>
        <translation>Mude a CLI do Azure para a nuvem do registro, faça logon nela e depois no registro:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To go back to the public cloud later:</source>
        <translation>Para voltar depois à nuvem pública:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Your client looks for %1.</source>
        <translation>Seu cliente procura %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repository exists and has these tags, among others: %1. Pull one of them:</source>
        <translation>O repositório existe e tem, entre outras, estas tags: %1. Faça pull de uma delas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry has repositories with a similar name: %1. Pull with the name as it is written there:</source>
        <translation>O registro tem repositórios com nome parecido: %1. Faça pull com o nome escrito exatamente como lá:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the repositories in the registry, and the tags of this one:</source>
        <translation>Liste os repositórios do registro e as tags deste:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the tags the registry has for this repository (a 404 here means the repository itself does not exist):</source>
        <translation>Liste as tags que o registro tem para este repositório (aqui um 404 significa que o próprio repositório não existe):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On Docker Hub, a name without a namespace means an official image (library/%1); your own images are named ACCOUNT/%1.</source>
        <translation>No Docker Hub, um nome sem namespace indica uma imagem oficial (library/%1); suas próprias imagens se chamam ACCOUNT/%1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you are the one who pushes it, push it first, under exactly this name:</source>
        <translation>Se é você quem faz o push dela, faça primeiro o push com exatamente este nome:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ask your network administrator to allow outgoing HTTPS (port 443) to %1 in the firewall or proxy, as well as to the registry %2.</source>
        <translation>Peça ao administrador de rede para permitir no firewall ou no proxy o HTTPS de saída (porta 443) para %1, além do registro %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name does not resolve on this computer: check its DNS (for a private endpoint, the private DNS zone needs a record for the data endpoint too):</source>
        <translation>O nome não é resolvido neste computador: verifique o DNS (para um ponto de extremidade privado, a zona DNS privada também precisa de um registro para o ponto de extremidade de dados):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test the connection to the data endpoint yourself:</source>
        <translation>Teste você mesmo a conexão com o ponto de extremidade de dados:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry uses dedicated data endpoints; list every one the firewall must allow (one per region the registry is replicated to):</source>
        <translation>O registro usa pontos de extremidade de dados dedicados; liste todos que o firewall precisa permitir (um por região em que o registro é replicado):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers come from a shared storage account. Instead of allowing all of *.blob.core.windows.net, the registry owner can turn on dedicated data endpoints, whose names the firewall can allow one by one:</source>
        <translation>As camadas vêm de uma conta de armazenamento compartilhada. Em vez de permitir todo o *.blob.core.windows.net, o proprietário do registro pode ativar pontos de extremidade de dados dedicados, cujos nomes o firewall pode permitir um por um:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Best: give the registry a TLS certificate for %1, so that passwords and images do not travel in clear text.</source>
        <translation>O ideal: dê ao registro um certificado TLS para %1, para que senhas e imagens não trafeguem em texto não criptografado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker: add &quot;insecure-registries&quot;: [&quot;%1&quot;] to the engine&apos;s settings (daemon.json: /etc/docker/daemon.json on Linux, Settings &gt; Docker Engine in Docker Desktop), restart Docker, and check that it is listed:</source>
        <translation>Docker: adicione &quot;insecure-registries&quot;: [&quot;%1&quot;] às configurações do mecanismo (daemon.json: /etc/docker/daemon.json no Linux, Settings &gt; Docker Engine no Docker Desktop), reinicie o Docker e verifique se ele aparece na lista:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Podman and Skopeo: mark it insecure in /etc/containers/registries.conf ([[registry]] with location = &quot;%1&quot; and insecure = true), or for one command:</source>
        <translation>Podman e Skopeo: marque-o como inseguro em /etc/containers/registries.conf ([[registry]] com location = &quot;%1&quot; e insecure = true) ou, para um único comando:</translation>
    </message>
    <message>
        <location line="-522"/>
        <source>The registry %1 sends clients for tokens to %2.</source>
        <translation>O registro %1 envia os clientes a %2 para obter tokens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See what the token service answers from this computer (a token service answers 401 or 200 with JSON, not a connection error or 404):</source>
        <translation>Veja o que o serviço de tokens responde a partir deste computador (um serviço de tokens responde 401 ou 200 com JSON, não um erro de conexão nem 404):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the registry&apos;s administrator to fix the token realm in the registry&apos;s settings (for Distribution, auth.token.realm): it must be an https address that clients can reach, served by a running token service with a valid certificate.</source>
        <translation>Peça ao administrador do registro para corrigir o realm do token nas configurações do registro (no Distribution, auth.token.realm): ele precisa ser um endereço https que os clientes consigam acessar, atendido por um serviço de tokens em execução com um certificado válido.</translation>
    </message>
    <message>
        <location line="-663"/>
        <source>In a script, or where docker login cannot ask: the same with the password typed here and passed on standard input:</source>
        <translation>Em um script, ou onde o docker login não pode perguntar: o mesmo, com a senha digitada aqui e passada pela entrada padrão:</translation>
    </message>
    <message>
        <location line="+1023"/>
        <source>The pull secret holds no registry at all (its auths are empty).</source>
        <translation>O segredo de pull não contém nenhum registro (o auths dele está vazio).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pull secret holds credentials for %1, none for %2: Kubernetes pulls from %2 without signing in.</source>
        <translation>O segredo de pull contém credenciais para %1, nenhuma para %2: o Kubernetes faz pull de %2 sem fazer logon.</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Ask the registry owner to give your identity the %1 role on the registry (AcrPull and AcrPush give nothing in this mode):</source>
        <translation>Peça ao proprietário do registro que atribua à sua identidade a função %1 no registro (AcrPull e AcrPush não concedem nada nesse modo):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To allow only the repository %1, the owner adds an ABAC condition on the repository name to that role assignment (Azure portal: Access control (IAM), Add role assignment, Conditions).</source>
        <translation>Para permitir somente o repositório %1, o proprietário adiciona a essa atribuição de função uma condição ABAC sobre o nome do repositório (portal do Azure: Controle de acesso (IAM), Adicionar atribuição de função, Condições).</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>The limit counts the pulls of the last %1: pulls are possible again as the older ones leave that window.</source>
        <translation>O limite conta os pulls das últimas %1: os pulls voltam a ser possíveis à medida que os mais antigos saem desse período.</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>This Docker ID has two-factor authentication on: create a personal access token in Docker Hub (Account settings, Personal access tokens), then sign in with it as the password; it is read from the keyboard, never written in the command:</source>
        <translation>Este Docker ID tem a autenticação de dois fatores ativada: crie um token de acesso pessoal no Docker Hub (Account settings, Personal access tokens) e depois faça logon com ele como senha; ele é lido do teclado, nunca escrito no comando:</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Helm cannot load its registry config %1, and helm registry login fails on it too. Move the file aside first (or correct it):</source>
        <translation>O Helm não consegue carregar a configuração de registro %1, e o helm registry login também falha por causa dela. Primeiro mova o arquivo para outro lugar (ou corrija-o):</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>Get the registry token with the Azure CLI and give it to helm registry login; the user name is always 00000000-0000-0000-0000-000000000000:</source>
        <translation>Obtenha o token do registro com a CLI do Azure e passe-o para o helm registry login; o nome de usuário é sempre 00000000-0000-0000-0000-000000000000:</translation>
    </message>
    <message>
        <location line="-993"/>
        <source>In a script, or where %1 cannot ask: the same with the password typed here and passed on standard input:</source>
        <translation>Em um script, ou onde o %1 não pode perguntar: o mesmo, com a senha digitada aqui e passada pela entrada padrão:</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>The Docker engine connects to %1 through the proxy %2 (its own HTTPS proxy setting).</source>
        <translation>O mecanismo do Docker se conecta a %1 pelo proxy %2 (a própria configuração de proxy HTTPS dele).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine&apos;s HTTPS proxy setting is not a valid proxy address.</source>
        <translation>A configuração de proxy HTTPS do mecanismo do Docker não é um endereço de proxy válido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine connects to %1 directly: its No Proxy setting (%2) exempts it.</source>
        <translation>O mecanismo do Docker se conecta a %1 diretamente: a configuração No Proxy dele (%2) o exclui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine connects to %1 directly: it has no HTTPS proxy setting.</source>
        <translation>O mecanismo do Docker se conecta a %1 diretamente: ele não tem configuração de proxy HTTPS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This check, like the docker command in your terminal, went through the proxy %1 (from %2).</source>
        <translation>Esta verificação, assim como o comando docker no seu terminal, passou pelo proxy %1 (de %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This check, like the docker command in your terminal, connected directly.</source>
        <translation>Esta verificação, assim como o comando docker no seu terminal, se conectou diretamente.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In Docker Desktop, open Settings &gt; Resources &gt; Proxies and set the same proxy as your terminal (or turn manual proxy configuration off to follow the system&apos;s), with %1 in the bypass list if it must be reached directly. Then select Apply &amp; restart.</source>
        <translation>No Docker Desktop, abra Settings &gt; Resources &gt; Proxies e defina o mesmo proxy do seu terminal (ou desative a configuração manual de proxy para seguir a do sistema), com %1 na lista de exceções se ele precisar ser acessado diretamente. Depois selecione Apply &amp; restart.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Docker Engine on Linux: give the docker service the same proxy in a systemd drop-in (or in /etc/docker/daemon.json under &quot;proxies&quot;, Docker 23 and later), then restart it:</source>
        <translation>Docker Engine no Linux: defina o mesmo proxy para o serviço docker em um drop-in do systemd (ou em /etc/docker/daemon.json, em &quot;proxies&quot;, a partir do Docker 23) e depois reinicie-o:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check what the engine uses now:</source>
        <translation>Verifique o que o mecanismo usa agora:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The docker command sends its commands to %1 (from %2): the engine %3 runs on another machine.</source>
        <translation>O comando docker envia os comandos para %1 (de %2): o mecanismo %3 é executado em outra máquina.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs in Docker Desktop&apos;s virtual machine (kernel %1).</source>
        <translation>O mecanismo é executado na máquina virtual do Docker Desktop (kernel %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs in WSL 2 (%1, kernel %2).</source>
        <translation>O mecanismo é executado no WSL 2 (%1, kernel %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See which engine the docker command uses, and where it runs:</source>
        <translation>Veja qual mecanismo o comando docker usa e onde ele é executado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test from the engine&apos;s side: a pull runs there, with its DNS, certificates and proxy.</source>
        <translation>Teste do lado do mecanismo: um pull é executado lá, com o DNS, os certificados e o proxy dele.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>The Docker engine lists %1 among its insecure registries, so docker login, pull and push connect to it without checking the certificate.</source>
        <translation>O mecanismo do Docker lista %1 entre os registros não seguros, então docker login, pull e push se conectam a ele sem verificar o certificado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine treats the addresses in %1 as insecure registries, and %2 is among them, so docker login, pull and push connect to it without checking the certificate.</source>
        <translation>O mecanismo do Docker trata os endereços em %1 como registros não seguros, e %2 está entre eles, então docker login, pull e push se conectam a ele sem verificar o certificado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in was not tested here: this check verifies certificates, as Podman, Skopeo, Helm and the Azure CLI do.</source>
        <translation>O logon não foi testado aqui: esta verificação valida certificados, como fazem Podman, Skopeo, Helm e a CLI do Azure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best: have the registry use a certificate that Docker can verify, and give Docker its certificate authority in /etc/docker/certs.d/%1/ca.crt (on Docker Desktop, ~/.docker/certs.d/%1/ca.crt) instead of listing it as insecure.</source>
        <translation>O ideal: faça o registro usar um certificado que o Docker consiga verificar e forneça ao Docker a autoridade de certificação dele em /etc/docker/certs.d/%1/ca.crt (no Docker Desktop, ~/.docker/certs.d/%1/ca.crt) em vez de listá-lo como não seguro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the engine&apos;s insecure registries (Docker Desktop: Settings &gt; Docker Engine; Linux: &quot;insecure-registries&quot; in /etc/docker/daemon.json):</source>
        <translation>Veja os registros não seguros do mecanismo (Docker Desktop: Settings &gt; Docker Engine; Linux: &quot;insecure-registries&quot; em /etc/docker/daemon.json):</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Sign in with %1 using exactly this login server:</source>
        <translation>Faça logon com o %1 usando exatamente este servidor de logon:</translation>
    </message>
    <message>
        <location line="+550"/>
        <source>Find the credential store named in %1, the file %2 took it from:</source>
        <translation>Encontre o armazenamento de credenciais indicado em %1, o arquivo de onde o %2 o obteve:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Install or repair the program %1, or remove the store from &quot;%2&quot; in that file so that %3 keeps logins in a file; then sign in again with %4.</source>
        <translation>Instale ou repare o programa %1, ou remova o armazenamento de &quot;%2&quot; nesse arquivo para que o %3 guarde os logons em um arquivo; depois, faça logon novamente com %4.</translation>
    </message>
    <message>
        <location line="-870"/>
        <source>Let %1 use your gcloud sign-in for exactly this host (gcloud writes it to Docker&apos;s config, which %1 reads too):</source>
        <translation>Deixe o %1 usar seu logon do gcloud exatamente para este host (o gcloud o grava na configuração do Docker, que o %1 também lê):</translation>
    </message>
</context>
<context>
    <name>rd::Runner</name>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/runner.cpp" line="+117"/>
        <source>No answer within %n second(s); the check stopped waiting.</source>
        <translation>
            <numerusform>Nenhuma resposta em %n segundo; a verificação parou de esperar.</numerusform>
            <numerusform>Nenhuma resposta em %n segundos; a verificação parou de esperar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::Symptoms</name>
    <message>
        <location filename="../src/core/diagnosis/symptom_catalog.cpp" line="+25"/>
        <source>I cannot sign in to my registry with docker login, az acr login, or either of them</source>
        <translation>Não consigo fazer logon no meu registro com docker login, com az acr login ou com ambos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing in tells me I am unauthorized, or that my application is not registered (Microsoft Entra ID, formerly Azure AD)</source>
        <translation>O logon diz que não estou autorizado, ou que o meu aplicativo não está registrado (Microsoft Entra ID, antigo Azure AD)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI says it could not connect to the registry login server</source>
        <translation>A CLI do Azure diz que não conseguiu se conectar ao servidor de logon do registro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pushing or pulling images fails with unauthorized, even though I signed in</source>
        <translation>O push ou o pull de imagens falha com unauthorized, mesmo depois de eu ter feito logon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AKS, Azure DevOps or another Azure service cannot get to my registry</source>
        <translation>O AKS, o Azure DevOps ou outro serviço do Azure não consegue chegar ao meu registro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing in fails with 403 Forbidden</source>
        <translation>O logon falha com 403 Forbidden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I cannot see or change my registry in the Azure portal or with the Azure CLI</source>
        <translation>Não consigo ver nem alterar o meu registro no portal do Azure ou com a CLI do Azure</translation>
    </message>
</context>
<context>
    <name>rd::SymptomsPage</name>
    <message>
        <location filename="../ui/symptoms_page.ui"/>
        <source>What goes wrong?</source>
        <translation>O que está dando errado?</translation>
    </message>
    <message>
        <location/>
        <source>Paste the error message, or tick what you see. Not sure? Leave &quot;check everything&quot; on: it only takes a moment longer.</source>
        <translation>Cole a mensagem de erro ou marque o que você vê. Não tem certeza? Deixe &quot;verificar tudo&quot; marcado: leva só um instante a mais.</translation>
    </message>
    <message>
        <location/>
        <source>Error message</source>
        <extracomment>Screen-reader name of the box where the error message is pasted.</extracomment>
        <translation>Mensagem de erro</translation>
    </message>
    <message>
        <location/>
        <source>Paste the error message you got. It is explained below as you paste it.</source>
        <translation>Cole a mensagem de erro que você recebeu. Ela é explicada logo abaixo assim que você a cola.</translation>
    </message>
    <message>
        <location/>
        <source>What do you see?</source>
        <extracomment>Heading of the list of symptoms to tick.</extracomment>
        <translation>O que você vê?</translation>
    </message>
    <message>
        <location/>
        <source>I&apos;m not sure, check &amp;everything</source>
        <translation>Não sei, verificar &amp;tudo</translation>
    </message>
    <message>
        <location/>
        <source>Every check runs. This is the safe choice.</source>
        <translation>Todas as verificações são executadas. Esta é a opção segura.</translation>
    </message>
    <message>
        <location filename="../src/gui/symptoms_page.cpp" line="+98"/>
        <source>What happens</source>
        <extracomment>Name of the second step in the side list of steps (the symptoms: what goes wrong). Short.</extracomment>
        <translation>O que acontece</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start check</source>
        <translation>Iniciar verifi&amp;cação</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+222"/>
        <source>For example: %1</source>
        <translation>Por exemplo: %1</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>This message is not one Registry Doctor knows yet. The check will still look at everything.</source>
        <translation>O Registry Doctor ainda não conhece esta mensagem. Mesmo assim, a verificação vai analisar tudo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What it means</source>
        <extracomment>Heading above the explanation of a pasted error message.</extracomment>
        <translation>O que significa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Printed by: %1</source>
        <translation>Exibido por: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry: %1 (%2)</source>
        <extracomment>%1 is the registry&apos;s address; %2 the kind of registry: a service&apos;s name (&quot;Docker Hub&quot;, &quot;Azure Container Registry&quot;) or &quot;container registry&quot;.</extracomment>
        <translation>Registro: %1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Likely cause: %1</source>
        <extracomment>%1 is a cause&apos;s title.</extracomment>
        <translation>Causa provável: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use %1</source>
        <extracomment>Button that takes the registry named in the pasted error message; %1 is its address.</extracomment>
        <translation>Usar %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message names this registry.</source>
        <translation>A mensagem cita este registro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message names a different registry than %1.</source>
        <translation>A mensagem cita um registro diferente de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check will use %1.</source>
        <translation>A verificação vai usar %1.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Ticked: %1.</source>
        <translation>Selecionados: %1.</translation>
    </message>
    <message>
        <location filename="../ui/symptoms_page.ui"/>
        <source>Paste the error &amp;message you got (optional)</source>
        <translation>Cole a &amp;mensagem de erro que você recebeu (opcional)</translation>
    </message>
    <message>
        <location filename="../src/gui/symptoms_page.cpp" line="+132"/>
        <source>Help-desk case number, if you have one (saved in the report)</source>
        <extracomment>Label of an optional field for the number of the user&apos;s support ticket, saved in the report.</extracomment>
        <translation>Número do caso de suporte, se você tiver um (salvo no relatório)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help-desk case number</source>
        <translation>Número do caso de suporte</translation>
    </message>
</context>
<context>
    <name>rd::TcpProbe</name>
    <message>
        <location filename="../src/core/probes/tcp_probe.cpp" line="+79"/>
        <source>Skipped: there is no registry address to check.</source>
        <translation>Ignorada: não há endereço de registro para verificar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped: the registry&apos;s name did not resolve to an address.</source>
        <translation>Ignorada: o nome do registro não foi resolvido para nenhum endereço.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Practice mode only talks to this computer; %1 is not part of the exercise.</source>
        <translation>O modo de prática só se comunica com este computador; %1 não faz parte do exercício.</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>No answer from %1 within %n second(s): something on the way (a firewall, a private network) drops the connection.</source>
        <translation>
            <numerusform>Nenhuma resposta de %1 em %n segundo: algo no caminho (um firewall, uma rede privada) descarta a conexão.</numerusform>
            <numerusform>Nenhuma resposta de %1 em %n segundos: algo no caminho (um firewall, uma rede privada) descarta a conexão.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 refused the connection: nothing accepts connections there, or a firewall rejects them.</source>
        <translation>%1 recusou a conexão: nada aceita conexões ali, ou um firewall as rejeita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to %1: %2</source>
        <translation>Não foi possível conectar a %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/probes/tcp_probe.h" line="+23"/>
        <source>Connection to the registry</source>
        <translation>Conexão com o registro</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/probes/tcp_probe.cpp" line="-12"/>
        <source>No answer from the proxy %1 within %n second(s): the proxy is down, or something on the way drops the connection.</source>
        <translation>
            <numerusform>Nenhuma resposta do proxy %1 em %n segundo: o proxy está fora do ar, ou algo no caminho descarta a conexão.</numerusform>
            <numerusform>Nenhuma resposta do proxy %1 em %n segundos: o proxy está fora do ar, ou algo no caminho descarta a conexão.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Connected to the proxy %1 in %n millisecond(s).</source>
        <translation>
            <numerusform>Conectado ao proxy %1 em %n milissegundo.</numerusform>
            <numerusform>Conectado ao proxy %1 em %n milissegundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Connected to %1 in %n millisecond(s).</source>
        <translation>
            <numerusform>Conectado a %1 em %n milissegundo.</numerusform>
            <numerusform>Conectado a %1 em %n milissegundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The proxy %1 refused the connection: no proxy is running there, or a firewall rejects the connection.</source>
        <translation>O proxy %1 recusou a conexão: nenhum proxy está em execução ali, ou um firewall rejeita a conexão.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to the proxy %1: %2</source>
        <translation>Não foi possível conectar ao proxy %1: %2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Connected to %1 over IPv4 (%2), but not over IPv6 (%3): %4. Programs that try IPv6 first and do not fall back to IPv4 fail here.</source>
        <translation>Conectado a %1 por IPv4 (%2), mas não por IPv6 (%3): %4. Programas que tentam IPv6 primeiro e não recorrem ao IPv4 falham aqui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer in time</source>
        <translation>sem resposta a tempo</translation>
    </message>
</context>
<context>
    <name>rd::TlsProbe</name>
    <message>
        <location filename="../src/core/probes/tls_probe.cpp" line="+45"/>
        <source>Skipped: no connection to the registry.</source>
        <translation>Ignorada: não há conexão com o registro.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The secure connection could not be set up: %1</source>
        <translation>Não foi possível estabelecer a conexão segura: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The connection opened, but the secure handshake got no answer within %n second(s): something on the way (a firewall that filters secure connections) or the server stops it.</source>
        <translation>
            <numerusform>A conexão foi aberta, mas o handshake seguro não obteve resposta em %n segundo: algo no caminho (um firewall que filtra conexões seguras) ou o servidor o interrompe.</numerusform>
            <numerusform>A conexão foi aberta, mas o handshake seguro não obteve resposta em %n segundos: algo no caminho (um firewall que filtra conexões seguras) ou o servidor o interrompe.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1 with a valid certificate for %2, issued by %3, valid until %4.</source>
        <translation>%1 com um certificado válido para %2, emitido por %3, válido até %4.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The certificate is issued by &quot;%1&quot;, which this computer does not trust. A company proxy or antivirus that inspects secure connections usually does this.</source>
        <translation>O certificado é emitido por &quot;%1&quot;, em que este computador não confia. Normalmente isso acontece com um proxy corporativo ou um antivírus que inspeciona as conexões seguras.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate is for %1, not for %2.</source>
        <translation>O certificado é para %1, não para %2.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/tls_probe.h" line="+21"/>
        <source>Secure connection (TLS)</source>
        <translation>Conexão segura (TLS)</translation>
    </message>
    <message>
        <location filename="../src/core/probes/tls_probe.cpp" line="+57"/>
        <source>Docker does not check certificates for registries on 127.0.0.0/8 (its default insecure registries), so it connects although &quot;%1&quot; is not a trusted issuer. Podman, Skopeo, the Azure CLI and browsers refuse this certificate.</source>
        <translation>O Docker não verifica os certificados de registros em 127.0.0.0/8 (seus registros não seguros padrão), por isso se conecta mesmo que &quot;%1&quot; não seja um emissor confiável. Podman, Skopeo, a CLI do Azure e os navegadores recusam este certificado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker trusts this certificate through %1. This computer&apos;s own store does not, so the Azure CLI, browsers and other programs on this computer will refuse it.</source>
        <translation>O Docker confia neste certificado por meio de %1. O repositório deste computador não, então a CLI do Azure, os navegadores e outros programas deste computador vão recusá-lo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Podman and Skopeo trust this certificate through %1. This computer&apos;s own store does not, so the Azure CLI, browsers and other programs on this computer will refuse it.</source>
        <translation>O Podman e o Skopeo confiam neste certificado por meio de %1. O repositório deste computador não, então a CLI do Azure, os navegadores e outros programas deste computador vão recusá-lo.</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>The registry speaks plain HTTP on port %1, without TLS. Docker uses plain HTTP for registries on 127.0.0.0/8 by itself, so it can work with it; Podman and Skopeo cannot unless the registry is marked insecure. The rest of the check needs TLS and was not done.</source>
        <translation>O registro usa HTTP simples na porta %1, sem TLS. O Docker usa HTTP simples por conta própria para registros em 127.0.0.0/8, então ele pode funcionar; o Podman e o Skopeo não, a menos que o registro seja marcado como inseguro. O restante da verificação precisa de TLS e não foi feito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry speaks plain HTTP on port %1, without TLS: it answered a request in clear text.</source>
        <translation>O registro usa HTTP simples na porta %1, sem TLS: ele respondeu a uma solicitação em texto não criptografado.</translation>
    </message>
</context>
<context>
    <name>rd::WizardModel</name>
    <message>
        <location filename="../src/gui/wizard_model.cpp" line="+141"/>
        <source>&quot;%1&quot; is not a registry address.</source>
        <translation>&quot;%1&quot; não é um endereço de registro.</translation>
    </message>
</context>
<context>
    <name>rd::WizardPage</name>
    <message>
        <location filename="../src/gui/wizard_page.h" line="+22"/>
        <source>&amp;Next</source>
        <translation>Próxi&amp;mo</translation>
    </message>
</context>
</TS>
