<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>rd::AboutDialog</name>
    <message>
        <location filename="../src/gui/about_dialog.cpp" line="+12"/>
        <source>About Registry Doctor</source>
        <translation>Über Registry Doctor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not available</source>
        <extracomment>Stands for the OpenSSL version in the About box when OpenSSL cannot be loaded.</extracomment>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Registry Doctor %1&lt;/h2&gt;&lt;p&gt;Finds out why you cannot sign in to a container registry, and tells you how to fix it.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Registry Doctor is free software under the MIT licence.&lt;br&gt;Qt is used under the GNU Lesser General Public License version 3.&lt;br&gt;OpenSSL is used under the Apache License 2.0.&lt;/p&gt;</source>
        <extracomment>%1 is the program version, %2 the Qt version, %3 the OpenSSL version (or &quot;not available&quot;). Keep the HTML tags.</extracomment>
        <translation>&lt;h2&gt;Registry Doctor %1&lt;/h2&gt;&lt;p&gt;Findet heraus, warum Sie sich nicht bei einer Containerregistrierung anmelden können, und zeigt Ihnen, wie Sie das beheben.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Registry Doctor ist freie Software unter der MIT-Lizenz.&lt;br&gt;Qt wird unter der GNU Lesser General Public License Version 3 verwendet.&lt;br&gt;OpenSSL wird unter der Apache License 2.0 verwendet.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rd::AcrRoleModeProbe</name>
    <message>
        <location filename="../src/core/probes/acr_role_mode_probe.cpp" line="+47"/>
        <source>Skipped: only Azure Container Registry has a permissions mode.</source>
        <translation>Übersprungen: Nur Azure Container Registry hat einen Berechtigungsmodus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped: nothing was refused after the sign-in.</source>
        <translation>Übersprungen: Nach der Anmeldung wurde nichts abgelehnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped: reading the registry&apos;s permissions mode needs the Azure CLI, signed in.</source>
        <translation>Übersprungen: Zum Lesen des Berechtigungsmodus der Registrierung wird die angemeldete Azure CLI benötigt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The Azure CLI could not get a token to read the registry&apos;s permissions mode: Microsoft Entra ID wants multifactor authentication, or a Conditional Access policy blocks the sign-in (%1).</source>
        <translation>Die Azure CLI hat kein Token erhalten, um den Berechtigungsmodus der Registrierung zu lesen: Microsoft Entra ID verlangt eine mehrstufige Authentifizierung, oder eine Richtlinie für bedingten Zugriff blockiert die Anmeldung (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Azure CLI did not tell the registry&apos;s permissions mode (you may not be allowed to read the registry&apos;s settings), so it is unknown.</source>
        <translation>Die Azure CLI hat den Berechtigungsmodus der Registrierung nicht angegeben (möglicherweise dürfen Sie die Einstellungen der Registrierung nicht lesen), daher ist er unbekannt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry uses &quot;RBAC Registry + ABAC Repository Permissions&quot; (%1): the AcrPull and AcrPush roles give no rights on its repositories there.</source>
        <translation>Die Registrierung verwendet „RBAC Registry + ABAC Repository Permissions“ (%1): Dort gewähren die Rollen AcrPull und AcrPush keine Rechte für ihre Repositorys.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry&apos;s permissions mode is %1: the AcrPull and AcrPush roles apply.</source>
        <translation>Der Berechtigungsmodus der Registrierung ist %1: Die Rollen AcrPull und AcrPush gelten.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/acr_role_mode_probe.h" line="+21"/>
        <source>Registry&apos;s permissions mode</source>
        <translation>Berechtigungsmodus der Registrierung</translation>
    </message>
</context>
<context>
    <name>rd::AllLoginsDialog</name>
    <message>
        <location filename="../src/gui/all_logins_dialog.cpp" line="+31"/>
        <source>All my saved logins</source>
        <translation>Alle meine gespeicherten Anmeldungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registry</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved logins</source>
        <translation>Gespeicherte Anmeldungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking…</source>
        <extracomment>Shown in a row of the saved-logins table while that registry is being checked.</extracomment>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registries checked</source>
        <translation>Geprüfte Registrierungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop checking</source>
        <translation>Prüfung &amp;beenden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Docker has no saved logins on this computer.</source>
        <translation>Docker hat auf diesem Computer keine gespeicherten Anmeldungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Checking %n registries at once…</source>
        <translation>
            <numerusform>%n Registrierung wird geprüft…</numerusform>
            <numerusform>%n Registrierungen werden gleichzeitig geprüft…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Works</source>
        <translation>Funktioniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not tested</source>
        <extracomment>The saved login could not be tried (no answer, nothing saved, registry open to all).</extracomment>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expired at %1</source>
        <extracomment>%1 is a date and time in the reader&apos;s local time.</extracomment>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopped.</source>
        <translation>Beendet.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 of %n saved logins work.</source>
        <translation>
            <numerusform>%1 von %n gespeicherten Anmeldung funktioniert.</numerusform>
            <numerusform>%1 von %n gespeicherten Anmeldungen funktionieren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
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
        <translation>Die Azure CLI (az) ist nicht installiert, aber Sie melden sich darüber an. Installieren Sie die Azure CLI, oder melden Sie sich auf andere Weise an (mit Benutzername und Kennwort oder mit einem Token).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI (az) is not installed; it is only needed to sign in through it.</source>
        <translation>Die Azure CLI (az) ist nicht installiert; sie wird nur für die Anmeldung über die Azure CLI benötigt.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The Azure CLI is installed, but its sign-in file %1 could not be read (%2), so whether you are signed in is unknown.</source>
        <translation>Die Azure CLI ist installiert, aber ihre Anmeldedatei %1 konnte nicht gelesen werden (%2). Ob Sie angemeldet sind, ist daher unklar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Azure CLI is installed but not signed in (no account in %1). az acr login needs az login first.</source>
        <translation>Die Azure CLI ist installiert, aber nicht angemeldet (kein Konto in %1). Vor az acr login ist az login nötig.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+46"/>
        <source>The Azure CLI is signed in as %1 (subscription &quot;%2&quot;).</source>
        <translation>Die Azure CLI ist als %1 angemeldet (Abonnement „%2“).</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>did not answer within %n second(s)</source>
        <translation>
            <numerusform>hat nicht innerhalb von %n Sekunde geantwortet</numerusform>
            <numerusform>hat nicht innerhalb von %n Sekunden geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>crashed</source>
        <translation>ist abgestürzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be started (%1)</source>
        <translation>konnte nicht gestartet werden (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;az account show&quot; %1, so whether you are signed in to the Azure CLI is unknown.</source>
        <translation>„az account show“ %1, daher ist unklar, ob Sie bei der Azure CLI angemeldet sind.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;az account show&quot; succeeded but printed something that is not an account, so whether you are signed in is unknown.</source>
        <translation>„az account show“ war erfolgreich, hat aber etwas ausgegeben, das kein Konto ist. Ob Sie angemeldet sind, ist daher unklar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Azure CLI is not signed in (&quot;%1&quot;), but you sign in through it. Run az login, then az acr login.</source>
        <translation>Die Azure CLI ist nicht angemeldet („%1“), aber Sie melden sich darüber an. Führen Sie az login und dann az acr login aus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;az account show&quot; failed (exit code %1): &quot;%2&quot;. Until it works, az acr login cannot sign you in.</source>
        <translation>„az account show“ ist fehlgeschlagen (Exitcode %1): „%2“. Solange das nicht funktioniert, kann az acr login Sie nicht anmelden.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&quot;az account show&quot; failed with exit code %1 and printed no message. Until it works, az acr login cannot sign you in.</source>
        <translation>„az account show“ ist mit Exitcode %1 fehlgeschlagen und hat keine Meldung ausgegeben. Solange das nicht funktioniert, kann az acr login Sie nicht anmelden.</translation>
    </message>
</context>
<context>
    <name>rd::BlobUploadProbe</name>
    <message>
        <location filename="../src/core/probes/blob_upload_probe.cpp" line="+34"/>
        <source>The registry did not answer the start of an upload: %1</source>
        <translation>Die Registrierung hat auf den Start eines Uploads nicht geantwortet: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused to start an upload to %1 (status %2): this sign-in may not push there.</source>
        <translation>Die Registrierung hat den Start eines Uploads nach %1 abgelehnt (Status %2): Mit dieser Anmeldung dürfen Sie dorthin nicht pushen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered the start of an upload to %1 with status %2.</source>
        <translation>Die Registrierung hat auf den Start eines Uploads nach %1 mit Status %2 geantwortet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You may push to %1: the registry accepted the start of an upload, and it was cancelled.</source>
        <translation>Sie dürfen nach %1 pushen: Die Registrierung hat den Start eines Uploads angenommen, und er wurde wieder abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may push to %1: the registry accepted the start of an upload, but cancelling it was answered with status %2; the registry removes unfinished uploads itself after a while.</source>
        <translation>Sie dürfen nach %1 pushen: Die Registrierung hat den Start eines Uploads angenommen, aber der Abbruch wurde mit Status %2 beantwortet; unvollständige Uploads entfernt die Registrierung nach einiger Zeit selbst.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/blob_upload_probe.h" line="+18"/>
        <source>Starting an upload</source>
        <translation>Start eines Uploads</translation>
    </message>
</context>
<context>
    <name>rd::CauseCard</name>
    <message>
        <location filename="../src/gui/cause_card.cpp" line="+99"/>
        <source>What the check saw</source>
        <translation>Was die Prüfung festgestellt hat</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How to fix it</source>
        <translation>So beheben Sie das Problem</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Read more</source>
        <translation>Weitere Informationen</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+81"/>
        <source>Check &amp;again</source>
        <translation>Erneut &amp;prüfen</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Check again: %1</source>
        <translation>Erneut prüfen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs just the checks behind this problem again, to see whether your fix worked.</source>
        <translation>Führt nur die Prüfungen zu diesem Problem erneut aus, um zu sehen, ob Ihre Korrektur gewirkt hat.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Advanced: look in the registry&apos;s login log</source>
        <translation>Erweitert: Anmeldeprotokoll der Registrierung prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the registry sends its resource logs to Log Analytics, this query lists the sign-ins around the time of this check: who signed in, from which address, and what the registry answered. Run it in the Azure portal under the registry&apos;s Logs.</source>
        <translation>Wenn die Registrierung ihre Ressourcenprotokolle an Log Analytics sendet, listet diese Abfrage die Anmeldungen um den Zeitpunkt dieser Prüfung auf: wer sich angemeldet hat, von welcher Adresse aus und was die Registrierung geantwortet hat. Führen Sie sie im Azure-Portal unter „Protokolle“ der Registrierung aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy query for the registry&apos;s login log</source>
        <translation>Abfrage für das Anmeldeprotokoll der Registrierung kopieren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking again…</source>
        <translation>Wird erneut geprüft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed: the check no longer finds this problem.</source>
        <translation>Behoben: Die Prüfung findet dieses Problem nicht mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still there: the check found this problem again.</source>
        <translation>Weiterhin vorhanden: Die Prüfung hat dieses Problem erneut gefunden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fixed</source>
        <extracomment>Status of a problem after &quot;Check again&quot;: it is solved now. Adjective, agrees with &quot;problem&quot;.</extracomment>
        <translation>Behoben</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+201"/>
        <source>Problem</source>
        <extracomment>Screen-reader name of the card&apos;s icon: how serious the cause is (error / warning).</extracomment>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="-201"/>
        <location line="+201"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>First step: %1</source>
        <translation>Erster Schritt: %1</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Opens in your browser</source>
        <translation>Wird in Ihrem Browser geöffnet</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Type the commands in a terminal: press Windows+X and choose Terminal (or Windows PowerShell).</source>
        <translation>Geben Sie die Befehle in einem Terminal ein: Drücken Sie Windows+X, und wählen Sie „Terminal“ (oder „Windows PowerShell“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the commands in a terminal: press Command+Space, type Terminal and press Return.</source>
        <translation>Geben Sie die Befehle in einem Terminal ein: Drücken Sie Befehl+Leertaste, geben Sie „Terminal“ ein, und drücken Sie den Zeilenschalter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the commands in a terminal: press Ctrl+Alt+T, or open Terminal from the applications menu.</source>
        <translation>Geben Sie die Befehle in einem Terminal ein: Drücken Sie Strg+Alt+T, oder öffnen Sie „Terminal“ im Anwendungsmenü.</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>Not confirmed: the checks behind this problem could not run to the end.</source>
        <translation>Nicht bestätigt: Die Prüfungen hinter diesem Problem konnten nicht vollständig ausgeführt werden.</translation>
    </message>
</context>
<context>
    <name>rd::Causes</name>
    <message>
        <location filename="../src/core/diagnosis/cause_catalog.cpp" line="+34"/>
        <source>Troubleshoot registry login</source>
        <translation>Problembehandlung bei der Anmeldung an der Registrierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Troubleshoot network issues with the registry</source>
        <translation>Behandeln von Netzwerkproblemen mit der Registrierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticate with an Azure container registry</source>
        <translation>Authentifizieren bei einer Azure-Containerregistrierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a service principal</source>
        <translation>Anmelden mit einem Dienstprinzipal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository-scoped tokens</source>
        <translation>Token mit Repositorybereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequently asked questions</source>
        <translation>Häufig gestellte Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the health of a registry</source>
        <translation>Überprüfen der Integrität einer Registrierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect privately to a registry with Azure Private Link</source>
        <translation>Private Verbindung mit einer Registrierung über Azure Private Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow access from selected public networks</source>
        <translation>Zugriff aus ausgewählten öffentlichen Netzwerken zulassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a managed identity</source>
        <translation>Anmelden mit einer verwalteten Identität</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Best practices for Azure Container Registry</source>
        <translation>Bewährte Methoden für Azure Container Registry</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Docker is not installed</source>
        <translation>Docker ist nicht installiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The docker command was not found on this computer. Signing in with docker login, and pulling or pushing images, needs the Docker client; az acr login also calls it.</source>
        <translation>Der Befehl docker wurde auf diesem Computer nicht gefunden. Für die Anmeldung mit docker login sowie für Pull und Push von Images ist der Docker-Client nötig; auch az acr login ruft ihn auf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker is too old</source>
        <translation>Docker ist zu alt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Container Registry needs Docker 18.03 or later. Older clients do not speak the sign-in protocol the registry expects.</source>
        <translation>Azure Container Registry benötigt Docker 18.03 oder höher. Ältere Clients beherrschen das Anmeldeprotokoll nicht, das die Registrierung erwartet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine is not running</source>
        <translation>Die Docker-Engine läuft nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The docker command is installed, but the Docker engine behind it (the daemon, or Docker Desktop) does not answer. Pulling and pushing images need it, and older Docker versions need it to sign in too.</source>
        <translation>Der Befehl docker ist installiert, aber die Docker-Engine dahinter (der Daemon oder Docker Desktop) antwortet nicht. Für Pull und Push von Images wird sie benötigt, und ältere Docker-Versionen brauchen sie auch für die Anmeldung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry name is not written correctly</source>
        <translation>Der Registrierungsname ist nicht richtig geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker needs the registry&apos;s full login server in lowercase, such as myregistry.azurecr.io, with no https://, no path and no port. The Azure CLI (az acr login --name) needs just the registry name, without the domain.</source>
        <translation>Docker benötigt den vollständigen Anmeldeserver der Registrierung in Kleinbuchstaben, z. B. myregistry.azurecr.io, ohne https://, ohne Pfad und ohne Port. Die Azure CLI (az acr login --name) benötigt nur den Registrierungsnamen, ohne Domäne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry name does not exist</source>
        <translation>Der Registrierungsname existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name could not be found in DNS: there is no registry with this name, it is misspelled, it belongs to another Azure cloud (.azurecr.cn, .azurecr.us), or this computer&apos;s DNS is not working.</source>
        <translation>Der Name wurde im DNS nicht gefunden: Es gibt keine Registrierung mit diesem Namen, er ist falsch geschrieben, er gehört zu einer anderen Azure-Cloud (.azurecr.cn, .azurecr.us), oder das DNS dieses Computers funktioniert nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry cannot be reached from this network</source>
        <translation>Die Registrierung ist aus diesem Netzwerk nicht erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer could not open a connection to the registry. Something between the two (a firewall, a VPN, a network that blocks outgoing traffic on port 443) stops the connection before any sign-in can happen.</source>
        <translation>Dieser Computer konnte keine Verbindung zur Registrierung herstellen. Etwas dazwischen (eine Firewall, ein VPN, ein Netzwerk, das ausgehenden Datenverkehr auf Port 443 sperrt) unterbricht die Verbindung, bevor eine Anmeldung stattfinden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy blocks the connection</source>
        <translation>Der Proxy blockiert die Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections to the registry go through a proxy, and the proxy did not let this one through: it is unreachable, asks for a sign-in of its own, or refuses the registry&apos;s address.</source>
        <translation>Verbindungen zur Registrierung laufen über einen Proxy, und der Proxy hat diese nicht durchgelassen: Er ist nicht erreichbar, verlangt eine eigene Anmeldung oder lehnt die Adresse der Registrierung ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s certificate is not trusted</source>
        <translation>Dem Zertifikat der Registrierung wird nicht vertraut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secure connection presents a certificate this computer does not trust. When the issuer is not Microsoft&apos;s, a company proxy or antivirus is usually opening secure connections to inspect them; Docker then refuses to send credentials.</source>
        <translation>Die sichere Verbindung legt ein Zertifikat vor, dem dieser Computer nicht vertraut. Wenn der Aussteller nicht Microsoft ist, öffnet meist ein Unternehmensproxy oder ein Virenschutz sichere Verbindungen, um sie zu untersuchen; Docker sendet dann keine Anmeldeinformationen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s firewall does not allow your network</source>
        <translation>Die Firewall der Registrierung lässt Ihr Netzwerk nicht zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered, but refused this computer&apos;s public IP address. The registry only accepts connections from selected networks, or its public access is turned off.</source>
        <translation>Die Registrierung hat geantwortet, aber die öffentliche IP-Adresse dieses Computers abgelehnt. Die Registrierung akzeptiert nur Verbindungen aus ausgewählten Netzwerken, oder ihr öffentlicher Zugriff ist deaktiviert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry is only reachable through its private network</source>
        <translation>Die Registrierung ist nur über ihr privates Netzwerk erreichbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s name points to a private endpoint (a private address in an Azure virtual network). From outside that network, for example from home or without the VPN, the connection cannot succeed; inside it, the private DNS zone must be set up.</source>
        <translation>Der Name der Registrierung verweist auf einen privaten Endpunkt (eine private Adresse in einem virtuellen Azure-Netzwerk). Von außerhalb dieses Netzwerks, z. B. von zu Hause oder ohne VPN, kann die Verbindung nicht gelingen; innerhalb muss die private DNS-Zone eingerichtet sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry is limiting requests</source>
        <translation>Die Registrierung begrenzt die Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered 429 (too many requests): it is slowing down clients that send many requests in a short time. Waiting a little and trying again usually works.</source>
        <translation>Die Registrierung hat mit 429 (zu viele Anfragen) geantwortet: Sie bremst Clients, die in kurzer Zeit viele Anfragen senden. Kurz warten und erneut versuchen hilft meistens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address is not a container registry</source>
        <translation>Die Adresse ist keine Containerregistrierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something answered at this address, but not as a container registry does. The address is probably wrong, or a web page (a proxy&apos;s block page, a captive portal) answered instead.</source>
        <translation>Unter dieser Adresse hat etwas geantwortet, aber nicht so wie eine Containerregistrierung. Die Adresse ist wahrscheinlich falsch, oder stattdessen hat eine Webseite geantwortet (die Sperrseite eines Proxys, ein Captive Portal).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry has a problem on its side</source>
        <translation>Die Registrierung hat ein Problem auf ihrer Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry was reached but gave no usable answer: a server error (5xx), an answer cut short, or no answer in time. This is not caused by your sign-in; it is usually temporary.</source>
        <translation>Die Registrierung wurde erreicht, hat aber keine brauchbare Antwort gegeben: ein Serverfehler (5xx), eine abgebrochene Antwort oder keine rechtzeitige Antwort. Das liegt nicht an Ihrer Anmeldung und ist meist vorübergehend.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no credentials for this registry</source>
        <translation>Für diese Registrierung gibt es keine Anmeldeinformationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was given to sign in with, and Docker has nothing saved for this registry. Docker then tries without signing in, and the registry answers unauthorized.</source>
        <translation>Für die Anmeldung wurde nichts angegeben, und Docker hat für diese Registrierung nichts gespeichert. Docker versucht es dann ohne Anmeldung, und die Registrierung antwortet mit „unauthorized“ (nicht autorisiert).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name or password is wrong</source>
        <translation>Benutzername oder Kennwort ist falsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused the credentials. For a service principal the user name is the application (client) ID and the password is its client secret; for the admin account both come from the registry&apos;s Access keys page; for a token, from its Tokens page.</source>
        <translation>Die Registrierung hat die Anmeldeinformationen abgelehnt. Bei einem Dienstprinzipal ist der Benutzername die Anwendungs-ID (Client-ID) und das Kennwort dessen geheimer Clientschlüssel; beim Administratorkonto stehen beide auf der Seite „Zugriffsschlüssel“ der Registrierung, bei einem Token auf dessen Seite „Token“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name is not known to the registry</source>
        <translation>Die Registrierung kennt den Benutzernamen nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered &quot;Application not registered with AAD&quot;: the user name is not an identity it knows. A common mistake is using an e-mail address or a display name where the service principal&apos;s application (client) ID belongs.</source>
        <translation>Die Registrierung hat „Application not registered with AAD“ geantwortet: Der Benutzername ist keine ihr bekannte Identität. Ein häufiger Fehler ist eine E-Mail-Adresse oder ein Anzeigename anstelle der Anwendungs-ID (Client-ID) des Dienstprinzipals.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in works but lacks the rights</source>
        <translation>Die Anmeldung funktioniert, aber es fehlen die Rechte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credentials are valid, but they do not allow what you are trying to do on this repository. Pulling needs the AcrPull role (or a token allowing read); pushing needs AcrPush (or a token allowing write). A role assigned minutes ago can take up to about ten minutes to apply.</source>
        <translation>Die Anmeldeinformationen sind gültig, erlauben aber nicht, was Sie in diesem Repository tun möchten. Für Pull ist die Rolle AcrPull nötig (oder ein Token mit Leserecht), für Push AcrPush (oder ein Token mit Schreibrecht). Eine gerade zugewiesene Rolle kann bis zu etwa zehn Minuten brauchen, bis sie wirksam wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in has expired</source>
        <translation>Die Anmeldung ist abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved sign-in is no longer valid. After az acr login, the registry&apos;s token lasts about three hours; service principal secrets and token passwords also have an expiry date.</source>
        <translation>Die gespeicherte Anmeldung ist nicht mehr gültig. Nach az acr login gilt das Token der Registrierung etwa drei Stunden; auch geheime Clientschlüssel von Dienstprinzipalen und Tokenkennwörter haben ein Ablaufdatum.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker&apos;s credential store is not working</source>
        <translation>Der Anmeldeinformationsspeicher von Docker funktioniert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker keeps passwords in a credential store (Docker Desktop, Windows Credential Manager, macOS Keychain...). The store named in Docker&apos;s settings is missing or fails, so Docker cannot save or read the registry&apos;s credentials.</source>
        <translation>Docker bewahrt Kennwörter in einem Anmeldeinformationsspeicher auf (Docker Desktop, Windows-Anmeldeinformationsverwaltung, macOS-Schlüsselbund …). Der in den Docker-Einstellungen genannte Speicher fehlt oder schlägt fehl, daher kann Docker die Anmeldeinformationen der Registrierung weder speichern noch lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure CLI is not signed in</source>
        <translation>Die Azure CLI ist nicht angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>az acr login uses your Azure CLI sign-in to get a registry token. The Azure CLI on this computer is not signed in (or is not installed), so it cannot.</source>
        <translation>az acr login verwendet Ihre Anmeldung bei der Azure CLI, um ein Token für die Registrierung zu erhalten. Die Azure CLI auf diesem Computer ist nicht angemeldet (oder nicht installiert), daher geht das nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s clock is wrong</source>
        <translation>Die Uhr dieses Computers geht falsch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in tokens are valid for a limited time. When this computer&apos;s clock is several minutes off, fresh tokens look expired or not yet valid, and secure connections can fail.</source>
        <translation>Anmeldetoken sind nur begrenzte Zeit gültig. Wenn die Uhr dieses Computers einige Minuten falsch geht, wirken frisch ausgestellte Token abgelaufen oder noch nicht gültig, und sichere Verbindungen können fehlschlagen.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The secure connection presents a certificate this computer does not trust. When the issuer is not Microsoft&apos;s, a company proxy or antivirus is usually opening secure connections to inspect them; %1 then refuses to send credentials.</source>
        <translation>Die sichere Verbindung legt ein Zertifikat vor, dem dieser Computer nicht vertraut. Wenn der Aussteller nicht Microsoft ist, öffnet meist ein Unternehmensproxy oder ein Virenschutz sichere Verbindungen, um sie zu untersuchen; %1 sendet dann keine Anmeldeinformationen.</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>Update the Azure CLI the way it was installed (shown here: winget on Windows, Homebrew on macOS, the Debian and Ubuntu packages on Linux), then check its version:</source>
        <translation>Aktualisieren Sie die Azure CLI auf dem Weg, auf dem sie installiert wurde (hier: winget unter Windows, Homebrew unter macOS, die Debian- und Ubuntu-Pakete unter Linux), und prüfen Sie dann ihre Version:</translation>
    </message>
    <message>
        <location line="-452"/>
        <source>Azure Container Registry built-in roles</source>
        <translation>Integrierte Rollen für Azure Container Registry</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pull images to a Kubernetes cluster with a pull secret</source>
        <translation>Pullen von Images in einen Kubernetes-Cluster mit einem Pullgeheimnis</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>az acr login needs a Docker engine it cannot reach</source>
        <translation>az acr login benötigt eine Docker-Engine, die es nicht erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>az acr login gets a registry token and then passes it to docker login, so it needs a running Docker engine. Without one (in Azure Cloud Shell, on a build agent without Docker, or with Podman or Helm instead of Docker), ask the Azure CLI for the token with --expose-token and give it to your client yourself.</source>
        <translation>az acr login ruft ein Registrierungstoken ab und übergibt es dann an docker login. Daher benötigt es eine laufende Docker-Engine. Ohne Engine (in Azure Cloud Shell, auf einem Build-Agent ohne Docker oder mit Podman oder Helm statt Docker) fordern Sie das Token mit --expose-token von der Azure CLI an und übergeben es selbst an Ihren Client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pipeline passed an empty user name or password</source>
        <translation>Die Pipeline hat einen leeren Benutzernamen oder ein leeres Kennwort übergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in step received an empty user name or password. In a pipeline this usually means that the secret variable is not set, is misspelled, or is not available to this run (for example in a pull request from a fork, or in another environment or variable group).</source>
        <translation>Der Anmeldeschritt hat einen leeren Benutzernamen oder ein leeres Kennwort erhalten. In einer Pipeline bedeutet das meist, dass die geheime Variable nicht festgelegt, falsch geschrieben oder für diese Ausführung nicht verfügbar ist (zum Beispiel in einem Pull Request aus einem Fork oder in einer anderen Umgebung oder Variablengruppe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pod&apos;s image pull secret is missing or does not fit</source>
        <translation>Das Image-Pullgeheimnis des Pods fehlt oder passt nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kubernetes pulls the image with the secrets named in the pod&apos;s imagePullSecrets or in its service account. The secret named there does not exist in the pod&apos;s namespace, or it holds credentials for another registry, so the node pulls without signing in.</source>
        <translation>Kubernetes pullt das Image mit den Geheimnissen, die in imagePullSecrets des Pods oder in seinem Dienstkonto genannt sind. Das dort genannte Geheimnis ist im Namespace des Pods nicht vorhanden oder enthält Anmeldeinformationen für eine andere Registrierung, daher pullt der Knoten ohne Anmeldung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image has no variant for this platform</source>
        <translation>Das Image hat keine Variante für diese Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag points to a list of images for several platforms (operating system and processor), and none of them is for the platform that pulls it, for example linux/arm64 on an Apple silicon Mac or an Arm node. This is not a sign-in problem.</source>
        <translation>Das Tag verweist auf eine Liste von Images für mehrere Plattformen (Betriebssystem und Prozessor), und keines davon ist für die Plattform, die es pullt, zum Beispiel linux/arm64 auf einem Mac mit Apple Silicon oder einem Arm-Knoten. Das ist kein Anmeldeproblem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multifactor authentication or Conditional Access blocks the sign-in</source>
        <translation>Die mehrstufige Authentifizierung oder der bedingte Zugriff blockiert die Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Entra ID refused to issue a token without multifactor authentication, or a Conditional Access policy blocks this sign-in (AADSTS50076, AADSTS50079, AADSTS53003). A sign-in without a person present, such as a password in a script, cannot satisfy it: sign in interactively, or use a service principal or a managed identity for automation.</source>
        <translation>Microsoft Entra ID hat die Ausstellung eines Tokens ohne mehrstufige Authentifizierung verweigert, oder eine Richtlinie für bedingten Zugriff blockiert diese Anmeldung (AADSTS50076, AADSTS50079, AADSTS53003). Eine Anmeldung ohne anwesende Person, etwa ein Kennwort in einem Skript, kann das nicht erfüllen: Melden Sie sich interaktiv an, oder verwenden Sie für die Automatisierung einen Dienstprinzipal oder eine verwaltete Identität.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The BuildKit builder does not trust the registry&apos;s certificate</source>
        <translation>Der BuildKit-Generator vertraut dem Zertifikat der Registrierung nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>docker buildx builds in a separate BuildKit container (the docker-container driver) with its own list of trusted certificate authorities. A certificate authority that this computer or Docker trusts, such as a company proxy&apos;s or a private registry&apos;s, is not trusted inside the builder, so the build cannot pull or push.</source>
        <translation>docker buildx erstellt in einem separaten BuildKit-Container (dem Treiber „docker-container“) mit einer eigenen Liste vertrauenswürdiger Zertifizierungsstellen. Eine Zertifizierungsstelle, der dieser Computer oder Docker vertraut, etwa die eines Unternehmensproxys oder einer privaten Registrierung, ist im Generator nicht vertrauenswürdig, daher kann der Build weder pullen noch pushen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The docker command is Podman</source>
        <translation>Der Befehl „docker“ ist Podman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this computer, docker runs Podman through its Docker emulation. Podman keeps its sign-ins in its own file (auth.json) and has no Docker engine or Docker Desktop, so advice about the Docker daemon, Docker Desktop or Docker&apos;s credential store does not apply; use Podman&apos;s commands instead.</source>
        <translation>Auf diesem Computer führt docker Podman über dessen Docker-Emulation aus. Podman speichert seine Anmeldungen in einer eigenen Datei (auth.json) und hat weder eine Docker-Engine noch Docker Desktop. Hinweise zum Docker-Daemon, zu Docker Desktop oder zum Anmeldeinformationsspeicher von Docker gelten daher nicht; verwenden Sie stattdessen die Befehle von Podman.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure CLI is too old for this command</source>
        <translation>Die Azure CLI ist für diesen Befehl zu alt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The installed Azure CLI does not know an option that the command uses, such as --expose-token of az acr login. Update the Azure CLI, then run the command again.</source>
        <translation>Die installierte Azure CLI kennt eine Option nicht, die der Befehl verwendet, etwa --expose-token von az acr login. Aktualisieren Sie die Azure CLI, und führen Sie den Befehl dann erneut aus.</translation>
    </message>
    <message>
        <location line="+306"/>
        <source>Get the registry token without Docker and sign in with your client; the user name is 00000000-0000-0000-0000-000000000000 (shown here for Podman; for Helm use helm registry login):</source>
        <translation>Rufen Sie das Registrierungstoken ohne Docker ab, und melden Sie sich mit Ihrem Client an. Der Benutzername ist 00000000-0000-0000-0000-000000000000 (hier für Podman; verwenden Sie für Helm helm registry login):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check that the secret is defined for this pipeline and this run, and that the step reads it by its exact name. Stop the job early when it is empty:</source>
        <translation>Prüfen Sie, ob das Geheimnis für diese Pipeline und diese Ausführung definiert ist und ob der Schritt es unter seinem genauen Namen liest. Beenden Sie den Auftrag frühzeitig, wenn es leer ist:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See which pull secret the pod names, and whether it exists in the pod&apos;s namespace:</source>
        <translation>Sehen Sie nach, welches Pullgeheimnis der Pod nennt und ob es im Namespace des Pods vorhanden ist:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On AKS, let the cluster pull with its own identity instead of a secret:</source>
        <translation>Lassen Sie den Cluster unter AKS mit seiner eigenen Identität statt mit einem Geheimnis pullen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See which platforms the tag offers, then pull one of them explicitly or build the image for your platform too:</source>
        <translation>Sehen Sie nach, welche Plattformen das Tag bietet, und pullen Sie dann ausdrücklich eine davon, oder erstellen Sie das Image auch für Ihre Plattform:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in again interactively, so that you can complete multifactor authentication, then sign in to the registry:</source>
        <translation>Melden Sie sich erneut interaktiv an, damit Sie die mehrstufige Authentifizierung abschließen können, und melden Sie sich dann bei der Registrierung an:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For pipelines and scripts, sign in with a service principal or a managed identity instead of a user account.</source>
        <translation>Melden Sie sich für Pipelines und Skripts mit einem Dienstprinzipal oder einer verwalteten Identität statt mit einem Benutzerkonto an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a BuildKit configuration file, buildkitd.toml, that trusts your certificate authority for this registry (give the path of its PEM file on this computer):</source>
        <translation>Schreiben Sie eine BuildKit-Konfigurationsdatei, buildkitd.toml, die Ihrer Zertifizierungsstelle für diese Registrierung vertraut (geben Sie den Pfad ihrer PEM-Datei auf diesem Computer an):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a builder with that configuration and use it:</source>
        <translation>Erstellen Sie einen Generator mit dieser Konfiguration, und verwenden Sie ihn:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in with Podman, then check that Podman has a sign-in for the registry:</source>
        <translation>Melden Sie sich mit Podman an, und prüfen Sie dann, ob Podman eine Anmeldung für die Registrierung hat:</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>%1: signing in</source>
        <translation>%1: Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: permissions</source>
        <translation>%1: Berechtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: pull limits</source>
        <translation>%1: Pull-Limits</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The token used as the password has expired or was revoked. Access tokens and robot account secrets have the expiry date chosen when they were created; create a new one and sign in again.</source>
        <translation>Das als Kennwort verwendete Token ist abgelaufen oder wurde widerrufen. Zugriffstoken und Geheimnisse von Robotkonten haben das beim Erstellen gewählte Ablaufdatum; erstellen Sie ein neues, und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker Hub refused the user name or password. The user name is your Docker ID, not your e-mail address. With two-step verification on, or when your organization enforces single sign-on, the password must be a personal access token instead of your account password.</source>
        <translation>Docker Hub hat den Benutzernamen oder das Kennwort abgelehnt. Der Benutzername ist Ihre Docker-ID, nicht Ihre E-Mail-Adresse. Bei aktivierter Bestätigung in zwei Schritten oder wenn Ihre Organisation einmaliges Anmelden erzwingt, muss das Kennwort ein persönliches Zugriffstoken statt Ihres Kontokennworts sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but Docker Hub does not let this account do this on the repository: the repository is private and the account has no access to it, or the access token is read-only and you are pushing.</source>
        <translation>Die Anmeldung funktioniert, aber Docker Hub erlaubt diesem Konto diesen Vorgang im Repository nicht: Das Repository ist privat und das Konto hat keinen Zugriff darauf, oder das Zugriffstoken ist schreibgeschützt und Sie pushen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Docker Hub limits how many pulls an account or an IP address may make in a period of hours. Pulls while signed in count against your account&apos;s limit; anonymous pulls against your IP address&apos;s, shared with everyone behind it. Signing in, a paid plan or a registry mirror raises the limit.</source>
        <translation>Docker Hub begrenzt, wie viele Pulls ein Konto oder eine IP-Adresse in einem Zeitraum von Stunden ausführen darf. Pulls mit Anmeldung zählen zum Limit Ihres Kontos, anonyme Pulls zum Limit Ihrer IP-Adresse, das Sie mit allen teilen, die sie nutzen. Anmelden, ein kostenpflichtiger Plan oder ein Registrierungsspiegel erhöht das Limit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub Container Registry refused the credentials. The user name is your GitHub login and the password a personal access token (classic) with the read:packages scope, and write:packages to push; your GitHub password and fine-grained tokens are not accepted. In GitHub Actions, use GITHUB_TOKEN.</source>
        <translation>GitHub Container Registry hat die Anmeldeinformationen abgelehnt. Der Benutzername ist Ihr GitHub-Anmeldename und das Kennwort ein persönliches Zugriffstoken (classic) mit dem Bereich read:packages, zum Pushen write:packages; Ihr GitHub-Kennwort und differenzierte Token werden nicht akzeptiert. Verwenden Sie in GitHub Actions GITHUB_TOKEN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but GitHub does not let this token do this on the package: a personal access token (classic) needs read:packages to pull and write:packages to push, and your account needs access to the package. In GitHub Actions, the package must give the workflow&apos;s repository access (package settings, Manage Actions access).</source>
        <translation>Die Anmeldung funktioniert, aber GitHub erlaubt diesem Token diesen Vorgang für das Paket nicht: Ein persönliches Zugriffstoken (classic) braucht read:packages zum Pullen und write:packages zum Pushen, und Ihr Konto braucht Zugriff auf das Paket. In GitHub Actions muss das Paket dem Repository des Workflows Zugriff geben (Paketeinstellungen, Manage Actions access).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon ECR refused the credentials. The user name is always AWS and the password a token from aws ecr get-login-password, made for the registry&apos;s own region and account; your AWS access keys are not a registry password.</source>
        <translation>Amazon ECR hat die Anmeldeinformationen abgelehnt. Der Benutzername ist immer AWS und das Kennwort ein Token von aws ecr get-login-password, erstellt für die Region und das Konto der Registrierung; Ihre AWS-Zugriffsschlüssel sind kein Registrierungskennwort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Amazon ECR&apos;s sign-in tokens last 12 hours. The saved token is older than that, so the registry no longer accepts it; get a new one (or let the docker-credential-ecr-login helper get one each time).</source>
        <translation>Die Anmeldetoken von Amazon ECR gelten 12 Stunden. Das gespeicherte Token ist älter, daher akzeptiert die Registrierung es nicht mehr; holen Sie ein neues (oder lassen Sie das Hilfsprogramm docker-credential-ecr-login jedes Mal eines holen).</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The sign-in works, but the AWS identity that made the token may not do this on the repository: pulling needs ecr:BatchGetImage and ecr:GetDownloadUrlForLayer (the AmazonEC2ContainerRegistryReadOnly policy has them), pushing also ecr:PutImage and the layer upload actions. A repository policy can also deny it.</source>
        <translation>Die Anmeldung funktioniert, aber die AWS-Identität, die das Token erstellt hat, darf diesen Vorgang im Repository nicht ausführen: Pullen braucht ecr:BatchGetImage und ecr:GetDownloadUrlForLayer (die Richtlinie AmazonEC2ContainerRegistryReadOnly enthält sie), Pushen zusätzlich ecr:PutImage und die Aktionen zum Hochladen von Layern. Auch eine Repositoryrichtlinie kann es verweigern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon ECR Public refused the credentials. The user name is always AWS and the password a token from aws ecr-public get-login-password --region us-east-1.</source>
        <translation>Amazon ECR Public hat die Anmeldeinformationen abgelehnt. Der Benutzername ist immer AWS und das Kennwort ein Token von aws ecr-public get-login-password --region us-east-1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Google&apos;s registry refused the credentials. With the gcloud CLI, gcloud auth configure-docker for this host lets Docker use your gcloud sign-in. By hand, the user name is oauth2accesstoken with a token from gcloud auth print-access-token, or _json_key (or _json_key_base64) with a service account key.</source>
        <translation>Die Registrierung von Google hat die Anmeldeinformationen abgelehnt. Mit der gcloud CLI lässt gcloud auth configure-docker für diesen Host Docker Ihre gcloud-Anmeldung verwenden. Von Hand ist der Benutzername oauth2accesstoken mit einem Token von gcloud auth print-access-token oder _json_key (bzw. _json_key_base64) mit einem Dienstkontoschlüssel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google access tokens last one hour. A token given to docker login by hand stops working after that; the gcloud credential helper (gcloud auth configure-docker) gets a new one every time.</source>
        <translation>Google-Zugriffstoken gelten eine Stunde. Ein von Hand an docker login übergebenes Token funktioniert danach nicht mehr; das gcloud-Hilfsprogramm für Anmeldeinformationen (gcloud auth configure-docker) holt jedes Mal ein neues.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in works, but the Google account or service account lacks the role: pulling needs Artifact Registry Reader (roles/artifactregistry.reader) on the repository or project, pushing Artifact Registry Writer (roles/artifactregistry.writer).</source>
        <translation>Die Anmeldung funktioniert, aber dem Google-Konto oder Dienstkonto fehlt die Rolle: Pullen braucht Artifact Registry Reader (roles/artifactregistry.reader) für das Repository oder Projekt, Pushen Artifact Registry Writer (roles/artifactregistry.writer).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Harbor refused the credentials. Use your Harbor user name and password (with single sign-on, the CLI secret from your user profile), or a robot account: its name starts with robot$ and its password is the secret shown when it was created. In a shell, put the name in single quotes, or the $ and what follows disappear.</source>
        <translation>Harbor hat die Anmeldeinformationen abgelehnt. Verwenden Sie Ihren Harbor-Benutzernamen und Ihr Kennwort (bei einmaligem Anmelden das CLI-Geheimnis aus Ihrem Benutzerprofil) oder ein Robotkonto: Sein Name beginnt mit robot$, und sein Kennwort ist das beim Erstellen angezeigte Geheimnis. Setzen Sie den Namen in einer Shell in einfache Anführungszeichen, sonst verschwinden das $ und alles danach.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but the account is not a member of this Harbor project with enough rights (Guest to pull, Developer to push), or the robot account lacks the pull or push permission for the project.</source>
        <translation>Die Anmeldung funktioniert, aber das Konto ist nicht mit ausreichenden Rechten Mitglied dieses Harbor-Projekts (Guest zum Pullen, Developer zum Pushen), oder dem Robotkonto fehlt die Pull- oder Push-Berechtigung für das Projekt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quay refused the credentials. Use your Quay user name with an encrypted password, or a robot account (a name like organization+robot) with its token; both come from Quay&apos;s account or organization settings.</source>
        <translation>Quay hat die Anmeldeinformationen abgelehnt. Verwenden Sie Ihren Quay-Benutzernamen mit einem verschlüsselten Kennwort oder ein Robotkonto (ein Name wie Organisation+Robot) mit seinem Token; beides finden Sie in den Konto- oder Organisationseinstellungen von Quay.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but the account or robot account has no read (or write) permission on this repository; an administrator of the organization grants it in the repository&apos;s settings.</source>
        <translation>Die Anmeldung funktioniert, aber das Konto oder Robotkonto hat keine Lese- (oder Schreib-)Berechtigung für dieses Repository; ein Administrator der Organisation erteilt sie in den Einstellungen des Repositorys.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitLab refused the credentials. Use your GitLab user name with a personal access token that has the read_registry scope (write_registry to push), or a deploy token; in a pipeline, CI_REGISTRY_USER with CI_JOB_TOKEN. With two-factor authentication on, your account password does not work.</source>
        <translation>GitLab hat die Anmeldeinformationen abgelehnt. Verwenden Sie Ihren GitLab-Benutzernamen mit einem persönlichen Zugriffstoken mit dem Bereich read_registry (write_registry zum Pushen) oder ein Bereitstellungstoken; in einer Pipeline CI_REGISTRY_USER mit CI_JOB_TOKEN. Bei aktivierter Zwei-Faktor-Authentifizierung funktioniert Ihr Kontokennwort nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but this token or user may not do this on the project&apos;s registry: the token needs read_registry (write_registry to push), and the user at least the Reporter role on the project (Developer to push).</source>
        <translation>Die Anmeldung funktioniert, aber dieses Token oder dieser Benutzer darf diesen Vorgang in der Registrierung des Projekts nicht ausführen: Das Token braucht read_registry (write_registry zum Pushen) und der Benutzer mindestens die Rolle Reporter im Projekt (Developer zum Pushen).</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>The saved login is for another registry address</source>
        <translation>Die gespeicherte Anmeldung gilt für eine andere Registrierungsadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker keeps one login per registry address. It has a login for a neighbouring address (another AWS account or region, another Google registry host), but none for the one you use, so it sends no credentials. Each ECR account and region is a registry of its own, and gcloud auth configure-docker sets up only the hosts it is given.</source>
        <translation>Docker speichert eine Anmeldung pro Registrierungsadresse. Es hat eine für eine benachbarte Adresse (ein anderes AWS-Konto oder eine andere Region, ein anderer Google-Registrierungshost), aber keine für die von Ihnen verwendete, und sendet daher keine Anmeldeinformationen. Jedes ECR-Konto und jede Region ist eine eigene Registrierung, und gcloud auth configure-docker richtet nur die angegebenen Hosts ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An e-mail address is used as the user name</source>
        <translation>Als Benutzername wird eine E-Mail-Adresse verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name is an e-mail address, but this registry signs in with a login name: your Docker ID on Docker Hub, your GitHub login on GitHub, AWS on Amazon ECR, oauth2accesstoken or _json_key on Google, a user or robot name on Quay; on Azure, a service principal&apos;s application (client) ID, the admin user name or a token name.</source>
        <translation>Der Benutzername ist eine E-Mail-Adresse, aber diese Registrierung erwartet einen Anmeldenamen: Ihre Docker-ID bei Docker Hub, Ihren GitHub-Anmeldenamen bei GitHub, AWS bei Amazon ECR, oauth2accesstoken oder _json_key bei Google, einen Benutzer- oder Robotnamen bei Quay; bei Azure die Anwendungs-ID (Client) eines Dienstprinzipals, den Namen des Administratorkontos oder einen Tokennamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure CLI is signed in to another Azure cloud</source>
        <translation>Die Azure CLI ist bei einer anderen Azure-Cloud angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registries in Azure operated by 21Vianet (.azurecr.cn) and Azure Government (.azurecr.us) live in clouds of their own, with their own accounts. The Azure CLI is signed in to a different cloud than the registry&apos;s, so az acr login cannot get a token for it (Microsoft Entra ID answers with errors such as AADSTS90002).</source>
        <translation>Registrierungen in Azure, betrieben von 21Vianet (.azurecr.cn), und in Azure Government (.azurecr.us) befinden sich in eigenen Clouds mit eigenen Konten. Die Azure CLI ist bei einer anderen Cloud als der der Registrierung angemeldet, daher kann az acr login kein Token dafür erhalten (Microsoft Entra ID antwortet mit Fehlern wie AADSTS90002).</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Configure rules to access a registry behind a firewall</source>
        <translation>Konfigurieren von Regeln für den Zugriff auf eine Registrierung hinter einer Firewall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dedicated data endpoints</source>
        <translation>Dedizierte Datenendpunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View repositories in a registry</source>
        <translation>Anzeigen von Repositorys in einer Registrierung</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The image does not exist in this registry</source>
        <translation>Das Image ist in dieser Registrierung nicht vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in works and the registry answered, but it has no image by this name: the repository or its tag does not exist, as opposed to existing and being refused to you. Clients report it as &quot;manifest unknown&quot;, &quot;name unknown&quot; or &quot;not found&quot;. The name is often misspelled, lacks its namespace (team/app), points at another registry, or the tag was never pushed.</source>
        <translation>Die Anmeldung funktioniert und die Registrierung hat geantwortet, aber sie hat kein Image mit diesem Namen: Das Repository oder sein Tag existiert nicht – das ist etwas anderes, als wenn es existiert und Ihnen der Zugriff verweigert wird. Clients melden das als „manifest unknown“, „name unknown“ oder „not found“. Oft ist der Name falsch geschrieben, es fehlt sein Namespace (team/app), er verweist auf eine andere Registrierung, oder das Tag wurde nie gepusht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers cannot be downloaded: the data endpoint is blocked</source>
        <translation>Ebenen können nicht heruntergeladen werden: Der Datenendpunkt ist blockiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in works, but a registry does not send image layers itself: it redirects the download to another host (a storage account, a CDN, or for Azure Container Registry with dedicated data endpoints REGISTRY.REGION.data.azurecr.io). This network does not let this computer reach that host, so pulls stop at the first layer. The firewall must allow that host as well as the registry.</source>
        <translation>Die Anmeldung funktioniert, aber eine Registrierung sendet Image-Ebenen nicht selbst: Sie leitet den Download an einen anderen Host weiter (ein Speicherkonto, ein CDN oder bei Azure Container Registry mit dedizierten Datenendpunkten REGISTRY.REGION.data.azurecr.io). Dieses Netzwerk lässt diesen Computer diesen Host nicht erreichen, daher bleibt das Pullen bei der ersten Ebene stehen. Die Firewall muss diesen Host ebenso zulassen wie die Registrierung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry speaks plain HTTP, not HTTPS</source>
        <translation>Die Registrierung spricht unverschlüsseltes HTTP, nicht HTTPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answers without TLS. Docker uses HTTPS for every registry outside 127.0.0.0/8, and Podman and Skopeo for every registry not marked insecure; they stop with &quot;server gave HTTP response to HTTPS client&quot;. Either set up TLS on the registry, or list it as an insecure registry in the client&apos;s settings; credentials then travel unencrypted.</source>
        <translation>Die Registrierung antwortet ohne TLS. Docker verwendet HTTPS für jede Registrierung außerhalb von 127.0.0.0/8, Podman und Skopeo für jede Registrierung, die nicht als unsicher markiert ist; sie brechen mit „server gave HTTP response to HTTPS client“ ab. Richten Sie entweder TLS auf der Registrierung ein, oder tragen Sie sie in den Einstellungen des Clients als unsichere Registrierung ein; die Anmeldeinformationen werden dann unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s token service cannot be used</source>
        <translation>Der Tokendienst der Registrierung kann nicht verwendet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered and sent clients to a token service at another address (the realm of its challenge), and that service cannot be reached or does not answer as a token service does. Every client fails the same way. This is usually a setting of a self-hosted registry (its token realm names an internal address, a wrong port or a service that is not running), not a problem with your password.</source>
        <translation>Die Registrierung hat geantwortet und Clients an einen Tokendienst unter einer anderen Adresse verwiesen (den Realm ihrer Authentifizierungsanforderung), aber dieser Dienst ist nicht erreichbar oder antwortet nicht wie ein Tokendienst. Jeder Client scheitert auf dieselbe Weise. Meist ist das eine Einstellung einer selbst gehosteten Registrierung (der Token-Realm nennt eine interne Adresse, einen falschen Port oder einen Dienst, der nicht läuft), kein Problem mit Ihrem Kennwort.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Azure ABAC repository permissions</source>
        <translation>Azure ABAC-Repositoryberechtigungen</translation>
    </message>
    <message>
        <location line="+447"/>
        <source>Compare the connection over IPv6 and over IPv4 (in PowerShell, give the addresses that Resolve-DnsName shows):</source>
        <translation>Vergleichen Sie die Verbindung über IPv6 und über IPv4 (geben Sie in PowerShell die Adressen an, die Resolve-DnsName anzeigt):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask your network administrator for a working IPv6 route. Until then, turn IPv6 off on the network adapter that has no IPv6 route (Windows: give the adapter&apos;s name; Linux: for all interfaces, until the next restart):</source>
        <translation>Bitten Sie Ihren Netzwerkadministrator um eine funktionierende IPv6-Route. Deaktivieren Sie bis dahin IPv6 auf dem Netzwerkadapter, der keine IPv6-Route hat (Windows: den Namen des Adapters angeben; Linux: für alle Schnittstellen, bis zum nächsten Neustart):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the registry&apos;s permissions mode (AbacRepositoryPermissions means ABAC repository permissions):</source>
        <translation>Prüfen Sie den Berechtigungsmodus der Registrierung (AbacRepositoryPermissions bedeutet ABAC-Repositoryberechtigungen):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the registry owner to assign the Container Registry Repository role instead of AcrPull or AcrPush (Reader to pull, Writer to push, Contributor to delete too):</source>
        <translation>Bitten Sie den Besitzer der Registrierung, statt AcrPull oder AcrPush die Rolle Container Registry Repository zuzuweisen (Reader zum Pullen, Writer zum Pushen, Contributor auch zum Löschen):</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>The registry is reachable over IPv4 but not over IPv6</source>
        <translation>Die Registrierung ist über IPv4 erreichbar, aber nicht über IPv6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s name has IPv6 and IPv4 addresses, and this network has no working IPv6 route: connecting over IPv6 fails, over IPv4 it works. Programs that try IPv6 first and do not fall back to IPv4 stop with errors such as &quot;connect: network is unreachable&quot; next to an address in brackets. Either the network gets a working IPv6 route, or this computer stops offering IPv6 where it has none.</source>
        <translation>Der Name der Registrierung hat IPv6- und IPv4-Adressen, und dieses Netzwerk hat keine funktionierende IPv6-Route: Die Verbindung über IPv6 schlägt fehl, über IPv4 funktioniert sie. Programme, die zuerst IPv6 versuchen und nicht auf IPv4 ausweichen, brechen mit Fehlern wie „connect: network is unreachable“ neben einer Adresse in eckigen Klammern ab. Entweder erhält das Netzwerk eine funktionierende IPv6-Route, oder dieser Computer bietet IPv6 dort nicht mehr an, wo er keine hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry uses ABAC repository permissions, where AcrPull and AcrPush do not apply</source>
        <translation>Die Registrierung verwendet ABAC-Repositoryberechtigungen, bei denen AcrPull und AcrPush nicht gelten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s role assignment permissions mode is &quot;RBAC Registry + ABAC Repository Permissions&quot;. In this mode the AcrPull, AcrPush and AcrDelete roles are not honoured, and Owner, Contributor and Reader give no access to repositories: pulling needs Container Registry Repository Reader, pushing Container Registry Repository Writer, deleting Container Registry Repository Contributor, on the registry or, with an ABAC condition, on some repositories.</source>
        <translation>Der Berechtigungsmodus für Rollenzuweisungen der Registrierung ist „RBAC Registry + ABAC Repository Permissions“. In diesem Modus werden die Rollen AcrPull, AcrPush und AcrDelete nicht berücksichtigt, und Owner, Contributor und Reader gewähren keinen Zugriff auf Repositorys: Zum Pullen wird Container Registry Repository Reader benötigt, zum Pushen Container Registry Repository Writer, zum Löschen Container Registry Repository Contributor, für die Registrierung oder, mit einer ABAC-Bedingung, für einzelne Repositorys.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Docker: daemon proxy configuration</source>
        <translation>Docker: Proxykonfiguration des Daemons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker Desktop: proxy settings</source>
        <translation>Docker Desktop: Proxyeinstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker: insecure registries</source>
        <translation>Docker: unsichere Registrierungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker: certificates for a registry</source>
        <translation>Docker: Zertifikate für eine Registrierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker contexts</source>
        <translation>Docker-Kontexte</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The Docker engine uses another proxy than this computer</source>
        <translation>Die Docker-Engine verwendet einen anderen Proxy als dieser Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>docker pull, docker push and, while the engine runs, docker login do not connect from your terminal: the Docker engine connects, with its own proxy settings. Those differ from the ones this check used (your environment&apos;s), so the engine can fail where this check succeeds, or the other way round.</source>
        <translation>docker pull, docker push und, solange die Engine läuft, docker login verbinden sich nicht aus Ihrem Terminal: Die Docker-Engine verbindet sich, mit ihren eigenen Proxyeinstellungen. Diese unterscheiden sich von denen, die diese Prüfung verwendet hat (denen Ihrer Umgebung), sodass die Engine scheitern kann, wo diese Prüfung gelingt, oder umgekehrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker does not check this registry&apos;s certificate</source>
        <translation>Docker prüft das Zertifikat dieser Registrierung nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Docker engine lists the registry among its insecure registries, so Docker connects without verifying the certificate (and falls back to plain HTTP). That is why docker login can succeed while other programs refuse the connection. Podman, Skopeo, Helm, the Azure CLI and browsers verify certificates and fail, and passwords sent to an unverified server can be read by whoever answers in its place.</source>
        <translation>Die Docker-Engine führt die Registrierung unter ihren unsicheren Registrierungen, daher verbindet sich Docker, ohne das Zertifikat zu prüfen (und weicht auf unverschlüsseltes HTTP aus). Deshalb kann docker login gelingen, während andere Programme die Verbindung ablehnen. Podman, Skopeo, Helm, die Azure CLI und Browser prüfen Zertifikate und scheitern, und Kennwörter, die an einen ungeprüften Server gesendet werden, kann jeder lesen, der an seiner Stelle antwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine is not on this computer</source>
        <translation>Die Docker-Engine befindet sich nicht auf diesem Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulls and pushes are made by the Docker engine, and it runs somewhere else: in Docker Desktop&apos;s virtual machine, in WSL 2, or on another machine through a Docker context or DOCKER_HOST. Its name resolution, trusted certificates and proxy can differ from this computer&apos;s, which this check tested.</source>
        <translation>Pulls und Pushes führt die Docker-Engine aus, und sie läuft woanders: in der virtuellen Maschine von Docker Desktop, in WSL 2 oder über einen Docker-Kontext bzw. DOCKER_HOST auf einem anderen Computer. Ihre Namensauflösung, ihre vertrauenswürdigen Zertifikate und ihr Proxy können sich von denen dieses Computers unterscheiden, die diese Prüfung getestet hat.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was given to sign in with, and %1 has nothing saved for this registry. %1 then tries without signing in, and the registry answers unauthorized.</source>
        <translation>Für die Anmeldung wurde nichts angegeben, und %1 hat für diese Registrierung nichts gespeichert. %1 versucht es dann ohne Anmeldung, und die Registrierung antwortet mit „unauthorized“ (nicht autorisiert).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s credential store is not working</source>
        <translation>Der Anmeldeinformationsspeicher von %1 funktioniert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asks a credential store (a docker-credential helper such as pass, secretservice, Windows Credential Manager or macOS Keychain) for the registry&apos;s login. The store named in its settings is missing or fails, so %1 cannot save or read the registry&apos;s credentials.</source>
        <translation>%1 fragt einen Anmeldeinformationsspeicher (einen docker-credential-Helper wie pass, secretservice, die Windows-Anmeldeinformationsverwaltung oder den macOS-Schlüsselbund) nach der Anmeldung für die Registrierung. Der in den Einstellungen genannte Speicher fehlt oder schlägt fehl, daher kann %1 die Anmeldeinformationen der Registrierung weder speichern noch lesen.</translation>
    </message>
</context>
<context>
    <name>rd::CertificateFactory</name>
    <message>
        <location filename="../src/core/practice/certificate_factory.cpp" line="+43"/>
        <source>Could not create a certificate (%1).</source>
        <translation>Es konnte kein Zertifikat erstellt werden (%1).</translation>
    </message>
</context>
<context>
    <name>rd::ChallengeProbe</name>
    <message>
        <location filename="../src/core/probes/challenge_probe.cpp" line="+20"/>
        <source>Skipped: no connection to the registry.</source>
        <translation>Übersprungen: keine Verbindung zur Registrierung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skipped: no secure connection to the registry could be set up, so nothing is sent to it.</source>
        <translation>Übersprungen: Es konnte keine sichere Verbindung zur Registrierung aufgebaut werden, daher wird nichts an sie gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: the secure connection is not trusted, so nothing is sent to the registry.</source>
        <translation>Übersprungen: Der sicheren Verbindung wird nicht vertraut, daher wird nichts an die Registrierung gesendet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The registry did not answer: %1</source>
        <translation>Die Registrierung hat nicht geantwortet: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The registry answered 401 but did not say how to sign in (no WWW-Authenticate header).</source>
        <translation>Die Registrierung hat mit 401 geantwortet, aber nicht gesagt, wie man sich anmeldet (kein WWW-Authenticate-Header).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s sign-in challenge could not be read: %1</source>
        <translation>Die Anmeldeaufforderung der Registrierung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The registry answers and asks for a token from %1 (service %2).</source>
        <translation>Die Registrierung antwortet und verlangt ein Token von %1 (Dienst %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry answers and asks for a user name and password (Basic sign-in).</source>
        <translation>Die Registrierung antwortet und verlangt Benutzername und Kennwort (Basic-Anmeldung).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry asks for an unusual kind of sign-in: %1.</source>
        <translation>Die Registrierung verlangt eine ungewöhnliche Art der Anmeldung: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answers and lets anyone in without signing in.</source>
        <translation>Die Registrierung antwortet und lässt jeden ohne Anmeldung zu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry refused the connection with 403 Forbidden before any sign-in.</source>
        <translation>Die Registrierung hat die Verbindung noch vor jeder Anmeldung mit 403 Forbidden abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused the connection: your IP address %1 is not allowed by its firewall.</source>
        <translation>Die Registrierung hat die Verbindung abgelehnt: Ihre IP-Adresse %1 wird von ihrer Firewall nicht zugelassen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry answered 429: too many requests right now.</source>
        <translation>Die Registrierung hat mit 429 geantwortet: im Moment zu viele Anfragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered 429: too many requests; it asks to wait %1 seconds.</source>
        <translation>Die Registrierung hat mit 429 geantwortet: zu viele Anfragen; sie bittet, %1 Sekunden zu warten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry answered %1: a problem on the server&apos;s side.</source>
        <translation>Die Registrierung hat mit %1 geantwortet: ein Problem auf Serverseite.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The address answered with a redirect (%1) at /v2/ without saying where to; a container registry never does this, and the check does not follow redirects.</source>
        <translation>Die Adresse hat unter /v2/ mit einer Umleitung (%1) geantwortet, ohne ein Ziel zu nennen; eine Containerregistrierung tut das nie, und die Prüfung folgt keinen Umleitungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address answered with a redirect (%1) to %2; a container registry never redirects /v2/, and the check does not follow it: the address leads to a web page or a sign-in portal, not to a registry.</source>
        <translation>Die Adresse hat mit einer Umleitung (%1) nach %2 geantwortet; eine Containerregistrierung leitet /v2/ nie um, und die Prüfung folgt der Umleitung nicht: Die Adresse führt zu einer Webseite oder einem Anmeldeportal, nicht zu einer Registrierung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address answered %1 at /v2/, which a container registry never does: it is not a registry, or the address is wrong.</source>
        <translation>Die Adresse hat unter /v2/ mit %1 geantwortet, was eine Containerregistrierung nie tut: Es ist keine Registrierung, oder die Adresse ist falsch.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/challenge_probe.h" line="+19"/>
        <source>Registry answer</source>
        <translation>Antwort der Registrierung</translation>
    </message>
    <message>
        <location filename="../src/core/probes/challenge_probe.cpp" line="-44"/>
        <source>The registry answers and asks for a token from %1.</source>
        <translation>Die Registrierung antwortet und verlangt ein Token von %1.</translation>
    </message>
</context>
<context>
    <name>rd::Check</name>
    <message>
        <location filename="../src/core/diagnosis/check.cpp" line="+106"/>
        <source>Not run: the check was cancelled.</source>
        <translation>Nicht ausgeführt: Die Prüfung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>rd::CheckingPage</name>
    <message>
        <location filename="../src/gui/checking_page.cpp" line="+79"/>
        <source>Checking</source>
        <extracomment>Name of the third step in the side list of steps (the check is running). Short: one or two words.</extracomment>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show &amp;results</source>
        <translation>E&amp;rgebnisse anzeigen</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>The check could not start: %1</source>
        <translation>Die Prüfung konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking the registry…</source>
        <translation>Die Registrierung wird geprüft…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check was stopped</source>
        <translation>Die Prüfung wurde angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check finished</source>
        <translation>Prüfung abgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked %1</source>
        <translation>%1 geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the registry</source>
        <translation>Registrierung wird geprüft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 of %n checks done. This usually takes a few seconds.</source>
        <translation>
            <numerusform>%1 von %n Prüfung abgeschlossen. Das dauert meist nur wenige Sekunden.</numerusform>
            <numerusform>%1 von %n Prüfungen abgeschlossen. Das dauert meist nur wenige Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n checks ran before you stopped. Go on to see what they found.</source>
        <translation>
            <numerusform>Vor dem Anhalten ausgeführt: %1 von %n Prüfung. Fahren Sie fort, um die Ergebnisse zu sehen.</numerusform>
            <numerusform>Vor dem Anhalten ausgeführt: %1 von %n Prüfungen. Fahren Sie fort, um die Ergebnisse zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %n checks done in %1. No problem found.</source>
        <translation>
            <numerusform>%n Prüfung in %1 abgeschlossen. Kein Problem gefunden.</numerusform>
            <numerusform>Alle %n Prüfungen in %1 abgeschlossen. Kein Problem gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check starts in a moment.</source>
        <translation>Die Prüfung beginnt gleich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <extracomment>Screen-reader name of the progress bar.</extracomment>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks</source>
        <extracomment>Screen-reader name of the list of individual checks (noun, plural).</extracomment>
        <translation>Prüfungen</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>All %1 checks done in %2. %n problem(s) found.</source>
        <extracomment>%1 is the number of checks (always several), %2 how long they took; %n counts the problems.</extracomment>
        <translation>
            <numerusform>Alle %1 Prüfungen in %2 abgeschlossen. %n Problem gefunden.</numerusform>
            <numerusform>Alle %1 Prüfungen in %2 abgeschlossen. %n Probleme gefunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CliApp</name>
    <message>
        <location filename="../src/cli/cli_app.cpp" line="+124"/>
        <source>Run registry-doctor-cli --help for usage.</source>
        <translation>Rufen Sie registry-doctor-cli --help auf, um die Verwendung anzuzeigen.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Passwords are never accepted as arguments: they would be visible to other programs and kept in your shell history. Use --password-stdin.</source>
        <translation>Kennwörter werden nie als Argumente angenommen: Sie wären für andere Programme sichtbar und blieben im Verlauf Ihrer Shell gespeichert. Verwenden Sie --password-stdin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use &quot;practice --list&quot; to see the scenarios, and &quot;check --practice SCENARIO&quot; to run one.</source>
        <translation>Mit „practice --list“ sehen Sie die Szenarien, mit „check --practice SCENARIO“ führen Sie eines aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give one registry only.</source>
        <translation>Geben Sie nur eine Registrierung an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which registry? Example: registry-doctor-cli check myregistry.azurecr.io</source>
        <translation>Welche Registrierung? Beispiel: registry-doctor-cli check myregistry.azurecr.io</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+138"/>
        <source>Unknown format &quot;%1&quot;: use text, json or markdown.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie text, json oder markdown.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>--action must be pull or push.</source>
        <translation>--action muss pull oder push sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository names are lowercase, without spaces: %1</source>
        <translation>Repositorynamen werden kleingeschrieben und enthalten keine Leerzeichen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown sign-in method &quot;%1&quot;: use auto, azure-cli, password, token, docker or azure-service.</source>
        <translation>Unbekannte Anmeldemethode „%1“: Verwenden Sie auto, azure-cli, password, token, docker oder azure-service.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking as Docker sees it (%1).</source>
        <translation>Prüfung aus der Sicht von Docker (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking as Podman sees it: %1 is Podman&apos;s Docker emulation.</source>
        <translation>Prüfung aus der Sicht von Podman: %1 ist die Docker-Emulation von Podman.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking as Podman sees it: there is no docker command, only %1.</source>
        <translation>Prüfung aus der Sicht von Podman: Es gibt keinen docker-Befehl, nur %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking as Docker sees it: neither docker nor podman is installed.</source>
        <translation>Prüfung aus der Sicht von Docker: Weder docker noch podman ist installiert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown symptom &quot;%1&quot;. See registry-doctor-cli symptoms.</source>
        <translation>Unbekanntes Symptom „%1“. Siehe registry-doctor-cli symptoms.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--timeout takes a number of seconds between 1 and 600.</source>
        <translation>--timeout erwartet eine Anzahl von Sekunden zwischen 1 und 600.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Die Zertifikatdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--password-stdin needs --username.</source>
        <translation>--password-stdin erfordert --username.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown practice scenario &quot;%1&quot;. See registry-doctor-cli practice --list.</source>
        <translation>Unbekanntes Übungsszenario „%1“. Siehe registry-doctor-cli practice --list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The practice registry could not start: %1</source>
        <translation>Die Übungsregistrierung konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a registry address. %2</source>
        <translation>„%1“ ist keine Registrierungsadresse. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking %1...</source>
        <translation>%1 wird geprüft...</translation>
    </message>
    <message>
        <location line="+126"/>
        <location line="+26"/>
        <location line="+9"/>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie text oder json.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Paste the error message on standard input, for example:
  docker login myregistry.azurecr.io 2&gt;&amp;1 | registry-doctor-cli explain</source>
        <translation>Fügen Sie die Fehlermeldung über die Standardeingabe ein, zum Beispiel:
  docker login myregistry.azurecr.io 2&gt;&amp;1 | registry-doctor-cli explain</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This message is not one the tool knows. Run a full check instead:</source>
        <translation>Diese Meldung kennt das Tool nicht. Führen Sie stattdessen eine vollständige Prüfung aus:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Likely causes: %1</source>
        <extracomment>%1 is a list of cause titles.</extracomment>
        <translation>Wahrscheinliche Ursachen: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>To confirm, run:</source>
        <translation>Zur Bestätigung ausführen:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Run one with: registry-doctor-cli check --practice SCENARIO</source>
        <translation>Eines ausführen mit: registry-doctor-cli check --practice SCENARIO</translation>
    </message>
    <message>
        <location line="-333"/>
        <location line="+25"/>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+88"/>
        <source>The report could not be written to standard output.</source>
        <translation>Der Bericht konnte nicht in die Standardausgabe geschrieben werden.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Printed by: %1</source>
        <extracomment>%1 is the program that printed the message: docker, buildkit, podman, helm, oras, containerd, kubelet, az, aws or gcloud.</extracomment>
        <translation>Ausgegeben von: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Most likely: %1</source>
        <extracomment>%1 is a cause title.</extracomment>
        <translation>Am wahrscheinlichsten: %1</translation>
    </message>
    <message>
        <location line="-389"/>
        <source>Every registry Docker has a login for, at once:
  registry-doctor-cli check --all [--timeout SECONDS] [--format text|json]
</source>
        <translation>Alle Registrierungen, für die Docker eine Anmeldung hat, auf einmal:
  registry-doctor-cli check --all [--timeout SECONDS] [--format text|json]
</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>No saved logins found in %1.</source>
        <translation>Keine gespeicherten Anmeldungen in %1 gefunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the saved logins in %1...</source>
        <translation>Die gespeicherten Anmeldungen in %1 werden geprüft...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Registry</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not tested</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>works</source>
        <translation>funktioniert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fails</source>
        <translation>schlägt fehl</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>--docker-config-json gives the credentials: do not give --username or --password-stdin with it.</source>
        <translation>--docker-config-json liefert die Anmeldeinformationen: Geben Sie dazu weder --username noch --password-stdin an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Cannot read the pull secret %1: %2</source>
        <translation>Das Pullgeheimnis %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>Registry: %1 (%2)</source>
        <extracomment>%1 is the registry&apos;s address; %2 the kind of registry: a service&apos;s name (&quot;Docker Hub&quot;, &quot;Azure Container Registry&quot;) or &quot;container registry&quot;.</extracomment>
        <translation>Registrierung: %1 (%2)</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>Checking as Helm sees it: there is no docker or podman command, only %1.</source>
        <translation>Prüfung aus der Sicht von Helm: Es gibt keinen docker- oder podman-Befehl, nur %1.</translation>
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
        <translation>Verwendung:
  registry-doctor-cli check REGISTRY [--username USER] [--password-stdin] [--repository REPO]
      [--action pull|push] [--symptom ID]... [--sign-in METHOD] [--ca-file PEM] [--timeout SECONDS]
      [--client docker|podman|helm|auto] [--docker-config-json FILE] [--lang CODE] [--format text|json|markdown]
  registry-doctor-cli check --practice SCENARIO [Optionen wie oben]
  registry-doctor-cli practice --list [--format json]
  registry-doctor-cli symptoms [--format json] [--lang CODE]
  registry-doctor-cli causes [--format json] [--lang CODE]
  registry-doctor-cli explain [--format text|json] [--lang CODE]   (der Fehlertext über die Standardeingabe)
  registry-doctor-cli --version | --help

Findet heraus, warum die Anmeldung bei einer Containerregistrierung fehlschlägt, und zeigt, wie Sie das beheben.
Kennwörter und Token werden nur über die Standardeingabe (--password-stdin) oder aus den von Docker gespeicherten Daten gelesen;
geben Sie sie nie als Argumente an.

Exitcodes: 0 kein Problem gefunden, 1 Probleme gefunden, 2 falsche Verwendung oder Eingabe, 3 die Prüfung konnte nicht ausgeführt werden.
</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Unknown client &quot;%1&quot;: use docker, podman, helm or auto.</source>
        <translation>Unbekannter Client „%1“: Verwenden Sie docker, podman, helm oder auto.</translation>
    </message>
</context>
<context>
    <name>rd::ClockProbe</name>
    <message>
        <location filename="../src/core/probes/clock_probe.cpp" line="+11"/>
        <source>Skipped: the registry&apos;s answer had no date to compare with.</source>
        <translation>Übersprungen: Die Antwort der Registrierung enthielt kein Datum zum Vergleichen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer&apos;s clock is %1 ahead of the registry&apos;s.</source>
        <translation>Die Uhr dieses Computers geht gegenüber der Registrierung %1 vor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s clock is %1 behind the registry&apos;s.</source>
        <translation>Die Uhr dieses Computers geht gegenüber der Registrierung %1 nach.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer&apos;s clock agrees with the registry&apos;s (difference under a minute).</source>
        <translation>Die Uhr dieses Computers stimmt mit der Registrierung überein (Abweichung unter einer Minute).</translation>
    </message>
    <message>
        <location filename="../src/core/probes/clock_probe.h" line="+15"/>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
</context>
<context>
    <name>rd::CollapsibleSection</name>
    <message>
        <location filename="../src/gui/collapsible_section.cpp" line="+89"/>
        <source>Expanded; press Space to fold</source>
        <translation>Erweitert; Leertaste zum Zuklappen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folded; press Space to open</source>
        <translation>Zugeklappt; Leertaste zum Aufklappen</translation>
    </message>
</context>
<context>
    <name>rd::CommandBox</name>
    <message>
        <location filename="../src/gui/command_box.cpp" line="+78"/>
        <location line="+11"/>
        <source>Copied</source>
        <extracomment>Button text for a moment after the command was copied. Keep it about as short as &quot;Copy&quot;.</extracomment>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Copied to the clipboard</source>
        <translation>In die Zwischenablage kopiert</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Copy</source>
        <extracomment>Button that copies a command to the clipboard (verb). Short.</extracomment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy command: %1</source>
        <extracomment>Screen-reader name of the copy button; %1 is the command itself (not translated).</extracomment>
        <translation>Befehl kopieren: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to the clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>rd::CredentialStoreProbe</name>
    <message>
        <location filename="../src/core/probes/credential_store_probe.cpp" line="+21"/>
        <source>Docker&apos;s stored login</source>
        <translation>Gespeicherte Docker-Anmeldung</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Without a usable registry name there is nothing to look up in Docker&apos;s store.</source>
        <translation>Ohne verwendbaren Registrierungsnamen gibt es im Docker-Speicher nichts nachzuschlagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker&apos;s configuration was not checked, so its stored login was not looked up.</source>
        <translation>Die Docker-Konfiguration wurde nicht geprüft, daher wurde die gespeicherte Anmeldung nicht nachgeschlagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Docker&apos;s config file could not be read, so what Docker has stored for this registry is unknown.</source>
        <translation>Die Docker-Konfigurationsdatei konnte nicht gelesen werden, daher ist unklar, was Docker für diese Registrierung gespeichert hat.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Docker has nothing stored for this registry (%1): no credential store is set and the config file holds no login for it.</source>
        <translation>Docker hat für diese Registrierung (%1) nichts gespeichert: Es ist kein Anmeldeinformationsspeicher festgelegt, und die Konfigurationsdatei enthält keine Anmeldung dafür.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Docker&apos;s config file holds an identity token for %1 (user %2), as left by az acr login.</source>
        <translation>Die Docker-Konfigurationsdatei enthält ein Identitätstoken für %1 (Benutzer %2), wie es az acr login hinterlässt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker&apos;s config file holds a user name and password for %1 (user %2).</source>
        <translation>Die Docker-Konfigurationsdatei enthält Benutzername und Kennwort für %1 (Benutzer %2).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Docker&apos;s config names the credential store &quot;%1&quot; (%2), but its program %3 is not installed. Docker cannot save or read logins for this registry: install it, or remove &quot;%1&quot; from %2 in %4 and log in again.</source>
        <translation>Die Docker-Konfiguration nennt den Anmeldeinformationsspeicher „%1“ (%2), aber dessen Programm %3 ist nicht installiert. Docker kann für diese Registrierung keine Anmeldungen speichern oder lesen: Installieren Sie es, oder entfernen Sie „%1“ aus %2 in %4, und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The credential helper %1 could not be started: %2</source>
        <translation>Der Credential Helper %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The credential helper %1 did not answer within %n second(s). Docker waits for it on every login, push and pull; it may be waiting for an unlock prompt or be stuck.</source>
        <translation>
            <numerusform>Der Credential Helper %1 hat nicht innerhalb von %n Sekunde geantwortet. Docker wartet bei jeder Anmeldung, jedem Push und Pull auf ihn; möglicherweise wartet er auf eine Entsperrabfrage oder hängt.</numerusform>
            <numerusform>Der Credential Helper %1 hat nicht innerhalb von %n Sekunden geantwortet. Docker wartet bei jeder Anmeldung, jedem Push und Pull auf ihn; möglicherweise wartet er auf eine Entsperrabfrage oder hängt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The credential helper %1 crashed when Docker&apos;s login for %2 was asked for.</source>
        <translation>Der Credential Helper %1 ist abgestürzt, als die Docker-Anmeldung für %2 abgefragt wurde.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The credential store &quot;%1&quot; has an entry for %2 (user %3), but it holds no password or token.</source>
        <translation>Der Anmeldeinformationsspeicher „%1“ hat einen Eintrag für %2 (Benutzer %3), der aber weder Kennwort noch Token enthält.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The credential store &quot;%1&quot; holds an identity token for %2 (user %3), as left by az acr login.</source>
        <translation>Der Anmeldeinformationsspeicher „%1“ enthält ein Identitätstoken für %2 (Benutzer %3), wie es az acr login hinterlässt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credential store &quot;%1&quot; holds a user name and password for %2 (user %3).</source>
        <translation>Der Anmeldeinformationsspeicher „%1“ enthält Benutzername und Kennwort für %2 (Benutzer %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The credential store &quot;%1&quot; has nothing saved for this registry (%2): nobody has logged in to it with docker on this account, or the login was removed.</source>
        <translation>Der Anmeldeinformationsspeicher „%1“ hat für diese Registrierung (%2) nichts gespeichert: Niemand hat sich mit diesem Konto per docker dort angemeldet, oder die Anmeldung wurde entfernt.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The credential store &quot;%1&quot; fails: %2 answered &quot;%3&quot; (exit code %4). Docker cannot read or save logins for this registry while it fails.</source>
        <translation>Der Anmeldeinformationsspeicher „%1“ schlägt fehl: %2 antwortete „%3“ (Exitcode %4). Solange er fehlschlägt, kann Docker für diese Registrierung keine Anmeldungen lesen oder speichern.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The credential store &quot;%1&quot; answered with something that is not a credential, so Docker cannot use it (%2 printed %n byte(s) of unreadable output).</source>
        <translation>
            <numerusform>Der Anmeldeinformationsspeicher „%1“ hat mit etwas geantwortet, das keine Anmeldeinformation ist, daher kann Docker ihn nicht verwenden (%2 hat %n Byte unlesbare Ausgabe geliefert).</numerusform>
            <numerusform>Der Anmeldeinformationsspeicher „%1“ hat mit etwas geantwortet, das keine Anmeldeinformation ist, daher kann Docker ihn nicht verwenden (%2 hat %n Byte unlesbare Ausgabe geliefert).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-356"/>
        <source>Docker&apos;s config names the credential store &quot;%1&quot; (%2), which is not a program name (only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;). It was not run. Correct or remove it in %3, then log in again.</source>
        <translation>Die Docker-Konfiguration nennt den Anmeldeinformationsspeicher „%1“ (%2), der kein Programmname ist (nur Buchstaben, Ziffern, „.“, „_“ und „-“). Er wurde nicht ausgeführt. Korrigieren oder entfernen Sie ihn in %3, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Docker keeps logins with pass, but pass has not been set up on this account (%1 has no .gpg-id file). Nothing can be read from it, and docker login fails with &quot;pass not initialized&quot; until it is set up.</source>
        <translation>Docker bewahrt Anmeldungen mit pass auf, aber pass wurde für dieses Konto nicht eingerichtet (%1 hat keine .gpg-id-Datei). Es kann nichts daraus gelesen werden, und docker login schlägt mit „pass not initialized“ fehl, bis es eingerichtet ist.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Docker keeps logins with pass, whose store (%1) is locked with the GPG key %2, but that key&apos;s secret part is not on this computer. pass cannot decrypt what it holds, so Docker cannot read or save logins.</source>
        <translation>Docker bewahrt Anmeldungen mit pass auf, dessen Speicher (%1) mit dem GPG-Schlüssel %2 verschlüsselt ist, aber der geheime Teil dieses Schlüssels befindet sich nicht auf diesem Computer. pass kann den Inhalt nicht entschlüsseln, daher kann Docker keine Anmeldungen lesen oder speichern.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Docker keeps logins with secretservice, the desktop&apos;s keyring, which needs a desktop session: %1 answered &quot;%2&quot;. Over SSH, in a container or on a server there is none, so Docker cannot read or save logins.</source>
        <translation>Docker bewahrt Anmeldungen mit secretservice auf, dem Schlüsselbund des Desktops, der eine Desktopsitzung benötigt: %1 antwortete „%2“. Über SSH, in einem Container oder auf einem Server gibt es keine, daher kann Docker keine Anmeldungen lesen oder speichern.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The credential store &quot;%1&quot; fails: %2 printed nothing and ended with exit code %3. Docker cannot read or save logins for this registry while it fails.</source>
        <translation>Der Anmeldeinformationsspeicher „%1“ schlägt fehl: %2 hat nichts ausgegeben und mit Exitcode %3 geendet. Solange er fehlschlägt, kann Docker für diese Registrierung keine Anmeldungen lesen oder speichern.</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>Podman has nothing stored for this registry (%1): none of its login files holds a login for it.</source>
        <translation>Podman hat für diese Registrierung (%1) nichts gespeichert: Keine seiner Anmeldedateien enthält eine Anmeldung dafür.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Helm has nothing stored for this registry (%1): neither its registry config nor Docker&apos;s config holds a login for it, and no credential store they name has one.</source>
        <translation>Helm hat für diese Registrierung (%1) nichts gespeichert: Weder seine Registrierungskonfiguration noch die Konfiguration von Docker enthält eine Anmeldung dafür, und kein darin genannter Anmeldeinformationsspeicher hat eine.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>%1&apos;s stored login</source>
        <extracomment>%1 is the client: Podman or Helm.</extracomment>
        <translation>Gespeicherte Anmeldung von %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1&apos;s login file could not be read, so what %1 has stored for this registry is unknown.</source>
        <translation>Die Anmeldedatei von %1 konnte nicht gelesen werden, daher ist unklar, was %1 für diese Registrierung gespeichert hat.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1&apos;s login file has an entry for %2, but its saved login is damaged, so %1 has nothing usable stored for this registry.</source>
        <translation>Die Anmeldedatei von %1 hat einen Eintrag für %2, aber die gespeicherte Anmeldung ist beschädigt. %1 hat für diese Registrierung also nichts Verwendbares gespeichert.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%3 reads an identity token for %1 (user %2) from %4.</source>
        <translation>%3 liest ein Identitätstoken für %1 (Benutzer %2) aus %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%3 reads a user name and password for %1 (user %2) from %4.</source>
        <translation>%3 liest Benutzername und Kennwort für %1 (Benutzer %2) aus %4.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%4 names the credential store &quot;%1&quot; (%2), but its program %3 is not installed. %5 cannot save or read logins for this registry: install it, or remove &quot;%1&quot; from %2 in %4 and log in again.</source>
        <translation>%4 nennt den Anmeldeinformationsspeicher „%1“ (%2), aber dessen Programm %3 ist nicht installiert. %5 kann für diese Registrierung keine Anmeldungen speichern oder lesen: Installieren Sie es, oder entfernen Sie „%1“ aus %2 in %4, und melden Sie sich erneut an.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>The credential helper %1 did not answer within %n second(s). %2 waits for it on every login, push and pull; it may be waiting for an unlock prompt or be stuck.</source>
        <translation>
            <numerusform>Der Credential Helper %1 hat nicht innerhalb von %n Sekunde geantwortet. %2 wartet bei jeder Anmeldung, jedem Push und Pull auf ihn; möglicherweise wartet er auf eine Entsperrabfrage oder hängt.</numerusform>
            <numerusform>Der Credential Helper %1 hat nicht innerhalb von %n Sekunden geantwortet. %2 wartet bei jeder Anmeldung, jedem Push und Pull auf ihn; möglicherweise wartet er auf eine Entsperrabfrage oder hängt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The credential helper %1 crashed when %3&apos;s login for %2 was asked for.</source>
        <translation>Der Credential Helper %1 ist abgestürzt, als die Anmeldung von %3 für %2 abgefragt wurde.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%2 keeps logins with pass, but pass has not been set up on this account (%1 has no .gpg-id file). Nothing can be read from it, and %3 fails with &quot;pass not initialized&quot; until it is set up.</source>
        <translation>%2 bewahrt Anmeldungen mit pass auf, aber pass wurde für dieses Konto nicht eingerichtet (%1 hat keine .gpg-id-Datei). Es kann nichts daraus gelesen werden, und %3 schlägt mit „pass not initialized“ fehl, bis es eingerichtet ist.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%3 keeps logins with pass, whose store (%1) is locked with the GPG key %2, but that key&apos;s secret part is not on this computer. pass cannot decrypt what it holds, so %3 cannot read or save logins.</source>
        <translation>%3 bewahrt Anmeldungen mit pass auf, dessen Speicher (%1) mit dem GPG-Schlüssel %2 verschlüsselt ist, aber der geheime Teil dieses Schlüssels befindet sich nicht auf diesem Computer. pass kann den Inhalt nicht entschlüsseln, daher kann %3 keine Anmeldungen lesen oder speichern.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The credential store &quot;%1&quot; has nothing saved for this registry (%2): nobody has signed in to it with %3 on this account, or the login was removed.</source>
        <translation>Der Anmeldeinformationsspeicher „%1“ hat für diese Registrierung (%2) nichts gespeichert: Niemand hat sich mit diesem Konto per %3 dort angemeldet, oder die Anmeldung wurde entfernt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%3 keeps logins with secretservice, the desktop&apos;s keyring, which needs a desktop session: %1 answered &quot;%2&quot;. Over SSH, in a container or on a server there is none, so %3 cannot read or save logins.</source>
        <translation>%3 bewahrt Anmeldungen mit secretservice auf, dem Schlüsselbund des Desktops, der eine Desktopsitzung benötigt: %1 antwortete „%2“. Über SSH, in einem Container oder auf einem Server gibt es keine, daher kann %3 keine Anmeldungen lesen oder speichern.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The credential store &quot;%1&quot; fails: %2 printed nothing and ended with exit code %3. %4 cannot read or save logins for this registry while it fails.</source>
        <translation>Der Anmeldeinformationsspeicher „%1“ schlägt fehl: %2 hat nichts ausgegeben und mit Exitcode %3 geendet. Solange er fehlschlägt, kann %4 für diese Registrierung keine Anmeldungen lesen oder speichern.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The credential store &quot;%1&quot; fails: %2 answered &quot;%3&quot; (exit code %4). %5 cannot read or save logins for this registry while it fails.</source>
        <translation>Der Anmeldeinformationsspeicher „%1“ schlägt fehl: %2 antwortete „%3“ (Exitcode %4). Solange er fehlschlägt, kann %5 für diese Registrierung keine Anmeldungen lesen oder speichern.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>The credential store &quot;%1&quot; answered with something that is not a credential, so %3 cannot use it (%2 printed %n byte(s) of unreadable output).</source>
        <translation>
            <numerusform>Der Anmeldeinformationsspeicher „%1“ hat mit etwas geantwortet, das keine Anmeldeinformation ist, daher kann %3 ihn nicht verwenden (%2 hat %n Byte unlesbare Ausgabe geliefert).</numerusform>
            <numerusform>Der Anmeldeinformationsspeicher „%1“ hat mit etwas geantwortet, das keine Anmeldeinformation ist, daher kann %3 ihn nicht verwenden (%2 hat %n Byte unlesbare Ausgabe geliefert).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CredentialsProbe</name>
    <message>
        <location filename="../src/core/probes/credentials_probe.cpp" line="+196"/>
        <source>Skipped: the registry lets anyone in, so there is no sign-in to test.</source>
        <translation>Übersprungen: Die Registrierung lässt jeden zu, es gibt also keine Anmeldung zu testen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: the registry did not ask for a sign-in.</source>
        <translation>Übersprungen: Die Registrierung hat keine Anmeldung verlangt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password read from standard input was empty, so there is nothing to sign in with. In a pipeline this is usually a secret variable that is not set for this run.</source>
        <translation>Das aus der Standardeingabe gelesene Kennwort war leer, daher gibt es nichts, womit man sich anmelden könnte. In einer Pipeline ist das meist eine geheime Variable, die für diese Ausführung nicht festgelegt ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There are no credentials to sign in with: none were given and Docker has none saved for %1.</source>
        <translation>Es gibt keine Anmeldeinformationen für die Anmeldung: Es wurden keine angegeben, und Docker hat keine für %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Signed in as %1 with a user name and password.</source>
        <translation>Als %1 mit Benutzername und Kennwort angemeldet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The registry asks for a kind of sign-in this check does not test (%1).</source>
        <translation>Die Registrierung verlangt eine Art der Anmeldung, die diese Prüfung nicht testet (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry names a token service at &quot;%1&quot;, which is not a secure (https) address: no password is sent there.</source>
        <translation>Die Registrierung nennt einen Tokendienst unter „%1“, das ist keine sichere (https-)Adresse: Dorthin wird kein Kennwort gesendet.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The token service began to answer, but its answer did not arrive whole, so the check is without a token: %1</source>
        <translation>Der Tokendienst hat zu antworten begonnen, aber die Antwort kam nicht vollständig an; die Prüfung hat daher kein Token: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The token service answered with more than %1 KiB, and without a token; the check stopped reading.</source>
        <translation>Der Tokendienst hat mit mehr als %1 KiB und ohne Token geantwortet; die Prüfung hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token service answered, but without a token (the answer is not the JSON a token service sends).</source>
        <translation>Der Tokendienst hat geantwortet, aber ohne Token (die Antwort ist nicht das JSON, das ein Tokendienst sendet).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signed in as %1: the token service gave a token and the registry accepted it.</source>
        <translation>Als %1 angemeldet: Der Tokendienst hat ein Token ausgestellt, und die Registrierung hat es akzeptiert.</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>The saved sign-in expires in %1.</source>
        <translation>Die gespeicherte Anmeldung ist noch %1 gültig.</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>The token service gave a token, but the registry did not answer when it was used: %1</source>
        <translation>Der Tokendienst hat ein Token ausgestellt, aber die Registrierung hat bei dessen Verwendung nicht geantwortet: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The token service gave a token that had already expired (at %1), and the registry refused it (%2): the registry&apos;s token service and the registry disagree.</source>
        <translation>Der Tokendienst hat ein bereits abgelaufenes Token ausgestellt (abgelaufen am %1), und die Registrierung hat es abgelehnt (%2): Tokendienst und Registrierung sind sich uneinig.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token service gave a token, but the registry refused it (%1).</source>
        <translation>Der Tokendienst hat ein Token ausgestellt, aber die Registrierung hat es abgelehnt (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sign-in request got no answer: %1</source>
        <translation>Die Anmeldeanfrage hat keine Antwort erhalten: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The registry does not know the user name &quot;%1&quot; (&quot;Application not registered with AAD&quot;).</source>
        <translation>Die Registrierung kennt den Benutzernamen „%1“ nicht („Application not registered with AAD“).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The token itself says it expired at %1; a token from aws ecr get-login-password lasts 12 hours.</source>
        <translation>Laut dem Token selbst ist es am %1 abgelaufen; ein Token von aws ecr get-login-password gilt 12 Stunden.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The registry refused the saved identity token (401).</source>
        <translation>Die Registrierung hat das gespeicherte Identitätstoken abgelehnt (401).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused the user name and password for %1 (401 &quot;authentication required&quot;).</source>
        <translation>Die Registrierung hat Benutzername und Kennwort für %1 abgelehnt (401 „authentication required“).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-in answered with a redirect (%1) to %2; the check does not follow it, and sends the password nowhere else.</source>
        <translation>Die Anmeldung wurde mit einer Umleitung (%1) nach %2 beantwortet; die Prüfung folgt ihr nicht und sendet das Kennwort nirgendwo anders hin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unnamed place</source>
        <translation>ein unbenanntes Ziel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in failed with status %1: %2</source>
        <translation>Die Anmeldung ist mit Status %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../src/core/probes/credentials_probe.h" line="+24"/>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../src/core/probes/credentials_probe.cpp" line="-120"/>
        <source>Signed in with the saved Azure sign-in (identity token): the token service gave a token and the registry accepted it.</source>
        <translation>Mit der gespeicherten Azure-Identität (Identitätstoken) angemeldet: Der Tokendienst hat ein Token ausgestellt, und die Registrierung hat es akzeptiert.</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>The saved sign-in (identity token) expired %n minute(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>Die gespeicherte Anmeldung (Identitätstoken) ist vor %n Minute abgelaufen, am %1; die Registrierung hat sie mit %2 abgelehnt.</numerusform>
            <numerusform>Die gespeicherte Anmeldung (Identitätstoken) ist vor %n Minuten abgelaufen, am %1; die Registrierung hat sie mit %2 abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The saved sign-in (identity token) expired %n hour(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>Die gespeicherte Anmeldung (Identitätstoken) ist vor %n Stunde abgelaufen, am %1; die Registrierung hat sie mit %2 abgelehnt.</numerusform>
            <numerusform>Die gespeicherte Anmeldung (Identitätstoken) ist vor %n Stunden abgelaufen, am %1; die Registrierung hat sie mit %2 abgelehnt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The saved sign-in (identity token) expired %n day(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>Die gespeicherte Anmeldung (Identitätstoken) ist vor %n Tag abgelaufen, am %1; die Registrierung hat sie mit %2 abgelehnt.</numerusform>
            <numerusform>Die gespeicherte Anmeldung (Identitätstoken) ist vor %n Tagen abgelaufen, am %1; die Registrierung hat sie mit %2 abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The registry says the saved token has expired (%1): &quot;%2&quot;</source>
        <translation>Die Registrierung meldet, dass das gespeicherte Token abgelaufen ist (%1): „%2“</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Not tested: the sign-in could not be tried, because the registry&apos;s first answer was not usable.</source>
        <translation>Nicht getestet: Die Anmeldung konnte nicht versucht werden, weil die erste Antwort der Registrierung nicht verwendbar war.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not tested: the sign-in could not be tried, because there is no working connection to the registry.</source>
        <translation>Nicht getestet: Die Anmeldung konnte nicht versucht werden, weil keine funktionierende Verbindung zur Registrierung besteht.</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Amazon ECR refused the token with 400 Bad Request: it was made for another region or AWS account than %1.</source>
        <translation>Amazon ECR hat das Token mit 400 Bad Request abgelehnt: Es wurde für eine andere Region oder ein anderes AWS-Konto als %1 erstellt.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The token service refused the user name and password for %1 (401): &quot;%2&quot;</source>
        <translation>Der Tokendienst hat den Benutzernamen und das Kennwort für %1 abgelehnt (401): „%2“</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>There are no credentials to sign in with: none were given and %2 has none saved for %1.</source>
        <translation>Es gibt keine Anmeldeinformationen für die Anmeldung: Es wurden keine angegeben, und %2 hat keine für %1 gespeichert.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>When the access token expires is not known: Google&apos;s tokeninfo (oauth2.googleapis.com) says the token is not valid (expired or revoked).</source>
        <translation>Wann das Zugriffstoken abläuft, ist nicht bekannt: Der tokeninfo-Dienst von Google (oauth2.googleapis.com) meldet, dass das Token ungültig ist (abgelaufen oder widerrufen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the access token expires is not known: Google&apos;s tokeninfo (oauth2.googleapis.com) did not tell (%1).</source>
        <translation>Wann das Zugriffstoken abläuft, ist nicht bekannt: Der tokeninfo-Dienst von Google (oauth2.googleapis.com) hat es nicht mitgeteilt (%1).</translation>
    </message>
    <message>
        <location line="+332"/>
        <source>The registry refused the access token (%1), and Google&apos;s tokeninfo (oauth2.googleapis.com) says the token is no longer valid: it has expired (a token from gcloud auth print-access-token lasts one hour) or was revoked.</source>
        <translation>Die Registrierung hat das Zugriffstoken abgelehnt (%1), und der tokeninfo-Dienst von Google (oauth2.googleapis.com) meldet, dass das Token nicht mehr gültig ist: Es ist abgelaufen (ein Token von gcloud auth print-access-token gilt eine Stunde) oder wurde widerrufen.</translation>
    </message>
</context>
<context>
    <name>rd::DnsProbe</name>
    <message>
        <location filename="../src/core/probes/dns_probe.cpp" line="+30"/>
        <source>Skipped: there is no registry address to check.</source>
        <translation>Übersprungen: Es gibt keine Registrierungsadresse zum Prüfen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The DNS server did not answer.</source>
        <translation>Der DNS-Server hat nicht geantwortet.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The name %1 does not exist in DNS.</source>
        <translation>Der Name %1 existiert im DNS nicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name %1 could not be looked up: %2</source>
        <translation>Der Name %1 konnte nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy looks names up itself, so this may not matter.</source>
        <translation>Der Proxy löst Namen selbst auf, daher spielt das möglicherweise keine Rolle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 resolves to %2.</source>
        <translation>%1 wird in %2 aufgelöst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alias chain: %1.</source>
        <translation>Aliaskette: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a private endpoint: it is reachable only from the registry&apos;s virtual network or a network connected to it.</source>
        <translation>Das ist ein privater Endpunkt: Er ist nur aus dem virtuellen Netzwerk der Registrierung oder einem damit verbundenen Netzwerk erreichbar.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/dns_probe.h" line="+23"/>
        <source>Name lookup (DNS)</source>
        <translation>Namensauflösung (DNS)</translation>
    </message>
</context>
<context>
    <name>rd::DockerClientProbe</name>
    <message>
        <location filename="../src/core/probes/docker_client_probe.cpp" line="+13"/>
        <source>Docker client</source>
        <translation>Docker-Client</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The docker command was not found on this computer (it is not on PATH). Install Docker, or open a shell where the docker command works.</source>
        <translation>Der Befehl docker wurde auf diesem Computer nicht gefunden (er ist nicht im PATH). Installieren Sie Docker, oder öffnen Sie eine Shell, in der der Befehl docker funktioniert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The docker program at %1 could not be started: %2</source>
        <translation>Das Programm docker unter %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The docker command did not answer within %n second(s) (&quot;docker version&quot; hung).</source>
        <translation>
            <numerusform>Der Befehl docker hat nicht innerhalb von %n Sekunde geantwortet („docker version“ hing).</numerusform>
            <numerusform>Der Befehl docker hat nicht innerhalb von %n Sekunden geantwortet („docker version“ hing).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The docker command crashed while printing its version.</source>
        <translation>Der Befehl docker ist beim Ausgeben seiner Version abgestürzt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The docker command at %1 runs, but its version could not be read from what it printed.</source>
        <translation>Der Befehl docker unter %1 läuft, aber seine Version ließ sich aus der Ausgabe nicht ermitteln.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Docker %1 is installed, which is older than %2, the oldest version that works with this registry&apos;s login. Update Docker.</source>
        <translation>Installiert ist Docker %1; das ist älter als %2, die älteste Version, die mit der Anmeldung dieser Registrierung funktioniert. Aktualisieren Sie Docker.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker %1 is installed.</source>
        <translation>Docker %1 ist installiert.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The docker command at %1 is Podman %2 in Docker emulation, not Docker.</source>
        <translation>Der Befehl „docker“ unter %1 ist Podman %2 in Docker-Emulation, nicht Docker.</translation>
    </message>
</context>
<context>
    <name>rd::DockerConfigProbe</name>
    <message>
        <location filename="../src/core/probes/docker_config_probe.cpp" line="+55"/>
        <source>Docker configuration</source>
        <translation>Docker-Konfiguration</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>There is no Docker config yet at %1 (nobody has logged in with docker on this account).</source>
        <translation>Unter %1 gibt es noch keine Docker-Konfiguration (mit diesem Konto hat sich noch niemand per docker angemeldet).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Docker config file %1 is empty. Docker treats it as having no settings and no saved logins.</source>
        <translation>Die Docker-Konfigurationsdatei %1 ist leer. Docker behandelt sie als Datei ohne Einstellungen und ohne gespeicherte Anmeldungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Docker config file %1 cannot be used (%2). Docker fails to read it too: fix or remove the file, then log in again.</source>
        <translation>Die Docker-Konfigurationsdatei %1 ist nicht verwendbar (%2). Auch Docker kann sie nicht lesen: Korrigieren oder entfernen Sie die Datei, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Docker&apos;s config file %1 was read. Without a usable registry name, nothing in it was looked up.</source>
        <translation>Die Docker-Konfigurationsdatei %1 wurde gelesen. Ohne verwendbaren Registrierungsnamen wurde darin nichts nachgeschlagen.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Docker keeps the login for %1 in the credential helper &quot;%2&quot; (credHelpers).</source>
        <translation>Docker bewahrt die Anmeldung für %1 im Credential Helper „%2“ auf (credHelpers).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker keeps logins in the credential store &quot;%1&quot; (credsStore).</source>
        <translation>Docker bewahrt Anmeldungen im Anmeldeinformationsspeicher „%1“ auf (credsStore).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file itself holds a login for %1.</source>
        <translation>Die Datei selbst enthält eine Anmeldung für %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file holds no login for %1.</source>
        <translation>Die Datei enthält keine Anmeldung für %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker&apos;s config file %1 was read. %2</source>
        <translation>Die Docker-Konfigurationsdatei %1 wurde gelesen. %2</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>There is no Docker config at %1, so Docker keeps logins in its default credential store for this system, &quot;%2&quot;.</source>
        <translation>Unter %1 gibt es keine Docker-Konfiguration, daher bewahrt Docker Anmeldungen in seinem Standard-Anmeldeinformationsspeicher für dieses System auf, „%2“.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1&apos;s login file %2 has an entry for %3, but its saved login is damaged (the &quot;auth&quot; value is not a readable user name and password). Log in again.</source>
        <extracomment>%1 is the client (Docker, Podman, Helm), %2 its login file, %3 the registry.</extracomment>
        <translation>Die Anmeldedatei von %1 (%2) hat einen Eintrag für %3, aber die gespeicherte Anmeldung ist beschädigt (der Wert „auth“ enthält keinen lesbaren Benutzernamen und kein lesbares Kennwort). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file names no credential store, so Docker keeps logins in its default store for this system, &quot;%1&quot;.</source>
        <translation>Die Datei nennt keinen Anmeldeinformationsspeicher, daher bewahrt Docker Anmeldungen in seinem Standardspeicher für dieses System auf, „%1“.</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Podman cannot use its login file %1 (%2) and stops looking there, so it finds no login for any registry. Fix or remove the file, then sign in again.</source>
        <translation>Podman kann seine Anmeldedatei %1 nicht verwenden (%2) und sucht an dieser Stelle nicht weiter, findet also für keine Registrierung eine Anmeldung. Korrigieren oder entfernen Sie die Datei, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Podman takes the login for %1 from the credential helper &quot;%2&quot;, as %3 says (credHelpers).</source>
        <translation>Podman bezieht die Anmeldung für %1 vom Credential Helper „%2“, wie in %3 angegeben (credHelpers).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Podman reads the login for %1 from %2, the first of its login files that has one (entry &quot;%3&quot;).</source>
        <translation>Podman liest die Anmeldung für %1 aus %2, der ersten seiner Anmeldedateien, die eine enthält (Eintrag „%3“).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None of the files Podman reads logins from has one for %1: %2. Podman does not use Docker&apos;s credential store.</source>
        <translation>Keine der Dateien, aus denen Podman Anmeldungen liest, enthält eine für %1: %2. Podman verwendet den Anmeldeinformationsspeicher von Docker nicht.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Helm cannot use its registry config %1 (%2): every helm command that talks to a registry stops with an error there. Fix or remove the file, then sign in again with helm registry login.</source>
        <translation>Helm kann seine Registrierungskonfiguration %1 nicht verwenden (%2): Jeder helm-Befehl, der mit einer Registrierung kommuniziert, bricht dort mit einem Fehler ab. Korrigieren oder entfernen Sie die Datei, und melden Sie sich dann mit helm registry login erneut an.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Neither Helm&apos;s registry config %1 nor Docker&apos;s config %2 has a login for %3, and neither names a credential store for it.</source>
        <translation>Weder die Registrierungskonfiguration von Helm %1 noch die Konfiguration von Docker %2 enthält eine Anmeldung für %3, und keine der beiden nennt einen Anmeldeinformationsspeicher dafür.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helm&apos;s registry config %1 has no login for %2, and Helm skips Docker&apos;s config %3, which it cannot read (%4).</source>
        <translation>Die Registrierungskonfiguration von Helm %1 enthält keine Anmeldung für %2, und Helm überspringt die Konfiguration von Docker %3, die es nicht lesen kann (%4).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Helm reads logins from its registry config %1, then from Docker&apos;s config %2. For %3 it asks, in this order, until one has a login: %4.</source>
        <translation>Helm liest Anmeldungen aus seiner Registrierungskonfiguration %1, dann aus der Konfiguration von Docker %2. Für %3 fragt es in dieser Reihenfolge, bis eine Stelle eine Anmeldung hat: %4.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>%1&apos;s login files</source>
        <extracomment>%1 is the client: Podman (its auth.json files) or Helm (its registry config, then Docker&apos;s).</extracomment>
        <translation>Anmeldedateien von %1</translation>
    </message>
</context>
<context>
    <name>rd::DockerDaemonProbe</name>
    <message>
        <location filename="../src/core/probes/docker_daemon_probe.cpp" line="+10"/>
        <source>Docker daemon</source>
        <translation>Docker-Daemon</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Docker client was not checked, so the daemon was not checked either.</source>
        <translation>Der Docker-Client wurde nicht geprüft, daher wurde auch der Daemon nicht geprüft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker is not installed, so there is no Docker daemon to check.</source>
        <translation>Docker ist nicht installiert, daher gibt es keinen Docker-Daemon zu prüfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The docker command did not say whether its daemon answers (its version output could not be read).</source>
        <translation>Der Befehl docker hat nicht angegeben, ob sein Daemon antwortet (seine Versionsausgabe war nicht lesbar).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Docker daemon is running and answers (Docker Engine %1).</source>
        <translation>Der Docker-Daemon läuft und antwortet (Docker Engine %1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>docker reported no server</source>
        <translation>docker hat keinen Server gemeldet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Docker daemon does not answer: &quot;%1&quot;. Your Docker client can still log in without it (the login happens in the client), but pushing and pulling images need a running daemon: start Docker Desktop or the docker service.</source>
        <translation>Der Docker-Daemon antwortet nicht: „%1“. Ihr Docker-Client kann sich trotzdem anmelden (die Anmeldung erfolgt im Client), aber für Push und Pull von Images muss der Daemon laufen: Starten Sie Docker Desktop oder den Dienst docker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker daemon does not answer: &quot;%1&quot;. This Docker client logs in through the daemon, so docker login, push and pull all fail until it runs: start Docker Desktop or the docker service.</source>
        <translation>Der Docker-Daemon antwortet nicht: „%1“. Dieser Docker-Client meldet sich über den Daemon an, daher schlagen docker login, Push und Pull fehl, bis er läuft: Starten Sie Docker Desktop oder den Dienst docker.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The docker command is Podman, which has no daemon to check.</source>
        <translation>Der Befehl „docker“ ist Podman, das keinen zu prüfenden Daemon hat.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The engine runs in Docker Desktop&apos;s virtual machine (%1), not directly on this computer.</source>
        <translation>Die Engine läuft in der virtuellen Maschine von Docker Desktop (%1), nicht direkt auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs in WSL 2 (%1 on kernel %2).</source>
        <translation>Die Engine läuft in WSL 2 (%1 mit Kernel %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs on another machine, %1 (%2), reached through %3.</source>
        <translation>Die Engine läuft auf einem anderen Computer, %1 (%2), erreicht über %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs on %1 (%2).</source>
        <translation>Die Engine läuft auf %1 (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pulls from Docker Hub try the engine&apos;s mirrors first: %1.</source>
        <translation>Pulls von Docker Hub versuchen zuerst die Spiegel der Engine: %1.</translation>
    </message>
</context>
<context>
    <name>rd::Duration</name>
    <message numerus="yes">
        <location filename="../src/core/time_text.cpp" line="+14"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ErrorText</name>
    <message>
        <location filename="../src/core/diagnosis/error_text.cpp" line="+135"/>
        <source>The docker command could not be found. Docker is not installed on this computer, or its folder is not on the search path.</source>
        <translation>Der Befehl docker wurde nicht gefunden. Docker ist auf diesem Computer nicht installiert, oder sein Ordner ist nicht im Suchpfad (PATH).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The docker command could not talk to the Docker engine because your account may not use it. Add your account to the docker group, or use the same account that runs Docker.</source>
        <translation>Der Befehl docker konnte nicht mit der Docker-Engine kommunizieren, weil Ihr Konto sie möglicherweise nicht verwenden darf. Fügen Sie Ihr Konto der Gruppe docker hinzu, oder verwenden Sie dasselbe Konto, unter dem Docker läuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker engine (the background service that does the work) is not running, so docker commands cannot do anything. Start Docker and try again.</source>
        <translation>Die Docker-Engine (der Hintergrunddienst, der die Arbeit erledigt) läuft nicht, daher können docker-Befehle nichts tun. Starten Sie Docker, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Docker on Windows cannot reach its engine: Docker Desktop is probably not started. Start Docker Desktop and wait until it says it is running.</source>
        <translation>Docker unter Windows erreicht seine Engine nicht: Docker Desktop ist wahrscheinlich nicht gestartet. Starten Sie Docker Desktop, und warten Sie, bis es meldet, dass es läuft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker Desktop is not running, so the Docker engine is not available. Start Docker Desktop, or restart it if it is stuck.</source>
        <translation>Docker Desktop läuft nicht, daher ist die Docker-Engine nicht verfügbar. Starten Sie Docker Desktop, oder starten Sie es neu, wenn es hängt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker client and engine versions do not fit together, or Docker is too old. Registry sign-in needs Docker 18.03 or later.</source>
        <translation>Die Versionen von Docker-Client und -Engine passen nicht zusammen, oder Docker ist zu alt. Die Anmeldung an der Registrierung erfordert Docker 18.03 oder höher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>docker login wanted to ask for a user name and password, but it was not run in a terminal. Pass the user name and the password (through --password-stdin) explicitly.</source>
        <translation>docker login wollte nach Benutzername und Kennwort fragen, lief aber nicht in einem Terminal. Geben Sie Benutzername und Kennwort (über --password-stdin) ausdrücklich an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Docker is set up to keep passwords in a credential helper program that is not installed. Install that helper, or remove the &quot;credsStore&quot; entry from the Docker configuration file.</source>
        <translation>Docker ist so eingerichtet, dass Kennwörter in einem Credential Helper aufbewahrt werden, der nicht installiert ist. Installieren Sie diesen Helper, oder entfernen Sie den Eintrag „credsStore“ aus der Docker-Konfigurationsdatei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows credential store refused to save the registry sign-in, usually because the Azure token is too long for it. Removing &quot;credsStore&quot; from the Docker configuration file avoids the store.</source>
        <translation>Der Windows-Anmeldeinformationsspeicher hat sich geweigert, die Anmeldung an der Registrierung zu speichern, meist weil das Azure-Token dafür zu lang ist. Wenn Sie „credsStore“ aus der Docker-Konfigurationsdatei entfernen, wird der Speicher umgangen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows credential store could not be used from this session (common over remote sessions or services). Docker could not save or read the registry password.</source>
        <translation>Der Windows-Anmeldeinformationsspeicher konnte in dieser Sitzung nicht verwendet werden (häufig bei Remotesitzungen oder Diensten). Docker konnte das Kennwort der Registrierung nicht speichern oder lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker has no saved sign-in for this registry. Sign in to the registry first.</source>
        <translation>Docker hat für diese Registrierung keine gespeicherte Anmeldung. Melden Sie sich zuerst bei der Registrierung an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The program Docker uses to store passwords failed. Docker could not save or read the registry sign-in.</source>
        <translation>Das Programm, mit dem Docker Kennwörter speichert, ist fehlgeschlagen. Docker konnte die Anmeldung an der Registrierung nicht speichern oder lesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image name contains capital letters. Registry addresses and repository names must be written in lowercase.</source>
        <translation>Der Imagename enthält Großbuchstaben. Registrierungsadressen und Repositorynamen müssen kleingeschrieben werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image name is not written correctly, for example it contains https:// or a space. Use registry/repository:tag, such as myregistry.azurecr.io/app:1.0.</source>
        <translation>Der Imagename ist nicht richtig geschrieben, er enthält z. B. https:// oder ein Leerzeichen. Verwenden Sie registrierung/repository:tag, z. B. myregistry.azurecr.io/app:1.0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry name is not valid. az acr commands want the registry&apos;s resource name only: 5 to 50 letters and digits, without .azurecr.io.</source>
        <translation>Der Registrierungsname ist ungültig. az acr-Befehle erwarten nur den Ressourcennamen der Registrierung: 5 bis 50 Buchstaben und Ziffern, ohne .azurecr.io.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure does not know a registry by that name in the selected subscription. Check the name and the subscription (az account show).</source>
        <translation>Azure kennt im ausgewählten Abonnement keine Registrierung mit diesem Namen. Prüfen Sie den Namen und das Abonnement (az account show).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are signed in to Azure, but your account has no role that allows this action. Seeing the registry needs at least the Reader role.</source>
        <translation>Sie sind bei Azure angemeldet, aber Ihr Konto hat keine Rolle, die diese Aktion erlaubt. Um die Registrierung zu sehen, ist mindestens die Rolle „Leser“ (Reader) nötig.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The connection goes through a proxy server, and the proxy could not be reached or refused the connection. Check the proxy settings (HTTPS_PROXY) of Docker and of this computer.</source>
        <translation>Die Verbindung läuft über einen Proxyserver, und der Proxy war nicht erreichbar oder hat die Verbindung abgelehnt. Prüfen Sie die Proxyeinstellungen (HTTPS_PROXY) von Docker und von diesem Computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI could not get through the proxy server. Check the proxy address and whether the proxy allows the registry&apos;s address.</source>
        <translation>Die Azure CLI ist nicht durch den Proxyserver gekommen. Prüfen Sie die Proxyadresse und ob der Proxy die Adresse der Registrierung zulässt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name server does not know this registry address. The name may be misspelt, belong to another cloud, or, with a private endpoint, its private DNS is not set up.</source>
        <translation>Der Namensserver kennt diese Registrierungsadresse nicht. Der Name ist möglicherweise falsch geschrieben, gehört zu einer anderen Cloud, oder bei einem privaten Endpunkt ist das private DNS nicht eingerichtet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name server did not answer properly when asked for the registry address. The DNS server or the network path to it has a problem.</source>
        <translation>Der Namensserver hat auf die Anfrage nach der Registrierungsadresse nicht richtig geantwortet. Der DNS-Server oder der Netzwerkweg dorthin hat ein Problem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI tried several times to reach this address and gave up. The reason follows in the message (name lookup, proxy, certificate or timeout).</source>
        <translation>Die Azure CLI hat mehrmals versucht, diese Adresse zu erreichen, und dann aufgegeben. Der Grund folgt in der Meldung (Namensauflösung, Proxy, Zertifikat oder Zeitüberschreitung).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The computer could not turn the registry address into an IP address. The name may be wrong, or the DNS setup (for example for a private endpoint) is missing.</source>
        <translation>Der Computer konnte die Registrierungsadresse nicht in eine IP-Adresse auflösen. Der Name ist möglicherweise falsch, oder die DNS-Einrichtung (z. B. für einen privaten Endpunkt) fehlt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate looks expired from here. Most often the computer&apos;s clock is wrong; otherwise something in between presents an old certificate.</source>
        <translation>Das Zertifikat des Servers erscheint von hier aus abgelaufen. Meistens geht die Uhr des Computers falsch; andernfalls legt etwas dazwischen ein altes Zertifikat vor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI does not trust the certificate it received. Usually a company proxy inspects the traffic with its own certificate, which must be added to the trusted ones.</source>
        <translation>Die Azure CLI vertraut dem empfangenen Zertifikat nicht. Meist untersucht ein Unternehmensproxy den Datenverkehr mit einem eigenen Zertifikat, das zu den vertrauenswürdigen hinzugefügt werden muss.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>The registry&apos;s certificate is not trusted on this computer. Usually a proxy or security product replaces the certificate with its own, which must then be trusted.</source>
        <translation>Dem Zertifikat der Registrierung wird auf diesem Computer nicht vertraut. Meist ersetzt ein Proxy oder ein Sicherheitsprodukt das Zertifikat durch ein eigenes, dem dann vertraut werden muss.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate looks expired or not yet valid from here. Most often the computer&apos;s date and time are wrong.</source>
        <translation>Das Zertifikat erscheint von hier aus abgelaufen oder noch nicht gültig. Meistens sind Datum und Uhrzeit des Computers falsch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate belongs to a different name than the address used. Use the registry&apos;s normal login server name (not the privatelink name), or check for a proxy in between.</source>
        <translation>Das Zertifikat gehört zu einem anderen Namen als die verwendete Adresse. Verwenden Sie den normalen Anmeldeservernamen der Registrierung (nicht den privatelink-Namen), oder prüfen Sie, ob ein Proxy dazwischen ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at this address did not speak HTTPS. The address may point at something that is not a registry, or at a proxy.</source>
        <translation>Der Server unter dieser Adresse hat kein HTTPS gesprochen. Die Adresse zeigt möglicherweise auf etwas, das keine Registrierung ist, oder auf einen Proxy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secure connection could not be set up. Something between you and the registry, often a proxy or firewall, interferes with it.</source>
        <translation>Die sichere Verbindung konnte nicht aufgebaut werden. Etwas zwischen Ihnen und der Registrierung, oft ein Proxy oder eine Firewall, stört sie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry did not answer in time. A firewall, a missing route or a proxy that has to be used probably stands in the way.</source>
        <translation>Die Registrierung hat nicht rechtzeitig geantwortet. Wahrscheinlich steht eine Firewall, eine fehlende Route oder ein Proxy, der verwendet werden müsste, im Weg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection was refused: nothing accepts connections at that address and port, or a firewall turns them away.</source>
        <translation>Die Verbindung wurde abgelehnt: Unter dieser Adresse und diesem Port nimmt niemand Verbindungen an, oder eine Firewall weist sie ab.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer has no network path to the registry. Check the network connection, VPN and routing.</source>
        <translation>Dieser Computer hat keinen Netzwerkweg zur Registrierung. Prüfen Sie Netzwerkverbindung, VPN und Routing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection was cut off in the middle. A proxy or firewall between you and the registry often does this.</source>
        <translation>Die Verbindung wurde mittendrin unterbrochen. Das verursacht oft ein Proxy oder eine Firewall zwischen Ihnen und der Registrierung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request took too long and was given up. The registry is not reachable from here, or a proxy that should be used is not configured.</source>
        <translation>Die Anfrage hat zu lange gedauert und wurde aufgegeben. Die Registrierung ist von hier aus nicht erreichbar, oder ein Proxy, der verwendet werden müsste, ist nicht konfiguriert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The registry&apos;s firewall does not let your IP address in, or public access to the registry is turned off. Add your address to the registry&apos;s network rules, or connect through its private endpoint.</source>
        <translation>Die Firewall der Registrierung lässt Ihre IP-Adresse nicht zu, oder der öffentliche Zugriff auf die Registrierung ist deaktiviert. Fügen Sie Ihre Adresse den Netzwerkregeln der Registrierung hinzu, oder verbinden Sie sich über ihren privaten Endpunkt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry does not recognise the user name. For a service principal the user name must be its application (client) ID, not an e-mail address or display name.</source>
        <translation>Die Registrierung erkennt den Benutzernamen nicht. Bei einem Dienstprinzipal muss der Benutzername dessen Anwendungs-ID (Client-ID) sein, keine E-Mail-Adresse und kein Anzeigename.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry turned down the user name and password given at sign-in. The password or secret is wrong or has expired.</source>
        <translation>Die Registrierung hat den bei der Anmeldung angegebenen Benutzernamen und das Kennwort abgelehnt. Das Kennwort oder der geheime Schlüssel ist falsch oder abgelaufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <location line="+20"/>
        <source>The registry turned down the user name and password given at sign-in.</source>
        <translation>Die Registrierung hat den bei der Anmeldung angegebenen Benutzernamen und das Kennwort abgelehnt.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The registry wants a valid sign-in and did not get one. The saved sign-in may have expired (an az acr login lasts about three hours), be missing, or be for a differently written registry name.</source>
        <translation>Die Registrierung verlangt eine gültige Anmeldung und hat keine erhalten. Die gespeicherte Anmeldung ist möglicherweise abgelaufen (ein az acr login gilt etwa drei Stunden), fehlt oder gilt für einen anders geschriebenen Registrierungsnamen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are signed in, but this identity may not do this with this repository: pushing needs the AcrPush role, pulling AcrPull. Also check that the image name starts with the registry address.</source>
        <translation>Sie sind angemeldet, aber diese Identität darf das mit diesem Repository möglicherweise nicht tun: Push erfordert die Rolle AcrPush, Pull die Rolle AcrPull. Prüfen Sie auch, ob der Imagename mit der Registrierungsadresse beginnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in worked, but the permission granted does not cover this action on this repository.</source>
        <translation>Die Anmeldung hat funktioniert, aber die erteilte Berechtigung deckt diese Aktion in diesem Repository nicht ab.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Access was forbidden before the password was even checked. This is a network matter: the registry&apos;s firewall, disabled public access, or a proxy blocks the way.</source>
        <translation>Der Zugriff wurde verweigert, noch bevor das Kennwort überhaupt geprüft wurde. Das ist ein Netzwerkthema: Die Firewall der Registrierung, ein deaktivierter öffentlicher Zugriff oder ein Proxy versperrt den Weg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is a web server at this address, but it is not a container registry. Check the address: only the login server name, without a path.</source>
        <translation>Unter dieser Adresse gibt es einen Webserver, aber keine Containerregistrierung. Prüfen Sie die Adresse: nur den Anmeldeservernamen, ohne Pfad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+16"/>
        <location line="+4"/>
        <source>The registry is receiving too many requests from you and asks to slow down. Wait a little and try again.</source>
        <translation>Die Registrierung erhält zu viele Anfragen von Ihnen und bittet, langsamer zu werden. Warten Sie kurz, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The sign-in request got an unexpected answer from the server or from something in between, such as a proxy.</source>
        <translation>Die Anmeldeanfrage hat eine unerwartete Antwort vom Server oder von etwas dazwischen erhalten, z. B. einem Proxy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry forbade access before any sign-in. Its firewall, disabled public access, or a proxy is blocking this computer.</source>
        <translation>Die Registrierung hat den Zugriff noch vor jeder Anmeldung verweigert. Ihre Firewall, ein deaktivierter öffentlicher Zugriff oder ein Proxy blockiert diesen Computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is a web server at this address, but it is not a container registry. Check the address.</source>
        <translation>Unter dieser Adresse gibt es einen Webserver, aber keine Containerregistrierung. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry address gave an unexpected answer. Something other than the registry, such as a proxy, may have answered.</source>
        <translation>Die Registrierungsadresse hat unerwartet geantwortet. Möglicherweise hat etwas anderes als die Registrierung geantwortet, z. B. ein Proxy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered that a valid sign-in is missing: no credentials, wrong ones, or expired ones were sent.</source>
        <translation>Die Registrierung hat geantwortet, dass eine gültige Anmeldung fehlt: Es wurden keine, falsche oder abgelaufene Anmeldeinformationen gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused the request: the identity lacks the permission, or the network rules do not allow it.</source>
        <translation>Die Registrierung hat die Anfrage abgelehnt: Der Identität fehlt die Berechtigung, oder die Netzwerkregeln lassen sie nicht zu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The cluster tried to pull the image without a usable sign-in. Its identity (for AKS, the kubelet identity) needs the AcrPull role on the registry, or an image pull secret is missing.</source>
        <translation>Der Cluster hat versucht, das Image ohne verwendbare Anmeldung zu pullen. Seine Identität (bei AKS die Kubelet-Identität) benötigt die Rolle AcrPull für die Registrierung, oder ein Image-Pull-Secret fehlt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry wanted a sign-in that it did not get, or did not accept.</source>
        <translation>Die Registrierung wollte eine Anmeldung, die sie nicht erhalten oder nicht akzeptiert hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry forbade the request: its network rules or the identity&apos;s permissions do not allow it.</source>
        <translation>Die Registrierung hat die Anfrage verweigert: Ihre Netzwerkregeln oder die Berechtigungen der Identität lassen sie nicht zu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Azure CLI could not reach the registry over the network. A proxy, DNS, a firewall or a private endpoint may be in the way, or the name is wrong.</source>
        <translation>Die Azure CLI konnte die Registrierung über das Netzwerk nicht erreichen. Möglicherweise stehen ein Proxy, das DNS, eine Firewall oder ein privater Endpunkt im Weg, oder der Name ist falsch.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address did not answer like a registry that asks for a sign-in. Often a proxy answered instead, public access is disabled, DNS points elsewhere, or it was a passing hiccup.</source>
        <translation>Die Adresse hat nicht wie eine Registrierung geantwortet, die eine Anmeldung verlangt. Oft hat stattdessen ein Proxy geantwortet, der öffentliche Zugriff ist deaktiviert, das DNS zeigt woandershin, oder es war eine vorübergehende Störung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Azure identity was signed in but has no role on this registry, or the wrong subscription or tenant is selected. A role assignment made just now can take a few minutes to apply.</source>
        <translation>Ihre Azure-Identität war angemeldet, hat aber keine Rolle für diese Registrierung, oder das falsche Abonnement bzw. der falsche Mandant ist ausgewählt. Eine gerade erstellte Rollenzuweisung kann einige Minuten brauchen, bis sie wirksam wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry did not accept your Azure identity: it has no role on this registry, or another subscription or tenant is selected.</source>
        <translation>Die Registrierung hat Ihre Azure-Identität nicht akzeptiert: Sie hat keine Rolle für diese Registrierung, oder ein anderes Abonnement bzw. ein anderer Mandant ist ausgewählt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI is not signed in to Azure. Run az login first (with sudo, the root user has its own separate sign-in).</source>
        <translation>Die Azure CLI ist nicht bei Azure angemeldet. Führen Sie zuerst az login aus (mit sudo hat der Benutzer root eine eigene, separate Anmeldung).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI could not get an Azure sign-in token for the registry. The rest of the message says why.</source>
        <translation>Die Azure CLI konnte kein Azure-Anmeldetoken für die Registrierung erhalten. Der Rest der Meldung nennt den Grund.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service principal&apos;s client secret has expired. Create a new secret and use it everywhere the old one was stored.</source>
        <translation>Der geheime Clientschlüssel des Dienstprinzipals ist abgelaufen. Erstellen Sie einen neuen geheimen Schlüssel, und verwenden Sie ihn überall dort, wo der alte gespeichert war.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client secret given is wrong. Use the secret&apos;s value, not its ID, and check that it belongs to this application.</source>
        <translation>Der angegebene geheime Clientschlüssel ist falsch. Verwenden Sie den Wert des geheimen Schlüssels, nicht seine ID, und prüfen Sie, ob er zu dieser Anwendung gehört.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No application with that ID exists in this Azure tenant. Check the application (client) ID and the tenant.</source>
        <translation>In diesem Azure-Mandanten gibt es keine Anwendung mit dieser ID. Prüfen Sie die Anwendungs-ID (Client-ID) und den Mandanten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Azure sign-in has expired or needs to be repeated. Run az login again.</source>
        <translation>Ihre Azure-Anmeldung ist abgelaufen oder muss wiederholt werden. Führen Sie az login erneut aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure rejected the sign-in because its time stamps are out of range. The computer&apos;s clock is probably wrong.</source>
        <translation>Azure hat die Anmeldung abgelehnt, weil ihre Zeitstempel außerhalb des gültigen Bereichs liegen. Wahrscheinlich geht die Uhr des Computers falsch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Microsoft Entra ID does not know this tenant in the Azure cloud the sign-in went to. Either the tenant ID is wrong, or the tenant lives in another cloud (Azure operated by 21Vianet for .azurecr.cn, Azure Government for .azurecr.us), which the Azure CLI reaches only after az cloud set.</source>
        <translation>Microsoft Entra ID kennt diesen Mandanten in der Azure-Cloud nicht, an die die Anmeldung ging. Entweder ist die Mandanten-ID falsch, oder der Mandant befindet sich in einer anderen Cloud (Azure, betrieben von 21Vianet, für .azurecr.cn, Azure Government für .azurecr.us), die die Azure CLI erst nach az cloud set erreicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure sign-in (Azure AD / Entra ID) failed. The AADSTS code says why; look it up in Microsoft&apos;s list of sign-in error codes.</source>
        <translation>Die Azure-Anmeldung (Microsoft Entra ID, früher Azure AD) ist fehlgeschlagen. Der AADSTS-Code nennt den Grund; schlagen Sie ihn in der Microsoft-Liste der Anmeldefehlercodes nach.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Azure CLI could not run the docker command: Docker is missing or its engine is not running.</source>
        <translation>Die Azure CLI konnte den Befehl docker nicht ausführen: Docker fehlt, oder seine Engine läuft nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker engine is not running. Start Docker and try again.</source>
        <translation>Die Docker-Engine läuft nicht. Starten Sie Docker, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker version could not be read or is too old. Registry sign-in needs Docker 18.03 or later.</source>
        <translation>Die Docker-Version konnte nicht gelesen werden oder ist zu alt. Die Anmeldung an der Registrierung erfordert Docker 18.03 oder höher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker could not pull a sample image from the internet. The network or proxy settings of the Docker engine are probably the problem.</source>
        <translation>Docker konnte kein Beispielimage aus dem Internet pullen. Wahrscheinlich liegt es an den Netzwerk- oder Proxyeinstellungen der Docker-Engine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry&apos;s address could not be looked up. The name may be wrong, or DNS (for example for a private endpoint) is not set up.</source>
        <translation>Die Adresse der Registrierung konnte nicht aufgelöst werden. Der Name ist möglicherweise falsch, oder das DNS (z. B. für einen privaten Endpunkt) ist nicht eingerichtet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry forbade access from here: its firewall or disabled public access keeps this computer out.</source>
        <translation>Die Registrierung hat den Zugriff von hier verweigert: Ihre Firewall oder ein deaktivierter öffentlicher Zugriff sperrt diesen Computer aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry address did not answer with the expected request to sign in. A proxy or the network is usually the reason; the same code is also shown when the registry asks you to slow down.</source>
        <translation>Die Registrierungsadresse hat nicht mit der erwarteten Anmeldeaufforderung geantwortet. Meist liegt es an einem Proxy oder am Netzwerk; derselbe Code erscheint auch, wenn die Registrierung Sie bittet, langsamer zu werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A secure connection to the registry could not be set up, usually because a proxy replaces the certificate or the clock is wrong.</source>
        <translation>Eine sichere Verbindung zur Registrierung konnte nicht aufgebaut werden, meist weil ein Proxy das Zertifikat ersetzt oder die Uhr falsch geht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry did not accept your Azure identity: it has no role on the registry, or you are signed in to another tenant or subscription.</source>
        <translation>Die Registrierung hat Ihre Azure-Identität nicht akzeptiert: Sie hat keine Rolle für die Registrierung, oder Sie sind bei einem anderen Mandanten oder Abonnement angemeldet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry would not hand out an access token for your identity: a role such as AcrPull or AcrPush is missing.</source>
        <translation>Die Registrierung wollte für Ihre Identität kein Zugriffstoken ausstellen: Eine Rolle wie AcrPull oder AcrPush fehlt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry is receiving too many requests from you and asks to slow down.</source>
        <translation>Die Registrierung erhält zu viele Anfragen von Ihnen und bittet, langsamer zu werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI could not find the registry&apos;s login server from its name. Check the name and the selected subscription.</source>
        <translation>Die Azure CLI konnte den Anmeldeserver der Registrierung anhand ihres Namens nicht finden. Prüfen Sie den Namen und das ausgewählte Abonnement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cluster could not pull the image. The reason follows in the message.</source>
        <translation>Der Cluster konnte das Image nicht pullen. Der Grund folgt in der Meldung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skopeo could not reach the registry. The reason follows in the message.</source>
        <translation>skopeo konnte die Registrierung nicht erreichen. Der Grund folgt in der Meldung.</translation>
    </message>
    <message>
        <location line="-475"/>
        <source>az acr login could not hand the registry token to Docker, because the docker command or its engine is not available here. The Azure CLI can give you the token instead (--expose-token), for Podman, Helm or a later docker login.</source>
        <translation>az acr login konnte das Registrierungstoken nicht an Docker übergeben, weil der Befehl „docker“ oder seine Engine hier nicht verfügbar ist. Die Azure CLI kann Ihnen das Token stattdessen ausgeben (--expose-token), für Podman, Helm oder ein späteres docker login.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This Azure CLI does not know the --expose-token option of az acr login: it is too old. Update the Azure CLI.</source>
        <translation>Diese Azure CLI kennt die Option --expose-token von az acr login nicht: Sie ist zu alt. Aktualisieren Sie die Azure CLI.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft Entra ID wants multifactor authentication for this sign-in, or a Conditional Access policy blocks it. A script cannot do that: sign in interactively, or use a service principal or a managed identity.</source>
        <translation>Microsoft Entra ID verlangt für diese Anmeldung die mehrstufige Authentifizierung, oder eine Richtlinie für bedingten Zugriff blockiert sie. Ein Skript kann das nicht: Melden Sie sich interaktiv an, oder verwenden Sie einen Dienstprinzipal oder eine verwaltete Identität.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The docker command here is Podman pretending to be Docker. Podman keeps its own sign-ins and has no Docker engine, so Docker&apos;s advice does not apply.</source>
        <translation>Der Befehl „docker“ ist hier Podman, das sich als Docker ausgibt. Podman speichert eigene Anmeldungen und hat keine Docker-Engine, daher gelten die Hinweise für Docker nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in step got an empty user name or password. In a pipeline the secret variable is usually not set or not available to this run.</source>
        <translation>Der Anmeldeschritt hat einen leeren Benutzernamen oder ein leeres Kennwort erhalten. In einer Pipeline ist die geheime Variable meist nicht festgelegt oder für diese Ausführung nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--password-stdin was given without a user name. In a pipeline the variable that holds the user name is usually empty or not set.</source>
        <translation>--password-stdin wurde ohne Benutzernamen angegeben. In einer Pipeline ist die Variable mit dem Benutzernamen meist leer oder nicht festgelegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pod names an image pull secret that does not exist in its namespace, so the node pulls the image without signing in.</source>
        <translation>Der Pod nennt ein Image-Pullgeheimnis, das in seinem Namespace nicht vorhanden ist, daher pullt der Knoten das Image ohne Anmeldung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node was refused the image because it pulled without valid credentials: the pod&apos;s pull secret is missing, in another namespace, or for another registry (on AKS, the cluster&apos;s identity may lack AcrPull).</source>
        <translation>Dem Knoten wurde das Image verweigert, weil er ohne gültige Anmeldeinformationen gepullt hat: Das Pullgeheimnis des Pods fehlt, liegt in einem anderen Namespace oder gilt für eine andere Registrierung (unter AKS fehlt der Identität des Clusters möglicherweise AcrPull).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image exists, but not for this platform (operating system and processor, such as linux/arm64). This is not a sign-in problem: pull another platform or build the image for this one.</source>
        <translation>Das Image ist vorhanden, aber nicht für diese Plattform (Betriebssystem und Prozessor, etwa linux/arm64). Das ist kein Anmeldeproblem: Pullen Sie eine andere Plattform, oder erstellen Sie das Image für diese.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The AWS CLI is signed in, but this identity may not get a registry token (it needs ecr:GetAuthorizationToken). docker login then receives no password.</source>
        <translation>Die AWS CLI ist angemeldet, aber diese Identität darf kein Registrierungstoken abrufen (sie benötigt ecr:GetAuthorizationToken). docker login erhält dann kein Kennwort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The AWS CLI&apos;s session has expired, so it could not get a registry token. Sign in to AWS again.</source>
        <translation>Die Sitzung der AWS CLI ist abgelaufen, daher konnte sie kein Registrierungstoken abrufen. Melden Sie sich erneut bei AWS an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS does not know the access key the AWS CLI uses, so it could not get a registry token. Check the access key and secret the AWS CLI is set up with.</source>
        <translation>AWS kennt den Zugriffsschlüssel nicht, den die AWS CLI verwendet, daher konnte sie kein Registrierungstoken abrufen. Prüfen Sie den Zugriffsschlüssel und das Geheimnis, mit denen die AWS CLI eingerichtet ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gcloud, the credential helper Docker uses for this registry, could not refresh its sign-in. Sign in again with gcloud auth login.</source>
        <translation>gcloud, das Hilfsprogramm für Anmeldeinformationen, das Docker für diese Registrierung verwendet, konnte seine Anmeldung nicht erneuern. Melden Sie sich mit gcloud auth login erneut an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The BuildKit builder does not trust the registry&apos;s certificate. A builder in its own container (the docker-container driver) does not see the certificates this computer or Docker trusts.</source>
        <translation>Der BuildKit-Generator vertraut dem Zertifikat der Registrierung nicht. Ein Generator in einem eigenen Container (Treiber „docker-container“) sieht die Zertifikate nicht, denen dieser Computer oder Docker vertraut.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The sign-in worked, but downloading (or uploading) a layer failed at the registry&apos;s data endpoint or storage account, a different host than the registry. The firewall or proxy must allow that host too.</source>
        <translation>Die Anmeldung hat funktioniert, aber das Herunterladen (oder Hochladen) einer Ebene ist am Datenendpunkt oder Speicherkonto der Registrierung gescheitert, einem anderen Host als der Registrierung. Die Firewall oder der Proxy muss auch diesen Host zulassen.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The server answered with plain HTTP where HTTPS was expected. Usually the registry was set up without TLS: the client must then list it as an insecure registry. Otherwise the address is not the registry, or a proxy is in between.</source>
        <translation>Der Server hat mit unverschlüsseltem HTTP geantwortet, wo HTTPS erwartet wurde. Meist wurde die Registrierung ohne TLS eingerichtet: Der Client muss sie dann als unsichere Registrierung eintragen. Andernfalls ist die Adresse nicht die der Registrierung, oder ein Proxy ist dazwischen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The registry has no repository by this name. Check the spelling and the namespace (team/app), and that the image name starts with this registry&apos;s address.</source>
        <translation>Die Registrierung hat kein Repository mit diesem Namen. Prüfen Sie die Schreibweise und den Namespace (team/app) und ob der Imagename mit der Adresse dieser Registrierung beginnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry has no image with this tag or digest in the repository, or no such repository. Check the tag, or list the tags the repository has.</source>
        <translation>Die Registrierung hat kein Image mit diesem Tag oder Digest im Repository, oder es gibt das Repository nicht. Prüfen Sie das Tag, oder lassen Sie die Tags des Repositorys auflisten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused the image without saying whether it exists: either the repository does not exist (often a misspelt name or a missing namespace), or it exists and this sign-in may not read it.</source>
        <translation>Die Registrierung hat das Image abgelehnt, ohne zu sagen, ob es existiert: Entweder gibt es das Repository nicht (oft ein falsch geschriebener Name oder ein fehlender Namespace), oder es existiert und diese Anmeldung darf es nicht lesen.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The connection was tried over IPv6 (the address in brackets), and this computer has no IPv6 route to it. If the registry also has an IPv4 address, IPv4 probably works: the network needs a working IPv6 route, or IPv6 turned off where it has none.</source>
        <translation>Die Verbindung wurde über IPv6 versucht (die Adresse in eckigen Klammern), und dieser Computer hat keine IPv6-Route dorthin. Wenn die Registrierung auch eine IPv4-Adresse hat, funktioniert IPv4 vermutlich: Das Netzwerk braucht eine funktionierende IPv6-Route, oder IPv6 muss dort deaktiviert werden, wo es keine gibt.</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>The registry uses ABAC repository permissions (&quot;RBAC Registry + ABAC Repository Permissions&quot;). There, AcrPull and AcrPush give no rights on repositories; the Container Registry Repository Reader, Writer and Contributor roles do.</source>
        <translation>Die Registrierung verwendet ABAC-Repositoryberechtigungen („RBAC Registry + ABAC Repository Permissions“). Dort gewähren AcrPull und AcrPush keine Rechte für Repositorys; das tun die Rollen Container Registry Repository Reader, Writer und Contributor.</translation>
    </message>
</context>
<context>
    <name>rd::Goal</name>
    <message>
        <location filename="../src/core/diagnosis/goal.cpp" line="+148"/>
        <source>You can sign in to %1 and push to %2.</source>
        <translation>Sie können sich bei %1 anmelden und nach %2 pushen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You can sign in to %1 and pull from %2.</source>
        <translation>Sie können sich bei %1 anmelden und aus %2 pullen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can sign in to %1.</source>
        <translation>Sie können sich bei %1 anmelden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not tested: the sign-in could not be tried, because %1 cannot be reached.</source>
        <translation>Nicht getestet: Die Anmeldung konnte nicht versucht werden, weil %1 nicht erreichbar ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tested: the sign-in could not be tried, because the certificate of %1 is not trusted.</source>
        <translation>Nicht getestet: Die Anmeldung konnte nicht versucht werden, weil dem Zertifikat von %1 nicht vertraut wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not tested: the sign-in could not be tried, because %1 did not answer as a registry should.</source>
        <translation>Nicht getestet: Die Anmeldung konnte nicht versucht werden, weil %1 nicht wie eine Registrierung geantwortet hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in to %1 fails: %2</source>
        <extracomment>%1 is the registry, %2 the problem&apos;s title (&quot;The password is wrong&quot;).</extracomment>
        <translation>Die Anmeldung bei %1 schlägt fehl: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can sign in to %1, but not push to %2.</source>
        <translation>Sie können sich bei %1 anmelden, aber nicht nach %2 pushen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You can sign in to %1, but not pull from %2.</source>
        <translation>Sie können sich bei %1 anmelden, aber nicht aus %2 pullen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You can sign in to %1, but this computer is not ready: %2</source>
        <extracomment>%1 is the problem&apos;s title (&quot;The Docker engine is not running&quot;).</extracomment>
        <translation>Sie können sich bei %1 anmelden, aber dieser Computer ist nicht bereit: %2</translation>
    </message>
</context>
<context>
    <name>rd::Guidance</name>
    <message>
        <location filename="../src/core/diagnosis/guidance.cpp" line="+39"/>
        <source>Signing in from an Azure service</source>
        <translation>Anmeldung aus einem Azure-Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Azure service signs in with its own identity, not with yours, so a check from this computer cannot see it. Check that identity and its role on the registry.</source>
        <translation>Ein Azure-Dienst meldet sich mit seiner eigenen Identität an, nicht mit Ihrer, daher kann eine Prüfung auf diesem Computer sie nicht sehen. Prüfen Sie diese Identität und ihre Rolle für die Registrierung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AKS: the cluster pulls with its kubelet identity, which needs the AcrPull role on the registry. Check it from the cluster&apos;s side:</source>
        <translation>AKS: Der Cluster pullt mit seiner Kubelet-Identität, die die Rolle AcrPull für die Registrierung benötigt. Prüfen Sie dies aus Sicht des Clusters:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the check fails, attach the registry to the cluster (this gives the kubelet identity AcrPull):</source>
        <translation>Wenn die Prüfung fehlschlägt, fügen Sie die Registrierung dem Cluster hinzu (dadurch erhält die Kubelet-Identität AcrPull):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure DevOps: the pipeline signs in through its service connection (Project settings &gt; Service connections). Verify the connection there; its service principal or managed identity needs AcrPull to pull and AcrPush to push, and an expired client secret must be renewed.</source>
        <translation>Azure DevOps: Die Pipeline meldet sich über ihre Dienstverbindung an (Projekteinstellungen &gt; Dienstverbindungen). Überprüfen Sie dort die Verbindung; ihr Dienstprinzipal oder ihre verwaltete Identität benötigt AcrPull zum Pullen und AcrPush zum Pushen, und ein abgelaufener geheimer Clientschlüssel muss erneuert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub Actions: sign in with the azure/login action using OpenID Connect (a federated credential on the app registration, no secret), then run az acr login. Give the app&apos;s identity its role on the registry:</source>
        <translation>GitHub Actions: Melden Sie sich mit der Aktion azure/login über OpenID Connect an (eine Verbundanmeldeinformation in der App-Registrierung, kein Geheimnis), und führen Sie dann az acr login aus. Weisen Sie der Identität der App ihre Rolle für die Registrierung zu:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>App Service and Container Apps: pull with the app&apos;s managed identity, which needs AcrPull on the registry:</source>
        <translation>App Service und Container Apps: Pullen Sie mit der verwalteten Identität der App, die AcrPull für die Registrierung benötigt:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seeing and managing the registry in the Azure portal</source>
        <translation>Registrierung im Azure-Portal anzeigen und verwalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal shows a registry only to accounts with a role on it: Reader to see it, Contributor or Owner to change it. AcrPull and AcrPush allow pulling and pushing images only, not seeing the registry in the portal.</source>
        <translation>Das Portal zeigt eine Registrierung nur Konten mit einer Rolle dafür: Leser zum Anzeigen, Mitwirkender oder Besitzer zum Ändern. AcrPull und AcrPush erlauben nur das Pullen und Pushen von Images, nicht das Anzeigen der Registrierung im Portal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List who has which role on the registry (someone who can see it runs this):</source>
        <translation>Listen Sie auf, wer welche Rolle für die Registrierung hat (jemand, der sie sehen kann, führt dies aus):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the registry is missing from your list, check that the right subscription is selected:</source>
        <translation>Wenn die Registrierung in Ihrer Liste fehlt, prüfen Sie, ob das richtige Abonnement ausgewählt ist:</translation>
    </message>
</context>
<context>
    <name>rd::HtmlReport</name>
    <message>
        <location filename="../src/core/report/html_report.cpp" line="+110"/>
        <source>Registry Doctor report: %1</source>
        <translation>Registry-Doctor-Bericht: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registry Doctor report</source>
        <translation>Registry-Doctor-Bericht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registry: %1</source>
        <translation>Registrierung: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked at %1 (UTC)</source>
        <translation>Geprüft am %1 (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice scenario: %1</source>
        <translation>Übungsszenario: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the check saw</source>
        <translation>Was die Prüfung festgestellt hat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to fix it</source>
        <translation>So beheben Sie das Problem</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 commands</source>
        <translation>%1-Befehle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read more</source>
        <translation>Weitere Informationen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it found</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made by Registry Doctor</source>
        <translation>Erstellt mit Registry Doctor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total time: %1 ms</source>
        <translation>Gesamtdauer: %1 ms</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(practice scenario %1)</source>
        <translation>(Übungsszenario %1)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>First step:</source>
        <translation>Erster Schritt:</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Registry %1, sign-in %2, user %3, repository %4 (%5).</source>
        <extracomment>Ticket summary line; %1 registry, %2 sign-in method name (azure-cli, password, token, docker), %3 user name, %4 repository, %5 pull or push. &quot;-&quot; where not given.</extracomment>
        <translation>Registrierung %1, Anmeldung %2, Benutzer %3, Repository %4 (%5).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems: none found.</source>
        <extracomment>Ticket summary line; %1 is the problems&apos; titles, separated by semicolons.</extracomment>
        <translation>Probleme: keine gefunden.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems: %1</source>
        <translation>Probleme: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checked %1 (UTC) with Registry Doctor %2 on %3.</source>
        <extracomment>Ticket summary line; %1 date and time (UTC), %2 the program&apos;s version, %3 the operating system.</extracomment>
        <translation>Geprüft am %1 (UTC) mit Registry Doctor %2 unter %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case %1.</source>
        <translation>Fall %1.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>advice</source>
        <extracomment>The badge of advice (an Azure service&apos;s identity, portal roles): nothing was observed, unlike a &quot;problem&quot;.</extracomment>
        <translation>Empfehlung</translation>
    </message>
</context>
<context>
    <name>rd::HttpExchange</name>
    <message>
        <location filename="../src/core/network/http_exchange.cpp" line="+98"/>
        <source>Practice mode only talks to this computer; %1 is not part of the exercise.</source>
        <translation>Der Übungsmodus kommuniziert nur mit diesem Computer; %1 gehört nicht zur Übung.</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>The server sent more than %1 KiB before its answer could be read; the check stopped reading it.</source>
        <translation>Der Server hat mehr als %1 KiB gesendet, bevor seine Antwort gelesen werden konnte; die Prüfung hat das Lesen abgebrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer was larger than %1 KiB; the check stopped reading it.</source>
        <translation>Die Antwort war größer als %1 KiB; die Prüfung hat das Lesen abgebrochen.</translation>
    </message>
</context>
<context>
    <name>rd::ImageProbe</name>
    <message>
        <location filename="../src/core/probes/image_probe_start.cpp" line="+21"/>
        <source>Skipped: no repository was given, so only the sign-in was checked.</source>
        <translation>Übersprungen: Es wurde kein Repository angegeben, daher wurde nur die Anmeldung geprüft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: a push does not need the image to exist.</source>
        <translation>Übersprungen: Zum Pushen muss das Image nicht existieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: only a push uploads.</source>
        <translation>Übersprungen: Nur beim Pushen wird hochgeladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: the sign-in did not succeed.</source>
        <translation>Übersprungen: Die Anmeldung war nicht erfolgreich.</translation>
    </message>
</context>
<context>
    <name>rd::LayerDownloadProbe</name>
    <message>
        <location filename="../src/core/probes/layer_download_probe.cpp" line="+84"/>
        <source>Not tested: on Docker Hub, reading the image&apos;s manifest counts as one of your pulls, and the check does not spend one. Signing in and the pull limit were checked without it.</source>
        <translation>Nicht getestet: Bei Docker Hub zählt das Lesen des Image-Manifests als einer Ihrer Pulls, und die Prüfung verbraucht keinen. Die Anmeldung und das Pull-Limit wurden ohne es geprüft.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skipped: the image&apos;s manifest could not be read (status %1).</source>
        <translation>Übersprungen: Das Manifest des Images konnte nicht gelesen werden (Status %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: the image&apos;s manifest could not be read: %1</source>
        <translation>Übersprungen: Das Manifest des Images konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skipped: the image has no layer to download.</source>
        <translation>Übersprungen: Das Image hat keine Ebene zum Herunterladen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Layers download: the first bytes of the smallest layer came from the registry itself.</source>
        <translation>Ebenen lassen sich herunterladen: Die ersten Bytes der kleinsten Ebene kamen von der Registrierung selbst.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry did not answer the layer download: %1</source>
        <translation>Die Registrierung hat auf den Download der Ebene nicht geantwortet: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered the layer download with status %1.</source>
        <translation>Die Registrierung hat auf den Download der Ebene mit Status %1 geantwortet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Skipped: layers are downloaded from %1, which is not part of the exercise.</source>
        <translation>Übersprungen: Ebenen werden von %1 heruntergeladen, das nicht zur Übung gehört.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The sign-in works, but layers are downloaded from %1, and this computer cannot resolve that name: %2</source>
        <translation>Die Anmeldung funktioniert, aber Ebenen werden von %1 heruntergeladen, und dieser Computer kann diesen Namen nicht auflösen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in works, but layers are downloaded from %1 (port %2), and this computer cannot connect to it: %3</source>
        <translation>Die Anmeldung funktioniert, aber Ebenen werden von %1 (Port %2) heruntergeladen, und dieser Computer kann keine Verbindung dorthin herstellen: %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Layers download: the registry sends them from %1, and the first bytes arrived from there.</source>
        <translation>Ebenen lassen sich herunterladen: Die Registrierung sendet sie von %1, und die ersten Bytes kamen von dort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers are downloaded from %1; it is reachable, but answered with status %2.</source>
        <translation>Ebenen werden von %1 heruntergeladen; der Host ist erreichbar, hat aber mit Status %2 geantwortet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers are downloaded from %1; a connection opened, but the download got no answer: %2</source>
        <translation>Ebenen werden von %1 heruntergeladen; eine Verbindung wurde geöffnet, aber der Download bekam keine Antwort: %2</translation>
    </message>
    <message>
        <location filename="../src/core/probes/layer_download_probe.h" line="+25"/>
        <source>Downloading a layer</source>
        <translation>Herunterladen einer Ebene</translation>
    </message>
    <message>
        <location filename="../src/core/probes/layer_download_probe.cpp" line="-109"/>
        <source>The image has no variant for this computer&apos;s platform, %1: it has %2.</source>
        <translation>Das Image hat keine Variante für die Plattform dieses Computers, %1: Es hat %2.</translation>
    </message>
</context>
<context>
    <name>rd::LiveStatus</name>
    <message>
        <location filename="../src/gui/accessibility.cpp" line="+92"/>
        <source>1 character typed</source>
        <translation>1 Zeichen eingegeben</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n characters typed</source>
        <translation>
            <numerusform>%n Zeichen eingegeben</numerusform>
            <numerusform>%n Zeichen eingegeben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+72"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The check could not start</source>
        <translation>Die Prüfung konnte nicht starten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report (*.json);;Markdown (*.md);;Web page (*.html)</source>
        <translation>Bericht (*.json);;Markdown (*.md);;Webseite (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report (*.json)</source>
        <translation>Bericht (*.json)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Summary copied: paste it into a chat or an e-mail.</source>
        <translation>Zusammenfassung kopiert: Fügen Sie sie in einen Chat oder eine E-Mail ein.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Practice: %1</source>
        <extracomment>Part of the window title in practice mode; %1 is what the user complains about (the practice scenario).</extracomment>
        <translation>Übung: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Registry Doctor</source>
        <translation>Registry Doctor</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Practice mode: &quot;%1&quot;. Checks go to the built-in practice registry on this computer, not to a real one.</source>
        <translation>Übungsmodus: „%1“. Die Prüfungen gehen an die integrierte Übungsregistrierung auf diesem Computer, nicht an eine echte Registrierung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>&amp;New check</source>
        <translation>&amp;Neue Prüfung</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>&amp;Open report…</source>
        <translation>Bericht ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy summary for chat or e-mail</source>
        <translation>Zusammenfassung für Chat oder E-Mail &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Practice</source>
        <translation>&amp;Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose a practice scenario…</source>
        <translation>Übungsszenario &amp;auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave practice mode</source>
        <translation>Übungsmodus &amp;verlassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System language</source>
        <translation>&amp;Systemsprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Troubleshooting guide (Microsoft Learn)</source>
        <translation>Leitfaden zur &amp;Problembehandlung (Microsoft Learn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Registry Doctor</source>
        <translation>Ü&amp;ber Registry Doctor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop checking</source>
        <translation>Prüfung a&amp;nhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+16"/>
        <source>The report could not be opened</source>
        <translation>Der Bericht konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The report could not be saved</source>
        <translation>Der Bericht konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report saved to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Type the password for %1 again: a password goes only to the registry it was typed for.</source>
        <translation>Geben Sie das Kennwort für %1 erneut ein: Ein Kennwort wird nur an die Registrierung gesendet, für die es eingegeben wurde.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>%1 is too large to be a report from Registry Doctor.</source>
        <translation>%1 ist zu groß für einen Bericht von Registry Doctor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a JSON file, but not a report saved by Registry Doctor. Open a .json file that Registry Doctor saved (File &gt; Save report).</source>
        <translation>%1 ist eine JSON-Datei, aber kein von Registry Doctor gespeicherter Bericht. Öffnen Sie eine .json-Datei, die Registry Doctor gespeichert hat (Datei &gt; Bericht speichern).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a report from Registry Doctor: it is not a readable JSON file (%2).</source>
        <extracomment>%1 is a file path; %2 the JSON parser&apos;s message (in English).</extracomment>
        <translation>%1 ist kein Bericht von Registry Doctor: Es ist keine lesbare JSON-Datei (%2).</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Check all my saved &amp;logins…</source>
        <translation>Alle gespeicherten Anme&amp;ldungen prüfen…</translation>
    </message>
</context>
<context>
    <name>rd::ManifestProbe</name>
    <message>
        <location filename="../src/core/probes/manifest_probe.cpp" line="+71"/>
        <source>The registry did not answer the request for the image %1: %2</source>
        <translation>Die Registrierung hat auf die Anfrage nach dem Image %1 nicht geantwortet: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The image %1 exists, and this sign-in may read it.</source>
        <translation>Das Image %1 existiert, und diese Anmeldung darf es lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the image %1 was refused with status %2.</source>
        <translation>Das Lesen des Images %1 wurde mit Status %2 abgelehnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered the request for the image %1 with status %2.</source>
        <translation>Die Registrierung hat die Anfrage nach dem Image %1 mit Status %2 beantwortet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The repository exists, but the image %1 does not: the registry answered 404 for its tag or digest.</source>
        <translation>Das Repository existiert, das Image %1 aber nicht: Die Registrierung hat für sein Tag oder seinen Digest 404 geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags it has: %1.</source>
        <translation>Vorhandene Tags: %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The registry has no repository for the image %1: it answered 404.</source>
        <translation>Die Registrierung hat kein Repository für das Image %1: Sie hat 404 geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repositories with a similar name: %1.</source>
        <translation>Repositorys mit ähnlichem Namen: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/manifest_probe.h" line="+21"/>
        <source>The image&apos;s manifest</source>
        <translation>Manifest des Images</translation>
    </message>
    <message>
        <location filename="../src/core/probes/manifest_probe.cpp" line="-67"/>
        <source>The image %1 exists, but the registry says no pulls are left (limit %2): pulling it will be refused until the limit allows it again.</source>
        <translation>Das Image %1 ist vorhanden, aber die Registrierung meldet, dass keine Pulls mehr übrig sind (Limit %2): Ein Pull wird abgelehnt, bis das Limit ihn wieder zulässt.</translation>
    </message>
</context>
<context>
    <name>rd::PermissionsProbe</name>
    <message>
        <location filename="../src/core/probes/permissions_probe.cpp" line="+22"/>
        <source>Skipped: the sign-in did not succeed.</source>
        <translation>Übersprungen: Die Anmeldung war nicht erfolgreich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped: no repository was given, so only the sign-in was checked.</source>
        <translation>Übersprungen: Es wurde kein Repository angegeben, daher wurde nur die Anmeldung geprüft.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The sign-in works, but it does not allow %1 on %2: the registry granted only %3.</source>
        <translation>Die Anmeldung funktioniert, erlaubt für %2 aber nicht: %1. Die Registrierung hat nur Folgendes gewährt: %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the repository %1 was refused with status %2.</source>
        <translation>Das Lesen des Repositorys %1 wurde mit Status %2 abgelehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You may push to %1; it does not exist yet and your first push creates it.</source>
        <translation>Sie dürfen Images in %1 pushen; das Repository existiert noch nicht, Ihr erster Push erstellt es.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The repository %1 does not exist in this registry (404): check its name.</source>
        <translation>Das Repository %1 existiert in dieser Registrierung nicht (404): Prüfen Sie seinen Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may pull from and push to %1.</source>
        <translation>Sie dürfen Images aus %1 pullen und in %1 pushen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You may pull from %1.</source>
        <translation>Sie dürfen Images aus %1 pullen.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/permissions_probe.h" line="+19"/>
        <source>Rights on the repository</source>
        <translation>Rechte für das Repository</translation>
    </message>
    <message>
        <location filename="../src/core/probes/permissions_probe.cpp" line="-15"/>
        <source>The sign-in works, but it does not allow %1 on %2: the registry granted no rights on it.</source>
        <translation>Die Anmeldung funktioniert, erlaubt für %2 aber nicht: %1. Die Registrierung hat dafür keinerlei Rechte gewährt.</translation>
    </message>
</context>
<context>
    <name>rd::PracticeDialog</name>
    <message>
        <location filename="../src/gui/practice_dialog.cpp" line="+14"/>
        <location line="+13"/>
        <source>Practice scenarios</source>
        <translation>Übungsszenarien</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Scenario:</source>
        <extracomment>Label of the list of practice scenarios (situations to practise).</extracomment>
        <translation>&amp;Szenario:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Start &amp;practice</source>
        <translation>Übung s&amp;tarten</translation>
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
        <translation>Wählen Sie eine Situation zum Üben. Die Prüfung kommuniziert dann mit einer Übungsregistrierung auf diesem Computer, die wie der Dienst in dieser Situation antwortet (Azure Container Registry, Docker Hub, GitHub Container Registry, Amazon ECR oder Google Artifact Registry), mit diesem Problem. Es wird nichts ins Internet gesendet.</translation>
    </message>
</context>
<context>
    <name>rd::PracticeRegistry</name>
    <message>
        <location filename="../src/core/practice/practice_dns_server.cpp" line="+22"/>
        <source>The practice DNS responder could not open a UDP port: %1</source>
        <translation>Der DNS-Übungsresponder konnte keinen UDP-Port öffnen: %1</translation>
    </message>
    <message>
        <location filename="../src/core/practice/practice_registry.cpp" line="+918"/>
        <source>There is no practice scenario called &apos;%1&apos;.</source>
        <translation>Es gibt kein Übungsszenario namens „%1“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The practice registry could not listen on 127.0.0.1: %1</source>
        <translation>Die Übungsregistrierung konnte nicht auf 127.0.0.1 lauschen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The practice registry could not reserve a loopback port: %1</source>
        <translation>Die Übungsregistrierung konnte keinen Loopback-Port reservieren: %1</translation>
    </message>
    <message>
        <location line="-545"/>
        <source>The practice registry could not write the trainee&apos;s Docker configuration: %1</source>
        <translation>Die Übungsregistrierung konnte die Docker-Konfiguration des Teilnehmers nicht schreiben: %1</translation>
    </message>
</context>
<context>
    <name>rd::PracticeScenario</name>
    <message>
        <location filename="../src/core/practice/practice_scenarios.cpp" line="+22"/>
        <source>Everything works</source>
        <translation>Alles funktioniert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry contoso.azurecr.io answers normally and the admin user may pull and push the repository &apos;hello&apos;. A correct check finds nothing to fix.</source>
        <translation>Die Registrierung contoso.azurecr.io antwortet normal, und der Administratorbenutzer darf das Repository „hello“ pullen und pushen. Eine korrekte Prüfung findet nichts zu beheben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A plain registry with a password (no token server)</source>
        <translation>Eine einfache Registrierung mit Kennwort (ohne Tokenserver)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registry.example.test is a generic registry that asks for a user name and password directly (HTTP Basic) instead of sending the client to a token server. The credentials are right; a correct check finds nothing to fix.</source>
        <translation>registry.example.test ist eine generische Registrierung, die direkt nach Benutzername und Kennwort fragt (HTTP Basic), statt den Client an einen Tokenserver zu verweisen. Die Anmeldeinformationen stimmen; eine korrekte Prüfung findet nichts zu beheben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong password</source>
        <translation>Falsches Kennwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name exists but the password is an old one. The token server refuses it with &apos;unauthorized: authentication required&apos;.</source>
        <translation>Der Benutzername existiert, aber das Kennwort ist ein altes. Der Tokenserver lehnt es mit „unauthorized: authentication required“ ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail address used as user name</source>
        <translation>E-Mail-Adresse als Benutzername verwendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee typed their e-mail address as user name. The registry answers &apos;Application not registered with AAD&apos;: it expects a service principal&apos;s application ID, the admin user name or a token name.</source>
        <translation>Als Benutzername wurde die eigene E-Mail-Adresse eingegeben. Die Registrierung antwortet „Application not registered with AAD“: Sie erwartet die Anwendungs-ID eines Dienstprinzipals, den Namen des Administratorbenutzers oder einen Tokennamen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allowed to pull, trying to push</source>
        <translation>Pull erlaubt, Push versucht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in works, but the identity may only pull the repository &apos;hello&apos; and the trainee wants to push to it. The token the registry issues grants pull only.</source>
        <translation>Die Anmeldung funktioniert, aber die Identität darf das Repository „hello“ nur pullen, und es soll ein Push dorthin erfolgen. Das Token, das die Registrierung ausstellt, erlaubt nur Pull.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expired token from az acr login</source>
        <translation>Abgelaufenes Token von az acr login</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is a token printed by &apos;az acr login --expose-token&apos; more than three hours ago (user name 00000000-0000-0000-0000-000000000000). It expired two hours ago and the registry refuses it.</source>
        <translation>Das Kennwort ist ein Token, das „az acr login --expose-token“ vor mehr als drei Stunden ausgegeben hat (Benutzername 00000000-0000-0000-0000-000000000000). Es ist vor zwei Stunden abgelaufen, und die Registrierung lehnt es ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registry firewall blocks this computer</source>
        <translation>Die Firewall der Registrierung blockiert diesen Computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry only accepts selected networks. Every request is refused with 403 &apos;client with IP &apos;203.0.113.7&apos; is not allowed access&apos;.</source>
        <translation>Die Registrierung akzeptiert nur ausgewählte Netzwerke. Jede Anfrage wird mit 403 „client with IP &apos;203.0.113.7&apos; is not allowed access“ abgelehnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry throttles the client: every request gets 429 Too Many Requests with &apos;Retry-After: 30&apos;.</source>
        <translation>Die Registrierung drosselt den Client: Jede Anfrage erhält 429 Too Many Requests mit „Retry-After: 30“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS inspection proxy certificate</source>
        <translation>Zertifikat eines Proxys mit TLS-Prüfung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A company proxy inspects TLS: the certificate the client receives is issued by &apos;Contoso Web Filter TLS Inspection CA&apos;, which this computer does not trust.</source>
        <translation>Ein Unternehmensproxy untersucht TLS: Das Zertifikat, das der Client erhält, ist von „Contoso Web Filter TLS Inspection CA“ ausgestellt, der dieser Computer nicht vertraut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slow but working registry</source>
        <translation>Langsame, aber funktionierende Registrierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every answer takes 1.5 seconds. Everything else works; a correct check is slower but finds nothing to fix.</source>
        <translation>Jede Antwort dauert 1,5 Sekunden. Alles andere funktioniert; eine korrekte Prüfung dauert länger, findet aber nichts zu beheben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address is a web site, not a registry</source>
        <translation>Die Adresse ist eine Website, keine Registrierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server at the address is an ordinary web server: /v2/ answers 404 with an HTML page instead of a registry&apos;s challenge.</source>
        <translation>Der Server unter der Adresse ist ein gewöhnlicher Webserver: /v2/ antwortet mit 404 und einer HTML-Seite statt der Anmeldeaufforderung einer Registrierung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry temporarily unavailable</source>
        <translation>Registrierung vorübergehend nicht verfügbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry answers 503 Service Unavailable to every request: the problem is on the service side, not on this computer.</source>
        <translation>Die Registrierung antwortet auf jede Anfrage mit 503 Service Unavailable: Das Problem liegt beim Dienst, nicht auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer&apos;s clock is wrong</source>
        <translation>Die Uhr dieses Computers geht falsch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry&apos;s time is two hours behind this computer&apos;s clock, so the tokens it issues look already expired here. Set the clock right (automatic time).</source>
        <translation>Die Zeit der Registrierung liegt zwei Stunden hinter der Uhr dieses Computers, daher wirken die ausgestellten Token hier schon abgelaufen. Stellen Sie die Uhr richtig (automatische Uhrzeit).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry name does not exist</source>
        <translation>Der Registrierungsname existiert nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DNS answers &apos;no such host&apos; (NXDOMAIN) for contoso.azurecr.io: the name is misspelled, the registry was deleted, or it belongs to another cloud.</source>
        <translation>Das DNS antwortet für contoso.azurecr.io mit „no such host“ (NXDOMAIN): Der Name ist falsch geschrieben, die Registrierung wurde gelöscht, oder sie gehört zu einer anderen Cloud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Private endpoint outside its network</source>
        <translation>Privater Endpunkt außerhalb seines Netzwerks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contoso.azurecr.io resolves through contoso.privatelink.azurecr.io to the private address 10.0.0.5, which this computer cannot reach: it is not in the registry&apos;s virtual network.</source>
        <translation>contoso.azurecr.io wird über contoso.privatelink.azurecr.io in die private Adresse 10.0.0.5 aufgelöst, die dieser Computer nicht erreichen kann: Er befindet sich nicht im virtuellen Netzwerk der Registrierung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry address not reachable</source>
        <translation>Registrierungsadresse nicht erreichbar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name resolves, but nothing answers on port 443: a network, proxy or outbound firewall problem.</source>
        <translation>Der Name wird aufgelöst, aber auf Port 443 antwortet nichts: ein Netzwerk-, Proxy- oder ausgehendes Firewallproblem.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry name typed with extras</source>
        <translation>Registrierungsname mit Zusätzen eingegeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee typed &apos;https://Contoso.azurecr.io:443/&apos;. The registry works; a correct check warns that Docker needs the plain lowercase login server &apos;contoso.azurecr.io&apos;.</source>
        <translation>Eingegeben wurde „https://Contoso.azurecr.io:443/“. Die Registrierung funktioniert; eine korrekte Prüfung warnt, dass Docker den reinen, kleingeschriebenen Anmeldeserver „contoso.azurecr.io“ benötigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amazon ECR: the 12-hour token has expired</source>
        <translation>Amazon ECR: Das 12-Stunden-Token ist abgelaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>123456789012.dkr.ecr.eu-west-1.amazonaws.com answers as Amazon ECR does. The trainee signs in as AWS with a token from aws ecr get-login-password made the day before; ECR tokens last 12 hours, and the registry answers &apos;denied: Your authorization token has expired. Reauthenticate and try again.&apos;</source>
        <translation>123456789012.dkr.ecr.eu-west-1.amazonaws.com antwortet wie Amazon ECR. Der Übende meldet sich als AWS mit einem Token von aws ecr get-login-password vom Vortag an; ECR-Token gelten 12 Stunden, und die Registrierung antwortet &apos;denied: Your authorization token has expired. Reauthenticate and try again.&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>We moved our images to 123456789012.dkr.ecr.us-east-1.amazonaws.com and now docker login there fails.</source>
        <translation>Wir haben unsere Images nach 123456789012.dkr.ecr.us-east-1.amazonaws.com verschoben, und jetzt schlägt docker login dort fehl.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>I type my Docker Hub password correctly, but docker login says it is wrong.</source>
        <translation>Ich gebe mein Docker Hub-Kennwort richtig ein, aber docker login meldet, dass es falsch ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I can sign in to ghcr.io, but pulling our image contoso/hello is denied.</source>
        <translation>Ich kann mich bei ghcr.io anmelden, aber das Pullen unseres Images contoso/hello wird verweigert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The image name is misspelled</source>
        <translation>Der Imagename ist falsch geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in works, but the trainee pulls &apos;helo&apos; instead of &apos;hello&apos;. The registry answers &apos;name unknown&apos; (404): the repository does not exist, which is not the same as being refused.</source>
        <translation>Die Anmeldung funktioniert, aber der Schulungsteilnehmer pullt „helo“ statt „hello“. Die Registrierung antwortet „name unknown“ (404): Das Repository existiert nicht, was etwas anderes ist als eine Ablehnung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layers blocked at the data endpoint</source>
        <translation>Ebenen am Datenendpunkt blockiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in and reading the manifest work, but the registry sends layer downloads to its data endpoint contoso.eastus.data.azurecr.io, which this network&apos;s firewall does not allow.</source>
        <translation>Die Anmeldung und das Lesen des Manifests funktionieren, aber die Registrierung leitet Downloads von Ebenen an ihren Datenendpunkt contoso.eastus.data.azurecr.io weiter, den die Firewall dieses Netzwerks nicht zulässt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A registry without HTTPS</source>
        <translation>Eine Registrierung ohne HTTPS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registry.example.test was set up without a certificate and speaks plain HTTP. Clients try HTTPS first and stop with &apos;server gave HTTP response to HTTPS client&apos;.</source>
        <translation>registry.example.test wurde ohne Zertifikat eingerichtet und spricht unverschlüsseltes HTTP. Clients versuchen zuerst HTTPS und brechen mit „server gave HTTP response to HTTPS client“ ab.</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>A new colleague asks whether they can pull and push hello on contoso.azurecr.io.</source>
        <translation>Ein neuer Kollege fragt, ob er hello auf contoso.azurecr.io pullen und pushen kann.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A developer asks whether their sign-in to registry.example.test is set up right.</source>
        <translation>Ein Entwickler fragt, ob seine Anmeldung bei registry.example.test richtig eingerichtet ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I cannot sign in to contoso.azurecr.io any more. It worked last week.</source>
        <translation>Ich kann mich nicht mehr bei contoso.azurecr.io anmelden. Letzte Woche hat es noch funktioniert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new starter cannot sign in to contoso.azurecr.io with their work account.</source>
        <translation>Ein neuer Mitarbeiter kann sich mit seinem Geschäftskonto nicht bei contoso.azurecr.io anmelden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A colleague cannot push to hello since this morning.</source>
        <translation>Ein Kollege kann seit heute Morgen nicht mehr nach hello pushen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing in with a token worked this morning; now every pull from contoso.azurecr.io fails.</source>
        <translation>Die Anmeldung mit einem Token hat heute Morgen funktioniert; jetzt schlägt jeder Pull von contoso.azurecr.io fehl.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody in the branch office can use contoso.azurecr.io; from home it works.</source>
        <translation>In der Zweigstelle kann niemand contoso.azurecr.io verwenden; von zu Hause aus funktioniert es.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our build server gets errors from contoso.azurecr.io every few minutes.</source>
        <translation>Unser Buildserver erhält alle paar Minuten Fehler von contoso.azurecr.io.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Since we moved to the new office network, signing in to contoso.azurecr.io fails.</source>
        <translation>Seit wir im neuen Büronetzwerk sind, schlägt die Anmeldung bei contoso.azurecr.io fehl.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pulling from contoso.azurecr.io feels very slow today.</source>
        <translation>Der Pull von contoso.azurecr.io wirkt heute sehr langsam.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I was given an address for our registry, but signing in to it fails.</source>
        <translation>Ich habe eine Adresse für unsere Registrierung bekommen, aber die Anmeldung dort schlägt fehl.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing works with contoso.azurecr.io for the whole team since an hour ago.</source>
        <translation>Seit einer Stunde funktioniert für das ganze Team nichts mehr mit contoso.azurecr.io.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everyone else can use contoso.azurecr.io; on my laptop the sign-in is refused right away.</source>
        <translation>Alle anderen können contoso.azurecr.io verwenden; auf meinem Laptop wird die Anmeldung sofort abgelehnt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>docker login says it cannot find contoso.azurecr.io.</source>
        <translation>docker login meldet, dass contoso.azurecr.io nicht gefunden wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From my laptop contoso.azurecr.io times out; from the build servers in Azure it works.</source>
        <translation>Von meinem Laptop aus läuft contoso.azurecr.io in ein Timeout; von den Buildservern in Azure aus funktioniert es.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>docker login to contoso.azurecr.io waits and then gives up.</source>
        <translation>docker login bei contoso.azurecr.io wartet und gibt dann auf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I copied the registry&apos;s address from a web page into docker login and it does not work.</source>
        <translation>Ich habe die Adresse der Registrierung von einer Webseite in docker login kopiert, und es funktioniert nicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our nightly job cannot pull from 123456789012.dkr.ecr.eu-west-1.amazonaws.com any more; yesterday it worked.</source>
        <translation>Unser nächtlicher Job kann nicht mehr von 123456789012.dkr.ecr.eu-west-1.amazonaws.com pullen; gestern hat es funktioniert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Since this afternoon our builds cannot pull hello from Docker Hub, although signing in works.</source>
        <translation>Seit heute Nachmittag können unsere Builds hello nicht mehr von Docker Hub pullen, obwohl die Anmeldung funktioniert.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>docker pull contoso.azurecr.io/helo says &apos;not found&apos;, but I can sign in.</source>
        <translation>docker pull contoso.azurecr.io/helo meldet „not found“, aber die Anmeldung funktioniert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing in works, but pulling hello from contoso.azurecr.io stops at the first layer.</source>
        <translation>Die Anmeldung funktioniert, aber der Pull von hello von contoso.azurecr.io bleibt bei der ersten Ebene stehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our test registry registry.example.test refuses docker login with an HTTP error.</source>
        <translation>Unsere Testregistrierung registry.example.test lehnt docker login mit einem HTTP-Fehler ab.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>First steps</source>
        <extracomment>A group of practice scenarios.</extracomment>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyday cases</source>
        <extracomment>A group of practice scenarios.</extracomment>
        <translation>Alltägliche Fälle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hard cases</source>
        <extracomment>A group of practice scenarios.</extracomment>
        <translation>Schwierige Fälle</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Amazon ECR: a token for another region</source>
        <translation>Amazon ECR: ein Token für eine andere Region</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry is 123456789012.dkr.ecr.us-east-1.amazonaws.com, but the trainee&apos;s token comes from aws ecr get-login-password --region eu-west-1. Each ECR token is good for one region and account only; the registry answers the sign-in with 400 Bad Request.</source>
        <translation>Die Registrierung ist 123456789012.dkr.ecr.us-east-1.amazonaws.com, aber das Token des Teilnehmers stammt von aws ecr get-login-password --region eu-west-1. Jedes ECR-Token gilt nur für eine Region und ein Konto; die Registrierung beantwortet die Anmeldung mit 400 Bad Request.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker Hub: no pulls left</source>
        <translation>Docker Hub: keine Pulls mehr übrig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in to Docker Hub works, but the account has used its 100 pulls of the last six hours: the headers say ratelimit-limit: 100;w=21600 and ratelimit-remaining: 0;w=21600, and a pull gets 429 &apos;You have reached your pull rate limit&apos;.</source>
        <translation>Die Anmeldung bei Docker Hub funktioniert, aber das Konto hat seine 100 Pulls der letzten sechs Stunden aufgebraucht: Die Header lauten ratelimit-limit: 100;w=21600 und ratelimit-remaining: 0;w=21600, und ein Pull erhält 429 „You have reached your pull rate limit“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker Hub: password instead of an access token</source>
        <translation>Docker Hub: Kennwort statt Zugriffstoken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee signs in to Docker Hub with the account password, but two-factor authentication is on. Docker Hub&apos;s token service refuses it with 401 &apos;please use personal access token to login&apos;.</source>
        <translation>Der Teilnehmer meldet sich mit dem Kontokennwort bei Docker Hub an, aber die zweistufige Authentifizierung ist aktiviert. Der Tokendienst von Docker Hub lehnt es mit 401 „please use personal access token to login“ ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub: a token without read:packages</source>
        <translation>GitHub: ein Token ohne read:packages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee signs in to ghcr.io with a classic personal access token that lacks the read:packages scope. The sign-in itself works, but the token for the private package contoso/hello is refused with 403 &apos;denied&apos;.</source>
        <translation>Der Teilnehmer meldet sich mit einem klassischen persönlichen Zugriffstoken ohne den Bereich read:packages bei ghcr.io an. Die Anmeldung selbst funktioniert, aber das Token für das private Paket contoso/hello wird mit 403 „denied“ abgelehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google Artifact Registry: images moved to a new region</source>
        <translation>Google Artifact Registry: Images in eine neue Region verschoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulling from europe-west1-docker.pkg.dev says &apos;Unauthenticated request&apos;, although I am signed in to gcloud and pulls from us-docker.pkg.dev work.</source>
        <translation>Ein Pull von europe-west1-docker.pkg.dev meldet „Unauthenticated request“, obwohl ich bei gcloud angemeldet bin und Pulls von us-docker.pkg.dev funktionieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trainee&apos;s Docker config was written by gcloud auth configure-docker: it hands gcloud&apos;s sign-in (credHelpers) to the Container Registry hosts such as gcr.io and to us-docker.pkg.dev, and to no other host. For europe-west1-docker.pkg.dev Docker has no login and sends none, and Artifact Registry refuses the anonymous request with 403 &apos;Unauthenticated request&apos;. The fix is gcloud auth configure-docker europe-west1-docker.pkg.dev.</source>
        <translation>Die Docker-Konfiguration des Teilnehmers wurde von gcloud auth configure-docker geschrieben: Sie gibt die gcloud-Anmeldung (credHelpers) an die Container Registry-Hosts wie gcr.io und an us-docker.pkg.dev weiter, an keinen anderen Host. Für europe-west1-docker.pkg.dev hat Docker keine Anmeldung und sendet keine, und Artifact Registry lehnt die anonyme Anforderung mit 403 „Unauthenticated request“ ab. Die Lösung ist gcloud auth configure-docker europe-west1-docker.pkg.dev.</translation>
    </message>
</context>
<context>
    <name>rd::ProbeRow</name>
    <message>
        <location filename="../src/gui/probe_row.cpp" line="+61"/>
        <source>cancelled</source>
        <extracomment>Status of one check (a test the program runs), shown after its name; like waiting, running, passed, warning, failed and skipped. An adjective agreeing with &quot;check&quot; (fr vérification).</extracomment>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+42"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+11"/>
        <source>Not run: the check was stopped.</source>
        <translation>Nicht ausgeführt: Die Prüfung wurde angehalten.</translation>
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
        <translation>Nicht ausgeführt: Ein Argument enthält Zeichen, die cmd.exe interpretieren würde, und %1 ist eine Batchdatei.</translation>
    </message>
</context>
<context>
    <name>rd::ProxyProbe</name>
    <message>
        <location filename="../src/core/probes/proxy_probe.cpp" line="+12"/>
        <source>Skipped: there is no registry address to check.</source>
        <translation>Übersprungen: Es gibt keine Registrierungsadresse zum Prüfen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is set but is not a valid proxy address.</source>
        <translation>%1 ist gesetzt, enthält aber keine gültige Proxyadresse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is set, but NO_PROXY exempts %2: the connection goes direct.</source>
        <translation>%1 ist gesetzt, aber NO_PROXY nimmt %2 aus: Die Verbindung erfolgt direkt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy is set for %1: the connection goes direct.</source>
        <translation>Für %1 ist kein Proxy gesetzt: Die Verbindung erfolgt direkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system proxy (%1) is not used by Docker&apos;s command line.</source>
        <translation>Der Systemproxy (%1) wird von der Docker-Befehlszeile nicht verwendet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Practice mode ignores the proxy %1.</source>
        <translation>Der Übungsmodus ignoriert den Proxy %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connections to %1 go through the proxy %2 (from %3).</source>
        <translation>Verbindungen zu %1 laufen über den Proxy %2 (aus %3).</translation>
    </message>
    <message>
        <location filename="../src/core/probes/proxy_probe.h" line="+14"/>
        <source>Proxy settings</source>
        <translation>Proxyeinstellungen</translation>
    </message>
    <message>
        <location filename="../src/core/probes/proxy_probe.cpp" line="-20"/>
        <source>%1 is set, but Docker, Podman and other Go programs never use a proxy for %2 (this computer itself): the connection goes direct.</source>
        <translation>%1 ist gesetzt, aber Docker, Podman und andere Go-Programme verwenden für %2 (diesen Computer selbst) nie einen Proxy: Die Verbindung erfolgt direkt.</translation>
    </message>
</context>
<context>
    <name>rd::RegistryKind</name>
    <message>
        <location filename="../src/core/registry/registry_kind.cpp" line="+194"/>
        <source>container registry</source>
        <extracomment>The kind of a registry the check could not tie to a known service (any OCI registry).</extracomment>
        <translation>Containerregistrierung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your Docker ID; with two-step verification on, the password is a personal access token.</source>
        <translation>Ihre Docker-ID; bei aktivierter Bestätigung in zwei Schritten ist das Kennwort ein persönliches Zugriffstoken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your GitHub login; the password is a personal access token (classic) with read:packages.</source>
        <translation>Ihr GitHub-Anmeldename; das Kennwort ist ein persönliches Zugriffstoken (classic) mit read:packages.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Always AWS; the password comes from aws ecr get-login-password.</source>
        <translation>Immer AWS; das Kennwort liefert aws ecr get-login-password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oauth2accesstoken with a token from gcloud auth print-access-token, or _json_key with a service account key.</source>
        <translation>oauth2accesstoken mit einem Token von gcloud auth print-access-token oder _json_key mit einem Dienstkontoschlüssel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Harbor user name, or a robot account (robot$...) with its secret.</source>
        <translation>Ihr Harbor-Benutzername oder ein Robotkonto (robot$...) mit seinem Geheimnis.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Quay user name, or a robot account (organization+name) with its token.</source>
        <translation>Ihr Quay-Benutzername oder ein Robotkonto (Organisation+Name) mit seinem Token.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your GitLab user name; the password is a personal access token with read_registry.</source>
        <translation>Ihr GitLab-Benutzername; das Kennwort ist ein persönliches Zugriffstoken mit read_registry.</translation>
    </message>
    <message>
        <location filename="../src/core/registry/sign_in_choice.cpp" line="+13"/>
        <source>You sign in with docker login, your Docker ID and a personal access token from Docker Hub&apos;s account settings (the account password only works without two-step verification).</source>
        <translation>Sie melden sich mit docker login, Ihrer Docker-ID und einem persönlichen Zugriffstoken aus den Kontoeinstellungen von Docker Hub an (das Kontokennwort funktioniert nur ohne Bestätigung in zwei Schritten).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You sign in with your GitHub login and a classic token with read:packages (write:packages to push), for example from gh auth token; in GitHub Actions, GITHUB_TOKEN.</source>
        <translation>Sie melden sich mit Ihrem GitHub-Anmeldenamen und einem klassischen Token mit read:packages an (write:packages zum Pushen), zum Beispiel von gh auth token; in GitHub Actions mit GITHUB_TOKEN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS and a token from aws ecr &amp;get-login-password</source>
        <translation>&amp;AWS und ein Token von aws ecr get-login-password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name is AWS; the password is a 12-hour token for the registry&apos;s region and account, from aws ecr get-login-password --region REGION.</source>
        <translation>Der Benutzername ist AWS; das Kennwort ist ein 12-Stunden-Token für die Region und das Konto der Registrierung, von aws ecr get-login-password --region REGION.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oauth2accesstoken or a service account &amp;key (_json_key)</source>
        <translation>oauth2&amp;accesstoken oder ein Dienstkontoschlüssel (_json_key)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oauth2accesstoken with a one-hour token from gcloud auth print-access-token, or _json_key (or _json_key_base64) with a service account&apos;s key file.</source>
        <translation>oauth2accesstoken mit einem einstündigen Token von gcloud auth print-access-token oder _json_key (bzw. _json_key_base64) mit der Schlüsseldatei eines Dienstkontos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Harbor user and password, or a robot account (robot$project+name) and its secret; put the name in single quotes in a shell, which would read $ as a variable.</source>
        <translation>Ein Harbor-Benutzer und sein Kennwort oder ein Robotkonto (robot$project+name) und sein Geheimnis; setzen Sie den Namen in einer Shell in einfache Anführungszeichen, sonst wird $ als Variable gelesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Quay user and password (or encrypted password), or a robot account (organization+name) and its token.</source>
        <translation>Ein Quay-Benutzer und sein Kennwort (oder verschlüsseltes Kennwort) oder ein Robotkonto (organization+name) und sein Token.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A deploy token&apos;s user name and token, or your GitLab user name and a personal access token with read_registry (write_registry to push); in pipelines, gitlab-ci-token and CI_JOB_TOKEN.</source>
        <translation>Benutzername und Token eines Bereitstellungstokens oder Ihr GitLab-Benutzername und ein persönliches Zugriffstoken mit read_registry (write_registry zum Pushen); in Pipelines gitlab-ci-token und CI_JOB_TOKEN.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Docker ID and personal access to&amp;ken</source>
        <translation>Docker-&amp;ID und persönliches Zugriffstoken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub login and personal access to&amp;ken (classic)</source>
        <translation>GitHub-&amp;Anmeldename und persönliches Zugriffstoken (klassisch)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>User or robot a&amp;ccount</source>
        <translation>Be&amp;nutzer oder Robotkonto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deploy token or personal access to&amp;ken</source>
        <translation>Bereitstellungstoken oder &amp;persönliches Zugriffstoken</translation>
    </message>
</context>
<context>
    <name>rd::RegistryNameProbe</name>
    <message>
        <location filename="../src/core/probes/registry_name_probe.cpp" line="+26"/>
        <source>&quot;%1&quot; is not a registry address.</source>
        <translation>„%1“ ist keine Registrierungsadresse.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&quot;%1&quot; has %n mistake(s); the check uses %2.</source>
        <translation>
            <numerusform>„%1“ enthält %n Fehler; die Prüfung verwendet %2.</numerusform>
            <numerusform>„%1“ enthält %n Fehler; die Prüfung verwendet %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login server is %1.</source>
        <translation>Der Anmeldeserver ist %1.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/registry_name_probe.h" line="+14"/>
        <source>Registry name</source>
        <translation>Registrierungsname</translation>
    </message>
</context>
<context>
    <name>rd::RegistryPage</name>
    <message>
        <location filename="../ui/registry_page.ui"/>
        <source>Which registry do you want to reach?</source>
        <translation>Welche Registrierung möchten Sie erreichen?</translation>
    </message>
    <message>
        <location/>
        <source>Paste its address the way you have it, even with https:// or an image name. It is tidied up for you.</source>
        <translation>Fügen Sie die Adresse so ein, wie Sie sie haben, auch mit https:// oder einem Imagenamen. Sie wird automatisch bereinigt.</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Registry</source>
        <translation>&amp;Registrierung</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+155"/>
        <source>Registry</source>
        <extracomment>Name of the first step in the side list of steps. Short: one or two words.</extracomment>
        <translation>Registrierung</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+284"/>
        <source>The registry&apos;s login server, for example myregistry.azurecr.io</source>
        <translation>Der Anmeldeserver der Registrierung, z. B. myregistry.azurecr.io</translation>
    </message>
    <message>
        <location/>
        <source>Us&amp;e this</source>
        <extracomment>Button next to a corrected registry address: use the corrected one.</extracomment>
        <translation>Diesen &amp;verwenden</translation>
    </message>
    <message>
        <location/>
        <source>How do you sign in?</source>
        <extracomment>Heading above the ways of signing in to the registry.</extracomment>
        <translation>Wie melden Sie sich an?</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Azure CLI (az acr login)</source>
        <translation>&amp;Azure CLI (az acr login)</translation>
    </message>
    <message>
        <location/>
        <source>You sign in to Azure with az login; az acr login then signs Docker in to the registry.</source>
        <translation>Sie melden sich mit az login bei Azure an; az acr login meldet Docker dann bei der Registrierung an.</translation>
    </message>
    <message>
        <location/>
        <source>You type a user name and a password or secret, for example with docker login.</source>
        <translation>Sie geben einen Benutzernamen und ein Kennwort oder einen geheimen Schlüssel ein, z. B. mit docker login.</translation>
    </message>
    <message>
        <location/>
        <source>Repository-scoped &amp;token</source>
        <translation>&amp;Token mit Repositorybereich</translation>
    </message>
    <message>
        <location/>
        <source>A token made for some repositories only. It has its own name and password.</source>
        <translation>Ein Token, das nur für bestimmte Repositorys erstellt wurde. Es hat einen eigenen Namen und ein eigenes Kennwort.</translation>
    </message>
    <message>
        <location/>
        <source>The credentials &amp;Docker already saved</source>
        <translation>Die von Docker bereits &amp;gespeicherten Anmeldeinformationen</translation>
    </message>
    <message>
        <location/>
        <source>You signed in before and Docker remembers it. Nothing to type.</source>
        <translation>Sie haben sich früher angemeldet, und Docker hat es sich gemerkt. Keine Eingabe nötig.</translation>
    </message>
    <message>
        <location/>
        <source>An Azure &amp;service (AKS, Azure DevOps)</source>
        <translation>Ein Azure-D&amp;ienst (AKS, Azure DevOps)</translation>
    </message>
    <message>
        <location/>
        <source>A service pulls the images with its own identity, not with yours.</source>
        <translation>Ein Dienst pullt die Images mit seiner eigenen Identität, nicht mit Ihrer.</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+110"/>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+5"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="-2"/>
        <source>For a service principal: its application (client) ID</source>
        <translation>Bei einem Dienstprinzipal: dessen Anwendungs-ID (Client-ID)</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+3"/>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <location/>
        <source>Used only for this check. It is never saved or shown.</source>
        <translation>Wird nur für diese Prüfung verwendet. Es wird nie gespeichert oder angezeigt.</translation>
    </message>
    <message>
        <location/>
        <source>Which image? (optional)</source>
        <extracomment>Heading of the optional repository and pull/push choice.</extracomment>
        <translation>Welches Image? (optional)</translation>
    </message>
    <message>
        <location/>
        <source>Rep&amp;ository</source>
        <translation>Rep&amp;ository</translation>
    </message>
    <message>
        <location/>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <location/>
        <source>Optional. The repository to check access to, without the registry and without a tag.</source>
        <translation>Optional. Das Repository, für das der Zugriff geprüft werden soll, ohne Registrierung und ohne Tag.</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="-63"/>
        <source>The repository you push to or pull from, without the registry and without a tag.</source>
        <translation>Das Repository, in das Sie pushen oder aus dem Sie pullen, ohne Registrierung und ohne Tag.</translation>
    </message>
    <message>
        <location/>
        <source>I want to</source>
        <extracomment>Label before the two choices &quot;Pull (download) images&quot; and &quot;Push (upload) images&quot;; the three read as one sentence.</extracomment>
        <translation>Ich möchte</translation>
    </message>
    <message>
        <location filename="../src/gui/registry_page.cpp" line="-205"/>
        <source>Check that you may download images</source>
        <translation>Prüfen, ob Sie Images herunterladen dürfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that you may upload images</source>
        <translation>Prüfen, ob Sie Images hochladen dürfen</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>This cannot be used as a registry address.</source>
        <translation>Das kann nicht als Registrierungsadresse verwendet werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Did you mean %1?</source>
        <extracomment>%1 is a registry address, such as myregistry.azurecr.io.</extracomment>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>registry</source>
        <extracomment>The kind of registry when the address is not one of a known service. Fills %2 of &quot;%1 (%2)&quot;.</extracomment>
        <translation>Registrierung</translation>
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
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the tag is not needed</source>
        <translation>das Tag wird nicht benötigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repository names are lowercase</source>
        <translation>Repositorynamen werden kleingeschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It will be used as &quot;%1&quot;.</source>
        <translation>Wird als „%1“ verwendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It will be used as &quot;%1&quot;: %2.</source>
        <extracomment>Separator between the reasons in &quot;It will be used as &quot;%1&quot;: %2.&quot; (Chinese and Japanese use 、).</extracomment>
        <translation>Wird als „%1“ verwendet: %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The name the token was given when it was created</source>
        <translation>Der Name, den das Token bei der Erstellung erhalten hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token name</source>
        <translation>Tokenname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token password</source>
        <translation>Tokenkennwort</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Clear the registry field</source>
        <translation>Feld „Registrierung“ leeren</translation>
    </message>
    <message>
        <location line="+154"/>
        <location line="+35"/>
        <source>Invalid entry: %1</source>
        <translation>Ungültige Eingabe: %1</translation>
    </message>
    <message>
        <location filename="../ui/registry_page.ui"/>
        <source>User name and password (admin account or ser&amp;vice principal)</source>
        <translation>Benutzername und Kennwort (Administratorkonto oder Dienstprinzi&amp;pal)</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+78"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Kennwort</translation>
    </message>
    <message>
        <location/>
        <source>Pull (download) &amp;images</source>
        <extracomment>Completes &quot;I want to&quot;. Pull is Docker&apos;s word for downloading images from a registry.</extracomment>
        <translation>Images pu&amp;llen (herunterladen)</translation>
    </message>
    <message>
        <location/>
        <source>Push (upload) i&amp;mages</source>
        <extracomment>Completes &quot;I want to&quot;. Push is Docker&apos;s word for uploading images to a registry.</extracomment>
        <translation>Images push&amp;en (hochladen)</translation>
    </message>
    <message>
        <location filename="../src/gui/registry_page.cpp" line="-10"/>
        <source>To&amp;ken name</source>
        <translation>Token&amp;name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token pass&amp;word</source>
        <translation>Token&amp;kennwort</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The check looks at whether you may push to &quot;%1&quot;.</source>
        <extracomment>%1 is the repository, for example &quot;team/app&quot;.</extracomment>
        <translation>Die Prüfung stellt fest, ob Sie Push-Zugriff auf „%1“ haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check looks at whether you may pull from &quot;%1&quot;.</source>
        <extracomment>%1 is the repository, for example &quot;team/app&quot;.</extracomment>
        <translation>Die Prüfung stellt fest, ob Sie Pull-Zugriff auf „%1“ haben.</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>Type the token name and the token password: the check needs both.</source>
        <translation>Geben Sie den Tokennamen und das Tokenkennwort ein: Die Prüfung benötigt beides.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the user name and the password: the check needs both.</source>
        <translation>Geben Sie den Benutzernamen und das Kennwort ein: Die Prüfung benötigt beides.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the token name.</source>
        <translation>Geben Sie den Tokennamen ein.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the token password.</source>
        <translation>Geben Sie das Tokenkennwort ein.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the password.</source>
        <translation>Geben Sie das Kennwort ein.</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Type the registry&apos;s name before .azurecr.io, for example contoso.azurecr.io.</source>
        <translation>Geben Sie den Namen der Registrierung vor .azurecr.io ein, zum Beispiel contoso.azurecr.io.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure Container Registry addresses end in .azurecr.io (.azurecr.cn and .azurecr.us in the national clouds).</source>
        <translation>Adressen von Azure Container Registry enden auf .azurecr.io (.azurecr.cn und .azurecr.us in den nationalen Clouds).</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Show the token password</source>
        <translation>Tokenkennwort anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the password</source>
        <translation>Kennwort anzeigen</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>I do not know: find out</source>
        <translation>Weiß ich nicht: ermitteln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker (docker login, docker pull)</source>
        <translation>Docker (Befehle docker login, docker pull)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Podman, Buildah or Skopeo</source>
        <translation>Podman, Buildah oder Skopeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helm (helm registry login, OCI charts)</source>
        <translation>Helm (helm registry login, OCI-Charts)</translation>
    </message>
    <message>
        <location filename="../ui/registry_page.ui"/>
        <source>Usin&amp;g</source>
        <extracomment>Label before the choice of program (Docker, Podman, Helm, or find out); reads on from &quot;I want to&quot;: I want to pull images, using Docker.</extracomment>
        <translation>&amp;Mit</translation>
    </message>
    <message>
        <location/>
        <source>The program that failed. Each keeps its own sign-ins and trusts its own certificates, so the check looks where that program looks.</source>
        <translation>Das Programm, bei dem der Fehler auftrat. Jedes speichert seine eigenen Anmeldungen und vertraut seinen eigenen Zertifikaten, daher sucht die Prüfung dort, wo dieses Programm sucht.</translation>
    </message>
</context>
<context>
    <name>rd::RegistryReference</name>
    <message>
        <location filename="../src/core/registry/registry_reference.cpp" line="+217"/>
        <source>Remove the spaces before and after the name: %1</source>
        <translation>Entfernen Sie die Leerzeichen vor und nach dem Namen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the registry&apos;s login server is needed, not the whole command: %1</source>
        <translation>Nur der Anmeldeserver der Registrierung wird benötigt, nicht der ganze Befehl: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use lowercase letters: %1</source>
        <translation>Verwenden Sie Kleinbuchstaben: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out &quot;%1&quot;; the login server is the name alone: %2</source>
        <translation>Lassen Sie „%1“ weg; der Anmeldeserver ist nur der Name: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the path after the server name: %1</source>
        <translation>Lassen Sie den Pfad nach dem Servernamen weg: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is an image reference; the registry&apos;s login server is: %1</source>
        <translation>Das ist ein Imageverweis; der Anmeldeserver der Registrierung lautet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out &quot;:443&quot;, the standard HTTPS port, or the name will not match stored credentials: %1</source>
        <translation>Lassen Sie „:443“, den HTTPS-Standardport, weg, sonst passt der Name nicht zu den gespeicherten Anmeldeinformationen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the registry&apos;s normal name, not the private-link name (its certificate is for *.azurecr.io; with a private endpoint the normal name leads to it): %1</source>
        <translation>Verwenden Sie den normalen Namen der Registrierung, nicht den Private-Link-Namen (ihr Zertifikat gilt für *.azurecr.io; bei einem privaten Endpunkt führt der normale Name dorthin): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a data endpoint of the registry, not its login server. Log in to: %1</source>
        <translation>Das ist ein Datenendpunkt der Registrierung, nicht ihr Anmeldeserver. Melden Sie sich hier an: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name alone means an Azure container registry in the public cloud: %1</source>
        <translation>Ein einzelner Name steht für eine Azure-Containerregistrierung in der öffentlichen Cloud: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the user name and password from the text and never share a password; the server is: %1</source>
        <translation>Entfernen Sie Benutzername und Kennwort aus dem Text, und geben Sie ein Kennwort nie weiter; der Server lautet: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An Azure container registry name has 5 to 50 letters and digits. Did you mean: %1</source>
        <translation>Der Name einer Azure-Containerregistrierung hat 5 bis 50 Buchstaben und Ziffern. Meinten Sie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Azure container registry name has 5 to 50 letters and digits; &quot;%1&quot; has %2, so no such registry can exist.</source>
        <translation>Der Name einer Azure-Containerregistrierung hat 5 bis 50 Buchstaben und Ziffern; „%1“ hat %2, eine solche Registrierung kann es also nicht geben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An Azure container registry name has only letters and digits (no dashes, dots or underscores). Did you mean: %1</source>
        <translation>Der Name einer Azure-Containerregistrierung enthält nur Buchstaben und Ziffern (keine Bindestriche, Punkte oder Unterstriche). Meinten Sie: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Azure container registry name has only letters and digits (no dashes, dots or underscores), so no such registry can exist.</source>
        <translation>Der Name einer Azure-Containerregistrierung enthält nur Buchstaben und Ziffern (keine Bindestriche, Punkte oder Unterstriche), eine solche Registrierung kann es also nicht geben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the registry&apos;s login server, for example myregistry.azurecr.io.</source>
        <translation>Geben Sie den Anmeldeserver der Registrierung ein, z. B. myregistry.azurecr.io.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port after the colon must be a number from 1 to 65535.</source>
        <translation>Der Port nach dem Doppelpunkt muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a valid server name. Did you mean: %1</source>
        <translation>Das ist kein gültiger Servername. Meinten Sie: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid server name: a login server has only letters, digits, dots and dashes, like myregistry.azurecr.io.</source>
        <translation>Das ist kein gültiger Servername: Ein Anmeldeserver enthält nur Buchstaben, Ziffern, Punkte und Bindestriche, z. B. myregistry.azurecr.io.</translation>
    </message>
</context>
<context>
    <name>rd::Report</name>
    <message>
        <location filename="../src/core/report/report_words.cpp" line="+20"/>
        <source>The check of %1 was cancelled before it finished.</source>
        <translation>Die Prüfung von %1 wurde vor dem Ende abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem found with %1.</source>
        <translation>Kein Problem mit %1 gefunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 problem found with %1.</source>
        <translation>1 Problem mit %1 gefunden.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n problem(s) found with %1.</source>
        <translation>
            <numerusform>%n Problem mit %1 gefunden.</numerusform>
            <numerusform>%n Probleme mit %1 gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../src/core/report/text_report.cpp" line="+96"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location filename="../src/core/report/text_report.cpp" line="-6"/>
        <source>Practice scenario: %1</source>
        <translation>Übungsszenario: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the check saw:</source>
        <translation>Was die Prüfung festgestellt hat:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to fix it:</source>
        <translation>So beheben Sie das Problem:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checks:</source>
        <translation>Prüfungen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total time: %1 ms</source>
        <translation>Gesamtdauer: %1 ms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registry Doctor report</source>
        <translation>Registry-Doctor-Bericht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked at</source>
        <translation>Prüfzeitpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice scenario</source>
        <translation>Übungsszenario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the check saw</source>
        <translation>Was die Prüfung festgestellt hat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to fix it</source>
        <translation>So beheben Sie das Problem</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
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
        <translation>Art der Registrierung: %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/text_report.cpp" line="-25"/>
        <source>advice</source>
        <extracomment>A label after advice in a text report: nothing was observed, unlike a &quot;problem&quot; or a &quot;warning&quot;.</extracomment>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_words.cpp" line="+9"/>
        <source>Client: %1</source>
        <extracomment>%1 is the program the check was made for: Docker, Podman or Helm.</extracomment>
        <translation>Verwendeter Client: %1</translation>
    </message>
</context>
<context>
    <name>rd::ResultsPage</name>
    <message>
        <location filename="../src/gui/results_page.cpp" line="+145"/>
        <source>Results</source>
        <extracomment>Name of the last step in the side list of steps. Short: one or two words.</extracomment>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>No check has run yet</source>
        <translation>Es wurde noch keine Prüfung ausgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check of %1 was stopped before it finished</source>
        <translation>Die Prüfung von %1 wurde vor dem Ende angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem left with %1</source>
        <translation>Kein Problem mehr mit %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem found with %1</source>
        <translation>Kein Problem mit %1 gefunden</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n things to look at with %1</source>
        <extracomment>Heading when only warnings were found; %1 is the registry&apos;s address.</extracomment>
        <translation>
            <numerusform>%n Punkt zu beachten bei %1</numerusform>
            <numerusform>%n Punkte zu beachten bei %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n problems found with %1</source>
        <extracomment>Heading; %1 is the registry&apos;s address.</extracomment>
        <translation>
            <numerusform>%n Problem mit %1 gefunden</numerusform>
            <numerusform>%n Probleme mit %1 gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened from a report made on %1.</source>
        <extracomment>%1 is a date and time in the reader&apos;s format.</extracomment>
        <translation>Geöffnet aus einem Bericht vom %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened from a report.</source>
        <translation>Geöffnet aus einem Bericht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked at %1, in %2.</source>
        <extracomment>%1 is a time of day (for example 14:05), not a date; %2 is how long the check took (&quot;350 ms&quot;, &quot;6.2 s&quot;).</extracomment>
        <translation>Geprüft um %1, Dauer %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check was stopped before it finished: there may be more.</source>
        <translation>Die Prüfung wurde vor dem Ende angehalten: Es kann weitere Probleme geben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Practice scenario: %1.</source>
        <extracomment>%1 is the practice scenario.</extracomment>
        <translation>Übungsszenario: %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+21"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+26"/>
        <source>No problem found</source>
        <translation>Kein Problem gefunden</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Signing in to %1 should work from this computer. The check verified:</source>
        <translation>Die Anmeldung bei %1 sollte von diesem Computer aus funktionieren. Die Prüfung hat Folgendes bestätigt:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If signing in still fails, check again with the exact error message: go back and paste it on the previous step.</source>
        <translation>Wenn die Anmeldung weiterhin fehlschlägt, prüfen Sie erneut mit der genauen Fehlermeldung: Gehen Sie zurück, und fügen Sie sie im vorherigen Schritt ein.</translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>%n passed</source>
        <extracomment>Counts of checks by outcome, joined into &quot;All checks (%1)&quot;: 6 passed, 1 warning, 2 skipped.</extracomment>
        <translation>
            <numerusform>%n bestanden</numerusform>
            <numerusform>%n bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All checks (%1)</source>
        <extracomment>Heading of the list of every check; %1 is the counts, such as &quot;6 passed and 1 failed&quot; (joined as the language joins a list).</extracomment>
        <translation>Prüfungen (%1)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Show commands for %1</source>
        <extracomment>Screen-reader name of a button; %1 is a cause&apos;s title.</extracomment>
        <translation>Befehle für %1 anzeigen</translation>
    </message>
    <message>
        <location line="-380"/>
        <source>%1: passes now, but the check went further and found another problem.</source>
        <extracomment>Said after &quot;Check again&quot;: %1 is the problem&apos;s title. It no longer shows, but the check could now go further and found other problems.</extracomment>
        <translation>%1: Jetzt erfolgreich, aber die Prüfung ist weitergegangen und hat ein anderes Problem gefunden.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Not tested</source>
        <extracomment>Heading above the checks that did not run, each followed by why.</extracomment>
        <translation>Nicht getestet</translation>
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
        <translation>Außerdem gefunden, aber ohne Einfluss auf Ihr Vorhaben:</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>This check found it.</source>
        <translation>Diese Prüfung hat es gefunden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This check did not find it: compare the choices on the first page (pull or push, the repository) with the complaint, and look at the checks that did not pass.</source>
        <translation>Diese Prüfung hat es nicht gefunden: Vergleichen Sie die Auswahl auf der ersten Seite (Pull oder Push, das Repository) mit der Beschwerde, und sehen Sie sich die nicht bestandenen Prüfungen an.</translation>
    </message>
</context>
<context>
    <name>rd::Rules</name>
    <message>
        <location filename="../src/core/diagnosis/rules.cpp" line="+360"/>
        <source>Install Docker Desktop (Windows and macOS) from docker.com, or Docker Engine from your Linux distribution, then open a new terminal.</source>
        <translation>Installieren Sie Docker Desktop (Windows und macOS) von docker.com oder Docker Engine aus Ihrer Linux-Distribution, und öffnen Sie dann ein neues Terminal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the command is found:</source>
        <translation>Prüfen Sie, ob der Befehl gefunden wird:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Update Docker Desktop (or Docker Engine) to a current version, then check the version again:</source>
        <translation>Aktualisieren Sie Docker Desktop (oder Docker Engine) auf eine aktuelle Version, und prüfen Sie dann erneut die Version:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Start Docker Desktop (Windows, macOS) and wait until it says it is running; on Linux start the docker service.</source>
        <translation>Starten Sie Docker Desktop (Windows, macOS), und warten Sie, bis es meldet, dass es läuft; unter Linux starten Sie den Dienst docker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the engine answers (the Server section must appear without an error):</source>
        <translation>Prüfen Sie, ob die Engine antwortet (der Abschnitt „Server“ muss ohne Fehler erscheinen):</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>docker buildx builds with the builder &quot;%1&quot; (driver %2, chosen with %3). BuildKit runs there with its own list of trusted certificate authorities, not the engine&apos;s.</source>
        <translation>docker buildx erstellt mit dem Builder &quot;%1&quot; (Treiber %2, ausgewählt mit %3). BuildKit läuft dort mit einer eigenen Liste vertrauenswürdiger Zertifizierungsstellen, nicht mit der der Engine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker trusts %1 only through its certs.d folder, and the builder&apos;s configuration gives no certificate authority for %1: a docker pull works, a build that pulls from or pushes to %1 fails.</source>
        <translation>Docker vertraut %1 nur über seinen certs.d-Ordner, und die Konfiguration des Builders gibt keine Zertifizierungsstelle für %1 an: Ein docker pull funktioniert, ein Build, der von %1 abruft oder an %1 überträgt, schlägt fehl.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You typed &quot;%1&quot;.</source>
        <translation>Sie haben „%1“ eingegeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in with Docker using exactly this login server:</source>
        <translation>Melden Sie sich mit Docker genau mit diesem Anmeldeserver an:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With the Azure CLI, give only the registry name:</source>
        <translation>Geben Sie bei der Azure CLI nur den Registrierungsnamen an:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write image names with the same lowercase login server:</source>
        <translation>Schreiben Sie Imagenamen mit demselben kleingeschriebenen Anmeldeserver:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the login server from the registry&apos;s Overview page in the Azure portal, or list your registries:</source>
        <translation>Kopieren Sie den Anmeldeserver von der Seite „Übersicht“ der Registrierung im Azure-Portal, oder listen Sie Ihre Registrierungen auf:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the registry&apos;s name and that it exists in your subscription:</source>
        <translation>Prüfen Sie den Namen der Registrierung und ob sie in Ihrem Abonnement existiert:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look the name up yourself; &quot;Non-existent domain&quot; or NXDOMAIN confirms the name is wrong:</source>
        <translation>Lösen Sie den Namen selbst auf; „Non-existent domain“ oder NXDOMAIN bestätigt, dass der Name falsch ist:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connect to your company network or VPN that reaches the registry&apos;s virtual network, then try again.</source>
        <translation>Verbinden Sie sich mit Ihrem Firmennetzwerk oder dem VPN, das das virtuelle Netzwerk der Registrierung erreicht, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the address the name resolves to on your computer with the one your administrator expects:</source>
        <translation>Vergleichen Sie die Adresse, in die der Name auf Ihrem Computer aufgelöst wird, mit der von Ihrem Administrator erwarteten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you should reach it from the internet, ask the registry owner to allow public access for your network:</source>
        <translation>Wenn Sie sie aus dem Internet erreichen sollen, bitten Sie den Besitzer der Registrierung, den öffentlichen Zugriff für Ihr Netzwerk zuzulassen:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>See which proxy settings are in effect in your terminal:</source>
        <translation>Prüfen Sie, welche Proxyeinstellungen in Ihrem Terminal gelten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your IT department for the right proxy address, or let the registry bypass the proxy:</source>
        <translation>Fragen Sie Ihre IT-Abteilung nach der richtigen Proxyadresse, oder lassen Sie die Registrierung am Proxy vorbeigehen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker Desktop has its own proxy settings (Settings &gt; Resources &gt; Proxies); the Docker engine on Linux reads them from its service configuration.</source>
        <translation>Docker Desktop hat eigene Proxyeinstellungen (Settings &gt; Resources &gt; Proxies); die Docker-Engine unter Linux liest sie aus ihrer Dienstkonfiguration.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Test the connection to port 443 yourself:</source>
        <translation>Testen Sie die Verbindung zu Port 443 selbst:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it fails, ask your network administrator to allow outgoing HTTPS (port 443) to the registry and its data endpoints (*.azurecr.io, *.blob.core.windows.net).</source>
        <translation>Wenn das fehlschlägt, bitten Sie Ihren Netzwerkadministrator, ausgehendes HTTPS (Port 443) zur Registrierung und zu ihren Datenendpunkten (*.azurecr.io, *.blob.core.windows.net) zuzulassen.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Use the registry&apos;s normal name; its private link name does not match the certificate:</source>
        <translation>Verwenden Sie den normalen Namen der Registrierung; ihr Private-Link-Name passt nicht zum Zertifikat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your IT department to exclude *.azurecr.io from TLS inspection, or to install the inspecting certificate authority in this computer&apos;s trusted store (Docker Desktop uses the system store).</source>
        <translation>Bitten Sie Ihre IT-Abteilung, *.azurecr.io von der TLS-Prüfung auszunehmen oder die prüfende Zertifizierungsstelle im Speicher für vertrauenswürdige Zertifikate dieses Computers zu installieren (Docker Desktop verwendet den Systemspeicher).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See which certificate the connection presents:</source>
        <translation>Prüfen Sie, welches Zertifikat die Verbindung vorlegt:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ask the registry owner to allow your network&apos;s public IP address in the registry&apos;s Networking settings.</source>
        <translation>Bitten Sie den Besitzer der Registrierung, die öffentliche IP-Adresse Ihres Netzwerks in den Netzwerkeinstellungen der Registrierung zuzulassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the registry owner to allow your public IP address %1 in the registry&apos;s Networking settings:</source>
        <translation>Bitten Sie den Besitzer der Registrierung, Ihre öffentliche IP-Adresse %1 in den Netzwerkeinstellungen der Registrierung zuzulassen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or connect through the network the registry already allows (office network, VPN).</source>
        <translation>Oder verbinden Sie sich über ein Netzwerk, das die Registrierung bereits zulässt (Büronetzwerk, VPN).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Wait a minute, then try again.</source>
        <translation>Warten Sie eine Minute, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait %1 seconds, as the registry asks, then try again.</source>
        <translation>Warten Sie %1 Sekunden, wie von der Registrierung verlangt, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If it keeps happening, look for scripts or pipelines pulling in a loop; the registry&apos;s service tier sets how many requests it accepts.</source>
        <translation>Wenn es immer wieder passiert, suchen Sie nach Skripts oder Pipelines, die in einer Schleife pullen; der Diensttarif der Registrierung legt fest, wie viele Anfragen sie annimmt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the address. For Azure Container Registry it is the login server shown on the registry&apos;s Overview page:</source>
        <translation>Prüfen Sie die Adresse. Bei Azure Container Registry ist es der Anmeldeserver, der auf der Seite „Übersicht“ der Registrierung angezeigt wird:</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Try again in a few minutes. If it persists, check Azure&apos;s service health for Container Registry in your region.</source>
        <translation>Versuchen Sie es in einigen Minuten erneut. Wenn das Problem bestehen bleibt, prüfen Sie die Azure-Dienstintegrität für Container Registry in Ihrer Region.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sign in with your Azure account (needs the Azure CLI):</source>
        <translation>Melden Sie sich mit Ihrem Azure-Konto an (erfordert die Azure CLI):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or sign in with a user name and password (service principal, admin account or token); the password is typed, never written in the command:</source>
        <translation>Oder melden Sie sich mit Benutzername und Kennwort an (Dienstprinzipal, Administratorkonto oder Token); das Kennwort wird eingetippt, nie in den Befehl geschrieben:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For a service principal, find its application (client) ID, a value like 8f3c...-....; use it as the user name:</source>
        <translation>Suchen Sie bei einem Dienstprinzipal dessen Anwendungs-ID (Client-ID), ein Wert wie 8f3c...-....; verwenden Sie sie als Benutzernamen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then sign in again with that ID:</source>
        <translation>Melden Sie sich dann mit dieser ID erneut an:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you ran sudo az acr login, run it without sudo: sudo does not see your own az login.</source>
        <translation>Wenn Sie sudo az acr login ausgeführt haben, führen Sie es ohne sudo aus: sudo sieht Ihr eigenes az login nicht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign in again; the new sign-in lasts about three hours:</source>
        <translation>Melden Sie sich erneut an; die neue Anmeldung gilt etwa drei Stunden:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For automation, use a service principal or a managed identity instead of a personal sign-in; if its secret expired, the owner creates a new one:</source>
        <translation>Verwenden Sie für Automatisierung einen Dienstprinzipal oder eine verwaltete Identität statt einer persönlichen Anmeldung; ist dessen geheimer Schlüssel abgelaufen, erstellt der Besitzer einen neuen:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the password again carefully (copy it without spaces); it is read from the keyboard, never written in the command:</source>
        <translation>Geben Sie das Kennwort noch einmal sorgfältig ein (ohne Leerzeichen kopieren); es wird über die Tastatur gelesen, nie in den Befehl geschrieben:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admin account: the registry owner can show the current passwords:</source>
        <translation>Administratorkonto: Der Besitzer der Registrierung kann die aktuellen Kennwörter anzeigen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service principal: the owner can create a new client secret:</source>
        <translation>Dienstprinzipal: Der Besitzer kann einen neuen geheimen Clientschlüssel erstellen:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Ask the registry owner to give your identity the %1 role on the registry:</source>
        <translation>Bitten Sie den Besitzer der Registrierung, Ihrer Identität die Rolle %1 für die Registrierung zuzuweisen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a repository-scoped token, its scope map must allow %1 on %2.</source>
        <translation>Bei einem Token mit Repositorybereich muss dessen Bereichszuordnung %1 für %2 erlauben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>A role assigned minutes ago can take up to about ten minutes to apply; then sign in again.</source>
        <translation>Eine vor wenigen Minuten zugewiesene Rolle kann bis zu etwa zehn Minuten brauchen, bis sie wirksam wird; melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Find the credential store named in Docker&apos;s settings file (%1):</source>
        <translation>Suchen Sie den Anmeldeinformationsspeicher, der in der Docker-Einstellungsdatei (%1) genannt ist:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install or repair the program %1 (it comes with Docker Desktop), or remove the &quot;credsStore&quot; line from the file so Docker saves credentials in the file itself; then sign in again.</source>
        <translation>Installieren oder reparieren Sie das Programm %1 (es gehört zu Docker Desktop), oder entfernen Sie die Zeile „credsStore“ aus der Datei, damit Docker Anmeldeinformationen in der Datei selbst speichert; melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On Windows, &quot;The stub received bad data&quot; means the registry token is too long for Windows Credential Manager: removing &quot;credsStore&quot; is the known fix.</source>
        <translation>Unter Windows bedeutet „The stub received bad data“, dass das Registrierungstoken für die Windows-Anmeldeinformationsverwaltung zu lang ist: Das Entfernen von „credsStore“ ist die bekannte Lösung.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Install the Azure CLI:</source>
        <translation>Installieren Sie die Azure CLI:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to Azure, then to the registry:</source>
        <translation>Melden Sie sich bei Azure und dann bei der Registrierung an:</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The password read from standard input was empty.</source>
        <translation>Das aus der Standardeingabe gelesene Kennwort war leer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set the clock to synchronise automatically (Windows: Settings &gt; Time &amp; language &gt; Sync now; macOS: System Settings &gt; General &gt; Date &amp; Time), or:</source>
        <translation>Stellen Sie die Uhr auf automatische Synchronisierung (Windows: Einstellungen &gt; Zeit und Sprache &gt; Jetzt synchronisieren; macOS: Systemeinstellungen &gt; Allgemein &gt; Datum &amp; Uhrzeit), oder:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Then sign in again: tokens issued while the clock was wrong stay wrong.</source>
        <translation>Melden Sie sich dann erneut an: Token, die bei falscher Uhrzeit ausgestellt wurden, bleiben falsch.</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>If you have no GPG key yet, create one (it asks for your name, e-mail address and a passphrase):</source>
        <translation>Wenn Sie noch keinen GPG-Schlüssel haben, erstellen Sie einen (es werden Name, E-Mail-Adresse und eine Passphrase abgefragt):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up pass with your key&apos;s ID (the long hexadecimal number that gpg --list-secret-keys shows), then sign in again:</source>
        <translation>Richten Sie pass mit der ID Ihres Schlüssels ein (die lange Hexadezimalzahl, die gpg --list-secret-keys anzeigt), und melden Sie sich dann erneut an:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the GPG key %1 from where it was made (gpg --export-secret-keys there, gpg --import here), or set up pass again with a key that is on this computer; logins saved with the old key are then lost:</source>
        <translation>Importieren Sie den GPG-Schlüssel %1 von dort, wo er erstellt wurde (dort gpg --export-secret-keys, hier gpg --import), oder richten Sie pass mit einem Schlüssel auf diesem Computer neu ein; mit dem alten Schlüssel gespeicherte Anmeldungen gehen dann verloren:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in from the desktop session itself, not over SSH; or, on a server without a desktop, use pass instead (install pass and docker-credential-pass, then set &quot;credsStore&quot; to &quot;pass&quot; in %1):</source>
        <translation>Melden Sie sich in der Desktopsitzung selbst an, nicht über SSH; oder verwenden Sie auf einem Server ohne Desktop stattdessen pass (installieren Sie pass und docker-credential-pass und setzen Sie dann „credsStore“ in %1 auf „pass“):</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The Azure CLI is version %1; az acr login signs in with Podman from version %2 on.</source>
        <translation>Die Azure CLI hat die Version %1; az acr login meldet sich ab Version %2 mit Podman an.</translation>
    </message>
    <message>
        <location line="-948"/>
        <source>Get a new token for the registry&apos;s region (it lasts 12 hours) and sign in with the user name AWS:</source>
        <translation>Holen Sie ein neues Token für die Region der Registrierung (es gilt 12 Stunden), und melden Sie sich mit dem Benutzernamen AWS an:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Get a new token (it lasts 12 hours) and sign in with the user name AWS:</source>
        <translation>Holen Sie ein neues Token (es gilt 12 Stunden), und melden Sie sich mit dem Benutzernamen AWS an:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Let Docker use your gcloud sign-in for exactly this host:</source>
        <translation>Lassen Sie Docker Ihre gcloud-Anmeldung für genau diesen Host verwenden:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or sign in with an access token, valid for one hour:</source>
        <translation>Oder melden Sie sich mit einem Zugriffstoken an, das eine Stunde gilt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the GitHub CLI&apos;s token the packages scope, then sign in with it:</source>
        <translation>Geben Sie dem Token der GitHub CLI den Paketbereich, und melden Sie sich dann damit an:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>See which AWS identity your AWS CLI signs in as; the registry&apos;s owner allows it in an IAM policy or in the repository&apos;s policy:</source>
        <translation>Sehen Sie nach, mit welcher AWS-Identität sich Ihre AWS CLI anmeldet; der Besitzer der Registrierung erlaubt sie in einer IAM-Richtlinie oder in der Richtlinie des Repositorys:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the repository&apos;s policy (needs the right to read it):</source>
        <translation>Lesen Sie die Richtlinie des Repositorys (erfordert das Recht, sie zu lesen):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ask the repository&apos;s owner to give your account the role (a service account is written serviceAccount:NAME@PROJECT.iam.gserviceaccount.com):</source>
        <translation>Bitten Sie den Besitzer des Repositorys, Ihrem Konto die Rolle zu geben (ein Dienstkonto wird serviceAccount:NAME@PROJECT.iam.gserviceaccount.com geschrieben):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ask the repository&apos;s owner to give your account access, then sign in again.</source>
        <translation>Bitten Sie den Besitzer des Repositorys, Ihrem Konto Zugriff zu geben, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <location line="+439"/>
        <source>Pull limit: %1 per %2; left: %3.</source>
        <translation>Pull-Limit: %1 pro %2; verbleibend: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull limit: %1; left: %2.</source>
        <translation>Pull-Limit: %1; verbleibend: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It accepts requests again at %1.</source>
        <translation>Ab %1 nimmt sie wieder Anforderungen an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in to Docker Hub, so that pulls count against your account&apos;s limit instead of your IP address&apos;s:</source>
        <translation>Melden Sie sich bei Docker Hub an, damit Pulls zum Limit Ihres Kontos statt zu dem Ihrer IP-Adresse zählen:</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Create a new token, then sign in with it; it is read from the keyboard, never written in the command:</source>
        <translation>Erstellen Sie ein neues Token, und melden Sie sich damit an; es wird von der Tastatur gelesen, nie in den Befehl geschrieben:</translation>
    </message>
    <message>
        <location line="+329"/>
        <source>Docker has a login for %1, but none for %2, the registry you use.</source>
        <translation>Docker hat eine Anmeldung für %1, aber keine für %2, die von Ihnen verwendete Registrierung.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The user name &quot;%1&quot; is an e-mail address.</source>
        <translation>Der Benutzername „%1“ ist eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in again with the user name this registry expects instead of the e-mail address:</source>
        <translation>Melden Sie sich erneut mit dem Benutzernamen an, den diese Registrierung erwartet, statt mit der E-Mail-Adresse:</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The Azure CLI is signed in to %1; %2 is in %3.</source>
        <translation>Die Azure CLI ist bei %1 angemeldet; %2 befindet sich in %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the Azure CLI to the registry&apos;s cloud, sign in there, then to the registry:</source>
        <translation>Stellen Sie die Azure CLI auf die Cloud der Registrierung um, melden Sie sich dort an und dann bei der Registrierung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To go back to the public cloud later:</source>
        <translation>Um später zur öffentlichen Cloud zurückzukehren:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Your client looks for %1.</source>
        <translation>Ihr Client sucht nach %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repository exists and has these tags, among others: %1. Pull one of them:</source>
        <translation>Das Repository existiert und hat unter anderem diese Tags: %1. Pullen Sie eines davon:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry has repositories with a similar name: %1. Pull with the name as it is written there:</source>
        <translation>Die Registrierung hat Repositorys mit ähnlichem Namen: %1. Pullen Sie mit dem Namen, wie er dort geschrieben ist:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the repositories in the registry, and the tags of this one:</source>
        <translation>Lassen Sie die Repositorys der Registrierung und die Tags dieses Repositorys auflisten:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the tags the registry has for this repository (a 404 here means the repository itself does not exist):</source>
        <translation>Lassen Sie die Tags auflisten, die die Registrierung für dieses Repository hat (ein 404 bedeutet hier, dass das Repository selbst nicht existiert):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On Docker Hub, a name without a namespace means an official image (library/%1); your own images are named ACCOUNT/%1.</source>
        <translation>Auf Docker Hub bezeichnet ein Name ohne Namespace ein offizielles Image (library/%1); Ihre eigenen Images heißen ACCOUNT/%1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you are the one who pushes it, push it first, under exactly this name:</source>
        <translation>Wenn Sie es selbst pushen, pushen Sie es zuerst unter genau diesem Namen:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ask your network administrator to allow outgoing HTTPS (port 443) to %1 in the firewall or proxy, as well as to the registry %2.</source>
        <translation>Bitten Sie Ihren Netzwerkadministrator, in der Firewall oder im Proxy ausgehendes HTTPS (Port 443) zu %1 zuzulassen, ebenso wie zur Registrierung %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name does not resolve on this computer: check its DNS (for a private endpoint, the private DNS zone needs a record for the data endpoint too):</source>
        <translation>Der Name wird auf diesem Computer nicht aufgelöst: Prüfen Sie das DNS (bei einem privaten Endpunkt braucht die private DNS-Zone auch einen Eintrag für den Datenendpunkt):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test the connection to the data endpoint yourself:</source>
        <translation>Testen Sie die Verbindung zum Datenendpunkt selbst:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry uses dedicated data endpoints; list every one the firewall must allow (one per region the registry is replicated to):</source>
        <translation>Die Registrierung verwendet dedizierte Datenendpunkte; lassen Sie alle auflisten, die die Firewall zulassen muss (einen pro Region, in die die Registrierung repliziert ist):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers come from a shared storage account. Instead of allowing all of *.blob.core.windows.net, the registry owner can turn on dedicated data endpoints, whose names the firewall can allow one by one:</source>
        <translation>Die Ebenen kommen aus einem gemeinsam genutzten Speicherkonto. Statt ganz *.blob.core.windows.net zuzulassen, kann der Besitzer der Registrierung dedizierte Datenendpunkte aktivieren, deren Namen die Firewall einzeln zulassen kann:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Best: give the registry a TLS certificate for %1, so that passwords and images do not travel in clear text.</source>
        <translation>Am besten: Geben Sie der Registrierung ein TLS-Zertifikat für %1, damit Kennwörter und Images nicht im Klartext übertragen werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker: add &quot;insecure-registries&quot;: [&quot;%1&quot;] to the engine&apos;s settings (daemon.json: /etc/docker/daemon.json on Linux, Settings &gt; Docker Engine in Docker Desktop), restart Docker, and check that it is listed:</source>
        <translation>Docker: Fügen Sie &quot;insecure-registries&quot;: [&quot;%1&quot;] zu den Einstellungen der Engine hinzu (daemon.json: /etc/docker/daemon.json unter Linux, Settings &gt; Docker Engine in Docker Desktop), starten Sie Docker neu, und prüfen Sie, ob sie aufgeführt ist:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Podman and Skopeo: mark it insecure in /etc/containers/registries.conf ([[registry]] with location = &quot;%1&quot; and insecure = true), or for one command:</source>
        <translation>Podman und Skopeo: Markieren Sie sie in /etc/containers/registries.conf als unsicher ([[registry]] mit location = &quot;%1&quot; und insecure = true), oder für einen einzelnen Befehl:</translation>
    </message>
    <message>
        <location line="-522"/>
        <source>The registry %1 sends clients for tokens to %2.</source>
        <translation>Die Registrierung %1 schickt Clients für Token an %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See what the token service answers from this computer (a token service answers 401 or 200 with JSON, not a connection error or 404):</source>
        <translation>Sehen Sie nach, was der Tokendienst von diesem Computer aus antwortet (ein Tokendienst antwortet mit 401 oder 200 und JSON, nicht mit einem Verbindungsfehler oder 404):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the registry&apos;s administrator to fix the token realm in the registry&apos;s settings (for Distribution, auth.token.realm): it must be an https address that clients can reach, served by a running token service with a valid certificate.</source>
        <translation>Bitten Sie den Administrator der Registrierung, den Token-Realm in den Einstellungen der Registrierung zu korrigieren (bei Distribution auth.token.realm): Es muss eine https-Adresse sein, die Clients erreichen können, bedient von einem laufenden Tokendienst mit gültigem Zertifikat.</translation>
    </message>
    <message>
        <location line="-663"/>
        <source>In a script, or where docker login cannot ask: the same with the password typed here and passed on standard input:</source>
        <translation>In einem Skript oder wo docker login nicht nachfragen kann: dasselbe, wobei das Kennwort hier eingegeben und über die Standardeingabe übergeben wird:</translation>
    </message>
    <message>
        <location line="+1023"/>
        <source>The pull secret holds no registry at all (its auths are empty).</source>
        <translation>Das Pullgeheimnis enthält überhaupt keine Registrierung (sein auths ist leer).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pull secret holds credentials for %1, none for %2: Kubernetes pulls from %2 without signing in.</source>
        <translation>Das Pullgeheimnis enthält Anmeldeinformationen für %1, keine für %2: Kubernetes pullt von %2 ohne Anmeldung.</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Ask the registry owner to give your identity the %1 role on the registry (AcrPull and AcrPush give nothing in this mode):</source>
        <translation>Bitten Sie den Besitzer der Registrierung, Ihrer Identität die Rolle %1 für die Registrierung zuzuweisen (AcrPull und AcrPush gewähren in diesem Modus nichts):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To allow only the repository %1, the owner adds an ABAC condition on the repository name to that role assignment (Azure portal: Access control (IAM), Add role assignment, Conditions).</source>
        <translation>Um nur das Repository %1 zuzulassen, fügt der Besitzer dieser Rollenzuweisung eine ABAC-Bedingung für den Repositorynamen hinzu (Azure-Portal: Zugriffssteuerung (IAM), Rollenzuweisung hinzufügen, Bedingungen).</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>The limit counts the pulls of the last %1: pulls are possible again as the older ones leave that window.</source>
        <translation>Das Limit zählt die Pulls der letzten %1: Pulls sind wieder möglich, sobald ältere aus diesem Zeitraum herausfallen.</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>This Docker ID has two-factor authentication on: create a personal access token in Docker Hub (Account settings, Personal access tokens), then sign in with it as the password; it is read from the keyboard, never written in the command:</source>
        <translation>Für diese Docker-ID ist die zweistufige Authentifizierung aktiviert: Erstellen Sie in Docker Hub ein persönliches Zugriffstoken (Account settings, Personal access tokens), und melden Sie sich dann mit ihm als Kennwort an; es wird von der Tastatur gelesen, nie in den Befehl geschrieben:</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Helm cannot load its registry config %1, and helm registry login fails on it too. Move the file aside first (or correct it):</source>
        <translation>Helm kann seine Registrierungskonfiguration %1 nicht laden, und auch helm registry login schlägt daran fehl. Verschieben Sie die Datei zuerst an einen anderen Ort (oder korrigieren Sie sie):</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>Get the registry token with the Azure CLI and give it to helm registry login; the user name is always 00000000-0000-0000-0000-000000000000:</source>
        <translation>Rufen Sie das Registrierungstoken mit der Azure CLI ab, und übergeben Sie es an helm registry login. Der Benutzername ist immer 00000000-0000-0000-0000-000000000000:</translation>
    </message>
    <message>
        <location line="-993"/>
        <source>In a script, or where %1 cannot ask: the same with the password typed here and passed on standard input:</source>
        <translation>In einem Skript oder wo %1 nicht nachfragen kann: dasselbe, wobei das Kennwort hier eingegeben und über die Standardeingabe übergeben wird:</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>The Docker engine connects to %1 through the proxy %2 (its own HTTPS proxy setting).</source>
        <translation>Die Docker-Engine verbindet sich mit %1 über den Proxy %2 (ihre eigene HTTPS-Proxyeinstellung).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine&apos;s HTTPS proxy setting is not a valid proxy address.</source>
        <translation>Die HTTPS-Proxyeinstellung der Docker-Engine ist keine gültige Proxyadresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine connects to %1 directly: its No Proxy setting (%2) exempts it.</source>
        <translation>Die Docker-Engine verbindet sich direkt mit %1: Ihre No-Proxy-Einstellung (%2) nimmt es aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine connects to %1 directly: it has no HTTPS proxy setting.</source>
        <translation>Die Docker-Engine verbindet sich direkt mit %1: Sie hat keine HTTPS-Proxyeinstellung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This check, like the docker command in your terminal, went through the proxy %1 (from %2).</source>
        <translation>Diese Prüfung ging, wie der docker-Befehl in Ihrem Terminal, über den Proxy %1 (aus %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This check, like the docker command in your terminal, connected directly.</source>
        <translation>Diese Prüfung hat sich, wie der docker-Befehl in Ihrem Terminal, direkt verbunden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In Docker Desktop, open Settings &gt; Resources &gt; Proxies and set the same proxy as your terminal (or turn manual proxy configuration off to follow the system&apos;s), with %1 in the bypass list if it must be reached directly. Then select Apply &amp; restart.</source>
        <translation>Öffnen Sie in Docker Desktop Settings &gt; Resources &gt; Proxies, und legen Sie denselben Proxy wie in Ihrem Terminal fest (oder schalten Sie die manuelle Proxykonfiguration aus, um dem System zu folgen), mit %1 in der Ausnahmeliste, wenn es direkt erreicht werden muss. Wählen Sie dann Apply &amp; restart.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Docker Engine on Linux: give the docker service the same proxy in a systemd drop-in (or in /etc/docker/daemon.json under &quot;proxies&quot;, Docker 23 and later), then restart it:</source>
        <translation>Docker Engine unter Linux: Geben Sie dem docker-Dienst denselben Proxy in einem systemd-Drop-in (oder in /etc/docker/daemon.json unter „proxies“, ab Docker 23), und starten Sie ihn dann neu:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check what the engine uses now:</source>
        <translation>Prüfen Sie, was die Engine jetzt verwendet:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The docker command sends its commands to %1 (from %2): the engine %3 runs on another machine.</source>
        <translation>Der docker-Befehl sendet seine Befehle an %1 (aus %2): Die Engine %3 läuft auf einem anderen Computer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs in Docker Desktop&apos;s virtual machine (kernel %1).</source>
        <translation>Die Engine läuft in der virtuellen Maschine von Docker Desktop (Kernel %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs in WSL 2 (%1, kernel %2).</source>
        <translation>Die Engine läuft in WSL 2 (%1, Kernel %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See which engine the docker command uses, and where it runs:</source>
        <translation>Sehen Sie nach, welche Engine der docker-Befehl verwendet und wo sie läuft:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test from the engine&apos;s side: a pull runs there, with its DNS, certificates and proxy.</source>
        <translation>Testen Sie von der Seite der Engine aus: Ein Pull läuft dort, mit ihrem DNS, ihren Zertifikaten und ihrem Proxy.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>The Docker engine lists %1 among its insecure registries, so docker login, pull and push connect to it without checking the certificate.</source>
        <translation>Die Docker-Engine führt %1 unter ihren unsicheren Registrierungen, daher verbinden sich docker login, pull und push damit, ohne das Zertifikat zu prüfen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine treats the addresses in %1 as insecure registries, and %2 is among them, so docker login, pull and push connect to it without checking the certificate.</source>
        <translation>Die Docker-Engine behandelt die Adressen in %1 als unsichere Registrierungen, und %2 gehört dazu, daher verbinden sich docker login, pull und push damit, ohne das Zertifikat zu prüfen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in was not tested here: this check verifies certificates, as Podman, Skopeo, Helm and the Azure CLI do.</source>
        <translation>Die Anmeldung wurde hier nicht getestet: Diese Prüfung verifiziert Zertifikate, wie Podman, Skopeo, Helm und die Azure CLI.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best: have the registry use a certificate that Docker can verify, and give Docker its certificate authority in /etc/docker/certs.d/%1/ca.crt (on Docker Desktop, ~/.docker/certs.d/%1/ca.crt) instead of listing it as insecure.</source>
        <translation>Am besten: Lassen Sie die Registrierung ein Zertifikat verwenden, das Docker prüfen kann, und geben Sie Docker dessen Zertifizierungsstelle in /etc/docker/certs.d/%1/ca.crt (bei Docker Desktop ~/.docker/certs.d/%1/ca.crt), statt sie als unsicher einzutragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the engine&apos;s insecure registries (Docker Desktop: Settings &gt; Docker Engine; Linux: &quot;insecure-registries&quot; in /etc/docker/daemon.json):</source>
        <translation>Zeigen Sie die unsicheren Registrierungen der Engine an (Docker Desktop: Settings &gt; Docker Engine; Linux: „insecure-registries“ in /etc/docker/daemon.json):</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Sign in with %1 using exactly this login server:</source>
        <translation>Melden Sie sich mit %1 genau mit diesem Anmeldeserver an:</translation>
    </message>
    <message>
        <location line="+550"/>
        <source>Find the credential store named in %1, the file %2 took it from:</source>
        <translation>Suchen Sie den Anmeldeinformationsspeicher, der in %1 genannt ist, der Datei, aus der %2 ihn übernommen hat:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Install or repair the program %1, or remove the store from &quot;%2&quot; in that file so that %3 keeps logins in a file; then sign in again with %4.</source>
        <translation>Installieren oder reparieren Sie das Programm %1, oder entfernen Sie den Speicher aus „%2“ in dieser Datei, damit %3 Anmeldungen in einer Datei aufbewahrt; melden Sie sich dann mit %4 erneut an.</translation>
    </message>
    <message>
        <location line="-870"/>
        <source>Let %1 use your gcloud sign-in for exactly this host (gcloud writes it to Docker&apos;s config, which %1 reads too):</source>
        <translation>Lassen Sie %1 Ihre gcloud-Anmeldung für genau diesen Host verwenden (gcloud schreibt sie in die Docker-Konfiguration, die %1 ebenfalls liest):</translation>
    </message>
</context>
<context>
    <name>rd::Runner</name>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/runner.cpp" line="+117"/>
        <source>No answer within %n second(s); the check stopped waiting.</source>
        <translation>
            <numerusform>Keine Antwort innerhalb von %n Sekunde; die Prüfung hat aufgehört zu warten.</numerusform>
            <numerusform>Keine Antwort innerhalb von %n Sekunden; die Prüfung hat aufgehört zu warten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::Symptoms</name>
    <message>
        <location filename="../src/core/diagnosis/symptom_catalog.cpp" line="+25"/>
        <source>I cannot sign in to my registry with docker login, az acr login, or either of them</source>
        <translation>Ich kann mich nicht mit docker login und/oder az acr login bei meiner Registrierung anmelden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing in tells me I am unauthorized, or that my application is not registered (Microsoft Entra ID, formerly Azure AD)</source>
        <translation>Die Anmeldung meldet „nicht autorisiert“ oder dass meine Anwendung nicht registriert ist (Microsoft Entra ID, früher Azure AD)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI says it could not connect to the registry login server</source>
        <translation>Die Azure CLI kann keine Verbindung zum Anmeldeserver der Registrierung herstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pushing or pulling images fails with unauthorized, even though I signed in</source>
        <translation>Push oder Pull von Images schlägt mit „unauthorized“ fehl, obwohl ich angemeldet bin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AKS, Azure DevOps or another Azure service cannot get to my registry</source>
        <translation>AKS, Azure DevOps oder ein anderer Azure-Dienst kommt nicht an meine Registrierung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing in fails with 403 Forbidden</source>
        <translation>Die Anmeldung schlägt mit 403 Forbidden fehl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I cannot see or change my registry in the Azure portal or with the Azure CLI</source>
        <translation>Ich kann meine Registrierung im Azure-Portal oder mit der Azure CLI nicht sehen oder ändern</translation>
    </message>
</context>
<context>
    <name>rd::SymptomsPage</name>
    <message>
        <location filename="../ui/symptoms_page.ui"/>
        <source>What goes wrong?</source>
        <translation>Was funktioniert nicht?</translation>
    </message>
    <message>
        <location/>
        <source>Paste the error message, or tick what you see. Not sure? Leave &quot;check everything&quot; on: it only takes a moment longer.</source>
        <translation>Fügen Sie die Fehlermeldung ein, oder kreuzen Sie an, was Sie sehen. Nicht sicher? Lassen Sie „alles prüfen“ aktiviert: Das dauert nur einen Moment länger.</translation>
    </message>
    <message>
        <location/>
        <source>Error message</source>
        <extracomment>Screen-reader name of the box where the error message is pasted.</extracomment>
        <translation>Fehlermeldung</translation>
    </message>
    <message>
        <location/>
        <source>Paste the error message you got. It is explained below as you paste it.</source>
        <translation>Fügen Sie die erhaltene Fehlermeldung ein. Sie wird schon beim Einfügen unten erklärt.</translation>
    </message>
    <message>
        <location/>
        <source>What do you see?</source>
        <extracomment>Heading of the list of symptoms to tick.</extracomment>
        <translation>Was sehen Sie?</translation>
    </message>
    <message>
        <location/>
        <source>I&apos;m not sure, check &amp;everything</source>
        <translation>Ich bin nicht sicher, &amp;alles prüfen</translation>
    </message>
    <message>
        <location/>
        <source>Every check runs. This is the safe choice.</source>
        <translation>Alle Prüfungen werden ausgeführt. Das ist die sichere Wahl.</translation>
    </message>
    <message>
        <location filename="../src/gui/symptoms_page.cpp" line="+98"/>
        <source>What happens</source>
        <extracomment>Name of the second step in the side list of steps (the symptoms: what goes wrong). Short.</extracomment>
        <translation>Was passiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start check</source>
        <translation>Prüfung s&amp;tarten</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+222"/>
        <source>For example: %1</source>
        <translation>Zum Beispiel: %1</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>This message is not one Registry Doctor knows yet. The check will still look at everything.</source>
        <translation>Diese Meldung kennt Registry Doctor noch nicht. Die Prüfung untersucht trotzdem alles.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What it means</source>
        <extracomment>Heading above the explanation of a pasted error message.</extracomment>
        <translation>Was das bedeutet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Printed by: %1</source>
        <translation>Ausgegeben von: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry: %1 (%2)</source>
        <extracomment>%1 is the registry&apos;s address; %2 the kind of registry: a service&apos;s name (&quot;Docker Hub&quot;, &quot;Azure Container Registry&quot;) or &quot;container registry&quot;.</extracomment>
        <translation>Registrierung: %1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Likely cause: %1</source>
        <extracomment>%1 is a cause&apos;s title.</extracomment>
        <translation>Wahrscheinliche Ursache: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use %1</source>
        <extracomment>Button that takes the registry named in the pasted error message; %1 is its address.</extracomment>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message names this registry.</source>
        <translation>Die Meldung nennt diese Registrierung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message names a different registry than %1.</source>
        <translation>Die Meldung nennt eine andere Registrierung als %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check will use %1.</source>
        <translation>Die Prüfung verwendet %1.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Ticked: %1.</source>
        <translation>Ausgewählt: %1.</translation>
    </message>
    <message>
        <location filename="../ui/symptoms_page.ui"/>
        <source>Paste the error &amp;message you got (optional)</source>
        <translation>Erhaltene Fehlermeldung &amp;einfügen (optional)</translation>
    </message>
    <message>
        <location filename="../src/gui/symptoms_page.cpp" line="+132"/>
        <source>Help-desk case number, if you have one (saved in the report)</source>
        <extracomment>Label of an optional field for the number of the user&apos;s support ticket, saved in the report.</extracomment>
        <translation>Supportfallnummer, falls vorhanden (wird im Bericht gespeichert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help-desk case number</source>
        <translation>Supportfallnummer</translation>
    </message>
</context>
<context>
    <name>rd::TcpProbe</name>
    <message>
        <location filename="../src/core/probes/tcp_probe.cpp" line="+79"/>
        <source>Skipped: there is no registry address to check.</source>
        <translation>Übersprungen: Es gibt keine Registrierungsadresse zum Prüfen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped: the registry&apos;s name did not resolve to an address.</source>
        <translation>Übersprungen: Der Name der Registrierung wurde in keine Adresse aufgelöst.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Practice mode only talks to this computer; %1 is not part of the exercise.</source>
        <translation>Der Übungsmodus kommuniziert nur mit diesem Computer; %1 gehört nicht zur Übung.</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>No answer from %1 within %n second(s): something on the way (a firewall, a private network) drops the connection.</source>
        <translation>
            <numerusform>Keine Antwort von %1 innerhalb von %n Sekunde: Etwas auf dem Weg (eine Firewall, ein privates Netzwerk) verwirft die Verbindung.</numerusform>
            <numerusform>Keine Antwort von %1 innerhalb von %n Sekunden: Etwas auf dem Weg (eine Firewall, ein privates Netzwerk) verwirft die Verbindung.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 refused the connection: nothing accepts connections there, or a firewall rejects them.</source>
        <translation>%1 hat die Verbindung abgelehnt: Dort nimmt niemand Verbindungen an, oder eine Firewall weist sie ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location filename="../src/core/probes/tcp_probe.h" line="+23"/>
        <source>Connection to the registry</source>
        <translation>Verbindung zur Registrierung</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/probes/tcp_probe.cpp" line="-12"/>
        <source>No answer from the proxy %1 within %n second(s): the proxy is down, or something on the way drops the connection.</source>
        <translation>
            <numerusform>Keine Antwort vom Proxy %1 innerhalb von %n Sekunde: Der Proxy läuft nicht, oder etwas auf dem Weg verwirft die Verbindung.</numerusform>
            <numerusform>Keine Antwort vom Proxy %1 innerhalb von %n Sekunden: Der Proxy läuft nicht, oder etwas auf dem Weg verwirft die Verbindung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Connected to the proxy %1 in %n millisecond(s).</source>
        <translation>
            <numerusform>Verbindung zum Proxy %1 in %n Millisekunde hergestellt.</numerusform>
            <numerusform>Verbindung zum Proxy %1 in %n Millisekunden hergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Connected to %1 in %n millisecond(s).</source>
        <translation>
            <numerusform>Verbindung zu %1 in %n Millisekunde hergestellt.</numerusform>
            <numerusform>Verbindung zu %1 in %n Millisekunden hergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The proxy %1 refused the connection: no proxy is running there, or a firewall rejects the connection.</source>
        <translation>Der Proxy %1 hat die Verbindung abgelehnt: Dort läuft kein Proxy, oder eine Firewall weist die Verbindung ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to the proxy %1: %2</source>
        <translation>Verbindung zum Proxy %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Connected to %1 over IPv4 (%2), but not over IPv6 (%3): %4. Programs that try IPv6 first and do not fall back to IPv4 fail here.</source>
        <translation>Verbindung zu %1 über IPv4 (%2) hergestellt, aber nicht über IPv6 (%3): %4. Programme, die zuerst IPv6 versuchen und nicht auf IPv4 ausweichen, scheitern hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer in time</source>
        <translation>keine Antwort innerhalb der Zeit</translation>
    </message>
</context>
<context>
    <name>rd::TlsProbe</name>
    <message>
        <location filename="../src/core/probes/tls_probe.cpp" line="+45"/>
        <source>Skipped: no connection to the registry.</source>
        <translation>Übersprungen: keine Verbindung zur Registrierung.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The secure connection could not be set up: %1</source>
        <translation>Die sichere Verbindung konnte nicht aufgebaut werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The connection opened, but the secure handshake got no answer within %n second(s): something on the way (a firewall that filters secure connections) or the server stops it.</source>
        <translation>
            <numerusform>Die Verbindung wurde geöffnet, aber der sichere Handshake hat innerhalb von %n Sekunde keine Antwort erhalten: Etwas auf dem Weg (eine Firewall, die sichere Verbindungen filtert) oder der Server bricht ihn ab.</numerusform>
            <numerusform>Die Verbindung wurde geöffnet, aber der sichere Handshake hat innerhalb von %n Sekunden keine Antwort erhalten: Etwas auf dem Weg (eine Firewall, die sichere Verbindungen filtert) oder der Server bricht ihn ab.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1 with a valid certificate for %2, issued by %3, valid until %4.</source>
        <translation>%1 mit einem gültigen Zertifikat für %2, ausgestellt von %3, gültig bis %4.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The certificate is issued by &quot;%1&quot;, which this computer does not trust. A company proxy or antivirus that inspects secure connections usually does this.</source>
        <translation>Das Zertifikat ist von „%1“ ausgestellt, dem dieser Computer nicht vertraut. Das verursacht meist ein Unternehmensproxy oder ein Virenschutz, der sichere Verbindungen untersucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate is for %1, not for %2.</source>
        <translation>Das Zertifikat gilt für %1, nicht für %2.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/tls_probe.h" line="+21"/>
        <source>Secure connection (TLS)</source>
        <translation>Sichere Verbindung (TLS)</translation>
    </message>
    <message>
        <location filename="../src/core/probes/tls_probe.cpp" line="+57"/>
        <source>Docker does not check certificates for registries on 127.0.0.0/8 (its default insecure registries), so it connects although &quot;%1&quot; is not a trusted issuer. Podman, Skopeo, the Azure CLI and browsers refuse this certificate.</source>
        <translation>Docker prüft keine Zertifikate von Registrierungen unter 127.0.0.0/8 (seine standardmäßigen unsicheren Registrierungen) und verbindet sich daher, obwohl „%1“ kein vertrauenswürdiger Aussteller ist. Podman, Skopeo, die Azure CLI und Browser lehnen dieses Zertifikat ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker trusts this certificate through %1. This computer&apos;s own store does not, so the Azure CLI, browsers and other programs on this computer will refuse it.</source>
        <translation>Docker vertraut diesem Zertifikat über %1. Der eigene Speicher dieses Computers tut das nicht, daher lehnen die Azure CLI, Browser und andere Programme auf diesem Computer es ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Podman and Skopeo trust this certificate through %1. This computer&apos;s own store does not, so the Azure CLI, browsers and other programs on this computer will refuse it.</source>
        <translation>Podman und Skopeo vertrauen diesem Zertifikat über %1. Der eigene Speicher dieses Computers tut das nicht, daher lehnen die Azure CLI, Browser und andere Programme auf diesem Computer es ab.</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>The registry speaks plain HTTP on port %1, without TLS. Docker uses plain HTTP for registries on 127.0.0.0/8 by itself, so it can work with it; Podman and Skopeo cannot unless the registry is marked insecure. The rest of the check needs TLS and was not done.</source>
        <translation>Die Registrierung spricht auf Port %1 unverschlüsseltes HTTP, ohne TLS. Docker verwendet für Registrierungen in 127.0.0.0/8 von selbst unverschlüsseltes HTTP und kann daher damit arbeiten; Podman und Skopeo können es nicht, solange die Registrierung nicht als unsicher markiert ist. Der Rest der Prüfung braucht TLS und wurde nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry speaks plain HTTP on port %1, without TLS: it answered a request in clear text.</source>
        <translation>Die Registrierung spricht auf Port %1 unverschlüsseltes HTTP, ohne TLS: Sie hat eine Anfrage im Klartext beantwortet.</translation>
    </message>
</context>
<context>
    <name>rd::WizardModel</name>
    <message>
        <location filename="../src/gui/wizard_model.cpp" line="+141"/>
        <source>&quot;%1&quot; is not a registry address.</source>
        <translation>„%1“ ist keine Registrierungsadresse.</translation>
    </message>
</context>
<context>
    <name>rd::WizardPage</name>
    <message>
        <location filename="../src/gui/wizard_page.h" line="+22"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
</context>
</TS>
