#include "google_token_info.h"
#include <QJsonDocument>
#include <QJsonObject>

namespace rd {

namespace {

// A whole number of seconds, as a JSON number or a string of digits (oauth2.googleapis.com sends
// "exp": "1679875401"); nothing when it is neither.
std::optional<qint64> seconds(const QJsonValue &v)
{
    if (v.isDouble())
        return qint64(v.toDouble());
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().trimmed().toLongLong(&ok);
        if (ok)
            return n;
    }
    return std::nullopt;
}

} // namespace

QString googleTokenInfoUrl()
{
    return QStringLiteral("https://oauth2.googleapis.com/tokeninfo");
}

GoogleTokenInfo readGoogleTokenInfo(int status, const QByteArray &body, const QDateTime &now)
{
    GoogleTokenInfo info;
    info.state = GoogleTokenInfo::State::Unknown;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject o = doc.object();
    if (status == 400 && (o.value(QStringLiteral("error")).toString() == QLatin1String("invalid_token")
                          || o.value(QStringLiteral("error_description")).toString() == QLatin1String("Invalid Value"))) {
        info.state = GoogleTokenInfo::State::Invalid;
        return info;
    }
    if (status != 200 || !doc.isObject() || o.contains(QStringLiteral("error"))) {
        info.problem = QStringLiteral("HTTP %1").arg(status);
        return info;
    }
    std::optional<qint64> at = seconds(o.value(QStringLiteral("exp")));
    if (!at)
        if (const std::optional<qint64> left = seconds(o.value(QStringLiteral("expires_in"))); left && *left >= 0)
            at = now.toSecsSinceEpoch() + *left;
    // An access token lives an hour (at most twelve when an organisation extends it): a time outside
    // 2010..2100 is not one Google sent for it.
    if (!at || *at < 1262304000 || *at > 4102444800) {
        info.problem = QStringLiteral("HTTP 200 without exp");
        return info;
    }
    info.state = GoogleTokenInfo::State::Valid;
    info.expiresAt = QDateTime::fromSecsSinceEpoch(*at, Qt::UTC);
    info.account = o.value(QStringLiteral("email")).toString().left(200);
    return info;
}

} // namespace rd
