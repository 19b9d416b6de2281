#pragma once
// Is the Docker client installed, and is it new enough (18.03 or later)? Runs
// `docker version --format "{{json .}}"` once; the daemon probe reads the server part from the facts.
#include "probe.h"
#include <QPointer>

namespace rd {

class ProcessRunner;
struct ProcessOutcome;

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
    CheckContext *m_ctx = nullptr;
    QPointer<ProcessRunner> m_process;
    int m_processTimeoutMs = 8000;
    int m_effectiveTimeoutMs = 8000;
};

} // namespace rd
