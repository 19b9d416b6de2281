<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>rd::AboutDialog</name>
    <message>
        <location filename="../src/gui/about_dialog.cpp" line="+12"/>
        <source>About Registry Doctor</source>
        <translation>Informazioni su Registry Doctor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not available</source>
        <extracomment>Stands for the OpenSSL version in the About box when OpenSSL cannot be loaded.</extracomment>
        <translation>non disponibile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Registry Doctor %1&lt;/h2&gt;&lt;p&gt;Finds out why you cannot sign in to a container registry, and tells you how to fix it.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Registry Doctor is free software under the MIT licence.&lt;br&gt;Qt is used under the GNU Lesser General Public License version 3.&lt;br&gt;OpenSSL is used under the Apache License 2.0.&lt;/p&gt;</source>
        <extracomment>%1 is the program version, %2 the Qt version, %3 the OpenSSL version (or &quot;not available&quot;). Keep the HTML tags.</extracomment>
        <translation>&lt;h2&gt;Registry Doctor %1&lt;/h2&gt;&lt;p&gt;Scopre perché non riesci ad accedere a un registro contenitori e ti spiega come risolvere.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;&lt;p&gt;Registry Doctor è software libero con licenza MIT.&lt;br&gt;Qt è usato secondo i termini della GNU Lesser General Public License versione 3.&lt;br&gt;OpenSSL è usato secondo i termini dell&apos;Apache License 2.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rd::AcrRoleModeProbe</name>
    <message>
        <location filename="../src/core/probes/acr_role_mode_probe.cpp" line="+47"/>
        <source>Skipped: only Azure Container Registry has a permissions mode.</source>
        <translation>Ignorato: solo Registro Azure Container ha una modalità di autorizzazione.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skipped: nothing was refused after the sign-in.</source>
        <translation>Ignorato: dopo l&apos;accesso non è stato rifiutato nulla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped: reading the registry&apos;s permissions mode needs the Azure CLI, signed in.</source>
        <translation>Ignorato: per leggere la modalità di autorizzazione del registro serve Azure CLI con l&apos;accesso eseguito.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The Azure CLI could not get a token to read the registry&apos;s permissions mode: Microsoft Entra ID wants multifactor authentication, or a Conditional Access policy blocks the sign-in (%1).</source>
        <translation>Azure CLI non ha ottenuto un token per leggere la modalità di autorizzazione del registro: Microsoft Entra ID richiede l&apos;autenticazione a più fattori, oppure un criterio di accesso condizionale blocca l&apos;accesso (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Azure CLI did not tell the registry&apos;s permissions mode (you may not be allowed to read the registry&apos;s settings), so it is unknown.</source>
        <translation>Azure CLI non ha indicato la modalità di autorizzazione del registro (forse non hai il permesso di leggerne le impostazioni), quindi non è nota.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry uses &quot;RBAC Registry + ABAC Repository Permissions&quot; (%1): the AcrPull and AcrPush roles give no rights on its repositories there.</source>
        <translation>Il registro usa &quot;RBAC Registry + ABAC Repository Permissions&quot; (%1): in questa modalità i ruoli AcrPull e AcrPush non concedono diritti sui suoi repository.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry&apos;s permissions mode is %1: the AcrPull and AcrPush roles apply.</source>
        <translation>La modalità di autorizzazione del registro è %1: i ruoli AcrPull e AcrPush sono validi.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/acr_role_mode_probe.h" line="+21"/>
        <source>Registry&apos;s permissions mode</source>
        <translation>Modalità di autorizzazione del registro</translation>
    </message>
</context>
<context>
    <name>rd::AllLoginsDialog</name>
    <message>
        <location filename="../src/gui/all_logins_dialog.cpp" line="+31"/>
        <source>All my saved logins</source>
        <translation>Tutti i miei accessi salvati</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved logins</source>
        <translation>Accessi salvati</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking…</source>
        <extracomment>Shown in a row of the saved-logins table while that registry is being checked.</extracomment>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registries checked</source>
        <translation>Registri verificati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop checking</source>
        <translation>&amp;Interrompi la verifica</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Docker has no saved logins on this computer.</source>
        <translation>Docker non ha accessi salvati su questo computer.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Checking %n registries at once…</source>
        <translation>
            <numerusform>Verifica di %n registro…</numerusform>
            <numerusform>Verifica di %n registri contemporaneamente…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Works</source>
        <translation>Funziona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused</source>
        <translation>Rifiutato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Interrotto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not tested</source>
        <extracomment>The saved login could not be tried (no answer, nothing saved, registry open to all).</extracomment>
        <translation>Non verificato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expired at %1</source>
        <extracomment>%1 is a date and time in the reader&apos;s local time.</extracomment>
        <translation>scaduto il %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Stopped.</source>
        <translation>Interrotto.</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%1 of %n saved logins work.</source>
        <translation>
            <numerusform>%1 accesso salvato su %n funziona.</numerusform>
            <numerusform>%1 accessi salvati su %n funzionano.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
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
        <translation>Azure CLI (az) non è installata, ma è il metodo di accesso scelto. Installa Azure CLI oppure accedi in un altro modo (con nome utente e password o con un token).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI (az) is not installed; it is only needed to sign in through it.</source>
        <translation>Azure CLI (az) non è installata; serve solo se accedi tramite Azure CLI.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The Azure CLI is installed, but its sign-in file %1 could not be read (%2), so whether you are signed in is unknown.</source>
        <translation>Azure CLI è installata, ma non è stato possibile leggere il suo file di accesso %1 (%2), quindi non si sa se hai eseguito l&apos;accesso.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Azure CLI is installed but not signed in (no account in %1). az acr login needs az login first.</source>
        <translation>Azure CLI è installata ma non hai eseguito l&apos;accesso (nessun account in %1). Prima di az acr login serve az login.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+46"/>
        <source>The Azure CLI is signed in as %1 (subscription &quot;%2&quot;).</source>
        <translation>Azure CLI ha eseguito l&apos;accesso come %1 (sottoscrizione &quot;%2&quot;).</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>did not answer within %n second(s)</source>
        <translation>
            <numerusform>non ha risposto entro %n secondo</numerusform>
            <numerusform>non ha risposto entro %n secondi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>crashed</source>
        <translation>si è arrestato in modo anomalo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>could not be started (%1)</source>
        <translation>non si è avviato (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;az account show&quot; %1, so whether you are signed in to the Azure CLI is unknown.</source>
        <translation>&quot;az account show&quot; %1, quindi non si sa se hai eseguito l&apos;accesso ad Azure CLI.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;az account show&quot; succeeded but printed something that is not an account, so whether you are signed in is unknown.</source>
        <translation>&quot;az account show&quot; è riuscito, ma ha stampato qualcosa che non è un account, quindi non si sa se hai eseguito l&apos;accesso.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Azure CLI is not signed in (&quot;%1&quot;), but you sign in through it. Run az login, then az acr login.</source>
        <translation>Non hai eseguito l&apos;accesso ad Azure CLI (&quot;%1&quot;), ma è il metodo di accesso scelto. Esegui az login, poi az acr login.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;az account show&quot; failed (exit code %1): &quot;%2&quot;. Until it works, az acr login cannot sign you in.</source>
        <translation>&quot;az account show&quot; non è riuscito (codice di uscita %1): &quot;%2&quot;. Finché non funziona, az acr login non può farti accedere.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&quot;az account show&quot; failed with exit code %1 and printed no message. Until it works, az acr login cannot sign you in.</source>
        <translation>&quot;az account show&quot; non è riuscito con codice di uscita %1 e non ha stampato alcun messaggio. Finché non funziona, az acr login non può farti accedere.</translation>
    </message>
</context>
<context>
    <name>rd::BlobUploadProbe</name>
    <message>
        <location filename="../src/core/probes/blob_upload_probe.cpp" line="+34"/>
        <source>The registry did not answer the start of an upload: %1</source>
        <translation>Il registro non ha risposto all&apos;avvio di un caricamento: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused to start an upload to %1 (status %2): this sign-in may not push there.</source>
        <translation>Il registro ha rifiutato di avviare un caricamento in %1 (stato %2): questo accesso non consente il push lì.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered the start of an upload to %1 with status %2.</source>
        <translation>Il registro ha risposto all&apos;avvio di un caricamento in %1 con lo stato %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You may push to %1: the registry accepted the start of an upload, and it was cancelled.</source>
        <translation>Puoi eseguire il push in %1: il registro ha accettato l&apos;avvio di un caricamento, che è stato poi annullato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You may push to %1: the registry accepted the start of an upload, but cancelling it was answered with status %2; the registry removes unfinished uploads itself after a while.</source>
        <translation>Puoi eseguire il push in %1: il registro ha accettato l&apos;avvio di un caricamento, ma l&apos;annullamento ha ricevuto lo stato %2; il registro rimuove da solo i caricamenti incompleti dopo un po&apos; di tempo.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/blob_upload_probe.h" line="+18"/>
        <source>Starting an upload</source>
        <translation>Avvio di un caricamento</translation>
    </message>
</context>
<context>
    <name>rd::CauseCard</name>
    <message>
        <location filename="../src/gui/cause_card.cpp" line="+60"/>
        <location line="+201"/>
        <source>Problem</source>
        <extracomment>Screen-reader name of the card&apos;s icon: how serious the cause is (error / warning).</extracomment>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="-201"/>
        <location line="+201"/>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>What the check saw</source>
        <translation>Cosa ha rilevato il controllo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How to fix it</source>
        <translation>Come risolvere</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Read more</source>
        <translation>Altre informazioni</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+81"/>
        <source>Check &amp;again</source>
        <translation>&amp;Ricontrolla</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Check again: %1</source>
        <translation>Ricontrolla: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs just the checks behind this problem again, to see whether your fix worked.</source>
        <translation>Esegue di nuovo solo i controlli relativi a questo problema, per vedere se la correzione ha funzionato.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Advanced: look in the registry&apos;s login log</source>
        <translation>Procedura avanzata: log degli accessi del registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If the registry sends its resource logs to Log Analytics, this query lists the sign-ins around the time of this check: who signed in, from which address, and what the registry answered. Run it in the Azure portal under the registry&apos;s Logs.</source>
        <translation>Se il registro invia i log delle risorse a Log Analytics, questa query elenca gli accessi avvenuti intorno all&apos;ora di questo controllo: chi ha eseguito l&apos;accesso, da quale indirizzo e cosa ha risposto il registro. Eseguila nel portale di Azure, nella sezione Log del registro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy query for the registry&apos;s login log</source>
        <translation>Copia la query per il log degli accessi del registro</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking again…</source>
        <translation>Nuovo controllo in corso…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed: the check no longer finds this problem.</source>
        <translation>Risolto: il controllo non trova più questo problema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still there: the check found this problem again.</source>
        <translation>Ancora presente: il controllo ha trovato di nuovo questo problema.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checking…</source>
        <translation>Controllo in corso…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fixed</source>
        <extracomment>Status of a problem after &quot;Check again&quot;: it is solved now. Adjective, agrees with &quot;problem&quot;.</extracomment>
        <translation>Risolto</translation>
    </message>
    <message>
        <location line="-194"/>
        <source>First step: %1</source>
        <translation>Primo passaggio: %1</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Opens in your browser</source>
        <translation>Si apre nel browser</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Type the commands in a terminal: press Windows+X and choose Terminal (or Windows PowerShell).</source>
        <translation>Digita i comandi in un terminale: premi Windows+X e scegli Terminale (o Windows PowerShell).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the commands in a terminal: press Command+Space, type Terminal and press Return.</source>
        <translation>Digita i comandi in un terminale: premi Comando+Spazio, digita Terminale e premi Invio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the commands in a terminal: press Ctrl+Alt+T, or open Terminal from the applications menu.</source>
        <translation>Digita i comandi in un terminale: premi Ctrl+Alt+T oppure apri Terminale dal menu delle applicazioni.</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>Not confirmed: the checks behind this problem could not run to the end.</source>
        <translation>Non confermato: i controlli alla base di questo problema non sono stati completati.</translation>
    </message>
</context>
<context>
    <name>rd::Causes</name>
    <message>
        <location filename="../src/core/diagnosis/cause_catalog.cpp" line="+34"/>
        <source>Troubleshoot registry login</source>
        <translation>Risolvere i problemi di accesso al registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Troubleshoot network issues with the registry</source>
        <translation>Risolvere i problemi di rete con il registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authenticate with an Azure container registry</source>
        <translation>Eseguire l&apos;autenticazione con un registro contenitori di Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a service principal</source>
        <translation>Accedere con un&apos;entità servizio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository-scoped tokens</source>
        <translation>Token con ambito repository</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frequently asked questions</source>
        <translation>Domande frequenti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the health of a registry</source>
        <translation>Verificare l&apos;integrità di un registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect privately to a registry with Azure Private Link</source>
        <translation>Connettersi privatamente a un registro con Collegamento privato di Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow access from selected public networks</source>
        <translation>Consentire l&apos;accesso da reti pubbliche selezionate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a managed identity</source>
        <translation>Accedere con un&apos;identità gestita</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Best practices for Azure Container Registry</source>
        <translation>Procedure consigliate per il Registro Azure Container</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Docker is not installed</source>
        <translation>Docker non è installato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The docker command was not found on this computer. Signing in with docker login, and pulling or pushing images, needs the Docker client; az acr login also calls it.</source>
        <translation>Il comando docker non è presente su questo computer. Per accedere con docker login e per eseguire il pull o il push delle immagini serve il client Docker; anche az acr login lo usa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker is too old</source>
        <translation>La versione di Docker è troppo vecchia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Azure Container Registry needs Docker 18.03 or later. Older clients do not speak the sign-in protocol the registry expects.</source>
        <translation>Il Registro Azure Container richiede Docker 18.03 o successivo. I client meno recenti non supportano il protocollo di accesso che il registro si aspetta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine is not running</source>
        <translation>Il motore Docker non è in esecuzione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The docker command is installed, but the Docker engine behind it (the daemon, or Docker Desktop) does not answer. Pulling and pushing images need it, and older Docker versions need it to sign in too.</source>
        <translation>Il comando docker è installato, ma il motore Docker che c&apos;è dietro (il daemon, o Docker Desktop) non risponde. Serve per eseguire il pull e il push delle immagini, e le versioni meno recenti di Docker ne hanno bisogno anche per l&apos;accesso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry name is not written correctly</source>
        <translation>Il nome del registro non è scritto correttamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker needs the registry&apos;s full login server in lowercase, such as myregistry.azurecr.io, with no https://, no path and no port. The Azure CLI (az acr login --name) needs just the registry name, without the domain.</source>
        <translation>Docker richiede il server di accesso completo del registro, tutto in minuscolo, ad esempio myregistry.azurecr.io, senza https://, senza percorso e senza porta. Azure CLI (az acr login --name) richiede solo il nome del registro, senza dominio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry name does not exist</source>
        <translation>Il registro indicato non esiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name could not be found in DNS: there is no registry with this name, it is misspelled, it belongs to another Azure cloud (.azurecr.cn, .azurecr.us), or this computer&apos;s DNS is not working.</source>
        <translation>Il nome non è stato trovato nel DNS: non esiste un registro con questo nome, il nome è scritto male, appartiene a un altro cloud di Azure (.azurecr.cn, .azurecr.us) oppure il DNS di questo computer non funziona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry cannot be reached from this network</source>
        <translation>Il registro non è raggiungibile da questa rete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer could not open a connection to the registry. Something between the two (a firewall, a VPN, a network that blocks outgoing traffic on port 443) stops the connection before any sign-in can happen.</source>
        <translation>Questo computer non è riuscito ad aprire una connessione con il registro. Qualcosa nel mezzo (un firewall, una VPN, una rete che blocca il traffico in uscita sulla porta 443) interrompe la connessione prima che l&apos;accesso possa avvenire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy blocks the connection</source>
        <translation>Il proxy blocca la connessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections to the registry go through a proxy, and the proxy did not let this one through: it is unreachable, asks for a sign-in of its own, or refuses the registry&apos;s address.</source>
        <translation>Le connessioni al registro passano da un proxy, e il proxy non ha lasciato passare questa: non è raggiungibile, chiede un accesso proprio oppure rifiuta l&apos;indirizzo del registro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s certificate is not trusted</source>
        <translation>Il certificato del registro non è attendibile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secure connection presents a certificate this computer does not trust. When the issuer is not Microsoft&apos;s, a company proxy or antivirus is usually opening secure connections to inspect them; Docker then refuses to send credentials.</source>
        <translation>La connessione protetta presenta un certificato che questo computer non considera attendibile. Se l&apos;emittente non è Microsoft, di solito è un proxy aziendale o un antivirus che apre le connessioni protette per ispezionarle; in quel caso Docker si rifiuta di inviare le credenziali.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s firewall does not allow your network</source>
        <translation>Il firewall del registro non consente l&apos;accesso dalla tua rete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered, but refused this computer&apos;s public IP address. The registry only accepts connections from selected networks, or its public access is turned off.</source>
        <translation>Il registro ha risposto, ma ha rifiutato l&apos;indirizzo IP pubblico di questo computer. Il registro accetta connessioni solo da reti selezionate, oppure l&apos;accesso pubblico è disattivato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry is only reachable through its private network</source>
        <translation>Il registro è raggiungibile solo dalla sua rete privata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s name points to a private endpoint (a private address in an Azure virtual network). From outside that network, for example from home or without the VPN, the connection cannot succeed; inside it, the private DNS zone must be set up.</source>
        <translation>Il nome del registro punta a un endpoint privato (un indirizzo privato in una rete virtuale di Azure). Da fuori di quella rete, ad esempio da casa o senza VPN, la connessione non può riuscire; dall&apos;interno, deve essere configurata la zona DNS privata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry is limiting requests</source>
        <translation>Il registro sta limitando le richieste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered 429 (too many requests): it is slowing down clients that send many requests in a short time. Waiting a little and trying again usually works.</source>
        <translation>Il registro ha risposto 429 (troppe richieste): sta rallentando i client che inviano molte richieste in poco tempo. Di solito basta attendere un po&apos; e riprovare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address is not a container registry</source>
        <translation>L&apos;indirizzo non è un registro contenitori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something answered at this address, but not as a container registry does. The address is probably wrong, or a web page (a proxy&apos;s block page, a captive portal) answered instead.</source>
        <translation>A questo indirizzo ha risposto qualcosa, ma non come risponde un registro contenitori. Probabilmente l&apos;indirizzo è sbagliato, oppure ha risposto una pagina web (la pagina di blocco di un proxy, un captive portal).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry has a problem on its side</source>
        <translation>Problema lato registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry was reached but gave no usable answer: a server error (5xx), an answer cut short, or no answer in time. This is not caused by your sign-in; it is usually temporary.</source>
        <translation>Il registro è stato raggiunto ma non ha dato una risposta utilizzabile: un errore del server (5xx), una risposta interrotta o nessuna risposta in tempo. Non dipende dal tuo accesso e di solito è temporaneo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There are no credentials for this registry</source>
        <translation>Non ci sono credenziali per questo registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was given to sign in with, and Docker has nothing saved for this registry. Docker then tries without signing in, and the registry answers unauthorized.</source>
        <translation>Non è stato indicato nulla con cui accedere e Docker non ha nulla di salvato per questo registro. Docker allora prova senza accesso e il registro risponde unauthorized (non autorizzato).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name or password is wrong</source>
        <translation>Il nome utente o la password non sono corretti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused the credentials. For a service principal the user name is the application (client) ID and the password is its client secret; for the admin account both come from the registry&apos;s Access keys page; for a token, from its Tokens page.</source>
        <translation>Il registro ha rifiutato le credenziali. Per un&apos;entità servizio il nome utente è l&apos;ID applicazione (client) e la password è il segreto client; per l&apos;utente amministratore entrambi si trovano nella pagina Chiavi di accesso del registro; per un token, nella pagina Token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user name is not known to the registry</source>
        <translation>Il registro non conosce il nome utente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered &quot;Application not registered with AAD&quot;: the user name is not an identity it knows. A common mistake is using an e-mail address or a display name where the service principal&apos;s application (client) ID belongs.</source>
        <translation>Il registro ha risposto &quot;Application not registered with AAD&quot;: il nome utente non corrisponde a nessuna identità che conosce. Un errore frequente è usare un indirizzo e-mail o un nome visualizzato al posto dell&apos;ID applicazione (client) dell&apos;entità servizio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in works but lacks the rights</source>
        <translation>L&apos;accesso funziona ma mancano le autorizzazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The credentials are valid, but they do not allow what you are trying to do on this repository. Pulling needs the AcrPull role (or a token allowing read); pushing needs AcrPush (or a token allowing write). A role assigned minutes ago can take up to about ten minutes to apply.</source>
        <translation>Le credenziali sono valide, ma non consentono quello che stai cercando di fare su questo repository. Per il pull serve il ruolo AcrPull (o un token che consenta la lettura); per il push serve AcrPush (o un token che consenta la scrittura). Un ruolo assegnato da pochi minuti può richiedere fino a circa dieci minuti per diventare effettivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sign-in has expired</source>
        <translation>L&apos;accesso è scaduto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The saved sign-in is no longer valid. After az acr login, the registry&apos;s token lasts about three hours; service principal secrets and token passwords also have an expiry date.</source>
        <translation>L&apos;accesso salvato non è più valido. Dopo az acr login il token del registro dura circa tre ore; anche i segreti delle entità servizio e le password dei token hanno una data di scadenza.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker&apos;s credential store is not working</source>
        <translation>L&apos;archivio delle credenziali di Docker non funziona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker keeps passwords in a credential store (Docker Desktop, Windows Credential Manager, macOS Keychain...). The store named in Docker&apos;s settings is missing or fails, so Docker cannot save or read the registry&apos;s credentials.</source>
        <translation>Docker conserva le password in un archivio delle credenziali (Docker Desktop, Gestione credenziali di Windows, Portachiavi di macOS...). L&apos;archivio indicato nelle impostazioni di Docker manca o non funziona, quindi Docker non riesce a salvare né a leggere le credenziali del registro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure CLI is not signed in</source>
        <translation>Azure CLI non ha eseguito l&apos;accesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>az acr login uses your Azure CLI sign-in to get a registry token. The Azure CLI on this computer is not signed in (or is not installed), so it cannot.</source>
        <translation>az acr login usa l&apos;accesso di Azure CLI per ottenere un token del registro. Su questo computer Azure CLI non ha eseguito l&apos;accesso (o non è installata), quindi non può farlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s clock is wrong</source>
        <translation>L&apos;orologio di questo computer è sbagliato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in tokens are valid for a limited time. When this computer&apos;s clock is several minutes off, fresh tokens look expired or not yet valid, and secure connections can fail.</source>
        <translation>I token di accesso sono validi per un tempo limitato. Se l&apos;orologio di questo computer è sfasato di alcuni minuti, i token appena emessi sembrano scaduti o non ancora validi, e le connessioni protette possono non riuscire.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>The secure connection presents a certificate this computer does not trust. When the issuer is not Microsoft&apos;s, a company proxy or antivirus is usually opening secure connections to inspect them; %1 then refuses to send credentials.</source>
        <translation>La connessione protetta presenta un certificato che questo computer non considera attendibile. Se l&apos;emittente non è Microsoft, di solito è un proxy aziendale o un antivirus che apre le connessioni protette per ispezionarle; in quel caso %1 si rifiuta di inviare le credenziali.</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>Update the Azure CLI the way it was installed (shown here: winget on Windows, Homebrew on macOS, the Debian and Ubuntu packages on Linux), then check its version:</source>
        <translation>Aggiorna Azure CLI nel modo in cui è stata installata (qui: winget su Windows, Homebrew su macOS, i pacchetti Debian e Ubuntu su Linux), poi controlla la versione:</translation>
    </message>
    <message>
        <location line="-452"/>
        <source>Azure Container Registry built-in roles</source>
        <translation>Ruoli predefiniti del Registro Azure Container</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pull images to a Kubernetes cluster with a pull secret</source>
        <translation>Eseguire il pull di immagini in un cluster Kubernetes con un segreto pull</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>az acr login needs a Docker engine it cannot reach</source>
        <translation>az acr login richiede un motore Docker che non riesce a raggiungere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>az acr login gets a registry token and then passes it to docker login, so it needs a running Docker engine. Without one (in Azure Cloud Shell, on a build agent without Docker, or with Podman or Helm instead of Docker), ask the Azure CLI for the token with --expose-token and give it to your client yourself.</source>
        <translation>az acr login ottiene un token del registro e poi lo passa a docker login, quindi richiede un motore Docker in esecuzione. Senza motore (in Azure Cloud Shell, su un agente di compilazione senza Docker o con Podman o Helm al posto di Docker), chiedi il token ad Azure CLI con --expose-token e passalo tu al tuo client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pipeline passed an empty user name or password</source>
        <translation>La pipeline ha passato un nome utente o una password vuoti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in step received an empty user name or password. In a pipeline this usually means that the secret variable is not set, is misspelled, or is not available to this run (for example in a pull request from a fork, or in another environment or variable group).</source>
        <translation>Il passaggio di accesso ha ricevuto un nome utente o una password vuoti. In una pipeline di solito significa che la variabile segreta non è impostata, ha un nome scritto male o non è disponibile per questa esecuzione (ad esempio in una pull request da un fork, o in un altro ambiente o gruppo di variabili).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pod&apos;s image pull secret is missing or does not fit</source>
        <translation>Il segreto pull delle immagini del pod manca o non corrisponde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kubernetes pulls the image with the secrets named in the pod&apos;s imagePullSecrets or in its service account. The secret named there does not exist in the pod&apos;s namespace, or it holds credentials for another registry, so the node pulls without signing in.</source>
        <translation>Kubernetes esegue il pull dell&apos;immagine con i segreti indicati in imagePullSecrets del pod o nel suo account di servizio. Il segreto indicato non esiste nello spazio dei nomi del pod, oppure contiene le credenziali di un altro registro, quindi il nodo esegue il pull senza accedere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image has no variant for this platform</source>
        <translation>L&apos;immagine non ha una variante per questa piattaforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tag points to a list of images for several platforms (operating system and processor), and none of them is for the platform that pulls it, for example linux/arm64 on an Apple silicon Mac or an Arm node. This is not a sign-in problem.</source>
        <translation>Il tag punta a un elenco di immagini per più piattaforme (sistema operativo e processore) e nessuna è per la piattaforma che esegue il pull, ad esempio linux/arm64 su un Mac con Apple silicon o su un nodo Arm. Non è un problema di accesso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Multifactor authentication or Conditional Access blocks the sign-in</source>
        <translation>L&apos;autenticazione a più fattori o l&apos;accesso condizionale blocca l&apos;accesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Microsoft Entra ID refused to issue a token without multifactor authentication, or a Conditional Access policy blocks this sign-in (AADSTS50076, AADSTS50079, AADSTS53003). A sign-in without a person present, such as a password in a script, cannot satisfy it: sign in interactively, or use a service principal or a managed identity for automation.</source>
        <translation>Microsoft Entra ID ha rifiutato di emettere un token senza autenticazione a più fattori, oppure un criterio di accesso condizionale blocca questo accesso (AADSTS50076, AADSTS50079, AADSTS53003). Un accesso senza una persona presente, come una password in uno script, non può soddisfarlo: accedi in modo interattivo, oppure usa un&apos;entità servizio o un&apos;identità gestita per l&apos;automazione.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The BuildKit builder does not trust the registry&apos;s certificate</source>
        <translation>Il generatore BuildKit non considera attendibile il certificato del registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>docker buildx builds in a separate BuildKit container (the docker-container driver) with its own list of trusted certificate authorities. A certificate authority that this computer or Docker trusts, such as a company proxy&apos;s or a private registry&apos;s, is not trusted inside the builder, so the build cannot pull or push.</source>
        <translation>docker buildx compila in un contenitore BuildKit separato (il driver docker-container) con un proprio elenco di autorità di certificazione attendibili. Un&apos;autorità di certificazione considerata attendibile da questo computer o da Docker, come quella di un proxy aziendale o di un registro privato, non è attendibile nel generatore, quindi la compilazione non può eseguire il pull o il push.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The docker command is Podman</source>
        <translation>Il comando docker è Podman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On this computer, docker runs Podman through its Docker emulation. Podman keeps its sign-ins in its own file (auth.json) and has no Docker engine or Docker Desktop, so advice about the Docker daemon, Docker Desktop or Docker&apos;s credential store does not apply; use Podman&apos;s commands instead.</source>
        <translation>Su questo computer, docker esegue Podman tramite la sua emulazione di Docker. Podman conserva gli accessi in un proprio file (auth.json) e non ha un motore Docker né Docker Desktop, quindi i consigli sul daemon Docker, su Docker Desktop o sull&apos;archivio delle credenziali di Docker non valgono; usa invece i comandi di Podman.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure CLI is too old for this command</source>
        <translation>Azure CLI è troppo vecchia per questo comando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The installed Azure CLI does not know an option that the command uses, such as --expose-token of az acr login. Update the Azure CLI, then run the command again.</source>
        <translation>Azure CLI installata non conosce un&apos;opzione usata dal comando, come --expose-token di az acr login. Aggiorna Azure CLI, poi esegui di nuovo il comando.</translation>
    </message>
    <message>
        <location line="+306"/>
        <source>Get the registry token without Docker and sign in with your client; the user name is 00000000-0000-0000-0000-000000000000 (shown here for Podman; for Helm use helm registry login):</source>
        <translation>Ottieni il token del registro senza Docker e accedi con il tuo client; il nome utente è 00000000-0000-0000-0000-000000000000 (qui per Podman; per Helm usa helm registry login):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check that the secret is defined for this pipeline and this run, and that the step reads it by its exact name. Stop the job early when it is empty:</source>
        <translation>Verifica che il segreto sia definito per questa pipeline e questa esecuzione e che il passaggio lo legga con il nome esatto. Interrompi subito il processo quando è vuoto:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>See which pull secret the pod names, and whether it exists in the pod&apos;s namespace:</source>
        <translation>Guarda quale segreto pull indica il pod e se esiste nello spazio dei nomi del pod:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On AKS, let the cluster pull with its own identity instead of a secret:</source>
        <translation>Su AKS, lascia che il cluster esegua il pull con la propria identità invece che con un segreto:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See which platforms the tag offers, then pull one of them explicitly or build the image for your platform too:</source>
        <translation>Guarda quali piattaforme offre il tag, poi esegui esplicitamente il pull di una di esse oppure compila l&apos;immagine anche per la tua piattaforma:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in again interactively, so that you can complete multifactor authentication, then sign in to the registry:</source>
        <translation>Accedi di nuovo in modo interattivo, così da completare l&apos;autenticazione a più fattori, poi accedi al registro:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For pipelines and scripts, sign in with a service principal or a managed identity instead of a user account.</source>
        <translation>Per pipeline e script, accedi con un&apos;entità servizio o un&apos;identità gestita invece che con un account utente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a BuildKit configuration file, buildkitd.toml, that trusts your certificate authority for this registry (give the path of its PEM file on this computer):</source>
        <translation>Scrivi un file di configurazione di BuildKit, buildkitd.toml, che consideri attendibile la tua autorità di certificazione per questo registro (indica il percorso del suo file PEM su questo computer):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create a builder with that configuration and use it:</source>
        <translation>Crea un generatore con questa configurazione e usalo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in with Podman, then check that Podman has a sign-in for the registry:</source>
        <translation>Accedi con Podman, poi verifica che Podman abbia un accesso per il registro:</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>%1: signing in</source>
        <translation>%1: accesso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: permissions</source>
        <translation>%1: autorizzazioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: pull limits</source>
        <translation>%1: limiti di pull</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The token used as the password has expired or was revoked. Access tokens and robot account secrets have the expiry date chosen when they were created; create a new one and sign in again.</source>
        <translation>Il token usato come password è scaduto o è stato revocato. I token di accesso e i segreti degli account robot hanno la data di scadenza scelta al momento della creazione; creane uno nuovo ed esegui di nuovo l&apos;accesso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker Hub refused the user name or password. The user name is your Docker ID, not your e-mail address. With two-step verification on, or when your organization enforces single sign-on, the password must be a personal access token instead of your account password.</source>
        <translation>Docker Hub ha rifiutato il nome utente o la password. Il nome utente è il tuo Docker ID, non il tuo indirizzo e-mail. Con la verifica in due passaggi attiva, o se la tua organizzazione impone l&apos;accesso Single Sign-On, la password deve essere un token di accesso personale invece della password dell&apos;account.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but Docker Hub does not let this account do this on the repository: the repository is private and the account has no access to it, or the access token is read-only and you are pushing.</source>
        <translation>L&apos;accesso funziona, ma Docker Hub non consente a questo account questa operazione sul repository: il repository è privato e l&apos;account non vi ha accesso, oppure il token di accesso è di sola lettura e stai eseguendo il push.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Docker Hub limits how many pulls an account or an IP address may make in a period of hours. Pulls while signed in count against your account&apos;s limit; anonymous pulls against your IP address&apos;s, shared with everyone behind it. Signing in, a paid plan or a registry mirror raises the limit.</source>
        <translation>Docker Hub limita il numero di pull che un account o un indirizzo IP può eseguire in un intervallo di ore. I pull con accesso eseguito contano sul limite del tuo account; quelli anonimi sul limite del tuo indirizzo IP, condiviso con tutti quelli che lo usano. L&apos;accesso, un piano a pagamento o un mirror del registro aumentano il limite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub Container Registry refused the credentials. The user name is your GitHub login and the password a personal access token (classic) with the read:packages scope, and write:packages to push; your GitHub password and fine-grained tokens are not accepted. In GitHub Actions, use GITHUB_TOKEN.</source>
        <translation>GitHub Container Registry ha rifiutato le credenziali. Il nome utente è il tuo nome di accesso GitHub e la password un token di accesso personale (classic) con l&apos;ambito read:packages, e write:packages per il push; la password di GitHub e i token con granularità fine non sono accettati. In GitHub Actions usa GITHUB_TOKEN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but GitHub does not let this token do this on the package: a personal access token (classic) needs read:packages to pull and write:packages to push, and your account needs access to the package. In GitHub Actions, the package must give the workflow&apos;s repository access (package settings, Manage Actions access).</source>
        <translation>L&apos;accesso funziona, ma GitHub non consente a questo token questa operazione sul pacchetto: un token di accesso personale (classic) richiede read:packages per il pull e write:packages per il push, e il tuo account deve avere accesso al pacchetto. In GitHub Actions il pacchetto deve dare accesso al repository del flusso di lavoro (impostazioni del pacchetto, Manage Actions access).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon ECR refused the credentials. The user name is always AWS and the password a token from aws ecr get-login-password, made for the registry&apos;s own region and account; your AWS access keys are not a registry password.</source>
        <translation>Amazon ECR ha rifiutato le credenziali. Il nome utente è sempre AWS e la password un token di aws ecr get-login-password, creato per l&apos;area e l&apos;account del registro; le tue chiavi di accesso AWS non sono una password del registro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Amazon ECR&apos;s sign-in tokens last 12 hours. The saved token is older than that, so the registry no longer accepts it; get a new one (or let the docker-credential-ecr-login helper get one each time).</source>
        <translation>I token di accesso di Amazon ECR durano 12 ore. Il token salvato è più vecchio, quindi il registro non lo accetta più; ottienine uno nuovo (oppure lascia che l&apos;helper docker-credential-ecr-login ne ottenga uno ogni volta).</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The sign-in works, but the AWS identity that made the token may not do this on the repository: pulling needs ecr:BatchGetImage and ecr:GetDownloadUrlForLayer (the AmazonEC2ContainerRegistryReadOnly policy has them), pushing also ecr:PutImage and the layer upload actions. A repository policy can also deny it.</source>
        <translation>L&apos;accesso funziona, ma l&apos;identità AWS che ha creato il token non può eseguire questa operazione sul repository: il pull richiede ecr:BatchGetImage ed ecr:GetDownloadUrlForLayer (li ha il criterio AmazonEC2ContainerRegistryReadOnly), il push anche ecr:PutImage e le azioni di caricamento dei layer. Anche un criterio del repository può negarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amazon ECR Public refused the credentials. The user name is always AWS and the password a token from aws ecr-public get-login-password --region us-east-1.</source>
        <translation>Amazon ECR Public ha rifiutato le credenziali. Il nome utente è sempre AWS e la password un token di aws ecr-public get-login-password --region us-east-1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Google&apos;s registry refused the credentials. With the gcloud CLI, gcloud auth configure-docker for this host lets Docker use your gcloud sign-in. By hand, the user name is oauth2accesstoken with a token from gcloud auth print-access-token, or _json_key (or _json_key_base64) with a service account key.</source>
        <translation>Il registro di Google ha rifiutato le credenziali. Con gcloud CLI, gcloud auth configure-docker per questo host permette a Docker di usare il tuo accesso gcloud. A mano, il nome utente è oauth2accesstoken con un token di gcloud auth print-access-token, oppure _json_key (o _json_key_base64) con una chiave dell&apos;account di servizio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Google access tokens last one hour. A token given to docker login by hand stops working after that; the gcloud credential helper (gcloud auth configure-docker) gets a new one every time.</source>
        <translation>I token di accesso di Google durano un&apos;ora. Un token passato a mano a docker login smette di funzionare dopo quel tempo; l&apos;helper delle credenziali di gcloud (gcloud auth configure-docker) ne ottiene uno nuovo ogni volta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in works, but the Google account or service account lacks the role: pulling needs Artifact Registry Reader (roles/artifactregistry.reader) on the repository or project, pushing Artifact Registry Writer (roles/artifactregistry.writer).</source>
        <translation>L&apos;accesso funziona, ma all&apos;account Google o all&apos;account di servizio manca il ruolo: il pull richiede Artifact Registry Reader (roles/artifactregistry.reader) sul repository o sul progetto, il push Artifact Registry Writer (roles/artifactregistry.writer).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Harbor refused the credentials. Use your Harbor user name and password (with single sign-on, the CLI secret from your user profile), or a robot account: its name starts with robot$ and its password is the secret shown when it was created. In a shell, put the name in single quotes, or the $ and what follows disappear.</source>
        <translation>Harbor ha rifiutato le credenziali. Usa il tuo nome utente e la password di Harbor (con il Single Sign-On, il segreto CLI del tuo profilo utente), oppure un account robot: il suo nome inizia con robot$ e la password è il segreto mostrato alla creazione. In una shell metti il nome tra virgolette singole, altrimenti il $ e ciò che segue scompaiono.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but the account is not a member of this Harbor project with enough rights (Guest to pull, Developer to push), or the robot account lacks the pull or push permission for the project.</source>
        <translation>L&apos;accesso funziona, ma l&apos;account non è membro di questo progetto Harbor con diritti sufficienti (Guest per il pull, Developer per il push), oppure all&apos;account robot manca l&apos;autorizzazione pull o push per il progetto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quay refused the credentials. Use your Quay user name with an encrypted password, or a robot account (a name like organization+robot) with its token; both come from Quay&apos;s account or organization settings.</source>
        <translation>Quay ha rifiutato le credenziali. Usa il tuo nome utente Quay con una password crittografata, oppure un account robot (un nome come organizzazione+robot) con il suo token; entrambi si trovano nelle impostazioni dell&apos;account o dell&apos;organizzazione in Quay.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but the account or robot account has no read (or write) permission on this repository; an administrator of the organization grants it in the repository&apos;s settings.</source>
        <translation>L&apos;accesso funziona, ma l&apos;account o l&apos;account robot non ha l&apos;autorizzazione di lettura (o scrittura) su questo repository; un amministratore dell&apos;organizzazione la concede nelle impostazioni del repository.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitLab refused the credentials. Use your GitLab user name with a personal access token that has the read_registry scope (write_registry to push), or a deploy token; in a pipeline, CI_REGISTRY_USER with CI_JOB_TOKEN. With two-factor authentication on, your account password does not work.</source>
        <translation>GitLab ha rifiutato le credenziali. Usa il tuo nome utente GitLab con un token di accesso personale con l&apos;ambito read_registry (write_registry per il push), oppure un token di distribuzione; in una pipeline, CI_REGISTRY_USER con CI_JOB_TOKEN. Con l&apos;autenticazione a due fattori attiva, la password dell&apos;account non funziona.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in works, but this token or user may not do this on the project&apos;s registry: the token needs read_registry (write_registry to push), and the user at least the Reporter role on the project (Developer to push).</source>
        <translation>L&apos;accesso funziona, ma questo token o utente non può eseguire questa operazione sul registro del progetto: il token richiede read_registry (write_registry per il push) e l&apos;utente almeno il ruolo Reporter nel progetto (Developer per il push).</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>The saved login is for another registry address</source>
        <translation>L&apos;accesso salvato è per un altro indirizzo di registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker keeps one login per registry address. It has a login for a neighbouring address (another AWS account or region, another Google registry host), but none for the one you use, so it sends no credentials. Each ECR account and region is a registry of its own, and gcloud auth configure-docker sets up only the hosts it is given.</source>
        <translation>Docker conserva un accesso per ogni indirizzo di registro. Ne ha uno per un indirizzo vicino (un altro account o area AWS, un altro host di registro Google), ma nessuno per quello che usi, quindi non invia credenziali. Ogni account e area ECR è un registro a sé, e gcloud auth configure-docker configura solo gli host che riceve.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An e-mail address is used as the user name</source>
        <translation>Come nome utente è usato un indirizzo e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name is an e-mail address, but this registry signs in with a login name: your Docker ID on Docker Hub, your GitHub login on GitHub, AWS on Amazon ECR, oauth2accesstoken or _json_key on Google, a user or robot name on Quay; on Azure, a service principal&apos;s application (client) ID, the admin user name or a token name.</source>
        <translation>Il nome utente è un indirizzo e-mail, ma questo registro accetta un nome di accesso: il tuo Docker ID su Docker Hub, il tuo nome di accesso GitHub su GitHub, AWS su Amazon ECR, oauth2accesstoken o _json_key su Google, un nome utente o robot su Quay; su Azure, l&apos;ID applicazione (client) di un&apos;entità servizio, il nome dell&apos;utente amministratore o il nome di un token.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Azure CLI is signed in to another Azure cloud</source>
        <translation>Azure CLI ha eseguito l&apos;accesso a un altro cloud di Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registries in Azure operated by 21Vianet (.azurecr.cn) and Azure Government (.azurecr.us) live in clouds of their own, with their own accounts. The Azure CLI is signed in to a different cloud than the registry&apos;s, so az acr login cannot get a token for it (Microsoft Entra ID answers with errors such as AADSTS90002).</source>
        <translation>I registri in Azure gestito da 21Vianet (.azurecr.cn) e in Azure per enti pubblici (.azurecr.us) si trovano in cloud separati, con account propri. Azure CLI ha eseguito l&apos;accesso a un cloud diverso da quello del registro, quindi az acr login non può ottenere un token (Microsoft Entra ID risponde con errori come AADSTS90002).</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Configure rules to access a registry behind a firewall</source>
        <translation>Configurare le regole per accedere a un registro protetto da firewall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dedicated data endpoints</source>
        <translation>Endpoint dati dedicati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View repositories in a registry</source>
        <translation>Visualizzare i repository in un registro</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>The image does not exist in this registry</source>
        <translation>L&apos;immagine non esiste in questo registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in works and the registry answered, but it has no image by this name: the repository or its tag does not exist, as opposed to existing and being refused to you. Clients report it as &quot;manifest unknown&quot;, &quot;name unknown&quot; or &quot;not found&quot;. The name is often misspelled, lacks its namespace (team/app), points at another registry, or the tag was never pushed.</source>
        <translation>L&apos;accesso funziona e il registro ha risposto, ma non contiene alcuna immagine con questo nome: il repository o il suo tag non esiste, che è diverso dall&apos;esistere ed esserti negato. I client lo segnalano come &quot;manifest unknown&quot;, &quot;name unknown&quot; o &quot;not found&quot;. Spesso il nome è scritto male, manca dello spazio dei nomi (team/app), punta a un altro registro, oppure il tag non è mai stato inviato con il push.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers cannot be downloaded: the data endpoint is blocked</source>
        <translation>Impossibile scaricare i livelli: l&apos;endpoint dati è bloccato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in works, but a registry does not send image layers itself: it redirects the download to another host (a storage account, a CDN, or for Azure Container Registry with dedicated data endpoints REGISTRY.REGION.data.azurecr.io). This network does not let this computer reach that host, so pulls stop at the first layer. The firewall must allow that host as well as the registry.</source>
        <translation>L&apos;accesso funziona, ma un registro non invia direttamente i livelli delle immagini: reindirizza il download a un altro host (un account di archiviazione, una rete CDN o, per Registro Azure Container con endpoint dati dedicati, REGISTRY.REGION.data.azurecr.io). Questa rete non consente a questo computer di raggiungere quell&apos;host, quindi il pull si ferma al primo livello. Il firewall deve consentire quell&apos;host oltre al registro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry speaks plain HTTP, not HTTPS</source>
        <translation>Il registro usa HTTP semplice, non HTTPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answers without TLS. Docker uses HTTPS for every registry outside 127.0.0.0/8, and Podman and Skopeo for every registry not marked insecure; they stop with &quot;server gave HTTP response to HTTPS client&quot;. Either set up TLS on the registry, or list it as an insecure registry in the client&apos;s settings; credentials then travel unencrypted.</source>
        <translation>Il registro risponde senza TLS. Docker usa HTTPS per ogni registro al di fuori di 127.0.0.0/8, Podman e Skopeo per ogni registro non contrassegnato come non sicuro; si fermano con &quot;server gave HTTP response to HTTPS client&quot;. Configura TLS sul registro oppure elencalo come registro non sicuro nelle impostazioni del client; le credenziali viaggiano allora non crittografate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry&apos;s token service cannot be used</source>
        <translation>Il servizio token del registro non è utilizzabile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered and sent clients to a token service at another address (the realm of its challenge), and that service cannot be reached or does not answer as a token service does. Every client fails the same way. This is usually a setting of a self-hosted registry (its token realm names an internal address, a wrong port or a service that is not running), not a problem with your password.</source>
        <translation>Il registro ha risposto e ha indirizzato i client a un servizio token a un altro indirizzo (il realm della sua richiesta di autenticazione), ma quel servizio non è raggiungibile o non risponde come un servizio token. Tutti i client falliscono allo stesso modo. Di solito è un&apos;impostazione di un registro in hosting autonomo (il realm del token indica un indirizzo interno, una porta sbagliata o un servizio non in esecuzione), non un problema della tua password.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Azure ABAC repository permissions</source>
        <translation>Autorizzazioni per i repository con Azure ABAC</translation>
    </message>
    <message>
        <location line="+447"/>
        <source>Compare the connection over IPv6 and over IPv4 (in PowerShell, give the addresses that Resolve-DnsName shows):</source>
        <translation>Confronta la connessione tramite IPv6 e tramite IPv4 (in PowerShell, indica gli indirizzi mostrati da Resolve-DnsName):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask your network administrator for a working IPv6 route. Until then, turn IPv6 off on the network adapter that has no IPv6 route (Windows: give the adapter&apos;s name; Linux: for all interfaces, until the next restart):</source>
        <translation>Chiedi all&apos;amministratore di rete una route IPv6 funzionante. Fino ad allora, disattiva IPv6 sulla scheda di rete che non ha una route IPv6 (Windows: indica il nome della scheda; Linux: per tutte le interfacce, fino al prossimo riavvio):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the registry&apos;s permissions mode (AbacRepositoryPermissions means ABAC repository permissions):</source>
        <translation>Controlla la modalità di autorizzazione del registro (AbacRepositoryPermissions indica le autorizzazioni ABAC per i repository):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the registry owner to assign the Container Registry Repository role instead of AcrPull or AcrPush (Reader to pull, Writer to push, Contributor to delete too):</source>
        <translation>Chiedi al proprietario del registro di assegnare il ruolo Container Registry Repository invece di AcrPull o AcrPush (Reader per il pull, Writer per il push, Contributor anche per eliminare):</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>The registry is reachable over IPv4 but not over IPv6</source>
        <translation>Il registro è raggiungibile tramite IPv4 ma non tramite IPv6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s name has IPv6 and IPv4 addresses, and this network has no working IPv6 route: connecting over IPv6 fails, over IPv4 it works. Programs that try IPv6 first and do not fall back to IPv4 stop with errors such as &quot;connect: network is unreachable&quot; next to an address in brackets. Either the network gets a working IPv6 route, or this computer stops offering IPv6 where it has none.</source>
        <translation>Il nome del registro ha indirizzi IPv6 e IPv4 e questa rete non ha una route IPv6 funzionante: la connessione tramite IPv6 non riesce, tramite IPv4 funziona. I programmi che provano prima IPv6 e non ripiegano su IPv4 si fermano con errori come &quot;connect: network is unreachable&quot; accanto a un indirizzo tra parentesi quadre. O la rete ottiene una route IPv6 funzionante, o questo computer smette di offrire IPv6 dove non ne dispone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry uses ABAC repository permissions, where AcrPull and AcrPush do not apply</source>
        <translation>Il registro usa le autorizzazioni ABAC per i repository, in cui AcrPull e AcrPush non valgono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s role assignment permissions mode is &quot;RBAC Registry + ABAC Repository Permissions&quot;. In this mode the AcrPull, AcrPush and AcrDelete roles are not honoured, and Owner, Contributor and Reader give no access to repositories: pulling needs Container Registry Repository Reader, pushing Container Registry Repository Writer, deleting Container Registry Repository Contributor, on the registry or, with an ABAC condition, on some repositories.</source>
        <translation>La modalità di autorizzazione delle assegnazioni di ruolo del registro è &quot;RBAC Registry + ABAC Repository Permissions&quot;. In questa modalità i ruoli AcrPull, AcrPush e AcrDelete non sono rispettati, e Owner, Contributor e Reader non danno accesso ai repository: per il pull serve Container Registry Repository Reader, per il push Container Registry Repository Writer, per eliminare Container Registry Repository Contributor, sul registro oppure, con una condizione ABAC, su alcuni repository.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Docker: daemon proxy configuration</source>
        <translation>Docker: configurazione del proxy del daemon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker Desktop: proxy settings</source>
        <translation>Docker Desktop: impostazioni del proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker: insecure registries</source>
        <translation>Docker: registri non sicuri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker: certificates for a registry</source>
        <translation>Docker: certificati per un registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker contexts</source>
        <translation>Contesti Docker</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>The Docker engine uses another proxy than this computer</source>
        <translation>Il motore Docker usa un proxy diverso da quello di questo computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>docker pull, docker push and, while the engine runs, docker login do not connect from your terminal: the Docker engine connects, with its own proxy settings. Those differ from the ones this check used (your environment&apos;s), so the engine can fail where this check succeeds, or the other way round.</source>
        <translation>docker pull, docker push e, mentre il motore è in esecuzione, docker login non si connettono dal tuo terminale: si connette il motore Docker, con le proprie impostazioni del proxy. Queste sono diverse da quelle usate da questo controllo (quelle del tuo ambiente), quindi il motore può non riuscire dove questo controllo riesce, o viceversa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker does not check this registry&apos;s certificate</source>
        <translation>Docker non verifica il certificato di questo registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Docker engine lists the registry among its insecure registries, so Docker connects without verifying the certificate (and falls back to plain HTTP). That is why docker login can succeed while other programs refuse the connection. Podman, Skopeo, Helm, the Azure CLI and browsers verify certificates and fail, and passwords sent to an unverified server can be read by whoever answers in its place.</source>
        <translation>Il motore Docker elenca il registro tra i suoi registri non sicuri, quindi Docker si connette senza verificare il certificato (e ripiega su HTTP semplice). Per questo docker login può riuscire mentre altri programmi rifiutano la connessione. Podman, Skopeo, Helm, l&apos;interfaccia della riga di comando di Azure e i browser verificano i certificati e non riescono; inoltre le password inviate a un server non verificato possono essere lette da chiunque risponda al suo posto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine is not on this computer</source>
        <translation>Il motore Docker non è su questo computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulls and pushes are made by the Docker engine, and it runs somewhere else: in Docker Desktop&apos;s virtual machine, in WSL 2, or on another machine through a Docker context or DOCKER_HOST. Its name resolution, trusted certificates and proxy can differ from this computer&apos;s, which this check tested.</source>
        <translation>I pull e i push vengono eseguiti dal motore Docker, che è in esecuzione altrove: nella macchina virtuale di Docker Desktop, in WSL 2 o su un&apos;altra macchina tramite un contesto Docker o DOCKER_HOST. La sua risoluzione dei nomi, i certificati attendibili e il proxy possono essere diversi da quelli di questo computer, che sono quelli verificati da questo controllo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing was given to sign in with, and %1 has nothing saved for this registry. %1 then tries without signing in, and the registry answers unauthorized.</source>
        <translation>Non è stato indicato nulla con cui accedere e %1 non ha nulla di salvato per questo registro. %1 allora prova senza accesso e il registro risponde unauthorized (non autorizzato).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s credential store is not working</source>
        <translation>L&apos;archivio delle credenziali di %1 non funziona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 asks a credential store (a docker-credential helper such as pass, secretservice, Windows Credential Manager or macOS Keychain) for the registry&apos;s login. The store named in its settings is missing or fails, so %1 cannot save or read the registry&apos;s credentials.</source>
        <translation>%1 chiede l&apos;accesso al registro a un archivio delle credenziali (un helper docker-credential come pass, secretservice, Gestione credenziali di Windows o Portachiavi di macOS). L&apos;archivio indicato nelle sue impostazioni manca o non funziona, quindi %1 non riesce a salvare né a leggere le credenziali del registro.</translation>
    </message>
</context>
<context>
    <name>rd::CertificateFactory</name>
    <message>
        <location filename="../src/core/practice/certificate_factory.cpp" line="+43"/>
        <source>Could not create a certificate (%1).</source>
        <translation>Non è stato possibile creare un certificato (%1).</translation>
    </message>
</context>
<context>
    <name>rd::ChallengeProbe</name>
    <message>
        <location filename="../src/core/probes/challenge_probe.cpp" line="+20"/>
        <source>Skipped: no connection to the registry.</source>
        <translation>Ignorato: nessuna connessione con il registro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skipped: no secure connection to the registry could be set up, so nothing is sent to it.</source>
        <translation>Saltato: non è stato possibile stabilire una connessione sicura con il registro, quindi non gli viene inviato nulla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: the secure connection is not trusted, so nothing is sent to the registry.</source>
        <translation>Ignorato: la connessione protetta non è attendibile, quindi non viene inviato nulla al registro.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The registry did not answer: %1</source>
        <translation>Il registro non ha risposto: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The registry answered 401 but did not say how to sign in (no WWW-Authenticate header).</source>
        <translation>Il registro ha risposto 401 ma non ha indicato come accedere (manca l&apos;intestazione WWW-Authenticate).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry&apos;s sign-in challenge could not be read: %1</source>
        <translation>Non è stato possibile leggere la richiesta di autenticazione del registro: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The registry answers and asks for a token from %1 (service %2).</source>
        <translation>Il registro risponde e chiede un token a %1 (servizio %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry answers and asks for a user name and password (Basic sign-in).</source>
        <translation>Il registro risponde e chiede nome utente e password (accesso Basic).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The registry asks for an unusual kind of sign-in: %1.</source>
        <translation>Il registro chiede un tipo di accesso insolito: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answers and lets anyone in without signing in.</source>
        <translation>Il registro risponde e consente l&apos;accesso anonimo (senza credenziali).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry refused the connection with 403 Forbidden before any sign-in.</source>
        <translation>Il registro ha rifiutato la connessione con 403 Forbidden prima di qualsiasi accesso.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused the connection: your IP address %1 is not allowed by its firewall.</source>
        <translation>Il registro ha rifiutato la connessione: il tuo indirizzo IP %1 non è consentito dal suo firewall.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry answered 429: too many requests right now.</source>
        <translation>Il registro ha risposto 429: troppe richieste in questo momento.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry answered 429: too many requests; it asks to wait %1 seconds.</source>
        <translation>Il registro ha risposto 429: troppe richieste; chiede di attendere %1 secondi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The registry answered %1: a problem on the server&apos;s side.</source>
        <translation>Il registro ha risposto %1: un problema lato server.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The address answered with a redirect (%1) at /v2/ without saying where to; a container registry never does this, and the check does not follow redirects.</source>
        <translation>L&apos;indirizzo ha risposto con un reindirizzamento (%1) su /v2/ senza indicare verso dove; un registro contenitori non lo fa mai, e il controllo non segue i reindirizzamenti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address answered with a redirect (%1) to %2; a container registry never redirects /v2/, and the check does not follow it: the address leads to a web page or a sign-in portal, not to a registry.</source>
        <translation>L&apos;indirizzo ha risposto con un reindirizzamento (%1) verso %2; un registro contenitori non reindirizza mai /v2/, e il controllo non lo segue: l&apos;indirizzo porta a una pagina web o a un portale di accesso, non a un registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address answered %1 at /v2/, which a container registry never does: it is not a registry, or the address is wrong.</source>
        <translation>L&apos;indirizzo ha risposto %1 su /v2/, cosa che un registro contenitori non fa mai: non è un registro, oppure l&apos;indirizzo è sbagliato.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/challenge_probe.h" line="+19"/>
        <source>Registry answer</source>
        <translation>Risposta del registro</translation>
    </message>
    <message>
        <location filename="../src/core/probes/challenge_probe.cpp" line="-44"/>
        <source>The registry answers and asks for a token from %1.</source>
        <translation>Il registro risponde e chiede un token a %1.</translation>
    </message>
</context>
<context>
    <name>rd::Check</name>
    <message>
        <location filename="../src/core/diagnosis/check.cpp" line="+106"/>
        <source>Not run: the check was cancelled.</source>
        <translation>Non eseguito: il controllo è stato annullato.</translation>
    </message>
</context>
<context>
    <name>rd::CheckingPage</name>
    <message>
        <location filename="../src/gui/checking_page.cpp" line="+79"/>
        <source>Checking</source>
        <extracomment>Name of the third step in the side list of steps (the check is running). Short: one or two words.</extracomment>
        <translation>Controllo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Show &amp;results</source>
        <translation>Mostra i &amp;risultati</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>The check could not start: %1</source>
        <translation>Impossibile avviare il controllo: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checking the registry…</source>
        <translation>Controllo del registro in corso…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking %1…</source>
        <translation>Controllo di %1 in corso…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check was stopped</source>
        <translation>Il controllo è stato interrotto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check finished</source>
        <translation>Controllo completato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked %1</source>
        <translation>Controllo di %1 completato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the registry</source>
        <translation>Controllo del registro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking %1</source>
        <translation>Controllo di %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 of %n checks ran before you stopped. Go on to see what they found.</source>
        <translation>
            <numerusform>Controlli eseguiti prima dell&apos;interruzione: %1 su %n. Prosegui per vedere cosa hanno trovato.</numerusform>
            <numerusform>Controlli eseguiti prima dell&apos;interruzione: %1 su %n. Prosegui per vedere cosa hanno trovato.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>All %n checks done in %1. No problem found.</source>
        <translation>
            <numerusform>%n controllo completato in %1. Nessun problema trovato.</numerusform>
            <numerusform>Tutti i %n controlli completati in %1. Nessun problema trovato.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The check starts in a moment.</source>
        <translation>Il controllo inizierà tra un momento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress</source>
        <extracomment>Screen-reader name of the progress bar.</extracomment>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks</source>
        <extracomment>Screen-reader name of the list of individual checks (noun, plural).</extracomment>
        <translation>Controlli</translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>%1 of %n checks done. This usually takes a few seconds.</source>
        <translation>
            <numerusform>Controlli completati: %1 su %n. Di solito bastano pochi secondi.</numerusform>
            <numerusform>Controlli completati: %1 su %n. Di solito bastano pochi secondi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>All %1 checks done in %2. %n problem(s) found.</source>
        <extracomment>%1 is the number of checks (always several), %2 how long they took; %n counts the problems.</extracomment>
        <translation>
            <numerusform>Tutti i %1 controlli completati in %2. %n problema trovato.</numerusform>
            <numerusform>Tutti i %1 controlli completati in %2. %n problemi trovati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CliApp</name>
    <message>
        <location filename="../src/cli/cli_app.cpp" line="+124"/>
        <source>Run registry-doctor-cli --help for usage.</source>
        <translation>Esegui registry-doctor-cli --help per le istruzioni d&apos;uso.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Passwords are never accepted as arguments: they would be visible to other programs and kept in your shell history. Use --password-stdin.</source>
        <translation>Le password non vengono mai accettate come argomenti: sarebbero visibili agli altri programmi e resterebbero nella cronologia della shell. Usa --password-stdin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected argument: %1</source>
        <translation>Argomento non previsto: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use &quot;practice --list&quot; to see the scenarios, and &quot;check --practice SCENARIO&quot; to run one.</source>
        <translation>Usa &quot;practice --list&quot; per vedere gli scenari e &quot;check --practice SCENARIO&quot; per eseguirne uno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command: %1</source>
        <translation>Comando sconosciuto: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give one registry only.</source>
        <translation>Indica un solo registro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which registry? Example: registry-doctor-cli check myregistry.azurecr.io</source>
        <translation>Quale registro? Esempio: registry-doctor-cli check myregistry.azurecr.io</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+138"/>
        <source>Unknown format &quot;%1&quot;: use text, json or markdown.</source>
        <translation>Formato &quot;%1&quot; sconosciuto: usa text, json o markdown.</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>--action must be pull or push.</source>
        <translation>--action deve essere pull o push.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository names are lowercase, without spaces: %1</source>
        <translation>I nomi dei repository sono in minuscolo e senza spazi: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown sign-in method &quot;%1&quot;: use auto, azure-cli, password, token, docker or azure-service.</source>
        <translation>Metodo di accesso &quot;%1&quot; sconosciuto: usa auto, azure-cli, password, token, docker o azure-service.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking as Docker sees it (%1).</source>
        <translation>Controllo dal punto di vista di Docker (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking as Podman sees it: %1 is Podman&apos;s Docker emulation.</source>
        <translation>Controllo dal punto di vista di Podman: %1 è l&apos;emulazione di Docker fornita da Podman.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking as Podman sees it: there is no docker command, only %1.</source>
        <translation>Controllo dal punto di vista di Podman: non c&apos;è il comando docker, solo %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking as Docker sees it: neither docker nor podman is installed.</source>
        <translation>Controllo dal punto di vista di Docker: non sono installati né docker né podman.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown symptom &quot;%1&quot;. See registry-doctor-cli symptoms.</source>
        <translation>Sintomo &quot;%1&quot; sconosciuto. Vedi registry-doctor-cli symptoms.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--timeout takes a number of seconds between 1 and 600.</source>
        <translation>--timeout richiede un numero di secondi compreso tra 1 e 600.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Impossibile leggere il file del certificato %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 non contiene alcun certificato PEM.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--password-stdin needs --username.</source>
        <translation>--password-stdin richiede --username.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown practice scenario &quot;%1&quot;. See registry-doctor-cli practice --list.</source>
        <translation>Scenario di esercitazione &quot;%1&quot; sconosciuto. Vedi registry-doctor-cli practice --list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The practice registry could not start: %1</source>
        <translation>Impossibile avviare il registro di esercitazione: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a registry address. %2</source>
        <translation>&quot;%1&quot; non è l&apos;indirizzo di un registro. %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checking %1...</source>
        <translation>Controllo di %1 in corso...</translation>
    </message>
    <message>
        <location line="+126"/>
        <location line="+26"/>
        <location line="+9"/>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <translation>Formato &quot;%1&quot; sconosciuto: usa text o json.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Paste the error message on standard input, for example:
  docker login myregistry.azurecr.io 2&gt;&amp;1 | registry-doctor-cli explain</source>
        <translation>Incolla il messaggio di errore sullo standard input, ad esempio:
  docker login myregistry.azurecr.io 2&gt;&amp;1 | registry-doctor-cli explain</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This message is not one the tool knows. Run a full check instead:</source>
        <translation>Questo messaggio non è tra quelli che lo strumento conosce. Esegui invece un controllo completo:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Likely causes: %1</source>
        <extracomment>%1 is a list of cause titles.</extracomment>
        <translation>Cause probabili: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>To confirm, run:</source>
        <translation>Per conferma, esegui:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Run one with: registry-doctor-cli check --practice SCENARIO</source>
        <translation>Eseguine uno con: registry-doctor-cli check --practice SCENARIO</translation>
    </message>
    <message>
        <location line="-333"/>
        <location line="+25"/>
        <source>no such file</source>
        <translation>file inesistente</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+88"/>
        <source>The report could not be written to standard output.</source>
        <translation>Impossibile scrivere il report nell&apos;output standard.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Printed by: %1</source>
        <extracomment>%1 is the program that printed the message: docker, buildkit, podman, helm, oras, containerd, kubelet, az, aws or gcloud.</extracomment>
        <translation>Stampato da: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Most likely: %1</source>
        <extracomment>%1 is a cause title.</extracomment>
        <translation>Più probabile: %1</translation>
    </message>
    <message>
        <location line="-389"/>
        <source>Every registry Docker has a login for, at once:
  registry-doctor-cli check --all [--timeout SECONDS] [--format text|json]
</source>
        <translation>Tutti i registri per cui Docker ha un accesso salvato, in una volta:
  registry-doctor-cli check --all [--timeout SECONDS] [--format text|json]
</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>No saved logins found in %1.</source>
        <translation>Nessun accesso salvato trovato in %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the saved logins in %1...</source>
        <translation>Controllo degli accessi salvati in %1...</translation>
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
        <translation>Utente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 (expired)</source>
        <translation>%1 (scaduto)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not tested</source>
        <translation>non verificato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>works</source>
        <translation>funziona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>fails</source>
        <translation>non funziona</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>--docker-config-json gives the credentials: do not give --username or --password-stdin with it.</source>
        <translation>--docker-config-json fornisce le credenziali: non indicare --username o --password-stdin insieme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>Cannot read the pull secret %1: %2</source>
        <translation>Impossibile leggere il segreto pull %1: %2</translation>
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
        <translation>Controllo dal punto di vista di Helm: non c&apos;è il comando docker né podman, solo %1.</translation>
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
  registry-doctor-cli check --practice SCENARIO [opzioni come sopra]
  registry-doctor-cli practice --list [--format json]
  registry-doctor-cli symptoms [--format json] [--lang CODE]
  registry-doctor-cli causes [--format json] [--lang CODE]
  registry-doctor-cli explain [--format text|json] [--lang CODE]   (il testo dell&apos;errore sullo standard input)
  registry-doctor-cli --version | --help

Trova perché l&apos;accesso a un registro contenitori non riesce e spiega come risolvere.
Password e token vengono letti solo dallo standard input (--password-stdin) o da quanto salvato da Docker;
non passarli mai come argomenti.

Codici di uscita: 0 nessun problema trovato, 1 problemi trovati, 2 uso o input non validi, 3 impossibile eseguire il controllo.
</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Unknown client &quot;%1&quot;: use docker, podman, helm or auto.</source>
        <translation>Client &quot;%1&quot; sconosciuto: usa docker, podman, helm o auto.</translation>
    </message>
</context>
<context>
    <name>rd::ClockProbe</name>
    <message>
        <location filename="../src/core/probes/clock_probe.cpp" line="+11"/>
        <source>Skipped: the registry&apos;s answer had no date to compare with.</source>
        <translation>Ignorato: la risposta del registro non conteneva una data da confrontare.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This computer&apos;s clock is %1 ahead of the registry&apos;s.</source>
        <translation>L&apos;orologio di questo computer è avanti di %1 rispetto a quello del registro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s clock is %1 behind the registry&apos;s.</source>
        <translation>L&apos;orologio di questo computer è indietro di %1 rispetto a quello del registro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer&apos;s clock agrees with the registry&apos;s (difference under a minute).</source>
        <translation>L&apos;orologio di questo computer coincide con quello del registro (differenza inferiore a un minuto).</translation>
    </message>
    <message>
        <location filename="../src/core/probes/clock_probe.h" line="+15"/>
        <source>Clock</source>
        <translation>Orologio</translation>
    </message>
</context>
<context>
    <name>rd::CollapsibleSection</name>
    <message>
        <location filename="../src/gui/collapsible_section.cpp" line="+89"/>
        <source>Expanded; press Space to fold</source>
        <translation>Espanso; premi Spazio per comprimere</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folded; press Space to open</source>
        <translation>Compresso; premi Spazio per espandere</translation>
    </message>
</context>
<context>
    <name>rd::CommandBox</name>
    <message>
        <location filename="../src/gui/command_box.cpp" line="+78"/>
        <location line="+11"/>
        <source>Copied</source>
        <extracomment>Button text for a moment after the command was copied. Keep it about as short as &quot;Copy&quot;.</extracomment>
        <translation>Copiato</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Copied to the clipboard</source>
        <translation>Copiato negli Appunti</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+4"/>
        <source>Copy</source>
        <extracomment>Button that copies a command to the clipboard (verb). Short.</extracomment>
        <translation>Copia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy command: %1</source>
        <extracomment>Screen-reader name of the copy button; %1 is the command itself (not translated).</extracomment>
        <translation>Copia il comando: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy to the clipboard</source>
        <translation>Copia negli Appunti</translation>
    </message>
</context>
<context>
    <name>rd::CredentialStoreProbe</name>
    <message>
        <location filename="../src/core/probes/credential_store_probe.cpp" line="+21"/>
        <source>Docker&apos;s stored login</source>
        <translation>Accesso salvato da Docker</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Without a usable registry name there is nothing to look up in Docker&apos;s store.</source>
        <translation>Senza un nome di registro utilizzabile, non c&apos;è nulla da cercare nell&apos;archivio di Docker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker&apos;s configuration was not checked, so its stored login was not looked up.</source>
        <translation>La configurazione di Docker non è stata controllata, quindi l&apos;accesso salvato non è stato cercato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Docker&apos;s config file could not be read, so what Docker has stored for this registry is unknown.</source>
        <translation>Non è stato possibile leggere il file di configurazione di Docker, quindi non si sa cosa Docker abbia salvato per questo registro.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Docker has nothing stored for this registry (%1): no credential store is set and the config file holds no login for it.</source>
        <translation>Docker non ha nulla di salvato per questo registro (%1): non è impostato alcun archivio delle credenziali e il file di configurazione non contiene un accesso per questo registro.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Docker&apos;s config file holds an identity token for %1 (user %2), as left by az acr login.</source>
        <translation>Il file di configurazione di Docker contiene un token di identità per %1 (utente %2), lasciato da az acr login.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker&apos;s config file holds a user name and password for %1 (user %2).</source>
        <translation>Il file di configurazione di Docker contiene nome utente e password per %1 (utente %2).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Docker&apos;s config names the credential store &quot;%1&quot; (%2), but its program %3 is not installed. Docker cannot save or read logins for this registry: install it, or remove &quot;%1&quot; from %2 in %4 and log in again.</source>
        <translation>La configurazione di Docker indica l&apos;archivio delle credenziali &quot;%1&quot; (%2), ma il relativo programma %3 non è installato. Docker non può salvare né leggere gli accessi per questo registro: installalo, oppure rimuovi &quot;%1&quot; da %2 in %4 ed esegui di nuovo l&apos;accesso.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The credential helper %1 could not be started: %2</source>
        <translation>Impossibile avviare l&apos;helper delle credenziali %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The credential helper %1 did not answer within %n second(s). Docker waits for it on every login, push and pull; it may be waiting for an unlock prompt or be stuck.</source>
        <translation>
            <numerusform>L&apos;helper delle credenziali %1 non ha risposto entro %n secondo. Docker lo attende a ogni accesso, push e pull; potrebbe essere in attesa di una richiesta di sblocco oppure essere bloccato.</numerusform>
            <numerusform>L&apos;helper delle credenziali %1 non ha risposto entro %n secondi. Docker lo attende a ogni accesso, push e pull; potrebbe essere in attesa di una richiesta di sblocco oppure essere bloccato.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The credential helper %1 crashed when Docker&apos;s login for %2 was asked for.</source>
        <translation>L&apos;helper delle credenziali %1 si è arrestato in modo anomalo quando è stato richiesto l&apos;accesso salvato da Docker per %2.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The credential store &quot;%1&quot; has an entry for %2 (user %3), but it holds no password or token.</source>
        <translation>L&apos;archivio delle credenziali &quot;%1&quot; ha una voce per %2 (utente %3), ma non contiene né password né token.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The credential store &quot;%1&quot; holds an identity token for %2 (user %3), as left by az acr login.</source>
        <translation>L&apos;archivio delle credenziali &quot;%1&quot; contiene un token di identità per %2 (utente %3), lasciato da az acr login.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The credential store &quot;%1&quot; holds a user name and password for %2 (user %3).</source>
        <translation>L&apos;archivio delle credenziali &quot;%1&quot; contiene nome utente e password per %2 (utente %3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The credential store &quot;%1&quot; has nothing saved for this registry (%2): nobody has logged in to it with docker on this account, or the login was removed.</source>
        <translation>L&apos;archivio delle credenziali &quot;%1&quot; non ha nulla di salvato per questo registro (%2): nessuno vi ha eseguito l&apos;accesso con docker da questo account, oppure l&apos;accesso è stato rimosso.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The credential store &quot;%1&quot; fails: %2 answered &quot;%3&quot; (exit code %4). Docker cannot read or save logins for this registry while it fails.</source>
        <translation>L&apos;archivio delle credenziali &quot;%1&quot; non funziona: %2 ha risposto &quot;%3&quot; (codice di uscita %4). Finché non funziona, Docker non può leggere né salvare gli accessi per questo registro.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The credential store &quot;%1&quot; answered with something that is not a credential, so Docker cannot use it (%2 printed %n byte(s) of unreadable output).</source>
        <translation>
            <numerusform>L&apos;archivio delle credenziali &quot;%1&quot; ha risposto con qualcosa che non è una credenziale, quindi Docker non può usarlo (%2 ha stampato %n byte di output illeggibile).</numerusform>
            <numerusform>L&apos;archivio delle credenziali &quot;%1&quot; ha risposto con qualcosa che non è una credenziale, quindi Docker non può usarlo (%2 ha stampato %n byte di output illeggibile).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-356"/>
        <source>Docker&apos;s config names the credential store &quot;%1&quot; (%2), which is not a program name (only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;). It was not run. Correct or remove it in %3, then log in again.</source>
        <translation>La configurazione di Docker indica l&apos;archivio delle credenziali &quot;%1&quot; (%2), che non è un nome di programma (solo lettere, cifre, &apos;.&apos;, &apos;_&apos; e &apos;-&apos;). Non è stato eseguito. Correggilo o rimuovilo in %3, quindi esegui di nuovo l&apos;accesso.</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Docker keeps logins with pass, but pass has not been set up on this account (%1 has no .gpg-id file). Nothing can be read from it, and docker login fails with &quot;pass not initialized&quot; until it is set up.</source>
        <translation>Docker conserva gli accessi con pass, ma pass non è stato configurato per questo account (%1 non contiene il file .gpg-id). Non si può leggere nulla e docker login non riesce con &quot;pass not initialized&quot; finché non viene configurato.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Docker keeps logins with pass, whose store (%1) is locked with the GPG key %2, but that key&apos;s secret part is not on this computer. pass cannot decrypt what it holds, so Docker cannot read or save logins.</source>
        <translation>Docker conserva gli accessi con pass, il cui archivio (%1) è cifrato con la chiave GPG %2, ma la parte segreta di quella chiave non è su questo computer. pass non può decifrare ciò che contiene, quindi Docker non può leggere né salvare gli accessi.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Docker keeps logins with secretservice, the desktop&apos;s keyring, which needs a desktop session: %1 answered &quot;%2&quot;. Over SSH, in a container or on a server there is none, so Docker cannot read or save logins.</source>
        <translation>Docker conserva gli accessi con secretservice, il portachiavi del desktop, che richiede una sessione desktop: %1 ha risposto &quot;%2&quot;. Tramite SSH, in un contenitore o su un server non ce n&apos;è, quindi Docker non può leggere né salvare gli accessi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The credential store &quot;%1&quot; fails: %2 printed nothing and ended with exit code %3. Docker cannot read or save logins for this registry while it fails.</source>
        <translation>L&apos;archivio delle credenziali &quot;%1&quot; non funziona: %2 non ha stampato nulla ed è terminato con codice di uscita %3. Finché non funziona, Docker non può leggere né salvare gli accessi per questo registro.</translation>
    </message>
    <message>
        <location line="-259"/>
        <source>Podman has nothing stored for this registry (%1): none of its login files holds a login for it.</source>
        <translation>Podman non ha nulla di salvato per questo registro (%1): nessuno dei suoi file di accesso contiene un accesso per esso.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Helm has nothing stored for this registry (%1): neither its registry config nor Docker&apos;s config holds a login for it, and no credential store they name has one.</source>
        <translation>Helm non ha nulla di salvato per questo registro (%1): né il suo file di configurazione del registro né quello di Docker contengono un accesso per esso, e nessun archivio delle credenziali che indicano ne ha uno.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>%1&apos;s stored login</source>
        <extracomment>%1 is the client: Podman or Helm.</extracomment>
        <translation>Accesso salvato di %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1&apos;s login file could not be read, so what %1 has stored for this registry is unknown.</source>
        <translation>Non è stato possibile leggere il file degli accessi di %1, quindi non si sa cosa %1 abbia salvato per questo registro.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1&apos;s login file has an entry for %2, but its saved login is damaged, so %1 has nothing usable stored for this registry.</source>
        <translation>Il file degli accessi di %1 ha una voce per %2, ma l&apos;accesso salvato è danneggiato, quindi %1 non ha nulla di utilizzabile per questo registro.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%3 reads an identity token for %1 (user %2) from %4.</source>
        <translation>%3 legge da %4 un token di identità per %1 (utente %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%3 reads a user name and password for %1 (user %2) from %4.</source>
        <translation>%3 legge da %4 nome utente e password per %1 (utente %2).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%4 names the credential store &quot;%1&quot; (%2), but its program %3 is not installed. %5 cannot save or read logins for this registry: install it, or remove &quot;%1&quot; from %2 in %4 and log in again.</source>
        <translation>%4 indica l&apos;archivio delle credenziali &quot;%1&quot; (%2), ma il relativo programma %3 non è installato. %5 non può salvare né leggere gli accessi per questo registro: installalo, oppure rimuovi &quot;%1&quot; da %2 in %4 ed esegui di nuovo l&apos;accesso.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>The credential helper %1 did not answer within %n second(s). %2 waits for it on every login, push and pull; it may be waiting for an unlock prompt or be stuck.</source>
        <translation>
            <numerusform>L&apos;helper delle credenziali %1 non ha risposto entro %n secondo. %2 lo attende a ogni accesso, push e pull; potrebbe essere in attesa di una richiesta di sblocco oppure essere bloccato.</numerusform>
            <numerusform>L&apos;helper delle credenziali %1 non ha risposto entro %n secondi. %2 lo attende a ogni accesso, push e pull; potrebbe essere in attesa di una richiesta di sblocco oppure essere bloccato.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The credential helper %1 crashed when %3&apos;s login for %2 was asked for.</source>
        <translation>L&apos;helper delle credenziali %1 si è arrestato in modo anomalo quando è stato richiesto l&apos;accesso salvato da %3 per %2.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%2 keeps logins with pass, but pass has not been set up on this account (%1 has no .gpg-id file). Nothing can be read from it, and %3 fails with &quot;pass not initialized&quot; until it is set up.</source>
        <translation>%2 conserva gli accessi con pass, ma pass non è stato configurato per questo account (%1 non contiene il file .gpg-id). Non si può leggere nulla e %3 non riesce con &quot;pass not initialized&quot; finché non viene configurato.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%3 keeps logins with pass, whose store (%1) is locked with the GPG key %2, but that key&apos;s secret part is not on this computer. pass cannot decrypt what it holds, so %3 cannot read or save logins.</source>
        <translation>%3 conserva gli accessi con pass, il cui archivio (%1) è cifrato con la chiave GPG %2, ma la parte segreta di quella chiave non è su questo computer. pass non può decifrare ciò che contiene, quindi %3 non può leggere né salvare gli accessi.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The credential store &quot;%1&quot; has nothing saved for this registry (%2): nobody has signed in to it with %3 on this account, or the login was removed.</source>
        <translation>L&apos;archivio delle credenziali &quot;%1&quot; non ha nulla di salvato per questo registro (%2): nessuno vi ha eseguito l&apos;accesso con %3 da questo account, oppure l&apos;accesso è stato rimosso.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%3 keeps logins with secretservice, the desktop&apos;s keyring, which needs a desktop session: %1 answered &quot;%2&quot;. Over SSH, in a container or on a server there is none, so %3 cannot read or save logins.</source>
        <translation>%3 conserva gli accessi con secretservice, il portachiavi del desktop, che richiede una sessione desktop: %1 ha risposto &quot;%2&quot;. Tramite SSH, in un contenitore o su un server non ce n&apos;è, quindi %3 non può leggere né salvare gli accessi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The credential store &quot;%1&quot; fails: %2 printed nothing and ended with exit code %3. %4 cannot read or save logins for this registry while it fails.</source>
        <translation>L&apos;archivio delle credenziali &quot;%1&quot; non funziona: %2 non ha stampato nulla ed è terminato con codice di uscita %3. Finché non funziona, %4 non può leggere né salvare gli accessi per questo registro.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The credential store &quot;%1&quot; fails: %2 answered &quot;%3&quot; (exit code %4). %5 cannot read or save logins for this registry while it fails.</source>
        <translation>L&apos;archivio delle credenziali &quot;%1&quot; non funziona: %2 ha risposto &quot;%3&quot; (codice di uscita %4). Finché non funziona, %5 non può leggere né salvare gli accessi per questo registro.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>The credential store &quot;%1&quot; answered with something that is not a credential, so %3 cannot use it (%2 printed %n byte(s) of unreadable output).</source>
        <translation>
            <numerusform>L&apos;archivio delle credenziali &quot;%1&quot; ha risposto con qualcosa che non è una credenziale, quindi %3 non può usarlo (%2 ha stampato %n byte di output illeggibile).</numerusform>
            <numerusform>L&apos;archivio delle credenziali &quot;%1&quot; ha risposto con qualcosa che non è una credenziale, quindi %3 non può usarlo (%2 ha stampato %n byte di output illeggibile).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::CredentialsProbe</name>
    <message>
        <location filename="../src/core/probes/credentials_probe.cpp" line="+196"/>
        <source>Skipped: the registry lets anyone in, so there is no sign-in to test.</source>
        <translation>Ignorato: il registro consente l&apos;accesso anonimo, quindi non c&apos;è un accesso da verificare.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: the registry did not ask for a sign-in.</source>
        <translation>Ignorato: il registro non ha chiesto di accedere.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The password read from standard input was empty, so there is nothing to sign in with. In a pipeline this is usually a secret variable that is not set for this run.</source>
        <translation>La password letta dallo standard input era vuota, quindi non c&apos;è nulla con cui accedere. In una pipeline di solito è una variabile segreta non impostata per questa esecuzione.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There are no credentials to sign in with: none were given and Docker has none saved for %1.</source>
        <translation>Non ci sono credenziali con cui accedere: non ne è stata indicata nessuna e Docker non ne ha salvate per %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Signed in as %1 with a user name and password.</source>
        <translation>Accesso eseguito come %1 con nome utente e password.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The registry asks for a kind of sign-in this check does not test (%1).</source>
        <translation>Il registro chiede un tipo di accesso che questo controllo non verifica (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry names a token service at &quot;%1&quot;, which is not a secure (https) address: no password is sent there.</source>
        <translation>Il registro indica un servizio token all&apos;indirizzo &quot;%1&quot;, che non è un indirizzo protetto (https): lì non viene inviata alcuna password.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The token service began to answer, but its answer did not arrive whole, so the check is without a token: %1</source>
        <translation>Il servizio token ha iniziato a rispondere, ma la risposta non è arrivata completa, quindi il controllo prosegue senza token: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The token service answered with more than %1 KiB, and without a token; the check stopped reading.</source>
        <translation>Il servizio token ha risposto con più di %1 KiB e senza token; il controllo ha smesso di leggere.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The token service answered, but without a token (the answer is not the JSON a token service sends).</source>
        <translation>Il servizio token ha risposto, ma senza token (la risposta non è il JSON che invia un servizio token).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Signed in as %1: the token service gave a token and the registry accepted it.</source>
        <translation>Accesso eseguito come %1: il servizio token ha fornito un token e il registro lo ha accettato.</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>The saved sign-in expires in %1.</source>
        <translation>L&apos;accesso salvato scade tra %1.</translation>
    </message>
    <message>
        <location line="+271"/>
        <source>The token service gave a token, but the registry did not answer when it was used: %1</source>
        <translation>Il servizio token ha fornito un token, ma il registro non ha risposto quando è stato usato: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The token service gave a token that had already expired (at %1), and the registry refused it (%2): the registry&apos;s token service and the registry disagree.</source>
        <translation>Il servizio token ha fornito un token già scaduto (il %1) e il registro lo ha rifiutato (%2): il servizio token del registro e il registro non concordano.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token service gave a token, but the registry refused it (%1).</source>
        <translation>Il servizio token ha fornito un token, ma il registro lo ha rifiutato (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sign-in request got no answer: %1</source>
        <translation>La richiesta di accesso non ha ricevuto risposta: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The registry does not know the user name &quot;%1&quot; (&quot;Application not registered with AAD&quot;).</source>
        <translation>Il registro non conosce il nome utente &quot;%1&quot; (&quot;Application not registered with AAD&quot;).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The token itself says it expired at %1; a token from aws ecr get-login-password lasts 12 hours.</source>
        <translation>Il token stesso indica che è scaduto il %1; un token di aws ecr get-login-password dura 12 ore.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The registry refused the saved identity token (401).</source>
        <translation>Il registro ha rifiutato il token di identità salvato (401).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The registry refused the user name and password for %1 (401 &quot;authentication required&quot;).</source>
        <translation>Il registro ha rifiutato nome utente e password per %1 (401 &quot;authentication required&quot;).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-in answered with a redirect (%1) to %2; the check does not follow it, and sends the password nowhere else.</source>
        <translation>L&apos;accesso ha risposto con un reindirizzamento (%1) verso %2; il controllo non lo segue e non invia la password altrove.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unnamed place</source>
        <translation>una destinazione senza nome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in failed with status %1: %2</source>
        <translation>L&apos;accesso non è riuscito con lo stato %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/probes/credentials_probe.h" line="+24"/>
        <source>Sign-in</source>
        <translation>Accesso</translation>
    </message>
    <message>
        <location filename="../src/core/probes/credentials_probe.cpp" line="-120"/>
        <source>Signed in with the saved Azure sign-in (identity token): the token service gave a token and the registry accepted it.</source>
        <translation>Accesso eseguito con l&apos;identità Azure salvata (token di identità): il servizio token ha fornito un token e il registro lo ha accettato.</translation>
    </message>
    <message numerus="yes">
        <location line="+87"/>
        <source>The saved sign-in (identity token) expired %n minute(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>L&apos;accesso salvato (token di identità) è scaduto %n minuto fa, il %1; il registro lo ha rifiutato con %2.</numerusform>
            <numerusform>L&apos;accesso salvato (token di identità) è scaduto %n minuti fa, il %1; il registro lo ha rifiutato con %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The saved sign-in (identity token) expired %n hour(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>L&apos;accesso salvato (token di identità) è scaduto %n ora fa, il %1; il registro lo ha rifiutato con %2.</numerusform>
            <numerusform>L&apos;accesso salvato (token di identità) è scaduto %n ore fa, il %1; il registro lo ha rifiutato con %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The saved sign-in (identity token) expired %n day(s) ago, at %1; the registry refused it with %2.</source>
        <translation>
            <numerusform>L&apos;accesso salvato (token di identità) è scaduto %n giorno fa, il %1; il registro lo ha rifiutato con %2.</numerusform>
            <numerusform>L&apos;accesso salvato (token di identità) è scaduto %n giorni fa, il %1; il registro lo ha rifiutato con %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The registry says the saved token has expired (%1): &quot;%2&quot;</source>
        <translation>Il registro indica che il token salvato è scaduto (%1): &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>Not tested: the sign-in could not be tried, because the registry&apos;s first answer was not usable.</source>
        <translation>Non verificato: non è stato possibile tentare l&apos;accesso, perché la prima risposta del registro non era utilizzabile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not tested: the sign-in could not be tried, because there is no working connection to the registry.</source>
        <translation>Non verificato: non è stato possibile tentare l&apos;accesso, perché non c&apos;è una connessione funzionante al registro.</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Amazon ECR refused the token with 400 Bad Request: it was made for another region or AWS account than %1.</source>
        <translation>Amazon ECR ha rifiutato il token con 400 Bad Request: è stato creato per un&apos;altra area geografica o un altro account AWS rispetto a %1.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The token service refused the user name and password for %1 (401): &quot;%2&quot;</source>
        <translation>Il servizio token ha rifiutato il nome utente e la password per %1 (401): &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="-227"/>
        <source>There are no credentials to sign in with: none were given and %2 has none saved for %1.</source>
        <translation>Non ci sono credenziali con cui accedere: non ne è stata indicata nessuna e %2 non ne ha salvate per %1.</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>When the access token expires is not known: Google&apos;s tokeninfo (oauth2.googleapis.com) says the token is not valid (expired or revoked).</source>
        <translation>Non si sa quando scade il token di accesso: il servizio tokeninfo di Google (oauth2.googleapis.com) indica che il token non è valido (scaduto o revocato).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the access token expires is not known: Google&apos;s tokeninfo (oauth2.googleapis.com) did not tell (%1).</source>
        <translation>Non si sa quando scade il token di accesso: il servizio tokeninfo di Google (oauth2.googleapis.com) non lo ha indicato (%1).</translation>
    </message>
    <message>
        <location line="+332"/>
        <source>The registry refused the access token (%1), and Google&apos;s tokeninfo (oauth2.googleapis.com) says the token is no longer valid: it has expired (a token from gcloud auth print-access-token lasts one hour) or was revoked.</source>
        <translation>Il registro ha rifiutato il token di accesso (%1) e il servizio tokeninfo di Google (oauth2.googleapis.com) indica che il token non è più valido: è scaduto (un token di gcloud auth print-access-token dura un&apos;ora) oppure è stato revocato.</translation>
    </message>
</context>
<context>
    <name>rd::DnsProbe</name>
    <message>
        <location filename="../src/core/probes/dns_probe.cpp" line="+30"/>
        <source>Skipped: there is no registry address to check.</source>
        <translation>Ignorato: non c&apos;è un indirizzo di registro da controllare.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The DNS server did not answer.</source>
        <translation>Il server DNS non ha risposto.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The name %1 does not exist in DNS.</source>
        <translation>Il nome %1 non esiste nel DNS.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name %1 could not be looked up: %2</source>
        <translation>Impossibile risolvere il nome %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The proxy looks names up itself, so this may not matter.</source>
        <translation>Il proxy risolve i nomi per conto suo, quindi questo potrebbe non avere importanza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 resolves to %2.</source>
        <translation>%1 viene risolto in %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alias chain: %1.</source>
        <translation>Catena di alias: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is a private endpoint: it is reachable only from the registry&apos;s virtual network or a network connected to it.</source>
        <translation>Si tratta di un endpoint privato: è raggiungibile solo dalla rete virtuale del registro o da una rete collegata a essa.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/dns_probe.h" line="+23"/>
        <source>Name lookup (DNS)</source>
        <translation>Risoluzione dei nomi (DNS)</translation>
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
        <translation>Il comando docker non è presente su questo computer (non si trova nel PATH). Installa Docker oppure apri una shell in cui il comando docker funziona.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The docker program at %1 could not be started: %2</source>
        <translation>Impossibile avviare il programma docker in %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The docker command did not answer within %n second(s) (&quot;docker version&quot; hung).</source>
        <translation>
            <numerusform>Il comando docker non ha risposto entro %n secondo (&quot;docker version&quot; si è bloccato).</numerusform>
            <numerusform>Il comando docker non ha risposto entro %n secondi (&quot;docker version&quot; si è bloccato).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The docker command crashed while printing its version.</source>
        <translation>Il comando docker si è arrestato in modo anomalo mentre stampava la versione.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The docker command at %1 runs, but its version could not be read from what it printed.</source>
        <translation>Il comando docker in %1 si avvia, ma non è stato possibile ricavare la versione da quanto ha stampato.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Docker %1 is installed, which is older than %2, the oldest version that works with this registry&apos;s login. Update Docker.</source>
        <translation>È installato Docker %1, una versione precedente alla %2, la più vecchia che funziona con l&apos;accesso a questo registro. Aggiorna Docker.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker %1 is installed.</source>
        <translation>È installato Docker %1.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The docker command at %1 is Podman %2 in Docker emulation, not Docker.</source>
        <translation>Il comando docker in %1 è Podman %2 in emulazione Docker, non Docker.</translation>
    </message>
</context>
<context>
    <name>rd::DockerConfigProbe</name>
    <message>
        <location filename="../src/core/probes/docker_config_probe.cpp" line="+55"/>
        <source>Docker configuration</source>
        <translation>Configurazione di Docker</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>There is no Docker config yet at %1 (nobody has logged in with docker on this account).</source>
        <translation>Non esiste ancora una configurazione di Docker in %1 (nessuno ha eseguito l&apos;accesso con docker da questo account).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The Docker config file %1 is empty. Docker treats it as having no settings and no saved logins.</source>
        <translation>Il file di configurazione di Docker %1 è vuoto. Docker lo considera privo di impostazioni e di accessi salvati.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Docker config file %1 cannot be used (%2). Docker fails to read it too: fix or remove the file, then log in again.</source>
        <translation>Il file di configurazione di Docker %1 non è utilizzabile (%2). Anche Docker non riesce a leggerlo: correggi o rimuovi il file, poi esegui di nuovo l&apos;accesso.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Docker&apos;s config file %1 was read. Without a usable registry name, nothing in it was looked up.</source>
        <translation>Il file di configurazione di Docker %1 è stato letto. Senza un nome di registro utilizzabile, non vi è stato cercato nulla.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Docker keeps the login for %1 in the credential helper &quot;%2&quot; (credHelpers).</source>
        <translation>Docker conserva l&apos;accesso per %1 nell&apos;helper delle credenziali &quot;%2&quot; (credHelpers).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker keeps logins in the credential store &quot;%1&quot; (credsStore).</source>
        <translation>Docker conserva gli accessi nell&apos;archivio delle credenziali &quot;%1&quot; (credsStore).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file itself holds a login for %1.</source>
        <translation>Il file stesso contiene un accesso per %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file holds no login for %1.</source>
        <translation>Il file non contiene alcun accesso per %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker&apos;s config file %1 was read. %2</source>
        <translation>Il file di configurazione di Docker %1 è stato letto. %2</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>There is no Docker config at %1, so Docker keeps logins in its default credential store for this system, &quot;%2&quot;.</source>
        <translation>Non c&apos;è una configurazione di Docker in %1, quindi Docker conserva gli accessi nel suo archivio delle credenziali predefinito per questo sistema, &quot;%2&quot;.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1&apos;s login file %2 has an entry for %3, but its saved login is damaged (the &quot;auth&quot; value is not a readable user name and password). Log in again.</source>
        <extracomment>%1 is the client (Docker, Podman, Helm), %2 its login file, %3 the registry.</extracomment>
        <translation>Il file degli accessi di %1 %2 ha una voce per %3, ma l&apos;accesso salvato è danneggiato (il valore &quot;auth&quot; non contiene un nome utente e una password leggibili). Esegui di nuovo l&apos;accesso.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file names no credential store, so Docker keeps logins in its default store for this system, &quot;%1&quot;.</source>
        <translation>Il file non indica alcun archivio delle credenziali, quindi Docker conserva gli accessi nel suo archivio predefinito per questo sistema, &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Podman cannot use its login file %1 (%2) and stops looking there, so it finds no login for any registry. Fix or remove the file, then sign in again.</source>
        <translation>Podman non può usare il suo file di accesso %1 (%2) e smette di cercare lì, quindi non trova accessi per nessun registro. Correggi o rimuovi il file, poi accedi di nuovo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Podman takes the login for %1 from the credential helper &quot;%2&quot;, as %3 says (credHelpers).</source>
        <translation>Podman prende l&apos;accesso per %1 dall&apos;helper delle credenziali &quot;%2&quot;, come indicato in %3 (credHelpers).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Podman reads the login for %1 from %2, the first of its login files that has one (entry &quot;%3&quot;).</source>
        <translation>Podman legge l&apos;accesso per %1 da %2, il primo dei suoi file di accesso che ne contiene uno (voce &quot;%3&quot;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None of the files Podman reads logins from has one for %1: %2. Podman does not use Docker&apos;s credential store.</source>
        <translation>Nessuno dei file da cui Podman legge gli accessi ne contiene uno per %1: %2. Podman non usa l&apos;archivio delle credenziali di Docker.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Helm cannot use its registry config %1 (%2): every helm command that talks to a registry stops with an error there. Fix or remove the file, then sign in again with helm registry login.</source>
        <translation>Helm non può usare il suo file di configurazione del registro %1 (%2): ogni comando helm che comunica con un registro si ferma lì con un errore. Correggi o rimuovi il file, poi accedi di nuovo con helm registry login.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Neither Helm&apos;s registry config %1 nor Docker&apos;s config %2 has a login for %3, and neither names a credential store for it.</source>
        <translation>Né il file di configurazione del registro di Helm %1 né la configurazione di Docker %2 contengono un accesso per %3, e nessuno dei due indica un archivio delle credenziali per esso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Helm&apos;s registry config %1 has no login for %2, and Helm skips Docker&apos;s config %3, which it cannot read (%4).</source>
        <translation>Il file di configurazione del registro di Helm %1 non contiene un accesso per %2, e Helm salta la configurazione di Docker %3, che non riesce a leggere (%4).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Helm reads logins from its registry config %1, then from Docker&apos;s config %2. For %3 it asks, in this order, until one has a login: %4.</source>
        <translation>Helm legge gli accessi dal suo file di configurazione del registro %1, poi dalla configurazione di Docker %2. Per %3 chiede, in questo ordine, finché uno non ha un accesso: %4.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>%1&apos;s login files</source>
        <extracomment>%1 is the client: Podman (its auth.json files) or Helm (its registry config, then Docker&apos;s).</extracomment>
        <translation>File degli accessi di %1</translation>
    </message>
</context>
<context>
    <name>rd::DockerDaemonProbe</name>
    <message>
        <location filename="../src/core/probes/docker_daemon_probe.cpp" line="+10"/>
        <source>Docker daemon</source>
        <translation>Daemon Docker</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Docker client was not checked, so the daemon was not checked either.</source>
        <translation>Il client Docker non è stato controllato, quindi non è stato controllato nemmeno il daemon.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker is not installed, so there is no Docker daemon to check.</source>
        <translation>Docker non è installato, quindi non c&apos;è un daemon Docker da controllare.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The docker command did not say whether its daemon answers (its version output could not be read).</source>
        <translation>Il comando docker non ha indicato se il suo daemon risponde (non è stato possibile leggere l&apos;output della versione).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The Docker daemon is running and answers (Docker Engine %1).</source>
        <translation>Il daemon Docker è in esecuzione e risponde (Docker Engine %1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>docker reported no server</source>
        <translation>docker non ha segnalato alcun server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Docker daemon does not answer: &quot;%1&quot;. Your Docker client can still log in without it (the login happens in the client), but pushing and pulling images need a running daemon: start Docker Desktop or the docker service.</source>
        <translation>Il daemon Docker non risponde: &quot;%1&quot;. Il tuo client Docker può comunque accedere senza il daemon (l&apos;accesso avviene nel client), ma per il push e il pull delle immagini serve un daemon in esecuzione: avvia Docker Desktop o il servizio docker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker daemon does not answer: &quot;%1&quot;. This Docker client logs in through the daemon, so docker login, push and pull all fail until it runs: start Docker Desktop or the docker service.</source>
        <translation>Il daemon Docker non risponde: &quot;%1&quot;. Questo client Docker accede tramite il daemon, quindi docker login, push e pull non riescono finché il daemon non è in esecuzione: avvia Docker Desktop o il servizio docker.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The docker command is Podman, which has no daemon to check.</source>
        <translation>Il comando docker è Podman, che non ha un daemon da controllare.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The engine runs in Docker Desktop&apos;s virtual machine (%1), not directly on this computer.</source>
        <translation>Il motore è in esecuzione nella macchina virtuale di Docker Desktop (%1), non direttamente su questo computer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs in WSL 2 (%1 on kernel %2).</source>
        <translation>Il motore è in esecuzione in WSL 2 (%1 con kernel %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs on another machine, %1 (%2), reached through %3.</source>
        <translation>Il motore è in esecuzione su un&apos;altra macchina, %1 (%2), raggiunta tramite %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs on %1 (%2).</source>
        <translation>Il motore è in esecuzione su %1 (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pulls from Docker Hub try the engine&apos;s mirrors first: %1.</source>
        <translation>I pull da Docker Hub provano prima i mirror del motore: %1.</translation>
    </message>
</context>
<context>
    <name>rd::Duration</name>
    <message numerus="yes">
        <location filename="../src/core/time_text.cpp" line="+14"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secondo</numerusform>
            <numerusform>%n secondi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ora</numerusform>
            <numerusform>%n ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::ErrorText</name>
    <message>
        <location filename="../src/core/diagnosis/error_text.cpp" line="+135"/>
        <source>The docker command could not be found. Docker is not installed on this computer, or its folder is not on the search path.</source>
        <translation>Il comando docker non è stato trovato. Docker non è installato su questo computer, oppure la sua cartella non è nel percorso di ricerca (PATH).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The docker command could not talk to the Docker engine because your account may not use it. Add your account to the docker group, or use the same account that runs Docker.</source>
        <translation>Il comando docker non è riuscito a comunicare con il motore Docker perché il tuo account potrebbe non avere il permesso di usarlo. Aggiungi il tuo account al gruppo docker oppure usa lo stesso account che esegue Docker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker engine (the background service that does the work) is not running, so docker commands cannot do anything. Start Docker and try again.</source>
        <translation>Il motore Docker (il servizio in background che fa il lavoro) non è in esecuzione, quindi i comandi docker non possono fare nulla. Avvia Docker e riprova.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Docker on Windows cannot reach its engine: Docker Desktop is probably not started. Start Docker Desktop and wait until it says it is running.</source>
        <translation>Docker su Windows non riesce a raggiungere il suo motore: probabilmente Docker Desktop non è avviato. Avvia Docker Desktop e attendi che indichi di essere in esecuzione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker Desktop is not running, so the Docker engine is not available. Start Docker Desktop, or restart it if it is stuck.</source>
        <translation>Docker Desktop non è in esecuzione, quindi il motore Docker non è disponibile. Avvia Docker Desktop, oppure riavvialo se è bloccato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker client and engine versions do not fit together, or Docker is too old. Registry sign-in needs Docker 18.03 or later.</source>
        <translation>Le versioni del client e del motore Docker non sono compatibili tra loro, oppure Docker è troppo vecchio. L&apos;accesso al registro richiede Docker 18.03 o successivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>docker login wanted to ask for a user name and password, but it was not run in a terminal. Pass the user name and the password (through --password-stdin) explicitly.</source>
        <translation>docker login voleva chiedere nome utente e password, ma non è stato eseguito in un terminale. Indica esplicitamente il nome utente e la password (tramite --password-stdin).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Docker is set up to keep passwords in a credential helper program that is not installed. Install that helper, or remove the &quot;credsStore&quot; entry from the Docker configuration file.</source>
        <translation>Docker è configurato per conservare le password in un programma helper delle credenziali che non è installato. Installa quell&apos;helper oppure rimuovi la voce &quot;credsStore&quot; dal file di configurazione di Docker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows credential store refused to save the registry sign-in, usually because the Azure token is too long for it. Removing &quot;credsStore&quot; from the Docker configuration file avoids the store.</source>
        <translation>L&apos;archivio delle credenziali di Windows ha rifiutato di salvare l&apos;accesso al registro, di solito perché il token di Azure è troppo lungo. Rimuovendo &quot;credsStore&quot; dal file di configurazione di Docker l&apos;archivio non viene più usato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Windows credential store could not be used from this session (common over remote sessions or services). Docker could not save or read the registry password.</source>
        <translation>Non è stato possibile usare l&apos;archivio delle credenziali di Windows da questa sessione (succede spesso nelle sessioni remote o nei servizi). Docker non è riuscito a salvare o leggere la password del registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker has no saved sign-in for this registry. Sign in to the registry first.</source>
        <translation>Docker non ha un accesso salvato per questo registro. Esegui prima l&apos;accesso al registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The program Docker uses to store passwords failed. Docker could not save or read the registry sign-in.</source>
        <translation>Il programma che Docker usa per conservare le password non ha funzionato. Docker non è riuscito a salvare o leggere l&apos;accesso al registro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image name contains capital letters. Registry addresses and repository names must be written in lowercase.</source>
        <translation>Il nome dell&apos;immagine contiene lettere maiuscole. Gli indirizzi dei registri e i nomi dei repository vanno scritti in minuscolo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image name is not written correctly, for example it contains https:// or a space. Use registry/repository:tag, such as myregistry.azurecr.io/app:1.0.</source>
        <translation>Il nome dell&apos;immagine non è scritto correttamente, ad esempio contiene https:// o uno spazio. Usa registro/repository:tag, ad esempio myregistry.azurecr.io/app:1.0.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry name is not valid. az acr commands want the registry&apos;s resource name only: 5 to 50 letters and digits, without .azurecr.io.</source>
        <translation>Il nome del registro non è valido. I comandi az acr richiedono solo il nome della risorsa del registro: da 5 a 50 lettere e cifre, senza .azurecr.io.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure does not know a registry by that name in the selected subscription. Check the name and the subscription (az account show).</source>
        <translation>Azure non conosce un registro con quel nome nella sottoscrizione selezionata. Controlla il nome e la sottoscrizione (az account show).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are signed in to Azure, but your account has no role that allows this action. Seeing the registry needs at least the Reader role.</source>
        <translation>Hai eseguito l&apos;accesso ad Azure, ma il tuo account non ha un ruolo che consenta questa operazione. Per vedere il registro serve almeno il ruolo Reader (Lettore).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The connection goes through a proxy server, and the proxy could not be reached or refused the connection. Check the proxy settings (HTTPS_PROXY) of Docker and of this computer.</source>
        <translation>La connessione passa da un server proxy, e il proxy non era raggiungibile oppure ha rifiutato la connessione. Controlla le impostazioni del proxy (HTTPS_PROXY) di Docker e di questo computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI could not get through the proxy server. Check the proxy address and whether the proxy allows the registry&apos;s address.</source>
        <translation>Azure CLI non è riuscita ad attraversare il server proxy. Controlla l&apos;indirizzo del proxy e se il proxy consente l&apos;indirizzo del registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name server does not know this registry address. The name may be misspelt, belong to another cloud, or, with a private endpoint, its private DNS is not set up.</source>
        <translation>Il server DNS non conosce questo indirizzo di registro. Il nome potrebbe essere scritto male o appartenere a un altro cloud oppure, con un endpoint privato, il DNS privato non è configurato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name server did not answer properly when asked for the registry address. The DNS server or the network path to it has a problem.</source>
        <translation>Il server DNS non ha risposto correttamente alla richiesta dell&apos;indirizzo del registro. C&apos;è un problema nel server DNS o nel percorso di rete per raggiungerlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI tried several times to reach this address and gave up. The reason follows in the message (name lookup, proxy, certificate or timeout).</source>
        <translation>Azure CLI ha provato più volte a raggiungere questo indirizzo e poi ha rinunciato. Il motivo è indicato nel resto del messaggio (risoluzione del nome, proxy, certificato o timeout).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The computer could not turn the registry address into an IP address. The name may be wrong, or the DNS setup (for example for a private endpoint) is missing.</source>
        <translation>Il computer non è riuscito a tradurre l&apos;indirizzo del registro in un indirizzo IP. Il nome potrebbe essere sbagliato, oppure manca la configurazione DNS (ad esempio per un endpoint privato).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate looks expired from here. Most often the computer&apos;s clock is wrong; otherwise something in between presents an old certificate.</source>
        <translation>Da qui il certificato del server risulta scaduto. Il più delle volte l&apos;orologio del computer è sbagliato; altrimenti qualcosa nel mezzo presenta un certificato vecchio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI does not trust the certificate it received. Usually a company proxy inspects the traffic with its own certificate, which must be added to the trusted ones.</source>
        <translation>Azure CLI non considera attendibile il certificato ricevuto. Di solito un proxy aziendale ispeziona il traffico con un proprio certificato, che deve essere aggiunto a quelli attendibili.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>The registry&apos;s certificate is not trusted on this computer. Usually a proxy or security product replaces the certificate with its own, which must then be trusted.</source>
        <translation>Il certificato del registro non è attendibile su questo computer. Di solito un proxy o un prodotto di sicurezza sostituisce il certificato con uno proprio, che va quindi reso attendibile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate looks expired or not yet valid from here. Most often the computer&apos;s date and time are wrong.</source>
        <translation>Da qui il certificato risulta scaduto o non ancora valido. Il più delle volte la data e l&apos;ora del computer sono sbagliate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate belongs to a different name than the address used. Use the registry&apos;s normal login server name (not the privatelink name), or check for a proxy in between.</source>
        <translation>Il certificato è intestato a un nome diverso dall&apos;indirizzo usato. Usa il normale nome del server di accesso del registro (non il nome privatelink), oppure verifica se c&apos;è un proxy nel mezzo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at this address did not speak HTTPS. The address may point at something that is not a registry, or at a proxy.</source>
        <translation>Il server a questo indirizzo non ha usato HTTPS. L&apos;indirizzo potrebbe puntare a qualcosa che non è un registro, oppure a un proxy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The secure connection could not be set up. Something between you and the registry, often a proxy or firewall, interferes with it.</source>
        <translation>Non è stato possibile stabilire la connessione protetta. Qualcosa tra te e il registro, spesso un proxy o un firewall, interferisce.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry did not answer in time. A firewall, a missing route or a proxy that has to be used probably stands in the way.</source>
        <translation>Il registro non ha risposto in tempo. Probabilmente è d&apos;ostacolo un firewall, una route mancante o un proxy che andrebbe usato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection was refused: nothing accepts connections at that address and port, or a firewall turns them away.</source>
        <translation>La connessione è stata rifiutata: a quell&apos;indirizzo e porta nessuno accetta connessioni, oppure un firewall le respinge.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This computer has no network path to the registry. Check the network connection, VPN and routing.</source>
        <translation>Questo computer non ha un percorso di rete verso il registro. Controlla la connessione di rete, la VPN e il routing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection was cut off in the middle. A proxy or firewall between you and the registry often does this.</source>
        <translation>La connessione si è interrotta a metà. Capita spesso con un proxy o un firewall tra te e il registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request took too long and was given up. The registry is not reachable from here, or a proxy that should be used is not configured.</source>
        <translation>La richiesta ha impiegato troppo tempo ed è stata abbandonata. Il registro non è raggiungibile da qui, oppure non è configurato un proxy che andrebbe usato.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The registry&apos;s firewall does not let your IP address in, or public access to the registry is turned off. Add your address to the registry&apos;s network rules, or connect through its private endpoint.</source>
        <translation>Il firewall del registro non consente l&apos;accesso dal tuo indirizzo IP, oppure l&apos;accesso pubblico al registro è disattivato. Aggiungi il tuo indirizzo alle regole di rete del registro, oppure connettiti tramite il suo endpoint privato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry does not recognise the user name. For a service principal the user name must be its application (client) ID, not an e-mail address or display name.</source>
        <translation>Il registro non riconosce il nome utente. Per un&apos;entità servizio il nome utente deve essere l&apos;ID applicazione (client), non un indirizzo e-mail o un nome visualizzato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry turned down the user name and password given at sign-in. The password or secret is wrong or has expired.</source>
        <translation>Il registro ha respinto il nome utente e la password forniti per l&apos;accesso. La password o il segreto non sono corretti oppure sono scaduti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <location line="+20"/>
        <source>The registry turned down the user name and password given at sign-in.</source>
        <translation>Il registro ha respinto il nome utente e la password forniti per l&apos;accesso.</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>The registry wants a valid sign-in and did not get one. The saved sign-in may have expired (an az acr login lasts about three hours), be missing, or be for a differently written registry name.</source>
        <translation>Il registro richiede un accesso valido e non l&apos;ha ricevuto. L&apos;accesso salvato potrebbe essere scaduto (un az acr login dura circa tre ore), mancare oppure riferirsi al nome del registro scritto in modo diverso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You are signed in, but this identity may not do this with this repository: pushing needs the AcrPush role, pulling AcrPull. Also check that the image name starts with the registry address.</source>
        <translation>Hai eseguito l&apos;accesso, ma questa identità non è autorizzata a eseguire l&apos;operazione su questo repository: per il push serve il ruolo AcrPush, per il pull AcrPull. Verifica anche che il nome dell&apos;immagine inizi con l&apos;indirizzo del registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sign-in worked, but the permission granted does not cover this action on this repository.</source>
        <translation>L&apos;accesso è riuscito, ma l&apos;autorizzazione concessa non copre questa operazione su questo repository.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Access was forbidden before the password was even checked. This is a network matter: the registry&apos;s firewall, disabled public access, or a proxy blocks the way.</source>
        <translation>L&apos;accesso è stato vietato prima ancora di verificare la password. È un problema di rete: il firewall del registro, l&apos;accesso pubblico disattivato o un proxy bloccano la strada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is a web server at this address, but it is not a container registry. Check the address: only the login server name, without a path.</source>
        <translation>A questo indirizzo c&apos;è un server web, ma non è un registro contenitori. Controlla l&apos;indirizzo: solo il nome del server di accesso, senza percorso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <location line="+16"/>
        <location line="+4"/>
        <source>The registry is receiving too many requests from you and asks to slow down. Wait a little and try again.</source>
        <translation>Il registro riceve troppe richieste da te e chiede di rallentare. Attendi un po&apos; e riprova.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The sign-in request got an unexpected answer from the server or from something in between, such as a proxy.</source>
        <translation>La richiesta di accesso ha ricevuto una risposta inattesa dal server o da qualcosa nel mezzo, ad esempio un proxy.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry forbade access before any sign-in. Its firewall, disabled public access, or a proxy is blocking this computer.</source>
        <translation>Il registro ha vietato l&apos;accesso prima di qualsiasi autenticazione. Il suo firewall, l&apos;accesso pubblico disattivato o un proxy stanno bloccando questo computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is a web server at this address, but it is not a container registry. Check the address.</source>
        <translation>A questo indirizzo c&apos;è un server web, ma non è un registro contenitori. Controlla l&apos;indirizzo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry address gave an unexpected answer. Something other than the registry, such as a proxy, may have answered.</source>
        <translation>L&apos;indirizzo del registro ha dato una risposta inattesa. Potrebbe aver risposto qualcosa di diverso dal registro, ad esempio un proxy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered that a valid sign-in is missing: no credentials, wrong ones, or expired ones were sent.</source>
        <translation>Il registro ha risposto che manca un accesso valido: non sono state inviate credenziali, oppure erano sbagliate o scadute.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused the request: the identity lacks the permission, or the network rules do not allow it.</source>
        <translation>Il registro ha rifiutato la richiesta: l&apos;identità non ha l&apos;autorizzazione necessaria, oppure le regole di rete non la consentono.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The cluster tried to pull the image without a usable sign-in. Its identity (for AKS, the kubelet identity) needs the AcrPull role on the registry, or an image pull secret is missing.</source>
        <translation>Il cluster ha provato a eseguire il pull dell&apos;immagine senza un accesso utilizzabile. La sua identità (per AKS, l&apos;identità kubelet) deve avere il ruolo AcrPull sul registro, oppure manca un segreto pull delle immagini (imagePullSecrets).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry wanted a sign-in that it did not get, or did not accept.</source>
        <translation>Il registro voleva un accesso che non ha ricevuto, o che non ha accettato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry forbade the request: its network rules or the identity&apos;s permissions do not allow it.</source>
        <translation>Il registro ha vietato la richiesta: le sue regole di rete o le autorizzazioni dell&apos;identità non la consentono.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Azure CLI could not reach the registry over the network. A proxy, DNS, a firewall or a private endpoint may be in the way, or the name is wrong.</source>
        <translation>Azure CLI non è riuscita a raggiungere il registro in rete. Potrebbero essere d&apos;ostacolo un proxy, il DNS, un firewall o un endpoint privato, oppure il nome è sbagliato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address did not answer like a registry that asks for a sign-in. Often a proxy answered instead, public access is disabled, DNS points elsewhere, or it was a passing hiccup.</source>
        <translation>L&apos;indirizzo non ha risposto come un registro che chiede di accedere. Spesso ha risposto un proxy al suo posto, l&apos;accesso pubblico è disattivato, il DNS punta altrove, oppure si è trattato di un problema momentaneo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Azure identity was signed in but has no role on this registry, or the wrong subscription or tenant is selected. A role assignment made just now can take a few minutes to apply.</source>
        <translation>La tua identità Azure ha eseguito l&apos;accesso ma non ha alcun ruolo su questo registro, oppure è selezionata la sottoscrizione sbagliata o il tenant sbagliato. Un&apos;assegnazione di ruolo appena fatta può richiedere qualche minuto per diventare effettiva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry did not accept your Azure identity: it has no role on this registry, or another subscription or tenant is selected.</source>
        <translation>Il registro non ha accettato la tua identità Azure: non ha alcun ruolo su questo registro, oppure è selezionata un&apos;altra sottoscrizione o un altro tenant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI is not signed in to Azure. Run az login first (with sudo, the root user has its own separate sign-in).</source>
        <translation>Azure CLI non ha eseguito l&apos;accesso ad Azure. Esegui prima az login (con sudo, l&apos;utente root ha un accesso suo, separato).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI could not get an Azure sign-in token for the registry. The rest of the message says why.</source>
        <translation>Azure CLI non è riuscita a ottenere un token di accesso di Azure per il registro. Il motivo è indicato nel resto del messaggio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service principal&apos;s client secret has expired. Create a new secret and use it everywhere the old one was stored.</source>
        <translation>Il segreto client dell&apos;entità servizio è scaduto. Crea un nuovo segreto e usalo ovunque fosse salvato quello vecchio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The client secret given is wrong. Use the secret&apos;s value, not its ID, and check that it belongs to this application.</source>
        <translation>Il segreto client indicato non è corretto. Usa il valore del segreto, non il suo ID, e verifica che appartenga a questa applicazione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No application with that ID exists in this Azure tenant. Check the application (client) ID and the tenant.</source>
        <translation>In questo tenant di Azure non esiste un&apos;applicazione con quell&apos;ID. Controlla l&apos;ID applicazione (client) e il tenant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your Azure sign-in has expired or needs to be repeated. Run az login again.</source>
        <translation>Il tuo accesso ad Azure è scaduto o va ripetuto. Esegui di nuovo az login.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure rejected the sign-in because its time stamps are out of range. The computer&apos;s clock is probably wrong.</source>
        <translation>Azure ha rifiutato l&apos;accesso perché i suoi timestamp non rientrano nell&apos;intervallo valido. Probabilmente l&apos;orologio del computer è sbagliato.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Microsoft Entra ID does not know this tenant in the Azure cloud the sign-in went to. Either the tenant ID is wrong, or the tenant lives in another cloud (Azure operated by 21Vianet for .azurecr.cn, Azure Government for .azurecr.us), which the Azure CLI reaches only after az cloud set.</source>
        <translation>Microsoft Entra ID non conosce questo tenant nel cloud di Azure a cui è stato inviato l&apos;accesso. L&apos;ID del tenant è errato oppure il tenant si trova in un altro cloud (Azure gestito da 21Vianet per .azurecr.cn, Azure per enti pubblici per .azurecr.us), che Azure CLI raggiunge solo dopo az cloud set.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure sign-in (Azure AD / Entra ID) failed. The AADSTS code says why; look it up in Microsoft&apos;s list of sign-in error codes.</source>
        <translation>L&apos;accesso ad Azure (Microsoft Entra ID, già Azure AD) non è riuscito. Il codice AADSTS ne indica il motivo: cercalo nell&apos;elenco Microsoft dei codici di errore di accesso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Azure CLI could not run the docker command: Docker is missing or its engine is not running.</source>
        <translation>Azure CLI non è riuscita a eseguire il comando docker: Docker manca oppure il suo motore non è in esecuzione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker engine is not running. Start Docker and try again.</source>
        <translation>Il motore Docker non è in esecuzione. Avvia Docker e riprova.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Docker version could not be read or is too old. Registry sign-in needs Docker 18.03 or later.</source>
        <translation>Non è stato possibile leggere la versione di Docker, oppure è troppo vecchia. L&apos;accesso al registro richiede Docker 18.03 o successivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker could not pull a sample image from the internet. The network or proxy settings of the Docker engine are probably the problem.</source>
        <translation>Docker non è riuscito a eseguire il pull di un&apos;immagine di esempio da Internet. Probabilmente il problema sono le impostazioni di rete o del proxy del motore Docker.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry&apos;s address could not be looked up. The name may be wrong, or DNS (for example for a private endpoint) is not set up.</source>
        <translation>Non è stato possibile risolvere l&apos;indirizzo del registro. Il nome potrebbe essere sbagliato, oppure il DNS (ad esempio per un endpoint privato) non è configurato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry forbade access from here: its firewall or disabled public access keeps this computer out.</source>
        <translation>Il registro ha vietato l&apos;accesso da qui: il suo firewall o l&apos;accesso pubblico disattivato tengono fuori questo computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry address did not answer with the expected request to sign in. A proxy or the network is usually the reason; the same code is also shown when the registry asks you to slow down.</source>
        <translation>L&apos;indirizzo del registro non ha risposto con la richiesta di autenticazione prevista. Di solito la causa è un proxy o la rete; lo stesso codice compare anche quando il registro chiede di rallentare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A secure connection to the registry could not be set up, usually because a proxy replaces the certificate or the clock is wrong.</source>
        <translation>Non è stato possibile stabilire una connessione protetta con il registro, di solito perché un proxy sostituisce il certificato o perché l&apos;orologio è sbagliato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry did not accept your Azure identity: it has no role on the registry, or you are signed in to another tenant or subscription.</source>
        <translation>Il registro non ha accettato la tua identità Azure: non ha alcun ruolo sul registro, oppure hai eseguito l&apos;accesso a un altro tenant o a un&apos;altra sottoscrizione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry would not hand out an access token for your identity: a role such as AcrPull or AcrPush is missing.</source>
        <translation>Il registro non ha voluto rilasciare un token di accesso per la tua identità: manca un ruolo come AcrPull o AcrPush.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry is receiving too many requests from you and asks to slow down.</source>
        <translation>Il registro riceve troppe richieste da te e chiede di rallentare.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI could not find the registry&apos;s login server from its name. Check the name and the selected subscription.</source>
        <translation>Azure CLI non è riuscita a trovare il server di accesso del registro a partire dal nome. Controlla il nome e la sottoscrizione selezionata.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The cluster could not pull the image. The reason follows in the message.</source>
        <translation>Il cluster non è riuscito a eseguire il pull dell&apos;immagine. Il motivo è indicato nel resto del messaggio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skopeo could not reach the registry. The reason follows in the message.</source>
        <translation>skopeo non è riuscito a raggiungere il registro. Il motivo è indicato nel resto del messaggio.</translation>
    </message>
    <message>
        <location line="-475"/>
        <source>az acr login could not hand the registry token to Docker, because the docker command or its engine is not available here. The Azure CLI can give you the token instead (--expose-token), for Podman, Helm or a later docker login.</source>
        <translation>az acr login non è riuscito a passare il token del registro a Docker, perché il comando docker o il suo motore non è disponibile qui. Azure CLI può invece darti il token (--expose-token), per Podman, Helm o un docker login successivo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This Azure CLI does not know the --expose-token option of az acr login: it is too old. Update the Azure CLI.</source>
        <translation>Questa Azure CLI non conosce l&apos;opzione --expose-token di az acr login: è troppo vecchia. Aggiorna Azure CLI.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Microsoft Entra ID wants multifactor authentication for this sign-in, or a Conditional Access policy blocks it. A script cannot do that: sign in interactively, or use a service principal or a managed identity.</source>
        <translation>Microsoft Entra ID richiede l&apos;autenticazione a più fattori per questo accesso, oppure un criterio di accesso condizionale lo blocca. Uno script non può farlo: accedi in modo interattivo, oppure usa un&apos;entità servizio o un&apos;identità gestita.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The docker command here is Podman pretending to be Docker. Podman keeps its own sign-ins and has no Docker engine, so Docker&apos;s advice does not apply.</source>
        <translation>Qui il comando docker è Podman che si presenta come Docker. Podman conserva i propri accessi e non ha un motore Docker, quindi i consigli per Docker non valgono.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sign-in step got an empty user name or password. In a pipeline the secret variable is usually not set or not available to this run.</source>
        <translation>Il passaggio di accesso ha ricevuto un nome utente o una password vuoti. In una pipeline la variabile segreta di solito non è impostata o non è disponibile per questa esecuzione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--password-stdin was given without a user name. In a pipeline the variable that holds the user name is usually empty or not set.</source>
        <translation>--password-stdin è stato indicato senza un nome utente. In una pipeline la variabile che contiene il nome utente di solito è vuota o non impostata.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pod names an image pull secret that does not exist in its namespace, so the node pulls the image without signing in.</source>
        <translation>Il pod indica un segreto pull delle immagini che non esiste nel suo spazio dei nomi, quindi il nodo esegue il pull dell&apos;immagine senza accedere.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The node was refused the image because it pulled without valid credentials: the pod&apos;s pull secret is missing, in another namespace, or for another registry (on AKS, the cluster&apos;s identity may lack AcrPull).</source>
        <translation>Al nodo è stata rifiutata l&apos;immagine perché ha eseguito il pull senza credenziali valide: il segreto pull del pod manca, si trova in un altro spazio dei nomi o è per un altro registro (su AKS, all&apos;identità del cluster potrebbe mancare AcrPull).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The image exists, but not for this platform (operating system and processor, such as linux/arm64). This is not a sign-in problem: pull another platform or build the image for this one.</source>
        <translation>L&apos;immagine esiste, ma non per questa piattaforma (sistema operativo e processore, come linux/arm64). Non è un problema di accesso: esegui il pull di un&apos;altra piattaforma o compila l&apos;immagine per questa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The AWS CLI is signed in, but this identity may not get a registry token (it needs ecr:GetAuthorizationToken). docker login then receives no password.</source>
        <translation>AWS CLI ha eseguito l&apos;accesso, ma questa identità non può ottenere un token del registro (serve ecr:GetAuthorizationToken). docker login quindi non riceve alcuna password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The AWS CLI&apos;s session has expired, so it could not get a registry token. Sign in to AWS again.</source>
        <translation>La sessione di AWS CLI è scaduta, quindi non è stato possibile ottenere un token del registro. Accedi di nuovo ad AWS.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS does not know the access key the AWS CLI uses, so it could not get a registry token. Check the access key and secret the AWS CLI is set up with.</source>
        <translation>AWS non riconosce la chiave di accesso usata da AWS CLI, quindi non è stato possibile ottenere un token del registro. Controlla la chiave di accesso e il segreto con cui è configurata AWS CLI.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gcloud, the credential helper Docker uses for this registry, could not refresh its sign-in. Sign in again with gcloud auth login.</source>
        <translation>gcloud, l&apos;helper delle credenziali che Docker usa per questo registro, non è riuscito ad aggiornare il proprio accesso. Accedi di nuovo con gcloud auth login.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The BuildKit builder does not trust the registry&apos;s certificate. A builder in its own container (the docker-container driver) does not see the certificates this computer or Docker trusts.</source>
        <translation>Il generatore BuildKit non considera attendibile il certificato del registro. Un generatore nel proprio contenitore (il driver docker-container) non vede i certificati considerati attendibili da questo computer o da Docker.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The sign-in worked, but downloading (or uploading) a layer failed at the registry&apos;s data endpoint or storage account, a different host than the registry. The firewall or proxy must allow that host too.</source>
        <translation>L&apos;accesso è riuscito, ma il download (o il caricamento) di un livello non è riuscito presso l&apos;endpoint dati o l&apos;account di archiviazione del registro, un host diverso dal registro. Il firewall o il proxy deve consentire anche quell&apos;host.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The server answered with plain HTTP where HTTPS was expected. Usually the registry was set up without TLS: the client must then list it as an insecure registry. Otherwise the address is not the registry, or a proxy is in between.</source>
        <translation>Il server ha risposto con HTTP semplice dove era previsto HTTPS. Di solito il registro è stato configurato senza TLS: il client deve allora elencarlo come registro non sicuro. Altrimenti l&apos;indirizzo non è quello del registro, oppure c&apos;è un proxy in mezzo.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The registry has no repository by this name. Check the spelling and the namespace (team/app), and that the image name starts with this registry&apos;s address.</source>
        <translation>Il registro non contiene alcun repository con questo nome. Controlla l&apos;ortografia e lo spazio dei nomi (team/app), e che il nome dell&apos;immagine inizi con l&apos;indirizzo di questo registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry has no image with this tag or digest in the repository, or no such repository. Check the tag, or list the tags the repository has.</source>
        <translation>Il registro non contiene alcuna immagine con questo tag o digest nel repository, oppure il repository non esiste. Controlla il tag o elenca i tag presenti nel repository.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry refused the image without saying whether it exists: either the repository does not exist (often a misspelt name or a missing namespace), or it exists and this sign-in may not read it.</source>
        <translation>Il registro ha rifiutato l&apos;immagine senza dire se esiste: o il repository non esiste (spesso un nome scritto male o uno spazio dei nomi mancante), oppure esiste e questo accesso non può leggerlo.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>The connection was tried over IPv6 (the address in brackets), and this computer has no IPv6 route to it. If the registry also has an IPv4 address, IPv4 probably works: the network needs a working IPv6 route, or IPv6 turned off where it has none.</source>
        <translation>La connessione è stata tentata tramite IPv6 (l&apos;indirizzo tra parentesi quadre) e questo computer non ha una route IPv6 verso di esso. Se il registro ha anche un indirizzo IPv4, probabilmente IPv4 funziona: la rete ha bisogno di una route IPv6 funzionante, oppure IPv6 va disattivato dove non è disponibile.</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>The registry uses ABAC repository permissions (&quot;RBAC Registry + ABAC Repository Permissions&quot;). There, AcrPull and AcrPush give no rights on repositories; the Container Registry Repository Reader, Writer and Contributor roles do.</source>
        <translation>Il registro usa le autorizzazioni ABAC per i repository (&quot;RBAC Registry + ABAC Repository Permissions&quot;). Lì AcrPull e AcrPush non concedono diritti sui repository; li concedono i ruoli Container Registry Repository Reader, Writer e Contributor.</translation>
    </message>
</context>
<context>
    <name>rd::Goal</name>
    <message>
        <location filename="../src/core/diagnosis/goal.cpp" line="+148"/>
        <source>You can sign in to %1 and push to %2.</source>
        <translation>Puoi accedere a %1 ed eseguire il push in %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You can sign in to %1 and pull from %2.</source>
        <translation>Puoi accedere a %1 ed eseguire il pull da %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can sign in to %1.</source>
        <translation>Puoi accedere a %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not tested: the sign-in could not be tried, because %1 cannot be reached.</source>
        <translation>Non verificato: non è stato possibile tentare l&apos;accesso, perché %1 non è raggiungibile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not tested: the sign-in could not be tried, because the certificate of %1 is not trusted.</source>
        <translation>Non verificato: non è stato possibile tentare l&apos;accesso, perché il certificato di %1 non è attendibile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not tested: the sign-in could not be tried, because %1 did not answer as a registry should.</source>
        <translation>Non verificato: non è stato possibile tentare l&apos;accesso, perché %1 non ha risposto come dovrebbe un registro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in to %1 fails: %2</source>
        <extracomment>%1 is the registry, %2 the problem&apos;s title (&quot;The password is wrong&quot;).</extracomment>
        <translation>L&apos;accesso a %1 non riesce: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can sign in to %1, but not push to %2.</source>
        <translation>Puoi accedere a %1, ma non eseguire il push in %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You can sign in to %1, but not pull from %2.</source>
        <translation>Puoi accedere a %1, ma non eseguire il pull da %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You can sign in to %1, but this computer is not ready: %2</source>
        <extracomment>%1 is the problem&apos;s title (&quot;The Docker engine is not running&quot;).</extracomment>
        <translation>Puoi accedere a %1, ma questo computer non è pronto: %2</translation>
    </message>
</context>
<context>
    <name>rd::Guidance</name>
    <message>
        <location filename="../src/core/diagnosis/guidance.cpp" line="+39"/>
        <source>Signing in from an Azure service</source>
        <translation>Accesso da un servizio di Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Azure service signs in with its own identity, not with yours, so a check from this computer cannot see it. Check that identity and its role on the registry.</source>
        <translation>Un servizio di Azure accede con la propria identità, non con la tua, quindi un controllo da questo computer non può vederla. Verifica quell&apos;identità e il suo ruolo sul registro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AKS: the cluster pulls with its kubelet identity, which needs the AcrPull role on the registry. Check it from the cluster&apos;s side:</source>
        <translation>AKS: il cluster esegue il pull con la sua identità kubelet, che richiede il ruolo AcrPull sul registro. Verificalo dal lato del cluster:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the check fails, attach the registry to the cluster (this gives the kubelet identity AcrPull):</source>
        <translation>Se il controllo non riesce, collega il registro al cluster (in questo modo l&apos;identità kubelet riceve AcrPull):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Azure DevOps: the pipeline signs in through its service connection (Project settings &gt; Service connections). Verify the connection there; its service principal or managed identity needs AcrPull to pull and AcrPush to push, and an expired client secret must be renewed.</source>
        <translation>Azure DevOps: la pipeline accede tramite la sua connessione al servizio (Impostazioni progetto &gt; Connessioni al servizio). Verifica lì la connessione; la sua entità servizio o identità gestita richiede AcrPull per il pull e AcrPush per il push, e un segreto client scaduto va rinnovato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub Actions: sign in with the azure/login action using OpenID Connect (a federated credential on the app registration, no secret), then run az acr login. Give the app&apos;s identity its role on the registry:</source>
        <translation>GitHub Actions: accedi con l&apos;azione azure/login usando OpenID Connect (una credenziale federata nella registrazione dell&apos;app, senza segreto), poi esegui az acr login. Assegna all&apos;identità dell&apos;app il suo ruolo sul registro:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>App Service and Container Apps: pull with the app&apos;s managed identity, which needs AcrPull on the registry:</source>
        <translation>Servizio app e App contenitore: esegui il pull con l&apos;identità gestita dell&apos;app, che richiede AcrPull sul registro:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seeing and managing the registry in the Azure portal</source>
        <translation>Visualizzare e gestire il registro nel portale di Azure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal shows a registry only to accounts with a role on it: Reader to see it, Contributor or Owner to change it. AcrPull and AcrPush allow pulling and pushing images only, not seeing the registry in the portal.</source>
        <translation>Il portale mostra un registro solo agli account con un ruolo su di esso: Lettore per vederlo, Collaboratore o Proprietario per modificarlo. AcrPull e AcrPush consentono solo il pull e il push delle immagini, non di vedere il registro nel portale.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List who has which role on the registry (someone who can see it runs this):</source>
        <translation>Elenca chi ha quale ruolo sul registro (lo esegue qualcuno che può vederlo):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the registry is missing from your list, check that the right subscription is selected:</source>
        <translation>Se il registro non compare nel tuo elenco, verifica che sia selezionata la sottoscrizione giusta:</translation>
    </message>
</context>
<context>
    <name>rd::HtmlReport</name>
    <message>
        <location filename="../src/core/report/html_report.cpp" line="+134"/>
        <source>warning</source>
        <translation>avviso</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Registry Doctor report: %1</source>
        <translation>Report di Registry Doctor: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Registry Doctor report</source>
        <translation>Report di Registry Doctor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registry: %1</source>
        <translation>Registro: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checked at %1 (UTC)</source>
        <translation>Controllato il %1 (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice scenario: %1</source>
        <translation>Scenario di esercitazione: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the check saw</source>
        <translation>Cosa ha rilevato il controllo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How to fix it</source>
        <translation>Come risolvere</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 commands</source>
        <translation>Comandi %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read more</source>
        <translation>Altre informazioni</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checks</source>
        <translation>Controlli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Controllo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it found</source>
        <translation>Cosa ha trovato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Durata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Made by Registry Doctor</source>
        <translation>Creato con Registry Doctor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total time: %1 ms</source>
        <translation>Tempo totale: %1 ms</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>(practice scenario %1)</source>
        <translation>(scenario di esercitazione %1)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>First step:</source>
        <translation>Primo passo:</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Registry %1, sign-in %2, user %3, repository %4 (%5).</source>
        <extracomment>Ticket summary line; %1 registry, %2 sign-in method name (azure-cli, password, token, docker), %3 user name, %4 repository, %5 pull or push. &quot;-&quot; where not given.</extracomment>
        <translation>Registro %1, accesso %2, utente %3, repository %4 (%5).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problems: none found.</source>
        <extracomment>Ticket summary line; %1 is the problems&apos; titles, separated by semicolons.</extracomment>
        <translation>Problemi: nessuno trovato.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems: %1</source>
        <translation>Problemi: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checked %1 (UTC) with Registry Doctor %2 on %3.</source>
        <extracomment>Ticket summary line; %1 date and time (UTC), %2 the program&apos;s version, %3 the operating system.</extracomment>
        <translation>Controllo eseguito il %1 (UTC) con Registry Doctor %2 su %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case %1.</source>
        <translation>Richiesta %1.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>advice</source>
        <extracomment>The badge of advice (an Azure service&apos;s identity, portal roles): nothing was observed, unlike a &quot;problem&quot;.</extracomment>
        <translation>consiglio</translation>
    </message>
</context>
<context>
    <name>rd::HttpExchange</name>
    <message>
        <location filename="../src/core/network/http_exchange.cpp" line="+98"/>
        <source>Practice mode only talks to this computer; %1 is not part of the exercise.</source>
        <translation>La modalità esercitazione comunica solo con questo computer; %1 non fa parte dell&apos;esercizio.</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>The answer was larger than %1 KiB; the check stopped reading it.</source>
        <translation>La risposta superava %1 KiB; il controllo ha smesso di leggerla.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The server sent more than %1 KiB before its answer could be read; the check stopped reading it.</source>
        <translation>Il server ha inviato più di %1 KiB prima che fosse possibile leggerne la risposta; il controllo ha smesso di leggere.</translation>
    </message>
</context>
<context>
    <name>rd::ImageProbe</name>
    <message>
        <location filename="../src/core/probes/image_probe_start.cpp" line="+21"/>
        <source>Skipped: no repository was given, so only the sign-in was checked.</source>
        <translation>Ignorato: non è stato indicato alcun repository, quindi è stato controllato solo l&apos;accesso.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: a push does not need the image to exist.</source>
        <translation>Ignorato: per il push non serve che l&apos;immagine esista.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: only a push uploads.</source>
        <translation>Ignorato: solo il push carica dati.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skipped: the sign-in did not succeed.</source>
        <translation>Ignorato: l&apos;accesso non è riuscito.</translation>
    </message>
</context>
<context>
    <name>rd::LayerDownloadProbe</name>
    <message>
        <location filename="../src/core/probes/layer_download_probe.cpp" line="+84"/>
        <source>Not tested: on Docker Hub, reading the image&apos;s manifest counts as one of your pulls, and the check does not spend one. Signing in and the pull limit were checked without it.</source>
        <translation>Non verificato: su Docker Hub leggere il manifesto dell&apos;immagine conta come uno dei tuoi pull, e il controllo non ne consuma nessuno. L&apos;accesso e il limite di pull sono stati controllati senza leggerlo.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skipped: the image&apos;s manifest could not be read (status %1).</source>
        <translation>Ignorato: non è stato possibile leggere il manifesto dell&apos;immagine (stato %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped: the image&apos;s manifest could not be read: %1</source>
        <translation>Ignorato: non è stato possibile leggere il manifesto dell&apos;immagine: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Skipped: the image has no layer to download.</source>
        <translation>Ignorato: l&apos;immagine non ha livelli da scaricare.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Layers download: the first bytes of the smallest layer came from the registry itself.</source>
        <translation>I livelli si scaricano: i primi byte del livello più piccolo sono arrivati direttamente dal registro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry did not answer the layer download: %1</source>
        <translation>Il registro non ha risposto al download del livello: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered the layer download with status %1.</source>
        <translation>Il registro ha risposto al download del livello con lo stato %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Skipped: layers are downloaded from %1, which is not part of the exercise.</source>
        <translation>Ignorato: i livelli vengono scaricati da %1, che non fa parte dell&apos;esercizio.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The sign-in works, but layers are downloaded from %1, and this computer cannot resolve that name: %2</source>
        <translation>L&apos;accesso funziona, ma i livelli vengono scaricati da %1 e questo computer non riesce a risolvere quel nome: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in works, but layers are downloaded from %1 (port %2), and this computer cannot connect to it: %3</source>
        <translation>L&apos;accesso funziona, ma i livelli vengono scaricati da %1 (porta %2) e questo computer non riesce a connettersi: %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Layers download: the registry sends them from %1, and the first bytes arrived from there.</source>
        <translation>I livelli si scaricano: il registro li invia da %1 e i primi byte sono arrivati da lì.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layers are downloaded from %1; it is reachable, but answered with status %2.</source>
        <translation>I livelli vengono scaricati da %1; è raggiungibile, ma ha risposto con lo stato %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers are downloaded from %1; a connection opened, but the download got no answer: %2</source>
        <translation>I livelli vengono scaricati da %1; la connessione si è aperta, ma il download non ha ricevuto risposta: %2</translation>
    </message>
    <message>
        <location filename="../src/core/probes/layer_download_probe.h" line="+25"/>
        <source>Downloading a layer</source>
        <translation>Download di un livello</translation>
    </message>
    <message>
        <location filename="../src/core/probes/layer_download_probe.cpp" line="-109"/>
        <source>The image has no variant for this computer&apos;s platform, %1: it has %2.</source>
        <translation>L&apos;immagine non ha una variante per la piattaforma di questo computer, %1: ha %2.</translation>
    </message>
</context>
<context>
    <name>rd::LiveStatus</name>
    <message>
        <location filename="../src/gui/accessibility.cpp" line="+92"/>
        <source>1 character typed</source>
        <translation>1 carattere digitato</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n characters typed</source>
        <translation>
            <numerusform>%n carattere digitato</numerusform>
            <numerusform>%n caratteri digitati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::MainWindow</name>
    <message>
        <location filename="../src/gui/main_window.cpp" line="+72"/>
        <source>Steps</source>
        <translation>Passaggi</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The check could not start</source>
        <translation>Impossibile avviare il controllo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report (*.json);;Markdown (*.md);;Web page (*.html)</source>
        <translation>Report (*.json);;Markdown (*.md);;Pagina web (*.html)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save report</source>
        <translation>Salva report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open report</source>
        <translation>Apri report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report (*.json)</source>
        <translation>Report (*.json)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Summary copied: paste it into a chat or an e-mail.</source>
        <translation>Riepilogo copiato: incollalo in una chat o in un&apos;e-mail.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Practice: %1</source>
        <extracomment>Part of the window title in practice mode; %1 is what the user complains about (the practice scenario).</extracomment>
        <translation>Esercitazione: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Registry Doctor</source>
        <translation>Registry Doctor</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Practice mode: &quot;%1&quot;. Checks go to the built-in practice registry on this computer, not to a real one.</source>
        <translation>Modalità esercitazione: &quot;%1&quot;. I controlli vengono inviati al registro di esercitazione integrato su questo computer, non a un registro reale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+74"/>
        <source>&amp;New check</source>
        <translation>&amp;Nuovo controllo</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>&amp;Open report…</source>
        <translation>&amp;Apri report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save report…</source>
        <translation>&amp;Salva report…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy summary for chat or e-mail</source>
        <translation>&amp;Copia riepilogo per chat o e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Practice</source>
        <translation>&amp;Esercitazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose a practice scenario…</source>
        <translation>&amp;Scegli uno scenario di esercitazione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave practice mode</source>
        <translation>&amp;Esci dalla modalità esercitazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;System language</source>
        <translation>Lingua di &amp;sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Troubleshooting guide (Microsoft Learn)</source>
        <translation>Guida alla &amp;risoluzione dei problemi (Microsoft Learn)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Registry Doctor</source>
        <translation>&amp;Informazioni su Registry Doctor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stop checking</source>
        <translation>Interrompi il &amp;controllo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <location line="+120"/>
        <location line="+16"/>
        <source>The report could not be opened</source>
        <translation>Impossibile aprire il report</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 cannot be read: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The report could not be saved</source>
        <translation>Impossibile salvare il report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report saved to %1</source>
        <translation>Report salvato in %1</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Type the password for %1 again: a password goes only to the registry it was typed for.</source>
        <translation>Digita di nuovo la password per %1: una password viene inviata solo al registro per cui è stata digitata.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>no such file</source>
        <translation>file inesistente</translation>
    </message>
    <message>
        <location line="-106"/>
        <source>Step %1 of %2: %3</source>
        <translation>Passaggio %1 di %2: %3</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>%1 is too large to be a report from Registry Doctor.</source>
        <translation>%1 è troppo grande per essere un report di Registry Doctor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a JSON file, but not a report saved by Registry Doctor. Open a .json file that Registry Doctor saved (File &gt; Save report).</source>
        <translation>%1 è un file JSON, ma non un report salvato da Registry Doctor. Apri un file .json salvato da Registry Doctor (File &gt; Salva report).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a report from Registry Doctor: it is not a readable JSON file (%2).</source>
        <extracomment>%1 is a file path; %2 the JSON parser&apos;s message (in English).</extracomment>
        <translation>%1 non è un report di Registry Doctor: non è un file JSON leggibile (%2).</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Check all my saved &amp;logins…</source>
        <translation>Verifica tutti i miei accessi sa&amp;lvati…</translation>
    </message>
</context>
<context>
    <name>rd::ManifestProbe</name>
    <message>
        <location filename="../src/core/probes/manifest_probe.cpp" line="+71"/>
        <source>The registry did not answer the request for the image %1: %2</source>
        <translation>Il registro non ha risposto alla richiesta dell&apos;immagine %1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The image %1 exists, and this sign-in may read it.</source>
        <translation>L&apos;immagine %1 esiste e questo accesso può leggerla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading the image %1 was refused with status %2.</source>
        <translation>La lettura dell&apos;immagine %1 è stata rifiutata con lo stato %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry answered the request for the image %1 with status %2.</source>
        <translation>Il registro ha risposto alla richiesta dell&apos;immagine %1 con lo stato %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The repository exists, but the image %1 does not: the registry answered 404 for its tag or digest.</source>
        <translation>Il repository esiste, ma l&apos;immagine %1 no: il registro ha risposto 404 per il suo tag o digest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags it has: %1.</source>
        <translation>Tag presenti: %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The registry has no repository for the image %1: it answered 404.</source>
        <translation>Il registro non contiene alcun repository per l&apos;immagine %1: ha risposto 404.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repositories with a similar name: %1.</source>
        <translation>Repository con un nome simile: %1.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/manifest_probe.h" line="+21"/>
        <source>The image&apos;s manifest</source>
        <translation>Manifesto dell&apos;immagine</translation>
    </message>
    <message>
        <location filename="../src/core/probes/manifest_probe.cpp" line="-67"/>
        <source>The image %1 exists, but the registry says no pulls are left (limit %2): pulling it will be refused until the limit allows it again.</source>
        <translation>L&apos;immagine %1 esiste, ma il registro dice che non restano pull (limite %2): il pull verrà rifiutato finché il limite non lo consentirà di nuovo.</translation>
    </message>
</context>
<context>
    <name>rd::PermissionsProbe</name>
    <message>
        <location filename="../src/core/probes/permissions_probe.cpp" line="+22"/>
        <source>Skipped: the sign-in did not succeed.</source>
        <translation>Ignorato: l&apos;accesso non è riuscito.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped: no repository was given, so only the sign-in was checked.</source>
        <translation>Ignorato: non è stato indicato alcun repository, quindi è stato verificato solo l&apos;accesso.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The sign-in works, but it does not allow %1 on %2: the registry granted only %3.</source>
        <translation>L&apos;accesso funziona, ma non consente l&apos;operazione %1 su %2: il registro ha concesso solo %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading the repository %1 was refused with status %2.</source>
        <translation>La lettura del repository %1 è stata rifiutata con lo stato %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You may push to %1; it does not exist yet and your first push creates it.</source>
        <translation>Puoi eseguire il push in %1; non esiste ancora e verrà creato dal tuo primo push.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The repository %1 does not exist in this registry (404): check its name.</source>
        <translation>Il repository %1 non esiste in questo registro (404): controllane il nome.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may pull from and push to %1.</source>
        <translation>Puoi eseguire il pull e il push di %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You may pull from %1.</source>
        <translation>Puoi eseguire il pull di %1.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/permissions_probe.h" line="+19"/>
        <source>Rights on the repository</source>
        <translation>Autorizzazioni sul repository</translation>
    </message>
    <message>
        <location filename="../src/core/probes/permissions_probe.cpp" line="-15"/>
        <source>The sign-in works, but it does not allow %1 on %2: the registry granted no rights on it.</source>
        <translation>L&apos;accesso funziona, ma non consente l&apos;operazione %1 su %2: il registro non ha concesso alcun diritto su questo repository.</translation>
    </message>
</context>
<context>
    <name>rd::PracticeDialog</name>
    <message>
        <location filename="../src/gui/practice_dialog.cpp" line="+14"/>
        <location line="+13"/>
        <source>Practice scenarios</source>
        <translation>Scenari di esercitazione</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Scenario:</source>
        <extracomment>Label of the list of practice scenarios (situations to practise).</extracomment>
        <translation>&amp;Scenario:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Start &amp;practice</source>
        <translation>&amp;Avvia esercitazione</translation>
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
        <translation>Scegli una situazione su cui esercitarti. Il controllo comunicherà con un registro di esercitazione su questo computer, che risponde come il servizio di quella situazione (Registro Azure Container, Docker Hub, GitHub Container Registry, Amazon ECR o Google Artifact Registry), con quel problema. Non viene inviato nulla su Internet.</translation>
    </message>
</context>
<context>
    <name>rd::PracticeRegistry</name>
    <message>
        <location filename="../src/core/practice/practice_dns_server.cpp" line="+22"/>
        <source>The practice DNS responder could not open a UDP port: %1</source>
        <translation>Il server DNS di esercitazione non è riuscito ad aprire una porta UDP: %1</translation>
    </message>
    <message>
        <location filename="../src/core/practice/practice_registry.cpp" line="+918"/>
        <source>There is no practice scenario called &apos;%1&apos;.</source>
        <translation>Non esiste uno scenario di esercitazione chiamato &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The practice registry could not listen on 127.0.0.1: %1</source>
        <translation>Il registro di esercitazione non è riuscito a mettersi in ascolto su 127.0.0.1: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The practice registry could not reserve a loopback port: %1</source>
        <translation>Il registro di esercitazione non è riuscito a riservare una porta di loopback: %1</translation>
    </message>
    <message>
        <location line="-545"/>
        <source>The practice registry could not write the trainee&apos;s Docker configuration: %1</source>
        <translation>Il registro di esercitazione non è riuscito a scrivere la configurazione Docker del tirocinante: %1</translation>
    </message>
</context>
<context>
    <name>rd::PracticeScenario</name>
    <message>
        <location filename="../src/core/practice/practice_scenarios.cpp" line="+22"/>
        <source>Everything works</source>
        <translation>Tutto funziona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry contoso.azurecr.io answers normally and the admin user may pull and push the repository &apos;hello&apos;. A correct check finds nothing to fix.</source>
        <translation>Il registro contoso.azurecr.io risponde normalmente e l&apos;utente amministratore può eseguire il pull e il push del repository &apos;hello&apos;. Un controllo corretto non trova nulla da correggere.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A plain registry with a password (no token server)</source>
        <translation>Un registro semplice con password (senza server token)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registry.example.test is a generic registry that asks for a user name and password directly (HTTP Basic) instead of sending the client to a token server. The credentials are right; a correct check finds nothing to fix.</source>
        <translation>registry.example.test è un registro generico che chiede direttamente nome utente e password (HTTP Basic) invece di indirizzare il client a un server token. Le credenziali sono corrette; un controllo corretto non trova nulla da correggere.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong password</source>
        <translation>Password sbagliata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name exists but the password is an old one. The token server refuses it with &apos;unauthorized: authentication required&apos;.</source>
        <translation>Il nome utente esiste, ma la password è una vecchia password. Il server token la rifiuta con &apos;unauthorized: authentication required&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail address used as user name</source>
        <translation>Indirizzo e-mail usato come nome utente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee typed their e-mail address as user name. The registry answers &apos;Application not registered with AAD&apos;: it expects a service principal&apos;s application ID, the admin user name or a token name.</source>
        <translation>Chi si esercita ha inserito il proprio indirizzo e-mail come nome utente. Il registro risponde &apos;Application not registered with AAD&apos;: si aspetta l&apos;ID applicazione di un&apos;entità servizio, il nome dell&apos;utente amministratore o il nome di un token.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Allowed to pull, trying to push</source>
        <translation>Autorizzato al pull, tenta il push</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in works, but the identity may only pull the repository &apos;hello&apos; and the trainee wants to push to it. The token the registry issues grants pull only.</source>
        <translation>L&apos;accesso funziona, ma l&apos;identità può solo eseguire il pull del repository &apos;hello&apos; e chi si esercita vuole eseguirne il push. Il token rilasciato dal registro concede solo il pull.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expired token from az acr login</source>
        <translation>Token scaduto di az acr login</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password is a token printed by &apos;az acr login --expose-token&apos; more than three hours ago (user name 00000000-0000-0000-0000-000000000000). It expired two hours ago and the registry refuses it.</source>
        <translation>La password è un token stampato da &apos;az acr login --expose-token&apos; più di tre ore fa (nome utente 00000000-0000-0000-0000-000000000000). È scaduto due ore fa e il registro lo rifiuta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Registry firewall blocks this computer</source>
        <translation>Il firewall del registro blocca questo computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry only accepts selected networks. Every request is refused with 403 &apos;client with IP &apos;203.0.113.7&apos; is not allowed access&apos;.</source>
        <translation>Il registro accetta solo reti selezionate. Ogni richiesta viene rifiutata con 403 &apos;client with IP &apos;203.0.113.7&apos; is not allowed access&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Too many requests</source>
        <translation>Troppe richieste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry throttles the client: every request gets 429 Too Many Requests with &apos;Retry-After: 30&apos;.</source>
        <translation>Il registro limita il client: ogni richiesta riceve 429 Too Many Requests con &apos;Retry-After: 30&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS inspection proxy certificate</source>
        <translation>Certificato di un proxy con ispezione TLS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A company proxy inspects TLS: the certificate the client receives is issued by &apos;Contoso Web Filter TLS Inspection CA&apos;, which this computer does not trust.</source>
        <translation>Un proxy aziendale ispeziona il traffico TLS: il certificato ricevuto dal client è emesso da &apos;Contoso Web Filter TLS Inspection CA&apos;, che questo computer non considera attendibile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slow but working registry</source>
        <translation>Registro lento ma funzionante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every answer takes 1.5 seconds. Everything else works; a correct check is slower but finds nothing to fix.</source>
        <translation>Ogni risposta richiede 1,5 secondi. Tutto il resto funziona; un controllo corretto è più lento ma non trova nulla da correggere.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The address is a web site, not a registry</source>
        <translation>L&apos;indirizzo è un sito web, non un registro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server at the address is an ordinary web server: /v2/ answers 404 with an HTML page instead of a registry&apos;s challenge.</source>
        <translation>Il server a quell&apos;indirizzo è un normale server web: /v2/ risponde 404 con una pagina HTML invece della richiesta di autenticazione di un registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry temporarily unavailable</source>
        <translation>Registro temporaneamente non disponibile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry answers 503 Service Unavailable to every request: the problem is on the service side, not on this computer.</source>
        <translation>Il registro risponde 503 Service Unavailable a ogni richiesta: il problema è lato servizio, non su questo computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer&apos;s clock is wrong</source>
        <translation>L&apos;orologio di questo computer è sbagliato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry&apos;s time is two hours behind this computer&apos;s clock, so the tokens it issues look already expired here. Set the clock right (automatic time).</source>
        <translation>L&apos;ora del registro è indietro di due ore rispetto all&apos;orologio di questo computer, quindi i token che rilascia qui sembrano già scaduti. Regola l&apos;orologio (ora automatica).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The registry name does not exist</source>
        <translation>Il registro indicato non esiste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DNS answers &apos;no such host&apos; (NXDOMAIN) for contoso.azurecr.io: the name is misspelled, the registry was deleted, or it belongs to another cloud.</source>
        <translation>Il DNS risponde &apos;no such host&apos; (NXDOMAIN) per contoso.azurecr.io: il nome è scritto male, il registro è stato eliminato oppure appartiene a un altro cloud.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Private endpoint outside its network</source>
        <translation>Endpoint privato fuori dalla sua rete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contoso.azurecr.io resolves through contoso.privatelink.azurecr.io to the private address 10.0.0.5, which this computer cannot reach: it is not in the registry&apos;s virtual network.</source>
        <translation>contoso.azurecr.io viene risolto, tramite contoso.privatelink.azurecr.io, nell&apos;indirizzo privato 10.0.0.5, che questo computer non può raggiungere: non si trova nella rete virtuale del registro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry address not reachable</source>
        <translation>Indirizzo del registro non raggiungibile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name resolves, but nothing answers on port 443: a network, proxy or outbound firewall problem.</source>
        <translation>Il nome viene risolto, ma sulla porta 443 non risponde nulla: un problema di rete, di proxy o del firewall in uscita.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry name typed with extras</source>
        <translation>Nome del registro digitato con aggiunte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee typed &apos;https://Contoso.azurecr.io:443/&apos;. The registry works; a correct check warns that Docker needs the plain lowercase login server &apos;contoso.azurecr.io&apos;.</source>
        <translation>Chi si esercita ha digitato &apos;https://Contoso.azurecr.io:443/&apos;. Il registro funziona; un controllo corretto avverte che Docker richiede solo il server di accesso in minuscolo &apos;contoso.azurecr.io&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amazon ECR: the 12-hour token has expired</source>
        <translation>Amazon ECR: il token di 12 ore è scaduto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>123456789012.dkr.ecr.eu-west-1.amazonaws.com answers as Amazon ECR does. The trainee signs in as AWS with a token from aws ecr get-login-password made the day before; ECR tokens last 12 hours, and the registry answers &apos;denied: Your authorization token has expired. Reauthenticate and try again.&apos;</source>
        <translation>123456789012.dkr.ecr.eu-west-1.amazonaws.com risponde come Amazon ECR. Il tirocinante accede come AWS con un token di aws ecr get-login-password creato il giorno prima; i token ECR durano 12 ore e il registro risponde &apos;denied: Your authorization token has expired. Reauthenticate and try again.&apos;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>We moved our images to 123456789012.dkr.ecr.us-east-1.amazonaws.com and now docker login there fails.</source>
        <translation>Abbiamo spostato le nostre immagini su 123456789012.dkr.ecr.us-east-1.amazonaws.com e ora docker login lì non funziona.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>I type my Docker Hub password correctly, but docker login says it is wrong.</source>
        <translation>Digito correttamente la mia password di Docker Hub, ma docker login dice che è sbagliata.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I can sign in to ghcr.io, but pulling our image contoso/hello is denied.</source>
        <translation>Riesco ad accedere a ghcr.io, ma il pull della nostra immagine contoso/hello viene negato.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The image name is misspelled</source>
        <translation>Il nome dell&apos;immagine è scritto male</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in works, but the trainee pulls &apos;helo&apos; instead of &apos;hello&apos;. The registry answers &apos;name unknown&apos; (404): the repository does not exist, which is not the same as being refused.</source>
        <translation>L&apos;accesso funziona, ma il tirocinante esegue il pull di &apos;helo&apos; invece di &apos;hello&apos;. Il registro risponde &apos;name unknown&apos; (404): il repository non esiste, il che non equivale a un rifiuto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layers blocked at the data endpoint</source>
        <translation>Livelli bloccati all&apos;endpoint dati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in and reading the manifest work, but the registry sends layer downloads to its data endpoint contoso.eastus.data.azurecr.io, which this network&apos;s firewall does not allow.</source>
        <translation>L&apos;accesso e la lettura del manifesto funzionano, ma il registro invia i download dei livelli al suo endpoint dati contoso.eastus.data.azurecr.io, che il firewall di questa rete non consente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A registry without HTTPS</source>
        <translation>Un registro senza HTTPS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>registry.example.test was set up without a certificate and speaks plain HTTP. Clients try HTTPS first and stop with &apos;server gave HTTP response to HTTPS client&apos;.</source>
        <translation>registry.example.test è stato configurato senza certificato e usa HTTP semplice. I client provano prima HTTPS e si fermano con &apos;server gave HTTP response to HTTPS client&apos;.</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>A new colleague asks whether they can pull and push hello on contoso.azurecr.io.</source>
        <translation>Un nuovo collega chiede se può eseguire pull e push di hello su contoso.azurecr.io.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A developer asks whether their sign-in to registry.example.test is set up right.</source>
        <translation>Uno sviluppatore chiede se il suo accesso a registry.example.test è configurato correttamente.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I cannot sign in to contoso.azurecr.io any more. It worked last week.</source>
        <translation>Non riesco più ad accedere a contoso.azurecr.io. La settimana scorsa funzionava.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A new starter cannot sign in to contoso.azurecr.io with their work account.</source>
        <translation>Un nuovo assunto non riesce ad accedere a contoso.azurecr.io con il proprio account aziendale.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A colleague cannot push to hello since this morning.</source>
        <translation>Da stamattina un collega non riesce a eseguire il push su hello.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing in with a token worked this morning; now every pull from contoso.azurecr.io fails.</source>
        <translation>Stamattina l&apos;accesso con un token funzionava; ora ogni pull da contoso.azurecr.io non riesce.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nobody in the branch office can use contoso.azurecr.io; from home it works.</source>
        <translation>Nella filiale nessuno riesce a usare contoso.azurecr.io; da casa funziona.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our build server gets errors from contoso.azurecr.io every few minutes.</source>
        <translation>Il nostro server di compilazione riceve errori da contoso.azurecr.io a distanza di pochi minuti.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Since we moved to the new office network, signing in to contoso.azurecr.io fails.</source>
        <translation>Da quando siamo passati alla nuova rete dell&apos;ufficio, l&apos;accesso a contoso.azurecr.io non riesce.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pulling from contoso.azurecr.io feels very slow today.</source>
        <translation>Oggi il pull da contoso.azurecr.io sembra molto lento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I was given an address for our registry, but signing in to it fails.</source>
        <translation>Mi hanno dato un indirizzo per il nostro registro, ma l&apos;accesso non riesce.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing works with contoso.azurecr.io for the whole team since an hour ago.</source>
        <translation>Da un&apos;ora contoso.azurecr.io non funziona più per tutto il team.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everyone else can use contoso.azurecr.io; on my laptop the sign-in is refused right away.</source>
        <translation>Tutti gli altri riescono a usare contoso.azurecr.io; sul mio portatile l&apos;accesso viene rifiutato subito.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>docker login says it cannot find contoso.azurecr.io.</source>
        <translation>docker login dice che non trova contoso.azurecr.io.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From my laptop contoso.azurecr.io times out; from the build servers in Azure it works.</source>
        <translation>Dal mio portatile contoso.azurecr.io va in timeout; dai server di compilazione in Azure funziona.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>docker login to contoso.azurecr.io waits and then gives up.</source>
        <translation>docker login su contoso.azurecr.io resta in attesa e poi si arrende.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I copied the registry&apos;s address from a web page into docker login and it does not work.</source>
        <translation>Ho copiato l&apos;indirizzo del registro da una pagina web in docker login e non funziona.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our nightly job cannot pull from 123456789012.dkr.ecr.eu-west-1.amazonaws.com any more; yesterday it worked.</source>
        <translation>Il nostro processo notturno non riesce più a eseguire il pull da 123456789012.dkr.ecr.eu-west-1.amazonaws.com; ieri funzionava.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Since this afternoon our builds cannot pull hello from Docker Hub, although signing in works.</source>
        <translation>Da oggi pomeriggio le nostre build non riescono a scaricare hello da Docker Hub, anche se l&apos;accesso funziona.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>docker pull contoso.azurecr.io/helo says &apos;not found&apos;, but I can sign in.</source>
        <translation>docker pull contoso.azurecr.io/helo dice &apos;not found&apos;, ma riesco ad accedere.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Signing in works, but pulling hello from contoso.azurecr.io stops at the first layer.</source>
        <translation>L&apos;accesso funziona, ma il pull di hello da contoso.azurecr.io si ferma al primo livello.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our test registry registry.example.test refuses docker login with an HTTP error.</source>
        <translation>Il nostro registro di test registry.example.test rifiuta docker login con un errore HTTP.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>First steps</source>
        <extracomment>A group of practice scenarios.</extracomment>
        <translation>Primi passi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyday cases</source>
        <extracomment>A group of practice scenarios.</extracomment>
        <translation>Casi quotidiani</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hard cases</source>
        <extracomment>A group of practice scenarios.</extracomment>
        <translation>Casi difficili</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Amazon ECR: a token for another region</source>
        <translation>Amazon ECR: un token per un&apos;altra area geografica</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry is 123456789012.dkr.ecr.us-east-1.amazonaws.com, but the trainee&apos;s token comes from aws ecr get-login-password --region eu-west-1. Each ECR token is good for one region and account only; the registry answers the sign-in with 400 Bad Request.</source>
        <translation>Il registro è 123456789012.dkr.ecr.us-east-1.amazonaws.com, ma il token del tirocinante viene da aws ecr get-login-password --region eu-west-1. Ogni token ECR vale per una sola area geografica e un solo account; il registro risponde all&apos;accesso con 400 Bad Request.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker Hub: no pulls left</source>
        <translation>Docker Hub: nessun pull rimasto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sign-in to Docker Hub works, but the account has used its 100 pulls of the last six hours: the headers say ratelimit-limit: 100;w=21600 and ratelimit-remaining: 0;w=21600, and a pull gets 429 &apos;You have reached your pull rate limit&apos;.</source>
        <translation>L&apos;accesso a Docker Hub funziona, ma l&apos;account ha usato i suoi 100 pull delle ultime sei ore: le intestazioni dicono ratelimit-limit: 100;w=21600 e ratelimit-remaining: 0;w=21600, e un pull riceve 429 &apos;You have reached your pull rate limit&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Docker Hub: password instead of an access token</source>
        <translation>Docker Hub: password invece di un token di accesso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee signs in to Docker Hub with the account password, but two-factor authentication is on. Docker Hub&apos;s token service refuses it with 401 &apos;please use personal access token to login&apos;.</source>
        <translation>Il tirocinante accede a Docker Hub con la password dell&apos;account, ma l&apos;autenticazione a due fattori è attiva. Il servizio token di Docker Hub la rifiuta con 401 &apos;please use personal access token to login&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub: a token without read:packages</source>
        <translation>GitHub: un token senza read:packages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The trainee signs in to ghcr.io with a classic personal access token that lacks the read:packages scope. The sign-in itself works, but the token for the private package contoso/hello is refused with 403 &apos;denied&apos;.</source>
        <translation>Il tirocinante accede a ghcr.io con un token di accesso personale classico a cui manca l&apos;ambito read:packages. L&apos;accesso in sé funziona, ma il token per il pacchetto privato contoso/hello viene rifiutato con 403 &apos;denied&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google Artifact Registry: images moved to a new region</source>
        <translation>Google Artifact Registry: immagini spostate in una nuova area geografica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulling from europe-west1-docker.pkg.dev says &apos;Unauthenticated request&apos;, although I am signed in to gcloud and pulls from us-docker.pkg.dev work.</source>
        <translation>Il pull da europe-west1-docker.pkg.dev restituisce &apos;Unauthenticated request&apos;, anche se ho eseguito l&apos;accesso a gcloud e il pull da us-docker.pkg.dev funziona.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The trainee&apos;s Docker config was written by gcloud auth configure-docker: it hands gcloud&apos;s sign-in (credHelpers) to the Container Registry hosts such as gcr.io and to us-docker.pkg.dev, and to no other host. For europe-west1-docker.pkg.dev Docker has no login and sends none, and Artifact Registry refuses the anonymous request with 403 &apos;Unauthenticated request&apos;. The fix is gcloud auth configure-docker europe-west1-docker.pkg.dev.</source>
        <translation>La configurazione Docker del tirocinante è stata scritta da gcloud auth configure-docker: passa l&apos;accesso di gcloud (credHelpers) agli host di Container Registry come gcr.io e a us-docker.pkg.dev, e a nessun altro host. Per europe-west1-docker.pkg.dev Docker non ha alcun accesso salvato e non ne invia, e Artifact Registry rifiuta la richiesta anonima con 403 &apos;Unauthenticated request&apos;. La soluzione è gcloud auth configure-docker europe-west1-docker.pkg.dev.</translation>
    </message>
</context>
<context>
    <name>rd::ProbeRow</name>
    <message>
        <location filename="../src/gui/probe_row.cpp" line="+61"/>
        <source>cancelled</source>
        <extracomment>Status of one check (a test the program runs), shown after its name; like waiting, running, passed, warning, failed and skipped. An adjective agreeing with &quot;check&quot; (fr vérification).</extracomment>
        <translation>annullato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting</source>
        <translation>in attesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>in corso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>superato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>avviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>non superato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <translation>ignorato</translation>
    </message>
    <message>
        <location line="+76"/>
        <location line="+11"/>
        <source>Not run: the check was stopped.</source>
        <translation>Non eseguito: il controllo è stato interrotto.</translation>
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
    <message>
        <location line="-69"/>
        <location line="+42"/>
        <source>Checking…</source>
        <translation>Controllo in corso…</translation>
    </message>
</context>
<context>
    <name>rd::ProcessRunner</name>
    <message>
        <location filename="../src/core/process_runner.cpp" line="+131"/>
        <source>Not run: an argument has characters that cmd.exe would interpret, and %1 is a batch file.</source>
        <translation>Non eseguito: un argomento contiene caratteri che cmd.exe interpreterebbe e %1 è un file batch.</translation>
    </message>
</context>
<context>
    <name>rd::ProxyProbe</name>
    <message>
        <location filename="../src/core/probes/proxy_probe.cpp" line="+12"/>
        <source>Skipped: there is no registry address to check.</source>
        <translation>Ignorato: non c&apos;è un indirizzo di registro da controllare.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is set but is not a valid proxy address.</source>
        <translation>%1 è impostata ma non contiene un indirizzo proxy valido.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is set, but NO_PROXY exempts %2: the connection goes direct.</source>
        <translation>%1 è impostata, ma NO_PROXY esclude %2: la connessione è diretta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No proxy is set for %1: the connection goes direct.</source>
        <translation>Nessun proxy impostato per %1: la connessione è diretta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The system proxy (%1) is not used by Docker&apos;s command line.</source>
        <translation>Il proxy di sistema (%1) non viene usato dalla riga di comando di Docker.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Practice mode ignores the proxy %1.</source>
        <translation>La modalità esercitazione ignora il proxy %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connections to %1 go through the proxy %2 (from %3).</source>
        <translation>Le connessioni a %1 passano dal proxy %2 (impostato da %3).</translation>
    </message>
    <message>
        <location filename="../src/core/probes/proxy_probe.h" line="+14"/>
        <source>Proxy settings</source>
        <translation>Impostazioni del proxy</translation>
    </message>
    <message>
        <location filename="../src/core/probes/proxy_probe.cpp" line="-20"/>
        <source>%1 is set, but Docker, Podman and other Go programs never use a proxy for %2 (this computer itself): the connection goes direct.</source>
        <translation>%1 è impostata, ma Docker, Podman e gli altri programmi Go non usano mai un proxy per %2 (questo stesso computer): la connessione è diretta.</translation>
    </message>
</context>
<context>
    <name>rd::RegistryKind</name>
    <message>
        <location filename="../src/core/registry/registry_kind.cpp" line="+194"/>
        <source>container registry</source>
        <extracomment>The kind of a registry the check could not tie to a known service (any OCI registry).</extracomment>
        <translation>registro contenitori</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your Docker ID; with two-step verification on, the password is a personal access token.</source>
        <translation>Il tuo Docker ID; con la verifica in due passaggi attiva, la password è un token di accesso personale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your GitHub login; the password is a personal access token (classic) with read:packages.</source>
        <translation>Il tuo nome di accesso GitHub; la password è un token di accesso personale (classic) con read:packages.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Always AWS; the password comes from aws ecr get-login-password.</source>
        <translation>Sempre AWS; la password si ottiene con aws ecr get-login-password.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oauth2accesstoken with a token from gcloud auth print-access-token, or _json_key with a service account key.</source>
        <translation>oauth2accesstoken con un token di gcloud auth print-access-token, oppure _json_key con una chiave dell&apos;account di servizio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Harbor user name, or a robot account (robot$...) with its secret.</source>
        <translation>Il tuo nome utente Harbor, oppure un account robot (robot$...) con il suo segreto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your Quay user name, or a robot account (organization+name) with its token.</source>
        <translation>Il tuo nome utente Quay, oppure un account robot (organizzazione+nome) con il suo token.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your GitLab user name; the password is a personal access token with read_registry.</source>
        <translation>Il tuo nome utente GitLab; la password è un token di accesso personale con read_registry.</translation>
    </message>
    <message>
        <location filename="../src/core/registry/sign_in_choice.cpp" line="+13"/>
        <source>You sign in with docker login, your Docker ID and a personal access token from Docker Hub&apos;s account settings (the account password only works without two-step verification).</source>
        <translation>Accedi con docker login, il tuo Docker ID e un token di accesso personale creato nelle impostazioni dell&apos;account Docker Hub (la password dell&apos;account funziona solo senza verifica in due passaggi).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You sign in with your GitHub login and a classic token with read:packages (write:packages to push), for example from gh auth token; in GitHub Actions, GITHUB_TOKEN.</source>
        <translation>Accedi con il tuo login GitHub e un token classico con read:packages (write:packages per il push), ad esempio da gh auth token; in GitHub Actions, GITHUB_TOKEN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS and a token from aws ecr &amp;get-login-password</source>
        <translation>AWS e &amp;un token da aws ecr get-login-password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name is AWS; the password is a 12-hour token for the registry&apos;s region and account, from aws ecr get-login-password --region REGION.</source>
        <translation>Il nome utente è AWS; la password è un token di 12 ore per l&apos;area geografica e l&apos;account del registro, da aws ecr get-login-password --region REGION.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>oauth2accesstoken or a service account &amp;key (_json_key)</source>
        <translation>oauth2accessto&amp;ken o una chiave di account di servizio (_json_key)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oauth2accesstoken with a one-hour token from gcloud auth print-access-token, or _json_key (or _json_key_base64) with a service account&apos;s key file.</source>
        <translation>oauth2accesstoken con un token di un&apos;ora da gcloud auth print-access-token, oppure _json_key (o _json_key_base64) con il file di chiave di un account di servizio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Harbor user and password, or a robot account (robot$project+name) and its secret; put the name in single quotes in a shell, which would read $ as a variable.</source>
        <translation>Un utente Harbor e la sua password, oppure un account robot (robot$project+name) e il suo segreto; in una shell metti il nome tra virgolette singole, altrimenti $ viene letto come variabile.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Quay user and password (or encrypted password), or a robot account (organization+name) and its token.</source>
        <translation>Un utente Quay e la sua password (o password crittografata), oppure un account robot (organization+name) e il suo token.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A deploy token&apos;s user name and token, or your GitLab user name and a personal access token with read_registry (write_registry to push); in pipelines, gitlab-ci-token and CI_JOB_TOKEN.</source>
        <translation>Il nome utente e il token di un token di distribuzione, oppure il tuo nome utente GitLab e un token di accesso personale con read_registry (write_registry per il push); nelle pipeline, gitlab-ci-token e CI_JOB_TOKEN.</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Docker ID and personal access to&amp;ken</source>
        <translation>Doc&amp;ker ID e token di accesso personale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub login and personal access to&amp;ken (classic)</source>
        <translation>Login GitHub e to&amp;ken di accesso personale (classico)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>User or robot a&amp;ccount</source>
        <translation>&amp;Utente o account robot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deploy token or personal access to&amp;ken</source>
        <translation>To&amp;ken di distribuzione o token di accesso personale</translation>
    </message>
</context>
<context>
    <name>rd::RegistryNameProbe</name>
    <message>
        <location filename="../src/core/probes/registry_name_probe.cpp" line="+26"/>
        <source>&quot;%1&quot; is not a registry address.</source>
        <translation>&quot;%1&quot; non è l&apos;indirizzo di un registro.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>&quot;%1&quot; has %n mistake(s); the check uses %2.</source>
        <translation>
            <numerusform>&quot;%1&quot; contiene %n errore; il controllo usa %2.</numerusform>
            <numerusform>&quot;%1&quot; contiene %n errori; il controllo usa %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The login server is %1.</source>
        <translation>Il server di accesso è %1.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/registry_name_probe.h" line="+14"/>
        <source>Registry name</source>
        <translation>Nome del registro</translation>
    </message>
</context>
<context>
    <name>rd::RegistryPage</name>
    <message>
        <location filename="../ui/registry_page.ui"/>
        <source>Which registry do you want to reach?</source>
        <translation>Quale registro vuoi raggiungere?</translation>
    </message>
    <message>
        <location/>
        <source>Paste its address the way you have it, even with https:// or an image name. It is tidied up for you.</source>
        <translation>Incolla il suo indirizzo così come lo hai, anche con https:// o con il nome di un&apos;immagine. Verrà sistemato automaticamente.</translation>
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
        <translation>Il server di accesso del registro, ad esempio myregistry.azurecr.io</translation>
    </message>
    <message>
        <location/>
        <source>Us&amp;e this</source>
        <extracomment>Button next to a corrected registry address: use the corrected one.</extracomment>
        <translation>&amp;Usa questo</translation>
    </message>
    <message>
        <location/>
        <source>How do you sign in?</source>
        <extracomment>Heading above the ways of signing in to the registry.</extracomment>
        <translation>Come accedi?</translation>
    </message>
    <message>
        <location/>
        <source>&amp;Azure CLI (az acr login)</source>
        <translation>Azure CLI (a&amp;z acr login)</translation>
    </message>
    <message>
        <location/>
        <source>You sign in to Azure with az login; az acr login then signs Docker in to the registry.</source>
        <translation>Accedi ad Azure con az login; poi az acr login fa accedere Docker al registro.</translation>
    </message>
    <message>
        <location/>
        <source>You type a user name and a password or secret, for example with docker login.</source>
        <translation>Digiti un nome utente e una password o un segreto, ad esempio con docker login.</translation>
    </message>
    <message>
        <location/>
        <source>Repository-scoped &amp;token</source>
        <translation>&amp;Token con ambito repository</translation>
    </message>
    <message>
        <location/>
        <source>A token made for some repositories only. It has its own name and password.</source>
        <translation>Un token creato solo per alcuni repository. Ha un nome e una password propri.</translation>
    </message>
    <message>
        <location/>
        <source>The credentials &amp;Docker already saved</source>
        <translation>Le credenziali già salvate da &amp;Docker</translation>
    </message>
    <message>
        <location/>
        <source>You signed in before and Docker remembers it. Nothing to type.</source>
        <translation>Hai già eseguito l&apos;accesso in precedenza e Docker lo ricorda. Non c&apos;è nulla da digitare.</translation>
    </message>
    <message>
        <location/>
        <source>An Azure &amp;service (AKS, Azure DevOps)</source>
        <translation>Un &amp;servizio di Azure (AKS, Azure DevOps)</translation>
    </message>
    <message>
        <location/>
        <source>A service pulls the images with its own identity, not with yours.</source>
        <translation>Un servizio esegue il pull delle immagini con la propria identità, non con la tua.</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+110"/>
        <source>&amp;User name</source>
        <translation>&amp;Nome utente</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+5"/>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="-2"/>
        <source>For a service principal: its application (client) ID</source>
        <translation>Per un&apos;entità servizio: il suo ID applicazione (client)</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+3"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location/>
        <source>Used only for this check. It is never saved or shown.</source>
        <translation>Usata solo per questo controllo. Non viene mai salvata né mostrata.</translation>
    </message>
    <message>
        <location/>
        <source>Which image? (optional)</source>
        <extracomment>Heading of the optional repository and pull/push choice.</extracomment>
        <translation>Quale immagine? (facoltativo)</translation>
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
        <translation>Facoltativo. Il repository di cui verificare l&apos;accesso, senza registro e senza tag.</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="-63"/>
        <source>The repository you push to or pull from, without the registry and without a tag.</source>
        <translation>Il repository in cui esegui il push o da cui esegui il pull, senza registro e senza tag.</translation>
    </message>
    <message>
        <location/>
        <source>I want to</source>
        <extracomment>Label before the two choices &quot;Pull (download) images&quot; and &quot;Push (upload) images&quot;; the three read as one sentence.</extracomment>
        <translation>Voglio</translation>
    </message>
    <message>
        <location filename="../src/gui/registry_page.cpp" line="-205"/>
        <source>Check that you may download images</source>
        <translation>Verifica di poter scaricare le immagini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that you may upload images</source>
        <translation>Verifica di poter caricare le immagini</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>This cannot be used as a registry address.</source>
        <translation>Questo non può essere usato come indirizzo di un registro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+12"/>
        <source>Did you mean %1?</source>
        <extracomment>%1 is a registry address, such as myregistry.azurecr.io.</extracomment>
        <translation>Intendevi %1?</translation>
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
        <translation>Usa %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>the tag is not needed</source>
        <translation>il tag non serve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repository names are lowercase</source>
        <translation>i nomi dei repository sono in minuscolo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It will be used as &quot;%1&quot;.</source>
        <translation>Verrà usato come &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It will be used as &quot;%1&quot;: %2.</source>
        <extracomment>Separator between the reasons in &quot;It will be used as &quot;%1&quot;: %2.&quot; (Chinese and Japanese use 、).</extracomment>
        <translation>Verrà usato come &quot;%1&quot;: %2.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The name the token was given when it was created</source>
        <translation>Il nome assegnato al token quando è stato creato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token name</source>
        <translation>Nome del token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token password</source>
        <translation>Password del token</translation>
    </message>
    <message>
        <location line="-261"/>
        <source>Clear the registry field</source>
        <translation>Cancella il campo Registro</translation>
    </message>
    <message>
        <location line="+154"/>
        <location line="+35"/>
        <source>Invalid entry: %1</source>
        <translation>Voce non valida: %1</translation>
    </message>
    <message>
        <location filename="../ui/registry_page.ui"/>
        <source>User name and password (admin account or ser&amp;vice principal)</source>
        <translation>Nome utente e password (utente amministratore o entità ser&amp;vizio)</translation>
    </message>
    <message>
        <location/>
        <location filename="../src/gui/registry_page.cpp" line="+78"/>
        <source>Pass&amp;word</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location/>
        <source>Pull (download) &amp;images</source>
        <extracomment>Completes &quot;I want to&quot;. Pull is Docker&apos;s word for downloading images from a registry.</extracomment>
        <translation>Scari&amp;care le immagini (pull)</translation>
    </message>
    <message>
        <location/>
        <source>Push (upload) i&amp;mages</source>
        <extracomment>Completes &quot;I want to&quot;. Push is Docker&apos;s word for uploading images to a registry.</extracomment>
        <translation>Caricare le i&amp;mmagini (push)</translation>
    </message>
    <message>
        <location filename="../src/gui/registry_page.cpp" line="-10"/>
        <source>To&amp;ken name</source>
        <translation>&amp;Nome del token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token pass&amp;word</source>
        <translation>&amp;Password del token</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The check looks at whether you may push to &quot;%1&quot;.</source>
        <extracomment>%1 is the repository, for example &quot;team/app&quot;.</extracomment>
        <translation>Il controllo verifica se puoi eseguire il push in &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check looks at whether you may pull from &quot;%1&quot;.</source>
        <extracomment>%1 is the repository, for example &quot;team/app&quot;.</extracomment>
        <translation>Il controllo verifica se puoi eseguire il pull da &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>Type the token name and the token password: the check needs both.</source>
        <translation>Digita il nome del token e la password del token: il controllo richiede entrambi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the user name and the password: the check needs both.</source>
        <translation>Digita il nome utente e la password: il controllo richiede entrambi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the token name.</source>
        <translation>Digita il nome del token.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the user name.</source>
        <translation>Digita il nome utente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the token password.</source>
        <translation>Digita la password del token.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type the password.</source>
        <translation>Digita la password.</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>Type the registry&apos;s name before .azurecr.io, for example contoso.azurecr.io.</source>
        <translation>Digita il nome del registro prima di .azurecr.io, ad esempio contoso.azurecr.io.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Azure Container Registry addresses end in .azurecr.io (.azurecr.cn and .azurecr.us in the national clouds).</source>
        <translation>Gli indirizzi di Registro Azure Container terminano con .azurecr.io (.azurecr.cn e .azurecr.us nei cloud nazionali).</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>Show the token password</source>
        <translation>Mostra la password del token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the password</source>
        <translation>Mostra la password</translation>
    </message>
    <message>
        <location line="-265"/>
        <source>I do not know: find out</source>
        <translation>Non lo so: scoprilo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker (docker login, docker pull)</source>
        <translation>Docker (comandi docker login, docker pull)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Podman, Buildah or Skopeo</source>
        <translation>Podman, Buildah o Skopeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Helm (helm registry login, OCI charts)</source>
        <translation>Helm (helm registry login, chart OCI)</translation>
    </message>
    <message>
        <location filename="../ui/registry_page.ui"/>
        <source>Usin&amp;g</source>
        <extracomment>Label before the choice of program (Docker, Podman, Helm, or find out); reads on from &quot;I want to&quot;: I want to pull images, using Docker.</extracomment>
        <translation>Programma c&amp;he uso</translation>
    </message>
    <message>
        <location/>
        <source>The program that failed. Each keeps its own sign-ins and trusts its own certificates, so the check looks where that program looks.</source>
        <translation>Il programma che non ha funzionato. Ognuno conserva i propri accessi e considera attendibili i propri certificati, quindi il controllo guarda dove guarda quel programma.</translation>
    </message>
</context>
<context>
    <name>rd::RegistryReference</name>
    <message>
        <location filename="../src/core/registry/registry_reference.cpp" line="+217"/>
        <source>Remove the spaces before and after the name: %1</source>
        <translation>Togli gli spazi prima e dopo il nome: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the registry&apos;s login server is needed, not the whole command: %1</source>
        <translation>Serve solo il server di accesso del registro, non tutto il comando: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use lowercase letters: %1</source>
        <translation>Usa lettere minuscole: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out &quot;%1&quot;; the login server is the name alone: %2</source>
        <translation>Togli &quot;%1&quot;; il server di accesso è solo il nome: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the path after the server name: %1</source>
        <translation>Togli il percorso dopo il nome del server: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is an image reference; the registry&apos;s login server is: %1</source>
        <translation>Questo è il riferimento a un&apos;immagine; il server di accesso del registro è: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out &quot;:443&quot;, the standard HTTPS port, or the name will not match stored credentials: %1</source>
        <translation>Togli &quot;:443&quot;, la porta HTTPS standard, altrimenti il nome non corrisponderà alle credenziali salvate: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the registry&apos;s normal name, not the private-link name (its certificate is for *.azurecr.io; with a private endpoint the normal name leads to it): %1</source>
        <translation>Usa il nome normale del registro, non il nome privatelink (il suo certificato è per *.azurecr.io; con un endpoint privato il nome normale porta comunque lì): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is a data endpoint of the registry, not its login server. Log in to: %1</source>
        <translation>Questo è un endpoint dati del registro, non il suo server di accesso. Accedi a: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A name alone means an Azure container registry in the public cloud: %1</source>
        <translation>Un nome da solo indica un registro contenitori di Azure nel cloud pubblico: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the user name and password from the text and never share a password; the server is: %1</source>
        <translation>Togli il nome utente e la password dal testo e non condividere mai una password; il server è: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An Azure container registry name has 5 to 50 letters and digits. Did you mean: %1</source>
        <translation>Il nome di un registro contenitori di Azure ha da 5 a 50 lettere e cifre. Intendevi: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Azure container registry name has 5 to 50 letters and digits; &quot;%1&quot; has %2, so no such registry can exist.</source>
        <translation>Il nome di un registro contenitori di Azure ha da 5 a 50 lettere e cifre; &quot;%1&quot; ne ha %2, quindi un registro così non può esistere.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An Azure container registry name has only letters and digits (no dashes, dots or underscores). Did you mean: %1</source>
        <translation>Il nome di un registro contenitori di Azure contiene solo lettere e cifre (niente trattini, punti o caratteri di sottolineatura). Intendevi: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An Azure container registry name has only letters and digits (no dashes, dots or underscores), so no such registry can exist.</source>
        <translation>Il nome di un registro contenitori di Azure contiene solo lettere e cifre (niente trattini, punti o caratteri di sottolineatura), quindi un registro così non può esistere.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the registry&apos;s login server, for example myregistry.azurecr.io.</source>
        <translation>Inserisci il server di accesso del registro, ad esempio myregistry.azurecr.io.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port after the colon must be a number from 1 to 65535.</source>
        <translation>La porta dopo i due punti deve essere un numero da 1 a 65535.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not a valid server name. Did you mean: %1</source>
        <translation>Questo non è un nome di server valido. Intendevi: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a valid server name: a login server has only letters, digits, dots and dashes, like myregistry.azurecr.io.</source>
        <translation>Questo non è un nome di server valido: un server di accesso contiene solo lettere, cifre, punti e trattini, come myregistry.azurecr.io.</translation>
    </message>
</context>
<context>
    <name>rd::Report</name>
    <message>
        <location filename="../src/core/report/report_words.cpp" line="+55"/>
        <location filename="../src/core/report/text_report.cpp" line="+96"/>
        <source>warning</source>
        <translation>avviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>non superato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skipped</source>
        <translation>ignorato</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The check of %1 was cancelled before it finished.</source>
        <translation>Il controllo di %1 è stato annullato prima della fine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem found with %1.</source>
        <translation>Nessun problema trovato con %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n problem(s) found with %1.</source>
        <translation>
            <numerusform>%n problema trovato con %1.</numerusform>
            <numerusform>%n problemi trovati con %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/core/report/text_report.cpp" line="-6"/>
        <source>Practice scenario: %1</source>
        <translation>Scenario di esercitazione: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the check saw:</source>
        <translation>Cosa ha rilevato il controllo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to fix it:</source>
        <translation>Come risolvere:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checks:</source>
        <translation>Controlli:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Total time: %1 ms</source>
        <translation>Tempo totale: %1 ms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Registry Doctor report</source>
        <translation>Report di Registry Doctor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Registry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked at</source>
        <translation>Data del controllo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practice scenario</source>
        <translation>Scenario di esercitazione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the check saw</source>
        <translation>Cosa ha rilevato il controllo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How to fix it</source>
        <translation>Come risolvere</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Checks</source>
        <translation>Controlli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check</source>
        <translation>Controllo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_words.cpp" line="-1"/>
        <source>1 problem found with %1.</source>
        <translation>1 problema trovato con %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>passed</source>
        <translation>superato</translation>
    </message>
    <message>
        <location filename="../src/core/report/text_report.cpp" line="-50"/>
        <source>%1 (%2 ms): %3</source>
        <extracomment>One line per check in a text report: %1 is the check&apos;s name, %2 how long it took in milliseconds, %3 what it found.</extracomment>
        <translation>%1 (%2 ms): %3</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_words.cpp" line="-15"/>
        <source>Registry kind: %1</source>
        <extracomment>%1 is the registry service, such as &quot;GitHub Container Registry&quot; or &quot;Amazon ECR&quot;.</extracomment>
        <translation>Tipo di registro: %1</translation>
    </message>
    <message>
        <location filename="../src/core/report/text_report.cpp" line="-25"/>
        <source>advice</source>
        <extracomment>A label after advice in a text report: nothing was observed, unlike a &quot;problem&quot; or a &quot;warning&quot;.</extracomment>
        <translation>consiglio</translation>
    </message>
    <message>
        <location filename="../src/core/report/report_words.cpp" line="+9"/>
        <source>Client: %1</source>
        <extracomment>%1 is the program the check was made for: Docker, Podman or Helm.</extracomment>
        <translation>Client usato: %1</translation>
    </message>
</context>
<context>
    <name>rd::ResultsPage</name>
    <message>
        <location filename="../src/gui/results_page.cpp" line="+145"/>
        <source>Results</source>
        <extracomment>Name of the last step in the side list of steps. Short: one or two words.</extracomment>
        <translation>Risultati</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>No check has run yet</source>
        <translation>Non è ancora stato eseguito alcun controllo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check of %1 was stopped before it finished</source>
        <translation>Il controllo di %1 è stato interrotto prima della fine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem left with %1</source>
        <translation>Nessun problema rimasto con %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No problem found with %1</source>
        <translation>Nessun problema trovato con %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Opened from a report made on %1.</source>
        <extracomment>%1 is a date and time in the reader&apos;s format.</extracomment>
        <translation>Aperto da un report creato il %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened from a report.</source>
        <translation>Aperto da un report.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checked at %1, in %2.</source>
        <extracomment>%1 is a time of day (for example 14:05), not a date; %2 is how long the check took (&quot;350 ms&quot;, &quot;6.2 s&quot;).</extracomment>
        <translation>Controllo eseguito alle ore %1 (durata: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check was stopped before it finished: there may be more.</source>
        <translation>Il controllo è stato interrotto prima della fine: potrebbero esserci altri problemi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Practice scenario: %1.</source>
        <extracomment>%1 is the practice scenario.</extracomment>
        <translation>Scenario di esercitazione: %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+21"/>
        <source>passed</source>
        <translation>superato</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+26"/>
        <source>No problem found</source>
        <translation>Nessun problema trovato</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Signing in to %1 should work from this computer. The check verified:</source>
        <translation>L&apos;accesso a %1 dovrebbe funzionare da questo computer. Il controllo ha verificato:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If signing in still fails, check again with the exact error message: go back and paste it on the previous step.</source>
        <translation>Se l&apos;accesso continua a non riuscire, ripeti il controllo con il messaggio di errore esatto: torna indietro e incollalo nel passaggio precedente.</translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>%n passed</source>
        <extracomment>Counts of checks by outcome, joined into &quot;All checks (%1)&quot;: 6 passed, 1 warning, 2 skipped.</extracomment>
        <translation>
            <numerusform>%n superato</numerusform>
            <numerusform>%n superati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n non superato</numerusform>
            <numerusform>%n non superati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorato</numerusform>
            <numerusform>%n ignorati</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All checks (%1)</source>
        <extracomment>Heading of the list of every check; %1 is the counts, such as &quot;6 passed and 1 failed&quot; (joined as the language joins a list).</extracomment>
        <translation>Tutti i controlli (%1)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Show commands for %1</source>
        <extracomment>Screen-reader name of a button; %1 is a cause&apos;s title.</extracomment>
        <translation>Mostra i comandi per %1</translation>
    </message>
    <message numerus="yes">
        <location line="-315"/>
        <source>%n things to look at with %1</source>
        <extracomment>Heading when only warnings were found; %1 is the registry&apos;s address.</extracomment>
        <translation>
            <numerusform>%n elemento da verificare con %1</numerusform>
            <numerusform>%n elementi da verificare con %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n problems found with %1</source>
        <extracomment>Heading; %1 is the registry&apos;s address.</extracomment>
        <translation>
            <numerusform>%n problema trovato con %1</numerusform>
            <numerusform>%n problemi trovati con %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+225"/>
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avviso</numerusform>
            <numerusform>%n avvisi</numerusform>
        </translation>
    </message>
    <message>
        <location line="-293"/>
        <source>%1: passes now, but the check went further and found another problem.</source>
        <extracomment>Said after &quot;Check again&quot;: %1 is the problem&apos;s title. It no longer shows, but the check could now go further and found other problems.</extracomment>
        <translation>%1: ora il controllo riesce, ma è andato oltre e ha trovato un altro problema.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>Not tested</source>
        <extracomment>Heading above the checks that did not run, each followed by why.</extracomment>
        <translation>Non verificato</translation>
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
        <translation>Trovato anche questo, ma non impedisce ciò che hai chiesto:</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>This check found it.</source>
        <translation>Questo controllo lo ha trovato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This check did not find it: compare the choices on the first page (pull or push, the repository) with the complaint, and look at the checks that did not pass.</source>
        <translation>Questo controllo non lo ha trovato: confronta le scelte della prima pagina (pull o push, il repository) con la segnalazione ed esamina i controlli non superati.</translation>
    </message>
</context>
<context>
    <name>rd::Rules</name>
    <message>
        <location filename="../src/core/diagnosis/rules.cpp" line="+360"/>
        <source>Install Docker Desktop (Windows and macOS) from docker.com, or Docker Engine from your Linux distribution, then open a new terminal.</source>
        <translation>Installa Docker Desktop (Windows e macOS) da docker.com, oppure Docker Engine dalla tua distribuzione Linux, poi apri un nuovo terminale.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check that the command is found:</source>
        <translation>Verifica che il comando venga trovato:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Update Docker Desktop (or Docker Engine) to a current version, then check the version again:</source>
        <translation>Aggiorna Docker Desktop (o Docker Engine) a una versione attuale, poi controlla di nuovo la versione:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Start Docker Desktop (Windows, macOS) and wait until it says it is running; on Linux start the docker service.</source>
        <translation>Avvia Docker Desktop (Windows, macOS) e attendi che indichi di essere in esecuzione; su Linux avvia il servizio docker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that the engine answers (the Server section must appear without an error):</source>
        <translation>Verifica che il motore risponda (la sezione Server deve comparire senza errori):</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>docker buildx builds with the builder &quot;%1&quot; (driver %2, chosen with %3). BuildKit runs there with its own list of trusted certificate authorities, not the engine&apos;s.</source>
        <translation>docker buildx compila con il generatore &quot;%1&quot; (driver %2, scelto con %3). Lì BuildKit viene eseguito con un proprio elenco di autorità di certificazione attendibili, non con quello del motore.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker trusts %1 only through its certs.d folder, and the builder&apos;s configuration gives no certificate authority for %1: a docker pull works, a build that pulls from or pushes to %1 fails.</source>
        <translation>Docker considera attendibile %1 solo tramite la cartella certs.d e la configurazione del generatore non fornisce alcuna autorità di certificazione per %1: un docker pull funziona, una compilazione che esegue il pull da %1 o il push verso %1 non riesce.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>You typed &quot;%1&quot;.</source>
        <translation>Hai digitato &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in with Docker using exactly this login server:</source>
        <translation>Accedi con Docker usando esattamente questo server di accesso:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With the Azure CLI, give only the registry name:</source>
        <translation>Con Azure CLI indica solo il nome del registro:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write image names with the same lowercase login server:</source>
        <translation>Scrivi i nomi delle immagini con lo stesso server di accesso in minuscolo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the login server from the registry&apos;s Overview page in the Azure portal, or list your registries:</source>
        <translation>Copia il server di accesso dalla pagina Panoramica del registro nel portale di Azure, oppure elenca i tuoi registri:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the registry&apos;s name and that it exists in your subscription:</source>
        <translation>Controlla il nome del registro e che esista nella tua sottoscrizione:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look the name up yourself; &quot;Non-existent domain&quot; or NXDOMAIN confirms the name is wrong:</source>
        <translation>Risolvi tu stesso il nome; &quot;Non-existent domain&quot; o NXDOMAIN confermano che il nome è sbagliato:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Connect to your company network or VPN that reaches the registry&apos;s virtual network, then try again.</source>
        <translation>Connettiti alla rete aziendale o alla VPN che raggiunge la rete virtuale del registro, poi riprova.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the address the name resolves to on your computer with the one your administrator expects:</source>
        <translation>Confronta l&apos;indirizzo in cui il nome viene risolto sul tuo computer con quello che si aspetta il tuo amministratore:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you should reach it from the internet, ask the registry owner to allow public access for your network:</source>
        <translation>Se dovresti raggiungerlo da Internet, chiedi al proprietario del registro di consentire l&apos;accesso pubblico per la tua rete:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>See which proxy settings are in effect in your terminal:</source>
        <translation>Controlla quali impostazioni del proxy sono attive nel tuo terminale:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your IT department for the right proxy address, or let the registry bypass the proxy:</source>
        <translation>Chiedi al reparto IT l&apos;indirizzo corretto del proxy, oppure fai in modo che il registro non passi dal proxy:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker Desktop has its own proxy settings (Settings &gt; Resources &gt; Proxies); the Docker engine on Linux reads them from its service configuration.</source>
        <translation>Docker Desktop ha le sue impostazioni del proxy (Settings &gt; Resources &gt; Proxies); su Linux il motore Docker le legge dalla configurazione del servizio.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Test the connection to port 443 yourself:</source>
        <translation>Prova tu stesso la connessione alla porta 443:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If it fails, ask your network administrator to allow outgoing HTTPS (port 443) to the registry and its data endpoints (*.azurecr.io, *.blob.core.windows.net).</source>
        <translation>Se non riesce, chiedi all&apos;amministratore di rete di consentire il traffico HTTPS in uscita (porta 443) verso il registro e i suoi endpoint dati (*.azurecr.io, *.blob.core.windows.net).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Use the registry&apos;s normal name; its private link name does not match the certificate:</source>
        <translation>Usa il nome normale del registro; il nome privatelink non corrisponde al certificato:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask your IT department to exclude *.azurecr.io from TLS inspection, or to install the inspecting certificate authority in this computer&apos;s trusted store (Docker Desktop uses the system store).</source>
        <translation>Chiedi al reparto IT di escludere *.azurecr.io dall&apos;ispezione TLS, oppure di installare l&apos;autorità di certificazione che esegue l&apos;ispezione nell&apos;archivio dei certificati attendibili di questo computer (Docker Desktop usa l&apos;archivio di sistema).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See which certificate the connection presents:</source>
        <translation>Controlla quale certificato presenta la connessione:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ask the registry owner to allow your network&apos;s public IP address in the registry&apos;s Networking settings.</source>
        <translation>Chiedi al proprietario del registro di consentire l&apos;indirizzo IP pubblico della tua rete nelle impostazioni Rete del registro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the registry owner to allow your public IP address %1 in the registry&apos;s Networking settings:</source>
        <translation>Chiedi al proprietario del registro di consentire il tuo indirizzo IP pubblico %1 nelle impostazioni Rete del registro:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or connect through the network the registry already allows (office network, VPN).</source>
        <translation>Oppure connettiti tramite una rete già consentita dal registro (rete dell&apos;ufficio, VPN).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Wait a minute, then try again.</source>
        <translation>Attendi un minuto, poi riprova.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait %1 seconds, as the registry asks, then try again.</source>
        <translation>Attendi %1 secondi, come chiede il registro, poi riprova.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If it keeps happening, look for scripts or pipelines pulling in a loop; the registry&apos;s service tier sets how many requests it accepts.</source>
        <translation>Se continua a succedere, cerca script o pipeline che eseguono il pull in un ciclo; il livello di servizio del registro determina quante richieste accetta.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the address. For Azure Container Registry it is the login server shown on the registry&apos;s Overview page:</source>
        <translation>Controlla l&apos;indirizzo. Per il Registro Azure Container è il server di accesso indicato nella pagina Panoramica del registro:</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Try again in a few minutes. If it persists, check Azure&apos;s service health for Container Registry in your region.</source>
        <translation>Riprova tra qualche minuto. Se il problema persiste, controlla Integrità dei servizi di Azure per il Registro Azure Container nella tua area.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Sign in with your Azure account (needs the Azure CLI):</source>
        <translation>Accedi con il tuo account Azure (serve Azure CLI):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Or sign in with a user name and password (service principal, admin account or token); the password is typed, never written in the command:</source>
        <translation>Oppure accedi con nome utente e password (entità servizio, utente amministratore o token); la password va digitata, mai scritta nel comando:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For a service principal, find its application (client) ID, a value like 8f3c...-....; use it as the user name:</source>
        <translation>Per un&apos;entità servizio, trova il suo ID applicazione (client), un valore come 8f3c...-....; usalo come nome utente:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Then sign in again with that ID:</source>
        <translation>Poi accedi di nuovo con quell&apos;ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you ran sudo az acr login, run it without sudo: sudo does not see your own az login.</source>
        <translation>Se hai eseguito sudo az acr login, eseguilo senza sudo: sudo non vede il tuo az login.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sign in again; the new sign-in lasts about three hours:</source>
        <translation>Accedi di nuovo; il nuovo accesso dura circa tre ore:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For automation, use a service principal or a managed identity instead of a personal sign-in; if its secret expired, the owner creates a new one:</source>
        <translation>Per l&apos;automazione, usa un&apos;entità servizio o un&apos;identità gestita invece di un accesso personale; se il segreto è scaduto, il proprietario ne crea uno nuovo:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the password again carefully (copy it without spaces); it is read from the keyboard, never written in the command:</source>
        <translation>Digita di nuovo la password con attenzione (copiala senza spazi); viene letta dalla tastiera, mai scritta nel comando:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Admin account: the registry owner can show the current passwords:</source>
        <translation>Account amministratore: il proprietario del registro può visualizzare le password attuali:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service principal: the owner can create a new client secret:</source>
        <translation>Entità servizio: il proprietario può creare un nuovo segreto client:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Ask the registry owner to give your identity the %1 role on the registry:</source>
        <translation>Chiedi al proprietario del registro di assegnare alla tua identità il ruolo %1 sul registro:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a repository-scoped token, its scope map must allow %1 on %2.</source>
        <translation>Con un token con ambito repository, la sua mappa di ambito deve consentire %1 su %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>A role assigned minutes ago can take up to about ten minutes to apply; then sign in again.</source>
        <translation>Un ruolo assegnato da pochi minuti può richiedere fino a circa dieci minuti per diventare effettivo; poi accedi di nuovo.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Find the credential store named in Docker&apos;s settings file (%1):</source>
        <translation>Trova l&apos;archivio delle credenziali indicato nel file delle impostazioni di Docker (%1):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Install or repair the program %1 (it comes with Docker Desktop), or remove the &quot;credsStore&quot; line from the file so Docker saves credentials in the file itself; then sign in again.</source>
        <translation>Installa o ripara il programma %1 (è incluso in Docker Desktop), oppure rimuovi la riga &quot;credsStore&quot; dal file in modo che Docker salvi le credenziali nel file stesso; poi accedi di nuovo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>On Windows, &quot;The stub received bad data&quot; means the registry token is too long for Windows Credential Manager: removing &quot;credsStore&quot; is the known fix.</source>
        <translation>Su Windows, &quot;The stub received bad data&quot; significa che il token del registro è troppo lungo per Gestione credenziali di Windows: la soluzione nota è rimuovere &quot;credsStore&quot;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Install the Azure CLI:</source>
        <translation>Installa Azure CLI:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in to Azure, then to the registry:</source>
        <translation>Accedi ad Azure, poi al registro:</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>The password read from standard input was empty.</source>
        <translation>La password letta dallo standard input era vuota.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Set the clock to synchronise automatically (Windows: Settings &gt; Time &amp; language &gt; Sync now; macOS: System Settings &gt; General &gt; Date &amp; Time), or:</source>
        <translation>Imposta la sincronizzazione automatica dell&apos;orologio (Windows: Impostazioni &gt; Data/ora e lingua &gt; Sincronizza ora; macOS: Impostazioni di Sistema &gt; Generali &gt; Data e ora), oppure:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Then sign in again: tokens issued while the clock was wrong stay wrong.</source>
        <translation>Poi accedi di nuovo: i token rilasciati mentre l&apos;orologio era sbagliato restano sbagliati.</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>If you have no GPG key yet, create one (it asks for your name, e-mail address and a passphrase):</source>
        <translation>Se non hai ancora una chiave GPG, creane una (chiede nome, indirizzo e-mail e una passphrase):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up pass with your key&apos;s ID (the long hexadecimal number that gpg --list-secret-keys shows), then sign in again:</source>
        <translation>Configura pass con l&apos;ID della tua chiave (il lungo numero esadecimale mostrato da gpg --list-secret-keys), poi accedi di nuovo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the GPG key %1 from where it was made (gpg --export-secret-keys there, gpg --import here), or set up pass again with a key that is on this computer; logins saved with the old key are then lost:</source>
        <translation>Importa la chiave GPG %1 dal computer dove è stata creata (lì gpg --export-secret-keys, qui gpg --import), oppure configura di nuovo pass con una chiave presente su questo computer; gli accessi salvati con la vecchia chiave andranno persi:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in from the desktop session itself, not over SSH; or, on a server without a desktop, use pass instead (install pass and docker-credential-pass, then set &quot;credsStore&quot; to &quot;pass&quot; in %1):</source>
        <translation>Accedi dalla sessione desktop stessa, non tramite SSH; oppure, su un server senza desktop, usa pass (installa pass e docker-credential-pass, poi imposta &quot;credsStore&quot; su &quot;pass&quot; in %1):</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The Azure CLI is version %1; az acr login signs in with Podman from version %2 on.</source>
        <translation>Azure CLI è alla versione %1; az acr login accede con Podman dalla versione %2.</translation>
    </message>
    <message>
        <location line="-948"/>
        <source>Get a new token for the registry&apos;s region (it lasts 12 hours) and sign in with the user name AWS:</source>
        <translation>Ottieni un nuovo token per l&apos;area del registro (dura 12 ore) ed esegui l&apos;accesso con il nome utente AWS:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Get a new token (it lasts 12 hours) and sign in with the user name AWS:</source>
        <translation>Ottieni un nuovo token (dura 12 ore) ed esegui l&apos;accesso con il nome utente AWS:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Let Docker use your gcloud sign-in for exactly this host:</source>
        <translation>Consenti a Docker di usare il tuo accesso gcloud proprio per questo host:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Or sign in with an access token, valid for one hour:</source>
        <translation>Oppure esegui l&apos;accesso con un token di accesso, valido per un&apos;ora:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the GitHub CLI&apos;s token the packages scope, then sign in with it:</source>
        <translation>Aggiungi l&apos;ambito dei pacchetti al token di GitHub CLI, poi esegui l&apos;accesso con esso:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>See which AWS identity your AWS CLI signs in as; the registry&apos;s owner allows it in an IAM policy or in the repository&apos;s policy:</source>
        <translation>Verifica con quale identità AWS accede la tua AWS CLI; il proprietario del registro la autorizza in un criterio IAM o nel criterio del repository:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the repository&apos;s policy (needs the right to read it):</source>
        <translation>Leggi il criterio del repository (serve il diritto di leggerlo):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ask the repository&apos;s owner to give your account the role (a service account is written serviceAccount:NAME@PROJECT.iam.gserviceaccount.com):</source>
        <translation>Chiedi al proprietario del repository di assegnare il ruolo al tuo account (un account di servizio si scrive serviceAccount:NAME@PROJECT.iam.gserviceaccount.com):</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ask the repository&apos;s owner to give your account access, then sign in again.</source>
        <translation>Chiedi al proprietario del repository di dare accesso al tuo account, poi esegui di nuovo l&apos;accesso.</translation>
    </message>
    <message>
        <location line="+439"/>
        <source>Pull limit: %1 per %2; left: %3.</source>
        <translation>Limite di pull: %1 ogni %2; rimanenti: %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull limit: %1; left: %2.</source>
        <translation>Limite di pull: %1; rimanenti: %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It accepts requests again at %1.</source>
        <translation>Accetta di nuovo richieste alle %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in to Docker Hub, so that pulls count against your account&apos;s limit instead of your IP address&apos;s:</source>
        <translation>Esegui l&apos;accesso a Docker Hub, così i pull contano sul limite del tuo account invece che su quello del tuo indirizzo IP:</translation>
    </message>
    <message>
        <location line="+165"/>
        <source>Create a new token, then sign in with it; it is read from the keyboard, never written in the command:</source>
        <translation>Crea un nuovo token, poi esegui l&apos;accesso con esso; viene letto dalla tastiera, mai scritto nel comando:</translation>
    </message>
    <message>
        <location line="+329"/>
        <source>Docker has a login for %1, but none for %2, the registry you use.</source>
        <translation>Docker ha un accesso salvato per %1, ma nessuno per %2, il registro che usi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The user name &quot;%1&quot; is an e-mail address.</source>
        <translation>Il nome utente &quot;%1&quot; è un indirizzo e-mail.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in again with the user name this registry expects instead of the e-mail address:</source>
        <translation>Esegui di nuovo l&apos;accesso con il nome utente che questo registro richiede invece dell&apos;indirizzo e-mail:</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>The Azure CLI is signed in to %1; %2 is in %3.</source>
        <translation>Azure CLI ha eseguito l&apos;accesso a %1; %2 si trova in %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch the Azure CLI to the registry&apos;s cloud, sign in there, then to the registry:</source>
        <translation>Passa Azure CLI al cloud del registro, accedi lì, poi al registro:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To go back to the public cloud later:</source>
        <translation>Per tornare in seguito al cloud pubblico:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Your client looks for %1.</source>
        <translation>Il tuo client cerca %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The repository exists and has these tags, among others: %1. Pull one of them:</source>
        <translation>Il repository esiste e contiene, tra gli altri, questi tag: %1. Esegui il pull di uno di essi:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry has repositories with a similar name: %1. Pull with the name as it is written there:</source>
        <translation>Il registro contiene repository con un nome simile: %1. Esegui il pull con il nome scritto esattamente così:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the repositories in the registry, and the tags of this one:</source>
        <translation>Elenca i repository del registro e i tag di questo:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the tags the registry has for this repository (a 404 here means the repository itself does not exist):</source>
        <translation>Elenca i tag che il registro ha per questo repository (qui un 404 significa che il repository stesso non esiste):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On Docker Hub, a name without a namespace means an official image (library/%1); your own images are named ACCOUNT/%1.</source>
        <translation>Su Docker Hub un nome senza spazio dei nomi indica un&apos;immagine ufficiale (library/%1); le tue immagini si chiamano ACCOUNT/%1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you are the one who pushes it, push it first, under exactly this name:</source>
        <translation>Se sei tu a doverla inviare, esegui prima il push con esattamente questo nome:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ask your network administrator to allow outgoing HTTPS (port 443) to %1 in the firewall or proxy, as well as to the registry %2.</source>
        <translation>Chiedi all&apos;amministratore di rete di consentire nel firewall o nel proxy il traffico HTTPS in uscita (porta 443) verso %1, oltre che verso il registro %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name does not resolve on this computer: check its DNS (for a private endpoint, the private DNS zone needs a record for the data endpoint too):</source>
        <translation>Il nome non viene risolto su questo computer: controlla il DNS (per un endpoint privato, la zona DNS privata deve contenere un record anche per l&apos;endpoint dati):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test the connection to the data endpoint yourself:</source>
        <translation>Verifica tu stesso la connessione all&apos;endpoint dati:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The registry uses dedicated data endpoints; list every one the firewall must allow (one per region the registry is replicated to):</source>
        <translation>Il registro usa endpoint dati dedicati; elenca tutti quelli che il firewall deve consentire (uno per ogni area in cui il registro è replicato):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layers come from a shared storage account. Instead of allowing all of *.blob.core.windows.net, the registry owner can turn on dedicated data endpoints, whose names the firewall can allow one by one:</source>
        <translation>I livelli provengono da un account di archiviazione condiviso. Invece di consentire tutto *.blob.core.windows.net, il proprietario del registro può attivare gli endpoint dati dedicati, i cui nomi il firewall può consentire uno per uno:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Best: give the registry a TLS certificate for %1, so that passwords and images do not travel in clear text.</source>
        <translation>Soluzione migliore: assegna al registro un certificato TLS per %1, in modo che password e immagini non viaggino in chiaro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker: add &quot;insecure-registries&quot;: [&quot;%1&quot;] to the engine&apos;s settings (daemon.json: /etc/docker/daemon.json on Linux, Settings &gt; Docker Engine in Docker Desktop), restart Docker, and check that it is listed:</source>
        <translation>Docker: aggiungi &quot;insecure-registries&quot;: [&quot;%1&quot;] alle impostazioni del motore (daemon.json: /etc/docker/daemon.json in Linux, Settings &gt; Docker Engine in Docker Desktop), riavvia Docker e verifica che sia elencato:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Podman and Skopeo: mark it insecure in /etc/containers/registries.conf ([[registry]] with location = &quot;%1&quot; and insecure = true), or for one command:</source>
        <translation>Podman e Skopeo: contrassegnalo come non sicuro in /etc/containers/registries.conf ([[registry]] con location = &quot;%1&quot; e insecure = true), oppure per un solo comando:</translation>
    </message>
    <message>
        <location line="-522"/>
        <source>The registry %1 sends clients for tokens to %2.</source>
        <translation>Il registro %1 indirizza i client a %2 per ottenere i token.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See what the token service answers from this computer (a token service answers 401 or 200 with JSON, not a connection error or 404):</source>
        <translation>Verifica che cosa risponde il servizio token da questo computer (un servizio token risponde 401 o 200 con JSON, non un errore di connessione o 404):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the registry&apos;s administrator to fix the token realm in the registry&apos;s settings (for Distribution, auth.token.realm): it must be an https address that clients can reach, served by a running token service with a valid certificate.</source>
        <translation>Chiedi all&apos;amministratore del registro di correggere il realm del token nelle impostazioni del registro (per Distribution, auth.token.realm): deve essere un indirizzo https raggiungibile dai client, servito da un servizio token in esecuzione con un certificato valido.</translation>
    </message>
    <message>
        <location line="-663"/>
        <source>In a script, or where docker login cannot ask: the same with the password typed here and passed on standard input:</source>
        <translation>In uno script, o dove docker login non può chiedere la password: lo stesso, con la password digitata qui e passata sullo standard input:</translation>
    </message>
    <message>
        <location line="+1023"/>
        <source>The pull secret holds no registry at all (its auths are empty).</source>
        <translation>Il segreto pull non contiene alcun registro (il suo auths è vuoto).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The pull secret holds credentials for %1, none for %2: Kubernetes pulls from %2 without signing in.</source>
        <translation>Il segreto pull contiene le credenziali per %1, nessuna per %2: Kubernetes esegue il pull da %2 senza accedere.</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>Ask the registry owner to give your identity the %1 role on the registry (AcrPull and AcrPush give nothing in this mode):</source>
        <translation>Chiedi al proprietario del registro di assegnare alla tua identità il ruolo %1 sul registro (in questa modalità AcrPull e AcrPush non concedono nulla):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To allow only the repository %1, the owner adds an ABAC condition on the repository name to that role assignment (Azure portal: Access control (IAM), Add role assignment, Conditions).</source>
        <translation>Per consentire solo il repository %1, il proprietario aggiunge a quell&apos;assegnazione di ruolo una condizione ABAC sul nome del repository (portale di Azure: Controllo di accesso (IAM), Aggiungi assegnazione di ruolo, Condizioni).</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>The limit counts the pulls of the last %1: pulls are possible again as the older ones leave that window.</source>
        <translation>Il limite conta i pull delle ultime %1: i pull tornano possibili man mano che quelli più vecchi escono da quell&apos;intervallo.</translation>
    </message>
    <message>
        <location line="+190"/>
        <source>This Docker ID has two-factor authentication on: create a personal access token in Docker Hub (Account settings, Personal access tokens), then sign in with it as the password; it is read from the keyboard, never written in the command:</source>
        <translation>Questo Docker ID ha l&apos;autenticazione a due fattori attiva: crea un token di accesso personale in Docker Hub (Account settings, Personal access tokens), poi accedi usandolo come password; viene letto dalla tastiera, mai scritto nel comando:</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Helm cannot load its registry config %1, and helm registry login fails on it too. Move the file aside first (or correct it):</source>
        <translation>Helm non riesce a caricare il suo file di configurazione del registro %1, e anche helm registry login non riesce per lo stesso motivo. Prima sposta il file altrove (o correggilo):</translation>
    </message>
    <message>
        <location line="+270"/>
        <source>Get the registry token with the Azure CLI and give it to helm registry login; the user name is always 00000000-0000-0000-0000-000000000000:</source>
        <translation>Ottieni il token del registro con Azure CLI e passalo a helm registry login; il nome utente è sempre 00000000-0000-0000-0000-000000000000:</translation>
    </message>
    <message>
        <location line="-993"/>
        <source>In a script, or where %1 cannot ask: the same with the password typed here and passed on standard input:</source>
        <translation>In uno script, o dove %1 non può chiedere la password: lo stesso, con la password digitata qui e passata sullo standard input:</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>The Docker engine connects to %1 through the proxy %2 (its own HTTPS proxy setting).</source>
        <translation>Il motore Docker si connette a %1 tramite il proxy %2 (la sua impostazione del proxy HTTPS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine&apos;s HTTPS proxy setting is not a valid proxy address.</source>
        <translation>L&apos;impostazione del proxy HTTPS del motore Docker non è un indirizzo proxy valido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine connects to %1 directly: its No Proxy setting (%2) exempts it.</source>
        <translation>Il motore Docker si connette a %1 direttamente: la sua impostazione No Proxy (%2) lo esclude.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine connects to %1 directly: it has no HTTPS proxy setting.</source>
        <translation>Il motore Docker si connette a %1 direttamente: non ha alcuna impostazione del proxy HTTPS.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This check, like the docker command in your terminal, went through the proxy %1 (from %2).</source>
        <translation>Questo controllo, come il comando docker nel tuo terminale, è passato tramite il proxy %1 (da %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This check, like the docker command in your terminal, connected directly.</source>
        <translation>Questo controllo, come il comando docker nel tuo terminale, si è connesso direttamente.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In Docker Desktop, open Settings &gt; Resources &gt; Proxies and set the same proxy as your terminal (or turn manual proxy configuration off to follow the system&apos;s), with %1 in the bypass list if it must be reached directly. Then select Apply &amp; restart.</source>
        <translation>In Docker Desktop apri Settings &gt; Resources &gt; Proxies e imposta lo stesso proxy del tuo terminale (oppure disattiva la configurazione manuale del proxy per seguire quella del sistema), con %1 nell&apos;elenco delle eccezioni se deve essere raggiunto direttamente. Quindi seleziona Apply &amp; restart.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Docker Engine on Linux: give the docker service the same proxy in a systemd drop-in (or in /etc/docker/daemon.json under &quot;proxies&quot;, Docker 23 and later), then restart it:</source>
        <translation>Docker Engine su Linux: assegna al servizio docker lo stesso proxy in un file drop-in di systemd (oppure in /etc/docker/daemon.json sotto &quot;proxies&quot;, da Docker 23 in poi), quindi riavvialo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check what the engine uses now:</source>
        <translation>Verifica cosa usa ora il motore:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The docker command sends its commands to %1 (from %2): the engine %3 runs on another machine.</source>
        <translation>Il comando docker invia i suoi comandi a %1 (da %2): il motore %3 è in esecuzione su un&apos;altra macchina.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs in Docker Desktop&apos;s virtual machine (kernel %1).</source>
        <translation>Il motore è in esecuzione nella macchina virtuale di Docker Desktop (kernel %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine runs in WSL 2 (%1, kernel %2).</source>
        <translation>Il motore è in esecuzione in WSL 2 (%1, kernel %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>See which engine the docker command uses, and where it runs:</source>
        <translation>Verifica quale motore usa il comando docker e dove è in esecuzione:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test from the engine&apos;s side: a pull runs there, with its DNS, certificates and proxy.</source>
        <translation>Esegui il test dal lato del motore: un pull viene eseguito lì, con il suo DNS, i suoi certificati e il suo proxy.</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>The Docker engine lists %1 among its insecure registries, so docker login, pull and push connect to it without checking the certificate.</source>
        <translation>Il motore Docker elenca %1 tra i suoi registri non sicuri, quindi docker login, pull e push vi si connettono senza verificare il certificato.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine treats the addresses in %1 as insecure registries, and %2 is among them, so docker login, pull and push connect to it without checking the certificate.</source>
        <translation>Il motore Docker considera registri non sicuri gli indirizzi in %1, e %2 è tra questi, quindi docker login, pull e push vi si connettono senza verificare il certificato.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in was not tested here: this check verifies certificates, as Podman, Skopeo, Helm and the Azure CLI do.</source>
        <translation>L&apos;accesso non è stato testato qui: questo controllo verifica i certificati, come fanno Podman, Skopeo, Helm e l&apos;interfaccia della riga di comando di Azure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best: have the registry use a certificate that Docker can verify, and give Docker its certificate authority in /etc/docker/certs.d/%1/ca.crt (on Docker Desktop, ~/.docker/certs.d/%1/ca.crt) instead of listing it as insecure.</source>
        <translation>Soluzione migliore: fai usare al registro un certificato che Docker possa verificare e fornisci a Docker la relativa autorità di certificazione in /etc/docker/certs.d/%1/ca.crt (con Docker Desktop, ~/.docker/certs.d/%1/ca.crt) invece di elencarlo come non sicuro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the engine&apos;s insecure registries (Docker Desktop: Settings &gt; Docker Engine; Linux: &quot;insecure-registries&quot; in /etc/docker/daemon.json):</source>
        <translation>Visualizza i registri non sicuri del motore (Docker Desktop: Settings &gt; Docker Engine; Linux: &quot;insecure-registries&quot; in /etc/docker/daemon.json):</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Sign in with %1 using exactly this login server:</source>
        <translation>Accedi con %1 usando esattamente questo server di accesso:</translation>
    </message>
    <message>
        <location line="+550"/>
        <source>Find the credential store named in %1, the file %2 took it from:</source>
        <translation>Trova l&apos;archivio delle credenziali indicato in %1, il file da cui %2 lo ha preso:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Install or repair the program %1, or remove the store from &quot;%2&quot; in that file so that %3 keeps logins in a file; then sign in again with %4.</source>
        <translation>Installa o ripara il programma %1, oppure rimuovi l&apos;archivio da &quot;%2&quot; in quel file in modo che %3 conservi gli accessi in un file; poi accedi di nuovo con %4.</translation>
    </message>
    <message>
        <location line="-870"/>
        <source>Let %1 use your gcloud sign-in for exactly this host (gcloud writes it to Docker&apos;s config, which %1 reads too):</source>
        <translation>Consenti a %1 di usare il tuo accesso gcloud proprio per questo host (gcloud lo scrive nella configurazione di Docker, che %1 legge a sua volta):</translation>
    </message>
</context>
<context>
    <name>rd::Runner</name>
    <message numerus="yes">
        <location filename="../src/core/diagnosis/runner.cpp" line="+117"/>
        <source>No answer within %n second(s); the check stopped waiting.</source>
        <translation>
            <numerusform>Nessuna risposta entro %n secondo; il controllo ha smesso di attendere.</numerusform>
            <numerusform>Nessuna risposta entro %n secondi; il controllo ha smesso di attendere.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rd::Symptoms</name>
    <message>
        <location filename="../src/core/diagnosis/symptom_catalog.cpp" line="+25"/>
        <source>I cannot sign in to my registry with docker login, az acr login, or either of them</source>
        <translation>Non riesco ad accedere al registro con docker login, con az acr login o con entrambi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing in tells me I am unauthorized, or that my application is not registered (Microsoft Entra ID, formerly Azure AD)</source>
        <translation>L&apos;accesso mi dice che non sono autorizzato, oppure che la mia applicazione non è registrata (Microsoft Entra ID, in precedenza Azure AD)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Azure CLI says it could not connect to the registry login server</source>
        <translation>Azure CLI dice che non è riuscita a connettersi al server di accesso del registro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pushing or pulling images fails with unauthorized, even though I signed in</source>
        <translation>Il push o il pull delle immagini non riesce con unauthorized, anche se ho eseguito l&apos;accesso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AKS, Azure DevOps or another Azure service cannot get to my registry</source>
        <translation>AKS, Azure DevOps o un altro servizio di Azure non riesce a raggiungere il mio registro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signing in fails with 403 Forbidden</source>
        <translation>L&apos;accesso non riesce con 403 Forbidden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I cannot see or change my registry in the Azure portal or with the Azure CLI</source>
        <translation>Non riesco a vedere o modificare il mio registro nel portale di Azure o con Azure CLI</translation>
    </message>
</context>
<context>
    <name>rd::SymptomsPage</name>
    <message>
        <location filename="../ui/symptoms_page.ui"/>
        <source>What goes wrong?</source>
        <translation>Cosa non funziona?</translation>
    </message>
    <message>
        <location/>
        <source>Paste the error message, or tick what you see. Not sure? Leave &quot;check everything&quot; on: it only takes a moment longer.</source>
        <translation>Incolla il messaggio di errore oppure seleziona quello che vedi. Nel dubbio, lascia attivo &quot;controlla tutto&quot;: richiede solo un momento in più.</translation>
    </message>
    <message>
        <location/>
        <source>Error message</source>
        <extracomment>Screen-reader name of the box where the error message is pasted.</extracomment>
        <translation>Messaggio di errore</translation>
    </message>
    <message>
        <location/>
        <source>Paste the error message you got. It is explained below as you paste it.</source>
        <translation>Incolla il messaggio di errore ricevuto. Viene spiegato qui sotto man mano che lo incolli.</translation>
    </message>
    <message>
        <location/>
        <source>What do you see?</source>
        <extracomment>Heading of the list of symptoms to tick.</extracomment>
        <translation>Cosa vedi?</translation>
    </message>
    <message>
        <location/>
        <source>I&apos;m not sure, check &amp;everything</source>
        <translation>Nel dubbio, controlla &amp;tutto</translation>
    </message>
    <message>
        <location/>
        <source>Every check runs. This is the safe choice.</source>
        <translation>Vengono eseguiti tutti i controlli. È la scelta sicura.</translation>
    </message>
    <message>
        <location filename="../src/gui/symptoms_page.cpp" line="+98"/>
        <source>What happens</source>
        <extracomment>Name of the second step in the side list of steps (the symptoms: what goes wrong). Short.</extracomment>
        <translation>Cosa succede</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Start check</source>
        <translation>&amp;Avvia il controllo</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+222"/>
        <source>For example: %1</source>
        <translation>Ad esempio: %1</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>This message is not one Registry Doctor knows yet. The check will still look at everything.</source>
        <translation>Registry Doctor non conosce ancora questo messaggio. Il controllo verificherà comunque tutto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What it means</source>
        <extracomment>Heading above the explanation of a pasted error message.</extracomment>
        <translation>Cosa significa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Printed by: %1</source>
        <translation>Stampato da: %1</translation>
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
        <translation>Causa probabile: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Use %1</source>
        <extracomment>Button that takes the registry named in the pasted error message; %1 is its address.</extracomment>
        <translation>Usa %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message names this registry.</source>
        <translation>Il messaggio cita questo registro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The message names a different registry than %1.</source>
        <translation>Il messaggio cita un registro diverso da %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The check will use %1.</source>
        <translation>Il controllo userà %1.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Ticked: %1.</source>
        <translation>Selezionati: %1.</translation>
    </message>
    <message>
        <location filename="../ui/symptoms_page.ui"/>
        <source>Paste the error &amp;message you got (optional)</source>
        <translation>Incolla il &amp;messaggio di errore ricevuto (facoltativo)</translation>
    </message>
    <message>
        <location filename="../src/gui/symptoms_page.cpp" line="+132"/>
        <source>Help-desk case number, if you have one (saved in the report)</source>
        <extracomment>Label of an optional field for the number of the user&apos;s support ticket, saved in the report.</extracomment>
        <translation>Numero della richiesta di assistenza, se ne hai uno (salvato nel report)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help-desk case number</source>
        <translation>Numero della richiesta di assistenza</translation>
    </message>
</context>
<context>
    <name>rd::TcpProbe</name>
    <message>
        <location filename="../src/core/probes/tcp_probe.cpp" line="+79"/>
        <source>Skipped: there is no registry address to check.</source>
        <translation>Ignorato: non c&apos;è un indirizzo di registro da controllare.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skipped: the registry&apos;s name did not resolve to an address.</source>
        <translation>Ignorato: il nome del registro non è stato risolto in un indirizzo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Practice mode only talks to this computer; %1 is not part of the exercise.</source>
        <translation>La modalità esercitazione comunica solo con questo computer; %1 non fa parte dell&apos;esercizio.</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>No answer from %1 within %n second(s): something on the way (a firewall, a private network) drops the connection.</source>
        <translation>
            <numerusform>Nessuna risposta da %1 entro %n secondo: qualcosa lungo il percorso (un firewall, una rete privata) scarta la connessione.</numerusform>
            <numerusform>Nessuna risposta da %1 entro %n secondi: qualcosa lungo il percorso (un firewall, una rete privata) scarta la connessione.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 refused the connection: nothing accepts connections there, or a firewall rejects them.</source>
        <translation>%1 ha rifiutato la connessione: lì nessuno accetta connessioni, oppure un firewall le respinge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to %1: %2</source>
        <translation>Impossibile connettersi a %1: %2</translation>
    </message>
    <message>
        <location filename="../src/core/probes/tcp_probe.h" line="+23"/>
        <source>Connection to the registry</source>
        <translation>Connessione al registro</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/core/probes/tcp_probe.cpp" line="-12"/>
        <source>No answer from the proxy %1 within %n second(s): the proxy is down, or something on the way drops the connection.</source>
        <translation>
            <numerusform>Nessuna risposta dal proxy %1 entro %n secondo: il proxy non è attivo, oppure qualcosa lungo il percorso scarta la connessione.</numerusform>
            <numerusform>Nessuna risposta dal proxy %1 entro %n secondi: il proxy non è attivo, oppure qualcosa lungo il percorso scarta la connessione.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-11"/>
        <source>Connected to the proxy %1 in %n millisecond(s).</source>
        <translation>
            <numerusform>Connesso al proxy %1 in %n millisecondo.</numerusform>
            <numerusform>Connesso al proxy %1 in %n millisecondi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Connected to %1 in %n millisecond(s).</source>
        <translation>
            <numerusform>Connesso a %1 in %n millisecondo.</numerusform>
            <numerusform>Connesso a %1 in %n millisecondi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The proxy %1 refused the connection: no proxy is running there, or a firewall rejects the connection.</source>
        <translation>Il proxy %1 ha rifiutato la connessione: lì non è in esecuzione alcun proxy, oppure un firewall respinge la connessione.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to the proxy %1: %2</source>
        <translation>Impossibile connettersi al proxy %1: %2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Connected to %1 over IPv4 (%2), but not over IPv6 (%3): %4. Programs that try IPv6 first and do not fall back to IPv4 fail here.</source>
        <translation>Connessione a %1 riuscita tramite IPv4 (%2), ma non tramite IPv6 (%3): %4. I programmi che provano prima IPv6 e non ripiegano su IPv4 qui non riescono a connettersi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer in time</source>
        <translation>nessuna risposta entro il tempo previsto</translation>
    </message>
</context>
<context>
    <name>rd::TlsProbe</name>
    <message>
        <location filename="../src/core/probes/tls_probe.cpp" line="+45"/>
        <source>Skipped: no connection to the registry.</source>
        <translation>Ignorato: nessuna connessione con il registro.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The secure connection could not be set up: %1</source>
        <translation>Non è stato possibile stabilire la connessione protetta: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>The connection opened, but the secure handshake got no answer within %n second(s): something on the way (a firewall that filters secure connections) or the server stops it.</source>
        <translation>
            <numerusform>La connessione si è aperta, ma l&apos;handshake protetto non ha ricevuto risposta entro %n secondo: lo interrompe qualcosa lungo il percorso (un firewall che filtra le connessioni protette) oppure il server.</numerusform>
            <numerusform>La connessione si è aperta, ma l&apos;handshake protetto non ha ricevuto risposta entro %n secondi: lo interrompe qualcosa lungo il percorso (un firewall che filtra le connessioni protette) oppure il server.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1 with a valid certificate for %2, issued by %3, valid until %4.</source>
        <translation>%1 con un certificato valido per %2, emesso da %3, valido fino al %4.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The certificate is issued by &quot;%1&quot;, which this computer does not trust. A company proxy or antivirus that inspects secure connections usually does this.</source>
        <translation>Il certificato è emesso da &quot;%1&quot;, che questo computer non considera attendibile. Di solito succede con un proxy aziendale o un antivirus che ispeziona le connessioni protette.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate is for %1, not for %2.</source>
        <translation>Il certificato è per %1, non per %2.</translation>
    </message>
    <message>
        <location filename="../src/core/probes/tls_probe.h" line="+21"/>
        <source>Secure connection (TLS)</source>
        <translation>Connessione protetta (TLS)</translation>
    </message>
    <message>
        <location filename="../src/core/probes/tls_probe.cpp" line="+57"/>
        <source>Docker does not check certificates for registries on 127.0.0.0/8 (its default insecure registries), so it connects although &quot;%1&quot; is not a trusted issuer. Podman, Skopeo, the Azure CLI and browsers refuse this certificate.</source>
        <translation>Docker non verifica i certificati dei registri su 127.0.0.0/8 (i suoi registri non sicuri predefiniti), quindi si connette anche se &quot;%1&quot; non è un emittente attendibile. Podman, Skopeo, Azure CLI e i browser rifiutano questo certificato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Docker trusts this certificate through %1. This computer&apos;s own store does not, so the Azure CLI, browsers and other programs on this computer will refuse it.</source>
        <translation>Docker considera attendibile questo certificato tramite %1. L&apos;archivio di questo computer no, quindi Azure CLI, i browser e gli altri programmi di questo computer lo rifiuteranno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Podman and Skopeo trust this certificate through %1. This computer&apos;s own store does not, so the Azure CLI, browsers and other programs on this computer will refuse it.</source>
        <translation>Podman e Skopeo considerano attendibile questo certificato tramite %1. L&apos;archivio di questo computer no, quindi Azure CLI, i browser e gli altri programmi di questo computer lo rifiuteranno.</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>The registry speaks plain HTTP on port %1, without TLS. Docker uses plain HTTP for registries on 127.0.0.0/8 by itself, so it can work with it; Podman and Skopeo cannot unless the registry is marked insecure. The rest of the check needs TLS and was not done.</source>
        <translation>Il registro usa HTTP semplice sulla porta %1, senza TLS. Docker usa da solo HTTP semplice per i registri in 127.0.0.0/8, quindi può funzionare; Podman e Skopeo no, a meno che il registro non sia contrassegnato come non sicuro. Il resto del controllo richiede TLS e non è stato eseguito.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registry speaks plain HTTP on port %1, without TLS: it answered a request in clear text.</source>
        <translation>Il registro usa HTTP semplice sulla porta %1, senza TLS: ha risposto a una richiesta in chiaro.</translation>
    </message>
</context>
<context>
    <name>rd::WizardModel</name>
    <message>
        <location filename="../src/gui/wizard_model.cpp" line="+141"/>
        <source>&quot;%1&quot; is not a registry address.</source>
        <translation>&quot;%1&quot; non è l&apos;indirizzo di un registro.</translation>
    </message>
</context>
<context>
    <name>rd::WizardPage</name>
    <message>
        <location filename="../src/gui/wizard_page.h" line="+22"/>
        <source>&amp;Next</source>
        <translation>&amp;Avanti</translation>
    </message>
</context>
</TS>
