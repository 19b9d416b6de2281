#include "rules.h"
#include "check_context.h"
#include "docker/docker_config.h"
#include "docker/docker_info.h"
#include "network/proxy_settings.h"
#include "network/proxy_url.h"
#include "docker/saved_logins.h"
#include "registry/image_name.h"
#include "time_text.h"
#include "cause_catalog.h"
#include "shell_quote.h"
#include "registry/registry_kind.h"
#include <QCoreApplication>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QUrl>
#include <QSslError>
#include <QUrl>
#include <optional>

namespace rd {

namespace {

// A remediation sentence, in the context lupdate files it under.
Message say(const char *source)
{
    return Message::translatable("rd::Rules", source);
}

// The values commands are written with, each quoted for its shell.
struct Values
{
    QString server;      // login server
    QString acrName;     // resource name (ACR) or a placeholder
    QString user;
    QString repo;
    RegistryKindInfo kind;
    RegistryClient client = RegistryClient::Docker;

    static Values from(const CheckContext &ctx)
    {
        Values v;
        v.client = ctx.options.client;
        v.kind = ctx.registryKind();
        v.server = ctx.reference.loginServer.isEmpty() ? QStringLiteral("myregistry.azurecr.io") : ctx.reference.loginServer;
        v.acrName = ctx.reference.acrName.isEmpty() ? QStringLiteral("myregistry") : ctx.reference.acrName;
        v.user = ctx.facts.used.username.isEmpty() ? ctx.options.username : ctx.facts.used.username;
        v.repo = ctx.options.repository;
        return v;
    }
};

ShellCommand ps(const QString &command) { return {QStringLiteral("powershell"), command}; }
ShellCommand sh(const QString &command) { return {QStringLiteral("bash"), command}; }
// POSIX commands that exist on one system only: systemctl is Linux's, brew and sntp macOS's.
ShellCommand linuxOnly(const QString &command) { return {QStringLiteral("bash"), command, QStringLiteral("linux")}; }
ShellCommand macOnly(const QString &command) { return {QStringLiteral("bash"), command, QStringLiteral("macos")}; }

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

// The user's own client fetching `path` (host/repository) at `reference`, a tag or (byDigest) a
// digest. Helm fetches a chart by its version.
QVector<ShellCommand> pullCommands(const Values &v, const QString &path, const QString &reference, bool byDigest = false)
{
    const QString ref = path + (byDigest ? QLatin1Char('@') : QLatin1Char(':')) + reference;
    switch (v.client) {
    case RegistryClient::Helm:
        return byDigest ? both(QStringLiteral("helm pull %1"), {QStringLiteral("oci://") + ref})
                        : both(QStringLiteral("helm pull %1 --version %2"), {QStringLiteral("oci://") + path, reference});
    case RegistryClient::Podman:
        return both(QStringLiteral("podman pull %1"), {ref});
    case RegistryClient::Docker:
        break;
    }
    return both(QStringLiteral("docker pull %1"), {ref});
}

// The user's own client pushing `image`. Helm pushes a chart archive, NAME-VERSION.tgz, to the
// repository's namespace; the chart's name becomes the repository's last part.
QVector<ShellCommand> pushCommands(const Values &v, const ImageName &image)
{
    switch (v.client) {
    case RegistryClient::Helm: {
        const QString path = image.fullyQualified.left(image.fullyQualified.size() - image.reference.size() - 1);
        const QString version = image.byDigest ? QStringLiteral("VERSION") : image.reference;
        return both(QStringLiteral("helm push %1 %2"), {path.section(QLatin1Char('/'), -1) + QLatin1Char('-') + version + QStringLiteral(".tgz"),
                                                       QStringLiteral("oci://") + path.section(QLatin1Char('/'), 0, -2)});
    }
    case RegistryClient::Podman:
        return both(QStringLiteral("podman push %1"), {image.fullyQualified});
    case RegistryClient::Docker:
        break;
    }
    return both(QStringLiteral("docker push %1"), {image.fullyQualified});
}

// The client asks for the password itself: the command a person types first, the same in every shell.
QVector<ShellCommand> dockerLoginCommands(const Values &v)
{
    const QString user = v.user.isEmpty() ? QStringLiteral("USER_NAME") : v.user;
    const QString login = registryClientLoginCommand(v.client);
    return {ps(QStringLiteral("%1 %2 --username %3").arg(login, powershellQuote(v.server), powershellQuote(user))),
            sh(QStringLiteral("%1 %2 --username %3").arg(login, bashQuote(v.server), bashQuote(user)))};
}

// The same without Docker's prompt, for scripts: the password is read without echo and piped to
// --password-stdin. The POSIX form (stty and read -r) works in zsh, macOS's shell, as in bash;
// bash's read -s does not exist in zsh.
QVector<ShellCommand> dockerLoginScriptCommands(const Values &v)
{
    const QString user = v.user.isEmpty() ? QStringLiteral("USER_NAME") : v.user;
    return {ps(QStringLiteral("$secret = Read-Host -AsSecureString 'Password'; "
                              "[System.Net.NetworkCredential]::new('', $secret).Password | %1 %2 --username %3 --password-stdin")
                   .arg(registryClientLoginCommand(v.client), powershellQuote(v.server), powershellQuote(user))),
            sh(QStringLiteral("printf 'Password: '; stty -echo; IFS= read -r REGISTRY_PASSWORD; stty echo; echo; "
                              "printf '%s' \"$REGISTRY_PASSWORD\" | %1 %2 --username %3 --password-stdin; unset REGISTRY_PASSWORD")
                   .arg(registryClientLoginCommand(v.client), bashQuote(v.server), bashQuote(user)))};
}

void addStep(Cause &c, const Message &text, const QVector<ShellCommand> &commands = {})
{
    c.remediation.append({text.render(), commands, text});
}

// Signing in again with a user name: Docker's own prompt first, the one-liner for scripts after it.
void addDockerLoginSteps(Cause &c, const Message &text, const Values &v)
{
    addStep(c, text, dockerLoginCommands(v));
    addStep(c, v.client == RegistryClient::Docker
                   ? say(QT_TRANSLATE_NOOP("rd::Rules", "In a script, or where docker login cannot ask: the same with the password typed here and passed on standard input:"))
                   : say(QT_TRANSLATE_NOOP("rd::Rules", "In a script, or where %1 cannot ask: the same with the password typed here and passed on standard input:"))
                         .arg(registryClientLoginCommand(v.client)),
            dockerLoginScriptCommands(v));
}

void addEvidence(Cause &c, const Message &m)
{
    const QString text = m.render();
    if (text.isEmpty() || c.evidence.contains(text))
        return;
    c.evidence << text;
    c.evidenceMessages << m;
}

// The probe's own observation, as evidence; empty when the probe did not run.
void cite(Cause &c, const CheckContext &ctx, ProbeId probe)
{
    const ProbeResult *r = ctx.result(probe);
    if (!r)
        return;
    // A skipped probe observed nothing: its reason ("the sign-in did not succeed") is no evidence
    // for the cause, but the probe is still what "Check again" must run once the cause is fixed.
    if (r->status != ProbeStatus::Skip)
        addEvidence(c, r->message.isEmpty() ? Message::verbatim(r->detail) : r->message);
    if (!c.probes.contains(r->id))
        c.probes << r->id;
}

// A QNetworkReply error that the proxy, not the registry, caused.
bool isProxyError(int networkErrorCode)
{
    static const QList<int> proxyErrors{QNetworkReply::ProxyConnectionRefusedError, QNetworkReply::ProxyConnectionClosedError,
                                        QNetworkReply::ProxyNotFoundError, QNetworkReply::ProxyTimeoutError,
                                        QNetworkReply::ProxyAuthenticationRequiredError};
    return proxyErrors.contains(networkErrorCode);
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


// Each service's own way to get a password that works: a fresh ECR token, gcloud's helper, the
// GitHub CLI's token. Empty for a service whose password is one the user types.
void addServiceSignIn(Cause &c, const Values &v, bool push)
{
    const QString host = QUrl(QStringLiteral("https://") + v.server).host();
    switch (v.kind.kind) {
    case RegistryKind::Ecr:
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Get a new token for the registry's region (it lasts 12 hours) and sign in with the user name AWS:")),
                both(QStringLiteral("aws ecr get-login-password --region %1 | ") + registryClientLoginCommand(v.client) + QStringLiteral(" --username AWS --password-stdin %2"),
                     {v.kind.region, v.server}));
        break;
    case RegistryKind::EcrPublic:
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Get a new token (it lasts 12 hours) and sign in with the user name AWS:")),
                both(QStringLiteral("aws ecr-public get-login-password --region us-east-1 | ") + registryClientLoginCommand(v.client) + QStringLiteral(" --username AWS --password-stdin %1"), {v.server}));
        break;
    case RegistryKind::ArtifactRegistry:
    case RegistryKind::ContainerRegistryGoogle:
        // configure-docker writes a credHelpers entry in Docker's config, which Podman and Helm read too.
        addStep(c, v.client == RegistryClient::Docker
                       ? say(QT_TRANSLATE_NOOP("rd::Rules", "Let Docker use your gcloud sign-in for exactly this host:"))
                       : say(QT_TRANSLATE_NOOP("rd::Rules", "Let %1 use your gcloud sign-in for exactly this host (gcloud writes it to Docker's config, which %1 reads too):"))
                             .arg(registryClientTitle(v.client)),
                both(QStringLiteral("gcloud auth configure-docker %1"), {host}));
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Or sign in with an access token, valid for one hour:")),
                both(QStringLiteral("gcloud auth print-access-token | ") + registryClientLoginCommand(v.client) + QStringLiteral(" --username oauth2accesstoken --password-stdin %1"), {v.server}));
        break;
    case RegistryKind::Ghcr:
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Give the GitHub CLI's token the packages scope, then sign in with it:")),
                both(QStringLiteral("gh auth refresh --scopes %1"), {push ? QStringLiteral("write:packages") : QStringLiteral("read:packages")})
                    + both(QStringLiteral("gh auth token | ") + registryClientLoginCommand(v.client) + QStringLiteral(" ghcr.io --username %1 --password-stdin"),
                           {v.user.isEmpty() ? QStringLiteral("GITHUB_LOGIN") : v.user}));
        break;
    case RegistryKind::Generic:
    case RegistryKind::Acr:
    case RegistryKind::DockerHub:
    case RegistryKind::Harbor:
    case RegistryKind::Quay:
    case RegistryKind::GitLab:
    case RegistryKind::Count:
        break;
    }
}

// Services whose password is a token their own tool makes: typing a password again does not help.
bool passwordIsMadeByTool(const Values &v)
{
    switch (v.kind.kind) {
    case RegistryKind::Ecr:
    case RegistryKind::EcrPublic:
    case RegistryKind::ArtifactRegistry:
    case RegistryKind::ContainerRegistryGoogle:
        return true;
    default:
        return false;
    }
}

// What the service's own tools show about the rights, and how the owner grants them.
void addServiceRights(Cause &c, const Values &v, bool push)
{
    switch (v.kind.kind) {
    case RegistryKind::Ecr:
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "See which AWS identity your AWS CLI signs in as; the registry's owner allows it in an IAM policy or in the repository's policy:")),
                both(QStringLiteral("aws sts get-caller-identity")));
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Read the repository's policy (needs the right to read it):")),
                both(QStringLiteral("aws ecr get-repository-policy --repository-name %1 --region %2"),
                     {v.repo.isEmpty() ? QStringLiteral("REPOSITORY") : v.repo, v.kind.region}));
        break;
    case RegistryKind::ArtifactRegistry: {
        // Artifact Registry image names are PROJECT/REPOSITORY/IMAGE.
        const QStringList parts = v.repo.split(QLatin1Char('/'));
        const QString project = parts.size() >= 3 ? parts.at(0) : QStringLiteral("PROJECT");
        const QString repository = parts.size() >= 3 ? parts.at(1) : QStringLiteral("REPOSITORY");
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Ask the repository's owner to give your account the role (a service account is written serviceAccount:NAME@PROJECT.iam.gserviceaccount.com):")),
                both(QStringLiteral("gcloud artifacts repositories add-iam-policy-binding %1 --project=%2 --location=%3 --member=%4 --role=%5"),
                     {repository, project, v.kind.region, QStringLiteral("user:EMAIL"),
                      push ? QStringLiteral("roles/artifactregistry.writer") : QStringLiteral("roles/artifactregistry.reader")}));
        break;
    }
    case RegistryKind::Ghcr:
        addServiceSignIn(c, v, push);
        break;
    case RegistryKind::ContainerRegistryGoogle:
    case RegistryKind::EcrPublic:
    case RegistryKind::DockerHub:
    case RegistryKind::Harbor:
    case RegistryKind::Quay:
    case RegistryKind::GitLab:
    case RegistryKind::Generic:
    case RegistryKind::Acr:
    case RegistryKind::Count:
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Ask the repository's owner to give your account access, then sign in again.")));
        break;
    }
}

// An e-mail address (name@domain.tld), where most registries want a login name.
bool looksLikeEmail(const QString &user)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(user).hasMatch();
}

// Registries whose user name is never an e-mail address (Harbor, GitLab and other registries
// may take one, through their directory or single sign-on).
bool emailNeverTheUserName(RegistryKind kind)
{
    switch (kind) {
    case RegistryKind::Acr:
    case RegistryKind::DockerHub:
    case RegistryKind::Ghcr:
    case RegistryKind::Ecr:
    case RegistryKind::EcrPublic:
    case RegistryKind::ArtifactRegistry:
    case RegistryKind::ContainerRegistryGoogle:
    case RegistryKind::Quay:
        return true;
    case RegistryKind::Generic:
    case RegistryKind::Harbor:
    case RegistryKind::GitLab:
    case RegistryKind::Count:
        break;
    }
    return false;
}

// The e-mail address is the reason the registry refused: it never takes one as user name.
// (ACR's "Application not registered with AAD" is username-not-recognized.)
bool emailRefused(const CheckContext &ctx, const Values &v)
{
    return ctx.failed(ProbeId::Credentials) && ctx.facts.loginFailure == LoginFailure::Rejected && looksLikeEmail(v.user)
           && emailNeverTheUserName(v.kind.kind);
}

// Logins Docker saved for other addresses of the same service, where each address needs its own:
// another ECR account or region, another Artifact Registry or GCR host.
QStringList neighbouringLogins(const CheckContext &ctx, const Values &v)
{
    switch (v.kind.kind) {
    case RegistryKind::Ecr:
    case RegistryKind::ArtifactRegistry:
    case RegistryKind::ContainerRegistryGoogle:
        break;
    default:
        return {};
    }
    if (!ctx.failed(ProbeId::Credentials) || ctx.facts.used.source != CredentialFacts::Source::None)
        return {};
    QStringList out;
    for (const QString &server : savedLoginServers(ctx.facts.dockerConfig)) {
        const RegistryKind kind = registryKindFromHost(parseRegistryReference(server).host).kind;
        const bool google = kind == RegistryKind::ArtifactRegistry || kind == RegistryKind::ContainerRegistryGoogle;
        const bool sameService = kind == v.kind.kind || (google && v.kind.kind != RegistryKind::Ecr);
        if (sameService && server != ctx.reference.loginServer)
            out << server;
    }
    return out;
}

std::optional<Cause> dockerNotInstalled(const CheckContext &ctx, const Values &)
{
    // A Podman or Helm user needs no Docker.
    if (!ctx.failed(ProbeId::DockerClient) || ctx.facts.dockerInstalled || ctx.options.client != RegistryClient::Docker)
        return {};
    Cause c = makeCause(CauseId::DockerNotInstalled);
    cite(c, ctx, ProbeId::DockerClient);
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Install Docker Desktop (Windows and macOS) from docker.com, or Docker Engine from your Linux distribution, then open a new terminal.")),
            {ps(QStringLiteral("winget install --exact --id Docker.DockerDesktop")), macOnly(QStringLiteral("brew install --cask docker"))});
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Check that the command is found:")), both(QStringLiteral("docker --version")));
    return c;
}

std::optional<Cause> dockerTooOld(const CheckContext &ctx, const Values &)
{
    if (!ctx.facts.dockerInstalled || !ctx.facts.docker.clientParsed || ctx.facts.docker.podman
        || ctx.facts.docker.clientVersion >= QVersionNumber(18, 3))
        return {};
    Cause c = makeCause(CauseId::DockerTooOld);
    cite(c, ctx, ProbeId::DockerClient);
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Update Docker Desktop (or Docker Engine) to a current version, then check the version again:")),
            both(QStringLiteral("docker version --format '{{.Client.Version}}'")));
    return c;
}

std::optional<Cause> podmanInsteadOfDocker(const CheckContext &ctx, const Values &v)
{
    if (!ctx.facts.dockerInstalled || !ctx.facts.docker.podman)
        return {};
    Cause c = makeCause(CauseId::PodmanInsteadOfDocker);
    cite(c, ctx, ProbeId::DockerClient);
    c.remediation = catalogRemediation(CauseId::PodmanInsteadOfDocker, v.server);
    return c;
}

std::optional<Cause> dockerDaemon(const CheckContext &ctx, const Values &)
{
    if (!ctx.failed(ProbeId::DockerDaemon))
        return {};
    Cause c = makeCause(CauseId::DockerDaemonNotRunning);
    cite(c, ctx, ProbeId::DockerDaemon);
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Start Docker Desktop (Windows, macOS) and wait until it says it is running; on Linux start the docker service.")),
            {ps(QStringLiteral("Start-Process 'Docker Desktop'")), macOnly(QStringLiteral("open -a Docker")),
             linuxOnly(QStringLiteral("sudo systemctl start docker"))});
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Check that the engine answers (the Server section must appear without an error):")), both(QStringLiteral("docker version")));
    return c;
}

// Docker Desktop's engine sends everything through its own forwarding proxy
// (http.docker.internal:3128), which applies Desktop's proxy settings or the system's: its value
// says nothing about which proxy is used in the end.
bool desktopForwardingProxy(const QString &value)
{
    return parseProxyUrl(value).host.endsWith(QLatin1String(".docker.internal"));
}

std::optional<Cause> daemonProxyDiffers(const CheckContext &ctx, const Values &v)
{
    const DockerEngineInfo &e = ctx.facts.engine;
    if (!ctx.facts.engineRead || ctx.options.client != RegistryClient::Docker || !ctx.has(ProbeId::Proxy) || ctx.reference.host.isEmpty()
        || desktopForwardingProxy(e.httpsProxy))
        return {};
    const ProxyDecision engine = decideProxyFrom(e.httpsProxy, e.noProxy, QStringLiteral("docker info"), ctx.reference.host, quint16(ctx.reference.port));
    const bool checkProxied = viaProxy(ctx);
    const QString checkProxy = checkProxied ? QStringLiteral("%1:%2").arg(ctx.facts.proxy->hostName()).arg(ctx.facts.proxy->port()) : QString();
    const QString engineProxy = engine.useProxy ? QStringLiteral("%1:%2").arg(engine.proxy.hostName()).arg(engine.proxy.port()) : QString();
    if (checkProxy.compare(engineProxy, Qt::CaseInsensitive) == 0 && !engine.invalidProxyValue)
        return {};
    Cause c = makeCause(CauseId::DaemonProxyDiffers);
    if (engine.useProxy)
        addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "The Docker engine connects to %1 through the proxy %2 (its own HTTPS proxy setting).")).arg(v.server, engine.proxyUrlForDisplay));
    else if (engine.invalidProxyValue)
        addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "The Docker engine's HTTPS proxy setting is not a valid proxy address.")));
    else if (engine.exemptedByNoProxy)
        addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "The Docker engine connects to %1 directly: its No Proxy setting (%2) exempts it.")).arg(v.server, e.noProxy));
    else
        addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "The Docker engine connects to %1 directly: it has no HTTPS proxy setting.")).arg(v.server));
    if (checkProxied)
        addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "This check, like the docker command in your terminal, went through the proxy %1 (from %2).")).arg(checkProxy, ctx.facts.proxySource));
    else
        addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "This check, like the docker command in your terminal, connected directly.")));
    c.probes << idName(ProbeId::DockerDaemon) << idName(ProbeId::Proxy);
    // The engine should use what works from here: the terminal's proxy, or none for this registry.
    QString proxy = checkProxied ? QStringLiteral("http://%1").arg(checkProxy) : (engine.useProxy ? engine.proxyUrlForDisplay : QString());
    const ProxyUrl engineUrl = parseProxyUrl(e.httpsProxy);
    if (!checkProxied && engine.useProxy && !engineUrl.username.isEmpty()) // the engine shows "xxxxx" for its proxy's sign-in
        proxy = QStringLiteral("%1://USER:PASSWORD@%2").arg(engineUrl.scheme, proxy.section(QLatin1String("://"), 1));
    QString noProxy = e.noProxy;
    if (!checkProxied && !noProxyMatches(noProxy, ctx.reference.host, quint16(ctx.reference.port)))
        noProxy = noProxy.isEmpty() ? ctx.reference.host : noProxy + QLatin1Char(',') + ctx.reference.host;
    if (e.dockerDesktop())
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "In Docker Desktop, open Settings > Resources > Proxies and set the same proxy as your terminal (or turn manual proxy configuration off to follow the system's), with %1 in the bypass list if it must be reached directly. Then select Apply & restart.")).arg(v.server));
    else {
        QString env = QStringLiteral("HTTPS_PROXY=%1").arg(proxy.isEmpty() ? QStringLiteral("http://PROXY_HOST:PORT") : proxy);
        if (!noProxy.isEmpty())
            env += QStringLiteral("\" \"NO_PROXY=%1").arg(noProxy);
        const QString line = QStringLiteral("Environment=\"%1\"").arg(env);
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Docker Engine on Linux: give the docker service the same proxy in a systemd drop-in (or in /etc/docker/daemon.json under \"proxies\", Docker 23 and later), then restart it:")),
                {linuxOnly(QStringLiteral("sudo mkdir -p /etc/systemd/system/docker.service.d && printf '%s\\n' '[Service]' %1 | sudo tee /etc/systemd/system/docker.service.d/http-proxy.conf && sudo systemctl daemon-reload && sudo systemctl restart docker")
                               .arg(bashQuote(line)))});
    }
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Check what the engine uses now:")),
            both(QStringLiteral("docker info --format 'HTTPS proxy: {{.HTTPSProxy}}  No proxy: {{.NoProxy}}'")));
    return c;
}

std::optional<Cause> engineElsewhere(const CheckContext &ctx, const Values &v)
{
    const DockerEngineInfo &e = ctx.facts.engine;
    const DockerEndpoint &endpoint = ctx.facts.engineEndpoint;
    if (!ctx.facts.engineRead || ctx.options.client != RegistryClient::Docker)
        return {};
    // Docker Desktop's VM and WSL 2 share this computer's network; they matter when the finding
    // rests on something of this computer's own: a failure on the way, its proxy, its trust.
    const bool localViewMatters = ctx.failed(ProbeId::Dns) || ctx.failed(ProbeId::Tcp) || ctx.failed(ProbeId::Tls) || viaProxy(ctx)
                                  || !ctx.facts.clientAuthorities.isEmpty() || ctx.facts.dnsPrivateAddress;
    if (!endpoint.remote && !localViewMatters)
        return {};
    Cause c = makeCause(CauseId::EngineElsewhere);
    if (endpoint.remote)
        addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "The docker command sends its commands to %1 (from %2): the engine %3 runs on another machine.")).arg(endpoint.host, endpoint.source, e.name));
    else if (e.dockerDesktop())
        addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "The engine runs in Docker Desktop's virtual machine (kernel %1).")).arg(e.kernelVersion));
    else if (e.wsl2())
        addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "The engine runs in WSL 2 (%1, kernel %2).")).arg(e.operatingSystem, e.kernelVersion));
    else
        return {};
    c.probes << idName(ProbeId::DockerDaemon);
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "See which engine the docker command uses, and where it runs:")),
            both(QStringLiteral("docker context ls; docker info --format '{{.Name}}: {{.OperatingSystem}}, kernel {{.KernelVersion}}'")));
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Test from the engine's side: a pull runs there, with its DNS, certificates and proxy.")),
            both(QStringLiteral("docker pull %1"), {v.repo.isEmpty() ? v.server + QStringLiteral("/REPOSITORY:TAG") : imageName(ctx.reference, v.repo).fullyQualified}));
    return c;
}

// The engine trusts the registry through a certs.d folder, but builds run in a buildx builder of
// its own (docker-container, kubernetes, remote), which that folder does not reach.
std::optional<Cause> buildkitCaNotTrusted(const CheckContext &ctx, const Values &v)
{
    const BuildxBuilder &b = ctx.facts.buildx;
    if (!ctx.facts.engineRead || ctx.options.client != RegistryClient::Docker || ctx.facts.clientAuthorities.isEmpty()
        || !b.ownTrustStore() || b.configures(v.server))
        return {};
    Cause c = makeCause(CauseId::BuildkitCaNotTrusted);
    addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "docker buildx builds with the builder \"%1\" (driver %2, chosen with %3). BuildKit runs there with its own list of trusted certificate authorities, not the engine's.")).arg(b.name, b.driver, b.source));
    addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Docker trusts %1 only through its certs.d folder, and the builder's configuration gives no certificate authority for %1: a docker pull works, a build that pulls from or pushes to %1 fails.")).arg(v.server));
    c.probes << idName(ProbeId::DockerDaemon) << idName(ProbeId::Tls);
    c.remediation = catalogRemediation(CauseId::BuildkitCaNotTrusted, v.server);
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
    Cause c = makeCause(CauseId::RegistryNameInvalid);
    c.severity = blocking ? Cause::Severity::Error : Cause::Severity::Warning;
    c.probes << idName(ProbeId::RegistryName);
    addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "You typed \"%1\".")).arg(ref.input));
    for (const ReferenceFinding &f : mistakes)
        addEvidence(c, f.text);
    if (ref.isUsable()) {
        addStep(c, v.client == RegistryClient::Docker
                       ? say(QT_TRANSLATE_NOOP("rd::Rules", "Sign in with Docker using exactly this login server:"))
                       : say(QT_TRANSLATE_NOOP("rd::Rules", "Sign in with %1 using exactly this login server:")).arg(registryClientTitle(v.client)),
                both(registryClientLoginCommand(v.client) + QStringLiteral(" %1"), {v.server}));
        if (ref.kind == RegistryReference::Kind::Acr)
            addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "With the Azure CLI, give only the registry name:")), both(QStringLiteral("az acr login --name %1"), {v.acrName}));
        if (!v.repo.isEmpty())
            addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Write image names with the same lowercase login server:")),
                    pullCommands(v, v.server + QLatin1Char('/') + v.repo, QStringLiteral("latest")));
    } else {
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Copy the login server from the registry's Overview page in the Azure portal, or list your registries:")),
                both(QStringLiteral("az acr list --query \"[].loginServer\" --output tsv")));
    }
    return c;
}

std::optional<Cause> registryNotFound(const CheckContext &ctx, const Values &v)
{
    if (!ctx.failed(ProbeId::Dns) || !ctx.facts.dnsNotFound)
        return {};
    Cause c = makeCause(CauseId::RegistryNotFound);
    cite(c, ctx, ProbeId::Dns);
    if (ctx.reference.kind == RegistryReference::Kind::Acr)
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Check the registry's name and that it exists in your subscription:")),
                both(QStringLiteral("az acr show --name %1 --query loginServer --output tsv"), {v.acrName}));
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Look the name up yourself; \"Non-existent domain\" or NXDOMAIN confirms the name is wrong:")),
            both(QStringLiteral("nslookup %1"), {v.server}));
    return c;
}

std::optional<Cause> privateEndpoint(const CheckContext &ctx, const Values &v)
{
    const bool privateDns = ctx.facts.dnsPrivateLink || ctx.facts.dnsPrivateAddress;
    if (!privateDns || ctx.facts.tcpConnected || !ctx.result(ProbeId::Tcp))
        return {};
    Cause c = makeCause(CauseId::PrivateEndpointDns);
    cite(c, ctx, ProbeId::Dns);
    cite(c, ctx, ProbeId::Tcp);
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Connect to your company network or VPN that reaches the registry's virtual network, then try again.")));
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Compare the address the name resolves to on your computer with the one your administrator expects:")),
            both(QStringLiteral("nslookup %1"), {v.server}));
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "If you should reach it from the internet, ask the registry owner to allow public access for your network:")),
            both(QStringLiteral("az acr show --name %1 --query publicNetworkAccess --output tsv"), {v.acrName}));
    return c;
}

std::optional<Cause> proxyProblem(const CheckContext &ctx, const Values &v)
{
    const ProbeResult *proxy = ctx.result(ProbeId::Proxy);
    if (!proxy)
        return {};
    const bool badValue = proxy->status == ProbeStatus::Fail;
    const bool unreachableProxy = viaProxy(ctx) && ctx.failed(ProbeId::Tcp);
    const bool answerError = isProxyError(ctx.facts.ping.networkErrorCode) || isProxyError(ctx.facts.login.networkErrorCode)
                             || (viaProxy(ctx) && ctx.facts.tlsHandshakeFailed);
    if (!badValue && !unreachableProxy && !answerError)
        return {};
    Cause c = makeCause(CauseId::ProxyProblem);
    cite(c, ctx, ProbeId::Proxy);
    cite(c, ctx, ProbeId::Tcp);
    cite(c, ctx, ProbeId::Tls);
    cite(c, ctx, ProbeId::Challenge);
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "See which proxy settings are in effect in your terminal:")),
            {ps(QStringLiteral("Get-ChildItem Env: | Where-Object Name -Match 'proxy'")), sh(QStringLiteral("env | grep -i proxy"))});
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Ask your IT department for the right proxy address, or let the registry bypass the proxy:")),
            // Added to what NO_PROXY already holds (other internal hosts), never replacing it.
            {ps(QStringLiteral("$env:NO_PROXY = (@($env:NO_PROXY, %1) | Where-Object { $_ }) -join ','").arg(powershellQuote(v.server))),
             sh(QStringLiteral("export NO_PROXY=\"${NO_PROXY:+$NO_PROXY,}\"%1").arg(bashQuote(v.server)))});
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Docker Desktop has its own proxy settings (Settings > Resources > Proxies); the Docker engine on Linux reads them from its service configuration.")));
    return c;
}

std::optional<Cause> networkUnreachable(const CheckContext &ctx, const Values &v)
{
    // The connection refused or dropped, or opened and then the secure handshake was stopped
    // (never answered, a fatal alert, closed): a firewall that filters by name does the latter.
    const bool handshakeStopped = ctx.facts.tcpConnected && ctx.failed(ProbeId::Tls) && ctx.facts.tlsHandshakeFailed;
    if ((!ctx.failed(ProbeId::Tcp) && !handshakeStopped) || viaProxy(ctx))
        return {};
    if (ctx.facts.dnsPrivateLink || ctx.facts.dnsPrivateAddress)
        return {}; // private-endpoint-dns explains it
    if (ctx.facts.tlsAnsweredByHttp)
        return {}; // plain-http-registry explains it
    Cause c = makeCause(CauseId::NetworkUnreachable);
    cite(c, ctx, ProbeId::Tcp);
    if (handshakeStopped)
        cite(c, ctx, ProbeId::Tls);
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Test the connection to port 443 yourself:")),
            {ps(QStringLiteral("Test-NetConnection %1 -Port 443").arg(powershellQuote(v.server))),
             sh(QStringLiteral("curl -sS -o /dev/null -w '%{http_code}\\n' https://%1/v2/").arg(bashQuote(v.server)))});
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "If it fails, ask your network administrator to allow outgoing HTTPS (port 443) to the registry and its data endpoints (*.azurecr.io, *.blob.core.windows.net).")));
    return c;
}

std::optional<Cause> ipv6Unreachable(const CheckContext &ctx, const Values &v)
{
    if (!ctx.facts.ipv6Unreachable)
        return {};
    Cause c = makeCause(CauseId::Ipv6Unreachable);
    cite(c, ctx, ProbeId::Tcp);
    c.remediation = catalogRemediation(CauseId::Ipv6Unreachable, v.server);
    // The addresses this check tried, in place of the placeholders.
    for (ShellCommand &command : c.remediation.first().commands)
        if (command.shell == QLatin1String("powershell"))
            command.command.replace(QLatin1String("IPV6_ADDRESS"), ctx.facts.ipv6Address).replace(QLatin1String("IPV4_ADDRESS"), ctx.facts.ipv4Address);
    return c;
}

// The chosen client is Docker, and its engine skips TLS verification for this registry (an insecure
// registry by name or by address): Docker connects where this check's verification failed.
bool dockerSkipsTls(const CheckContext &ctx)
{
    return ctx.options.client == RegistryClient::Docker && ctx.facts.engineRead
           && ctx.facts.engine.skipsTls(ctx.reference.loginServer, ctx.facts.addresses);
}

std::optional<Cause> dockerInsecureRegistry(const CheckContext &ctx, const Values &v)
{
    const bool tlsRefused = ctx.failed(ProbeId::Tls)
                            && (ctx.facts.tlsUntrustedIssuer || ctx.facts.tlsHostNameMismatch || ctx.facts.tlsDateProblem || ctx.facts.tlsAnsweredByHttp);
    if (!tlsRefused || !dockerSkipsTls(ctx))
        return {};
    Cause c = makeCause(CauseId::DockerInsecureRegistry);
    cite(c, ctx, ProbeId::Tls);
    const DockerEngineInfo &e = ctx.facts.engine;
    const bool byName = e.insecureRegistries.contains(ctx.reference.loginServer, Qt::CaseInsensitive);
    if (byName)
        addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "The Docker engine lists %1 among its insecure registries, so docker login, pull and push connect to it without checking the certificate.")).arg(v.server));
    else
        addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "The Docker engine treats the addresses in %1 as insecure registries, and %2 is among them, so docker login, pull and push connect to it without checking the certificate.")).arg(e.insecureCidrs).arg(v.server));
    addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "The sign-in was not tested here: this check verifies certificates, as Podman, Skopeo, Helm and the Azure CLI do.")));
    c.probes << idName(ProbeId::DockerDaemon);
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Best: have the registry use a certificate that Docker can verify, and give Docker its certificate authority in /etc/docker/certs.d/%1/ca.crt (on Docker Desktop, ~/.docker/certs.d/%1/ca.crt) instead of listing it as insecure.")).arg(v.server));
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "See the engine's insecure registries (Docker Desktop: Settings > Docker Engine; Linux: \"insecure-registries\" in /etc/docker/daemon.json):")),
            both(QStringLiteral("docker info --format '{{json .RegistryConfig}}'")));
    return c;
}

std::optional<Cause> tlsUntrusted(const CheckContext &ctx, const Values &v)
{
    if (!ctx.failed(ProbeId::Tls) || ctx.facts.tlsHandshakeFailed || dockerSkipsTls(ctx))
        return {};
    if (!ctx.facts.tlsUntrustedIssuer && !ctx.facts.tlsHostNameMismatch)
        return {};
    Cause c = makeCause(CauseId::TlsUntrustedCertificate);
    cite(c, ctx, ProbeId::Tls);
    if (ctx.facts.tlsHostNameMismatch && ctx.reference.host.contains(QLatin1String(".privatelink.")))
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Use the registry's normal name; its private link name does not match the certificate:")),
                both(registryClientLoginCommand(v.client) + QStringLiteral(" %1"), {ctx.reference.acrName + ctx.reference.cloudSuffix}));
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Ask your IT department to exclude *.azurecr.io from TLS inspection, or to install the inspecting certificate authority in this computer's trusted store (Docker Desktop uses the system store).")));
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "See which certificate the connection presents:")),
            {ps(QStringLiteral("curl.exe -sv https://%1/v2/ 2>&1 | Select-String 'issuer'").arg(v.server)),
             sh(QStringLiteral("openssl s_client -connect %1:443 -servername %2 </dev/null 2>/dev/null | openssl x509 -noout -issuer")
                    .arg(bashQuote(ctx.reference.host), bashQuote(ctx.reference.host)))});
    return c;
}

std::optional<Cause> firewallBlocked(const CheckContext &ctx, const Values &v)
{
    if (ctx.facts.ping.status != 403 && ctx.facts.login.status != 403)
        return {};
    // A sign-in refused because its token expired (Amazon ECR's 403 DENIED) is not the network.
    if (ctx.facts.ping.status != 403 && ctx.facts.loginFailure == LoginFailure::Expired)
        return {};
    const HttpAnswer &a = ctx.facts.ping.status == 403 ? ctx.facts.ping : ctx.facts.login;
    if (a.body.firstCode() != QLatin1String("DENIED") && a.body.blockedClientIp().isEmpty() && ctx.facts.ping.status != 403)
        return {};
    // Other services' token services refuse an identity's rights with 403 DENIED (GHCR's "denied"
    // for a token without read:packages): the network is to blame only when the answer names it.
    if (ctx.facts.ping.status != 403 && a.body.blockedClientIp().isEmpty()
        && v.kind.kind != RegistryKind::Acr && v.kind.kind != RegistryKind::Generic)
        return {};
    Cause c = makeCause(CauseId::FirewallBlocked);
    cite(c, ctx, ProbeId::Challenge);
    const QString ip = a.body.blockedClientIp();
    addStep(c, ip.isEmpty() ? say(QT_TRANSLATE_NOOP("rd::Rules", "Ask the registry owner to allow your network's public IP address in the registry's Networking settings."))
                            : say(QT_TRANSLATE_NOOP("rd::Rules", "Ask the registry owner to allow your public IP address %1 in the registry's Networking settings:")).arg(ip),
            ip.isEmpty() ? QVector<ShellCommand>()
                         : both(QStringLiteral("az acr network-rule add --name %1 --ip-address %2"), {v.acrName, ip}));
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Or connect through the network the registry already allows (office network, VPN).")));
    return c;
}

std::optional<Cause> throttled(const CheckContext &ctx, const Values &v)
{
    // Docker Hub answers a manifest's HEAD (not counted as a pull) with what is left: none left means
    // the pull itself gets 429.
    const HttpAnswer &manifest = ctx.facts.manifest;
    const bool noPullsLeft = manifest.rateLimit && manifest.rateLimit->remaining == 0 && ctx.options.action != QLatin1String("push");
    if (ctx.facts.ping.status != 429 && ctx.facts.login.status != 429 && manifest.status != 429 && !noPullsLeft)
        return {};
    Cause c = makeCause(CauseId::Throttled);
    cite(c, ctx, ProbeId::Challenge);
    cite(c, ctx, ProbeId::Credentials);
    if (manifest.status == 429 || noPullsLeft)
        cite(c, ctx, ProbeId::Manifest);
    const HttpAnswer &refused = ctx.facts.ping.status == 429 ? ctx.facts.ping : ctx.facts.login.status == 429 ? ctx.facts.login : manifest;
    const QString wait = ctx.facts.ping.retryAfter.isEmpty() ? ctx.facts.login.retryAfter : ctx.facts.ping.retryAfter;
    if (const std::optional<RateLimit> &limit = refused.rateLimit) {
        // Docker Hub's headers: pulls allowed and left in its window.
        addEvidence(c, limit->windowSeconds > 0
                           ? say(QT_TRANSLATE_NOOP("rd::Rules", "Pull limit: %1 per %2; left: %3.")).arg(limit->limit).duration(limit->windowSeconds).arg(limit->remaining)
                           : say(QT_TRANSLATE_NOOP("rd::Rules", "Pull limit: %1; left: %2.")).arg(limit->limit, limit->remaining));
    }
    if (!wait.isEmpty())
        addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "It accepts requests again at %1.")).arg(refused.serverDate.isValid() ? refused.serverDate.addSecs(wait.toLongLong())
                                                                                                                               : QDateTime::currentDateTimeUtc().addSecs(wait.toLongLong())));
    if (wait.isEmpty() && refused.rateLimit && refused.rateLimit->windowSeconds > 0)
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "The limit counts the pulls of the last %1: pulls are possible again as the older ones leave that window.")).duration(refused.rateLimit->windowSeconds));
    else
        addStep(c, wait.isEmpty() ? say(QT_TRANSLATE_NOOP("rd::Rules", "Wait a minute, then try again.")) : say(QT_TRANSLATE_NOOP("rd::Rules", "Wait %1 seconds, as the registry asks, then try again.")).arg(wait));
    if (v.kind.kind == RegistryKind::DockerHub && ctx.facts.used.source == CredentialFacts::Source::None)
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Sign in to Docker Hub, so that pulls count against your account's limit instead of your IP address's:")),
                dockerLoginCommands(v));
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "If it keeps happening, look for scripts or pipelines pulling in a loop; the registry's service tier sets how many requests it accepts.")));
    return c;
}

std::optional<Cause> notARegistry(const CheckContext &ctx, const Values &v)
{
    const int s = ctx.facts.ping.status;
    const bool wrongAnswer = ctx.facts.ping.answered && s != 200 && s != 401 && s != 403 && s != 429 && s < 500;
    const bool noChallenge = s == 401 && ctx.failed(ProbeId::Challenge);
    if (!wrongAnswer && !noChallenge)
        return {};
    Cause c = makeCause(CauseId::NotARegistry);
    cite(c, ctx, ProbeId::Challenge);
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Check the address. For Azure Container Registry it is the login server shown on the registry's Overview page:")),
            both(QStringLiteral("az acr show --name %1 --query loginServer --output tsv"), {v.acrName}));
    return c;
}

// The token service named in the challenge's realm is elsewhere than the registry (another host or
// port), and it could not be reached or answered as no token service does: the realm is set wrong.
// A realm on plain http is refused before any request (registry-unavailable says so).
std::optional<QUrl> misconfiguredRealm(const CheckContext &ctx)
{
    if (!ctx.failed(ProbeId::Credentials) || !ctx.facts.ping.answered)
        return {};
    QUrl realm;
    for (const AuthChallenge &c : ctx.facts.challenges)
        if (c.scheme == QLatin1String("bearer"))
            realm = QUrl(c.realm());
    if (!realm.isValid() || realm.scheme() != QLatin1String("https"))
        return {};
    if (realm.host() == ctx.reference.host && realm.port(443) == ctx.reference.port)
        return {};
    const int s = ctx.facts.login.status;
    switch (ctx.facts.loginFailure) {
    case LoginFailure::NoAnswer:
        return isProxyError(ctx.facts.login.networkErrorCode) ? std::nullopt : std::optional<QUrl>(realm);
    case LoginFailure::NoToken:
        return realm;
    case LoginFailure::Status:
        return s == 404 || s == 405 || (s >= 300 && s < 400) ? std::optional<QUrl>(realm) : std::nullopt;
    case LoginFailure::None:
    case LoginFailure::NoCredentials:
    case LoginFailure::InsecureRealm:
    case LoginFailure::TokenRefused:
    case LoginFailure::UsernameNotRecognized:
    case LoginFailure::Expired:
    case LoginFailure::Rejected:
        break;
    }
    return {};
}

std::optional<Cause> tokenServiceMisconfigured(const CheckContext &ctx, const Values &v)
{
    const std::optional<QUrl> realm = misconfiguredRealm(ctx);
    if (!realm)
        return {};
    Cause c = makeCause(CauseId::TokenServiceMisconfigured);
    cite(c, ctx, ProbeId::Challenge);
    cite(c, ctx, ProbeId::Credentials);
    const QString address = realm->toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "The registry %1 sends clients for tokens to %2.")).arg(v.server, address));
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "See what the token service answers from this computer (a token service answers 401 or 200 with JSON, not a connection error or 404):")),
            {ps(QStringLiteral("curl.exe -sS -o NUL -w '%{http_code}\n' %1").arg(powershellQuote(address))),
             sh(QStringLiteral("curl -sS -o /dev/null -w '%{http_code}\n' %1").arg(bashQuote(address)))});
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Ask the registry's administrator to fix the token realm in the registry's settings (for Distribution, auth.token.realm): it must be an https address that clients can reach, served by a running token service with a valid certificate.")));
    return c;
}

// The registry (or its token service) was reached over a trusted connection and then failed to
// give a usable answer: no answer in time, a connection cut mid-answer, no token in a 200, a
// token its own registry refuses, a redirect, or a token service named on plain http.
bool registryMisbehaves(const CheckContext &ctx)
{
    const bool noAnswer = ctx.failed(ProbeId::Challenge) && !ctx.facts.ping.answered && ctx.facts.tlsOk
                          && !isProxyError(ctx.facts.ping.networkErrorCode);
    if (noAnswer)
        return true;
    if (!ctx.failed(ProbeId::Credentials) || misconfiguredRealm(ctx))
        return false; // token-service-misconfigured says why
    const int s = ctx.facts.login.status;
    switch (ctx.facts.loginFailure) {
    case LoginFailure::NoAnswer:
        return !isProxyError(ctx.facts.login.networkErrorCode);
    case LoginFailure::NoToken:
    case LoginFailure::InsecureRealm:
    case LoginFailure::TokenRefused:
        return true;
    case LoginFailure::Status:
        return s != 401 && s != 403 && s != 429 && s < 500;
    case LoginFailure::None:
    case LoginFailure::NoCredentials:
    case LoginFailure::UsernameNotRecognized:
    case LoginFailure::Expired:
    case LoginFailure::Rejected:
        break;
    }
    return false;
}

std::optional<Cause> registryUnavailable(const CheckContext &ctx, const Values &)
{
    if (ctx.facts.ping.status < 500 && ctx.facts.login.status < 500 && !registryMisbehaves(ctx))
        return {};
    Cause c = makeCause(CauseId::RegistryUnavailable);
    cite(c, ctx, ProbeId::Challenge);
    cite(c, ctx, ProbeId::Credentials);
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Try again in a few minutes. If it persists, check Azure's service health for Container Registry in your region.")));
    return c;
}

std::optional<Cause> noCredentials(const CheckContext &ctx, const Values &v)
{
    if (!ctx.failed(ProbeId::Credentials) || ctx.facts.used.source != CredentialFacts::Source::None)
        return {};
    if (ctx.facts.helperFailed)
        return {}; // the failing store is why there is nothing: credential-store-failing says so
    if (!neighbouringLogins(ctx, v).isEmpty())
        return {}; // a login for the neighbouring address: login-host-mismatch says so
    Cause c = makeCause(CauseId::NoCredentials);
    cite(c, ctx, ProbeId::Credentials);
    cite(c, ctx, ProbeId::CredentialStore);
    // Helm stops at a registry config it cannot load, helm registry login too: that file first.
    if (ctx.options.client == RegistryClient::Helm && ctx.failed(ProbeId::DockerConfig) && !ctx.facts.dockerConfig.path.isEmpty()) {
        cite(c, ctx, ProbeId::DockerConfig);
        const QString file = ctx.facts.dockerConfig.path;
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Helm cannot load its registry config %1, and helm registry login fails on it too. Move the file aside first (or correct it):")).arg(file),
                {ps(QStringLiteral("Move-Item -LiteralPath %1 -Destination %2").arg(powershellQuote(file), powershellQuote(file + QStringLiteral(".broken")))),
                 sh(QStringLiteral("mv -- %1 %2").arg(bashQuote(file), bashQuote(file + QStringLiteral(".broken"))))});
    }
    if (ctx.reference.kind == RegistryReference::Kind::Acr)
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Sign in with your Azure account (needs the Azure CLI):")),
                {ps(QStringLiteral("az login; az acr login --name %1").arg(powershellQuote(v.acrName))),
                 sh(QStringLiteral("az login && az acr login --name %1").arg(bashQuote(v.acrName)))});
    addDockerLoginSteps(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Or sign in with a user name and password (service principal, admin account or token); the password is typed, never written in the command:")), v);
    return c;
}

std::optional<Cause> usernameNotRecognized(const CheckContext &ctx, const Values &v)
{
    if (ctx.facts.loginFailure != LoginFailure::UsernameNotRecognized)
        return {};
    Cause c = makeCause(CauseId::UsernameNotRecognized);
    cite(c, ctx, ProbeId::Credentials);
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "For a service principal, find its application (client) ID, a value like 8f3c...-....; use it as the user name:")),
            both(QStringLiteral("az ad sp list --display-name %1 --query \"[].appId\" --output tsv"), {QStringLiteral("SERVICE_PRINCIPAL_NAME")}));
    Values withId = v;
    withId.user = QStringLiteral("APPLICATION_ID");
    addDockerLoginSteps(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Then sign in again with that ID:")), withId);
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "If you ran sudo az acr login, run it without sudo: sudo does not see your own az login.")));
    return c;
}

std::optional<Cause> credentialsExpired(const CheckContext &ctx, const Values &v)
{
    if (ctx.facts.loginFailure != LoginFailure::Expired)
        return {};
    Cause c = makeCause(CauseId::CredentialsExpired);
    cite(c, ctx, ProbeId::Credentials);
    if (v.kind.kind != RegistryKind::Acr && v.kind.kind != RegistryKind::Generic) {
        addServiceSignIn(c, v, ctx.options.action == QLatin1String("push"));
        if (!passwordIsMadeByTool(v) && v.kind.kind != RegistryKind::Ghcr)
            addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Create a new token, then sign in with it; it is read from the keyboard, never written in the command:")),
                    dockerLoginCommands(v));
        return c;
    }
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Sign in again; the new sign-in lasts about three hours:")),
            {ps(QStringLiteral("az login; az acr login --name %1").arg(powershellQuote(v.acrName))),
             sh(QStringLiteral("az login && az acr login --name %1").arg(bashQuote(v.acrName)))});
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "For automation, use a service principal or a managed identity instead of a personal sign-in; if its secret expired, the owner creates a new one:")),
            both(QStringLiteral("az ad sp credential reset --id %1"), {QStringLiteral("APPLICATION_ID")}));
    return c;
}

std::optional<Cause> credentialsInvalid(const CheckContext &ctx, const Values &v)
{
    if (ctx.facts.loginFailure != LoginFailure::Rejected || emailRefused(ctx, v))
        return {};
    Cause c = makeCause(CauseId::CredentialsInvalid);
    cite(c, ctx, ProbeId::Credentials);
    if (v.kind.kind == RegistryKind::DockerHub
        && ctx.facts.login.body.firstMessage().contains(QLatin1String("personal access token"), Qt::CaseInsensitive)) {
        // Docker Hub said it: the account has two-factor authentication, so its password never works here.
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "This Docker ID has two-factor authentication on: create a personal access token in Docker Hub (Account settings, Personal access tokens), then sign in with it as the password; it is read from the keyboard, never written in the command:")),
                dockerLoginCommands(v));
        return c;
    }
    if (!passwordIsMadeByTool(v))
        addDockerLoginSteps(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Type the password again carefully (copy it without spaces); it is read from the keyboard, never written in the command:")), v);
    addServiceSignIn(c, v, ctx.options.action == QLatin1String("push"));
    if (ctx.reference.kind == RegistryReference::Kind::Acr) {
        // The values, one a line, to copy (the names "password" and "password2" help no one); the
        // user name is the registry's name. Printed in the owner's own terminal, never here.
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Admin account: the registry owner can show the current passwords:")),
                both(QStringLiteral("az acr credential show --name %1 --query \"passwords[].value\" --output tsv"), {v.acrName}));
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Service principal: the owner can create a new client secret:")),
                both(QStringLiteral("az ad sp credential reset --id %1"), {looksLikeApplicationId(v.user) ? v.user : QStringLiteral("APPLICATION_ID")}));
    }
    return c;
}

// The registry owner's command that gives the user (or a placeholder) `role` on the whole registry.
QVector<ShellCommand> roleAssignmentCommands(const Values &v, const QString &role)
{
    const QString assignee = v.user.isEmpty() || v.user == nullGuidUser() ? QStringLiteral("USER_OR_APPLICATION_ID") : v.user;
    return {ps(QStringLiteral("$registryId = az acr show --name %1 --query id --output tsv; az role assignment create --assignee %2 --role %3 --scope $registryId")
                   .arg(powershellQuote(v.acrName), powershellQuote(assignee), powershellQuote(role))),
            sh(QStringLiteral("az role assignment create --assignee %1 --role %2 --scope \"$(az acr show --name %3 --query id --output tsv)\"")
                   .arg(bashQuote(assignee), bashQuote(role), bashQuote(v.acrName)))};
}

// The layer download stopped at an image index without this computer's platform.
bool platformMissing(const CheckContext &ctx)
{
    const ProbeResult *r = ctx.result(ProbeId::LayerDownload);
    return r && r->status == ProbeStatus::Fail && r->evidence.value(QStringLiteral("platformMissing")).toBool();
}

std::optional<Cause> platformMismatch(const CheckContext &ctx, const Values &v)
{
    if (!platformMissing(ctx))
        return {};
    Cause c = makeCause(CauseId::PlatformMismatch);
    cite(c, ctx, ProbeId::LayerDownload);
    c.remediation = catalogRemediation(CauseId::PlatformMismatch, v.server);
    return c;
}

// The Azure CLI read the registry's role assignment permissions mode: ABAC repository permissions.
bool abacRegistry(const CheckContext &ctx)
{
    return ctx.facts.acrRoleAssignmentMode == QLatin1String("AbacRepositoryPermissions");
}

std::optional<Cause> notAuthorized(const CheckContext &ctx, const Values &v)
{
    if (abacRegistry(ctx))
        return {}; // acr-abac-legacy-role: AcrPull and AcrPush, this rule's advice, do not apply there
    const auto refused = [](const HttpAnswer &a) { return a.status == 401 || a.status == 403; };
    const bool permissionFail = ctx.failed(ProbeId::Permissions) || (ctx.failed(ProbeId::Manifest) && refused(ctx.facts.manifest))
                                || (ctx.failed(ProbeId::BlobUpload) && refused(ctx.facts.upload)) || (ctx.failed(ProbeId::LayerDownload) && !ctx.facts.dataBlocked && !platformMissing(ctx));
    const bool credentialsForbidden = ctx.failed(ProbeId::Credentials) && ctx.facts.login.status == 403
                                      && ctx.facts.ping.status != 403 && ctx.facts.loginFailure != LoginFailure::Expired;
    if (!permissionFail && !credentialsForbidden)
        return {};
    Cause c = makeCause(CauseId::CredentialsNotAuthorized);
    cite(c, ctx, ProbeId::Permissions);
    if (refused(ctx.facts.manifest))
        cite(c, ctx, ProbeId::Manifest);
    if (refused(ctx.facts.upload))
        cite(c, ctx, ProbeId::BlobUpload);
    cite(c, ctx, ProbeId::Credentials);
    const bool push = ctx.options.action == QLatin1String("push");
    if (v.kind.kind != RegistryKind::Acr && v.kind.kind != RegistryKind::Generic) {
        addServiceRights(c, v, push);
        return c;
    }
    const QString role = push ? QStringLiteral("AcrPush") : QStringLiteral("AcrPull");
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Ask the registry owner to give your identity the %1 role on the registry:")).arg(role),
            roleAssignmentCommands(v, role));
    if (!v.repo.isEmpty())
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "With a repository-scoped token, its scope map must allow %1 on %2."))
                       .arg(push ? QStringLiteral("content/write") : QStringLiteral("content/read"), v.repo));
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "A role assigned minutes ago can take up to about ten minutes to apply; then sign in again.")));
    return c;
}

std::optional<Cause> acrAbacLegacyRole(const CheckContext &ctx, const Values &v)
{
    if (!abacRegistry(ctx) || !ctx.passed(ProbeId::Credentials))
        return {};
    // The probe reads the mode only after a pull or push was refused.
    Cause c = makeCause(CauseId::AcrAbacLegacyRole);
    cite(c, ctx, ProbeId::Permissions);
    cite(c, ctx, ProbeId::Manifest);
    cite(c, ctx, ProbeId::BlobUpload);
    cite(c, ctx, ProbeId::AcrRoleMode);
    const bool push = ctx.options.action == QLatin1String("push");
    const QString role = push ? QStringLiteral("Container Registry Repository Writer") : QStringLiteral("Container Registry Repository Reader");
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Ask the registry owner to give your identity the %1 role on the registry (AcrPull and AcrPush give nothing in this mode):")).arg(role),
            roleAssignmentCommands(v, role));
    if (!v.repo.isEmpty())
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "To allow only the repository %1, the owner adds an ABAC condition on the repository name to that role assignment (Azure portal: Access control (IAM), Add role assignment, Conditions).")).arg(v.repo));
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "A role assigned minutes ago can take up to about ten minutes to apply; then sign in again.")));
    return c;
}

// The Azure CLI asked Microsoft Entra ID for a token during the check and was refused for want of
// multifactor authentication or by Conditional Access: az acr login fails the same way.
std::optional<Cause> mfaRequired(const CheckContext &ctx, const Values &v)
{
    if (ctx.facts.azBlockedBy.isEmpty())
        return {};
    Cause c = makeCause(CauseId::MfaRequired);
    cite(c, ctx, ProbeId::AcrRoleMode);
    c.remediation = catalogRemediation(CauseId::MfaRequired, v.server);
    return c;
}

std::optional<Cause> credentialStoreFailing(const CheckContext &ctx, const Values &v)
{
    // Docker's, Helm's and Podman's stores: Helm asks the same helpers, Podman and Skopeo a helper
    // their auth files name in credHelpers; an error stops each of them.
    if (!ctx.facts.helperFailed)
        return {};
    Cause c = makeCause(CauseId::CredentialStoreFailing);
    cite(c, ctx, ProbeId::CredentialStore);
    const Facts &f = ctx.facts;
    switch (f.storeBreakage) {
    case Facts::StoreBreakage::PassNotInitialised:
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "If you have no GPG key yet, create one (it asks for your name, e-mail address and a passphrase):")),
                {sh(QStringLiteral("gpg --full-generate-key"))});
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Set up pass with your key's ID (the long hexadecimal number that gpg --list-secret-keys shows), then sign in again:")),
                {sh(QStringLiteral("gpg --list-secret-keys --keyid-format long")), sh(QStringLiteral("pass init KEY_ID")),
                 sh(QStringLiteral("%1 %2").arg(registryClientLoginCommand(v.client), bashQuote(v.server)))});
        return c;
    case Facts::StoreBreakage::PassKeyMissing:
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Import the GPG key %1 from where it was made (gpg --export-secret-keys there, gpg --import here), or set up pass again with a key that is on this computer; logins saved with the old key are then lost:"))
                       .arg(f.passKeyIds.value(0)),
                {sh(QStringLiteral("gpg --list-secret-keys --keyid-format long")), sh(QStringLiteral("pass init KEY_ID")),
                 sh(QStringLiteral("%1 %2").arg(registryClientLoginCommand(v.client), bashQuote(v.server)))});
        return c;
    case Facts::StoreBreakage::NoDesktopSession:
        if (v.client == RegistryClient::Podman)
            break; // Podman reads no credsStore: the steps below name its credHelpers entry
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Sign in from the desktop session itself, not over SSH; or, on a server without a desktop, use pass instead (install pass and docker-credential-pass, then set \"credsStore\" to \"pass\" in %1):"))
                       .arg(f.dockerConfig.path.isEmpty() ? dockerConfigPath() : f.dockerConfig.path),
                {linuxOnly(QStringLiteral("sudo apt install pass golang-docker-credential-helpers"))});
        return c;
    case Facts::StoreBreakage::Other:
        break;
    }
    const QString path = ctx.facts.dockerConfig.path.isEmpty() ? dockerConfigPath() : ctx.facts.dockerConfig.path;
    const QString program = ctx.facts.helperProgram.isEmpty() ? QStringLiteral("docker-credential-*") : ctx.facts.helperProgram;
    const bool docker = v.client == RegistryClient::Docker;
    // Helm may have found the helper in Docker's config, after its own: the file is the one that named it.
    addStep(c, docker ? say(QT_TRANSLATE_NOOP("rd::Rules", "Find the credential store named in Docker's settings file (%1):")).arg(path)
                      : say(QT_TRANSLATE_NOOP("rd::Rules", "Find the credential store named in %1, the file %2 took it from:")).arg(path, registryClientTitle(v.client)),
            {ps(QStringLiteral("Select-String -Path %1 -Pattern 'credsStore|credHelpers'").arg(powershellQuote(path))),
             sh(QStringLiteral("grep -nE 'credsStore|credHelpers' %1").arg(bashQuote(path)))});
    if (docker) {
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Install or repair the program %1 (it comes with Docker Desktop), or remove the \"credsStore\" line from the file so Docker saves credentials in the file itself; then sign in again."))
                       .arg(program));
    } else {
        const bool credHelpers = v.client == RegistryClient::Podman || !ctx.facts.dockerConfig.credHelpers.isEmpty();
        const QString key = credHelpers ? QStringLiteral("credHelpers") : QStringLiteral("credsStore");
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Install or repair the program %1, or remove the store from \"%2\" in that file so that %3 keeps logins in a file; then sign in again with %4."))
                       .arg(program, key, registryClientTitle(v.client), registryClientLoginCommand(v.client)));
    }
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "On Windows, \"The stub received bad data\" means the registry token is too long for Windows Credential Manager: removing \"credsStore\" is the known fix.")));
    return c;
}

std::optional<Cause> azNotLoggedIn(const CheckContext &ctx, const Values &v)
{
    // "az account show" that hung or crashed (or a probe the runner stopped) leaves the sign-in
    // unknown: that is not a cause, the probe's own finding says so.
    const ProbeResult *az = ctx.result(ProbeId::AzureCli);
    if (!ctx.failed(ProbeId::AzureCli) || ctx.facts.azAnswerUnknown || (az && az->timedOut))
        return {};
    Cause c = makeCause(CauseId::AzNotLoggedIn);
    cite(c, ctx, ProbeId::AzureCli);
    if (!ctx.facts.azInstalled)
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Install the Azure CLI:")), {ps(QStringLiteral("winget install --exact --id Microsoft.AzureCLI")),
                                                 macOnly(QStringLiteral("brew install azure-cli"))});
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Sign in to Azure, then to the registry:")),
            {ps(QStringLiteral("az login; az acr login --name %1").arg(powershellQuote(v.acrName))),
             sh(QStringLiteral("az login && az acr login --name %1").arg(bashQuote(v.acrName)))});
    return c;
}

// Azure CLI 2.86.0 (release notes, May 2026): "az acr login: Support Podman". Older versions can
// only hand the token to Docker.
QVersionNumber azLoginWithPodmanSince() { return QVersionNumber(2, 86, 0); }

bool clientIsPodman(const CheckContext &ctx)
{
    return ctx.options.client == RegistryClient::Podman || ctx.facts.docker.podman;
}

// az acr login signs in through docker login, which needs a running engine (az runs `docker ps`
// first): without one, or with a client az acr login cannot use, the token must be taken by hand.
std::optional<Cause> useExposeToken(const CheckContext &ctx, const Values &v)
{
    if (ctx.options.signIn != SignInMethod::AzureCli || !ctx.facts.azInstalled)
        return {};
    const bool noEngine = ctx.failed(ProbeId::DockerDaemon) || (ctx.has(ProbeId::DockerClient) && !ctx.facts.dockerInstalled);
    const bool podmanTooOld = clientIsPodman(ctx) && (ctx.facts.azVersion.isNull() || ctx.facts.azVersion < azLoginWithPodmanSince());
    // az acr login signs in Docker (and Podman since 2.86); Helm finds that login through Docker's
    // store, so for Helm it works exactly when it works for Docker.
    if (!noEngine && !podmanTooOld)
        return {};
    Cause c = makeCause(CauseId::UseExposeToken);
    cite(c, ctx, noEngine ? (ctx.facts.dockerInstalled ? ProbeId::DockerDaemon : ProbeId::DockerClient) : ProbeId::DockerClient);
    cite(c, ctx, ProbeId::AzureCli);
    if (ctx.options.client == RegistryClient::Helm)
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Get the registry token with the Azure CLI and give it to helm registry login; the user name is always 00000000-0000-0000-0000-000000000000:")),
                both(QStringLiteral("az acr login --name %1 --expose-token --output tsv --query accessToken | "
                                    "helm registry login %2 --username 00000000-0000-0000-0000-000000000000 --password-stdin"),
                     {v.acrName, v.server}));
    else
        c.remediation = catalogRemediation(CauseId::UseExposeToken, v.server);
    return c;
}

std::optional<Cause> azCliTooOld(const CheckContext &ctx, const Values &v)
{
    if (ctx.options.signIn != SignInMethod::AzureCli || !clientIsPodman(ctx) || ctx.facts.azVersion.isNull()
        || ctx.facts.azVersion >= azLoginWithPodmanSince())
        return {};
    Cause c = makeCause(CauseId::AzCliTooOld);
    addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "The Azure CLI is version %1; az acr login signs in with Podman from version %2 on."))
                       .arg(ctx.facts.azVersion.toString(), azLoginWithPodmanSince().toString()));
    cite(c, ctx, ProbeId::AzureCli);
    c.remediation = catalogRemediation(CauseId::AzCliTooOld, v.server);
    return c;
}

// --docker-config-json: the kubelet finds no entry of the pull secret for this registry.
std::optional<Cause> imagePullSecretMissing(const CheckContext &ctx, const Values &v)
{
    if (!ctx.options.pullSecretGiven || !ctx.options.pullSecretKey.isEmpty())
        return {};
    Cause c = makeCause(CauseId::ImagePullSecretMissing);
    if (ctx.options.pullSecretKeys.isEmpty())
        addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "The pull secret holds no registry at all (its auths are empty).")));
    else
        addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "The pull secret holds credentials for %1, none for %2: Kubernetes pulls from %2 without signing in."))
                           .arg(ctx.options.pullSecretKeys, v.server));
    c.probes << idName(ProbeId::Credentials);
    c.remediation = catalogRemediation(CauseId::ImagePullSecretMissing, v.server);
    return c;
}

// --password-stdin read nothing: a pipeline's secret variable that is not set (the CLI passes it on
// instead of refusing it). Whatever the network does, there was nothing to sign in with.
std::optional<Cause> ciSecretMissing(const CheckContext &ctx, const Values &v)
{
    if (!ctx.options.passwordGiven || !ctx.options.password.isEmpty())
        return {};
    Cause c = makeCause(CauseId::CiSecretMissing);
    if (ctx.has(ProbeId::Credentials) && ctx.failed(ProbeId::Credentials))
        cite(c, ctx, ProbeId::Credentials);
    else
        addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "The password read from standard input was empty.")));
    if (c.probes.isEmpty())
        c.probes << idName(ProbeId::Credentials);
    c.remediation = catalogRemediation(CauseId::CiSecretMissing, v.server);
    return c;
}

std::optional<Cause> clockSkew(const CheckContext &ctx, const Values &)
{
    const bool tlsDates = ctx.failed(ProbeId::Tls) && ctx.facts.tlsDateProblem;
    if (!ctx.failed(ProbeId::Clock) && !tlsDates)
        return {};
    Cause c = makeCause(CauseId::ClockSkew);
    cite(c, ctx, ProbeId::Clock);
    if (tlsDates)
        cite(c, ctx, ProbeId::Tls);
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Set the clock to synchronise automatically (Windows: Settings > Time & language > Sync now; macOS: System Settings > General > Date & Time), or:")),
            {ps(QStringLiteral("w32tm /resync")), macOnly(QStringLiteral("sudo sntp -sS time.apple.com")),
             linuxOnly(QStringLiteral("sudo timedatectl set-ntp true"))});
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Then sign in again: tokens issued while the clock was wrong stay wrong.")));
    return c;
}

std::optional<Cause> wrongAzureCloud(const CheckContext &ctx, const Values &v)
{
    // What az's own profile or `az account show` said, against the registry's suffix.
    if (v.kind.kind != RegistryKind::Acr || ctx.facts.azCloud.isEmpty() || v.kind.azureCloud.isEmpty()
        || ctx.facts.azCloud.compare(v.kind.azureCloud, Qt::CaseInsensitive) == 0)
        return {};
    Cause c = makeCause(CauseId::WrongAzureCloud);
    cite(c, ctx, ProbeId::AzureCli);
    addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "The Azure CLI is signed in to %1; %2 is in %3.")).arg(ctx.facts.azCloud, v.server, v.kind.azureCloud));
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Switch the Azure CLI to the registry's cloud, sign in there, then to the registry:")),
            {ps(QStringLiteral("az cloud set --name %1; az login; az acr login --name %2").arg(powershellQuote(v.kind.azureCloud), powershellQuote(v.acrName))),
             sh(QStringLiteral("az cloud set --name %1 && az login && az acr login --name %2").arg(bashQuote(v.kind.azureCloud), bashQuote(v.acrName)))});
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "To go back to the public cloud later:")), both(QStringLiteral("az cloud set --name AzureCloud")));
    return c;
}

std::optional<Cause> loginHostMismatch(const CheckContext &ctx, const Values &v)
{
    const QStringList others = neighbouringLogins(ctx, v);
    if (others.isEmpty())
        return {};
    Cause c = makeCause(CauseId::LoginHostMismatch);
    cite(c, ctx, ProbeId::Credentials);
    cite(c, ctx, ProbeId::DockerConfig);
    addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Docker has a login for %1, but none for %2, the registry you use.")).arg(others).arg(v.server));
    addServiceSignIn(c, v, ctx.options.action == QLatin1String("push"));
    return c;
}

std::optional<Cause> emailAsUsername(const CheckContext &ctx, const Values &v)
{
    if (!emailRefused(ctx, v))
        return {};
    Cause c = makeCause(CauseId::EmailAsUsername);
    cite(c, ctx, ProbeId::Credentials);
    addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "The user name \"%1\" is an e-mail address.")).arg(v.user));
    if (passwordIsMadeByTool(v) || v.kind.kind == RegistryKind::Ghcr) {
        Values withoutEmail = v;
        withoutEmail.user.clear(); // the commands name the login as a placeholder
        addServiceSignIn(c, withoutEmail, ctx.options.action == QLatin1String("push"));
    } else {
        Values expected = v;
        expected.user = v.kind.kind == RegistryKind::Acr ? QStringLiteral("APPLICATION_ID") : QStringLiteral("USER_NAME");
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Sign in again with the user name this registry expects instead of the e-mail address:")),
                dockerLoginCommands(expected));
    }
    return c;
}


std::optional<Cause> repositoryNotFound(const CheckContext &ctx, const Values &v)
{
    if (!ctx.failed(ProbeId::Manifest) || ctx.facts.manifest.status != 404)
        return {};
    const ImageName image = imageName(ctx.reference, v.repo);
    Cause c = makeCause(CauseId::RepositoryNotFound);
    cite(c, ctx, ProbeId::Manifest);
    addEvidence(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Your client looks for %1.")).arg(image.fullyQualified));
    if (!ctx.facts.nearbyTags.isEmpty())
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "The repository exists and has these tags, among others: %1. Pull one of them:")).arg(ctx.facts.nearbyTags),
                pullCommands(v, v.server + QLatin1Char('/') + image.repository, ctx.facts.nearbyTags.first()));
    if (!ctx.facts.nearbyRepositories.isEmpty())
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "The registry has repositories with a similar name: %1. Pull with the name as it is written there:")).arg(ctx.facts.nearbyRepositories),
                pullCommands(v, v.server + QLatin1Char('/') + ctx.facts.nearbyRepositories.first(), image.reference, image.byDigest));
    if (ctx.reference.kind == RegistryReference::Kind::Acr) {
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "List the repositories in the registry, and the tags of this one:")),
                {ps(QStringLiteral("az acr repository list --name %1 --output table; az acr repository show-tags --name %1 --repository %2 --output table")
                        .arg(powershellQuote(v.acrName), powershellQuote(image.repository))),
                 sh(QStringLiteral("az acr repository list --name %1 --output table && az acr repository show-tags --name %1 --repository %2 --output table")
                        .arg(bashQuote(v.acrName), bashQuote(image.repository)))});
    } else {
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "List the tags the registry has for this repository (a 404 here means the repository itself does not exist):")),
                both(QStringLiteral("skopeo list-tags %1"), {QStringLiteral("docker://") + image.fullyQualified.section(image.byDigest ? QLatin1Char('@') : QLatin1Char(':'), 0, -2)}));
    }
    if (image.apiRepository != image.repository)
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "On Docker Hub, a name without a namespace means an official image (library/%1); your own images are named ACCOUNT/%1.")).arg(image.repository));
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "If you are the one who pushes it, push it first, under exactly this name:")),
            pushCommands(v, image));
    return c;
}

std::optional<Cause> dataEndpointBlocked(const CheckContext &ctx, const Values &v)
{
    if (!ctx.failed(ProbeId::LayerDownload) || !ctx.facts.dataBlocked)
        return {};
    const QString host = ctx.facts.dataHost;
    Cause c = makeCause(CauseId::DataEndpointBlocked);
    cite(c, ctx, ProbeId::LayerDownload);
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Ask your network administrator to allow outgoing HTTPS (port 443) to %1 in the firewall or proxy, as well as to the registry %2.")).arg(host, v.server));
    if (ctx.facts.dataNameNotFound)
        addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "The name does not resolve on this computer: check its DNS (for a private endpoint, the private DNS zone needs a record for the data endpoint too):")),
                both(QStringLiteral("nslookup %1"), {host}));
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Test the connection to the data endpoint yourself:")),
            {ps(QStringLiteral("Test-NetConnection %1 -Port 443").arg(powershellQuote(host))),
             sh(QStringLiteral("curl -sS -o /dev/null -w '%{http_code}\\n' https://%1/").arg(bashQuote(host)))});
    if (ctx.reference.kind == RegistryReference::Kind::Acr) {
        if (host.endsWith(QLatin1String(".data.azurecr.io")) || host.endsWith(QLatin1String(".data.azurecr.cn")) || host.endsWith(QLatin1String(".data.azurecr.us")))
            addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "The registry uses dedicated data endpoints; list every one the firewall must allow (one per region the registry is replicated to):")),
                    both(QStringLiteral("az acr show-endpoints --name %1 --output table"), {v.acrName}));
        else
            addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Layers come from a shared storage account. Instead of allowing all of *.blob.core.windows.net, the registry owner can turn on dedicated data endpoints, whose names the firewall can allow one by one:")),
                    both(QStringLiteral("az acr update --name %1 --data-endpoint-enabled true"), {v.acrName}));
    }
    return c;
}

std::optional<Cause> plainHttpRegistry(const CheckContext &ctx, const Values &v)
{
    if (!ctx.facts.tlsAnsweredByHttp || !ctx.failed(ProbeId::Tls) || dockerSkipsTls(ctx))
        return {}; // a warning when the client uses plain HTTP by itself (Docker on 127.0.0.0/8, or listed insecure)
    Cause c = makeCause(CauseId::PlainHttpRegistry);
    cite(c, ctx, ProbeId::Tls);
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Best: give the registry a TLS certificate for %1, so that passwords and images do not travel in clear text.")).arg(ctx.reference.host));
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Docker: add \"insecure-registries\": [\"%1\"] to the engine's settings (daemon.json: /etc/docker/daemon.json on Linux, Settings > Docker Engine in Docker Desktop), restart Docker, and check that it is listed:")).arg(v.server),
            {linuxOnly(QStringLiteral("sudo systemctl restart docker")), ps(QStringLiteral("docker info --format '{{.RegistryConfig.IndexConfigs}}'")),
             sh(QStringLiteral("docker info --format '{{.RegistryConfig.IndexConfigs}}'"))});
    addStep(c, say(QT_TRANSLATE_NOOP("rd::Rules", "Podman and Skopeo: mark it insecure in /etc/containers/registries.conf ([[registry]] with location = \"%1\" and insecure = true), or for one command:")).arg(v.server),
            both(QStringLiteral("podman login --tls-verify=false %1"), {v.server}));
    return c;
}

} // namespace

QVector<Cause> diagnose(const CheckContext &ctx)
{
    static const Rule rules[] = {
        registryNameInvalid, imagePullSecretMissing, ciSecretMissing, dockerNotInstalled, dockerTooOld, podmanInsteadOfDocker, dockerDaemon,
        daemonProxyDiffers, engineElsewhere, dockerInsecureRegistry, buildkitCaNotTrusted,
        useExposeToken, azCliTooOld, credentialStoreFailing, azNotLoggedIn, wrongAzureCloud,
        proxyProblem, registryNotFound, privateEndpoint, networkUnreachable, ipv6Unreachable, plainHttpRegistry, tlsUntrusted, firewallBlocked,
        throttled, notARegistry, tokenServiceMisconfigured, registryUnavailable, clockSkew, loginHostMismatch, noCredentials,
        usernameNotRecognized, emailAsUsername, credentialsExpired, credentialsInvalid, notAuthorized, acrAbacLegacyRole, mfaRequired, repositoryNotFound, platformMismatch,
        dataEndpointBlocked,
    };
    const Values values = Values::from(ctx);
    QVector<Cause> causes;
    for (Rule rule : rules)
        if (auto c = rule(ctx, values)) {
            // The registry service's own explanation and documentation, where the cause has them, in
            // the words of the client the check ran for.
            const Cause ofKind = makeCause(*causeIdFromName(c->id), values.kind.kind, values.client);
            c->title = ofKind.title;
            c->explanation = ofKind.explanation;
            c->links = ofKind.links;
            causes << *c;
        }
    std::stable_sort(causes.begin(), causes.end(), [](const Cause &a, const Cause &b) {
        return a.severity == Cause::Severity::Error && b.severity != Cause::Severity::Error;
    });
    return causes;
}

} // namespace rd
