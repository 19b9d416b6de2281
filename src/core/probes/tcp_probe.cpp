#include "tcp_probe.h"
#include "check_context.h"
#include "network/endpoint.h"
#include <QTcpSocket>
#include <QTimer>

namespace rd {

TcpProbe::~TcpProbe()
{
    cancel();
}

int TcpProbe::timeoutMs(const CheckContext &ctx) const
{
    // The socket's own limit (below) reports a clearer message than the runner's.
    return Probe::timeoutMs(ctx) + 2000;
}

void TcpProbe::start(CheckContext &ctx)
{
    markStarted();
    if (!ctx.reference.isUsable()) {
        finish(ProbeStatus::Skip, msg(QT_TR_NOOP("Skipped: there is no registry address to check.")));
        return;
    }
    const bool viaProxy = ctx.facts.proxy && ctx.facts.proxy->type() != QNetworkProxy::NoProxy;
    if (!viaProxy && ctx.facts.addresses.isEmpty()) {
        finish(ProbeStatus::Skip, msg(QT_TR_NOOP("Skipped: the registry's name did not resolve to an address.")));
        return;
    }
    QString host = viaProxy ? ctx.facts.proxy->hostName() : ctx.reference.host;
    quint16 port = viaProxy ? ctx.facts.proxy->port() : quint16(ctx.reference.port);
    // Whole sentences for each route: "the proxy" cannot be a fragment inside another sentence
    // (languages inflect it). %1 is always HOST:PORT, the registry's or the proxy's.
    const QString what = QStringLiteral("%1:%2").arg(host).arg(port);
    QVariantMap ev;
    ev.insert(QStringLiteral("target"), QStringLiteral("%1:%2").arg(host).arg(port));
    ev.insert(QStringLiteral("viaProxy"), viaProxy);
    if (!viaProxy) {
        const Endpoint e = endpointFor(ctx.options, host, port);
        if (!e.allowed) {
            finish(ProbeStatus::Fail, msg(QT_TR_NOOP("Practice mode only talks to this computer; %1 is not part of the exercise.")).arg(what), ev);
            return;
        }
        host = e.host;
        port = e.port;
        if (e.overridden)
            ev.insert(QStringLiteral("practiceEndpoint"), QStringLiteral("%1:%2").arg(host).arg(port));
    } else {
        // A proxy's address comes from the user's settings; in practice mode the proxy probe only
        // keeps a loopback proxy, so nothing leaves this computer.
    }
    m_socket = new QTcpSocket(this);
    m_socket->setProxy(QNetworkProxy::NoProxy);
    auto *limit = new QTimer(m_socket);
    limit->setSingleShot(true);
    const int limitMs = Probe::timeoutMs(ctx);
    connect(limit, &QTimer::timeout, this, [this, what, viaProxy, ev, limitMs, &ctx] {
        m_socket->disconnect(this);
        QVariantMap e = ev;
        e.insert(QStringLiteral("error"), QStringLiteral("timeout"));
        e.insert(QStringLiteral("timeoutMs"), limitMs);
        m_socket->abort();
        m_socket->deleteLater();
        ctx.facts.tcpConnected = false;
        const int seconds = limitMs / 1000;
        finish(ProbeStatus::Fail,
               (viaProxy ? msg(QT_TR_N_NOOP("No answer from the proxy %1 within %n second(s): the proxy is down, or something on the way drops the connection."), seconds)
                         : msg(QT_TR_N_NOOP("No answer from %1 within %n second(s): something on the way (a firewall, a private network) drops the connection."), seconds))
                   .arg(what),
               e);
    });
    connect(m_socket, &QTcpSocket::connected, this, [this, what, viaProxy, ev, limit, &ctx] {
        limit->stop();
        m_socket->disconnect(this);
        QVariantMap e = ev;
        e.insert(QStringLiteral("address"), m_socket->peerAddress().toString());
        e.insert(QStringLiteral("connectMs"), m_clock.elapsed());
        m_socket->disconnectFromHost();
        m_socket->deleteLater();
        ctx.facts.tcpConnected = true;
        const qint64 elapsed = m_clock.elapsed();
        finish(ProbeStatus::Pass,
               (viaProxy ? msg(QT_TR_N_NOOP("Connected to the proxy %1 in %n millisecond(s)."), int(elapsed))
                         : msg(QT_TR_N_NOOP("Connected to %1 in %n millisecond(s)."), int(elapsed)))
                   .arg(what),
               e);
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this, what, viaProxy, ev, limit, &ctx](QAbstractSocket::SocketError err) {
        limit->stop();
        m_socket->disconnect(this);
        QVariantMap e = ev;
        e.insert(QStringLiteral("error"), m_socket->errorString());
        e.insert(QStringLiteral("errorCode"), int(err));
        m_socket->abort();
        m_socket->deleteLater();
        ctx.facts.tcpConnected = false;
        const Message detail = err == QAbstractSocket::ConnectionRefusedError
            ? (viaProxy ? msg(QT_TR_NOOP("The proxy %1 refused the connection: no proxy is running there, or a firewall rejects the connection."))
                        : msg(QT_TR_NOOP("%1 refused the connection: nothing accepts connections there, or a firewall rejects them.")))
                  .arg(what)
            : (viaProxy ? msg(QT_TR_NOOP("Could not connect to the proxy %1: %2"))
                        : msg(QT_TR_NOOP("Could not connect to %1: %2")))
                  .arg(what, e.value(QStringLiteral("error")).toString());
        finish(ProbeStatus::Fail, detail, e);
    });
    limit->start(limitMs);
    m_socket->connectToHost(host, port);
}

void TcpProbe::cancel()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
}

} // namespace rd
