#include "practice_http_connection.h"

#include <QSslSocket>
#include <QUrl>

namespace rd {

namespace {

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        const uchar u = uchar(c);
        if (u <= 0x20 || u >= 0x7f || c == ':' || c == '(' || c == ')' || c == ',' || c == ';' || c == '"' || c == '/'
            || c == '[' || c == ']' || c == '?' || c == '=' || c == '{' || c == '}' || c == '<' || c == '>'
            || c == '@' || c == '\\')
            return false;
    }
    return true;
}

} // namespace

PracticeHttpConnection::PracticeHttpConnection(QSslSocket *socket, PracticeHttpServer *server)
    : QObject(server), m_socket(socket), m_server(server)
{
    m_socket->setParent(this);
    m_idle.setSingleShot(true);
    m_idle.setInterval(PracticeHttpServer::kIdleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (!m_busy)
            abort();
        else
            m_idle.start();
    });
    connect(m_socket, &QSslSocket::readyRead, this, &PracticeHttpConnection::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            deleteLater();
    });
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &) { abort(); });
    m_idle.start();
}

PracticeHttpConnection::~PracticeHttpConnection() = default;

void PracticeHttpConnection::abort()
{
    m_closing = true;
    m_socket->abort();
    deleteLater();
}

void PracticeHttpConnection::onReadyRead()
{
    if (m_closing) {
        m_socket->readAll(); // drain, so that closing does not reset the connection before the answer is read
        return;
    }
    m_idle.start();
    processBuffer();
}

void PracticeHttpConnection::processBuffer()
{
    while (!m_busy && !m_closing) {
        // Never hold more than one request's worth of bytes; the rest waits in the socket.
        const qint64 room = PracticeHttpServer::kMaxHeaderBytes + PracticeHttpServer::kMaxBodyBytes + 4 - m_buffer.size();
        if (room > 0 && m_socket->bytesAvailable() > 0)
            m_buffer += m_socket->read(room);
        if (m_buffer.isEmpty())
            return;
        // A request starts with its method, a word: anything else (a TLS ClientHello on a plain port)
        // gets its 400 at once, as an HTTP server answers it, instead of waiting for a line end.
        if (!isToken(m_buffer.left(1))) {
            failAndClose(400);
            return;
        }
        const int headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (m_buffer.size() > PracticeHttpServer::kMaxHeaderBytes)
                failAndClose(431);
            return;
        }
        if (headerEnd + 4 > PracticeHttpServer::kMaxHeaderBytes) {
            failAndClose(431);
            return;
        }
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        PracticeHttpRequest request;
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        if (requestLine.size() != 3 || !isToken(requestLine.at(0)) || !requestLine.at(1).startsWith('/')
            || (requestLine.at(2) != "HTTP/1.1" && requestLine.at(2) != "HTTP/1.0")) {
            failAndClose(400);
            return;
        }
        request.method = requestLine.at(0);
        request.target = requestLine.at(1);
        request.version = requestLine.at(2);
        for (int i = 1; i < lines.size(); ++i) {
            QByteArray line = lines.at(i);
            if (line.endsWith('\r'))
                line.chop(1);
            const int colon = line.indexOf(':');
            if (colon <= 0 || !isToken(line.left(colon))) {
                failAndClose(400);
                return;
            }
            request.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
        }
        if (!request.header("Transfer-Encoding").isEmpty()) {
            failAndClose(501);
            return;
        }
        qint64 contentLength = 0;
        bool sawLength = false;
        for (const auto &h : std::as_const(request.headers)) {
            if (h.first.compare("Content-Length", Qt::CaseInsensitive) != 0)
                continue;
            bool ok = false;
            const qint64 value = h.second.toLongLong(&ok);
            if (!ok || value < 0 || (sawLength && value != contentLength)) {
                failAndClose(400);
                return;
            }
            contentLength = value;
            sawLength = true;
        }
        if (contentLength > PracticeHttpServer::kMaxBodyBytes) {
            failAndClose(413);
            return;
        }
        if (m_buffer.size() < headerEnd + 4 + contentLength)
            return; // wait for the body
        request.body = m_buffer.mid(headerEnd + 4, int(contentLength));
        m_buffer.remove(0, headerEnd + 4 + int(contentLength));

        const QUrl url = QUrl::fromEncoded(request.target);
        if (!url.isValid()) {
            failAndClose(400);
            return;
        }
        request.path = url.path(QUrl::FullyDecoded);
        request.query = QUrlQuery(url);

        const QByteArray connection = request.header("Connection").toLower();
        const bool keepAlive = request.version == "HTTP/1.1" ? !connection.contains("close")
                                                             : connection.contains("keep-alive");
        const bool head = request.method == "HEAD";
        PracticeHttpResponse response = m_server ? m_server->handle(request) : PracticeHttpResponse{503, {}, {}, 0, true};
        if (response.delayMs > 0) {
            m_busy = true;
            QTimer::singleShot(response.delayMs, this, [this, response, head, keepAlive] {
                m_busy = false;
                send(response, head, keepAlive);
                processBuffer();
            });
            return;
        }
        send(response, head, keepAlive);
    }
}

void PracticeHttpConnection::send(const PracticeHttpResponse &response, bool headRequest, bool keepAlive)
{
    if (m_closing || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    const bool close = response.close || !keepAlive;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
                     + PracticeHttpServer::reasonPhrase(response.status) + "\r\n";
    bool hasDate = false;
    for (const auto &h : response.headers) {
        if (h.first.compare("Date", Qt::CaseInsensitive) == 0)
            hasDate = true;
        out += h.first + ": " + h.second + "\r\n";
    }
    if (!hasDate && m_server)
        out += "Date: " + m_server->date() + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += close ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
    out += "\r\n";
    if (!headRequest)
        out += response.body;
    m_socket->write(out);
    m_idle.start();
    if (close) {
        m_closing = true;
        if (m_lingerMs > 0)
            QTimer::singleShot(m_lingerMs, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
        else
            m_socket->disconnectFromHost(); // after the pending bytes are written
    }
}

void PracticeHttpConnection::failAndClose(int status)
{
    PracticeHttpResponse response;
    response.status = status;
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    response.body = PracticeHttpServer::reasonPhrase(status) + '\n';
    response.close = true;
    m_buffer.clear();
    m_socket->readAll();
    // The client may still be sending what we refused: keep reading (and dropping) for a moment so
    // that the close does not turn into a reset that swallows the answer.
    m_lingerMs = 500;
    send(response, false, false);
}

} // namespace rd
