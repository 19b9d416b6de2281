<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>rd::AboutDialog</name>
    <message>
        <location filename="../src/gui/about_dialog.cpp" line="+12"/>
        <source>About Registry Doctor</source>
        <translation>À propos de Registry Doctor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not available</source>
        <extracomment>Stands for the OpenSSL version in the About box when OpenSSL cannot be loaded.</extracomment>
        <translation>non disponible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Registry Doctor %1&lt;/h2&gt;&lt;p&gt;Finds out why you cannot sign in to a container registry, and tells you how to fix it.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Registry Doctor is free software under the MIT licence.&lt;br&gt;Qt is used under the GNU Lesser General Public License version 3.&lt;br&gt;OpenSSL is used under the Apache License 2.0.&lt;/p&gt;</source>
        <extracomment>%1 is the program version, %2 the Qt version, %3 the OpenSSL version (or &quot;not available&quot;). Keep the HTML tags.</extracomment>
        <translation>&lt;h2&gt;Registry Doctor %1&lt;/h2&gt;&lt;p&gt;Trouve pourquoi vous ne parvenez pas à vous connecter à un registre de conteneurs, et vous explique comment y remédier.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Registry Doctor est un logiciel libre sous licence MIT.&lt;br&gt;Qt est utilisé selon les termes de la GNU Lesser General Public License version 3.&lt;br&gt;OpenSSL est utilisé selon les termes de l&apos;Apache License 2.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rd::AcrRoleModeProbe</name>
    <message>
        <location filename="../src/core/probes/acr_role_mode_probe.cpp" line="+47"/>
        <source>Skipped: only Azure Container Registry has a permissions mode.</source>
        <translation>Ignoré&#xa0;: seul Azure Container Registry a un mode d&apos;autorisations.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped: nothing was refused after the sign-in.</source>
        <translation>Ignoré&#xa0;: rien n&apos;a été refusé après la connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped: reading the registry&apos;s permissions mode needs the Azure CLI, signed in.</source>
        <translation>Ignoré&#xa0;: la lecture du mode d&apos;autorisations du registre nécessite Azure CLI, connecté.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The Azure CLI could not get a token to read the registry&apos;s permissions mode: Microsoft Entra ID wants multifactor authentication, or a Conditional Access policy blocks the sign-in (%1).</source>
        <translation>Azure CLI n&apos;a pas obtenu de jeton pour lire le mode d&apos;autorisations du registre&#xa0;: Microsoft Entra ID exige une authentification multifacteur, ou une stratégie d&apos;accès conditionnel bloque l&apos;authentification (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Azure CLI did not tell the registry&apos;s permissions mode (you may not be allowed to read the registry&apos;s settings), so it is unknown.</source>
        <translation>Azure CLI n&apos;a pas indiqué le mode d&apos;autorisations du registre (vous n&apos;êtes peut-être pas autorisé à lire ses paramètres), il est donc inconnu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry uses &quot;RBAC Registry + ABAC Repository Permissions&quot; (%1): the AcrPull and AcrPush roles give no rights on its repositories there.</source>
        <translation>Le registre utilise « RBAC Registry + ABAC Repository Permissions » (%1)&#xa0;: les rôles AcrPull et AcrPush n&apos;y donnent aucun droit sur ses référentiels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry&apos;s permissions mode is %1: the AcrPull and AcrPush roles apply.</source>
        <translation>Le mode d&apos;autorisations du registre est %1&#xa0;: les rôles AcrPull et AcrPush s&apos;appliquent.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/acr_role_mode_probe.h" line="+21"/>
        <source>Registry&apos;s permissions mode</source>
        <translation>Mode d&apos;autorisations du registre</translation>
    </message>
</context>
<context>
    <name>rd::AllLoginsDialog</name>
    <message>
        <location filename="../src/gui/all_logins_dialog.cpp" line="+31"/>
        <source>All my saved logins</source>
        <translation>Toutes mes connexions enregistrées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved logins</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking…</source>
        <extracomment>Shown in a row of the saved-logins table while that registry is being checked.</extracomment>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registries checked</source>
        <translation>Registres vérifiés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop checking</source>
        <translation>&amp;Arrêter la vérification</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Docker has no saved logins on this computer.</source>
        <translation>Docker n&apos;a aucune connexion enregistrée sur cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Checking %n registries at once…</source>
        <translation>
            <numerusform>Vérification de %n registre…</numerusform>
            <numerusform>Vérification de %n registres à la fois…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Works</source>
        <translation>Fonctionne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not tested</source>
        <extracomment>The saved login could not be tried (no answer, nothing saved, registry open to all).</extracomment>
        <translation>Non testée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expired at %1</source>
        <extracomment>%1 is a date and time in the reader&apos;s local time.</extracomment>
        <translation>expirée le %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 of %n saved logins work.</source>
        <translation>
            <numerusform>%1 connexion enregistrée sur %n fonctionne.</numerusform>
            <numerusform>%1 connexions enregistrées sur %n fonctionnent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
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
        <translation>Azure CLI (az) n&apos;est pas installé, alors que c&apos;est votre mode de connexion. Installez Azure CLI ou connectez-vous autrement (avec un nom d&apos;utilisateur et un mot de passe, ou avec un jeton).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI (az) is not installed; it is only needed to sign in through it.</source>
        <translation>Azure CLI (az) n&apos;est pas installé&#xa0;; il n&apos;est nécessaire que si vous vous connectez avec Azure CLI.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The Azure CLI is installed, but its sign-in file %1 could not be read (%2), so whether you are signed in is unknown.</source>
        <translation>Azure CLI est installé, mais son fichier de connexion %1 n&apos;a pas pu être lu (%2)&#xa0;: on ne sait donc pas si vous êtes connecté.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Azure CLI is installed but not signed in (no account in %1). az acr login needs az login first.</source>
        <translation>Azure CLI est installé mais n&apos;est pas connecté (aucun compte dans %1). az acr login nécessite d&apos;abord az login.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+46"/>
        <source>The Azure CLI is signed in as %1 (subscription &quot;%2&quot;).</source>
        <translation>Azure CLI est connecté en tant que %1 (abonnement «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>did not answer within %n second(s)</source>
        <translation>
            <numerusform>n&apos;a pas répondu dans un délai de %n seconde</numerusform>
            <numerusform>n&apos;a pas répondu dans un délai de %n secondes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>crashed</source>
        <translation>s&apos;est arrêté de manière inattendue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be started (%1)</source>
        <translation>n&apos;a pas pu être lancé (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;az account show&quot; %1, so whether you are signed in to the Azure CLI is unknown.</source>
        <translation>«&#xa0;az account show&#xa0;» %1&#xa0;: on ne sait donc pas si vous êtes connecté à Azure CLI.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;az account show&quot; succeeded but printed something that is not an account, so whether you are signed in is unknown.</source>
        <translation>«&#xa0;az account show&#xa0;» a réussi, mais a affiché autre chose qu&apos;un compte&#xa0;: on ne sait donc pas si vous êtes connecté.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Azure CLI is not signed in (&quot;%1&quot;), but you sign in through it. Run az login, then az acr login.</source>
        <translation>Azure CLI n&apos;est pas connecté («&#xa0;%1&#xa0;»), alors que c&apos;est votre mode de connexion. Exécutez az login, puis az acr login.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;az account show&quot; failed (exit code %1): &quot;%2&quot;. Until it works, az acr login cannot sign you in.</source>
        <translation>«&#xa0;az account show&#xa0;» a échoué (code de sortie %1)&#xa0;: «&#xa0;%2&#xa0;». Tant que cela ne fonctionne pas, az acr login ne peut pas vous connecter.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&quot;az account show&quot; failed with exit code %1 and printed no message. Until it works, az acr login cannot sign you in.</source>
        <translation>«&#xa0;az account show&#xa0;» a échoué avec le code de sortie %1 sans afficher de message. Tant que cela ne fonctionne pas, az acr login ne peut pas vous connecter.</translation>
    </message>
</context>
<context>
    <name>rd::BlobUploadProbe</name>
    <message>
        <location filename="../src/core/probes/blob_upload_probe.cpp" line="+34"/>
        <source>The registry did not answer the start of an upload: %1</source>
        <translation>Le registre n&apos;a pas répondu au démarrage d&apos;un téléversement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused to start an upload to %1 (status %2): this sign-in may not push there.</source>
        <translation>Le registre a refusé de démarrer un téléversement vers %1 (statut %2)&#xa0;: cette authentification ne permet pas d&apos;y envoyer (push).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered the start of an upload to %1 with status %2.</source>
        <translation>Le registre a répondu au démarrage d&apos;un téléversement vers %1 avec le statut %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You may push to %1: the registry accepted the start of an upload, and it was cancelled.</source>
        <translation>Vous pouvez envoyer (push) vers %1&#xa0;: le registre a accepté le démarrage d&apos;un téléversement, qui a ensuite été annulé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may push to %1: the registry accepted the start of an upload, but cancelling it was answered with status %2; the registry removes unfinished uploads itself after a while.</source>
        <translation>Vous pouvez envoyer (push) vers %1&#xa0;: le registre a accepté le démarrage d&apos;un téléversement, mais son annulation a reçu le statut %2&#xa0;; le registre supprime lui-même les téléversements inachevés au bout d&apos;un moment.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/blob_upload_probe.h" line="+18"/>
        <source>Starting an upload</source>
        <translation>Démarrage d&apos;un téléversement</translation>
    </message>
</context>
<context>
    <name>rd::CauseCard</name>
    <message>
        <location filename="../src/gui/cause_card.cpp" line="+99"/>
        <source>What the check saw</source>
        <translation>Ce que la vérification a constaté</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How to fix it</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Read more</source>
        <translation>En savoir plus</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+81"/>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Check again: %1</source>
        <translation>Vérifier à nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs just the checks behind this problem again, to see whether your fix worked.</source>
        <translation>Relance uniquement les vérifications liées à ce problème, pour voir si votre correction a fonctionné.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Advanced: look in the registry&apos;s login log</source>
        <translation>Avancé&#xa0;: consulter le journal des connexions du registre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the registry sends its resource logs to Log Analytics, this query lists the sign-ins around the time of this check: who signed in, from which address, and what the registry answered. Run it in the Azure portal under the registry&apos;s Logs.</source>
        <translation>Si le registre envoie ses journaux de ressources à Log Analytics, cette requête liste les connexions autour de l&apos;heure de cette vérification&#xa0;: qui s&apos;est connecté, depuis quelle adresse et ce que le registre a répondu. Exécutez-la dans le portail Azure, dans la section Journaux du registre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy query for the registry&apos;s login log</source>
        <translation>Copier la requête pour le journal des connexions du registre</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking again…</source>
        <translation>Nouvelle vérification en cours…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed: the check no longer finds this problem.</source>
        <translation>Corrigé&#xa0;: la vérification ne trouve plus ce problème.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still there: the check found this problem again.</source>
        <translation>Toujours présent&#xa0;: la vérification a de nouveau trouvé ce problème.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fixed</source>
        <extracomment>Status of a problem after &quot;Check again&quot;: it is solved now. Adjective, agrees with &quot;problem&quot;.</extracomment>
        <translation>Corrigé</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+201"/>
        <source>Problem</source>
        <extracomment>Screen-reader name of the card&apos;s icon: how serious the cause is (error / warning).</extracomment>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="-201"/>
        <location line="+201"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>First step: %1</source>
        <translation>Première étape&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Opens in your browser</source>
        <translation>S&apos;ouvre dans votre navigateur</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Type the commands in a terminal: press Windows+X and choose Terminal (or Windows PowerShell).</source>
        <translation>Tapez les commandes dans un terminal&#xa0;: appuyez sur Windows+X et choisissez Terminal (ou Windows PowerShell).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the commands in a terminal: press Command+Space, type Terminal and press Return.</source>
        <translation>Tapez les commandes dans un terminal&#xa0;: appuyez sur Commande+Espace, tapez Terminal et appuyez sur Retour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the commands in a terminal: press Ctrl+Alt+T, or open Terminal from the applications menu.</source>
        <translation>Tapez les commandes dans un terminal&#xa0;: appuyez sur Ctrl+Alt+T ou ouvrez Terminal depuis le menu des applications.</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>Not confirmed: the checks behind this problem could not run to the end.</source>
        <translation>Non confirmé&#xa0;: les vérifications à l&apos;origine de ce problème n&apos;ont pas pu aller jusqu&apos;au bout.</translation>
    </message>
</context>
<context>
    <name>rd::Causes</name>
    <message>
        <location filename="../src/core/diagnosis/cause_catalog.cpp" line="+34"/>
        <source>Troubleshoot registry login</source>
        <translation>Résoudre les problèmes de connexion au registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Troubleshoot network issues with the registry</source>
        <translation>Résoudre les problèmes réseau avec le registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticate with an Azure container registry</source>
        <translation>S&apos;authentifier auprès d&apos;un registre de conteneurs Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a service principal</source>
        <translation>Se connecter avec un principal de service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository-scoped tokens</source>
        <translation>Jetons délimités au référentiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequently asked questions</source>
        <translation>Questions fréquentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the health of a registry</source>
        <translation>Vérifier l&apos;intégrité d&apos;un registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect privately to a registry with Azure Private Link</source>
        <translation>Se connecter en privé à un registre avec Azure Private Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow access from selected public networks</source>
        <translation>Autoriser l&apos;accès depuis des réseaux publics sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a managed identity</source>
        <translation>Se connecter avec une identité managée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Best practices for Azure Container Registry</source>
        <translation>Bonnes pratiques pour Azure Container Registry</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Docker is not installed</source>
        <translation>Docker n&apos;est pas installé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The docker command was not found on this computer. Signing in with docker login, and pulling or pushing images, needs the Docker client; az acr login also calls it.</source>
        <translation>La commande docker est introuvable sur cet ordinateur. Le client Docker est nécessaire pour se connecter avec docker login et pour tirer (pull) ou envoyer (push) des images&#xa0;; az acr login l&apos;appelle aussi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker is too old</source>
        <translation>Docker est trop ancien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Container Registry needs Docker 18.03 or later. Older clients do not speak the sign-in protocol the registry expects.</source>
        <translation>Azure Container Registry nécessite Docker 18.03 ou version ultérieure. Les clients plus anciens ne parlent pas le protocole de connexion qu&apos;attend le registre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine is not running</source>
        <translation>Le moteur Docker n&apos;est pas démarré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The docker command is installed, but the Docker engine behind it (the daemon, or Docker Desktop) does not answer. Pulling and pushing images need it, and older Docker versions need it to sign in too.</source>
        <translation>La commande docker est installée, mais le moteur Docker derrière elle (le démon, ou Docker Desktop) ne répond pas. Il est nécessaire pour extraire et envoyer des images, et les anciennes versions de Docker en ont aussi besoin pour se connecter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry name is not written correctly</source>
        <translation>Le nom du registre n&apos;est pas écrit correctement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker needs the registry&apos;s full login server in lowercase, such as myregistry.azurecr.io, with no https://, no path and no port. The Azure CLI (az acr login --name) needs just the registry name, without the domain.</source>
        <translation>Docker a besoin du serveur de connexion complet du registre, en minuscules, par exemple myregistry.azurecr.io, sans https://, sans chemin et sans port. Azure CLI (az acr login --name) a seulement besoin du nom du registre, sans le domaine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry name does not exist</source>
        <translation>Le nom du registre n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name could not be found in DNS: there is no registry with this name, it is misspelled, it belongs to another Azure cloud (.azurecr.cn, .azurecr.us), or this computer&apos;s DNS is not working.</source>
        <translation>Le nom est introuvable dans le DNS&#xa0;: aucun registre ne porte ce nom, il est mal orthographié, il appartient à un autre cloud Azure (.azurecr.cn, .azurecr.us), ou le DNS de cet ordinateur ne fonctionne pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry cannot be reached from this network</source>
        <translation>Le registre est injoignable depuis ce réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer could not open a connection to the registry. Something between the two (a firewall, a VPN, a network that blocks outgoing traffic on port 443) stops the connection before any sign-in can happen.</source>
        <translation>Cet ordinateur n&apos;a pas pu ouvrir de connexion vers le registre. Quelque chose entre les deux (un pare-feu, un VPN, un réseau qui bloque le trafic sortant sur le port 443) coupe la connexion avant toute authentification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy blocks the connection</source>
        <translation>Le proxy bloque la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections to the registry go through a proxy, and the proxy did not let this one through: it is unreachable, asks for a sign-in of its own, or refuses the registry&apos;s address.</source>
        <translation>Les connexions au registre passent par un proxy, et le proxy n&apos;a pas laissé passer celle-ci&#xa0;: il est injoignable, demande sa propre authentification ou refuse l&apos;adresse du registre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s certificate is not trusted</source>
        <translation>Le certificat du registre n&apos;est pas approuvé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secure connection presents a certificate this computer does not trust. When the issuer is not Microsoft&apos;s, a company proxy or antivirus is usually opening secure connections to inspect them; Docker then refuses to send credentials.</source>
        <translation>La connexion sécurisée présente un certificat que cet ordinateur n&apos;approuve pas. Si l&apos;émetteur n&apos;est pas Microsoft, c&apos;est en général un proxy d&apos;entreprise ou un antivirus qui ouvre les connexions sécurisées pour les inspecter&#xa0;; Docker refuse alors d&apos;envoyer les informations d&apos;identification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s firewall does not allow your network</source>
        <translation>Le pare-feu du registre n&apos;autorise pas votre réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered, but refused this computer&apos;s public IP address. The registry only accepts connections from selected networks, or its public access is turned off.</source>
        <translation>Le registre a répondu, mais a refusé l&apos;adresse IP publique de cet ordinateur. Le registre n&apos;accepte que les connexions provenant de réseaux sélectionnés, ou son accès public est désactivé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry is only reachable through its private network</source>
        <translation>Le registre n&apos;est joignable que par son réseau privé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s name points to a private endpoint (a private address in an Azure virtual network). From outside that network, for example from home or without the VPN, the connection cannot succeed; inside it, the private DNS zone must be set up.</source>
        <translation>Le nom du registre pointe vers un point de terminaison privé (une adresse privée dans un réseau virtuel Azure). Hors de ce réseau, par exemple depuis chez vous ou sans le VPN, la connexion ne peut pas aboutir&#xa0;; à l&apos;intérieur, la zone DNS privée doit être configurée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry is limiting requests</source>
        <translation>Le registre limite les requêtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered 429 (too many requests): it is slowing down clients that send many requests in a short time. Waiting a little and trying again usually works.</source>
        <translation>Le registre a répondu 429 (trop de requêtes)&#xa0;: il ralentit les clients qui envoient beaucoup de requêtes en peu de temps. Attendre un peu puis réessayer suffit généralement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address is not a container registry</source>
        <translation>L&apos;adresse n&apos;est pas un registre de conteneurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something answered at this address, but not as a container registry does. The address is probably wrong, or a web page (a proxy&apos;s block page, a captive portal) answered instead.</source>
        <translation>Quelque chose a répondu à cette adresse, mais pas comme le fait un registre de conteneurs. L&apos;adresse est probablement erronée, ou c&apos;est une page web qui a répondu à la place (la page de blocage d&apos;un proxy, un portail captif).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry has a problem on its side</source>
        <translation>Le registre a un problème de son côté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry was reached but gave no usable answer: a server error (5xx), an answer cut short, or no answer in time. This is not caused by your sign-in; it is usually temporary.</source>
        <translation>Le registre a été joint mais n&apos;a pas donné de réponse exploitable&#xa0;: une erreur serveur (5xx), une réponse tronquée ou aucune réponse à temps. Cela ne vient pas de votre connexion et c&apos;est généralement temporaire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no credentials for this registry</source>
        <translation>Il n&apos;y a aucune information d&apos;identification pour ce registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was given to sign in with, and Docker has nothing saved for this registry. Docker then tries without signing in, and the registry answers unauthorized.</source>
        <translation>Rien n&apos;a été fourni pour se connecter, et Docker n&apos;a rien d&apos;enregistré pour ce registre. Docker essaie alors sans se connecter, et le registre répond unauthorized (non autorisé).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name or password is wrong</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused the credentials. For a service principal the user name is the application (client) ID and the password is its client secret; for the admin account both come from the registry&apos;s Access keys page; for a token, from its Tokens page.</source>
        <translation>Le registre a refusé les informations d&apos;identification. Pour un principal de service, le nom d&apos;utilisateur est l&apos;ID d&apos;application (client) et le mot de passe est son secret client&#xa0;; pour le compte administrateur, les deux se trouvent sur la page Clés d&apos;accès du registre&#xa0;; pour un jeton, sur sa page Jetons.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name is not known to the registry</source>
        <translation>Le registre ne connaît pas le nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered &quot;Application not registered with AAD&quot;: the user name is not an identity it knows. A common mistake is using an e-mail address or a display name where the service principal&apos;s application (client) ID belongs.</source>
        <translation>Le registre a répondu «&#xa0;Application not registered with AAD&#xa0;»&#xa0;: le nom d&apos;utilisateur ne correspond à aucune identité qu&apos;il connaît. Une erreur fréquente consiste à utiliser une adresse e-mail ou un nom d&apos;affichage à la place de l&apos;ID d&apos;application (client) du principal de service.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in works but lacks the rights</source>
        <translation>La connexion fonctionne, mais les droits manquent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credentials are valid, but they do not allow what you are trying to do on this repository. Pulling needs the AcrPull role (or a token allowing read); pushing needs AcrPush (or a token allowing write). A role assigned minutes ago can take up to about ten minutes to apply.</source>
        <translation>Les informations d&apos;identification sont valides, mais elles ne permettent pas ce que vous essayez de faire sur ce référentiel. Le pull nécessite le rôle AcrPull (ou un jeton autorisant la lecture)&#xa0;; le push nécessite AcrPush (ou un jeton autorisant l&apos;écriture). Un rôle attribué il y a quelques minutes peut mettre jusqu&apos;à dix minutes environ à s&apos;appliquer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in has expired</source>
        <translation>La connexion a expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved sign-in is no longer valid. After az acr login, the registry&apos;s token lasts about three hours; service principal secrets and token passwords also have an expiry date.</source>
        <translation>La connexion enregistrée n&apos;est plus valide. Après az acr login, le jeton du registre dure environ trois heures&#xa0;; les secrets des principaux de service et les mots de passe des jetons ont aussi une date d&apos;expiration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker&apos;s credential store is not working</source>
        <translation>Le magasin d&apos;informations d&apos;identification de Docker ne fonctionne pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker keeps passwords in a credential store (Docker Desktop, Windows Credential Manager, macOS Keychain...). The store named in Docker&apos;s settings is missing or fails, so Docker cannot save or read the registry&apos;s credentials.</source>
        <translation>Docker conserve les mots de passe dans un magasin d&apos;informations d&apos;identification (Docker Desktop, Gestionnaire d&apos;informations d&apos;identification Windows, trousseau macOS...). Le magasin indiqué dans les paramètres de Docker est absent ou en échec&#xa0;: Docker ne peut donc ni enregistrer ni lire les informations d&apos;identification du registre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure CLI is not signed in</source>
        <translation>Azure CLI n&apos;est pas connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>az acr login uses your Azure CLI sign-in to get a registry token. The Azure CLI on this computer is not signed in (or is not installed), so it cannot.</source>
        <translation>az acr login utilise votre connexion Azure CLI pour obtenir un jeton du registre. Sur cet ordinateur, Azure CLI n&apos;est pas connecté (ou n&apos;est pas installé)&#xa0;: il ne peut donc pas le faire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s clock is wrong</source>
        <translation>L&apos;horloge de cet ordinateur est incorrecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in tokens are valid for a limited time. When this computer&apos;s clock is several minutes off, fresh tokens look expired or not yet valid, and secure connections can fail.</source>
        <translation>Les jetons de connexion ont une durée de validité limitée. Quand l&apos;horloge de cet ordinateur est décalée de plusieurs minutes, des jetons tout juste émis semblent expirés ou pas encore valides, et les connexions sécurisées peuvent échouer.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The secure connection presents a certificate this computer does not trust. When the issuer is not Microsoft&apos;s, a company proxy or antivirus is usually opening secure connections to inspect them; %1 then refuses to send credentials.</source>
        <translation>La connexion sécurisée présente un certificat que cet ordinateur n&apos;approuve pas. Si l&apos;émetteur n&apos;est pas Microsoft, c&apos;est en général un proxy d&apos;entreprise ou un antivirus qui ouvre les connexions sécurisées pour les inspecter&#xa0;; %1 refuse alors d&apos;envoyer les informations d&apos;identification.</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>Update the Azure CLI the way it was installed (shown here: winget on Windows, Homebrew on macOS, the Debian and Ubuntu packages on Linux), then check its version:</source>
        <translation>Mettez à jour Azure CLI de la façon dont elle a été installée (ici&#xa0;: winget sous Windows, Homebrew sous macOS, les paquets Debian et Ubuntu sous Linux), puis vérifiez sa version&#xa0;:</translation>
    </message>
    <message>
        <location line="-452"/>
        <source>Azure Container Registry built-in roles</source>
        <translation>Rôles intégrés d&apos;Azure Container Registry</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pull images to a Kubernetes cluster with a pull secret</source>
        <translation>Tirer des images vers un cluster Kubernetes avec un secret d&apos;extraction</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>az acr login needs a Docker engine it cannot reach</source>
        <translation>az acr login a besoin d&apos;un moteur Docker qu&apos;il ne peut pas joindre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>az acr login gets a registry token and then passes it to docker login, so it needs a running Docker engine. Without one (in Azure Cloud Shell, on a build agent without Docker, or with Podman or Helm instead of Docker), ask the Azure CLI for the token with --expose-token and give it to your client yourself.</source>
        <translation>az acr login obtient un jeton de registre puis le transmet à docker login&#xa0;: il a donc besoin d&apos;un moteur Docker en cours d&apos;exécution. Sans moteur (dans Azure Cloud Shell, sur un agent de build sans Docker, ou avec Podman ou Helm au lieu de Docker), demandez le jeton à Azure CLI avec --expose-token et donnez-le vous-même à votre client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pipeline passed an empty user name or password</source>
        <translation>Le pipeline a transmis un nom d&apos;utilisateur ou un mot de passe vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in step received an empty user name or password. In a pipeline this usually means that the secret variable is not set, is misspelled, or is not available to this run (for example in a pull request from a fork, or in another environment or variable group).</source>
        <translation>L&apos;étape d&apos;authentification a reçu un nom d&apos;utilisateur ou un mot de passe vide. Dans un pipeline, cela signifie généralement que la variable secrète n&apos;est pas définie, est mal orthographiée ou n&apos;est pas disponible pour cette exécution (par exemple dans une demande de tirage issue d&apos;une duplication, ou dans un autre environnement ou groupe de variables).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pod&apos;s image pull secret is missing or does not fit</source>
        <translation>Le secret d&apos;extraction d&apos;image du pod est absent ou ne convient pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kubernetes pulls the image with the secrets named in the pod&apos;s imagePullSecrets or in its service account. The secret named there does not exist in the pod&apos;s namespace, or it holds credentials for another registry, so the node pulls without signing in.</source>
        <translation>Kubernetes tire l&apos;image avec les secrets nommés dans imagePullSecrets du pod ou dans son compte de service. Le secret nommé n&apos;existe pas dans l&apos;espace de noms du pod, ou il contient les informations d&apos;identification d&apos;un autre registre&#xa0;: le nœud tire donc l&apos;image sans s&apos;authentifier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image has no variant for this platform</source>
        <translation>L&apos;image n&apos;a pas de variante pour cette plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag points to a list of images for several platforms (operating system and processor), and none of them is for the platform that pulls it, for example linux/arm64 on an Apple silicon Mac or an Arm node. This is not a sign-in problem.</source>
        <translation>Le tag désigne une liste d&apos;images pour plusieurs plateformes (système d&apos;exploitation et processeur), et aucune n&apos;est pour la plateforme qui la tire, par exemple linux/arm64 sur un Mac Apple silicon ou un nœud Arm. Ce n&apos;est pas un problème d&apos;authentification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multifactor authentication or Conditional Access blocks the sign-in</source>
        <translation>L&apos;authentification multifacteur ou l&apos;accès conditionnel bloque l&apos;authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Entra ID refused to issue a token without multifactor authentication, or a Conditional Access policy blocks this sign-in (AADSTS50076, AADSTS50079, AADSTS53003). A sign-in without a person present, such as a password in a script, cannot satisfy it: sign in interactively, or use a service principal or a managed identity for automation.</source>
        <translation>Microsoft Entra ID a refusé d&apos;émettre un jeton sans authentification multifacteur, ou une stratégie d&apos;accès conditionnel bloque cette authentification (AADSTS50076, AADSTS50079, AADSTS53003). Une authentification sans personne présente, comme un mot de passe dans un script, ne peut pas y répondre&#xa0;: connectez-vous de manière interactive, ou utilisez un principal de service ou une identité managée pour l&apos;automatisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The BuildKit builder does not trust the registry&apos;s certificate</source>
        <translation>Le générateur BuildKit ne fait pas confiance au certificat du registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>docker buildx builds in a separate BuildKit container (the docker-container driver) with its own list of trusted certificate authorities. A certificate authority that this computer or Docker trusts, such as a company proxy&apos;s or a private registry&apos;s, is not trusted inside the builder, so the build cannot pull or push.</source>
        <translation>docker buildx génère dans un conteneur BuildKit distinct (le pilote docker-container) avec sa propre liste d&apos;autorités de certification approuvées. Une autorité de certification approuvée par cet ordinateur ou par Docker, comme celle d&apos;un proxy d&apos;entreprise ou d&apos;un registre privé, n&apos;est pas approuvée dans le générateur&#xa0;: la build ne peut donc ni tirer ni envoyer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The docker command is Podman</source>
        <translation>La commande docker est Podman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this computer, docker runs Podman through its Docker emulation. Podman keeps its sign-ins in its own file (auth.json) and has no Docker engine or Docker Desktop, so advice about the Docker daemon, Docker Desktop or Docker&apos;s credential store does not apply; use Podman&apos;s commands instead.</source>
        <translation>Sur cet ordinateur, docker exécute Podman par son émulation de Docker. Podman conserve ses authentifications dans son propre fichier (auth.json) et n&apos;a ni moteur Docker ni Docker Desktop&#xa0;: les conseils sur le démon Docker, Docker Desktop ou le magasin d&apos;informations d&apos;identification de Docker ne s&apos;appliquent pas&#xa0;; utilisez plutôt les commandes de Podman.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure CLI is too old for this command</source>
        <translation>Azure CLI est trop ancienne pour cette commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The installed Azure CLI does not know an option that the command uses, such as --expose-token of az acr login. Update the Azure CLI, then run the command again.</source>
        <translation>L&apos;Azure CLI installée ne connaît pas une option utilisée par la commande, comme --expose-token de az acr login. Mettez à jour Azure CLI, puis exécutez de nouveau la commande.</translation>
    </message>
    <message>
        <location line="+306"/>
        <source>Get the registry token without Docker and sign in with your client; the user name is 00000000-0000-0000-0000-000000000000 (shown here for Podman; for Helm use helm registry login):</source>
        <translation>Obtenez le jeton du registre sans Docker et connectez-vous avec votre client&#xa0;; le nom d&apos;utilisateur est 00000000-0000-0000-0000-000000000000 (ici pour Podman&#xa0;; pour Helm, utilisez helm registry login)&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check that the secret is defined for this pipeline and this run, and that the step reads it by its exact name. Stop the job early when it is empty:</source>
        <translation>Vérifiez que le secret est défini pour ce pipeline et cette exécution, et que l&apos;étape le lit sous son nom exact. Arrêtez le travail dès le début s&apos;il est vide&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See which pull secret the pod names, and whether it exists in the pod&apos;s namespace:</source>
        <translation>Regardez quel secret d&apos;extraction le pod nomme, et s&apos;il existe dans l&apos;espace de noms du pod&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On AKS, let the cluster pull with its own identity instead of a secret:</source>
        <translation>Sur AKS, laissez le cluster tirer avec sa propre identité au lieu d&apos;un secret&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See which platforms the tag offers, then pull one of them explicitly or build the image for your platform too:</source>
        <translation>Regardez quelles plateformes le tag propose, puis tirez explicitement l&apos;une d&apos;elles, ou générez aussi l&apos;image pour votre plateforme&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in again interactively, so that you can complete multifactor authentication, then sign in to the registry:</source>
        <translation>Connectez-vous de nouveau de manière interactive pour terminer l&apos;authentification multifacteur, puis connectez-vous au registre&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For pipelines and scripts, sign in with a service principal or a managed identity instead of a user account.</source>
        <translation>Pour les pipelines et les scripts, connectez-vous avec un principal de service ou une identité managée plutôt qu&apos;avec un compte d&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a BuildKit configuration file, buildkitd.toml, that trusts your certificate authority for this registry (give the path of its PEM file on this computer):</source>
        <translation>Écrivez un fichier de configuration BuildKit, buildkitd.toml, qui approuve votre autorité de certification pour ce registre (indiquez le chemin de son fichier PEM sur cet ordinateur)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a builder with that configuration and use it:</source>
        <translation>Créez un générateur avec cette configuration et utilisez-le&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in with Podman, then check that Podman has a sign-in for the registry:</source>
        <translation>Connectez-vous avec Podman, puis vérifiez que Podman a une authentification pour le registre&#xa0;:</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>%1: signing in</source>
        <translation>%1 : connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: permissions</source>
        <translation>%1 : autorisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: pull limits</source>
        <translation>%1 : limites d&apos;extraction</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The token used as the password has expired or was revoked. Access tokens and robot account secrets have the expiry date chosen when they were created; create a new one and sign in again.</source>
        <translation>Le jeton utilisé comme mot de passe a expiré ou a été révoqué. Les jetons d&apos;accès et les secrets des comptes robot ont la date d&apos;expiration choisie lors de leur création ; créez-en un nouveau et reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker Hub refused the user name or password. The user name is your Docker ID, not your e-mail address. With two-step verification on, or when your organization enforces single sign-on, the password must be a personal access token instead of your account password.</source>
        <translation>Docker Hub a refusé le nom d&apos;utilisateur ou le mot de passe. Le nom d&apos;utilisateur est votre Docker ID, pas votre adresse e-mail. Avec la vérification en deux étapes activée, ou si votre organisation impose l&apos;authentification unique, le mot de passe doit être un jeton d&apos;accès personnel et non le mot de passe du compte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but Docker Hub does not let this account do this on the repository: the repository is private and the account has no access to it, or the access token is read-only and you are pushing.</source>
        <translation>La connexion fonctionne, mais Docker Hub n&apos;autorise pas ce compte à faire cela sur le référentiel : le référentiel est privé et le compte n&apos;y a pas accès, ou le jeton d&apos;accès est en lecture seule et vous envoyez (push).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Docker Hub limits how many pulls an account or an IP address may make in a period of hours. Pulls while signed in count against your account&apos;s limit; anonymous pulls against your IP address&apos;s, shared with everyone behind it. Signing in, a paid plan or a registry mirror raises the limit.</source>
        <translation>Docker Hub limite le nombre d&apos;extractions qu&apos;un compte ou une adresse IP peut faire sur une période de quelques heures. Les extractions en étant connecté comptent pour la limite de votre compte ; les extractions anonymes pour celle de votre adresse IP, partagée avec tous ceux qui l&apos;utilisent. Se connecter, un abonnement payant ou un miroir de registre augmente la limite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub Container Registry refused the credentials. The user name is your GitHub login and the password a personal access token (classic) with the read:packages scope, and write:packages to push; your GitHub password and fine-grained tokens are not accepted. In GitHub Actions, use GITHUB_TOKEN.</source>
        <translation>GitHub Container Registry a refusé les informations d&apos;identification. Le nom d&apos;utilisateur est votre identifiant GitHub et le mot de passe un jeton d&apos;accès personnel (classic) avec l&apos;étendue read:packages, et write:packages pour envoyer ; votre mot de passe GitHub et les jetons à granularité fine ne sont pas acceptés. Dans GitHub Actions, utilisez GITHUB_TOKEN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but GitHub does not let this token do this on the package: a personal access token (classic) needs read:packages to pull and write:packages to push, and your account needs access to the package. In GitHub Actions, the package must give the workflow&apos;s repository access (package settings, Manage Actions access).</source>
        <translation>La connexion fonctionne, mais GitHub n&apos;autorise pas ce jeton à faire cela sur le package : un jeton d&apos;accès personnel (classic) a besoin de read:packages pour extraire et de write:packages pour envoyer, et votre compte doit avoir accès au package. Dans GitHub Actions, le package doit donner accès au référentiel du workflow (paramètres du package, Manage Actions access).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon ECR refused the credentials. The user name is always AWS and the password a token from aws ecr get-login-password, made for the registry&apos;s own region and account; your AWS access keys are not a registry password.</source>
        <translation>Amazon ECR a refusé les informations d&apos;identification. Le nom d&apos;utilisateur est toujours AWS et le mot de passe un jeton de aws ecr get-login-password, créé pour la région et le compte du registre ; vos clés d&apos;accès AWS ne sont pas un mot de passe de registre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Amazon ECR&apos;s sign-in tokens last 12 hours. The saved token is older than that, so the registry no longer accepts it; get a new one (or let the docker-credential-ecr-login helper get one each time).</source>
        <translation>Les jetons de connexion d&apos;Amazon ECR durent 12 heures. Le jeton enregistré est plus ancien, le registre ne l&apos;accepte donc plus ; obtenez-en un nouveau (ou laissez l&apos;assistant docker-credential-ecr-login en obtenir un à chaque fois).</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The sign-in works, but the AWS identity that made the token may not do this on the repository: pulling needs ecr:BatchGetImage and ecr:GetDownloadUrlForLayer (the AmazonEC2ContainerRegistryReadOnly policy has them), pushing also ecr:PutImage and the layer upload actions. A repository policy can also deny it.</source>
        <translation>La connexion fonctionne, mais l&apos;identité AWS qui a créé le jeton ne peut pas faire cela sur le référentiel : extraire demande ecr:BatchGetImage et ecr:GetDownloadUrlForLayer (la stratégie AmazonEC2ContainerRegistryReadOnly les contient), envoyer demande aussi ecr:PutImage et les actions de chargement des couches. Une stratégie de référentiel peut aussi l&apos;interdire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon ECR Public refused the credentials. The user name is always AWS and the password a token from aws ecr-public get-login-password --region us-east-1.</source>
        <translation>Amazon ECR Public a refusé les informations d&apos;identification. Le nom d&apos;utilisateur est toujours AWS et le mot de passe un jeton de aws ecr-public get-login-password --region us-east-1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Google&apos;s registry refused the credentials. With the gcloud CLI, gcloud auth configure-docker for this host lets Docker use your gcloud sign-in. By hand, the user name is oauth2accesstoken with a token from gcloud auth print-access-token, or _json_key (or _json_key_base64) with a service account key.</source>
        <translation>Le registre de Google a refusé les informations d&apos;identification. Avec la gcloud CLI, gcloud auth configure-docker pour cet hôte permet à Docker d&apos;utiliser votre connexion gcloud. À la main, le nom d&apos;utilisateur est oauth2accesstoken avec un jeton de gcloud auth print-access-token, ou _json_key (ou _json_key_base64) avec une clé de compte de service.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google access tokens last one hour. A token given to docker login by hand stops working after that; the gcloud credential helper (gcloud auth configure-docker) gets a new one every time.</source>
        <translation>Les jetons d&apos;accès Google durent une heure. Un jeton donné à la main à docker login ne fonctionne plus ensuite ; l&apos;assistant d&apos;informations d&apos;identification de gcloud (gcloud auth configure-docker) en obtient un nouveau à chaque fois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in works, but the Google account or service account lacks the role: pulling needs Artifact Registry Reader (roles/artifactregistry.reader) on the repository or project, pushing Artifact Registry Writer (roles/artifactregistry.writer).</source>
        <translation>La connexion fonctionne, mais il manque le rôle au compte Google ou au compte de service : extraire demande Artifact Registry Reader (roles/artifactregistry.reader) sur le référentiel ou le projet, envoyer Artifact Registry Writer (roles/artifactregistry.writer).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Harbor refused the credentials. Use your Harbor user name and password (with single sign-on, the CLI secret from your user profile), or a robot account: its name starts with robot$ and its password is the secret shown when it was created. In a shell, put the name in single quotes, or the $ and what follows disappear.</source>
        <translation>Harbor a refusé les informations d&apos;identification. Utilisez votre nom d&apos;utilisateur et votre mot de passe Harbor (avec l&apos;authentification unique, le secret CLI de votre profil utilisateur), ou un compte robot : son nom commence par robot$ et son mot de passe est le secret affiché lors de sa création. Dans un shell, mettez le nom entre apostrophes, sinon le $ et ce qui suit disparaissent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but the account is not a member of this Harbor project with enough rights (Guest to pull, Developer to push), or the robot account lacks the pull or push permission for the project.</source>
        <translation>La connexion fonctionne, mais le compte n&apos;est pas membre de ce projet Harbor avec des droits suffisants (Guest pour extraire, Developer pour envoyer), ou le compte robot n&apos;a pas l&apos;autorisation pull ou push pour le projet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quay refused the credentials. Use your Quay user name with an encrypted password, or a robot account (a name like organization+robot) with its token; both come from Quay&apos;s account or organization settings.</source>
        <translation>Quay a refusé les informations d&apos;identification. Utilisez votre nom d&apos;utilisateur Quay avec un mot de passe chiffré, ou un compte robot (un nom comme organisation+robot) avec son jeton ; les deux se trouvent dans les paramètres du compte ou de l&apos;organisation dans Quay.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but the account or robot account has no read (or write) permission on this repository; an administrator of the organization grants it in the repository&apos;s settings.</source>
        <translation>La connexion fonctionne, mais le compte ou le compte robot n&apos;a pas l&apos;autorisation de lecture (ou d&apos;écriture) sur ce référentiel ; un administrateur de l&apos;organisation l&apos;accorde dans les paramètres du référentiel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitLab refused the credentials. Use your GitLab user name with a personal access token that has the read_registry scope (write_registry to push), or a deploy token; in a pipeline, CI_REGISTRY_USER with CI_JOB_TOKEN. With two-factor authentication on, your account password does not work.</source>
        <translation>GitLab a refusé les informations d&apos;identification. Utilisez votre nom d&apos;utilisateur GitLab avec un jeton d&apos;accès personnel ayant l&apos;étendue read_registry (write_registry pour envoyer), ou un jeton de déploiement ; dans un pipeline, CI_REGISTRY_USER avec CI_JOB_TOKEN. Avec l&apos;authentification à deux facteurs activée, le mot de passe du compte ne fonctionne pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but this token or user may not do this on the project&apos;s registry: the token needs read_registry (write_registry to push), and the user at least the Reporter role on the project (Developer to push).</source>
        <translation>La connexion fonctionne, mais ce jeton ou cet utilisateur ne peut pas faire cela sur le registre du projet : le jeton a besoin de read_registry (write_registry pour envoyer), et l&apos;utilisateur au moins du rôle Reporter sur le projet (Developer pour envoyer).</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>The saved login is for another registry address</source>
        <translation>La connexion enregistrée concerne une autre adresse de registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker keeps one login per registry address. It has a login for a neighbouring address (another AWS account or region, another Google registry host), but none for the one you use, so it sends no credentials. Each ECR account and region is a registry of its own, and gcloud auth configure-docker sets up only the hosts it is given.</source>
        <translation>Docker conserve une connexion par adresse de registre. Il en a une pour une adresse voisine (un autre compte ou une autre région AWS, un autre hôte de registre Google), mais aucune pour celle que vous utilisez, il n&apos;envoie donc aucune information d&apos;identification. Chaque compte et chaque région ECR est un registre à part, et gcloud auth configure-docker ne configure que les hôtes qu&apos;on lui donne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An e-mail address is used as the user name</source>
        <translation>Une adresse e-mail est utilisée comme nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name is an e-mail address, but this registry signs in with a login name: your Docker ID on Docker Hub, your GitHub login on GitHub, AWS on Amazon ECR, oauth2accesstoken or _json_key on Google, a user or robot name on Quay; on Azure, a service principal&apos;s application (client) ID, the admin user name or a token name.</source>
        <translation>Le nom d&apos;utilisateur est une adresse e-mail, mais ce registre attend un nom de connexion : votre Docker ID sur Docker Hub, votre identifiant GitHub sur GitHub, AWS sur Amazon ECR, oauth2accesstoken ou _json_key sur Google, un nom d&apos;utilisateur ou de robot sur Quay ; sur Azure, l&apos;ID d&apos;application (client) d&apos;un principal de service, le nom du compte administrateur ou un nom de jeton.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure CLI is signed in to another Azure cloud</source>
        <translation>Azure CLI est connectée à un autre cloud Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registries in Azure operated by 21Vianet (.azurecr.cn) and Azure Government (.azurecr.us) live in clouds of their own, with their own accounts. The Azure CLI is signed in to a different cloud than the registry&apos;s, so az acr login cannot get a token for it (Microsoft Entra ID answers with errors such as AADSTS90002).</source>
        <translation>Les registres dans Azure géré par 21Vianet (.azurecr.cn) et Azure Government (.azurecr.us) se trouvent dans des clouds distincts, avec leurs propres comptes. Azure CLI est connectée à un autre cloud que celui du registre, donc az acr login ne peut pas obtenir de jeton (Microsoft Entra ID répond par des erreurs telles que AADSTS90002).</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Configure rules to access a registry behind a firewall</source>
        <translation>Configurer des règles pour accéder à un registre derrière un pare-feu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dedicated data endpoints</source>
        <translation>Points de terminaison de données dédiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View repositories in a registry</source>
        <translation>Afficher les référentiels d&apos;un registre</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The image does not exist in this registry</source>
        <translation>L&apos;image n&apos;existe pas dans ce registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in works and the registry answered, but it has no image by this name: the repository or its tag does not exist, as opposed to existing and being refused to you. Clients report it as &quot;manifest unknown&quot;, &quot;name unknown&quot; or &quot;not found&quot;. The name is often misspelled, lacks its namespace (team/app), points at another registry, or the tag was never pushed.</source>
        <translation>L&apos;authentification fonctionne et le registre a répondu, mais il n&apos;a aucune image de ce nom&#xa0;: le référentiel ou son tag n&apos;existe pas, ce qui est différent d&apos;un accès refusé. Les clients le signalent par «&#xa0;manifest unknown&#xa0;», «&#xa0;name unknown&#xa0;» ou «&#xa0;not found&#xa0;». Souvent, le nom est mal orthographié, il lui manque son espace de noms (team/app), il désigne un autre registre, ou le tag n&apos;a jamais été envoyé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers cannot be downloaded: the data endpoint is blocked</source>
        <translation>Impossible de télécharger les couches&#xa0;: le point de terminaison de données est bloqué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in works, but a registry does not send image layers itself: it redirects the download to another host (a storage account, a CDN, or for Azure Container Registry with dedicated data endpoints REGISTRY.REGION.data.azurecr.io). This network does not let this computer reach that host, so pulls stop at the first layer. The firewall must allow that host as well as the registry.</source>
        <translation>L&apos;authentification fonctionne, mais un registre n&apos;envoie pas lui-même les couches des images&#xa0;: il redirige le téléchargement vers un autre hôte (un compte de stockage, un CDN ou, pour Azure Container Registry avec des points de terminaison de données dédiés, REGISTRY.REGION.data.azurecr.io). Ce réseau ne permet pas à cet ordinateur de joindre cet hôte, si bien que l&apos;extraction s&apos;arrête à la première couche. Le pare-feu doit autoriser cet hôte en plus du registre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry speaks plain HTTP, not HTTPS</source>
        <translation>Le registre parle HTTP en clair, pas HTTPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answers without TLS. Docker uses HTTPS for every registry outside 127.0.0.0/8, and Podman and Skopeo for every registry not marked insecure; they stop with &quot;server gave HTTP response to HTTPS client&quot;. Either set up TLS on the registry, or list it as an insecure registry in the client&apos;s settings; credentials then travel unencrypted.</source>
        <translation>Le registre répond sans TLS. Docker utilise HTTPS pour tout registre hors de 127.0.0.0/8, Podman et Skopeo pour tout registre non marqué comme non sécurisé&#xa0;; ils s&apos;arrêtent sur «&#xa0;server gave HTTP response to HTTPS client&#xa0;». Configurez TLS sur le registre, ou déclarez-le comme registre non sécurisé dans les paramètres du client&#xa0;; les informations d&apos;identification circulent alors sans chiffrement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s token service cannot be used</source>
        <translation>Le service de jetons du registre est inutilisable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered and sent clients to a token service at another address (the realm of its challenge), and that service cannot be reached or does not answer as a token service does. Every client fails the same way. This is usually a setting of a self-hosted registry (its token realm names an internal address, a wrong port or a service that is not running), not a problem with your password.</source>
        <translation>Le registre a répondu et a envoyé les clients vers un service de jetons à une autre adresse (le realm de son défi d&apos;authentification), mais ce service est injoignable ou ne répond pas comme un service de jetons. Tous les clients échouent de la même façon. Il s&apos;agit en général d&apos;un paramètre d&apos;un registre auto-hébergé (son realm de jeton désigne une adresse interne, un mauvais port ou un service arrêté), et non d&apos;un problème de mot de passe.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Azure ABAC repository permissions</source>
        <translation>Autorisations de référentiel Azure ABAC</translation>
    </message>
    <message>
        <location line="+447"/>
        <source>Compare the connection over IPv6 and over IPv4 (in PowerShell, give the addresses that Resolve-DnsName shows):</source>
        <translation>Comparez la connexion en IPv6 et en IPv4 (dans PowerShell, indiquez les adresses affichées par Resolve-DnsName)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask your network administrator for a working IPv6 route. Until then, turn IPv6 off on the network adapter that has no IPv6 route (Windows: give the adapter&apos;s name; Linux: for all interfaces, until the next restart):</source>
        <translation>Demandez à votre administrateur réseau une route IPv6 qui fonctionne. D&apos;ici là, désactivez IPv6 sur la carte réseau qui n&apos;a pas de route IPv6 (Windows&#xa0;: indiquez le nom de la carte&#xa0;; Linux&#xa0;: pour toutes les interfaces, jusqu&apos;au prochain redémarrage)&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the registry&apos;s permissions mode (AbacRepositoryPermissions means ABAC repository permissions):</source>
        <translation>Vérifiez le mode d&apos;autorisations du registre (AbacRepositoryPermissions signifie autorisations de référentiel ABAC)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the registry owner to assign the Container Registry Repository role instead of AcrPull or AcrPush (Reader to pull, Writer to push, Contributor to delete too):</source>
        <translation>Demandez au propriétaire du registre d&apos;attribuer le rôle Container Registry Repository au lieu d&apos;AcrPull ou d&apos;AcrPush (Reader pour tirer, Writer pour envoyer, Contributor pour supprimer aussi)&#xa0;:</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>The registry is reachable over IPv4 but not over IPv6</source>
        <translation>Le registre est joignable en IPv4, mais pas en IPv6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s name has IPv6 and IPv4 addresses, and this network has no working IPv6 route: connecting over IPv6 fails, over IPv4 it works. Programs that try IPv6 first and do not fall back to IPv4 stop with errors such as &quot;connect: network is unreachable&quot; next to an address in brackets. Either the network gets a working IPv6 route, or this computer stops offering IPv6 where it has none.</source>
        <translation>Le nom du registre a des adresses IPv6 et IPv4, et ce réseau n&apos;a pas de route IPv6 qui fonctionne&#xa0;: la connexion échoue en IPv6 et fonctionne en IPv4. Les programmes qui essaient d&apos;abord IPv6 sans se rabattre sur IPv4 s&apos;arrêtent avec des erreurs comme « connect: network is unreachable » à côté d&apos;une adresse entre crochets. Soit le réseau obtient une route IPv6 qui fonctionne, soit cet ordinateur cesse de proposer IPv6 là où il n&apos;en a pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry uses ABAC repository permissions, where AcrPull and AcrPush do not apply</source>
        <translation>Le registre utilise les autorisations de référentiel ABAC, où AcrPull et AcrPush ne s&apos;appliquent pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s role assignment permissions mode is &quot;RBAC Registry + ABAC Repository Permissions&quot;. In this mode the AcrPull, AcrPush and AcrDelete roles are not honoured, and Owner, Contributor and Reader give no access to repositories: pulling needs Container Registry Repository Reader, pushing Container Registry Repository Writer, deleting Container Registry Repository Contributor, on the registry or, with an ABAC condition, on some repositories.</source>
        <translation>Le mode d&apos;autorisations d&apos;attribution de rôle du registre est « RBAC Registry + ABAC Repository Permissions ». Dans ce mode, les rôles AcrPull, AcrPush et AcrDelete ne sont pas pris en compte, et Owner, Contributor et Reader ne donnent pas accès aux référentiels&#xa0;: tirer (pull) nécessite Container Registry Repository Reader, envoyer (push) Container Registry Repository Writer, supprimer Container Registry Repository Contributor, sur le registre ou, avec une condition ABAC, sur certains référentiels.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Docker: daemon proxy configuration</source>
        <translation>Docker&#xa0;: configuration du proxy du démon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker Desktop: proxy settings</source>
        <translation>Docker Desktop&#xa0;: paramètres de proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker: insecure registries</source>
        <translation>Docker&#xa0;: registres non sécurisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker: certificates for a registry</source>
        <translation>Docker&#xa0;: certificats pour un registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker contexts</source>
        <translation>Contextes Docker</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The Docker engine uses another proxy than this computer</source>
        <translation>Le moteur Docker utilise un autre proxy que cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>docker pull, docker push and, while the engine runs, docker login do not connect from your terminal: the Docker engine connects, with its own proxy settings. Those differ from the ones this check used (your environment&apos;s), so the engine can fail where this check succeeds, or the other way round.</source>
        <translation>docker pull, docker push et, tant que le moteur s&apos;exécute, docker login ne se connectent pas depuis votre terminal&#xa0;: c&apos;est le moteur Docker qui se connecte, avec ses propres paramètres de proxy. Ceux-ci diffèrent de ceux qu&apos;a utilisés cette vérification (ceux de votre environnement)&#xa0;; le moteur peut donc échouer là où cette vérification réussit, ou l&apos;inverse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker does not check this registry&apos;s certificate</source>
        <translation>Docker ne vérifie pas le certificat de ce registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Docker engine lists the registry among its insecure registries, so Docker connects without verifying the certificate (and falls back to plain HTTP). That is why docker login can succeed while other programs refuse the connection. Podman, Skopeo, Helm, the Azure CLI and browsers verify certificates and fail, and passwords sent to an unverified server can be read by whoever answers in its place.</source>
        <translation>Le moteur Docker compte ce registre parmi ses registres non sécurisés&#xa0;: Docker s&apos;y connecte donc sans vérifier le certificat (et se rabat sur HTTP en clair). C&apos;est pourquoi docker login peut réussir alors que d&apos;autres programmes refusent la connexion. Podman, Skopeo, Helm, Azure CLI et les navigateurs vérifient les certificats et échouent, et les mots de passe envoyés à un serveur non vérifié peuvent être lus par quiconque répond à sa place.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine is not on this computer</source>
        <translation>Le moteur Docker n&apos;est pas sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulls and pushes are made by the Docker engine, and it runs somewhere else: in Docker Desktop&apos;s virtual machine, in WSL 2, or on another machine through a Docker context or DOCKER_HOST. Its name resolution, trusted certificates and proxy can differ from this computer&apos;s, which this check tested.</source>
        <translation>Les pulls et les pushs sont effectués par le moteur Docker, qui s&apos;exécute ailleurs&#xa0;: dans la machine virtuelle de Docker Desktop, dans WSL 2, ou sur une autre machine via un contexte Docker ou DOCKER_HOST. Sa résolution de noms, ses certificats approuvés et son proxy peuvent différer de ceux de cet ordinateur, que cette vérification a testés.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was given to sign in with, and %1 has nothing saved for this registry. %1 then tries without signing in, and the registry answers unauthorized.</source>
        <translation>Rien n&apos;a été fourni pour se connecter, et %1 n&apos;a rien d&apos;enregistré pour ce registre. %1 essaie alors sans se connecter, et le registre répond unauthorized (non autorisé).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s credential store is not working</source>
        <translation>Le magasin d&apos;informations d&apos;identification de %1 ne fonctionne pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asks a credential store (a docker-credential helper such as pass, secretservice, Windows Credential Manager or macOS Keychain) for the registry&apos;s login. The store named in its settings is missing or fails, so %1 cannot save or read the registry&apos;s credentials.</source>
        <translation>%1 demande la connexion au registre à un magasin d&apos;informations d&apos;identification (un assistant docker-credential comme pass, secretservice, le Gestionnaire d&apos;informations d&apos;identification Windows ou le trousseau macOS). Le magasin indiqué dans ses paramètres est absent ou en échec&#xa0;: %1 ne peut donc ni enregistrer ni lire les informations d&apos;identification du registre.</translation>
    </message>
</context>
<context>
    <name>rd::CertificateFactory</name>
    <message>
        <location filename="../src/core/practice/certificate_factory.cpp" line="+43"/>
        <source>Could not create a certificate (%1).</source>
        <translation>Impossible de créer un certificat (%1).</translation>
    </message>
</context>
<context>
    <name>rd::ChallengeProbe</name>
    <message>
        <location filename="../src/core/probes/challenge_probe.cpp" line="+20"/>
        <source>Skipped: no connection to the registry.</source>
        <translation>Ignorée&#xa0;: aucune connexion au registre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skipped: no secure connection to the registry could be set up, so nothing is sent to it.</source>
        <translation>Ignorée&#xa0;: aucune connexion sécurisée n&apos;a pu être établie avec le registre, donc rien ne lui est envoyé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: the secure connection is not trusted, so nothing is sent to the registry.</source>
        <translation>Ignorée&#xa0;: la connexion sécurisée n&apos;est pas approuvée, donc rien n&apos;est envoyé au registre.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The registry did not answer: %1</source>
        <translation>Le registre n&apos;a pas répondu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The registry answered 401 but did not say how to sign in (no WWW-Authenticate header).</source>
        <translation>Le registre a répondu 401 sans indiquer comment s&apos;authentifier (pas d&apos;en-tête WWW-Authenticate).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s sign-in challenge could not be read: %1</source>
        <translation>La demande d&apos;authentification du registre n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The registry answers and asks for a token from %1 (service %2).</source>
        <translation>Le registre répond et demande un jeton à %1 (service %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry answers and asks for a user name and password (Basic sign-in).</source>
        <translation>Le registre répond et demande un nom d&apos;utilisateur et un mot de passe (authentification Basic).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry asks for an unusual kind of sign-in: %1.</source>
        <translation>Le registre demande un type d&apos;authentification inhabituel&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answers and lets anyone in without signing in.</source>
        <translation>Le registre répond et laisse entrer tout le monde sans authentification.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry refused the connection with 403 Forbidden before any sign-in.</source>
        <translation>Le registre a refusé la connexion avec 403 Forbidden avant toute authentification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused the connection: your IP address %1 is not allowed by its firewall.</source>
        <translation>Le registre a refusé la connexion&#xa0;: votre adresse IP %1 n&apos;est pas autorisée par son pare-feu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry answered 429: too many requests right now.</source>
        <translation>Le registre a répondu 429&#xa0;: trop de requêtes en ce moment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered 429: too many requests; it asks to wait %1 seconds.</source>
        <translation>Le registre a répondu 429&#xa0;: trop de requêtes&#xa0;; il demande d&apos;attendre %1 secondes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry answered %1: a problem on the server&apos;s side.</source>
        <translation>Le registre a répondu %1&#xa0;: un problème côté serveur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The address answered with a redirect (%1) at /v2/ without saying where to; a container registry never does this, and the check does not follow redirects.</source>
        <translation>L&apos;adresse a répondu par une redirection (%1) sur /v2/ sans indiquer vers où&#xa0;; un registre de conteneurs ne fait jamais cela, et la vérification ne suit pas les redirections.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address answered with a redirect (%1) to %2; a container registry never redirects /v2/, and the check does not follow it: the address leads to a web page or a sign-in portal, not to a registry.</source>
        <translation>L&apos;adresse a répondu par une redirection (%1) vers %2&#xa0;; un registre de conteneurs ne redirige jamais /v2/, et la vérification ne la suit pas&#xa0;: l&apos;adresse mène à une page web ou à un portail de connexion, pas à un registre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address answered %1 at /v2/, which a container registry never does: it is not a registry, or the address is wrong.</source>
        <translation>L&apos;adresse a répondu %1 sur /v2/, ce que ne fait jamais un registre de conteneurs&#xa0;: ce n&apos;est pas un registre, ou l&apos;adresse est erronée.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/challenge_probe.h" line="+19"/>
        <source>Registry answer</source>
        <translation>Réponse du registre</translation>
    </message>
    <message>
        <location filename="../src/core/probes/challenge_probe.cpp" line="-44"/>
        <source>The registry answers and asks for a token from %1.</source>
        <translation>Le registre répond et demande un jeton à %1.</translation>
    </message>
</context>
<context>
    <name>rd::Check</name>
    <message>
        <location filename="../src/core/diagnosis/check.cpp" line="+106"/>
        <source>Not run: the check was cancelled.</source>
        <translation>Non exécutée&#xa0;: la vérification a été annulée.</translation>
    </message>
</context>
<context>
    <name>rd::CheckingPage</name>
    <message>
        <location filename="../src/gui/checking_page.cpp" line="+79"/>
        <source>Checking</source>
        <extracomment>Name of the third step in the side list of steps (the check is running). Short: one or two words.</extracomment>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show &amp;results</source>
        <translation>Afficher les &amp;résultats</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>The check could not start: %1</source>
        <translation>La vérification n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking the registry…</source>
        <translation>Vérification du registre en cours…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking %1…</source>
        <translation>Vérification de %1 en cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check was stopped</source>
        <translation>La vérification a été arrêtée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check finished</source>
        <translation>Vérification terminée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked %1</source>
        <translation>%1 vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the registry</source>
        <translation>Vérification du registre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %n checks done. This usually takes a few seconds.</source>
        <translation>
            <numerusform>Vérifications terminées&#xa0;: %1 sur %n. Cela ne prend généralement que quelques secondes.</numerusform>
            <numerusform>Vérifications terminées&#xa0;: %1 sur %n. Cela ne prend généralement que quelques secondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n checks ran before you stopped. Go on to see what they found.</source>
        <translation>
            <numerusform>Vérifications exécutées avant l&apos;arrêt&#xa0;: %1 sur %n. Continuez pour voir ce qu&apos;elles ont trouvé.</numerusform>
            <numerusform>Vérifications exécutées avant l&apos;arrêt&#xa0;: %1 sur %n. Continuez pour voir ce qu&apos;elles ont trouvé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %n checks done in %1. No problem found.</source>
        <translation>
            <numerusform>%n vérification terminée en %1. Aucun problème trouvé.</numerusform>
            <numerusform>Les %n vérifications sont terminées en %1. Aucun problème trouvé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check starts in a moment.</source>
        <translation>La vérification commence dans un instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <extracomment>Screen-reader name of the progress bar.</extracomment>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks</source>
        <extracomment>Screen-reader name of the list of individual checks (noun, plural).</extracomment>
        <translation>Vérifications</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>All %1 checks done in %2. %n problem(s) found.</source>
        <extracomment>%1 is the number of checks (always several), %2 how long they took; %n counts the problems.</extracomment>
        <translation>
            <numerusform>Les %1 vérifications sont terminées en %2. %n problème trouvé.</numerusform>
            <numerusform>Les %1 vérifications sont terminées en %2. %n problèmes trouvés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CliApp</name>
    <message>
        <location filename="../src/cli/cli_app.cpp" line="+124"/>
        <source>Run registry-doctor-cli --help for usage.</source>
        <translation>Exécutez registry-doctor-cli --help pour afficher l&apos;aide.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Passwords are never accepted as arguments: they would be visible to other programs and kept in your shell history. Use --password-stdin.</source>
        <translation>Les mots de passe ne sont jamais acceptés en argument&#xa0;: ils seraient visibles par les autres programmes et resteraient dans l&apos;historique de votre shell. Utilisez --password-stdin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use &quot;practice --list&quot; to see the scenarios, and &quot;check --practice SCENARIO&quot; to run one.</source>
        <translation>Utilisez «&#xa0;practice --list&#xa0;» pour voir les scénarios, et «&#xa0;check --practice SCENARIO&#xa0;» pour en lancer un.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give one registry only.</source>
        <translation>Indiquez un seul registre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which registry? Example: registry-doctor-cli check myregistry.azurecr.io</source>
        <translation>Quel registre&#xa0;? Exemple&#xa0;: registry-doctor-cli check myregistry.azurecr.io</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+138"/>
        <source>Unknown format &quot;%1&quot;: use text, json or markdown.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez text, json ou markdown.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>--action must be pull or push.</source>
        <translation>--action doit valoir pull ou push.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository names are lowercase, without spaces: %1</source>
        <translation>Les noms de référentiel s&apos;écrivent en minuscules, sans espaces&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown sign-in method &quot;%1&quot;: use auto, azure-cli, password, token, docker or azure-service.</source>
        <translation>Méthode de connexion «&#xa0;%1&#xa0;» inconnue&#xa0;: utilisez auto, azure-cli, password, token, docker ou azure-service.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking as Docker sees it (%1).</source>
        <translation>Vérification du point de vue de Docker (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking as Podman sees it: %1 is Podman&apos;s Docker emulation.</source>
        <translation>Vérification du point de vue de Podman&#xa0;: %1 est l&apos;émulation de Docker fournie par Podman.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking as Podman sees it: there is no docker command, only %1.</source>
        <translation>Vérification du point de vue de Podman&#xa0;: il n&apos;y a pas de commande docker, seulement %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking as Docker sees it: neither docker nor podman is installed.</source>
        <translation>Vérification du point de vue de Docker&#xa0;: ni docker ni podman ne sont installés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown symptom &quot;%1&quot;. See registry-doctor-cli symptoms.</source>
        <translation>Symptôme «&#xa0;%1&#xa0;» inconnu. Voir registry-doctor-cli symptoms.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--timeout takes a number of seconds between 1 and 600.</source>
        <translation>--timeout attend un nombre de secondes compris entre 1 et 600.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Impossible de lire le fichier de certificat %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--password-stdin needs --username.</source>
        <translation>--password-stdin nécessite --username.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown practice scenario &quot;%1&quot;. See registry-doctor-cli practice --list.</source>
        <translation>Scénario d&apos;entraînement «&#xa0;%1&#xa0;» inconnu. Voir registry-doctor-cli practice --list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The practice registry could not start: %1</source>
        <translation>Le registre d&apos;entraînement n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a registry address. %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de registre. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking %1...</source>
        <translation>Vérification de %1 en cours...</translation>
    </message>
    <message>
        <location line="+126"/>
        <location line="+26"/>
        <location line="+9"/>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <translation>Format «&#xa0;%1&#xa0;» inconnu&#xa0;: utilisez text ou json.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Paste the error message on standard input, for example:
  docker login myregistry.azurecr.io 2&gt;&amp;1 | registry-doctor-cli explain</source>
        <translation>Collez le message d&apos;erreur sur l&apos;entrée standard, par exemple :
  docker login myregistry.azurecr.io 2&gt;&amp;1 | registry-doctor-cli explain</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This message is not one the tool knows. Run a full check instead:</source>
        <translation>L&apos;outil ne connaît pas ce message. Lancez plutôt une vérification complète&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Likely causes: %1</source>
        <extracomment>%1 is a list of cause titles.</extracomment>
        <translation>Causes probables&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>To confirm, run:</source>
        <translation>Pour confirmer, exécutez&#xa0;:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Run one with: registry-doctor-cli check --practice SCENARIO</source>
        <translation>Pour en lancer un&#xa0;: registry-doctor-cli check --practice SCENARIO</translation>
    </message>
    <message>
        <location line="-333"/>
        <location line="+25"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+88"/>
        <source>The report could not be written to standard output.</source>
        <translation>Le rapport n&apos;a pas pu être écrit sur la sortie standard.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Printed by: %1</source>
        <extracomment>%1 is the program that printed the message: docker, buildkit, podman, helm, oras, containerd, kubelet, az, aws or gcloud.</extracomment>
        <translation>Affiché par&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Most likely: %1</source>
        <extracomment>%1 is a cause title.</extracomment>
        <translation>Le plus probable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-389"/>
        <source>Every registry Docker has a login for, at once:
  registry-doctor-cli check --all [--timeout SECONDS] [--format text|json]
</source>
        <translation>Tous les registres pour lesquels Docker a une connexion, en une fois :
  registry-doctor-cli check --all [--timeout SECONDS] [--format text|json]
</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>No saved logins found in %1.</source>
        <translation>Aucune connexion enregistrée trouvée dans %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the saved logins in %1...</source>
        <translation>Vérification des connexions enregistrées dans %1...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (expired)</source>
        <translation>%1 (expiré)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not tested</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>works</source>
        <translation>fonctionne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fails</source>
        <translation>échoue</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>--docker-config-json gives the credentials: do not give --username or --password-stdin with it.</source>
        <translation>--docker-config-json fournit les informations d&apos;identification&#xa0;: ne donnez pas --username ou --password-stdin avec.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Cannot read the pull secret %1: %2</source>
        <translation>Impossible de lire le secret d&apos;extraction %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>Registry: %1 (%2)</source>
        <extracomment>%1 is the registry&apos;s address; %2 the kind of registry: a service&apos;s name (&quot;Docker Hub&quot;, &quot;Azure Container Registry&quot;) or &quot;container registry&quot;.</extracomment>
        <translation>Registre&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>Checking as Helm sees it: there is no docker or podman command, only %1.</source>
        <translation>Vérification du point de vue de Helm&#xa0;: il n&apos;y a pas de commande docker ni podman, seulement %1.</translation>
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
        <translation>Utilisation&#xa0;:
  registry-doctor-cli check REGISTRY [--username USER] [--password-stdin] [--repository REPO]
      [--action pull|push] [--symptom ID]... [--sign-in METHOD] [--ca-file PEM] [--timeout SECONDS]
      [--client docker|podman|helm|auto] [--docker-config-json FILE] [--lang CODE] [--format text|json|markdown]
  registry-doctor-cli check --practice SCENARIO [options comme ci-dessus]
  registry-doctor-cli practice --list [--format json]
  registry-doctor-cli symptoms [--format json] [--lang CODE]
  registry-doctor-cli causes [--format json] [--lang CODE]
  registry-doctor-cli explain [--format text|json] [--lang CODE]   (le texte de l&apos;erreur sur l&apos;entrée standard)
  registry-doctor-cli --version | --help

Trouve pourquoi la connexion à un registre de conteneurs échoue et explique comment y remédier.
Les mots de passe et les jetons sont lus uniquement sur l&apos;entrée standard (--password-stdin) ou dans ce que Docker a enregistré ;
ne les passez jamais en argument.

Codes de sortie&#xa0;: 0 aucun problème trouvé, 1 problèmes trouvés, 2 utilisation ou entrée incorrecte, 3 la vérification n&apos;a pas pu s&apos;exécuter.
</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Unknown client &quot;%1&quot;: use docker, podman, helm or auto.</source>
        <translation>Client « %1 » inconnu&#xa0;: utilisez docker, podman, helm ou auto.</translation>
    </message>
</context>
<context>
    <name>rd::ClockProbe</name>
    <message>
        <location filename="../src/core/probes/clock_probe.cpp" line="+11"/>
        <source>Skipped: the registry&apos;s answer had no date to compare with.</source>
        <translation>Ignorée&#xa0;: la réponse du registre ne contenait aucune date à comparer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer&apos;s clock is %1 ahead of the registry&apos;s.</source>
        <translation>L&apos;horloge de cet ordinateur avance de %1 par rapport à celle du registre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s clock is %1 behind the registry&apos;s.</source>
        <translation>L&apos;horloge de cet ordinateur retarde de %1 par rapport à celle du registre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer&apos;s clock agrees with the registry&apos;s (difference under a minute).</source>
        <translation>L&apos;horloge de cet ordinateur concorde avec celle du registre (écart inférieur à une minute).</translation>
    </message>
    <message>
        <location filename="../src/core/probes/clock_probe.h" line="+15"/>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
</context>
<context>
    <name>rd::CollapsibleSection</name>
    <message>
        <location filename="../src/gui/collapsible_section.cpp" line="+89"/>
        <source>Expanded; press Space to fold</source>
        <translation>Développé&#xa0;; appuyez sur Espace pour réduire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folded; press Space to open</source>
        <translation>Réduit&#xa0;; appuyez sur Espace pour développer</translation>
    </message>
</context>
<context>
    <name>rd::CommandBox</name>
    <message>
        <location filename="../src/gui/command_box.cpp" line="+78"/>
        <location line="+11"/>
        <source>Copied</source>
        <extracomment>Button text for a moment after the command was copied. Keep it about as short as &quot;Copy&quot;.</extracomment>
        <translation>Copié</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Copied to the clipboard</source>
        <translation>Copié dans le Presse-papiers</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Copy</source>
        <extracomment>Button that copies a command to the clipboard (verb). Short.</extracomment>
        <translation>Copier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy command: %1</source>
        <extracomment>Screen-reader name of the copy button; %1 is the command itself (not translated).</extracomment>
        <translation>Copier la commande&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to the clipboard</source>
        <translation>Copier dans le Presse-papiers</translation>
    </message>
</context>
<context>
    <name>rd::CredentialStoreProbe</name>
    <message>
        <location filename="../src/core/probes/credential_store_probe.cpp" line="+21"/>
        <source>Docker&apos;s stored login</source>
        <translation>Connexion enregistrée par Docker</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Without a usable registry name there is nothing to look up in Docker&apos;s store.</source>
        <translation>Sans nom de registre utilisable, il n&apos;y a rien à chercher dans le magasin de Docker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker&apos;s configuration was not checked, so its stored login was not looked up.</source>
        <translation>La configuration de Docker n&apos;a pas été vérifiée, la connexion enregistrée n&apos;a donc pas été recherchée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Docker&apos;s config file could not be read, so what Docker has stored for this registry is unknown.</source>
        <translation>Le fichier de configuration de Docker n&apos;a pas pu être lu&#xa0;: on ne sait donc pas ce que Docker a enregistré pour ce registre.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Docker has nothing stored for this registry (%1): no credential store is set and the config file holds no login for it.</source>
        <translation>Docker n&apos;a rien d&apos;enregistré pour ce registre (%1)&#xa0;: aucun magasin d&apos;informations d&apos;identification n&apos;est défini et le fichier de configuration ne contient aucune connexion pour lui.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Docker&apos;s config file holds an identity token for %1 (user %2), as left by az acr login.</source>
        <translation>Le fichier de configuration de Docker contient un jeton d&apos;identité pour %1 (utilisateur %2), tel que le laisse az acr login.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker&apos;s config file holds a user name and password for %1 (user %2).</source>
        <translation>Le fichier de configuration de Docker contient un nom d&apos;utilisateur et un mot de passe pour %1 (utilisateur %2).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Docker&apos;s config names the credential store &quot;%1&quot; (%2), but its program %3 is not installed. Docker cannot save or read logins for this registry: install it, or remove &quot;%1&quot; from %2 in %4 and log in again.</source>
        <translation>La configuration de Docker désigne le magasin d&apos;informations d&apos;identification «&#xa0;%1&#xa0;» (%2), mais son programme %3 n&apos;est pas installé. Docker ne peut ni enregistrer ni lire de connexion pour ce registre&#xa0;: installez-le, ou retirez «&#xa0;%1&#xa0;» de %2 dans %4, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The credential helper %1 could not be started: %2</source>
        <translation>L&apos;assistant d&apos;identification %1 n&apos;a pas pu être lancé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The credential helper %1 did not answer within %n second(s). Docker waits for it on every login, push and pull; it may be waiting for an unlock prompt or be stuck.</source>
        <translation>
            <numerusform>L&apos;assistant d&apos;identification %1 n&apos;a pas répondu dans un délai de %n seconde. Docker l&apos;attend à chaque connexion, push et pull&#xa0;; il attend peut-être un déverrouillage ou il est bloqué.</numerusform>
            <numerusform>L&apos;assistant d&apos;identification %1 n&apos;a pas répondu dans un délai de %n secondes. Docker l&apos;attend à chaque connexion, push et pull&#xa0;; il attend peut-être un déverrouillage ou il est bloqué.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The credential helper %1 crashed when Docker&apos;s login for %2 was asked for.</source>
        <translation>L&apos;assistant d&apos;identification %1 s&apos;est arrêté de manière inattendue quand la connexion Docker pour %2 lui a été demandée.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The credential store &quot;%1&quot; has an entry for %2 (user %3), but it holds no password or token.</source>
        <translation>Le magasin d&apos;informations d&apos;identification «&#xa0;%1&#xa0;» contient une entrée pour %2 (utilisateur %3), mais sans mot de passe ni jeton.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The credential store &quot;%1&quot; holds an identity token for %2 (user %3), as left by az acr login.</source>
        <translation>Le magasin d&apos;informations d&apos;identification «&#xa0;%1&#xa0;» contient un jeton d&apos;identité pour %2 (utilisateur %3), tel que le laisse az acr login.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credential store &quot;%1&quot; holds a user name and password for %2 (user %3).</source>
        <translation>Le magasin d&apos;informations d&apos;identification «&#xa0;%1&#xa0;» contient un nom d&apos;utilisateur et un mot de passe pour %2 (utilisateur %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The credential store &quot;%1&quot; has nothing saved for this registry (%2): nobody has logged in to it with docker on this account, or the login was removed.</source>
        <translation>Le magasin d&apos;informations d&apos;identification «&#xa0;%1&#xa0;» n&apos;a rien d&apos;enregistré pour ce registre (%2)&#xa0;: personne ne s&apos;y est connecté avec docker depuis ce compte, ou la connexion a été supprimée.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The credential store &quot;%1&quot; fails: %2 answered &quot;%3&quot; (exit code %4). Docker cannot read or save logins for this registry while it fails.</source>
        <translation>Le magasin d&apos;informations d&apos;identification «&#xa0;%1&#xa0;» est en échec&#xa0;: %2 a répondu «&#xa0;%3&#xa0;» (code de sortie %4). Tant qu&apos;il échoue, Docker ne peut ni lire ni enregistrer de connexion pour ce registre.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The credential store &quot;%1&quot; answered with something that is not a credential, so Docker cannot use it (%2 printed %n byte(s) of unreadable output).</source>
        <translation>
            <numerusform>Le magasin d&apos;informations d&apos;identification «&#xa0;%1&#xa0;» a répondu par autre chose que des informations d&apos;identification&#xa0;: Docker ne peut donc pas l&apos;utiliser (%2 a affiché %n octet illisible).</numerusform>
            <numerusform>Le magasin d&apos;informations d&apos;identification «&#xa0;%1&#xa0;» a répondu par autre chose que des informations d&apos;identification&#xa0;: Docker ne peut donc pas l&apos;utiliser (%2 a affiché %n octets illisibles).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-356"/>
        <source>Docker&apos;s config names the credential store &quot;%1&quot; (%2), which is not a program name (only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;). It was not run. Correct or remove it in %3, then log in again.</source>
        <translation>La configuration de Docker désigne le magasin d&apos;identifiants «&#xa0;%1&#xa0;» (%2), qui n&apos;est pas un nom de programme (uniquement des lettres, des chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» et «&#xa0;-&#xa0;»). Il n&apos;a pas été exécuté. Corrigez-le ou retirez-le dans %3, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Docker keeps logins with pass, but pass has not been set up on this account (%1 has no .gpg-id file). Nothing can be read from it, and docker login fails with &quot;pass not initialized&quot; until it is set up.</source>
        <translation>Docker conserve les connexions avec pass, mais pass n&apos;a pas été configuré pour ce compte (%1 n&apos;a pas de fichier .gpg-id). Rien ne peut y être lu, et docker login échoue avec « pass not initialized » tant qu&apos;il n&apos;est pas configuré.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Docker keeps logins with pass, whose store (%1) is locked with the GPG key %2, but that key&apos;s secret part is not on this computer. pass cannot decrypt what it holds, so Docker cannot read or save logins.</source>
        <translation>Docker conserve les connexions avec pass, dont le magasin (%1) est chiffré avec la clé GPG %2, mais la partie secrète de cette clé n&apos;est pas sur cet ordinateur. pass ne peut pas déchiffrer son contenu : Docker ne peut donc ni lire ni enregistrer de connexions.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Docker keeps logins with secretservice, the desktop&apos;s keyring, which needs a desktop session: %1 answered &quot;%2&quot;. Over SSH, in a container or on a server there is none, so Docker cannot read or save logins.</source>
        <translation>Docker conserve les connexions avec secretservice, le trousseau du bureau, qui nécessite une session de bureau : %1 a répondu « %2 ». Via SSH, dans un conteneur ou sur un serveur, il n&apos;y en a pas : Docker ne peut donc ni lire ni enregistrer de connexions.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The credential store &quot;%1&quot; fails: %2 printed nothing and ended with exit code %3. Docker cannot read or save logins for this registry while it fails.</source>
        <translation>Le magasin d&apos;informations d&apos;identification «&#xa0;%1&#xa0;» est en échec&#xa0;: %2 n&apos;a rien affiché et s&apos;est terminé avec le code de sortie %3. Tant qu&apos;il échoue, Docker ne peut ni lire ni enregistrer de connexion pour ce registre.</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>Podman has nothing stored for this registry (%1): none of its login files holds a login for it.</source>
        <translation>Podman n&apos;a rien d&apos;enregistré pour ce registre (%1)&#xa0;: aucun de ses fichiers de connexion ne contient de connexion pour lui.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Helm has nothing stored for this registry (%1): neither its registry config nor Docker&apos;s config holds a login for it, and no credential store they name has one.</source>
        <translation>Helm n&apos;a rien d&apos;enregistré pour ce registre (%1)&#xa0;: ni sa configuration de registre ni la configuration de Docker ne contiennent de connexion pour lui, et aucun magasin d&apos;informations d&apos;identification qu&apos;elles nomment n&apos;en a.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>%1&apos;s stored login</source>
        <extracomment>%1 is the client: Podman or Helm.</extracomment>
        <translation>Connexion enregistrée de %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1&apos;s login file could not be read, so what %1 has stored for this registry is unknown.</source>
        <translation>Le fichier de connexions de %1 n&apos;a pas pu être lu&#xa0;: on ne sait donc pas ce que %1 a enregistré pour ce registre.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1&apos;s login file has an entry for %2, but its saved login is damaged, so %1 has nothing usable stored for this registry.</source>
        <translation>Le fichier de connexions de %1 contient une entrée pour %2, mais la connexion enregistrée est endommagée&#xa0;: %1 n&apos;a donc rien d&apos;utilisable pour ce registre.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%3 reads an identity token for %1 (user %2) from %4.</source>
        <translation>%3 lit un jeton d&apos;identité pour %1 (utilisateur %2) dans %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%3 reads a user name and password for %1 (user %2) from %4.</source>
        <translation>%3 lit un nom d&apos;utilisateur et un mot de passe pour %1 (utilisateur %2) dans %4.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%4 names the credential store &quot;%1&quot; (%2), but its program %3 is not installed. %5 cannot save or read logins for this registry: install it, or remove &quot;%1&quot; from %2 in %4 and log in again.</source>
        <translation>%4 désigne le magasin d&apos;informations d&apos;identification «&#xa0;%1&#xa0;» (%2), mais son programme %3 n&apos;est pas installé. %5 ne peut ni enregistrer ni lire de connexion pour ce registre&#xa0;: installez-le, ou retirez «&#xa0;%1&#xa0;» de %2 dans %4, puis reconnectez-vous.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>The credential helper %1 did not answer within %n second(s). %2 waits for it on every login, push and pull; it may be waiting for an unlock prompt or be stuck.</source>
        <translation>
            <numerusform>L&apos;assistant d&apos;identification %1 n&apos;a pas répondu dans un délai de %n seconde. %2 l&apos;attend à chaque connexion, push et pull&#xa0;; il attend peut-être un déverrouillage ou il est bloqué.</numerusform>
            <numerusform>L&apos;assistant d&apos;identification %1 n&apos;a pas répondu dans un délai de %n secondes. %2 l&apos;attend à chaque connexion, push et pull&#xa0;; il attend peut-être un déverrouillage ou il est bloqué.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The credential helper %1 crashed when %3&apos;s login for %2 was asked for.</source>
        <translation>L&apos;assistant d&apos;identification %1 s&apos;est arrêté de manière inattendue quand la connexion de %3 pour %2 lui a été demandée.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%2 keeps logins with pass, but pass has not been set up on this account (%1 has no .gpg-id file). Nothing can be read from it, and %3 fails with &quot;pass not initialized&quot; until it is set up.</source>
        <translation>%2 conserve les connexions avec pass, mais pass n&apos;a pas été configuré pour ce compte (%1 n&apos;a pas de fichier .gpg-id). Rien ne peut y être lu, et %3 échoue avec «&#xa0;pass not initialized&#xa0;» tant qu&apos;il n&apos;est pas configuré.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%3 keeps logins with pass, whose store (%1) is locked with the GPG key %2, but that key&apos;s secret part is not on this computer. pass cannot decrypt what it holds, so %3 cannot read or save logins.</source>
        <translation>%3 conserve les connexions avec pass, dont le magasin (%1) est chiffré avec la clé GPG %2, mais la partie secrète de cette clé n&apos;est pas sur cet ordinateur. pass ne peut pas déchiffrer son contenu&#xa0;: %3 ne peut donc ni lire ni enregistrer de connexions.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The credential store &quot;%1&quot; has nothing saved for this registry (%2): nobody has signed in to it with %3 on this account, or the login was removed.</source>
        <translation>Le magasin d&apos;informations d&apos;identification «&#xa0;%1&#xa0;» n&apos;a rien d&apos;enregistré pour ce registre (%2)&#xa0;: personne ne s&apos;y est connecté avec %3 depuis ce compte, ou la connexion a été supprimée.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%3 keeps logins with secretservice, the desktop&apos;s keyring, which needs a desktop session: %1 answered &quot;%2&quot;. Over SSH, in a container or on a server there is none, so %3 cannot read or save logins.</source>
        <translation>%3 conserve les connexions avec secretservice, le trousseau du bureau, qui nécessite une session de bureau&#xa0;: %1 a répondu «&#xa0;%2&#xa0;». Via SSH, dans un conteneur ou sur un serveur, il n&apos;y en a pas&#xa0;: %3 ne peut donc ni lire ni enregistrer de connexions.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The credential store &quot;%1&quot; fails: %2 printed nothing and ended with exit code %3. %4 cannot read or save logins for this registry while it fails.</source>
        <translation>Le magasin d&apos;informations d&apos;identification «&#xa0;%1&#xa0;» est en échec&#xa0;: %2 n&apos;a rien affiché et s&apos;est terminé avec le code de sortie %3. Tant qu&apos;il échoue, %4 ne peut ni lire ni enregistrer de connexion pour ce registre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The credential store &quot;%1&quot; fails: %2 answered &quot;%3&quot; (exit code %4). %5 cannot read or save logins for this registry while it fails.</source>
        <translation>Le magasin d&apos;informations d&apos;identification «&#xa0;%1&#xa0;» est en échec&#xa0;: %2 a répondu «&#xa0;%3&#xa0;» (code de sortie %4). Tant qu&apos;il échoue, %5 ne peut ni lire ni enregistrer de connexion pour ce registre.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>The credential store &quot;%1&quot; answered with something that is not a credential, so %3 cannot use it (%2 printed %n byte(s) of unreadable output).</source>
        <translation>
            <numerusform>Le magasin d&apos;informations d&apos;identification «&#xa0;%1&#xa0;» a répondu par autre chose que des informations d&apos;identification&#xa0;: %3 ne peut donc pas l&apos;utiliser (%2 a affiché %n octet illisible).</numerusform>
            <numerusform>Le magasin d&apos;informations d&apos;identification «&#xa0;%1&#xa0;» a répondu par autre chose que des informations d&apos;identification&#xa0;: %3 ne peut donc pas l&apos;utiliser (%2 a affiché %n octets illisibles).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CredentialsProbe</name>
    <message>
        <location filename="../src/core/probes/credentials_probe.cpp" line="+196"/>
        <source>Skipped: the registry lets anyone in, so there is no sign-in to test.</source>
        <translation>Ignorée&#xa0;: le registre laisse entrer tout le monde, il n&apos;y a donc aucune connexion à tester.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: the registry did not ask for a sign-in.</source>
        <translation>Ignorée&#xa0;: le registre n&apos;a pas demandé d&apos;authentification.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password read from standard input was empty, so there is nothing to sign in with. In a pipeline this is usually a secret variable that is not set for this run.</source>
        <translation>Le mot de passe lu sur l&apos;entrée standard était vide&#xa0;: il n&apos;y a rien pour se connecter. Dans un pipeline, c&apos;est généralement une variable secrète qui n&apos;est pas définie pour cette exécution.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There are no credentials to sign in with: none were given and Docker has none saved for %1.</source>
        <translation>Il n&apos;y a aucune information d&apos;identification pour se connecter&#xa0;: aucune n&apos;a été fournie et Docker n&apos;en a enregistré aucune pour %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Signed in as %1 with a user name and password.</source>
        <translation>Connecté en tant que %1 avec un nom d&apos;utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The registry asks for a kind of sign-in this check does not test (%1).</source>
        <translation>Le registre demande un type d&apos;authentification que cette vérification ne teste pas (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry names a token service at &quot;%1&quot;, which is not a secure (https) address: no password is sent there.</source>
        <translation>Le registre indique un service de jetons à l&apos;adresse «&#xa0;%1&#xa0;», qui n&apos;est pas une adresse sécurisée (https)&#xa0;: aucun mot de passe n&apos;y est envoyé.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The token service began to answer, but its answer did not arrive whole, so the check is without a token: %1</source>
        <translation>Le service de jetons a commencé à répondre, mais sa réponse n&apos;est pas arrivée en entier&#xa0;: la vérification se poursuit donc sans jeton&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The token service answered with more than %1 KiB, and without a token; the check stopped reading.</source>
        <translation>Le service de jetons a répondu avec plus de %1 Kio, et sans jeton&#xa0;; la vérification a cessé de lire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token service answered, but without a token (the answer is not the JSON a token service sends).</source>
        <translation>Le service de jetons a répondu, mais sans jeton (la réponse n&apos;est pas le JSON qu&apos;envoie un service de jetons).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signed in as %1: the token service gave a token and the registry accepted it.</source>
        <translation>Connecté en tant que %1&#xa0;: le service de jetons a fourni un jeton, et le registre l&apos;a accepté.</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>The saved sign-in expires in %1.</source>
        <translation>La connexion enregistrée expire dans %1.</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>The token service gave a token, but the registry did not answer when it was used: %1</source>
        <translation>Le service de jetons a fourni un jeton, mais le registre n&apos;a pas répondu quand il a été utilisé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The token service gave a token that had already expired (at %1), and the registry refused it (%2): the registry&apos;s token service and the registry disagree.</source>
        <translation>Le service de jetons a fourni un jeton déjà expiré (le %1), et le registre l&apos;a refusé (%2)&#xa0;: le service de jetons du registre et le registre ne sont pas d&apos;accord.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token service gave a token, but the registry refused it (%1).</source>
        <translation>Le service de jetons a fourni un jeton, mais le registre l&apos;a refusé (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sign-in request got no answer: %1</source>
        <translation>La demande de connexion n&apos;a reçu aucune réponse&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The registry does not know the user name &quot;%1&quot; (&quot;Application not registered with AAD&quot;).</source>
        <translation>Le registre ne connaît pas le nom d&apos;utilisateur «&#xa0;%1&#xa0;» («&#xa0;Application not registered with AAD&#xa0;»).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The token itself says it expired at %1; a token from aws ecr get-login-password lasts 12 hours.</source>
        <translation>Le jeton lui-même indique qu&apos;il a expiré le %1&#xa0;; un jeton obtenu avec aws ecr get-login-password dure 12 heures.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The registry refused the saved identity token (401).</source>
        <translation>Le registre a refusé le jeton d&apos;identité enregistré (401).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused the user name and password for %1 (401 &quot;authentication required&quot;).</source>
        <translation>Le registre a refusé le nom d&apos;utilisateur et le mot de passe pour %1 (401 «&#xa0;authentication required&#xa0;»).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-in answered with a redirect (%1) to %2; the check does not follow it, and sends the password nowhere else.</source>
        <translation>L&apos;authentification a répondu par une redirection (%1) vers %2&#xa0;; la vérification ne la suit pas et n&apos;envoie le mot de passe nulle part ailleurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unnamed place</source>
        <translation>une destination sans nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in failed with status %1: %2</source>
        <translation>L&apos;authentification a échoué avec le statut %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/probes/credentials_probe.h" line="+24"/>
        <source>Sign-in</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="../src/core/probes/credentials_probe.cpp" line="-120"/>
        <source>Signed in with the saved Azure sign-in (identity token): the token service gave a token and the registry accepted it.</source>
        <translation>Connecté avec l&apos;identité Azure enregistrée (jeton d&apos;identité)&#xa0;: le service de jetons a fourni un jeton, et le registre l&apos;a accepté.</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>The saved sign-in (identity token) expired %n minute(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>La connexion enregistrée (jeton d&apos;identité) a expiré il y a %n minute, le %1&#xa0;; le registre l&apos;a refusée avec %2.</numerusform>
            <numerusform>La connexion enregistrée (jeton d&apos;identité) a expiré il y a %n minutes, le %1&#xa0;; le registre l&apos;a refusée avec %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The saved sign-in (identity token) expired %n hour(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>La connexion enregistrée (jeton d&apos;identité) a expiré il y a %n heure, le %1&#xa0;; le registre l&apos;a refusée avec %2.</numerusform>
            <numerusform>La connexion enregistrée (jeton d&apos;identité) a expiré il y a %n heures, le %1&#xa0;; le registre l&apos;a refusée avec %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The saved sign-in (identity token) expired %n day(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>La connexion enregistrée (jeton d&apos;identité) a expiré il y a %n jour, le %1&#xa0;; le registre l&apos;a refusée avec %2.</numerusform>
            <numerusform>La connexion enregistrée (jeton d&apos;identité) a expiré il y a %n jours, le %1&#xa0;; le registre l&apos;a refusée avec %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The registry says the saved token has expired (%1): &quot;%2&quot;</source>
        <translation>Le registre indique que le jeton enregistré a expiré (%1) : « %2 »</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Not tested: the sign-in could not be tried, because the registry&apos;s first answer was not usable.</source>
        <translation>Non testé&#xa0;: la connexion n&apos;a pas pu être tentée, car la première réponse du registre n&apos;était pas utilisable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not tested: the sign-in could not be tried, because there is no working connection to the registry.</source>
        <translation>Non testé&#xa0;: l&apos;authentification n&apos;a pas pu être tentée, car il n&apos;y a pas de connexion fonctionnelle au registre.</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Amazon ECR refused the token with 400 Bad Request: it was made for another region or AWS account than %1.</source>
        <translation>Amazon ECR a refusé le jeton avec 400 Bad Request&#xa0;: il a été créé pour une autre région ou un autre compte AWS que %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The token service refused the user name and password for %1 (401): &quot;%2&quot;</source>
        <translation>Le service de jetons a refusé le nom d&apos;utilisateur et le mot de passe pour %1 (401)&#xa0;: « %2 »</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>There are no credentials to sign in with: none were given and %2 has none saved for %1.</source>
        <translation>Il n&apos;y a aucune information d&apos;identification pour se connecter&#xa0;: aucune n&apos;a été fournie et %2 n&apos;en a enregistré aucune pour %1.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>When the access token expires is not known: Google&apos;s tokeninfo (oauth2.googleapis.com) says the token is not valid (expired or revoked).</source>
        <translation>La date d&apos;expiration du jeton d&apos;accès n&apos;est pas connue&#xa0;: le service tokeninfo de Google (oauth2.googleapis.com) indique que le jeton n&apos;est pas valide (expiré ou révoqué).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the access token expires is not known: Google&apos;s tokeninfo (oauth2.googleapis.com) did not tell (%1).</source>
        <translation>La date d&apos;expiration du jeton d&apos;accès n&apos;est pas connue&#xa0;: le service tokeninfo de Google (oauth2.googleapis.com) ne l&apos;a pas indiquée (%1).</translation>
    </message>
    <message>
        <location line="+332"/>
        <source>The registry refused the access token (%1), and Google&apos;s tokeninfo (oauth2.googleapis.com) says the token is no longer valid: it has expired (a token from gcloud auth print-access-token lasts one hour) or was revoked.</source>
        <translation>Le registre a refusé le jeton d&apos;accès (%1), et le service tokeninfo de Google (oauth2.googleapis.com) indique que le jeton n&apos;est plus valide&#xa0;: il a expiré (un jeton de gcloud auth print-access-token dure une heure) ou a été révoqué.</translation>
    </message>
</context>
<context>
    <name>rd::DnsProbe</name>
    <message>
        <location filename="../src/core/probes/dns_probe.cpp" line="+30"/>
        <source>Skipped: there is no registry address to check.</source>
        <translation>Ignorée&#xa0;: il n&apos;y a aucune adresse de registre à vérifier.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The DNS server did not answer.</source>
        <translation>Le serveur DNS n&apos;a pas répondu.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The name %1 does not exist in DNS.</source>
        <translation>Le nom %1 n&apos;existe pas dans le DNS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name %1 could not be looked up: %2</source>
        <translation>Le nom %1 n&apos;a pas pu être résolu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy looks names up itself, so this may not matter.</source>
        <translation>Le proxy résout lui-même les noms, cela n&apos;a donc peut-être pas d&apos;importance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 resolves to %2.</source>
        <translation>%1 est résolu en %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alias chain: %1.</source>
        <translation>Chaîne d&apos;alias&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a private endpoint: it is reachable only from the registry&apos;s virtual network or a network connected to it.</source>
        <translation>C&apos;est un point de terminaison privé&#xa0;: il n&apos;est joignable que depuis le réseau virtuel du registre ou un réseau qui y est connecté.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/dns_probe.h" line="+23"/>
        <source>Name lookup (DNS)</source>
        <translation>Résolution de noms (DNS)</translation>
    </message>
</context>
<context>
    <name>rd::DockerClientProbe</name>
    <message>
        <location filename="../src/core/probes/docker_client_probe.cpp" line="+13"/>
        <source>Docker client</source>
        <translation>Client Docker</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The docker command was not found on this computer (it is not on PATH). Install Docker, or open a shell where the docker command works.</source>
        <translation>La commande docker est introuvable sur cet ordinateur (elle n&apos;est pas dans le PATH). Installez Docker ou ouvrez un shell dans lequel la commande docker fonctionne.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The docker program at %1 could not be started: %2</source>
        <translation>Le programme docker situé dans %1 n&apos;a pas pu être lancé&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The docker command did not answer within %n second(s) (&quot;docker version&quot; hung).</source>
        <translation>
            <numerusform>La commande docker n&apos;a pas répondu dans un délai de %n seconde («&#xa0;docker version&#xa0;» est resté bloqué).</numerusform>
            <numerusform>La commande docker n&apos;a pas répondu dans un délai de %n secondes («&#xa0;docker version&#xa0;» est resté bloqué).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The docker command crashed while printing its version.</source>
        <translation>La commande docker s&apos;est arrêtée de manière inattendue en affichant sa version.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The docker command at %1 runs, but its version could not be read from what it printed.</source>
        <translation>La commande docker située dans %1 s&apos;exécute, mais sa version n&apos;a pas pu être lue dans ce qu&apos;elle a affiché.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Docker %1 is installed, which is older than %2, the oldest version that works with this registry&apos;s login. Update Docker.</source>
        <translation>Docker %1 est installé, une version antérieure à %2, la plus ancienne qui fonctionne avec la connexion à ce registre. Mettez Docker à jour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker %1 is installed.</source>
        <translation>Docker %1 est installé.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The docker command at %1 is Podman %2 in Docker emulation, not Docker.</source>
        <translation>La commande docker située à %1 est Podman %2 en émulation Docker, pas Docker.</translation>
    </message>
</context>
<context>
    <name>rd::DockerConfigProbe</name>
    <message>
        <location filename="../src/core/probes/docker_config_probe.cpp" line="+55"/>
        <source>Docker configuration</source>
        <translation>Configuration de Docker</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>There is no Docker config yet at %1 (nobody has logged in with docker on this account).</source>
        <translation>Il n&apos;y a pas encore de configuration Docker dans %1 (personne ne s&apos;est connecté avec docker depuis ce compte).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Docker config file %1 is empty. Docker treats it as having no settings and no saved logins.</source>
        <translation>Le fichier de configuration Docker %1 est vide. Docker le considère comme sans paramètres et sans connexion enregistrée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Docker config file %1 cannot be used (%2). Docker fails to read it too: fix or remove the file, then log in again.</source>
        <translation>Le fichier de configuration Docker %1 est inutilisable (%2). Docker ne parvient pas non plus à le lire&#xa0;: corrigez ou supprimez le fichier, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Docker&apos;s config file %1 was read. Without a usable registry name, nothing in it was looked up.</source>
        <translation>Le fichier de configuration Docker %1 a été lu. Sans nom de registre utilisable, rien n&apos;y a été recherché.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Docker keeps the login for %1 in the credential helper &quot;%2&quot; (credHelpers).</source>
        <translation>Docker conserve la connexion pour %1 dans l&apos;assistant d&apos;identification «&#xa0;%2&#xa0;» (credHelpers).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker keeps logins in the credential store &quot;%1&quot; (credsStore).</source>
        <translation>Docker conserve les connexions dans le magasin d&apos;informations d&apos;identification «&#xa0;%1&#xa0;» (credsStore).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file itself holds a login for %1.</source>
        <translation>Le fichier lui-même contient une connexion pour %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file holds no login for %1.</source>
        <translation>Le fichier ne contient aucune connexion pour %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker&apos;s config file %1 was read. %2</source>
        <translation>Le fichier de configuration Docker %1 a été lu. %2</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>There is no Docker config at %1, so Docker keeps logins in its default credential store for this system, &quot;%2&quot;.</source>
        <translation>Il n&apos;y a pas de configuration Docker dans %1 : Docker conserve donc les connexions dans son magasin d&apos;informations d&apos;identification par défaut pour ce système, « %2 ».</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1&apos;s login file %2 has an entry for %3, but its saved login is damaged (the &quot;auth&quot; value is not a readable user name and password). Log in again.</source>
        <extracomment>%1 is the client (Docker, Podman, Helm), %2 its login file, %3 the registry.</extracomment>
        <translation>Le fichier de connexions de %1 %2 contient une entrée pour %3, mais la connexion enregistrée est endommagée (la valeur «&#xa0;auth&#xa0;» ne contient pas de nom d&apos;utilisateur et de mot de passe lisibles). Reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file names no credential store, so Docker keeps logins in its default store for this system, &quot;%1&quot;.</source>
        <translation>Le fichier n&apos;indique aucun magasin d&apos;informations d&apos;identification : Docker conserve donc les connexions dans son magasin par défaut pour ce système, « %1 ».</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Podman cannot use its login file %1 (%2) and stops looking there, so it finds no login for any registry. Fix or remove the file, then sign in again.</source>
        <translation>Podman ne peut pas utiliser son fichier de connexion %1 (%2) et arrête sa recherche à cet endroit&#xa0;; il ne trouve donc de connexion pour aucun registre. Corrigez ou supprimez le fichier, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Podman takes the login for %1 from the credential helper &quot;%2&quot;, as %3 says (credHelpers).</source>
        <translation>Podman obtient la connexion pour %1 auprès de l&apos;assistant d&apos;identification «&#xa0;%2&#xa0;», comme l&apos;indique %3 (credHelpers).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Podman reads the login for %1 from %2, the first of its login files that has one (entry &quot;%3&quot;).</source>
        <translation>Podman lit la connexion pour %1 dans %2, le premier de ses fichiers de connexion qui en contient une (entrée «&#xa0;%3&#xa0;»).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None of the files Podman reads logins from has one for %1: %2. Podman does not use Docker&apos;s credential store.</source>
        <translation>Aucun des fichiers dans lesquels Podman lit les connexions n&apos;en contient une pour %1&#xa0;: %2. Podman n&apos;utilise pas le magasin d&apos;informations d&apos;identification de Docker.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Helm cannot use its registry config %1 (%2): every helm command that talks to a registry stops with an error there. Fix or remove the file, then sign in again with helm registry login.</source>
        <translation>Helm ne peut pas utiliser sa configuration de registre %1 (%2)&#xa0;: toute commande helm qui communique avec un registre s&apos;arrête là sur une erreur. Corrigez ou supprimez le fichier, puis reconnectez-vous avec helm registry login.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Neither Helm&apos;s registry config %1 nor Docker&apos;s config %2 has a login for %3, and neither names a credential store for it.</source>
        <translation>Ni la configuration de registre de Helm %1 ni la configuration de Docker %2 ne contiennent de connexion pour %3, et aucune des deux ne nomme de magasin d&apos;informations d&apos;identification pour lui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helm&apos;s registry config %1 has no login for %2, and Helm skips Docker&apos;s config %3, which it cannot read (%4).</source>
        <translation>La configuration de registre de Helm %1 ne contient pas de connexion pour %2, et Helm ignore la configuration de Docker %3, qu&apos;il ne peut pas lire (%4).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Helm reads logins from its registry config %1, then from Docker&apos;s config %2. For %3 it asks, in this order, until one has a login: %4.</source>
        <translation>Helm lit les connexions dans sa configuration de registre %1, puis dans la configuration de Docker %2. Pour %3, il interroge, dans cet ordre, jusqu&apos;à ce que l&apos;un ait une connexion&#xa0;: %4.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>%1&apos;s login files</source>
        <extracomment>%1 is the client: Podman (its auth.json files) or Helm (its registry config, then Docker&apos;s).</extracomment>
        <translation>Fichiers de connexion de %1</translation>
    </message>
</context>
<context>
    <name>rd::DockerDaemonProbe</name>
    <message>
        <location filename="../src/core/probes/docker_daemon_probe.cpp" line="+10"/>
        <source>Docker daemon</source>
        <translation>Démon Docker</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Docker client was not checked, so the daemon was not checked either.</source>
        <translation>Le client Docker n&apos;a pas été vérifié, le démon n&apos;a donc pas été vérifié non plus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker is not installed, so there is no Docker daemon to check.</source>
        <translation>Docker n&apos;est pas installé, il n&apos;y a donc pas de démon Docker à vérifier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The docker command did not say whether its daemon answers (its version output could not be read).</source>
        <translation>La commande docker n&apos;a pas indiqué si son démon répond (sa sortie de version était illisible).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Docker daemon is running and answers (Docker Engine %1).</source>
        <translation>Le démon Docker est démarré et répond (Docker Engine %1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>docker reported no server</source>
        <translation>docker n&apos;a signalé aucun serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Docker daemon does not answer: &quot;%1&quot;. Your Docker client can still log in without it (the login happens in the client), but pushing and pulling images need a running daemon: start Docker Desktop or the docker service.</source>
        <translation>Le démon Docker ne répond pas&#xa0;: «&#xa0;%1&#xa0;». Votre client Docker peut quand même se connecter sans lui (la connexion se fait dans le client), mais le push et le pull d&apos;images nécessitent un démon démarré&#xa0;: lancez Docker Desktop ou le service docker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker daemon does not answer: &quot;%1&quot;. This Docker client logs in through the daemon, so docker login, push and pull all fail until it runs: start Docker Desktop or the docker service.</source>
        <translation>Le démon Docker ne répond pas&#xa0;: «&#xa0;%1&#xa0;». Ce client Docker se connecte par l&apos;intermédiaire du démon&#xa0;: docker login, push et pull échouent donc tant qu&apos;il n&apos;est pas démarré. Lancez Docker Desktop ou le service docker.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The docker command is Podman, which has no daemon to check.</source>
        <translation>La commande docker est Podman, qui n&apos;a pas de démon à vérifier.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The engine runs in Docker Desktop&apos;s virtual machine (%1), not directly on this computer.</source>
        <translation>Le moteur s&apos;exécute dans la machine virtuelle de Docker Desktop (%1), et non directement sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs in WSL 2 (%1 on kernel %2).</source>
        <translation>Le moteur s&apos;exécute dans WSL 2 (%1 avec le noyau %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs on another machine, %1 (%2), reached through %3.</source>
        <translation>Le moteur s&apos;exécute sur une autre machine, %1 (%2), jointe par %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs on %1 (%2).</source>
        <translation>Le moteur s&apos;exécute sur %1 (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pulls from Docker Hub try the engine&apos;s mirrors first: %1.</source>
        <translation>Les pulls depuis Docker Hub essaient d&apos;abord les miroirs du moteur&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>rd::Duration</name>
    <message numerus="yes">
        <location filename="../src/core/time_text.cpp" line="+14"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ErrorText</name>
    <message>
        <location filename="../src/core/diagnosis/error_text.cpp" line="+135"/>
        <source>The docker command could not be found. Docker is not installed on this computer, or its folder is not on the search path.</source>
        <translation>La commande docker est introuvable. Docker n&apos;est pas installé sur cet ordinateur, ou son dossier n&apos;est pas dans le chemin de recherche (PATH).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The docker command could not talk to the Docker engine because your account may not use it. Add your account to the docker group, or use the same account that runs Docker.</source>
        <translation>La commande docker n&apos;a pas pu communiquer avec le moteur Docker, car votre compte n&apos;a peut-être pas le droit de l&apos;utiliser. Ajoutez votre compte au groupe docker, ou utilisez le compte qui exécute Docker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker engine (the background service that does the work) is not running, so docker commands cannot do anything. Start Docker and try again.</source>
        <translation>Le moteur Docker (le service en arrière-plan qui fait le travail) n&apos;est pas démarré&#xa0;: les commandes docker ne peuvent donc rien faire. Démarrez Docker et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Docker on Windows cannot reach its engine: Docker Desktop is probably not started. Start Docker Desktop and wait until it says it is running.</source>
        <translation>Docker sous Windows n&apos;arrive pas à joindre son moteur&#xa0;: Docker Desktop n&apos;est probablement pas démarré. Lancez Docker Desktop et attendez qu&apos;il indique qu&apos;il est en cours d&apos;exécution.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker Desktop is not running, so the Docker engine is not available. Start Docker Desktop, or restart it if it is stuck.</source>
        <translation>Docker Desktop n&apos;est pas démarré, le moteur Docker n&apos;est donc pas disponible. Lancez Docker Desktop, ou redémarrez-le s&apos;il est bloqué.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker client and engine versions do not fit together, or Docker is too old. Registry sign-in needs Docker 18.03 or later.</source>
        <translation>Les versions du client et du moteur Docker ne sont pas compatibles, ou Docker est trop ancien. La connexion au registre nécessite Docker 18.03 ou version ultérieure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>docker login wanted to ask for a user name and password, but it was not run in a terminal. Pass the user name and the password (through --password-stdin) explicitly.</source>
        <translation>docker login voulait demander un nom d&apos;utilisateur et un mot de passe, mais il n&apos;a pas été exécuté dans un terminal. Indiquez explicitement le nom d&apos;utilisateur et le mot de passe (via --password-stdin).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Docker is set up to keep passwords in a credential helper program that is not installed. Install that helper, or remove the &quot;credsStore&quot; entry from the Docker configuration file.</source>
        <translation>Docker est configuré pour conserver les mots de passe dans un assistant d&apos;identification qui n&apos;est pas installé. Installez cet assistant, ou supprimez l&apos;entrée «&#xa0;credsStore&#xa0;» du fichier de configuration de Docker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows credential store refused to save the registry sign-in, usually because the Azure token is too long for it. Removing &quot;credsStore&quot; from the Docker configuration file avoids the store.</source>
        <translation>Le magasin d&apos;informations d&apos;identification Windows a refusé d&apos;enregistrer la connexion au registre, généralement parce que le jeton Azure est trop long pour lui. Supprimer «&#xa0;credsStore&#xa0;» du fichier de configuration de Docker permet de contourner le magasin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows credential store could not be used from this session (common over remote sessions or services). Docker could not save or read the registry password.</source>
        <translation>Le magasin d&apos;informations d&apos;identification Windows n&apos;a pas pu être utilisé depuis cette session (fréquent dans les sessions à distance ou les services). Docker n&apos;a pas pu enregistrer ou lire le mot de passe du registre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker has no saved sign-in for this registry. Sign in to the registry first.</source>
        <translation>Docker n&apos;a aucune connexion enregistrée pour ce registre. Connectez-vous d&apos;abord au registre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The program Docker uses to store passwords failed. Docker could not save or read the registry sign-in.</source>
        <translation>Le programme que Docker utilise pour stocker les mots de passe a échoué. Docker n&apos;a pas pu enregistrer ou lire la connexion au registre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image name contains capital letters. Registry addresses and repository names must be written in lowercase.</source>
        <translation>Le nom de l&apos;image contient des majuscules. Les adresses de registre et les noms de référentiel doivent être écrits en minuscules.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image name is not written correctly, for example it contains https:// or a space. Use registry/repository:tag, such as myregistry.azurecr.io/app:1.0.</source>
        <translation>Le nom de l&apos;image n&apos;est pas écrit correctement, par exemple il contient https:// ou un espace. Utilisez registre/référentiel:tag, par exemple myregistry.azurecr.io/app:1.0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry name is not valid. az acr commands want the registry&apos;s resource name only: 5 to 50 letters and digits, without .azurecr.io.</source>
        <translation>Le nom du registre n&apos;est pas valide. Les commandes az acr attendent uniquement le nom de ressource du registre&#xa0;: 5 à 50 lettres et chiffres, sans .azurecr.io.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure does not know a registry by that name in the selected subscription. Check the name and the subscription (az account show).</source>
        <translation>Azure ne connaît aucun registre de ce nom dans l&apos;abonnement sélectionné. Vérifiez le nom et l&apos;abonnement (az account show).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are signed in to Azure, but your account has no role that allows this action. Seeing the registry needs at least the Reader role.</source>
        <translation>Vous êtes connecté à Azure, mais votre compte n&apos;a aucun rôle qui autorise cette action. Pour voir le registre, il faut au moins le rôle Lecteur (Reader).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The connection goes through a proxy server, and the proxy could not be reached or refused the connection. Check the proxy settings (HTTPS_PROXY) of Docker and of this computer.</source>
        <translation>La connexion passe par un serveur proxy, et le proxy était injoignable ou a refusé la connexion. Vérifiez les paramètres de proxy (HTTPS_PROXY) de Docker et de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI could not get through the proxy server. Check the proxy address and whether the proxy allows the registry&apos;s address.</source>
        <translation>Azure CLI n&apos;a pas réussi à passer le serveur proxy. Vérifiez l&apos;adresse du proxy et si le proxy autorise l&apos;adresse du registre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name server does not know this registry address. The name may be misspelt, belong to another cloud, or, with a private endpoint, its private DNS is not set up.</source>
        <translation>Le serveur de noms ne connaît pas cette adresse de registre. Le nom est peut-être mal orthographié ou appartient à un autre cloud, ou, avec un point de terminaison privé, le DNS privé n&apos;est pas configuré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name server did not answer properly when asked for the registry address. The DNS server or the network path to it has a problem.</source>
        <translation>Le serveur de noms n&apos;a pas répondu correctement à la demande d&apos;adresse du registre. Le serveur DNS ou le chemin réseau qui y mène a un problème.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI tried several times to reach this address and gave up. The reason follows in the message (name lookup, proxy, certificate or timeout).</source>
        <translation>Azure CLI a tenté plusieurs fois de joindre cette adresse, puis a abandonné. La raison est indiquée dans la suite du message (résolution de noms, proxy, certificat ou délai dépassé).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The computer could not turn the registry address into an IP address. The name may be wrong, or the DNS setup (for example for a private endpoint) is missing.</source>
        <translation>L&apos;ordinateur n&apos;a pas pu convertir l&apos;adresse du registre en adresse IP. Le nom est peut-être erroné, ou la configuration DNS (par exemple pour un point de terminaison privé) manque.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate looks expired from here. Most often the computer&apos;s clock is wrong; otherwise something in between presents an old certificate.</source>
        <translation>Vu d&apos;ici, le certificat du serveur semble expiré. Le plus souvent, l&apos;horloge de l&apos;ordinateur est incorrecte&#xa0;; sinon, quelque chose entre les deux présente un ancien certificat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI does not trust the certificate it received. Usually a company proxy inspects the traffic with its own certificate, which must be added to the trusted ones.</source>
        <translation>Azure CLI n&apos;approuve pas le certificat reçu. En général, un proxy d&apos;entreprise inspecte le trafic avec son propre certificat, qui doit être ajouté aux certificats approuvés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>The registry&apos;s certificate is not trusted on this computer. Usually a proxy or security product replaces the certificate with its own, which must then be trusted.</source>
        <translation>Le certificat du registre n&apos;est pas approuvé sur cet ordinateur. En général, un proxy ou un produit de sécurité remplace le certificat par le sien, qui doit alors être approuvé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate looks expired or not yet valid from here. Most often the computer&apos;s date and time are wrong.</source>
        <translation>Vu d&apos;ici, le certificat semble expiré ou pas encore valide. Le plus souvent, la date et l&apos;heure de l&apos;ordinateur sont incorrectes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate belongs to a different name than the address used. Use the registry&apos;s normal login server name (not the privatelink name), or check for a proxy in between.</source>
        <translation>Le certificat correspond à un autre nom que l&apos;adresse utilisée. Utilisez le nom normal du serveur de connexion du registre (pas le nom privatelink), ou vérifiez si un proxy s&apos;intercale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at this address did not speak HTTPS. The address may point at something that is not a registry, or at a proxy.</source>
        <translation>Le serveur à cette adresse n&apos;a pas parlé HTTPS. L&apos;adresse pointe peut-être vers autre chose qu&apos;un registre, ou vers un proxy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secure connection could not be set up. Something between you and the registry, often a proxy or firewall, interferes with it.</source>
        <translation>La connexion sécurisée n&apos;a pas pu être établie. Quelque chose entre vous et le registre, souvent un proxy ou un pare-feu, interfère.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry did not answer in time. A firewall, a missing route or a proxy that has to be used probably stands in the way.</source>
        <translation>Le registre n&apos;a pas répondu à temps. Un pare-feu, une route manquante ou un proxy qu&apos;il faudrait utiliser fait probablement obstacle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection was refused: nothing accepts connections at that address and port, or a firewall turns them away.</source>
        <translation>La connexion a été refusée&#xa0;: rien n&apos;accepte de connexion à cette adresse et ce port, ou un pare-feu les rejette.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer has no network path to the registry. Check the network connection, VPN and routing.</source>
        <translation>Cet ordinateur n&apos;a aucun chemin réseau vers le registre. Vérifiez la connexion réseau, le VPN et le routage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection was cut off in the middle. A proxy or firewall between you and the registry often does this.</source>
        <translation>La connexion a été coupée en cours de route. C&apos;est souvent le fait d&apos;un proxy ou d&apos;un pare-feu entre vous et le registre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request took too long and was given up. The registry is not reachable from here, or a proxy that should be used is not configured.</source>
        <translation>La requête a pris trop de temps et a été abandonnée. Le registre est injoignable d&apos;ici, ou un proxy qu&apos;il faudrait utiliser n&apos;est pas configuré.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The registry&apos;s firewall does not let your IP address in, or public access to the registry is turned off. Add your address to the registry&apos;s network rules, or connect through its private endpoint.</source>
        <translation>Le pare-feu du registre n&apos;autorise pas votre adresse IP, ou l&apos;accès public au registre est désactivé. Ajoutez votre adresse aux règles réseau du registre, ou connectez-vous via son point de terminaison privé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry does not recognise the user name. For a service principal the user name must be its application (client) ID, not an e-mail address or display name.</source>
        <translation>Le registre ne reconnaît pas le nom d&apos;utilisateur. Pour un principal de service, le nom d&apos;utilisateur doit être son ID d&apos;application (client), et non une adresse e-mail ou un nom d&apos;affichage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry turned down the user name and password given at sign-in. The password or secret is wrong or has expired.</source>
        <translation>Le registre a rejeté le nom d&apos;utilisateur et le mot de passe fournis à la connexion. Le mot de passe ou le secret est incorrect ou a expiré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <location line="+20"/>
        <source>The registry turned down the user name and password given at sign-in.</source>
        <translation>Le registre a rejeté le nom d&apos;utilisateur et le mot de passe fournis à la connexion.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The registry wants a valid sign-in and did not get one. The saved sign-in may have expired (an az acr login lasts about three hours), be missing, or be for a differently written registry name.</source>
        <translation>Le registre attend une connexion valide et n&apos;en a pas reçu. La connexion enregistrée a peut-être expiré (un az acr login dure environ trois heures), est absente, ou concerne un nom de registre écrit différemment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are signed in, but this identity may not do this with this repository: pushing needs the AcrPush role, pulling AcrPull. Also check that the image name starts with the registry address.</source>
        <translation>Vous êtes connecté, mais cette identité n&apos;a peut-être pas le droit de faire cela sur ce référentiel&#xa0;: le push nécessite le rôle AcrPush, le pull le rôle AcrPull. Vérifiez aussi que le nom de l&apos;image commence par l&apos;adresse du registre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in worked, but the permission granted does not cover this action on this repository.</source>
        <translation>La connexion a fonctionné, mais l&apos;autorisation accordée ne couvre pas cette action sur ce référentiel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Access was forbidden before the password was even checked. This is a network matter: the registry&apos;s firewall, disabled public access, or a proxy blocks the way.</source>
        <translation>L&apos;accès a été interdit avant même la vérification du mot de passe. C&apos;est une question de réseau&#xa0;: le pare-feu du registre, l&apos;accès public désactivé ou un proxy bloque le passage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is a web server at this address, but it is not a container registry. Check the address: only the login server name, without a path.</source>
        <translation>Il y a un serveur web à cette adresse, mais ce n&apos;est pas un registre de conteneurs. Vérifiez l&apos;adresse&#xa0;: uniquement le nom du serveur de connexion, sans chemin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+16"/>
        <location line="+4"/>
        <source>The registry is receiving too many requests from you and asks to slow down. Wait a little and try again.</source>
        <translation>Le registre reçoit trop de requêtes de votre part et demande de ralentir. Attendez un peu et réessayez.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The sign-in request got an unexpected answer from the server or from something in between, such as a proxy.</source>
        <translation>La demande de connexion a reçu une réponse inattendue du serveur ou de quelque chose entre les deux, comme un proxy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry forbade access before any sign-in. Its firewall, disabled public access, or a proxy is blocking this computer.</source>
        <translation>Le registre a interdit l&apos;accès avant toute authentification. Son pare-feu, l&apos;accès public désactivé ou un proxy bloque cet ordinateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is a web server at this address, but it is not a container registry. Check the address.</source>
        <translation>Il y a un serveur web à cette adresse, mais ce n&apos;est pas un registre de conteneurs. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry address gave an unexpected answer. Something other than the registry, such as a proxy, may have answered.</source>
        <translation>L&apos;adresse du registre a donné une réponse inattendue. Quelque chose d&apos;autre que le registre, comme un proxy, a peut-être répondu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered that a valid sign-in is missing: no credentials, wrong ones, or expired ones were sent.</source>
        <translation>Le registre a répondu qu&apos;une connexion valide manque&#xa0;: aucune information d&apos;identification n&apos;a été envoyée, ou elles étaient incorrectes ou expirées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused the request: the identity lacks the permission, or the network rules do not allow it.</source>
        <translation>Le registre a refusé la requête&#xa0;: l&apos;identité n&apos;a pas l&apos;autorisation nécessaire, ou les règles réseau ne la permettent pas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The cluster tried to pull the image without a usable sign-in. Its identity (for AKS, the kubelet identity) needs the AcrPull role on the registry, or an image pull secret is missing.</source>
        <translation>Le cluster a tenté de tirer (pull) l&apos;image sans connexion utilisable. Son identité (pour AKS, l&apos;identité kubelet) a besoin du rôle AcrPull sur le registre, ou il manque un secret d&apos;extraction d&apos;image (image pull secret).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry wanted a sign-in that it did not get, or did not accept.</source>
        <translation>Le registre attendait une connexion qu&apos;il n&apos;a pas reçue, ou pas acceptée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry forbade the request: its network rules or the identity&apos;s permissions do not allow it.</source>
        <translation>Le registre a interdit la requête&#xa0;: ses règles réseau ou les autorisations de l&apos;identité ne la permettent pas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Azure CLI could not reach the registry over the network. A proxy, DNS, a firewall or a private endpoint may be in the way, or the name is wrong.</source>
        <translation>Azure CLI n&apos;a pas pu joindre le registre sur le réseau. Un proxy, le DNS, un pare-feu ou un point de terminaison privé fait peut-être obstacle, ou le nom est erroné.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address did not answer like a registry that asks for a sign-in. Often a proxy answered instead, public access is disabled, DNS points elsewhere, or it was a passing hiccup.</source>
        <translation>L&apos;adresse n&apos;a pas répondu comme un registre qui demande une authentification. Souvent, un proxy a répondu à sa place, l&apos;accès public est désactivé, le DNS pointe ailleurs, ou c&apos;était un incident passager.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Azure identity was signed in but has no role on this registry, or the wrong subscription or tenant is selected. A role assignment made just now can take a few minutes to apply.</source>
        <translation>Votre identité Azure était connectée mais n&apos;a aucun rôle sur ce registre, ou le mauvais abonnement ou locataire est sélectionné. Une attribution de rôle toute récente peut mettre quelques minutes à s&apos;appliquer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry did not accept your Azure identity: it has no role on this registry, or another subscription or tenant is selected.</source>
        <translation>Le registre n&apos;a pas accepté votre identité Azure&#xa0;: elle n&apos;a aucun rôle sur ce registre, ou un autre abonnement ou locataire est sélectionné.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI is not signed in to Azure. Run az login first (with sudo, the root user has its own separate sign-in).</source>
        <translation>Azure CLI n&apos;est pas connecté à Azure. Exécutez d&apos;abord az login (avec sudo, l&apos;utilisateur root a sa propre connexion, séparée).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI could not get an Azure sign-in token for the registry. The rest of the message says why.</source>
        <translation>Azure CLI n&apos;a pas pu obtenir de jeton de connexion Azure pour le registre. La suite du message en donne la raison.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service principal&apos;s client secret has expired. Create a new secret and use it everywhere the old one was stored.</source>
        <translation>Le secret client du principal de service a expiré. Créez un nouveau secret et utilisez-le partout où l&apos;ancien était enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client secret given is wrong. Use the secret&apos;s value, not its ID, and check that it belongs to this application.</source>
        <translation>Le secret client fourni est incorrect. Utilisez la valeur du secret, pas son ID, et vérifiez qu&apos;il appartient bien à cette application.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No application with that ID exists in this Azure tenant. Check the application (client) ID and the tenant.</source>
        <translation>Aucune application avec cet ID n&apos;existe dans ce locataire Azure. Vérifiez l&apos;ID d&apos;application (client) et le locataire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Azure sign-in has expired or needs to be repeated. Run az login again.</source>
        <translation>Votre connexion Azure a expiré ou doit être renouvelée. Exécutez de nouveau az login.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure rejected the sign-in because its time stamps are out of range. The computer&apos;s clock is probably wrong.</source>
        <translation>Azure a refusé la connexion car ses horodatages sont hors de la plage valide. L&apos;horloge de l&apos;ordinateur est probablement incorrecte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Microsoft Entra ID does not know this tenant in the Azure cloud the sign-in went to. Either the tenant ID is wrong, or the tenant lives in another cloud (Azure operated by 21Vianet for .azurecr.cn, Azure Government for .azurecr.us), which the Azure CLI reaches only after az cloud set.</source>
        <translation>Microsoft Entra ID ne connaît pas ce locataire dans le cloud Azure auquel la connexion a été envoyée. Soit l&apos;ID du locataire est erroné, soit le locataire se trouve dans un autre cloud (Azure géré par 21Vianet pour .azurecr.cn, Azure Government pour .azurecr.us), qu&apos;Azure CLI n&apos;atteint qu&apos;après az cloud set.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure sign-in (Azure AD / Entra ID) failed. The AADSTS code says why; look it up in Microsoft&apos;s list of sign-in error codes.</source>
        <translation>La connexion Azure (Microsoft Entra ID, anciennement Azure AD) a échoué. Le code AADSTS en donne la raison&#xa0;; recherchez-le dans la liste Microsoft des codes d&apos;erreur de connexion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Azure CLI could not run the docker command: Docker is missing or its engine is not running.</source>
        <translation>Azure CLI n&apos;a pas pu exécuter la commande docker&#xa0;: Docker est absent ou son moteur n&apos;est pas démarré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker engine is not running. Start Docker and try again.</source>
        <translation>Le moteur Docker n&apos;est pas démarré. Démarrez Docker et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker version could not be read or is too old. Registry sign-in needs Docker 18.03 or later.</source>
        <translation>La version de Docker n&apos;a pas pu être lue ou est trop ancienne. La connexion au registre nécessite Docker 18.03 ou version ultérieure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker could not pull a sample image from the internet. The network or proxy settings of the Docker engine are probably the problem.</source>
        <translation>Docker n&apos;a pas pu extraire une image d&apos;exemple depuis Internet. Le problème vient probablement des paramètres réseau ou proxy du moteur Docker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry&apos;s address could not be looked up. The name may be wrong, or DNS (for example for a private endpoint) is not set up.</source>
        <translation>L&apos;adresse du registre n&apos;a pas pu être résolue. Le nom est peut-être erroné, ou le DNS (par exemple pour un point de terminaison privé) n&apos;est pas configuré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry forbade access from here: its firewall or disabled public access keeps this computer out.</source>
        <translation>Le registre a interdit l&apos;accès depuis ici&#xa0;: son pare-feu ou l&apos;accès public désactivé tient cet ordinateur à l&apos;écart.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry address did not answer with the expected request to sign in. A proxy or the network is usually the reason; the same code is also shown when the registry asks you to slow down.</source>
        <translation>L&apos;adresse du registre n&apos;a pas répondu avec la demande d&apos;authentification attendue. La cause est généralement un proxy ou le réseau&#xa0;; le même code apparaît aussi quand le registre vous demande de ralentir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A secure connection to the registry could not be set up, usually because a proxy replaces the certificate or the clock is wrong.</source>
        <translation>Une connexion sécurisée au registre n&apos;a pas pu être établie, généralement parce qu&apos;un proxy remplace le certificat ou que l&apos;horloge est incorrecte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry did not accept your Azure identity: it has no role on the registry, or you are signed in to another tenant or subscription.</source>
        <translation>Le registre n&apos;a pas accepté votre identité Azure&#xa0;: elle n&apos;a aucun rôle sur le registre, ou vous êtes connecté à un autre locataire ou abonnement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry would not hand out an access token for your identity: a role such as AcrPull or AcrPush is missing.</source>
        <translation>Le registre a refusé de délivrer un jeton d&apos;accès pour votre identité&#xa0;: il manque un rôle comme AcrPull ou AcrPush.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry is receiving too many requests from you and asks to slow down.</source>
        <translation>Le registre reçoit trop de requêtes de votre part et demande de ralentir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI could not find the registry&apos;s login server from its name. Check the name and the selected subscription.</source>
        <translation>Azure CLI n&apos;a pas trouvé le serveur de connexion du registre à partir de son nom. Vérifiez le nom et l&apos;abonnement sélectionné.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cluster could not pull the image. The reason follows in the message.</source>
        <translation>Le cluster n&apos;a pas pu tirer (pull) l&apos;image. La raison est indiquée dans la suite du message.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skopeo could not reach the registry. The reason follows in the message.</source>
        <translation>skopeo n&apos;a pas pu joindre le registre. La raison est indiquée dans la suite du message.</translation>
    </message>
    <message>
        <location line="-475"/>
        <source>az acr login could not hand the registry token to Docker, because the docker command or its engine is not available here. The Azure CLI can give you the token instead (--expose-token), for Podman, Helm or a later docker login.</source>
        <translation>az acr login n&apos;a pas pu transmettre le jeton du registre à Docker, car la commande docker ou son moteur n&apos;est pas disponible ici. Azure CLI peut plutôt vous donner le jeton (--expose-token), pour Podman, Helm ou un docker login ultérieur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This Azure CLI does not know the --expose-token option of az acr login: it is too old. Update the Azure CLI.</source>
        <translation>Cette Azure CLI ne connaît pas l&apos;option --expose-token de az acr login&#xa0;: elle est trop ancienne. Mettez à jour Azure CLI.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft Entra ID wants multifactor authentication for this sign-in, or a Conditional Access policy blocks it. A script cannot do that: sign in interactively, or use a service principal or a managed identity.</source>
        <translation>Microsoft Entra ID exige l&apos;authentification multifacteur pour cette authentification, ou une stratégie d&apos;accès conditionnel la bloque. Un script ne peut pas le faire&#xa0;: connectez-vous de manière interactive, ou utilisez un principal de service ou une identité managée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The docker command here is Podman pretending to be Docker. Podman keeps its own sign-ins and has no Docker engine, so Docker&apos;s advice does not apply.</source>
        <translation>Ici, la commande docker est Podman qui se fait passer pour Docker. Podman conserve ses propres authentifications et n&apos;a pas de moteur Docker&#xa0;: les conseils pour Docker ne s&apos;appliquent pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in step got an empty user name or password. In a pipeline the secret variable is usually not set or not available to this run.</source>
        <translation>L&apos;étape d&apos;authentification a reçu un nom d&apos;utilisateur ou un mot de passe vide. Dans un pipeline, la variable secrète n&apos;est généralement pas définie ou pas disponible pour cette exécution.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--password-stdin was given without a user name. In a pipeline the variable that holds the user name is usually empty or not set.</source>
        <translation>--password-stdin a été donné sans nom d&apos;utilisateur. Dans un pipeline, la variable qui contient le nom d&apos;utilisateur est généralement vide ou non définie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pod names an image pull secret that does not exist in its namespace, so the node pulls the image without signing in.</source>
        <translation>Le pod nomme un secret d&apos;extraction d&apos;image qui n&apos;existe pas dans son espace de noms&#xa0;: le nœud tire donc l&apos;image sans s&apos;authentifier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node was refused the image because it pulled without valid credentials: the pod&apos;s pull secret is missing, in another namespace, or for another registry (on AKS, the cluster&apos;s identity may lack AcrPull).</source>
        <translation>L&apos;image a été refusée au nœud, car il l&apos;a tirée sans informations d&apos;identification valides&#xa0;: le secret d&apos;extraction du pod est absent, dans un autre espace de noms ou pour un autre registre (sur AKS, l&apos;identité du cluster n&apos;a peut-être pas AcrPull).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image exists, but not for this platform (operating system and processor, such as linux/arm64). This is not a sign-in problem: pull another platform or build the image for this one.</source>
        <translation>L&apos;image existe, mais pas pour cette plateforme (système d&apos;exploitation et processeur, comme linux/arm64). Ce n&apos;est pas un problème d&apos;authentification&#xa0;: tirez une autre plateforme ou générez l&apos;image pour celle-ci.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The AWS CLI is signed in, but this identity may not get a registry token (it needs ecr:GetAuthorizationToken). docker login then receives no password.</source>
        <translation>L&apos;AWS CLI est connectée, mais cette identité ne peut pas obtenir de jeton de registre (il lui faut ecr:GetAuthorizationToken). docker login ne reçoit alors aucun mot de passe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The AWS CLI&apos;s session has expired, so it could not get a registry token. Sign in to AWS again.</source>
        <translation>La session de l&apos;AWS CLI a expiré&#xa0;: elle n&apos;a donc pas pu obtenir de jeton de registre. Connectez-vous de nouveau à AWS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS does not know the access key the AWS CLI uses, so it could not get a registry token. Check the access key and secret the AWS CLI is set up with.</source>
        <translation>AWS ne connaît pas la clé d&apos;accès utilisée par l&apos;AWS CLI&#xa0;: elle n&apos;a donc pas pu obtenir de jeton de registre. Vérifiez la clé d&apos;accès et le secret avec lesquels l&apos;AWS CLI est configurée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gcloud, the credential helper Docker uses for this registry, could not refresh its sign-in. Sign in again with gcloud auth login.</source>
        <translation>gcloud, l&apos;assistant d&apos;informations d&apos;identification que Docker utilise pour ce registre, n&apos;a pas pu renouveler son authentification. Connectez-vous de nouveau avec gcloud auth login.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The BuildKit builder does not trust the registry&apos;s certificate. A builder in its own container (the docker-container driver) does not see the certificates this computer or Docker trusts.</source>
        <translation>Le générateur BuildKit ne fait pas confiance au certificat du registre. Un générateur dans son propre conteneur (le pilote docker-container) ne voit pas les certificats approuvés par cet ordinateur ou par Docker.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The sign-in worked, but downloading (or uploading) a layer failed at the registry&apos;s data endpoint or storage account, a different host than the registry. The firewall or proxy must allow that host too.</source>
        <translation>L&apos;authentification a réussi, mais le téléchargement (ou le téléversement) d&apos;une couche a échoué au point de terminaison de données ou au compte de stockage du registre, un autre hôte que le registre. Le pare-feu ou le proxy doit aussi autoriser cet hôte.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The server answered with plain HTTP where HTTPS was expected. Usually the registry was set up without TLS: the client must then list it as an insecure registry. Otherwise the address is not the registry, or a proxy is in between.</source>
        <translation>Le serveur a répondu en HTTP en clair là où HTTPS était attendu. En général, le registre a été configuré sans TLS&#xa0;: le client doit alors le déclarer comme registre non sécurisé. Sinon, l&apos;adresse n&apos;est pas celle du registre, ou un proxy s&apos;interpose.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The registry has no repository by this name. Check the spelling and the namespace (team/app), and that the image name starts with this registry&apos;s address.</source>
        <translation>Le registre n&apos;a aucun référentiel de ce nom. Vérifiez l&apos;orthographe et l&apos;espace de noms (team/app), et que le nom de l&apos;image commence par l&apos;adresse de ce registre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry has no image with this tag or digest in the repository, or no such repository. Check the tag, or list the tags the repository has.</source>
        <translation>Le registre n&apos;a aucune image avec ce tag ou ce digest dans le référentiel, ou ce référentiel n&apos;existe pas. Vérifiez le tag, ou listez les tags du référentiel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused the image without saying whether it exists: either the repository does not exist (often a misspelt name or a missing namespace), or it exists and this sign-in may not read it.</source>
        <translation>Le registre a refusé l&apos;image sans dire si elle existe&#xa0;: soit le référentiel n&apos;existe pas (souvent un nom mal orthographié ou un espace de noms manquant), soit il existe et cette authentification ne permet pas de le lire.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The connection was tried over IPv6 (the address in brackets), and this computer has no IPv6 route to it. If the registry also has an IPv4 address, IPv4 probably works: the network needs a working IPv6 route, or IPv6 turned off where it has none.</source>
        <translation>La connexion a été tentée en IPv6 (l&apos;adresse entre crochets), et cet ordinateur n&apos;a pas de route IPv6 vers elle. Si le registre a aussi une adresse IPv4, IPv4 fonctionne probablement&#xa0;: le réseau a besoin d&apos;une route IPv6 qui fonctionne, ou IPv6 doit être désactivé là où il n&apos;y en a pas.</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>The registry uses ABAC repository permissions (&quot;RBAC Registry + ABAC Repository Permissions&quot;). There, AcrPull and AcrPush give no rights on repositories; the Container Registry Repository Reader, Writer and Contributor roles do.</source>
        <translation>Le registre utilise les autorisations de référentiel ABAC (« RBAC Registry + ABAC Repository Permissions »). AcrPull et AcrPush n&apos;y donnent aucun droit sur les référentiels&#xa0;; ce sont les rôles Container Registry Repository Reader, Writer et Contributor qui en donnent.</translation>
    </message>
</context>
<context>
    <name>rd::Goal</name>
    <message>
        <location filename="../src/core/diagnosis/goal.cpp" line="+148"/>
        <source>You can sign in to %1 and push to %2.</source>
        <translation>Vous pouvez vous connecter à %1 et envoyer (push) vers %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You can sign in to %1 and pull from %2.</source>
        <translation>Vous pouvez vous connecter à %1 et tirer (pull) depuis %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can sign in to %1.</source>
        <translation>Vous pouvez vous connecter à %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not tested: the sign-in could not be tried, because %1 cannot be reached.</source>
        <translation>Non testé&#xa0;: l&apos;authentification n&apos;a pas pu être tentée, car %1 est injoignable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tested: the sign-in could not be tried, because the certificate of %1 is not trusted.</source>
        <translation>Non testé&#xa0;: l&apos;authentification n&apos;a pas pu être tentée, car le certificat de %1 n&apos;est pas approuvé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not tested: the sign-in could not be tried, because %1 did not answer as a registry should.</source>
        <translation>Non testé&#xa0;: l&apos;authentification n&apos;a pas pu être tentée, car %1 n&apos;a pas répondu comme un registre devrait le faire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in to %1 fails: %2</source>
        <extracomment>%1 is the registry, %2 the problem&apos;s title (&quot;The password is wrong&quot;).</extracomment>
        <translation>La connexion à %1 échoue&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can sign in to %1, but not push to %2.</source>
        <translation>Vous pouvez vous connecter à %1, mais pas envoyer (push) vers %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You can sign in to %1, but not pull from %2.</source>
        <translation>Vous pouvez vous connecter à %1, mais pas tirer (pull) depuis %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You can sign in to %1, but this computer is not ready: %2</source>
        <extracomment>%1 is the problem&apos;s title (&quot;The Docker engine is not running&quot;).</extracomment>
        <translation>Vous pouvez vous connecter à %1, mais cet ordinateur n&apos;est pas prêt&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rd::Guidance</name>
    <message>
        <location filename="../src/core/diagnosis/guidance.cpp" line="+39"/>
        <source>Signing in from an Azure service</source>
        <translation>Connexion depuis un service Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Azure service signs in with its own identity, not with yours, so a check from this computer cannot see it. Check that identity and its role on the registry.</source>
        <translation>Un service Azure se connecte avec sa propre identité, pas avec la vôtre, donc une vérification depuis cet ordinateur ne peut pas la voir. Vérifiez cette identité et son rôle sur le registre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AKS: the cluster pulls with its kubelet identity, which needs the AcrPull role on the registry. Check it from the cluster&apos;s side:</source>
        <translation>AKS&#xa0;: le cluster tire (pull) avec son identité kubelet, qui a besoin du rôle AcrPull sur le registre. Vérifiez-le du côté du cluster&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the check fails, attach the registry to the cluster (this gives the kubelet identity AcrPull):</source>
        <translation>Si la vérification échoue, attachez le registre au cluster (cela donne AcrPull à l&apos;identité kubelet)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure DevOps: the pipeline signs in through its service connection (Project settings &gt; Service connections). Verify the connection there; its service principal or managed identity needs AcrPull to pull and AcrPush to push, and an expired client secret must be renewed.</source>
        <translation>Azure DevOps&#xa0;: le pipeline se connecte via sa connexion de service (Paramètres du projet &gt; Connexions de service). Vérifiez-y la connexion&#xa0;; son principal de service ou son identité managée a besoin d&apos;AcrPull pour tirer et d&apos;AcrPush pour envoyer, et un secret client expiré doit être renouvelé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub Actions: sign in with the azure/login action using OpenID Connect (a federated credential on the app registration, no secret), then run az acr login. Give the app&apos;s identity its role on the registry:</source>
        <translation>GitHub Actions&#xa0;: connectez-vous avec l&apos;action azure/login en utilisant OpenID Connect (une information d&apos;identification fédérée sur l&apos;inscription d&apos;application, sans secret), puis exécutez az acr login. Donnez son rôle sur le registre à l&apos;identité de l&apos;application&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>App Service and Container Apps: pull with the app&apos;s managed identity, which needs AcrPull on the registry:</source>
        <translation>App Service et Container Apps&#xa0;: tirez (pull) avec l&apos;identité managée de l&apos;application, qui a besoin d&apos;AcrPull sur le registre&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seeing and managing the registry in the Azure portal</source>
        <translation>Voir et gérer le registre dans le portail Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal shows a registry only to accounts with a role on it: Reader to see it, Contributor or Owner to change it. AcrPull and AcrPush allow pulling and pushing images only, not seeing the registry in the portal.</source>
        <translation>Le portail n&apos;affiche un registre qu&apos;aux comptes ayant un rôle sur celui-ci&#xa0;: Lecteur pour le voir, Contributeur ou Propriétaire pour le modifier. AcrPull et AcrPush permettent seulement de tirer et d&apos;envoyer des images, pas de voir le registre dans le portail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List who has which role on the registry (someone who can see it runs this):</source>
        <translation>Listez qui a quel rôle sur le registre (à exécuter par quelqu&apos;un qui peut le voir)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the registry is missing from your list, check that the right subscription is selected:</source>
        <translation>Si le registre n&apos;apparaît pas dans votre liste, vérifiez que le bon abonnement est sélectionné&#xa0;:</translation>
    </message>
</context>
<context>
    <name>rd::HtmlReport</name>
    <message>
        <location filename="../src/core/report/html_report.cpp" line="+110"/>
        <source>Registry Doctor report: %1</source>
        <translation>Rapport Registry Doctor&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registry Doctor report</source>
        <translation>Rapport Registry Doctor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registry: %1</source>
        <translation>Registre&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked at %1 (UTC)</source>
        <translation>Vérifié le %1 (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice scenario: %1</source>
        <translation>Scénario d&apos;entraînement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>problem</source>
        <translation>problème</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the check saw</source>
        <translation>Ce que la vérification a constaté</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to fix it</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 commands</source>
        <translation>Commandes %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read more</source>
        <translation>En savoir plus</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it found</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made by Registry Doctor</source>
        <translation>Créé avec Registry Doctor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total time: %1 ms</source>
        <translation>Durée totale&#xa0;: %1 ms</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(practice scenario %1)</source>
        <translation>(scénario d&apos;entraînement %1)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>First step:</source>
        <translation>Première étape&#xa0;:</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Registry %1, sign-in %2, user %3, repository %4 (%5).</source>
        <extracomment>Ticket summary line; %1 registry, %2 sign-in method name (azure-cli, password, token, docker), %3 user name, %4 repository, %5 pull or push. &quot;-&quot; where not given.</extracomment>
        <translation>Registre %1, connexion %2, utilisateur %3, référentiel %4 (%5).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems: none found.</source>
        <extracomment>Ticket summary line; %1 is the problems&apos; titles, separated by semicolons.</extracomment>
        <translation>Problèmes&#xa0;: aucun trouvé.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems: %1</source>
        <translation>Problèmes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checked %1 (UTC) with Registry Doctor %2 on %3.</source>
        <extracomment>Ticket summary line; %1 date and time (UTC), %2 the program&apos;s version, %3 the operating system.</extracomment>
        <translation>Vérifié le %1 (UTC) avec Registry Doctor %2 sous %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case %1.</source>
        <translation>Dossier %1.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>advice</source>
        <extracomment>The badge of advice (an Azure service&apos;s identity, portal roles): nothing was observed, unlike a &quot;problem&quot;.</extracomment>
        <translation>conseil</translation>
    </message>
</context>
<context>
    <name>rd::HttpExchange</name>
    <message>
        <location filename="../src/core/network/http_exchange.cpp" line="+98"/>
        <source>Practice mode only talks to this computer; %1 is not part of the exercise.</source>
        <translation>Le mode entraînement ne communique qu&apos;avec cet ordinateur&#xa0;; %1 ne fait pas partie de l&apos;exercice.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The server sent more than %1 KiB before its answer could be read; the check stopped reading it.</source>
        <translation>Le serveur a envoyé plus de %1 Kio avant que sa réponse puisse être lue&#xa0;; la vérification a cessé de la lire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer was larger than %1 KiB; the check stopped reading it.</source>
        <translation>La réponse dépassait %1 Kio&#xa0;; la vérification a cessé de la lire.</translation>
    </message>
</context>
<context>
    <name>rd::ImageProbe</name>
    <message>
        <location filename="../src/core/probes/image_probe_start.cpp" line="+21"/>
        <source>Skipped: no repository was given, so only the sign-in was checked.</source>
        <translation>Ignoré&#xa0;: aucun référentiel n&apos;a été indiqué, seule l&apos;authentification a donc été vérifiée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: a push does not need the image to exist.</source>
        <translation>Ignoré&#xa0;: un envoi (push) n&apos;a pas besoin que l&apos;image existe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: only a push uploads.</source>
        <translation>Ignoré&#xa0;: seul un envoi (push) téléverse des données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: the sign-in did not succeed.</source>
        <translation>Ignoré&#xa0;: l&apos;authentification a échoué.</translation>
    </message>
</context>
<context>
    <name>rd::LayerDownloadProbe</name>
    <message>
        <location filename="../src/core/probes/layer_download_probe.cpp" line="+84"/>
        <source>Not tested: on Docker Hub, reading the image&apos;s manifest counts as one of your pulls, and the check does not spend one. Signing in and the pull limit were checked without it.</source>
        <translation>Non testé&#xa0;: sur Docker Hub, lire le manifeste de l&apos;image compte comme un de vos tirages, et la vérification n&apos;en consomme aucun. La connexion et la limite de tirages ont été vérifiées sans lui.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skipped: the image&apos;s manifest could not be read (status %1).</source>
        <translation>Ignoré&#xa0;: le manifeste de l&apos;image n&apos;a pas pu être lu (statut %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: the image&apos;s manifest could not be read: %1</source>
        <translation>Ignoré&#xa0;: le manifeste de l&apos;image n&apos;a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skipped: the image has no layer to download.</source>
        <translation>Ignoré&#xa0;: l&apos;image n&apos;a aucune couche à télécharger.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Layers download: the first bytes of the smallest layer came from the registry itself.</source>
        <translation>Les couches se téléchargent&#xa0;: les premiers octets de la plus petite couche sont venus du registre lui-même.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry did not answer the layer download: %1</source>
        <translation>Le registre n&apos;a pas répondu au téléchargement de la couche&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered the layer download with status %1.</source>
        <translation>Le registre a répondu au téléchargement de la couche avec le statut %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Skipped: layers are downloaded from %1, which is not part of the exercise.</source>
        <translation>Ignoré&#xa0;: les couches sont téléchargées depuis %1, qui ne fait pas partie de l&apos;exercice.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The sign-in works, but layers are downloaded from %1, and this computer cannot resolve that name: %2</source>
        <translation>L&apos;authentification fonctionne, mais les couches sont téléchargées depuis %1, et cet ordinateur ne parvient pas à résoudre ce nom&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in works, but layers are downloaded from %1 (port %2), and this computer cannot connect to it: %3</source>
        <translation>L&apos;authentification fonctionne, mais les couches sont téléchargées depuis %1 (port %2), et cet ordinateur ne parvient pas à s&apos;y connecter&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Layers download: the registry sends them from %1, and the first bytes arrived from there.</source>
        <translation>Les couches se téléchargent&#xa0;: le registre les envoie depuis %1, et les premiers octets en sont arrivés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers are downloaded from %1; it is reachable, but answered with status %2.</source>
        <translation>Les couches sont téléchargées depuis %1&#xa0;; cet hôte est joignable, mais a répondu avec le statut %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers are downloaded from %1; a connection opened, but the download got no answer: %2</source>
        <translation>Les couches sont téléchargées depuis %1&#xa0;; une connexion s&apos;est ouverte, mais le téléchargement n&apos;a reçu aucune réponse&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/probes/layer_download_probe.h" line="+25"/>
        <source>Downloading a layer</source>
        <translation>Téléchargement d&apos;une couche</translation>
    </message>
    <message>
        <location filename="../src/core/probes/layer_download_probe.cpp" line="-109"/>
        <source>The image has no variant for this computer&apos;s platform, %1: it has %2.</source>
        <translation>L&apos;image n&apos;a pas de variante pour la plateforme de cet ordinateur, %1&#xa0;: elle a %2.</translation>
    </message>
</context>
<context>
    <name>rd::LiveStatus</name>
    <message>
        <location filename="../src/gui/accessibility.cpp" line="+92"/>
        <source>1 character typed</source>
        <translation>1 caractère saisi</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n characters typed</source>
        <translation>
            <numerusform>%n caractère saisi</numerusform>
            <numerusform>%n caractères saisis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+72"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The check could not start</source>
        <translation>La vérification n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report (*.json);;Markdown (*.md);;Web page (*.html)</source>
        <translation>Rapport (*.json);;Markdown (*.md);;Page web (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open report</source>
        <translation>Ouvrir un rapport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report (*.json)</source>
        <translation>Rapport (*.json)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Summary copied: paste it into a chat or an e-mail.</source>
        <translation>Résumé copié&#xa0;: collez-le dans une conversation ou un e-mail.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Practice: %1</source>
        <extracomment>Part of the window title in practice mode; %1 is what the user complains about (the practice scenario).</extracomment>
        <translation>Entraînement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Registry Doctor</source>
        <translation>Registry Doctor</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Practice mode: &quot;%1&quot;. Checks go to the built-in practice registry on this computer, not to a real one.</source>
        <translation>Mode entraînement&#xa0;: «&#xa0;%1&#xa0;». Les vérifications s&apos;adressent au registre d&apos;entraînement intégré sur cet ordinateur, pas à un vrai registre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>&amp;New check</source>
        <translation>&amp;Nouvelle vérification</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>&amp;Open report…</source>
        <translation>&amp;Ouvrir un rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy summary for chat or e-mail</source>
        <translation>&amp;Copier le résumé pour une conversation ou un e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Practice</source>
        <translation>&amp;Entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose a practice scenario…</source>
        <translation>&amp;Choisir un scénario d&apos;entraînement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave practice mode</source>
        <translation>&amp;Quitter le mode entraînement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Troubleshooting guide (Microsoft Learn)</source>
        <translation>Guide de &amp;dépannage (Microsoft Learn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Registry Doctor</source>
        <translation>À &amp;propos de Registry Doctor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop checking</source>
        <translation>&amp;Arrêter la vérification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+16"/>
        <source>The report could not be opened</source>
        <translation>Le rapport n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The report could not be saved</source>
        <translation>Le rapport n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report saved to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Type the password for %1 again: a password goes only to the registry it was typed for.</source>
        <translation>Tapez de nouveau le mot de passe pour %1&#xa0;: un mot de passe n&apos;est envoyé qu&apos;au registre pour lequel il a été tapé.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>%1 is too large to be a report from Registry Doctor.</source>
        <translation>%1 est trop volumineux pour être un rapport de Registry Doctor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a JSON file, but not a report saved by Registry Doctor. Open a .json file that Registry Doctor saved (File &gt; Save report).</source>
        <translation>%1 est un fichier JSON, mais pas un rapport enregistré par Registry Doctor. Ouvrez un fichier .json enregistré par Registry Doctor (Fichier &gt; Enregistrer le rapport).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a report from Registry Doctor: it is not a readable JSON file (%2).</source>
        <extracomment>%1 is a file path; %2 the JSON parser&apos;s message (in English).</extracomment>
        <translation>%1 n&apos;est pas un rapport de Registry Doctor&#xa0;: ce n&apos;est pas un fichier JSON lisible (%2).</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Check all my saved &amp;logins…</source>
        <translation>&amp;Vérifier toutes mes connexions enregistrées…</translation>
    </message>
</context>
<context>
    <name>rd::ManifestProbe</name>
    <message>
        <location filename="../src/core/probes/manifest_probe.cpp" line="+71"/>
        <source>The registry did not answer the request for the image %1: %2</source>
        <translation>Le registre n&apos;a pas répondu à la demande de l&apos;image %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The image %1 exists, and this sign-in may read it.</source>
        <translation>L&apos;image %1 existe, et cette authentification permet de la lire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the image %1 was refused with status %2.</source>
        <translation>La lecture de l&apos;image %1 a été refusée avec le statut %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered the request for the image %1 with status %2.</source>
        <translation>Le registre a répondu à la demande de l&apos;image %1 avec le statut %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The repository exists, but the image %1 does not: the registry answered 404 for its tag or digest.</source>
        <translation>Le référentiel existe, mais pas l&apos;image %1&#xa0;: le registre a répondu 404 pour son tag ou son digest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags it has: %1.</source>
        <translation>Tags existants&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The registry has no repository for the image %1: it answered 404.</source>
        <translation>Le registre n&apos;a aucun référentiel pour l&apos;image %1&#xa0;: il a répondu 404.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repositories with a similar name: %1.</source>
        <translation>Référentiels au nom proche&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/manifest_probe.h" line="+21"/>
        <source>The image&apos;s manifest</source>
        <translation>Manifeste de l&apos;image</translation>
    </message>
    <message>
        <location filename="../src/core/probes/manifest_probe.cpp" line="-67"/>
        <source>The image %1 exists, but the registry says no pulls are left (limit %2): pulling it will be refused until the limit allows it again.</source>
        <translation>L&apos;image %1 existe, mais le registre indique qu&apos;il ne reste aucune extraction (limite %2)&#xa0;: son extraction sera refusée jusqu&apos;à ce que la limite la permette de nouveau.</translation>
    </message>
</context>
<context>
    <name>rd::PermissionsProbe</name>
    <message>
        <location filename="../src/core/probes/permissions_probe.cpp" line="+22"/>
        <source>Skipped: the sign-in did not succeed.</source>
        <translation>Ignorée&#xa0;: l&apos;authentification n&apos;a pas réussi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped: no repository was given, so only the sign-in was checked.</source>
        <translation>Ignorée&#xa0;: aucun référentiel n&apos;a été indiqué, seule la connexion a donc été vérifiée.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The sign-in works, but it does not allow %1 on %2: the registry granted only %3.</source>
        <translation>La connexion fonctionne, mais elle n&apos;autorise pas %1 sur %2&#xa0;: le registre n&apos;a accordé que&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the repository %1 was refused with status %2.</source>
        <translation>La lecture du référentiel %1 a été refusée avec le statut %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You may push to %1; it does not exist yet and your first push creates it.</source>
        <translation>Vous pouvez envoyer (push) vers %1&#xa0;; il n&apos;existe pas encore et votre premier push le créera.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The repository %1 does not exist in this registry (404): check its name.</source>
        <translation>Le référentiel %1 n&apos;existe pas dans ce registre (404)&#xa0;: vérifiez son nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may pull from and push to %1.</source>
        <translation>Vous pouvez tirer (pull) depuis %1 et envoyer (push) vers lui.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You may pull from %1.</source>
        <translation>Vous pouvez tirer (pull) depuis %1.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/permissions_probe.h" line="+19"/>
        <source>Rights on the repository</source>
        <translation>Droits sur le référentiel</translation>
    </message>
    <message>
        <location filename="../src/core/probes/permissions_probe.cpp" line="-15"/>
        <source>The sign-in works, but it does not allow %1 on %2: the registry granted no rights on it.</source>
        <translation>La connexion fonctionne, mais elle n&apos;autorise pas %1 sur %2&#xa0;: le registre n&apos;a accordé aucun droit dessus.</translation>
    </message>
</context>
<context>
    <name>rd::PracticeDialog</name>
    <message>
        <location filename="../src/gui/practice_dialog.cpp" line="+14"/>
        <location line="+13"/>
        <source>Practice scenarios</source>
        <translation>Scénarios d&apos;entraînement</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Scenario:</source>
        <extracomment>Label of the list of practice scenarios (situations to practise).</extracomment>
        <translation>&amp;Scénario&#xa0;:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Start &amp;practice</source>
        <translation>&amp;Démarrer l&apos;entraînement</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1: %2</source>
        <extracomment>Said by a screen reader for a practice scenario: %1 is its group (e.g. &quot;First steps&quot;), %2 the complaint.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Choose a situation to practise. The check then talks to a practice registry on this computer that answers as the service in that situation does (Azure Container Registry, Docker Hub, GitHub Container Registry, Amazon ECR or Google Artifact Registry), with that problem. Nothing is sent to the internet.</source>
        <extracomment>The service names are products&apos; names (Azure Container Registry as Microsoft writes it in the language).</extracomment>
        <translation>Choisissez une situation pour vous entraîner. La vérification communique alors avec un registre d&apos;entraînement sur cet ordinateur, qui répond comme le service de cette situation (Azure Container Registry, Docker Hub, GitHub Container Registry, Amazon ECR ou Google Artifact Registry), avec ce problème. Rien n&apos;est envoyé sur Internet.</translation>
    </message>
</context>
<context>
    <name>rd::PracticeRegistry</name>
    <message>
        <location filename="../src/core/practice/practice_dns_server.cpp" line="+22"/>
        <source>The practice DNS responder could not open a UDP port: %1</source>
        <translation>Le répondeur DNS d&apos;entraînement n&apos;a pas pu ouvrir de port UDP&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../src/core/practice/practice_registry.cpp" line="+918"/>
        <source>There is no practice scenario called &apos;%1&apos;.</source>
        <translation>Il n&apos;existe aucun scénario d&apos;entraînement nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The practice registry could not listen on 127.0.0.1: %1</source>
        <translation>Le registre d&apos;entraînement n&apos;a pas pu écouter sur 127.0.0.1&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The practice registry could not reserve a loopback port: %1</source>
        <translation>Le registre d&apos;entraînement n&apos;a pas pu réserver de port de bouclage&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-545"/>
        <source>The practice registry could not write the trainee&apos;s Docker configuration: %1</source>
        <translation>Le registre d&apos;entraînement n&apos;a pas pu écrire la configuration Docker du stagiaire&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rd::PracticeScenario</name>
    <message>
        <location filename="../src/core/practice/practice_scenarios.cpp" line="+22"/>
        <source>Everything works</source>
        <translation>Tout fonctionne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry contoso.azurecr.io answers normally and the admin user may pull and push the repository &apos;hello&apos;. A correct check finds nothing to fix.</source>
        <translation>Le registre contoso.azurecr.io répond normalement et l&apos;utilisateur administrateur peut tirer (pull) et envoyer (push) le référentiel «&#xa0;hello&#xa0;». Une vérification correcte ne trouve rien à corriger.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A plain registry with a password (no token server)</source>
        <translation>Un registre simple avec mot de passe (sans serveur de jetons)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registry.example.test is a generic registry that asks for a user name and password directly (HTTP Basic) instead of sending the client to a token server. The credentials are right; a correct check finds nothing to fix.</source>
        <translation>registry.example.test est un registre générique qui demande directement un nom d&apos;utilisateur et un mot de passe (HTTP Basic) au lieu d&apos;envoyer le client vers un serveur de jetons. Les informations d&apos;identification sont correctes&#xa0;; une vérification correcte ne trouve rien à corriger.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong password</source>
        <translation>Mot de passe incorrect</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name exists but the password is an old one. The token server refuses it with &apos;unauthorized: authentication required&apos;.</source>
        <translation>Le nom d&apos;utilisateur existe, mais le mot de passe est un ancien. Le serveur de jetons le refuse avec «&#xa0;unauthorized: authentication required&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail address used as user name</source>
        <translation>Adresse e-mail utilisée comme nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee typed their e-mail address as user name. The registry answers &apos;Application not registered with AAD&apos;: it expects a service principal&apos;s application ID, the admin user name or a token name.</source>
        <translation>L&apos;adresse e-mail personnelle a été saisie comme nom d&apos;utilisateur. Le registre répond «&#xa0;Application not registered with AAD&#xa0;»&#xa0;: il attend l&apos;ID d&apos;application d&apos;un principal de service, le nom de l&apos;utilisateur administrateur ou un nom de jeton.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allowed to pull, trying to push</source>
        <translation>Pull autorisé, tentative de push</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in works, but the identity may only pull the repository &apos;hello&apos; and the trainee wants to push to it. The token the registry issues grants pull only.</source>
        <translation>La connexion fonctionne, mais l&apos;identité peut seulement tirer (pull) le référentiel «&#xa0;hello&#xa0;», alors qu&apos;il s&apos;agit d&apos;y envoyer (push) des images. Le jeton délivré par le registre n&apos;accorde que le pull.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expired token from az acr login</source>
        <translation>Jeton expiré issu de az acr login</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is a token printed by &apos;az acr login --expose-token&apos; more than three hours ago (user name 00000000-0000-0000-0000-000000000000). It expired two hours ago and the registry refuses it.</source>
        <translation>Le mot de passe est un jeton affiché par «&#xa0;az acr login --expose-token&#xa0;» il y a plus de trois heures (nom d&apos;utilisateur 00000000-0000-0000-0000-000000000000). Il a expiré il y a deux heures et le registre le refuse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registry firewall blocks this computer</source>
        <translation>Le pare-feu du registre bloque cet ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry only accepts selected networks. Every request is refused with 403 &apos;client with IP &apos;203.0.113.7&apos; is not allowed access&apos;.</source>
        <translation>Le registre n&apos;accepte que des réseaux sélectionnés. Chaque requête est refusée avec 403 «&#xa0;client with IP &apos;203.0.113.7&apos; is not allowed access&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry throttles the client: every request gets 429 Too Many Requests with &apos;Retry-After: 30&apos;.</source>
        <translation>Le registre limite le client&#xa0;: chaque requête reçoit 429 Too Many Requests avec «&#xa0;Retry-After: 30&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS inspection proxy certificate</source>
        <translation>Certificat d&apos;un proxy d&apos;inspection TLS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A company proxy inspects TLS: the certificate the client receives is issued by &apos;Contoso Web Filter TLS Inspection CA&apos;, which this computer does not trust.</source>
        <translation>Un proxy d&apos;entreprise inspecte le TLS&#xa0;: le certificat reçu par le client est émis par «&#xa0;Contoso Web Filter TLS Inspection CA&#xa0;», que cet ordinateur n&apos;approuve pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slow but working registry</source>
        <translation>Registre lent mais fonctionnel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every answer takes 1.5 seconds. Everything else works; a correct check is slower but finds nothing to fix.</source>
        <translation>Chaque réponse prend 1,5 seconde. Tout le reste fonctionne&#xa0;; une vérification correcte est plus lente mais ne trouve rien à corriger.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address is a web site, not a registry</source>
        <translation>L&apos;adresse est un site web, pas un registre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server at the address is an ordinary web server: /v2/ answers 404 with an HTML page instead of a registry&apos;s challenge.</source>
        <translation>Le serveur à cette adresse est un serveur web ordinaire&#xa0;: /v2/ répond 404 avec une page HTML au lieu de la demande d&apos;authentification d&apos;un registre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry temporarily unavailable</source>
        <translation>Registre temporairement indisponible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry answers 503 Service Unavailable to every request: the problem is on the service side, not on this computer.</source>
        <translation>Le registre répond 503 Service Unavailable à chaque requête&#xa0;: le problème vient du service, pas de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer&apos;s clock is wrong</source>
        <translation>L&apos;horloge de cet ordinateur est incorrecte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry&apos;s time is two hours behind this computer&apos;s clock, so the tokens it issues look already expired here. Set the clock right (automatic time).</source>
        <translation>L&apos;heure du registre a deux heures de retard sur l&apos;horloge de cet ordinateur&#xa0;: les jetons qu&apos;il délivre semblent donc déjà expirés ici. Remettez l&apos;horloge à l&apos;heure (heure automatique).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry name does not exist</source>
        <translation>Le nom du registre n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DNS answers &apos;no such host&apos; (NXDOMAIN) for contoso.azurecr.io: the name is misspelled, the registry was deleted, or it belongs to another cloud.</source>
        <translation>Le DNS répond «&#xa0;no such host&#xa0;» (NXDOMAIN) pour contoso.azurecr.io&#xa0;: le nom est mal orthographié, le registre a été supprimé, ou il appartient à un autre cloud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Private endpoint outside its network</source>
        <translation>Point de terminaison privé hors de son réseau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contoso.azurecr.io resolves through contoso.privatelink.azurecr.io to the private address 10.0.0.5, which this computer cannot reach: it is not in the registry&apos;s virtual network.</source>
        <translation>contoso.azurecr.io est résolu, via contoso.privatelink.azurecr.io, en l&apos;adresse privée 10.0.0.5, que cet ordinateur ne peut pas joindre&#xa0;: il n&apos;est pas dans le réseau virtuel du registre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry address not reachable</source>
        <translation>Adresse du registre injoignable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name resolves, but nothing answers on port 443: a network, proxy or outbound firewall problem.</source>
        <translation>Le nom est résolu, mais rien ne répond sur le port 443&#xa0;: un problème de réseau, de proxy ou de pare-feu sortant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry name typed with extras</source>
        <translation>Nom de registre saisi avec des ajouts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee typed &apos;https://Contoso.azurecr.io:443/&apos;. The registry works; a correct check warns that Docker needs the plain lowercase login server &apos;contoso.azurecr.io&apos;.</source>
        <translation>L&apos;adresse saisie est «&#xa0;https://Contoso.azurecr.io:443/&#xa0;». Le registre fonctionne&#xa0;; une vérification correcte avertit que Docker a besoin du seul serveur de connexion, en minuscules&#xa0;: «&#xa0;contoso.azurecr.io&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amazon ECR: the 12-hour token has expired</source>
        <translation>Amazon ECR : le jeton de 12 heures a expiré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>123456789012.dkr.ecr.eu-west-1.amazonaws.com answers as Amazon ECR does. The trainee signs in as AWS with a token from aws ecr get-login-password made the day before; ECR tokens last 12 hours, and the registry answers &apos;denied: Your authorization token has expired. Reauthenticate and try again.&apos;</source>
        <translation>123456789012.dkr.ecr.eu-west-1.amazonaws.com répond comme Amazon ECR. Le stagiaire se connecte en tant que AWS avec un jeton de aws ecr get-login-password créé la veille ; les jetons ECR durent 12 heures, et le registre répond &apos;denied: Your authorization token has expired. Reauthenticate and try again.&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>We moved our images to 123456789012.dkr.ecr.us-east-1.amazonaws.com and now docker login there fails.</source>
        <translation>Nous avons déplacé nos images vers 123456789012.dkr.ecr.us-east-1.amazonaws.com et maintenant docker login y échoue.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>I type my Docker Hub password correctly, but docker login says it is wrong.</source>
        <translation>Je tape correctement mon mot de passe Docker Hub, mais docker login dit qu&apos;il est incorrect.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I can sign in to ghcr.io, but pulling our image contoso/hello is denied.</source>
        <translation>Je peux me connecter à ghcr.io, mais le tirage de notre image contoso/hello est refusé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The image name is misspelled</source>
        <translation>Le nom de l&apos;image est mal orthographié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in works, but the trainee pulls &apos;helo&apos; instead of &apos;hello&apos;. The registry answers &apos;name unknown&apos; (404): the repository does not exist, which is not the same as being refused.</source>
        <translation>L&apos;authentification fonctionne, mais le stagiaire tire (pull) «&#xa0;helo&#xa0;» au lieu de «&#xa0;hello&#xa0;». Le registre répond «&#xa0;name unknown&#xa0;» (404)&#xa0;: le référentiel n&apos;existe pas, ce qui n&apos;est pas la même chose qu&apos;un refus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layers blocked at the data endpoint</source>
        <translation>Couches bloquées au point de terminaison de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in and reading the manifest work, but the registry sends layer downloads to its data endpoint contoso.eastus.data.azurecr.io, which this network&apos;s firewall does not allow.</source>
        <translation>L&apos;authentification et la lecture du manifeste fonctionnent, mais le registre envoie les téléchargements de couches vers son point de terminaison de données contoso.eastus.data.azurecr.io, que le pare-feu de ce réseau n&apos;autorise pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A registry without HTTPS</source>
        <translation>Un registre sans HTTPS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registry.example.test was set up without a certificate and speaks plain HTTP. Clients try HTTPS first and stop with &apos;server gave HTTP response to HTTPS client&apos;.</source>
        <translation>registry.example.test a été configuré sans certificat et parle HTTP en clair. Les clients essaient d&apos;abord HTTPS et s&apos;arrêtent sur «&#xa0;server gave HTTP response to HTTPS client&#xa0;».</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>A new colleague asks whether they can pull and push hello on contoso.azurecr.io.</source>
        <translation>Un nouveau collègue demande s&apos;il peut tirer (pull) et envoyer (push) hello sur contoso.azurecr.io.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A developer asks whether their sign-in to registry.example.test is set up right.</source>
        <translation>Un développeur demande si sa connexion à registry.example.test est correctement configurée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I cannot sign in to contoso.azurecr.io any more. It worked last week.</source>
        <translation>Je n&apos;arrive plus à me connecter à contoso.azurecr.io. Cela fonctionnait la semaine dernière.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new starter cannot sign in to contoso.azurecr.io with their work account.</source>
        <translation>Un nouvel arrivant n&apos;arrive pas à se connecter à contoso.azurecr.io avec son compte professionnel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A colleague cannot push to hello since this morning.</source>
        <translation>Depuis ce matin, un collègue n&apos;arrive pas à envoyer (push) vers hello.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing in with a token worked this morning; now every pull from contoso.azurecr.io fails.</source>
        <translation>La connexion avec un jeton fonctionnait ce matin ; maintenant, chaque extraction depuis contoso.azurecr.io échoue.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody in the branch office can use contoso.azurecr.io; from home it works.</source>
        <translation>Personne dans l&apos;agence ne peut utiliser contoso.azurecr.io ; depuis chez soi, cela fonctionne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our build server gets errors from contoso.azurecr.io every few minutes.</source>
        <translation>Notre serveur de build reçoit des erreurs de contoso.azurecr.io toutes les quelques minutes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Since we moved to the new office network, signing in to contoso.azurecr.io fails.</source>
        <translation>Depuis que nous sommes passés au nouveau réseau du bureau, la connexion à contoso.azurecr.io échoue.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pulling from contoso.azurecr.io feels very slow today.</source>
        <translation>Aujourd&apos;hui, les extractions depuis contoso.azurecr.io semblent très lentes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I was given an address for our registry, but signing in to it fails.</source>
        <translation>On m&apos;a donné une adresse pour notre registre, mais la connexion échoue.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing works with contoso.azurecr.io for the whole team since an hour ago.</source>
        <translation>Depuis une heure, plus rien ne fonctionne avec contoso.azurecr.io pour toute l&apos;équipe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everyone else can use contoso.azurecr.io; on my laptop the sign-in is refused right away.</source>
        <translation>Tout le monde peut utiliser contoso.azurecr.io ; sur mon portable, la connexion est refusée immédiatement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>docker login says it cannot find contoso.azurecr.io.</source>
        <translation>docker login indique qu&apos;il ne trouve pas contoso.azurecr.io.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From my laptop contoso.azurecr.io times out; from the build servers in Azure it works.</source>
        <translation>Depuis mon portable, contoso.azurecr.io expire ; depuis les serveurs de build dans Azure, cela fonctionne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>docker login to contoso.azurecr.io waits and then gives up.</source>
        <translation>docker login vers contoso.azurecr.io attend, puis abandonne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I copied the registry&apos;s address from a web page into docker login and it does not work.</source>
        <translation>J&apos;ai copié l&apos;adresse du registre depuis une page web dans docker login, et cela ne fonctionne pas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our nightly job cannot pull from 123456789012.dkr.ecr.eu-west-1.amazonaws.com any more; yesterday it worked.</source>
        <translation>Notre tâche de nuit ne parvient plus à extraire depuis 123456789012.dkr.ecr.eu-west-1.amazonaws.com ; hier, cela fonctionnait.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Since this afternoon our builds cannot pull hello from Docker Hub, although signing in works.</source>
        <translation>Depuis cet après-midi, nos builds n&apos;arrivent plus à tirer hello depuis Docker Hub, alors que la connexion fonctionne.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>docker pull contoso.azurecr.io/helo says &apos;not found&apos;, but I can sign in.</source>
        <translation>docker pull contoso.azurecr.io/helo indique « not found », mais je peux me connecter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing in works, but pulling hello from contoso.azurecr.io stops at the first layer.</source>
        <translation>La connexion fonctionne, mais l&apos;extraction de hello depuis contoso.azurecr.io s&apos;arrête à la première couche.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our test registry registry.example.test refuses docker login with an HTTP error.</source>
        <translation>Notre registre de test registry.example.test refuse docker login avec une erreur HTTP.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>First steps</source>
        <extracomment>A group of practice scenarios.</extracomment>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyday cases</source>
        <extracomment>A group of practice scenarios.</extracomment>
        <translation>Cas courants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hard cases</source>
        <extracomment>A group of practice scenarios.</extracomment>
        <translation>Cas difficiles</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Amazon ECR: a token for another region</source>
        <translation>Amazon ECR&#xa0;: un jeton pour une autre région</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry is 123456789012.dkr.ecr.us-east-1.amazonaws.com, but the trainee&apos;s token comes from aws ecr get-login-password --region eu-west-1. Each ECR token is good for one region and account only; the registry answers the sign-in with 400 Bad Request.</source>
        <translation>Le registre est 123456789012.dkr.ecr.us-east-1.amazonaws.com, mais le jeton du stagiaire vient de aws ecr get-login-password --region eu-west-1. Chaque jeton ECR ne vaut que pour une région et un compte ; le registre répond à la connexion par 400 Bad Request.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker Hub: no pulls left</source>
        <translation>Docker Hub&#xa0;: plus aucune extraction restante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in to Docker Hub works, but the account has used its 100 pulls of the last six hours: the headers say ratelimit-limit: 100;w=21600 and ratelimit-remaining: 0;w=21600, and a pull gets 429 &apos;You have reached your pull rate limit&apos;.</source>
        <translation>La connexion à Docker Hub fonctionne, mais le compte a utilisé ses 100 extractions des six dernières heures&#xa0;: les en-têtes indiquent ratelimit-limit: 100;w=21600 et ratelimit-remaining: 0;w=21600, et une extraction reçoit 429 « You have reached your pull rate limit ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker Hub: password instead of an access token</source>
        <translation>Docker Hub&#xa0;: mot de passe au lieu d&apos;un jeton d&apos;accès</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee signs in to Docker Hub with the account password, but two-factor authentication is on. Docker Hub&apos;s token service refuses it with 401 &apos;please use personal access token to login&apos;.</source>
        <translation>Le stagiaire se connecte à Docker Hub avec le mot de passe du compte, mais l&apos;authentification à deux facteurs est activée. Le service de jetons de Docker Hub le refuse avec 401 « please use personal access token to login ».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub: a token without read:packages</source>
        <translation>GitHub&#xa0;: un jeton sans read:packages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee signs in to ghcr.io with a classic personal access token that lacks the read:packages scope. The sign-in itself works, but the token for the private package contoso/hello is refused with 403 &apos;denied&apos;.</source>
        <translation>Le stagiaire se connecte à ghcr.io avec un jeton d&apos;accès personnel classique auquel manque l&apos;étendue read:packages. La connexion elle-même fonctionne, mais le jeton pour le package privé contoso/hello est refusé avec 403 « denied ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google Artifact Registry: images moved to a new region</source>
        <translation>Google Artifact Registry&#xa0;: images déplacées vers une nouvelle région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulling from europe-west1-docker.pkg.dev says &apos;Unauthenticated request&apos;, although I am signed in to gcloud and pulls from us-docker.pkg.dev work.</source>
        <translation>Un pull depuis europe-west1-docker.pkg.dev répond « Unauthenticated request », alors que je suis connecté à gcloud et que les pulls depuis us-docker.pkg.dev fonctionnent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trainee&apos;s Docker config was written by gcloud auth configure-docker: it hands gcloud&apos;s sign-in (credHelpers) to the Container Registry hosts such as gcr.io and to us-docker.pkg.dev, and to no other host. For europe-west1-docker.pkg.dev Docker has no login and sends none, and Artifact Registry refuses the anonymous request with 403 &apos;Unauthenticated request&apos;. The fix is gcloud auth configure-docker europe-west1-docker.pkg.dev.</source>
        <translation>La configuration Docker du stagiaire a été écrite par gcloud auth configure-docker&#xa0;: elle confie la connexion de gcloud (credHelpers) aux hôtes de Container Registry comme gcr.io et à us-docker.pkg.dev, et à aucun autre hôte. Pour europe-west1-docker.pkg.dev, Docker n&apos;a aucune connexion et n&apos;en envoie aucune, et Artifact Registry refuse la requête anonyme avec 403 « Unauthenticated request ». La solution est gcloud auth configure-docker europe-west1-docker.pkg.dev.</translation>
    </message>
</context>
<context>
    <name>rd::ProbeRow</name>
    <message>
        <location filename="../src/gui/probe_row.cpp" line="+61"/>
        <source>cancelled</source>
        <extracomment>Status of one check (a test the program runs), shown after its name; like waiting, running, passed, warning, failed and skipped. An adjective agreeing with &quot;check&quot; (fr vérification).</extracomment>
        <translation>annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+42"/>
        <source>Checking…</source>
        <translation>Vérification en cours…</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+11"/>
        <source>Not run: the check was stopped.</source>
        <translation>Non exécutée&#xa0;: la vérification a été arrêtée.</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rd::ProcessRunner</name>
    <message>
        <location filename="../src/core/process_runner.cpp" line="+131"/>
        <source>Not run: an argument has characters that cmd.exe would interpret, and %1 is a batch file.</source>
        <translation>Non exécuté : un argument contient des caractères que cmd.exe interpréterait, et %1 est un fichier de commandes.</translation>
    </message>
</context>
<context>
    <name>rd::ProxyProbe</name>
    <message>
        <location filename="../src/core/probes/proxy_probe.cpp" line="+12"/>
        <source>Skipped: there is no registry address to check.</source>
        <translation>Ignorée&#xa0;: il n&apos;y a aucune adresse de registre à vérifier.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is set but is not a valid proxy address.</source>
        <translation>%1 est défini, mais ne contient pas d&apos;adresse de proxy valide.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is set, but NO_PROXY exempts %2: the connection goes direct.</source>
        <translation>%1 est défini, mais NO_PROXY exclut %2&#xa0;: la connexion est directe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy is set for %1: the connection goes direct.</source>
        <translation>Aucun proxy n&apos;est défini pour %1&#xa0;: la connexion est directe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system proxy (%1) is not used by Docker&apos;s command line.</source>
        <translation>Le proxy système (%1) n&apos;est pas utilisé par la ligne de commande Docker.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Practice mode ignores the proxy %1.</source>
        <translation>Le mode entraînement ignore le proxy %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connections to %1 go through the proxy %2 (from %3).</source>
        <translation>Les connexions vers %1 passent par le proxy %2 (défini par %3).</translation>
    </message>
    <message>
        <location filename="../src/core/probes/proxy_probe.h" line="+14"/>
        <source>Proxy settings</source>
        <translation>Paramètres du proxy</translation>
    </message>
    <message>
        <location filename="../src/core/probes/proxy_probe.cpp" line="-20"/>
        <source>%1 is set, but Docker, Podman and other Go programs never use a proxy for %2 (this computer itself): the connection goes direct.</source>
        <translation>%1 est défini, mais Docker, Podman et les autres programmes Go n&apos;utilisent jamais de proxy pour %2 (cet ordinateur lui-même) : la connexion est directe.</translation>
    </message>
</context>
<context>
    <name>rd::RegistryKind</name>
    <message>
        <location filename="../src/core/registry/registry_kind.cpp" line="+194"/>
        <source>container registry</source>
        <extracomment>The kind of a registry the check could not tie to a known service (any OCI registry).</extracomment>
        <translation>registre de conteneurs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your Docker ID; with two-step verification on, the password is a personal access token.</source>
        <translation>Votre Docker ID ; avec la vérification en deux étapes activée, le mot de passe est un jeton d&apos;accès personnel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your GitHub login; the password is a personal access token (classic) with read:packages.</source>
        <translation>Votre identifiant GitHub ; le mot de passe est un jeton d&apos;accès personnel (classic) avec read:packages.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Always AWS; the password comes from aws ecr get-login-password.</source>
        <translation>Toujours AWS ; le mot de passe est fourni par aws ecr get-login-password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oauth2accesstoken with a token from gcloud auth print-access-token, or _json_key with a service account key.</source>
        <translation>oauth2accesstoken avec un jeton de gcloud auth print-access-token, ou _json_key avec une clé de compte de service.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Harbor user name, or a robot account (robot$...) with its secret.</source>
        <translation>Votre nom d&apos;utilisateur Harbor, ou un compte robot (robot$...) avec son secret.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Quay user name, or a robot account (organization+name) with its token.</source>
        <translation>Votre nom d&apos;utilisateur Quay, ou un compte robot (organisation+nom) avec son jeton.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your GitLab user name; the password is a personal access token with read_registry.</source>
        <translation>Votre nom d&apos;utilisateur GitLab ; le mot de passe est un jeton d&apos;accès personnel avec read_registry.</translation>
    </message>
    <message>
        <location filename="../src/core/registry/sign_in_choice.cpp" line="+13"/>
        <source>You sign in with docker login, your Docker ID and a personal access token from Docker Hub&apos;s account settings (the account password only works without two-step verification).</source>
        <translation>Vous vous connectez avec docker login, votre Docker ID et un jeton d&apos;accès personnel créé dans les paramètres du compte Docker Hub (le mot de passe du compte ne fonctionne que sans vérification en deux étapes).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You sign in with your GitHub login and a classic token with read:packages (write:packages to push), for example from gh auth token; in GitHub Actions, GITHUB_TOKEN.</source>
        <translation>Vous vous connectez avec votre identifiant GitHub et un jeton classique avec read:packages (write:packages pour envoyer), par exemple obtenu avec gh auth token ; dans GitHub Actions, GITHUB_TOKEN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS and a token from aws ecr &amp;get-login-password</source>
        <translation>&amp;AWS et un jeton de aws ecr get-login-password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name is AWS; the password is a 12-hour token for the registry&apos;s region and account, from aws ecr get-login-password --region REGION.</source>
        <translation>Le nom d&apos;utilisateur est AWS ; le mot de passe est un jeton de 12 heures pour la région et le compte du registre, obtenu avec aws ecr get-login-password --region REGION.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oauth2accesstoken or a service account &amp;key (_json_key)</source>
        <translation>oauth2accessto&amp;ken ou une clé de compte de service (_json_key)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oauth2accesstoken with a one-hour token from gcloud auth print-access-token, or _json_key (or _json_key_base64) with a service account&apos;s key file.</source>
        <translation>oauth2accesstoken avec un jeton d&apos;une heure obtenu avec gcloud auth print-access-token, ou _json_key (ou _json_key_base64) avec le fichier de clé d&apos;un compte de service.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Harbor user and password, or a robot account (robot$project+name) and its secret; put the name in single quotes in a shell, which would read $ as a variable.</source>
        <translation>Un utilisateur Harbor et son mot de passe, ou un compte robot (robot$project+name) et son secret ; dans un shell, mettez le nom entre apostrophes, sinon $ est lu comme une variable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Quay user and password (or encrypted password), or a robot account (organization+name) and its token.</source>
        <translation>Un utilisateur Quay et son mot de passe (ou mot de passe chiffré), ou un compte robot (organization+name) et son jeton.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A deploy token&apos;s user name and token, or your GitLab user name and a personal access token with read_registry (write_registry to push); in pipelines, gitlab-ci-token and CI_JOB_TOKEN.</source>
        <translation>Le nom d&apos;utilisateur et le jeton d&apos;un jeton de déploiement, ou votre nom d&apos;utilisateur GitLab et un jeton d&apos;accès personnel avec read_registry (write_registry pour envoyer) ; dans les pipelines, gitlab-ci-token et CI_JOB_TOKEN.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Docker ID and personal access to&amp;ken</source>
        <translation>Doc&amp;ker ID et jeton d&apos;accès personnel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub login and personal access to&amp;ken (classic)</source>
        <translation>Identifiant GitHub et &amp;jeton d&apos;accès personnel (classique)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>User or robot a&amp;ccount</source>
        <translation>Utilisateur ou &amp;compte robot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deploy token or personal access to&amp;ken</source>
        <translation>&amp;Jeton de déploiement ou jeton d&apos;accès personnel</translation>
    </message>
</context>
<context>
    <name>rd::RegistryNameProbe</name>
    <message>
        <location filename="../src/core/probes/registry_name_probe.cpp" line="+26"/>
        <source>&quot;%1&quot; is not a registry address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de registre.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&quot;%1&quot; has %n mistake(s); the check uses %2.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» contient %n erreur&#xa0;; la vérification utilise %2.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» contient %n erreurs&#xa0;; la vérification utilise %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login server is %1.</source>
        <translation>Le serveur de connexion est %1.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/registry_name_probe.h" line="+14"/>
        <source>Registry name</source>
        <translation>Nom du registre</translation>
    </message>
</context>
<context>
    <name>rd::RegistryPage</name>
    <message>
        <location filename="../ui/registry_page.ui"/>
        <source>Which registry do you want to reach?</source>
        <translation>Quel registre voulez-vous joindre&#xa0;?</translation>
    </message>
    <message>
        <location/>
        <source>Paste its address the way you have it, even with https:// or an image name. It is tidied up for you.</source>
        <translation>Collez son adresse telle que vous l&apos;avez, même avec https:// ou un nom d&apos;image. Elle sera nettoyée automatiquement.</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Registry</source>
        <translation>&amp;Registre</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+155"/>
        <source>Registry</source>
        <extracomment>Name of the first step in the side list of steps. Short: one or two words.</extracomment>
        <translation>Registre</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+284"/>
        <source>The registry&apos;s login server, for example myregistry.azurecr.io</source>
        <translation>Le serveur de connexion du registre, par exemple myregistry.azurecr.io</translation>
    </message>
    <message>
        <location/>
        <source>Us&amp;e this</source>
        <extracomment>Button next to a corrected registry address: use the corrected one.</extracomment>
        <translation>Utiliser &amp;celui-ci</translation>
    </message>
    <message>
        <location/>
        <source>How do you sign in?</source>
        <extracomment>Heading above the ways of signing in to the registry.</extracomment>
        <translation>Comment vous connectez-vous&#xa0;?</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Azure CLI (az acr login)</source>
        <translation>&amp;Azure CLI (az acr login)</translation>
    </message>
    <message>
        <location/>
        <source>You sign in to Azure with az login; az acr login then signs Docker in to the registry.</source>
        <translation>Vous vous connectez à Azure avec az login&#xa0;; az acr login connecte ensuite Docker au registre.</translation>
    </message>
    <message>
        <location/>
        <source>You type a user name and a password or secret, for example with docker login.</source>
        <translation>Vous saisissez un nom d&apos;utilisateur et un mot de passe ou un secret, par exemple avec docker login.</translation>
    </message>
    <message>
        <location/>
        <source>Repository-scoped &amp;token</source>
        <translation>&amp;Jeton délimité au référentiel</translation>
    </message>
    <message>
        <location/>
        <source>A token made for some repositories only. It has its own name and password.</source>
        <translation>Un jeton créé pour certains référentiels seulement. Il a son propre nom et son propre mot de passe.</translation>
    </message>
    <message>
        <location/>
        <source>The credentials &amp;Docker already saved</source>
        <translation>Les informations d&apos;identification déjà enregistrées par &amp;Docker</translation>
    </message>
    <message>
        <location/>
        <source>You signed in before and Docker remembers it. Nothing to type.</source>
        <translation>Vous vous êtes déjà connecté et Docker s&apos;en souvient. Rien à saisir.</translation>
    </message>
    <message>
        <location/>
        <source>An Azure &amp;service (AKS, Azure DevOps)</source>
        <translation>Un service Azure (A&amp;KS, Azure DevOps)</translation>
    </message>
    <message>
        <location/>
        <source>A service pulls the images with its own identity, not with yours.</source>
        <translation>Un service récupère les images avec sa propre identité, pas avec la vôtre.</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+110"/>
        <source>&amp;User name</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+5"/>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="-2"/>
        <source>For a service principal: its application (client) ID</source>
        <translation>Pour un principal de service&#xa0;: son ID d&apos;application (client)</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+3"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location/>
        <source>Used only for this check. It is never saved or shown.</source>
        <translation>Utilisé uniquement pour cette vérification. Il n&apos;est jamais enregistré ni affiché.</translation>
    </message>
    <message>
        <location/>
        <source>Which image? (optional)</source>
        <extracomment>Heading of the optional repository and pull/push choice.</extracomment>
        <translation>Quelle image&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <location/>
        <source>Rep&amp;ository</source>
        <translation>Référe&amp;ntiel</translation>
    </message>
    <message>
        <location/>
        <source>Repository</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <location/>
        <source>Optional. The repository to check access to, without the registry and without a tag.</source>
        <translation>Facultatif. Le référentiel dont l&apos;accès doit être vérifié, sans le registre et sans tag.</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="-63"/>
        <source>The repository you push to or pull from, without the registry and without a tag.</source>
        <translation>Le référentiel vers lequel vous envoyez ou depuis lequel vous extrayez des images, sans le registre et sans tag.</translation>
    </message>
    <message>
        <location/>
        <source>I want to</source>
        <extracomment>Label before the two choices &quot;Pull (download) images&quot; and &quot;Push (upload) images&quot;; the three read as one sentence.</extracomment>
        <translation>Je veux</translation>
    </message>
    <message>
        <location filename="../src/gui/registry_page.cpp" line="-205"/>
        <source>Check that you may download images</source>
        <translation>Vérifier que vous pouvez télécharger des images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that you may upload images</source>
        <translation>Vérifier que vous pouvez charger des images</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>This cannot be used as a registry address.</source>
        <translation>Ceci ne peut pas servir d&apos;adresse de registre.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Did you mean %1?</source>
        <extracomment>%1 is a registry address, such as myregistry.azurecr.io.</extracomment>
        <translation>Vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>registry</source>
        <extracomment>The kind of registry when the address is not one of a known service. Fills %2 of &quot;%1 (%2)&quot;.</extracomment>
        <translation>registre</translation>
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
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the tag is not needed</source>
        <translation>le tag n&apos;est pas nécessaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repository names are lowercase</source>
        <translation>les noms de référentiel s&apos;écrivent en minuscules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It will be used as &quot;%1&quot;.</source>
        <translation>Sera utilisé sous la forme «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It will be used as &quot;%1&quot;: %2.</source>
        <extracomment>Separator between the reasons in &quot;It will be used as &quot;%1&quot;: %2.&quot; (Chinese and Japanese use 、).</extracomment>
        <translation>Sera utilisé sous la forme «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The name the token was given when it was created</source>
        <translation>Le nom donné au jeton lors de sa création</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token name</source>
        <translation>Nom du jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token password</source>
        <translation>Mot de passe du jeton</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Clear the registry field</source>
        <translation>Effacer le champ Registre</translation>
    </message>
    <message>
        <location line="+154"/>
        <location line="+35"/>
        <source>Invalid entry: %1</source>
        <translation>Entrée non valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/registry_page.ui"/>
        <source>User name and password (admin account or ser&amp;vice principal)</source>
        <translation>Utilisateur et mot de passe (administrateur ou principal de ser&amp;vice)</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+78"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <location/>
        <source>Pull (download) &amp;images</source>
        <extracomment>Completes &quot;I want to&quot;. Pull is Docker&apos;s word for downloading images from a registry.</extracomment>
        <translation>Tirer (pull) des ima&amp;ges</translation>
    </message>
    <message>
        <location/>
        <source>Push (upload) i&amp;mages</source>
        <extracomment>Completes &quot;I want to&quot;. Push is Docker&apos;s word for uploading images to a registry.</extracomment>
        <translation>Envoyer (pus&amp;h) des images</translation>
    </message>
    <message>
        <location filename="../src/gui/registry_page.cpp" line="-10"/>
        <source>To&amp;ken name</source>
        <translation>N&amp;om du jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token pass&amp;word</source>
        <translation>Mot de passe du je&amp;ton</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The check looks at whether you may push to &quot;%1&quot;.</source>
        <extracomment>%1 is the repository, for example &quot;team/app&quot;.</extracomment>
        <translation>La vérification contrôle si vous pouvez envoyer (push) vers «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check looks at whether you may pull from &quot;%1&quot;.</source>
        <extracomment>%1 is the repository, for example &quot;team/app&quot;.</extracomment>
        <translation>La vérification contrôle si vous pouvez tirer (pull) depuis «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>Type the token name and the token password: the check needs both.</source>
        <translation>Tapez le nom du jeton et le mot de passe du jeton&#xa0;: la vérification a besoin des deux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the user name and the password: the check needs both.</source>
        <translation>Tapez le nom d&apos;utilisateur et le mot de passe&#xa0;: la vérification a besoin des deux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the token name.</source>
        <translation>Tapez le nom du jeton.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the user name.</source>
        <translation>Tapez le nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the token password.</source>
        <translation>Tapez le mot de passe du jeton.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the password.</source>
        <translation>Tapez le mot de passe.</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Type the registry&apos;s name before .azurecr.io, for example contoso.azurecr.io.</source>
        <translation>Tapez le nom du registre avant .azurecr.io, par exemple contoso.azurecr.io.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure Container Registry addresses end in .azurecr.io (.azurecr.cn and .azurecr.us in the national clouds).</source>
        <translation>Les adresses Azure Container Registry se terminent par .azurecr.io (.azurecr.cn et .azurecr.us dans les clouds nationaux).</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Show the token password</source>
        <translation>Afficher le mot de passe du jeton</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>I do not know: find out</source>
        <translation>Je ne sais pas&#xa0;: le déterminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker (docker login, docker pull)</source>
        <translation>Docker (commandes docker login, docker pull)</translation>
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
        <translation>Au mo&amp;yen de</translation>
    </message>
    <message>
        <location/>
        <source>The program that failed. Each keeps its own sign-ins and trusts its own certificates, so the check looks where that program looks.</source>
        <translation>Le programme qui a échoué. Chacun conserve ses propres connexions et approuve ses propres certificats&#xa0;: la vérification regarde donc là où ce programme regarde.</translation>
    </message>
</context>
<context>
    <name>rd::RegistryReference</name>
    <message>
        <location filename="../src/core/registry/registry_reference.cpp" line="+217"/>
        <source>Remove the spaces before and after the name: %1</source>
        <translation>Supprimez les espaces avant et après le nom&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the registry&apos;s login server is needed, not the whole command: %1</source>
        <translation>Seul le serveur de connexion du registre est nécessaire, pas toute la commande&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use lowercase letters: %1</source>
        <translation>Utilisez des minuscules&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out &quot;%1&quot;; the login server is the name alone: %2</source>
        <translation>Retirez «&#xa0;%1&#xa0;»&#xa0;; le serveur de connexion est le nom seul&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the path after the server name: %1</source>
        <translation>Retirez le chemin après le nom du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is an image reference; the registry&apos;s login server is: %1</source>
        <translation>Ceci est une référence d&apos;image&#xa0;; le serveur de connexion du registre est&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out &quot;:443&quot;, the standard HTTPS port, or the name will not match stored credentials: %1</source>
        <translation>Retirez «&#xa0;:443&#xa0;», le port HTTPS standard, sinon le nom ne correspondra pas aux informations d&apos;identification enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the registry&apos;s normal name, not the private-link name (its certificate is for *.azurecr.io; with a private endpoint the normal name leads to it): %1</source>
        <translation>Utilisez le nom normal du registre, pas le nom Private Link (son certificat est émis pour *.azurecr.io&#xa0;; avec un point de terminaison privé, le nom normal y mène)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a data endpoint of the registry, not its login server. Log in to: %1</source>
        <translation>Ceci est un point de terminaison de données du registre, pas son serveur de connexion. Connectez-vous à&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name alone means an Azure container registry in the public cloud: %1</source>
        <translation>Un nom seul désigne un registre de conteneurs Azure dans le cloud public&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the user name and password from the text and never share a password; the server is: %1</source>
        <translation>Retirez le nom d&apos;utilisateur et le mot de passe du texte et ne partagez jamais un mot de passe&#xa0;; le serveur est&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An Azure container registry name has 5 to 50 letters and digits. Did you mean: %1</source>
        <translation>Le nom d&apos;un registre de conteneurs Azure compte 5 à 50 lettres et chiffres. Vouliez-vous dire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Azure container registry name has 5 to 50 letters and digits; &quot;%1&quot; has %2, so no such registry can exist.</source>
        <translation>Le nom d&apos;un registre de conteneurs Azure compte 5 à 50 lettres et chiffres&#xa0;; «&#xa0;%1&#xa0;» en compte %2, un tel registre ne peut donc pas exister.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An Azure container registry name has only letters and digits (no dashes, dots or underscores). Did you mean: %1</source>
        <translation>Le nom d&apos;un registre de conteneurs Azure ne contient que des lettres et des chiffres (pas de tirets, de points ni de traits de soulignement). Vouliez-vous dire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Azure container registry name has only letters and digits (no dashes, dots or underscores), so no such registry can exist.</source>
        <translation>Le nom d&apos;un registre de conteneurs Azure ne contient que des lettres et des chiffres (pas de tirets, de points ni de traits de soulignement)&#xa0;: un tel registre ne peut donc pas exister.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the registry&apos;s login server, for example myregistry.azurecr.io.</source>
        <translation>Saisissez le serveur de connexion du registre, par exemple myregistry.azurecr.io.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port after the colon must be a number from 1 to 65535.</source>
        <translation>Le port après les deux-points doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a valid server name. Did you mean: %1</source>
        <translation>Ce n&apos;est pas un nom de serveur valide. Vouliez-vous dire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid server name: a login server has only letters, digits, dots and dashes, like myregistry.azurecr.io.</source>
        <translation>Ce n&apos;est pas un nom de serveur valide&#xa0;: un serveur de connexion ne contient que des lettres, des chiffres, des points et des tirets, comme myregistry.azurecr.io.</translation>
    </message>
</context>
<context>
    <name>rd::Report</name>
    <message>
        <location filename="../src/core/report/report_words.cpp" line="+20"/>
        <source>The check of %1 was cancelled before it finished.</source>
        <translation>La vérification de %1 a été annulée avant la fin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem found with %1.</source>
        <translation>Aucun problème trouvé avec %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 problem found with %1.</source>
        <translation>1 problème trouvé avec %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) found with %1.</source>
        <translation>
            <numerusform>%n problème trouvé avec %1.</numerusform>
            <numerusform>%n problèmes trouvés avec %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/report/text_report.cpp" line="+96"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <location filename="../src/core/report/text_report.cpp" line="-6"/>
        <source>Practice scenario: %1</source>
        <translation>Scénario d&apos;entraînement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>problem</source>
        <translation>problème</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the check saw:</source>
        <translation>Ce que la vérification a constaté&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to fix it:</source>
        <translation>Comment corriger&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checks:</source>
        <translation>Vérifications&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total time: %1 ms</source>
        <translation>Durée totale&#xa0;: %1 ms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registry Doctor report</source>
        <translation>Rapport Registry Doctor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked at</source>
        <translation>Date de la vérification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice scenario</source>
        <translation>Scénario d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the check saw</source>
        <translation>Ce que la vérification a constaté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to fix it</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>%1 (%2 ms): %3</source>
        <extracomment>One line per check in a text report: %1 is the check&apos;s name, %2 how long it took in milliseconds, %3 what it found.</extracomment>
        <translation>%1 (%2 ms)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_words.cpp" line="-20"/>
        <source>Registry kind: %1</source>
        <extracomment>%1 is the registry service, such as &quot;GitHub Container Registry&quot; or &quot;Amazon ECR&quot;.</extracomment>
        <translation>Type de registre : %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/text_report.cpp" line="-25"/>
        <source>advice</source>
        <extracomment>A label after advice in a text report: nothing was observed, unlike a &quot;problem&quot; or a &quot;warning&quot;.</extracomment>
        <translation>conseil</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_words.cpp" line="+9"/>
        <source>Client: %1</source>
        <extracomment>%1 is the program the check was made for: Docker, Podman or Helm.</extracomment>
        <translation>Client&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rd::ResultsPage</name>
    <message>
        <location filename="../src/gui/results_page.cpp" line="+145"/>
        <source>Results</source>
        <extracomment>Name of the last step in the side list of steps. Short: one or two words.</extracomment>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>No check has run yet</source>
        <translation>Aucune vérification n&apos;a encore été exécutée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check of %1 was stopped before it finished</source>
        <translation>La vérification de %1 a été arrêtée avant la fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem left with %1</source>
        <translation>Plus aucun problème avec %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem found with %1</source>
        <translation>Aucun problème trouvé avec %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n things to look at with %1</source>
        <extracomment>Heading when only warnings were found; %1 is the registry&apos;s address.</extracomment>
        <translation>
            <numerusform>%n point à examiner pour %1</numerusform>
            <numerusform>%n points à examiner pour %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n problems found with %1</source>
        <extracomment>Heading; %1 is the registry&apos;s address.</extracomment>
        <translation>
            <numerusform>%n problème trouvé avec %1</numerusform>
            <numerusform>%n problèmes trouvés avec %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened from a report made on %1.</source>
        <extracomment>%1 is a date and time in the reader&apos;s format.</extracomment>
        <translation>Ouvert depuis un rapport créé le %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened from a report.</source>
        <translation>Ouvert depuis un rapport.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked at %1, in %2.</source>
        <extracomment>%1 is a time of day (for example 14:05), not a date; %2 is how long the check took (&quot;350 ms&quot;, &quot;6.2 s&quot;).</extracomment>
        <translation>Vérifié à %1, en %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check was stopped before it finished: there may be more.</source>
        <translation>La vérification a été arrêtée avant la fin&#xa0;: il peut y avoir d&apos;autres problèmes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Practice scenario: %1.</source>
        <extracomment>%1 is the practice scenario.</extracomment>
        <translation>Scénario d&apos;entraînement&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+21"/>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+26"/>
        <source>No problem found</source>
        <translation>Aucun problème trouvé</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Signing in to %1 should work from this computer. The check verified:</source>
        <translation>La connexion à %1 devrait fonctionner depuis cet ordinateur. La vérification a contrôlé&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If signing in still fails, check again with the exact error message: go back and paste it on the previous step.</source>
        <translation>Si la connexion échoue encore, relancez la vérification avec le message d&apos;erreur exact&#xa0;: revenez en arrière et collez-le à l&apos;étape précédente.</translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>%n passed</source>
        <extracomment>Counts of checks by outcome, joined into &quot;All checks (%1)&quot;: 6 passed, 1 warning, 2 skipped.</extracomment>
        <translation>
            <numerusform>%n réussie</numerusform>
            <numerusform>%n réussies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n échouée</numerusform>
            <numerusform>%n échouées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All checks (%1)</source>
        <extracomment>Heading of the list of every check; %1 is the counts, such as &quot;6 passed and 1 failed&quot; (joined as the language joins a list).</extracomment>
        <translation>Toutes les vérifications (%1)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Show commands for %1</source>
        <extracomment>Screen-reader name of a button; %1 is a cause&apos;s title.</extracomment>
        <translation>Afficher les commandes pour %1</translation>
    </message>
    <message>
        <location line="-380"/>
        <source>%1: passes now, but the check went further and found another problem.</source>
        <extracomment>Said after &quot;Check again&quot;: %1 is the problem&apos;s title. It no longer shows, but the check could now go further and found other problems.</extracomment>
        <translation>%1&#xa0;: réussit maintenant, mais la vérification est allée plus loin et a trouvé un autre problème.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Not tested</source>
        <extracomment>Heading above the checks that did not run, each followed by why.</extracomment>
        <translation>Non testé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <extracomment>One check that did not run: %1 is its title, %2 why it did not run.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Also found, but not in the way of what you asked:</source>
        <extracomment>Heading above problems that do not stop what the user asked for (such as the Docker engine for a sign-in).</extracomment>
        <translation>Également trouvé, mais sans effet sur ce que vous avez demandé&#xa0;:</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>This check found it.</source>
        <translation>Cette vérification l&apos;a trouvé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This check did not find it: compare the choices on the first page (pull or push, the repository) with the complaint, and look at the checks that did not pass.</source>
        <translation>Cette vérification ne l&apos;a pas trouvé&#xa0;: comparez les choix de la première page (tirer ou envoyer, le dépôt) avec la plainte, et examinez les vérifications qui n&apos;ont pas réussi.</translation>
    </message>
</context>
<context>
    <name>rd::Rules</name>
    <message>
        <location filename="../src/core/diagnosis/rules.cpp" line="+360"/>
        <source>Install Docker Desktop (Windows and macOS) from docker.com, or Docker Engine from your Linux distribution, then open a new terminal.</source>
        <translation>Installez Docker Desktop (Windows et macOS) depuis docker.com, ou Docker Engine depuis votre distribution Linux, puis ouvrez un nouveau terminal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the command is found:</source>
        <translation>Vérifiez que la commande est trouvée&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Update Docker Desktop (or Docker Engine) to a current version, then check the version again:</source>
        <translation>Mettez à jour Docker Desktop (ou Docker Engine) vers une version récente, puis vérifiez de nouveau la version&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Start Docker Desktop (Windows, macOS) and wait until it says it is running; on Linux start the docker service.</source>
        <translation>Lancez Docker Desktop (Windows, macOS) et attendez qu&apos;il indique qu&apos;il est en cours d&apos;exécution&#xa0;; sous Linux, démarrez le service docker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the engine answers (the Server section must appear without an error):</source>
        <translation>Vérifiez que le moteur répond (la section Server doit apparaître sans erreur)&#xa0;:</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>docker buildx builds with the builder &quot;%1&quot; (driver %2, chosen with %3). BuildKit runs there with its own list of trusted certificate authorities, not the engine&apos;s.</source>
        <translation>docker buildx génère avec le générateur «&#xa0;%1&#xa0;» (pilote %2, choisi avec %3). BuildKit s&apos;y exécute avec sa propre liste d&apos;autorités de certification approuvées, et non avec celle du moteur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker trusts %1 only through its certs.d folder, and the builder&apos;s configuration gives no certificate authority for %1: a docker pull works, a build that pulls from or pushes to %1 fails.</source>
        <translation>Docker n&apos;approuve %1 que par son dossier certs.d, et la configuration du générateur ne donne aucune autorité de certification pour %1&#xa0;: un docker pull fonctionne, une génération qui tire depuis %1 ou pousse vers %1 échoue.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You typed &quot;%1&quot;.</source>
        <translation>Vous avez saisi «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in with Docker using exactly this login server:</source>
        <translation>Connectez-vous avec Docker en utilisant exactement ce serveur de connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With the Azure CLI, give only the registry name:</source>
        <translation>Avec Azure CLI, indiquez uniquement le nom du registre&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write image names with the same lowercase login server:</source>
        <translation>Écrivez les noms d&apos;image avec le même serveur de connexion en minuscules&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the login server from the registry&apos;s Overview page in the Azure portal, or list your registries:</source>
        <translation>Copiez le serveur de connexion depuis la page Vue d&apos;ensemble du registre dans le portail Azure, ou listez vos registres&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the registry&apos;s name and that it exists in your subscription:</source>
        <translation>Vérifiez le nom du registre et qu&apos;il existe dans votre abonnement&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look the name up yourself; &quot;Non-existent domain&quot; or NXDOMAIN confirms the name is wrong:</source>
        <translation>Résolvez le nom vous-même&#xa0;; «&#xa0;Non-existent domain&#xa0;» ou NXDOMAIN confirme que le nom est erroné&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connect to your company network or VPN that reaches the registry&apos;s virtual network, then try again.</source>
        <translation>Connectez-vous au réseau de votre entreprise ou au VPN qui atteint le réseau virtuel du registre, puis réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the address the name resolves to on your computer with the one your administrator expects:</source>
        <translation>Comparez l&apos;adresse vers laquelle le nom est résolu sur votre ordinateur avec celle qu&apos;attend votre administrateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you should reach it from the internet, ask the registry owner to allow public access for your network:</source>
        <translation>Si vous devez le joindre depuis Internet, demandez au propriétaire du registre d&apos;autoriser l&apos;accès public pour votre réseau&#xa0;:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>See which proxy settings are in effect in your terminal:</source>
        <translation>Regardez quels paramètres de proxy sont en vigueur dans votre terminal&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your IT department for the right proxy address, or let the registry bypass the proxy:</source>
        <translation>Demandez à votre service informatique la bonne adresse de proxy, ou faites contourner le proxy pour le registre&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker Desktop has its own proxy settings (Settings &gt; Resources &gt; Proxies); the Docker engine on Linux reads them from its service configuration.</source>
        <translation>Docker Desktop a ses propres paramètres de proxy (Settings &gt; Resources &gt; Proxies)&#xa0;; sous Linux, le moteur Docker les lit dans la configuration de son service.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Test the connection to port 443 yourself:</source>
        <translation>Testez vous-même la connexion au port 443&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it fails, ask your network administrator to allow outgoing HTTPS (port 443) to the registry and its data endpoints (*.azurecr.io, *.blob.core.windows.net).</source>
        <translation>En cas d&apos;échec, demandez à votre administrateur réseau d&apos;autoriser le HTTPS sortant (port 443) vers le registre et ses points de terminaison de données (*.azurecr.io, *.blob.core.windows.net).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Use the registry&apos;s normal name; its private link name does not match the certificate:</source>
        <translation>Utilisez le nom normal du registre&#xa0;; son nom Private Link ne correspond pas au certificat&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your IT department to exclude *.azurecr.io from TLS inspection, or to install the inspecting certificate authority in this computer&apos;s trusted store (Docker Desktop uses the system store).</source>
        <translation>Demandez à votre service informatique d&apos;exclure *.azurecr.io de l&apos;inspection TLS, ou d&apos;installer l&apos;autorité de certification d&apos;inspection dans le magasin de certificats approuvés de cet ordinateur (Docker Desktop utilise le magasin du système).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See which certificate the connection presents:</source>
        <translation>Regardez quel certificat la connexion présente&#xa0;:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ask the registry owner to allow your network&apos;s public IP address in the registry&apos;s Networking settings.</source>
        <translation>Demandez au propriétaire du registre d&apos;autoriser l&apos;adresse IP publique de votre réseau dans les paramètres Mise en réseau du registre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the registry owner to allow your public IP address %1 in the registry&apos;s Networking settings:</source>
        <translation>Demandez au propriétaire du registre d&apos;autoriser votre adresse IP publique %1 dans les paramètres Mise en réseau du registre&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or connect through the network the registry already allows (office network, VPN).</source>
        <translation>Ou connectez-vous par un réseau que le registre autorise déjà (réseau du bureau, VPN).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Wait a minute, then try again.</source>
        <translation>Attendez une minute, puis réessayez.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait %1 seconds, as the registry asks, then try again.</source>
        <translation>Attendez %1 secondes, comme le demande le registre, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If it keeps happening, look for scripts or pipelines pulling in a loop; the registry&apos;s service tier sets how many requests it accepts.</source>
        <translation>Si cela se répète, cherchez des scripts ou des pipelines qui récupèrent des images en boucle&#xa0;; le niveau de service du registre détermine combien de requêtes il accepte.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the address. For Azure Container Registry it is the login server shown on the registry&apos;s Overview page:</source>
        <translation>Vérifiez l&apos;adresse. Pour Azure Container Registry, c&apos;est le serveur de connexion indiqué sur la page Vue d&apos;ensemble du registre&#xa0;:</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Try again in a few minutes. If it persists, check Azure&apos;s service health for Container Registry in your region.</source>
        <translation>Réessayez dans quelques minutes. Si le problème persiste, consultez Azure Service Health (intégrité du service) pour Container Registry dans votre région.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sign in with your Azure account (needs the Azure CLI):</source>
        <translation>Connectez-vous avec votre compte Azure (nécessite Azure CLI)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or sign in with a user name and password (service principal, admin account or token); the password is typed, never written in the command:</source>
        <translation>Ou connectez-vous avec un nom d&apos;utilisateur et un mot de passe (principal de service, compte administrateur ou jeton)&#xa0;; le mot de passe se tape au clavier, il ne s&apos;écrit jamais dans la commande&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For a service principal, find its application (client) ID, a value like 8f3c...-....; use it as the user name:</source>
        <translation>Pour un principal de service, trouvez son ID d&apos;application (client), une valeur du type 8f3c...-....&#xa0;; utilisez-la comme nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then sign in again with that ID:</source>
        <translation>Puis reconnectez-vous avec cet ID&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you ran sudo az acr login, run it without sudo: sudo does not see your own az login.</source>
        <translation>Si vous avez exécuté sudo az acr login, exécutez-le sans sudo&#xa0;: sudo ne voit pas votre propre az login.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign in again; the new sign-in lasts about three hours:</source>
        <translation>Reconnectez-vous&#xa0;; la nouvelle connexion dure environ trois heures&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For automation, use a service principal or a managed identity instead of a personal sign-in; if its secret expired, the owner creates a new one:</source>
        <translation>Pour l&apos;automatisation, utilisez un principal de service ou une identité managée plutôt qu&apos;une connexion personnelle&#xa0;; si son secret a expiré, le propriétaire en crée un nouveau&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the password again carefully (copy it without spaces); it is read from the keyboard, never written in the command:</source>
        <translation>Saisissez de nouveau le mot de passe avec soin (copiez-le sans espaces)&#xa0;; il est lu au clavier, jamais écrit dans la commande&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admin account: the registry owner can show the current passwords:</source>
        <translation>Compte administrateur&#xa0;: le propriétaire du registre peut afficher les mots de passe actuels&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service principal: the owner can create a new client secret:</source>
        <translation>Principal de service&#xa0;: le propriétaire peut créer un nouveau secret client&#xa0;:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Ask the registry owner to give your identity the %1 role on the registry:</source>
        <translation>Demandez au propriétaire du registre d&apos;attribuer à votre identité le rôle %1 sur le registre&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a repository-scoped token, its scope map must allow %1 on %2.</source>
        <translation>Avec un jeton délimité au référentiel, son mappage d&apos;étendue doit autoriser %1 sur %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>A role assigned minutes ago can take up to about ten minutes to apply; then sign in again.</source>
        <translation>Un rôle attribué il y a quelques minutes peut mettre jusqu&apos;à dix minutes environ à s&apos;appliquer&#xa0;; reconnectez-vous ensuite.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Find the credential store named in Docker&apos;s settings file (%1):</source>
        <translation>Repérez le magasin d&apos;informations d&apos;identification indiqué dans le fichier de paramètres de Docker (%1)&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install or repair the program %1 (it comes with Docker Desktop), or remove the &quot;credsStore&quot; line from the file so Docker saves credentials in the file itself; then sign in again.</source>
        <translation>Installez ou réparez le programme %1 (il est fourni avec Docker Desktop), ou supprimez la ligne «&#xa0;credsStore&#xa0;» du fichier pour que Docker enregistre les informations d&apos;identification dans le fichier lui-même&#xa0;; puis reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On Windows, &quot;The stub received bad data&quot; means the registry token is too long for Windows Credential Manager: removing &quot;credsStore&quot; is the known fix.</source>
        <translation>Sous Windows, «&#xa0;The stub received bad data&#xa0;» signifie que le jeton du registre est trop long pour le Gestionnaire d&apos;informations d&apos;identification Windows&#xa0;: la solution connue consiste à supprimer «&#xa0;credsStore&#xa0;».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Install the Azure CLI:</source>
        <translation>Installez Azure CLI&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to Azure, then to the registry:</source>
        <translation>Connectez-vous à Azure, puis au registre&#xa0;:</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The password read from standard input was empty.</source>
        <translation>Le mot de passe lu sur l&apos;entrée standard était vide.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set the clock to synchronise automatically (Windows: Settings &gt; Time &amp; language &gt; Sync now; macOS: System Settings &gt; General &gt; Date &amp; Time), or:</source>
        <translation>Réglez l&apos;horloge pour qu&apos;elle se synchronise automatiquement (Windows&#xa0;: Paramètres &gt; Heure et langue &gt; Synchroniser maintenant&#xa0;; macOS&#xa0;: Réglages Système &gt; Général &gt; Date et heure), ou&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Then sign in again: tokens issued while the clock was wrong stay wrong.</source>
        <translation>Puis reconnectez-vous&#xa0;: les jetons émis pendant que l&apos;horloge était fausse restent faux.</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>If you have no GPG key yet, create one (it asks for your name, e-mail address and a passphrase):</source>
        <translation>Si vous n&apos;avez pas encore de clé GPG, créez-en une (elle demande votre nom, votre adresse e-mail et une phrase secrète) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up pass with your key&apos;s ID (the long hexadecimal number that gpg --list-secret-keys shows), then sign in again:</source>
        <translation>Configurez pass avec l&apos;ID de votre clé (le long nombre hexadécimal affiché par gpg --list-secret-keys), puis reconnectez-vous :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the GPG key %1 from where it was made (gpg --export-secret-keys there, gpg --import here), or set up pass again with a key that is on this computer; logins saved with the old key are then lost:</source>
        <translation>Importez la clé GPG %1 depuis l&apos;ordinateur où elle a été créée (gpg --export-secret-keys là-bas, gpg --import ici), ou configurez à nouveau pass avec une clé présente sur cet ordinateur ; les connexions enregistrées avec l&apos;ancienne clé sont alors perdues :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in from the desktop session itself, not over SSH; or, on a server without a desktop, use pass instead (install pass and docker-credential-pass, then set &quot;credsStore&quot; to &quot;pass&quot; in %1):</source>
        <translation>Connectez-vous depuis la session de bureau elle-même, pas via SSH ; ou, sur un serveur sans bureau, utilisez plutôt pass (installez pass et docker-credential-pass, puis définissez « credsStore » sur « pass » dans %1) :</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The Azure CLI is version %1; az acr login signs in with Podman from version %2 on.</source>
        <translation>Azure CLI est en version %1&#xa0;; az acr login se connecte avec Podman à partir de la version %2.</translation>
    </message>
    <message>
        <location line="-948"/>
        <source>Get a new token for the registry&apos;s region (it lasts 12 hours) and sign in with the user name AWS:</source>
        <translation>Obtenez un nouveau jeton pour la région du registre (il dure 12 heures) et connectez-vous avec le nom d&apos;utilisateur AWS :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Get a new token (it lasts 12 hours) and sign in with the user name AWS:</source>
        <translation>Obtenez un nouveau jeton (il dure 12 heures) et connectez-vous avec le nom d&apos;utilisateur AWS :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Let Docker use your gcloud sign-in for exactly this host:</source>
        <translation>Laissez Docker utiliser votre connexion gcloud pour exactement cet hôte :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or sign in with an access token, valid for one hour:</source>
        <translation>Ou connectez-vous avec un jeton d&apos;accès, valable une heure :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the GitHub CLI&apos;s token the packages scope, then sign in with it:</source>
        <translation>Donnez l&apos;étendue des packages au jeton de GitHub CLI, puis connectez-vous avec :</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>See which AWS identity your AWS CLI signs in as; the registry&apos;s owner allows it in an IAM policy or in the repository&apos;s policy:</source>
        <translation>Vérifiez sous quelle identité AWS votre AWS CLI se connecte ; le propriétaire du registre l&apos;autorise dans une stratégie IAM ou dans la stratégie du référentiel :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the repository&apos;s policy (needs the right to read it):</source>
        <translation>Lisez la stratégie du référentiel (il faut le droit de la lire) :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ask the repository&apos;s owner to give your account the role (a service account is written serviceAccount:NAME@PROJECT.iam.gserviceaccount.com):</source>
        <translation>Demandez au propriétaire du référentiel de donner le rôle à votre compte (un compte de service s&apos;écrit serviceAccount:NAME@PROJECT.iam.gserviceaccount.com) :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ask the repository&apos;s owner to give your account access, then sign in again.</source>
        <translation>Demandez au propriétaire du référentiel de donner accès à votre compte, puis reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+439"/>
        <source>Pull limit: %1 per %2; left: %3.</source>
        <translation>Limite d&apos;extraction : %1 par %2 ; restant : %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull limit: %1; left: %2.</source>
        <translation>Limite d&apos;extraction : %1 ; restant : %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It accepts requests again at %1.</source>
        <translation>Il accepte de nouveau les requêtes à %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in to Docker Hub, so that pulls count against your account&apos;s limit instead of your IP address&apos;s:</source>
        <translation>Connectez-vous à Docker Hub, pour que les extractions comptent pour la limite de votre compte et non celle de votre adresse IP :</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Create a new token, then sign in with it; it is read from the keyboard, never written in the command:</source>
        <translation>Créez un nouveau jeton, puis connectez-vous avec ; il est lu au clavier, jamais écrit dans la commande :</translation>
    </message>
    <message>
        <location line="+329"/>
        <source>Docker has a login for %1, but none for %2, the registry you use.</source>
        <translation>Docker a une connexion pour %1, mais aucune pour %2, le registre que vous utilisez.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The user name &quot;%1&quot; is an e-mail address.</source>
        <translation>Le nom d&apos;utilisateur « %1 » est une adresse e-mail.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in again with the user name this registry expects instead of the e-mail address:</source>
        <translation>Reconnectez-vous avec le nom d&apos;utilisateur que ce registre attend au lieu de l&apos;adresse e-mail :</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The Azure CLI is signed in to %1; %2 is in %3.</source>
        <translation>Azure CLI est connectée à %1 ; %2 se trouve dans %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the Azure CLI to the registry&apos;s cloud, sign in there, then to the registry:</source>
        <translation>Basculez Azure CLI vers le cloud du registre, connectez-vous-y, puis au registre :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To go back to the public cloud later:</source>
        <translation>Pour revenir plus tard au cloud public :</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Your client looks for %1.</source>
        <translation>Votre client cherche %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repository exists and has these tags, among others: %1. Pull one of them:</source>
        <translation>Le référentiel existe et a notamment ces tags&#xa0;: %1. Tirez (pull) l&apos;un d&apos;eux&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry has repositories with a similar name: %1. Pull with the name as it is written there:</source>
        <translation>Le registre a des référentiels au nom proche&#xa0;: %1. Tirez (pull) avec le nom tel qu&apos;il y est écrit&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the repositories in the registry, and the tags of this one:</source>
        <translation>Listez les référentiels du registre et les tags de celui-ci&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the tags the registry has for this repository (a 404 here means the repository itself does not exist):</source>
        <translation>Listez les tags que le registre a pour ce référentiel (ici, un 404 signifie que le référentiel lui-même n&apos;existe pas)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On Docker Hub, a name without a namespace means an official image (library/%1); your own images are named ACCOUNT/%1.</source>
        <translation>Sur Docker Hub, un nom sans espace de noms désigne une image officielle (library/%1)&#xa0;; vos propres images s&apos;appellent ACCOUNT/%1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you are the one who pushes it, push it first, under exactly this name:</source>
        <translation>Si c&apos;est vous qui l&apos;envoyez, envoyez-la (push) d&apos;abord, exactement sous ce nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ask your network administrator to allow outgoing HTTPS (port 443) to %1 in the firewall or proxy, as well as to the registry %2.</source>
        <translation>Demandez à votre administrateur réseau d&apos;autoriser dans le pare-feu ou le proxy le trafic HTTPS sortant (port 443) vers %1, en plus du registre %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name does not resolve on this computer: check its DNS (for a private endpoint, the private DNS zone needs a record for the data endpoint too):</source>
        <translation>Le nom ne se résout pas sur cet ordinateur&#xa0;: vérifiez le DNS (pour un point de terminaison privé, la zone DNS privée doit aussi avoir un enregistrement pour le point de terminaison de données)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test the connection to the data endpoint yourself:</source>
        <translation>Testez vous-même la connexion au point de terminaison de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry uses dedicated data endpoints; list every one the firewall must allow (one per region the registry is replicated to):</source>
        <translation>Le registre utilise des points de terminaison de données dédiés&#xa0;; listez tous ceux que le pare-feu doit autoriser (un par région où le registre est répliqué)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers come from a shared storage account. Instead of allowing all of *.blob.core.windows.net, the registry owner can turn on dedicated data endpoints, whose names the firewall can allow one by one:</source>
        <translation>Les couches proviennent d&apos;un compte de stockage partagé. Au lieu d&apos;autoriser tout *.blob.core.windows.net, le propriétaire du registre peut activer des points de terminaison de données dédiés, dont le pare-feu peut autoriser les noms un par un&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Best: give the registry a TLS certificate for %1, so that passwords and images do not travel in clear text.</source>
        <translation>Le mieux&#xa0;: donnez au registre un certificat TLS pour %1, afin que les mots de passe et les images ne circulent pas en clair.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker: add &quot;insecure-registries&quot;: [&quot;%1&quot;] to the engine&apos;s settings (daemon.json: /etc/docker/daemon.json on Linux, Settings &gt; Docker Engine in Docker Desktop), restart Docker, and check that it is listed:</source>
        <translation>Docker&#xa0;: ajoutez &quot;insecure-registries&quot;: [&quot;%1&quot;] aux paramètres du moteur (daemon.json&#xa0;: /etc/docker/daemon.json sous Linux, Settings &gt; Docker Engine dans Docker Desktop), redémarrez Docker, puis vérifiez qu&apos;il est listé&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Podman and Skopeo: mark it insecure in /etc/containers/registries.conf ([[registry]] with location = &quot;%1&quot; and insecure = true), or for one command:</source>
        <translation>Podman et Skopeo&#xa0;: marquez-le comme non sécurisé dans /etc/containers/registries.conf ([[registry]] avec location = &quot;%1&quot; et insecure = true), ou pour une seule commande&#xa0;:</translation>
    </message>
    <message>
        <location line="-522"/>
        <source>The registry %1 sends clients for tokens to %2.</source>
        <translation>Le registre %1 envoie les clients chercher leurs jetons à %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See what the token service answers from this computer (a token service answers 401 or 200 with JSON, not a connection error or 404):</source>
        <translation>Regardez ce que répond le service de jetons depuis cet ordinateur (un service de jetons répond 401 ou 200 avec du JSON, pas une erreur de connexion ni 404)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the registry&apos;s administrator to fix the token realm in the registry&apos;s settings (for Distribution, auth.token.realm): it must be an https address that clients can reach, served by a running token service with a valid certificate.</source>
        <translation>Demandez à l&apos;administrateur du registre de corriger le realm de jeton dans les paramètres du registre (pour Distribution, auth.token.realm)&#xa0;: ce doit être une adresse https que les clients peuvent joindre, servie par un service de jetons en cours d&apos;exécution avec un certificat valide.</translation>
    </message>
    <message>
        <location line="-663"/>
        <source>In a script, or where docker login cannot ask: the same with the password typed here and passed on standard input:</source>
        <translation>Dans un script, ou là où docker login ne peut pas demander le mot de passe&#xa0;: la même chose, avec le mot de passe tapé ici et transmis sur l&apos;entrée standard&#xa0;:</translation>
    </message>
    <message>
        <location line="+1023"/>
        <source>The pull secret holds no registry at all (its auths are empty).</source>
        <translation>Le secret d&apos;extraction ne contient aucun registre (son auths est vide).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pull secret holds credentials for %1, none for %2: Kubernetes pulls from %2 without signing in.</source>
        <translation>Le secret d&apos;extraction contient des informations d&apos;identification pour %1, aucune pour %2&#xa0;: Kubernetes tire depuis %2 sans s&apos;authentifier.</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Ask the registry owner to give your identity the %1 role on the registry (AcrPull and AcrPush give nothing in this mode):</source>
        <translation>Demandez au propriétaire du registre d&apos;attribuer à votre identité le rôle %1 sur le registre (AcrPull et AcrPush ne donnent rien dans ce mode)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To allow only the repository %1, the owner adds an ABAC condition on the repository name to that role assignment (Azure portal: Access control (IAM), Add role assignment, Conditions).</source>
        <translation>Pour n&apos;autoriser que le référentiel %1, le propriétaire ajoute à cette attribution de rôle une condition ABAC sur le nom du référentiel (portail Azure&#xa0;: Contrôle d&apos;accès (IAM), Ajouter une attribution de rôle, Conditions).</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>The limit counts the pulls of the last %1: pulls are possible again as the older ones leave that window.</source>
        <translation>La limite compte les extractions des dernières %1&#xa0;: les extractions redeviennent possibles à mesure que les plus anciennes sortent de cette période.</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>This Docker ID has two-factor authentication on: create a personal access token in Docker Hub (Account settings, Personal access tokens), then sign in with it as the password; it is read from the keyboard, never written in the command:</source>
        <translation>Ce Docker ID a l&apos;authentification à deux facteurs activée&#xa0;: créez un jeton d&apos;accès personnel dans Docker Hub (Account settings, Personal access tokens), puis connectez-vous avec ce jeton comme mot de passe ; il est lu au clavier, jamais écrit dans la commande&#xa0;:</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Helm cannot load its registry config %1, and helm registry login fails on it too. Move the file aside first (or correct it):</source>
        <translation>Helm ne peut pas charger sa configuration de registre %1, et helm registry login échoue aussi à cause d&apos;elle. Déplacez d&apos;abord le fichier ailleurs (ou corrigez-le)&#xa0;:</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>Get the registry token with the Azure CLI and give it to helm registry login; the user name is always 00000000-0000-0000-0000-000000000000:</source>
        <translation>Obtenez le jeton du registre avec Azure CLI et transmettez-le à helm registry login ; le nom d&apos;utilisateur est toujours 00000000-0000-0000-0000-000000000000&#xa0;:</translation>
    </message>
    <message>
        <location line="-993"/>
        <source>In a script, or where %1 cannot ask: the same with the password typed here and passed on standard input:</source>
        <translation>Dans un script, ou là où %1 ne peut pas demander le mot de passe&#xa0;: la même chose, avec le mot de passe tapé ici et transmis sur l&apos;entrée standard&#xa0;:</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>The Docker engine connects to %1 through the proxy %2 (its own HTTPS proxy setting).</source>
        <translation>Le moteur Docker se connecte à %1 via le proxy %2 (son propre paramètre de proxy HTTPS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine&apos;s HTTPS proxy setting is not a valid proxy address.</source>
        <translation>Le paramètre de proxy HTTPS du moteur Docker n&apos;est pas une adresse de proxy valide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine connects to %1 directly: its No Proxy setting (%2) exempts it.</source>
        <translation>Le moteur Docker se connecte directement à %1&#xa0;: son paramètre No Proxy (%2) l&apos;exclut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine connects to %1 directly: it has no HTTPS proxy setting.</source>
        <translation>Le moteur Docker se connecte directement à %1&#xa0;: il n&apos;a aucun paramètre de proxy HTTPS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This check, like the docker command in your terminal, went through the proxy %1 (from %2).</source>
        <translation>Cette vérification, comme la commande docker dans votre terminal, est passée par le proxy %1 (défini par %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This check, like the docker command in your terminal, connected directly.</source>
        <translation>Cette vérification, comme la commande docker dans votre terminal, s&apos;est connectée directement.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In Docker Desktop, open Settings &gt; Resources &gt; Proxies and set the same proxy as your terminal (or turn manual proxy configuration off to follow the system&apos;s), with %1 in the bypass list if it must be reached directly. Then select Apply &amp; restart.</source>
        <translation>Dans Docker Desktop, ouvrez Settings &gt; Resources &gt; Proxies et définissez le même proxy que dans votre terminal (ou désactivez la configuration manuelle du proxy pour suivre celle du système), avec %1 dans la liste d&apos;exclusions s&apos;il doit être joint directement. Sélectionnez ensuite Apply &amp; restart.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Docker Engine on Linux: give the docker service the same proxy in a systemd drop-in (or in /etc/docker/daemon.json under &quot;proxies&quot;, Docker 23 and later), then restart it:</source>
        <translation>Docker Engine sous Linux&#xa0;: donnez au service docker le même proxy dans un fichier drop-in systemd (ou dans /etc/docker/daemon.json sous « proxies », à partir de Docker 23), puis redémarrez-le&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check what the engine uses now:</source>
        <translation>Vérifiez ce que le moteur utilise maintenant&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The docker command sends its commands to %1 (from %2): the engine %3 runs on another machine.</source>
        <translation>La commande docker envoie ses commandes à %1 (défini par %2)&#xa0;: le moteur %3 s&apos;exécute sur une autre machine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs in Docker Desktop&apos;s virtual machine (kernel %1).</source>
        <translation>Le moteur s&apos;exécute dans la machine virtuelle de Docker Desktop (noyau %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs in WSL 2 (%1, kernel %2).</source>
        <translation>Le moteur s&apos;exécute dans WSL 2 (%1, noyau %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See which engine the docker command uses, and where it runs:</source>
        <translation>Regardez quel moteur la commande docker utilise, et où il s&apos;exécute&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test from the engine&apos;s side: a pull runs there, with its DNS, certificates and proxy.</source>
        <translation>Testez du côté du moteur&#xa0;: un pull s&apos;y exécute, avec son DNS, ses certificats et son proxy.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>The Docker engine lists %1 among its insecure registries, so docker login, pull and push connect to it without checking the certificate.</source>
        <translation>Le moteur Docker compte %1 parmi ses registres non sécurisés&#xa0;: docker login, pull et push s&apos;y connectent donc sans vérifier le certificat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine treats the addresses in %1 as insecure registries, and %2 is among them, so docker login, pull and push connect to it without checking the certificate.</source>
        <translation>Le moteur Docker traite les adresses de %1 comme des registres non sécurisés, et %2 en fait partie&#xa0;: docker login, pull et push s&apos;y connectent donc sans vérifier le certificat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in was not tested here: this check verifies certificates, as Podman, Skopeo, Helm and the Azure CLI do.</source>
        <translation>La connexion n&apos;a pas été testée ici&#xa0;: cette vérification contrôle les certificats, comme Podman, Skopeo, Helm et Azure CLI.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best: have the registry use a certificate that Docker can verify, and give Docker its certificate authority in /etc/docker/certs.d/%1/ca.crt (on Docker Desktop, ~/.docker/certs.d/%1/ca.crt) instead of listing it as insecure.</source>
        <translation>Le mieux&#xa0;: faites utiliser au registre un certificat que Docker peut vérifier, et donnez à Docker son autorité de certification dans /etc/docker/certs.d/%1/ca.crt (avec Docker Desktop, ~/.docker/certs.d/%1/ca.crt) au lieu de le déclarer non sécurisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the engine&apos;s insecure registries (Docker Desktop: Settings &gt; Docker Engine; Linux: &quot;insecure-registries&quot; in /etc/docker/daemon.json):</source>
        <translation>Affichez les registres non sécurisés du moteur (Docker Desktop&#xa0;: Settings &gt; Docker Engine&#xa0;; Linux&#xa0;: « insecure-registries » dans /etc/docker/daemon.json)&#xa0;:</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Sign in with %1 using exactly this login server:</source>
        <translation>Connectez-vous avec %1 en utilisant exactement ce serveur de connexion&#xa0;:</translation>
    </message>
    <message>
        <location line="+550"/>
        <source>Find the credential store named in %1, the file %2 took it from:</source>
        <translation>Repérez le magasin d&apos;informations d&apos;identification indiqué dans %1, le fichier où %2 l&apos;a trouvé&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Install or repair the program %1, or remove the store from &quot;%2&quot; in that file so that %3 keeps logins in a file; then sign in again with %4.</source>
        <translation>Installez ou réparez le programme %1, ou retirez le magasin de «&#xa0;%2&#xa0;» dans ce fichier pour que %3 conserve les connexions dans un fichier&#xa0;; puis reconnectez-vous avec %4.</translation>
    </message>
    <message>
        <location line="-870"/>
        <source>Let %1 use your gcloud sign-in for exactly this host (gcloud writes it to Docker&apos;s config, which %1 reads too):</source>
        <translation>Laissez %1 utiliser votre connexion gcloud pour exactement cet hôte (gcloud l&apos;écrit dans la configuration de Docker, que %1 lit aussi)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>rd::Runner</name>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/runner.cpp" line="+117"/>
        <source>No answer within %n second(s); the check stopped waiting.</source>
        <translation>
            <numerusform>Aucune réponse en %n seconde&#xa0;; la vérification a cessé d&apos;attendre.</numerusform>
            <numerusform>Aucune réponse en %n secondes&#xa0;; la vérification a cessé d&apos;attendre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::Symptoms</name>
    <message>
        <location filename="../src/core/diagnosis/symptom_catalog.cpp" line="+25"/>
        <source>I cannot sign in to my registry with docker login, az acr login, or either of them</source>
        <translation>Je n&apos;arrive pas à me connecter à mon registre avec docker login et/ou az acr login</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing in tells me I am unauthorized, or that my application is not registered (Microsoft Entra ID, formerly Azure AD)</source>
        <translation>La connexion répond «&#xa0;non autorisé&#xa0;» ou que mon application n&apos;est pas inscrite (Microsoft Entra ID, anciennement Azure AD)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI says it could not connect to the registry login server</source>
        <translation>Azure CLI indique ne pas pouvoir se connecter au serveur de connexion du registre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pushing or pulling images fails with unauthorized, even though I signed in</source>
        <translation>Le push ou le pull d&apos;images échoue avec unauthorized, alors que je suis connecté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AKS, Azure DevOps or another Azure service cannot get to my registry</source>
        <translation>AKS, Azure DevOps ou un autre service Azure n&apos;arrive pas à accéder à mon registre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing in fails with 403 Forbidden</source>
        <translation>La connexion échoue avec 403 Forbidden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I cannot see or change my registry in the Azure portal or with the Azure CLI</source>
        <translation>Je ne peux pas voir ou modifier mon registre dans le portail Azure ou avec Azure CLI</translation>
    </message>
</context>
<context>
    <name>rd::SymptomsPage</name>
    <message>
        <location filename="../ui/symptoms_page.ui"/>
        <source>What goes wrong?</source>
        <translation>Qu&apos;est-ce qui ne va pas&#xa0;?</translation>
    </message>
    <message>
        <location/>
        <source>Paste the error message, or tick what you see. Not sure? Leave &quot;check everything&quot; on: it only takes a moment longer.</source>
        <translation>Collez le message d&apos;erreur, ou cochez ce que vous constatez. Vous hésitez&#xa0;? Laissez «&#xa0;tout vérifier&#xa0;» coché&#xa0;: cela ne prend qu&apos;un instant de plus.</translation>
    </message>
    <message>
        <location/>
        <source>Error message</source>
        <extracomment>Screen-reader name of the box where the error message is pasted.</extracomment>
        <translation>Message d&apos;erreur</translation>
    </message>
    <message>
        <location/>
        <source>Paste the error message you got. It is explained below as you paste it.</source>
        <translation>Collez le message d&apos;erreur reçu. Il est expliqué ci-dessous dès que vous le collez.</translation>
    </message>
    <message>
        <location/>
        <source>What do you see?</source>
        <extracomment>Heading of the list of symptoms to tick.</extracomment>
        <translation>Que constatez-vous&#xa0;?</translation>
    </message>
    <message>
        <location/>
        <source>I&apos;m not sure, check &amp;everything</source>
        <translation>Je ne sais pas, &amp;tout vérifier</translation>
    </message>
    <message>
        <location/>
        <source>Every check runs. This is the safe choice.</source>
        <translation>Toutes les vérifications sont exécutées. C&apos;est le choix le plus sûr.</translation>
    </message>
    <message>
        <location filename="../src/gui/symptoms_page.cpp" line="+98"/>
        <source>What happens</source>
        <extracomment>Name of the second step in the side list of steps (the symptoms: what goes wrong). Short.</extracomment>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start check</source>
        <translation>Lancer la &amp;vérification</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+222"/>
        <source>For example: %1</source>
        <translation>Par exemple&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>This message is not one Registry Doctor knows yet. The check will still look at everything.</source>
        <translation>Registry Doctor ne connaît pas encore ce message. La vérification examinera quand même tout.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What it means</source>
        <extracomment>Heading above the explanation of a pasted error message.</extracomment>
        <translation>Ce que cela signifie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Printed by: %1</source>
        <translation>Affiché par&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry: %1 (%2)</source>
        <extracomment>%1 is the registry&apos;s address; %2 the kind of registry: a service&apos;s name (&quot;Docker Hub&quot;, &quot;Azure Container Registry&quot;) or &quot;container registry&quot;.</extracomment>
        <translation>Registre&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Likely cause: %1</source>
        <extracomment>%1 is a cause&apos;s title.</extracomment>
        <translation>Cause probable&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use %1</source>
        <extracomment>Button that takes the registry named in the pasted error message; %1 is its address.</extracomment>
        <translation>Utiliser %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message names this registry.</source>
        <translation>Le message mentionne ce registre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message names a different registry than %1.</source>
        <translation>Le message mentionne un autre registre que %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check will use %1.</source>
        <translation>La vérification utilisera %1.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Ticked: %1.</source>
        <translation>Sélectionnés&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../ui/symptoms_page.ui"/>
        <source>Paste the error &amp;message you got (optional)</source>
        <translation>&amp;Coller le message d&apos;erreur reçu (facultatif)</translation>
    </message>
    <message>
        <location filename="../src/gui/symptoms_page.cpp" line="+132"/>
        <source>Help-desk case number, if you have one (saved in the report)</source>
        <extracomment>Label of an optional field for the number of the user&apos;s support ticket, saved in the report.</extracomment>
        <translation>Numéro de dossier du support, si vous en avez un (enregistré dans le rapport)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help-desk case number</source>
        <translation>Numéro de dossier du support</translation>
    </message>
</context>
<context>
    <name>rd::TcpProbe</name>
    <message>
        <location filename="../src/core/probes/tcp_probe.cpp" line="+79"/>
        <source>Skipped: there is no registry address to check.</source>
        <translation>Ignorée&#xa0;: il n&apos;y a aucune adresse de registre à vérifier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped: the registry&apos;s name did not resolve to an address.</source>
        <translation>Ignorée&#xa0;: le nom du registre n&apos;a été résolu en aucune adresse.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Practice mode only talks to this computer; %1 is not part of the exercise.</source>
        <translation>Le mode entraînement ne communique qu&apos;avec cet ordinateur&#xa0;; %1 ne fait pas partie de l&apos;exercice.</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>No answer from %1 within %n second(s): something on the way (a firewall, a private network) drops the connection.</source>
        <translation>
            <numerusform>Aucune réponse de la part de %1 dans un délai de %n seconde&#xa0;: quelque chose sur le chemin (un pare-feu, un réseau privé) abandonne la connexion.</numerusform>
            <numerusform>Aucune réponse de la part de %1 dans un délai de %n secondes&#xa0;: quelque chose sur le chemin (un pare-feu, un réseau privé) abandonne la connexion.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 refused the connection: nothing accepts connections there, or a firewall rejects them.</source>
        <translation>Connexion refusée par %1&#xa0;: rien n&apos;y accepte de connexion, ou un pare-feu les rejette.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to %1: %2</source>
        <translation>Impossible d&apos;établir la connexion avec %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../src/core/probes/tcp_probe.h" line="+23"/>
        <source>Connection to the registry</source>
        <translation>Connexion réseau au registre</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/probes/tcp_probe.cpp" line="-12"/>
        <source>No answer from the proxy %1 within %n second(s): the proxy is down, or something on the way drops the connection.</source>
        <translation>
            <numerusform>Aucune réponse du proxy %1 en %n seconde&#xa0;: le proxy est arrêté, ou quelque chose sur le chemin abandonne la connexion.</numerusform>
            <numerusform>Aucune réponse du proxy %1 en %n secondes&#xa0;: le proxy est arrêté, ou quelque chose sur le chemin abandonne la connexion.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Connected to the proxy %1 in %n millisecond(s).</source>
        <translation>
            <numerusform>Connecté au proxy %1 en %n milliseconde.</numerusform>
            <numerusform>Connecté au proxy %1 en %n millisecondes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Connected to %1 in %n millisecond(s).</source>
        <translation>
            <numerusform>Connecté à %1 en %n milliseconde.</numerusform>
            <numerusform>Connecté à %1 en %n millisecondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The proxy %1 refused the connection: no proxy is running there, or a firewall rejects the connection.</source>
        <translation>Connexion refusée par le proxy %1&#xa0;: aucun proxy n&apos;y fonctionne, ou un pare-feu rejette la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to the proxy %1: %2</source>
        <translation>Impossible d&apos;établir la connexion avec le proxy %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Connected to %1 over IPv4 (%2), but not over IPv6 (%3): %4. Programs that try IPv6 first and do not fall back to IPv4 fail here.</source>
        <translation>Connexion à %1 établie en IPv4 (%2), mais pas en IPv6 (%3)&#xa0;: %4. Les programmes qui essaient d&apos;abord IPv6 sans se rabattre sur IPv4 échouent ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer in time</source>
        <translation>pas de réponse dans le délai imparti</translation>
    </message>
</context>
<context>
    <name>rd::TlsProbe</name>
    <message>
        <location filename="../src/core/probes/tls_probe.cpp" line="+45"/>
        <source>Skipped: no connection to the registry.</source>
        <translation>Ignorée&#xa0;: aucune connexion au registre.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The secure connection could not be set up: %1</source>
        <translation>La connexion sécurisée n&apos;a pas pu être établie&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The connection opened, but the secure handshake got no answer within %n second(s): something on the way (a firewall that filters secure connections) or the server stops it.</source>
        <translation>
            <numerusform>La connexion s&apos;est ouverte, mais la négociation sécurisée n&apos;a reçu aucune réponse dans un délai de %n seconde&#xa0;: quelque chose sur le chemin (un pare-feu qui filtre les connexions sécurisées) ou le serveur l&apos;interrompt.</numerusform>
            <numerusform>La connexion s&apos;est ouverte, mais la négociation sécurisée n&apos;a reçu aucune réponse dans un délai de %n secondes&#xa0;: quelque chose sur le chemin (un pare-feu qui filtre les connexions sécurisées) ou le serveur l&apos;interrompt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1 with a valid certificate for %2, issued by %3, valid until %4.</source>
        <translation>%1 avec un certificat valide pour %2, émis par %3, valable jusqu&apos;au %4.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The certificate is issued by &quot;%1&quot;, which this computer does not trust. A company proxy or antivirus that inspects secure connections usually does this.</source>
        <translation>Le certificat est émis par «&#xa0;%1&#xa0;», que cet ordinateur n&apos;approuve pas. C&apos;est généralement le fait d&apos;un proxy d&apos;entreprise ou d&apos;un antivirus qui inspecte les connexions sécurisées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate is for %1, not for %2.</source>
        <translation>Le certificat est émis pour %1, et non pour %2.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/tls_probe.h" line="+21"/>
        <source>Secure connection (TLS)</source>
        <translation>Connexion sécurisée (TLS)</translation>
    </message>
    <message>
        <location filename="../src/core/probes/tls_probe.cpp" line="+57"/>
        <source>Docker does not check certificates for registries on 127.0.0.0/8 (its default insecure registries), so it connects although &quot;%1&quot; is not a trusted issuer. Podman, Skopeo, the Azure CLI and browsers refuse this certificate.</source>
        <translation>Docker ne vérifie pas les certificats des registres sur 127.0.0.0/8 (ses registres non sécurisés par défaut) : il se connecte donc même si « %1 » n&apos;est pas un émetteur approuvé. Podman, Skopeo, Azure CLI et les navigateurs refusent ce certificat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker trusts this certificate through %1. This computer&apos;s own store does not, so the Azure CLI, browsers and other programs on this computer will refuse it.</source>
        <translation>Docker approuve ce certificat grâce à %1. Le magasin de cet ordinateur ne l&apos;approuve pas : Azure CLI, les navigateurs et les autres programmes de cet ordinateur le refuseront.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Podman and Skopeo trust this certificate through %1. This computer&apos;s own store does not, so the Azure CLI, browsers and other programs on this computer will refuse it.</source>
        <translation>Podman et Skopeo approuvent ce certificat grâce à %1. Le magasin de cet ordinateur ne l&apos;approuve pas : Azure CLI, les navigateurs et les autres programmes de cet ordinateur le refuseront.</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>The registry speaks plain HTTP on port %1, without TLS. Docker uses plain HTTP for registries on 127.0.0.0/8 by itself, so it can work with it; Podman and Skopeo cannot unless the registry is marked insecure. The rest of the check needs TLS and was not done.</source>
        <translation>Le registre parle HTTP en clair sur le port %1, sans TLS. Docker utilise de lui-même HTTP en clair pour les registres de 127.0.0.0/8 et peut donc fonctionner avec lui&#xa0;; Podman et Skopeo ne le peuvent pas, sauf si le registre est marqué comme non sécurisé. Le reste de la vérification nécessite TLS et n&apos;a pas été effectué.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry speaks plain HTTP on port %1, without TLS: it answered a request in clear text.</source>
        <translation>Le registre parle HTTP en clair sur le port %1, sans TLS&#xa0;: il a répondu à une requête en clair.</translation>
    </message>
</context>
<context>
    <name>rd::WizardModel</name>
    <message>
        <location filename="../src/gui/wizard_model.cpp" line="+141"/>
        <source>&quot;%1&quot; is not a registry address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de registre.</translation>
    </message>
</context>
<context>
    <name>rd::WizardPage</name>
    <message>
        <location filename="../src/gui/wizard_page.h" line="+22"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
</context>
</TS>
