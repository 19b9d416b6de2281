#pragma once
// A real registry for tests and measurements: Debian's docker-registry (the CNCF distribution
// registry, /usr/bin/docker-registry) on a loopback port, over TLS with a certificate made for it,
// with htpasswd (bcrypt, made by Debian's htpasswd) Basic sign-in for one user.
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace rd::test {

class DistributionRegistry
{
public:
    DistributionRegistry();
    ~DistributionRegistry();

    // True when /usr/bin/docker-registry and htpasswd are installed.
    static bool available();
    // Starts it with the user `user` and password `password`; waits until it accepts connections.
    bool start(const QString &user, const QByteArray &password, QString *error = nullptr);
    void stop();
    quint16 port() const { return m_port; }
    QString loginServer() const; // "127.0.0.1:PORT"

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

// A port on 127.0.0.1 that nothing listens on right now (for a registry that is down).
quint16 unusedLoopbackPort();

} // namespace rd::test
