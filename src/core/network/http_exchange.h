#pragma once
// One HTTP request to the registry or its token service, with every bound in one place: the
// practice/test endpoint table, the extra CA certificates, the proxy the check decided on, no
// automatic redirects (a 3xx is reported with its target, never followed), a cap on the body,
// and one deadline for the whole exchange (CheckOptions::timeoutSeconds): a server that dribbles
// its answer, or sends headers without end, is stopped there. Fills an HttpAnswer.
#include "facts.h"
#include <QByteArray>
#include <QNetworkRequest>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace rd {

struct CheckContext;
class ByteBudgetRelay;
class ConnectionRelays;

class HttpExchange : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kMaxBody = 256 * 1024;
    // Everything the server may send for one request: TLS handshake, headers and body together.
    static constexpr qint64 kMaxAnswerBytes = kMaxBody + 512 * 1024;

    explicit HttpExchange(QObject *parent = nullptr);
    ~HttpExchange() override;

    // `url` is the logical URL (https://contoso.azurecr.io/v2/); `authorization` is the full
    // Authorization header value or empty. The header value is built by the caller from a Secret
    // and never stored here beyond the request.
    void get(CheckContext &ctx, const QUrl &url, const QByteArray &authorization = QByteArray());
    void postForm(CheckContext &ctx, const QUrl &url, const QByteArray &formBody);
    // Any verb without a body (HEAD, POST, DELETE), with extra request headers: a manifest's Accept
    // list, a blob's Range. A header given here replaces the default of the same name.
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    void request(CheckContext &ctx, const QByteArray &verb, const QUrl &url, const QByteArray &authorization,
                 const Headers &headers = {});
    void abort();

    static QString describe(const QUrl &url); // "GET https://host/path" without query values
    // "Basic base64(user:secret)", the value of an Authorization header.
    static QByteArray basicAuthorization(const QString &user, const Secret &secret);
    // A Retry-After value as whole seconds ("30"): delta-seconds, or an HTTP date counted from
    // `now`; empty when absent, unreadable or longer than a day.
    static QString retryAfterSeconds(const QByteArray &value, const QDateTime &now);

signals:
    void finished(const rd::HttpAnswer &answer);

private:
    void send(CheckContext &ctx, const QUrl &url, const QByteArray &verb, const QByteArray &body,
              const QByteArray &authorization, const QByteArray &contentType, const Headers &headers = {});
    void onFinished();
    void onDeadline();
    void releaseRelay(bool reusable);
    QPointer<QNetworkReply> m_reply;
    QTimer *m_deadline = nullptr;
    QPointer<ByteBudgetRelay> m_relay;     // shared with the run's other requests to the server
    ConnectionRelays *m_ownRelays = nullptr; // when the context has none
    int m_deadlineMs = 0;
    bool m_timedOut = false;
    QByteArray m_body;
    QUrl m_logicalUrl;
    bool m_truncated = false;
    bool m_done = false;
};

} // namespace rd
