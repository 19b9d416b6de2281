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
    QString id() const override { return QStringLiteral("proxy"); }
    QString title() const override { return tr("Proxy settings"); }
    QStringList dependencies() const override { return {QStringLiteral("registry-name")}; }
    void start(CheckContext &ctx) override;
};

} // namespace rd
