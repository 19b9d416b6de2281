#pragma once
// Does the Docker daemon (engine) answer? Reads what the docker-client probe learned from
// `docker version`; runs nothing of its own.
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
};

} // namespace rd
