#pragma once
#include "probe.h"
#include <QPointer>

class QTcpSocket;

namespace rd {

// Opens a TCP connection to the registry's HTTPS port (or to the proxy, when one is used).
// A refusal or silence here is a network, firewall or private-endpoint problem, not a login one.
class TcpProbe final : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;
    ~TcpProbe() override;
    ProbeId probeId() const override { return ProbeId::Tcp; }
    QString title() const override { return tr("Connection to the registry"); }
    QVector<ProbeId> dependsOn() const override { return {ProbeId::Dns, ProbeId::Proxy}; }
    int timeoutMs(const CheckContext &ctx) const override;
    void start(CheckContext &ctx) override;
    void cancel() override;

private:
    QPointer<QTcpSocket> m_socket;
};

} // namespace rd
