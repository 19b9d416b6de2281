#include "jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QList>
#include <cmath>

namespace rd {

namespace {

constexpr int kMaxTokenBytes = 64 * 1024;
// Seconds since the epoch of 9999-12-31T23:59:59Z: beyond it QDateTime is of no use to us.
constexpr double kMaxEpochSeconds = 253402300799.0;

bool isBase64UrlChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

// Decodes one base64url part (padding tolerated, other alphabets refused).
bool decodePart(QByteArray part, QByteArray *out)
{
    while (part.endsWith('='))
        part.chop(1);
    if (part.isEmpty() || part.size() % 4 == 1)
        return false;
    for (char c : std::as_const(part))
        if (!isBase64UrlChar(c))
            return false;
    const auto decoded = QByteArray::fromBase64Encoding(
        part, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    *out = decoded.decoded;
    return true;
}

bool decodeObject(const QByteArray &part, QJsonObject *out, QString *problem, const char *what)
{
    QByteArray json;
    if (!decodePart(part, &json)) {
        *problem = QStringLiteral("%1 is not base64url").arg(QLatin1String(what));
        return false;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = QStringLiteral("%1 is not JSON: %2").arg(QLatin1String(what), error.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *problem = QStringLiteral("%1 is not a JSON object").arg(QLatin1String(what));
        return false;
    }
    *out = doc.object();
    return true;
}

std::optional<QDateTime> timeClaim(const QJsonObject &claims, const char *name)
{
    const QJsonValue v = claims.value(QLatin1String(name));
    if (!v.isDouble())
        return std::nullopt;
    const double seconds = v.toDouble();
    if (!std::isfinite(seconds) || std::fabs(seconds) > kMaxEpochSeconds)
        return std::nullopt;
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(seconds * 1000.0)), Qt::UTC);
}

QString stringClaim(const QJsonObject &claims, const char *name)
{
    const QJsonValue v = claims.value(QLatin1String(name));
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        QStringList parts;
        const QJsonArray array = v.toArray();
        for (const QJsonValue &item : array)
            if (item.isString())
                parts << item.toString();
        return parts.join(QStringLiteral(", "));
    }
    return QString();
}

QList<QByteArray> splitToken(const QByteArray &token)
{
    return token.trimmed().split('.');
}

} // namespace

QStringList JwtInfo::actionsFor(const QString &type, const QString &name) const
{
    QStringList actions;
    for (const JwtAccess &a : access) {
        if (a.type != type || (a.name != name && a.name != QLatin1String("*")))
            continue;
        for (const QString &action : a.actions)
            if (!actions.contains(action))
                actions << action;
    }
    return actions;
}

JwtInfo decodeJwt(const QByteArray &token)
{
    JwtInfo info;
    if (token.size() > kMaxTokenBytes) {
        info.problem = QStringLiteral("token too large (%1 bytes)").arg(token.size());
        return info;
    }
    const QList<QByteArray> parts = splitToken(token);
    if (parts.size() != 3) {
        info.problem = QStringLiteral("expected 3 dot-separated parts, found %1").arg(parts.size());
        return info;
    }
    // The signature (parts[2]) is neither decoded nor kept.
    if (!decodeObject(parts.at(0), &info.header, &info.problem, "header"))
        return info;
    if (!decodeObject(parts.at(1), &info.claims, &info.problem, "payload")) {
        info.header = QJsonObject();
        return info;
    }
    const QJsonObject &claims = info.claims;
    info.expiresAt = timeClaim(claims, "exp");
    info.notBefore = timeClaim(claims, "nbf");
    info.issuedAt = timeClaim(claims, "iat");
    info.issuer = stringClaim(claims, "iss");
    info.audience = stringClaim(claims, "aud");
    info.subject = stringClaim(claims, "sub");
    info.grantType = stringClaim(claims, "grant_type");
    info.tenant = stringClaim(claims, "tenant");
    info.hasAccessClaim = claims.contains(QLatin1String("access"));
    const QJsonArray access = claims.value(QLatin1String("access")).toArray();
    for (const QJsonValue &item : access) {
        if (!item.isObject())
            continue;
        const QJsonObject o = item.toObject();
        JwtAccess a;
        a.type = o.value(QLatin1String("type")).toString();
        a.name = o.value(QLatin1String("name")).toString();
        const QJsonArray actions = o.value(QLatin1String("actions")).toArray();
        for (const QJsonValue &action : actions)
            if (action.isString())
                a.actions << action.toString();
        info.access.append(a);
    }
    info.ok = true;
    return info;
}

bool looksLikeJwt(const QByteArray &token)
{
    if (token.size() > kMaxTokenBytes)
        return false;
    const QList<QByteArray> parts = splitToken(token);
    if (parts.size() != 3)
        return false;
    QJsonObject header;
    QString problem;
    return decodeObject(parts.at(0), &header, &problem, "header");
}

} // namespace rd
