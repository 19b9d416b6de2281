#include "cause_catalog.h"
#include "shell_quote.h"
#include "registry/registry_kind.h"
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <iterator>
#include <utility>

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
const LinkInfo kKubernetes{"container-registry-auth-kubernetes", QT_TRANSLATE_NOOP("rd::Causes", "Pull images to a Kubernetes cluster with a pull secret")};
const LinkInfo kFirewallRules{"container-registry-firewall-access-rules", QT_TRANSLATE_NOOP("rd::Causes", "Configure rules to access a registry behind a firewall")};
const LinkInfo kDataEndpoints{"container-registry-dedicated-data-endpoints", QT_TRANSLATE_NOOP("rd::Causes", "Dedicated data endpoints")};
const LinkInfo kRepositories{"container-registry-repositories", QT_TRANSLATE_NOOP("rd::Causes", "View repositories in a registry")};
const LinkInfo kAbac{"container-registry-rbac-abac-repository-permissions", QT_TRANSLATE_NOOP("rd::Causes", "Azure ABAC repository permissions")};
const LinkInfo kBestPractices{"container-registry-best-practices", QT_TRANSLATE_NOOP("rd::Causes", "Best practices for Azure Container Registry")};

// Docker's own pages (absolute addresses; the Learn pages above are slugs).
const LinkInfo kDockerDaemonProxy{"https://docs.docker.com/engine/daemon/proxy/", QT_TRANSLATE_NOOP("rd::Causes", "Docker: daemon proxy configuration")};
const LinkInfo kDockerDesktopProxies{"https://docs.docker.com/desktop/settings-and-maintenance/settings/#proxies", QT_TRANSLATE_NOOP("rd::Causes", "Docker Desktop: proxy settings")};
const LinkInfo kDockerInsecureRegistries{"https://docs.docker.com/reference/cli/dockerd/#insecure-registries", QT_TRANSLATE_NOOP("rd::Causes", "Docker: insecure registries")};
const LinkInfo kDockerCertificates{"https://docs.docker.com/engine/security/certificates/", QT_TRANSLATE_NOOP("rd::Causes", "Docker: certificates for a registry")};
const LinkInfo kDockerContexts{"https://docs.docker.com/engine/manage-resources/contexts/", QT_TRANSLATE_NOOP("rd::Causes", "Docker contexts")};

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
    {CauseId::UseExposeToken, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "az acr login needs a Docker engine it cannot reach"),
     QT_TRANSLATE_NOOP("rd::Causes", "az acr login gets a registry token and then passes it to docker login, so it needs a running Docker engine. Without one (in Azure Cloud Shell, on a build agent without Docker, or with Podman or Helm instead of Docker), ask the Azure CLI for the token with --expose-token and give it to your client yourself."),
     {kAuthentication, kTroubleshootLogin}},
    {CauseId::CiSecretMissing, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The pipeline passed an empty user name or password"),
     QT_TRANSLATE_NOOP("rd::Causes", "The sign-in step received an empty user name or password. In a pipeline this usually means that the secret variable is not set, is misspelled, or is not available to this run (for example in a pull request from a fork, or in another environment or variable group)."),
     {kServicePrincipal, kAuthentication}},
    {CauseId::ImagePullSecretMissing, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The pod's image pull secret is missing or does not fit"),
     QT_TRANSLATE_NOOP("rd::Causes", "Kubernetes pulls the image with the secrets named in the pod's imagePullSecrets or in its service account. The secret named there does not exist in the pod's namespace, or it holds credentials for another registry, so the node pulls without signing in."),
     {kKubernetes, kTroubleshootLogin}},
    {CauseId::PlatformMismatch, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The image has no variant for this platform"),
     QT_TRANSLATE_NOOP("rd::Causes", "The tag points to a list of images for several platforms (operating system and processor), and none of them is for the platform that pulls it, for example linux/arm64 on an Apple silicon Mac or an Arm node. This is not a sign-in problem."),
     {kFaq}},
    {CauseId::MfaRequired, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "Multifactor authentication or Conditional Access blocks the sign-in"),
     QT_TRANSLATE_NOOP("rd::Causes", "Microsoft Entra ID refused to issue a token without multifactor authentication, or a Conditional Access policy blocks this sign-in (AADSTS50076, AADSTS50079, AADSTS53003). A sign-in without a person present, such as a password in a script, cannot satisfy it: sign in interactively, or use a service principal or a managed identity for automation."),
     {kAuthentication, kServicePrincipal, kManagedIdentity}},
    {CauseId::BuildkitCaNotTrusted, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The BuildKit builder does not trust the registry's certificate"),
     QT_TRANSLATE_NOOP("rd::Causes", "docker buildx builds in a separate BuildKit container (the docker-container driver) with its own list of trusted certificate authorities. A certificate authority that this computer or Docker trusts, such as a company proxy's or a private registry's, is not trusted inside the builder, so the build cannot pull or push."),
     {kTroubleshootAccess, kFaq}},
    {CauseId::PodmanInsteadOfDocker, Cause::Severity::Warning, QT_TRANSLATE_NOOP("rd::Causes", "The docker command is Podman"),
     QT_TRANSLATE_NOOP("rd::Causes", "On this computer, docker runs Podman through its Docker emulation. Podman keeps its sign-ins in its own file (auth.json) and has no Docker engine or Docker Desktop, so advice about the Docker daemon, Docker Desktop or Docker's credential store does not apply; use Podman's commands instead."),
     {kAuthentication}},
    {CauseId::AzCliTooOld, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The Azure CLI is too old for this command"),
     QT_TRANSLATE_NOOP("rd::Causes", "The installed Azure CLI does not know an option that the command uses, such as --expose-token of az acr login. Update the Azure CLI, then run the command again."),
     {kAuthentication}},
    {CauseId::LoginHostMismatch, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The saved login is for another registry address"),
     QT_TRANSLATE_NOOP("rd::Causes", "Docker keeps one login per registry address. It has a login for a neighbouring address (another AWS account or region, another Google registry host), but none for the one you use, so it sends no credentials. Each ECR account and region is a registry of its own, and gcloud auth configure-docker sets up only the hosts it is given."),
     {kAuthentication, kTroubleshootLogin}},
    {CauseId::EmailAsUsername, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "An e-mail address is used as the user name"),
     QT_TRANSLATE_NOOP("rd::Causes", "The user name is an e-mail address, but this registry signs in with a login name: your Docker ID on Docker Hub, your GitHub login on GitHub, AWS on Amazon ECR, oauth2accesstoken or _json_key on Google, a user or robot name on Quay; on Azure, a service principal's application (client) ID, the admin user name or a token name."),
     {kServicePrincipal, kAuthentication}},
    {CauseId::WrongAzureCloud, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The Azure CLI is signed in to another Azure cloud"),
     QT_TRANSLATE_NOOP("rd::Causes", "Registries in Azure operated by 21Vianet (.azurecr.cn) and Azure Government (.azurecr.us) live in clouds of their own, with their own accounts. The Azure CLI is signed in to a different cloud than the registry's, so az acr login cannot get a token for it (Microsoft Entra ID answers with errors such as AADSTS90002)."),
     {kAuthentication, kTroubleshootLogin}},
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
    {CauseId::Ipv6Unreachable, Cause::Severity::Warning, QT_TRANSLATE_NOOP("rd::Causes", "The registry is reachable over IPv4 but not over IPv6"),
     QT_TRANSLATE_NOOP("rd::Causes", "The registry's name has IPv6 and IPv4 addresses, and this network has no working IPv6 route: connecting over IPv6 fails, over IPv4 it works. Programs that try IPv6 first and do not fall back to IPv4 stop with errors such as \"connect: network is unreachable\" next to an address in brackets. Either the network gets a working IPv6 route, or this computer stops offering IPv6 where it has none."),
     {kTroubleshootAccess}},
    {CauseId::AcrAbacLegacyRole, Cause::Severity::Error, QT_TRANSLATE_NOOP("rd::Causes", "The registry uses ABAC repository permissions, where AcrPull and AcrPush do not apply"),
     QT_TRANSLATE_NOOP("rd::Causes", "The registry's role assignment permissions mode is \"RBAC Registry + ABAC Repository Permissions\". In this mode the AcrPull, AcrPush and AcrDelete roles are not honoured, and Owner, Contributor and Reader give no access to repositories: pulling needs Container Registry Repository Reader, pushing Container Registry Repository Writer, deleting Container Registry Repository Contributor, on the registry or, with an ABAC condition, on some repositories."),
     {kAbac, kRoles}},
    {CauseId::DaemonProxyDiffers, Cause::Severity::Warning, QT_TRANSLATE_NOOP("rd::Causes", "The Docker engine uses another proxy than this computer"),
     QT_TRANSLATE_NOOP("rd::Causes", "docker pull, docker push and, while the engine runs, docker login do not connect from your terminal: the Docker engine connects, with its own proxy settings. Those differ from the ones this check used (your environment's), so the engine can fail where this check succeeds, or the other way round."),
     {kDockerDaemonProxy, kDockerDesktopProxies, kTroubleshootAccess}},
    {CauseId::DockerInsecureRegistry, Cause::Severity::Warning, QT_TRANSLATE_NOOP("rd::Causes", "Docker does not check this registry's certificate"),
     QT_TRANSLATE_NOOP("rd::Causes", "The Docker engine lists the registry among its insecure registries, so Docker connects without verifying the certificate (and falls back to plain HTTP). That is why docker login can succeed while other programs refuse the connection. Podman, Skopeo, Helm, the Azure CLI and browsers verify certificates and fail, and passwords sent to an unverified server can be read by whoever answers in its place."),
     {kDockerInsecureRegistries, kDockerCertificates}},
    {CauseId::EngineElsewhere, Cause::Severity::Warning, QT_TRANSLATE_NOOP("rd::Causes", "The Docker engine is not on this computer"),
     QT_TRANSLATE_NOOP("rd::Causes", "Pulls and pushes are made by the Docker engine, and it runs somewhere else: in Docker Desktop's virtual machine, in WSL 2, or on another machine through a Docker context or DOCKER_HOST. Its name resolution, trusted certificates and proxy can differ from this computer's, which this check tested."),
     {kDockerContexts, kTroubleshootAccess}},
};


static_assert(std::size(kCauses) == size_t(CauseId::Count), "one row per CauseId");

const CauseInfo &info(CauseId id)
{
    Q_ASSERT(kCauses[size_t(id)].id == id); // rows in the enum's order
    return kCauses[size_t(id)];
}

// The causes about the chosen client's stored logins, for a client other than Docker (the rows
// above are Docker's words): %1 is the client's name ("Podman", "Helm"). A null title keeps the row's.
struct ClientCauseInfo
{
    CauseId id;
    const char *title;
    const char *explanation;
};
const ClientCauseInfo kClientCauses[] = {
    {CauseId::TlsUntrustedCertificate, nullptr,
     QT_TRANSLATE_NOOP("rd::Causes", "The secure connection presents a certificate this computer does not trust. When the issuer is not Microsoft's, a company proxy or antivirus is usually opening secure connections to inspect them; %1 then refuses to send credentials.")},
    {CauseId::NoCredentials, nullptr,
     QT_TRANSLATE_NOOP("rd::Causes", "Nothing was given to sign in with, and %1 has nothing saved for this registry. %1 then tries without signing in, and the registry answers unauthorized.")},
    {CauseId::CredentialStoreFailing, QT_TRANSLATE_NOOP("rd::Causes", "%1's credential store is not working"),
     QT_TRANSLATE_NOOP("rd::Causes", "%1 asks a credential store (a docker-credential helper such as pass, secretservice, Windows Credential Manager or macOS Keychain) for the registry's login. The store named in its settings is missing or fails, so %1 cannot save or read the registry's credentials.")},
};

// The causes whose meaning and fix depend on the registry service: its own explanation and its
// own documentation (in English: these services publish no pages in the reader's language at a
// stable address). Google's two registries share their texts, as do both ECRs.
// Link titles: %1 is the service's name ("Amazon ECR").
const char kSignIn[] = QT_TRANSLATE_NOOP("rd::Causes", "%1: signing in");
const char kPermissions[] = QT_TRANSLATE_NOOP("rd::Causes", "%1: permissions");
const char kPullLimits[] = QT_TRANSLATE_NOOP("rd::Causes", "%1: pull limits");

struct KindCauseInfo
{
    RegistryKind kind;
    CauseId id;
    const char *explanation;
    std::initializer_list<std::pair<const char *, const char *>> links; // title, address
};

const char kDockerHubTokens[] = "https://docs.docker.com/security/access-tokens/";
const char kDockerHubUsage[] = "https://docs.docker.com/docker-hub/usage/";
const char kGhcrDocs[] = "https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-container-registry";
const char kEcrAuth[] = "https://docs.aws.amazon.com/AmazonECR/latest/userguide/registry_auth.html";
const char kEcrPolicies[] = "https://docs.aws.amazon.com/AmazonECR/latest/userguide/ecr_managed_policies.html";
const char kEcrPublicAuth[] = "https://docs.aws.amazon.com/AmazonECR/latest/public/public-registries.html";
const char kGarAuth[] = "https://cloud.google.com/artifact-registry/docs/docker/authentication";
const char kGarRoles[] = "https://cloud.google.com/artifact-registry/docs/access-control";
const char kGcrAuth[] = "https://cloud.google.com/container-registry/docs/advanced-authentication";
const char kHarborRobots[] = "https://goharbor.io/docs/main/working-with-projects/project-configuration/create-robot-accounts/";
const char kQuayRobots[] = "https://docs.quay.io/glossary/robot-accounts.html";
const char kGitLabAuth[] = "https://docs.gitlab.com/user/packages/container_registry/authenticate_with_container_registry/";

const char kTokenExpired[] = QT_TRANSLATE_NOOP("rd::Causes", "The token used as the password has expired or was revoked. Access tokens and robot account secrets have the expiry date chosen when they were created; create a new one and sign in again.");

const KindCauseInfo kKindCauses[] = {
    {RegistryKind::DockerHub, CauseId::CredentialsInvalid,
     QT_TRANSLATE_NOOP("rd::Causes", "Docker Hub refused the user name or password. The user name is your Docker ID, not your e-mail address. With two-step verification on, or when your organization enforces single sign-on, the password must be a personal access token instead of your account password."),
     {{kSignIn, kDockerHubTokens}}},
    {RegistryKind::DockerHub, CauseId::CredentialsExpired, kTokenExpired, {{kSignIn, kDockerHubTokens}}},
    {RegistryKind::DockerHub, CauseId::CredentialsNotAuthorized,
     QT_TRANSLATE_NOOP("rd::Causes", "The sign-in works, but Docker Hub does not let this account do this on the repository: the repository is private and the account has no access to it, or the access token is read-only and you are pushing."),
     {{kSignIn, kDockerHubTokens}}},
    {RegistryKind::DockerHub, CauseId::Throttled,
     QT_TRANSLATE_NOOP("rd::Causes", "Docker Hub limits how many pulls an account or an IP address may make in a period of hours. Pulls while signed in count against your account's limit; anonymous pulls against your IP address's, shared with everyone behind it. Signing in, a paid plan or a registry mirror raises the limit."),
     {{kPullLimits, kDockerHubUsage}}},
    {RegistryKind::Ghcr, CauseId::CredentialsInvalid,
     QT_TRANSLATE_NOOP("rd::Causes", "GitHub Container Registry refused the credentials. The user name is your GitHub login and the password a personal access token (classic) with the read:packages scope, and write:packages to push; your GitHub password and fine-grained tokens are not accepted. In GitHub Actions, use GITHUB_TOKEN."),
     {{kSignIn, kGhcrDocs}}},
    {RegistryKind::Ghcr, CauseId::CredentialsExpired, kTokenExpired, {{kSignIn, kGhcrDocs}}},
    {RegistryKind::Ghcr, CauseId::CredentialsNotAuthorized,
     QT_TRANSLATE_NOOP("rd::Causes", "The sign-in works, but GitHub does not let this token do this on the package: a personal access token (classic) needs read:packages to pull and write:packages to push, and your account needs access to the package. In GitHub Actions, the package must give the workflow's repository access (package settings, Manage Actions access)."),
     {{kPermissions, kGhcrDocs}}},
    {RegistryKind::Ecr, CauseId::CredentialsInvalid,
     QT_TRANSLATE_NOOP("rd::Causes", "Amazon ECR refused the credentials. The user name is always AWS and the password a token from aws ecr get-login-password, made for the registry's own region and account; your AWS access keys are not a registry password."),
     {{kSignIn, kEcrAuth}}},
    {RegistryKind::Ecr, CauseId::CredentialsExpired,
     QT_TRANSLATE_NOOP("rd::Causes", "Amazon ECR's sign-in tokens last 12 hours. The saved token is older than that, so the registry no longer accepts it; get a new one (or let the docker-credential-ecr-login helper get one each time)."),
     {{kSignIn, kEcrAuth}}},
    {RegistryKind::Ecr, CauseId::CredentialsNotAuthorized,
     QT_TRANSLATE_NOOP("rd::Causes", "The sign-in works, but the AWS identity that made the token may not do this on the repository: pulling needs ecr:BatchGetImage and ecr:GetDownloadUrlForLayer (the AmazonEC2ContainerRegistryReadOnly policy has them), pushing also ecr:PutImage and the layer upload actions. A repository policy can also deny it."),
     {{kPermissions, kEcrPolicies}}},
    {RegistryKind::EcrPublic, CauseId::CredentialsInvalid,
     QT_TRANSLATE_NOOP("rd::Causes", "Amazon ECR Public refused the credentials. The user name is always AWS and the password a token from aws ecr-public get-login-password --region us-east-1."),
     {{kSignIn, kEcrPublicAuth}}},
    {RegistryKind::EcrPublic, CauseId::CredentialsExpired,
     QT_TRANSLATE_NOOP("rd::Causes", "Amazon ECR's sign-in tokens last 12 hours. The saved token is older than that, so the registry no longer accepts it; get a new one (or let the docker-credential-ecr-login helper get one each time)."),
     {{kSignIn, kEcrPublicAuth}}},
    {RegistryKind::ArtifactRegistry, CauseId::CredentialsInvalid,
     QT_TRANSLATE_NOOP("rd::Causes", "Google's registry refused the credentials. With the gcloud CLI, gcloud auth configure-docker for this host lets Docker use your gcloud sign-in. By hand, the user name is oauth2accesstoken with a token from gcloud auth print-access-token, or _json_key (or _json_key_base64) with a service account key."),
     {{kSignIn, kGarAuth}}},
    {RegistryKind::ArtifactRegistry, CauseId::CredentialsExpired,
     QT_TRANSLATE_NOOP("rd::Causes", "Google access tokens last one hour. A token given to docker login by hand stops working after that; the gcloud credential helper (gcloud auth configure-docker) gets a new one every time."),
     {{kSignIn, kGarAuth}}},
    {RegistryKind::ArtifactRegistry, CauseId::CredentialsNotAuthorized,
     QT_TRANSLATE_NOOP("rd::Causes", "The sign-in works, but the Google account or service account lacks the role: pulling needs Artifact Registry Reader (roles/artifactregistry.reader) on the repository or project, pushing Artifact Registry Writer (roles/artifactregistry.writer)."),
     {{kPermissions, kGarRoles}}},
    {RegistryKind::Harbor, CauseId::CredentialsInvalid,
     QT_TRANSLATE_NOOP("rd::Causes", "Harbor refused the credentials. Use your Harbor user name and password (with single sign-on, the CLI secret from your user profile), or a robot account: its name starts with robot$ and its password is the secret shown when it was created. In a shell, put the name in single quotes, or the $ and what follows disappear."),
     {{kSignIn, kHarborRobots}}},
    {RegistryKind::Harbor, CauseId::CredentialsExpired, kTokenExpired, {{kSignIn, kHarborRobots}}},
    {RegistryKind::Harbor, CauseId::CredentialsNotAuthorized,
     QT_TRANSLATE_NOOP("rd::Causes", "The sign-in works, but the account is not a member of this Harbor project with enough rights (Guest to pull, Developer to push), or the robot account lacks the pull or push permission for the project."),
     {{kPermissions, kHarborRobots}}},
    {RegistryKind::Quay, CauseId::CredentialsInvalid,
     QT_TRANSLATE_NOOP("rd::Causes", "Quay refused the credentials. Use your Quay user name with an encrypted password, or a robot account (a name like organization+robot) with its token; both come from Quay's account or organization settings."),
     {{kSignIn, kQuayRobots}}},
    {RegistryKind::Quay, CauseId::CredentialsExpired, kTokenExpired, {{kSignIn, kQuayRobots}}},
    {RegistryKind::Quay, CauseId::CredentialsNotAuthorized,
     QT_TRANSLATE_NOOP("rd::Causes", "The sign-in works, but the account or robot account has no read (or write) permission on this repository; an administrator of the organization grants it in the repository's settings."),
     {{kPermissions, kQuayRobots}}},
    {RegistryKind::GitLab, CauseId::CredentialsInvalid,
     QT_TRANSLATE_NOOP("rd::Causes", "GitLab refused the credentials. Use your GitLab user name with a personal access token that has the read_registry scope (write_registry to push), or a deploy token; in a pipeline, CI_REGISTRY_USER with CI_JOB_TOKEN. With two-factor authentication on, your account password does not work."),
     {{kSignIn, kGitLabAuth}}},
    {RegistryKind::GitLab, CauseId::CredentialsExpired, kTokenExpired, {{kSignIn, kGitLabAuth}}},
    {RegistryKind::GitLab, CauseId::CredentialsNotAuthorized,
     QT_TRANSLATE_NOOP("rd::Causes", "The sign-in works, but this token or user may not do this on the project's registry: the token needs read_registry (write_registry to push), and the user at least the Reporter role on the project (Developer to push)."),
     {{kPermissions, kGitLabAuth}}},
};

// Google Container Registry signs in as Artifact Registry does (gcr.io is served by it today);
// its own page explains the sign-in.
const KindCauseInfo *kindInfo(RegistryKind kind, CauseId id)
{
    const RegistryKind row = kind == RegistryKind::ContainerRegistryGoogle ? RegistryKind::ArtifactRegistry : kind;
    for (const KindCauseInfo &k : kKindCauses)
        if (k.kind == row && k.id == id)
            return &k;
    return nullptr;
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
        c.links.append({QCoreApplication::translate("rd::Causes", l.title),
                        QLatin1String(l.page).startsWith(QLatin1String("https://")) ? QString::fromLatin1(l.page) : learnUrl(QLatin1String(l.page))});
    return c;
}

Cause makeCause(CauseId id, RegistryKind kind)
{
    Cause c = makeCause(id);
    // Causes about the user name or the saved login: the service's own sign-in page.
    const bool signInPage = id == CauseId::LoginHostMismatch || id == CauseId::EmailAsUsername;
    const KindCauseInfo *k = kindInfo(kind, signInPage ? CauseId::CredentialsInvalid : id);
    if (!k)
        return c;
    if (!signInPage)
        c.explanation = QCoreApplication::translate("rd::Causes", k->explanation);
    c.links.clear();
    const QString service = registryKindTitle(kind);
    for (const auto &[title, url] : k->links) {
        const bool gcr = kind == RegistryKind::ContainerRegistryGoogle && title == kSignIn;
        c.links.append({QCoreApplication::translate("rd::Causes", title).arg(service), QLatin1String(gcr ? kGcrAuth : url)});
    }
    return c;
}

Cause makeCause(CauseId id, RegistryKind kind, RegistryClient client)
{
    Cause c = makeCause(id, kind);
    if (client == RegistryClient::Docker)
        return c;
    const QString name = registryClientTitle(client);
    for (const ClientCauseInfo &row : kClientCauses)
        if (row.id == id) {
            if (row.title)
                c.title = QCoreApplication::translate("rd::Causes", row.title).arg(name);
            c.explanation = QCoreApplication::translate("rd::Causes", row.explanation).arg(name);
        }
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

namespace {

Message fix(const char *source)
{
    return Message::translatable("rd::Causes", source);
}

// One command for both shells: %1 is the login server, %2 the registry's resource name, each quoted
// for its shell; `psPattern` when PowerShell needs other words than bash.
QVector<ShellCommand> both(const QString &bashPattern, const QString &server, const QString &name,
                           const QString &psPattern = QString())
{
    const QString ps = psPattern.isEmpty() ? bashPattern : psPattern;
    return {{QStringLiteral("powershell"), QString(ps).replace(QLatin1String("%1"), powershellQuote(server)).replace(QLatin1String("%2"), powershellQuote(name))},
            {QStringLiteral("bash"), QString(bashPattern).replace(QLatin1String("%1"), bashQuote(server)).replace(QLatin1String("%2"), bashQuote(name))}};
}

void step(QVector<RemediationStep> &to, const Message &text, const QVector<ShellCommand> &commands = {})
{
    to.append({text.render(), commands, text});
}

} // namespace

QVector<RemediationStep> catalogRemediation(CauseId id, const QString &loginServer)
{
    // Only a host name goes into a command (the login server may come from a pasted message).
    static const QRegularExpression host(QStringLiteral("^[a-z0-9][a-z0-9.-]*(?::[0-9]+)?$"));
    const QString server = host.match(loginServer).hasMatch() ? loginServer : QStringLiteral("myregistry.azurecr.io");
    const QString name = server.endsWith(QLatin1String(".azurecr.io")) || server.contains(QLatin1String(".azurecr."))
                             ? server.section(QLatin1Char('.'), 0, 0)
                             : QStringLiteral("myregistry");
    QVector<RemediationStep> s;
    switch (id) {
    case CauseId::UseExposeToken:
        step(s, fix(QT_TRANSLATE_NOOP("rd::Causes", "Get the registry token without Docker and sign in with your client; the user name is 00000000-0000-0000-0000-000000000000 (shown here for Podman; for Helm use helm registry login):")),
             both(QStringLiteral("az acr login --name %2 --expose-token --output tsv --query accessToken | "
                                 "podman login %1 --username 00000000-0000-0000-0000-000000000000 --password-stdin"),
                  server, name));
        break;
    case CauseId::CiSecretMissing:
        step(s, fix(QT_TRANSLATE_NOOP("rd::Causes", "Check that the secret is defined for this pipeline and this run, and that the step reads it by its exact name. Stop the job early when it is empty:")),
             both(QStringLiteral("test -n \"$REGISTRY_PASSWORD\" || { echo 'REGISTRY_PASSWORD is empty' >&2; exit 1; }"), server, name,
                  QStringLiteral("if (-not $env:REGISTRY_PASSWORD) { throw 'REGISTRY_PASSWORD is empty' }")));
        break;
    case CauseId::ImagePullSecretMissing:
        step(s, fix(QT_TRANSLATE_NOOP("rd::Causes", "See which pull secret the pod names, and whether it exists in the pod's namespace:")),
             both(QStringLiteral("kubectl get pod POD --namespace NAMESPACE --output jsonpath='{.spec.imagePullSecrets}'; kubectl get secrets --namespace NAMESPACE"),
                  server, name));
        step(s, fix(QT_TRANSLATE_NOOP("rd::Causes", "On AKS, let the cluster pull with its own identity instead of a secret:")),
             both(QStringLiteral("az aks update --resource-group RESOURCE_GROUP --name CLUSTER --attach-acr %2"), server, name));
        break;
    case CauseId::PlatformMismatch:
        step(s, fix(QT_TRANSLATE_NOOP("rd::Causes", "See which platforms the tag offers, then pull one of them explicitly or build the image for your platform too:")),
             both(QStringLiteral("docker buildx imagetools inspect %1/REPOSITORY:TAG"), server, name)
                 + both(QStringLiteral("docker buildx build --platform linux/amd64,linux/arm64 --tag %1/REPOSITORY:TAG --push ."), server, name));
        break;
    case CauseId::MfaRequired:
        step(s, fix(QT_TRANSLATE_NOOP("rd::Causes", "Sign in again interactively, so that you can complete multifactor authentication, then sign in to the registry:")),
             both(QStringLiteral("az logout; az login; az acr login --name %2"), server, name));
        step(s, fix(QT_TRANSLATE_NOOP("rd::Causes", "For pipelines and scripts, sign in with a service principal or a managed identity instead of a user account.")));
        break;
    case CauseId::BuildkitCaNotTrusted:
        step(s, fix(QT_TRANSLATE_NOOP("rd::Causes", "Write a BuildKit configuration file, buildkitd.toml, that trusts your certificate authority for this registry (give the path of its PEM file on this computer):")),
             {{QStringLiteral("powershell"), QStringLiteral("@('[registry.\"%1\"]', '  ca = [\"C:/certs/company-ca.pem\"]') | Set-Content buildkitd.toml").arg(server)},
              {QStringLiteral("bash"), QStringLiteral("printf '[registry.\"%s\"]\\n  ca = [\"/etc/ssl/certs/company-ca.pem\"]\\n' %1 > buildkitd.toml").arg(bashQuote(server))}});
        step(s, fix(QT_TRANSLATE_NOOP("rd::Causes", "Create a builder with that configuration and use it:")),
             both(QStringLiteral("docker buildx create --name trusted-builder --driver docker-container --buildkitd-config buildkitd.toml --use"), server, name));
        break;
    case CauseId::PodmanInsteadOfDocker:
        step(s, fix(QT_TRANSLATE_NOOP("rd::Causes", "Sign in with Podman, then check that Podman has a sign-in for the registry:")),
             both(QStringLiteral("podman login %1"), server, name) + both(QStringLiteral("podman login --get-login %1"), server, name));
        break;
    case CauseId::AzCliTooOld:
        step(s, fix(QT_TRANSLATE_NOOP("rd::Causes", "Update the Azure CLI the way it was installed (shown here: winget on Windows, Homebrew on macOS, the Debian and Ubuntu packages on Linux), then check its version:")),
             {{QStringLiteral("powershell"), QStringLiteral("winget upgrade --exact --id Microsoft.AzureCLI; az version")},
              {QStringLiteral("bash"), QStringLiteral("brew update && brew upgrade azure-cli && az version"), QStringLiteral("macos")},
              {QStringLiteral("bash"), QStringLiteral("curl -sL https://aka.ms/InstallAzureCLIDeb | sudo bash && az version"), QStringLiteral("linux")}});
        break;
    case CauseId::Ipv6Unreachable:
        step(s, fix(QT_TRANSLATE_NOOP("rd::Causes", "Compare the connection over IPv6 and over IPv4 (in PowerShell, give the addresses that Resolve-DnsName shows):")),
             {{QStringLiteral("powershell"), QStringLiteral("Resolve-DnsName %1; Test-NetConnection IPV6_ADDRESS -Port 443; Test-NetConnection IPV4_ADDRESS -Port 443").arg(powershellQuote(server))},
              {QStringLiteral("bash"), QStringLiteral("curl -6 -sS -o /dev/null -w '%{http_code}\\n' https://%1/v2/; curl -4 -sS -o /dev/null -w '%{http_code}\\n' https://%1/v2/").arg(bashQuote(server))}});
        step(s, fix(QT_TRANSLATE_NOOP("rd::Causes", "Ask your network administrator for a working IPv6 route. Until then, turn IPv6 off on the network adapter that has no IPv6 route (Windows: give the adapter's name; Linux: for all interfaces, until the next restart):")),
             {{QStringLiteral("powershell"), QStringLiteral("Disable-NetAdapterBinding -Name 'ADAPTER_NAME' -ComponentID ms_tcpip6")},
              {QStringLiteral("bash"), QStringLiteral("sudo sysctl -w net.ipv6.conf.all.disable_ipv6=1")}});
        break;
    case CauseId::AcrAbacLegacyRole:
        step(s, fix(QT_TRANSLATE_NOOP("rd::Causes", "Check the registry's permissions mode (AbacRepositoryPermissions means ABAC repository permissions):")),
             both(QStringLiteral("az acr show --name %2 --query roleAssignmentMode --output tsv"), server, name));
        step(s, fix(QT_TRANSLATE_NOOP("rd::Causes", "Ask the registry owner to assign the Container Registry Repository role instead of AcrPull or AcrPush (Reader to pull, Writer to push, Contributor to delete too):")),
             both(QStringLiteral("az role assignment create --assignee USER_OR_APPLICATION_ID --role \"Container Registry Repository Reader\" --scope \"$(az acr show --name %2 --query id --output tsv)\""), server, name,
                  QStringLiteral("$registryId = az acr show --name %2 --query id --output tsv; az role assignment create --assignee USER_OR_APPLICATION_ID --role 'Container Registry Repository Reader' --scope $registryId")));
        break;
    default:
        break;
    }
    return s;
}

QVector<Cause> causeCatalog()
{
    QVector<Cause> all;
    for (CauseId id : allIds<CauseId>())
        all << makeCause(id);
    return all;
}

} // namespace rd
