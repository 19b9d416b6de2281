#include "ecr_token.h"
#include <QJsonDocument>
#include <QJsonObject>

namespace rd {

std::optional<QDateTime> ecrTokenExpiry(const QByteArray &password)
{
    // A real token is about 2 KB; anything far larger is not one, and is not decoded.
    if (password.size() < 16 || password.size() > 64 * 1024)
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(password.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !decoded.decoded.startsWith('{'))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(decoded.decoded);
    const QJsonObject o = doc.object();
    const QJsonValue expiration = o.value(QStringLiteral("expiration"));
    if (!doc.isObject() || !o.contains(QStringLiteral("payload")) || !expiration.isDouble())
        return std::nullopt;
    const double seconds = expiration.toDouble();
    // Between 2015 (ECR's start) and 2100: a number outside is not a time this token can carry.
    if (seconds < 1420070400.0 || seconds > 4102444800.0)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
}

} // namespace rd
