<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>rd::AboutDialog</name>
    <message>
        <source>About Registry Doctor</source>
        <translation>Acerca de Registry Doctor</translation>
    </message>
    <message>
        <source>not available</source>
        <extracomment>Stands for the OpenSSL version in the About box when OpenSSL cannot be loaded.</extracomment>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Registry Doctor %1&lt;/h2&gt;&lt;p&gt;Finds out why you cannot sign in to a container registry, and tells you how to fix it.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Registry Doctor is free software under the MIT licence.&lt;br&gt;Qt is used under the GNU Lesser General Public License version 3.&lt;br&gt;OpenSSL is used under the Apache License 2.0.&lt;/p&gt;</source>
        <extracomment>%1 is the program version, %2 the Qt version, %3 the OpenSSL version (or &quot;not available&quot;). Keep the HTML tags.</extracomment>
        <translation>&lt;h2&gt;Registry Doctor %1&lt;/h2&gt;&lt;p&gt;Averigua por qué no puedes iniciar sesión en un registro de contenedores y te explica cómo solucionarlo.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Registry Doctor es software libre con licencia MIT.&lt;br&gt;Qt se usa según los términos de la GNU Lesser General Public License versión 3.&lt;br&gt;OpenSSL se usa según los términos de la Apache License 2.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rd::AzureCliProbe</name>
    <message>
        <source>Azure CLI</source>
        <translation>CLI de Azure</translation>
    </message>
    <message>
        <source>The Azure CLI (az) is not installed, but you sign in through it. Install the Azure CLI, or sign in another way (a user name and password, or a token).</source>
        <translation>La CLI de Azure (az) no está instalada, pero es el método de inicio de sesión elegido. Instala la CLI de Azure o inicia sesión de otra forma (con nombre de usuario y contraseña, o con un token).</translation>
    </message>
    <message>
        <source>The Azure CLI (az) is not installed; it is only needed to sign in through it.</source>
        <translation>La CLI de Azure (az) no está instalada; solo hace falta si inicias sesión con ella.</translation>
    </message>
    <message>
        <source>The Azure CLI is installed, but its sign-in file %1 could not be read (%2), so whether you are signed in is unknown.</source>
        <translation>La CLI de Azure está instalada, pero no se pudo leer su archivo de inicio de sesión %1 (%2), así que no se sabe si has iniciado sesión.</translation>
    </message>
    <message>
        <source>The Azure CLI is installed but not signed in (no account in %1). az acr login needs az login first.</source>
        <translation>La CLI de Azure está instalada, pero no has iniciado sesión (no hay ninguna cuenta en %1). Antes de az acr login hace falta az login.</translation>
    </message>
    <message>
        <source>The Azure CLI is signed in as %1 (subscription &quot;%2&quot;).</source>
        <translation>La CLI de Azure tiene la sesión iniciada como %1 (suscripción &quot;%2&quot;).</translation>
    </message>
    <message numerus="yes">
        <source>did not answer within %n second(s)</source>
        <translation>
            <numerusform>no respondió en %n segundo</numerusform>
            <numerusform>no respondió en %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>crashed</source>
        <translation>terminó de forma inesperada</translation>
    </message>
    <message>
        <source>could not be started (%1)</source>
        <translation>no se pudo iniciar (%1)</translation>
    </message>
    <message>
        <source>&quot;az account show&quot; %1, so whether you are signed in to the Azure CLI is unknown.</source>
        <translation>&quot;az account show&quot; %1, así que no se sabe si has iniciado sesión en la CLI de Azure.</translation>
    </message>
    <message>
        <source>&quot;az account show&quot; succeeded but printed something that is not an account, so whether you are signed in is unknown.</source>
        <translation>&quot;az account show&quot; funcionó, pero mostró algo que no es una cuenta, así que no se sabe si has iniciado sesión.</translation>
    </message>
    <message>
        <source>The Azure CLI is not signed in (&quot;%1&quot;), but you sign in through it. Run az login, then az acr login.</source>
        <translation>No has iniciado sesión en la CLI de Azure (&quot;%1&quot;), pero es el método de inicio de sesión elegido. Ejecuta az login y después az acr login.</translation>
    </message>
    <message>
        <source>&quot;az account show&quot; failed (exit code %1): &quot;%2&quot;. Until it works, az acr login cannot sign you in.</source>
        <translation>&quot;az account show&quot; falló (código de salida %1): &quot;%2&quot;. Mientras no funcione, az acr login no puede iniciar tu sesión.</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>sin mensaje</translation>
    </message>
</context>
<context>
    <name>rd::CauseCard</name>
    <message>
        <source>What the check saw</source>
        <translation>Qué vio la comprobación</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Más información</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Volver a comprobar</translation>
    </message>
    <message>
        <source>Check again: %1</source>
        <translation>Volver a comprobar: %1</translation>
    </message>
    <message>
        <source>Runs just the checks behind this problem again, to see whether your fix worked.</source>
        <translation>Vuelve a ejecutar solo las comprobaciones relacionadas con este problema, para ver si tu solución funcionó.</translation>
    </message>
    <message>
        <source>Advanced: look in the registry&apos;s login log</source>
        <translation>Avanzado: consulta el log de inicios de sesión del registro</translation>
    </message>
    <message>
        <source>If the registry sends its resource logs to Log Analytics, this query lists the sign-ins around the time of this check: who signed in, from which address, and what the registry answered. Run it in the Azure portal under the registry&apos;s Logs.</source>
        <translation>Si el registro envía sus logs de recursos (registros de recursos) a Log Analytics, esta consulta muestra los inicios de sesión en torno a la hora de esta comprobación: quién inició sesión, desde qué dirección y qué respondió el registro. Ejecútala en Azure Portal, en la sección Registros (Logs) del registro.</translation>
    </message>
    <message>
        <source>Copy query for the registry&apos;s login log</source>
        <translation>Copiar la consulta para el log de inicios de sesión del registro</translation>
    </message>
    <message>
        <source>Checking again…</source>
        <translation>Comprobando de nuevo…</translation>
    </message>
    <message>
        <source>Fixed: the check no longer finds this problem.</source>
        <translation>Solucionado: la comprobación ya no encuentra este problema.</translation>
    </message>
    <message>
        <source>Still there: the check found this problem again.</source>
        <translation>Sigue ahí: la comprobación volvió a encontrar este problema.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Fixed</source>
        <extracomment>Status of a problem after &quot;Check again&quot;: it is solved now. Adjective, agrees with &quot;problem&quot;.</extracomment>
        <translation>Solucionado</translation>
    </message>
    <message>
        <source>Problem</source>
        <extracomment>Screen-reader name of the card&apos;s icon: how serious the cause is (error / warning).</extracomment>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>First step: %1</source>
        <translation>Primer paso: %1</translation>
    </message>
    <message>
        <source>Opens in your browser</source>
        <translation>Se abre en el explorador</translation>
    </message>
</context>
<context>
    <name>rd::Causes</name>
    <message>
        <source>Troubleshoot registry login</source>
        <translation>Solución de problemas de inicio de sesión en el registro</translation>
    </message>
    <message>
        <source>Troubleshoot network issues with the registry</source>
        <translation>Solución de problemas de red con el registro</translation>
    </message>
    <message>
        <source>Authenticate with an Azure container registry</source>
        <translation>Autenticación con un registro de contenedor de Azure</translation>
    </message>
    <message>
        <source>Sign in with a service principal</source>
        <translation>Inicio de sesión con una entidad de servicio</translation>
    </message>
    <message>
        <source>Repository-scoped tokens</source>
        <translation>Tokens con ámbito de repositorio</translation>
    </message>
    <message>
        <source>Frequently asked questions</source>
        <translation>Preguntas más frecuentes</translation>
    </message>
    <message>
        <source>Check the health of a registry</source>
        <translation>Comprobación del estado de un registro</translation>
    </message>
    <message>
        <source>Connect privately to a registry with Azure Private Link</source>
        <translation>Conexión privada a un registro con Azure Private Link</translation>
    </message>
    <message>
        <source>Allow access from selected public networks</source>
        <translation>Permitir el acceso desde redes públicas seleccionadas</translation>
    </message>
    <message>
        <source>Sign in with a managed identity</source>
        <translation>Inicio de sesión con una identidad administrada</translation>
    </message>
    <message>
        <source>Best practices for Azure Container Registry</source>
        <translation>Procedimientos recomendados para Azure Container Registry</translation>
    </message>
    <message>
        <source>Docker is not installed</source>
        <translation>Docker no está instalado</translation>
    </message>
    <message>
        <source>The docker command was not found on this computer. Signing in with docker login, and pulling or pushing images, needs the Docker client; az acr login also calls it.</source>
        <translation>No se encontró el comando docker en este equipo. Para iniciar sesión con docker login y para extraer o insertar imágenes hace falta el cliente de Docker; az acr login también lo usa.</translation>
    </message>
    <message>
        <source>Docker is too old</source>
        <translation>Docker es demasiado antiguo</translation>
    </message>
    <message>
        <source>Azure Container Registry needs Docker 18.03 or later. Older clients do not speak the sign-in protocol the registry expects.</source>
        <translation>Azure Container Registry necesita Docker 18.03 o posterior. Los clientes más antiguos no hablan el protocolo de inicio de sesión que espera el registro.</translation>
    </message>
    <message>
        <source>The Docker engine is not running</source>
        <translation>El motor de Docker no se está ejecutando</translation>
    </message>
    <message>
        <source>The docker command is installed, but the Docker engine behind it (the daemon, or Docker Desktop) does not answer. Pulling and pushing images need it, and older Docker versions need it to sign in too.</source>
        <translation>El comando docker está instalado, pero el motor de Docker que hay detrás (el demonio o Docker Desktop) no responde. Hace falta para extraer e insertar imágenes, y las versiones antiguas de Docker también lo necesitan para iniciar sesión.</translation>
    </message>
    <message>
        <source>The registry name is not written correctly</source>
        <translation>El nombre del registro no está bien escrito</translation>
    </message>
    <message>
        <source>Docker needs the registry&apos;s full login server in lowercase, such as myregistry.azurecr.io, with no https://, no path and no port. The Azure CLI (az acr login --name) needs just the registry name, without the domain.</source>
        <translation>Docker necesita el servidor de inicio de sesión completo del registro en minúsculas, como myregistry.azurecr.io, sin https://, sin ruta y sin puerto. La CLI de Azure (az acr login --name) solo necesita el nombre del registro, sin el dominio.</translation>
    </message>
    <message>
        <source>The registry name does not exist</source>
        <translation>El registro indicado no existe</translation>
    </message>
    <message>
        <source>The name could not be found in DNS: there is no registry with this name, it is misspelled, it belongs to another Azure cloud (.azurecr.cn, .azurecr.us), or this computer&apos;s DNS is not working.</source>
        <translation>No se encontró el nombre en DNS: no hay ningún registro con ese nombre, está mal escrito, pertenece a otra nube de Azure (.azurecr.cn, .azurecr.us) o el DNS de este equipo no funciona.</translation>
    </message>
    <message>
        <source>The registry cannot be reached from this network</source>
        <translation>No se puede llegar al registro desde esta red</translation>
    </message>
    <message>
        <source>This computer could not open a connection to the registry. Something between the two (a firewall, a VPN, a network that blocks outgoing traffic on port 443) stops the connection before any sign-in can happen.</source>
        <translation>Este equipo no pudo abrir una conexión con el registro. Algo entre los dos (un firewall, una VPN, una red que bloquea el tráfico saliente en el puerto 443) corta la conexión antes de que se pueda iniciar sesión.</translation>
    </message>
    <message>
        <source>The proxy blocks the connection</source>
        <translation>El proxy bloquea la conexión</translation>
    </message>
    <message>
        <source>Connections to the registry go through a proxy, and the proxy did not let this one through: it is unreachable, asks for a sign-in of its own, or refuses the registry&apos;s address.</source>
        <translation>Las conexiones al registro pasan por un proxy, y el proxy no dejó pasar esta: no está disponible, pide su propio inicio de sesión o rechaza la dirección del registro.</translation>
    </message>
    <message>
        <source>The registry&apos;s certificate is not trusted</source>
        <translation>El certificado del registro no es de confianza</translation>
    </message>
    <message>
        <source>The secure connection presents a certificate this computer does not trust. When the issuer is not Microsoft&apos;s, a company proxy or antivirus is usually opening secure connections to inspect them; Docker then refuses to send credentials.</source>
        <translation>La conexión segura presenta un certificado en el que este equipo no confía. Cuando el emisor no es Microsoft, normalmente hay un proxy de empresa o un antivirus que abre las conexiones seguras para inspeccionarlas; entonces Docker se niega a enviar las credenciales.</translation>
    </message>
    <message>
        <source>The registry&apos;s firewall does not allow your network</source>
        <translation>El firewall del registro no permite tu red</translation>
    </message>
    <message>
        <source>The registry answered, but refused this computer&apos;s public IP address. The registry only accepts connections from selected networks, or its public access is turned off.</source>
        <translation>El registro respondió, pero rechazó la dirección IP pública de este equipo. El registro solo acepta conexiones desde redes seleccionadas, o su acceso público está desactivado.</translation>
    </message>
    <message>
        <source>The registry is only reachable through its private network</source>
        <translation>El registro solo es accesible desde su red privada</translation>
    </message>
    <message>
        <source>The registry&apos;s name points to a private endpoint (a private address in an Azure virtual network). From outside that network, for example from home or without the VPN, the connection cannot succeed; inside it, the private DNS zone must be set up.</source>
        <translation>El nombre del registro apunta a un punto de conexión privado (una dirección privada en una red virtual de Azure). Desde fuera de esa red, por ejemplo desde casa o sin la VPN, la conexión no puede funcionar; dentro de ella, la zona DNS privada debe estar configurada.</translation>
    </message>
    <message>
        <source>The registry is limiting requests</source>
        <translation>El registro está limitando las solicitudes</translation>
    </message>
    <message>
        <source>The registry answered 429 (too many requests): it is slowing down clients that send many requests in a short time. Waiting a little and trying again usually works.</source>
        <translation>El registro respondió 429 (demasiadas solicitudes): está frenando a los clientes que envían muchas solicitudes en poco tiempo. Normalmente basta con esperar un poco y volver a intentarlo.</translation>
    </message>
    <message>
        <source>The address is not a container registry</source>
        <translation>La dirección no es un registro de contenedores</translation>
    </message>
    <message>
        <source>Something answered at this address, but not as a container registry does. The address is probably wrong, or a web page (a proxy&apos;s block page, a captive portal) answered instead.</source>
        <translation>Algo respondió en esta dirección, pero no como lo hace un registro de contenedores. Probablemente la dirección es incorrecta, o respondió una página web en su lugar (la página de bloqueo de un proxy, un portal cautivo).</translation>
    </message>
    <message>
        <source>The registry has a problem on its side</source>
        <translation>El registro tiene un problema por su parte</translation>
    </message>
    <message>
        <source>The registry was reached but gave no usable answer: a server error (5xx), an answer cut short, or no answer in time. This is not caused by your sign-in; it is usually temporary.</source>
        <translation>Se llegó al registro, pero no dio una respuesta utilizable: un error del servidor (5xx), una respuesta cortada o ninguna respuesta a tiempo. No lo causa tu inicio de sesión; suele ser temporal.</translation>
    </message>
    <message>
        <source>There are no credentials for this registry</source>
        <translation>No hay credenciales para este registro</translation>
    </message>
    <message>
        <source>Nothing was given to sign in with, and Docker has nothing saved for this registry. Docker then tries without signing in, and the registry answers unauthorized.</source>
        <translation>No se indicó nada con lo que iniciar sesión, y Docker no tiene nada guardado para este registro. Entonces Docker lo intenta sin iniciar sesión y el registro responde unauthorized (no autorizado).</translation>
    </message>
    <message>
        <source>The user name or password is wrong</source>
        <translation>El nombre de usuario o la contraseña son incorrectos</translation>
    </message>
    <message>
        <source>The registry refused the credentials. For a service principal the user name is the application (client) ID and the password is its client secret; for the admin account both come from the registry&apos;s Access keys page; for a token, from its Tokens page.</source>
        <translation>El registro rechazó las credenciales. Para una entidad de servicio, el nombre de usuario es el Id. de aplicación (cliente) y la contraseña es su secreto de cliente; para la cuenta de administrador, ambos están en la página Claves de acceso del registro; para un token, en su página Tokens.</translation>
    </message>
    <message>
        <source>The user name is not known to the registry</source>
        <translation>El registro no conoce el nombre de usuario</translation>
    </message>
    <message>
        <source>The registry answered &quot;Application not registered with AAD&quot;: the user name is not an identity it knows. A common mistake is using an e-mail address or a display name where the service principal&apos;s application (client) ID belongs.</source>
        <translation>El registro respondió &quot;Application not registered with AAD&quot;: el nombre de usuario no es ninguna identidad que conozca. Un error frecuente es usar una dirección de correo electrónico o un nombre para mostrar donde va el Id. de aplicación (cliente) de la entidad de servicio.</translation>
    </message>
    <message>
        <source>The sign-in works but lacks the rights</source>
        <translation>El inicio de sesión funciona, pero faltan permisos</translation>
    </message>
    <message>
        <source>The credentials are valid, but they do not allow what you are trying to do on this repository. Pulling needs the AcrPull role (or a token allowing read); pushing needs AcrPush (or a token allowing write). A role assigned minutes ago can take up to about ten minutes to apply.</source>
        <translation>Las credenciales son válidas, pero no permiten lo que intentas hacer en este repositorio. Para extraer hace falta el rol AcrPull (o un token que permita leer); para insertar, AcrPush (o un token que permita escribir). Un rol asignado hace unos minutos puede tardar hasta unos diez minutos en aplicarse.</translation>
    </message>
    <message>
        <source>The sign-in has expired</source>
        <translation>El inicio de sesión ha expirado</translation>
    </message>
    <message>
        <source>The saved sign-in is no longer valid. After az acr login, the registry&apos;s token lasts about three hours; service principal secrets and token passwords also have an expiry date.</source>
        <translation>El inicio de sesión guardado ya no es válido. Después de az acr login, el token del registro dura unas tres horas; los secretos de las entidades de servicio y las contraseñas de los tokens también tienen fecha de expiración.</translation>
    </message>
    <message>
        <source>Docker&apos;s credential store is not working</source>
        <translation>El almacén de credenciales de Docker no funciona</translation>
    </message>
    <message>
        <source>Docker keeps passwords in a credential store (Docker Desktop, Windows Credential Manager, macOS Keychain...). The store named in Docker&apos;s settings is missing or fails, so Docker cannot save or read the registry&apos;s credentials.</source>
        <translation>Docker guarda las contraseñas en un almacén de credenciales (Docker Desktop, Administrador de credenciales de Windows, Llavero de macOS...). El almacén indicado en la configuración de Docker falta o falla, así que Docker no puede guardar ni leer las credenciales del registro.</translation>
    </message>
    <message>
        <source>The Azure CLI is not signed in</source>
        <translation>La CLI de Azure no ha iniciado sesión</translation>
    </message>
    <message>
        <source>az acr login uses your Azure CLI sign-in to get a registry token. The Azure CLI on this computer is not signed in (or is not installed), so it cannot.</source>
        <translation>az acr login usa tu sesión de la CLI de Azure para obtener un token del registro. La CLI de Azure no ha iniciado sesión en este equipo (o no está instalada), así que no puede hacerlo.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong</source>
        <translation>El reloj de este equipo está mal</translation>
    </message>
    <message>
        <source>Sign-in tokens are valid for a limited time. When this computer&apos;s clock is several minutes off, fresh tokens look expired or not yet valid, and secure connections can fail.</source>
        <translation>Los tokens de inicio de sesión son válidos durante un tiempo limitado. Cuando el reloj de este equipo se desvía varios minutos, los tokens recién emitidos parecen expirados o todavía no válidos, y las conexiones seguras pueden fallar.</translation>
    </message>
    <message>
        <source>Azure Container Registry built-in roles</source>
        <translation>Roles integrados de Azure Container Registry</translation>
    </message>
    <message>
        <source>Pull images to a Kubernetes cluster with a pull secret</source>
        <translation>Extraer imágenes en un clúster de Kubernetes con un secreto de extracción</translation>
    </message>
    <message>
        <source>az acr login needs a Docker engine it cannot reach</source>
        <translation>az acr login necesita un motor de Docker al que no puede llegar</translation>
    </message>
    <message>
        <source>az acr login gets a registry token and then passes it to docker login, so it needs a running Docker engine. Without one (in Azure Cloud Shell, on a build agent without Docker, or with Podman or Helm instead of Docker), ask the Azure CLI for the token with --expose-token and give it to your client yourself.</source>
        <translation>az acr login obtiene un token del registro y luego se lo pasa a docker login, así que necesita un motor de Docker en ejecución. Sin él (en Azure Cloud Shell, en un agente de compilación sin Docker o con Podman o Helm en lugar de Docker), pide el token a la CLI de Azure con --expose-token y pásaselo tú mismo a tu cliente.</translation>
    </message>
    <message>
        <source>The pipeline passed an empty user name or password</source>
        <translation>La canalización pasó un nombre de usuario o una contraseña vacíos</translation>
    </message>
    <message>
        <source>The sign-in step received an empty user name or password. In a pipeline this usually means that the secret variable is not set, is misspelled, or is not available to this run (for example in a pull request from a fork, or in another environment or variable group).</source>
        <translation>El paso de inicio de sesión recibió un nombre de usuario o una contraseña vacíos. En una canalización, esto suele significar que la variable secreta no está definida, está mal escrita o no está disponible para esta ejecución (por ejemplo, en una solicitud de incorporación de cambios desde una bifurcación, o en otro entorno o grupo de variables).</translation>
    </message>
    <message>
        <source>The pod&apos;s image pull secret is missing or does not fit</source>
        <translation>Falta el secreto de extracción de imágenes del pod o no corresponde</translation>
    </message>
    <message>
        <source>Kubernetes pulls the image with the secrets named in the pod&apos;s imagePullSecrets or in its service account. The secret named there does not exist in the pod&apos;s namespace, or it holds credentials for another registry, so the node pulls without signing in.</source>
        <translation>Kubernetes extrae la imagen con los secretos indicados en imagePullSecrets del pod o en su cuenta de servicio. El secreto indicado no existe en el espacio de nombres del pod o contiene credenciales de otro registro, así que el nodo extrae la imagen sin iniciar sesión.</translation>
    </message>
    <message>
        <source>The image has no variant for this platform</source>
        <translation>La imagen no tiene ninguna variante para esta plataforma</translation>
    </message>
    <message>
        <source>The tag points to a list of images for several platforms (operating system and processor), and none of them is for the platform that pulls it, for example linux/arm64 on an Apple silicon Mac or an Arm node. This is not a sign-in problem.</source>
        <translation>La etiqueta apunta a una lista de imágenes para varias plataformas (sistema operativo y procesador), y ninguna es para la plataforma que la extrae, por ejemplo linux/arm64 en un Mac con Apple silicon o en un nodo Arm. No es un problema de inicio de sesión.</translation>
    </message>
    <message>
        <source>Multifactor authentication or Conditional Access blocks the sign-in</source>
        <translation>La autenticación multifactor o el acceso condicional bloquea el inicio de sesión</translation>
    </message>
    <message>
        <source>Microsoft Entra ID refused to issue a token without multifactor authentication, or a Conditional Access policy blocks this sign-in (AADSTS50076, AADSTS50079, AADSTS53003). A sign-in without a person present, such as a password in a script, cannot satisfy it: sign in interactively, or use a service principal or a managed identity for automation.</source>
        <translation>Microsoft Entra ID se negó a emitir un token sin autenticación multifactor, o una directiva de acceso condicional bloquea este inicio de sesión (AADSTS50076, AADSTS50079, AADSTS53003). Un inicio de sesión sin una persona presente, como una contraseña en un script, no puede cumplirlo: inicia sesión de forma interactiva o usa una entidad de servicio o una identidad administrada para la automatización.</translation>
    </message>
    <message>
        <source>The BuildKit builder does not trust the registry&apos;s certificate</source>
        <translation>El generador de BuildKit no confía en el certificado del registro</translation>
    </message>
    <message>
        <source>docker buildx builds in a separate BuildKit container (the docker-container driver) with its own list of trusted certificate authorities. A certificate authority that this computer or Docker trusts, such as a company proxy&apos;s or a private registry&apos;s, is not trusted inside the builder, so the build cannot pull or push.</source>
        <translation>docker buildx compila en un contenedor de BuildKit independiente (el controlador docker-container) con su propia lista de entidades de certificación de confianza. Una entidad de certificación en la que confían este equipo o Docker, como la de un proxy de la empresa o la de un registro privado, no es de confianza dentro del generador, así que la compilación no puede extraer ni insertar.</translation>
    </message>
    <message>
        <source>The docker command is Podman</source>
        <translation>El comando docker es Podman</translation>
    </message>
    <message>
        <source>On this computer, docker runs Podman through its Docker emulation. Podman keeps its sign-ins in its own file (auth.json) and has no Docker engine or Docker Desktop, so advice about the Docker daemon, Docker Desktop or Docker&apos;s credential store does not apply; use Podman&apos;s commands instead.</source>
        <translation>En este equipo, docker ejecuta Podman mediante su emulación de Docker. Podman guarda sus inicios de sesión en su propio archivo (auth.json) y no tiene motor de Docker ni Docker Desktop, así que los consejos sobre el demonio de Docker, Docker Desktop o el almacén de credenciales de Docker no se aplican; usa en su lugar los comandos de Podman.</translation>
    </message>
    <message>
        <source>The Azure CLI is too old for this command</source>
        <translation>La CLI de Azure es demasiado antigua para este comando</translation>
    </message>
    <message>
        <source>The installed Azure CLI does not know an option that the command uses, such as --expose-token of az acr login. Update the Azure CLI, then run the command again.</source>
        <translation>La CLI de Azure instalada no conoce una opción que usa el comando, como --expose-token de az acr login. Actualiza la CLI de Azure y vuelve a ejecutar el comando.</translation>
    </message>
    <message>
        <source>Get the registry token without Docker and sign in with your client; the user name is 00000000-0000-0000-0000-000000000000 (shown here for Podman; for Helm use helm registry login):</source>
        <translation>Obtén el token del registro sin Docker e inicia sesión con tu cliente; el nombre de usuario es 00000000-0000-0000-0000-000000000000 (aquí para Podman; para Helm usa helm registry login):</translation>
    </message>
    <message>
        <source>Check that the secret is defined for this pipeline and this run, and that the step reads it by its exact name. Stop the job early when it is empty:</source>
        <translation>Comprueba que el secreto está definido para esta canalización y esta ejecución, y que el paso lo lee por su nombre exacto. Detén el trabajo al principio cuando esté vacío:</translation>
    </message>
    <message>
        <source>See which pull secret the pod names, and whether it exists in the pod&apos;s namespace:</source>
        <translation>Mira qué secreto de extracción indica el pod y si existe en el espacio de nombres del pod:</translation>
    </message>
    <message>
        <source>On AKS, let the cluster pull with its own identity instead of a secret:</source>
        <translation>En AKS, deja que el clúster extraiga con su propia identidad en lugar de un secreto:</translation>
    </message>
    <message>
        <source>See which platforms the tag offers, then pull one of them explicitly or build the image for your platform too:</source>
        <translation>Mira qué plataformas ofrece la etiqueta y luego extrae una de ellas explícitamente o compila la imagen también para tu plataforma:</translation>
    </message>
    <message>
        <source>Sign in again interactively, so that you can complete multifactor authentication, then sign in to the registry:</source>
        <translation>Vuelve a iniciar sesión de forma interactiva para completar la autenticación multifactor y luego inicia sesión en el registro:</translation>
    </message>
    <message>
        <source>For pipelines and scripts, sign in with a service principal or a managed identity instead of a user account.</source>
        <translation>Para canalizaciones y scripts, inicia sesión con una entidad de servicio o una identidad administrada en lugar de una cuenta de usuario.</translation>
    </message>
    <message>
        <source>Write a BuildKit configuration file, buildkitd.toml, that trusts your certificate authority for this registry (give the path of its PEM file on this computer):</source>
        <translation>Escribe un archivo de configuración de BuildKit, buildkitd.toml, que confíe en tu entidad de certificación para este registro (indica la ruta de su archivo PEM en este equipo):</translation>
    </message>
    <message>
        <source>Create a builder with that configuration and use it:</source>
        <translation>Crea un generador con esa configuración y úsalo:</translation>
    </message>
    <message>
        <source>Sign in with Podman, then check that Podman has a sign-in for the registry:</source>
        <translation>Inicia sesión con Podman y luego comprueba que Podman tiene un inicio de sesión para el registro:</translation>
    </message>
    <message>
        <source>Update the Azure CLI the way it was installed (shown here: winget on Windows, the Debian and Ubuntu packages on Linux), then check its version:</source>
        <translation>Actualiza la CLI de Azure de la forma en que se instaló (aquí: winget en Windows, los paquetes de Debian y Ubuntu en Linux) y luego comprueba su versión:</translation>
    </message>
</context>
<context>
    <name>rd::CertificateFactory</name>
    <message>
        <source>Could not create a certificate (%1).</source>
        <translation>No se pudo crear un certificado (%1).</translation>
    </message>
</context>
<context>
    <name>rd::ChallengeProbe</name>
    <message>
        <source>Skipped: no connection to the registry.</source>
        <translation>Omitida: no hay conexión con el registro.</translation>
    </message>
    <message>
        <source>Skipped: the secure connection is not trusted, so nothing is sent to the registry.</source>
        <translation>Omitida: la conexión segura no es de confianza, así que no se envía nada al registro.</translation>
    </message>
    <message>
        <source>The registry did not answer: %1</source>
        <translation>El registro no respondió: %1</translation>
    </message>
    <message>
        <source>The registry answered 401 but did not say how to sign in (no WWW-Authenticate header).</source>
        <translation>El registro respondió 401, pero no indicó cómo iniciar sesión (falta el encabezado WWW-Authenticate).</translation>
    </message>
    <message>
        <source>The registry&apos;s sign-in challenge could not be read: %1</source>
        <translation>No se pudo leer el desafío de inicio de sesión del registro: %1</translation>
    </message>
    <message>
        <source>The registry answers and asks for a token from %1 (service %2).</source>
        <translation>El registro responde y pide un token a %1 (servicio %2).</translation>
    </message>
    <message>
        <source>The registry answers and asks for a user name and password (Basic sign-in).</source>
        <translation>El registro responde y pide nombre de usuario y contraseña (inicio de sesión Basic).</translation>
    </message>
    <message>
        <source>The registry asks for an unusual kind of sign-in: %1.</source>
        <translation>El registro pide un tipo de inicio de sesión poco habitual: %1.</translation>
    </message>
    <message>
        <source>The registry answers and lets anyone in without signing in.</source>
        <translation>El registro responde y deja entrar a cualquiera sin iniciar sesión.</translation>
    </message>
    <message>
        <source>The registry refused the connection with 403 Forbidden before any sign-in.</source>
        <translation>El registro rechazó la conexión con 403 Forbidden antes de cualquier inicio de sesión.</translation>
    </message>
    <message>
        <source>The registry refused the connection: your IP address %1 is not allowed by its firewall.</source>
        <translation>El registro rechazó la conexión: su firewall no permite tu dirección IP %1.</translation>
    </message>
    <message>
        <source>The registry answered 429: too many requests right now.</source>
        <translation>El registro respondió 429: demasiadas solicitudes en este momento.</translation>
    </message>
    <message>
        <source>The registry answered 429: too many requests; it asks to wait %1 seconds.</source>
        <translation>El registro respondió 429: demasiadas solicitudes; pide esperar %1 segundos.</translation>
    </message>
    <message>
        <source>The registry answered %1: a problem on the server&apos;s side.</source>
        <translation>El registro respondió %1: un problema por parte del servidor.</translation>
    </message>
    <message>
        <source>The address answered with a redirect (%1) at /v2/ without saying where to; a container registry never does this, and the check does not follow redirects.</source>
        <translation>La dirección respondió con una redirección (%1) en /v2/ sin indicar adónde; un registro de contenedores nunca hace esto, y la comprobación no sigue redirecciones.</translation>
    </message>
    <message>
        <source>The address answered with a redirect (%1) to %2; a container registry never redirects /v2/, and the check does not follow it: the address leads to a web page or a sign-in portal, not to a registry.</source>
        <translation>La dirección respondió con una redirección (%1) a %2; un registro de contenedores nunca redirige /v2/, y la comprobación no la sigue: la dirección lleva a una página web o a un portal de inicio de sesión, no a un registro.</translation>
    </message>
    <message>
        <source>The address answered %1 at /v2/, which a container registry never does: it is not a registry, or the address is wrong.</source>
        <translation>La dirección respondió %1 en /v2/, algo que un registro de contenedores nunca hace: no es un registro o la dirección es incorrecta.</translation>
    </message>
    <message>
        <source>Registry answer</source>
        <translation>Respuesta del registro</translation>
    </message>
</context>
<context>
    <name>rd::Check</name>
    <message>
        <source>Not run: the check was cancelled.</source>
        <translation>No ejecutada: la comprobación se canceló.</translation>
    </message>
</context>
<context>
    <name>rd::CheckingPage</name>
    <message>
        <source>Checking</source>
        <extracomment>Name of the third step in the side list of steps (the check is running). Short: one or two words.</extracomment>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Show &amp;results</source>
        <translation>Mostrar &amp;resultados</translation>
    </message>
    <message>
        <source>The check could not start: %1</source>
        <translation>No se pudo iniciar la comprobación: %1</translation>
    </message>
    <message>
        <source>Checking the registry…</source>
        <translation>Comprobando el registro…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>The check was stopped</source>
        <translation>La comprobación se detuvo</translation>
    </message>
    <message>
        <source>Check finished</source>
        <translation>Comprobación terminada</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>%1 comprobado</translation>
    </message>
    <message>
        <source>Checking the registry</source>
        <translation>Comprobación del registro</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Comprobación de %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checks done. This usually takes a few seconds.</source>
        <translation>
            <numerusform>Comprobaciones completadas: %1 de %n. Suele tardar unos segundos.</numerusform>
            <numerusform>Comprobaciones completadas: %1 de %n. Suele tardar unos segundos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n checks ran before you stopped. Go on to see what they found.</source>
        <translation>
            <numerusform>Comprobaciones ejecutadas antes de detenerla: %1 de %n. Continúa para ver qué encontraron.</numerusform>
            <numerusform>Comprobaciones ejecutadas antes de detenerla: %1 de %n. Continúa para ver qué encontraron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n checks done in %1. No problem found.</source>
        <translation>
            <numerusform>%n comprobación completada en %1. No se encontró ningún problema.</numerusform>
            <numerusform>Las %n comprobaciones se completaron en %1. No se encontró ningún problema.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check starts in a moment.</source>
        <translation>La comprobación empezará en un momento.</translation>
    </message>
    <message>
        <source>Progress</source>
        <extracomment>Screen-reader name of the progress bar.</extracomment>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Checks</source>
        <extracomment>Screen-reader name of the list of individual checks (noun, plural).</extracomment>
        <translation>Comprobaciones</translation>
    </message>
    <message numerus="yes">
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
        <source>Run registry-doctor-cli --help for usage.</source>
        <translation>Ejecuta registry-doctor-cli --help para ver cómo se usa.</translation>
    </message>
    <message>
        <source>Passwords are never accepted as arguments: they would be visible to other programs and kept in your shell history. Use --password-stdin.</source>
        <translation>Las contraseñas nunca se aceptan como argumentos: otros programas podrían verlas y quedarían en el historial de tu shell. Usa --password-stdin.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>Use &quot;practice --list&quot; to see the scenarios, and &quot;check --practice SCENARIO&quot; to run one.</source>
        <translation>Usa &quot;practice --list&quot; para ver los escenarios y &quot;check --practice SCENARIO&quot; para ejecutar uno.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Comando desconocido: %1</translation>
    </message>
    <message>
        <source>Give one registry only.</source>
        <translation>Indica un solo registro.</translation>
    </message>
    <message>
        <source>Which registry? Example: registry-doctor-cli check myregistry.azurecr.io</source>
        <translation>¿Qué registro? Ejemplo: registry-doctor-cli check myregistry.azurecr.io</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text, json or markdown.</source>
        <translation>Formato &quot;%1&quot; desconocido: usa text, json o markdown.</translation>
    </message>
    <message>
        <source>--action must be pull or push.</source>
        <translation>--action debe ser pull o push.</translation>
    </message>
    <message>
        <source>Repository names are lowercase, without spaces: %1</source>
        <translation>Los nombres de repositorio van en minúsculas y sin espacios: %1</translation>
    </message>
    <message>
        <source>Unknown sign-in method &quot;%1&quot;: use auto, azure-cli, password, token, docker or azure-service.</source>
        <translation>Método de inicio de sesión &quot;%1&quot; desconocido: usa auto, azure-cli, password, token, docker o azure-service.</translation>
    </message>
    <message>
        <source>Unknown symptom &quot;%1&quot;. See registry-doctor-cli symptoms.</source>
        <translation>Síntoma &quot;%1&quot; desconocido. Consulta registry-doctor-cli symptoms.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds between 1 and 600.</source>
        <translation>--timeout necesita un número de segundos entre 1 y 600.</translation>
    </message>
    <message>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>No se puede leer el archivo de certificado %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>--password-stdin was given, but standard input was empty.</source>
        <translation>Se indicó --password-stdin, pero la entrada estándar estaba vacía.</translation>
    </message>
    <message>
        <source>--password-stdin needs --username.</source>
        <translation>--password-stdin necesita --username.</translation>
    </message>
    <message>
        <source>Unknown practice scenario &quot;%1&quot;. See registry-doctor-cli practice --list.</source>
        <translation>Escenario de práctica &quot;%1&quot; desconocido. Consulta registry-doctor-cli practice --list.</translation>
    </message>
    <message>
        <source>The practice registry could not start: %1</source>
        <translation>No se pudo iniciar el registro de práctica: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registry address. %2</source>
        <translation>&quot;%1&quot; no es la dirección de un registro. %2</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>Comprobando %1...</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <translation>Formato &quot;%1&quot; desconocido: usa text o json.</translation>
    </message>
    <message>
        <source>Paste the error message on standard input, for example:
  docker login myregistry.azurecr.io 2&gt;&amp;1 | registry-doctor-cli explain</source>
        <translation>Pega el mensaje de error en la entrada estándar, por ejemplo:
  docker login myregistry.azurecr.io 2&gt;&amp;1 | registry-doctor-cli explain</translation>
    </message>
    <message>
        <source>This message is not one the tool knows. Run a full check instead:</source>
        <translation>La herramienta no conoce este mensaje. Ejecuta en su lugar una comprobación completa:</translation>
    </message>
    <message>
        <source>Likely causes: %1</source>
        <extracomment>%1 is a list of cause titles.</extracomment>
        <translation>Causas probables: %1</translation>
    </message>
    <message>
        <source>To confirm, run:</source>
        <translation>Para confirmarlo, ejecuta:</translation>
    </message>
    <message>
        <source>Run one with: registry-doctor-cli check --practice SCENARIO</source>
        <translation>Ejecuta uno con: registry-doctor-cli check --practice SCENARIO</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>The report could not be written to standard output.</source>
        <translation>No se pudo escribir el informe en la salida estándar.</translation>
    </message>
    <message>
        <source>Unknown client &quot;%1&quot;: use docker or podman.</source>
        <translation>Cliente &quot;%1&quot; desconocido: usa docker o podman.</translation>
    </message>
    <message>
        <source>Printed by: %1</source>
        <extracomment>%1 is the program that printed the message: docker, buildkit, podman, helm, oras, containerd, kubelet, az, aws or gcloud.</extracomment>
        <translation>Mostrado por: %1</translation>
    </message>
    <message>
        <source>Most likely: %1</source>
        <extracomment>%1 is a cause title.</extracomment>
        <translation>Lo más probable: %1</translation>
    </message>
    <message>
        <source>Usage:
  registry-doctor-cli check REGISTRY [--username USER] [--password-stdin] [--repository REPO]
      [--action pull|push] [--symptom ID]... [--sign-in METHOD] [--ca-file PEM] [--timeout SECONDS]
      [--client docker|podman] [--docker-config-json FILE] [--lang CODE] [--format text|json|markdown]
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
      [--client docker|podman] [--docker-config-json FILE] [--lang CODE] [--format text|json|markdown]
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
        <source>--docker-config-json gives the credentials: do not give --username or --password-stdin with it.</source>
        <translation>--docker-config-json proporciona las credenciales: no indiques --username ni --password-stdin con él.</translation>
    </message>
    <message>
        <source>Cannot read the pull secret %1: %2</source>
        <translation>No se puede leer el secreto de extracción %1: %2</translation>
    </message>
</context>
<context>
    <name>rd::ClockProbe</name>
    <message>
        <source>Skipped: the registry&apos;s answer had no date to compare with.</source>
        <translation>Omitida: la respuesta del registro no traía una fecha con la que comparar.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the registry&apos;s.</source>
        <translation>El reloj de este equipo va %1 adelantado respecto al del registro.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the registry&apos;s.</source>
        <translation>El reloj de este equipo va %1 atrasado respecto al del registro.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with the registry&apos;s (difference under a minute).</source>
        <translation>El reloj de este equipo coincide con el del registro (diferencia inferior a un minuto).</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
</context>
<context>
    <name>rd::CollapsibleSection</name>
    <message>
        <source>Expanded; press Space to fold</source>
        <translation>Expandido; pulsa Espacio para contraer</translation>
    </message>
    <message>
        <source>Folded; press Space to open</source>
        <translation>Contraído; pulsa Espacio para expandir</translation>
    </message>
</context>
<context>
    <name>rd::CommandBox</name>
    <message>
        <source>Copied</source>
        <extracomment>Button text for a moment after the command was copied. Keep it about as short as &quot;Copy&quot;.</extracomment>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Copied to the clipboard</source>
        <translation>Copiado en el portapapeles</translation>
    </message>
    <message>
        <source>Copy</source>
        <extracomment>Button that copies a command to the clipboard (verb). Short.</extracomment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy command: %1</source>
        <extracomment>Screen-reader name of the copy button; %1 is the command itself (not translated).</extracomment>
        <translation>Copiar comando: %1</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copiar en el portapapeles</translation>
    </message>
</context>
<context>
    <name>rd::CredentialStoreProbe</name>
    <message>
        <source>Docker&apos;s stored login</source>
        <translation>Inicio de sesión guardado por Docker</translation>
    </message>
    <message>
        <source>Without a usable registry name there is nothing to look up in Docker&apos;s store.</source>
        <translation>Sin un nombre de registro utilizable, no hay nada que buscar en el almacén de Docker.</translation>
    </message>
    <message>
        <source>Docker&apos;s configuration was not checked, so its stored login was not looked up.</source>
        <translation>No se comprobó la configuración de Docker, así que no se buscó su inicio de sesión guardado.</translation>
    </message>
    <message>
        <source>Docker&apos;s config file could not be read, so what Docker has stored for this registry is unknown.</source>
        <translation>No se pudo leer el archivo de configuración de Docker, así que no se sabe qué tiene guardado Docker para este registro.</translation>
    </message>
    <message>
        <source>Docker&apos;s config file has an entry for %1, but its saved login is damaged, so Docker has nothing usable stored for this registry.</source>
        <translation>El archivo de configuración de Docker tiene una entrada para %1, pero su inicio de sesión guardado está dañado, así que Docker no tiene nada utilizable guardado para este registro.</translation>
    </message>
    <message>
        <source>Docker has nothing stored for this registry (%1): no credential store is set and the config file holds no login for it.</source>
        <translation>Docker no tiene nada guardado para este registro (%1): no hay ningún almacén de credenciales configurado y el archivo de configuración no contiene ningún inicio de sesión para él.</translation>
    </message>
    <message>
        <source>Docker&apos;s config file holds an identity token for %1 (user %2), as left by az acr login.</source>
        <translation>El archivo de configuración de Docker contiene un token de identidad para %1 (usuario %2), tal como lo deja az acr login.</translation>
    </message>
    <message>
        <source>Docker&apos;s config file holds a user name and password for %1 (user %2).</source>
        <translation>El archivo de configuración de Docker contiene un nombre de usuario y una contraseña para %1 (usuario %2).</translation>
    </message>
    <message>
        <source>Docker&apos;s config names the credential store &quot;%1&quot; (%2), but its program %3 is not installed. Docker cannot save or read logins for this registry: install it, or remove &quot;%1&quot; from %2 in %4 and log in again.</source>
        <translation>La configuración de Docker indica el almacén de credenciales &quot;%1&quot; (%2), pero su programa %3 no está instalado. Docker no puede guardar ni leer inicios de sesión para este registro: instálalo, o quita &quot;%1&quot; de %2 en %4 y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The credential helper %1 could not be started: %2</source>
        <translation>No se pudo iniciar el asistente de credenciales %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The credential helper %1 did not answer within %n second(s). Docker waits for it on every login, push and pull; it may be waiting for an unlock prompt or be stuck.</source>
        <translation>
            <numerusform>El asistente de credenciales %1 no respondió en %n segundo. Docker lo espera en cada inicio de sesión, push y pull; puede que esté esperando una solicitud de desbloqueo o que se haya quedado bloqueado.</numerusform>
            <numerusform>El asistente de credenciales %1 no respondió en %n segundos. Docker lo espera en cada inicio de sesión, push y pull; puede que esté esperando una solicitud de desbloqueo o que se haya quedado bloqueado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The credential helper %1 crashed when Docker&apos;s login for %2 was asked for.</source>
        <translation>El asistente de credenciales %1 terminó de forma inesperada al pedirle el inicio de sesión de Docker para %2.</translation>
    </message>
    <message>
        <source>The credential store &quot;%1&quot; has an entry for %2 (user %3), but it holds no password or token.</source>
        <translation>El almacén de credenciales &quot;%1&quot; tiene una entrada para %2 (usuario %3), pero no contiene ninguna contraseña ni ningún token.</translation>
    </message>
    <message>
        <source>The credential store &quot;%1&quot; holds an identity token for %2 (user %3), as left by az acr login.</source>
        <translation>El almacén de credenciales &quot;%1&quot; contiene un token de identidad para %2 (usuario %3), tal como lo deja az acr login.</translation>
    </message>
    <message>
        <source>The credential store &quot;%1&quot; holds a user name and password for %2 (user %3).</source>
        <translation>El almacén de credenciales &quot;%1&quot; contiene un nombre de usuario y una contraseña para %2 (usuario %3).</translation>
    </message>
    <message>
        <source>The credential store &quot;%1&quot; has nothing saved for this registry (%2): nobody has logged in to it with docker on this account, or the login was removed.</source>
        <translation>El almacén de credenciales &quot;%1&quot; no tiene nada guardado para este registro (%2): nadie ha iniciado sesión en él con docker desde esta cuenta, o se quitó el inicio de sesión.</translation>
    </message>
    <message>
        <source>The credential store &quot;%1&quot; fails: %2 answered &quot;%3&quot; (exit code %4). Docker cannot read or save logins for this registry while it fails.</source>
        <translation>El almacén de credenciales &quot;%1&quot; falla: %2 respondió &quot;%3&quot; (código de salida %4). Mientras falle, Docker no puede leer ni guardar inicios de sesión para este registro.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message numerus="yes">
        <source>The credential store &quot;%1&quot; answered with something that is not a credential, so Docker cannot use it (%2 printed %n byte(s) of unreadable output).</source>
        <translation>
            <numerusform>El almacén de credenciales &quot;%1&quot; respondió con algo que no es una credencial, así que Docker no puede usarlo (%2 mostró %n byte de salida ilegible).</numerusform>
            <numerusform>El almacén de credenciales &quot;%1&quot; respondió con algo que no es una credencial, así que Docker no puede usarlo (%2 mostró %n bytes de salida ilegible).</numerusform>
        </translation>
    </message>
    <message>
        <source>Docker&apos;s config names the credential store &quot;%1&quot; (%2), which is not a program name (only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;). It was not run. Correct or remove it in %3, then log in again.</source>
        <translation>La configuración de Docker indica el almacén de credenciales &quot;%1&quot; (%2), que no es un nombre de programa (solo letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;). No se ejecutó. Corrígelo o quítalo en %3 y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Docker keeps logins with pass, but pass has not been set up on this account (%1 has no .gpg-id file). Nothing can be read from it, and docker login fails with &quot;pass not initialized&quot; until it is set up.</source>
        <translation>Docker guarda los inicios de sesión con pass, pero pass no se ha configurado en esta cuenta (%1 no tiene el archivo .gpg-id). No se puede leer nada de él, y docker login falla con &quot;pass not initialized&quot; hasta que se configure.</translation>
    </message>
    <message>
        <source>Docker keeps logins with pass, whose store (%1) is locked with the GPG key %2, but that key&apos;s secret part is not on this computer. pass cannot decrypt what it holds, so Docker cannot read or save logins.</source>
        <translation>Docker guarda los inicios de sesión con pass, cuyo almacén (%1) está cifrado con la clave GPG %2, pero la parte secreta de esa clave no está en este equipo. pass no puede descifrar lo que contiene, así que Docker no puede leer ni guardar inicios de sesión.</translation>
    </message>
    <message>
        <source>Docker keeps logins with secretservice, the desktop&apos;s keyring, which needs a desktop session: %1 answered &quot;%2&quot;. Over SSH, in a container or on a server there is none, so Docker cannot read or save logins.</source>
        <translation>Docker guarda los inicios de sesión con secretservice, el llavero del escritorio, que necesita una sesión de escritorio: %1 respondió &quot;%2&quot;. Por SSH, en un contenedor o en un servidor no hay ninguna, así que Docker no puede leer ni guardar inicios de sesión.</translation>
    </message>
</context>
<context>
    <name>rd::CredentialsProbe</name>
    <message>
        <source>Skipped: the registry lets anyone in, so there is no sign-in to test.</source>
        <translation>Omitida: el registro deja entrar a cualquiera, así que no hay ningún inicio de sesión que probar.</translation>
    </message>
    <message>
        <source>Skipped: the registry did not ask for a sign-in.</source>
        <translation>Omitida: el registro no pidió iniciar sesión.</translation>
    </message>
    <message>
        <source>There are no credentials to sign in with: none were given and Docker has none saved for %1.</source>
        <translation>No hay credenciales con las que iniciar sesión: no se indicó ninguna y Docker no tiene ninguna guardada para %1.</translation>
    </message>
    <message>
        <source>Signed in as %1 with a user name and password.</source>
        <translation>Sesión iniciada como %1 con nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>The registry asks for a kind of sign-in this check does not test (%1).</source>
        <translation>El registro pide un tipo de inicio de sesión que esta comprobación no prueba (%1).</translation>
    </message>
    <message>
        <source>The registry names a token service at &quot;%1&quot;, which is not a secure (https) address: no password is sent there.</source>
        <translation>El registro indica un servicio de tokens en &quot;%1&quot;, que no es una dirección segura (https): no se envía ninguna contraseña allí.</translation>
    </message>
    <message>
        <source>The token service began to answer, but its answer did not arrive whole, so the check is without a token: %1</source>
        <translation>El servicio de tokens empezó a responder, pero su respuesta no llegó completa, así que la comprobación sigue sin token: %1</translation>
    </message>
    <message>
        <source>The token service answered with more than %1 KiB, and without a token; the check stopped reading.</source>
        <translation>El servicio de tokens respondió con más de %1 KiB y sin token; la comprobación dejó de leer.</translation>
    </message>
    <message>
        <source>The token service answered, but without a token (the answer is not the JSON a token service sends).</source>
        <translation>El servicio de tokens respondió, pero sin token (la respuesta no es el JSON que envía un servicio de tokens).</translation>
    </message>
    <message>
        <source>Signed in as %1: the token service gave a token and the registry accepted it.</source>
        <translation>Sesión iniciada como %1: el servicio de tokens dio un token y el registro lo aceptó.</translation>
    </message>
    <message>
        <source>The saved sign-in expires in %1.</source>
        <translation>El inicio de sesión guardado expira dentro de %1.</translation>
    </message>
    <message>
        <source>The token service gave a token, but the registry did not answer when it was used: %1</source>
        <translation>El servicio de tokens dio un token, pero el registro no respondió al usarlo: %1</translation>
    </message>
    <message>
        <source>The token service gave a token that had already expired (at %1), and the registry refused it (%2): the registry&apos;s token service and the registry disagree.</source>
        <translation>El servicio de tokens dio un token que ya había expirado (el %1) y el registro lo rechazó (%2): el servicio de tokens del registro y el registro no están de acuerdo.</translation>
    </message>
    <message>
        <source>The token service gave a token, but the registry refused it (%1).</source>
        <translation>El servicio de tokens dio un token, pero el registro lo rechazó (%1).</translation>
    </message>
    <message>
        <source>The sign-in request got no answer: %1</source>
        <translation>La solicitud de inicio de sesión no obtuvo respuesta: %1</translation>
    </message>
    <message>
        <source>The registry does not know the user name &quot;%1&quot; (&quot;Application not registered with AAD&quot;).</source>
        <translation>El registro no conoce el nombre de usuario &quot;%1&quot; (&quot;Application not registered with AAD&quot;).</translation>
    </message>
    <message>
        <source>The registry refused the saved identity token (401).</source>
        <translation>El registro rechazó el token de identidad guardado (401).</translation>
    </message>
    <message>
        <source>The registry refused the user name and password for %1 (401 &quot;authentication required&quot;).</source>
        <translation>El registro rechazó el nombre de usuario y la contraseña para %1 (401 &quot;authentication required&quot;).</translation>
    </message>
    <message>
        <source>The sign-in answered with a redirect (%1) to %2; the check does not follow it, and sends the password nowhere else.</source>
        <translation>El inicio de sesión respondió con una redirección (%1) a %2; la comprobación no la sigue y no envía la contraseña a ningún otro sitio.</translation>
    </message>
    <message>
        <source>an unnamed place</source>
        <translation>un destino sin nombre</translation>
    </message>
    <message>
        <source>The sign-in failed with status %1: %2</source>
        <translation>El inicio de sesión falló con el estado %1: %2</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inicio de sesión</translation>
    </message>
    <message>
        <source>Signed in with the saved Azure sign-in (identity token): the token service gave a token and the registry accepted it.</source>
        <translation>Sesión iniciada con el inicio de sesión de Azure guardado (token de identidad): el servicio de tokens dio un token y el registro lo aceptó.</translation>
    </message>
    <message numerus="yes">
        <source>The saved sign-in (identity token) expired %n minute(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>El inicio de sesión guardado (token de identidad) caducó hace %n minuto, el %1; el registro lo rechazó con %2.</numerusform>
            <numerusform>El inicio de sesión guardado (token de identidad) caducó hace %n minutos, el %1; el registro lo rechazó con %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The saved sign-in (identity token) expired %n hour(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>El inicio de sesión guardado (token de identidad) caducó hace %n hora, el %1; el registro lo rechazó con %2.</numerusform>
            <numerusform>El inicio de sesión guardado (token de identidad) caducó hace %n horas, el %1; el registro lo rechazó con %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The saved sign-in (identity token) expired %n day(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>El inicio de sesión guardado (token de identidad) caducó hace %n día, el %1; el registro lo rechazó con %2.</numerusform>
            <numerusform>El inicio de sesión guardado (token de identidad) caducó hace %n días, el %1; el registro lo rechazó con %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::DnsProbe</name>
    <message>
        <source>Skipped: there is no registry address to check.</source>
        <translation>Omitida: no hay ninguna dirección de registro que comprobar.</translation>
    </message>
    <message>
        <source>The DNS server did not answer.</source>
        <translation>El servidor DNS no respondió.</translation>
    </message>
    <message>
        <source>The name %1 does not exist in DNS.</source>
        <translation>El nombre %1 no existe en DNS.</translation>
    </message>
    <message>
        <source>The name %1 could not be looked up: %2</source>
        <translation>No se pudo resolver el nombre %1: %2</translation>
    </message>
    <message>
        <source>The proxy looks names up itself, so this may not matter.</source>
        <translation>El proxy resuelve los nombres por su cuenta, así que puede que esto no importe.</translation>
    </message>
    <message>
        <source>%1 resolves to %2.</source>
        <translation>%1 se resuelve como %2.</translation>
    </message>
    <message>
        <source>Alias chain: %1.</source>
        <translation>Cadena de alias: %1.</translation>
    </message>
    <message>
        <source>This is a private endpoint: it is reachable only from the registry&apos;s virtual network or a network connected to it.</source>
        <translation>Es un punto de conexión privado: solo es accesible desde la red virtual del registro o desde una red conectada a ella.</translation>
    </message>
    <message>
        <source>Name lookup (DNS)</source>
        <translation>Resolución de nombres (DNS)</translation>
    </message>
</context>
<context>
    <name>rd::DockerClientProbe</name>
    <message>
        <source>Docker client</source>
        <translation>Cliente de Docker</translation>
    </message>
    <message>
        <source>The docker command was not found on this computer (it is not on PATH). Install Docker, or open a shell where the docker command works.</source>
        <translation>No se encontró el comando docker en este equipo (no está en el PATH). Instala Docker o abre un shell en el que funcione el comando docker.</translation>
    </message>
    <message>
        <source>The docker program at %1 could not be started: %2</source>
        <translation>No se pudo iniciar el programa docker de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The docker command did not answer within %n second(s) (&quot;docker version&quot; hung).</source>
        <translation>
            <numerusform>El comando docker no respondió en %n segundo (&quot;docker version&quot; se quedó bloqueado).</numerusform>
            <numerusform>El comando docker no respondió en %n segundos (&quot;docker version&quot; se quedó bloqueado).</numerusform>
        </translation>
    </message>
    <message>
        <source>The docker command crashed while printing its version.</source>
        <translation>El comando docker terminó de forma inesperada mientras mostraba su versión.</translation>
    </message>
    <message>
        <source>The docker command at %1 runs, but its version could not be read from what it printed.</source>
        <translation>El comando docker de %1 se ejecuta, pero no se pudo leer su versión en lo que mostró.</translation>
    </message>
    <message>
        <source>Docker %1 is installed, which is older than %2, the oldest version that works with this registry&apos;s login. Update Docker.</source>
        <translation>Está instalado Docker %1, que es anterior a %2, la versión más antigua que funciona con el inicio de sesión de este registro. Actualiza Docker.</translation>
    </message>
    <message>
        <source>Docker %1 is installed.</source>
        <translation>Está instalado Docker %1.</translation>
    </message>
    <message>
        <source>The docker command at %1 is Podman %2 in Docker emulation, not Docker.</source>
        <translation>El comando docker de %1 es Podman %2 en emulación de Docker, no Docker.</translation>
    </message>
</context>
<context>
    <name>rd::DockerConfigProbe</name>
    <message>
        <source>Docker configuration</source>
        <translation>Configuración de Docker</translation>
    </message>
    <message>
        <source>There is no Docker config yet at %1 (nobody has logged in with docker on this account).</source>
        <translation>Todavía no hay configuración de Docker en %1 (nadie ha iniciado sesión con docker desde esta cuenta).</translation>
    </message>
    <message>
        <source>The Docker config file %1 is empty. Docker treats it as having no settings and no saved logins.</source>
        <translation>El archivo de configuración de Docker %1 está vacío. Docker lo trata como si no tuviera ninguna configuración ni ningún inicio de sesión guardado.</translation>
    </message>
    <message>
        <source>The Docker config file %1 cannot be used (%2). Docker fails to read it too: fix or remove the file, then log in again.</source>
        <translation>El archivo de configuración de Docker %1 no se puede usar (%2). Docker tampoco puede leerlo: corrige o elimina el archivo y vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Docker&apos;s config file %1 was read. Without a usable registry name, nothing in it was looked up.</source>
        <translation>Se leyó el archivo de configuración de Docker %1. Sin un nombre de registro utilizable, no se buscó nada en él.</translation>
    </message>
    <message>
        <source>Docker&apos;s config file %1 has an entry for %2, but its saved login is damaged (the &quot;auth&quot; value is not a readable user name and password). Log in again.</source>
        <translation>El archivo de configuración de Docker %1 tiene una entrada para %2, pero su inicio de sesión guardado está dañado (el valor &quot;auth&quot; no es un nombre de usuario y una contraseña legibles). Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Docker keeps the login for %1 in the credential helper &quot;%2&quot; (credHelpers).</source>
        <translation>Docker guarda el inicio de sesión para %1 en el asistente de credenciales &quot;%2&quot; (credHelpers).</translation>
    </message>
    <message>
        <source>Docker keeps logins in the credential store &quot;%1&quot; (credsStore).</source>
        <translation>Docker guarda los inicios de sesión en el almacén de credenciales &quot;%1&quot; (credsStore).</translation>
    </message>
    <message>
        <source>The file itself holds a login for %1.</source>
        <translation>El propio archivo contiene un inicio de sesión para %1.</translation>
    </message>
    <message>
        <source>The file holds no login for %1.</source>
        <translation>El archivo no contiene ningún inicio de sesión para %1.</translation>
    </message>
    <message>
        <source>Docker&apos;s config file %1 was read. %2</source>
        <translation>Se leyó el archivo de configuración de Docker %1. %2</translation>
    </message>
    <message>
        <source>There is no Docker config at %1, so Docker keeps logins in its default credential store for this system, &quot;%2&quot;.</source>
        <translation>No hay configuración de Docker en %1, así que Docker guarda los inicios de sesión en su almacén de credenciales predeterminado para este sistema, &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The file names no credential store, so Docker keeps logins in its default store for this system, &quot;%1&quot;.</source>
        <translation>El archivo no indica ningún almacén de credenciales, así que Docker guarda los inicios de sesión en su almacén predeterminado para este sistema, &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>rd::DockerDaemonProbe</name>
    <message>
        <source>Docker daemon</source>
        <translation>Daemon de Docker</translation>
    </message>
    <message>
        <source>The Docker client was not checked, so the daemon was not checked either.</source>
        <translation>No se comprobó el cliente de Docker, así que tampoco se comprobó el demonio.</translation>
    </message>
    <message>
        <source>Docker is not installed, so there is no Docker daemon to check.</source>
        <translation>Docker no está instalado, así que no hay ningún demonio de Docker que comprobar.</translation>
    </message>
    <message>
        <source>The docker command did not say whether its daemon answers (its version output could not be read).</source>
        <translation>El comando docker no indicó si su demonio responde (no se pudo leer la salida de su versión).</translation>
    </message>
    <message>
        <source>The Docker daemon is running and answers (Docker Engine %1).</source>
        <translation>El demonio de Docker se está ejecutando y responde (Docker Engine %1).</translation>
    </message>
    <message>
        <source>docker reported no server</source>
        <translation>docker no indicó ningún servidor</translation>
    </message>
    <message>
        <source>The Docker daemon does not answer: &quot;%1&quot;. Your Docker client can still log in without it (the login happens in the client), but pushing and pulling images need a running daemon: start Docker Desktop or the docker service.</source>
        <translation>El demonio de Docker no responde: &quot;%1&quot;. Tu cliente de Docker puede iniciar sesión igualmente sin él (el inicio de sesión ocurre en el cliente), pero para insertar y extraer imágenes hace falta un demonio en ejecución: inicia Docker Desktop o el servicio docker.</translation>
    </message>
    <message>
        <source>The Docker daemon does not answer: &quot;%1&quot;. This Docker client logs in through the daemon, so docker login, push and pull all fail until it runs: start Docker Desktop or the docker service.</source>
        <translation>El demonio de Docker no responde: &quot;%1&quot;. Este cliente de Docker inicia sesión a través del demonio, así que docker login, push y pull fallan hasta que se ejecute: inicia Docker Desktop o el servicio docker.</translation>
    </message>
    <message>
        <source>The docker command is Podman, which has no daemon to check.</source>
        <translation>El comando docker es Podman, que no tiene ningún demonio que comprobar.</translation>
    </message>
</context>
<context>
    <name>rd::Duration</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
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
        <source>The docker command could not be found. Docker is not installed on this computer, or its folder is not on the search path.</source>
        <translation>No se encontró el comando docker. Docker no está instalado en este equipo o su carpeta no está en la ruta de búsqueda (PATH).</translation>
    </message>
    <message>
        <source>The docker command could not talk to the Docker engine because your account may not use it. Add your account to the docker group, or use the same account that runs Docker.</source>
        <translation>El comando docker no pudo comunicarse con el motor de Docker porque puede que tu cuenta no tenga permiso para usarlo. Añade tu cuenta al grupo docker o usa la misma cuenta que ejecuta Docker.</translation>
    </message>
    <message>
        <source>The Docker engine (the background service that does the work) is not running, so docker commands cannot do anything. Start Docker and try again.</source>
        <translation>El motor de Docker (el servicio en segundo plano que hace el trabajo) no se está ejecutando, así que los comandos docker no pueden hacer nada. Inicia Docker y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Docker on Windows cannot reach its engine: Docker Desktop is probably not started. Start Docker Desktop and wait until it says it is running.</source>
        <translation>Docker en Windows no puede llegar a su motor: probablemente Docker Desktop no está iniciado. Inicia Docker Desktop y espera hasta que indique que se está ejecutando.</translation>
    </message>
    <message>
        <source>Docker Desktop is not running, so the Docker engine is not available. Start Docker Desktop, or restart it if it is stuck.</source>
        <translation>Docker Desktop no se está ejecutando, así que el motor de Docker no está disponible. Inicia Docker Desktop o reinícialo si se ha quedado bloqueado.</translation>
    </message>
    <message>
        <source>The Docker client and engine versions do not fit together, or Docker is too old. Registry sign-in needs Docker 18.03 or later.</source>
        <translation>Las versiones del cliente y del motor de Docker no son compatibles entre sí, o Docker es demasiado antiguo. Iniciar sesión en el registro requiere Docker 18.03 o posterior.</translation>
    </message>
    <message>
        <source>docker login wanted to ask for a user name and password, but it was not run in a terminal. Pass the user name and the password (through --password-stdin) explicitly.</source>
        <translation>docker login quería pedir un nombre de usuario y una contraseña, pero no se ejecutó en un terminal. Indica explícitamente el nombre de usuario y la contraseña (mediante --password-stdin).</translation>
    </message>
    <message>
        <source>Docker is set up to keep passwords in a credential helper program that is not installed. Install that helper, or remove the &quot;credsStore&quot; entry from the Docker configuration file.</source>
        <translation>Docker está configurado para guardar las contraseñas en un programa asistente de credenciales que no está instalado. Instala ese asistente o quita la entrada &quot;credsStore&quot; del archivo de configuración de Docker.</translation>
    </message>
    <message>
        <source>The Windows credential store refused to save the registry sign-in, usually because the Azure token is too long for it. Removing &quot;credsStore&quot; from the Docker configuration file avoids the store.</source>
        <translation>El almacén de credenciales de Windows se negó a guardar el inicio de sesión del registro, normalmente porque el token de Azure es demasiado largo para él. Si quitas &quot;credsStore&quot; del archivo de configuración de Docker, el almacén deja de usarse.</translation>
    </message>
    <message>
        <source>The Windows credential store could not be used from this session (common over remote sessions or services). Docker could not save or read the registry password.</source>
        <translation>No se pudo usar el almacén de credenciales de Windows desde esta sesión (algo habitual en sesiones remotas o servicios). Docker no pudo guardar ni leer la contraseña del registro.</translation>
    </message>
    <message>
        <source>Docker has no saved sign-in for this registry. Sign in to the registry first.</source>
        <translation>Docker no tiene ningún inicio de sesión guardado para este registro. Inicia sesión primero en el registro.</translation>
    </message>
    <message>
        <source>The program Docker uses to store passwords failed. Docker could not save or read the registry sign-in.</source>
        <translation>Falló el programa que usa Docker para guardar las contraseñas. Docker no pudo guardar ni leer el inicio de sesión del registro.</translation>
    </message>
    <message>
        <source>The image name contains capital letters. Registry addresses and repository names must be written in lowercase.</source>
        <translation>El nombre de la imagen contiene mayúsculas. Las direcciones de registro y los nombres de repositorio deben escribirse en minúsculas.</translation>
    </message>
    <message>
        <source>The image name is not written correctly, for example it contains https:// or a space. Use registry/repository:tag, such as myregistry.azurecr.io/app:1.0.</source>
        <translation>El nombre de la imagen no está bien escrito; por ejemplo, contiene https:// o un espacio. Usa registro/repositorio:etiqueta, como myregistry.azurecr.io/app:1.0.</translation>
    </message>
    <message>
        <source>The registry name is not valid. az acr commands want the registry&apos;s resource name only: 5 to 50 letters and digits, without .azurecr.io.</source>
        <translation>El nombre del registro no es válido. Los comandos az acr solo quieren el nombre de recurso del registro: de 5 a 50 letras y números, sin .azurecr.io.</translation>
    </message>
    <message>
        <source>Azure does not know a registry by that name in the selected subscription. Check the name and the subscription (az account show).</source>
        <translation>Azure no conoce ningún registro con ese nombre en la suscripción seleccionada. Comprueba el nombre y la suscripción (az account show).</translation>
    </message>
    <message>
        <source>You are signed in to Azure, but your account has no role that allows this action. Seeing the registry needs at least the Reader role.</source>
        <translation>Has iniciado sesión en Azure, pero tu cuenta no tiene ningún rol que permita esta acción. Para ver el registro hace falta al menos el rol Reader (Lector).</translation>
    </message>
    <message>
        <source>The connection goes through a proxy server, and the proxy could not be reached or refused the connection. Check the proxy settings (HTTPS_PROXY) of Docker and of this computer.</source>
        <translation>La conexión pasa por un servidor proxy, y no se pudo llegar al proxy o este rechazó la conexión. Comprueba la configuración de proxy (HTTPS_PROXY) de Docker y de este equipo.</translation>
    </message>
    <message>
        <source>The Azure CLI could not get through the proxy server. Check the proxy address and whether the proxy allows the registry&apos;s address.</source>
        <translation>La CLI de Azure no pudo pasar a través del servidor proxy. Comprueba la dirección del proxy y si el proxy permite la dirección del registro.</translation>
    </message>
    <message>
        <source>The name server does not know this registry address. The name may be misspelt, belong to another cloud, or, with a private endpoint, its private DNS is not set up.</source>
        <translation>El servidor DNS no conoce esta dirección de registro. Puede que el nombre esté mal escrito, que pertenezca a otra nube o, con un punto de conexión privado, que su DNS privado no esté configurado.</translation>
    </message>
    <message>
        <source>The name server did not answer properly when asked for the registry address. The DNS server or the network path to it has a problem.</source>
        <translation>El servidor DNS no respondió correctamente al pedirle la dirección del registro. Hay un problema en el servidor DNS o en la ruta de red hasta él.</translation>
    </message>
    <message>
        <source>The Azure CLI tried several times to reach this address and gave up. The reason follows in the message (name lookup, proxy, certificate or timeout).</source>
        <translation>La CLI de Azure intentó varias veces llegar a esta dirección y desistió. El motivo aparece en el resto del mensaje (resolución de nombres, proxy, certificado o tiempo de espera agotado).</translation>
    </message>
    <message>
        <source>The computer could not turn the registry address into an IP address. The name may be wrong, or the DNS setup (for example for a private endpoint) is missing.</source>
        <translation>El equipo no pudo convertir la dirección del registro en una dirección IP. Puede que el nombre sea incorrecto o que falte la configuración DNS (por ejemplo, para un punto de conexión privado).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate looks expired from here. Most often the computer&apos;s clock is wrong; otherwise something in between presents an old certificate.</source>
        <translation>Desde aquí, el certificado del servidor parece expirado. Casi siempre es que el reloj del equipo está mal; si no, algo intermedio presenta un certificado antiguo.</translation>
    </message>
    <message>
        <source>The Azure CLI does not trust the certificate it received. Usually a company proxy inspects the traffic with its own certificate, which must be added to the trusted ones.</source>
        <translation>La CLI de Azure no confía en el certificado que recibió. Normalmente un proxy de empresa inspecciona el tráfico con su propio certificado, que hay que añadir a los de confianza.</translation>
    </message>
    <message>
        <source>The registry&apos;s certificate is not trusted on this computer. Usually a proxy or security product replaces the certificate with its own, which must then be trusted.</source>
        <translation>El certificado del registro no es de confianza en este equipo. Normalmente un proxy o un producto de seguridad sustituye el certificado por el suyo, que entonces hay que marcar como de confianza.</translation>
    </message>
    <message>
        <source>The certificate looks expired or not yet valid from here. Most often the computer&apos;s date and time are wrong.</source>
        <translation>Desde aquí, el certificado parece expirado o todavía no válido. Casi siempre es que la fecha y la hora del equipo están mal.</translation>
    </message>
    <message>
        <source>The certificate belongs to a different name than the address used. Use the registry&apos;s normal login server name (not the privatelink name), or check for a proxy in between.</source>
        <translation>El certificado pertenece a un nombre distinto de la dirección usada. Usa el nombre normal del servidor de inicio de sesión del registro (no el nombre privatelink) o comprueba si hay un proxy en medio.</translation>
    </message>
    <message>
        <source>The server at this address did not speak HTTPS. The address may point at something that is not a registry, or at a proxy.</source>
        <translation>El servidor de esta dirección no habló HTTPS. Puede que la dirección apunte a algo que no es un registro, o a un proxy.</translation>
    </message>
    <message>
        <source>The server answered with plain HTTP where HTTPS was expected. The address may not be the registry, or a proxy is in between.</source>
        <translation>El servidor respondió con HTTP sin cifrar donde se esperaba HTTPS. Puede que la dirección no sea la del registro, o que haya un proxy en medio.</translation>
    </message>
    <message>
        <source>The secure connection could not be set up. Something between you and the registry, often a proxy or firewall, interferes with it.</source>
        <translation>No se pudo establecer la conexión segura. Algo entre tú y el registro, a menudo un proxy o un firewall, interfiere con ella.</translation>
    </message>
    <message>
        <source>The registry did not answer in time. A firewall, a missing route or a proxy that has to be used probably stands in the way.</source>
        <translation>El registro no respondió a tiempo. Probablemente lo impide un firewall, una ruta que falta o un proxy que habría que usar.</translation>
    </message>
    <message>
        <source>The connection was refused: nothing accepts connections at that address and port, or a firewall turns them away.</source>
        <translation>Se rechazó la conexión: nada acepta conexiones en esa dirección y puerto, o un firewall las rechaza.</translation>
    </message>
    <message>
        <source>This computer has no network path to the registry. Check the network connection, VPN and routing.</source>
        <translation>Este equipo no tiene ninguna ruta de red hasta el registro. Comprueba la conexión de red, la VPN y el enrutamiento.</translation>
    </message>
    <message>
        <source>The connection was cut off in the middle. A proxy or firewall between you and the registry often does this.</source>
        <translation>La conexión se cortó a mitad. Suele hacerlo un proxy o un firewall entre tú y el registro.</translation>
    </message>
    <message>
        <source>The request took too long and was given up. The registry is not reachable from here, or a proxy that should be used is not configured.</source>
        <translation>La solicitud tardó demasiado y se abandonó. No se puede llegar al registro desde aquí, o no está configurado un proxy que habría que usar.</translation>
    </message>
    <message>
        <source>The registry&apos;s firewall does not let your IP address in, or public access to the registry is turned off. Add your address to the registry&apos;s network rules, or connect through its private endpoint.</source>
        <translation>El firewall del registro no deja entrar a tu dirección IP, o el acceso público al registro está desactivado. Añade tu dirección a las reglas de red del registro o conéctate a través de su punto de conexión privado.</translation>
    </message>
    <message>
        <source>The registry does not recognise the user name. For a service principal the user name must be its application (client) ID, not an e-mail address or display name.</source>
        <translation>El registro no reconoce el nombre de usuario. Para una entidad de servicio, el nombre de usuario debe ser su Id. de aplicación (cliente), no una dirección de correo electrónico ni un nombre para mostrar.</translation>
    </message>
    <message>
        <source>The registry turned down the user name and password given at sign-in. The password or secret is wrong or has expired.</source>
        <translation>El registro rechazó el nombre de usuario y la contraseña indicados al iniciar sesión. La contraseña o el secreto son incorrectos o han expirado.</translation>
    </message>
    <message>
        <source>The registry turned down the user name and password given at sign-in.</source>
        <translation>El registro rechazó el nombre de usuario y la contraseña indicados al iniciar sesión.</translation>
    </message>
    <message>
        <source>The registry wants a valid sign-in and did not get one. The saved sign-in may have expired (an az acr login lasts about three hours), be missing, or be for a differently written registry name.</source>
        <translation>El registro quiere un inicio de sesión válido y no lo recibió. Puede que el inicio de sesión guardado haya expirado (un az acr login dura unas tres horas), que falte o que sea para un nombre de registro escrito de otra forma.</translation>
    </message>
    <message>
        <source>You are signed in, but this identity may not do this with this repository: pushing needs the AcrPush role, pulling AcrPull. Also check that the image name starts with the registry address.</source>
        <translation>Has iniciado sesión, pero esta identidad no puede hacer esto con este repositorio: para insertar hace falta el rol AcrPush, para extraer AcrPull. Comprueba también que el nombre de la imagen empiece por la dirección del registro.</translation>
    </message>
    <message>
        <source>The sign-in worked, but the permission granted does not cover this action on this repository.</source>
        <translation>El inicio de sesión funcionó, pero el permiso concedido no cubre esta acción en este repositorio.</translation>
    </message>
    <message>
        <source>Access was forbidden before the password was even checked. This is a network matter: the registry&apos;s firewall, disabled public access, or a proxy blocks the way.</source>
        <translation>Se prohibió el acceso antes incluso de comprobar la contraseña. Es un problema de red: el firewall del registro, el acceso público desactivado o un proxy cortan el paso.</translation>
    </message>
    <message>
        <source>There is a web server at this address, but it is not a container registry. Check the address: only the login server name, without a path.</source>
        <translation>Hay un servidor web en esta dirección, pero no es un registro de contenedores. Comprueba la dirección: solo el nombre del servidor de inicio de sesión, sin ruta.</translation>
    </message>
    <message>
        <source>The registry is receiving too many requests from you and asks to slow down. Wait a little and try again.</source>
        <translation>El registro está recibiendo demasiadas solicitudes tuyas y pide que vayas más despacio. Espera un poco y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The sign-in request got an unexpected answer from the server or from something in between, such as a proxy.</source>
        <translation>La solicitud de inicio de sesión recibió una respuesta inesperada del servidor o de algo intermedio, como un proxy.</translation>
    </message>
    <message>
        <source>The registry forbade access before any sign-in. Its firewall, disabled public access, or a proxy is blocking this computer.</source>
        <translation>El registro prohibió el acceso antes de cualquier inicio de sesión. Su firewall, el acceso público desactivado o un proxy están bloqueando este equipo.</translation>
    </message>
    <message>
        <source>There is a web server at this address, but it is not a container registry. Check the address.</source>
        <translation>Hay un servidor web en esta dirección, pero no es un registro de contenedores. Comprueba la dirección.</translation>
    </message>
    <message>
        <source>The registry address gave an unexpected answer. Something other than the registry, such as a proxy, may have answered.</source>
        <translation>La dirección del registro dio una respuesta inesperada. Puede que respondiera otra cosa que no es el registro, como un proxy.</translation>
    </message>
    <message>
        <source>The registry answered that a valid sign-in is missing: no credentials, wrong ones, or expired ones were sent.</source>
        <translation>El registro respondió que falta un inicio de sesión válido: no se enviaron credenciales, o las enviadas eran incorrectas o habían expirado.</translation>
    </message>
    <message>
        <source>The registry refused the request: the identity lacks the permission, or the network rules do not allow it.</source>
        <translation>El registro rechazó la solicitud: la identidad no tiene el permiso, o las reglas de red no la permiten.</translation>
    </message>
    <message>
        <source>The cluster tried to pull the image without a usable sign-in. Its identity (for AKS, the kubelet identity) needs the AcrPull role on the registry, or an image pull secret is missing.</source>
        <translation>El clúster intentó extraer la imagen sin un inicio de sesión utilizable. Su identidad (en AKS, la identidad de kubelet) necesita el rol AcrPull en el registro, o falta un secreto de extracción de imágenes (image pull secret).</translation>
    </message>
    <message>
        <source>The registry wanted a sign-in that it did not get, or did not accept.</source>
        <translation>El registro quería un inicio de sesión que no recibió o que no aceptó.</translation>
    </message>
    <message>
        <source>The registry forbade the request: its network rules or the identity&apos;s permissions do not allow it.</source>
        <translation>El registro prohibió la solicitud: sus reglas de red o los permisos de la identidad no la permiten.</translation>
    </message>
    <message>
        <source>The Azure CLI could not reach the registry over the network. A proxy, DNS, a firewall or a private endpoint may be in the way, or the name is wrong.</source>
        <translation>La CLI de Azure no pudo llegar al registro por la red. Puede que lo impida un proxy, el DNS, un firewall o un punto de conexión privado, o que el nombre sea incorrecto.</translation>
    </message>
    <message>
        <source>The address did not answer like a registry that asks for a sign-in. Often a proxy answered instead, public access is disabled, DNS points elsewhere, or it was a passing hiccup.</source>
        <translation>La dirección no respondió como un registro que pide iniciar sesión. A menudo respondió un proxy en su lugar, el acceso público está desactivado, el DNS apunta a otro sitio o fue un fallo pasajero.</translation>
    </message>
    <message>
        <source>Your Azure identity was signed in but has no role on this registry, or the wrong subscription or tenant is selected. A role assignment made just now can take a few minutes to apply.</source>
        <translation>Tu identidad de Azure inició sesión, pero no tiene ningún rol en este registro, o está seleccionada la suscripción o el inquilino equivocados. Una asignación de rol recién hecha puede tardar unos minutos en aplicarse.</translation>
    </message>
    <message>
        <source>The registry did not accept your Azure identity: it has no role on this registry, or another subscription or tenant is selected.</source>
        <translation>El registro no aceptó tu identidad de Azure: no tiene ningún rol en este registro, o está seleccionada otra suscripción u otro inquilino.</translation>
    </message>
    <message>
        <source>The Azure CLI is not signed in to Azure. Run az login first (with sudo, the root user has its own separate sign-in).</source>
        <translation>La CLI de Azure no ha iniciado sesión en Azure. Ejecuta primero az login (con sudo, el usuario root tiene su propio inicio de sesión, aparte).</translation>
    </message>
    <message>
        <source>The Azure CLI could not get an Azure sign-in token for the registry. The rest of the message says why.</source>
        <translation>La CLI de Azure no pudo obtener un token de inicio de sesión de Azure para el registro. El resto del mensaje explica por qué.</translation>
    </message>
    <message>
        <source>The service principal&apos;s client secret has expired. Create a new secret and use it everywhere the old one was stored.</source>
        <translation>El secreto de cliente de la entidad de servicio ha expirado. Crea un secreto nuevo y úsalo en todos los sitios donde estaba guardado el antiguo.</translation>
    </message>
    <message>
        <source>The client secret given is wrong. Use the secret&apos;s value, not its ID, and check that it belongs to this application.</source>
        <translation>El secreto de cliente indicado es incorrecto. Usa el valor del secreto, no su Id., y comprueba que pertenezca a esta aplicación.</translation>
    </message>
    <message>
        <source>No application with that ID exists in this Azure tenant. Check the application (client) ID and the tenant.</source>
        <translation>No existe ninguna aplicación con ese Id. en este inquilino de Azure. Comprueba el Id. de aplicación (cliente) y el inquilino.</translation>
    </message>
    <message>
        <source>Your Azure sign-in has expired or needs to be repeated. Run az login again.</source>
        <translation>Tu inicio de sesión en Azure ha expirado o hay que repetirlo. Vuelve a ejecutar az login.</translation>
    </message>
    <message>
        <source>Azure rejected the sign-in because its time stamps are out of range. The computer&apos;s clock is probably wrong.</source>
        <translation>Azure rechazó el inicio de sesión porque sus marcas de tiempo están fuera de rango. Probablemente el reloj del equipo está mal.</translation>
    </message>
    <message>
        <source>Azure sign-in (Azure AD / Entra ID) failed. The AADSTS code says why; look it up in Microsoft&apos;s list of sign-in error codes.</source>
        <translation>Falló el inicio de sesión en Azure (Microsoft Entra ID, antes Azure AD). El código AADSTS indica el motivo; búscalo en la lista de códigos de error de inicio de sesión de Microsoft.</translation>
    </message>
    <message>
        <source>The Azure CLI could not run the docker command: Docker is missing or its engine is not running.</source>
        <translation>La CLI de Azure no pudo ejecutar el comando docker: falta Docker o su motor no se está ejecutando.</translation>
    </message>
    <message>
        <source>The Docker engine is not running. Start Docker and try again.</source>
        <translation>El motor de Docker no se está ejecutando. Inicia Docker y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The Docker version could not be read or is too old. Registry sign-in needs Docker 18.03 or later.</source>
        <translation>No se pudo leer la versión de Docker o es demasiado antigua. Iniciar sesión en el registro requiere Docker 18.03 o posterior.</translation>
    </message>
    <message>
        <source>Docker could not pull a sample image from the internet. The network or proxy settings of the Docker engine are probably the problem.</source>
        <translation>Docker no pudo extraer una imagen de ejemplo de Internet. Probablemente el problema está en la configuración de red o de proxy del motor de Docker.</translation>
    </message>
    <message>
        <source>The registry&apos;s address could not be looked up. The name may be wrong, or DNS (for example for a private endpoint) is not set up.</source>
        <translation>No se pudo resolver la dirección del registro. Puede que el nombre sea incorrecto o que el DNS (por ejemplo, para un punto de conexión privado) no esté configurado.</translation>
    </message>
    <message>
        <source>The registry forbade access from here: its firewall or disabled public access keeps this computer out.</source>
        <translation>El registro prohibió el acceso desde aquí: su firewall o el acceso público desactivado dejan fuera a este equipo.</translation>
    </message>
    <message>
        <source>The registry address did not answer with the expected request to sign in. A proxy or the network is usually the reason; the same code is also shown when the registry asks you to slow down.</source>
        <translation>La dirección del registro no respondió con la solicitud de inicio de sesión esperada. Normalmente el motivo es un proxy o la red; el mismo código aparece también cuando el registro pide que vayas más despacio.</translation>
    </message>
    <message>
        <source>A secure connection to the registry could not be set up, usually because a proxy replaces the certificate or the clock is wrong.</source>
        <translation>No se pudo establecer una conexión segura con el registro, normalmente porque un proxy sustituye el certificado o porque el reloj está mal.</translation>
    </message>
    <message>
        <source>The registry did not accept your Azure identity: it has no role on the registry, or you are signed in to another tenant or subscription.</source>
        <translation>El registro no aceptó tu identidad de Azure: no tiene ningún rol en el registro, o has iniciado sesión en otro inquilino u otra suscripción.</translation>
    </message>
    <message>
        <source>The registry would not hand out an access token for your identity: a role such as AcrPull or AcrPush is missing.</source>
        <translation>El registro no quiso emitir un token de acceso para tu identidad: falta un rol como AcrPull o AcrPush.</translation>
    </message>
    <message>
        <source>The registry is receiving too many requests from you and asks to slow down.</source>
        <translation>El registro está recibiendo demasiadas solicitudes tuyas y pide que vayas más despacio.</translation>
    </message>
    <message>
        <source>The Azure CLI could not find the registry&apos;s login server from its name. Check the name and the selected subscription.</source>
        <translation>La CLI de Azure no pudo encontrar el servidor de inicio de sesión del registro a partir de su nombre. Comprueba el nombre y la suscripción seleccionada.</translation>
    </message>
    <message>
        <source>The cluster could not pull the image. The reason follows in the message.</source>
        <translation>El clúster no pudo extraer la imagen. El motivo aparece en el resto del mensaje.</translation>
    </message>
    <message>
        <source>skopeo could not reach the registry. The reason follows in the message.</source>
        <translation>skopeo no pudo llegar al registro. El motivo aparece en el resto del mensaje.</translation>
    </message>
    <message>
        <source>az acr login could not hand the registry token to Docker, because the docker command or its engine is not available here. The Azure CLI can give you the token instead (--expose-token), for Podman, Helm or a later docker login.</source>
        <translation>az acr login no pudo pasar el token del registro a Docker, porque el comando docker o su motor no está disponible aquí. La CLI de Azure puede darte el token en su lugar (--expose-token), para Podman, Helm o un docker login posterior.</translation>
    </message>
    <message>
        <source>This Azure CLI does not know the --expose-token option of az acr login: it is too old. Update the Azure CLI.</source>
        <translation>Esta CLI de Azure no conoce la opción --expose-token de az acr login: es demasiado antigua. Actualiza la CLI de Azure.</translation>
    </message>
    <message>
        <source>Microsoft Entra ID wants multifactor authentication for this sign-in, or a Conditional Access policy blocks it. A script cannot do that: sign in interactively, or use a service principal or a managed identity.</source>
        <translation>Microsoft Entra ID pide autenticación multifactor para este inicio de sesión, o una directiva de acceso condicional lo bloquea. Un script no puede hacerlo: inicia sesión de forma interactiva o usa una entidad de servicio o una identidad administrada.</translation>
    </message>
    <message>
        <source>The docker command here is Podman pretending to be Docker. Podman keeps its own sign-ins and has no Docker engine, so Docker&apos;s advice does not apply.</source>
        <translation>Aquí el comando docker es Podman haciéndose pasar por Docker. Podman guarda sus propios inicios de sesión y no tiene motor de Docker, así que los consejos para Docker no se aplican.</translation>
    </message>
    <message>
        <source>The sign-in step got an empty user name or password. In a pipeline the secret variable is usually not set or not available to this run.</source>
        <translation>El paso de inicio de sesión recibió un nombre de usuario o una contraseña vacíos. En una canalización, la variable secreta no suele estar definida o no está disponible para esta ejecución.</translation>
    </message>
    <message>
        <source>--password-stdin was given without a user name. In a pipeline the variable that holds the user name is usually empty or not set.</source>
        <translation>Se indicó --password-stdin sin un nombre de usuario. En una canalización, la variable que contiene el nombre de usuario suele estar vacía o sin definir.</translation>
    </message>
    <message>
        <source>The pod names an image pull secret that does not exist in its namespace, so the node pulls the image without signing in.</source>
        <translation>El pod indica un secreto de extracción de imágenes que no existe en su espacio de nombres, así que el nodo extrae la imagen sin iniciar sesión.</translation>
    </message>
    <message>
        <source>The node was refused the image because it pulled without valid credentials: the pod&apos;s pull secret is missing, in another namespace, or for another registry (on AKS, the cluster&apos;s identity may lack AcrPull).</source>
        <translation>Se le denegó la imagen al nodo porque la extrajo sin credenciales válidas: falta el secreto de extracción del pod, está en otro espacio de nombres o es para otro registro (en AKS, puede que la identidad del clúster no tenga AcrPull).</translation>
    </message>
    <message>
        <source>The image exists, but not for this platform (operating system and processor, such as linux/arm64). This is not a sign-in problem: pull another platform or build the image for this one.</source>
        <translation>La imagen existe, pero no para esta plataforma (sistema operativo y procesador, como linux/arm64). No es un problema de inicio de sesión: extrae otra plataforma o compila la imagen para esta.</translation>
    </message>
    <message>
        <source>The AWS CLI is signed in, but this identity may not get a registry token (it needs ecr:GetAuthorizationToken). docker login then receives no password.</source>
        <translation>La CLI de AWS inició sesión, pero esta identidad no puede obtener un token del registro (necesita ecr:GetAuthorizationToken). docker login no recibe entonces ninguna contraseña.</translation>
    </message>
    <message>
        <source>The AWS CLI&apos;s session has expired, so it could not get a registry token. Sign in to AWS again.</source>
        <translation>La sesión de la CLI de AWS expiró, así que no pudo obtener un token del registro. Vuelve a iniciar sesión en AWS.</translation>
    </message>
    <message>
        <source>AWS does not know the access key the AWS CLI uses, so it could not get a registry token. Check the access key and secret the AWS CLI is set up with.</source>
        <translation>AWS no reconoce la clave de acceso que usa la CLI de AWS, así que no pudo obtener un token del registro. Comprueba la clave de acceso y el secreto con los que está configurada la CLI de AWS.</translation>
    </message>
    <message>
        <source>gcloud, the credential helper Docker uses for this registry, could not refresh its sign-in. Sign in again with gcloud auth login.</source>
        <translation>gcloud, el asistente de credenciales que Docker usa para este registro, no pudo renovar su inicio de sesión. Vuelve a iniciar sesión con gcloud auth login.</translation>
    </message>
    <message>
        <source>The BuildKit builder does not trust the registry&apos;s certificate. A builder in its own container (the docker-container driver) does not see the certificates this computer or Docker trusts.</source>
        <translation>El generador de BuildKit no confía en el certificado del registro. Un generador en su propio contenedor (el controlador docker-container) no ve los certificados en los que confían este equipo o Docker.</translation>
    </message>
</context>
<context>
    <name>rd::HtmlReport</name>
    <message>
        <source>Registry Doctor report: %1</source>
        <translation>Informe de Registry Doctor: %1</translation>
    </message>
    <message>
        <source>Registry Doctor report</source>
        <translation>Informe de Registry Doctor</translation>
    </message>
    <message>
        <source>Registry: %1</source>
        <translation>Registro: %1</translation>
    </message>
    <message>
        <source>Checked at %1 (UTC)</source>
        <translation>Comprobado el %1 (UTC)</translation>
    </message>
    <message>
        <source>Practice scenario: %1</source>
        <translation>Escenario de práctica: %1</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>What the check saw</source>
        <translation>Qué vio la comprobación</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <source>%1 commands</source>
        <translation>Comandos de %1</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Más información</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>What it found</source>
        <translation>Qué encontró</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Made by Registry Doctor</source>
        <translation>Generado con Registry Doctor</translation>
    </message>
    <message>
        <source>Total time: %1 ms</source>
        <translation>Tiempo total: %1 ms</translation>
    </message>
    <message>
        <source>(practice scenario %1)</source>
        <translation>(escenario de práctica %1)</translation>
    </message>
    <message>
        <source>First step:</source>
        <translation>Primer paso:</translation>
    </message>
    <message>
        <source>Failed checks: %1</source>
        <translation>Comprobaciones con error: %1</translation>
    </message>
    <message>
        <source>Checked at %1 (UTC) with Registry Doctor.</source>
        <translation>Comprobado el %1 (UTC) con Registry Doctor.</translation>
    </message>
</context>
<context>
    <name>rd::HttpExchange</name>
    <message>
        <source>Practice mode only talks to this computer; %1 is not part of the exercise.</source>
        <translation>El modo de práctica solo se comunica con este equipo; %1 no forma parte del ejercicio.</translation>
    </message>
    <message>
        <source>The server sent more than %1 KiB before its answer could be read; the check stopped reading it.</source>
        <translation>El servidor envió más de %1 KiB antes de que se pudiera leer su respuesta; la comprobación dejó de leerla.</translation>
    </message>
    <message>
        <source>The answer was larger than %1 KiB; the check stopped reading it.</source>
        <translation>La respuesta superaba %1 KiB; la comprobación dejó de leerla.</translation>
    </message>
</context>
<context>
    <name>rd::LiveStatus</name>
    <message>
        <source>1 character typed</source>
        <translation>1 carácter escrito</translation>
    </message>
    <message numerus="yes">
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
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>The check could not start</source>
        <translation>No se pudo iniciar la comprobación</translation>
    </message>
    <message>
        <source>Report (*.json);;Markdown (*.md);;Web page (*.html)</source>
        <translation>Informe (*.json);;Markdown (*.md);;Página web (*.html)</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Abrir informe</translation>
    </message>
    <message>
        <source>Report (*.json)</source>
        <translation>Informe (*.json)</translation>
    </message>
    <message>
        <source>Summary copied: paste it into a chat or an e-mail.</source>
        <translation>Resumen copiado: pégalo en un chat o en un correo electrónico.</translation>
    </message>
    <message>
        <source>Registry Doctor</source>
        <extracomment>Window title in practice mode; %1 is the practice scenario&apos;s title.</extracomment>
        <translation>Registry Doctor</translation>
    </message>
    <message>
        <source>Registry Doctor — practice: %1</source>
        <translation>Registry Doctor — práctica: %1</translation>
    </message>
    <message>
        <source>Practice mode: &quot;%1&quot;. Checks go to the built-in practice registry on this computer, not to a real one.</source>
        <translation>Modo de práctica: &quot;%1&quot;. Las comprobaciones van al registro de práctica integrado en este equipo, no a uno real.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New check</source>
        <translation>&amp;Nueva comprobación</translation>
    </message>
    <message>
        <source>&amp;Open report…</source>
        <translation>A&amp;brir informe…</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Guardar informe…</translation>
    </message>
    <message>
        <source>&amp;Copy summary for chat or e-mail</source>
        <translation>&amp;Copiar resumen para chat o correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Práctica</translation>
    </message>
    <message>
        <source>&amp;Choose a practice scenario…</source>
        <translation>&amp;Elegir un escenario de práctica…</translation>
    </message>
    <message>
        <source>&amp;Leave practice mode</source>
        <translation>&amp;Salir del modo de práctica</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Troubleshooting guide (Microsoft Learn)</source>
        <translation>&amp;Guía de solución de problemas (Microsoft Learn)</translation>
    </message>
    <message>
        <source>&amp;About Registry Doctor</source>
        <translation>&amp;Acerca de Registry Doctor</translation>
    </message>
    <message>
        <source>&amp;Stop checking</source>
        <translation>&amp;Detener la comprobación</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <source>The report could not be opened</source>
        <translation>No se pudo abrir el informe</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Registry Doctor report (%2).</source>
        <extracomment>%1 is a file path; %2 why it was refused (a parser message, or &quot;too large&quot;).</extracomment>
        <translation>%1 no es un informe de Registry Doctor (%2).</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <source>The report could not be saved</source>
        <translation>No se pudo guardar el informe</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Report saved to %1</source>
        <translation>Informe guardado en %1</translation>
    </message>
    <message>
        <source>Type the password for %1 again: a password goes only to the registry it was typed for.</source>
        <translation>Vuelve a escribir la contraseña de %1: una contraseña solo se envía al registro para el que se escribió.</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>el archivo no existe</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>rd::PermissionsProbe</name>
    <message>
        <source>Skipped: the sign-in did not succeed.</source>
        <translation>Omitida: el inicio de sesión no funcionó.</translation>
    </message>
    <message>
        <source>Skipped: no repository was given, so only the sign-in was checked.</source>
        <translation>Omitida: no se indicó ningún repositorio, así que solo se comprobó el inicio de sesión.</translation>
    </message>
    <message>
        <source>The sign-in works, but it does not allow %1 on %2: the registry granted only %3.</source>
        <translation>El inicio de sesión funciona, pero no permite %1 en %2: el registro solo concedió %3.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Reading the repository %1 was refused with status %2.</source>
        <translation>Se rechazó la lectura del repositorio %1 con el estado %2.</translation>
    </message>
    <message>
        <source>You may push to %1; it does not exist yet and your first push creates it.</source>
        <translation>Puedes insertar en %1; todavía no existe y tu primer push lo creará.</translation>
    </message>
    <message>
        <source>The repository %1 does not exist in this registry (404): check its name.</source>
        <translation>El repositorio %1 no existe en este registro (404): comprueba su nombre.</translation>
    </message>
    <message>
        <source>You may pull from and push to %1.</source>
        <translation>Puedes extraer de %1 e insertar en él.</translation>
    </message>
    <message>
        <source>You may pull from %1.</source>
        <translation>Puedes extraer de %1.</translation>
    </message>
    <message>
        <source>Rights on the repository</source>
        <translation>Permisos sobre el repositorio</translation>
    </message>
</context>
<context>
    <name>rd::PracticeDialog</name>
    <message>
        <source>Practice scenarios</source>
        <translation>Escenarios de práctica</translation>
    </message>
    <message>
        <source>Choose a situation to practise. The check then talks to a practice registry on this computer that behaves like Azure Container Registry with that problem. Nothing is sent to the internet.</source>
        <translation>Elige una situación para practicar. La comprobación hablará entonces con un registro de práctica en este equipo que se comporta como Azure Container Registry con ese problema. No se envía nada a Internet.</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <extracomment>Label of the list of practice scenarios (situations to practise).</extracomment>
        <translation>&amp;Escenario:</translation>
    </message>
    <message>
        <source>Start &amp;practice</source>
        <translation>&amp;Iniciar práctica</translation>
    </message>
</context>
<context>
    <name>rd::PracticeRegistry</name>
    <message>
        <source>The practice DNS responder could not open a UDP port: %1</source>
        <translation>El servidor DNS de práctica no pudo abrir un puerto UDP: %1</translation>
    </message>
    <message>
        <source>There is no practice scenario called &apos;%1&apos;.</source>
        <translation>No hay ningún escenario de práctica llamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The practice registry could not listen on 127.0.0.1: %1</source>
        <translation>El registro de práctica no pudo escuchar en 127.0.0.1: %1</translation>
    </message>
    <message>
        <source>The practice registry could not reserve a loopback port: %1</source>
        <translation>El registro de práctica no pudo reservar un puerto de bucle invertido (loopback): %1</translation>
    </message>
</context>
<context>
    <name>rd::PracticeScenario</name>
    <message>
        <source>Everything works</source>
        <translation>Todo funciona</translation>
    </message>
    <message>
        <source>The registry contoso.azurecr.io answers normally and the admin user may pull and push the repository &apos;hello&apos;. A correct check finds nothing to fix.</source>
        <translation>El registro contoso.azurecr.io responde con normalidad y el usuario administrador puede extraer e insertar en el repositorio &apos;hello&apos;. Una comprobación correcta no encuentra nada que solucionar.</translation>
    </message>
    <message>
        <source>A plain registry with a password (no token server)</source>
        <translation>Un registro sencillo con contraseña (sin servidor de tokens)</translation>
    </message>
    <message>
        <source>registry.example.test is a generic registry that asks for a user name and password directly (HTTP Basic) instead of sending the client to a token server. The credentials are right; a correct check finds nothing to fix.</source>
        <translation>registry.example.test es un registro genérico que pide directamente nombre de usuario y contraseña (HTTP Basic) en lugar de enviar al cliente a un servidor de tokens. Las credenciales son correctas; una comprobación correcta no encuentra nada que solucionar.</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Contraseña incorrecta</translation>
    </message>
    <message>
        <source>The user name exists but the password is an old one. The token server refuses it with &apos;unauthorized: authentication required&apos;.</source>
        <translation>El nombre de usuario existe, pero la contraseña es una antigua. El servidor de tokens la rechaza con &apos;unauthorized: authentication required&apos;.</translation>
    </message>
    <message>
        <source>E-mail address used as user name</source>
        <translation>Dirección de correo usada como nombre de usuario</translation>
    </message>
    <message>
        <source>The trainee typed their e-mail address as user name. The registry answers &apos;Application not registered with AAD&apos;: it expects a service principal&apos;s application ID, the admin user name or a token name.</source>
        <translation>Quien practica escribió su dirección de correo electrónico como nombre de usuario. El registro responde &apos;Application not registered with AAD&apos;: espera el Id. de aplicación de una entidad de servicio, el nombre del usuario administrador o el nombre de un token.</translation>
    </message>
    <message>
        <source>Allowed to pull, trying to push</source>
        <translation>Puede extraer, pero intenta insertar</translation>
    </message>
    <message>
        <source>The sign-in works, but the identity may only pull the repository &apos;hello&apos; and the trainee wants to push to it. The token the registry issues grants pull only.</source>
        <translation>El inicio de sesión funciona, pero la identidad solo puede extraer del repositorio &apos;hello&apos; y quien practica quiere insertar en él. El token que emite el registro solo concede pull.</translation>
    </message>
    <message>
        <source>Expired token from az acr login</source>
        <translation>Token de az acr login expirado</translation>
    </message>
    <message>
        <source>The password is a token printed by &apos;az acr login --expose-token&apos; more than three hours ago (user name 00000000-0000-0000-0000-000000000000). It expired two hours ago and the registry refuses it.</source>
        <translation>La contraseña es un token que mostró &apos;az acr login --expose-token&apos; hace más de tres horas (nombre de usuario 00000000-0000-0000-0000-000000000000). Caducó hace dos horas y el registro lo rechaza.</translation>
    </message>
    <message>
        <source>Registry firewall blocks this computer</source>
        <translation>El firewall del registro bloquea este equipo</translation>
    </message>
    <message>
        <source>The registry only accepts selected networks. Every request is refused with 403 &apos;client with IP &apos;203.0.113.7&apos; is not allowed access&apos;.</source>
        <translation>El registro solo acepta redes seleccionadas. Todas las solicitudes se rechazan con 403 &apos;client with IP &apos;203.0.113.7&apos; is not allowed access&apos;.</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Demasiadas solicitudes</translation>
    </message>
    <message>
        <source>The registry throttles the client: every request gets 429 Too Many Requests with &apos;Retry-After: 30&apos;.</source>
        <translation>El registro limita al cliente: cada solicitud recibe 429 Too Many Requests con &apos;Retry-After: 30&apos;.</translation>
    </message>
    <message>
        <source>TLS inspection proxy certificate</source>
        <translation>Certificado de un proxy con inspección TLS</translation>
    </message>
    <message>
        <source>A company proxy inspects TLS: the certificate the client receives is issued by &apos;Contoso Web Filter TLS Inspection CA&apos;, which this computer does not trust.</source>
        <translation>Un proxy de empresa inspecciona TLS: el certificado que recibe el cliente lo emite &apos;Contoso Web Filter TLS Inspection CA&apos;, en la que este equipo no confía.</translation>
    </message>
    <message>
        <source>Slow but working registry</source>
        <translation>Registro lento, pero que funciona</translation>
    </message>
    <message>
        <source>Every answer takes 1.5 seconds. Everything else works; a correct check is slower but finds nothing to fix.</source>
        <translation>Cada respuesta tarda 1,5 segundos. Todo lo demás funciona; una comprobación correcta es más lenta, pero no encuentra nada que solucionar.</translation>
    </message>
    <message>
        <source>The address is a web site, not a registry</source>
        <translation>La dirección es un sitio web, no un registro</translation>
    </message>
    <message>
        <source>The server at the address is an ordinary web server: /v2/ answers 404 with an HTML page instead of a registry&apos;s challenge.</source>
        <translation>El servidor de la dirección es un servidor web normal: /v2/ responde 404 con una página HTML en lugar del desafío de un registro.</translation>
    </message>
    <message>
        <source>Registry temporarily unavailable</source>
        <translation>Registro no disponible temporalmente</translation>
    </message>
    <message>
        <source>The registry answers 503 Service Unavailable to every request: the problem is on the service side, not on this computer.</source>
        <translation>El registro responde 503 Service Unavailable a todas las solicitudes: el problema está en el servicio, no en este equipo.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong</source>
        <translation>El reloj de este equipo está mal</translation>
    </message>
    <message>
        <source>The registry&apos;s time is two hours behind this computer&apos;s clock, so the tokens it issues look already expired here. Set the clock right (automatic time).</source>
        <translation>La hora del registro va dos horas por detrás del reloj de este equipo, así que aquí los tokens que emite parecen ya expirados. Pon el reloj en hora (hora automática).</translation>
    </message>
    <message>
        <source>The registry name does not exist</source>
        <translation>El registro indicado no existe</translation>
    </message>
    <message>
        <source>DNS answers &apos;no such host&apos; (NXDOMAIN) for contoso.azurecr.io: the name is misspelled, the registry was deleted, or it belongs to another cloud.</source>
        <translation>El DNS responde &apos;no such host&apos; (NXDOMAIN) para contoso.azurecr.io: el nombre está mal escrito, el registro se eliminó o pertenece a otra nube.</translation>
    </message>
    <message>
        <source>Private endpoint outside its network</source>
        <translation>Punto de conexión privado fuera de su red</translation>
    </message>
    <message>
        <source>contoso.azurecr.io resolves through contoso.privatelink.azurecr.io to the private address 10.0.0.5, which this computer cannot reach: it is not in the registry&apos;s virtual network.</source>
        <translation>contoso.azurecr.io se resuelve, a través de contoso.privatelink.azurecr.io, como la dirección privada 10.0.0.5, a la que este equipo no puede llegar: no está en la red virtual del registro.</translation>
    </message>
    <message>
        <source>Registry address not reachable</source>
        <translation>No se puede llegar a la dirección del registro</translation>
    </message>
    <message>
        <source>The name resolves, but nothing answers on port 443: a network, proxy or outbound firewall problem.</source>
        <translation>El nombre se resuelve, pero nada responde en el puerto 443: un problema de red, de proxy o del firewall de salida.</translation>
    </message>
    <message>
        <source>Registry name typed with extras</source>
        <translation>Nombre del registro escrito con añadidos</translation>
    </message>
    <message>
        <source>The trainee typed &apos;https://Contoso.azurecr.io:443/&apos;. The registry works; a correct check warns that Docker needs the plain lowercase login server &apos;contoso.azurecr.io&apos;.</source>
        <translation>Quien practica escribió &apos;https://Contoso.azurecr.io:443/&apos;. El registro funciona; una comprobación correcta advierte de que Docker necesita solo el servidor de inicio de sesión en minúsculas &apos;contoso.azurecr.io&apos;.</translation>
    </message>
</context>
<context>
    <name>rd::ProbeRow</name>
    <message>
        <source>cancelled</source>
        <extracomment>Status of one check (a test the program runs), shown after its name; like waiting, running, passed, warning, failed and skipped. An adjective agreeing with &quot;check&quot; (fr vérification).</extracomment>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>con error</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Not run: the check was stopped.</source>
        <translation>No ejecutada: la comprobación se detuvo.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds; %1 is a number.</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>A duration in seconds; %1 is a number with one decimal.</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Screen-reader name of a check row: %1 is the check&apos;s name, %2 its status (passed, failed...).</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rd::ProcessRunner</name>
    <message>
        <source>Not run: an argument has characters that cmd.exe would interpret, and %1 is a batch file.</source>
        <translation>No se ejecutó: un argumento contiene caracteres que cmd.exe interpretaría y %1 es un archivo por lotes.</translation>
    </message>
</context>
<context>
    <name>rd::ProxyProbe</name>
    <message>
        <source>Skipped: there is no registry address to check.</source>
        <translation>Omitida: no hay ninguna dirección de registro que comprobar.</translation>
    </message>
    <message>
        <source>%1 is set but is not a valid proxy address.</source>
        <translation>%1 está definida, pero no es una dirección de proxy válida.</translation>
    </message>
    <message>
        <source>%1 is set, but NO_PROXY exempts %2: the connection goes direct.</source>
        <translation>%1 está definida, pero NO_PROXY excluye %2: la conexión es directa.</translation>
    </message>
    <message>
        <source>No proxy is set for %1: the connection goes direct.</source>
        <translation>No hay ningún proxy definido para %1: la conexión es directa.</translation>
    </message>
    <message>
        <source>The system proxy (%1) is not used by Docker&apos;s command line.</source>
        <translation>La línea de comandos de Docker no usa el proxy del sistema (%1).</translation>
    </message>
    <message>
        <source>Practice mode ignores the proxy %1.</source>
        <translation>El modo de práctica ignora el proxy %1.</translation>
    </message>
    <message>
        <source>Connections to %1 go through the proxy %2 (from %3).</source>
        <translation>Las conexiones a %1 pasan por el proxy %2 (definido en %3).</translation>
    </message>
    <message>
        <source>Proxy settings</source>
        <translation>Configuración de proxy</translation>
    </message>
    <message>
        <source>%1 is set, but Docker, Podman and other Go programs never use a proxy for %2 (this computer itself): the connection goes direct.</source>
        <translation>%1 está definida, pero Docker, Podman y otros programas Go nunca usan un proxy para %2 (este mismo equipo): la conexión es directa.</translation>
    </message>
</context>
<context>
    <name>rd::RegistryNameProbe</name>
    <message>
        <source>&quot;%1&quot; is not a registry address.</source>
        <translation>&quot;%1&quot; no es la dirección de un registro.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has %n mistake(s); the check uses %2.</source>
        <translation>
            <numerusform>&quot;%1&quot; tiene %n error; la comprobación usa %2.</numerusform>
            <numerusform>&quot;%1&quot; tiene %n errores; la comprobación usa %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The login server is %1.</source>
        <translation>El servidor de inicio de sesión es %1.</translation>
    </message>
    <message>
        <source>Registry name</source>
        <translation>Nombre del registro</translation>
    </message>
</context>
<context>
    <name>rd::RegistryPage</name>
    <message>
        <source>Which registry do you want to reach?</source>
        <translation>¿A qué registro quieres acceder?</translation>
    </message>
    <message>
        <source>Paste its address the way you have it, even with https:// or an image name. It is tidied up for you.</source>
        <translation>Pega su dirección tal como la tengas, aunque lleve https:// o un nombre de imagen. Se corregirá automáticamente.</translation>
    </message>
    <message>
        <source>&amp;Registry</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>Registry</source>
        <extracomment>Name of the first step in the side list of steps. Short: one or two words.</extracomment>
        <translation>Registro</translation>
    </message>
    <message>
        <source>The registry&apos;s login server, for example myregistry.azurecr.io</source>
        <translation>El servidor de inicio de sesión del registro, por ejemplo myregistry.azurecr.io</translation>
    </message>
    <message>
        <source>Us&amp;e this</source>
        <extracomment>Button next to a corrected registry address: use the corrected one.</extracomment>
        <translation>Usar &amp;este</translation>
    </message>
    <message>
        <source>How do you sign in?</source>
        <extracomment>Heading above the ways of signing in to the registry.</extracomment>
        <translation>¿Cómo inicias sesión?</translation>
    </message>
    <message>
        <source>&amp;Azure CLI (az acr login)</source>
        <translation>CLI de A&amp;zure (az acr login)</translation>
    </message>
    <message>
        <source>You sign in to Azure with az login; az acr login then signs Docker in to the registry.</source>
        <translation>Inicias sesión en Azure con az login; después, az acr login inicia la sesión de Docker en el registro.</translation>
    </message>
    <message>
        <source>You type a user name and a password or secret, for example with docker login.</source>
        <translation>Escribes un nombre de usuario y una contraseña o un secreto, por ejemplo con docker login.</translation>
    </message>
    <message>
        <source>Repository-scoped &amp;token</source>
        <translation>To&amp;ken con ámbito de repositorio</translation>
    </message>
    <message>
        <source>A token made for some repositories only. It has its own name and password.</source>
        <translation>Un token creado solo para algunos repositorios. Tiene su propio nombre y su propia contraseña.</translation>
    </message>
    <message>
        <source>The credentials &amp;Docker already saved</source>
        <translation>Las credenciales que &amp;Docker ya guardó</translation>
    </message>
    <message>
        <source>You signed in before and Docker remembers it. Nothing to type.</source>
        <translation>Ya iniciaste sesión antes y Docker lo recuerda. No hay nada que escribir.</translation>
    </message>
    <message>
        <source>An Azure &amp;service (AKS, Azure DevOps)</source>
        <translation>Un ser&amp;vicio de Azure (AKS, Azure DevOps)</translation>
    </message>
    <message>
        <source>A service pulls the images with its own identity, not with yours.</source>
        <translation>Un servicio extrae las imágenes con su propia identidad, no con la tuya.</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>For a service principal: its application (client) ID</source>
        <translation>Para una entidad de servicio: su Id. de aplicación (cliente)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Used only for this check. It is never saved or shown.</source>
        <translation>Solo se usa para esta comprobación. Nunca se guarda ni se muestra.</translation>
    </message>
    <message>
        <source>Which image? (optional)</source>
        <extracomment>Heading of the optional repository and pull/push choice.</extracomment>
        <translation>¿Qué imagen? (opcional)</translation>
    </message>
    <message>
        <source>Rep&amp;ository</source>
        <translation>Rep&amp;ositorio</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <source>Optional. The repository to check access to, without the registry and without a tag.</source>
        <translation>Opcional. El repositorio cuyo acceso quieres comprobar, sin el registro y sin etiqueta.</translation>
    </message>
    <message>
        <source>The repository you push to or pull from, without the registry and without a tag.</source>
        <translation>El repositorio en el que insertas o del que extraes, sin el registro y sin etiqueta.</translation>
    </message>
    <message>
        <source>I want to</source>
        <extracomment>Label before the two choices &quot;Pull (download) images&quot; and &quot;Push (upload) images&quot;; the three read as one sentence.</extracomment>
        <translation>Quiero</translation>
    </message>
    <message>
        <source>Check that you may download images</source>
        <translation>Comprobar que puedes descargar imágenes</translation>
    </message>
    <message>
        <source>Check that you may upload images</source>
        <translation>Comprobar que puedes subir imágenes</translation>
    </message>
    <message>
        <source>This cannot be used as a registry address.</source>
        <translation>Esto no se puede usar como dirección de un registro.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <extracomment>%1 is a registry address, such as myregistry.azurecr.io.</extracomment>
        <translation>¿Querías decir %1?</translation>
    </message>
    <message>
        <source>Azure Container Registry</source>
        <extracomment>The kind of registry recognised from the address: Microsoft&apos;s product, or &quot;registry&quot; for any other. Fills %2 of &quot;%1 (%2)&quot;.</extracomment>
        <translation>Azure Container Registry</translation>
    </message>
    <message>
        <source>registry</source>
        <translation>registro</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the registry address, %2 its kind (&quot;Azure Container Registry&quot; or &quot;registry&quot;).</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Use %1</source>
        <extracomment>Screen-reader name of the button that replaces what was typed with the corrected address %1.</extracomment>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>the tag is not needed</source>
        <translation>la etiqueta no hace falta</translation>
    </message>
    <message>
        <source>repository names are lowercase</source>
        <translation>los nombres de repositorio van en minúsculas</translation>
    </message>
    <message>
        <source>It will be used as &quot;%1&quot;.</source>
        <translation>Se usará como &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>It will be used as &quot;%1&quot;: %2.</source>
        <extracomment>Separator between the reasons in &quot;It will be used as &quot;%1&quot;: %2.&quot; (Chinese and Japanese use 、).</extracomment>
        <translation>Se usará como &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>The name the token was given when it was created</source>
        <translation>El nombre que se le dio al token al crearlo</translation>
    </message>
    <message>
        <source>Token name</source>
        <translation>Nombre del token</translation>
    </message>
    <message>
        <source>Token password</source>
        <translation>Contraseña del token</translation>
    </message>
    <message>
        <source>Clear the registry field</source>
        <translation>Borrar el campo Registro</translation>
    </message>
    <message>
        <source>Invalid entry: %1</source>
        <translation>Entrada no válida: %1</translation>
    </message>
    <message>
        <source>User name and password (admin account or ser&amp;vice principal)</source>
        <translation>Usuario y contraseña (ad&amp;ministrador o entidad de servicio)</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Pull (download) &amp;images</source>
        <extracomment>Completes &quot;I want to&quot;. Pull is Docker&apos;s word for downloading images from a registry.</extracomment>
        <translation>E&amp;xtraer (descargar) imágenes</translation>
    </message>
    <message>
        <source>Push (upload) i&amp;mages</source>
        <extracomment>Completes &quot;I want to&quot;. Push is Docker&apos;s word for uploading images to a registry.</extracomment>
        <translation>Insertar (su&amp;bir) imágenes</translation>
    </message>
    <message>
        <source>To&amp;ken name</source>
        <translation>&amp;Nombre del token</translation>
    </message>
    <message>
        <source>Token pass&amp;word</source>
        <translation>&amp;Contraseña del token</translation>
    </message>
    <message>
        <source>The check looks at whether you may push to &quot;%1&quot;.</source>
        <extracomment>%1 is the repository, for example &quot;team/app&quot;.</extracomment>
        <translation>La comprobación verifica si puedes insertar en &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The check looks at whether you may pull from &quot;%1&quot;.</source>
        <extracomment>%1 is the repository, for example &quot;team/app&quot;.</extracomment>
        <translation>La comprobación verifica si puedes extraer de &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>rd::RegistryReference</name>
    <message>
        <source>Remove the spaces before and after the name: %1</source>
        <translation>Quita los espacios antes y después del nombre: %1</translation>
    </message>
    <message>
        <source>Only the registry&apos;s login server is needed, not the whole command: %1</source>
        <translation>Solo hace falta el servidor de inicio de sesión del registro, no todo el comando: %1</translation>
    </message>
    <message>
        <source>Use lowercase letters: %1</source>
        <translation>Usa minúsculas: %1</translation>
    </message>
    <message>
        <source>Leave out &quot;%1&quot;; the login server is the name alone: %2</source>
        <translation>Quita &quot;%1&quot;; el servidor de inicio de sesión es solo el nombre: %2</translation>
    </message>
    <message>
        <source>Leave out the path after the server name: %1</source>
        <translation>Quita la ruta que va después del nombre del servidor: %1</translation>
    </message>
    <message>
        <source>This is an image reference; the registry&apos;s login server is: %1</source>
        <translation>Esto es una referencia de imagen; el servidor de inicio de sesión del registro es: %1</translation>
    </message>
    <message>
        <source>Leave out &quot;:443&quot;, the standard HTTPS port, or the name will not match stored credentials: %1</source>
        <translation>Quita &quot;:443&quot;, el puerto HTTPS estándar, o el nombre no coincidirá con las credenciales guardadas: %1</translation>
    </message>
    <message>
        <source>Use the registry&apos;s normal name, not the private-link name (its certificate is for *.azurecr.io; with a private endpoint the normal name leads to it): %1</source>
        <translation>Usa el nombre normal del registro, no el nombre de vínculo privado (su certificado es para *.azurecr.io; con un punto de conexión privado, el nombre normal lleva a él): %1</translation>
    </message>
    <message>
        <source>This is a data endpoint of the registry, not its login server. Log in to: %1</source>
        <translation>Esto es un punto de conexión de datos del registro, no su servidor de inicio de sesión. Inicia sesión en: %1</translation>
    </message>
    <message>
        <source>A name alone means an Azure container registry in the public cloud: %1</source>
        <translation>Un nombre solo indica un registro de contenedores de Azure en la nube pública: %1</translation>
    </message>
    <message>
        <source>Remove the user name and password from the text and never share a password; the server is: %1</source>
        <translation>Quita el nombre de usuario y la contraseña del texto y no compartas nunca una contraseña; el servidor es: %1</translation>
    </message>
    <message>
        <source>An Azure container registry name has 5 to 50 letters and digits. Did you mean: %1</source>
        <translation>El nombre de un registro de contenedores de Azure tiene de 5 a 50 letras y números. ¿Querías decir: %1</translation>
    </message>
    <message>
        <source>An Azure container registry name has 5 to 50 letters and digits; &quot;%1&quot; has %2, so no such registry can exist.</source>
        <translation>El nombre de un registro de contenedores de Azure tiene de 5 a 50 letras y números; &quot;%1&quot; tiene %2, así que no puede existir ningún registro con ese nombre.</translation>
    </message>
    <message>
        <source>An Azure container registry name has only letters and digits (no dashes, dots or underscores). Did you mean: %1</source>
        <translation>El nombre de un registro de contenedores de Azure solo tiene letras y números (sin guiones, puntos ni guiones bajos). ¿Querías decir: %1</translation>
    </message>
    <message>
        <source>An Azure container registry name has only letters and digits (no dashes, dots or underscores), so no such registry can exist.</source>
        <translation>El nombre de un registro de contenedores de Azure solo tiene letras y números (sin guiones, puntos ni guiones bajos), así que no puede existir ningún registro con ese nombre.</translation>
    </message>
    <message>
        <source>Enter the registry&apos;s login server, for example myregistry.azurecr.io.</source>
        <translation>Escribe el servidor de inicio de sesión del registro, por ejemplo myregistry.azurecr.io.</translation>
    </message>
    <message>
        <source>The port after the colon must be a number from 1 to 65535.</source>
        <translation>El puerto que va después de los dos puntos debe ser un número del 1 al 65535.</translation>
    </message>
    <message>
        <source>This is not a valid server name. Did you mean: %1</source>
        <translation>Este no es un nombre de servidor válido. ¿Querías decir: %1</translation>
    </message>
    <message>
        <source>This is not a valid server name: a login server has only letters, digits, dots and dashes, like myregistry.azurecr.io.</source>
        <translation>Este no es un nombre de servidor válido: un servidor de inicio de sesión solo tiene letras, números, puntos y guiones, como myregistry.azurecr.io.</translation>
    </message>
</context>
<context>
    <name>rd::Report</name>
    <message>
        <source>The check of %1 was cancelled before it finished.</source>
        <translation>La comprobación de %1 se canceló antes de terminar.</translation>
    </message>
    <message>
        <source>No problem found with %1.</source>
        <translation>No se encontró ningún problema con %1.</translation>
    </message>
    <message>
        <source>1 problem found with %1.</source>
        <translation>Se encontró 1 problema con %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found with %1.</source>
        <translation>
            <numerusform>Se encontró %n problema con %1.</numerusform>
            <numerusform>Se encontraron %n problemas con %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>passed</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>con error</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitida</translation>
    </message>
    <message>
        <source>Practice scenario: %1</source>
        <translation>Escenario de práctica: %1</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <source>What the check saw:</source>
        <translation>Qué vio la comprobación:</translation>
    </message>
    <message>
        <source>How to fix it:</source>
        <translation>Cómo solucionarlo:</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Comprobaciones:</translation>
    </message>
    <message>
        <source>Total time: %1 ms</source>
        <translation>Tiempo total: %1 ms</translation>
    </message>
    <message>
        <source>Registry Doctor report</source>
        <translation>Informe de Registry Doctor</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Fecha de comprobación</translation>
    </message>
    <message>
        <source>Practice scenario</source>
        <translation>Escenario de práctica</translation>
    </message>
    <message>
        <source>What the check saw</source>
        <translation>Qué vio la comprobación</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Cómo solucionarlo</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>rd::ResultsPage</name>
    <message>
        <source>Results</source>
        <extracomment>Name of the last step in the side list of steps. Short: one or two words.</extracomment>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>No check has run yet</source>
        <translation>Todavía no se ha ejecutado ninguna comprobación</translation>
    </message>
    <message>
        <source>The check of %1 was stopped before it finished</source>
        <translation>La comprobación de %1 se detuvo antes de terminar</translation>
    </message>
    <message>
        <source>No problem left with %1</source>
        <translation>No queda ningún problema con %1</translation>
    </message>
    <message>
        <source>No problem found with %1</source>
        <translation>No se encontró ningún problema con %1</translation>
    </message>
    <message numerus="yes">
        <source>%n things to look at with %1</source>
        <extracomment>Heading when only warnings were found; %1 is the registry&apos;s address.</extracomment>
        <translation>
            <numerusform>%n cosa que revisar con %1</numerusform>
            <numerusform>%n cosas que revisar con %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems found with %1</source>
        <extracomment>Heading; %1 is the registry&apos;s address.</extracomment>
        <translation>
            <numerusform>Se encontró %n problema con %1</numerusform>
            <numerusform>Se encontraron %n problemas con %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened from a report made on %1.</source>
        <extracomment>%1 is a date and time in the reader&apos;s format.</extracomment>
        <translation>Abierto desde un informe creado el %1.</translation>
    </message>
    <message>
        <source>Opened from a report.</source>
        <translation>Abierto desde un informe.</translation>
    </message>
    <message>
        <source>Checked at %1, in %2.</source>
        <extracomment>%1 is a time of day (for example 14:05), not a date; %2 is how long the check took (&quot;350 ms&quot;, &quot;6.2 s&quot;).</extracomment>
        <translation>Comprobado a las %1, en %2.</translation>
    </message>
    <message>
        <source>The check was stopped before it finished: there may be more.</source>
        <translation>La comprobación se detuvo antes de terminar: puede haber más.</translation>
    </message>
    <message>
        <source>Practice scenario: %1.</source>
        <extracomment>%1 is the practice scenario.</extracomment>
        <translation>Escenario de práctica: %1.</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>No se encontró ningún problema</translation>
    </message>
    <message>
        <source>Signing in to %1 should work from this computer. The check verified:</source>
        <translation>Iniciar sesión en %1 debería funcionar desde este equipo. La comprobación verificó:</translation>
    </message>
    <message>
        <source>If signing in still fails, check again with the exact error message: go back and paste it on the previous step.</source>
        <translation>Si el inicio de sesión sigue fallando, comprueba de nuevo con el mensaje de error exacto: vuelve atrás y pégalo en el paso anterior.</translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <extracomment>Counts of checks by outcome, joined into &quot;All checks (%1)&quot;: 6 passed, 1 warning, 2 skipped.</extracomment>
        <translation>
            <numerusform>%n correcta</numerusform>
            <numerusform>%n correctas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n con error</numerusform>
            <numerusform>%n con error</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n omitida</numerusform>
            <numerusform>%n omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>All checks (%1)</source>
        <extracomment>Heading of the list of every check; %1 is the counts, such as &quot;6 passed, 1 failed&quot;.</extracomment>
        <translation>Todas las comprobaciones (%1)</translation>
    </message>
    <message>
        <source>Show commands for %1</source>
        <extracomment>Screen-reader name of a button; %1 is a cause&apos;s title.</extracomment>
        <translation>Mostrar comandos para %1</translation>
    </message>
</context>
<context>
    <name>rd::Rules</name>
    <message>
        <source>Install Docker Desktop (Windows and macOS) from docker.com, or Docker Engine from your Linux distribution, then open a new terminal.</source>
        <translation>Instala Docker Desktop (Windows y macOS) desde docker.com, o Docker Engine desde tu distribución de Linux, y después abre un terminal nuevo.</translation>
    </message>
    <message>
        <source>Check that the command is found:</source>
        <translation>Comprueba que se encuentra el comando:</translation>
    </message>
    <message>
        <source>Update Docker Desktop (or Docker Engine) to a current version, then check the version again:</source>
        <translation>Actualiza Docker Desktop (o Docker Engine) a una versión actual y vuelve a comprobar la versión:</translation>
    </message>
    <message>
        <source>Start Docker Desktop (Windows, macOS) and wait until it says it is running; on Linux start the docker service.</source>
        <translation>Inicia Docker Desktop (Windows, macOS) y espera hasta que indique que se está ejecutando; en Linux, inicia el servicio docker.</translation>
    </message>
    <message>
        <source>Check that the engine answers (the Server section must appear without an error):</source>
        <translation>Comprueba que el motor responde (la sección Server debe aparecer sin errores):</translation>
    </message>
    <message>
        <source>You typed &quot;%1&quot;.</source>
        <translation>Escribiste &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Sign in with Docker using exactly this login server:</source>
        <translation>Inicia sesión con Docker usando exactamente este servidor de inicio de sesión:</translation>
    </message>
    <message>
        <source>With the Azure CLI, give only the registry name:</source>
        <translation>Con la CLI de Azure, indica solo el nombre del registro:</translation>
    </message>
    <message>
        <source>Write image names with the same lowercase login server:</source>
        <translation>Escribe los nombres de imagen con el mismo servidor de inicio de sesión en minúsculas:</translation>
    </message>
    <message>
        <source>Copy the login server from the registry&apos;s Overview page in the Azure portal, or list your registries:</source>
        <translation>Copia el servidor de inicio de sesión de la página Información general del registro en Azure Portal, o muestra la lista de tus registros:</translation>
    </message>
    <message>
        <source>Check the registry&apos;s name and that it exists in your subscription:</source>
        <translation>Comprueba el nombre del registro y que exista en tu suscripción:</translation>
    </message>
    <message>
        <source>Look the name up yourself; &quot;Non-existent domain&quot; or NXDOMAIN confirms the name is wrong:</source>
        <translation>Resuelve tú mismo el nombre; &quot;Non-existent domain&quot; o NXDOMAIN confirma que el nombre es incorrecto:</translation>
    </message>
    <message>
        <source>Connect to your company network or VPN that reaches the registry&apos;s virtual network, then try again.</source>
        <translation>Conéctate a la red de tu empresa o a la VPN que llega a la red virtual del registro y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Compare the address the name resolves to on your computer with the one your administrator expects:</source>
        <translation>Compara la dirección a la que se resuelve el nombre en tu equipo con la que espera tu administrador:</translation>
    </message>
    <message>
        <source>If you should reach it from the internet, ask the registry owner to allow public access for your network:</source>
        <translation>Si deberías llegar a él desde Internet, pide al propietario del registro que permita el acceso público para tu red:</translation>
    </message>
    <message>
        <source>See which proxy settings are in effect in your terminal:</source>
        <translation>Mira qué configuración de proxy está en vigor en tu terminal:</translation>
    </message>
    <message>
        <source>Ask your IT department for the right proxy address, or let the registry bypass the proxy:</source>
        <translation>Pide al departamento de TI la dirección correcta del proxy, o haz que el registro no pase por el proxy:</translation>
    </message>
    <message>
        <source>Docker Desktop has its own proxy settings (Settings &gt; Resources &gt; Proxies); the Docker engine on Linux reads them from its service configuration.</source>
        <translation>Docker Desktop tiene su propia configuración de proxy (Settings &gt; Resources &gt; Proxies); en Linux, el motor de Docker la lee de la configuración de su servicio.</translation>
    </message>
    <message>
        <source>Test the connection to port 443 yourself:</source>
        <translation>Prueba tú mismo la conexión al puerto 443:</translation>
    </message>
    <message>
        <source>If it fails, ask your network administrator to allow outgoing HTTPS (port 443) to the registry and its data endpoints (*.azurecr.io, *.blob.core.windows.net).</source>
        <translation>Si falla, pide al administrador de red que permita el tráfico HTTPS saliente (puerto 443) hacia el registro y sus puntos de conexión de datos (*.azurecr.io, *.blob.core.windows.net).</translation>
    </message>
    <message>
        <source>Use the registry&apos;s normal name; its private link name does not match the certificate:</source>
        <translation>Usa el nombre normal del registro; su nombre de vínculo privado no coincide con el certificado:</translation>
    </message>
    <message>
        <source>Ask your IT department to exclude *.azurecr.io from TLS inspection, or to install the inspecting certificate authority in this computer&apos;s trusted store (Docker Desktop uses the system store).</source>
        <translation>Pide al departamento de TI que excluya *.azurecr.io de la inspección TLS, o que instale la entidad de certificación que inspecciona en el almacén de certificados de confianza de este equipo (Docker Desktop usa el almacén del sistema).</translation>
    </message>
    <message>
        <source>See which certificate the connection presents:</source>
        <translation>Mira qué certificado presenta la conexión:</translation>
    </message>
    <message>
        <source>Ask the registry owner to allow your network&apos;s public IP address in the registry&apos;s Networking settings.</source>
        <translation>Pide al propietario del registro que permita la dirección IP pública de tu red en la configuración de Redes del registro.</translation>
    </message>
    <message>
        <source>Ask the registry owner to allow your public IP address %1 in the registry&apos;s Networking settings:</source>
        <translation>Pide al propietario del registro que permita tu dirección IP pública %1 en la configuración de Redes del registro:</translation>
    </message>
    <message>
        <source>Or connect through the network the registry already allows (office network, VPN).</source>
        <translation>O conéctate a través de la red que el registro ya permite (red de la oficina, VPN).</translation>
    </message>
    <message>
        <source>Wait a minute, then try again.</source>
        <translation>Espera un minuto y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Wait %1 seconds, as the registry asks, then try again.</source>
        <translation>Espera %1 segundos, como pide el registro, y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>If it keeps happening, look for scripts or pipelines pulling in a loop; the registry&apos;s service tier sets how many requests it accepts.</source>
        <translation>Si sigue pasando, busca scripts o canalizaciones que extraigan imágenes en bucle; el nivel de servicio del registro determina cuántas solicitudes acepta.</translation>
    </message>
    <message>
        <source>Check the address. For Azure Container Registry it is the login server shown on the registry&apos;s Overview page:</source>
        <translation>Comprueba la dirección. En Azure Container Registry es el servidor de inicio de sesión que aparece en la página Información general del registro:</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it persists, check Azure&apos;s service health for Container Registry in your region.</source>
        <translation>Vuelve a intentarlo dentro de unos minutos. Si persiste, revisa el estado de los servicios de Azure para Container Registry en tu región.</translation>
    </message>
    <message>
        <source>Sign in with your Azure account (needs the Azure CLI):</source>
        <translation>Inicia sesión con tu cuenta de Azure (necesita la CLI de Azure):</translation>
    </message>
    <message>
        <source>Or sign in with a user name and password (service principal, admin account or token); the password is typed, never written in the command:</source>
        <translation>O inicia sesión con nombre de usuario y contraseña (entidad de servicio, cuenta de administrador o token); la contraseña se escribe por teclado, nunca en el comando:</translation>
    </message>
    <message>
        <source>For a service principal, find its application (client) ID, a value like 8f3c...-....; use it as the user name:</source>
        <translation>Para una entidad de servicio, busca su Id. de aplicación (cliente), un valor como 8f3c...-....; úsalo como nombre de usuario:</translation>
    </message>
    <message>
        <source>Then sign in again with that ID:</source>
        <translation>Después, vuelve a iniciar sesión con ese Id.:</translation>
    </message>
    <message>
        <source>If you ran sudo az acr login, run it without sudo: sudo does not see your own az login.</source>
        <translation>Si ejecutaste sudo az acr login, ejecútalo sin sudo: sudo no ve tu propio az login.</translation>
    </message>
    <message>
        <source>Sign in again; the new sign-in lasts about three hours:</source>
        <translation>Vuelve a iniciar sesión; el nuevo inicio de sesión dura unas tres horas:</translation>
    </message>
    <message>
        <source>For automation, use a service principal or a managed identity instead of a personal sign-in; if its secret expired, the owner creates a new one:</source>
        <translation>Para la automatización, usa una entidad de servicio o una identidad administrada en lugar de un inicio de sesión personal; si su secreto expiró, el propietario crea uno nuevo:</translation>
    </message>
    <message>
        <source>Type the password again carefully (copy it without spaces); it is read from the keyboard, never written in the command:</source>
        <translation>Vuelve a escribir la contraseña con cuidado (cópiala sin espacios); se lee del teclado, nunca se escribe en el comando:</translation>
    </message>
    <message>
        <source>Admin account: the registry owner can show the current passwords:</source>
        <translation>Cuenta de administrador: el propietario del registro puede mostrar las contraseñas actuales:</translation>
    </message>
    <message>
        <source>Service principal: the owner can create a new client secret:</source>
        <translation>Entidad de servicio: el propietario puede crear un nuevo secreto de cliente:</translation>
    </message>
    <message>
        <source>Ask the registry owner to give your identity the %1 role on the registry:</source>
        <translation>Pide al propietario del registro que asigne a tu identidad el rol %1 en el registro:</translation>
    </message>
    <message>
        <source>With a repository-scoped token, its scope map must allow %1 on %2.</source>
        <translation>Con un token con ámbito de repositorio, su mapa de ámbito debe permitir %1 en %2.</translation>
    </message>
    <message>
        <source>A role assigned minutes ago can take up to about ten minutes to apply; then sign in again.</source>
        <translation>Un rol asignado hace unos minutos puede tardar hasta unos diez minutos en aplicarse; después, vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>Find the credential store named in Docker&apos;s settings file (%1):</source>
        <translation>Busca el almacén de credenciales indicado en el archivo de configuración de Docker (%1):</translation>
    </message>
    <message>
        <source>Install or repair the program %1 (it comes with Docker Desktop), or remove the &quot;credsStore&quot; line from the file so Docker saves credentials in the file itself; then sign in again.</source>
        <translation>Instala o repara el programa %1 (viene con Docker Desktop), o quita la línea &quot;credsStore&quot; del archivo para que Docker guarde las credenciales en el propio archivo; después, vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>On Windows, &quot;The stub received bad data&quot; means the registry token is too long for Windows Credential Manager: removing &quot;credsStore&quot; is the known fix.</source>
        <translation>En Windows, &quot;The stub received bad data&quot; significa que el token del registro es demasiado largo para el Administrador de credenciales de Windows: la solución conocida es quitar &quot;credsStore&quot;.</translation>
    </message>
    <message>
        <source>Install the Azure CLI:</source>
        <translation>Instala la CLI de Azure:</translation>
    </message>
    <message>
        <source>Sign in to Azure, then to the registry:</source>
        <translation>Inicia sesión en Azure y después en el registro:</translation>
    </message>
    <message>
        <source>Set the clock to synchronise automatically (Windows: Settings &gt; Time &amp; language &gt; Sync now; macOS: System Settings &gt; General &gt; Date &amp; Time), or:</source>
        <translation>Configura el reloj para que se sincronice automáticamente (Windows: Configuración &gt; Hora e idioma &gt; Sincronizar ahora; macOS: Ajustes del Sistema &gt; General &gt; Fecha y hora), o bien:</translation>
    </message>
    <message>
        <source>Then sign in again: tokens issued while the clock was wrong stay wrong.</source>
        <translation>Después, vuelve a iniciar sesión: los tokens emitidos mientras el reloj estaba mal siguen siendo incorrectos.</translation>
    </message>
    <message>
        <source>If you have no GPG key yet, create one (it asks for your name, e-mail address and a passphrase):</source>
        <translation>Si todavía no tienes una clave GPG, crea una (pide tu nombre, tu dirección de correo electrónico y una frase de contraseña):</translation>
    </message>
    <message>
        <source>Set up pass with your key&apos;s ID (the long hexadecimal number that gpg --list-secret-keys shows), then sign in again:</source>
        <translation>Configura pass con el id. de tu clave (el número hexadecimal largo que muestra gpg --list-secret-keys) y vuelve a iniciar sesión:</translation>
    </message>
    <message>
        <source>Import the GPG key %1 from where it was made (gpg --export-secret-keys there, gpg --import here), or set up pass again with a key that is on this computer; logins saved with the old key are then lost:</source>
        <translation>Importa la clave GPG %1 desde donde se creó (allí gpg --export-secret-keys, aquí gpg --import), o vuelve a configurar pass con una clave que esté en este equipo; los inicios de sesión guardados con la clave antigua se pierden:</translation>
    </message>
    <message>
        <source>Sign in from the desktop session itself, not over SSH; or, on a server without a desktop, use pass instead (install pass and docker-credential-pass, then set &quot;credsStore&quot; to &quot;pass&quot; in %1):</source>
        <translation>Inicia sesión desde la propia sesión de escritorio, no por SSH; o, en un servidor sin escritorio, usa pass (instala pass y docker-credential-pass y luego establece &quot;credsStore&quot; en &quot;pass&quot; en %1):</translation>
    </message>
    <message>
        <source>The Azure CLI is version %1; az acr login signs in with Podman from version %2 on.</source>
        <translation>La CLI de Azure es la versión %1; az acr login inicia sesión con Podman a partir de la versión %2.</translation>
    </message>
    <message>
        <source>The pull secret holds no registry at all (its auths are empty).</source>
        <translation>El secreto de extracción no contiene ningún registro (su auths está vacío).</translation>
    </message>
    <message>
        <source>The pull secret holds credentials for %1, none for %2: Kubernetes pulls from %2 without signing in.</source>
        <translation>El secreto de extracción contiene credenciales para %1, ninguna para %2: Kubernetes extrae de %2 sin iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>rd::Runner</name>
    <message numerus="yes">
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
        <source>I cannot sign in to my registry with docker login, az acr login, or either of them</source>
        <translation>No puedo iniciar sesión en mi registro con docker login, con az acr login o con ambos</translation>
    </message>
    <message>
        <source>Signing in tells me I am unauthorized, or that my application is not registered with AAD</source>
        <translation>Al iniciar sesión me dice que no estoy autorizado, o que mi aplicación no está registrada en AAD</translation>
    </message>
    <message>
        <source>The Azure CLI says it could not connect to the registry login server</source>
        <translation>La CLI de Azure dice que no pudo conectarse al servidor de inicio de sesión del registro</translation>
    </message>
    <message>
        <source>Pushing or pulling images fails with unauthorized, even though I signed in</source>
        <translation>Extraer o insertar imágenes falla con unauthorized, aunque inicié sesión</translation>
    </message>
    <message>
        <source>AKS, Azure DevOps or another Azure service cannot get to my registry</source>
        <translation>AKS, Azure DevOps u otro servicio de Azure no puede llegar a mi registro</translation>
    </message>
    <message>
        <source>Signing in fails with 403 Forbidden</source>
        <translation>El inicio de sesión falla con 403 Forbidden</translation>
    </message>
    <message>
        <source>I cannot see or change my registry in the Azure portal or with the Azure CLI</source>
        <translation>No puedo ver ni cambiar mi registro en Azure Portal ni con la CLI de Azure</translation>
    </message>
</context>
<context>
    <name>rd::SymptomsPage</name>
    <message>
        <source>What goes wrong?</source>
        <translation>¿Qué falla?</translation>
    </message>
    <message>
        <source>Paste the error message, or tick what you see. Not sure? Leave &quot;check everything&quot; on: it only takes a moment longer.</source>
        <translation>Pega el mensaje de error o marca lo que ves. ¿No lo tienes claro? Deja activado &quot;comprobar todo&quot;: solo tarda un momento más.</translation>
    </message>
    <message>
        <source>Error message</source>
        <extracomment>Screen-reader name of the box where the error message is pasted.</extracomment>
        <translation>Mensaje de error</translation>
    </message>
    <message>
        <source>Paste the error message you got. It is explained below as you paste it.</source>
        <translation>Pega el mensaje de error que recibiste. Se explica aquí debajo en cuanto lo pegas.</translation>
    </message>
    <message>
        <source>What do you see?</source>
        <extracomment>Heading of the list of symptoms to tick.</extracomment>
        <translation>¿Qué ves?</translation>
    </message>
    <message>
        <source>I&apos;m not sure, check &amp;everything</source>
        <translation>No lo sé, comprobar t&amp;odo</translation>
    </message>
    <message>
        <source>Every check runs. This is the safe choice.</source>
        <translation>Se ejecutan todas las comprobaciones. Es la opción segura.</translation>
    </message>
    <message>
        <source>What happens</source>
        <extracomment>Name of the second step in the side list of steps (the symptoms: what goes wrong). Short.</extracomment>
        <translation>Qué ocurre</translation>
    </message>
    <message>
        <source>&amp;Start check</source>
        <translation>Iniciar &amp;comprobación</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Por ejemplo: %1</translation>
    </message>
    <message>
        <source>This message is not one Registry Doctor knows yet. The check will still look at everything.</source>
        <translation>Registry Doctor todavía no conoce este mensaje. Aun así, la comprobación lo revisará todo.</translation>
    </message>
    <message>
        <source>What it means</source>
        <extracomment>Heading above the explanation of a pasted error message.</extracomment>
        <translation>Qué significa</translation>
    </message>
    <message>
        <source>Likely cause: %1</source>
        <extracomment>%1 is a cause&apos;s title.</extracomment>
        <translation>Causa probable: %1</translation>
    </message>
    <message>
        <source>Use %1</source>
        <extracomment>Button that takes the registry named in the pasted error message; %1 is its address.</extracomment>
        <translation>Usar %1</translation>
    </message>
    <message>
        <source>The message names this registry.</source>
        <translation>El mensaje menciona este registro.</translation>
    </message>
    <message>
        <source>The message names a different registry than %1.</source>
        <translation>El mensaje menciona un registro distinto de %1.</translation>
    </message>
    <message>
        <source>The check will use %1.</source>
        <translation>La comprobación usará %1.</translation>
    </message>
    <message>
        <source>Ticked: %1.</source>
        <translation>Seleccionados: %1.</translation>
    </message>
    <message>
        <source>Paste the error &amp;message you got (optional)</source>
        <translation>Pega el &amp;mensaje de error que recibiste (opcional)</translation>
    </message>
</context>
<context>
    <name>rd::TcpProbe</name>
    <message>
        <source>Skipped: there is no registry address to check.</source>
        <translation>Omitida: no hay ninguna dirección de registro que comprobar.</translation>
    </message>
    <message>
        <source>Skipped: the registry&apos;s name did not resolve to an address.</source>
        <translation>Omitida: el nombre del registro no se resolvió en ninguna dirección.</translation>
    </message>
    <message>
        <source>the proxy %1:%2</source>
        <translation>el proxy %1:%2</translation>
    </message>
    <message>
        <source>Practice mode only talks to this computer; %1 is not part of the exercise.</source>
        <translation>El modo de práctica solo se comunica con este equipo; %1 no forma parte del ejercicio.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s): something on the way (a firewall, a private network) drops the connection.</source>
        <translation>
            <numerusform>Ninguna respuesta de %1 en %n segundo: algo en el camino (un firewall, una red privada) descarta la conexión.</numerusform>
            <numerusform>Ninguna respuesta de %1 en %n segundos: algo en el camino (un firewall, una red privada) descarta la conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to %1 in %2 ms.</source>
        <translation>Conectado a %1 en %2 ms.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing accepts connections there, or a firewall rejects them.</source>
        <translation>%1 rechazó la conexión: nada acepta conexiones allí, o un firewall las rechaza.</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>No se pudo conectar con %1: %2</translation>
    </message>
    <message>
        <source>Connection to the registry</source>
        <translation>Conexión con el registro</translation>
    </message>
</context>
<context>
    <name>rd::TlsProbe</name>
    <message>
        <source>Skipped: no connection to the registry.</source>
        <translation>Omitida: no hay conexión con el registro.</translation>
    </message>
    <message>
        <source>The secure connection could not be set up: %1</source>
        <translation>No se pudo establecer la conexión segura: %1</translation>
    </message>
    <message numerus="yes">
        <source>The connection opened, but the secure handshake got no answer within %n second(s): something on the way (a firewall that filters secure connections) or the server stops it.</source>
        <translation>
            <numerusform>La conexión se abrió, pero el protocolo de enlace seguro no obtuvo respuesta en %n segundo: algo en el camino (un firewall que filtra las conexiones seguras) o el servidor lo detiene.</numerusform>
            <numerusform>La conexión se abrió, pero el protocolo de enlace seguro no obtuvo respuesta en %n segundos: algo en el camino (un firewall que filtra las conexiones seguras) o el servidor lo detiene.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with a valid certificate for %2, issued by %3, valid until %4.</source>
        <translation>%1 con un certificado válido para %2, emitido por %3, válido hasta el %4.</translation>
    </message>
    <message>
        <source>The certificate is issued by &quot;%1&quot;, which this computer does not trust. A company proxy or antivirus that inspects secure connections usually does this.</source>
        <translation>El certificado lo emite &quot;%1&quot;, en el que este equipo no confía. Suele deberse a un proxy de empresa o un antivirus que inspecciona las conexiones seguras.</translation>
    </message>
    <message>
        <source>The certificate is for %1, not for %2.</source>
        <translation>El certificado es para %1, no para %2.</translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation>Conexión segura (TLS)</translation>
    </message>
    <message>
        <source>Docker does not check certificates for registries on 127.0.0.0/8 (its default insecure registries), so it connects although &quot;%1&quot; is not a trusted issuer. Podman, Skopeo, the Azure CLI and browsers refuse this certificate.</source>
        <translation>Docker no comprueba los certificados de los registros en 127.0.0.0/8 (sus registros no seguros predeterminados), así que se conecta aunque &quot;%1&quot; no sea un emisor de confianza. Podman, Skopeo, la CLI de Azure y los navegadores rechazan este certificado.</translation>
    </message>
    <message>
        <source>Docker trusts this certificate through %1. This computer&apos;s own store does not, so the Azure CLI, browsers and other programs on this computer will refuse it.</source>
        <translation>Docker confía en este certificado a través de %1. El almacén de este equipo no, así que la CLI de Azure, los navegadores y otros programas de este equipo lo rechazarán.</translation>
    </message>
    <message>
        <source>Podman and Skopeo trust this certificate through %1. This computer&apos;s own store does not, so the Azure CLI, browsers and other programs on this computer will refuse it.</source>
        <translation>Podman y Skopeo confían en este certificado a través de %1. El almacén de este equipo no, así que la CLI de Azure, los navegadores y otros programas de este equipo lo rechazarán.</translation>
    </message>
</context>
<context>
    <name>rd::WizardModel</name>
    <message>
        <source>&quot;%1&quot; is not a registry address.</source>
        <translation>&quot;%1&quot; no es la dirección de un registro.</translation>
    </message>
</context>
<context>
    <name>rd::WizardPage</name>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
</context>
</TS>
