#include "docker_client_probe.h"
#include "check_context.h"
#include "process_runner.h"
#include "local_probe_support.h"
#include "docker/buildx_builder.h"
#include "docker/docker_config.h"
#include "docker/docker_info.h"

namespace rd {

QString DockerClientProbe::title() const
{
    return tr("Docker client");
}

void DockerClientProbe::start(CheckContext &ctx)
{
    markStarted();
    m_ctx = &ctx;
    m_effectiveTimeoutMs = processTimeoutWithin(m_processTimeoutMs, timeoutMs(ctx));
    m_process = new ProcessRunner(this);
    m_process->setTimeoutMs(m_effectiveTimeoutMs);
    m_process->setOutputCap(256 * 1024);
    connect(m_process, &ProcessRunner::finished, this, &DockerClientProbe::onFinished);
    // What an earlier run (a recheck) read does not count for this one. `docker info` starts first:
    // the version's answer may end the probe at once (docker not found).
    ctx.facts.docker = {};
    ctx.facts.engine = {};
    ctx.facts.engineRead = false;
    ctx.facts.engineEndpoint = {};
    ctx.facts.buildx = {};
    m_infoOutcome.reset();
    m_waitingForInfo = false;
    m_info = new ProcessRunner(this);
    m_info->setTimeoutMs(m_effectiveTimeoutMs);
    m_info->setOutputCap(256 * 1024);
    connect(m_info, &ProcessRunner::finished, this, &DockerClientProbe::onInfoFinished);
    m_info->start(QStringLiteral("docker"), {QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("{{json .}}")});
    m_process->start(QStringLiteral("docker"),
                     {QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{json .}}")});
}

void DockerClientProbe::cancel()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
    }
    stopInfo();
}

void DockerClientProbe::stopInfo()
{
    if (m_info) {
        m_info->disconnect(this);
        m_info->kill();
        m_info->deleteLater();
    }
}

void DockerClientProbe::onInfoFinished(const ProcessOutcome &o)
{
    if (m_info) {
        m_info->disconnect(this);
        m_info->deleteLater();
    }
    m_infoOutcome = o;
    if (m_waitingForInfo)
        finishWithEngine(m_pendingStatus, m_pendingDetail, m_pendingEvidence);
}

void DockerClientProbe::finishWithEngine(ProbeStatus status, const Message &detail, const QVariantMap &evidence)
{
    Facts &facts = m_ctx->facts;
    if (!facts.docker.serverReachable || facts.docker.podman) {
        stopInfo(); // no Docker daemon: what `docker info` would say is not used
        finish(status, detail, evidence);
        return;
    }
    if (!m_infoOutcome) {
        m_waitingForInfo = true;
        m_pendingStatus = status;
        m_pendingDetail = detail;
        m_pendingEvidence = evidence;
        return;
    }
    m_waitingForInfo = false;
    const ProcessOutcome &o = *m_infoOutcome;
    QVariantMap ev = evidence;
    const DockerEngineInfo info = o.started && !o.timedOut && !o.crashed ? parseDockerInfo(o.out) : DockerEngineInfo{};
    if (info.parsed) {
        facts.engine = info;
        facts.engineRead = true;
        const QString context = info.context.isEmpty() ? facts.docker.context : info.context;
        facts.engineEndpoint = dockerEndpoint(context, qEnvironmentVariable("DOCKER_HOST"), dockerConfigDir());
        // Files only: what buildx would pick for a build against this engine.
        facts.buildx = currentBuildxBuilder(buildxConfigDir(dockerConfigDir()), buildxEndpointKey(context, qEnvironmentVariable("DOCKER_HOST")),
                                            qEnvironmentVariable("BUILDX_BUILDER"));
        if (facts.buildx.chosen)
            ev.insert(QStringLiteral("buildxBuilder"), QStringLiteral("%1 (%2)").arg(facts.buildx.name, facts.buildx.driver));
    } else {
        const QString err = firstPrintableLine(o.err);
        if (!err.isEmpty())
            ev.insert(QStringLiteral("infoStderr"), err);
    }
    ev.insert(QStringLiteral("engineInfo"), info.parsed);
    finish(status, detail, ev);
}

void DockerClientProbe::onFinished(const ProcessOutcome &o)
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
    }
    Facts &facts = m_ctx->facts;
    QVariantMap ev;
    ev.insert(QStringLiteral("minimumVersion"), minimumVersionText());

    if (!o.found) {
        facts.dockerInstalled = false;
        facts.dockerPath.clear();
        ev.insert(QStringLiteral("path"), QString());
        ev.insert(QStringLiteral("program"), QStringLiteral("docker"));
        ev.insert(QStringLiteral("problem"), QStringLiteral("docker-not-installed"));
        finishWithEngine(ProbeStatus::Fail,
               msg(QT_TR_NOOP("The docker command was not found on this computer (it is not on PATH). Install Docker, "
                  "or open a shell where the docker command works.")),
               ev);
        return;
    }

    facts.dockerInstalled = true;
    facts.dockerPath = o.program;
    ev.insert(QStringLiteral("path"), o.program);
    ev.insert(QStringLiteral("exitCode"), o.exitCode);
    const QString errLine = firstPrintableLine(o.err);
    if (!errLine.isEmpty())
        ev.insert(QStringLiteral("stderr"), errLine);

    if (!o.started) {
        ev.insert(QStringLiteral("problem"), QStringLiteral("docker-not-startable"));
        ev.insert(QStringLiteral("startError"), o.startError);
        finishWithEngine(ProbeStatus::Fail, msg(QT_TR_NOOP("The docker program at %1 could not be started: %2")).arg(o.program, o.startError), ev);
        return;
    }
    if (o.timedOut) {
        ev.insert(QStringLiteral("timedOut"), true);
        ev.insert(QStringLiteral("problem"), QStringLiteral("docker-not-answering"));
        finishWithEngine(ProbeStatus::Fail,
               msg(QT_TR_N_NOOP("The docker command did not answer within %n second(s) (\"docker version\" hung)."), (m_effectiveTimeoutMs + 999) / 1000),
               ev);
        return;
    }
    if (o.crashed) {
        ev.insert(QStringLiteral("crashed"), true);
        ev.insert(QStringLiteral("problem"), QStringLiteral("docker-crashed"));
        finishWithEngine(ProbeStatus::Fail, msg(QT_TR_NOOP("The docker command crashed while printing its version.")), ev);
        return;
    }

    const DockerVersionInfo info = parseDockerVersion(o.out, o.err);
    facts.docker = info;
    if (!info.context.isEmpty())
        ev.insert(QStringLiteral("context"), info.context);
    if (!info.os.isEmpty())
        ev.insert(QStringLiteral("os"), info.os);

    if (!info.clientParsed || info.clientVersion.isNull()) {
        const QString outLine = firstPrintableLine(o.out);
        if (!outLine.isEmpty())
            ev.insert(QStringLiteral("stdout"), outLine);
        ev.insert(QStringLiteral("problem"), QStringLiteral("docker-version-unreadable"));
        finishWithEngine(ProbeStatus::Warn,
               msg(QT_TR_NOOP("The docker command at %1 runs, but its version could not be read from what it printed.")).arg(o.program),
               ev);
        return;
    }

    ev.insert(QStringLiteral("clientVersion"), info.clientVersionText.isEmpty() ? info.clientVersion.toString()
                                                                                : info.clientVersionText);
    const QString versionText = info.clientVersionText.isEmpty() ? info.clientVersion.toString() : info.clientVersionText;
    if (info.podman) {
        // The version is Podman's: comparing it with Docker's would call Podman 4 "too old".
        ev.insert(QStringLiteral("podman"), true);
        ev.insert(QStringLiteral("problem"), QStringLiteral("podman-instead-of-docker"));
        finishWithEngine(ProbeStatus::Warn,
               msg(QT_TR_NOOP("The docker command at %1 is Podman %2 in Docker emulation, not Docker.")).arg(o.program, versionText),
               ev);
        return;
    }
    if (info.clientVersion < QVersionNumber(18, 3)) {
        ev.insert(QStringLiteral("problem"), QStringLiteral("docker-too-old"));
        finishWithEngine(ProbeStatus::Fail,
               msg(QT_TR_NOOP("Docker %1 is installed, which is older than %2, the oldest version that works with "
                  "this registry's login. Update Docker.")).arg(versionText, minimumVersionText()),
               ev);
        return;
    }
    finishWithEngine(ProbeStatus::Pass, msg(QT_TR_NOOP("Docker %1 is installed.")).arg(versionText), ev);
}

} // namespace rd
