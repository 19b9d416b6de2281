#include "tcp_probe.h"
#include "check_context.h"
#include "network/endpoint.h"
#include <QTcpSocket>
#include <QTimer>
#include <optional>

namespace rd {

namespace {

// The first address of a family, as the resolver ordered them; link-local ones are not used for
// a registry.
std::optional<QHostAddress> firstOf(const QList<QHostAddress> &addresses, QAbstractSocket::NetworkLayerProtocol family)
{
    for (const QHostAddress &a : addresses)
        if (a.protocol() == family && !a.isLinkLocal())
            return a;
    return std::nullopt;
}

} // namespace

TcpProbe::~TcpProbe()
{
    cancel();
}

int TcpProbe::timeoutMs(const CheckContext &ctx) const
{
    // The socket's own limit (below) reports a clearer message than the runner's.
    return Probe::timeoutMs(ctx) + 2000;
}

void TcpProbe::attempt(const QString &host, quint16 port, int limitMs, std::function<void(const Attempt &)> done)
{
    m_socket = new QTcpSocket(this);
    m_socket->setProxy(QNetworkProxy::NoProxy);
    auto *limit = new QTimer(m_socket);
    limit->setSingleShot(true);
    // Every outcome ends here once: the socket is let go before `done` may start the next one.
    const auto end = [this, limit, done](Attempt a) {
        limit->stop();
        m_socket->disconnect(this);
        if (a.connected) {
            a.peer = m_socket->peerAddress().toString();
            m_socket->disconnectFromHost();
        } else {
            m_socket->abort();
        }
        m_socket->deleteLater();
        done(a);
    };
    connect(limit, &QTimer::timeout, this, [end] {
        Attempt a;
        a.timedOut = true;
        a.errorText = QStringLiteral("timeout");
        end(a);
    });
    connect(m_socket, &QTcpSocket::connected, this, [end] {
        Attempt a;
        a.connected = true;
        end(a);
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this, end](QAbstractSocket::SocketError err) {
        Attempt a;
        a.error = err;
        a.errorText = m_socket->errorString();
        end(a);
    });
    limit->start(limitMs);
    m_socket->connectToHost(host, port);
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
    ev.insert(QStringLiteral("target"), what);
    ev.insert(QStringLiteral("viaProxy"), viaProxy);
    const int limitMs = Probe::timeoutMs(ctx);
    if (viaProxy) {
        // A proxy's address comes from the user's settings; in practice mode the proxy probe only
        // keeps a loopback proxy, so nothing leaves this computer.
        attempt(host, port, limitMs, [this, &ctx, what, ev, limitMs](const Attempt &a) { report(ctx, a, what, true, ev, limitMs); });
        return;
    }
    const Endpoint e = endpointFor(ctx.options, host, port);
    if (!e.allowed) {
        finish(ProbeStatus::Fail, msg(QT_TR_NOOP("Practice mode only talks to this computer; %1 is not part of the exercise.")).arg(what), ev);
        return;
    }
    if (e.overridden)
        ev.insert(QStringLiteral("practiceEndpoint"), QStringLiteral("%1:%2").arg(e.host).arg(e.port));
    const auto v6 = firstOf(ctx.facts.addresses, QAbstractSocket::IPv6Protocol);
    const auto v4 = firstOf(ctx.facts.addresses, QAbstractSocket::IPv4Protocol);
    // One family, or loopback (a local registry, where a route is not the question): the
    // connection as the client makes it, by name.
    if (!v6 || !v4 || v6->isLoopback()) {
        attempt(e.host, e.port, limitMs, [this, &ctx, what, ev, limitMs](const Attempt &a) { report(ctx, a, what, false, ev, limitMs); });
        return;
    }
    // Both families: each address by itself, IPv6 first. The practice table may name an address
    // ("::1:443"); otherwise the name's own entry applies.
    const auto endpointOf = [&ctx, &e, port](const QHostAddress &address) {
        const Endpoint byAddress = endpointFor(ctx.options, address.toString(), port);
        return byAddress.allowed && (byAddress.overridden || !e.overridden) ? byAddress : e;
    };
    const Endpoint e6 = endpointOf(*v6), e4 = endpointOf(*v4);
    const QString a6 = v6->toString(), a4 = v4->toString();
    // IPv6 gets a third of the time: clients that fall back do it within a few hundred ms.
    attempt(e6.host, e6.port, limitMs / 3, [this, &ctx, what, ev, limitMs, e4, a6, a4](const Attempt &six) {
        if (six.connected) {
            report(ctx, six, what, false, ev, limitMs);
            return;
        }
        attempt(e4.host, e4.port, limitMs - limitMs / 3, [this, &ctx, what, ev, limitMs, six, a6, a4](const Attempt &four) {
            QVariantMap e = ev;
            e.insert(QStringLiteral("ipv6Address"), a6);
            e.insert(QStringLiteral("ipv6Error"), six.errorText);
            if (!four.connected) {
                report(ctx, four, what, false, e, limitMs);
                return;
            }
            ctx.facts.tcpConnected = true;
            ctx.facts.ipv6Unreachable = true;
            ctx.facts.ipv6Address = a6;
            ctx.facts.ipv4Address = a4;
            e.insert(QStringLiteral("address"), four.peer);
            e.insert(QStringLiteral("connectMs"), m_clock.elapsed());
            finish(ProbeStatus::Warn,
                   msg(QT_TR_NOOP("Connected to %1 over IPv4 (%2), but not over IPv6 (%3): %4. Programs that try IPv6 first and do not fall back to IPv4 fail here."))
                       .arg(what, a4, a6, six.timedOut ? msg(QT_TR_NOOP("no answer in time")) : Message::verbatim(six.errorText)),
                   e);
        });
    });
}

void TcpProbe::report(CheckContext &ctx, const Attempt &a, const QString &what, bool viaProxy, QVariantMap ev, int limitMs)
{
    ctx.facts.tcpConnected = a.connected;
    if (a.connected) {
        ev.insert(QStringLiteral("address"), a.peer);
        ev.insert(QStringLiteral("connectMs"), m_clock.elapsed());
        const qint64 elapsed = m_clock.elapsed();
        finish(ProbeStatus::Pass,
               (viaProxy ? msg(QT_TR_N_NOOP("Connected to the proxy %1 in %n millisecond(s)."), int(elapsed))
                         : msg(QT_TR_N_NOOP("Connected to %1 in %n millisecond(s)."), int(elapsed)))
                   .arg(what),
               ev);
        return;
    }
    ev.insert(QStringLiteral("error"), a.errorText);
    if (a.timedOut) {
        ev.insert(QStringLiteral("timeoutMs"), limitMs);
        const int seconds = limitMs / 1000;
        finish(ProbeStatus::Fail,
               (viaProxy ? msg(QT_TR_N_NOOP("No answer from the proxy %1 within %n second(s): the proxy is down, or something on the way drops the connection."), seconds)
                         : msg(QT_TR_N_NOOP("No answer from %1 within %n second(s): something on the way (a firewall, a private network) drops the connection."), seconds))
                   .arg(what),
               ev);
        return;
    }
    ev.insert(QStringLiteral("errorCode"), int(a.error));
    const Message detail = a.error == QAbstractSocket::ConnectionRefusedError
        ? (viaProxy ? msg(QT_TR_NOOP("The proxy %1 refused the connection: no proxy is running there, or a firewall rejects the connection."))
                    : msg(QT_TR_NOOP("%1 refused the connection: nothing accepts connections there, or a firewall rejects them.")))
              .arg(what)
        : (viaProxy ? msg(QT_TR_NOOP("Could not connect to the proxy %1: %2"))
                    : msg(QT_TR_NOOP("Could not connect to %1: %2")))
              .arg(what, a.errorText);
    finish(ProbeStatus::Fail, detail, ev);
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
