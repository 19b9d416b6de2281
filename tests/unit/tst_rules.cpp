// The rules as a table: typed facts and probe outcomes in, causes out. One row per rule and per
// edge that decides between two causes; every cause has at least one row that expects it. No
// network, no probe: each row runs diagnose() on a hand-made context.
#include "check_context.h"
#include "docker/docker_info.h"
#include "diagnosis/cause_catalog.h"
#include "diagnosis/rules.h"
#include "ids.h"
#include "registry/challenge.h"
#include "registry/error_body.h"
#include "registry/registry_kind.h"

#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>
#include <functional>

using namespace rd;

namespace {

void outcome(CheckContext &ctx, ProbeId probe, ProbeStatus status)
{
    ProbeResult r;
    r.id = idName(probe);
    r.status = status;
    r.message = Message::verbatim(QStringLiteral("observed by %1").arg(r.id));
    r.detail = r.message.render();
    ctx.results.insert(r.id, r);
}

void fail(CheckContext &ctx, ProbeId probe) { outcome(ctx, probe, ProbeStatus::Fail); }

void answer(HttpAnswer &a, int status, const QByteArray &body = {})
{
    a.answered = true;
    a.status = status;
    a.body = parseErrorBody(body);
}

void viaProxy(CheckContext &ctx)
{
    ctx.facts.proxy = QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("proxy.contoso.com"), 3128);
    outcome(ctx, ProbeId::Proxy, ProbeStatus::Pass);
}

// A check where every probe passed: a registry that asked for a token and took it.
CheckContext healthy(const QString &registry = QStringLiteral("contoso.azurecr.io"))
{
    CheckContext ctx;
    ctx.options.registryInput = registry;
    ctx.options.repository = QStringLiteral("hello");
    ctx.reference = parseRegistryReference(registry);
    for (ProbeId p : allIds<ProbeId>())
        outcome(ctx, p, ProbeStatus::Pass);
    ctx.facts.dockerInstalled = true;
    ctx.facts.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    ctx.facts.addresses = {QHostAddress(QStringLiteral("20.62.128.10"))};
    ctx.facts.tcpConnected = true;
    ctx.facts.tlsOk = true;
    answer(ctx.facts.ping, 401);
    ctx.facts.used.source = CredentialFacts::Source::Given;
    ctx.facts.used.username = QStringLiteral("contoso");
    answer(ctx.facts.login, 200);
    return ctx;
}

// The Docker engine answered `docker info` with this (the fields the rules read, as docker/cli prints them).
void engine(CheckContext &ctx, const char *json)
{
    ctx.facts.engine = parseDockerInfo(json);
    ctx.facts.engineRead = ctx.facts.engine.parsed;
}

BuildxBuilder builder(const QString &driver)
{
    BuildxBuilder b;
    b.chosen = true;
    b.name = QStringLiteral("ci-builder");
    b.driver = driver;
    b.source = QStringLiteral("docker buildx use");
    return b;
}

struct Row
{
    const char *name;
    std::function<void(CheckContext &)> setup;
    QVector<CauseId> expected;   // in the order diagnose() reports them (errors first)
    const char *registry = "contoso.azurecr.io";
};

using C = CauseId;
using P = ProbeId;

const QVector<Row> &rows()
{
    static const QVector<Row> table{
        {"healthy", [](CheckContext &) {}, {}},
        // This computer
        {"docker missing", [](CheckContext &c) { fail(c, P::DockerClient); c.facts.dockerInstalled = false; }, {C::DockerNotInstalled}},
        {"empty secret on standard input", [](CheckContext &c) {
             c.options.passwordGiven = true;
             c.options.password = Secret(QByteArray());
             fail(c, P::Credentials);
         }, {C::CiSecretMissing}},
        {"empty secret, no connection", [](CheckContext &c) {
             c.options.passwordGiven = true;
             c.options.password = Secret(QByteArray());
             c.facts.tcpConnected = false;
             fail(c, P::Tcp);
             outcome(c, P::Credentials, ProbeStatus::Skip);
         }, {C::CiSecretMissing, C::NetworkUnreachable}},
        {"docker missing, Podman is the client", [](CheckContext &c) {
             fail(c, P::DockerClient);
             c.facts.dockerInstalled = false;
             c.options.client = RegistryClient::Podman;
         }, {}},
        {"docker missing, Helm is the client", [](CheckContext &c) {
             fail(c, P::DockerClient);
             c.facts.dockerInstalled = false;
             c.options.client = RegistryClient::Helm;
         }, {}},
        {"az acr login, helm, no docker", [](CheckContext &c) {
             c.options.signIn = SignInMethod::AzureCli;
             c.options.client = RegistryClient::Helm;
             c.facts.azInstalled = true;
             fail(c, P::DockerClient);
             c.facts.dockerInstalled = false;
         }, {C::UseExposeToken}},
        {"helm: its registry config cannot be read", [](CheckContext &c) {
             c.options.client = RegistryClient::Helm;
             fail(c, P::DockerConfig);
             c.facts.dockerConfig.path = QStringLiteral("/home/ann/.config/helm/registry/config.json");
             fail(c, P::Credentials);
             c.facts.used = {};
             c.facts.loginFailure = LoginFailure::NoCredentials;
         }, {C::NoCredentials}},
        {"helm: wrong password", [](CheckContext &c) { c.options.client = RegistryClient::Helm; answer(c.facts.login, 401); fail(c, P::Credentials);
                                                       c.facts.loginFailure = LoginFailure::Rejected; }, {C::CredentialsInvalid}},
        // Helm asks Docker's credential helpers too; an error stops it as it stops Docker. Podman
        // runs the helper its auth file names in credHelpers, and stops on its error too.
        {"podman: the credential helper its auth file names fails", [](CheckContext &c) { c.options.client = RegistryClient::Podman; c.facts.helperFailed = true;
                                                                                         fail(c, P::Credentials); c.facts.loginFailure = LoginFailure::NoCredentials; },
         {C::CredentialStoreFailing}},
        {"helm: credential helper fails", [](CheckContext &c) { c.options.client = RegistryClient::Helm; c.facts.helperFailed = true; },
         {C::CredentialStoreFailing}},
        {"docker installed, its version unreadable", [](CheckContext &c) { fail(c, P::DockerClient); }, {}},
        {"docker 17.09", [](CheckContext &c) { c.facts.docker.clientParsed = true; c.facts.docker.clientVersion = QVersionNumber(17, 9); }, {C::DockerTooOld}},
        // check --docker-config-json: the kubelet finds no entry for the registry, or one
        {"pull secret for another registry", [](CheckContext &c) { c.options.pullSecretGiven = true;
                                                                   c.options.pullSecretKeys = {QStringLiteral("fabrikam.azurecr.io")}; },
         {C::ImagePullSecretMissing}},
        {"pull secret with no registry", [](CheckContext &c) { c.options.pullSecretGiven = true; }, {C::ImagePullSecretMissing}},
        {"pull secret for this registry", [](CheckContext &c) { c.options.pullSecretGiven = true; c.options.pullSecretKeys = {QStringLiteral("*.azurecr.io")};
                                                                c.options.pullSecretKey = QStringLiteral("*.azurecr.io"); },
         {}},
        // podman-docker: Podman 4.3 is not a Docker older than 18.03
        {"docker is podman", [](CheckContext &c) { c.facts.docker.clientParsed = true; c.facts.docker.podman = true;
                                                    c.facts.docker.clientVersion = QVersionNumber(4, 3, 1); outcome(c, P::DockerClient, ProbeStatus::Warn); },
         {C::PodmanInsteadOfDocker}},
        // az acr login hands the token to docker login: no engine, or Podman before az 2.86
        {"az acr login, engine down", [](CheckContext &c) { c.options.signIn = SignInMethod::AzureCli; c.facts.azInstalled = true; fail(c, P::DockerDaemon); },
         {C::DockerDaemonNotRunning, C::UseExposeToken}},
        {"docker login, engine down", [](CheckContext &c) { c.facts.azInstalled = true; fail(c, P::DockerDaemon); }, {C::DockerDaemonNotRunning}},
        {"az acr login, podman, az 2.61", [](CheckContext &c) { c.options.signIn = SignInMethod::AzureCli; c.options.client = RegistryClient::Podman;
                                                                c.facts.azInstalled = true; c.facts.azVersion = QVersionNumber(2, 61, 0); },
         {C::UseExposeToken, C::AzCliTooOld}},
        {"az acr login, podman, az version unknown", [](CheckContext &c) { c.options.signIn = SignInMethod::AzureCli; c.options.client = RegistryClient::Podman;
                                                                          c.facts.azInstalled = true; },
         {C::UseExposeToken}},
        {"az acr login, podman, az 2.86", [](CheckContext &c) { c.options.signIn = SignInMethod::AzureCli; c.options.client = RegistryClient::Podman;
                                                                c.facts.azInstalled = true; c.facts.azVersion = QVersionNumber(2, 86, 0); },
         {}},
        {"docker 18.03 is new enough", [](CheckContext &c) { c.facts.docker.clientParsed = true; c.facts.docker.clientVersion = QVersionNumber(18, 3); }, {}},
        {"engine down", [](CheckContext &c) { fail(c, P::DockerDaemon); }, {C::DockerDaemonNotRunning}},
        {"credential helper fails", [](CheckContext &c) { c.facts.helperFailed = true; }, {C::CredentialStoreFailing}},
        {"helper fails, so nothing stored: the store is the cause, not missing credentials",
         [](CheckContext &c) { c.facts.helperFailed = true; fail(c, P::Credentials); c.facts.used = {}; c.facts.loginFailure = LoginFailure::NoCredentials; },
         {C::CredentialStoreFailing}},
        {"az not signed in", [](CheckContext &c) { fail(c, P::AzureCli); }, {C::AzNotLoggedIn}},
        // The name
        {"name typed with scheme, port and capitals", [](CheckContext &) {}, {C::RegistryNameInvalid}, "https://Contoso.azurecr.io:443/"},
        {"name does not exist", [](CheckContext &c) { fail(c, P::Dns); c.facts.dnsNotFound = true; }, {C::RegistryNotFound}},
        {"DNS failed for another reason", [](CheckContext &c) { fail(c, P::Dns); }, {}},
        // The network
        {"private endpoint, no connection", [](CheckContext &c) { c.facts.dnsPrivateLink = true; c.facts.tcpConnected = false; fail(c, P::Tcp); }, {C::PrivateEndpointDns}},
        {"private address, no connection", [](CheckContext &c) { c.facts.dnsPrivateAddress = true; c.facts.tcpConnected = false; fail(c, P::Tcp); }, {C::PrivateEndpointDns}},
        {"private endpoint reached (inside its network)", [](CheckContext &c) { c.facts.dnsPrivateLink = true; }, {}},
        {"connection refused, direct", [](CheckContext &c) { c.facts.tcpConnected = false; fail(c, P::Tcp); }, {C::NetworkUnreachable}},
        {"handshake stopped, direct", [](CheckContext &c) { c.facts.tlsOk = false; c.facts.tlsHandshakeFailed = true; fail(c, P::Tls); }, {C::NetworkUnreachable}},
        {"proxy value invalid", [](CheckContext &c) { fail(c, P::Proxy); }, {C::ProxyProblem}},
        {"proxy unreachable", [](CheckContext &c) { viaProxy(c); c.facts.tcpConnected = false; fail(c, P::Tcp); }, {C::ProxyProblem}},
        {"handshake stopped through a proxy", [](CheckContext &c) { viaProxy(c); c.facts.tlsOk = false; c.facts.tlsHandshakeFailed = true; fail(c, P::Tls); }, {C::ProxyProblem}},
        {"proxy refused the sign-in request",
         [](CheckContext &c) { viaProxy(c); fail(c, P::Credentials); c.facts.login = {}; c.facts.login.networkErrorCode = QNetworkReply::ProxyConnectionRefusedError; c.facts.loginFailure = LoginFailure::NoAnswer; },
         {C::ProxyProblem}},
        {"untrusted issuer", [](CheckContext &c) { c.facts.tlsOk = false; c.facts.tlsUntrustedIssuer = true; fail(c, P::Tls); }, {C::TlsUntrustedCertificate}},
        {"certificate for another name", [](CheckContext &c) { c.facts.tlsOk = false; c.facts.tlsHostNameMismatch = true; fail(c, P::Tls); }, {C::TlsUntrustedCertificate}},
        {"certificate expired: the clock", [](CheckContext &c) { c.facts.tlsOk = false; c.facts.tlsDateProblem = true; fail(c, P::Tls); }, {C::ClockSkew}},
        // The registry's answers
        {"403 before any sign-in", [](CheckContext &c) { answer(c.facts.ping, 403, R"({"errors":[{"code":"DENIED","message":"client with IP '203.0.113.7' is not allowed access"}]})"); fail(c, P::Challenge); }, {C::FirewallBlocked}},
        {"403 DENIED from the token service", [](CheckContext &c) { answer(c.facts.login, 403, R"({"errors":[{"code":"DENIED","message":"denied"}]})"); fail(c, P::Credentials); c.facts.loginFailure = LoginFailure::Status; }, {C::FirewallBlocked, C::CredentialsNotAuthorized}},
        {"403 without DENIED on sign-in: the rights", [](CheckContext &c) { answer(c.facts.login, 403); fail(c, P::Credentials); c.facts.loginFailure = LoginFailure::Status; }, {C::CredentialsNotAuthorized}},
        {"429", [](CheckContext &c) { answer(c.facts.ping, 429); c.facts.ping.retryAfter = QStringLiteral("30"); fail(c, P::Challenge); }, {C::Throttled}},
        {"404 at /v2/", [](CheckContext &c) { answer(c.facts.ping, 404); fail(c, P::Challenge); }, {C::NotARegistry}},
        {"401 without a challenge", [](CheckContext &c) { fail(c, P::Challenge); }, {C::NotARegistry}},
        {"503", [](CheckContext &c) { answer(c.facts.ping, 503); fail(c, P::Challenge); }, {C::RegistryUnavailable}},
        {"no answer over a good connection", [](CheckContext &c) { c.facts.ping = {}; fail(c, P::Challenge); }, {C::RegistryUnavailable}},
        {"token service answers without a token", [](CheckContext &c) { fail(c, P::Credentials); c.facts.loginFailure = LoginFailure::NoToken; }, {C::RegistryUnavailable}},
        {"token refused by its own registry", [](CheckContext &c) { fail(c, P::Credentials); c.facts.loginFailure = LoginFailure::TokenRefused; }, {C::RegistryUnavailable}},
        {"token service on plain http", [](CheckContext &c) { fail(c, P::Credentials); c.facts.loginFailure = LoginFailure::InsecureRealm; }, {C::RegistryUnavailable}},
        {"token service elsewhere refuses connections", [](CheckContext &c) { c.facts.challenges = parseWwwAuthenticate(R"(Bearer realm="https://auth.example.test:5001/token",service="registry")").challenges; c.facts.login = {}; c.facts.login.networkErrorCode = QNetworkReply::ConnectionRefusedError; fail(c, P::Credentials); c.facts.loginFailure = LoginFailure::NoAnswer; }, {C::TokenServiceMisconfigured}, "registry.example.test:5000"},
        {"token service elsewhere answers 404", [](CheckContext &c) { c.facts.challenges = parseWwwAuthenticate(R"(Bearer realm="https://registry.example.test:5001/auth",service="registry")").challenges; answer(c.facts.login, 404); fail(c, P::Credentials); c.facts.loginFailure = LoginFailure::Status; }, {C::TokenServiceMisconfigured}, "registry.example.test:5000"},
        {"token service on the registry's own address, no answer: the registry", [](CheckContext &c) { c.facts.challenges = parseWwwAuthenticate(R"(Bearer realm="https://contoso.azurecr.io/oauth2/token",service="contoso.azurecr.io")").challenges; c.facts.login = {}; fail(c, P::Credentials); c.facts.loginFailure = LoginFailure::NoAnswer; }, {C::RegistryUnavailable}},
        {"sign-in redirected", [](CheckContext &c) { answer(c.facts.login, 302); fail(c, P::Credentials); c.facts.loginFailure = LoginFailure::Status; }, {C::RegistryUnavailable}},
        {"clock off", [](CheckContext &c) { fail(c, P::Clock); }, {C::ClockSkew}},
        {"clock a little off (warning only)", [](CheckContext &c) { outcome(c, P::Clock, ProbeStatus::Warn); }, {}},
        // The sign-in
        {"no credentials", [](CheckContext &c) { fail(c, P::Credentials); c.facts.used = {}; c.facts.loginFailure = LoginFailure::NoCredentials; }, {C::NoCredentials}},
        {"user name unknown", [](CheckContext &c) { answer(c.facts.login, 401); fail(c, P::Credentials); c.facts.loginFailure = LoginFailure::UsernameNotRecognized; }, {C::UsernameNotRecognized}},
        {"identity token expired", [](CheckContext &c) { answer(c.facts.login, 401); fail(c, P::Credentials); c.facts.loginFailure = LoginFailure::Expired; }, {C::CredentialsExpired}},
        {"wrong password", [](CheckContext &c) { answer(c.facts.login, 401); fail(c, P::Credentials); c.facts.loginFailure = LoginFailure::Rejected; }, {C::CredentialsInvalid}},
        {"no push right", [](CheckContext &c) { c.options.action = QStringLiteral("push"); fail(c, P::Permissions); }, {C::CredentialsNotAuthorized}},
        // Per registry kind
        {"ECR: 403 DENIED \"authorization token has expired\" is the 12-hour token, not the firewall",
         [](CheckContext &c) { answer(c.facts.login, 403, R"({"errors":[{"code":"DENIED","message":"Your authorization token has expired. Reauthenticate and try again."}]})"); fail(c, P::Credentials); c.facts.loginFailure = LoginFailure::Expired; },
         {C::CredentialsExpired},
         "123456789012.dkr.ecr.eu-west-1.amazonaws.com"},
        {"ECR: wrong token", [](CheckContext &c) { answer(c.facts.login, 401); fail(c, P::Credentials); c.facts.loginFailure = LoginFailure::Rejected; }, {C::CredentialsInvalid}, "123456789012.dkr.ecr.eu-west-1.amazonaws.com"},
        {"Docker Hub: 429 with its pull-limit headers", [](CheckContext &c) { answer(c.facts.ping, 429); c.facts.ping.rateLimit = RateLimit{100, 0, 21600}; fail(c, P::Challenge); }, {C::Throttled}, "docker.io"},
        {"GHCR: no write:packages", [](CheckContext &c) { c.options.action = QStringLiteral("push"); fail(c, P::Permissions); }, {C::CredentialsNotAuthorized}, "ghcr.io"},
        {"ECR: the saved login is for another region",
         [](CheckContext &c) { fail(c, P::Credentials); c.facts.used = {}; c.facts.loginFailure = LoginFailure::NoCredentials;
                               c.facts.dockerConfig = parseDockerConfig(R"({"auths":{"123456789012.dkr.ecr.us-east-1.amazonaws.com":{}}})"); },
         {C::LoginHostMismatch}, "123456789012.dkr.ecr.eu-west-1.amazonaws.com"},
        {"Artifact Registry: gcloud configure-docker ran for another region",
         [](CheckContext &c) { fail(c, P::Credentials); c.facts.used = {}; c.facts.loginFailure = LoginFailure::NoCredentials;
                               c.facts.dockerConfig = parseDockerConfig(R"({"credHelpers":{"us-central1-docker.pkg.dev":"gcloud"}})"); },
         {C::LoginHostMismatch}, "europe-west1-docker.pkg.dev"},
        {"ECR: no login saved anywhere is no-credentials",
         [](CheckContext &c) { fail(c, P::Credentials); c.facts.used = {}; c.facts.loginFailure = LoginFailure::NoCredentials; },
         {C::NoCredentials}, "123456789012.dkr.ecr.eu-west-1.amazonaws.com"},
        {"Docker Hub: an e-mail address as user name",
         [](CheckContext &c) { c.facts.used.username = QStringLiteral("alex@contoso.com"); answer(c.facts.login, 401); fail(c, P::Credentials); c.facts.loginFailure = LoginFailure::Rejected; },
         {C::EmailAsUsername}, "docker.io"},
        {"ACR: an e-mail address refused with 401",
         [](CheckContext &c) { c.facts.used.username = QStringLiteral("alex@contoso.com"); answer(c.facts.login, 401); fail(c, P::Credentials); c.facts.loginFailure = LoginFailure::Rejected; },
         {C::EmailAsUsername}},
        {"ACR: an e-mail address, \"Application not registered with AAD\"",
         [](CheckContext &c) { c.facts.used.username = QStringLiteral("alex@contoso.com"); answer(c.facts.login, 401); fail(c, P::Credentials); c.facts.loginFailure = LoginFailure::UsernameNotRecognized; },
         {C::UsernameNotRecognized}},
        {"another registry may take an e-mail address as user name",
         [](CheckContext &c) { c.facts.used.username = QStringLiteral("alex@contoso.com"); answer(c.facts.login, 401); fail(c, P::Credentials); c.facts.loginFailure = LoginFailure::Rejected; },
         {C::CredentialsInvalid}, "registry.example.com"},
        {"az signed in to the public cloud, registry in Azure China",
         [](CheckContext &c) { c.facts.azSignedIn = true; c.facts.azCloud = QStringLiteral("AzureCloud"); },
         {C::WrongAzureCloud}, "contoso.azurecr.cn"},
        {"az signed in to Azure Government, registry there too", [](CheckContext &c) { c.facts.azSignedIn = true; c.facts.azCloud = QStringLiteral("AzureUSGovernment"); },
         {}, "contoso.azurecr.us"},
        {"az's cloud unknown: nothing said", [](CheckContext &c) { c.facts.azSignedIn = true; }, {}, "contoso.azurecr.cn"},
        // A real pull and push
        {"manifest 404: the image does not exist", [](CheckContext &c) { answer(c.facts.manifest, 404); fail(c, P::Manifest); }, {C::RepositoryNotFound}},
        {"manifest 401: refused, not missing", [](CheckContext &c) { answer(c.facts.manifest, 401); fail(c, P::Manifest); }, {C::CredentialsNotAuthorized}},
        {"manifest 404 only warned (never failed): nothing", [](CheckContext &c) { answer(c.facts.manifest, 404); outcome(c, P::Manifest, ProbeStatus::Warn); }, {}},
        {"upload start refused", [](CheckContext &c) { c.options.action = QStringLiteral("push"); answer(c.facts.upload, 403); fail(c, P::BlobUpload); }, {C::CredentialsNotAuthorized}},
        {"index without this platform", [](CheckContext &c) { fail(c, P::LayerDownload); c.results[idName(P::LayerDownload)].evidence.insert(QStringLiteral("platformMissing"), true); }, {C::PlatformMismatch}},
        {"ipv6 fails, ipv4 connects", [](CheckContext &c) { c.facts.ipv6Unreachable = true; c.facts.ipv6Address = QStringLiteral("2603:1030::5"); c.facts.ipv4Address = QStringLiteral("20.62.128.1"); outcome(c, P::Tcp, ProbeStatus::Warn); }, {C::Ipv6Unreachable}},
        {"manifest 401 on an ABAC registry", [](CheckContext &c) { answer(c.facts.manifest, 401); fail(c, P::Manifest); c.facts.acrRoleAssignmentMode = QStringLiteral("AbacRepositoryPermissions"); outcome(c, P::AcrRoleMode, ProbeStatus::Warn); }, {C::AcrAbacLegacyRole}},
        {"manifest 401, az refused a token for want of MFA", [](CheckContext &c) { answer(c.facts.manifest, 401); fail(c, P::Manifest); c.facts.azBlockedBy = QStringLiteral("AADSTS50076"); fail(c, P::AcrRoleMode); }, {C::CredentialsNotAuthorized, C::MfaRequired}},
        {"manifest 401 on a legacy-mode registry", [](CheckContext &c) { answer(c.facts.manifest, 401); fail(c, P::Manifest); c.facts.acrRoleAssignmentMode = QStringLiteral("LegacyRegistryPermissions"); }, {C::CredentialsNotAuthorized}},
        {"data endpoint unreachable", [](CheckContext &c) { c.facts.dataHost = QStringLiteral("contoso.eastus.data.azurecr.io"); c.facts.dataBlocked = true; fail(c, P::LayerDownload); }, {C::DataEndpointBlocked}},
        {"data endpoint name unknown", [](CheckContext &c) { c.facts.dataHost = QStringLiteral("contoso.eastus.data.azurecr.io"); c.facts.dataBlocked = true; c.facts.dataNameNotFound = true; fail(c, P::LayerDownload); }, {C::DataEndpointBlocked}},
        {"layer refused by the registry itself: the rights", [](CheckContext &c) { fail(c, P::LayerDownload); }, {C::CredentialsNotAuthorized}},
        {"TLS handshake answered by HTTP: plain HTTP, not the network", [](CheckContext &c) { c.facts.tlsOk = false; c.facts.tlsHandshakeFailed = true; c.facts.tlsAnsweredByHttp = true; fail(c, P::Tls); }, {C::PlainHttpRegistry}, "registry.example.test:5000"},
        {"plain HTTP that Docker uses by itself (loopback): a warning from the TLS probe, no cause", [](CheckContext &c) { c.facts.tlsOk = false; c.facts.tlsHandshakeFailed = true; c.facts.tlsAnsweredByHttp = true; outcome(c, P::Tls, ProbeStatus::Warn); }, {}, "127.0.0.1:5000"},
        // The engine's own view (`docker info`)
        {"engine through a proxy, the terminal direct", [](CheckContext &c) { engine(c, R"j({"ServerVersion":"28.2.2","OperatingSystem":"Debian GNU/Linux 12 (bookworm)","HttpsProxy":"http:\/\/xxxxx:xxxxx@proxy.contoso.com:3128","NoProxy":"localhost"})j"); },
         {C::DaemonProxyDiffers}},
        {"engine and terminal through the same proxy: nothing", [](CheckContext &c) { viaProxy(c); engine(c, R"j({"ServerVersion":"28.2.2","OperatingSystem":"Debian","HttpsProxy":"http:\/\/proxy.contoso.com:3128"})j"); },
         {}},
        {"engine's No Proxy exempts the registry, the terminal goes through the proxy", [](CheckContext &c) { viaProxy(c); engine(c, R"j({"ServerVersion":"28.2.2","OperatingSystem":"Debian","HttpsProxy":"http:\/\/proxy.contoso.com:3128","NoProxy":".azurecr.io"})j"); },
         {C::DaemonProxyDiffers}},
        {"engine without a proxy, the terminal through one", [](CheckContext &c) { viaProxy(c); engine(c, R"j({"ServerVersion":"28.2.2","OperatingSystem":"Debian"})j"); },
         {C::DaemonProxyDiffers}},
        {"Podman user: the Docker engine's proxy is not theirs", [](CheckContext &c) { c.options.client = RegistryClient::Podman; engine(c, R"j({"ServerVersion":"28.2.2","OperatingSystem":"Debian","HttpsProxy":"http:\/\/proxy.contoso.com:3128"})j"); },
         {}},
        {"Docker Desktop, everything passed: nothing to say", [](CheckContext &c) { engine(c, R"j({"ServerVersion":"28.2.2","OperatingSystem":"Docker Desktop","KernelVersion":"6.10.14-linuxkit"})j"); },
         {}},
        {"Docker Desktop: its forwarding proxy is not compared; the engine is in a VM", [](CheckContext &c) { viaProxy(c); engine(c, R"j({"ServerVersion":"28.2.2","OperatingSystem":"Docker Desktop","KernelVersion":"6.10.14-linuxkit","HttpsProxy":"http.docker.internal:3128","NoProxy":"hubproxy.docker.internal"})j"); },
         {C::EngineElsewhere}},
        {"engine in WSL 2, trust from this computer's certs.d", [](CheckContext &c) { c.facts.clientAuthorities = {QSslCertificate()}; engine(c, R"j({"ServerVersion":"28.2.2","OperatingSystem":"Ubuntu 24.04.1 LTS","KernelVersion":"5.15.167.4-microsoft-standard-WSL2"})j"); },
         {C::EngineElsewhere}},
        {"engine behind a remote context", [](CheckContext &c) { engine(c, R"j({"ServerVersion":"28.2.2","OperatingSystem":"Ubuntu 22.04.5 LTS","Name":"build-server-01","ClientInfo":{"Context":"build-server"}})j");
                                                                  c.facts.engineEndpoint = {QStringLiteral("ssh://ci@build-server-01"), QStringLiteral("context"), true}; },
         {C::EngineElsewhere}},
        {"insecure registry by name: Docker skips TLS, no false untrusted", [](CheckContext &c) { c.facts.tlsOk = false; c.facts.tlsUntrustedIssuer = true; fail(c, P::Tls);
                                                                    engine(c, R"j({"ServerVersion":"28.2.2","OperatingSystem":"Debian","RegistryConfig":{"InsecureRegistryCIDRs":["127.0.0.0/8"],"IndexConfigs":{"registry.lan:5000":{"Name":"registry.lan:5000","Secure":false}}}})j"); },
         {C::DockerInsecureRegistry}, "registry.lan:5000"},
        {"insecure range holds the registry's address, plain HTTP", [](CheckContext &c) { c.facts.tlsOk = false; c.facts.tlsHandshakeFailed = true; c.facts.tlsAnsweredByHttp = true; fail(c, P::Tls);
                                                                    c.facts.addresses = {QHostAddress(QStringLiteral("10.20.3.4"))};
                                                                    engine(c, R"j({"ServerVersion":"28.2.2","OperatingSystem":"Debian","RegistryConfig":{"InsecureRegistryCIDRs":["10.20.0.0/16","127.0.0.0/8"]}})j"); },
         {C::DockerInsecureRegistry}, "harbor.corp:8080"},
        {"insecure for Docker, but Podman verifies: untrusted", [](CheckContext &c) { c.options.client = RegistryClient::Podman; c.facts.tlsOk = false; c.facts.tlsUntrustedIssuer = true; fail(c, P::Tls);
                                                                    engine(c, R"j({"ServerVersion":"28.2.2","OperatingSystem":"Debian","RegistryConfig":{"IndexConfigs":{"registry.lan:5000":{"Name":"registry.lan:5000","Secure":false}}}})j"); },
         {C::TlsUntrustedCertificate}, "registry.lan:5000"},
        {"another registry is insecure, this one untrusted", [](CheckContext &c) { c.facts.tlsOk = false; c.facts.tlsUntrustedIssuer = true; fail(c, P::Tls);
                                                                    engine(c, R"j({"ServerVersion":"28.2.2","OperatingSystem":"Debian","RegistryConfig":{"IndexConfigs":{"registry.lan:5000":{"Name":"registry.lan:5000","Secure":false}}}})j"); },
         {C::TlsUntrustedCertificate}, "registry.lan:5001"},
        // buildx: a builder of its own does not see the engine's certs.d trust.
        {"buildx docker-container builder, the registry trusted through certs.d", [](CheckContext &c) { c.facts.clientAuthorities = {QSslCertificate()}; engine(c, R"j({"ServerVersion":"28.2.2","OperatingSystem":"Debian"})j");
                                                                    c.facts.buildx = builder(QStringLiteral("docker-container")); },
         {C::BuildkitCaNotTrusted}, "registry.lan:5000"},
        {"buildx builder given a CA for this registry", [](CheckContext &c) { c.facts.clientAuthorities = {QSslCertificate()}; engine(c, R"j({"ServerVersion":"28.2.2","OperatingSystem":"Debian"})j");
                                                                    c.facts.buildx = builder(QStringLiteral("docker-container")); c.facts.buildx.caFolders = {QStringLiteral("registry.lan_5000")}; },
         {}, "registry.lan:5000"},
        {"buildx builder configured for this registry (insecure)", [](CheckContext &c) { c.facts.clientAuthorities = {QSslCertificate()}; engine(c, R"j({"ServerVersion":"28.2.2","OperatingSystem":"Debian"})j");
                                                                    c.facts.buildx = builder(QStringLiteral("kubernetes")); c.facts.buildx.configText = QStringLiteral("[registry.\"registry.lan:5000\"]\n  insecure = true\n"); },
         {}, "registry.lan:5000"},
        {"buildx builder on the engine (docker driver)", [](CheckContext &c) { c.facts.clientAuthorities = {QSslCertificate()}; engine(c, R"j({"ServerVersion":"28.2.2","OperatingSystem":"Debian"})j");
                                                                    c.facts.buildx = builder(QStringLiteral("docker")); },
         {}, "registry.lan:5000"},
        {"buildx builder, registry trusted by the system store", [](CheckContext &c) { engine(c, R"j({"ServerVersion":"28.2.2","OperatingSystem":"Debian"})j");
                                                                    c.facts.buildx = builder(QStringLiteral("docker-container")); },
         {}, "registry.lan:5000"},
        // Severity order: errors before warnings, whatever rule came first.
        {"throttled and the engine down", [](CheckContext &c) { answer(c.facts.ping, 429); fail(c, P::Challenge); fail(c, P::DockerDaemon); }, {C::DockerDaemonNotRunning, C::Throttled}},
    };
    return table;
}

QStringList names(const QVector<Cause> &causes)
{
    QStringList out;
    for (const Cause &c : causes)
        out << c.id;
    return out;
}

} // namespace

// Windows PowerShell 5.1 (the one every Windows has) rejects && and ||, and an unbalanced quote or
// bracket: '' inside single quotes, a backtick escapes inside double quotes.
QString powershellProblem(const QString &command)
{
    QString closers;
    for (qsizetype i = 0; i < command.size(); ++i) {
        const QChar ch = command.at(i);
        if (ch == QLatin1Char('\'')) {
            for (++i; i < command.size(); ++i)
                if (command.at(i) == QLatin1Char('\'') && !(i + 1 < command.size() && command.at(i + 1) == QLatin1Char('\'') && ++i))
                    break;
            if (i >= command.size())
                return QStringLiteral("unclosed single quote");
        } else if (ch == QLatin1Char('"')) {
            for (++i; i < command.size() && command.at(i) != QLatin1Char('"'); ++i)
                if (command.at(i) == QLatin1Char('`'))
                    ++i;
            if (i >= command.size())
                return QStringLiteral("unclosed double quote");
        } else if (ch == QLatin1Char('(') || ch == QLatin1Char('{') || ch == QLatin1Char('[')) {
            closers.prepend(ch == QLatin1Char('(') ? QLatin1Char(')') : ch == QLatin1Char('{') ? QLatin1Char('}') : QLatin1Char(']'));
        } else if (ch == QLatin1Char(')') || ch == QLatin1Char('}') || ch == QLatin1Char(']')) {
            if (closers.isEmpty() || closers.at(0) != ch)
                return QStringLiteral("unbalanced %1").arg(ch);
            closers.remove(0, 1);
        } else if ((ch == QLatin1Char('&') || ch == QLatin1Char('|')) && i + 1 < command.size() && command.at(i + 1) == ch) {
            return QStringLiteral("%1%1 is not Windows PowerShell 5.1").arg(ch);
        }
    }
    return closers.isEmpty() ? QString() : QStringLiteral("unclosed bracket");
}

// What `shell -n -c command` says: empty when the shell parses the command.
QString posixProblem(const QString &shell, const QString &command)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(shell, {QStringLiteral("-n"), QStringLiteral("-c"), command});
    if (!p.waitForFinished(10000))
        return QStringLiteral("%1 did not finish").arg(shell);
    return p.exitCode() == 0 ? QString() : QString::fromLocal8Bit(p.readAll()).trimmed();
}

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void diagnose_data()
    {
        QTest::addColumn<int>("row");
        for (int i = 0; i < rows().size(); ++i)
            QTest::newRow(rows().at(i).name) << i;
    }

    void diagnose()
    {
        QFETCH(int, row);
        const Row &r = rows().at(row);
        CheckContext ctx = healthy(QLatin1String(r.registry));
        r.setup(ctx);
        const QVector<Cause> causes = rd::diagnose(ctx);
        QCOMPARE(names(causes), idNames(r.expected));
        for (const Cause &c : causes) {
            // Each cause is written out: what to do, and (but for the name) which probe showed it.
            QVERIFY2(!c.remediation.isEmpty(), qPrintable(c.id));
            QVERIFY2(!c.title.isEmpty() && !c.explanation.isEmpty(), qPrintable(c.id));
            QVERIFY2(!c.evidence.isEmpty(), qPrintable(c.id));
            QVERIFY2(!c.probes.isEmpty(), qPrintable(c.id));
            for (const QString &p : c.probes)
                QVERIFY2(probeIdFromName(p), qPrintable(p));
        }
    }

    // The sign-in commands are the chosen client's: helm registry login for Helm (with the
    // expose-token route for az acr login), podman login for Podman, docker login for Docker.
    void loginCommands_areTheClientsOwn()
    {
        const auto commands = [](RegistryClient client, bool azure) {
            CheckContext ctx = healthy(QStringLiteral("contoso.azurecr.io"));
            ctx.options.client = client;
            if (azure) {
                ctx.options.signIn = SignInMethod::AzureCli;
                ctx.facts.azInstalled = true;
                fail(ctx, P::DockerClient);
                ctx.facts.dockerInstalled = false;
            } else {
                answer(ctx.facts.login, 401);
                fail(ctx, P::Credentials);
                ctx.facts.loginFailure = LoginFailure::Rejected;
            }
            QStringList all;
            for (const Cause &c : rd::diagnose(ctx))
                for (const RemediationStep &step : c.remediation)
                    for (const ShellCommand &cmd : step.commands)
                        all << cmd.command;
            return all.join(QLatin1Char('\n'));
        };
        const QString helm = commands(RegistryClient::Helm, false);
        QVERIFY2(helm.contains(QStringLiteral("helm registry login contoso.azurecr.io --username")), qPrintable(helm));
        QVERIFY2(helm.contains(QStringLiteral("| helm registry login contoso.azurecr.io --username")), qPrintable(helm)); // scripts: --password-stdin
        QVERIFY2(!helm.contains(QStringLiteral("docker login")), qPrintable(helm));
        const QString podman = commands(RegistryClient::Podman, false);
        QVERIFY2(podman.contains(QStringLiteral("podman login contoso.azurecr.io --username")), qPrintable(podman));
        QVERIFY2(!podman.contains(QStringLiteral("docker login")), qPrintable(podman));
        const QString docker = commands(RegistryClient::Docker, false);
        QVERIFY2(docker.contains(QStringLiteral("docker login contoso.azurecr.io --username")), qPrintable(docker));
        // Helm stops at a registry config it cannot load: moving the file aside comes before signing in.
        int found = 0;
        for (const Row &r : rows()) {
            if (QLatin1String(r.name) != QLatin1String("helm: its registry config cannot be read"))
                continue;
            ++found;
            CheckContext ctx = healthy(QLatin1String(r.registry));
            r.setup(ctx);
            const QVector<Cause> causes = rd::diagnose(ctx);
            QCOMPARE(causes.size(), 1);
            const QVector<ShellCommand> first = causes.first().remediation.first().commands;
            QVERIFY(std::any_of(first.begin(), first.end(), [](const ShellCommand &c) {
                return c.command == QLatin1String("mv -- /home/ann/.config/helm/registry/config.json /home/ann/.config/helm/registry/config.json.broken");
            }));
        }
        QCOMPARE(found, 1);
        const QString helmAz = commands(RegistryClient::Helm, true);
        QVERIFY2(helmAz.contains(QStringLiteral("az acr login --name contoso --expose-token --output tsv --query accessToken | "
                                                "helm registry login contoso.azurecr.io --username 00000000-0000-0000-0000-000000000000 --password-stdin")),
                 qPrintable(helmAz));
    }

    // A Podman or Helm user's findings about stored logins name their client, in the titles, the
    // explanations and the steps, and no command is Docker's sign-in; a Docker user keeps Docker's words.
    void untrustedCertificate_namesTheClientThatRefuses()
    {
        for (RegistryClient client : {RegistryClient::Docker, RegistryClient::Podman, RegistryClient::Helm}) {
            CheckContext ctx = healthy(QStringLiteral("registry.contoso.com"));
            ctx.options.client = client;
            ctx.facts.tlsOk = false;
            ctx.facts.tlsUntrustedIssuer = true;
            fail(ctx, P::Tls);
            const QVector<Cause> causes = rd::diagnose(ctx);
            QCOMPARE(causes.size(), 1);
            const QString explanation = causes.first().explanation;
            QVERIFY2(explanation.contains(registryClientTitle(client) + QStringLiteral(" then refuses")), qPrintable(explanation));
            if (client != RegistryClient::Docker)
                QVERIFY2(!explanation.contains(QLatin1String("Docker")), qPrintable(explanation));
        }
    }

    void storedLoginFindings_nameTheClient()
    {
        using Setup = std::function<void(CheckContext &)>;
        const QVector<QPair<QString, Setup>> cases{
            {QStringLiteral("no credentials"), [](CheckContext &c) {
                 fail(c, P::Credentials);
                 c.facts.used = {};
                 c.facts.loginFailure = LoginFailure::NoCredentials;
             }},
            {QStringLiteral("credential helper fails"), [](CheckContext &c) {
                 c.facts.helperFailed = true;
                 c.facts.helperProgram = QStringLiteral("docker-credential-secretservice");
                 c.facts.dockerConfig.path = QStringLiteral("/home/ann/.docker/config.json");
             }},
        };
        const auto words = [](const QVector<Cause> &causes, bool commandsOnly) {
            QStringList all;
            for (const Cause &c : causes) {
                if (!commandsOnly)
                    all << c.title << c.explanation << c.evidence;
                for (const RemediationStep &step : c.remediation) {
                    if (!commandsOnly)
                        all << step.text;
                    for (const ShellCommand &cmd : step.commands)
                        all << cmd.command;
                }
            }
            return all.join(QLatin1Char('\n'));
        };
        for (const auto &[name, setup] : cases) {
            for (RegistryClient client : {RegistryClient::Podman, RegistryClient::Helm, RegistryClient::Docker}) {
                CheckContext ctx = healthy(QStringLiteral("registry.contoso.com"));
                ctx.options.client = client;
                setup(ctx);
                const QVector<Cause> causes = rd::diagnose(ctx);
                QVERIFY2(!causes.isEmpty(), qPrintable(name));
                const QString text = words(causes, false);
                const QString title = registryClientTitle(client);
                const QString what = name + QLatin1Char('/') + title + QLatin1Char('\n') + text;
                QVERIFY2(causes.first().explanation.contains(title), qPrintable(what));
                if (client == RegistryClient::Docker)
                    continue;
                QVERIFY2(causes.first().title.contains(title) || name == QLatin1String("no credentials"), qPrintable(what));
                QVERIFY2(text.contains(registryClientLoginCommand(client)), qPrintable(what));
                QVERIFY2(!text.contains(QLatin1String("Docker has")) && !text.contains(QLatin1String("Docker keeps"))
                             && !text.contains(QLatin1String("Docker's credential store")) && !text.contains(QLatin1String("so Docker")),
                         qPrintable(what));
                QVERIFY2(!words(causes, true).contains(QLatin1String("docker login")), qPrintable(what));
            }
        }
        // The services' own sign-in (a token piped to the client's login) and a mistyped address.
        for (RegistryClient client : {RegistryClient::Podman, RegistryClient::Helm}) {
            for (const char *registry : {"123456789012.dkr.ecr.eu-west-1.amazonaws.com", "europe-docker.pkg.dev", "ghcr.io"}) {
                CheckContext ctx = healthy(QLatin1String(registry));
                ctx.options.client = client;
                answer(ctx.facts.login, 401);
                fail(ctx, P::Credentials);
                ctx.facts.loginFailure = LoginFailure::Rejected;
                const QString commands = words(rd::diagnose(ctx), true);
                QVERIFY2(commands.contains(QStringLiteral("| ") + registryClientLoginCommand(client)), qPrintable(commands));
                QVERIFY2(!commands.contains(QLatin1String("docker login")), qPrintable(commands));
            }
            CheckContext typo = healthy(QStringLiteral("https://Contoso.azurecr.io/"));
            typo.options.client = client;
            const QVector<Cause> causes = rd::diagnose(typo);
            QVERIFY(!causes.isEmpty());
            QVERIFY2(!words(causes, true).contains(QLatin1String("docker login")), qPrintable(words(causes, false)));
            QVERIFY2(words(causes, true).contains(registryClientLoginCommand(client) + QStringLiteral(" contoso.azurecr.io")), qPrintable(words(causes, false)));
            QVERIFY2(!words(causes, false).contains(QLatin1String("Sign in with Docker")), qPrintable(words(causes, false)));
        }
    }

    // A new CauseId without a row here fails this test.
    void everyCauseHasARow()
    {
        QSet<int> covered;
        for (const Row &r : rows())
            for (CauseId c : r.expected)
                covered.insert(int(c));
        for (CauseId c : allIds<CauseId>())
            QVERIFY2(covered.contains(int(c)), qPrintable(idName(c)));
    }

    // Each service's own explanation, documentation and commands; ACR and any other registry keep
    // the catalogue's.
    void perKindFixes_data()
    {
        QTest::addColumn<QString>("registry");
        QTest::addColumn<int>("failure"); // LoginFailure, or -1: the rights (permissions probe failed)
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("linkHost");
        QTest::addColumn<QString>("command");    // a bash command the fix must hold
        QTest::addColumn<QString>("notCommand"); // a bash command it must not hold
        const QString typeAgain = QStringLiteral("stty -echo; IFS= read -r REGISTRY_PASSWORD"); // the script form, zsh-safe
        QTest::newRow("ecr invalid") << "123456789012.dkr.ecr.eu-west-1.amazonaws.com" << int(LoginFailure::Rejected) << "pull"
                                     << "hello"
                                     << "credentials-invalid"
                                     << "docs.aws.amazon.com"
                                     << "aws ecr get-login-password --region eu-west-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.eu-west-1.amazonaws.com"
                                     << typeAgain;
        QTest::newRow("ecr expired") << "123456789012.dkr.ecr.eu-west-1.amazonaws.com" << int(LoginFailure::Expired) << "pull"
                                     << "hello"
                                     << "credentials-expired"
                                     << "docs.aws.amazon.com"
                                     << "aws ecr get-login-password --region eu-west-1"
                                     << "az login";
        QTest::newRow("artifact registry invalid") << "europe-west1-docker.pkg.dev" << int(LoginFailure::Rejected) << "pull"
                                                   << "my-project/images/app"
                                                   << "credentials-invalid"
                                                   << "cloud.google.com"
                                                   << "gcloud auth configure-docker europe-west1-docker.pkg.dev"
                                                   << typeAgain;
        QTest::newRow("artifact registry rights") << "europe-west1-docker.pkg.dev" << -1 << "pull"
                                                  << "my-project/images/app"
                                                  << "credentials-not-authorized"
                                                  << "cloud.google.com"
                                                  << "gcloud artifacts repositories add-iam-policy-binding images --project=my-project --location=europe-west1 --member=user:EMAIL --role=roles/artifactregistry.reader"
                                                  << "az role assignment";
        QTest::newRow("gcr invalid") << "gcr.io" << int(LoginFailure::Rejected) << "pull"
                                     << "hello"
                                     << "credentials-invalid"
                                     << "cloud.google.com"
                                     << "gcloud auth configure-docker gcr.io" << typeAgain;
        QTest::newRow("ghcr push rights") << "ghcr.io" << -1 << "push"
                                          << "octo/app"
                                          << "credentials-not-authorized"
                                          << "docs.github.com"
                                          << "gh auth refresh --scopes write:packages"
                                          << "az role assignment";
        QTest::newRow("ghcr invalid") << "ghcr.io" << int(LoginFailure::Rejected) << "pull"
                                      << "octo/app"
                                      << "credentials-invalid"
                                      << "docs.github.com"
                                      << "gh auth token | docker login ghcr.io --username contoso --password-stdin"
                                      << "az ad sp";
        QTest::newRow("docker hub invalid") << "docker.io" << int(LoginFailure::Rejected) << "pull"
                                            << "library/nginx"
                                            << "credentials-invalid"
                                            << "docs.docker.com" << typeAgain << "az acr";
        // Harbor is known from its answer (the challenge's "harbor-registry" service), not its name.
        QTest::newRow("harbor rights") << "harbor.example.com" << -1 << "pull"
                                       << "library/app"
                                       << "credentials-not-authorized"
                                       << "goharbor.io"
                                       << ""
                                       << "az role assignment";
        QTest::newRow("gitlab invalid") << "registry.gitlab.com" << int(LoginFailure::Rejected) << "pull"
                                        << "group/app"
                                        << "credentials-invalid"
                                        << "docs.gitlab.com" << typeAgain << "az ad sp";
        QTest::newRow("acr keeps Learn") << "contoso.azurecr.io" << int(LoginFailure::Rejected) << "pull"
                                         << "hello"
                                         << "credentials-invalid"
                                         << "learn.microsoft.com"
                                         << "az acr credential show --name contoso --query \"passwords[].value\" --output tsv" // the values, not their names
                                         << "gcloud";
    }

    void perKindFixes()
    {
        QFETCH(QString, registry);
        QFETCH(int, failure);
        QFETCH(QString, action);
        QFETCH(QString, repository);
        QFETCH(QString, cause);
        QFETCH(QString, linkHost);
        QFETCH(QString, command);
        QFETCH(QString, notCommand);
        CheckContext ctx = healthy(registry);
        if (registry == QLatin1String("harbor.example.com"))
            ctx.facts.answeredKind = RegistryKind::Harbor;
        ctx.options.action = action;
        ctx.options.repository = repository;
        if (failure < 0) {
            fail(ctx, P::Permissions);
        } else {
            answer(ctx.facts.login, 401);
            fail(ctx, P::Credentials);
            ctx.facts.loginFailure = LoginFailure(failure);
        }
        const QVector<Cause> causes = rd::diagnose(ctx);
        QCOMPARE(names(causes), QStringList{cause});
        const Cause &c = causes.first();
        const RegistryKind kind = ctx.registryKind().kind;
        QCOMPARE(c.explanation, makeCause(*causeIdFromName(cause), kind).explanation);
        QVERIFY(!c.links.isEmpty());
        for (const DocLink &l : c.links)
            QVERIFY2(QUrl(l.url).host() == linkHost, qPrintable(l.url));
        QStringList bash;
        for (const RemediationStep &s : c.remediation)
            for (const ShellCommand &cmd : s.commandsFor(QStringLiteral("bash")))
                bash << cmd.command;
        const QString all = bash.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(command), qPrintable(all));
        QVERIFY2(!all.contains(notCommand), qPrintable(all));
    }

    void dockerHubPullLimit_isSaid()
    {
        CheckContext ctx = healthy(QStringLiteral("docker.io"));
        answer(ctx.facts.ping, 429, "{\"errors\":[{\"code\":\"TOOMANYREQUESTS\",\"message\":\"You have reached your pull rate limit. You may increase the limit by "
                                    "authenticating and upgrading: https://www.docker.com/increase-rate-limit\"}]}");
        ctx.facts.ping.rateLimit = RateLimit{100, 0, 21600};
        ctx.facts.ping.retryAfter = QStringLiteral("3600");
        ctx.facts.ping.serverDate = QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC);
        ctx.facts.used = {}; // anonymous: the IP address's limit
        fail(ctx, P::Challenge);
        const QVector<Cause> causes = rd::diagnose(ctx);
        QCOMPARE(names(causes), QStringList{QStringLiteral("throttled")});
        const QString evidence = causes.first().evidence.join(QLatin1Char('\n'));
        // (No translation is loaded here: the duration reads "6 hour(s)".)
        QVERIFY2(evidence.contains(QRegularExpression(QStringLiteral("Pull limit: 100 per 6 hour.*; left: 0\\."))), qPrintable(evidence));
        // The moment the registry accepts requests again, in local time.
        const QString again = QLocale().toString(QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC).toLocalTime(), QLocale::ShortFormat);
        QVERIFY2(evidence.contains(again), qPrintable(evidence));
        QVERIFY(causes.first().explanation.contains(QStringLiteral("Docker Hub")));
        QCOMPARE(QUrl(causes.first().links.value(0).url).host(), QStringLiteral("docs.docker.com"));
        bool signIn = false;
        for (const RemediationStep &s : causes.first().remediation)
            for (const ShellCommand &cmd : s.commandsFor(QStringLiteral("bash")))
                signIn = signIn || cmd.command.contains(QStringLiteral("docker login docker.io"));
        QVERIFY(signIn);
    }

    // The missing image is named as the client names it: Docker Hub's official images under library/.
    void repositoryNotFound_namesTheImageAsTheClientDoes_data()
    {
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("expected");
        QTest::newRow("docker hub") << "docker.io" << "helo" << "docker.io/library/helo:latest";
        QTest::newRow("docker hub, namespace") << "registry-1.docker.io" << "team/app:1.2" << "docker.io/team/app:1.2";
        QTest::newRow("acr, digest") << "contoso.azurecr.io" << "app@sha256:abc" << "contoso.azurecr.io/app@sha256:abc";
        QTest::newRow("port") << "registry.example.test:5000" << "app" << "registry.example.test:5000/app:latest";
    }

    void repositoryNotFound_namesTheImageAsTheClientDoes()
    {
        QFETCH(QString, registry);
        QFETCH(QString, repository);
        QFETCH(QString, expected);
        CheckContext ctx = healthy(registry);
        ctx.options.repository = repository;
        answer(ctx.facts.manifest, 404);
        fail(ctx, ProbeId::Manifest);
        ctx.facts.nearbyRepositories = {QStringLiteral("hello")};
        const QVector<Cause> causes = rd::diagnose(ctx);
        QCOMPARE(causes.size(), 1);
        QVERIFY2(causes.first().evidence.join(QLatin1Char('\n')).contains(expected), qPrintable(causes.first().evidence.join(QLatin1Char('\n'))));
        bool namesNearby = false;
        for (const RemediationStep &step : causes.first().remediation)
            namesNearby = namesNearby || step.text.contains(QLatin1String("hello"));
        QVERIFY(namesNearby);
    }

    // Pull and push advice in the user's own client: podman pull/push, helm pull --version and
    // helm push of a chart archive to the repository's namespace; never docker for them.
    void pullAndPush_inTheUsersClient()
    {
        const struct
        {
            RegistryClient client;
            QStringList commands;
        } cases[] = {
            {RegistryClient::Docker, {QStringLiteral("docker pull registry.example.test:5000/team/hallo:1.0"), QStringLiteral("docker pull registry.example.test:5000/team/hello:2.0"),
                                      QStringLiteral("docker push registry.example.test:5000/team/hallo:2.0")}},
            {RegistryClient::Podman, {QStringLiteral("podman pull registry.example.test:5000/team/hallo:1.0"), QStringLiteral("podman pull registry.example.test:5000/team/hello:2.0"),
                                      QStringLiteral("podman push registry.example.test:5000/team/hallo:2.0")}},
            {RegistryClient::Helm, {QStringLiteral("helm pull oci://registry.example.test:5000/team/hallo --version 1.0"),
                                    QStringLiteral("helm pull oci://registry.example.test:5000/team/hello --version 2.0"),
                                    QStringLiteral("helm push hallo-2.0.tgz oci://registry.example.test:5000/team")}},
        };
        for (const auto &k : cases) {
            CheckContext ctx = healthy(QStringLiteral("registry.example.test:5000"));
            ctx.options.client = k.client;
            ctx.options.repository = QStringLiteral("team/hallo:2.0");
            answer(ctx.facts.manifest, 404);
            fail(ctx, ProbeId::Manifest);
            ctx.facts.nearbyTags = {QStringLiteral("1.0")};
            ctx.facts.nearbyRepositories = {QStringLiteral("team/hello")};
            const QVector<Cause> causes = rd::diagnose(ctx);
            QCOMPARE(causes.size(), 1);
            QStringList bash;
            for (const RemediationStep &step : causes.first().remediation)
                for (const ShellCommand &cmd : step.commandsFor(QStringLiteral("bash"), QStringLiteral("linux")))
                    bash << cmd.command;
            const QString all = bash.join(QLatin1Char('\n'));
            for (const QString &expected : k.commands)
                QVERIFY2(all.contains(expected), qPrintable(expected + QLatin1String(" in:\n") + all));
            if (k.client != RegistryClient::Docker)
                QVERIFY2(!all.contains(QLatin1String("docker ")), qPrintable(all));
        }
    }

    // Every command of every rule, for every kind of registry: valid in the shell it is shown for
    // (bash on Linux, zsh on macOS, Windows PowerShell), and no advice from another system
    // (systemctl or apt on a Mac, brew or sntp on Linux).
    void everyCommand_parsesInItsShell_andBelongsToItsSystem()
    {
        const char *registries[] = {"contoso.azurecr.io", "docker.io", "ghcr.io", "123456789012.dkr.ecr.eu-west-1.amazonaws.com",
                                    "europe-west1-docker.pkg.dev", "gcr.io", "quay.io", "registry.gitlab.com", "harbor.example.com",
                                    "registry.example.com:5000"};
        QSet<QString> seen[3];
        const QString systems[3] = {QStringLiteral("linux"), QStringLiteral("macos"), QStringLiteral("windows")};
        for (const Row &r : rows())
            for (const char *registry : registries)
                for (RegistryClient client : {RegistryClient::Docker, RegistryClient::Podman, RegistryClient::Helm}) {
                    CheckContext ctx = healthy(QLatin1String(registry));
                    ctx.options.client = client; // a row may choose its own
                    r.setup(ctx);
                    for (const Cause &c : rd::diagnose(ctx))
                        for (const RemediationStep &step : c.remediation)
                            for (int s = 0; s < 3; ++s)
                                for (const ShellCommand &cmd : step.commandsFor(s == 2 ? QStringLiteral("powershell") : QStringLiteral("bash"), systems[s]))
                                    seen[s].insert(cmd.command);
                }
        const QRegularExpression notLinux(QStringLiteral("\\b(brew|sntp|open -a|winget)\\b"));
        const QRegularExpression notMac(QStringLiteral("\\b(systemctl|apt|apt-get|timedatectl|winget)\\b|InstallAzureCLIDeb"));
        const QRegularExpression notWindows(QStringLiteral("\\b(sudo|brew|systemctl|apt)\\b"));
        QVERIFY(seen[0].size() > 50 && seen[1].size() > 50 && seen[2].size() > 50);
        // bash and zsh parse them where they exist (not on Windows, where Wine would start the host's).
#ifdef Q_OS_WIN
        const bool shells = false;
#else
        const bool shells = true;
#endif
        for (const QString &cmd : seen[0]) {
            QVERIFY2(!notLinux.match(cmd).hasMatch(), qPrintable(cmd));
            const QString problem = shells ? posixProblem(QStringLiteral("bash"), cmd) : QString();
            QVERIFY2(problem.isEmpty(), qPrintable(cmd + QLatin1String("\n") + problem));
        }
        for (const QString &cmd : seen[1]) {
            QVERIFY2(!notMac.match(cmd).hasMatch(), qPrintable(cmd));
            const QString problem = shells ? posixProblem(QStringLiteral("zsh"), cmd) : QString();
            QVERIFY2(problem.isEmpty(), qPrintable(cmd + QLatin1String("\n") + problem));
        }
        for (const QString &cmd : seen[2]) {
            QVERIFY2(!notWindows.match(cmd).hasMatch(), qPrintable(cmd));
            const QString problem = powershellProblem(cmd);
            QVERIFY2(problem.isEmpty(), qPrintable(cmd + QLatin1String("\n") + problem));
        }
    }

    // The checker above can fail.
    void shellCheckers_rejectBrokenCommands()
    {
#ifndef Q_OS_WIN
        QVERIFY(!posixProblem(QStringLiteral("bash"), QStringLiteral("echo 'open")).isEmpty());
        QVERIFY(!posixProblem(QStringLiteral("zsh"), QStringLiteral("if true; then echo")).isEmpty());
        QVERIFY(posixProblem(QStringLiteral("zsh"), QStringLiteral("docker login 'a b' && echo ok")).isEmpty());
#endif
        QVERIFY(!powershellProblem(QStringLiteral("az login && az acr login")).isEmpty());
        QVERIFY(!powershellProblem(QStringLiteral("Write-Output 'it''s")).isEmpty());
        QVERIFY(powershellProblem(QStringLiteral("Write-Output 'it''s'; $x = @{a = \"`\"\"}")).isEmpty());
    }

    // The proxy bypass adds the registry to NO_PROXY and keeps the hosts already there.
    void proxyBypass_keepsWhatNoProxyHeld_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        for (const char *shell : {"bash", "zsh"}) {
            QTest::addRow("%s, unset", shell) << shell << QString() << "contoso.azurecr.io";
            QTest::addRow("%s, other hosts", shell) << shell << "localhost,.corp.example" << "localhost,.corp.example,contoso.azurecr.io";
        }
    }

    void proxyBypass_keepsWhatNoProxyHeld()
    {
        QFETCH(QString, shell);
        QFETCH(QString, before);
        QFETCH(QString, after);
#ifdef Q_OS_WIN
        QSKIP("bash and zsh are not Windows' shells (the PowerShell form is parsed in everyCommand_...)");
#endif
        CheckContext ctx = healthy();
        fail(ctx, P::Proxy);
        const QVector<Cause> causes = rd::diagnose(ctx);
        QCOMPARE(names(causes), QStringList{QStringLiteral("proxy-problem")});
        QString bypass;
        for (const RemediationStep &s : causes.first().remediation)
            for (const ShellCommand &cmd : s.commandsFor(QStringLiteral("bash"), QStringLiteral("linux")))
                if (cmd.command.contains(QLatin1String("NO_PROXY=")))
                    bypass = cmd.command;
        QVERIFY(!bypass.isEmpty());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("NO_PROXY"));
        if (!before.isEmpty())
            env.insert(QStringLiteral("NO_PROXY"), before);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(shell, {QStringLiteral("-c"), bypass + QStringLiteral("; printf '%s' \"$NO_PROXY\"")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), after);
    }

    void severityFollowsTheCatalogue()
    {
        for (CauseId id : allIds<CauseId>()) {
            const Cause c = makeCause(id);
            QCOMPARE(c.id, idName(id));
            QVERIFY(!c.title.isEmpty());
        }
        CheckContext ctx = healthy(QStringLiteral("https://Contoso.azurecr.io:443/"));
        const QVector<Cause> causes = rd::diagnose(ctx);
        QCOMPARE(causes.size(), 1);
        QCOMPARE(causes.first().severity, Cause::Severity::Warning); // usable name: a warning, not an error
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
