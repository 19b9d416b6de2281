#pragma once
#include "probe.h"
#include <QAbstractSocket>
#include <QHostAddress>
#include <QPointer>
#include <functional>

class QTcpSocket;

namespace rd {

// Opens a TCP connection to the registry's HTTPS port (or to the proxy, when one is used).
// A refusal or silence here is a network, firewall or private-endpoint problem, not a login one.
// When the name has both IPv6 and IPv4 addresses, connects over IPv6 first as clients do, and over
// IPv4 when that fails: a network without an IPv6 route breaks clients that do not fall back.
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
    struct Attempt
    {
        bool connected = false;
        bool timedOut = false;
        QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
        QString errorText;
        QString peer;
    };
    // One connection to host:port, given up after limitMs; `done` is called once.
    void attempt(const QString &host, quint16 port, int limitMs, std::function<void(const Attempt &)> done);
    void report(CheckContext &ctx, const Attempt &a, const QString &what, bool viaProxy, QVariantMap ev, int limitMs);

    QPointer<QTcpSocket> m_socket;
};

} // namespace rd
