#include "byte_budget_relay.h"
#include <QNetworkProxy>
#include <QPointer>
#include <QTcpSocket>

namespace rd {

ByteBudgetRelay::ByteBudgetRelay(const QString &host, quint16 port, qint64 budget, QObject *parent)
    : QObject(parent), m_host(host), m_port(port), m_budget(budget)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ByteBudgetRelay::onConnection);
}

ByteBudgetRelay::~ByteBudgetRelay()
{
    close();
}

bool ByteBudgetRelay::listen()
{
    m_server.setProxy(QNetworkProxy::NoProxy);
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void ByteBudgetRelay::close()
{
    m_server.close();
    // The sockets are children of this object and go with it.
}

void ByteBudgetRelay::beginAnswer()
{
    m_limit += m_budget;
    ++m_requests;
}

void ByteBudgetRelay::endAnswer(bool reusable)
{
    m_requests = qMax(0, m_requests - 1);
    if (!reusable || m_exceeded)
        m_retired = true;
    if (m_retired && m_requests == 0) {
        close();
        deleteLater(); // its sockets go with it: Qt's end of each connection sees it close
    }
}

void ByteBudgetRelay::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        client->setParent(this);
        auto *upstream = new QTcpSocket(this);
        upstream->setProxy(QNetworkProxy::NoProxy);
        QPointer<QTcpSocket> c(client), u(upstream);
        auto *pending = new QByteArray;
        // No context object: `upstream` may be gone first (deleteLater on disconnect), and a
        // connection with it as context would then never free `pending` (LeakSanitizer found it).
        connect(client, &QObject::destroyed, [pending] { delete pending; });
        connect(client, &QTcpSocket::readyRead, this, [c, u, pending] {
            if (!c || !u)
                return;
            if (u->state() == QAbstractSocket::ConnectedState)
                u->write(c->readAll());
            else
                *pending += c->readAll(); // the request: small, and Qt sends no more before an answer
        });
        connect(upstream, &QTcpSocket::connected, this, [u, pending] {
            if (u && !pending->isEmpty()) {
                u->write(*pending);
                pending->clear();
            }
        });
        connect(upstream, &QTcpSocket::readyRead, this, [this, c, u] {
            if (!c || !u)
                return;
            const QByteArray data = u->readAll();
            const qint64 room = m_limit - m_received;
            m_received += data.size();
            if (data.size() > room) {
                m_exceeded = true;
                m_retired = true;
                c->write(data.left(qMax<qint64>(0, room)));
                u->disconnect(this);
                u->abort();
                c->disconnectFromHost(); // what fits the budget still reaches Qt, then the end
                return;
            }
            c->write(data);
        });
        // Either side ends: end the other, after what it still has to write.
        connect(upstream, &QTcpSocket::disconnected, this, [c] {
            if (c)
                c->disconnectFromHost();
        });
        connect(upstream, &QTcpSocket::errorOccurred, this, [c, u](QAbstractSocket::SocketError) {
            if (u && u->state() != QAbstractSocket::ConnectedState && c)
                c->disconnectFromHost();
        });
        connect(client, &QTcpSocket::disconnected, this, [c, u] {
            if (u)
                u->disconnectFromHost();
            if (c)
                c->deleteLater();
        });
        connect(upstream, &QTcpSocket::disconnected, upstream, &QObject::deleteLater);
        upstream->connectToHost(m_host, m_port);
    }
}

} // namespace rd
