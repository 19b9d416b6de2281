#include "docker_daemon_probe.h"
#include "check_context.h"

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
        finish(ProbeStatus::Pass, msg(QT_TR_NOOP("The Docker daemon is running and answers (Docker Engine %1).")).arg(v), ev);
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

} // namespace rd
