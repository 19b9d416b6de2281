#pragma once
// Does the Docker daemon (engine) answer, and how does it see registries? Reads what the
// docker-client probe learned from `docker version` and, when the daemon answers, from `docker
// info`: the engine's proxy, insecure registries, mirrors, and where it runs (Docker Desktop's VM,
// WSL 2, another machine). Runs nothing of its own.
#include "probe.h"

namespace rd {

class DockerDaemonProbe : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;

    ProbeId probeId() const override { return ProbeId::DockerDaemon; }
    QString title() const override;
    QVector<ProbeId> dependsOn() const override { return {ProbeId::DockerClient}; }
    void start(CheckContext &ctx) override;

private:
    // Where the engine runs and what else `docker info` showed; fills the evidence.
    Message describeEngine(const CheckContext &ctx, QVariantMap &ev) const;
};

} // namespace rd
