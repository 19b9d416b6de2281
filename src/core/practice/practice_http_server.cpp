#include "practice_http_server.h"
#include "practice_http_connection.h"

#include <QDateTime>
#include <QLocale>
#include <QSslConfiguration>
#include <QSslSocket>

namespace rd {

QByteArray PracticeHttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QUrlQuery PracticeHttpRequest::form() const
{
    QByteArray text = body;
    text.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(text));
}

void PracticeHttpResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray PracticeHttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

PracticeHttpServer::PracticeHttpServer(QObject *parent) : QTcpServer(parent)
{
    setMaxPendingConnections(kMaxConnections);
}

PracticeHttpServer::~PracticeHttpServer()
{
    closeAll();
}

void PracticeHttpServer::setCertificate(const QSslCertificate &leaf, const QSslKey &key, const QList<QSslCertificate> &chain)
{
    m_leaf = leaf;
    m_key = key;
    m_chain = chain;
}

bool PracticeHttpServer::listenOnLoopback()
{
    return listen(QHostAddress::LocalHost, 0);
}

void PracticeHttpServer::closeAll()
{
    close();
    const auto connections = findChildren<PracticeHttpConnection *>(QString(), Qt::FindDirectChildrenOnly);
    for (PracticeHttpConnection *c : connections)
        delete c;
}

int PracticeHttpServer::connectionCount() const
{
    return int(findChildren<PracticeHttpConnection *>(QString(), Qt::FindDirectChildrenOnly).size());
}

void PracticeHttpServer::incomingConnection(qintptr socketDescriptor)
{
    auto *socket = new QSslSocket;
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    if (connectionCount() >= kMaxConnections) {
        socket->abort();
        delete socket;
        return;
    }
    if (m_plain) {
        new PracticeHttpConnection(socket, this);
        return;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> localChain{m_leaf};
    localChain += m_chain;
    config.setLocalCertificateChain(localChain);
    config.setPrivateKey(m_key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    socket->setSslConfiguration(config);
    new PracticeHttpConnection(socket, this);
    socket->startServerEncryption();
}

PracticeHttpResponse PracticeHttpServer::handle(const PracticeHttpRequest &request) const
{
    if (!m_handler) {
        PracticeHttpResponse r;
        r.status = 503;
        return r;
    }
    return m_handler(request);
}

QByteArray PracticeHttpServer::date() const
{
    if (m_date)
        return m_date();
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
        .toLatin1();
}

QByteArray PracticeHttpServer::reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

} // namespace rd
