#pragma once
// Is the Docker client installed, and is it new enough (18.03 or later)? Runs
// `docker version --format "{{json .}}"` once; the daemon probe reads the server part from the facts.
// `docker info --format "{{json .}}"` (the engine's own view) starts beside it, so that it costs no
// round trip of its own, and is used only when `docker version` shows a Docker daemon that
// answers; otherwise it is stopped at once.
#include "probe.h"
#include "process_runner.h"
#include <QPointer>
#include <optional>

namespace rd {


class DockerClientProbe : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;
    static QString minimumVersionText() { return QStringLiteral("18.03"); }

    ProbeId probeId() const override { return ProbeId::DockerClient; }
    QString title() const override;
    void start(CheckContext &ctx) override;
    void cancel() override;

    // How long `docker version` may take (default 8 s, never more than the probe's own limit).
    void setProcessTimeoutMs(int ms) { m_processTimeoutMs = ms; }

private:
    void onFinished(const ProcessOutcome &outcome);
    void onInfoFinished(const ProcessOutcome &outcome);
    // The version's finding waits for `docker info` when the daemon answers; any other ends it.
    void finishWithEngine(ProbeStatus status, const Message &detail, const QVariantMap &evidence);
    void stopInfo();
    CheckContext *m_ctx = nullptr;
    QPointer<ProcessRunner> m_process;
    QPointer<ProcessRunner> m_info;
    std::optional<ProcessOutcome> m_infoOutcome;
    bool m_waitingForInfo = false;
    ProbeStatus m_pendingStatus = ProbeStatus::Pass;
    Message m_pendingDetail;
    QVariantMap m_pendingEvidence;
    int m_processTimeoutMs = 8000;
    int m_effectiveTimeoutMs = 8000;
};

} // namespace rd
