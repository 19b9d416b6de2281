#include "hostile_server.h"
#include "practice/certificate_factory.h"
#include "practice/refusing_port.h"
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTimer>
#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace rd::test {

namespace {

const GeneratedCertificate &testCa()
{
    static const GeneratedCertificate ca = [] {
        CertificateRequest r;
        r.commonName = QStringLiteral("Hostile Test CA");
        r.organization = QStringLiteral("Registry Doctor fault matrix");
        return CertificateFactory::createCertificateAuthority(r);
    }();
    return ca;
}

constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kHighWater = 256 * 1024;
constexpr qint64 kSafetyStop = 1024LL * 1024 * 1024; // an endless answer ends here if nobody stops reading

} // namespace

struct HostileServer::Connection
{
    QPointer<QTcpSocket> socket;
    QSslSocket *ssl = nullptr;      // same object when TLS
    QByteArray buffer;
    bool answered = false;          // a request was taken; later bytes are ignored
    int number = 0;                 // 1 for the first accepted connection, and so on
    HostileReply reply;
    QByteArray slowPending;
    qint64 endlessSent = 0;
    qint64 endlessCounter = 0;
};

HostileReply HostileReply::answer(int status, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    return of(Kind::Answer, status, headers, body);
}

HostileReply HostileReply::of(Kind kind, int status, const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    HostileReply r;
    r.kind = kind;
    r.status = status;
    r.headers = headers;
    r.body = body;
    return r;
}

HostileServer::HostileServer(Transport transport, const QStringList &names, QObject *parent)
    : QTcpServer(parent), m_transport(transport), m_names(names)
{
    if (transport == Transport::Tls) {
        CertificateRequest r;
        r.commonName = names.value(0, QStringLiteral("localhost"));
        for (const QString &name : names) {
            const QHostAddress address(name); // an address is an IP entry, a name a DNS entry
            if (address.isNull())
                r.dnsNames << name;
            else
                r.ipAddresses << address;
        }
        const GeneratedCertificate leaf = CertificateFactory::createServerCertificate(r, testCa());
        m_certificatePem = leaf.certificatePem;
        m_keyPem = leaf.keyPem;
    }
}

HostileServer::~HostileServer()
{
    close();
}

bool HostileServer::start()
{
    if (m_transport == Transport::Tls && m_certificatePem.isEmpty())
        return false;
    return listen(QHostAddress::LocalHost, 0);
}

QString HostileServer::address() const
{
    return QStringLiteral("127.0.0.1:%1").arg(port());
}

QSslCertificate HostileServer::caCertificate()
{
    return testCa().certificate;
}

quint16 HostileServer::closedPort()
{
    // Held until the test program ends, so that nothing else can take the port meanwhile.
    static const RefusingPort *const refusing = new RefusingPort;
    return refusing->port();
}

void HostileServer::route(const QByteArray &path, const HostileReply &reply)
{
    m_routes.insert(path, reply);
}

void HostileServer::routeAuthorized(const QByteArray &path, const HostileReply &reply)
{
    m_authorizedRoutes.insert(path, reply);
}

QList<ReceivedRequest> HostileServer::requestsTo(const QByteArray &path) const
{
    QList<ReceivedRequest> out;
    for (const ReceivedRequest &r : m_requests)
        if (r.path == path)
            out << r;
    return out;
}

void HostileServer::routeForm(const QByteArray &path, const QByteArray &formBody, const HostileReply &reply)
{
    m_formRoutes[path].insert(formBody, reply);
}

HostileReply HostileServer::replyFor(const ReceivedRequest &request, const QByteArray &body) const
{
    if (const auto forms = m_formRoutes.constFind(request.path); forms != m_formRoutes.cend() && forms->contains(body))
        return forms->value(body);
    if (request.hasAuthorization && m_authorizedRoutes.contains(request.path))
        return m_authorizedRoutes.value(request.path);
    return m_routes.value(request.path, m_fallback);
}

void HostileServer::incomingConnection(qintptr descriptor)
{
    ++m_connections;
    ++m_open;
    auto *c = new Connection;
    c->number = m_connections;
    const bool tls = m_transport == Transport::Tls && m_handshake == Handshake::Complete;
    if (tls) {
        c->ssl = new QSslSocket(this);
        c->socket = c->ssl;
    } else {
        c->socket = new QTcpSocket(this);
    }
    QTcpSocket *socket = c->socket;
    socket->setSocketDescriptor(descriptor);
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        --m_open;
        socket->deleteLater();
    });
    // No context object: when the server goes, ~QObject drops the connections it receives before
    // it deletes its child sockets, so `this` as context would leak every open Connection.
    connect(socket, &QObject::destroyed, [c] { delete c; });
    if (m_transport == Transport::Tls && m_handshake == Handshake::NeverServerHello) {
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { // and say nothing
            const QByteArray bytes = socket->readAll();
            if (m_clientHello.size() < 16 * 1024)
                m_clientHello += bytes.left(16 * 1024 - m_clientHello.size());
        });
        return;
    }
    if (m_transport == Transport::Tls && m_handshake == Handshake::FatalAlert) {
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            socket->readAll();
            // TLS record: alert (21), TLS 1.2, length 2, fatal (2), handshake_failure (40)
            static const char alert[] = {0x15, 0x03, 0x03, 0x00, 0x02, 0x02, 0x28};
            m_written += socket->write(alert, sizeof alert);
            socket->disconnectFromHost();
        });
        return;
    }
    connect(socket, &QTcpSocket::readyRead, this, [this, c] { onData(c); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, c] { pump(c); });
    if (tls)
        connect(c->ssl, &QSslSocket::encryptedBytesWritten, this, [this, c] { pump(c); });
    if (tls) {
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(QSslCertificate(m_certificatePem));
        conf.setPrivateKey(QSslKey(m_keyPem, QSsl::Ec));
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        conf.setProtocol(QSsl::TlsV1_2OrLater);
        c->ssl->setSslConfiguration(conf);
        connect(c->ssl, &QSslSocket::sslErrors, c->ssl, [s = c->ssl] { s->ignoreSslErrors(); });
        c->ssl->startServerEncryption();
    }
}

void HostileServer::onData(Connection *c)
{
    QTcpSocket *socket = c->socket;
    c->buffer += socket->readAll();
    if (c->answered) {
        c->buffer.clear();
        return;
    }
    const qsizetype end = c->buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (c->buffer.size() > 1024 * 1024)
            socket->abort();
        return;
    }
    const QList<QByteArray> lines = c->buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    ReceivedRequest r;
    r.method = first.value(0);
    const QByteArray target = first.value(1);
    const qsizetype q = target.indexOf('?');
    r.path = q < 0 ? target : target.left(q);
    r.query = q < 0 ? QByteArray() : target.mid(q + 1);
    qint64 contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "host") {
            r.host = value;
        } else if (name == "authorization") {
            r.hasAuthorization = true;
            r.authorizationScheme = value.left(value.indexOf(' ') < 0 ? value.size() : value.indexOf(' '));
        } else if (name == "content-length") {
            contentLength = value.toLongLong();
        } else if (name == "content-type") {
            r.contentType = value;
        }
    }
    if (c->buffer.size() < end + 4 + contentLength)
        return; // wait for the form body
    const QByteArray body = c->buffer.mid(end + 4, contentLength);
    if (r.contentType.startsWith("application/x-www-form-urlencoded"))
        for (const QByteArray &field : body.split('&'))
            r.formFieldNames << field.left(field.indexOf('=') < 0 ? field.size() : field.indexOf('='));
    c->answered = true;
    c->buffer.clear();
    r.connection = c->number;
    m_requests << r;
    respond(c, r, body);
}

QByteArray HostileServer::head(const HostileReply &r, bool withLength) const
{
    QByteArray h = "HTTP/1.1 " + QByteArray::number(r.status) + " Hostile\r\n";
    bool hasLength = false;
    for (const auto &kv : r.headers) {
        h += kv.first + ": " + kv.second + "\r\n";
        hasLength = hasLength || kv.first.toLower() == "content-length";
    }
    if (withLength && !hasLength)
        h += "Content-Length: " + QByteArray::number(r.kind == HostileReply::Kind::TruncatedBody ? r.declaredLength : r.body.size()) + "\r\n";
    h += m_keepAlive && r.kind == HostileReply::Kind::Answer ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    return h;
}

void HostileServer::respond(Connection *c, const ReceivedRequest &request, const QByteArray &body)
{
    c->reply = replyFor(request, body);
    QTcpSocket *socket = c->socket;
    const HostileReply &r = c->reply;
    switch (r.kind) {
    case HostileReply::Kind::Answer:
    case HostileReply::Kind::TruncatedBody: {
        const QByteArray all = head(r, true) + "\r\n" + r.body;
        m_written += socket->write(all);
        if (m_keepAlive && r.kind == HostileReply::Kind::Answer)
            c->answered = false; // ready for the next request on this connection
        else
            socket->disconnectFromHost();
        return;
    }
    case HostileReply::Kind::NeverAnswer:
        return;
    case HostileReply::Kind::ResetMidHeaders: {
        const QByteArray h = head(r, true);
        m_written += socket->write(h.left(h.size() / 2));
        auto *poll = new QTimer(socket);
        connect(poll, &QTimer::timeout, socket, [socket, poll, ssl = c->ssl] {
            if (socket->bytesToWrite() > 0 || (ssl && ssl->encryptedBytesToWrite() > 0))
                return;
            poll->stop();
            const linger hard{1, 0}; // close with RST, not FIN (Winsock takes the option as char*)
            ::setsockopt(socket->socketDescriptor(), SOL_SOCKET, SO_LINGER,
                         reinterpret_cast<const char *>(&hard), sizeof hard);
            socket->abort();
        });
        poll->start(20);
        return;
    }
    case HostileReply::Kind::EndlessBody:
        m_written += socket->write(head(r, false) + "\r\n");
        pump(c);
        return;
    case HostileReply::Kind::EndlessHeaders:
        m_written += socket->write("HTTP/1.1 " + QByteArray::number(r.status) + " Hostile\r\n");
        pump(c);
        return;
    case HostileReply::Kind::Slowloris:
    case HostileReply::Kind::SlowBody: {
        c->slowPending = head(r, true) + "\r\n" + r.body;
        if (r.kind == HostileReply::Kind::SlowBody) {
            const qsizetype bodyStart = c->slowPending.size() - r.body.size();
            m_written += socket->write(c->slowPending.left(bodyStart));
            c->slowPending.remove(0, bodyStart);
        }
        auto *tick = new QTimer(socket);
        connect(tick, &QTimer::timeout, socket, [this, c, tick] {
            if (c->slowPending.isEmpty() || !c->socket || c->socket->state() != QAbstractSocket::ConnectedState) {
                tick->stop();
                return;
            }
            m_written += c->socket->write(c->slowPending.left(1));
            c->slowPending.remove(0, 1);
        });
        tick->start(1000);
        return;
    }
    }
}

void HostileServer::pump(Connection *c)
{
    QTcpSocket *socket = c->socket;
    if (!socket || !c->answered || socket->state() != QAbstractSocket::ConnectedState)
        return;
    const bool endlessBody = c->reply.kind == HostileReply::Kind::EndlessBody;
    if (!endlessBody && c->reply.kind != HostileReply::Kind::EndlessHeaders)
        return;
    // A TLS socket encrypts at once into its own buffer: count both, or the buffer grows without end.
    const auto queued = [c] { return c->socket->bytesToWrite() + (c->ssl ? c->ssl->encryptedBytesToWrite() : 0); };
    while (queued() < kHighWater && c->endlessSent < kSafetyStop) {
        QByteArray chunk;
        if (endlessBody) {
            chunk = QByteArray(kChunk, 'A');
        } else {
            while (chunk.size() < kChunk)
                chunk += "X-Filler-" + QByteArray::number(++c->endlessCounter) + ": " + QByteArray(100, 'h') + "\r\n";
        }
        const qint64 n = socket->write(chunk);
        if (n <= 0)
            return;
        c->endlessSent += n;
        m_written += n;
    }
}

} // namespace rd::test
