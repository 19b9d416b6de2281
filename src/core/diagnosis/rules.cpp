#include "rules.h"
#include "../check_context.h"
#include "../docker/docker_config.h"
#include "../time_text.h"
#include "cause_catalog.h"
#include "shell_quote.h"
#include <QCoreApplication>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslError>
#include <optional>

namespace rd {

namespace {

struct Rules
{
    Q_DECLARE_TR_FUNCTIONS(rd::Rules)
};

// The values commands are written with, each quoted for its shell.
struct Values
{
    QString server;      // login server
    QString acrName;     // resource name (ACR) or a placeholder
    QString user;
    QString repo;

    static Values from(const CheckContext &ctx)
    {
        Values v;
        v.server = ctx.reference.loginServer.isEmpty() ? QStringLiteral("myregistry.azurecr.io") : ctx.reference.loginServer;
        v.acrName = ctx.reference.acrName.isEmpty() ? QStringLiteral("myregistry") : ctx.reference.acrName;
        v.user = ctx.facts.used.username.isEmpty() ? ctx.options.username : ctx.facts.used.username;
        v.repo = ctx.options.repository;
        return v;
    }
};

ShellCommand ps(const QString &command) { return {QStringLiteral("powershell"), command}; }
ShellCommand sh(const QString &command) { return {QStringLiteral("bash"), command}; }

// The same command in both shells, with %1.. filled by each shell's quoting of `args`.
QVector<ShellCommand> both(const QString &pattern, const QStringList &args = {})
{
    QString p = pattern, b = pattern;
    for (const QString &a : args) {
        p = p.arg(powershellQuote(a));
        b = b.arg(bashQuote(a));
    }
    return {ps(p), sh(b)};
}

// docker login with the password read from the keyboard and passed on stdin: never on a command line.
QVector<ShellCommand> dockerLoginCommands(const Values &v)
{
    const QString user = v.user.isEmpty() ? QStringLiteral("USER_NAME") : v.user;
    return {ps(QStringLiteral("$secret = Read-Host -AsSecureString 'Password'; "
                              "[System.Net.NetworkCredential]::new('', $secret).Password | docker login %1 --username %2 --password-stdin")
                   .arg(powershellQuote(v.server), powershellQuote(user))),
            sh(QStringLiteral("read -rsp 'Password: ' REGISTRY_PASSWORD && echo && "
                              "printf '%s' \"$REGISTRY_PASSWORD\" | docker login %1 --username %2 --password-stdin; unset REGISTRY_PASSWORD")
                   .arg(bashQuote(v.server), bashQuote(user)))};
}

void addStep(Cause &c, const QString &text, const QVector<ShellCommand> &commands = {})
{
    c.remediation.append({text, commands});
}

// The probe's own observation, as evidence; empty when the probe did not run.
void cite(Cause &c, const CheckContext &ctx, const QString &probeId)
{
    auto it = ctx.results.constFind(probeId);
    if (it == ctx.results.cend())
        return;
    if (!it->detail.isEmpty() && !c.evidence.contains(it->detail))
        c.evidence << it->detail;
    if (!c.probes.contains(probeId))
        c.probes << probeId;
}

const ProbeResult *result(const CheckContext &ctx, const char *id)
{
    auto it = ctx.results.constFind(QLatin1String(id));
    return it == ctx.results.cend() ? nullptr : &*it;
}

bool failed(const CheckContext &ctx, const char *id)
{
    return ctx.failed(QLatin1String(id));
}

QVariant ev(const CheckContext &ctx, const char *id, const char *key)
{
    const ProbeResult *r = result(ctx, id);
    return r ? r->evidence.value(QLatin1String(key)) : QVariant();
}

bool viaProxy(const CheckContext &ctx)
{
    return ctx.facts.proxy && ctx.facts.proxy->type() != QNetworkProxy::NoProxy;
}

using Rule = std::optional<Cause> (*)(const CheckContext &, const Values &);

// A service principal signs in with its application (client) ID, a GUID; an admin user or a
// token name is not one, and a command resetting a service principal must not name it.
bool looksLikeApplicationId(const QString &user)
{
    static const QRegularExpression guid(QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return guid.match(user).hasMatch() && user != nullGuidUser();
}

// The reasons (401 and others) the credentials probe recorded.
QString loginReason(const CheckContext &ctx)
{
    return ev(ctx, "credentials", "reason").toString();
}


std::optional<Cause> dockerNotInstalled(const CheckContext &ctx, const Values &)
{
    if (!failed(ctx, "docker-client") || ctx.facts.dockerInstalled)
        return {};
    Cause c = makeCause(QStringLiteral("docker-not-installed"));
    cite(c, ctx, QStringLiteral("docker-client"));
    addStep(c, Rules::tr("Install Docker Desktop (Windows and macOS) from docker.com, or Docker Engine from your Linux distribution, then open a new terminal."),
            {ps(QStringLiteral("winget install --exact --id Docker.DockerDesktop")), sh(QStringLiteral("brew install --cask docker"))});
    addStep(c, Rules::tr("Check that the command is found:"), both(QStringLiteral("docker --version")));
    return c;
}

std::optional<Cause> dockerTooOld(const CheckContext &ctx, const Values &)
{
    if (!ctx.facts.dockerInstalled || !ctx.facts.docker.clientParsed
        || ctx.facts.docker.clientVersion >= QVersionNumber(18, 3))
        return {};
    Cause c = makeCause(QStringLiteral("docker-too-old"));
    cite(c, ctx, QStringLiteral("docker-client"));
    addStep(c, Rules::tr("Update Docker Desktop (or Docker Engine) to a current version, then check the version again:"),
            both(QStringLiteral("docker version --format '{{.Client.Version}}'")));
    return c;
}

std::optional<Cause> dockerDaemon(const CheckContext &ctx, const Values &)
{
    if (!failed(ctx, "docker-daemon"))
        return {};
    Cause c = makeCause(QStringLiteral("docker-daemon-not-running"));
    cite(c, ctx, QStringLiteral("docker-daemon"));
    addStep(c, Rules::tr("Start Docker Desktop (Windows, macOS) and wait until it says it is running; on Linux start the docker service."),
            {ps(QStringLiteral("Start-Process 'Docker Desktop'")), sh(QStringLiteral("sudo systemctl start docker"))});
    addStep(c, Rules::tr("Check that the engine answers (the Server section must appear without an error):"), both(QStringLiteral("docker version")));
    return c;
}

std::optional<Cause> registryNameInvalid(const CheckContext &ctx, const Values &v)
{
    const RegistryReference &ref = ctx.reference;
    QVector<ReferenceFinding> mistakes;
    bool blocking = !ref.isUsable();
    for (const ReferenceFinding &f : ref.findings)
        if (f.id != QLatin1String("bare-name")) {
            mistakes << f;
            blocking = blocking || f.blocking;
        }
    if (mistakes.isEmpty() && !blocking)
        return {};
    Cause c = makeCause(QStringLiteral("registry-name-invalid"));
    c.severity = blocking ? Cause::Severity::Error : Cause::Severity::Warning;
    c.probes << QStringLiteral("registry-name");
    c.evidence << Rules::tr("You typed \"%1\".").arg(ref.input);
    for (const ReferenceFinding &f : mistakes)
        if (!c.evidence.contains(f.message))
            c.evidence << f.message;
    if (ref.isUsable()) {
        addStep(c, Rules::tr("Sign in with Docker using exactly this login server:"), both(QStringLiteral("docker login %1"), {v.server}));
        if (ref.kind == RegistryReference::Kind::Acr)
            addStep(c, Rules::tr("With the Azure CLI, give only the registry name:"), both(QStringLiteral("az acr login --name %1"), {v.acrName}));
        if (!v.repo.isEmpty())
            addStep(c, Rules::tr("Write image names with the same lowercase login server:"),
                    both(QStringLiteral("docker pull %1"), {v.server + QLatin1Char('/') + v.repo + QStringLiteral(":latest")}));
    } else {
        addStep(c, Rules::tr("Copy the login server from the registry's Overview page in the Azure portal, or list your registries:"),
                both(QStringLiteral("az acr list --query \"[].loginServer\" --output tsv")));
    }
    return c;
}

std::optional<Cause> registryNotFound(const CheckContext &ctx, const Values &v)
{
    if (!failed(ctx, "dns") || !ev(ctx, "dns", "notFound").toBool())
        return {};
    Cause c = makeCause(QStringLiteral("registry-not-found"));
    cite(c, ctx, QStringLiteral("dns"));
    if (ctx.reference.kind == RegistryReference::Kind::Acr)
        addStep(c, Rules::tr("Check the registry's name and that it exists in your subscription:"),
                both(QStringLiteral("az acr show --name %1 --query loginServer --output tsv"), {v.acrName}));
    addStep(c, Rules::tr("Look the name up yourself; \"Non-existent domain\" or NXDOMAIN confirms the name is wrong:"),
            both(QStringLiteral("nslookup %1"), {v.server}));
    return c;
}

std::optional<Cause> privateEndpoint(const CheckContext &ctx, const Values &v)
{
    const bool privateDns = ev(ctx, "dns", "privateLink").toBool() || ev(ctx, "dns", "privateAddress").toBool();
    if (!privateDns || ctx.facts.tcpConnected || !result(ctx, "tcp"))
        return {};
    Cause c = makeCause(QStringLiteral("private-endpoint-dns"));
    cite(c, ctx, QStringLiteral("dns"));
    cite(c, ctx, QStringLiteral("tcp"));
    addStep(c, Rules::tr("Connect to your company network or VPN that reaches the registry's virtual network, then try again."));
    addStep(c, Rules::tr("Compare the address the name resolves to on your computer with the one your administrator expects:"),
            both(QStringLiteral("nslookup %1"), {v.server}));
    addStep(c, Rules::tr("If you should reach it from the internet, ask the registry owner to allow public access for your network:"),
            both(QStringLiteral("az acr show --name %1 --query publicNetworkAccess --output tsv"), {v.acrName}));
    return c;
}

std::optional<Cause> proxyProblem(const CheckContext &ctx, const Values &v)
{
    const ProbeResult *proxy = result(ctx, "proxy");
    if (!proxy)
        return {};
    static const QList<int> proxyErrors{QNetworkReply::ProxyConnectionRefusedError, QNetworkReply::ProxyConnectionClosedError,
                                        QNetworkReply::ProxyNotFoundError, QNetworkReply::ProxyTimeoutError,
                                        QNetworkReply::ProxyAuthenticationRequiredError};
    const bool badValue = proxy->status == ProbeStatus::Fail;
    const bool unreachableProxy = viaProxy(ctx) && failed(ctx, "tcp");
    const bool answerError = proxyErrors.contains(ctx.facts.ping.networkErrorCode) || proxyErrors.contains(ctx.facts.login.networkErrorCode)
                             || (viaProxy(ctx) && ev(ctx, "tls", "handshakeFailed").toBool());
    if (!badValue && !unreachableProxy && !answerError)
        return {};
    Cause c = makeCause(QStringLiteral("proxy-problem"));
    cite(c, ctx, QStringLiteral("proxy"));
    cite(c, ctx, QStringLiteral("tcp"));
    cite(c, ctx, QStringLiteral("tls"));
    cite(c, ctx, QStringLiteral("challenge"));
    addStep(c, Rules::tr("See which proxy settings are in effect in your terminal:"),
            {ps(QStringLiteral("Get-ChildItem Env: | Where-Object Name -Match 'proxy'")), sh(QStringLiteral("env | grep -i proxy"))});
    addStep(c, Rules::tr("Ask your IT department for the right proxy address, or let the registry bypass the proxy:"),
            {ps(QStringLiteral("$env:NO_PROXY = %1").arg(powershellQuote(v.server))),
             sh(QStringLiteral("export NO_PROXY=%1").arg(bashQuote(v.server)))});
    addStep(c, Rules::tr("Docker Desktop has its own proxy settings (Settings > Resources > Proxies); the Docker engine on Linux reads them from its service configuration."));
    return c;
}

std::optional<Cause> networkUnreachable(const CheckContext &ctx, const Values &v)
{
    // The connection refused or dropped, or opened and then the secure handshake was stopped
    // (never answered, a fatal alert, closed): a firewall that filters by name does the latter.
    const bool handshakeStopped = ctx.facts.tcpConnected && failed(ctx, "tls") && ev(ctx, "tls", "handshakeFailed").toBool();
    if ((!failed(ctx, "tcp") && !handshakeStopped) || viaProxy(ctx))
        return {};
    if (ev(ctx, "dns", "privateLink").toBool() || ev(ctx, "dns", "privateAddress").toBool())
        return {}; // private-endpoint-dns explains it
    Cause c = makeCause(QStringLiteral("network-unreachable"));
    cite(c, ctx, QStringLiteral("tcp"));
    if (handshakeStopped)
        cite(c, ctx, QStringLiteral("tls"));
    addStep(c, Rules::tr("Test the connection to port 443 yourself:"),
            {ps(QStringLiteral("Test-NetConnection %1 -Port 443").arg(powershellQuote(v.server))),
             sh(QStringLiteral("curl -sS -o /dev/null -w '%{http_code}\\n' https://%1/v2/").arg(bashQuote(v.server)))});
    addStep(c, Rules::tr("If it fails, ask your network administrator to allow outgoing HTTPS (port 443) to the registry and its data endpoints (*.azurecr.io, *.blob.core.windows.net)."));
    return c;
}

std::optional<Cause> tlsUntrusted(const CheckContext &ctx, const Values &v)
{
    if (!failed(ctx, "tls") || ev(ctx, "tls", "handshakeFailed").toBool())
        return {};
    if (!ev(ctx, "tls", "untrustedIssuer").toBool() && !ev(ctx, "tls", "hostNameMismatch").toBool())
        return {};
    Cause c = makeCause(QStringLiteral("tls-untrusted-certificate"));
    cite(c, ctx, QStringLiteral("tls"));
    if (ev(ctx, "tls", "hostNameMismatch").toBool() && ctx.reference.host.contains(QLatin1String(".privatelink.")))
        addStep(c, Rules::tr("Use the registry's normal name; its private link name does not match the certificate:"),
                both(QStringLiteral("docker login %1"), {ctx.reference.acrName + ctx.reference.cloudSuffix}));
    addStep(c, Rules::tr("Ask your IT department to exclude *.azurecr.io from TLS inspection, or to install the inspecting certificate authority in this computer's trusted store (Docker Desktop uses the system store)."));
    addStep(c, Rules::tr("See which certificate the connection presents:"),
            {ps(QStringLiteral("curl.exe -sv https://%1/v2/ 2>&1 | Select-String 'issuer'").arg(v.server)),
             sh(QStringLiteral("openssl s_client -connect %1:443 -servername %2 </dev/null 2>/dev/null | openssl x509 -noout -issuer")
                    .arg(bashQuote(ctx.reference.host), bashQuote(ctx.reference.host)))});
    return c;
}

std::optional<Cause> firewallBlocked(const CheckContext &ctx, const Values &v)
{
    if (ctx.facts.ping.status != 403 && ctx.facts.login.status != 403)
        return {};
    const HttpAnswer &a = ctx.facts.ping.status == 403 ? ctx.facts.ping : ctx.facts.login;
    if (a.body.firstCode() != QLatin1String("DENIED") && a.body.blockedClientIp().isEmpty() && ctx.facts.ping.status != 403)
        return {};
    Cause c = makeCause(QStringLiteral("firewall-blocked"));
    cite(c, ctx, QStringLiteral("challenge"));
    const QString ip = a.body.blockedClientIp();
    addStep(c, ip.isEmpty() ? Rules::tr("Ask the registry owner to allow your network's public IP address in the registry's Networking settings.")
                            : Rules::tr("Ask the registry owner to allow your public IP address %1 in the registry's Networking settings:").arg(ip),
            ip.isEmpty() ? QVector<ShellCommand>()
                         : both(QStringLiteral("az acr network-rule add --name %1 --ip-address %2"), {v.acrName, ip}));
    addStep(c, Rules::tr("Or connect through the network the registry already allows (office network, VPN)."));
    return c;
}

std::optional<Cause> throttled(const CheckContext &ctx, const Values &)
{
    if (ctx.facts.ping.status != 429 && ctx.facts.login.status != 429)
        return {};
    Cause c = makeCause(QStringLiteral("throttled"));
    cite(c, ctx, QStringLiteral("challenge"));
    cite(c, ctx, QStringLiteral("credentials"));
    const QString wait = ctx.facts.ping.retryAfter.isEmpty() ? ctx.facts.login.retryAfter : ctx.facts.ping.retryAfter;
    addStep(c, wait.isEmpty() ? Rules::tr("Wait a minute, then try again.") : Rules::tr("Wait %1 seconds, as the registry asks, then try again.").arg(wait));
    addStep(c, Rules::tr("If it keeps happening, look for scripts or pipelines pulling in a loop; the registry's service tier sets how many requests it accepts."));
    return c;
}

std::optional<Cause> notARegistry(const CheckContext &ctx, const Values &v)
{
    const int s = ctx.facts.ping.status;
    const bool wrongAnswer = ctx.facts.ping.answered && s != 200 && s != 401 && s != 403 && s != 429 && s < 500;
    const bool noChallenge = s == 401 && failed(ctx, "challenge");
    if (!wrongAnswer && !noChallenge)
        return {};
    Cause c = makeCause(QStringLiteral("not-a-registry"));
    cite(c, ctx, QStringLiteral("challenge"));
    addStep(c, Rules::tr("Check the address. For Azure Container Registry it is the login server shown on the registry's Overview page:"),
            both(QStringLiteral("az acr show --name %1 --query loginServer --output tsv"), {v.acrName}));
    return c;
}

// The registry (or its token service) was reached over a trusted connection and then failed to
// give a usable answer: no answer in time, a connection cut mid-answer, no token in a 200, a
// token its own registry refuses, a redirect, or a token service named on plain http.
bool registryMisbehaves(const CheckContext &ctx)
{
    static const QList<int> proxyErrors{QNetworkReply::ProxyConnectionRefusedError, QNetworkReply::ProxyConnectionClosedError,
                                        QNetworkReply::ProxyNotFoundError, QNetworkReply::ProxyTimeoutError,
                                        QNetworkReply::ProxyAuthenticationRequiredError};
    const bool noAnswer = failed(ctx, "challenge") && !ctx.facts.ping.answered && ctx.facts.tlsOk
                          && !proxyErrors.contains(ctx.facts.ping.networkErrorCode);
    if (noAnswer)
        return true;
    if (!failed(ctx, "credentials"))
        return false;
    const QString reason = loginReason(ctx);
    if (reason == QLatin1String("no-answer"))
        return !proxyErrors.contains(ctx.facts.login.networkErrorCode);
    if (reason == QLatin1String("no-token") || reason == QLatin1String("insecure-realm") || reason == QLatin1String("token-refused"))
        return true;
    const int s = ctx.facts.login.status;
    return reason == QLatin1String("status") && s != 401 && s != 403 && s != 429 && s < 500;
}

std::optional<Cause> registryUnavailable(const CheckContext &ctx, const Values &)
{
    if (ctx.facts.ping.status < 500 && ctx.facts.login.status < 500 && !registryMisbehaves(ctx))
        return {};
    Cause c = makeCause(QStringLiteral("registry-unavailable"));
    cite(c, ctx, QStringLiteral("challenge"));
    cite(c, ctx, QStringLiteral("credentials"));
    addStep(c, Rules::tr("Try again in a few minutes. If it persists, check Azure's service health for Container Registry in your region."));
    return c;
}

std::optional<Cause> noCredentials(const CheckContext &ctx, const Values &v)
{
    if (!failed(ctx, "credentials") || ctx.facts.used.source != CredentialFacts::Source::None)
        return {};
    if (ctx.facts.helperFailed)
        return {}; // the failing store is why there is nothing: credential-store-failing says so
    Cause c = makeCause(QStringLiteral("no-credentials"));
    cite(c, ctx, QStringLiteral("credentials"));
    cite(c, ctx, QStringLiteral("credential-store"));
    if (ctx.reference.kind == RegistryReference::Kind::Acr)
        addStep(c, Rules::tr("Sign in with your Azure account (needs the Azure CLI):"),
                {ps(QStringLiteral("az login; az acr login --name %1").arg(powershellQuote(v.acrName))),
                 sh(QStringLiteral("az login && az acr login --name %1").arg(bashQuote(v.acrName)))});
    addStep(c, Rules::tr("Or sign in with a user name and password (service principal, admin account or token); the password is typed, never written in the command:"),
            dockerLoginCommands(v));
    return c;
}

std::optional<Cause> usernameNotRecognized(const CheckContext &ctx, const Values &v)
{
    if (loginReason(ctx) != QLatin1String("username-not-recognized"))
        return {};
    Cause c = makeCause(QStringLiteral("username-not-recognized"));
    cite(c, ctx, QStringLiteral("credentials"));
    addStep(c, Rules::tr("For a service principal, find its application (client) ID, a value like 8f3c...-....; use it as the user name:"),
            both(QStringLiteral("az ad sp list --display-name %1 --query \"[].appId\" --output tsv"), {QStringLiteral("SERVICE_PRINCIPAL_NAME")}));
    addStep(c, Rules::tr("Then sign in again with that ID:"), dockerLoginCommands(Values{v.server, v.acrName, QStringLiteral("APPLICATION_ID"), v.repo}));
    addStep(c, Rules::tr("If you ran sudo az acr login, run it without sudo: sudo does not see your own az login."));
    return c;
}

std::optional<Cause> credentialsExpired(const CheckContext &ctx, const Values &v)
{
    if (loginReason(ctx) != QLatin1String("expired"))
        return {};
    Cause c = makeCause(QStringLiteral("credentials-expired"));
    cite(c, ctx, QStringLiteral("credentials"));
    addStep(c, Rules::tr("Sign in again; the new sign-in lasts about three hours:"),
            {ps(QStringLiteral("az login; az acr login --name %1").arg(powershellQuote(v.acrName))),
             sh(QStringLiteral("az login && az acr login --name %1").arg(bashQuote(v.acrName)))});
    addStep(c, Rules::tr("For automation, use a service principal or a managed identity instead of a personal sign-in; if its secret expired, the owner creates a new one:"),
            both(QStringLiteral("az ad sp credential reset --id %1"), {QStringLiteral("APPLICATION_ID")}));
    return c;
}

std::optional<Cause> credentialsInvalid(const CheckContext &ctx, const Values &v)
{
    const QString reason = loginReason(ctx);
    if (reason != QLatin1String("rejected"))
        return {};
    Cause c = makeCause(QStringLiteral("credentials-invalid"));
    cite(c, ctx, QStringLiteral("credentials"));
    addStep(c, Rules::tr("Type the password again carefully (copy it without spaces); it is read from the keyboard, never written in the command:"),
            dockerLoginCommands(v));
    if (ctx.reference.kind == RegistryReference::Kind::Acr) {
        addStep(c, Rules::tr("Admin account: the registry owner can show the current passwords:"),
                both(QStringLiteral("az acr credential show --name %1 --query \"passwords[].name\""), {v.acrName}));
        addStep(c, Rules::tr("Service principal: the owner can create a new client secret:"),
                both(QStringLiteral("az ad sp credential reset --id %1"), {looksLikeApplicationId(v.user) ? v.user : QStringLiteral("APPLICATION_ID")}));
    }
    return c;
}

std::optional<Cause> notAuthorized(const CheckContext &ctx, const Values &v)
{
    const bool permissionFail = failed(ctx, "permissions");
    const bool credentialsForbidden = failed(ctx, "credentials") && ctx.facts.login.status == 403
                                      && ctx.facts.ping.status != 403;
    if (!permissionFail && !credentialsForbidden)
        return {};
    Cause c = makeCause(QStringLiteral("credentials-not-authorized"));
    cite(c, ctx, QStringLiteral("permissions"));
    cite(c, ctx, QStringLiteral("credentials"));
    const bool push = ctx.options.action == QLatin1String("push");
    const QString role = push ? QStringLiteral("AcrPush") : QStringLiteral("AcrPull");
    const QString assignee = v.user.isEmpty() || v.user == nullGuidUser()
                                 ? QStringLiteral("USER_OR_APPLICATION_ID")
                                 : v.user;
    addStep(c, Rules::tr("Ask the registry owner to give your identity the %1 role on the registry:").arg(role),
            {ps(QStringLiteral("$registryId = az acr show --name %1 --query id --output tsv; az role assignment create --assignee %2 --role %3 --scope $registryId")
                    .arg(powershellQuote(v.acrName), powershellQuote(assignee), role)),
             sh(QStringLiteral("az role assignment create --assignee %1 --role %2 --scope \"$(az acr show --name %3 --query id --output tsv)\"")
                    .arg(bashQuote(assignee), role, bashQuote(v.acrName)))});
    if (!v.repo.isEmpty())
        addStep(c, Rules::tr("With a repository-scoped token, its scope map must allow %1 on %2.")
                       .arg(push ? QStringLiteral("content/write") : QStringLiteral("content/read"), v.repo));
    addStep(c, Rules::tr("A role assigned minutes ago can take up to about ten minutes to apply; then sign in again."));
    return c;
}

std::optional<Cause> credentialStoreFailing(const CheckContext &ctx, const Values &v)
{
    // Docker's store; Podman and Skopeo keep their logins in their own auth file.
    if (!ctx.facts.helperFailed || ctx.options.client != RegistryClient::Docker)
        return {};
    Cause c = makeCause(QStringLiteral("credential-store-failing"));
    cite(c, ctx, QStringLiteral("credential-store"));
    const Facts &f = ctx.facts;
    switch (f.storeBreakage) {
    case Facts::StoreBreakage::PassNotInitialised:
        addStep(c, Rules::tr("If you have no GPG key yet, create one (it asks for your name, e-mail address and a passphrase):"),
                {sh(QStringLiteral("gpg --full-generate-key"))});
        addStep(c, Rules::tr("Set up pass with your key's ID (the long hexadecimal number that gpg --list-secret-keys shows), then sign in again:"),
                {sh(QStringLiteral("gpg --list-secret-keys --keyid-format long")), sh(QStringLiteral("pass init KEY_ID")),
                 sh(QStringLiteral("docker login %1").arg(bashQuote(v.server)))});
        return c;
    case Facts::StoreBreakage::PassKeyMissing:
        addStep(c, Rules::tr("Import the GPG key %1 from where it was made (gpg --export-secret-keys there, gpg --import here), or set up pass again with a key that is on this computer; logins saved with the old key are then lost:")
                       .arg(f.passKeyIds.value(0)),
                {sh(QStringLiteral("gpg --list-secret-keys --keyid-format long")), sh(QStringLiteral("pass init KEY_ID")),
                 sh(QStringLiteral("docker login %1").arg(bashQuote(v.server)))});
        return c;
    case Facts::StoreBreakage::NoDesktopSession:
        addStep(c, Rules::tr("Sign in from the desktop session itself, not over SSH; or, on a server without a desktop, use pass instead (install pass and docker-credential-pass, then set \"credsStore\" to \"pass\" in %1):")
                       .arg(f.dockerConfig.path.isEmpty() ? dockerConfigPath() : f.dockerConfig.path),
                {sh(QStringLiteral("sudo apt install pass golang-docker-credential-helpers"))});
        return c;
    case Facts::StoreBreakage::Other:
        break;
    }
    const QString path = ctx.facts.dockerConfig.path.isEmpty() ? dockerConfigPath() : ctx.facts.dockerConfig.path;
    addStep(c, Rules::tr("Find the credential store named in Docker's settings file (%1):").arg(path),
            {ps(QStringLiteral("Select-String -Path %1 -Pattern 'credsStore|credHelpers'").arg(powershellQuote(path))),
             sh(QStringLiteral("grep -nE 'credsStore|credHelpers' %1").arg(bashQuote(path)))});
    addStep(c, Rules::tr("Install or repair the program %1 (it comes with Docker Desktop), or remove the \"credsStore\" line from the file so Docker saves credentials in the file itself; then sign in again.")
                   .arg(ctx.facts.helperProgram.isEmpty() ? QStringLiteral("docker-credential-*") : ctx.facts.helperProgram));
    addStep(c, Rules::tr("On Windows, \"The stub received bad data\" means the registry token is too long for Windows Credential Manager: removing \"credsStore\" is the known fix."));
    return c;
}

std::optional<Cause> azNotLoggedIn(const CheckContext &ctx, const Values &v)
{
    if (!failed(ctx, "azure-cli"))
        return {};
    Cause c = makeCause(QStringLiteral("az-not-logged-in"));
    cite(c, ctx, QStringLiteral("azure-cli"));
    if (!ctx.facts.azInstalled)
        addStep(c, Rules::tr("Install the Azure CLI:"), {ps(QStringLiteral("winget install --exact --id Microsoft.AzureCLI")),
                                                 sh(QStringLiteral("brew install azure-cli"))});
    addStep(c, Rules::tr("Sign in to Azure, then to the registry:"),
            {ps(QStringLiteral("az login; az acr login --name %1").arg(powershellQuote(v.acrName))),
             sh(QStringLiteral("az login && az acr login --name %1").arg(bashQuote(v.acrName)))});
    return c;
}

std::optional<Cause> clockSkew(const CheckContext &ctx, const Values &)
{
    const bool tlsDates = failed(ctx, "tls") && ev(ctx, "tls", "dateProblem").toBool();
    if (!failed(ctx, "clock") && !tlsDates)
        return {};
    Cause c = makeCause(QStringLiteral("clock-skew"));
    cite(c, ctx, QStringLiteral("clock"));
    if (tlsDates)
        cite(c, ctx, QStringLiteral("tls"));
    addStep(c, Rules::tr("Set the clock to synchronise automatically (Windows: Settings > Time & language > Sync now; macOS: System Settings > General > Date & Time), or:"),
            {ps(QStringLiteral("w32tm /resync")), sh(QStringLiteral("sudo sntp -sS time.apple.com"))});
    addStep(c, Rules::tr("Then sign in again: tokens issued while the clock was wrong stay wrong."));
    return c;
}

} // namespace

QVector<Cause> diagnose(const CheckContext &ctx)
{
    static const Rule rules[] = {
        registryNameInvalid, dockerNotInstalled, dockerTooOld, dockerDaemon, credentialStoreFailing, azNotLoggedIn,
        proxyProblem, registryNotFound, privateEndpoint, networkUnreachable, tlsUntrusted, firewallBlocked,
        throttled, notARegistry, registryUnavailable, clockSkew, noCredentials, usernameNotRecognized,
        credentialsExpired, credentialsInvalid, notAuthorized,
    };
    const Values values = Values::from(ctx);
    QVector<Cause> causes;
    for (Rule rule : rules)
        if (auto c = rule(ctx, values))
            causes << *c;
    std::stable_sort(causes.begin(), causes.end(), [](const Cause &a, const Cause &b) {
        return a.severity == Cause::Severity::Error && b.severity != Cause::Severity::Error;
    });
    return causes;
}

} // namespace rd
