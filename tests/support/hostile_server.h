#pragma once
// A misbehaving registry on loopback for the fault matrix: HTTPS (a leaf certificate from a CA
// made for the tests) or plain HTTP, with a per-path behaviour: answer normally, never answer,
// reset mid-answer, cut the body short, send an endless body or endless headers, or dribble one
// byte a second. At the TLS level it can also never send its ServerHello, or answer the
// ClientHello with a fatal alert. It records what it received (never a credential: only whether an
// Authorization header came, and its scheme) and how much it wrote.
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QStringList>
#include <QTcpServer>

namespace rd::test {

struct HostileReply
{
    enum class Kind {
        Answer,         // status line, headers, body, then close
        NeverAnswer,    // read the request, never write a byte
        ResetMidHeaders,// half of the head, then a TCP reset
        TruncatedBody,  // Content-Length: declaredLength, then `body` (shorter), then close
        EndlessBody,    // a head without Content-Length, then bytes until the client leaves
        EndlessHeaders, // a status line, then header lines until the client leaves
        Slowloris,      // the whole answer, one byte a second
        SlowBody,       // the head at once, then the body one byte a second
    };
    Kind kind = Kind::Answer;
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 declaredLength = 1000; // TruncatedBody

    static HostileReply answer(int status, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                               const QByteArray &body = QByteArray());
    static HostileReply of(Kind kind, int status = 200, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                           const QByteArray &body = QByteArray());
};

struct ReceivedRequest
{
    QByteArray method;
    QByteArray path;        // without the query
    QByteArray query;
    QByteArray host;        // the Host header
    bool hasAuthorization = false;
    QByteArray authorizationScheme; // "Basic", "Bearer": the first word only, never the credential
    QByteArray contentType;
    QList<QByteArray> formFieldNames; // an x-www-form-urlencoded body's field names, never their values
    int connection = 0;     // which accepted connection carried it: 1 for the first, and so on
};

class HostileServer : public QTcpServer
{
    Q_OBJECT
public:
    enum class Transport { Tls, Plain };
    enum class Handshake { Complete, NeverServerHello, FatalAlert };

    // `names`: the DNS names of the TLS leaf certificate (ignored for Plain).
    explicit HostileServer(Transport transport, const QStringList &names = {QStringLiteral("contoso.azurecr.io")},
                           QObject *parent = nullptr);
    ~HostileServer() override;

    bool start();                    // 127.0.0.1, a random port
    quint16 port() const { return serverPort(); }
    QString address() const;         // "127.0.0.1:<port>"
    void setHandshake(Handshake h) { m_handshake = h; }
    // Kind::Answer keeps the connection open for the next request (HTTP/1.1 keep-alive, as real
    // registries do) instead of closing it after each answer.
    void setKeepAlive(bool on) { m_keepAlive = on; }

    // What a path answers (exact path, query ignored). `authorized` is used when the request
    // carries an Authorization header; otherwise, or when unset, `reply`.
    void route(const QByteArray &path, const HostileReply &reply);
    void routeAuthorized(const QByteArray &path, const HostileReply &reply);
    void setFallback(const HostileReply &reply) { m_fallback = reply; }
    // What a path answers to a request whose body is exactly `formBody` (a test's own made-up token:
    // the server compares it and keeps no copy of any body it receives); before the other routes.
    void routeForm(const QByteArray &path, const QByteArray &formBody, const HostileReply &reply);

    QList<ReceivedRequest> requests() const { return m_requests; }
    QList<ReceivedRequest> requestsTo(const QByteArray &path) const;
    int connectionCount() const { return m_connections; } // accepted, TLS probes' and TCP probes' too
    int openConnections() const { return m_open; }
    qint64 bytesWritten() const { return m_written; } // application bytes handed to the socket
    // With Handshake::NeverServerHello: the first bytes the client sent (its ClientHello, whose
    // server_name extension is plain text), at most 16 KiB.
    QByteArray clientHello() const { return m_clientHello; }

    // The CA every TLS HostileServer's leaf is signed by (made once per process).
    static QSslCertificate caCertificate();
    // A loopback port that refuses connections for as long as the test program runs.
    static quint16 closedPort();

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    struct Connection;
    void onData(Connection *c);
    void respond(Connection *c, const ReceivedRequest &request, const QByteArray &body);
    void pump(Connection *c);
    HostileReply replyFor(const ReceivedRequest &request, const QByteArray &body) const;
    QByteArray head(const HostileReply &r, bool withLength) const;

    Transport m_transport;
    Handshake m_handshake = Handshake::Complete;
    bool m_keepAlive = false;
    QStringList m_names;
    QByteArray m_certificatePem, m_keyPem;
    QHash<QByteArray, HostileReply> m_routes, m_authorizedRoutes;
    QHash<QByteArray, QHash<QByteArray, HostileReply>> m_formRoutes; // path -> body -> reply
    HostileReply m_fallback = HostileReply::answer(404);
    QList<ReceivedRequest> m_requests;
    QByteArray m_clientHello;
    int m_connections = 0;
    int m_open = 0;
    qint64 m_written = 0;
};

} // namespace rd::test
