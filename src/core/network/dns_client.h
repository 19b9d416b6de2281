#pragma once
// A tiny stub resolver for the DNS probe: asks one server over UDP for the A and AAAA records of a
// name, follows the CNAME chain in the answers, retries once. Used when CheckOptions::dnsServer is
// set (the practice registry's responder); the system resolver is used otherwise.
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

class QUdpSocket;

namespace rd {

struct DnsAnswer
{
    bool ok = false;          // at least one of the A / AAAA questions got a NOERROR answer
    int rcode = -1;           // rcode of the A answer (else of the AAAA answer); -1 when none arrived
    bool nxdomain = false;    // the server said the name does not exist (rcode 3)
    bool timedOut = false;    // no answer at all, after the retry
    QStringList cnameChain;   // the aliases followed, in order: ["contoso.privatelink.azurecr.io"]
    QList<QHostAddress> addresses; // A then AAAA addresses of the final name
    QString error;            // untranslated technical description when !ok
};

class DnsClient : public QObject
{
    Q_OBJECT
public:
    explicit DnsClient(QObject *parent = nullptr);
    ~DnsClient() override;

    // Starts a lookup; `timeoutMs` is the whole budget (each of the two attempts gets half).
    // finished() is emitted exactly once per lookup (asynchronously), unless abort() is called.
    // A new lookup() aborts the previous one.
    void lookup(const QString &name, const QHostAddress &server, quint16 port, int timeoutMs);
    void abort();
    bool isRunning() const { return m_running; }

signals:
    void finished(const rd::DnsAnswer &answer);

private:
    void sendQueries();
    void onReadyRead();
    void onAttemptTimeout();
    void complete();
    void fail(const QString &error);

    struct Pending
    {
        quint16 type = 0;
        quint16 id = 0;
        bool answered = false;
        int rcode = -1;
        QStringList chain;
        QList<QHostAddress> addresses;
    };

    QUdpSocket *m_socket = nullptr;
    QTimer m_timer;
    QString m_name;
    QHostAddress m_server;
    quint16 m_port = 53;
    int m_attemptMs = 1000;
    int m_attempt = 0;
    int m_generation = 0;
    bool m_running = false;
    Pending m_a;
    Pending m_aaaa;
};

} // namespace rd

Q_DECLARE_METATYPE(rd::DnsAnswer)
