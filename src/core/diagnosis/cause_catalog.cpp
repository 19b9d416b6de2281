#include "cause_catalog.h"
#include <QCoreApplication>
#include <QLocale>
#include <iterator>

namespace rd {

namespace {

struct LinkInfo
{
    const char *page;
    const char *title;
};

struct CauseInfo
{
    CauseId id;
    Cause::Severity severity;
    const char *title;
    const char *explanation;
    std::initializer_list<LinkInfo> links;
};

// QT_TRANSLATE_NOOP is written out in full: lupdate does not expand a shorter macro around it.

// Page slugs as they are today: Microsoft's redirect file for these docs
// (MicrosoftDocs/azure-management-docs, articles/container-registry/.openpublishing.redirection.container-registry.json)
// moved troubleshoot-login, roles and repository-scoped-permissions to the slugs below.
const LinkInfo kTroubleshootLogin{"container-registry-troubleshoot-login-authn-authz", QT_TRANSLATE_NOOP("rd::Causes", "Troubleshoot registry login")};
const LinkInfo kTroubleshootAccess{"container-registry-troubleshoot-access", QT_TRANSLATE_NOOP("rd::Causes", "Troubleshoot network issues with the registry")};
const LinkInfo kAuthentication{"container-registry-authentication", QT_TRANSLATE_NOOP("rd::Causes", "Authenticate with an Azure container registry")};
const LinkInfo kServicePrincipal{"container-registry-auth-service-principal", QT_TRANSLATE_NOOP("rd::Causes", "Sign in with a service principal")};
const LinkInfo kRoles{"container-registry-rbac-built-in-roles-overview", QT_TRANSLATE_NOOP("rd::Causes", "Azure Container Registry built-in roles")};
const LinkInfo kScopedTokens{"container-registry-token-based-repository-permissions", QT_TRANSLATE_NOOP("rd::Causes", "Repository-scoped tokens")};
const LinkInfo kFaq{"container-registry-faq", QT_TRANSLATE_NOOP("rd::Causes", "Frequently asked questions")};
const LinkInfo kCheckHealth{"container-registry-check-health", QT_TRANSLATE_NOOP("rd::Causes", "Check the health of a registry")};
const LinkInfo kPrivateLink{"container-registry-private-link", QT_TRANSLATE_NOOP("rd::Causes", "Connect privately to a registry with Azure Private Link")};
const LinkInfo kFirewall{"container-registry-access-selected-networks", QT_TRANSLATE_NOOP("rd::Causes", "Allow access from selected public networks")};
const LinkInfo kManagedIdentity{"container-registry-authentication-managed-identity", QT_TRANSLATE_NOOP("rd::Causes", "Sign in with a managed identity")};
const LinkInfo kFirewallRules{"container-registry-firewall-access-rules", QT_TRANSLATE_NOOP("rd::Causes", "Configure rules to access a registry behind a firewall")};
const LinkInfo kDataEndpoints{"container-registry-dedicated-data-endpoints", QT_TRANSLATE_NOOP("rd::Causes", "Dedicated data endpoints")};
const LinkInfo kRepositories{"container-registry-repositories", QT_TRANSLATE_NOOP("rd::Causes", "View repositories in a registry")};
const LinkInfo kBestPractices{"container-registry-best-practices", QT_TRANSLATE_NOOP("rd::Causes", "Best practices for Azure Container Registry")};

const CauseInfo kCauses[] = {
    {CauseId::DockerNotInstalled, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "Docker is not installed"),
     QT_TRANSLATE_NOOP("rd::Causes", "The docker command was not found on this computer. Signing in with docker login, and pulling or pushing images, needs the Docker client; az acr login also calls it."),
     {kTroubleshootLogin, kAuthentication}},
    {CauseId::DockerTooOld, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "Docker is too old"),
     QT_TRANSLATE_NOOP("rd::Causes", "Azure Container Registry needs Docker 18.03 or later. Older clients do not speak the sign-in protocol the registry expects."),
     {kTroubleshootLogin}},
    {CauseId::DockerDaemonNotRunning, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The Docker engine is not running"),
     QT_TRANSLATE_NOOP("rd::Causes", "The docker command is installed, but the Docker engine behind it (the daemon, or Docker Desktop) does not answer. Pulling and pushing images need it, and older Docker versions need it to sign in too."),
     {kTroubleshootLogin}},
    {CauseId::RegistryNameInvalid, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The registry name is not written correctly"),
     QT_TRANSLATE_NOOP("rd::Causes", "Docker needs the registry's full login server in lowercase, such as myregistry.azurecr.io, with no https://, no path and no port. The Azure CLI (az acr login --name) needs just the registry name, without the domain."),
     {kTroubleshootLogin, kFaq}},
    {CauseId::RegistryNotFound, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The registry name does not exist"),
     QT_TRANSLATE_NOOP("rd::Causes", "The name could not be found in DNS: there is no registry with this name, it is misspelled, it belongs to another Azure cloud (.azurecr.cn, .azurecr.us), or this computer's DNS is not working."),
     {kTroubleshootLogin, kTroubleshootAccess}},
    {CauseId::NetworkUnreachable, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The registry cannot be reached from this network"),
     QT_TRANSLATE_NOOP("rd::Causes", "This computer could not open a connection to the registry. Something between the two (a firewall, a VPN, a network that blocks outgoing traffic on port 443) stops the connection before any sign-in can happen."),
     {kTroubleshootAccess}},
    {CauseId::ProxyProblem, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The proxy blocks the connection"),
     QT_TRANSLATE_NOOP("rd::Causes", "Connections to the registry go through a proxy, and the proxy did not let this one through: it is unreachable, asks for a sign-in of its own, or refuses the registry's address."),
     {kTroubleshootAccess}},
    {CauseId::TlsUntrustedCertificate, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The registry's certificate is not trusted"),
     QT_TRANSLATE_NOOP("rd::Causes", "The secure connection presents a certificate this computer does not trust. When the issuer is not Microsoft's, a company proxy or antivirus is usually opening secure connections to inspect them; Docker then refuses to send credentials."),
     {kTroubleshootAccess, kFaq}},
    {CauseId::FirewallBlocked, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The registry's firewall does not allow your network"),
     QT_TRANSLATE_NOOP("rd::Causes", "The registry answered, but refused this computer's public IP address. The registry only accepts connections from selected networks, or its public access is turned off."),
     {kTroubleshootAccess, kFirewall}},
    {CauseId::PrivateEndpointDns, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The registry is only reachable through its private network"),
     QT_TRANSLATE_NOOP("rd::Causes", "The registry's name points to a private endpoint (a private address in an Azure virtual network). From outside that network, for example from home or without the VPN, the connection cannot succeed; inside it, the private DNS zone must be set up."),
     {kTroubleshootAccess, kPrivateLink}},
    {CauseId::Throttled, Cause::Severity::Warning, QT_TRANSLATE_NOOP("rd::Causes", "The registry is limiting requests"),
     QT_TRANSLATE_NOOP("rd::Causes", "The registry answered 429 (too many requests): it is slowing down clients that send many requests in a short time. Waiting a little and trying again usually works."),
     {kTroubleshootAccess, kBestPractices}},
    {CauseId::NotARegistry, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The address is not a container registry"),
     QT_TRANSLATE_NOOP("rd::Causes", "Something answered at this address, but not as a container registry does. The address is probably wrong, or a web page (a proxy's block page, a captive portal) answered instead."),
     {kTroubleshootLogin}},
    {CauseId::RegistryUnavailable, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The registry has a problem on its side"),
     QT_TRANSLATE_NOOP("rd::Causes", "The registry was reached but gave no usable answer: a server error (5xx), an answer cut short, or no answer in time. This is not caused by your sign-in; it is usually temporary."),
     {kTroubleshootAccess, kCheckHealth}},
    {CauseId::NoCredentials, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "There are no credentials for this registry"),
     QT_TRANSLATE_NOOP("rd::Causes", "Nothing was given to sign in with, and Docker has nothing saved for this registry. Docker then tries without signing in, and the registry answers unauthorized."),
     {kAuthentication, kTroubleshootLogin}},
    {CauseId::CredentialsInvalid, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The user name or password is wrong"),
     QT_TRANSLATE_NOOP("rd::Causes", "The registry refused the credentials. For a service principal the user name is the application (client) ID and the password is its client secret; for the admin account both come from the registry's Access keys page; for a token, from its Tokens page."),
     {kAuthentication, kServicePrincipal, kScopedTokens}},
    {CauseId::UsernameNotRecognized, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The user name is not known to the registry"),
     QT_TRANSLATE_NOOP("rd::Causes", "The registry answered \"Application not registered with AAD\": the user name is not an identity it knows. A common mistake is using an e-mail address or a display name where the service principal's application (client) ID belongs."),
     {kServicePrincipal, kAuthentication}},
    {CauseId::CredentialsNotAuthorized, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The sign-in works but lacks the rights"),
     QT_TRANSLATE_NOOP("rd::Causes", "The credentials are valid, but they do not allow what you are trying to do on this repository. Pulling needs the AcrPull role (or a token allowing read); pushing needs AcrPush (or a token allowing write). A role assigned minutes ago can take up to about ten minutes to apply."),
     {kRoles, kScopedTokens, kManagedIdentity}},
    {CauseId::CredentialsExpired, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The sign-in has expired"),
     QT_TRANSLATE_NOOP("rd::Causes", "The saved sign-in is no longer valid. After az acr login, the registry's token lasts about three hours; service principal secrets and token passwords also have an expiry date."),
     {kAuthentication, kServicePrincipal, kScopedTokens}},
    {CauseId::CredentialStoreFailing, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "Docker's credential store is not working"),
     QT_TRANSLATE_NOOP("rd::Causes", "Docker keeps passwords in a credential store (Docker Desktop, Windows Credential Manager, macOS Keychain...). The store named in Docker's settings is missing or fails, so Docker cannot save or read the registry's credentials."),
     {kFaq, kTroubleshootLogin}},
    {CauseId::AzNotLoggedIn, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The Azure CLI is not signed in"),
     QT_TRANSLATE_NOOP("rd::Causes", "az acr login uses your Azure CLI sign-in to get a registry token. The Azure CLI on this computer is not signed in (or is not installed), so it cannot."),
     {kAuthentication, kTroubleshootLogin}},
    {CauseId::ClockSkew, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "This computer's clock is wrong"),
     QT_TRANSLATE_NOOP("rd::Causes", "Sign-in tokens are valid for a limited time. When this computer's clock is several minutes off, fresh tokens look expired or not yet valid, and secure connections can fail."),
     {kTroubleshootLogin}},
    {CauseId::RepositoryNotFound, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The image does not exist in this registry"),
     QT_TRANSLATE_NOOP("rd::Causes", "The sign-in works and the registry answered, but it has no image by this name: the repository or its tag does not exist, as opposed to existing and being refused to you. Clients report it as \"manifest unknown\", \"name unknown\" or \"not found\". The name is often misspelled, lacks its namespace (team/app), points at another registry, or the tag was never pushed."),
     {kRepositories, kTroubleshootLogin}},
    {CauseId::DataEndpointBlocked, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "Layers cannot be downloaded: the data endpoint is blocked"),
     QT_TRANSLATE_NOOP("rd::Causes", "Signing in works, but a registry does not send image layers itself: it redirects the download to another host (a storage account, a CDN, or for Azure Container Registry with dedicated data endpoints REGISTRY.REGION.data.azurecr.io). This network does not let this computer reach that host, so pulls stop at the first layer. The firewall must allow that host as well as the registry."),
     {kFirewallRules, kDataEndpoints, kTroubleshootAccess}},
    {CauseId::PlainHttpRegistry, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The registry speaks plain HTTP, not HTTPS"),
     QT_TRANSLATE_NOOP("rd::Causes", "The registry answers without TLS. Docker uses HTTPS for every registry outside 127.0.0.0/8, and Podman and Skopeo for every registry not marked insecure; they stop with \"server gave HTTP response to HTTPS client\". Either set up TLS on the registry, or list it as an insecure registry in the client's settings; credentials then travel unencrypted."),
     {kTroubleshootAccess}},
    {CauseId::TokenServiceMisconfigured, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The registry's token service cannot be used"),
     QT_TRANSLATE_NOOP("rd::Causes", "The registry answered and sent clients to a token service at another address (the realm of its challenge), and that service cannot be reached or does not answer as a token service does. Every client fails the same way. This is usually a setting of a self-hosted registry (its token realm names an internal address, a wrong port or a service that is not running), not a problem with your password."),
     {kTroubleshootLogin}},
};


static_assert(std::size(kCauses) == size_t(CauseId::Count), "one row per CauseId");

const CauseInfo &info(CauseId id)
{
    Q_ASSERT(kCauses[size_t(id)].id == id); // rows in the enum's order
    return kCauses[size_t(id)];
}

} // namespace

QString learnLocale()
{
    static const char *const known[] = {"en-us", "it-it", "de-de", "fr-fr", "es-es", "ja-jp"};
    // The reader's locale decides (set from --lang or the system locale). Chinese and Portuguese
    // have a Learn site per variant: Traditional Chinese readers in Taiwan, Hong Kong and Macao,
    // and European Portuguese readers, get their own instead of the mainland or Brazilian one.
    const QLocale locale;
    const QString lang = QLocale::languageToCode(locale.language()).toLower();
    if (lang == QLatin1String("pt"))
        return QLatin1String(locale.territory() == QLocale::Brazil ? "pt-br" : "pt-pt");
    if (lang == QLatin1String("zh")) {
        if (locale.territory() == QLocale::HongKong || locale.territory() == QLocale::Macao)
            return QStringLiteral("zh-hk");
        if (locale.territory() == QLocale::Taiwan || locale.script() == QLocale::TraditionalChineseScript)
            return QStringLiteral("zh-tw");
        return QStringLiteral("zh-cn");
    }
    for (const char *k : known)
        if (QLatin1String(k).startsWith(lang + QLatin1Char('-')))
            return QLatin1String(k);
    return QStringLiteral("en-us");
}

QString learnUrl(const QString &page)
{
    return QStringLiteral("https://learn.microsoft.com/%1/azure/container-registry/%2").arg(learnLocale(), page);
}

QStringList allCauseIds()
{
    return idNames(allIds<CauseId>());
}

bool isKnownCause(const QString &id)
{
    return causeIdFromName(id).has_value();
}

Cause makeCause(CauseId id)
{
    const CauseInfo &row = info(id);
    Cause c;
    c.id = idName(id);
    c.severity = row.severity;
    c.title = QCoreApplication::translate("rd::Causes", row.title);
    c.explanation = QCoreApplication::translate("rd::Causes", row.explanation);
    for (const LinkInfo &l : row.links)
        c.links.append({QCoreApplication::translate("rd::Causes", l.title), learnUrl(QLatin1String(l.page))});
    return c;
}

Cause makeCause(const QString &id)
{
    const std::optional<CauseId> known = causeIdFromName(id);
    if (known)
        return makeCause(*known);
    Cause c;
    c.id = id;
    return c;
}

QVector<Cause> causeCatalog()
{
    QVector<Cause> all;
    for (CauseId id : allIds<CauseId>())
        all << makeCause(id);
    return all;
}

} // namespace rd
