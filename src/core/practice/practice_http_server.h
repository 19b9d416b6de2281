#pragma once
// A small HTTPS/1.1 server for the practice registry: TLS with the run's certificate, keep-alive,
// Content-Length bodies, one request at a time per connection, bounded header (16 KiB) and body
// (64 KiB) sizes, idle connections closed after 30 s. Answers may be delayed (timers, never sleeps).
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTcpServer>
#include <QUrlQuery>
#include <functional>

namespace rd {

struct PracticeHttpRequest
{
    QByteArray method;      // "GET"
    QByteArray target;      // "/oauth2/token?service=..."
    QString path;           // decoded path, "/oauth2/token"
    QUrlQuery query;
    QByteArray version;     // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const; // first value, name case-insensitive
    // The body read as application/x-www-form-urlencoded ('+' is a space).
    QUrlQuery form() const;
};

struct PracticeHttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;        // the answer leaves after this delay
    bool close = false;     // close the connection afterwards

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;
};

class PracticeHttpServer : public QTcpServer
{
    Q_OBJECT
public:
    using Handler = std::function<PracticeHttpResponse(const PracticeHttpRequest &)>;

    static constexpr int kMaxHeaderBytes = 16 * 1024;
    static constexpr int kMaxBodyBytes = 64 * 1024;
    static constexpr int kIdleTimeoutMs = 30 * 1000;
    static constexpr int kMaxConnections = 64;

    explicit PracticeHttpServer(QObject *parent = nullptr);
    ~PracticeHttpServer() override;

    // `chain` = certificates sent after the leaf (may be empty).
    void setCertificate(const QSslCertificate &leaf, const QSslKey &key, const QList<QSslCertificate> &chain = {});
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Plain HTTP instead of TLS, like a registry set up without a certificate.
    void setPlain(bool plain) { m_plain = plain; }
    // Header a response gets when the handler did not set one (e.g. "Date").
    void setDateProvider(std::function<QByteArray()> provider) { m_date = std::move(provider); }

    bool listenOnLoopback(); // 127.0.0.1, random port
    void closeAll();         // stops listening and drops every connection
    int connectionCount() const;

    static QByteArray reasonPhrase(int status);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    friend class PracticeHttpConnection;
    PracticeHttpResponse handle(const PracticeHttpRequest &request) const;
    QByteArray date() const;

    QSslCertificate m_leaf;
    QSslKey m_key;
    bool m_plain = false;
    QList<QSslCertificate> m_chain;
    Handler m_handler;
    std::function<QByteArray()> m_date;
};

} // namespace rd
