#include "docker_daemon_probe.h"
#include "check_context.h"
#include "docker/docker_info.h"
#include "network/proxy_url.h"

namespace rd {

QString DockerDaemonProbe::title() const
{
    return tr("Docker daemon");
}

void DockerDaemonProbe::start(CheckContext &ctx)
{
    markStarted();
    const Facts &facts = ctx.facts;
    QVariantMap ev;

    if (!ctx.has(ProbeId::DockerClient)) {
        finish(ProbeStatus::Skip, msg(QT_TR_NOOP("The Docker client was not checked, so the daemon was not checked either.")), ev);
        return;
    }
    if (!facts.dockerInstalled) {
        finish(ProbeStatus::Skip, msg(QT_TR_NOOP("Docker is not installed, so there is no Docker daemon to check.")), ev);
        return;
    }
    const DockerVersionInfo &d = facts.docker;
    if (!d.clientParsed) {
        finish(ProbeStatus::Skip,
               msg(QT_TR_NOOP("The docker command did not say whether its daemon answers (its version output could not be read).")),
               ev);
        return;
    }
    if (d.podman) {
        finish(ProbeStatus::Skip, msg(QT_TR_NOOP("The docker command is Podman, which has no daemon to check.")), ev);
        return;
    }
    // Docker CLI 28 and later log in on the client side when the daemon is down; older clients
    // send the login through the daemon.
    const bool clientSideLogin = d.clientVersion >= QVersionNumber(28);
    ev.insert(QStringLiteral("clientVersion"), d.clientVersionText.isEmpty() ? d.clientVersion.toString() : d.clientVersionText);
    ev.insert(QStringLiteral("loginWorksWithoutDaemon"), clientSideLogin);
    if (!d.context.isEmpty())
        ev.insert(QStringLiteral("context"), d.context);

    if (d.serverReachable) {
        const QString v = d.serverVersionText.isEmpty() ? d.serverVersion.toString() : d.serverVersionText;
        ev.insert(QStringLiteral("serverVersion"), v);
        Message detail = msg(QT_TR_NOOP("The Docker daemon is running and answers (Docker Engine %1).")).arg(v);
        ev.insert(QStringLiteral("engineInfo"), facts.engineRead);
        if (facts.engineRead)
            detail.then(describeEngine(ctx, ev));
        finish(ProbeStatus::Pass, detail, ev);
        return;
    }

    ev.insert(QStringLiteral("serverError"), d.serverError);
    ev.insert(QStringLiteral("problem"), QStringLiteral("docker-daemon-down"));
    const Message said = d.serverError.isEmpty() ? msg(QT_TR_NOOP("docker reported no server")) : Message::verbatim(d.serverError);
    Message detail;
    if (clientSideLogin)
        detail = msg(QT_TR_NOOP("The Docker daemon does not answer: \"%1\". Your Docker client can still log in without it "
                    "(the login happens in the client), but pushing and pulling images need a running daemon: "
                    "start Docker Desktop or the docker service.")).arg(said);
    else
        detail = msg(QT_TR_NOOP("The Docker daemon does not answer: \"%1\". This Docker client logs in through the daemon, so "
                    "docker login, push and pull all fail until it runs: start Docker Desktop or the docker service."))
                     .arg(said);
    finish(ProbeStatus::Fail, detail, ev);
}

Message DockerDaemonProbe::describeEngine(const CheckContext &ctx, QVariantMap &ev) const
{
    const DockerEngineInfo &info = ctx.facts.engine;
    const DockerEndpoint &endpoint = ctx.facts.engineEndpoint;
    ev.insert(QStringLiteral("engineName"), info.name);
    ev.insert(QStringLiteral("engineOs"), info.operatingSystem);
    ev.insert(QStringLiteral("engineOsType"), info.osType);
    ev.insert(QStringLiteral("engineKernel"), info.kernelVersion);
    if (!info.context.isEmpty())
        ev.insert(QStringLiteral("context"), info.context);
    if (!endpoint.host.isEmpty()) {
        ev.insert(QStringLiteral("endpoint"), endpoint.host);
        ev.insert(QStringLiteral("endpointSource"), endpoint.source);
    }
    // The engine masks a proxy's password ("xxxxx"); only scheme, host and port are kept here.
    const auto shown = [](const QString &value) {
        const ProxyUrl url = parseProxyUrl(value);
        return value.isEmpty() ? QString() : url.ok ? url.display() : QStringLiteral("(invalid)");
    };
    ev.insert(QStringLiteral("engineHttpProxy"), shown(info.httpProxy));
    ev.insert(QStringLiteral("engineHttpsProxy"), shown(info.httpsProxy));
    ev.insert(QStringLiteral("engineNoProxy"), info.noProxy);
    ev.insert(QStringLiteral("insecureRegistries"), QStringList(info.insecureRegistries + info.insecureCidrs));
    ev.insert(QStringLiteral("mirrors"), info.mirrors);

    Message where;
    if (info.dockerDesktop())
        where = msg(QT_TR_NOOP("The engine runs in Docker Desktop's virtual machine (%1), not directly on this computer.")).arg(info.kernelVersion);
    else if (info.wsl2())
        where = msg(QT_TR_NOOP("The engine runs in WSL 2 (%1 on kernel %2).")).arg(info.operatingSystem, info.kernelVersion);
    else if (endpoint.remote)
        where = msg(QT_TR_NOOP("The engine runs on another machine, %1 (%2), reached through %3.")).arg(info.name, info.operatingSystem, endpoint.host);
    else
        where = msg(QT_TR_NOOP("The engine runs on %1 (%2).")).arg(info.name, info.operatingSystem);
    if (!info.mirrors.isEmpty() && ctx.registryKind().kind == RegistryKind::DockerHub)
        where.then(msg(QT_TR_NOOP("Pulls from Docker Hub try the engine's mirrors first: %1.")).arg(info.mirrors));
    return where;
}

} // namespace rd
