#pragma once
// A loopback link that makes a server on this computer answer as one far away: every byte waits
// half a round trip in each direction, and a new connection's first bytes wait one more round trip
// (TCP's handshake, which a loopback connect does not pay). Bytes pass unchanged (TLS stays end to
// end). bench_all_logins runs it in a child process, so that its work is not counted as the
// checker's CPU.
#include <QObject>
#include <QTcpServer>

class RoundTripDelay : public QObject
{
    Q_OBJECT
public:
    RoundTripDelay(quint16 targetPort, int roundTripMs, QObject *parent = nullptr);
    bool listen(); // 127.0.0.1, a random port
    quint16 port() const { return m_server.serverPort(); }

private:
    void onConnection();
    QTcpServer m_server;
    quint16 m_target;
    int m_rtt;
};
