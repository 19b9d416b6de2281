#include "test_proxy.h"
#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>

namespace rd::test {

TestHttpProxy::TestHttpProxy(Mode mode, QObject *parent) : QObject(parent), m_mode(mode)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestHttpProxy::onConnection);
}

bool TestHttpProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString TestHttpProxy::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

void TestHttpProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        auto *head = new QByteArray;
        connect(client, &QObject::destroyed, [head] { delete head; });
        connect(client, &QTcpSocket::readyRead, this, [this, client, head] {
            if (client->property("tunnel").toBool())
                return; // the tunnel's own handler forwards
            *head += client->readAll();
            const qsizetype end = head->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> first = head->left(head->indexOf("\r\n")).split(' ');
            if (m_mode == Mode::RequireAuthentication || first.size() < 2 || first.at(0) != "CONNECT") {
                client->write("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"Contoso proxy\"\r\n"
                              "Content-Length: 0\r\nConnection: close\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            const QByteArray target = first.at(1);
            m_targets << QString::fromLatin1(target);
            const qsizetype colon = target.lastIndexOf(':');
            const QHostAddress address(QString::fromLatin1(target.left(colon)));
            if (!address.isLoopback()) { // tests never leave this computer
                client->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                client->disconnectFromHost();
                return;
            }
            const QByteArray early = head->mid(end + 4);
            client->setProperty("tunnel", true);
            auto *upstream = new QTcpSocket(client);
            connect(upstream, &QTcpSocket::connected, client, [client, upstream, early] {
                client->write("HTTP/1.1 200 Connection established\r\n\r\n");
                if (!early.isEmpty())
                    upstream->write(early);
            });
            connect(upstream, &QTcpSocket::readyRead, client, [client, upstream] { client->write(upstream->readAll()); });
            connect(client, &QTcpSocket::readyRead, upstream, [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(upstream, &QTcpSocket::errorOccurred, client, [client] {
                client->write("HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
                client->disconnectFromHost();
            });
            upstream->connectToHost(address, quint16(target.mid(colon + 1).toUInt()));
        });
    }
}

} // namespace rd::test
