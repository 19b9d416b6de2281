#pragma once
#include "probe.h"

namespace rd {

// Which proxy the connection to the registry goes through (HTTPS_PROXY / NO_PROXY, as the Docker
// CLI reads them) and what the system proxy would be; decides the proxy every later probe uses.
class ProxyProbe final : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;
    ProbeId probeId() const override { return ProbeId::Proxy; }
    QString title() const override { return tr("Proxy settings"); }
    QVector<ProbeId> dependsOn() const override { return {ProbeId::RegistryName}; }
    void start(CheckContext &ctx) override;
};

} // namespace rd
