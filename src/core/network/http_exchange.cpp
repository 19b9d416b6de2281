#include "http_exchange.h"
#include "../check_context.h"
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

void HttpExchange::get(CheckContext &ctx, const QUrl &url, const QByteArray &authorization)
{
    send(ctx, url, "GET", QByteArray(), authorization, QByteArray());
}

void HttpExchange::postForm(CheckContext &ctx, const QUrl &url, const QByteArray &formBody)
{
    send(ctx, url, "POST", formBody, QByteArray(), "application/x-www-form-urlencoded");
}

void HttpExchange::abort()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
}

void HttpExchange::send(CheckContext &ctx, const QUrl &logicalUrl, const QByteArray &verb, const QByteArray &body,
                        const QByteArray &authorization, const QByteArray &contentType)
{
    m_body.clear();
    m_truncated = false;
    m_done = false;
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
    QUrl wire = logicalUrl;
    QNetworkRequest request;
    if (endpoint.overridden) {
        wire.setHost(endpoint.host);
        wire.setPort(endpoint.port);
        request.setRawHeader("Host", logicalUrl.port(-1) == -1 ? logicalUrl.host().toUtf8()
                                                               : logicalUrl.authority().toUtf8());
        request.setPeerVerifyName(logicalUrl.host());
    }
    request.setUrl(wire);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(qMax(1, ctx.options.timeoutSeconds) * 1000);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("registry-doctor/" RD_VERSION));
    request.setRawHeader("Accept", "application/json");
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QString::fromLatin1(contentType));
    if (!ctx.options.extraCaCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(ctx.options.extraCaCertificates);
        request.setSslConfiguration(ssl);
    }
    QNetworkAccessManager *nam = ctx.network;
    nam->setProxy(ctx.facts.proxy.value_or(QNetworkProxy(QNetworkProxy::NoProxy)));
    m_reply = nam->sendCustomRequest(request, verb, body);
    m_reply->setReadBufferSize(64 * 1024);
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
}

void HttpExchange::onFinished()
{
    if (m_done || !m_reply)
        return;
    m_done = true;
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
    if (m_truncated && !a.answered) {
        a.networkError = QCoreApplication::translate("rd::HttpExchange", "The answer was larger than %1 KiB; the check stopped reading it.")
                             .arg(kMaxBody / 1024);
    }
    a.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
    a.retryAfter = QString::fromLatin1(reply->rawHeader("Retry-After")).left(64);
    a.contentType = QString::fromLatin1(reply->rawHeader("Content-Type")).left(128);
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
    emit finished(a);
}

} // namespace rd
