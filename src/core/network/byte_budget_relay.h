#pragma once
// A loopback pipe between Qt's HTTP stack and the server (or the proxy) that carries at most a
// budget of bytes from the server, then closes. Qt 6.4 reads response headers, and the body of a
// 401, without any size limit, in its own thread: a server that sends them without end would grow
// memory until the machine gives up, and that thread does not even stop for an abort while the
// bytes keep coming. Counting raw bytes here, on the main thread, bounds every answer whatever
// Qt does with it. Bytes are relayed as they are (TLS stays end to end).
#include <QObject>
#include <QString>
#include <QTcpServer>

namespace rd {

class ByteBudgetRelay : public QObject
{
    Q_OBJECT
public:
    // `host`:`port` is where the bytes really go: the server, or the proxy.
    ByteBudgetRelay(const QString &host, quint16 port, qint64 budget, QObject *parent = nullptr);
    ~ByteBudgetRelay() override;

    bool listen();                          // 127.0.0.1, a random port
    quint16 port() const { return m_server.serverPort(); }
    bool exceeded() const { return m_exceeded; }
    qint64 received() const { return m_received; } // bytes from the server, all connections
    void close();

private:
    void onConnection();
    QTcpServer m_server;
    QString m_host;
    quint16 m_port;
    qint64 m_budget;
    qint64 m_received = 0;
    bool m_exceeded = false;
};

} // namespace rd
