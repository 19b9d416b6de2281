#include "round_trip_delay.h"
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

RoundTripDelay::RoundTripDelay(quint16 targetPort, int roundTripMs, QObject *parent)
    : QObject(parent), m_target(targetPort), m_rtt(roundTripMs)
{
    connect(&m_server, &QTcpServer::newConnection, this, &RoundTripDelay::onConnection);
}

bool RoundTripDelay::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

namespace {

// Sends what `from` reads to `to`, each piece `delayMs` after it came but never before `notBefore`
// (ms on `clock`), in order; ends `to` the same delay after `from` ends.
void forward(QTcpSocket *from, QTcpSocket *to, int delayMs, const QElapsedTimer *clock, qint64 notBefore)
{
    QPointer<QTcpSocket> target(to);
    auto due = [=] { return std::max(clock->elapsed() + delayMs, notBefore); };
    QObject::connect(from, &QTcpSocket::readyRead, to, [=] {
        const QByteArray bytes = from->readAll();
        QTimer::singleShot(std::chrono::milliseconds(due() - clock->elapsed()), Qt::PreciseTimer, to, [target, bytes] {
            if (target)
                target->write(bytes);
        });
    });
    QObject::connect(from, &QTcpSocket::disconnected, to, [=] {
        QTimer::singleShot(std::chrono::milliseconds(due() - clock->elapsed()), Qt::PreciseTimer, to, [target] {
            if (target)
                target->disconnectFromHost();
        });
    });
}

} // namespace

void RoundTripDelay::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *server = new QTcpSocket(this);
        client->setParent(this);
        auto *clock = new QElapsedTimer;
        clock->start();
        connect(client, &QObject::destroyed, [clock] { delete clock; });
        // The client may send only after its SYN went there and the SYN-ACK came back.
        forward(client, server, m_rtt / 2, clock, m_rtt + m_rtt / 2);
        forward(server, client, m_rtt - m_rtt / 2, clock, 0);
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(server, &QTcpSocket::disconnected, server, &QObject::deleteLater);
        server->connectToHost(QHostAddress::LocalHost, m_target);
    }
}
