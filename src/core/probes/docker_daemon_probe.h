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
    static QString probeId() { return QStringLiteral("docker-daemon"); }

    QString id() const override { return probeId(); }
    QString title() const override;
    QStringList dependencies() const override { return {QStringLiteral("docker-client")}; }
    void start(CheckContext &ctx) override;
};

} // namespace rd
