#include "http_exchange.h"
#include "request_proxy.h"
#include "check_context.h"
#include "printable_text.h"
#include "byte_budget_relay.h"
#include "connection_relays.h"
#include "endpoint.h"
#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

namespace rd {

HttpExchange::HttpExchange(QObject *parent) : QObject(parent) {}

HttpExchange::~HttpExchange()
{
    abort();
}

QString HttpExchange::describe(const QUrl &url)
{
    return url.toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

QByteArray HttpExchange::basicAuthorization(const QString &user, const Secret &secret)
{
    return "Basic " + (user.toUtf8() + ':' + secret.expose()).toBase64();
}

QString HttpExchange::retryAfterSeconds(const QByteArray &value, const QDateTime &now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty() || v.size() > 64)
        return {};
    constexpr qint64 kOneDay = 24 * 3600;
    bool isNumber = false;
    const qint64 seconds = v.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 && seconds <= kOneDay ? QString::number(seconds) : QString();
    const QDateTime when = parseHttpDate(v);
    if (!when.isValid())
        return {};
    const qint64 delta = qMax<qint64>(0, now.secsTo(when));
    return delta <= kOneDay ? QString::number(delta) : QString();
}

void HttpExchange::get(CheckContext &ctx, const QUrl &url, const QByteArray &authorization)
{
    send(ctx, url, "GET", QByteArray(), authorization, QByteArray());
}

void HttpExchange::postForm(CheckContext &ctx, const QUrl &url, const QByteArray &formBody)
{
    send(ctx, url, "POST", formBody, QByteArray(), "application/x-www-form-urlencoded");
}

void HttpExchange::request(CheckContext &ctx, const QByteArray &verb, const QUrl &url, const QByteArray &authorization,
                           const Headers &headers)
{
    send(ctx, url, verb, QByteArray(), authorization, QByteArray(), headers);
}

void HttpExchange::abort()
{
    if (m_deadline)
        m_deadline->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    releaseRelay(false);
}

void HttpExchange::releaseRelay(bool reusable)
{
    if (m_relay)
        m_relay->endAnswer(reusable);
    m_relay = nullptr;
}

void HttpExchange::send(CheckContext &ctx, const QUrl &logicalUrl, const QByteArray &verb, const QByteArray &body,
                        const QByteArray &authorization, const QByteArray &contentType, const Headers &headers)
{
    m_body.clear();
    m_truncated = false;
    m_done = false;
    m_timedOut = false;
    const quint16 port = quint16(logicalUrl.port(logicalUrl.scheme() == QLatin1String("http") ? 80 : 443));
    const Endpoint endpoint = endpointFor(ctx.options, logicalUrl.host(), port);
    if (!endpoint.allowed) {
        HttpAnswer a;
        a.networkError = QCoreApplication::translate("rd::HttpExchange",
                                                     "Practice mode only talks to this computer; %1 is not part of the exercise.")
                             .arg(logicalUrl.host());
        a.networkErrorCode = QNetworkReply::ProtocolUnknownError;
        QTimer::singleShot(0, this, [this, a] { emit finished(a); });
        return;
    }
    m_logicalUrl = logicalUrl;
    QUrl wire = logicalUrl;
    QNetworkRequest request;
    if (endpoint.overridden) {
        wire.setHost(endpoint.host);
        wire.setPort(endpoint.port);
    }
    // Every byte from the server (or the proxy) passes through a relay that stops at a budget:
    // the only bound on what Qt reads before it shows us anything (see byte_budget_relay.h).
    QNetworkProxy proxy = requestProxy(ctx, logicalUrl.host(), port);
    const bool viaProxy = proxy.type() != QNetworkProxy::NoProxy && !proxy.hostName().isEmpty();
    releaseRelay(false); // a request still on this exchange is abandoned
    ConnectionRelays *relays = ctx.relays;
    if (!relays) {
        if (!m_ownRelays)
            m_ownRelays = new ConnectionRelays(this);
        relays = m_ownRelays;
    }
    m_relay = relays->relayFor(logicalUrl.host(), port, viaProxy ? proxy.hostName() : wire.host(),
                               viaProxy ? proxy.port() : quint16(wire.port(port)), kMaxAnswerBytes);
    if (m_relay) {
        m_relay->beginAnswer();
        if (viaProxy) {
            proxy.setHostName(QStringLiteral("127.0.0.1"));
            proxy.setPort(m_relay->port());
        } else {
            wire.setHost(QStringLiteral("127.0.0.1"));
            wire.setPort(m_relay->port());
        }
    }
    // The registry's own name and port, never the relay's or the practice endpoint's: also when
    // the registry is 127.0.0.1, whose wire host is the relay's too, only the port differs.
    if (wire.host() != logicalUrl.host() || wire.port(port) != port) {
        const QString host = logicalUrl.host().contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(logicalUrl.host())
                                                                          : logicalUrl.host();
        request.setRawHeader("Host", (logicalUrl.port(-1) == -1 ? host : host + QLatin1Char(':') + QString::number(port)).toUtf8());
        request.setPeerVerifyName(logicalUrl.host());
    }
    request.setUrl(wire);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // One deadline for the whole exchange (below). Qt's transfer timeout restarts with every byte,
    // so a server sending one byte a second never reaches it; it stays only as a backstop.
    m_deadlineMs = qMax(1, ctx.options.timeoutSeconds) * 1000;
    request.setTransferTimeout(m_deadlineMs + 1000);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("registry-doctor/" RD_VERSION));
    request.setRawHeader("Accept", "application/json");
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(contentType));
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    // The trust of the user's client: the tool's own additions (--ca-file, the practice CA) and the
    // authorities the client reads for this registry (certs.d), found by the TLS probe.
    const QList<QSslCertificate> authorities = ctx.options.extraCaCertificates + ctx.facts.clientAuthorities;
    if (!authorities.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(authorities);
        request.setSslConfiguration(ssl);
    }
    QNetworkAccessManager *nam = ctx.network;
    nam->setProxy(proxy);
    // HEAD and POST through their own calls: Qt waits for the body a HEAD answer announces unless it
    // knows the verb, and sends "Content-Length: 0" with an empty POST only then.
    if (verb == "HEAD")
        m_reply = nam->head(request);
    else if (verb == "POST")
        m_reply = nam->post(request, body);
    else
        m_reply = nam->sendCustomRequest(request, verb, body);
    m_reply->setReadBufferSize(64 * 1024);
    // Docker does not verify registries on 127.0.0.0/8; the sign-in is tried as Docker would, and only
    // for the registry itself (the TLS probe decided it for this host).
    if (ctx.facts.clientSkipsVerification && logicalUrl.host() == ctx.reference.host)
        m_reply->ignoreSslErrors();
    connect(m_reply, &QNetworkReply::readyRead, this, [this] {
        const QByteArray chunk = m_reply->readAll();
        const qint64 room = kMaxBody - m_body.size();
        if (chunk.size() > room) {
            m_body += chunk.left(room);
            m_truncated = true;
            onFinished(); // stop reading an endless body
            return;
        }
        m_body += chunk;
    });
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
    if (!m_deadline) {
        m_deadline = new QTimer(this);
        m_deadline->setSingleShot(true);
        connect(m_deadline, &QTimer::timeout, this, &HttpExchange::onDeadline);
    }
    m_deadline->start(m_deadlineMs);
}

void HttpExchange::onDeadline()
{
    if (m_done || !m_reply)
        return;
    // Qt 6.4 keeps reading response headers without any size limit; this deadline is what bounds
    // a server that sends them without end (docs/robustness.md, "Fault matrix").
    m_timedOut = true;
    onFinished();
}

void HttpExchange::onFinished()
{
    if (m_done || !m_reply)
        return;
    m_done = true;
    if (m_deadline)
        m_deadline->stop();
    QNetworkReply *reply = m_reply;
    if (!m_truncated)
        m_body += reply->readAll().left(kMaxBody - m_body.size());
    HttpAnswer a;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    a.answered = status.isValid();
    a.status = status.toInt();
    if (reply->error() != QNetworkReply::NoError && !(a.answered && reply->error() >= QNetworkReply::ContentAccessDenied)) {
        a.networkError = reply->errorString();
        a.networkErrorCode = reply->error();
    }
    if (m_timedOut) {
        a.networkError = QCoreApplication::translate("rd::HttpExchange", "No complete answer within %n second(s); the check stopped waiting.",
                                                     nullptr, m_deadlineMs / 1000);
        a.networkErrorCode = QNetworkReply::TimeoutError;
    }
    if (m_relay && m_relay->exceeded() && !a.answered) {
        a.networkError = QCoreApplication::translate("rd::HttpExchange", "The server sent more than %1 KiB before its answer could be read; the check stopped reading it.")
                             .arg(kMaxAnswerBytes / 1024);
        a.networkErrorCode = QNetworkReply::ProtocolFailure;
    }
    if (m_truncated && !a.answered) {
        a.networkError = QCoreApplication::translate("rd::HttpExchange", "The answer was larger than %1 KiB; the check stopped reading it.")
                             .arg(kMaxBody / 1024);
    }
    a.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
    // Every real answer has headers (Content-Length, Date, ...): none at all means Qt dropped a head
    // it could not read, such as a very large WWW-Authenticate; that is not a missing header.
    a.headersUnreadable = a.answered && reply->rawHeaderList().isEmpty();
    a.retryAfter = retryAfterSeconds(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    const QByteArray location = reply->rawHeader("Location").left(2048);
    if (a.answered && !location.isEmpty()) {
        // Whole, query included: a blob redirect and an upload's address carry signatures.
        const QUrl whole = m_logicalUrl.resolved(QUrl::fromEncoded(location));
        if (whole.isValid())
            a.location = Secret(whole.toEncoded());
    }
    a.digest = QString::fromLatin1(reply->rawHeader("Docker-Content-Digest")).left(160);
    if (a.answered && a.status >= 300 && a.status < 400) {
        // Resolved against the logical address (the practice/test table may have rewritten the host).
        const QUrl target = m_logicalUrl.resolved(QUrl::fromEncoded(location));
        if (!location.isEmpty() && target.isValid())
            a.redirectTo = printableText(describe(target), 300);
    }
    a.contentType = QString::fromLatin1(reply->rawHeader("Content-Type")).left(128);
    a.rateLimit = parseRateLimit(reply->rawHeader("ratelimit-limit").left(64), reply->rawHeader("ratelimit-remaining").left(64));
    const QByteArray date = reply->rawHeader("Date");
    if (!date.isEmpty()) {
        a.serverDate = parseHttpDate(date);
    }
    if (a.answered)
        a.body = parseErrorBody(m_body);
    a.bodyTruncated = m_truncated;
    a.rawBody = Secret(m_body);
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
    m_reply = nullptr;
    m_body.clear();
    // Only a complete answer leaves its connection for the next request (Qt keeps it when the
    // server does); anything else closes the relay's connections once no other request is on them.
    releaseRelay(a.answered && a.networkError.isEmpty() && !m_truncated && !m_timedOut);
    emit finished(a);
}

} // namespace rd
