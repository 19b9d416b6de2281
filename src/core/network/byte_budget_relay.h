#pragma once
// A loopback pipe between Qt's HTTP stack and the server (or the proxy) that carries at most a
// budget of bytes from the server, then closes. Qt 6.4 reads response headers, and the body of a
// 401, without any size limit, in its own thread: a server that sends them without end would grow
// memory until the machine gives up, and that thread does not even stop for an abort while the
// bytes keep coming. Counting raw bytes here, on the main thread, bounds every answer whatever
// Qt does with it. Bytes are relayed as they are (TLS stays end to end).
// One relay may carry several requests (ConnectionRelays: Qt then keeps its connection to the
// server): each request adds one budget with beginAnswer(), and the bytes from the server over all
// the relay's connections may not exceed the budgets added so far. So N requests through a relay
// are bounded by N budgets in all, as N relays of one budget each were.
#include <QObject>
#include <QString>
#include <QTcpServer>

namespace rd {

class ByteBudgetRelay : public QObject
{
    Q_OBJECT
public:
    // `host`:`port` is where the bytes really go: the server, or the proxy. `budget`: bytes per
    // request; nothing is relayed from the server before the first beginAnswer().
    ByteBudgetRelay(const QString &host, quint16 port, qint64 budget, QObject *parent = nullptr);
    ~ByteBudgetRelay() override;

    bool listen();                          // 127.0.0.1, a random port
    quint16 port() const { return m_server.serverPort(); }
    // A request is about to be sent through this relay: one more budget.
    void beginAnswer();
    // That request ended. `reusable`: with a complete answer, so its connection may carry the next
    // one; otherwise (stopped at a deadline or a cap, cut, cancelled) the relay takes no more
    // requests and closes, with every connection through it, once no request is left on it.
    void endAnswer(bool reusable);
    bool reusable() const { return !m_retired; }
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
    qint64 m_limit = 0; // one budget per request begun
    int m_requests = 0; // begun and not ended
    bool m_exceeded = false;
    bool m_retired = false;
};

} // namespace rd
