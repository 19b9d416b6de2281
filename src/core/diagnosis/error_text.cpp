#include "error_text.h"
#include "printable_text.h"
#include "ids.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QPair>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <iterator>

namespace rd {

namespace {

// Bounded work and memory: the paste is analysed in blocks of about 64 K characters of whole
// lines, so many matches are kept (the last ones), a line is cut at 16 K characters.
constexpr qsizetype kBlockChars = 64 * 1024;
constexpr qsizetype kMaxLine = 16 * 1024;
constexpr qint64 kReadChunk = 64 * 1024;
constexpr int kMaxMatches = 200;
constexpr int kMaxSeen = 4096;
constexpr int kContextLines = 8;   // a client named this many lines before still counts
constexpr int kMaxTriesPerPattern = 1000;
constexpr qsizetype kMaxExcerpt = 300;

// Fragments shared by several patterns. Everything is matched case-insensitively.
#define RD_DAEMON R"((?:error response from daemon:\s*)?)"
#define RD_URL R"((?:(?:get|head|post|put|patch)\s+["']?(?<url>https?://[^\s"']+)["']?:\s*)?)"
#define RD_REGISTRY R"((?<registry>[a-z0-9][a-z0-9._-]*(?::\d+)?))"
#define RD_HOSTPORT R"((?:dial tcp (?<hostport>\S+?):\s*)?)"
#define RD_CREDS_ERR R"((?:error saving credentials:\s*)?error (?:storing|getting|retrieving|erasing|listing) credentials - err: )"

struct PatternRow
{
    const char *id;        // stable pattern id (several rows may share one when they are variants)
    const char *source;    // which tool prints it
    const char *regex;
    std::initializer_list<SymptomId> symptoms;
    std::initializer_list<CauseId> causes;   // most likely first
    const char *meaning;   // QT_TRANSLATE_NOOP, context rd::ErrorText
};

// Order is priority: specific messages first, generic ones after. A later pattern is not reported
// where an earlier one already covered the text.
using S = SymptomId;
using C = CauseId;

const PatternRow kPatterns[] = {
    // --- Messages only one client prints: before the generic ones they contain -----------------
    // azure-cli, acr/custom.py (acr_login): the tip, then _errors.py's DOCKER_COMMAND_ERROR and
    // docker's own reason on the next line.
    { "az-acr-login-needs-docker", "az",
      R"(you may want to use 'az acr login -n (?<acrName>[a-z0-9]+) --expose-token' to get an? (?:access|refresh) token, which does not require docker to be installed\.?(?:\s*(?:\d{4}-\d\d-\d\d [\d:.]+ )?an error occurred: (?<errorCode>docker_command_error)(?:\s*\n[^\n]{0,300})?)?|this command requires running the docker daemon, which is not supported in azure cloud shell\.?)",
      {S::LoginFails}, {C::UseExposeToken, C::DockerDaemonNotRunning, C::DockerNotInstalled},
      QT_TRANSLATE_NOOP("rd::ErrorText", "az acr login could not hand the registry token to Docker, because the docker command or its engine is not available here. The Azure CLI can give you the token instead (--expose-token), for Podman, Helm or a later docker login.") },
    // `az acr show` (JSON, or --query roleAssignmentMode --output tsv): the registry's role
    // assignment permissions mode, as Azure Resource Manager names it.
    { "az-acr-abac-mode", "az",
      R"((?:"roleAssignmentMode"\s*:\s*"AbacRepositoryPermissions"|(?m:^[ \t]*AbacRepositoryPermissions[ \t]*$)))",
      {S::PushPullUnauthorized}, {C::AcrAbacLegacyRole, C::CredentialsNotAuthorized},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry uses ABAC repository permissions (\"RBAC Registry + ABAC Repository Permissions\"). There, AcrPull and AcrPush give no rights on repositories; the Container Registry Repository Reader, Writer and Contributor roles do.") },
    // azure-cli's argument parser (knack, argparse): an option this version does not know.
    { "az-unknown-expose-token", "az",
      R"((?:az: error: |error: )?unrecognized arguments:[^\n]*--expose-token)",
      {S::LoginFails}, {C::AzCliTooOld},
      QT_TRANSLATE_NOOP("rd::ErrorText", "This Azure CLI does not know the --expose-token option of az acr login: it is too old. Update the Azure CLI.") },
    // Microsoft Entra ID (printed by az and every MSAL client): MFA or Conditional Access.
    { "aad-mfa-required", "az",
      R"((?<errorCode>aadsts(?:50076|50079|53003))\b:?[^\n]{0,300})",
      {S::LoginFails, S::Unauthorized}, {C::MfaRequired},
      QT_TRANSLATE_NOOP("rd::ErrorText", "Microsoft Entra ID wants multifactor authentication for this sign-in, or a Conditional Access policy blocks it. A script cannot do that: sign in interactively, or use a service principal or a managed identity.") },
    // podman-docker's /usr/bin/docker (Debian, Fedora): docker is Podman.
    { "podman-docker-emulation", "podman",
      R"(emulate docker cli using podman\.(?: create /etc/containers/nodocker to quiet msg\.)?|client:\s+podman engine)",
      {S::LoginFails}, {C::PodmanInsteadOfDocker},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The docker command here is Podman pretending to be Docker. Podman keeps its own sign-ins and has no Docker engine, so Docker's advice does not apply.") },
    // docker/login-action src/docker.ts, and docker/cli's prompt when nothing was typed or piped.
    { "ci-empty-credentials", "docker",
      R"((?m)^\s*(?:error:\s*)?(?:non-null )?(?:username and password|username|password) required\.?\s*$)",
      {S::LoginFails}, {C::CiSecretMissing, C::NoCredentials},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The sign-in step got an empty user name or password. In a pipeline the secret variable is usually not set or not available to this run.") },
    // docker/cli cli/command/registry/login.go, containers/common pkg/auth, nerdctl, helm.
    { "password-stdin-without-username", "docker",
      R"(must provide --username with --password-stdin)",
      {S::LoginFails}, {C::CiSecretMissing, C::NoCredentials},
      QT_TRANSLATE_NOOP("rd::ErrorText", "--password-stdin was given without a user name. In a pipeline the variable that holds the user name is usually empty or not set.") },
    // kubernetes pkg/kubelet (event FailedToRetrieveImagePullSecret).
    { "kube-pull-secret-not-found", "kubelet",
      R"(unable to retrieve some image pull secrets \((?<secret>[^)\n]{0,200})\); attempting to pull the image may not succeed\.?)",
      {S::AzureService, S::PushPullUnauthorized}, {C::ImagePullSecretMissing},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The pod names an image pull secret that does not exist in its namespace, so the node pulls the image without signing in.") },
    // kubelet: the pull was refused for want of credentials (the secret is missing or for another registry).
    { "kube-pull-unauthorized", "kubelet",
      R"rx(failed to pull image "(?<image>[^"\s]+)":[^\n]{0,1200}?(?:unauthorized: authentication required|no basic auth credentials|pull access denied|authorization failed))rx",
      {S::AzureService, S::PushPullUnauthorized}, {C::ImagePullSecretMissing, C::CredentialsNotAuthorized},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The node was refused the image because it pulled without valid credentials: the pod's pull secret is missing, in another namespace, or for another registry (on AKS, the cluster's identity may lack AcrPull).") },
    // moby distribution (noMatchesErr), containerd images (platform matcher), containers/image
    // (manifest list choice): the image has no variant for this platform.
    { "platform-mismatch", "docker",
      R"rx(no matching manifest for (?<platform>[a-z0-9]+(?:\([^)\n]*\))?/[a-z0-9_]+(?:/[a-z0-9]+)?) in the manifest list entries|no match for platform in manifest(?:: not found)?|no image found in manifest list for architecture "?(?<arch>[a-z0-9_]*)"?, variant "[^"\n]*", os "?(?<os>[a-z]*)"?)rx",
      {S::PushPullUnauthorized}, {C::PlatformMismatch},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The image exists, but not for this platform (operating system and processor, such as linux/arm64). This is not a sign-in problem: pull another platform or build the image for this one.") },
    // botocore's ClientError, as the AWS CLI prints it ("aws ecr get-login-password").
    { "aws-access-denied", "aws",
      R"(an error occurred \((?:accessdeniedexception|accessdenied)\) when calling the (?<operation>\w+) operation(?::[^\n]{0,300})?)",
      {S::LoginFails, S::Forbidden}, {C::CredentialsNotAuthorized},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The AWS CLI is signed in, but this identity may not get a registry token (it needs ecr:GetAuthorizationToken). docker login then receives no password.") },
    { "aws-token-expired", "aws",
      R"(an error occurred \(expiredtokenexception\) when calling the \w+ operation(?::[^\n]{0,200})?)",
      {S::LoginFails, S::Unauthorized}, {C::CredentialsExpired},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The AWS CLI's session has expired, so it could not get a registry token. Sign in to AWS again.") },
    { "aws-token-invalid", "aws",
      R"(an error occurred \(unrecognizedclientexception\) when calling the \w+ operation(?::[^\n]{0,200})?)",
      {S::LoginFails, S::Unauthorized}, {C::CredentialsInvalid},
      QT_TRANSLATE_NOOP("rd::ErrorText", "AWS does not know the access key the AWS CLI uses, so it could not get a registry token. Check the access key and secret the AWS CLI is set up with.") },
    // gcloud as Docker's credential helper (gcloud auth configure-docker).
    { "gcloud-docker-helper-failed", "gcloud",
      R"(\(gcloud\.auth\.docker-helper\)[^\n]{0,400})",
      {S::PushPullUnauthorized, S::LoginFails}, {C::CredentialsExpired, C::CredentialStoreFailing},
      QT_TRANSLATE_NOOP("rd::ErrorText", "gcloud, the credential helper Docker uses for this registry, could not refresh its sign-in. Sign in again with gcloud auth login.") },
    // BuildKit (buildx): a certificate the builder does not trust.
    { "buildkit-x509-unknown-authority", "buildkit",
      R"((?:failed to solve:|failed to (?:do request|resolve source metadata for|push|copy|fetch))[^\n]{0,800}?x509: certificate signed by unknown authority)",
      {S::CannotConnect, S::PushPullUnauthorized}, {C::BuildkitCaNotTrusted, C::TlsUntrustedCertificate},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The BuildKit builder does not trust the registry's certificate. A builder in its own container (the docker-container driver) does not see the certificates this computer or Docker trusts.") },

    // --- Docker itself ------------------------------------------------------------------------
    { "docker-not-installed", "docker",
      R"((?:(?:-?bash|zsh|sh|ksh|fish)(?::\s*(?:line\s*)?\d+)?:\s*)?docker:\s*(?:command )?not found|zsh: command not found: docker|'docker(?:\.exe)?' is not recognized as an internal or external command|the term 'docker(?:\.exe)?' is not recognized as (?:the )?name of a cmdlet|exec: "docker": executable file not found in [$%]path%?)",
      {S::LoginFails}, {C::DockerNotInstalled},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The docker command could not be found. Docker is not installed on this computer, or its folder is not on the search path.") },
    { "docker-daemon-permission", "docker",
      R"((?:got )?permission denied while trying to connect to the docker daemon socket(?: at \S+)?)",
      {S::LoginFails}, {C::DockerDaemonNotRunning},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The docker command could not talk to the Docker engine because your account may not use it. Add your account to the docker group, or use the same account that runs Docker.") },
    { "docker-daemon-down", "docker",
      R"(cannot connect to the docker daemon(?: at \S+)?(?:\s+is the docker daemon running\?)?)",
      {S::LoginFails}, {C::DockerDaemonNotRunning},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The Docker engine (the background service that does the work) is not running, so docker commands cannot do anything. Start Docker and try again.") },
    { "docker-daemon-down-windows", "docker",
      R"((?:error during connect:[^\n]{0,400}?)?open //\./pipe/docker\w*:\s*the system cannot find the file specified\.?)",
      {S::LoginFails}, {C::DockerDaemonNotRunning},
      QT_TRANSLATE_NOOP("rd::ErrorText", "Docker on Windows cannot reach its engine: Docker Desktop is probably not started. Start Docker Desktop and wait until it says it is running.") },
    { "docker-daemon-down-windows", "docker",
      R"(error during connect: this error may indicate that the docker daemon is not running)",
      {S::LoginFails}, {C::DockerDaemonNotRunning},
      QT_TRANSLATE_NOOP("rd::ErrorText", "Docker on Windows cannot reach its engine: Docker Desktop is probably not started. Start Docker Desktop and wait until it says it is running.") },
    { "docker-desktop-not-running", "docker-desktop",
      R"(docker desktop (?:is not running|is stopped|stopped|failed to (?:start|initiali[sz]e)|is unable to start)|docker engine stopped)",
      {S::LoginFails}, {C::DockerDaemonNotRunning},
      QT_TRANSLATE_NOOP("rd::ErrorText", "Docker Desktop is not running, so the Docker engine is not available. Start Docker Desktop, or restart it if it is stuck.") },
    { "docker-too-old", "docker",
      R"(client version [\d.]+ is too (?:old|new)\.\s*(?:minimum|maximum) supported api version is [\d.]+|unknown flag: --password-stdin)",
      {S::LoginFails}, {C::DockerTooOld},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The Docker client and engine versions do not fit together, or Docker is too old. Registry sign-in needs Docker 18.03 or later.") },
    { "docker-login-no-tty", "docker",
      R"(cannot perform an interactive login from a non tty device)",
      {S::LoginFails}, {C::NoCredentials},
      QT_TRANSLATE_NOOP("rd::ErrorText", "docker login wanted to ask for a user name and password, but it was not run in a terminal. Pass the user name and the password (through --password-stdin) explicitly.") },

    // --- Credential store ----------------------------------------------------------------------
    { "credential-helper-missing", "docker",
      RD_CREDS_ERR R"(exec: "docker-credential-(?<helper>[a-z0-9_-]+?)(?:\.exe)?": executable file not found in [$%]path%?(?:, out: `*)?)",
      {S::LoginFails, S::PushPullUnauthorized}, {C::CredentialStoreFailing},
      QT_TRANSLATE_NOOP("rd::ErrorText", "Docker is set up to keep passwords in a credential helper program that is not installed. Install that helper, or remove the \"credsStore\" entry from the Docker configuration file.") },
    { "wincred-bad-data", "docker",
      R"((?:)" RD_CREDS_ERR R"(exit status \d+, out: `?)?the stub received bad data\.?)",
      {S::LoginFails}, {C::CredentialStoreFailing},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The Windows credential store refused to save the registry sign-in, usually because the Azure token is too long for it. Removing \"credsStore\" from the Docker configuration file avoids the store.") },
    { "logon-session-missing", "docker",
      R"((?:)" RD_CREDS_ERR R"(exit status \d+, out: `?)?a specified logon session does not exist\.?(?:\s*it may already have been terminated\.?)?)",
      {S::LoginFails, S::PushPullUnauthorized}, {C::CredentialStoreFailing},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The Windows credential store could not be used from this session (common over remote sessions or services). Docker could not save or read the registry password.") },
    { "credentials-not-found", "docker",
      R"((?:)" RD_CREDS_ERR R"(exit status \d+, out: `?)?credentials not found in native keychain)",
      {S::PushPullUnauthorized}, {C::NoCredentials, C::CredentialStoreFailing},
      QT_TRANSLATE_NOOP("rd::ErrorText", "Docker has no saved sign-in for this registry. Sign in to the registry first.") },
    { "credential-helper-error", "docker",
      RD_CREDS_ERR R"([^\n]{0,250})",
      {S::LoginFails, S::PushPullUnauthorized}, {C::CredentialStoreFailing},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The program Docker uses to store passwords failed. Docker could not save or read the registry sign-in.") },

    // --- Names and references ------------------------------------------------------------------
    { "reference-not-lowercase", "docker",
      R"(invalid reference format: repository name must be lowercase)",
      {S::PushPullUnauthorized}, {C::RegistryNameInvalid},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The image name contains capital letters. Registry addresses and repository names must be written in lowercase.") },
    { "reference-invalid", "docker",
      R"(invalid reference format)",
      {S::PushPullUnauthorized}, {C::RegistryNameInvalid},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The image name is not written correctly, for example it contains https:// or a space. Use registry/repository:tag, such as myregistry.azurecr.io/app:1.0.") },
    { "az-registry-name-invalid", "az",
      R"(registry names may contain only alpha ?numeric characters[^\n]{0,120})",
      {S::LoginFails, S::CannotManage}, {C::RegistryNameInvalid},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry name is not valid. az acr commands want the registry's resource name only: 5 to 50 letters and digits, without .azurecr.io.") },
    { "az-registry-not-found", "az",
      R"(the resource with name '[^'\n]+' and type 'microsoft\.containerregistry/registries' could not be found(?: in subscription '[^'\n]*')?\.?)",
      {S::CannotManage, S::LoginFails}, {C::RegistryNotFound, C::CredentialsNotAuthorized},
      QT_TRANSLATE_NOOP("rd::ErrorText", "Azure does not know a registry by that name in the selected subscription. Check the name and the subscription (az account show).") },
    { "az-authorization-failed", "az",
      R"((?:\(AuthorizationFailed\)\s*)?the client '[^'\n]*'(?: with object id '[^'\n]*')? does not have authorization to perform action '[^'\n]+')",
      {S::CannotManage}, {C::CredentialsNotAuthorized},
      QT_TRANSLATE_NOOP("rd::ErrorText", "You are signed in to Azure, but your account has no role that allows this action. Seeing the registry needs at least the Reader role.") },

    // --- The data path: layers come from another host than the registry -------------------------
    // Go's url.Error ("Get \"URL\": cause") for a layer download sent to ACR's data endpoint or its storage.
    { "data-endpoint-unreachable", "docker",
      RD_DAEMON R"((?:get|head)\s+["']?https://(?<host>[a-z0-9-]+\.(?:[a-z0-9-]+\.data\.azurecr\.(?:io|cn|us)|blob\.core\.(?:windows\.net|chinacloudapi\.cn|usgovcloudapi\.net)))(?::\d+)?/[^\s"']*["']?:\s*(?:dial tcp[^\n]{0,200}|net/http: tls handshake timeout|context deadline exceeded|(?:read tcp \S+:\s*)?(?:read:\s*)?connection reset by peer|(?:read tcp \S+:\s*)?i/o timeout))",
      {S::PushPullUnauthorized, S::CannotConnect}, {C::DataEndpointBlocked, C::NetworkUnreachable, C::ProxyProblem},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The sign-in worked, but downloading (or uploading) a layer failed at the registry's data endpoint or storage account, a different host than the registry. The firewall or proxy must allow that host too.") },

    // --- Proxy, DNS, TLS, network --------------------------------------------------------------
    { "proxy-connect-failed", "docker",
      RD_DAEMON RD_URL R"(proxyconnect tcp:\s*(?:dial tcp (?<hostport>\S+?):\s*)?[^\n]{0,200})",
      {S::CannotConnect, S::LoginFails}, {C::ProxyProblem},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The connection goes through a proxy server, and the proxy could not be reached or refused the connection. Check the proxy settings (HTTPS_PROXY) of Docker and of this computer.") },
    { "az-proxy-error", "az",
      R"rx((?:ProxyError\(['"]?cannot connect to proxy\.?['"]?[^\n]{0,120}?)?tunnel connection failed: (?<statusCode>\d{3})[^\n'")]{0,60}|ProxyError\(['"]?cannot connect to proxy\.?|unable to connect to proxy)rx",
      {S::CannotConnect, S::LoginFails}, {C::ProxyProblem},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The Azure CLI could not get through the proxy server. Check the proxy address and whether the proxy allows the registry's address.") },
    { "dns-no-such-host", "docker",
      RD_DAEMON RD_URL R"(dial tcp: lookup (?<host>[^\s:]+)(?: on (?<resolver>\[[0-9a-f:.]+\](?::\d+)?|[0-9.]+(?::\d+)?))?:\s*(?:no such host(?: is known)?|getaddrinfow: no such host is known)\.?)",
      {S::CannotConnect, S::LoginFails}, {C::RegistryNotFound, C::PrivateEndpointDns, C::NetworkUnreachable},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The name server does not know this registry address. The name may be misspelt, belong to another cloud, or, with a private endpoint, its private DNS is not set up.") },
    { "dns-lookup-failed", "docker",
      RD_DAEMON RD_URL R"(dial tcp: lookup (?<host>[^\s:]+)(?: on (?<resolver>\[[0-9a-f:.]+\](?::\d+)?|[0-9.]+(?::\d+)?))?:\s*(?:server misbehaving|temporary failure in name resolution|read udp \S+:\s*(?:i/o timeout|connection refused)|i/o timeout))",
      {S::CannotConnect, S::LoginFails}, {C::NetworkUnreachable, C::PrivateEndpointDns, C::RegistryNotFound},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The name server did not answer properly when asked for the registry address. The DNS server or the network path to it has a problem.") },
    { "az-connection-pool", "az",
      R"(HTTPSConnectionPool\(host='(?<host>[^'\n]+)', port=\d+\): max retries exceeded(?: with url: \S+)?)",
      {S::CannotConnect, S::LoginFails}, {C::NetworkUnreachable, C::ProxyProblem},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The Azure CLI tried several times to reach this address and gave up. The reason follows in the message (name lookup, proxy, certificate or timeout).") },
    { "az-name-resolution", "az",
      R"((?:failed to resolve '(?<host>[^'\n]+)'\s*)?\(?\[errno -?\d+\] (?:name or service not known|nodename nor servname provided, or not known|getaddrinfo failed|no address associated with hostname|temporary failure in name resolution))",
      {S::CannotConnect, S::LoginFails}, {C::RegistryNotFound, C::PrivateEndpointDns, C::NetworkUnreachable},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The computer could not turn the registry address into an IP address. The name may be wrong, or the DNS setup (for example for a private endpoint) is missing.") },
    { "az-ssl-expired", "az",
      R"((?:\[SSL: CERTIFICATE_VERIFY_FAILED\]\s*)?certificate verify failed:\s*certificate has expired)",
      {S::CannotConnect, S::LoginFails}, {C::ClockSkew, C::TlsUntrustedCertificate},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The server's certificate looks expired from here. Most often the computer's clock is wrong; otherwise something in between presents an old certificate.") },
    { "az-ssl-untrusted", "az",
      R"((?:\[SSL: CERTIFICATE_VERIFY_FAILED\]\s*)?certificate verify failed:\s*(?:self[- ]signed certificate(?: in certificate chain)?|unable to get local issuer certificate|unable to verify the first certificate))",
      {S::CannotConnect, S::LoginFails}, {C::TlsUntrustedCertificate, C::ProxyProblem},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The Azure CLI does not trust the certificate it received. Usually a company proxy inspects the traffic with its own certificate, which must be added to the trusted ones.") },
    { "skopeo-ping-x509", "skopeo",
      R"(pinging (?:container|docker) registry )" RD_REGISTRY R"(:\s*)" RD_URL R"((?:tls: failed to verify certificate:\s*)?x509: certificate signed by unknown authority)",
      {S::CannotConnect, S::LoginFails}, {C::TlsUntrustedCertificate, C::ProxyProblem},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry's certificate is not trusted on this computer. Usually a proxy or security product replaces the certificate with its own, which must then be trusted.") },
    { "tls-unknown-authority", "docker",
      RD_DAEMON RD_URL R"((?:tls: failed to verify certificate:\s*)?x509: certificate signed by unknown authority(?: \(possibly because of [^\n)]{0,200}\))?)",
      {S::CannotConnect, S::LoginFails}, {C::TlsUntrustedCertificate, C::ProxyProblem},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry's certificate is not trusted on this computer. Usually a proxy or security product replaces the certificate with its own, which must then be trusted.") },
    { "tls-expired", "docker",
      RD_DAEMON RD_URL R"((?:tls: failed to verify certificate:\s*)?x509: certificate has expired or is not yet valid(?::\s*current time \S+ is (?:after|before) \S+)?)",
      {S::CannotConnect, S::LoginFails}, {C::ClockSkew, C::TlsUntrustedCertificate},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The certificate looks expired or not yet valid from here. Most often the computer's date and time are wrong.") },
    { "tls-name-mismatch", "docker",
      RD_DAEMON RD_URL R"((?:tls: failed to verify certificate:\s*)?x509: certificate is valid for [^\n]{1,400}?, not (?<host>[a-z0-9.*-]+[a-z0-9]))",
      {S::CannotConnect, S::LoginFails}, {C::RegistryNameInvalid, C::ProxyProblem},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The certificate belongs to a different name than the address used. Use the registry's normal login server name (not the privatelink name), or check for a proxy in between.") },
    { "tls-not-tls", "docker",
      RD_DAEMON RD_URL R"(tls: first record does not look like a tls handshake)",
      {S::CannotConnect, S::LoginFails}, {C::NotARegistry, C::ProxyProblem},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The server at this address did not speak HTTPS. The address may point at something that is not a registry, or at a proxy.") },
    { "http-response-to-https", "docker",
      RD_DAEMON RD_URL R"(http: server gave http response to https client)",
      {S::CannotConnect, S::LoginFails}, {C::PlainHttpRegistry, C::NotARegistry, C::ProxyProblem},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The server answered with plain HTTP where HTTPS was expected. Usually the registry was set up without TLS: the client must then list it as an insecure registry. Otherwise the address is not the registry, or a proxy is in between.") },
    { "tls-handshake-failed", "docker",
      RD_DAEMON RD_URL R"((?:remote error: tls: [a-z ]{3,40}|tls: handshake failure))",
      {S::CannotConnect, S::LoginFails}, {C::ProxyProblem, C::TlsUntrustedCertificate},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The secure connection could not be set up. Something between you and the registry, often a proxy or firewall, interferes with it.") },
    { "network-timeout", "docker",
      RD_DAEMON RD_URL RD_HOSTPORT R"((?:(?:read|write) tcp \S+:\s*)?i/o timeout)",
      {S::CannotConnect, S::LoginFails}, {C::NetworkUnreachable, C::FirewallBlocked, C::ProxyProblem},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry did not answer in time. A firewall, a missing route or a proxy that has to be used probably stands in the way.") },
    { "network-refused", "docker",
      RD_DAEMON RD_URL R"((?:)" RD_HOSTPORT R"((?:connect:\s*)?connection refused|\[errno 111\] connection refused|no connection could be made because the target machine actively refused it\.?))",
      {S::CannotConnect, S::LoginFails}, {C::NetworkUnreachable, C::FirewallBlocked, C::ProxyProblem},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The connection was refused: nothing accepts connections at that address and port, or a firewall turns them away.") },
    // Go's net.OpError for an IPv6 address (docker, podman, helm, containerd and kubelet are all Go):
    // "dial tcp [2600:1f18:...]:443: connect: network is unreachable", "... cannot assign requested
    // address" (no IPv6 source address), and Windows' WSAENETUNREACH text after "connectex:".
    { "ipv6-network-unreachable", "docker",
      RD_DAEMON RD_URL R"(dial tcp (?<hostport>\[[0-9a-f:.]+(?:%[\w.-]+)?\]:\d+):\s*(?:connect:\s*(?:network is unreachable|no route to host|cannot assign requested address)|connectex: a socket operation was attempted to an unreachable (?:network|host)\.?))",
      {S::CannotConnect, S::LoginFails}, {C::Ipv6Unreachable, C::NetworkUnreachable},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The connection was tried over IPv6 (the address in brackets), and this computer has no IPv6 route to it. If the registry also has an IPv4 address, IPv4 probably works: the network needs a working IPv6 route, or IPv6 turned off where it has none.") },
    { "network-no-route", "docker",
      RD_DAEMON RD_URL R"((?:)" RD_HOSTPORT R"(connect:\s*(?:network is unreachable|no route to host)|\[errno 101\] network is unreachable))",
      {S::CannotConnect, S::LoginFails}, {C::NetworkUnreachable, C::FirewallBlocked},
      QT_TRANSLATE_NOOP("rd::ErrorText", "This computer has no network path to the registry. Check the network connection, VPN and routing.") },
    { "network-reset", "docker",
      RD_DAEMON RD_URL R"((?:(?:read tcp \S+->(?<hostport>\S+?):\s*)?(?:read:\s*)?connection reset by peer|\[errno 104\] connection reset by peer|an existing connection was forcibly closed by the remote host\.?))",
      {S::CannotConnect, S::LoginFails}, {C::ProxyProblem, C::FirewallBlocked, C::NetworkUnreachable},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The connection was cut off in the middle. A proxy or firewall between you and the registry often does this.") },
    { "network-deadline", "docker",
      RD_DAEMON RD_URL R"((?:context deadline exceeded(?: \(client\.timeout exceeded while awaiting headers\))?|net/http: request canceled(?: while waiting for connection)?(?: \(client\.timeout exceeded while awaiting headers\))?|net/http: tls handshake timeout|client\.timeout exceeded while awaiting headers|ConnectTimeoutError|read timed out\.?|connection timed out))",
      {S::CannotConnect, S::LoginFails}, {C::NetworkUnreachable, C::ProxyProblem, C::FirewallBlocked},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The request took too long and was given up. The registry is not reachable from here, or a proxy that should be used is not configured.") },

    // --- Answers from the registry -------------------------------------------------------------
    // Distribution's error codes as clients print them ("name unknown: repository name not known to
    // registry"; "manifest unknown: manifest unknown" from skopeo against docker-registry 2.8), Docker's
    // and containerd's wording when the registry will not say whether the repository exists.
    { "name-unknown", "registry",
      R"(name unknown:\s*repository name not known to registry)",
      {S::PushPullUnauthorized}, {C::RepositoryNotFound},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry has no repository by this name. Check the spelling and the namespace (team/app), and that the image name starts with this registry's address.") },
    { "manifest-unknown", "registry",
      R"((?:reading manifest \S+ in (?<image>\S+?):\s*)?manifest unknown(?::\s*manifest (?:unknown|tagged by "[^"\n]{1,128}" is not found))?)",
      {S::PushPullUnauthorized}, {C::RepositoryNotFound},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry has no image with this tag or digest in the repository, or no such repository. Check the tag, or list the tags the repository has.") },
    { "pull-access-denied", "docker",
      RD_DAEMON R"((?:pull access denied for (?<image>[^\s,]+), repository does not exist or may require 'docker login'|(?:pull|push) access denied, repository does not exist or may require authorization))",
      {S::PushPullUnauthorized}, {C::RepositoryNotFound, C::NoCredentials, C::CredentialsNotAuthorized},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry refused the image without saying whether it exists: either the repository does not exist (often a misspelt name or a missing namespace), or it exists and this sign-in may not read it.") },
    { "firewall-denied", "docker",
      RD_DAEMON RD_URL R"((?:denied:\s*)?client with ip ['"]?(?<clientIp>[0-9a-f.:]+)['"]? is not allowed access\.?(?:\s*refer https://aka\.ms/acr/firewall to grant access\.?)?)",
      {S::Forbidden, S::LoginFails}, {C::FirewallBlocked, C::PrivateEndpointDns},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry's firewall does not let your IP address in, or public access to the registry is turned off. Add your address to the registry's network rules, or connect through its private endpoint.") },
    { "aad-app-not-registered", "docker",
      RD_DAEMON RD_URL R"((?:unauthorized:\s*)?application not registered with aad\.?)",
      {S::Unauthorized, S::LoginFails}, {C::UsernameNotRecognized, C::AzNotLoggedIn},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry does not recognise the user name. For a service principal the user name must be its application (client) ID, not an e-mail address or display name.") },
    { "login-unauthorized", "docker",
      RD_DAEMON R"(get\s+["']?(?<url>https?://[^\s"'/]+/v2/?)["']?:\s*unauthorized: authentication required(?:, visit https://aka\.ms/acr/authorization for more information\.?)?)",
      {S::Unauthorized, S::LoginFails}, {C::CredentialsInvalid, C::CredentialsExpired, C::UsernameNotRecognized},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry turned down the user name and password given at sign-in. The password or secret is wrong or has expired.") },
    { "incorrect-password", "docker",
      RD_DAEMON RD_URL R"((?:unauthorized:\s*)?incorrect username or password)",
      {S::Unauthorized, S::LoginFails}, {C::CredentialsInvalid, C::UsernameNotRecognized},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry turned down the user name and password given at sign-in.") },
    { "unauthorized-authentication-required", "docker",
      RD_DAEMON RD_URL R"(unauthorized: authentication required(?:, visit https://aka\.ms/acr/authorization for more information\.?)?)",
      {S::PushPullUnauthorized, S::Unauthorized}, {C::CredentialsExpired, C::NoCredentials, C::CredentialsInvalid, C::RegistryNameInvalid, C::CredentialsNotAuthorized},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry wants a valid sign-in and did not get one. The saved sign-in may have expired (an az acr login lasts about three hours), be missing, or be for a differently written registry name.") },
    { "access-denied", "docker",
      RD_DAEMON RD_URL R"(denied: requested access to the resource is denied)",
      {S::PushPullUnauthorized}, {C::CredentialsNotAuthorized, C::RegistryNameInvalid, C::NoCredentials},
      QT_TRANSLATE_NOOP("rd::ErrorText", "You are signed in, but this identity may not do this with this repository: pushing needs the AcrPush role, pulling AcrPull. Also check that the image name starts with the registry address.") },
    { "insufficient-scope", "docker",
      RD_DAEMON RD_URL R"(insufficient_scope(?::\s*authorization failed)?)",
      {S::PushPullUnauthorized}, {C::CredentialsNotAuthorized},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The sign-in worked, but the permission granted does not cover this action on this repository.") },
    { "login-status-401", "docker",
      RD_DAEMON R"(login attempt (?:to (?<url>\S+) )?failed with status:\s*(?<statusCode>401)(?: unauthorized)?)",
      {S::Unauthorized, S::LoginFails}, {C::CredentialsInvalid, C::UsernameNotRecognized, C::CredentialsExpired},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry turned down the user name and password given at sign-in.") },
    { "login-status-403", "docker",
      RD_DAEMON R"(login attempt (?:to (?<url>\S+) )?failed with status:\s*(?<statusCode>403)(?: forbidden)?)",
      {S::Forbidden, S::LoginFails}, {C::FirewallBlocked, C::ProxyProblem, C::PrivateEndpointDns},
      QT_TRANSLATE_NOOP("rd::ErrorText", "Access was forbidden before the password was even checked. This is a network matter: the registry's firewall, disabled public access, or a proxy blocks the way.") },
    { "login-status-404", "docker",
      RD_DAEMON R"(login attempt (?:to (?<url>\S+) )?failed with status:\s*(?<statusCode>404)(?: not found)?)",
      {S::LoginFails}, {C::NotARegistry, C::RegistryNameInvalid},
      QT_TRANSLATE_NOOP("rd::ErrorText", "There is a web server at this address, but it is not a container registry. Check the address: only the login server name, without a path.") },
    { "login-status-429", "docker",
      RD_DAEMON R"(login attempt (?:to (?<url>\S+) )?failed with status:\s*(?<statusCode>429)(?: too many requests)?)",
      {S::LoginFails}, {C::Throttled},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry is receiving too many requests from you and asks to slow down. Wait a little and try again.") },
    { "login-status-other", "docker",
      RD_DAEMON R"(login attempt (?:to (?<url>\S+) )?failed with status:\s*(?<statusCode>\d{3})(?: [a-z][a-z ]{0,40})?)",
      {S::LoginFails, S::CannotConnect}, {C::NetworkUnreachable, C::ProxyProblem, C::NotARegistry},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The sign-in request got an unexpected answer from the server or from something in between, such as a proxy.") },
    { "skopeo-invalid-credentials", "skopeo",
      R"((?:error )?logging into ["']?)" RD_REGISTRY R"(["']?:\s*invalid username/password)",
      {S::Unauthorized, S::LoginFails}, {C::CredentialsInvalid, C::UsernameNotRecognized, C::CredentialsExpired},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry turned down the user name and password given at sign-in.") },
    { "skopeo-ping-forbidden", "skopeo",
      R"(pinging (?:container|docker) registry )" RD_REGISTRY R"(:\s*invalid status code from registry (?<statusCode>403)(?: \(forbidden\))?)",
      {S::Forbidden, S::LoginFails}, {C::FirewallBlocked, C::ProxyProblem, C::PrivateEndpointDns},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry forbade access before any sign-in. Its firewall, disabled public access, or a proxy is blocking this computer.") },
    { "skopeo-ping-not-found", "skopeo",
      R"(pinging (?:container|docker) registry )" RD_REGISTRY R"(:\s*invalid status code from registry (?<statusCode>404)(?: \(not found\))?)",
      {S::LoginFails}, {C::NotARegistry, C::RegistryNameInvalid},
      QT_TRANSLATE_NOOP("rd::ErrorText", "There is a web server at this address, but it is not a container registry. Check the address.") },
    { "skopeo-ping-throttled", "skopeo",
      R"(pinging (?:container|docker) registry )" RD_REGISTRY R"(:\s*too many requests to registry)",
      {S::LoginFails}, {C::Throttled},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry is receiving too many requests from you and asks to slow down. Wait a little and try again.") },
    { "skopeo-ping-status", "skopeo",
      R"(pinging (?:container|docker) registry )" RD_REGISTRY R"(:\s*invalid status code from registry (?<statusCode>\d{3})(?: \([a-z ]{1,40}\))?)",
      {S::LoginFails, S::CannotConnect}, {C::NetworkUnreachable, C::ProxyProblem, C::NotARegistry},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry address gave an unexpected answer. Something other than the registry, such as a proxy, may have answered.") },
    { "registry-json-unauthorized", "registry",
      R"("code"\s*:\s*"unauthorized"(?![^}]{0,300}(?:application not registered|client with ip)))",
      {S::Unauthorized}, {C::CredentialsInvalid, C::NoCredentials, C::CredentialsExpired},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry answered that a valid sign-in is missing: no credentials, wrong ones, or expired ones were sent.") },
    { "registry-json-denied", "registry",
      R"("code"\s*:\s*"denied"(?![^}]{0,300}client with ip))",
      {S::PushPullUnauthorized, S::Forbidden}, {C::CredentialsNotAuthorized, C::FirewallBlocked},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry refused the request: the identity lacks the permission, or the network rules do not allow it.") },
    { "registry-json-too-many-requests", "registry",
      R"("code"\s*:\s*"toomanyrequests")",
      {S::LoginFails, S::PushPullUnauthorized}, {C::Throttled},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry is receiving too many requests from you and asks to slow down. Wait a little and try again.") },
    { "too-many-requests", "registry",
      R"((?<!")toomanyrequests\b(?::[^\n]{0,200})?|(?<statusCode>429) too many requests)",
      {S::LoginFails, S::PushPullUnauthorized}, {C::Throttled},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry is receiving too many requests from you and asks to slow down. Wait a little and try again.") },
    { "kube-token-401", "kubectl",
      R"rx((?:failed to pull image "(?<image>[^"\s]+)"[^\n]{0,600}?)?failed to fetch (?:anonymous|oauth) token:[^\n]{0,400}?(?<statusCode>401) unauthorized)rx",
      {S::AzureService, S::PushPullUnauthorized}, {C::CredentialsNotAuthorized, C::ImagePullSecretMissing, C::NoCredentials},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The cluster tried to pull the image without a usable sign-in. Its identity (for AKS, the kubelet identity) needs the AcrPull role on the registry, or an image pull secret is missing.") },
    { "unexpected-status-401", "docker",
      R"(unexpected status(?: code)?(?: from \w+ request to (?<url>\S+?))?:\s*(?<statusCode>401)(?: unauthorized)?)",
      {S::PushPullUnauthorized, S::Unauthorized}, {C::NoCredentials, C::CredentialsInvalid, C::CredentialsNotAuthorized},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry wanted a sign-in that it did not get, or did not accept.") },
    { "unexpected-status-403", "docker",
      R"(unexpected status(?: code)?(?: from \w+ request to (?<url>\S+?))?:\s*(?<statusCode>403)(?: forbidden)?)",
      {S::Forbidden, S::PushPullUnauthorized}, {C::FirewallBlocked, C::CredentialsNotAuthorized},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry forbade the request: its network rules or the identity's permissions do not allow it.") },

    // --- Azure CLI -----------------------------------------------------------------------------
    { "az-could-not-connect", "az",
      R"(could not connect to the registry login server(?: ['"]?)" RD_REGISTRY R"(['"]?)?\.?(?:\s*please verify that the registry exists and the url ['"]?(?<url>[^\s'"]+)['"]? is reachable from your environment\.?)?)",
      {S::CannotConnect, S::LoginFails}, {C::NetworkUnreachable, C::ProxyProblem, C::PrivateEndpointDns, C::FirewallBlocked, C::RegistryNotFound},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The Azure CLI could not reach the registry over the network. A proxy, DNS, a firewall or a private endpoint may be in the way, or the name is wrong.") },
    { "registry-no-challenge", "az",
      R"((?:registry ['"]?)" RD_REGISTRY R"(['"]? )?did not issue a challenge\.?)",
      {S::CannotConnect, S::LoginFails}, {C::ProxyProblem, C::PrivateEndpointDns, C::FirewallBlocked, C::NetworkUnreachable, C::Throttled},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The address did not answer like a registry that asks for a sign-in. Often a proxy answered instead, public access is disabled, DNS points elsewhere, or it was a passing hiccup.") },
    { "az-access-denied", "az",
      R"(access to registry ['"]?)" RD_REGISTRY R"(['"]? was denied\.\s*response code:\s*(?<statusCode>\d{3})\.?(?:\s*please try running 'az login' again to refresh permissions\.?)?)",
      {S::Unauthorized, S::LoginFails}, {C::CredentialsNotAuthorized, C::AzNotLoggedIn},
      QT_TRANSLATE_NOOP("rd::ErrorText", "Your Azure identity was signed in but has no role on this registry, or the wrong subscription or tenant is selected. A role assignment made just now can take a few minutes to apply.") },
    { "az-exchange-unauthorized", "az",
      R"((?<statusCode>401) client error: unauthorized for url: (?<url>https?://[^\s/]+/oauth2/(?:exchange|token)\S*))",
      {S::Unauthorized, S::LoginFails}, {C::CredentialsNotAuthorized, C::AzNotLoggedIn},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry did not accept your Azure identity: it has no role on this registry, or another subscription or tenant is selected.") },
    { "az-login-required", "az",
      R"(please run '?az login'? to (?:set ?up account|access your accounts)\.?)",
      {S::LoginFails, S::CannotManage}, {C::AzNotLoggedIn},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The Azure CLI is not signed in to Azure. Run az login first (with sudo, the root user has its own separate sign-in).") },
    { "az-aad-tokens", "az",
      R"(unable to get aad authorization tokens with message:)",
      {S::LoginFails, S::Unauthorized}, {C::AzNotLoggedIn, C::CredentialsNotAuthorized, C::CredentialsExpired},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The Azure CLI could not get an Azure sign-in token for the registry. The rest of the message says why.") },
    { "aad-secret-expired", "az",
      R"((?<errorCode>aadsts7000222)\b:?(?:\s*the provided client secret keys(?: for app '[^'\n]*')? are expired\.?)?)",
      {S::LoginFails, S::Unauthorized, S::AzureService}, {C::CredentialsExpired},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The service principal's client secret has expired. Create a new secret and use it everywhere the old one was stored.") },
    { "aad-invalid-secret", "az",
      R"((?<errorCode>aadsts7000215)\b:?(?:\s*invalid client secret (?:is )?provided\.?)?)",
      {S::LoginFails, S::Unauthorized, S::AzureService}, {C::CredentialsInvalid},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The client secret given is wrong. Use the secret's value, not its ID, and check that it belongs to this application.") },
    { "aad-app-not-found", "az",
      R"((?<errorCode>aadsts700016)\b:?(?:\s*application with identifier '[^'\n]*' was not found in the directory[^\n.]{0,80}\.?)?)",
      {S::LoginFails, S::Unauthorized, S::AzureService}, {C::UsernameNotRecognized},
      QT_TRANSLATE_NOOP("rd::ErrorText", "No application with that ID exists in this Azure tenant. Check the application (client) ID and the tenant.") },
    { "aad-session-expired", "az",
      R"((?<errorCode>aadsts(?:700082|50173|70043|700084|50078|50076))\b:?)",
      {S::LoginFails, S::CannotManage}, {C::AzNotLoggedIn, C::CredentialsExpired},
      QT_TRANSLATE_NOOP("rd::ErrorText", "Your Azure sign-in has expired or needs to be repeated. Run az login again.") },
    { "aad-clock", "az",
      R"((?<errorCode>aadsts700024)\b:?)",
      {S::LoginFails}, {C::ClockSkew},
      QT_TRANSLATE_NOOP("rd::ErrorText", "Azure rejected the sign-in because its time stamps are out of range. The computer's clock is probably wrong.") },
    // Microsoft Entra ID's OIDC discovery, as MSAL (and so az login) prints it: the tenant is not
    // in the cloud the client signs in to. A wrong tenant ID reads the same, so both are named.
    { "aad-tenant-not-found", "az",
      R"((?<errorCode>aadsts90002)\b:?(?:\s*tenant '?[^'\s]{0,200}'? not found\.?(?:[^\n]{0,120}?correct cloud\.?)?)?)",
      {S::LoginFails, S::CannotManage}, {C::WrongAzureCloud, C::AzNotLoggedIn},
      QT_TRANSLATE_NOOP("rd::ErrorText", "Microsoft Entra ID does not know this tenant in the Azure cloud the sign-in went to. Either the tenant ID is wrong, or the tenant lives in another cloud (Azure operated by 21Vianet for .azurecr.cn, Azure Government for .azurecr.us), which the Azure CLI reaches only after az cloud set.") },
    { "aad-error", "az",
      R"((?<errorCode>aadsts\d{5,7})\b:?)",
      {S::LoginFails, S::Unauthorized}, {C::CredentialsInvalid, C::AzNotLoggedIn},
      QT_TRANSLATE_NOOP("rd::ErrorText", "Azure sign-in (Azure AD / Entra ID) failed. The AADSTS code says why; look it up in Microsoft's list of sign-in error codes.") },

    // --- az acr check-health codes -------------------------------------------------------------
    { "check-health-docker-command", "check-health",
      R"((?:an error occurred:\s*)?\b(?<errorCode>docker_command_error)\b)",
      {S::LoginFails}, {C::DockerNotInstalled, C::DockerDaemonNotRunning},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The Azure CLI could not run the docker command: Docker is missing or its engine is not running.") },
    { "check-health-docker-daemon", "check-health",
      R"((?:an error occurred:\s*)?\b(?<errorCode>docker_daemon_error)\b)",
      {S::LoginFails}, {C::DockerDaemonNotRunning},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The Docker engine is not running. Start Docker and try again.") },
    { "check-health-docker-version", "check-health",
      R"((?:an error occurred:\s*)?\b(?<errorCode>docker_version_error)\b)",
      {S::LoginFails}, {C::DockerTooOld},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The Docker version could not be read or is too old. Registry sign-in needs Docker 18.03 or later.") },
    { "check-health-docker-pull", "check-health",
      R"((?:an error occurred:\s*)?\b(?<errorCode>docker_pull_error)\b)",
      {S::LoginFails}, {C::NetworkUnreachable, C::ProxyProblem},
      QT_TRANSLATE_NOOP("rd::ErrorText", "Docker could not pull a sample image from the internet. The network or proxy settings of the Docker engine are probably the problem.") },
    { "check-health-dns", "check-health",
      R"((?:an error occurred:\s*)?\b(?<errorCode>connectivity_dns_error)\b)",
      {S::CannotConnect}, {C::RegistryNotFound, C::PrivateEndpointDns, C::NetworkUnreachable},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry's address could not be looked up. The name may be wrong, or DNS (for example for a private endpoint) is not set up.") },
    { "check-health-forbidden", "check-health",
      R"((?:an error occurred:\s*)?\b(?<errorCode>connectivity_forbidden_error)\b)",
      {S::Forbidden}, {C::FirewallBlocked, C::PrivateEndpointDns},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry forbade access from here: its firewall or disabled public access keeps this computer out.") },
    { "check-health-challenge", "check-health",
      R"((?:an error occurred:\s*)?\b(?<errorCode>connectivity_challenge_error)\b)",
      {S::CannotConnect, S::Forbidden}, {C::ProxyProblem, C::NetworkUnreachable, C::FirewallBlocked, C::Throttled},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry address did not answer with the expected request to sign in. A proxy or the network is usually the reason; the same code is also shown when the registry asks you to slow down.") },
    { "check-health-ssl", "check-health",
      R"((?:an error occurred:\s*)?\b(?<errorCode>connectivity_ssl_error)\b)",
      {S::CannotConnect}, {C::TlsUntrustedCertificate, C::ProxyProblem, C::ClockSkew},
      QT_TRANSLATE_NOOP("rd::ErrorText", "A secure connection to the registry could not be set up, usually because a proxy replaces the certificate or the clock is wrong.") },
    { "check-health-refresh-token", "check-health",
      R"((?:an error occurred:\s*)?\b(?<errorCode>connectivity_refresh_token_error)\b)",
      {S::Unauthorized, S::LoginFails}, {C::CredentialsNotAuthorized, C::AzNotLoggedIn},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry did not accept your Azure identity: it has no role on the registry, or you are signed in to another tenant or subscription.") },
    { "check-health-access-token", "check-health",
      R"((?:an error occurred:\s*)?\b(?<errorCode>connectivity_access_token_error)\b)",
      {S::Unauthorized, S::PushPullUnauthorized}, {C::CredentialsNotAuthorized},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry would not hand out an access token for your identity: a role such as AcrPull or AcrPush is missing.") },
    { "check-health-throttled", "check-health",
      R"((?:an error occurred:\s*)?\b(?<errorCode>connectivity_toomanyrequests_error)\b)",
      {S::LoginFails}, {C::Throttled},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The registry is receiving too many requests from you and asks to slow down.") },
    { "check-health-login-server", "check-health",
      R"((?:an error occurred:\s*)?\b(?<errorCode>login_server_error)\b)",
      {S::LoginFails, S::CannotManage}, {C::RegistryNotFound, C::RegistryNameInvalid, C::AzNotLoggedIn},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The Azure CLI could not find the registry's login server from its name. Check the name and the selected subscription.") },

    // --- Kubernetes ----------------------------------------------------------------------------
    { "kube-pull-failed", "kubectl",
      R"rx(failed to pull image "(?<image>[^"\s]+)"|back-off pulling image "(?<image2>[^"\s]+)")rx",
      {S::AzureService}, {},
      QT_TRANSLATE_NOOP("rd::ErrorText", "The cluster could not pull the image. The reason follows in the message.") },

    // --- Context only: names the registry, the reason follows ----------------------------------
    { "skopeo-ping-failed", "skopeo",
      R"(pinging (?:container|docker) registry )" RD_REGISTRY R"(:)",
      {S::CannotConnect}, {},
      QT_TRANSLATE_NOOP("rd::ErrorText", "skopeo could not reach the registry. The reason follows in the message.") },
};

#undef RD_DAEMON
#undef RD_URL
#undef RD_REGISTRY
#undef RD_HOSTPORT
#undef RD_CREDS_ERR

struct CompiledPattern
{
    const PatternRow *row = nullptr;
    QRegularExpression re;
    QStringList symptoms;
    QStringList causes;
    QSet<QString> groups;
};

const QVector<CompiledPattern> &compiledPatterns()
{
    static const QVector<CompiledPattern> all = [] {
        QVector<CompiledPattern> out;
        out.reserve(int(std::size(kPatterns)));
        for (const PatternRow &row : kPatterns) {
            CompiledPattern p;
            p.row = &row;
            p.re = QRegularExpression(QString::fromUtf8(row.regex), QRegularExpression::CaseInsensitiveOption);
            p.re.optimize();
            if (!p.re.isValid()) {
                qWarning("rd::recognizeErrorText: pattern %s does not compile: %s", row.id,
                         qPrintable(p.re.errorString()));
                continue;
            }
            p.symptoms = idNames(QVector<SymptomId>(row.symptoms));
            p.causes = idNames(QVector<CauseId>(row.causes));
            const QStringList names = p.re.namedCaptureGroups();
            for (const QString &n : names) {
                if (!n.isEmpty())
                    p.groups.insert(n);
            }
            out.append(p);
        }
        return out;
    }();
    return all;
}

// Which client printed a line, from what only that client prints (its prefixes, its command
// names). Checked in this order: BuildKit's "failed to solve" also starts with az's "ERROR:".
struct ClientMarker
{
    const char *client;
    const char *regex;
};

const ClientMarker kClientMarkers[] = {
    {"buildkit", R"(failed to solve:|^#\d+ (?:\d+\.\d+ )?(?:error|\[)|failed to resolve source metadata for|\bbuildx\b|\bbuildkit)"},
    {"kubelet", R"(\bkubelet\b|failed to pull image "|back-off pulling image|\b(?:errimagepull|imagepullbackoff|failedtoretrieveimagepullsecret)\b)"},
    {"helm", R"(\bhelm(?:\.exe)? (?:registry|push|pull|install|upgrade|template|dependency|show)\b)"},
    {"oras", R"(\boras(?:\.exe)? (?:login|push|pull|copy|cp|attach|manifest|repo|tag|discover|resolve|blob)\b|^error response from registry:)"},
    {"aws", R"(\) when calling the \w+ operation|\baws (?:ecr|sts|configure)\b|^aws: )"},
    {"gcloud", R"(\(gcloud\.|\bgcloud\b|docker-credential-gcloud)"},
    {"podman", R"(\b(?:podman|buildah|skopeo)\b|emulate docker cli using podman|^error: (?:initializing source|copying system image|reading manifest|writing blob|authenticating creds|choosing an image from manifest list|pinging container registry))"},
    {"containerd", R"(\b(?:ctr|nerdctl|crictl)(?:\.exe)? |^ctr: |level=fatal msg=)"},
    {"az", R"(\baz (?:acr|login|account|aks)\b|\baadsts\d+|an error occurred: [a-z_]+_error\b|^(?:error|warning): \((?!gcloud))"},
    {"docker", R"(error response from daemon:|docker/login-action|\bdocker(?:\.exe)? (?:login|pull|push|build|run|version)\b|^docker: )"},
};

const QVector<QPair<QString, QRegularExpression>> &clientMarkers()
{
    static const QVector<QPair<QString, QRegularExpression>> all = [] {
        QVector<QPair<QString, QRegularExpression>> out;
        for (const ClientMarker &m : kClientMarkers) {
            QRegularExpression re(QString::fromUtf8(m.regex), QRegularExpression::CaseInsensitiveOption);
            re.optimize();
            out.append({QLatin1String(m.client), re});
        }
        return out;
    }();
    return all;
}

QString clientOfLine(QStringView line)
{
    for (const auto &m : clientMarkers())
        if (m.second.match(line).hasMatch())
            return m.first;
    return QString();
}

// The client a pattern belongs to, when only that client prints the message; a match of it on a
// line that another client printed is not that message ("a BuildKit error is not a Kubernetes one").
QString clientOfSource(const char *source)
{
    static const QHash<QString, QString> own{
        {QStringLiteral("buildkit"), QStringLiteral("buildkit")}, {QStringLiteral("kubelet"), QStringLiteral("kubelet")},
        {QStringLiteral("kubectl"), QStringLiteral("kubelet")},   {QStringLiteral("az"), QStringLiteral("az")},
        {QStringLiteral("check-health"), QStringLiteral("az")},   {QStringLiteral("skopeo"), QStringLiteral("podman")},
        {QStringLiteral("podman"), QStringLiteral("podman")},     {QStringLiteral("docker-desktop"), QStringLiteral("docker")},
        {QStringLiteral("aws"), QStringLiteral("aws")},           {QStringLiteral("gcloud"), QStringLiteral("gcloud")},
    };
    return own.value(QLatin1String(source));
}

// One line as the client printed it: without colour codes, CI wrappers and timestamps, with
// JSON-escaped quotes and line breaks undone and typographic quotes made plain.
QString normaliseLine(QStringView raw)
{
    static const QRegularExpression ansi(
        QStringLiteral(R"(\x{1B}(?:\[[0-?]*[ -/]*[@-~]|\][^\x{07}\x{1B}]*(?:\x{07}|\x{1B}\\)|[@-Z\\-_]))"));
    // GitHub Actions and Azure DevOps: an ISO time stamp, then "##[error]" or "##vso[...]".
    static const QRegularExpression prefix(QStringLiteral(
        R"(^\s*(?:(?:\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?|\[\d\d:\d\d:\d\d(?:\.\d+)?\]|##\[[a-z]+\]|##vso\[[^\]]*\]|::(?:error|warning)[^:]*::)\s*)+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression escapedQuote(QStringLiteral(R"(\\+(?:u0022|"))"));
    static const QRegularExpression escapedApostrophe(QStringLiteral(R"(\\+u0027)"));
    static const QRegularExpression escapedBreak(QStringLiteral(R"(\\+r\\+n|\\+n)"));
    QString t = raw.toString();
    if (t.contains(QChar(0x1B)))
        t.remove(ansi);
    if (t.contains(QLatin1Char('#')) || t.contains(QLatin1Char(':'))) {
        const QRegularExpressionMatch m = prefix.match(t);
        if (m.hasMatch() && m.capturedLength() > 0)
            t.remove(0, m.capturedLength());
    }
    if (t.contains(QLatin1Char('\\'))) {
        const bool json = t.contains(QLatin1String("\\\"")) || t.contains(QLatin1String("\\u00"));
        t.replace(escapedQuote, QStringLiteral("\""));
        t.replace(escapedApostrophe, QStringLiteral("'"));
        t.replace(QLatin1String("\\u003c"), QLatin1String("<"));
        t.replace(QLatin1String("\\u003e"), QLatin1String(">"));
        t.replace(QLatin1String("\\u0026"), QLatin1String("&"));
        if (json)   // a "\n" inside a JSON string; elsewhere a backslash may start a Windows path
            t.replace(escapedBreak, QStringLiteral("\n"));
    }
    for (QChar &c : t) {
        switch (c.unicode()) {
        case 0x201C: case 0x201D: case 0x201E: case 0x00AB: case 0x00BB:
            c = QLatin1Char('"');
            break;
        case 0x2018: case 0x2019: case 0x201A:
            c = QLatin1Char('\'');
            break;
        case 0x00A0: case 0x2007: case 0x202F: case 0x0009:
            c = QLatin1Char(' ');
            break;
        default:
            break;
        }
    }
    return t;
}

// Maps registry host names to the login server: data endpoints and privatelink names belong to
// <name>.azurecr.<suffix>.
QString canonicalLoginServer(const QString &host)
{
    static const QRegularExpression acrAlias(
        QStringLiteral(R"(^([a-z0-9]+)\.(?:privatelink|[a-z0-9]+\.data)\.(azurecr\.(?:io|cn|us))$)"));
    const QRegularExpressionMatch m = acrAlias.match(host);
    if (m.hasMatch())
        return m.captured(1) + QLatin1Char('.') + m.captured(2);
    return host;
}

QString serverFromText(QString s)
{
    s = s.trimmed();
    while (!s.isEmpty() && QStringLiteral("\"'`.,;:").contains(s.back()))
        s.chop(1);
    while (!s.isEmpty() && QStringLiteral("\"'`").contains(s.front()))
        s.remove(0, 1);
    const qsizetype scheme = s.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        s = s.mid(scheme + 3);
    const qsizetype slash = s.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        s.truncate(slash);
    return canonicalLoginServer(s.toLower());
}

QString registryFromImage(const QString &image)
{
    const qsizetype slash = image.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return QString();
    const QString first = image.left(slash);
    if (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':'))
        || first.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return serverFromText(first);
    return QString();
}

QString hostFromHostPort(const QString &hp)
{
    QString s = hp.trimmed();
    if (s.startsWith(QLatin1Char('['))) {
        const qsizetype close = s.indexOf(QLatin1Char(']'));
        return close > 0 ? s.mid(1, close - 1).toLower() : s.toLower();
    }
    if (s.count(QLatin1Char(':')) == 1)
        s.truncate(s.indexOf(QLatin1Char(':')));
    while (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s.toLower();
}

bool looksLikeAcrHost(const QString &host)
{
    static const QRegularExpression acr(
        QStringLiteral(R"(^[a-z0-9]+\.(?:(?:privatelink|[a-z0-9]+\.data)\.)?azurecr\.(?:io|cn|us)$)"));
    return acr.match(host).hasMatch();
}

QString group(const CompiledPattern &p, const QRegularExpressionMatch &m, const char *name)
{
    const QString n = QLatin1String(name);
    return p.groups.contains(n) ? m.captured(n) : QString();
}

QVariantMap extract(const CompiledPattern &p, const QRegularExpressionMatch &m)
{
    QVariantMap x;

    QString host = group(p, m, "host");
    if (host.isEmpty())
        host = group(p, m, "hostport");
    if (!host.isEmpty())
        x.insert(QStringLiteral("host"), hostFromHostPort(host));

    QString registry = group(p, m, "registry");
    if (!registry.isEmpty())
        registry = serverFromText(registry);
    if (registry.isEmpty()) {
        const QString url = group(p, m, "url");
        if (!url.isEmpty())
            registry = serverFromText(url);
    }
    if (registry.isEmpty()) {
        QString image = group(p, m, "image");
        if (image.isEmpty())
            image = group(p, m, "image2");
        if (!image.isEmpty())
            registry = registryFromImage(image);
    }
    if (registry.isEmpty()) {
        // A registry API address anywhere in the message names the registry.
        static const QRegularExpression v2(QStringLiteral(R"(https?://([a-z0-9][a-z0-9.-]*(?::\d+)?)/v2/)"),
                                           QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch vm = v2.match(m.capturedView());
        if (vm.hasMatch())
            registry = serverFromText(vm.captured(1));
    }
    if (registry.isEmpty() && x.contains(QStringLiteral("host"))) {
        const QString h = x.value(QStringLiteral("host")).toString();
        if (looksLikeAcrHost(h))
            registry = canonicalLoginServer(h);
    }
    if (!registry.isEmpty())
        x.insert(QStringLiteral("registry"), registry);

    const QString ip = group(p, m, "clientIp");
    if (!ip.isEmpty())
        x.insert(QStringLiteral("clientIp"), ip.toLower());

    const QString resolver = group(p, m, "resolver");
    if (!resolver.isEmpty())
        x.insert(QStringLiteral("resolver"), hostFromHostPort(resolver));

    const QString status = group(p, m, "statusCode");
    if (!status.isEmpty())
        x.insert(QStringLiteral("statusCode"), status.toInt());

    QString platform = group(p, m, "platform");
    if (platform.isEmpty() && !group(p, m, "arch").isEmpty())
        platform = group(p, m, "os") + QLatin1Char('/') + group(p, m, "arch");
    if (!platform.isEmpty())
        x.insert(QStringLiteral("platform"), platform.toLower());

    const QString secret = group(p, m, "secret");
    if (!secret.isEmpty())
        x.insert(QStringLiteral("secret"), secret);

    const QString acrName = group(p, m, "acrName");
    if (!acrName.isEmpty())
        x.insert(QStringLiteral("acrName"), acrName.toLower());

    const QString code = group(p, m, "errorCode");
    if (!code.isEmpty())
        x.insert(QStringLiteral("errorCode"), code.toUpper());

    QString helper = group(p, m, "helper");
    if (helper.isEmpty()) {
        static const QRegularExpression helperRe(QStringLiteral(R"(docker-credential-([a-z0-9_-]+))"),
                                                 QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch hm = helperRe.match(m.capturedView());
        if (hm.hasMatch())
            helper = hm.captured(1);
    }
    if (!helper.isEmpty())
        x.insert(QStringLiteral("helper"), helper.toLower());

    return x;
}

void appendUnique(QStringList &to, const QStringList &from)
{
    for (const QString &s : from) {
        if (!to.contains(s))
            to.append(s);
    }
}

// A paste often carries a credential next to the message: a URL with user info, a token in a
// query or JSON, a JWT, an Authorization value, `docker login -p`. None of it is repeated: it is
// masked before anything is recognised, so no excerpt or extracted value can hold it.
QString maskCredentials(QString t)
{
    static const QLatin1String mark("[removed]");
    static const QRegularExpression userInfo(QStringLiteral(R"re(([a-z][a-z0-9+.-]*://[^\s/@:]*):[^\s/@]*@)re"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression keyValue(
        QStringLiteral(R"re(\b((?:access|refresh|id)_token|password|passwd|client_secret)([ \t]*[=:][ \t]*)(?!\[removed\])("[^"]*"|'[^']*'|[^\s&"',;]+))re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jsonKey(
        QStringLiteral(R"re(("(?:(?:access|refresh|id)_token|password|secret|identitytoken|auth)"\s*:\s*)"[^"]*")re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jwt(QStringLiteral(R"re(eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*)re"));
    static const QRegularExpression authorization(QStringLiteral(R"re(\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]{8,})re"),
                                                  QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression passwordFlag(QStringLiteral(R"re((\s(?:-p|--password)(?:\s+|=))(?!-)\S+)re"));
    t.replace(jwt, mark);
    t.replace(userInfo, QStringLiteral("\\1:") + mark + QLatin1Char('@'));
    t.replace(jsonKey, QStringLiteral("\\1\"") + mark + QLatin1Char('"'));
    t.replace(keyValue, QStringLiteral("\\1\\2") + mark);
    t.replace(authorization, QStringLiteral("\\1 ") + mark);
    t.replace(passwordFlag, QStringLiteral("\\1") + mark);
    return t;
}

} // namespace

QStringList clientNames()
{
    QStringList out;
    for (const ClientMarker &m : kClientMarkers)
        out << QLatin1String(m.client);
    return out;
}

const RecognizedMessage *Recognition::primary() const
{
    for (auto it = matches.crbegin(); it != matches.crend(); ++it)
        if (!it->causes.isEmpty())
            return &*it;
    return nullptr;
}

QStringList Recognition::symptoms() const
{
    QStringList out;
    for (const RecognizedMessage &m : matches)
        appendUnique(out, m.symptoms);
    return out;
}

QStringList Recognition::causes() const
{
    QStringList out;
    if (const RecognizedMessage *p = primary())
        out = p->causes;
    for (const RecognizedMessage &m : matches)
        appendUnique(out, m.causes);
    return out;
}

QString Recognition::registry() const
{
    if (const RecognizedMessage *p = primary()) {
        const QString r = p->extracted.value(QStringLiteral("registry")).toString();
        if (!r.isEmpty())
            return r;
    }
    for (auto it = matches.crbegin(); it != matches.crend(); ++it) {
        const QString r = it->extracted.value(QStringLiteral("registry")).toString();
        if (!r.isEmpty())
            return r;
    }
    return QString();
}

QString Recognition::client() const
{
    if (const RecognizedMessage *p = primary(); p && !p->client.isEmpty())
        return p->client;
    for (auto it = matches.crbegin(); it != matches.crend(); ++it)
        if (!it->client.isEmpty())
            return it->client;
    return QString();
}

ErrorTextReader::ErrorTextReader() : m_decoder(QStringDecoder::Utf8) {}

void ErrorTextReader::addBytes(QByteArrayView utf8)
{
    addText(QString(m_decoder.decode(utf8)));
}

void ErrorTextReader::addText(QStringView text)
{
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype nl = -1;
        for (qsizetype i = from; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
                nl = i;
                break;
            }
        }
        if (nl < 0) {
            m_partial += text.mid(from);
            // A line without end (a minified JSON blob): analysed in pieces.
            if (m_partial.size() >= kMaxLine) {
                addLine(m_partial);
                m_partial.clear();
            }
            return;
        }
        if (m_partial.isEmpty()) {
            addLine(text.mid(from, nl - from));
        } else {
            m_partial += text.mid(from, nl - from);
            addLine(m_partial);
            m_partial.clear();
        }
        from = nl + 1;
    }
}

void ErrorTextReader::addLine(QStringView raw)
{
    if (raw.trimmed().isEmpty())
        return;
    ++m_lines;
    const QString line = normaliseLine(raw.left(kMaxLine));
    if (line.startsWith(QLatin1String("#0 building with"))) {
        if (line.contains(QLatin1String("using docker-container driver")) || line.contains(QLatin1String("using kubernetes driver"))
            || line.contains(QLatin1String("using remote driver")))
            m_builderDriver = 1;
        else if (line.contains(QLatin1String("using docker driver")))
            m_builderDriver = -1;
    }
    // Most lines of a build log say nothing any pattern or client marker knows: they are not
    // analysed (every pattern and marker contains one of these words).
    static const QRegularExpression relevant(QStringLiteral(
        R"(error|denied|unauthori|forbidden|fail|cannot|can't|could not|unable|not found|no such|not recogni|not known|)"
        R"(x509|tls|certificat|ssl|time(?:d )?out|deadline|refused|reset|unreachable|no route|i/o|proxy|lookup|resolv|dial|)"
        R"(misbehaving|invalid|required|must provide|\baad|retries|too many|\b(?:401|403|404|429)\b|emulate|podman|manifest|)"
        R"(permission|expire|unrecognized|stub|logon|keychain|credential|not running|stopped|too old|too new|non tty|daemon|)"
        R"(login|registry|token|scope|response|status|tunnel|getaddrinfo|name or service|servname|errno|pipe|desktop|engine|)"
        R"(command|executable|password|username|secret|back-off|pull|kubelet|helm|oras|\bctr\b|nerdctl|crictl|buildx|)"
        R"(buildkit|gcloud|\baws\b|\baz\b|client:|_error|level=fatal|occurred)"),
        QRegularExpression::CaseInsensitiveOption);
    if (!relevant.match(line).hasMatch())
        return;
    m_block += line;
    m_block += QLatin1Char('\n');
    if (m_block.size() >= kBlockChars)
        flushBlock();
}

void ErrorTextReader::flushBlock()
{
    if (m_block.isEmpty())
        return;
    const QString t = maskCredentials(m_block);
    // Masking changes lengths: line starts are found again in the masked text.
    QVector<qsizetype> starts;
    starts.append(0);
    for (qsizetype i = 0; i + 1 < t.size(); ++i)
        if (t.at(i) == QLatin1Char('\n'))
            starts.append(i + 1);

    QHash<int, QString> lineClients;   // line index -> client named on that line ("" none)
    auto clientAt = [&](qsizetype pos) -> QString {
        int line = int(std::upper_bound(starts.cbegin(), starts.cend(), pos) - starts.cbegin()) - 1;
        for (int back = 0; back <= kContextLines && line - back >= 0; ++back) {
            const int l = line - back;
            auto it = lineClients.constFind(l);
            if (it == lineClients.cend()) {
                const qsizetype b = starts.at(l);
                const qsizetype e = l + 1 < starts.size() ? starts.at(l + 1) - 1 : t.size();
                it = lineClients.insert(l, clientOfLine(QStringView(t).mid(b, e - b)));
            }
            if (!it->isEmpty())
                return *it;
        }
        return line < kContextLines && m_contextAge < kContextLines ? m_contextClient : QString();
    };

    struct Hit
    {
        qsizetype start = 0;
        int order = 0;
        RecognizedMessage message;
    };
    QVector<Hit> hits;
    QVector<QPair<qsizetype, qsizetype>> taken;   // spans already explained, kept even for duplicates
    const QVector<CompiledPattern> &patterns = compiledPatterns();
    for (int i = 0; i < patterns.size(); ++i) {
        const CompiledPattern &p = patterns.at(i);
        QRegularExpressionMatchIterator it = p.re.globalMatch(t);
        int tries = 0;
        while (it.hasNext() && tries++ < kMaxTriesPerPattern) {
            const QRegularExpressionMatch m = it.next();
            const qsizetype s = m.capturedStart();
            const qsizetype e = m.capturedEnd();
            if (e <= s)
                continue;
            const bool overlaps = std::any_of(taken.cbegin(), taken.cend(), [s, e](const auto &span) {
                return s < span.second && span.first < e;
            });
            if (overlaps)
                continue;
            const QString own = clientOfSource(p.row->source);
            const QString client = clientAt(s);
            if (!own.isEmpty() && !client.isEmpty() && client != own)
                continue;   // another client's line: not this message
            taken.append(qMakePair(s, e));

            RecognizedMessage msg;
            msg.patternId = QLatin1String(p.row->id);
            msg.excerpt = printableText(m.captured(), kMaxExcerpt); // shown on a terminal: one printable line
            const QString key = msg.patternId + QLatin1Char('\n') + msg.excerpt.toLower();
            if (m_seen.contains(key))
                continue;
            if (m_seen.size() >= kMaxSeen)
                m_seen.clear();
            m_seen.insert(key);

            msg.source = QLatin1String(p.row->source);
            msg.client = client.isEmpty() ? own : client;
            msg.meaning = QCoreApplication::translate("rd::ErrorText", p.row->meaning);
            msg.symptoms = p.symptoms;
            msg.causes = p.causes;
            msg.extracted = extract(p, m);
            hits.append(Hit{ s, i, msg });
        }
    }
    std::sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        return a.start != b.start ? a.start < b.start : a.order < b.order;
    });
    // Of a block with more messages than are kept, the last ones.
    for (qsizetype h = qMax<qsizetype>(0, hits.size() - kMaxMatches); h < hits.size(); ++h)
        m_matches.append(hits.at(h).message);
    // Of a long log, the last messages are kept.
    if (m_matches.size() > kMaxMatches)
        m_matches.remove(0, m_matches.size() - kMaxMatches);

    // The client named last carries into the next block.
    bool found = false;
    for (int l = int(starts.size()) - 1, n = 0; l >= 0 && n <= kContextLines; --l, ++n) {
        const auto it = lineClients.constFind(l);
        const QString c = it != lineClients.cend() ? *it : clientOfLine(QStringView(t).mid(starts.at(l), (l + 1 < starts.size() ? starts.at(l + 1) - 1 : t.size()) - starts.at(l)));
        if (!c.isEmpty()) {
            m_contextClient = c;
            m_contextAge = n;
            found = true;
            break;
        }
    }
    if (!found)
        m_contextAge += int(starts.size());
    m_block.clear();
}

Recognition ErrorTextReader::finish()
{
    if (!m_partial.isEmpty()) {
        addLine(m_partial);
        m_partial.clear();
    }
    flushBlock();
    Recognition result;
    result.matches = m_matches;
    result.lines = m_lines;
    m_lines = 0;
    // BuildKit's x509 messages: with Docker's own builder (the docker driver) the builder trusts
    // what the Docker engine trusts, so the separate builder's trust is not the cause.
    if (m_builderDriver < 0) {
        const QString buildkit = idName(CauseId::BuildkitCaNotTrusted);
        for (RecognizedMessage &m : result.matches)
            m.causes.removeAll(buildkit);
    }
    m_matches.clear();
    m_seen.clear();
    return result;
}

Recognition recognizeErrorText(const QString &text)
{
    ErrorTextReader reader;
    reader.addText(text);
    return reader.finish();
}

Recognition recognizeErrorText(QIODevice &device)
{
    ErrorTextReader reader;
    QByteArray buffer(kReadChunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(buffer.data(), buffer.size());
        if (n <= 0) {
            if (n < 0 || device.atEnd() || !device.waitForReadyRead(-1))
                break;
            continue;
        }
        reader.addBytes(QByteArrayView(buffer.constData(), n));
    }
    return reader.finish();
}

} // namespace rd
