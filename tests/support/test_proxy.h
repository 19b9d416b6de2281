#pragma once
// A small HTTP proxy on loopback for tests: answers CONNECT by tunnelling to the requested
// loopback address (never anywhere else), or refuses every request with 407, like a company proxy
// that wants its own sign-in.
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTcpServer>

namespace rd::test {

class TestHttpProxy : public QObject
{
    Q_OBJECT
public:
    enum class Mode { Tunnel, RequireAuthentication };
    explicit TestHttpProxy(Mode mode, QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QString url() const;                     // "http://127.0.0.1:<port>"
    QStringList connectTargets() const { return m_targets; } // "host:port" of each CONNECT

private:
    void onConnection();
    Mode m_mode;
    QTcpServer m_server;
    QStringList m_targets;
};

} // namespace rd::test
