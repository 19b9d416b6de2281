<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>rd::AboutDialog</name>
    <message>
        <location filename="../src/gui/about_dialog.cpp" line="+12"/>
        <source>About Registry Doctor</source>
        <translation>Acerca de Registry Doctor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not available</source>
        <extracomment>Stands for the OpenSSL version in the About box when OpenSSL cannot be loaded.</extracomment>
        <translation>no disponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Registry Doctor %1&lt;/h2&gt;&lt;p&gt;Finds out why you cannot sign in to a container registry, and tells you how to fix it.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Registry Doctor is free software under the MIT licence.&lt;br&gt;Qt is used under the GNU Lesser General Public License version 3.&lt;br&gt;OpenSSL is used under the Apache License 2.0.&lt;/p&gt;</source>
        <extracomment>%1 is the program version, %2 the Qt version, %3 the OpenSSL version (or &quot;not available&quot;). Keep the HTML tags.</extracomment>
        <translation>&lt;h2&gt;Registry Doctor %1&lt;/h2&gt;&lt;p&gt;Averigua por qué no puedes iniciar sesión en un registro de contenedores y te explica cómo solucionarlo.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Registry Doctor es software libre con licencia MIT.&lt;br&gt;Qt se usa según los términos de la GNU Lesser General Public License versión 3.&lt;br&gt;OpenSSL se usa según los términos de la Apache License 2.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rd::AcrRoleModeProbe</name>
    <message>
        <location filename="../src/core/probes/acr_role_mode_probe.cpp" line="+47"/>
        <source>Skipped: only Azure Container Registry has a permissions mode.</source>
        <translation>Omitida: solo Azure Container Registry tiene un modo de permisos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped: nothing was refused after the sign-in.</source>
        <translation>Omitida: no se rechazó nada después del inicio de sesión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped: reading the registry&apos;s permissions mode needs the Azure CLI, signed in.</source>
        <translation>Omitida: para leer el modo de permisos del registro se necesita la CLI de Azure con la sesión iniciada.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The Azure CLI could not get a token to read the registry&apos;s permissions mode: Microsoft Entra ID wants multifactor authentication, or a Conditional Access policy blocks the sign-in (%1).</source>
        <translation>La CLI de Azure no obtuvo un token para leer el modo de permisos del registro: Microsoft Entra ID pide autenticación multifactor, o una directiva de acceso condicional bloquea el inicio de sesión (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Azure CLI did not tell the registry&apos;s permissions mode (you may not be allowed to read the registry&apos;s settings), so it is unknown.</source>
        <translation>La CLI de Azure no indicó el modo de permisos del registro (puede que no tengas permiso para leer su configuración), así que se desconoce.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry uses &quot;RBAC Registry + ABAC Repository Permissions&quot; (%1): the AcrPull and AcrPush roles give no rights on its repositories there.</source>
        <translation>El registro usa &quot;RBAC Registry + ABAC Repository Permissions&quot; (%1): ahí los roles AcrPull y AcrPush no conceden derechos sobre sus repositorios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry&apos;s permissions mode is %1: the AcrPull and AcrPush roles apply.</source>
        <translation>El modo de permisos del registro es %1: los roles AcrPull y AcrPush se aplican.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/acr_role_mode_probe.h" line="+21"/>
        <source>Registry&apos;s permissions mode</source>
        <translation>Modo de permisos del registro</translation>
    </message>
</context>
<context>
    <name>rd::AllLoginsDialog</name>
    <message>
        <location filename="../src/gui/all_logins_dialog.cpp" line="+31"/>
        <source>All my saved logins</source>
        <translation>Todos mis inicios de sesión guardados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved logins</source>
        <translation>Inicios de sesión guardados</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking…</source>
        <extracomment>Shown in a row of the saved-logins table while that registry is being checked.</extracomment>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registries checked</source>
        <translation>Registros comprobados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop checking</source>
        <translation>&amp;Detener la comprobación</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Docker has no saved logins on this computer.</source>
        <translation>Docker no tiene inicios de sesión guardados en este equipo.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Checking %n registries at once…</source>
        <translation>
            <numerusform>Comprobando %n registro…</numerusform>
            <numerusform>Comprobando %n registros a la vez…</numerusform>
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
        <translation>Rechazado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not tested</source>
        <extracomment>The saved login could not be tried (no answer, nothing saved, registry open to all).</extracomment>
        <translation>No comprobado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expired at %1</source>
        <extracomment>%1 is a date and time in the reader&apos;s local time.</extracomment>
        <translation>expiró el %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 of %n saved logins work.</source>
        <translation>
            <numerusform>Funciona %1 de %n inicio de sesión guardado.</numerusform>
            <numerusform>Funcionan %1 de %n inicios de sesión guardados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>rd::AzureCliProbe</name>
    <message>
        <location filename="../src/core/probes/azure_cli_probe.cpp" line="+12"/>
        <source>Azure CLI</source>
        <translation>CLI de Azure</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The Azure CLI (az) is not installed, but you sign in through it. Install the Azure CLI, or sign in another way (a user name and password, or a token).</source>
        <translation>La CLI de Azure (az) no está instalada, pero es el método de inicio de sesión elegido. Instala la CLI de Azure o inicia sesión de otra forma (con nombre de usuario y contraseña, o con un token).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI (az) is not installed; it is only needed to sign in through it.</source>
        <translation>La CLI de Azure (az) no está instalada; solo hace falta si inicias sesión con ella.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The Azure CLI is installed, but its sign-in file %1 could not be read (%2), so whether you are signed in is unknown.</source>
        <translation>La CLI de Azure está instalada, pero no se pudo leer su archivo de inicio de sesión %1 (%2), así que no se sabe si has iniciado sesión.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Azure CLI is installed but not signed in (no account in %1). az acr login needs az login first.</source>
        <translation>La CLI de Azure está instalada, pero no has iniciado sesión (no hay ninguna cuenta en %1). Antes de az acr login hace falta az login.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+46"/>
        <source>The Azure CLI is signed in as %1 (subscription &quot;%2&quot;).</source>
        <translation>La CLI de Azure tiene la sesión iniciada como %1 (suscripción &quot;%2&quot;).</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>did not answer within %n second(s)</source>
        <translation>
            <numerusform>no respondió en %n segundo</numerusform>
            <numerusform>no respondió en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>crashed</source>
        <translation>terminó de forma inesperada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be started (%1)</source>
        <translation>no se pudo iniciar (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;az account show&quot; %1, so whether you are signed in to the Azure CLI is unknown.</source>
        <translation>&quot;az account show&quot; %1, así que no se sabe si has iniciado sesión en la CLI de Azure.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;az account show&quot; succeeded but printed something that is not an account, so whether you are signed in is unknown.</source>
        <translation>&quot;az account show&quot; funcionó, pero mostró algo que no es una cuenta, así que no se sabe si has iniciado sesión.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Azure CLI is not signed in (&quot;%1&quot;), but you sign in through it. Run az login, then az acr login.</source>
        <translation>No has iniciado sesión en la CLI de Azure (&quot;%1&quot;), pero es el método de inicio de sesión elegido. Ejecuta az login y después az acr login.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;az account show&quot; failed (exit code %1): &quot;%2&quot;. Until it works, az acr login cannot sign you in.</source>
        <translation>&quot;az account show&quot; falló (código de salida %1): &quot;%2&quot;. Mientras no funcione, az acr login no puede iniciar tu sesión.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&quot;az account show&quot; failed with exit code %1 and printed no message. Until it works, az acr login cannot sign you in.</source>
        <translation>&quot;az account show&quot; falló con el código de salida %1 y no mostró ningún mensaje. Mientras no funcione, az acr login no puede iniciar tu sesión.</translation>
    </message>
</context>
<context>
    <name>rd::BlobUploadProbe</name>
    <message>
        <location filename="../src/core/probes/blob_upload_probe.cpp" line="+34"/>
        <source>The registry did not answer the start of an upload: %1</source>
        <translation>El registro no respondió al inicio de una carga: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused to start an upload to %1 (status %2): this sign-in may not push there.</source>
        <translation>El registro se negó a iniciar una carga en %1 (estado %2): este inicio de sesión no permite insertar ahí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered the start of an upload to %1 with status %2.</source>
        <translation>El registro respondió al inicio de una carga en %1 con el estado %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You may push to %1: the registry accepted the start of an upload, and it was cancelled.</source>
        <translation>Puedes insertar en %1: el registro aceptó el inicio de una carga, que después se canceló.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may push to %1: the registry accepted the start of an upload, but cancelling it was answered with status %2; the registry removes unfinished uploads itself after a while.</source>
        <translation>Puedes insertar en %1: el registro aceptó el inicio de una carga, pero su cancelación recibió el estado %2; el registro elimina por sí mismo las cargas sin terminar al cabo de un tiempo.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/blob_upload_probe.h" line="+18"/>
        <source>Starting an upload</source>
        <translation>Inicio de una carga</translation>
    </message>
</context>
<context>
    <name>rd::CauseCard</name>
    <message>
        <location filename="../src/gui/cause_card.cpp" line="+99"/>
        <source>What the check saw</source>
        <translation>Qué vio la comprobación</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How to fix it</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Read more</source>
        <translation>Más información</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+81"/>
        <source>Check &amp;again</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Check again: %1</source>
        <translation>Volver a comprobar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs just the checks behind this problem again, to see whether your fix worked.</source>
        <translation>Vuelve a ejecutar solo las comprobaciones relacionadas con este problema, para ver si tu solución funcionó.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Advanced: look in the registry&apos;s login log</source>
        <translation>Avanzado: consulta el log de inicios de sesión del registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the registry sends its resource logs to Log Analytics, this query lists the sign-ins around the time of this check: who signed in, from which address, and what the registry answered. Run it in the Azure portal under the registry&apos;s Logs.</source>
        <translation>Si el registro envía sus logs de recursos (registros de recursos) a Log Analytics, esta consulta muestra los inicios de sesión en torno a la hora de esta comprobación: quién inició sesión, desde qué dirección y qué respondió el registro. Ejecútala en Azure Portal, en la sección Registros (Logs) del registro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy query for the registry&apos;s login log</source>
        <translation>Copiar la consulta para el log de inicios de sesión del registro</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking again…</source>
        <translation>Comprobando de nuevo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed: the check no longer finds this problem.</source>
        <translation>Solucionado: la comprobación ya no encuentra este problema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still there: the check found this problem again.</source>
        <translation>Sigue ahí: la comprobación volvió a encontrar este problema.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fixed</source>
        <extracomment>Status of a problem after &quot;Check again&quot;: it is solved now. Adjective, agrees with &quot;problem&quot;.</extracomment>
        <translation>Solucionado</translation>
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
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>First step: %1</source>
        <translation>Primer paso: %1</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Opens in your browser</source>
        <translation>Se abre en el explorador</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Type the commands in a terminal: press Windows+X and choose Terminal (or Windows PowerShell).</source>
        <translation>Escribe los comandos en un terminal: pulsa Windows+X y elige Terminal (o Windows PowerShell).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the commands in a terminal: press Command+Space, type Terminal and press Return.</source>
        <translation>Escribe los comandos en un terminal: pulsa Comando+Espacio, escribe Terminal y pulsa Retorno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the commands in a terminal: press Ctrl+Alt+T, or open Terminal from the applications menu.</source>
        <translation>Escribe los comandos en un terminal: pulsa Ctrl+Alt+T o abre Terminal desde el menú de aplicaciones.</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>Not confirmed: the checks behind this problem could not run to the end.</source>
        <translation>No confirmado: las comprobaciones de este problema no pudieron completarse.</translation>
    </message>
</context>
<context>
    <name>rd::Causes</name>
    <message>
        <location filename="../src/core/diagnosis/cause_catalog.cpp" line="+34"/>
        <source>Troubleshoot registry login</source>
        <translation>Solución de problemas de inicio de sesión en el registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Troubleshoot network issues with the registry</source>
        <translation>Solución de problemas de red con el registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticate with an Azure container registry</source>
        <translation>Autenticación con un registro de contenedor de Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a service principal</source>
        <translation>Inicio de sesión con una entidad de servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository-scoped tokens</source>
        <translation>Tokens con ámbito de repositorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequently asked questions</source>
        <translation>Preguntas más frecuentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the health of a registry</source>
        <translation>Comprobación del estado de un registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect privately to a registry with Azure Private Link</source>
        <translation>Conexión privada a un registro con Azure Private Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow access from selected public networks</source>
        <translation>Permitir el acceso desde redes públicas seleccionadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a managed identity</source>
        <translation>Inicio de sesión con una identidad administrada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Best practices for Azure Container Registry</source>
        <translation>Procedimientos recomendados para Azure Container Registry</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Docker is not installed</source>
        <translation>Docker no está instalado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The docker command was not found on this computer. Signing in with docker login, and pulling or pushing images, needs the Docker client; az acr login also calls it.</source>
        <translation>No se encontró el comando docker en este equipo. Para iniciar sesión con docker login y para extraer o insertar imágenes hace falta el cliente de Docker; az acr login también lo usa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker is too old</source>
        <translation>Docker es demasiado antiguo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Container Registry needs Docker 18.03 or later. Older clients do not speak the sign-in protocol the registry expects.</source>
        <translation>Azure Container Registry necesita Docker 18.03 o posterior. Los clientes más antiguos no hablan el protocolo de inicio de sesión que espera el registro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine is not running</source>
        <translation>El motor de Docker no se está ejecutando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The docker command is installed, but the Docker engine behind it (the daemon, or Docker Desktop) does not answer. Pulling and pushing images need it, and older Docker versions need it to sign in too.</source>
        <translation>El comando docker está instalado, pero el motor de Docker que hay detrás (el demonio o Docker Desktop) no responde. Hace falta para extraer e insertar imágenes, y las versiones antiguas de Docker también lo necesitan para iniciar sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry name is not written correctly</source>
        <translation>El nombre del registro no está bien escrito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker needs the registry&apos;s full login server in lowercase, such as myregistry.azurecr.io, with no https://, no path and no port. The Azure CLI (az acr login --name) needs just the registry name, without the domain.</source>
        <translation>Docker necesita el servidor de inicio de sesión completo del registro en minúsculas, como myregistry.azurecr.io, sin https://, sin ruta y sin puerto. La CLI de Azure (az acr login --name) solo necesita el nombre del registro, sin el dominio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry name does not exist</source>
        <translation>El registro indicado no existe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name could not be found in DNS: there is no registry with this name, it is misspelled, it belongs to another Azure cloud (.azurecr.cn, .azurecr.us), or this computer&apos;s DNS is not working.</source>
        <translation>No se encontró el nombre en DNS: no hay ningún registro con ese nombre, está mal escrito, pertenece a otra nube de Azure (.azurecr.cn, .azurecr.us) o el DNS de este equipo no funciona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry cannot be reached from this network</source>
        <translation>No se puede llegar al registro desde esta red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer could not open a connection to the registry. Something between the two (a firewall, a VPN, a network that blocks outgoing traffic on port 443) stops the connection before any sign-in can happen.</source>
        <translation>Este equipo no pudo abrir una conexión con el registro. Algo entre los dos (un firewall, una VPN, una red que bloquea el tráfico saliente en el puerto 443) corta la conexión antes de que se pueda iniciar sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy blocks the connection</source>
        <translation>El proxy bloquea la conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections to the registry go through a proxy, and the proxy did not let this one through: it is unreachable, asks for a sign-in of its own, or refuses the registry&apos;s address.</source>
        <translation>Las conexiones al registro pasan por un proxy, y el proxy no dejó pasar esta: no está disponible, pide su propio inicio de sesión o rechaza la dirección del registro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s certificate is not trusted</source>
        <translation>El certificado del registro no es de confianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secure connection presents a certificate this computer does not trust. When the issuer is not Microsoft&apos;s, a company proxy or antivirus is usually opening secure connections to inspect them; Docker then refuses to send credentials.</source>
        <translation>La conexión segura presenta un certificado en el que este equipo no confía. Cuando el emisor no es Microsoft, normalmente hay un proxy de empresa o un antivirus que abre las conexiones seguras para inspeccionarlas; entonces Docker se niega a enviar las credenciales.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s firewall does not allow your network</source>
        <translation>El firewall del registro no permite tu red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered, but refused this computer&apos;s public IP address. The registry only accepts connections from selected networks, or its public access is turned off.</source>
        <translation>El registro respondió, pero rechazó la dirección IP pública de este equipo. El registro solo acepta conexiones desde redes seleccionadas, o su acceso público está desactivado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry is only reachable through its private network</source>
        <translation>El registro solo es accesible desde su red privada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s name points to a private endpoint (a private address in an Azure virtual network). From outside that network, for example from home or without the VPN, the connection cannot succeed; inside it, the private DNS zone must be set up.</source>
        <translation>El nombre del registro apunta a un punto de conexión privado (una dirección privada en una red virtual de Azure). Desde fuera de esa red, por ejemplo desde casa o sin la VPN, la conexión no puede funcionar; dentro de ella, la zona DNS privada debe estar configurada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry is limiting requests</source>
        <translation>El registro está limitando las solicitudes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered 429 (too many requests): it is slowing down clients that send many requests in a short time. Waiting a little and trying again usually works.</source>
        <translation>El registro respondió 429 (demasiadas solicitudes): está frenando a los clientes que envían muchas solicitudes en poco tiempo. Normalmente basta con esperar un poco y volver a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address is not a container registry</source>
        <translation>La dirección no es un registro de contenedores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something answered at this address, but not as a container registry does. The address is probably wrong, or a web page (a proxy&apos;s block page, a captive portal) answered instead.</source>
        <translation>Algo respondió en esta dirección, pero no como lo hace un registro de contenedores. Probablemente la dirección es incorrecta, o respondió una página web en su lugar (la página de bloqueo de un proxy, un portal cautivo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry has a problem on its side</source>
        <translation>El registro tiene un problema por su parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry was reached but gave no usable answer: a server error (5xx), an answer cut short, or no answer in time. This is not caused by your sign-in; it is usually temporary.</source>
        <translation>Se llegó al registro, pero no dio una respuesta utilizable: un error del servidor (5xx), una respuesta cortada o ninguna respuesta a tiempo. No lo causa tu inicio de sesión; suele ser temporal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no credentials for this registry</source>
        <translation>No hay credenciales para este registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was given to sign in with, and Docker has nothing saved for this registry. Docker then tries without signing in, and the registry answers unauthorized.</source>
        <translation>No se indicó nada con lo que iniciar sesión, y Docker no tiene nada guardado para este registro. Entonces Docker lo intenta sin iniciar sesión y el registro responde unauthorized (no autorizado).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name or password is wrong</source>
        <translation>El nombre de usuario o la contraseña son incorrectos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused the credentials. For a service principal the user name is the application (client) ID and the password is its client secret; for the admin account both come from the registry&apos;s Access keys page; for a token, from its Tokens page.</source>
        <translation>El registro rechazó las credenciales. Para una entidad de servicio, el nombre de usuario es el Id. de aplicación (cliente) y la contraseña es su secreto de cliente; para la cuenta de administrador, ambos están en la página Claves de acceso del registro; para un token, en su página Tokens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name is not known to the registry</source>
        <translation>El registro no conoce el nombre de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered &quot;Application not registered with AAD&quot;: the user name is not an identity it knows. A common mistake is using an e-mail address or a display name where the service principal&apos;s application (client) ID belongs.</source>
        <translation>El registro respondió &quot;Application not registered with AAD&quot;: el nombre de usuario no es ninguna identidad que conozca. Un error frecuente es usar una dirección de correo electrónico o un nombre para mostrar donde va el Id. de aplicación (cliente) de la entidad de servicio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in works but lacks the rights</source>
        <translation>El inicio de sesión funciona, pero faltan permisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credentials are valid, but they do not allow what you are trying to do on this repository. Pulling needs the AcrPull role (or a token allowing read); pushing needs AcrPush (or a token allowing write). A role assigned minutes ago can take up to about ten minutes to apply.</source>
        <translation>Las credenciales son válidas, pero no permiten lo que intentas hacer en este repositorio. Para extraer hace falta el rol AcrPull (o un token que permita leer); para insertar, AcrPush (o un token que permita escribir). Un rol asignado hace unos minutos puede tardar hasta unos diez minutos en aplicarse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in has expired</source>
        <translation>El inicio de sesión ha expirado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved sign-in is no longer valid. After az acr login, the registry&apos;s token lasts about three hours; service principal secrets and token passwords also have an expiry date.</source>
        <translation>El inicio de sesión guardado ya no es válido. Después de az acr login, el token del registro dura unas tres horas; los secretos de las entidades de servicio y las contraseñas de los tokens también tienen fecha de expiración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker&apos;s credential store is not working</source>
        <translation>El almacén de credenciales de Docker no funciona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker keeps passwords in a credential store (Docker Desktop, Windows Credential Manager, macOS Keychain...). The store named in Docker&apos;s settings is missing or fails, so Docker cannot save or read the registry&apos;s credentials.</source>
        <translation>Docker guarda las contraseñas en un almacén de credenciales (Docker Desktop, Administrador de credenciales de Windows, Llavero de macOS...). El almacén indicado en la configuración de Docker falta o falla, así que Docker no puede guardar ni leer las credenciales del registro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure CLI is not signed in</source>
        <translation>La CLI de Azure no ha iniciado sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>az acr login uses your Azure CLI sign-in to get a registry token. The Azure CLI on this computer is not signed in (or is not installed), so it cannot.</source>
        <translation>az acr login usa tu sesión de la CLI de Azure para obtener un token del registro. La CLI de Azure no ha iniciado sesión en este equipo (o no está instalada), así que no puede hacerlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s clock is wrong</source>
        <translation>El reloj de este equipo está mal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in tokens are valid for a limited time. When this computer&apos;s clock is several minutes off, fresh tokens look expired or not yet valid, and secure connections can fail.</source>
        <translation>Los tokens de inicio de sesión son válidos durante un tiempo limitado. Cuando el reloj de este equipo se desvía varios minutos, los tokens recién emitidos parecen expirados o todavía no válidos, y las conexiones seguras pueden fallar.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The secure connection presents a certificate this computer does not trust. When the issuer is not Microsoft&apos;s, a company proxy or antivirus is usually opening secure connections to inspect them; %1 then refuses to send credentials.</source>
        <translation>La conexión segura presenta un certificado en el que este equipo no confía. Cuando el emisor no es Microsoft, normalmente hay un proxy de empresa o un antivirus que abre las conexiones seguras para inspeccionarlas; entonces %1 se niega a enviar las credenciales.</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>Update the Azure CLI the way it was installed (shown here: winget on Windows, Homebrew on macOS, the Debian and Ubuntu packages on Linux), then check its version:</source>
        <translation>Actualiza la CLI de Azure de la forma en que se instaló (aquí: winget en Windows, Homebrew en macOS, los paquetes de Debian y Ubuntu en Linux) y luego comprueba su versión:</translation>
    </message>
    <message>
        <location line="-452"/>
        <source>Azure Container Registry built-in roles</source>
        <translation>Roles integrados de Azure Container Registry</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pull images to a Kubernetes cluster with a pull secret</source>
        <translation>Extraer imágenes en un clúster de Kubernetes con un secreto de extracción</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>az acr login needs a Docker engine it cannot reach</source>
        <translation>az acr login necesita un motor de Docker al que no puede llegar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>az acr login gets a registry token and then passes it to docker login, so it needs a running Docker engine. Without one (in Azure Cloud Shell, on a build agent without Docker, or with Podman or Helm instead of Docker), ask the Azure CLI for the token with --expose-token and give it to your client yourself.</source>
        <translation>az acr login obtiene un token del registro y luego se lo pasa a docker login, así que necesita un motor de Docker en ejecución. Sin él (en Azure Cloud Shell, en un agente de compilación sin Docker o con Podman o Helm en lugar de Docker), pide el token a la CLI de Azure con --expose-token y pásaselo tú mismo a tu cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pipeline passed an empty user name or password</source>
        <translation>La canalización pasó un nombre de usuario o una contraseña vacíos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in step received an empty user name or password. In a pipeline this usually means that the secret variable is not set, is misspelled, or is not available to this run (for example in a pull request from a fork, or in another environment or variable group).</source>
        <translation>El paso de inicio de sesión recibió un nombre de usuario o una contraseña vacíos. En una canalización, esto suele significar que la variable secreta no está definida, está mal escrita o no está disponible para esta ejecución (por ejemplo, en una solicitud de incorporación de cambios desde una bifurcación, o en otro entorno o grupo de variables).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pod&apos;s image pull secret is missing or does not fit</source>
        <translation>Falta el secreto de extracción de imágenes del pod o no corresponde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kubernetes pulls the image with the secrets named in the pod&apos;s imagePullSecrets or in its service account. The secret named there does not exist in the pod&apos;s namespace, or it holds credentials for another registry, so the node pulls without signing in.</source>
        <translation>Kubernetes extrae la imagen con los secretos indicados en imagePullSecrets del pod o en su cuenta de servicio. El secreto indicado no existe en el espacio de nombres del pod o contiene credenciales de otro registro, así que el nodo extrae la imagen sin iniciar sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image has no variant for this platform</source>
        <translation>La imagen no tiene ninguna variante para esta plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag points to a list of images for several platforms (operating system and processor), and none of them is for the platform that pulls it, for example linux/arm64 on an Apple silicon Mac or an Arm node. This is not a sign-in problem.</source>
        <translation>La etiqueta apunta a una lista de imágenes para varias plataformas (sistema operativo y procesador), y ninguna es para la plataforma que la extrae, por ejemplo linux/arm64 en un Mac con Apple silicon o en un nodo Arm. No es un problema de inicio de sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multifactor authentication or Conditional Access blocks the sign-in</source>
        <translation>La autenticación multifactor o el acceso condicional bloquea el inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Entra ID refused to issue a token without multifactor authentication, or a Conditional Access policy blocks this sign-in (AADSTS50076, AADSTS50079, AADSTS53003). A sign-in without a person present, such as a password in a script, cannot satisfy it: sign in interactively, or use a service principal or a managed identity for automation.</source>
        <translation>Microsoft Entra ID se negó a emitir un token sin autenticación multifactor, o una directiva de acceso condicional bloquea este inicio de sesión (AADSTS50076, AADSTS50079, AADSTS53003). Un inicio de sesión sin una persona presente, como una contraseña en un script, no puede cumplirlo: inicia sesión de forma interactiva o usa una entidad de servicio o una identidad administrada para la automatización.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The BuildKit builder does not trust the registry&apos;s certificate</source>
        <translation>El generador de BuildKit no confía en el certificado del registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>docker buildx builds in a separate BuildKit container (the docker-container driver) with its own list of trusted certificate authorities. A certificate authority that this computer or Docker trusts, such as a company proxy&apos;s or a private registry&apos;s, is not trusted inside the builder, so the build cannot pull or push.</source>
        <translation>docker buildx compila en un contenedor de BuildKit independiente (el controlador docker-container) con su propia lista de entidades de certificación de confianza. Una entidad de certificación en la que confían este equipo o Docker, como la de un proxy de la empresa o la de un registro privado, no es de confianza dentro del generador, así que la compilación no puede extraer ni insertar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The docker command is Podman</source>
        <translation>El comando docker es Podman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this computer, docker runs Podman through its Docker emulation. Podman keeps its sign-ins in its own file (auth.json) and has no Docker engine or Docker Desktop, so advice about the Docker daemon, Docker Desktop or Docker&apos;s credential store does not apply; use Podman&apos;s commands instead.</source>
        <translation>En este equipo, docker ejecuta Podman mediante su emulación de Docker. Podman guarda sus inicios de sesión en su propio archivo (auth.json) y no tiene motor de Docker ni Docker Desktop, así que los consejos sobre el demonio de Docker, Docker Desktop o el almacén de credenciales de Docker no se aplican; usa en su lugar los comandos de Podman.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure CLI is too old for this command</source>
        <translation>La CLI de Azure es demasiado antigua para este comando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The installed Azure CLI does not know an option that the command uses, such as --expose-token of az acr login. Update the Azure CLI, then run the command again.</source>
        <translation>La CLI de Azure instalada no conoce una opción que usa el comando, como --expose-token de az acr login. Actualiza la CLI de Azure y vuelve a ejecutar el comando.</translation>
    </message>
    <message>
        <location line="+306"/>
        <source>Get the registry token without Docker and sign in with your client; the user name is 00000000-0000-0000-0000-000000000000 (shown here for Podman; for Helm use helm registry login):</source>
        <translation>Obtén el token del registro sin Docker e inicia sesión con tu cliente; el nombre de usuario es 00000000-0000-0000-0000-000000000000 (aquí para Podman; para Helm usa helm registry login):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check that the secret is defined for this pipeline and this run, and that the step reads it by its exact name. Stop the job early when it is empty:</source>
        <translation>Comprueba que el secreto está definido para esta canalización y esta ejecución, y que el paso lo lee por su nombre exacto. Detén el trabajo al principio cuando esté vacío:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See which pull secret the pod names, and whether it exists in the pod&apos;s namespace:</source>
        <translation>Mira qué secreto de extracción indica el pod y si existe en el espacio de nombres del pod:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On AKS, let the cluster pull with its own identity instead of a secret:</source>
        <translation>En AKS, deja que el clúster extraiga con su propia identidad en lugar de un secreto:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See which platforms the tag offers, then pull one of them explicitly or build the image for your platform too:</source>
        <translation>Mira qué plataformas ofrece la etiqueta y luego extrae una de ellas explícitamente o compila la imagen también para tu plataforma:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in again interactively, so that you can complete multifactor authentication, then sign in to the registry:</source>
        <translation>Vuelve a iniciar sesión de forma interactiva para completar la autenticación multifactor y luego inicia sesión en el registro:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For pipelines and scripts, sign in with a service principal or a managed identity instead of a user account.</source>
        <translation>Para canalizaciones y scripts, inicia sesión con una entidad de servicio o una identidad administrada en lugar de una cuenta de usuario.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a BuildKit configuration file, buildkitd.toml, that trusts your certificate authority for this registry (give the path of its PEM file on this computer):</source>
        <translation>Escribe un archivo de configuración de BuildKit, buildkitd.toml, que confíe en tu entidad de certificación para este registro (indica la ruta de su archivo PEM en este equipo):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a builder with that configuration and use it:</source>
        <translation>Crea un generador con esa configuración y úsalo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in with Podman, then check that Podman has a sign-in for the registry:</source>
        <translation>Inicia sesión con Podman y luego comprueba que Podman tiene un inicio de sesión para el registro:</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>%1: signing in</source>
        <translation>%1: inicio de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: permissions</source>
        <translation>%1: permisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: pull limits</source>
        <translation>%1: límites de extracción</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The token used as the password has expired or was revoked. Access tokens and robot account secrets have the expiry date chosen when they were created; create a new one and sign in again.</source>
        <translation>El token usado como contraseña ha expirado o se ha revocado. Los tokens de acceso y los secretos de las cuentas robot tienen la fecha de expiración elegida al crearlos; crea uno nuevo y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker Hub refused the user name or password. The user name is your Docker ID, not your e-mail address. With two-step verification on, or when your organization enforces single sign-on, the password must be a personal access token instead of your account password.</source>
        <translation>Docker Hub rechazó el nombre de usuario o la contraseña. El nombre de usuario es tu Docker ID, no tu dirección de correo electrónico. Con la verificación en dos pasos activada, o si tu organización exige el inicio de sesión único, la contraseña debe ser un token de acceso personal en lugar de la contraseña de la cuenta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but Docker Hub does not let this account do this on the repository: the repository is private and the account has no access to it, or the access token is read-only and you are pushing.</source>
        <translation>El inicio de sesión funciona, pero Docker Hub no permite a esta cuenta hacer esto en el repositorio: el repositorio es privado y la cuenta no tiene acceso, o el token de acceso es de solo lectura y estás insertando.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Docker Hub limits how many pulls an account or an IP address may make in a period of hours. Pulls while signed in count against your account&apos;s limit; anonymous pulls against your IP address&apos;s, shared with everyone behind it. Signing in, a paid plan or a registry mirror raises the limit.</source>
        <translation>Docker Hub limita cuántas extracciones puede hacer una cuenta o una dirección IP en un periodo de horas. Las extracciones con sesión iniciada cuentan para el límite de tu cuenta; las anónimas, para el de tu dirección IP, compartido con todos los que la usan. Iniciar sesión, un plan de pago o un espejo del registro aumenta el límite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub Container Registry refused the credentials. The user name is your GitHub login and the password a personal access token (classic) with the read:packages scope, and write:packages to push; your GitHub password and fine-grained tokens are not accepted. In GitHub Actions, use GITHUB_TOKEN.</source>
        <translation>GitHub Container Registry rechazó las credenciales. El nombre de usuario es tu inicio de sesión de GitHub y la contraseña un token de acceso personal (classic) con el ámbito read:packages, y write:packages para insertar; no se aceptan tu contraseña de GitHub ni los tokens específicos. En GitHub Actions, usa GITHUB_TOKEN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but GitHub does not let this token do this on the package: a personal access token (classic) needs read:packages to pull and write:packages to push, and your account needs access to the package. In GitHub Actions, the package must give the workflow&apos;s repository access (package settings, Manage Actions access).</source>
        <translation>El inicio de sesión funciona, pero GitHub no permite a este token hacer esto en el paquete: un token de acceso personal (classic) necesita read:packages para extraer y write:packages para insertar, y tu cuenta necesita acceso al paquete. En GitHub Actions, el paquete debe dar acceso al repositorio del flujo de trabajo (configuración del paquete, Manage Actions access).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon ECR refused the credentials. The user name is always AWS and the password a token from aws ecr get-login-password, made for the registry&apos;s own region and account; your AWS access keys are not a registry password.</source>
        <translation>Amazon ECR rechazó las credenciales. El nombre de usuario es siempre AWS y la contraseña un token de aws ecr get-login-password, creado para la región y la cuenta del registro; tus claves de acceso de AWS no son una contraseña del registro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Amazon ECR&apos;s sign-in tokens last 12 hours. The saved token is older than that, so the registry no longer accepts it; get a new one (or let the docker-credential-ecr-login helper get one each time).</source>
        <translation>Los tokens de inicio de sesión de Amazon ECR duran 12 horas. El token guardado es más antiguo, así que el registro ya no lo acepta; obtén uno nuevo (o deja que el asistente docker-credential-ecr-login obtenga uno cada vez).</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The sign-in works, but the AWS identity that made the token may not do this on the repository: pulling needs ecr:BatchGetImage and ecr:GetDownloadUrlForLayer (the AmazonEC2ContainerRegistryReadOnly policy has them), pushing also ecr:PutImage and the layer upload actions. A repository policy can also deny it.</source>
        <translation>El inicio de sesión funciona, pero la identidad de AWS que creó el token no puede hacer esto en el repositorio: extraer necesita ecr:BatchGetImage y ecr:GetDownloadUrlForLayer (la directiva AmazonEC2ContainerRegistryReadOnly los tiene), insertar también ecr:PutImage y las acciones de carga de capas. Una directiva del repositorio también puede denegarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon ECR Public refused the credentials. The user name is always AWS and the password a token from aws ecr-public get-login-password --region us-east-1.</source>
        <translation>Amazon ECR Public rechazó las credenciales. El nombre de usuario es siempre AWS y la contraseña un token de aws ecr-public get-login-password --region us-east-1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Google&apos;s registry refused the credentials. With the gcloud CLI, gcloud auth configure-docker for this host lets Docker use your gcloud sign-in. By hand, the user name is oauth2accesstoken with a token from gcloud auth print-access-token, or _json_key (or _json_key_base64) with a service account key.</source>
        <translation>El registro de Google rechazó las credenciales. Con la CLI de gcloud, gcloud auth configure-docker para este host permite que Docker use tu inicio de sesión de gcloud. A mano, el nombre de usuario es oauth2accesstoken con un token de gcloud auth print-access-token, o _json_key (o _json_key_base64) con una clave de cuenta de servicio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google access tokens last one hour. A token given to docker login by hand stops working after that; the gcloud credential helper (gcloud auth configure-docker) gets a new one every time.</source>
        <translation>Los tokens de acceso de Google duran una hora. Un token dado a mano a docker login deja de funcionar después; el asistente de credenciales de gcloud (gcloud auth configure-docker) obtiene uno nuevo cada vez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in works, but the Google account or service account lacks the role: pulling needs Artifact Registry Reader (roles/artifactregistry.reader) on the repository or project, pushing Artifact Registry Writer (roles/artifactregistry.writer).</source>
        <translation>El inicio de sesión funciona, pero a la cuenta de Google o de servicio le falta el rol: extraer necesita Artifact Registry Reader (roles/artifactregistry.reader) en el repositorio o el proyecto, insertar Artifact Registry Writer (roles/artifactregistry.writer).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Harbor refused the credentials. Use your Harbor user name and password (with single sign-on, the CLI secret from your user profile), or a robot account: its name starts with robot$ and its password is the secret shown when it was created. In a shell, put the name in single quotes, or the $ and what follows disappear.</source>
        <translation>Harbor rechazó las credenciales. Usa tu nombre de usuario y contraseña de Harbor (con inicio de sesión único, el secreto de CLI de tu perfil de usuario), o una cuenta robot: su nombre empieza por robot$ y su contraseña es el secreto que se mostró al crearla. En un shell, pon el nombre entre comillas simples, o el $ y lo que sigue desaparecen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but the account is not a member of this Harbor project with enough rights (Guest to pull, Developer to push), or the robot account lacks the pull or push permission for the project.</source>
        <translation>El inicio de sesión funciona, pero la cuenta no es miembro de este proyecto de Harbor con derechos suficientes (Guest para extraer, Developer para insertar), o a la cuenta robot le falta el permiso pull o push para el proyecto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quay refused the credentials. Use your Quay user name with an encrypted password, or a robot account (a name like organization+robot) with its token; both come from Quay&apos;s account or organization settings.</source>
        <translation>Quay rechazó las credenciales. Usa tu nombre de usuario de Quay con una contraseña cifrada, o una cuenta robot (un nombre como organización+robot) con su token; ambos están en la configuración de la cuenta o de la organización en Quay.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but the account or robot account has no read (or write) permission on this repository; an administrator of the organization grants it in the repository&apos;s settings.</source>
        <translation>El inicio de sesión funciona, pero la cuenta o la cuenta robot no tiene permiso de lectura (o escritura) en este repositorio; un administrador de la organización lo concede en la configuración del repositorio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitLab refused the credentials. Use your GitLab user name with a personal access token that has the read_registry scope (write_registry to push), or a deploy token; in a pipeline, CI_REGISTRY_USER with CI_JOB_TOKEN. With two-factor authentication on, your account password does not work.</source>
        <translation>GitLab rechazó las credenciales. Usa tu nombre de usuario de GitLab con un token de acceso personal con el ámbito read_registry (write_registry para insertar), o un token de implementación; en una canalización, CI_REGISTRY_USER con CI_JOB_TOKEN. Con la autenticación en dos fases activada, la contraseña de la cuenta no funciona.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but this token or user may not do this on the project&apos;s registry: the token needs read_registry (write_registry to push), and the user at least the Reporter role on the project (Developer to push).</source>
        <translation>El inicio de sesión funciona, pero este token o usuario no puede hacer esto en el registro del proyecto: el token necesita read_registry (write_registry para insertar) y el usuario al menos el rol Reporter en el proyecto (Developer para insertar).</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>The saved login is for another registry address</source>
        <translation>El inicio de sesión guardado es para otra dirección de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker keeps one login per registry address. It has a login for a neighbouring address (another AWS account or region, another Google registry host), but none for the one you use, so it sends no credentials. Each ECR account and region is a registry of its own, and gcloud auth configure-docker sets up only the hosts it is given.</source>
        <translation>Docker guarda un inicio de sesión por dirección de registro. Tiene uno para una dirección vecina (otra cuenta o región de AWS, otro host de registro de Google), pero ninguno para la que usas, así que no envía credenciales. Cada cuenta y región de ECR es un registro propio, y gcloud auth configure-docker solo configura los hosts que se le indican.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An e-mail address is used as the user name</source>
        <translation>Se usa una dirección de correo electrónico como nombre de usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name is an e-mail address, but this registry signs in with a login name: your Docker ID on Docker Hub, your GitHub login on GitHub, AWS on Amazon ECR, oauth2accesstoken or _json_key on Google, a user or robot name on Quay; on Azure, a service principal&apos;s application (client) ID, the admin user name or a token name.</source>
        <translation>El nombre de usuario es una dirección de correo electrónico, pero este registro espera un nombre de inicio de sesión: tu Docker ID en Docker Hub, tu inicio de sesión de GitHub en GitHub, AWS en Amazon ECR, oauth2accesstoken o _json_key en Google, un nombre de usuario o de robot en Quay; en Azure, el Id. de aplicación (cliente) de una entidad de servicio, el nombre de la cuenta de administrador o un nombre de token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure CLI is signed in to another Azure cloud</source>
        <translation>La CLI de Azure ha iniciado sesión en otra nube de Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registries in Azure operated by 21Vianet (.azurecr.cn) and Azure Government (.azurecr.us) live in clouds of their own, with their own accounts. The Azure CLI is signed in to a different cloud than the registry&apos;s, so az acr login cannot get a token for it (Microsoft Entra ID answers with errors such as AADSTS90002).</source>
        <translation>Los registros de Azure operado por 21Vianet (.azurecr.cn) y Azure Government (.azurecr.us) están en nubes propias, con cuentas propias. La CLI de Azure ha iniciado sesión en una nube distinta de la del registro, así que az acr login no puede obtener un token (Microsoft Entra ID responde con errores como AADSTS90002).</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Configure rules to access a registry behind a firewall</source>
        <translation>Configuración de reglas para acceder a un registro detrás de un firewall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dedicated data endpoints</source>
        <translation>Puntos de conexión de datos dedicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View repositories in a registry</source>
        <translation>Visualización de repositorios en un registro</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The image does not exist in this registry</source>
        <translation>La imagen no existe en este registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in works and the registry answered, but it has no image by this name: the repository or its tag does not exist, as opposed to existing and being refused to you. Clients report it as &quot;manifest unknown&quot;, &quot;name unknown&quot; or &quot;not found&quot;. The name is often misspelled, lacks its namespace (team/app), points at another registry, or the tag was never pushed.</source>
        <translation>El inicio de sesión funciona y el registro respondió, pero no tiene ninguna imagen con este nombre: el repositorio o su etiqueta no existe, lo cual es distinto de existir y que se te deniegue. Los clientes lo indican como &quot;manifest unknown&quot;, &quot;name unknown&quot; o &quot;not found&quot;. A menudo el nombre está mal escrito, le falta el espacio de nombres (team/app), apunta a otro registro o la etiqueta nunca se insertó.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers cannot be downloaded: the data endpoint is blocked</source>
        <translation>No se pueden descargar las capas: el punto de conexión de datos está bloqueado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in works, but a registry does not send image layers itself: it redirects the download to another host (a storage account, a CDN, or for Azure Container Registry with dedicated data endpoints REGISTRY.REGION.data.azurecr.io). This network does not let this computer reach that host, so pulls stop at the first layer. The firewall must allow that host as well as the registry.</source>
        <translation>El inicio de sesión funciona, pero un registro no envía por sí mismo las capas de las imágenes: redirige la descarga a otro host (una cuenta de almacenamiento, una CDN o, en Azure Container Registry con puntos de conexión de datos dedicados, REGISTRY.REGION.data.azurecr.io). Esta red no deja que este equipo llegue a ese host, así que la extracción se detiene en la primera capa. El firewall debe permitir ese host además del registro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry speaks plain HTTP, not HTTPS</source>
        <translation>El registro usa HTTP sin cifrar, no HTTPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answers without TLS. Docker uses HTTPS for every registry outside 127.0.0.0/8, and Podman and Skopeo for every registry not marked insecure; they stop with &quot;server gave HTTP response to HTTPS client&quot;. Either set up TLS on the registry, or list it as an insecure registry in the client&apos;s settings; credentials then travel unencrypted.</source>
        <translation>El registro responde sin TLS. Docker usa HTTPS para todos los registros fuera de 127.0.0.0/8, y Podman y Skopeo para todos los registros no marcados como no seguros; se detienen con &quot;server gave HTTP response to HTTPS client&quot;. Configura TLS en el registro o inclúyelo como registro no seguro en la configuración del cliente; entonces las credenciales viajan sin cifrar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s token service cannot be used</source>
        <translation>No se puede usar el servicio de tokens del registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered and sent clients to a token service at another address (the realm of its challenge), and that service cannot be reached or does not answer as a token service does. Every client fails the same way. This is usually a setting of a self-hosted registry (its token realm names an internal address, a wrong port or a service that is not running), not a problem with your password.</source>
        <translation>El registro respondió y envió a los clientes a un servicio de tokens en otra dirección (el realm de su desafío de autenticación), pero ese servicio no es accesible o no responde como lo hace un servicio de tokens. Todos los clientes fallan de la misma forma. Suele ser una configuración de un registro autohospedado (su realm de token indica una dirección interna, un puerto incorrecto o un servicio que no está en ejecución), no un problema de tu contraseña.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Azure ABAC repository permissions</source>
        <translation>Permisos de repositorio de Azure ABAC</translation>
    </message>
    <message>
        <location line="+447"/>
        <source>Compare the connection over IPv6 and over IPv4 (in PowerShell, give the addresses that Resolve-DnsName shows):</source>
        <translation>Compara la conexión por IPv6 y por IPv4 (en PowerShell, indica las direcciones que muestra Resolve-DnsName):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask your network administrator for a working IPv6 route. Until then, turn IPv6 off on the network adapter that has no IPv6 route (Windows: give the adapter&apos;s name; Linux: for all interfaces, until the next restart):</source>
        <translation>Pide a tu administrador de red una ruta IPv6 que funcione. Hasta entonces, desactiva IPv6 en el adaptador de red que no tiene ruta IPv6 (Windows: indica el nombre del adaptador; Linux: para todas las interfaces, hasta el próximo reinicio):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the registry&apos;s permissions mode (AbacRepositoryPermissions means ABAC repository permissions):</source>
        <translation>Comprueba el modo de permisos del registro (AbacRepositoryPermissions significa permisos de repositorio ABAC):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the registry owner to assign the Container Registry Repository role instead of AcrPull or AcrPush (Reader to pull, Writer to push, Contributor to delete too):</source>
        <translation>Pide al propietario del registro que asigne el rol Container Registry Repository en lugar de AcrPull o AcrPush (Reader para extraer, Writer para insertar, Contributor también para eliminar):</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>The registry is reachable over IPv4 but not over IPv6</source>
        <translation>El registro es accesible por IPv4, pero no por IPv6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s name has IPv6 and IPv4 addresses, and this network has no working IPv6 route: connecting over IPv6 fails, over IPv4 it works. Programs that try IPv6 first and do not fall back to IPv4 stop with errors such as &quot;connect: network is unreachable&quot; next to an address in brackets. Either the network gets a working IPv6 route, or this computer stops offering IPv6 where it has none.</source>
        <translation>El nombre del registro tiene direcciones IPv6 e IPv4, y esta red no tiene una ruta IPv6 que funcione: la conexión por IPv6 falla y por IPv4 funciona. Los programas que prueban primero IPv6 y no recurren a IPv4 se detienen con errores como &quot;connect: network is unreachable&quot; junto a una dirección entre corchetes. O la red obtiene una ruta IPv6 que funcione, o este equipo deja de ofrecer IPv6 donde no lo tiene.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry uses ABAC repository permissions, where AcrPull and AcrPush do not apply</source>
        <translation>El registro usa permisos de repositorio ABAC, donde AcrPull y AcrPush no se aplican</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s role assignment permissions mode is &quot;RBAC Registry + ABAC Repository Permissions&quot;. In this mode the AcrPull, AcrPush and AcrDelete roles are not honoured, and Owner, Contributor and Reader give no access to repositories: pulling needs Container Registry Repository Reader, pushing Container Registry Repository Writer, deleting Container Registry Repository Contributor, on the registry or, with an ABAC condition, on some repositories.</source>
        <translation>El modo de permisos de asignación de roles del registro es &quot;RBAC Registry + ABAC Repository Permissions&quot;. En este modo, los roles AcrPull, AcrPush y AcrDelete no se respetan, y Owner, Contributor y Reader no dan acceso a los repositorios: para extraer (pull) se necesita Container Registry Repository Reader, para insertar (push) Container Registry Repository Writer y para eliminar Container Registry Repository Contributor, en el registro o, con una condición ABAC, en algunos repositorios.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Docker: daemon proxy configuration</source>
        <translation>Docker: configuración de proxy del demonio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker Desktop: proxy settings</source>
        <translation>Docker Desktop: configuración de proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker: insecure registries</source>
        <translation>Docker: registros no seguros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker: certificates for a registry</source>
        <translation>Docker: certificados para un registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker contexts</source>
        <translation>Contextos de Docker</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The Docker engine uses another proxy than this computer</source>
        <translation>El motor de Docker usa otro proxy distinto al de este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>docker pull, docker push and, while the engine runs, docker login do not connect from your terminal: the Docker engine connects, with its own proxy settings. Those differ from the ones this check used (your environment&apos;s), so the engine can fail where this check succeeds, or the other way round.</source>
        <translation>docker pull, docker push y, mientras el motor se ejecuta, docker login no se conectan desde tu terminal: se conecta el motor de Docker, con su propia configuración de proxy. Esa configuración es distinta de la que usó esta comprobación (la de tu entorno), así que el motor puede fallar donde esta comprobación funciona, o al revés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker does not check this registry&apos;s certificate</source>
        <translation>Docker no comprueba el certificado de este registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Docker engine lists the registry among its insecure registries, so Docker connects without verifying the certificate (and falls back to plain HTTP). That is why docker login can succeed while other programs refuse the connection. Podman, Skopeo, Helm, the Azure CLI and browsers verify certificates and fail, and passwords sent to an unverified server can be read by whoever answers in its place.</source>
        <translation>El motor de Docker incluye el registro entre sus registros no seguros, así que Docker se conecta sin verificar el certificado (y recurre a HTTP sin cifrar). Por eso docker login puede funcionar mientras otros programas rechazan la conexión. Podman, Skopeo, Helm, la CLI de Azure y los navegadores verifican los certificados y fallan, y las contraseñas enviadas a un servidor no verificado las puede leer quien responda en su lugar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine is not on this computer</source>
        <translation>El motor de Docker no está en este equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulls and pushes are made by the Docker engine, and it runs somewhere else: in Docker Desktop&apos;s virtual machine, in WSL 2, or on another machine through a Docker context or DOCKER_HOST. Its name resolution, trusted certificates and proxy can differ from this computer&apos;s, which this check tested.</source>
        <translation>Las extracciones y los envíos los hace el motor de Docker, y se ejecuta en otro lugar: en la máquina virtual de Docker Desktop, en WSL 2 o en otra máquina a través de un contexto de Docker o de DOCKER_HOST. Su resolución de nombres, sus certificados de confianza y su proxy pueden ser distintos de los de este equipo, que son los que comprobó esta comprobación.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was given to sign in with, and %1 has nothing saved for this registry. %1 then tries without signing in, and the registry answers unauthorized.</source>
        <translation>No se indicó nada con lo que iniciar sesión, y %1 no tiene nada guardado para este registro. Entonces %1 lo intenta sin iniciar sesión y el registro responde unauthorized (no autorizado).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s credential store is not working</source>
        <translation>El almacén de credenciales de %1 no funciona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asks a credential store (a docker-credential helper such as pass, secretservice, Windows Credential Manager or macOS Keychain) for the registry&apos;s login. The store named in its settings is missing or fails, so %1 cannot save or read the registry&apos;s credentials.</source>
        <translation>%1 pide el inicio de sesión del registro a un almacén de credenciales (un asistente docker-credential como pass, secretservice, el Administrador de credenciales de Windows o el Llavero de macOS). El almacén indicado en su configuración falta o falla, así que %1 no puede guardar ni leer las credenciales del registro.</translation>
    </message>
</context>
<context>
    <name>rd::CertificateFactory</name>
    <message>
        <location filename="../src/core/practice/certificate_factory.cpp" line="+43"/>
        <source>Could not create a certificate (%1).</source>
        <translation>No se pudo crear un certificado (%1).</translation>
    </message>
</context>
<context>
    <name>rd::ChallengeProbe</name>
    <message>
        <location filename="../src/core/probes/challenge_probe.cpp" line="+20"/>
        <source>Skipped: no connection to the registry.</source>
        <translation>Omitida: no hay conexión con el registro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skipped: no secure connection to the registry could be set up, so nothing is sent to it.</source>
        <translation>Omitido: no se pudo establecer una conexión segura con el registro, así que no se le envía nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: the secure connection is not trusted, so nothing is sent to the registry.</source>
        <translation>Omitida: la conexión segura no es de confianza, así que no se envía nada al registro.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The registry did not answer: %1</source>
        <translation>El registro no respondió: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The registry answered 401 but did not say how to sign in (no WWW-Authenticate header).</source>
        <translation>El registro respondió 401, pero no indicó cómo iniciar sesión (falta el encabezado WWW-Authenticate).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s sign-in challenge could not be read: %1</source>
        <translation>No se pudo leer el desafío de inicio de sesión del registro: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The registry answers and asks for a token from %1 (service %2).</source>
        <translation>El registro responde y pide un token a %1 (servicio %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry answers and asks for a user name and password (Basic sign-in).</source>
        <translation>El registro responde y pide nombre de usuario y contraseña (inicio de sesión Basic).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry asks for an unusual kind of sign-in: %1.</source>
        <translation>El registro pide un tipo de inicio de sesión poco habitual: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answers and lets anyone in without signing in.</source>
        <translation>El registro responde y deja entrar a cualquiera sin iniciar sesión.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry refused the connection with 403 Forbidden before any sign-in.</source>
        <translation>El registro rechazó la conexión con 403 Forbidden antes de cualquier inicio de sesión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused the connection: your IP address %1 is not allowed by its firewall.</source>
        <translation>El registro rechazó la conexión: su firewall no permite tu dirección IP %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry answered 429: too many requests right now.</source>
        <translation>El registro respondió 429: demasiadas solicitudes en este momento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered 429: too many requests; it asks to wait %1 seconds.</source>
        <translation>El registro respondió 429: demasiadas solicitudes; pide esperar %1 segundos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry answered %1: a problem on the server&apos;s side.</source>
        <translation>El registro respondió %1: un problema por parte del servidor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The address answered with a redirect (%1) at /v2/ without saying where to; a container registry never does this, and the check does not follow redirects.</source>
        <translation>La dirección respondió con una redirección (%1) en /v2/ sin indicar adónde; un registro de contenedores nunca hace esto, y la comprobación no sigue redirecciones.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address answered with a redirect (%1) to %2; a container registry never redirects /v2/, and the check does not follow it: the address leads to a web page or a sign-in portal, not to a registry.</source>
        <translation>La dirección respondió con una redirección (%1) a %2; un registro de contenedores nunca redirige /v2/, y la comprobación no la sigue: la dirección lleva a una página web o a un portal de inicio de sesión, no a un registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address answered %1 at /v2/, which a container registry never does: it is not a registry, or the address is wrong.</source>
        <translation>La dirección respondió %1 en /v2/, algo que un registro de contenedores nunca hace: no es un registro o la dirección es incorrecta.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/challenge_probe.h" line="+19"/>
        <source>Registry answer</source>
        <translation>Respuesta del registro</translation>
    </message>
    <message>
        <location filename="../src/core/probes/challenge_probe.cpp" line="-44"/>
        <source>The registry answers and asks for a token from %1.</source>
        <translation>El registro responde y pide un token a %1.</translation>
    </message>
</context>
<context>
    <name>rd::Check</name>
    <message>
        <location filename="../src/core/diagnosis/check.cpp" line="+106"/>
        <source>Not run: the check was cancelled.</source>
        <translation>No ejecutada: la comprobación se canceló.</translation>
    </message>
</context>
<context>
    <name>rd::CheckingPage</name>
    <message>
        <location filename="../src/gui/checking_page.cpp" line="+79"/>
        <source>Checking</source>
        <extracomment>Name of the third step in the side list of steps (the check is running). Short: one or two words.</extracomment>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show &amp;results</source>
        <translation>Mostrar &amp;resultados</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>The check could not start: %1</source>
        <translation>No se pudo iniciar la comprobación: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking the registry…</source>
        <translation>Comprobando el registro…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check was stopped</source>
        <translation>La comprobación se detuvo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check finished</source>
        <translation>Comprobación terminada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked %1</source>
        <translation>%1 comprobado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the registry</source>
        <translation>Comprobación del registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking %1</source>
        <translation>Comprobación de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %n checks done. This usually takes a few seconds.</source>
        <translation>
            <numerusform>Comprobaciones completadas: %1 de %n. Suele tardar unos segundos.</numerusform>
            <numerusform>Comprobaciones completadas: %1 de %n. Suele tardar unos segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n checks ran before you stopped. Go on to see what they found.</source>
        <translation>
            <numerusform>Comprobaciones ejecutadas antes de detenerla: %1 de %n. Continúa para ver qué encontraron.</numerusform>
            <numerusform>Comprobaciones ejecutadas antes de detenerla: %1 de %n. Continúa para ver qué encontraron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %n checks done in %1. No problem found.</source>
        <translation>
            <numerusform>%n comprobación completada en %1. No se encontró ningún problema.</numerusform>
            <numerusform>Las %n comprobaciones se completaron en %1. No se encontró ningún problema.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check starts in a moment.</source>
        <translation>La comprobación empezará en un momento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <extracomment>Screen-reader name of the progress bar.</extracomment>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks</source>
        <extracomment>Screen-reader name of the list of individual checks (noun, plural).</extracomment>
        <translation>Comprobaciones</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>All %1 checks done in %2. %n problem(s) found.</source>
        <extracomment>%1 is the number of checks (always several), %2 how long they took; %n counts the problems.</extracomment>
        <translation>
            <numerusform>Las %1 comprobaciones se completaron en %2. Se encontró %n problema.</numerusform>
            <numerusform>Las %1 comprobaciones se completaron en %2. Se encontraron %n problemas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CliApp</name>
    <message>
        <location filename="../src/cli/cli_app.cpp" line="+124"/>
        <source>Run registry-doctor-cli --help for usage.</source>
        <translation>Ejecuta registry-doctor-cli --help para ver cómo se usa.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Passwords are never accepted as arguments: they would be visible to other programs and kept in your shell history. Use --password-stdin.</source>
        <translation>Las contraseñas nunca se aceptan como argumentos: otros programas podrían verlas y quedarían en el historial de tu shell. Usa --password-stdin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use &quot;practice --list&quot; to see the scenarios, and &quot;check --practice SCENARIO&quot; to run one.</source>
        <translation>Usa &quot;practice --list&quot; para ver los escenarios y &quot;check --practice SCENARIO&quot; para ejecutar uno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command: %1</source>
        <translation>Comando desconocido: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give one registry only.</source>
        <translation>Indica un solo registro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which registry? Example: registry-doctor-cli check myregistry.azurecr.io</source>
        <translation>¿Qué registro? Ejemplo: registry-doctor-cli check myregistry.azurecr.io</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+138"/>
        <source>Unknown format &quot;%1&quot;: use text, json or markdown.</source>
        <translation>Formato &quot;%1&quot; desconocido: usa text, json o markdown.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>--action must be pull or push.</source>
        <translation>--action debe ser pull o push.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository names are lowercase, without spaces: %1</source>
        <translation>Los nombres de repositorio van en minúsculas y sin espacios: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown sign-in method &quot;%1&quot;: use auto, azure-cli, password, token, docker or azure-service.</source>
        <translation>Método de inicio de sesión &quot;%1&quot; desconocido: usa auto, azure-cli, password, token, docker o azure-service.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking as Docker sees it (%1).</source>
        <translation>Comprobando desde el punto de vista de Docker (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking as Podman sees it: %1 is Podman&apos;s Docker emulation.</source>
        <translation>Comprobando desde el punto de vista de Podman: %1 es la emulación de Docker de Podman.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking as Podman sees it: there is no docker command, only %1.</source>
        <translation>Comprobando desde el punto de vista de Podman: no hay ningún comando docker, solo %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking as Docker sees it: neither docker nor podman is installed.</source>
        <translation>Comprobando desde el punto de vista de Docker: no están instalados ni docker ni podman.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown symptom &quot;%1&quot;. See registry-doctor-cli symptoms.</source>
        <translation>Síntoma &quot;%1&quot; desconocido. Consulta registry-doctor-cli symptoms.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--timeout takes a number of seconds between 1 and 600.</source>
        <translation>--timeout necesita un número de segundos entre 1 y 600.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>No se puede leer el archivo de certificado %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--password-stdin needs --username.</source>
        <translation>--password-stdin necesita --username.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown practice scenario &quot;%1&quot;. See registry-doctor-cli practice --list.</source>
        <translation>Escenario de práctica &quot;%1&quot; desconocido. Consulta registry-doctor-cli practice --list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The practice registry could not start: %1</source>
        <translation>No se pudo iniciar el registro de práctica: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a registry address. %2</source>
        <translation>&quot;%1&quot; no es la dirección de un registro. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking %1...</source>
        <translation>Comprobando %1...</translation>
    </message>
    <message>
        <location line="+126"/>
        <location line="+26"/>
        <location line="+9"/>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <translation>Formato &quot;%1&quot; desconocido: usa text o json.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Paste the error message on standard input, for example:
  docker login myregistry.azurecr.io 2&gt;&amp;1 | registry-doctor-cli explain</source>
        <translation>Pega el mensaje de error en la entrada estándar, por ejemplo:
  docker login myregistry.azurecr.io 2&gt;&amp;1 | registry-doctor-cli explain</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This message is not one the tool knows. Run a full check instead:</source>
        <translation>La herramienta no conoce este mensaje. Ejecuta en su lugar una comprobación completa:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Likely causes: %1</source>
        <extracomment>%1 is a list of cause titles.</extracomment>
        <translation>Causas probables: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>To confirm, run:</source>
        <translation>Para confirmarlo, ejecuta:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Run one with: registry-doctor-cli check --practice SCENARIO</source>
        <translation>Ejecuta uno con: registry-doctor-cli check --practice SCENARIO</translation>
    </message>
    <message>
        <location line="-333"/>
        <location line="+25"/>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+88"/>
        <source>The report could not be written to standard output.</source>
        <translation>No se pudo escribir el informe en la salida estándar.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Printed by: %1</source>
        <extracomment>%1 is the program that printed the message: docker, buildkit, podman, helm, oras, containerd, kubelet, az, aws or gcloud.</extracomment>
        <translation>Mostrado por: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Most likely: %1</source>
        <extracomment>%1 is a cause title.</extracomment>
        <translation>Lo más probable: %1</translation>
    </message>
    <message>
        <location line="-389"/>
        <source>Every registry Docker has a login for, at once:
  registry-doctor-cli check --all [--timeout SECONDS] [--format text|json]
</source>
        <translation>Todos los registros para los que Docker tiene un inicio de sesión, a la vez:
  registry-doctor-cli check --all [--timeout SECONDS] [--format text|json]
</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>No saved logins found in %1.</source>
        <translation>No se encontraron inicios de sesión guardados en %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the saved logins in %1...</source>
        <translation>Comprobando los inicios de sesión guardados en %1...</translation>
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
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
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
        <translation>no comprobado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>works</source>
        <translation>funciona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fails</source>
        <translation>falla</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>--docker-config-json gives the credentials: do not give --username or --password-stdin with it.</source>
        <translation>--docker-config-json proporciona las credenciales: no indiques --username ni --password-stdin con él.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Cannot read the pull secret %1: %2</source>
        <translation>No se puede leer el secreto de extracción %1: %2</translation>
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
        <translation>Comprobando desde el punto de vista de Helm: no hay ningún comando docker ni podman, solo %1.</translation>
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
  registry-doctor-cli check --practice SCENARIO [opciones como arriba]
  registry-doctor-cli practice --list [--format json]
  registry-doctor-cli symptoms [--format json] [--lang CODE]
  registry-doctor-cli causes [--format json] [--lang CODE]
  registry-doctor-cli explain [--format text|json] [--lang CODE]   (el texto del error por la entrada estándar)
  registry-doctor-cli --version | --help

Averigua por qué falla el inicio de sesión en un registro de contenedores y explica cómo solucionarlo.
Las contraseñas y los tokens solo se leen de la entrada estándar (--password-stdin) o de lo que Docker haya guardado;
nunca los pases como argumentos.

Códigos de salida: 0 ningún problema encontrado, 1 problemas encontrados, 2 uso o entrada incorrectos, 3 no se pudo ejecutar la comprobación.
</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Unknown client &quot;%1&quot;: use docker, podman, helm or auto.</source>
        <translation>Cliente &quot;%1&quot; desconocido: usa docker, podman, helm o auto.</translation>
    </message>
</context>
<context>
    <name>rd::ClockProbe</name>
    <message>
        <location filename="../src/core/probes/clock_probe.cpp" line="+11"/>
        <source>Skipped: the registry&apos;s answer had no date to compare with.</source>
        <translation>Omitida: la respuesta del registro no traía una fecha con la que comparar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer&apos;s clock is %1 ahead of the registry&apos;s.</source>
        <translation>El reloj de este equipo va %1 adelantado respecto al del registro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s clock is %1 behind the registry&apos;s.</source>
        <translation>El reloj de este equipo va %1 atrasado respecto al del registro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer&apos;s clock agrees with the registry&apos;s (difference under a minute).</source>
        <translation>El reloj de este equipo coincide con el del registro (diferencia inferior a un minuto).</translation>
    </message>
    <message>
        <location filename="../src/core/probes/clock_probe.h" line="+15"/>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
</context>
<context>
    <name>rd::CollapsibleSection</name>
    <message>
        <location filename="../src/gui/collapsible_section.cpp" line="+89"/>
        <source>Expanded; press Space to fold</source>
        <translation>Expandido; pulsa Espacio para contraer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folded; press Space to open</source>
        <translation>Contraído; pulsa Espacio para expandir</translation>
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
        <translation>Copiado en el portapapeles</translation>
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
        <translation>Copiar en el portapapeles</translation>
    </message>
</context>
<context>
    <name>rd::CredentialStoreProbe</name>
    <message>
        <location filename="../src/core/probes/credential_store_probe.cpp" line="+21"/>
        <source>Docker&apos;s stored login</source>
        <translation>Inicio de sesión guardado por Docker</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Without a usable registry name there is nothing to look up in Docker&apos;s store.</source>
        <translation>Sin un nombre de registro utilizable, no hay nada que buscar en el almacén de Docker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker&apos;s configuration was not checked, so its stored login was not looked up.</source>
        <translation>No se comprobó la configuración de Docker, así que no se buscó su inicio de sesión guardado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Docker&apos;s config file could not be read, so what Docker has stored for this registry is unknown.</source>
        <translation>No se pudo leer el archivo de configuración de Docker, así que no se sabe qué tiene guardado Docker para este registro.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Docker has nothing stored for this registry (%1): no credential store is set and the config file holds no login for it.</source>
        <translation>Docker no tiene nada guardado para este registro (%1): no hay ningún almacén de credenciales configurado y el archivo de configuración no contiene ningún inicio de sesión para él.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Docker&apos;s config file holds an identity token for %1 (user %2), as left by az acr login.</source>
        <translation>El archivo de configuración de Docker contiene un token de identidad para %1 (usuario %2), tal como lo deja az acr login.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker&apos;s config file holds a user name and password for %1 (user %2).</source>
        <translation>El archivo de configuración de Docker contiene un nombre de usuario y una contraseña para %1 (usuario %2).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Docker&apos;s config names the credential store &quot;%1&quot; (%2), but its program %3 is not installed. Docker cannot save or read logins for this registry: install it, or remove &quot;%1&quot; from %2 in %4 and log in again.</source>
        <translation>La configuración de Docker indica el almacén de credenciales &quot;%1&quot; (%2), pero su programa %3 no está instalado. Docker no puede guardar ni leer inicios de sesión para este registro: instálalo, o quita &quot;%1&quot; de %2 en %4 y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The credential helper %1 could not be started: %2</source>
        <translation>No se pudo iniciar el asistente de credenciales %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The credential helper %1 did not answer within %n second(s). Docker waits for it on every login, push and pull; it may be waiting for an unlock prompt or be stuck.</source>
        <translation>
            <numerusform>El asistente de credenciales %1 no respondió en %n segundo. Docker lo espera en cada inicio de sesión, push y pull; puede que esté esperando una solicitud de desbloqueo o que se haya quedado bloqueado.</numerusform>
            <numerusform>El asistente de credenciales %1 no respondió en %n segundos. Docker lo espera en cada inicio de sesión, push y pull; puede que esté esperando una solicitud de desbloqueo o que se haya quedado bloqueado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The credential helper %1 crashed when Docker&apos;s login for %2 was asked for.</source>
        <translation>El asistente de credenciales %1 terminó de forma inesperada al pedirle el inicio de sesión de Docker para %2.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The credential store &quot;%1&quot; has an entry for %2 (user %3), but it holds no password or token.</source>
        <translation>El almacén de credenciales &quot;%1&quot; tiene una entrada para %2 (usuario %3), pero no contiene ninguna contraseña ni ningún token.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The credential store &quot;%1&quot; holds an identity token for %2 (user %3), as left by az acr login.</source>
        <translation>El almacén de credenciales &quot;%1&quot; contiene un token de identidad para %2 (usuario %3), tal como lo deja az acr login.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credential store &quot;%1&quot; holds a user name and password for %2 (user %3).</source>
        <translation>El almacén de credenciales &quot;%1&quot; contiene un nombre de usuario y una contraseña para %2 (usuario %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The credential store &quot;%1&quot; has nothing saved for this registry (%2): nobody has logged in to it with docker on this account, or the login was removed.</source>
        <translation>El almacén de credenciales &quot;%1&quot; no tiene nada guardado para este registro (%2): nadie ha iniciado sesión en él con docker desde esta cuenta, o se quitó el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The credential store &quot;%1&quot; fails: %2 answered &quot;%3&quot; (exit code %4). Docker cannot read or save logins for this registry while it fails.</source>
        <translation>El almacén de credenciales &quot;%1&quot; falla: %2 respondió &quot;%3&quot; (código de salida %4). Mientras falle, Docker no puede leer ni guardar inicios de sesión para este registro.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The credential store &quot;%1&quot; answered with something that is not a credential, so Docker cannot use it (%2 printed %n byte(s) of unreadable output).</source>
        <translation>
            <numerusform>El almacén de credenciales &quot;%1&quot; respondió con algo que no es una credencial, así que Docker no puede usarlo (%2 mostró %n byte de salida ilegible).</numerusform>
            <numerusform>El almacén de credenciales &quot;%1&quot; respondió con algo que no es una credencial, así que Docker no puede usarlo (%2 mostró %n bytes de salida ilegible).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-356"/>
        <source>Docker&apos;s config names the credential store &quot;%1&quot; (%2), which is not a program name (only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;). It was not run. Correct or remove it in %3, then log in again.</source>
        <translation>La configuración de Docker indica el almacén de credenciales &quot;%1&quot; (%2), que no es un nombre de programa (solo letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;). No se ejecutó. Corrígelo o quítalo en %3 y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Docker keeps logins with pass, but pass has not been set up on this account (%1 has no .gpg-id file). Nothing can be read from it, and docker login fails with &quot;pass not initialized&quot; until it is set up.</source>
        <translation>Docker guarda los inicios de sesión con pass, pero pass no se ha configurado en esta cuenta (%1 no tiene el archivo .gpg-id). No se puede leer nada de él, y docker login falla con &quot;pass not initialized&quot; hasta que se configure.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Docker keeps logins with pass, whose store (%1) is locked with the GPG key %2, but that key&apos;s secret part is not on this computer. pass cannot decrypt what it holds, so Docker cannot read or save logins.</source>
        <translation>Docker guarda los inicios de sesión con pass, cuyo almacén (%1) está cifrado con la clave GPG %2, pero la parte secreta de esa clave no está en este equipo. pass no puede descifrar lo que contiene, así que Docker no puede leer ni guardar inicios de sesión.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Docker keeps logins with secretservice, the desktop&apos;s keyring, which needs a desktop session: %1 answered &quot;%2&quot;. Over SSH, in a container or on a server there is none, so Docker cannot read or save logins.</source>
        <translation>Docker guarda los inicios de sesión con secretservice, el llavero del escritorio, que necesita una sesión de escritorio: %1 respondió &quot;%2&quot;. Por SSH, en un contenedor o en un servidor no hay ninguna, así que Docker no puede leer ni guardar inicios de sesión.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The credential store &quot;%1&quot; fails: %2 printed nothing and ended with exit code %3. Docker cannot read or save logins for this registry while it fails.</source>
        <translation>El almacén de credenciales &quot;%1&quot; falla: %2 no mostró nada y terminó con el código de salida %3. Mientras falle, Docker no puede leer ni guardar inicios de sesión para este registro.</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>Podman has nothing stored for this registry (%1): none of its login files holds a login for it.</source>
        <translation>Podman no tiene nada guardado para este registro (%1): ninguno de sus archivos de inicio de sesión contiene un inicio de sesión para él.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Helm has nothing stored for this registry (%1): neither its registry config nor Docker&apos;s config holds a login for it, and no credential store they name has one.</source>
        <translation>Helm no tiene nada guardado para este registro (%1): ni su configuración de registro ni la configuración de Docker contienen un inicio de sesión para él, y ningún almacén de credenciales que nombren tiene uno.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>%1&apos;s stored login</source>
        <extracomment>%1 is the client: Podman or Helm.</extracomment>
        <translation>Inicio de sesión guardado de %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1&apos;s login file could not be read, so what %1 has stored for this registry is unknown.</source>
        <translation>No se pudo leer el archivo de inicios de sesión de %1, así que no se sabe qué tiene guardado %1 para este registro.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1&apos;s login file has an entry for %2, but its saved login is damaged, so %1 has nothing usable stored for this registry.</source>
        <translation>El archivo de inicios de sesión de %1 tiene una entrada para %2, pero su inicio de sesión guardado está dañado, así que %1 no tiene nada utilizable guardado para este registro.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%3 reads an identity token for %1 (user %2) from %4.</source>
        <translation>%3 lee un token de identidad para %1 (usuario %2) de %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%3 reads a user name and password for %1 (user %2) from %4.</source>
        <translation>%3 lee un nombre de usuario y una contraseña para %1 (usuario %2) de %4.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%4 names the credential store &quot;%1&quot; (%2), but its program %3 is not installed. %5 cannot save or read logins for this registry: install it, or remove &quot;%1&quot; from %2 in %4 and log in again.</source>
        <translation>%4 indica el almacén de credenciales &quot;%1&quot; (%2), pero su programa %3 no está instalado. %5 no puede guardar ni leer inicios de sesión para este registro: instálalo, o quita &quot;%1&quot; de %2 en %4 y vuelve a iniciar sesión.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>The credential helper %1 did not answer within %n second(s). %2 waits for it on every login, push and pull; it may be waiting for an unlock prompt or be stuck.</source>
        <translation>
            <numerusform>El asistente de credenciales %1 no respondió en %n segundo. %2 lo espera en cada inicio de sesión, push y pull; puede que esté esperando una solicitud de desbloqueo o que se haya quedado bloqueado.</numerusform>
            <numerusform>El asistente de credenciales %1 no respondió en %n segundos. %2 lo espera en cada inicio de sesión, push y pull; puede que esté esperando una solicitud de desbloqueo o que se haya quedado bloqueado.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The credential helper %1 crashed when %3&apos;s login for %2 was asked for.</source>
        <translation>El asistente de credenciales %1 terminó de forma inesperada al pedirle el inicio de sesión de %3 para %2.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%2 keeps logins with pass, but pass has not been set up on this account (%1 has no .gpg-id file). Nothing can be read from it, and %3 fails with &quot;pass not initialized&quot; until it is set up.</source>
        <translation>%2 guarda los inicios de sesión con pass, pero pass no se ha configurado en esta cuenta (%1 no tiene el archivo .gpg-id). No se puede leer nada de él, y %3 falla con &quot;pass not initialized&quot; hasta que se configure.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%3 keeps logins with pass, whose store (%1) is locked with the GPG key %2, but that key&apos;s secret part is not on this computer. pass cannot decrypt what it holds, so %3 cannot read or save logins.</source>
        <translation>%3 guarda los inicios de sesión con pass, cuyo almacén (%1) está cifrado con la clave GPG %2, pero la parte secreta de esa clave no está en este equipo. pass no puede descifrar lo que contiene, así que %3 no puede leer ni guardar inicios de sesión.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The credential store &quot;%1&quot; has nothing saved for this registry (%2): nobody has signed in to it with %3 on this account, or the login was removed.</source>
        <translation>El almacén de credenciales &quot;%1&quot; no tiene nada guardado para este registro (%2): nadie ha iniciado sesión en él con %3 desde esta cuenta, o se quitó el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%3 keeps logins with secretservice, the desktop&apos;s keyring, which needs a desktop session: %1 answered &quot;%2&quot;. Over SSH, in a container or on a server there is none, so %3 cannot read or save logins.</source>
        <translation>%3 guarda los inicios de sesión con secretservice, el llavero del escritorio, que necesita una sesión de escritorio: %1 respondió &quot;%2&quot;. Por SSH, en un contenedor o en un servidor no hay ninguna, así que %3 no puede leer ni guardar inicios de sesión.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The credential store &quot;%1&quot; fails: %2 printed nothing and ended with exit code %3. %4 cannot read or save logins for this registry while it fails.</source>
        <translation>El almacén de credenciales &quot;%1&quot; falla: %2 no mostró nada y terminó con el código de salida %3. Mientras falle, %4 no puede leer ni guardar inicios de sesión para este registro.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The credential store &quot;%1&quot; fails: %2 answered &quot;%3&quot; (exit code %4). %5 cannot read or save logins for this registry while it fails.</source>
        <translation>El almacén de credenciales &quot;%1&quot; falla: %2 respondió &quot;%3&quot; (código de salida %4). Mientras falle, %5 no puede leer ni guardar inicios de sesión para este registro.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>The credential store &quot;%1&quot; answered with something that is not a credential, so %3 cannot use it (%2 printed %n byte(s) of unreadable output).</source>
        <translation>
            <numerusform>El almacén de credenciales &quot;%1&quot; respondió con algo que no es una credencial, así que %3 no puede usarlo (%2 mostró %n byte de salida ilegible).</numerusform>
            <numerusform>El almacén de credenciales &quot;%1&quot; respondió con algo que no es una credencial, así que %3 no puede usarlo (%2 mostró %n bytes de salida ilegible).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CredentialsProbe</name>
    <message>
        <location filename="../src/core/probes/credentials_probe.cpp" line="+196"/>
        <source>Skipped: the registry lets anyone in, so there is no sign-in to test.</source>
        <translation>Omitida: el registro deja entrar a cualquiera, así que no hay ningún inicio de sesión que probar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: the registry did not ask for a sign-in.</source>
        <translation>Omitida: el registro no pidió iniciar sesión.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password read from standard input was empty, so there is nothing to sign in with. In a pipeline this is usually a secret variable that is not set for this run.</source>
        <translation>La contraseña leída de la entrada estándar estaba vacía, así que no hay nada con qué iniciar sesión. En una canalización suele ser una variable secreta que no está definida para esta ejecución.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There are no credentials to sign in with: none were given and Docker has none saved for %1.</source>
        <translation>No hay credenciales con las que iniciar sesión: no se indicó ninguna y Docker no tiene ninguna guardada para %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Signed in as %1 with a user name and password.</source>
        <translation>Sesión iniciada como %1 con nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The registry asks for a kind of sign-in this check does not test (%1).</source>
        <translation>El registro pide un tipo de inicio de sesión que esta comprobación no prueba (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry names a token service at &quot;%1&quot;, which is not a secure (https) address: no password is sent there.</source>
        <translation>El registro indica un servicio de tokens en &quot;%1&quot;, que no es una dirección segura (https): no se envía ninguna contraseña allí.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The token service began to answer, but its answer did not arrive whole, so the check is without a token: %1</source>
        <translation>El servicio de tokens empezó a responder, pero su respuesta no llegó completa, así que la comprobación sigue sin token: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The token service answered with more than %1 KiB, and without a token; the check stopped reading.</source>
        <translation>El servicio de tokens respondió con más de %1 KiB y sin token; la comprobación dejó de leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token service answered, but without a token (the answer is not the JSON a token service sends).</source>
        <translation>El servicio de tokens respondió, pero sin token (la respuesta no es el JSON que envía un servicio de tokens).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signed in as %1: the token service gave a token and the registry accepted it.</source>
        <translation>Sesión iniciada como %1: el servicio de tokens dio un token y el registro lo aceptó.</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>The saved sign-in expires in %1.</source>
        <translation>El inicio de sesión guardado expira dentro de %1.</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>The token service gave a token, but the registry did not answer when it was used: %1</source>
        <translation>El servicio de tokens dio un token, pero el registro no respondió al usarlo: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The token service gave a token that had already expired (at %1), and the registry refused it (%2): the registry&apos;s token service and the registry disagree.</source>
        <translation>El servicio de tokens dio un token que ya había expirado (el %1) y el registro lo rechazó (%2): el servicio de tokens del registro y el registro no están de acuerdo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token service gave a token, but the registry refused it (%1).</source>
        <translation>El servicio de tokens dio un token, pero el registro lo rechazó (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sign-in request got no answer: %1</source>
        <translation>La solicitud de inicio de sesión no obtuvo respuesta: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The registry does not know the user name &quot;%1&quot; (&quot;Application not registered with AAD&quot;).</source>
        <translation>El registro no conoce el nombre de usuario &quot;%1&quot; (&quot;Application not registered with AAD&quot;).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The token itself says it expired at %1; a token from aws ecr get-login-password lasts 12 hours.</source>
        <translation>El propio token indica que expiró el %1; un token de aws ecr get-login-password dura 12 horas.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The registry refused the saved identity token (401).</source>
        <translation>El registro rechazó el token de identidad guardado (401).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused the user name and password for %1 (401 &quot;authentication required&quot;).</source>
        <translation>El registro rechazó el nombre de usuario y la contraseña para %1 (401 &quot;authentication required&quot;).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-in answered with a redirect (%1) to %2; the check does not follow it, and sends the password nowhere else.</source>
        <translation>El inicio de sesión respondió con una redirección (%1) a %2; la comprobación no la sigue y no envía la contraseña a ningún otro sitio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unnamed place</source>
        <translation>un destino sin nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in failed with status %1: %2</source>
        <translation>El inicio de sesión falló con el estado %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/probes/credentials_probe.h" line="+24"/>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <location filename="../src/core/probes/credentials_probe.cpp" line="-120"/>
        <source>Signed in with the saved Azure sign-in (identity token): the token service gave a token and the registry accepted it.</source>
        <translation>Sesión iniciada con el inicio de sesión de Azure guardado (token de identidad): el servicio de tokens dio un token y el registro lo aceptó.</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>The saved sign-in (identity token) expired %n minute(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>El inicio de sesión guardado (token de identidad) caducó hace %n minuto, el %1; el registro lo rechazó con %2.</numerusform>
            <numerusform>El inicio de sesión guardado (token de identidad) caducó hace %n minutos, el %1; el registro lo rechazó con %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The saved sign-in (identity token) expired %n hour(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>El inicio de sesión guardado (token de identidad) caducó hace %n hora, el %1; el registro lo rechazó con %2.</numerusform>
            <numerusform>El inicio de sesión guardado (token de identidad) caducó hace %n horas, el %1; el registro lo rechazó con %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The saved sign-in (identity token) expired %n day(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>El inicio de sesión guardado (token de identidad) caducó hace %n día, el %1; el registro lo rechazó con %2.</numerusform>
            <numerusform>El inicio de sesión guardado (token de identidad) caducó hace %n días, el %1; el registro lo rechazó con %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The registry says the saved token has expired (%1): &quot;%2&quot;</source>
        <translation>El registro indica que el token guardado ha expirado (%1): &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Not tested: the sign-in could not be tried, because the registry&apos;s first answer was not usable.</source>
        <translation>No probado: no se pudo intentar el inicio de sesión porque la primera respuesta del registro no se podía usar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not tested: the sign-in could not be tried, because there is no working connection to the registry.</source>
        <translation>No probado: no se pudo intentar el inicio de sesión porque no hay una conexión que funcione con el registro.</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Amazon ECR refused the token with 400 Bad Request: it was made for another region or AWS account than %1.</source>
        <translation>Amazon ECR rechazó el token con 400 Bad Request: se creó para otra región u otra cuenta de AWS distinta de %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The token service refused the user name and password for %1 (401): &quot;%2&quot;</source>
        <translation>El servicio de tokens rechazó el nombre de usuario y la contraseña de %1 (401): &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>There are no credentials to sign in with: none were given and %2 has none saved for %1.</source>
        <translation>No hay credenciales con las que iniciar sesión: no se indicó ninguna y %2 no tiene ninguna guardada para %1.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>When the access token expires is not known: Google&apos;s tokeninfo (oauth2.googleapis.com) says the token is not valid (expired or revoked).</source>
        <translation>No se sabe cuándo expira el token de acceso: el servicio tokeninfo de Google (oauth2.googleapis.com) indica que el token no es válido (expiró o se revocó).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the access token expires is not known: Google&apos;s tokeninfo (oauth2.googleapis.com) did not tell (%1).</source>
        <translation>No se sabe cuándo expira el token de acceso: el servicio tokeninfo de Google (oauth2.googleapis.com) no lo indicó (%1).</translation>
    </message>
    <message>
        <location line="+332"/>
        <source>The registry refused the access token (%1), and Google&apos;s tokeninfo (oauth2.googleapis.com) says the token is no longer valid: it has expired (a token from gcloud auth print-access-token lasts one hour) or was revoked.</source>
        <translation>El registro rechazó el token de acceso (%1), y el servicio tokeninfo de Google (oauth2.googleapis.com) indica que el token ya no es válido: expiró (un token de gcloud auth print-access-token dura una hora) o se revocó.</translation>
    </message>
</context>
<context>
    <name>rd::DnsProbe</name>
    <message>
        <location filename="../src/core/probes/dns_probe.cpp" line="+30"/>
        <source>Skipped: there is no registry address to check.</source>
        <translation>Omitida: no hay ninguna dirección de registro que comprobar.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The DNS server did not answer.</source>
        <translation>El servidor DNS no respondió.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The name %1 does not exist in DNS.</source>
        <translation>El nombre %1 no existe en DNS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name %1 could not be looked up: %2</source>
        <translation>No se pudo resolver el nombre %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy looks names up itself, so this may not matter.</source>
        <translation>El proxy resuelve los nombres por su cuenta, así que puede que esto no importe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 resolves to %2.</source>
        <translation>%1 se resuelve como %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alias chain: %1.</source>
        <translation>Cadena de alias: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a private endpoint: it is reachable only from the registry&apos;s virtual network or a network connected to it.</source>
        <translation>Es un punto de conexión privado: solo es accesible desde la red virtual del registro o desde una red conectada a ella.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/dns_probe.h" line="+23"/>
        <source>Name lookup (DNS)</source>
        <translation>Resolución de nombres (DNS)</translation>
    </message>
</context>
<context>
    <name>rd::DockerClientProbe</name>
    <message>
        <location filename="../src/core/probes/docker_client_probe.cpp" line="+13"/>
        <source>Docker client</source>
        <translation>Cliente de Docker</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The docker command was not found on this computer (it is not on PATH). Install Docker, or open a shell where the docker command works.</source>
        <translation>No se encontró el comando docker en este equipo (no está en el PATH). Instala Docker o abre un shell en el que funcione el comando docker.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The docker program at %1 could not be started: %2</source>
        <translation>No se pudo iniciar el programa docker de %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The docker command did not answer within %n second(s) (&quot;docker version&quot; hung).</source>
        <translation>
            <numerusform>El comando docker no respondió en %n segundo (&quot;docker version&quot; se quedó bloqueado).</numerusform>
            <numerusform>El comando docker no respondió en %n segundos (&quot;docker version&quot; se quedó bloqueado).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The docker command crashed while printing its version.</source>
        <translation>El comando docker terminó de forma inesperada mientras mostraba su versión.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The docker command at %1 runs, but its version could not be read from what it printed.</source>
        <translation>El comando docker de %1 se ejecuta, pero no se pudo leer su versión en lo que mostró.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Docker %1 is installed, which is older than %2, the oldest version that works with this registry&apos;s login. Update Docker.</source>
        <translation>Está instalado Docker %1, que es anterior a %2, la versión más antigua que funciona con el inicio de sesión de este registro. Actualiza Docker.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker %1 is installed.</source>
        <translation>Está instalado Docker %1.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The docker command at %1 is Podman %2 in Docker emulation, not Docker.</source>
        <translation>El comando docker de %1 es Podman %2 en emulación de Docker, no Docker.</translation>
    </message>
</context>
<context>
    <name>rd::DockerConfigProbe</name>
    <message>
        <location filename="../src/core/probes/docker_config_probe.cpp" line="+55"/>
        <source>Docker configuration</source>
        <translation>Configuración de Docker</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>There is no Docker config yet at %1 (nobody has logged in with docker on this account).</source>
        <translation>Todavía no hay configuración de Docker en %1 (nadie ha iniciado sesión con docker desde esta cuenta).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Docker config file %1 is empty. Docker treats it as having no settings and no saved logins.</source>
        <translation>El archivo de configuración de Docker %1 está vacío. Docker lo trata como si no tuviera ninguna configuración ni ningún inicio de sesión guardado.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Docker config file %1 cannot be used (%2). Docker fails to read it too: fix or remove the file, then log in again.</source>
        <translation>El archivo de configuración de Docker %1 no se puede usar (%2). Docker tampoco puede leerlo: corrige o elimina el archivo y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Docker&apos;s config file %1 was read. Without a usable registry name, nothing in it was looked up.</source>
        <translation>Se leyó el archivo de configuración de Docker %1. Sin un nombre de registro utilizable, no se buscó nada en él.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Docker keeps the login for %1 in the credential helper &quot;%2&quot; (credHelpers).</source>
        <translation>Docker guarda el inicio de sesión para %1 en el asistente de credenciales &quot;%2&quot; (credHelpers).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker keeps logins in the credential store &quot;%1&quot; (credsStore).</source>
        <translation>Docker guarda los inicios de sesión en el almacén de credenciales &quot;%1&quot; (credsStore).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file itself holds a login for %1.</source>
        <translation>El propio archivo contiene un inicio de sesión para %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file holds no login for %1.</source>
        <translation>El archivo no contiene ningún inicio de sesión para %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker&apos;s config file %1 was read. %2</source>
        <translation>Se leyó el archivo de configuración de Docker %1. %2</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>There is no Docker config at %1, so Docker keeps logins in its default credential store for this system, &quot;%2&quot;.</source>
        <translation>No hay configuración de Docker en %1, así que Docker guarda los inicios de sesión en su almacén de credenciales predeterminado para este sistema, &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1&apos;s login file %2 has an entry for %3, but its saved login is damaged (the &quot;auth&quot; value is not a readable user name and password). Log in again.</source>
        <extracomment>%1 is the client (Docker, Podman, Helm), %2 its login file, %3 the registry.</extracomment>
        <translation>El archivo de inicios de sesión de %1 %2 tiene una entrada para %3, pero su inicio de sesión guardado está dañado (el valor &quot;auth&quot; no es un nombre de usuario y una contraseña legibles). Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file names no credential store, so Docker keeps logins in its default store for this system, &quot;%1&quot;.</source>
        <translation>El archivo no indica ningún almacén de credenciales, así que Docker guarda los inicios de sesión en su almacén predeterminado para este sistema, &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Podman cannot use its login file %1 (%2) and stops looking there, so it finds no login for any registry. Fix or remove the file, then sign in again.</source>
        <translation>Podman no puede usar su archivo de inicio de sesión %1 (%2) y deja de buscar ahí, así que no encuentra inicios de sesión para ningún registro. Corrige o elimina el archivo y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Podman takes the login for %1 from the credential helper &quot;%2&quot;, as %3 says (credHelpers).</source>
        <translation>Podman obtiene el inicio de sesión para %1 del asistente de credenciales &quot;%2&quot;, como indica %3 (credHelpers).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Podman reads the login for %1 from %2, the first of its login files that has one (entry &quot;%3&quot;).</source>
        <translation>Podman lee el inicio de sesión para %1 de %2, el primero de sus archivos de inicio de sesión que contiene uno (entrada &quot;%3&quot;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None of the files Podman reads logins from has one for %1: %2. Podman does not use Docker&apos;s credential store.</source>
        <translation>Ninguno de los archivos de los que Podman lee los inicios de sesión contiene uno para %1: %2. Podman no usa el almacén de credenciales de Docker.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Helm cannot use its registry config %1 (%2): every helm command that talks to a registry stops with an error there. Fix or remove the file, then sign in again with helm registry login.</source>
        <translation>Helm no puede usar su configuración de registro %1 (%2): todo comando helm que se comunica con un registro se detiene ahí con un error. Corrige o elimina el archivo y vuelve a iniciar sesión con helm registry login.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Neither Helm&apos;s registry config %1 nor Docker&apos;s config %2 has a login for %3, and neither names a credential store for it.</source>
        <translation>Ni la configuración de registro de Helm %1 ni la configuración de Docker %2 contienen un inicio de sesión para %3, y ninguna nombra un almacén de credenciales para él.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helm&apos;s registry config %1 has no login for %2, and Helm skips Docker&apos;s config %3, which it cannot read (%4).</source>
        <translation>La configuración de registro de Helm %1 no contiene un inicio de sesión para %2, y Helm omite la configuración de Docker %3, que no puede leer (%4).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Helm reads logins from its registry config %1, then from Docker&apos;s config %2. For %3 it asks, in this order, until one has a login: %4.</source>
        <translation>Helm lee los inicios de sesión de su configuración de registro %1 y después de la configuración de Docker %2. Para %3 pregunta, en este orden, hasta que uno tiene un inicio de sesión: %4.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>%1&apos;s login files</source>
        <extracomment>%1 is the client: Podman (its auth.json files) or Helm (its registry config, then Docker&apos;s).</extracomment>
        <translation>Archivos de inicio de sesión de %1</translation>
    </message>
</context>
<context>
    <name>rd::DockerDaemonProbe</name>
    <message>
        <location filename="../src/core/probes/docker_daemon_probe.cpp" line="+10"/>
        <source>Docker daemon</source>
        <translation>Daemon de Docker</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Docker client was not checked, so the daemon was not checked either.</source>
        <translation>No se comprobó el cliente de Docker, así que tampoco se comprobó el demonio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker is not installed, so there is no Docker daemon to check.</source>
        <translation>Docker no está instalado, así que no hay ningún demonio de Docker que comprobar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The docker command did not say whether its daemon answers (its version output could not be read).</source>
        <translation>El comando docker no indicó si su demonio responde (no se pudo leer la salida de su versión).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Docker daemon is running and answers (Docker Engine %1).</source>
        <translation>El demonio de Docker se está ejecutando y responde (Docker Engine %1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>docker reported no server</source>
        <translation>docker no indicó ningún servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Docker daemon does not answer: &quot;%1&quot;. Your Docker client can still log in without it (the login happens in the client), but pushing and pulling images need a running daemon: start Docker Desktop or the docker service.</source>
        <translation>El demonio de Docker no responde: &quot;%1&quot;. Tu cliente de Docker puede iniciar sesión igualmente sin él (el inicio de sesión ocurre en el cliente), pero para insertar y extraer imágenes hace falta un demonio en ejecución: inicia Docker Desktop o el servicio docker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker daemon does not answer: &quot;%1&quot;. This Docker client logs in through the daemon, so docker login, push and pull all fail until it runs: start Docker Desktop or the docker service.</source>
        <translation>El demonio de Docker no responde: &quot;%1&quot;. Este cliente de Docker inicia sesión a través del demonio, así que docker login, push y pull fallan hasta que se ejecute: inicia Docker Desktop o el servicio docker.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The docker command is Podman, which has no daemon to check.</source>
        <translation>El comando docker es Podman, que no tiene ningún demonio que comprobar.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The engine runs in Docker Desktop&apos;s virtual machine (%1), not directly on this computer.</source>
        <translation>El motor se ejecuta en la máquina virtual de Docker Desktop (%1), no directamente en este equipo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs in WSL 2 (%1 on kernel %2).</source>
        <translation>El motor se ejecuta en WSL 2 (%1 con el kernel %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs on another machine, %1 (%2), reached through %3.</source>
        <translation>El motor se ejecuta en otra máquina, %1 (%2), a la que se llega a través de %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs on %1 (%2).</source>
        <translation>El motor se ejecuta en %1 (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pulls from Docker Hub try the engine&apos;s mirrors first: %1.</source>
        <translation>Las extracciones de Docker Hub prueban primero los mirrors del motor: %1.</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ErrorText</name>
    <message>
        <location filename="../src/core/diagnosis/error_text.cpp" line="+135"/>
        <source>The docker command could not be found. Docker is not installed on this computer, or its folder is not on the search path.</source>
        <translation>No se encontró el comando docker. Docker no está instalado en este equipo o su carpeta no está en la ruta de búsqueda (PATH).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The docker command could not talk to the Docker engine because your account may not use it. Add your account to the docker group, or use the same account that runs Docker.</source>
        <translation>El comando docker no pudo comunicarse con el motor de Docker porque puede que tu cuenta no tenga permiso para usarlo. Añade tu cuenta al grupo docker o usa la misma cuenta que ejecuta Docker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker engine (the background service that does the work) is not running, so docker commands cannot do anything. Start Docker and try again.</source>
        <translation>El motor de Docker (el servicio en segundo plano que hace el trabajo) no se está ejecutando, así que los comandos docker no pueden hacer nada. Inicia Docker y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Docker on Windows cannot reach its engine: Docker Desktop is probably not started. Start Docker Desktop and wait until it says it is running.</source>
        <translation>Docker en Windows no puede llegar a su motor: probablemente Docker Desktop no está iniciado. Inicia Docker Desktop y espera hasta que indique que se está ejecutando.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker Desktop is not running, so the Docker engine is not available. Start Docker Desktop, or restart it if it is stuck.</source>
        <translation>Docker Desktop no se está ejecutando, así que el motor de Docker no está disponible. Inicia Docker Desktop o reinícialo si se ha quedado bloqueado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker client and engine versions do not fit together, or Docker is too old. Registry sign-in needs Docker 18.03 or later.</source>
        <translation>Las versiones del cliente y del motor de Docker no son compatibles entre sí, o Docker es demasiado antiguo. Iniciar sesión en el registro requiere Docker 18.03 o posterior.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>docker login wanted to ask for a user name and password, but it was not run in a terminal. Pass the user name and the password (through --password-stdin) explicitly.</source>
        <translation>docker login quería pedir un nombre de usuario y una contraseña, pero no se ejecutó en un terminal. Indica explícitamente el nombre de usuario y la contraseña (mediante --password-stdin).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Docker is set up to keep passwords in a credential helper program that is not installed. Install that helper, or remove the &quot;credsStore&quot; entry from the Docker configuration file.</source>
        <translation>Docker está configurado para guardar las contraseñas en un programa asistente de credenciales que no está instalado. Instala ese asistente o quita la entrada &quot;credsStore&quot; del archivo de configuración de Docker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows credential store refused to save the registry sign-in, usually because the Azure token is too long for it. Removing &quot;credsStore&quot; from the Docker configuration file avoids the store.</source>
        <translation>El almacén de credenciales de Windows se negó a guardar el inicio de sesión del registro, normalmente porque el token de Azure es demasiado largo para él. Si quitas &quot;credsStore&quot; del archivo de configuración de Docker, el almacén deja de usarse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows credential store could not be used from this session (common over remote sessions or services). Docker could not save or read the registry password.</source>
        <translation>No se pudo usar el almacén de credenciales de Windows desde esta sesión (algo habitual en sesiones remotas o servicios). Docker no pudo guardar ni leer la contraseña del registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker has no saved sign-in for this registry. Sign in to the registry first.</source>
        <translation>Docker no tiene ningún inicio de sesión guardado para este registro. Inicia sesión primero en el registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The program Docker uses to store passwords failed. Docker could not save or read the registry sign-in.</source>
        <translation>Falló el programa que usa Docker para guardar las contraseñas. Docker no pudo guardar ni leer el inicio de sesión del registro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image name contains capital letters. Registry addresses and repository names must be written in lowercase.</source>
        <translation>El nombre de la imagen contiene mayúsculas. Las direcciones de registro y los nombres de repositorio deben escribirse en minúsculas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image name is not written correctly, for example it contains https:// or a space. Use registry/repository:tag, such as myregistry.azurecr.io/app:1.0.</source>
        <translation>El nombre de la imagen no está bien escrito; por ejemplo, contiene https:// o un espacio. Usa registro/repositorio:etiqueta, como myregistry.azurecr.io/app:1.0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry name is not valid. az acr commands want the registry&apos;s resource name only: 5 to 50 letters and digits, without .azurecr.io.</source>
        <translation>El nombre del registro no es válido. Los comandos az acr solo quieren el nombre de recurso del registro: de 5 a 50 letras y números, sin .azurecr.io.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure does not know a registry by that name in the selected subscription. Check the name and the subscription (az account show).</source>
        <translation>Azure no conoce ningún registro con ese nombre en la suscripción seleccionada. Comprueba el nombre y la suscripción (az account show).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are signed in to Azure, but your account has no role that allows this action. Seeing the registry needs at least the Reader role.</source>
        <translation>Has iniciado sesión en Azure, pero tu cuenta no tiene ningún rol que permita esta acción. Para ver el registro hace falta al menos el rol Reader (Lector).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The connection goes through a proxy server, and the proxy could not be reached or refused the connection. Check the proxy settings (HTTPS_PROXY) of Docker and of this computer.</source>
        <translation>La conexión pasa por un servidor proxy, y no se pudo llegar al proxy o este rechazó la conexión. Comprueba la configuración de proxy (HTTPS_PROXY) de Docker y de este equipo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI could not get through the proxy server. Check the proxy address and whether the proxy allows the registry&apos;s address.</source>
        <translation>La CLI de Azure no pudo pasar a través del servidor proxy. Comprueba la dirección del proxy y si el proxy permite la dirección del registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name server does not know this registry address. The name may be misspelt, belong to another cloud, or, with a private endpoint, its private DNS is not set up.</source>
        <translation>El servidor DNS no conoce esta dirección de registro. Puede que el nombre esté mal escrito, que pertenezca a otra nube o, con un punto de conexión privado, que su DNS privado no esté configurado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name server did not answer properly when asked for the registry address. The DNS server or the network path to it has a problem.</source>
        <translation>El servidor DNS no respondió correctamente al pedirle la dirección del registro. Hay un problema en el servidor DNS o en la ruta de red hasta él.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI tried several times to reach this address and gave up. The reason follows in the message (name lookup, proxy, certificate or timeout).</source>
        <translation>La CLI de Azure intentó varias veces llegar a esta dirección y desistió. El motivo aparece en el resto del mensaje (resolución de nombres, proxy, certificado o tiempo de espera agotado).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The computer could not turn the registry address into an IP address. The name may be wrong, or the DNS setup (for example for a private endpoint) is missing.</source>
        <translation>El equipo no pudo convertir la dirección del registro en una dirección IP. Puede que el nombre sea incorrecto o que falte la configuración DNS (por ejemplo, para un punto de conexión privado).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate looks expired from here. Most often the computer&apos;s clock is wrong; otherwise something in between presents an old certificate.</source>
        <translation>Desde aquí, el certificado del servidor parece expirado. Casi siempre es que el reloj del equipo está mal; si no, algo intermedio presenta un certificado antiguo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI does not trust the certificate it received. Usually a company proxy inspects the traffic with its own certificate, which must be added to the trusted ones.</source>
        <translation>La CLI de Azure no confía en el certificado que recibió. Normalmente un proxy de empresa inspecciona el tráfico con su propio certificado, que hay que añadir a los de confianza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>The registry&apos;s certificate is not trusted on this computer. Usually a proxy or security product replaces the certificate with its own, which must then be trusted.</source>
        <translation>El certificado del registro no es de confianza en este equipo. Normalmente un proxy o un producto de seguridad sustituye el certificado por el suyo, que entonces hay que marcar como de confianza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate looks expired or not yet valid from here. Most often the computer&apos;s date and time are wrong.</source>
        <translation>Desde aquí, el certificado parece expirado o todavía no válido. Casi siempre es que la fecha y la hora del equipo están mal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate belongs to a different name than the address used. Use the registry&apos;s normal login server name (not the privatelink name), or check for a proxy in between.</source>
        <translation>El certificado pertenece a un nombre distinto de la dirección usada. Usa el nombre normal del servidor de inicio de sesión del registro (no el nombre privatelink) o comprueba si hay un proxy en medio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at this address did not speak HTTPS. The address may point at something that is not a registry, or at a proxy.</source>
        <translation>El servidor de esta dirección no habló HTTPS. Puede que la dirección apunte a algo que no es un registro, o a un proxy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secure connection could not be set up. Something between you and the registry, often a proxy or firewall, interferes with it.</source>
        <translation>No se pudo establecer la conexión segura. Algo entre tú y el registro, a menudo un proxy o un firewall, interfiere con ella.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry did not answer in time. A firewall, a missing route or a proxy that has to be used probably stands in the way.</source>
        <translation>El registro no respondió a tiempo. Probablemente lo impide un firewall, una ruta que falta o un proxy que habría que usar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection was refused: nothing accepts connections at that address and port, or a firewall turns them away.</source>
        <translation>Se rechazó la conexión: nada acepta conexiones en esa dirección y puerto, o un firewall las rechaza.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer has no network path to the registry. Check the network connection, VPN and routing.</source>
        <translation>Este equipo no tiene ninguna ruta de red hasta el registro. Comprueba la conexión de red, la VPN y el enrutamiento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection was cut off in the middle. A proxy or firewall between you and the registry often does this.</source>
        <translation>La conexión se cortó a mitad. Suele hacerlo un proxy o un firewall entre tú y el registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request took too long and was given up. The registry is not reachable from here, or a proxy that should be used is not configured.</source>
        <translation>La solicitud tardó demasiado y se abandonó. No se puede llegar al registro desde aquí, o no está configurado un proxy que habría que usar.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The registry&apos;s firewall does not let your IP address in, or public access to the registry is turned off. Add your address to the registry&apos;s network rules, or connect through its private endpoint.</source>
        <translation>El firewall del registro no deja entrar a tu dirección IP, o el acceso público al registro está desactivado. Añade tu dirección a las reglas de red del registro o conéctate a través de su punto de conexión privado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry does not recognise the user name. For a service principal the user name must be its application (client) ID, not an e-mail address or display name.</source>
        <translation>El registro no reconoce el nombre de usuario. Para una entidad de servicio, el nombre de usuario debe ser su Id. de aplicación (cliente), no una dirección de correo electrónico ni un nombre para mostrar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry turned down the user name and password given at sign-in. The password or secret is wrong or has expired.</source>
        <translation>El registro rechazó el nombre de usuario y la contraseña indicados al iniciar sesión. La contraseña o el secreto son incorrectos o han expirado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <location line="+20"/>
        <source>The registry turned down the user name and password given at sign-in.</source>
        <translation>El registro rechazó el nombre de usuario y la contraseña indicados al iniciar sesión.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The registry wants a valid sign-in and did not get one. The saved sign-in may have expired (an az acr login lasts about three hours), be missing, or be for a differently written registry name.</source>
        <translation>El registro quiere un inicio de sesión válido y no lo recibió. Puede que el inicio de sesión guardado haya expirado (un az acr login dura unas tres horas), que falte o que sea para un nombre de registro escrito de otra forma.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are signed in, but this identity may not do this with this repository: pushing needs the AcrPush role, pulling AcrPull. Also check that the image name starts with the registry address.</source>
        <translation>Has iniciado sesión, pero esta identidad no puede hacer esto con este repositorio: para insertar hace falta el rol AcrPush, para extraer AcrPull. Comprueba también que el nombre de la imagen empiece por la dirección del registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in worked, but the permission granted does not cover this action on this repository.</source>
        <translation>El inicio de sesión funcionó, pero el permiso concedido no cubre esta acción en este repositorio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Access was forbidden before the password was even checked. This is a network matter: the registry&apos;s firewall, disabled public access, or a proxy blocks the way.</source>
        <translation>Se prohibió el acceso antes incluso de comprobar la contraseña. Es un problema de red: el firewall del registro, el acceso público desactivado o un proxy cortan el paso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is a web server at this address, but it is not a container registry. Check the address: only the login server name, without a path.</source>
        <translation>Hay un servidor web en esta dirección, pero no es un registro de contenedores. Comprueba la dirección: solo el nombre del servidor de inicio de sesión, sin ruta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+16"/>
        <location line="+4"/>
        <source>The registry is receiving too many requests from you and asks to slow down. Wait a little and try again.</source>
        <translation>El registro está recibiendo demasiadas solicitudes tuyas y pide que vayas más despacio. Espera un poco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The sign-in request got an unexpected answer from the server or from something in between, such as a proxy.</source>
        <translation>La solicitud de inicio de sesión recibió una respuesta inesperada del servidor o de algo intermedio, como un proxy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry forbade access before any sign-in. Its firewall, disabled public access, or a proxy is blocking this computer.</source>
        <translation>El registro prohibió el acceso antes de cualquier inicio de sesión. Su firewall, el acceso público desactivado o un proxy están bloqueando este equipo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is a web server at this address, but it is not a container registry. Check the address.</source>
        <translation>Hay un servidor web en esta dirección, pero no es un registro de contenedores. Comprueba la dirección.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry address gave an unexpected answer. Something other than the registry, such as a proxy, may have answered.</source>
        <translation>La dirección del registro dio una respuesta inesperada. Puede que respondiera otra cosa que no es el registro, como un proxy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered that a valid sign-in is missing: no credentials, wrong ones, or expired ones were sent.</source>
        <translation>El registro respondió que falta un inicio de sesión válido: no se enviaron credenciales, o las enviadas eran incorrectas o habían expirado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused the request: the identity lacks the permission, or the network rules do not allow it.</source>
        <translation>El registro rechazó la solicitud: la identidad no tiene el permiso, o las reglas de red no la permiten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The cluster tried to pull the image without a usable sign-in. Its identity (for AKS, the kubelet identity) needs the AcrPull role on the registry, or an image pull secret is missing.</source>
        <translation>El clúster intentó extraer la imagen sin un inicio de sesión utilizable. Su identidad (en AKS, la identidad de kubelet) necesita el rol AcrPull en el registro, o falta un secreto de extracción de imágenes (image pull secret).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry wanted a sign-in that it did not get, or did not accept.</source>
        <translation>El registro quería un inicio de sesión que no recibió o que no aceptó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry forbade the request: its network rules or the identity&apos;s permissions do not allow it.</source>
        <translation>El registro prohibió la solicitud: sus reglas de red o los permisos de la identidad no la permiten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Azure CLI could not reach the registry over the network. A proxy, DNS, a firewall or a private endpoint may be in the way, or the name is wrong.</source>
        <translation>La CLI de Azure no pudo llegar al registro por la red. Puede que lo impida un proxy, el DNS, un firewall o un punto de conexión privado, o que el nombre sea incorrecto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address did not answer like a registry that asks for a sign-in. Often a proxy answered instead, public access is disabled, DNS points elsewhere, or it was a passing hiccup.</source>
        <translation>La dirección no respondió como un registro que pide iniciar sesión. A menudo respondió un proxy en su lugar, el acceso público está desactivado, el DNS apunta a otro sitio o fue un fallo pasajero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Azure identity was signed in but has no role on this registry, or the wrong subscription or tenant is selected. A role assignment made just now can take a few minutes to apply.</source>
        <translation>Tu identidad de Azure inició sesión, pero no tiene ningún rol en este registro, o está seleccionada la suscripción o el inquilino equivocados. Una asignación de rol recién hecha puede tardar unos minutos en aplicarse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry did not accept your Azure identity: it has no role on this registry, or another subscription or tenant is selected.</source>
        <translation>El registro no aceptó tu identidad de Azure: no tiene ningún rol en este registro, o está seleccionada otra suscripción u otro inquilino.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI is not signed in to Azure. Run az login first (with sudo, the root user has its own separate sign-in).</source>
        <translation>La CLI de Azure no ha iniciado sesión en Azure. Ejecuta primero az login (con sudo, el usuario root tiene su propio inicio de sesión, aparte).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI could not get an Azure sign-in token for the registry. The rest of the message says why.</source>
        <translation>La CLI de Azure no pudo obtener un token de inicio de sesión de Azure para el registro. El resto del mensaje explica por qué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service principal&apos;s client secret has expired. Create a new secret and use it everywhere the old one was stored.</source>
        <translation>El secreto de cliente de la entidad de servicio ha expirado. Crea un secreto nuevo y úsalo en todos los sitios donde estaba guardado el antiguo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client secret given is wrong. Use the secret&apos;s value, not its ID, and check that it belongs to this application.</source>
        <translation>El secreto de cliente indicado es incorrecto. Usa el valor del secreto, no su Id., y comprueba que pertenezca a esta aplicación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No application with that ID exists in this Azure tenant. Check the application (client) ID and the tenant.</source>
        <translation>No existe ninguna aplicación con ese Id. en este inquilino de Azure. Comprueba el Id. de aplicación (cliente) y el inquilino.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Azure sign-in has expired or needs to be repeated. Run az login again.</source>
        <translation>Tu inicio de sesión en Azure ha expirado o hay que repetirlo. Vuelve a ejecutar az login.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure rejected the sign-in because its time stamps are out of range. The computer&apos;s clock is probably wrong.</source>
        <translation>Azure rechazó el inicio de sesión porque sus marcas de tiempo están fuera de rango. Probablemente el reloj del equipo está mal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Microsoft Entra ID does not know this tenant in the Azure cloud the sign-in went to. Either the tenant ID is wrong, or the tenant lives in another cloud (Azure operated by 21Vianet for .azurecr.cn, Azure Government for .azurecr.us), which the Azure CLI reaches only after az cloud set.</source>
        <translation>Microsoft Entra ID no conoce este inquilino en la nube de Azure a la que se envió el inicio de sesión. O bien el id. de inquilino es incorrecto, o bien el inquilino está en otra nube (Azure operado por 21Vianet para .azurecr.cn, Azure Government para .azurecr.us), a la que la CLI de Azure solo llega después de az cloud set.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure sign-in (Azure AD / Entra ID) failed. The AADSTS code says why; look it up in Microsoft&apos;s list of sign-in error codes.</source>
        <translation>Falló el inicio de sesión en Azure (Microsoft Entra ID, antes Azure AD). El código AADSTS indica el motivo; búscalo en la lista de códigos de error de inicio de sesión de Microsoft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Azure CLI could not run the docker command: Docker is missing or its engine is not running.</source>
        <translation>La CLI de Azure no pudo ejecutar el comando docker: falta Docker o su motor no se está ejecutando.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker engine is not running. Start Docker and try again.</source>
        <translation>El motor de Docker no se está ejecutando. Inicia Docker y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker version could not be read or is too old. Registry sign-in needs Docker 18.03 or later.</source>
        <translation>No se pudo leer la versión de Docker o es demasiado antigua. Iniciar sesión en el registro requiere Docker 18.03 o posterior.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker could not pull a sample image from the internet. The network or proxy settings of the Docker engine are probably the problem.</source>
        <translation>Docker no pudo extraer una imagen de ejemplo de Internet. Probablemente el problema está en la configuración de red o de proxy del motor de Docker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry&apos;s address could not be looked up. The name may be wrong, or DNS (for example for a private endpoint) is not set up.</source>
        <translation>No se pudo resolver la dirección del registro. Puede que el nombre sea incorrecto o que el DNS (por ejemplo, para un punto de conexión privado) no esté configurado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry forbade access from here: its firewall or disabled public access keeps this computer out.</source>
        <translation>El registro prohibió el acceso desde aquí: su firewall o el acceso público desactivado dejan fuera a este equipo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry address did not answer with the expected request to sign in. A proxy or the network is usually the reason; the same code is also shown when the registry asks you to slow down.</source>
        <translation>La dirección del registro no respondió con la solicitud de inicio de sesión esperada. Normalmente el motivo es un proxy o la red; el mismo código aparece también cuando el registro pide que vayas más despacio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A secure connection to the registry could not be set up, usually because a proxy replaces the certificate or the clock is wrong.</source>
        <translation>No se pudo establecer una conexión segura con el registro, normalmente porque un proxy sustituye el certificado o porque el reloj está mal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry did not accept your Azure identity: it has no role on the registry, or you are signed in to another tenant or subscription.</source>
        <translation>El registro no aceptó tu identidad de Azure: no tiene ningún rol en el registro, o has iniciado sesión en otro inquilino u otra suscripción.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry would not hand out an access token for your identity: a role such as AcrPull or AcrPush is missing.</source>
        <translation>El registro no quiso emitir un token de acceso para tu identidad: falta un rol como AcrPull o AcrPush.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry is receiving too many requests from you and asks to slow down.</source>
        <translation>El registro está recibiendo demasiadas solicitudes tuyas y pide que vayas más despacio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI could not find the registry&apos;s login server from its name. Check the name and the selected subscription.</source>
        <translation>La CLI de Azure no pudo encontrar el servidor de inicio de sesión del registro a partir de su nombre. Comprueba el nombre y la suscripción seleccionada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cluster could not pull the image. The reason follows in the message.</source>
        <translation>El clúster no pudo extraer la imagen. El motivo aparece en el resto del mensaje.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skopeo could not reach the registry. The reason follows in the message.</source>
        <translation>skopeo no pudo llegar al registro. El motivo aparece en el resto del mensaje.</translation>
    </message>
    <message>
        <location line="-475"/>
        <source>az acr login could not hand the registry token to Docker, because the docker command or its engine is not available here. The Azure CLI can give you the token instead (--expose-token), for Podman, Helm or a later docker login.</source>
        <translation>az acr login no pudo pasar el token del registro a Docker, porque el comando docker o su motor no está disponible aquí. La CLI de Azure puede darte el token en su lugar (--expose-token), para Podman, Helm o un docker login posterior.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This Azure CLI does not know the --expose-token option of az acr login: it is too old. Update the Azure CLI.</source>
        <translation>Esta CLI de Azure no conoce la opción --expose-token de az acr login: es demasiado antigua. Actualiza la CLI de Azure.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft Entra ID wants multifactor authentication for this sign-in, or a Conditional Access policy blocks it. A script cannot do that: sign in interactively, or use a service principal or a managed identity.</source>
        <translation>Microsoft Entra ID pide autenticación multifactor para este inicio de sesión, o una directiva de acceso condicional lo bloquea. Un script no puede hacerlo: inicia sesión de forma interactiva o usa una entidad de servicio o una identidad administrada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The docker command here is Podman pretending to be Docker. Podman keeps its own sign-ins and has no Docker engine, so Docker&apos;s advice does not apply.</source>
        <translation>Aquí el comando docker es Podman haciéndose pasar por Docker. Podman guarda sus propios inicios de sesión y no tiene motor de Docker, así que los consejos para Docker no se aplican.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in step got an empty user name or password. In a pipeline the secret variable is usually not set or not available to this run.</source>
        <translation>El paso de inicio de sesión recibió un nombre de usuario o una contraseña vacíos. En una canalización, la variable secreta no suele estar definida o no está disponible para esta ejecución.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--password-stdin was given without a user name. In a pipeline the variable that holds the user name is usually empty or not set.</source>
        <translation>Se indicó --password-stdin sin un nombre de usuario. En una canalización, la variable que contiene el nombre de usuario suele estar vacía o sin definir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pod names an image pull secret that does not exist in its namespace, so the node pulls the image without signing in.</source>
        <translation>El pod indica un secreto de extracción de imágenes que no existe en su espacio de nombres, así que el nodo extrae la imagen sin iniciar sesión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node was refused the image because it pulled without valid credentials: the pod&apos;s pull secret is missing, in another namespace, or for another registry (on AKS, the cluster&apos;s identity may lack AcrPull).</source>
        <translation>Se le denegó la imagen al nodo porque la extrajo sin credenciales válidas: falta el secreto de extracción del pod, está en otro espacio de nombres o es para otro registro (en AKS, puede que la identidad del clúster no tenga AcrPull).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image exists, but not for this platform (operating system and processor, such as linux/arm64). This is not a sign-in problem: pull another platform or build the image for this one.</source>
        <translation>La imagen existe, pero no para esta plataforma (sistema operativo y procesador, como linux/arm64). No es un problema de inicio de sesión: extrae otra plataforma o compila la imagen para esta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The AWS CLI is signed in, but this identity may not get a registry token (it needs ecr:GetAuthorizationToken). docker login then receives no password.</source>
        <translation>La CLI de AWS inició sesión, pero esta identidad no puede obtener un token del registro (necesita ecr:GetAuthorizationToken). docker login no recibe entonces ninguna contraseña.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The AWS CLI&apos;s session has expired, so it could not get a registry token. Sign in to AWS again.</source>
        <translation>La sesión de la CLI de AWS expiró, así que no pudo obtener un token del registro. Vuelve a iniciar sesión en AWS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS does not know the access key the AWS CLI uses, so it could not get a registry token. Check the access key and secret the AWS CLI is set up with.</source>
        <translation>AWS no reconoce la clave de acceso que usa la CLI de AWS, así que no pudo obtener un token del registro. Comprueba la clave de acceso y el secreto con los que está configurada la CLI de AWS.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gcloud, the credential helper Docker uses for this registry, could not refresh its sign-in. Sign in again with gcloud auth login.</source>
        <translation>gcloud, el asistente de credenciales que Docker usa para este registro, no pudo renovar su inicio de sesión. Vuelve a iniciar sesión con gcloud auth login.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The BuildKit builder does not trust the registry&apos;s certificate. A builder in its own container (the docker-container driver) does not see the certificates this computer or Docker trusts.</source>
        <translation>El generador de BuildKit no confía en el certificado del registro. Un generador en su propio contenedor (el controlador docker-container) no ve los certificados en los que confían este equipo o Docker.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The sign-in worked, but downloading (or uploading) a layer failed at the registry&apos;s data endpoint or storage account, a different host than the registry. The firewall or proxy must allow that host too.</source>
        <translation>El inicio de sesión funcionó, pero la descarga (o la carga) de una capa falló en el punto de conexión de datos o la cuenta de almacenamiento del registro, un host distinto del registro. El firewall o el proxy también debe permitir ese host.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The server answered with plain HTTP where HTTPS was expected. Usually the registry was set up without TLS: the client must then list it as an insecure registry. Otherwise the address is not the registry, or a proxy is in between.</source>
        <translation>El servidor respondió con HTTP sin cifrar donde se esperaba HTTPS. Normalmente el registro se configuró sin TLS: el cliente debe entonces incluirlo como registro no seguro. Si no, la dirección no es la del registro o hay un proxy en medio.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The registry has no repository by this name. Check the spelling and the namespace (team/app), and that the image name starts with this registry&apos;s address.</source>
        <translation>El registro no tiene ningún repositorio con este nombre. Comprueba la ortografía y el espacio de nombres (team/app), y que el nombre de la imagen empiece por la dirección de este registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry has no image with this tag or digest in the repository, or no such repository. Check the tag, or list the tags the repository has.</source>
        <translation>El registro no tiene ninguna imagen con esta etiqueta o resumen (digest) en el repositorio, o el repositorio no existe. Comprueba la etiqueta o enumera las etiquetas del repositorio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused the image without saying whether it exists: either the repository does not exist (often a misspelt name or a missing namespace), or it exists and this sign-in may not read it.</source>
        <translation>El registro rechazó la imagen sin decir si existe: o bien el repositorio no existe (a menudo un nombre mal escrito o un espacio de nombres que falta), o bien existe y este inicio de sesión no puede leerlo.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The connection was tried over IPv6 (the address in brackets), and this computer has no IPv6 route to it. If the registry also has an IPv4 address, IPv4 probably works: the network needs a working IPv6 route, or IPv6 turned off where it has none.</source>
        <translation>La conexión se intentó por IPv6 (la dirección entre corchetes) y este equipo no tiene una ruta IPv6 hacia ella. Si el registro también tiene una dirección IPv4, es probable que IPv4 funcione: la red necesita una ruta IPv6 que funcione, o hay que desactivar IPv6 donde no la hay.</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>The registry uses ABAC repository permissions (&quot;RBAC Registry + ABAC Repository Permissions&quot;). There, AcrPull and AcrPush give no rights on repositories; the Container Registry Repository Reader, Writer and Contributor roles do.</source>
        <translation>El registro usa permisos de repositorio ABAC (&quot;RBAC Registry + ABAC Repository Permissions&quot;). Ahí AcrPull y AcrPush no conceden derechos sobre los repositorios; los conceden los roles Container Registry Repository Reader, Writer y Contributor.</translation>
    </message>
</context>
<context>
    <name>rd::Goal</name>
    <message>
        <location filename="../src/core/diagnosis/goal.cpp" line="+148"/>
        <source>You can sign in to %1 and push to %2.</source>
        <translation>Puedes iniciar sesión en %1 e insertar en %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You can sign in to %1 and pull from %2.</source>
        <translation>Puedes iniciar sesión en %1 y extraer de %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can sign in to %1.</source>
        <translation>Puedes iniciar sesión en %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not tested: the sign-in could not be tried, because %1 cannot be reached.</source>
        <translation>No probado: no se pudo intentar el inicio de sesión porque no se puede llegar a %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tested: the sign-in could not be tried, because the certificate of %1 is not trusted.</source>
        <translation>No probado: no se pudo intentar el inicio de sesión porque el certificado de %1 no es de confianza.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not tested: the sign-in could not be tried, because %1 did not answer as a registry should.</source>
        <translation>No probado: no se pudo intentar el inicio de sesión porque %1 no respondió como debería hacerlo un registro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in to %1 fails: %2</source>
        <extracomment>%1 is the registry, %2 the problem&apos;s title (&quot;The password is wrong&quot;).</extracomment>
        <translation>El inicio de sesión en %1 no funciona: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can sign in to %1, but not push to %2.</source>
        <translation>Puedes iniciar sesión en %1, pero no insertar en %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You can sign in to %1, but not pull from %2.</source>
        <translation>Puedes iniciar sesión en %1, pero no extraer de %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You can sign in to %1, but this computer is not ready: %2</source>
        <extracomment>%1 is the problem&apos;s title (&quot;The Docker engine is not running&quot;).</extracomment>
        <translation>Puedes iniciar sesión en %1, pero este equipo no está listo: %2</translation>
    </message>
</context>
<context>
    <name>rd::Guidance</name>
    <message>
        <location filename="../src/core/diagnosis/guidance.cpp" line="+39"/>
        <source>Signing in from an Azure service</source>
        <translation>Iniciar sesión desde un servicio de Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Azure service signs in with its own identity, not with yours, so a check from this computer cannot see it. Check that identity and its role on the registry.</source>
        <translation>Un servicio de Azure inicia sesión con su propia identidad, no con la tuya, así que una comprobación desde este equipo no puede verla. Comprueba esa identidad y su rol en el registro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AKS: the cluster pulls with its kubelet identity, which needs the AcrPull role on the registry. Check it from the cluster&apos;s side:</source>
        <translation>AKS: el clúster extrae con su identidad de kubelet, que necesita el rol AcrPull en el registro. Compruébalo desde el lado del clúster:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the check fails, attach the registry to the cluster (this gives the kubelet identity AcrPull):</source>
        <translation>Si la comprobación falla, asocia el registro al clúster (esto da AcrPull a la identidad de kubelet):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure DevOps: the pipeline signs in through its service connection (Project settings &gt; Service connections). Verify the connection there; its service principal or managed identity needs AcrPull to pull and AcrPush to push, and an expired client secret must be renewed.</source>
        <translation>Azure DevOps: la canalización inicia sesión mediante su conexión de servicio (Configuración del proyecto &gt; Conexiones de servicio). Verifica allí la conexión; su entidad de servicio o identidad administrada necesita AcrPull para extraer y AcrPush para insertar, y un secreto de cliente expirado debe renovarse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub Actions: sign in with the azure/login action using OpenID Connect (a federated credential on the app registration, no secret), then run az acr login. Give the app&apos;s identity its role on the registry:</source>
        <translation>GitHub Actions: inicia sesión con la acción azure/login mediante OpenID Connect (una credencial federada en el registro de aplicaciones, sin secreto) y después ejecuta az acr login. Da a la identidad de la aplicación su rol en el registro:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>App Service and Container Apps: pull with the app&apos;s managed identity, which needs AcrPull on the registry:</source>
        <translation>App Service y Container Apps: extrae con la identidad administrada de la aplicación, que necesita AcrPull en el registro:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seeing and managing the registry in the Azure portal</source>
        <translation>Ver y administrar el registro en Azure Portal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal shows a registry only to accounts with a role on it: Reader to see it, Contributor or Owner to change it. AcrPull and AcrPush allow pulling and pushing images only, not seeing the registry in the portal.</source>
        <translation>El portal solo muestra un registro a las cuentas con un rol en él: Lector para verlo, Colaborador o Propietario para cambiarlo. AcrPull y AcrPush solo permiten extraer e insertar imágenes, no ver el registro en el portal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List who has which role on the registry (someone who can see it runs this):</source>
        <translation>Enumera quién tiene qué rol en el registro (lo ejecuta alguien que pueda verlo):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the registry is missing from your list, check that the right subscription is selected:</source>
        <translation>Si el registro no aparece en tu lista, comprueba que esté seleccionada la suscripción correcta:</translation>
    </message>
</context>
<context>
    <name>rd::HtmlReport</name>
    <message>
        <location filename="../src/core/report/html_report.cpp" line="+110"/>
        <source>Registry Doctor report: %1</source>
        <translation>Informe de Registry Doctor: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registry Doctor report</source>
        <translation>Informe de Registry Doctor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registry: %1</source>
        <translation>Registro: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked at %1 (UTC)</source>
        <translation>Comprobado el %1 (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice scenario: %1</source>
        <translation>Escenario de práctica: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the check saw</source>
        <translation>Qué vio la comprobación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to fix it</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 commands</source>
        <translation>Comandos de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read more</source>
        <translation>Más información</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it found</source>
        <translation>Qué encontró</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made by Registry Doctor</source>
        <translation>Generado con Registry Doctor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total time: %1 ms</source>
        <translation>Tiempo total: %1 ms</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(practice scenario %1)</source>
        <translation>(escenario de práctica %1)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>First step:</source>
        <translation>Primer paso:</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Registry %1, sign-in %2, user %3, repository %4 (%5).</source>
        <extracomment>Ticket summary line; %1 registry, %2 sign-in method name (azure-cli, password, token, docker), %3 user name, %4 repository, %5 pull or push. &quot;-&quot; where not given.</extracomment>
        <translation>Registro %1, inicio de sesión %2, usuario %3, repositorio %4 (%5).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems: none found.</source>
        <extracomment>Ticket summary line; %1 is the problems&apos; titles, separated by semicolons.</extracomment>
        <translation>Problemas: no se encontró ninguno.</translation>
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
        <translation>Comprobado el %1 (UTC) con Registry Doctor %2 en %3.</translation>
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
        <translation>consejo</translation>
    </message>
</context>
<context>
    <name>rd::HttpExchange</name>
    <message>
        <location filename="../src/core/network/http_exchange.cpp" line="+98"/>
        <source>Practice mode only talks to this computer; %1 is not part of the exercise.</source>
        <translation>El modo de práctica solo se comunica con este equipo; %1 no forma parte del ejercicio.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The server sent more than %1 KiB before its answer could be read; the check stopped reading it.</source>
        <translation>El servidor envió más de %1 KiB antes de que se pudiera leer su respuesta; la comprobación dejó de leerla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer was larger than %1 KiB; the check stopped reading it.</source>
        <translation>La respuesta superaba %1 KiB; la comprobación dejó de leerla.</translation>
    </message>
</context>
<context>
    <name>rd::ImageProbe</name>
    <message>
        <location filename="../src/core/probes/image_probe_start.cpp" line="+21"/>
        <source>Skipped: no repository was given, so only the sign-in was checked.</source>
        <translation>Omitida: no se indicó ningún repositorio, así que solo se comprobó el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: a push does not need the image to exist.</source>
        <translation>Omitida: para insertar no hace falta que la imagen exista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: only a push uploads.</source>
        <translation>Omitida: solo una inserción (push) sube datos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: the sign-in did not succeed.</source>
        <translation>Omitida: el inicio de sesión no se completó.</translation>
    </message>
</context>
<context>
    <name>rd::LayerDownloadProbe</name>
    <message>
        <location filename="../src/core/probes/layer_download_probe.cpp" line="+84"/>
        <source>Not tested: on Docker Hub, reading the image&apos;s manifest counts as one of your pulls, and the check does not spend one. Signing in and the pull limit were checked without it.</source>
        <translation>No probado: en Docker Hub, leer el manifiesto de la imagen cuenta como una de tus descargas, y la comprobación no gasta ninguna. El inicio de sesión y el límite de descargas se comprobaron sin leerlo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skipped: the image&apos;s manifest could not be read (status %1).</source>
        <translation>Omitida: no se pudo leer el manifiesto de la imagen (estado %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: the image&apos;s manifest could not be read: %1</source>
        <translation>Omitida: no se pudo leer el manifiesto de la imagen: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skipped: the image has no layer to download.</source>
        <translation>Omitida: la imagen no tiene ninguna capa que descargar.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Layers download: the first bytes of the smallest layer came from the registry itself.</source>
        <translation>Las capas se descargan: los primeros bytes de la capa más pequeña llegaron del propio registro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry did not answer the layer download: %1</source>
        <translation>El registro no respondió a la descarga de la capa: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered the layer download with status %1.</source>
        <translation>El registro respondió a la descarga de la capa con el estado %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Skipped: layers are downloaded from %1, which is not part of the exercise.</source>
        <translation>Omitida: las capas se descargan de %1, que no forma parte del ejercicio.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The sign-in works, but layers are downloaded from %1, and this computer cannot resolve that name: %2</source>
        <translation>El inicio de sesión funciona, pero las capas se descargan de %1 y este equipo no puede resolver ese nombre: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in works, but layers are downloaded from %1 (port %2), and this computer cannot connect to it: %3</source>
        <translation>El inicio de sesión funciona, pero las capas se descargan de %1 (puerto %2) y este equipo no puede conectarse a él: %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Layers download: the registry sends them from %1, and the first bytes arrived from there.</source>
        <translation>Las capas se descargan: el registro las envía desde %1 y los primeros bytes llegaron desde allí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers are downloaded from %1; it is reachable, but answered with status %2.</source>
        <translation>Las capas se descargan de %1; es accesible, pero respondió con el estado %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers are downloaded from %1; a connection opened, but the download got no answer: %2</source>
        <translation>Las capas se descargan de %1; se abrió una conexión, pero la descarga no obtuvo respuesta: %2</translation>
    </message>
    <message>
        <location filename="../src/core/probes/layer_download_probe.h" line="+25"/>
        <source>Downloading a layer</source>
        <translation>Descarga de una capa</translation>
    </message>
    <message>
        <location filename="../src/core/probes/layer_download_probe.cpp" line="-109"/>
        <source>The image has no variant for this computer&apos;s platform, %1: it has %2.</source>
        <translation>La imagen no tiene ninguna variante para la plataforma de este equipo, %1: tiene %2.</translation>
    </message>
</context>
<context>
    <name>rd::LiveStatus</name>
    <message>
        <location filename="../src/gui/accessibility.cpp" line="+92"/>
        <source>1 character typed</source>
        <translation>1 carácter escrito</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n characters typed</source>
        <translation>
            <numerusform>%n carácter escrito</numerusform>
            <numerusform>%n caracteres escritos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+72"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The check could not start</source>
        <translation>No se pudo iniciar la comprobación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report (*.json);;Markdown (*.md);;Web page (*.html)</source>
        <translation>Informe (*.json);;Markdown (*.md);;Página web (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open report</source>
        <translation>Abrir informe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report (*.json)</source>
        <translation>Informe (*.json)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Summary copied: paste it into a chat or an e-mail.</source>
        <translation>Resumen copiado: pégalo en un chat o en un correo electrónico.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Practice: %1</source>
        <extracomment>Part of the window title in practice mode; %1 is what the user complains about (the practice scenario).</extracomment>
        <translation>Práctica: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Registry Doctor</source>
        <translation>Registry Doctor</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Practice mode: &quot;%1&quot;. Checks go to the built-in practice registry on this computer, not to a real one.</source>
        <translation>Modo de práctica: &quot;%1&quot;. Las comprobaciones van al registro de práctica integrado en este equipo, no a uno real.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>&amp;New check</source>
        <translation>&amp;Nueva comprobación</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>&amp;Open report…</source>
        <translation>A&amp;brir informe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy summary for chat or e-mail</source>
        <translation>&amp;Copiar resumen para chat o correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Practice</source>
        <translation>&amp;Práctica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose a practice scenario…</source>
        <translation>&amp;Elegir un escenario de práctica…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave practice mode</source>
        <translation>&amp;Salir del modo de práctica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Troubleshooting guide (Microsoft Learn)</source>
        <translation>&amp;Guía de solución de problemas (Microsoft Learn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Registry Doctor</source>
        <translation>&amp;Acerca de Registry Doctor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop checking</source>
        <translation>&amp;Detener la comprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+16"/>
        <source>The report could not be opened</source>
        <translation>No se pudo abrir el informe</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The report could not be saved</source>
        <translation>No se pudo guardar el informe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report saved to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Type the password for %1 again: a password goes only to the registry it was typed for.</source>
        <translation>Vuelve a escribir la contraseña de %1: una contraseña solo se envía al registro para el que se escribió.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>%1 is too large to be a report from Registry Doctor.</source>
        <translation>%1 es demasiado grande para ser un informe de Registry Doctor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a JSON file, but not a report saved by Registry Doctor. Open a .json file that Registry Doctor saved (File &gt; Save report).</source>
        <translation>%1 es un archivo JSON, pero no un informe guardado por Registry Doctor. Abre un archivo .json que haya guardado Registry Doctor (Archivo &gt; Guardar informe).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a report from Registry Doctor: it is not a readable JSON file (%2).</source>
        <extracomment>%1 is a file path; %2 the JSON parser&apos;s message (in English).</extracomment>
        <translation>%1 no es un informe de Registry Doctor: no es un archivo JSON legible (%2).</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Check all my saved &amp;logins…</source>
        <translation>Comprobar &amp;todos mis inicios de sesión guardados…</translation>
    </message>
</context>
<context>
    <name>rd::ManifestProbe</name>
    <message>
        <location filename="../src/core/probes/manifest_probe.cpp" line="+71"/>
        <source>The registry did not answer the request for the image %1: %2</source>
        <translation>El registro no respondió a la solicitud de la imagen %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The image %1 exists, and this sign-in may read it.</source>
        <translation>La imagen %1 existe y este inicio de sesión puede leerla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the image %1 was refused with status %2.</source>
        <translation>La lectura de la imagen %1 se rechazó con el estado %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered the request for the image %1 with status %2.</source>
        <translation>El registro respondió a la solicitud de la imagen %1 con el estado %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The repository exists, but the image %1 does not: the registry answered 404 for its tag or digest.</source>
        <translation>El repositorio existe, pero la imagen %1 no: el registro respondió 404 para su etiqueta o resumen (digest).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags it has: %1.</source>
        <translation>Etiquetas que tiene: %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The registry has no repository for the image %1: it answered 404.</source>
        <translation>El registro no tiene ningún repositorio para la imagen %1: respondió 404.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repositories with a similar name: %1.</source>
        <translation>Repositorios con un nombre parecido: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/manifest_probe.h" line="+21"/>
        <source>The image&apos;s manifest</source>
        <translation>Manifiesto de la imagen</translation>
    </message>
    <message>
        <location filename="../src/core/probes/manifest_probe.cpp" line="-67"/>
        <source>The image %1 exists, but the registry says no pulls are left (limit %2): pulling it will be refused until the limit allows it again.</source>
        <translation>La imagen %1 existe, pero el registro dice que no quedan extracciones (límite %2): su extracción se rechazará hasta que el límite la permita de nuevo.</translation>
    </message>
</context>
<context>
    <name>rd::PermissionsProbe</name>
    <message>
        <location filename="../src/core/probes/permissions_probe.cpp" line="+22"/>
        <source>Skipped: the sign-in did not succeed.</source>
        <translation>Omitida: el inicio de sesión no funcionó.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped: no repository was given, so only the sign-in was checked.</source>
        <translation>Omitida: no se indicó ningún repositorio, así que solo se comprobó el inicio de sesión.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The sign-in works, but it does not allow %1 on %2: the registry granted only %3.</source>
        <translation>El inicio de sesión funciona, pero no permite %1 en %2: el registro solo concedió %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the repository %1 was refused with status %2.</source>
        <translation>Se rechazó la lectura del repositorio %1 con el estado %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You may push to %1; it does not exist yet and your first push creates it.</source>
        <translation>Puedes insertar en %1; todavía no existe y tu primer push lo creará.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The repository %1 does not exist in this registry (404): check its name.</source>
        <translation>El repositorio %1 no existe en este registro (404): comprueba su nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may pull from and push to %1.</source>
        <translation>Puedes extraer de %1 e insertar en él.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You may pull from %1.</source>
        <translation>Puedes extraer de %1.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/permissions_probe.h" line="+19"/>
        <source>Rights on the repository</source>
        <translation>Permisos sobre el repositorio</translation>
    </message>
    <message>
        <location filename="../src/core/probes/permissions_probe.cpp" line="-15"/>
        <source>The sign-in works, but it does not allow %1 on %2: the registry granted no rights on it.</source>
        <translation>El inicio de sesión funciona, pero no permite %1 en %2: el registro no concedió ningún permiso sobre él.</translation>
    </message>
</context>
<context>
    <name>rd::PracticeDialog</name>
    <message>
        <location filename="../src/gui/practice_dialog.cpp" line="+14"/>
        <location line="+13"/>
        <source>Practice scenarios</source>
        <translation>Escenarios de práctica</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Scenario:</source>
        <extracomment>Label of the list of practice scenarios (situations to practise).</extracomment>
        <translation>&amp;Escenario:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Start &amp;practice</source>
        <translation>&amp;Iniciar práctica</translation>
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
        <translation>Elige una situación para practicar. La comprobación hablará entonces con un registro de práctica en este equipo que responde como el servicio de esa situación (Azure Container Registry, Docker Hub, GitHub Container Registry, Amazon ECR o Google Artifact Registry), con ese problema. No se envía nada a Internet.</translation>
    </message>
</context>
<context>
    <name>rd::PracticeRegistry</name>
    <message>
        <location filename="../src/core/practice/practice_dns_server.cpp" line="+22"/>
        <source>The practice DNS responder could not open a UDP port: %1</source>
        <translation>El servidor DNS de práctica no pudo abrir un puerto UDP: %1</translation>
    </message>
    <message>
        <location filename="../src/core/practice/practice_registry.cpp" line="+918"/>
        <source>There is no practice scenario called &apos;%1&apos;.</source>
        <translation>No hay ningún escenario de práctica llamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The practice registry could not listen on 127.0.0.1: %1</source>
        <translation>El registro de práctica no pudo escuchar en 127.0.0.1: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The practice registry could not reserve a loopback port: %1</source>
        <translation>El registro de práctica no pudo reservar un puerto de bucle invertido (loopback): %1</translation>
    </message>
    <message>
        <location line="-545"/>
        <source>The practice registry could not write the trainee&apos;s Docker configuration: %1</source>
        <translation>El registro de práctica no pudo escribir la configuración de Docker del alumno: %1</translation>
    </message>
</context>
<context>
    <name>rd::PracticeScenario</name>
    <message>
        <location filename="../src/core/practice/practice_scenarios.cpp" line="+22"/>
        <source>Everything works</source>
        <translation>Todo funciona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry contoso.azurecr.io answers normally and the admin user may pull and push the repository &apos;hello&apos;. A correct check finds nothing to fix.</source>
        <translation>El registro contoso.azurecr.io responde con normalidad y el usuario administrador puede extraer e insertar en el repositorio &apos;hello&apos;. Una comprobación correcta no encuentra nada que solucionar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A plain registry with a password (no token server)</source>
        <translation>Un registro sencillo con contraseña (sin servidor de tokens)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registry.example.test is a generic registry that asks for a user name and password directly (HTTP Basic) instead of sending the client to a token server. The credentials are right; a correct check finds nothing to fix.</source>
        <translation>registry.example.test es un registro genérico que pide directamente nombre de usuario y contraseña (HTTP Basic) en lugar de enviar al cliente a un servidor de tokens. Las credenciales son correctas; una comprobación correcta no encuentra nada que solucionar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong password</source>
        <translation>Contraseña incorrecta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name exists but the password is an old one. The token server refuses it with &apos;unauthorized: authentication required&apos;.</source>
        <translation>El nombre de usuario existe, pero la contraseña es una antigua. El servidor de tokens la rechaza con &apos;unauthorized: authentication required&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail address used as user name</source>
        <translation>Dirección de correo usada como nombre de usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee typed their e-mail address as user name. The registry answers &apos;Application not registered with AAD&apos;: it expects a service principal&apos;s application ID, the admin user name or a token name.</source>
        <translation>Quien practica escribió su dirección de correo electrónico como nombre de usuario. El registro responde &apos;Application not registered with AAD&apos;: espera el Id. de aplicación de una entidad de servicio, el nombre del usuario administrador o el nombre de un token.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allowed to pull, trying to push</source>
        <translation>Puede extraer, pero intenta insertar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in works, but the identity may only pull the repository &apos;hello&apos; and the trainee wants to push to it. The token the registry issues grants pull only.</source>
        <translation>El inicio de sesión funciona, pero la identidad solo puede extraer del repositorio &apos;hello&apos; y quien practica quiere insertar en él. El token que emite el registro solo concede pull.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expired token from az acr login</source>
        <translation>Token de az acr login expirado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is a token printed by &apos;az acr login --expose-token&apos; more than three hours ago (user name 00000000-0000-0000-0000-000000000000). It expired two hours ago and the registry refuses it.</source>
        <translation>La contraseña es un token que mostró &apos;az acr login --expose-token&apos; hace más de tres horas (nombre de usuario 00000000-0000-0000-0000-000000000000). Caducó hace dos horas y el registro lo rechaza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registry firewall blocks this computer</source>
        <translation>El firewall del registro bloquea este equipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry only accepts selected networks. Every request is refused with 403 &apos;client with IP &apos;203.0.113.7&apos; is not allowed access&apos;.</source>
        <translation>El registro solo acepta redes seleccionadas. Todas las solicitudes se rechazan con 403 &apos;client with IP &apos;203.0.113.7&apos; is not allowed access&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many requests</source>
        <translation>Demasiadas solicitudes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry throttles the client: every request gets 429 Too Many Requests with &apos;Retry-After: 30&apos;.</source>
        <translation>El registro limita al cliente: cada solicitud recibe 429 Too Many Requests con &apos;Retry-After: 30&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS inspection proxy certificate</source>
        <translation>Certificado de un proxy con inspección TLS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A company proxy inspects TLS: the certificate the client receives is issued by &apos;Contoso Web Filter TLS Inspection CA&apos;, which this computer does not trust.</source>
        <translation>Un proxy de empresa inspecciona TLS: el certificado que recibe el cliente lo emite &apos;Contoso Web Filter TLS Inspection CA&apos;, en la que este equipo no confía.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slow but working registry</source>
        <translation>Registro lento, pero que funciona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every answer takes 1.5 seconds. Everything else works; a correct check is slower but finds nothing to fix.</source>
        <translation>Cada respuesta tarda 1,5 segundos. Todo lo demás funciona; una comprobación correcta es más lenta, pero no encuentra nada que solucionar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address is a web site, not a registry</source>
        <translation>La dirección es un sitio web, no un registro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server at the address is an ordinary web server: /v2/ answers 404 with an HTML page instead of a registry&apos;s challenge.</source>
        <translation>El servidor de la dirección es un servidor web normal: /v2/ responde 404 con una página HTML en lugar del desafío de un registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry temporarily unavailable</source>
        <translation>Registro no disponible temporalmente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry answers 503 Service Unavailable to every request: the problem is on the service side, not on this computer.</source>
        <translation>El registro responde 503 Service Unavailable a todas las solicitudes: el problema está en el servicio, no en este equipo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer&apos;s clock is wrong</source>
        <translation>El reloj de este equipo está mal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry&apos;s time is two hours behind this computer&apos;s clock, so the tokens it issues look already expired here. Set the clock right (automatic time).</source>
        <translation>La hora del registro va dos horas por detrás del reloj de este equipo, así que aquí los tokens que emite parecen ya expirados. Pon el reloj en hora (hora automática).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry name does not exist</source>
        <translation>El registro indicado no existe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DNS answers &apos;no such host&apos; (NXDOMAIN) for contoso.azurecr.io: the name is misspelled, the registry was deleted, or it belongs to another cloud.</source>
        <translation>El DNS responde &apos;no such host&apos; (NXDOMAIN) para contoso.azurecr.io: el nombre está mal escrito, el registro se eliminó o pertenece a otra nube.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Private endpoint outside its network</source>
        <translation>Punto de conexión privado fuera de su red</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contoso.azurecr.io resolves through contoso.privatelink.azurecr.io to the private address 10.0.0.5, which this computer cannot reach: it is not in the registry&apos;s virtual network.</source>
        <translation>contoso.azurecr.io se resuelve, a través de contoso.privatelink.azurecr.io, como la dirección privada 10.0.0.5, a la que este equipo no puede llegar: no está en la red virtual del registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry address not reachable</source>
        <translation>No se puede llegar a la dirección del registro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name resolves, but nothing answers on port 443: a network, proxy or outbound firewall problem.</source>
        <translation>El nombre se resuelve, pero nada responde en el puerto 443: un problema de red, de proxy o del firewall de salida.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry name typed with extras</source>
        <translation>Nombre del registro escrito con añadidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee typed &apos;https://Contoso.azurecr.io:443/&apos;. The registry works; a correct check warns that Docker needs the plain lowercase login server &apos;contoso.azurecr.io&apos;.</source>
        <translation>Quien practica escribió &apos;https://Contoso.azurecr.io:443/&apos;. El registro funciona; una comprobación correcta advierte de que Docker necesita solo el servidor de inicio de sesión en minúsculas &apos;contoso.azurecr.io&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amazon ECR: the 12-hour token has expired</source>
        <translation>Amazon ECR: el token de 12 horas ha expirado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>123456789012.dkr.ecr.eu-west-1.amazonaws.com answers as Amazon ECR does. The trainee signs in as AWS with a token from aws ecr get-login-password made the day before; ECR tokens last 12 hours, and the registry answers &apos;denied: Your authorization token has expired. Reauthenticate and try again.&apos;</source>
        <translation>123456789012.dkr.ecr.eu-west-1.amazonaws.com responde como Amazon ECR. El alumno inicia sesión como AWS con un token de aws ecr get-login-password creado el día anterior; los tokens de ECR duran 12 horas y el registro responde &apos;denied: Your authorization token has expired. Reauthenticate and try again.&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>We moved our images to 123456789012.dkr.ecr.us-east-1.amazonaws.com and now docker login there fails.</source>
        <translation>Movimos nuestras imágenes a 123456789012.dkr.ecr.us-east-1.amazonaws.com y ahora docker login falla ahí.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>I type my Docker Hub password correctly, but docker login says it is wrong.</source>
        <translation>Escribo bien mi contraseña de Docker Hub, pero docker login dice que es incorrecta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I can sign in to ghcr.io, but pulling our image contoso/hello is denied.</source>
        <translation>Puedo iniciar sesión en ghcr.io, pero se deniega la descarga de nuestra imagen contoso/hello.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The image name is misspelled</source>
        <translation>El nombre de la imagen está mal escrito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in works, but the trainee pulls &apos;helo&apos; instead of &apos;hello&apos;. The registry answers &apos;name unknown&apos; (404): the repository does not exist, which is not the same as being refused.</source>
        <translation>El inicio de sesión funciona, pero el alumno extrae &apos;helo&apos; en lugar de &apos;hello&apos;. El registro responde &apos;name unknown&apos; (404): el repositorio no existe, lo cual no es lo mismo que una denegación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layers blocked at the data endpoint</source>
        <translation>Capas bloqueadas en el punto de conexión de datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in and reading the manifest work, but the registry sends layer downloads to its data endpoint contoso.eastus.data.azurecr.io, which this network&apos;s firewall does not allow.</source>
        <translation>El inicio de sesión y la lectura del manifiesto funcionan, pero el registro envía las descargas de capas a su punto de conexión de datos contoso.eastus.data.azurecr.io, que el firewall de esta red no permite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A registry without HTTPS</source>
        <translation>Un registro sin HTTPS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registry.example.test was set up without a certificate and speaks plain HTTP. Clients try HTTPS first and stop with &apos;server gave HTTP response to HTTPS client&apos;.</source>
        <translation>registry.example.test se configuró sin certificado y usa HTTP sin cifrar. Los clientes prueban primero HTTPS y se detienen con &apos;server gave HTTP response to HTTPS client&apos;.</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>A new colleague asks whether they can pull and push hello on contoso.azurecr.io.</source>
        <translation>Un compañero nuevo pregunta si puede hacer pull y push de hello en contoso.azurecr.io.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A developer asks whether their sign-in to registry.example.test is set up right.</source>
        <translation>Un desarrollador pregunta si su inicio de sesión en registry.example.test está bien configurado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I cannot sign in to contoso.azurecr.io any more. It worked last week.</source>
        <translation>Ya no puedo iniciar sesión en contoso.azurecr.io. La semana pasada funcionaba.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new starter cannot sign in to contoso.azurecr.io with their work account.</source>
        <translation>Un empleado nuevo no puede iniciar sesión en contoso.azurecr.io con su cuenta profesional.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A colleague cannot push to hello since this morning.</source>
        <translation>Desde esta mañana, un compañero no puede hacer push a hello.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing in with a token worked this morning; now every pull from contoso.azurecr.io fails.</source>
        <translation>Esta mañana el inicio de sesión con un token funcionaba; ahora cada pull desde contoso.azurecr.io falla.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody in the branch office can use contoso.azurecr.io; from home it works.</source>
        <translation>Nadie en la sucursal puede usar contoso.azurecr.io; desde casa funciona.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our build server gets errors from contoso.azurecr.io every few minutes.</source>
        <translation>Nuestro servidor de compilación recibe errores de contoso.azurecr.io cada pocos minutos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Since we moved to the new office network, signing in to contoso.azurecr.io fails.</source>
        <translation>Desde que nos pasamos a la nueva red de la oficina, el inicio de sesión en contoso.azurecr.io falla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pulling from contoso.azurecr.io feels very slow today.</source>
        <translation>Hoy el pull desde contoso.azurecr.io parece muy lento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I was given an address for our registry, but signing in to it fails.</source>
        <translation>Me dieron una dirección para nuestro registro, pero el inicio de sesión falla.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing works with contoso.azurecr.io for the whole team since an hour ago.</source>
        <translation>Desde hace una hora no funciona nada con contoso.azurecr.io para todo el equipo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everyone else can use contoso.azurecr.io; on my laptop the sign-in is refused right away.</source>
        <translation>Todos los demás pueden usar contoso.azurecr.io; en mi portátil el inicio de sesión se rechaza enseguida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>docker login says it cannot find contoso.azurecr.io.</source>
        <translation>docker login dice que no encuentra contoso.azurecr.io.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From my laptop contoso.azurecr.io times out; from the build servers in Azure it works.</source>
        <translation>Desde mi portátil, contoso.azurecr.io agota el tiempo de espera; desde los servidores de compilación en Azure funciona.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>docker login to contoso.azurecr.io waits and then gives up.</source>
        <translation>docker login en contoso.azurecr.io se queda esperando y luego se rinde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I copied the registry&apos;s address from a web page into docker login and it does not work.</source>
        <translation>Copié la dirección del registro desde una página web en docker login y no funciona.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our nightly job cannot pull from 123456789012.dkr.ecr.eu-west-1.amazonaws.com any more; yesterday it worked.</source>
        <translation>Nuestro trabajo nocturno ya no puede hacer pull desde 123456789012.dkr.ecr.eu-west-1.amazonaws.com; ayer funcionaba.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Since this afternoon our builds cannot pull hello from Docker Hub, although signing in works.</source>
        <translation>Desde esta tarde nuestras compilaciones no pueden descargar hello de Docker Hub, aunque el inicio de sesión funciona.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>docker pull contoso.azurecr.io/helo says &apos;not found&apos;, but I can sign in.</source>
        <translation>docker pull contoso.azurecr.io/helo dice &apos;not found&apos;, pero puedo iniciar sesión.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing in works, but pulling hello from contoso.azurecr.io stops at the first layer.</source>
        <translation>El inicio de sesión funciona, pero el pull de hello desde contoso.azurecr.io se detiene en la primera capa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our test registry registry.example.test refuses docker login with an HTTP error.</source>
        <translation>Nuestro registro de prueba registry.example.test rechaza docker login con un error HTTP.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>First steps</source>
        <extracomment>A group of practice scenarios.</extracomment>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyday cases</source>
        <extracomment>A group of practice scenarios.</extracomment>
        <translation>Casos habituales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hard cases</source>
        <extracomment>A group of practice scenarios.</extracomment>
        <translation>Casos difíciles</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Amazon ECR: a token for another region</source>
        <translation>Amazon ECR: un token para otra región</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry is 123456789012.dkr.ecr.us-east-1.amazonaws.com, but the trainee&apos;s token comes from aws ecr get-login-password --region eu-west-1. Each ECR token is good for one region and account only; the registry answers the sign-in with 400 Bad Request.</source>
        <translation>El registro es 123456789012.dkr.ecr.us-east-1.amazonaws.com, pero el token del alumno viene de aws ecr get-login-password --region eu-west-1. Cada token de ECR sirve solo para una región y una cuenta; el registro responde al inicio de sesión con 400 Bad Request.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker Hub: no pulls left</source>
        <translation>Docker Hub: no quedan extracciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in to Docker Hub works, but the account has used its 100 pulls of the last six hours: the headers say ratelimit-limit: 100;w=21600 and ratelimit-remaining: 0;w=21600, and a pull gets 429 &apos;You have reached your pull rate limit&apos;.</source>
        <translation>El inicio de sesión en Docker Hub funciona, pero la cuenta ha usado sus 100 extracciones de las últimas seis horas: los encabezados dicen ratelimit-limit: 100;w=21600 y ratelimit-remaining: 0;w=21600, y una extracción recibe 429 &quot;You have reached your pull rate limit&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker Hub: password instead of an access token</source>
        <translation>Docker Hub: contraseña en lugar de un token de acceso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee signs in to Docker Hub with the account password, but two-factor authentication is on. Docker Hub&apos;s token service refuses it with 401 &apos;please use personal access token to login&apos;.</source>
        <translation>El alumno inicia sesión en Docker Hub con la contraseña de la cuenta, pero la autenticación en dos fases está activada. El servicio de tokens de Docker Hub la rechaza con 401 &quot;please use personal access token to login&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub: a token without read:packages</source>
        <translation>GitHub: un token sin read:packages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee signs in to ghcr.io with a classic personal access token that lacks the read:packages scope. The sign-in itself works, but the token for the private package contoso/hello is refused with 403 &apos;denied&apos;.</source>
        <translation>El alumno inicia sesión en ghcr.io con un token de acceso personal clásico al que le falta el ámbito read:packages. El inicio de sesión funciona, pero el token para el paquete privado contoso/hello se rechaza con 403 &quot;denied&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google Artifact Registry: images moved to a new region</source>
        <translation>Google Artifact Registry: imágenes movidas a una nueva región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulling from europe-west1-docker.pkg.dev says &apos;Unauthenticated request&apos;, although I am signed in to gcloud and pulls from us-docker.pkg.dev work.</source>
        <translation>Al hacer pull desde europe-west1-docker.pkg.dev aparece &quot;Unauthenticated request&quot;, aunque inicié sesión en gcloud y el pull desde us-docker.pkg.dev funciona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trainee&apos;s Docker config was written by gcloud auth configure-docker: it hands gcloud&apos;s sign-in (credHelpers) to the Container Registry hosts such as gcr.io and to us-docker.pkg.dev, and to no other host. For europe-west1-docker.pkg.dev Docker has no login and sends none, and Artifact Registry refuses the anonymous request with 403 &apos;Unauthenticated request&apos;. The fix is gcloud auth configure-docker europe-west1-docker.pkg.dev.</source>
        <translation>La configuración de Docker del alumno la escribió gcloud auth configure-docker: entrega el inicio de sesión de gcloud (credHelpers) a los hosts de Container Registry como gcr.io y a us-docker.pkg.dev, y a ningún otro host. Para europe-west1-docker.pkg.dev Docker no tiene ningún inicio de sesión y no envía ninguno, y Artifact Registry rechaza la solicitud anónima con 403 &quot;Unauthenticated request&quot;. La solución es gcloud auth configure-docker europe-west1-docker.pkg.dev.</translation>
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
        <translation>en espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>correcta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>con error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+42"/>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+11"/>
        <source>Not run: the check was stopped.</source>
        <translation>No ejecutada: la comprobación se detuvo.</translation>
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
        <translation>No se ejecutó: un argumento contiene caracteres que cmd.exe interpretaría y %1 es un archivo por lotes.</translation>
    </message>
</context>
<context>
    <name>rd::ProxyProbe</name>
    <message>
        <location filename="../src/core/probes/proxy_probe.cpp" line="+12"/>
        <source>Skipped: there is no registry address to check.</source>
        <translation>Omitida: no hay ninguna dirección de registro que comprobar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is set but is not a valid proxy address.</source>
        <translation>%1 está definida, pero no es una dirección de proxy válida.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is set, but NO_PROXY exempts %2: the connection goes direct.</source>
        <translation>%1 está definida, pero NO_PROXY excluye %2: la conexión es directa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy is set for %1: the connection goes direct.</source>
        <translation>No hay ningún proxy definido para %1: la conexión es directa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system proxy (%1) is not used by Docker&apos;s command line.</source>
        <translation>La línea de comandos de Docker no usa el proxy del sistema (%1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Practice mode ignores the proxy %1.</source>
        <translation>El modo de práctica ignora el proxy %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connections to %1 go through the proxy %2 (from %3).</source>
        <translation>Las conexiones a %1 pasan por el proxy %2 (definido en %3).</translation>
    </message>
    <message>
        <location filename="../src/core/probes/proxy_probe.h" line="+14"/>
        <source>Proxy settings</source>
        <translation>Configuración de proxy</translation>
    </message>
    <message>
        <location filename="../src/core/probes/proxy_probe.cpp" line="-20"/>
        <source>%1 is set, but Docker, Podman and other Go programs never use a proxy for %2 (this computer itself): the connection goes direct.</source>
        <translation>%1 está definida, pero Docker, Podman y otros programas Go nunca usan un proxy para %2 (este mismo equipo): la conexión es directa.</translation>
    </message>
</context>
<context>
    <name>rd::RegistryKind</name>
    <message>
        <location filename="../src/core/registry/registry_kind.cpp" line="+194"/>
        <source>container registry</source>
        <extracomment>The kind of a registry the check could not tie to a known service (any OCI registry).</extracomment>
        <translation>registro de contenedor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your Docker ID; with two-step verification on, the password is a personal access token.</source>
        <translation>Tu Docker ID; con la verificación en dos pasos activada, la contraseña es un token de acceso personal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your GitHub login; the password is a personal access token (classic) with read:packages.</source>
        <translation>Tu nombre de inicio de sesión de GitHub; la contraseña es un token de acceso personal (classic) con read:packages.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Always AWS; the password comes from aws ecr get-login-password.</source>
        <translation>Siempre AWS; la contraseña la da aws ecr get-login-password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oauth2accesstoken with a token from gcloud auth print-access-token, or _json_key with a service account key.</source>
        <translation>oauth2accesstoken con un token de gcloud auth print-access-token, o _json_key con una clave de cuenta de servicio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Harbor user name, or a robot account (robot$...) with its secret.</source>
        <translation>Tu nombre de usuario de Harbor, o una cuenta robot (robot$...) con su secreto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Quay user name, or a robot account (organization+name) with its token.</source>
        <translation>Tu nombre de usuario de Quay, o una cuenta robot (organización+nombre) con su token.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your GitLab user name; the password is a personal access token with read_registry.</source>
        <translation>Tu nombre de usuario de GitLab; la contraseña es un token de acceso personal con read_registry.</translation>
    </message>
    <message>
        <location filename="../src/core/registry/sign_in_choice.cpp" line="+13"/>
        <source>You sign in with docker login, your Docker ID and a personal access token from Docker Hub&apos;s account settings (the account password only works without two-step verification).</source>
        <translation>Inicias sesión con docker login, tu Docker ID y un token de acceso personal de la configuración de la cuenta de Docker Hub (la contraseña de la cuenta solo funciona sin verificación en dos pasos).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You sign in with your GitHub login and a classic token with read:packages (write:packages to push), for example from gh auth token; in GitHub Actions, GITHUB_TOKEN.</source>
        <translation>Inicias sesión con tu usuario de GitHub y un token clásico con read:packages (write:packages para insertar), por ejemplo de gh auth token; en GitHub Actions, GITHUB_TOKEN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS and a token from aws ecr &amp;get-login-password</source>
        <translation>AWS y un token de aws ecr &amp;get-login-password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name is AWS; the password is a 12-hour token for the registry&apos;s region and account, from aws ecr get-login-password --region REGION.</source>
        <translation>El nombre de usuario es AWS; la contraseña es un token de 12 horas para la región y la cuenta del registro, de aws ecr get-login-password --region REGION.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oauth2accesstoken or a service account &amp;key (_json_key)</source>
        <translation>oauth2accessto&amp;ken o una clave de cuenta de servicio (_json_key)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oauth2accesstoken with a one-hour token from gcloud auth print-access-token, or _json_key (or _json_key_base64) with a service account&apos;s key file.</source>
        <translation>oauth2accesstoken con un token de una hora de gcloud auth print-access-token, o _json_key (o _json_key_base64) con el archivo de clave de una cuenta de servicio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Harbor user and password, or a robot account (robot$project+name) and its secret; put the name in single quotes in a shell, which would read $ as a variable.</source>
        <translation>Un usuario de Harbor y su contraseña, o una cuenta de robot (robot$project+name) y su secreto; en un shell, pon el nombre entre comillas simples, porque $ se leería como una variable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Quay user and password (or encrypted password), or a robot account (organization+name) and its token.</source>
        <translation>Un usuario de Quay y su contraseña (o contraseña cifrada), o una cuenta de robot (organization+name) y su token.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A deploy token&apos;s user name and token, or your GitLab user name and a personal access token with read_registry (write_registry to push); in pipelines, gitlab-ci-token and CI_JOB_TOKEN.</source>
        <translation>El nombre de usuario y el token de un token de implementación, o tu nombre de usuario de GitLab y un token de acceso personal con read_registry (write_registry para insertar); en las canalizaciones, gitlab-ci-token y CI_JOB_TOKEN.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Docker ID and personal access to&amp;ken</source>
        <translation>Doc&amp;ker ID y token de acceso personal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub login and personal access to&amp;ken (classic)</source>
        <translation>Usuario de GitHub y to&amp;ken de acceso personal (clásico)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>User or robot a&amp;ccount</source>
        <translation>Usuario o cu&amp;enta de robot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deploy token or personal access to&amp;ken</source>
        <translation>To&amp;ken de implementación o token de acceso personal</translation>
    </message>
</context>
<context>
    <name>rd::RegistryNameProbe</name>
    <message>
        <location filename="../src/core/probes/registry_name_probe.cpp" line="+26"/>
        <source>&quot;%1&quot; is not a registry address.</source>
        <translation>&quot;%1&quot; no es la dirección de un registro.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&quot;%1&quot; has %n mistake(s); the check uses %2.</source>
        <translation>
            <numerusform>&quot;%1&quot; tiene %n error; la comprobación usa %2.</numerusform>
            <numerusform>&quot;%1&quot; tiene %n errores; la comprobación usa %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login server is %1.</source>
        <translation>El servidor de inicio de sesión es %1.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/registry_name_probe.h" line="+14"/>
        <source>Registry name</source>
        <translation>Nombre del registro</translation>
    </message>
</context>
<context>
    <name>rd::RegistryPage</name>
    <message>
        <location filename="../ui/registry_page.ui"/>
        <source>Which registry do you want to reach?</source>
        <translation>¿A qué registro quieres acceder?</translation>
    </message>
    <message>
        <location/>
        <source>Paste its address the way you have it, even with https:// or an image name. It is tidied up for you.</source>
        <translation>Pega su dirección tal como la tengas, aunque lleve https:// o un nombre de imagen. Se corregirá automáticamente.</translation>
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
        <translation>El servidor de inicio de sesión del registro, por ejemplo myregistry.azurecr.io</translation>
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
        <translation>¿Cómo inicias sesión?</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Azure CLI (az acr login)</source>
        <translation>CLI de A&amp;zure (az acr login)</translation>
    </message>
    <message>
        <location/>
        <source>You sign in to Azure with az login; az acr login then signs Docker in to the registry.</source>
        <translation>Inicias sesión en Azure con az login; después, az acr login inicia la sesión de Docker en el registro.</translation>
    </message>
    <message>
        <location/>
        <source>You type a user name and a password or secret, for example with docker login.</source>
        <translation>Escribes un nombre de usuario y una contraseña o un secreto, por ejemplo con docker login.</translation>
    </message>
    <message>
        <location/>
        <source>Repository-scoped &amp;token</source>
        <translation>To&amp;ken con ámbito de repositorio</translation>
    </message>
    <message>
        <location/>
        <source>A token made for some repositories only. It has its own name and password.</source>
        <translation>Un token creado solo para algunos repositorios. Tiene su propio nombre y su propia contraseña.</translation>
    </message>
    <message>
        <location/>
        <source>The credentials &amp;Docker already saved</source>
        <translation>Las credenciales que &amp;Docker ya guardó</translation>
    </message>
    <message>
        <location/>
        <source>You signed in before and Docker remembers it. Nothing to type.</source>
        <translation>Ya iniciaste sesión antes y Docker lo recuerda. No hay nada que escribir.</translation>
    </message>
    <message>
        <location/>
        <source>An Azure &amp;service (AKS, Azure DevOps)</source>
        <translation>Un ser&amp;vicio de Azure (AKS, Azure DevOps)</translation>
    </message>
    <message>
        <location/>
        <source>A service pulls the images with its own identity, not with yours.</source>
        <translation>Un servicio extrae las imágenes con su propia identidad, no con la tuya.</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+110"/>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+5"/>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="-2"/>
        <source>For a service principal: its application (client) ID</source>
        <translation>Para una entidad de servicio: su Id. de aplicación (cliente)</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+3"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location/>
        <source>Used only for this check. It is never saved or shown.</source>
        <translation>Solo se usa para esta comprobación. Nunca se guarda ni se muestra.</translation>
    </message>
    <message>
        <location/>
        <source>Which image? (optional)</source>
        <extracomment>Heading of the optional repository and pull/push choice.</extracomment>
        <translation>¿Qué imagen? (opcional)</translation>
    </message>
    <message>
        <location/>
        <source>Rep&amp;ository</source>
        <translation>Rep&amp;ositorio</translation>
    </message>
    <message>
        <location/>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <location/>
        <source>Optional. The repository to check access to, without the registry and without a tag.</source>
        <translation>Opcional. El repositorio cuyo acceso quieres comprobar, sin el registro y sin etiqueta.</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="-63"/>
        <source>The repository you push to or pull from, without the registry and without a tag.</source>
        <translation>El repositorio en el que insertas o del que extraes, sin el registro y sin etiqueta.</translation>
    </message>
    <message>
        <location/>
        <source>I want to</source>
        <extracomment>Label before the two choices &quot;Pull (download) images&quot; and &quot;Push (upload) images&quot;; the three read as one sentence.</extracomment>
        <translation>Quiero</translation>
    </message>
    <message>
        <location filename="../src/gui/registry_page.cpp" line="-205"/>
        <source>Check that you may download images</source>
        <translation>Comprobar que puedes descargar imágenes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that you may upload images</source>
        <translation>Comprobar que puedes subir imágenes</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>This cannot be used as a registry address.</source>
        <translation>Esto no se puede usar como dirección de un registro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Did you mean %1?</source>
        <extracomment>%1 is a registry address, such as myregistry.azurecr.io.</extracomment>
        <translation>¿Querías decir %1?</translation>
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
        <translation>la etiqueta no hace falta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repository names are lowercase</source>
        <translation>los nombres de repositorio van en minúsculas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It will be used as &quot;%1&quot;.</source>
        <translation>Se usará como &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It will be used as &quot;%1&quot;: %2.</source>
        <extracomment>Separator between the reasons in &quot;It will be used as &quot;%1&quot;: %2.&quot; (Chinese and Japanese use 、).</extracomment>
        <translation>Se usará como &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The name the token was given when it was created</source>
        <translation>El nombre que se le dio al token al crearlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token name</source>
        <translation>Nombre del token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token password</source>
        <translation>Contraseña del token</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Clear the registry field</source>
        <translation>Borrar el campo Registro</translation>
    </message>
    <message>
        <location line="+154"/>
        <location line="+35"/>
        <source>Invalid entry: %1</source>
        <translation>Entrada no válida: %1</translation>
    </message>
    <message>
        <location filename="../ui/registry_page.ui"/>
        <source>User name and password (admin account or ser&amp;vice principal)</source>
        <translation>Usuario y contraseña (ad&amp;ministrador o entidad de servicio)</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+78"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location/>
        <source>Pull (download) &amp;images</source>
        <extracomment>Completes &quot;I want to&quot;. Pull is Docker&apos;s word for downloading images from a registry.</extracomment>
        <translation>E&amp;xtraer (descargar) imágenes</translation>
    </message>
    <message>
        <location/>
        <source>Push (upload) i&amp;mages</source>
        <extracomment>Completes &quot;I want to&quot;. Push is Docker&apos;s word for uploading images to a registry.</extracomment>
        <translation>Insertar (su&amp;bir) imágenes</translation>
    </message>
    <message>
        <location filename="../src/gui/registry_page.cpp" line="-10"/>
        <source>To&amp;ken name</source>
        <translation>&amp;Nombre del token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token pass&amp;word</source>
        <translation>&amp;Contraseña del token</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The check looks at whether you may push to &quot;%1&quot;.</source>
        <extracomment>%1 is the repository, for example &quot;team/app&quot;.</extracomment>
        <translation>La comprobación verifica si puedes insertar en &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check looks at whether you may pull from &quot;%1&quot;.</source>
        <extracomment>%1 is the repository, for example &quot;team/app&quot;.</extracomment>
        <translation>La comprobación verifica si puedes extraer de &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>Type the token name and the token password: the check needs both.</source>
        <translation>Escribe el nombre del token y la contraseña del token: la comprobación necesita ambos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the user name and the password: the check needs both.</source>
        <translation>Escribe el nombre de usuario y la contraseña: la comprobación necesita ambos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the token name.</source>
        <translation>Escribe el nombre del token.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the user name.</source>
        <translation>Escribe el nombre de usuario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the token password.</source>
        <translation>Escribe la contraseña del token.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the password.</source>
        <translation>Escribe la contraseña.</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Type the registry&apos;s name before .azurecr.io, for example contoso.azurecr.io.</source>
        <translation>Escribe el nombre del registro antes de .azurecr.io, por ejemplo contoso.azurecr.io.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure Container Registry addresses end in .azurecr.io (.azurecr.cn and .azurecr.us in the national clouds).</source>
        <translation>Las direcciones de Azure Container Registry terminan en .azurecr.io (.azurecr.cn y .azurecr.us en las nubes nacionales).</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Show the token password</source>
        <translation>Mostrar la contraseña del token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the password</source>
        <translation>Mostrar la contraseña</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>I do not know: find out</source>
        <translation>No lo sé: averiguarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker (docker login, docker pull)</source>
        <translation>Docker (comandos docker login, docker pull)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Podman, Buildah or Skopeo</source>
        <translation>Podman, Buildah o Skopeo</translation>
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
        <translation>Con el pro&amp;grama</translation>
    </message>
    <message>
        <location/>
        <source>The program that failed. Each keeps its own sign-ins and trusts its own certificates, so the check looks where that program looks.</source>
        <translation>El programa que falló. Cada uno guarda sus propios inicios de sesión y confía en sus propios certificados, así que la comprobación busca donde busca ese programa.</translation>
    </message>
</context>
<context>
    <name>rd::RegistryReference</name>
    <message>
        <location filename="../src/core/registry/registry_reference.cpp" line="+217"/>
        <source>Remove the spaces before and after the name: %1</source>
        <translation>Quita los espacios antes y después del nombre: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the registry&apos;s login server is needed, not the whole command: %1</source>
        <translation>Solo hace falta el servidor de inicio de sesión del registro, no todo el comando: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use lowercase letters: %1</source>
        <translation>Usa minúsculas: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out &quot;%1&quot;; the login server is the name alone: %2</source>
        <translation>Quita &quot;%1&quot;; el servidor de inicio de sesión es solo el nombre: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the path after the server name: %1</source>
        <translation>Quita la ruta que va después del nombre del servidor: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is an image reference; the registry&apos;s login server is: %1</source>
        <translation>Esto es una referencia de imagen; el servidor de inicio de sesión del registro es: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out &quot;:443&quot;, the standard HTTPS port, or the name will not match stored credentials: %1</source>
        <translation>Quita &quot;:443&quot;, el puerto HTTPS estándar, o el nombre no coincidirá con las credenciales guardadas: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the registry&apos;s normal name, not the private-link name (its certificate is for *.azurecr.io; with a private endpoint the normal name leads to it): %1</source>
        <translation>Usa el nombre normal del registro, no el nombre de vínculo privado (su certificado es para *.azurecr.io; con un punto de conexión privado, el nombre normal lleva a él): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a data endpoint of the registry, not its login server. Log in to: %1</source>
        <translation>Esto es un punto de conexión de datos del registro, no su servidor de inicio de sesión. Inicia sesión en: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name alone means an Azure container registry in the public cloud: %1</source>
        <translation>Un nombre solo indica un registro de contenedores de Azure en la nube pública: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the user name and password from the text and never share a password; the server is: %1</source>
        <translation>Quita el nombre de usuario y la contraseña del texto y no compartas nunca una contraseña; el servidor es: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An Azure container registry name has 5 to 50 letters and digits. Did you mean: %1</source>
        <translation>El nombre de un registro de contenedores de Azure tiene de 5 a 50 letras y números. ¿Querías decir: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Azure container registry name has 5 to 50 letters and digits; &quot;%1&quot; has %2, so no such registry can exist.</source>
        <translation>El nombre de un registro de contenedores de Azure tiene de 5 a 50 letras y números; &quot;%1&quot; tiene %2, así que no puede existir ningún registro con ese nombre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An Azure container registry name has only letters and digits (no dashes, dots or underscores). Did you mean: %1</source>
        <translation>El nombre de un registro de contenedores de Azure solo tiene letras y números (sin guiones, puntos ni guiones bajos). ¿Querías decir: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Azure container registry name has only letters and digits (no dashes, dots or underscores), so no such registry can exist.</source>
        <translation>El nombre de un registro de contenedores de Azure solo tiene letras y números (sin guiones, puntos ni guiones bajos), así que no puede existir ningún registro con ese nombre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the registry&apos;s login server, for example myregistry.azurecr.io.</source>
        <translation>Escribe el servidor de inicio de sesión del registro, por ejemplo myregistry.azurecr.io.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port after the colon must be a number from 1 to 65535.</source>
        <translation>El puerto que va después de los dos puntos debe ser un número del 1 al 65535.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a valid server name. Did you mean: %1</source>
        <translation>Este no es un nombre de servidor válido. ¿Querías decir: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid server name: a login server has only letters, digits, dots and dashes, like myregistry.azurecr.io.</source>
        <translation>Este no es un nombre de servidor válido: un servidor de inicio de sesión solo tiene letras, números, puntos y guiones, como myregistry.azurecr.io.</translation>
    </message>
</context>
<context>
    <name>rd::Report</name>
    <message>
        <location filename="../src/core/report/report_words.cpp" line="+20"/>
        <source>The check of %1 was cancelled before it finished.</source>
        <translation>La comprobación de %1 se canceló antes de terminar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem found with %1.</source>
        <translation>No se encontró ningún problema con %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 problem found with %1.</source>
        <translation>Se encontró 1 problema con %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) found with %1.</source>
        <translation>
            <numerusform>Se encontró %n problema con %1.</numerusform>
            <numerusform>Se encontraron %n problemas con %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>passed</source>
        <translation>correcta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/report/text_report.cpp" line="+96"/>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>con error</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <location filename="../src/core/report/text_report.cpp" line="-6"/>
        <source>Practice scenario: %1</source>
        <translation>Escenario de práctica: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the check saw:</source>
        <translation>Qué vio la comprobación:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to fix it:</source>
        <translation>Cómo solucionarlo:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checks:</source>
        <translation>Comprobaciones:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total time: %1 ms</source>
        <translation>Tiempo total: %1 ms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registry Doctor report</source>
        <translation>Informe de Registry Doctor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked at</source>
        <translation>Fecha de comprobación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice scenario</source>
        <translation>Escenario de práctica</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the check saw</source>
        <translation>Qué vio la comprobación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to fix it</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Comprobación</translation>
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
        <translation>consejo</translation>
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
        <translation>Todavía no se ha ejecutado ninguna comprobación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check of %1 was stopped before it finished</source>
        <translation>La comprobación de %1 se detuvo antes de terminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem left with %1</source>
        <translation>No queda ningún problema con %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem found with %1</source>
        <translation>No se encontró ningún problema con %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n things to look at with %1</source>
        <extracomment>Heading when only warnings were found; %1 is the registry&apos;s address.</extracomment>
        <translation>
            <numerusform>%n cosa que revisar con %1</numerusform>
            <numerusform>%n cosas que revisar con %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n problems found with %1</source>
        <extracomment>Heading; %1 is the registry&apos;s address.</extracomment>
        <translation>
            <numerusform>Se encontró %n problema con %1</numerusform>
            <numerusform>Se encontraron %n problemas con %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened from a report made on %1.</source>
        <extracomment>%1 is a date and time in the reader&apos;s format.</extracomment>
        <translation>Abierto desde un informe creado el %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened from a report.</source>
        <translation>Abierto desde un informe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked at %1, in %2.</source>
        <extracomment>%1 is a time of day (for example 14:05), not a date; %2 is how long the check took (&quot;350 ms&quot;, &quot;6.2 s&quot;).</extracomment>
        <translation>Comprobado a las %1, en %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check was stopped before it finished: there may be more.</source>
        <translation>La comprobación se detuvo antes de terminar: puede haber más.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Practice scenario: %1.</source>
        <extracomment>%1 is the practice scenario.</extracomment>
        <translation>Escenario de práctica: %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+21"/>
        <source>passed</source>
        <translation>correcta</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+26"/>
        <source>No problem found</source>
        <translation>No se encontró ningún problema</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Signing in to %1 should work from this computer. The check verified:</source>
        <translation>Iniciar sesión en %1 debería funcionar desde este equipo. La comprobación verificó:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If signing in still fails, check again with the exact error message: go back and paste it on the previous step.</source>
        <translation>Si el inicio de sesión sigue fallando, comprueba de nuevo con el mensaje de error exacto: vuelve atrás y pégalo en el paso anterior.</translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>%n passed</source>
        <extracomment>Counts of checks by outcome, joined into &quot;All checks (%1)&quot;: 6 passed, 1 warning, 2 skipped.</extracomment>
        <translation>
            <numerusform>%n correcta</numerusform>
            <numerusform>%n correctas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n con error</numerusform>
            <numerusform>%n con error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitida</numerusform>
            <numerusform>%n omitidas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All checks (%1)</source>
        <extracomment>Heading of the list of every check; %1 is the counts, such as &quot;6 passed and 1 failed&quot; (joined as the language joins a list).</extracomment>
        <translation>Todas las comprobaciones (%1)</translation>
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
        <translation>%1: ahora es correcto, pero la comprobación siguió adelante y encontró otro problema.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Not tested</source>
        <extracomment>Heading above the checks that did not run, each followed by why.</extracomment>
        <translation>No probado</translation>
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
        <translation>También encontrado, pero no impide lo que pediste:</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>This check found it.</source>
        <translation>Esta comprobación lo encontró.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This check did not find it: compare the choices on the first page (pull or push, the repository) with the complaint, and look at the checks that did not pass.</source>
        <translation>Esta comprobación no lo encontró: compara las opciones de la primera página (pull o push, el repositorio) con la queja y revisa las comprobaciones que no se superaron.</translation>
    </message>
</context>
<context>
    <name>rd::Rules</name>
    <message>
        <location filename="../src/core/diagnosis/rules.cpp" line="+360"/>
        <source>Install Docker Desktop (Windows and macOS) from docker.com, or Docker Engine from your Linux distribution, then open a new terminal.</source>
        <translation>Instala Docker Desktop (Windows y macOS) desde docker.com, o Docker Engine desde tu distribución de Linux, y después abre un terminal nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the command is found:</source>
        <translation>Comprueba que se encuentra el comando:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Update Docker Desktop (or Docker Engine) to a current version, then check the version again:</source>
        <translation>Actualiza Docker Desktop (o Docker Engine) a una versión actual y vuelve a comprobar la versión:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Start Docker Desktop (Windows, macOS) and wait until it says it is running; on Linux start the docker service.</source>
        <translation>Inicia Docker Desktop (Windows, macOS) y espera hasta que indique que se está ejecutando; en Linux, inicia el servicio docker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the engine answers (the Server section must appear without an error):</source>
        <translation>Comprueba que el motor responde (la sección Server debe aparecer sin errores):</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>docker buildx builds with the builder &quot;%1&quot; (driver %2, chosen with %3). BuildKit runs there with its own list of trusted certificate authorities, not the engine&apos;s.</source>
        <translation>docker buildx compila con el generador &quot;%1&quot; (controlador %2, elegido con %3). BuildKit se ejecuta allí con su propia lista de entidades de certificación de confianza, no con la del motor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker trusts %1 only through its certs.d folder, and the builder&apos;s configuration gives no certificate authority for %1: a docker pull works, a build that pulls from or pushes to %1 fails.</source>
        <translation>Docker confía en %1 solo a través de su carpeta certs.d, y la configuración del generador no indica ninguna entidad de certificación para %1: un docker pull funciona, una compilación que extrae de %1 o inserta en %1 produce un error.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You typed &quot;%1&quot;.</source>
        <translation>Escribiste &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in with Docker using exactly this login server:</source>
        <translation>Inicia sesión con Docker usando exactamente este servidor de inicio de sesión:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With the Azure CLI, give only the registry name:</source>
        <translation>Con la CLI de Azure, indica solo el nombre del registro:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write image names with the same lowercase login server:</source>
        <translation>Escribe los nombres de imagen con el mismo servidor de inicio de sesión en minúsculas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the login server from the registry&apos;s Overview page in the Azure portal, or list your registries:</source>
        <translation>Copia el servidor de inicio de sesión de la página Información general del registro en Azure Portal, o muestra la lista de tus registros:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the registry&apos;s name and that it exists in your subscription:</source>
        <translation>Comprueba el nombre del registro y que exista en tu suscripción:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look the name up yourself; &quot;Non-existent domain&quot; or NXDOMAIN confirms the name is wrong:</source>
        <translation>Resuelve tú mismo el nombre; &quot;Non-existent domain&quot; o NXDOMAIN confirma que el nombre es incorrecto:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connect to your company network or VPN that reaches the registry&apos;s virtual network, then try again.</source>
        <translation>Conéctate a la red de tu empresa o a la VPN que llega a la red virtual del registro y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the address the name resolves to on your computer with the one your administrator expects:</source>
        <translation>Compara la dirección a la que se resuelve el nombre en tu equipo con la que espera tu administrador:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you should reach it from the internet, ask the registry owner to allow public access for your network:</source>
        <translation>Si deberías llegar a él desde Internet, pide al propietario del registro que permita el acceso público para tu red:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>See which proxy settings are in effect in your terminal:</source>
        <translation>Mira qué configuración de proxy está en vigor en tu terminal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your IT department for the right proxy address, or let the registry bypass the proxy:</source>
        <translation>Pide al departamento de TI la dirección correcta del proxy, o haz que el registro no pase por el proxy:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker Desktop has its own proxy settings (Settings &gt; Resources &gt; Proxies); the Docker engine on Linux reads them from its service configuration.</source>
        <translation>Docker Desktop tiene su propia configuración de proxy (Settings &gt; Resources &gt; Proxies); en Linux, el motor de Docker la lee de la configuración de su servicio.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Test the connection to port 443 yourself:</source>
        <translation>Prueba tú mismo la conexión al puerto 443:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it fails, ask your network administrator to allow outgoing HTTPS (port 443) to the registry and its data endpoints (*.azurecr.io, *.blob.core.windows.net).</source>
        <translation>Si falla, pide al administrador de red que permita el tráfico HTTPS saliente (puerto 443) hacia el registro y sus puntos de conexión de datos (*.azurecr.io, *.blob.core.windows.net).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Use the registry&apos;s normal name; its private link name does not match the certificate:</source>
        <translation>Usa el nombre normal del registro; su nombre de vínculo privado no coincide con el certificado:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your IT department to exclude *.azurecr.io from TLS inspection, or to install the inspecting certificate authority in this computer&apos;s trusted store (Docker Desktop uses the system store).</source>
        <translation>Pide al departamento de TI que excluya *.azurecr.io de la inspección TLS, o que instale la entidad de certificación que inspecciona en el almacén de certificados de confianza de este equipo (Docker Desktop usa el almacén del sistema).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See which certificate the connection presents:</source>
        <translation>Mira qué certificado presenta la conexión:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ask the registry owner to allow your network&apos;s public IP address in the registry&apos;s Networking settings.</source>
        <translation>Pide al propietario del registro que permita la dirección IP pública de tu red en la configuración de Redes del registro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the registry owner to allow your public IP address %1 in the registry&apos;s Networking settings:</source>
        <translation>Pide al propietario del registro que permita tu dirección IP pública %1 en la configuración de Redes del registro:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or connect through the network the registry already allows (office network, VPN).</source>
        <translation>O conéctate a través de la red que el registro ya permite (red de la oficina, VPN).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Wait a minute, then try again.</source>
        <translation>Espera un minuto y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait %1 seconds, as the registry asks, then try again.</source>
        <translation>Espera %1 segundos, como pide el registro, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If it keeps happening, look for scripts or pipelines pulling in a loop; the registry&apos;s service tier sets how many requests it accepts.</source>
        <translation>Si sigue pasando, busca scripts o canalizaciones que extraigan imágenes en bucle; el nivel de servicio del registro determina cuántas solicitudes acepta.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the address. For Azure Container Registry it is the login server shown on the registry&apos;s Overview page:</source>
        <translation>Comprueba la dirección. En Azure Container Registry es el servidor de inicio de sesión que aparece en la página Información general del registro:</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Try again in a few minutes. If it persists, check Azure&apos;s service health for Container Registry in your region.</source>
        <translation>Vuelve a intentarlo dentro de unos minutos. Si persiste, revisa el estado de los servicios de Azure para Container Registry en tu región.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sign in with your Azure account (needs the Azure CLI):</source>
        <translation>Inicia sesión con tu cuenta de Azure (necesita la CLI de Azure):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or sign in with a user name and password (service principal, admin account or token); the password is typed, never written in the command:</source>
        <translation>O inicia sesión con nombre de usuario y contraseña (entidad de servicio, cuenta de administrador o token); la contraseña se escribe por teclado, nunca en el comando:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For a service principal, find its application (client) ID, a value like 8f3c...-....; use it as the user name:</source>
        <translation>Para una entidad de servicio, busca su Id. de aplicación (cliente), un valor como 8f3c...-....; úsalo como nombre de usuario:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then sign in again with that ID:</source>
        <translation>Después, vuelve a iniciar sesión con ese Id.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you ran sudo az acr login, run it without sudo: sudo does not see your own az login.</source>
        <translation>Si ejecutaste sudo az acr login, ejecútalo sin sudo: sudo no ve tu propio az login.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign in again; the new sign-in lasts about three hours:</source>
        <translation>Vuelve a iniciar sesión; el nuevo inicio de sesión dura unas tres horas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For automation, use a service principal or a managed identity instead of a personal sign-in; if its secret expired, the owner creates a new one:</source>
        <translation>Para la automatización, usa una entidad de servicio o una identidad administrada en lugar de un inicio de sesión personal; si su secreto expiró, el propietario crea uno nuevo:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the password again carefully (copy it without spaces); it is read from the keyboard, never written in the command:</source>
        <translation>Vuelve a escribir la contraseña con cuidado (cópiala sin espacios); se lee del teclado, nunca se escribe en el comando:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admin account: the registry owner can show the current passwords:</source>
        <translation>Cuenta de administrador: el propietario del registro puede mostrar las contraseñas actuales:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service principal: the owner can create a new client secret:</source>
        <translation>Entidad de servicio: el propietario puede crear un nuevo secreto de cliente:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Ask the registry owner to give your identity the %1 role on the registry:</source>
        <translation>Pide al propietario del registro que asigne a tu identidad el rol %1 en el registro:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a repository-scoped token, its scope map must allow %1 on %2.</source>
        <translation>Con un token con ámbito de repositorio, su mapa de ámbito debe permitir %1 en %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>A role assigned minutes ago can take up to about ten minutes to apply; then sign in again.</source>
        <translation>Un rol asignado hace unos minutos puede tardar hasta unos diez minutos en aplicarse; después, vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Find the credential store named in Docker&apos;s settings file (%1):</source>
        <translation>Busca el almacén de credenciales indicado en el archivo de configuración de Docker (%1):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install or repair the program %1 (it comes with Docker Desktop), or remove the &quot;credsStore&quot; line from the file so Docker saves credentials in the file itself; then sign in again.</source>
        <translation>Instala o repara el programa %1 (viene con Docker Desktop), o quita la línea &quot;credsStore&quot; del archivo para que Docker guarde las credenciales en el propio archivo; después, vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On Windows, &quot;The stub received bad data&quot; means the registry token is too long for Windows Credential Manager: removing &quot;credsStore&quot; is the known fix.</source>
        <translation>En Windows, &quot;The stub received bad data&quot; significa que el token del registro es demasiado largo para el Administrador de credenciales de Windows: la solución conocida es quitar &quot;credsStore&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Install the Azure CLI:</source>
        <translation>Instala la CLI de Azure:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to Azure, then to the registry:</source>
        <translation>Inicia sesión en Azure y después en el registro:</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The password read from standard input was empty.</source>
        <translation>La contraseña leída de la entrada estándar estaba vacía.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set the clock to synchronise automatically (Windows: Settings &gt; Time &amp; language &gt; Sync now; macOS: System Settings &gt; General &gt; Date &amp; Time), or:</source>
        <translation>Configura el reloj para que se sincronice automáticamente (Windows: Configuración &gt; Hora e idioma &gt; Sincronizar ahora; macOS: Ajustes del Sistema &gt; General &gt; Fecha y hora), o bien:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Then sign in again: tokens issued while the clock was wrong stay wrong.</source>
        <translation>Después, vuelve a iniciar sesión: los tokens emitidos mientras el reloj estaba mal siguen siendo incorrectos.</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>If you have no GPG key yet, create one (it asks for your name, e-mail address and a passphrase):</source>
        <translation>Si todavía no tienes una clave GPG, crea una (pide tu nombre, tu dirección de correo electrónico y una frase de contraseña):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up pass with your key&apos;s ID (the long hexadecimal number that gpg --list-secret-keys shows), then sign in again:</source>
        <translation>Configura pass con el id. de tu clave (el número hexadecimal largo que muestra gpg --list-secret-keys) y vuelve a iniciar sesión:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the GPG key %1 from where it was made (gpg --export-secret-keys there, gpg --import here), or set up pass again with a key that is on this computer; logins saved with the old key are then lost:</source>
        <translation>Importa la clave GPG %1 desde donde se creó (allí gpg --export-secret-keys, aquí gpg --import), o vuelve a configurar pass con una clave que esté en este equipo; los inicios de sesión guardados con la clave antigua se pierden:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in from the desktop session itself, not over SSH; or, on a server without a desktop, use pass instead (install pass and docker-credential-pass, then set &quot;credsStore&quot; to &quot;pass&quot; in %1):</source>
        <translation>Inicia sesión desde la propia sesión de escritorio, no por SSH; o, en un servidor sin escritorio, usa pass (instala pass y docker-credential-pass y luego establece &quot;credsStore&quot; en &quot;pass&quot; en %1):</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The Azure CLI is version %1; az acr login signs in with Podman from version %2 on.</source>
        <translation>La CLI de Azure es la versión %1; az acr login inicia sesión con Podman a partir de la versión %2.</translation>
    </message>
    <message>
        <location line="-948"/>
        <source>Get a new token for the registry&apos;s region (it lasts 12 hours) and sign in with the user name AWS:</source>
        <translation>Obtén un nuevo token para la región del registro (dura 12 horas) e inicia sesión con el nombre de usuario AWS:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Get a new token (it lasts 12 hours) and sign in with the user name AWS:</source>
        <translation>Obtén un nuevo token (dura 12 horas) e inicia sesión con el nombre de usuario AWS:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Let Docker use your gcloud sign-in for exactly this host:</source>
        <translation>Deja que Docker use tu inicio de sesión de gcloud exactamente para este host:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or sign in with an access token, valid for one hour:</source>
        <translation>O inicia sesión con un token de acceso, válido durante una hora:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the GitHub CLI&apos;s token the packages scope, then sign in with it:</source>
        <translation>Da al token de la CLI de GitHub el ámbito de paquetes y luego inicia sesión con él:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>See which AWS identity your AWS CLI signs in as; the registry&apos;s owner allows it in an IAM policy or in the repository&apos;s policy:</source>
        <translation>Comprueba con qué identidad de AWS inicia sesión tu CLI de AWS; el propietario del registro la permite en una directiva de IAM o en la directiva del repositorio:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the repository&apos;s policy (needs the right to read it):</source>
        <translation>Lee la directiva del repositorio (necesita el derecho de leerla):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ask the repository&apos;s owner to give your account the role (a service account is written serviceAccount:NAME@PROJECT.iam.gserviceaccount.com):</source>
        <translation>Pide al propietario del repositorio que dé el rol a tu cuenta (una cuenta de servicio se escribe serviceAccount:NAME@PROJECT.iam.gserviceaccount.com):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ask the repository&apos;s owner to give your account access, then sign in again.</source>
        <translation>Pide al propietario del repositorio que dé acceso a tu cuenta y luego vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <location line="+439"/>
        <source>Pull limit: %1 per %2; left: %3.</source>
        <translation>Límite de extracción: %1 cada %2; restantes: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull limit: %1; left: %2.</source>
        <translation>Límite de extracción: %1; restantes: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It accepts requests again at %1.</source>
        <translation>Vuelve a aceptar solicitudes a las %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in to Docker Hub, so that pulls count against your account&apos;s limit instead of your IP address&apos;s:</source>
        <translation>Inicia sesión en Docker Hub, para que las extracciones cuenten para el límite de tu cuenta en lugar del de tu dirección IP:</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Create a new token, then sign in with it; it is read from the keyboard, never written in the command:</source>
        <translation>Crea un nuevo token y luego inicia sesión con él; se lee del teclado, nunca se escribe en el comando:</translation>
    </message>
    <message>
        <location line="+329"/>
        <source>Docker has a login for %1, but none for %2, the registry you use.</source>
        <translation>Docker tiene un inicio de sesión para %1, pero ninguno para %2, el registro que usas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The user name &quot;%1&quot; is an e-mail address.</source>
        <translation>El nombre de usuario &quot;%1&quot; es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in again with the user name this registry expects instead of the e-mail address:</source>
        <translation>Vuelve a iniciar sesión con el nombre de usuario que espera este registro en lugar de la dirección de correo electrónico:</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The Azure CLI is signed in to %1; %2 is in %3.</source>
        <translation>La CLI de Azure ha iniciado sesión en %1; %2 está en %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the Azure CLI to the registry&apos;s cloud, sign in there, then to the registry:</source>
        <translation>Cambia la CLI de Azure a la nube del registro, inicia sesión allí y luego en el registro:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To go back to the public cloud later:</source>
        <translation>Para volver más tarde a la nube pública:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Your client looks for %1.</source>
        <translation>Tu cliente busca %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repository exists and has these tags, among others: %1. Pull one of them:</source>
        <translation>El repositorio existe y tiene, entre otras, estas etiquetas: %1. Extrae una de ellas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry has repositories with a similar name: %1. Pull with the name as it is written there:</source>
        <translation>El registro tiene repositorios con un nombre parecido: %1. Extrae con el nombre tal como está escrito allí:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the repositories in the registry, and the tags of this one:</source>
        <translation>Enumera los repositorios del registro y las etiquetas de este:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the tags the registry has for this repository (a 404 here means the repository itself does not exist):</source>
        <translation>Enumera las etiquetas que el registro tiene para este repositorio (aquí un 404 significa que el propio repositorio no existe):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On Docker Hub, a name without a namespace means an official image (library/%1); your own images are named ACCOUNT/%1.</source>
        <translation>En Docker Hub, un nombre sin espacio de nombres designa una imagen oficial (library/%1); tus propias imágenes se llaman ACCOUNT/%1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you are the one who pushes it, push it first, under exactly this name:</source>
        <translation>Si eres tú quien la inserta, insértala primero con exactamente este nombre:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ask your network administrator to allow outgoing HTTPS (port 443) to %1 in the firewall or proxy, as well as to the registry %2.</source>
        <translation>Pide al administrador de red que permita en el firewall o el proxy el tráfico HTTPS saliente (puerto 443) hacia %1, además de hacia el registro %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name does not resolve on this computer: check its DNS (for a private endpoint, the private DNS zone needs a record for the data endpoint too):</source>
        <translation>El nombre no se resuelve en este equipo: revisa el DNS (para un punto de conexión privado, la zona DNS privada también necesita un registro para el punto de conexión de datos):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test the connection to the data endpoint yourself:</source>
        <translation>Prueba tú mismo la conexión con el punto de conexión de datos:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry uses dedicated data endpoints; list every one the firewall must allow (one per region the registry is replicated to):</source>
        <translation>El registro usa puntos de conexión de datos dedicados; enumera todos los que el firewall debe permitir (uno por cada región en la que se replica el registro):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers come from a shared storage account. Instead of allowing all of *.blob.core.windows.net, the registry owner can turn on dedicated data endpoints, whose names the firewall can allow one by one:</source>
        <translation>Las capas proceden de una cuenta de almacenamiento compartida. En lugar de permitir todo *.blob.core.windows.net, el propietario del registro puede activar puntos de conexión de datos dedicados, cuyos nombres el firewall puede permitir uno a uno:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Best: give the registry a TLS certificate for %1, so that passwords and images do not travel in clear text.</source>
        <translation>Lo mejor: dale al registro un certificado TLS para %1, para que las contraseñas y las imágenes no viajen sin cifrar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker: add &quot;insecure-registries&quot;: [&quot;%1&quot;] to the engine&apos;s settings (daemon.json: /etc/docker/daemon.json on Linux, Settings &gt; Docker Engine in Docker Desktop), restart Docker, and check that it is listed:</source>
        <translation>Docker: agrega &quot;insecure-registries&quot;: [&quot;%1&quot;] a la configuración del motor (daemon.json: /etc/docker/daemon.json en Linux, Settings &gt; Docker Engine en Docker Desktop), reinicia Docker y comprueba que aparece:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Podman and Skopeo: mark it insecure in /etc/containers/registries.conf ([[registry]] with location = &quot;%1&quot; and insecure = true), or for one command:</source>
        <translation>Podman y Skopeo: márcalo como no seguro en /etc/containers/registries.conf ([[registry]] con location = &quot;%1&quot; e insecure = true), o para un solo comando:</translation>
    </message>
    <message>
        <location line="-522"/>
        <source>The registry %1 sends clients for tokens to %2.</source>
        <translation>El registro %1 envía a los clientes a %2 para obtener tokens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See what the token service answers from this computer (a token service answers 401 or 200 with JSON, not a connection error or 404):</source>
        <translation>Mira qué responde el servicio de tokens desde este equipo (un servicio de tokens responde 401 o 200 con JSON, no un error de conexión ni 404):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the registry&apos;s administrator to fix the token realm in the registry&apos;s settings (for Distribution, auth.token.realm): it must be an https address that clients can reach, served by a running token service with a valid certificate.</source>
        <translation>Pide al administrador del registro que corrija el realm del token en la configuración del registro (en Distribution, auth.token.realm): debe ser una dirección https accesible para los clientes, servida por un servicio de tokens en ejecución con un certificado válido.</translation>
    </message>
    <message>
        <location line="-663"/>
        <source>In a script, or where docker login cannot ask: the same with the password typed here and passed on standard input:</source>
        <translation>En un script, o donde docker login no puede preguntar: lo mismo, con la contraseña escrita aquí y pasada por la entrada estándar:</translation>
    </message>
    <message>
        <location line="+1023"/>
        <source>The pull secret holds no registry at all (its auths are empty).</source>
        <translation>El secreto de extracción no contiene ningún registro (su auths está vacío).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pull secret holds credentials for %1, none for %2: Kubernetes pulls from %2 without signing in.</source>
        <translation>El secreto de extracción contiene credenciales para %1, ninguna para %2: Kubernetes extrae de %2 sin iniciar sesión.</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Ask the registry owner to give your identity the %1 role on the registry (AcrPull and AcrPush give nothing in this mode):</source>
        <translation>Pide al propietario del registro que asigne a tu identidad el rol %1 en el registro (AcrPull y AcrPush no conceden nada en este modo):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To allow only the repository %1, the owner adds an ABAC condition on the repository name to that role assignment (Azure portal: Access control (IAM), Add role assignment, Conditions).</source>
        <translation>Para permitir solo el repositorio %1, el propietario agrega a esa asignación de roles una condición ABAC sobre el nombre del repositorio (Azure Portal: Control de acceso (IAM), Agregar asignación de roles, Condiciones).</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>The limit counts the pulls of the last %1: pulls are possible again as the older ones leave that window.</source>
        <translation>El límite cuenta las extracciones de las últimas %1: vuelven a ser posibles a medida que las más antiguas salen de ese período.</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>This Docker ID has two-factor authentication on: create a personal access token in Docker Hub (Account settings, Personal access tokens), then sign in with it as the password; it is read from the keyboard, never written in the command:</source>
        <translation>Este Docker ID tiene activada la autenticación en dos fases: crea un token de acceso personal en Docker Hub (Account settings, Personal access tokens) y luego inicia sesión con él como contraseña; se lee del teclado, nunca se escribe en el comando:</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Helm cannot load its registry config %1, and helm registry login fails on it too. Move the file aside first (or correct it):</source>
        <translation>Helm no puede cargar su configuración de registro %1, y helm registry login también falla por ella. Primero mueve el archivo a otro lugar (o corrígelo):</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>Get the registry token with the Azure CLI and give it to helm registry login; the user name is always 00000000-0000-0000-0000-000000000000:</source>
        <translation>Obtén el token del registro con la CLI de Azure y pásalo a helm registry login; el nombre de usuario es siempre 00000000-0000-0000-0000-000000000000:</translation>
    </message>
    <message>
        <location line="-993"/>
        <source>In a script, or where %1 cannot ask: the same with the password typed here and passed on standard input:</source>
        <translation>En un script, o donde %1 no puede preguntar: lo mismo, con la contraseña escrita aquí y pasada por la entrada estándar:</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>The Docker engine connects to %1 through the proxy %2 (its own HTTPS proxy setting).</source>
        <translation>El motor de Docker se conecta a %1 a través del proxy %2 (su propia configuración de proxy HTTPS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine&apos;s HTTPS proxy setting is not a valid proxy address.</source>
        <translation>La configuración de proxy HTTPS del motor de Docker no es una dirección de proxy válida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine connects to %1 directly: its No Proxy setting (%2) exempts it.</source>
        <translation>El motor de Docker se conecta a %1 directamente: su configuración No Proxy (%2) lo excluye.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine connects to %1 directly: it has no HTTPS proxy setting.</source>
        <translation>El motor de Docker se conecta a %1 directamente: no tiene configuración de proxy HTTPS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This check, like the docker command in your terminal, went through the proxy %1 (from %2).</source>
        <translation>Esta comprobación, igual que el comando docker en tu terminal, pasó por el proxy %1 (de %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This check, like the docker command in your terminal, connected directly.</source>
        <translation>Esta comprobación, igual que el comando docker en tu terminal, se conectó directamente.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In Docker Desktop, open Settings &gt; Resources &gt; Proxies and set the same proxy as your terminal (or turn manual proxy configuration off to follow the system&apos;s), with %1 in the bypass list if it must be reached directly. Then select Apply &amp; restart.</source>
        <translation>En Docker Desktop, abre Settings &gt; Resources &gt; Proxies y configura el mismo proxy que en tu terminal (o desactiva la configuración manual del proxy para seguir la del sistema), con %1 en la lista de omisiones si se debe llegar a él directamente. Después selecciona Apply &amp; restart.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Docker Engine on Linux: give the docker service the same proxy in a systemd drop-in (or in /etc/docker/daemon.json under &quot;proxies&quot;, Docker 23 and later), then restart it:</source>
        <translation>Docker Engine en Linux: asigna al servicio docker el mismo proxy en un archivo drop-in de systemd (o en /etc/docker/daemon.json en &quot;proxies&quot;, desde Docker 23) y después reinícialo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check what the engine uses now:</source>
        <translation>Comprueba qué usa ahora el motor:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The docker command sends its commands to %1 (from %2): the engine %3 runs on another machine.</source>
        <translation>El comando docker envía sus órdenes a %1 (de %2): el motor %3 se ejecuta en otra máquina.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs in Docker Desktop&apos;s virtual machine (kernel %1).</source>
        <translation>El motor se ejecuta en la máquina virtual de Docker Desktop (kernel %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs in WSL 2 (%1, kernel %2).</source>
        <translation>El motor se ejecuta en WSL 2 (%1, kernel %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See which engine the docker command uses, and where it runs:</source>
        <translation>Mira qué motor usa el comando docker y dónde se ejecuta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test from the engine&apos;s side: a pull runs there, with its DNS, certificates and proxy.</source>
        <translation>Prueba desde el lado del motor: una extracción se ejecuta allí, con su DNS, sus certificados y su proxy.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>The Docker engine lists %1 among its insecure registries, so docker login, pull and push connect to it without checking the certificate.</source>
        <translation>El motor de Docker incluye %1 entre sus registros no seguros, así que docker login, pull y push se conectan a él sin comprobar el certificado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine treats the addresses in %1 as insecure registries, and %2 is among them, so docker login, pull and push connect to it without checking the certificate.</source>
        <translation>El motor de Docker trata las direcciones de %1 como registros no seguros, y %2 está entre ellas, así que docker login, pull y push se conectan a él sin comprobar el certificado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in was not tested here: this check verifies certificates, as Podman, Skopeo, Helm and the Azure CLI do.</source>
        <translation>El inicio de sesión no se probó aquí: esta comprobación verifica los certificados, como hacen Podman, Skopeo, Helm y la CLI de Azure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best: have the registry use a certificate that Docker can verify, and give Docker its certificate authority in /etc/docker/certs.d/%1/ca.crt (on Docker Desktop, ~/.docker/certs.d/%1/ca.crt) instead of listing it as insecure.</source>
        <translation>Lo mejor: haz que el registro use un certificado que Docker pueda verificar y dale a Docker su entidad de certificación en /etc/docker/certs.d/%1/ca.crt (en Docker Desktop, ~/.docker/certs.d/%1/ca.crt) en lugar de declararlo no seguro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the engine&apos;s insecure registries (Docker Desktop: Settings &gt; Docker Engine; Linux: &quot;insecure-registries&quot; in /etc/docker/daemon.json):</source>
        <translation>Consulta los registros no seguros del motor (Docker Desktop: Settings &gt; Docker Engine; Linux: &quot;insecure-registries&quot; en /etc/docker/daemon.json):</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Sign in with %1 using exactly this login server:</source>
        <translation>Inicia sesión con %1 usando exactamente este servidor de inicio de sesión:</translation>
    </message>
    <message>
        <location line="+550"/>
        <source>Find the credential store named in %1, the file %2 took it from:</source>
        <translation>Busca el almacén de credenciales indicado en %1, el archivo del que %2 lo tomó:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Install or repair the program %1, or remove the store from &quot;%2&quot; in that file so that %3 keeps logins in a file; then sign in again with %4.</source>
        <translation>Instala o repara el programa %1, o quita el almacén de &quot;%2&quot; en ese archivo para que %3 guarde los inicios de sesión en un archivo; después, vuelve a iniciar sesión con %4.</translation>
    </message>
    <message>
        <location line="-870"/>
        <source>Let %1 use your gcloud sign-in for exactly this host (gcloud writes it to Docker&apos;s config, which %1 reads too):</source>
        <translation>Deja que %1 use tu inicio de sesión de gcloud exactamente para este host (gcloud lo escribe en la configuración de Docker, que %1 también lee):</translation>
    </message>
</context>
<context>
    <name>rd::Runner</name>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/runner.cpp" line="+117"/>
        <source>No answer within %n second(s); the check stopped waiting.</source>
        <translation>
            <numerusform>No hubo respuesta en %n segundo; la comprobación dejó de esperar.</numerusform>
            <numerusform>No hubo respuesta en %n segundos; la comprobación dejó de esperar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::Symptoms</name>
    <message>
        <location filename="../src/core/diagnosis/symptom_catalog.cpp" line="+25"/>
        <source>I cannot sign in to my registry with docker login, az acr login, or either of them</source>
        <translation>No puedo iniciar sesión en mi registro con docker login, con az acr login o con ambos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing in tells me I am unauthorized, or that my application is not registered (Microsoft Entra ID, formerly Azure AD)</source>
        <translation>Al iniciar sesión me dice que no estoy autorizado, o que mi aplicación no está registrada (Microsoft Entra ID, antes Azure AD)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI says it could not connect to the registry login server</source>
        <translation>La CLI de Azure dice que no pudo conectarse al servidor de inicio de sesión del registro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pushing or pulling images fails with unauthorized, even though I signed in</source>
        <translation>Extraer o insertar imágenes falla con unauthorized, aunque inicié sesión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AKS, Azure DevOps or another Azure service cannot get to my registry</source>
        <translation>AKS, Azure DevOps u otro servicio de Azure no puede llegar a mi registro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing in fails with 403 Forbidden</source>
        <translation>El inicio de sesión falla con 403 Forbidden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I cannot see or change my registry in the Azure portal or with the Azure CLI</source>
        <translation>No puedo ver ni cambiar mi registro en Azure Portal ni con la CLI de Azure</translation>
    </message>
</context>
<context>
    <name>rd::SymptomsPage</name>
    <message>
        <location filename="../ui/symptoms_page.ui"/>
        <source>What goes wrong?</source>
        <translation>¿Qué falla?</translation>
    </message>
    <message>
        <location/>
        <source>Paste the error message, or tick what you see. Not sure? Leave &quot;check everything&quot; on: it only takes a moment longer.</source>
        <translation>Pega el mensaje de error o marca lo que ves. ¿No lo tienes claro? Deja activado &quot;comprobar todo&quot;: solo tarda un momento más.</translation>
    </message>
    <message>
        <location/>
        <source>Error message</source>
        <extracomment>Screen-reader name of the box where the error message is pasted.</extracomment>
        <translation>Mensaje de error</translation>
    </message>
    <message>
        <location/>
        <source>Paste the error message you got. It is explained below as you paste it.</source>
        <translation>Pega el mensaje de error que recibiste. Se explica aquí debajo en cuanto lo pegas.</translation>
    </message>
    <message>
        <location/>
        <source>What do you see?</source>
        <extracomment>Heading of the list of symptoms to tick.</extracomment>
        <translation>¿Qué ves?</translation>
    </message>
    <message>
        <location/>
        <source>I&apos;m not sure, check &amp;everything</source>
        <translation>No lo sé, comprobar t&amp;odo</translation>
    </message>
    <message>
        <location/>
        <source>Every check runs. This is the safe choice.</source>
        <translation>Se ejecutan todas las comprobaciones. Es la opción segura.</translation>
    </message>
    <message>
        <location filename="../src/gui/symptoms_page.cpp" line="+98"/>
        <source>What happens</source>
        <extracomment>Name of the second step in the side list of steps (the symptoms: what goes wrong). Short.</extracomment>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start check</source>
        <translation>Iniciar &amp;comprobación</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+222"/>
        <source>For example: %1</source>
        <translation>Por ejemplo: %1</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>This message is not one Registry Doctor knows yet. The check will still look at everything.</source>
        <translation>Registry Doctor todavía no conoce este mensaje. Aun así, la comprobación lo revisará todo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What it means</source>
        <extracomment>Heading above the explanation of a pasted error message.</extracomment>
        <translation>Qué significa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Printed by: %1</source>
        <translation>Mostrado por: %1</translation>
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
        <translation>Causa probable: %1</translation>
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
        <translation>El mensaje menciona este registro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message names a different registry than %1.</source>
        <translation>El mensaje menciona un registro distinto de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check will use %1.</source>
        <translation>La comprobación usará %1.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Ticked: %1.</source>
        <translation>Seleccionados: %1.</translation>
    </message>
    <message>
        <location filename="../ui/symptoms_page.ui"/>
        <source>Paste the error &amp;message you got (optional)</source>
        <translation>Pega el &amp;mensaje de error que recibiste (opcional)</translation>
    </message>
    <message>
        <location filename="../src/gui/symptoms_page.cpp" line="+132"/>
        <source>Help-desk case number, if you have one (saved in the report)</source>
        <extracomment>Label of an optional field for the number of the user&apos;s support ticket, saved in the report.</extracomment>
        <translation>Número de caso del soporte técnico, si tienes uno (se guarda en el informe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help-desk case number</source>
        <translation>Número de caso del soporte técnico</translation>
    </message>
</context>
<context>
    <name>rd::TcpProbe</name>
    <message>
        <location filename="../src/core/probes/tcp_probe.cpp" line="+79"/>
        <source>Skipped: there is no registry address to check.</source>
        <translation>Omitida: no hay ninguna dirección de registro que comprobar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped: the registry&apos;s name did not resolve to an address.</source>
        <translation>Omitida: el nombre del registro no se resolvió en ninguna dirección.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Practice mode only talks to this computer; %1 is not part of the exercise.</source>
        <translation>El modo de práctica solo se comunica con este equipo; %1 no forma parte del ejercicio.</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>No answer from %1 within %n second(s): something on the way (a firewall, a private network) drops the connection.</source>
        <translation>
            <numerusform>Ninguna respuesta de %1 en %n segundo: algo en el camino (un firewall, una red privada) descarta la conexión.</numerusform>
            <numerusform>Ninguna respuesta de %1 en %n segundos: algo en el camino (un firewall, una red privada) descarta la conexión.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 refused the connection: nothing accepts connections there, or a firewall rejects them.</source>
        <translation>%1 rechazó la conexión: nada acepta conexiones allí, o un firewall las rechaza.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to %1: %2</source>
        <translation>No se pudo conectar con %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/probes/tcp_probe.h" line="+23"/>
        <source>Connection to the registry</source>
        <translation>Conexión con el registro</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/probes/tcp_probe.cpp" line="-12"/>
        <source>No answer from the proxy %1 within %n second(s): the proxy is down, or something on the way drops the connection.</source>
        <translation>
            <numerusform>No hubo respuesta del proxy %1 en %n segundo: el proxy no está en funcionamiento, o algo en el camino descarta la conexión.</numerusform>
            <numerusform>No hubo respuesta del proxy %1 en %n segundos: el proxy no está en funcionamiento, o algo en el camino descarta la conexión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Connected to the proxy %1 in %n millisecond(s).</source>
        <translation>
            <numerusform>Conectado al proxy %1 en %n milisegundo.</numerusform>
            <numerusform>Conectado al proxy %1 en %n milisegundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Connected to %1 in %n millisecond(s).</source>
        <translation>
            <numerusform>Conectado a %1 en %n milisegundo.</numerusform>
            <numerusform>Conectado a %1 en %n milisegundos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The proxy %1 refused the connection: no proxy is running there, or a firewall rejects the connection.</source>
        <translation>El proxy %1 rechazó la conexión: no hay ningún proxy en funcionamiento allí, o un firewall rechaza la conexión.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to the proxy %1: %2</source>
        <translation>No se pudo conectar con el proxy %1: %2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Connected to %1 over IPv4 (%2), but not over IPv6 (%3): %4. Programs that try IPv6 first and do not fall back to IPv4 fail here.</source>
        <translation>Conectado a %1 por IPv4 (%2), pero no por IPv6 (%3): %4. Los programas que prueban primero IPv6 y no recurren a IPv4 fallan aquí.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
</context>
<context>
    <name>rd::TlsProbe</name>
    <message>
        <location filename="../src/core/probes/tls_probe.cpp" line="+45"/>
        <source>Skipped: no connection to the registry.</source>
        <translation>Omitida: no hay conexión con el registro.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The secure connection could not be set up: %1</source>
        <translation>No se pudo establecer la conexión segura: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The connection opened, but the secure handshake got no answer within %n second(s): something on the way (a firewall that filters secure connections) or the server stops it.</source>
        <translation>
            <numerusform>La conexión se abrió, pero el protocolo de enlace seguro no obtuvo respuesta en %n segundo: algo en el camino (un firewall que filtra las conexiones seguras) o el servidor lo detiene.</numerusform>
            <numerusform>La conexión se abrió, pero el protocolo de enlace seguro no obtuvo respuesta en %n segundos: algo en el camino (un firewall que filtra las conexiones seguras) o el servidor lo detiene.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1 with a valid certificate for %2, issued by %3, valid until %4.</source>
        <translation>%1 con un certificado válido para %2, emitido por %3, válido hasta el %4.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The certificate is issued by &quot;%1&quot;, which this computer does not trust. A company proxy or antivirus that inspects secure connections usually does this.</source>
        <translation>El certificado lo emite &quot;%1&quot;, en el que este equipo no confía. Suele deberse a un proxy de empresa o un antivirus que inspecciona las conexiones seguras.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate is for %1, not for %2.</source>
        <translation>El certificado es para %1, no para %2.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/tls_probe.h" line="+21"/>
        <source>Secure connection (TLS)</source>
        <translation>Conexión segura (TLS)</translation>
    </message>
    <message>
        <location filename="../src/core/probes/tls_probe.cpp" line="+57"/>
        <source>Docker does not check certificates for registries on 127.0.0.0/8 (its default insecure registries), so it connects although &quot;%1&quot; is not a trusted issuer. Podman, Skopeo, the Azure CLI and browsers refuse this certificate.</source>
        <translation>Docker no comprueba los certificados de los registros en 127.0.0.0/8 (sus registros no seguros predeterminados), así que se conecta aunque &quot;%1&quot; no sea un emisor de confianza. Podman, Skopeo, la CLI de Azure y los navegadores rechazan este certificado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker trusts this certificate through %1. This computer&apos;s own store does not, so the Azure CLI, browsers and other programs on this computer will refuse it.</source>
        <translation>Docker confía en este certificado a través de %1. El almacén de este equipo no, así que la CLI de Azure, los navegadores y otros programas de este equipo lo rechazarán.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Podman and Skopeo trust this certificate through %1. This computer&apos;s own store does not, so the Azure CLI, browsers and other programs on this computer will refuse it.</source>
        <translation>Podman y Skopeo confían en este certificado a través de %1. El almacén de este equipo no, así que la CLI de Azure, los navegadores y otros programas de este equipo lo rechazarán.</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>The registry speaks plain HTTP on port %1, without TLS. Docker uses plain HTTP for registries on 127.0.0.0/8 by itself, so it can work with it; Podman and Skopeo cannot unless the registry is marked insecure. The rest of the check needs TLS and was not done.</source>
        <translation>El registro usa HTTP sin cifrar en el puerto %1, sin TLS. Docker usa por sí mismo HTTP sin cifrar para los registros en 127.0.0.0/8, así que puede funcionar con él; Podman y Skopeo no, salvo que el registro esté marcado como no seguro. El resto de la comprobación necesita TLS y no se realizó.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry speaks plain HTTP on port %1, without TLS: it answered a request in clear text.</source>
        <translation>El registro usa HTTP sin cifrar en el puerto %1, sin TLS: respondió a una solicitud sin cifrar.</translation>
    </message>
</context>
<context>
    <name>rd::WizardModel</name>
    <message>
        <location filename="../src/gui/wizard_model.cpp" line="+141"/>
        <source>&quot;%1&quot; is not a registry address.</source>
        <translation>&quot;%1&quot; no es la dirección de un registro.</translation>
    </message>
</context>
<context>
    <name>rd::WizardPage</name>
    <message>
        <location filename="../src/gui/wizard_page.h" line="+22"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
</context>
</TS>
