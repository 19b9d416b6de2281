#pragma once
// Does the Docker daemon (engine) answer, and how does it see registries? Reads what the
// docker-client probe learned from `docker version`; only when the daemon answered does it run
// `docker info --format "{{json .}}"` once, for the engine's proxy, insecure registries, mirrors,
// and where the engine runs (Docker Desktop's VM, WSL 2, another machine).
#include "probe.h"
#include <QPointer>

namespace rd {

class ProcessRunner;
struct ProcessOutcome;

class DockerDaemonProbe : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;

    ProbeId probeId() const override { return ProbeId::DockerDaemon; }
    QString title() const override;
    QVector<ProbeId> dependsOn() const override { return {ProbeId::DockerClient}; }
    void start(CheckContext &ctx) override;
    void cancel() override;

private:
    void onInfo(const ProcessOutcome &outcome);
    CheckContext *m_ctx = nullptr;
    QPointer<ProcessRunner> m_process;
    QVariantMap m_evidence;
    QString m_serverVersion;
};

} // namespace rd
