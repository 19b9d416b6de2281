#include "practice_token_service.h"

#include <QJsonDocument>
#include <QList>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUuid>

namespace rd {

namespace {

constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray randomBytes(int n)
{
    QByteArray out(n, '\0');
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(out.data()),
                                         reinterpret_cast<quint32 *>(out.data()) + n / 4);
    return out;
}

} // namespace

PracticeTokenService::PracticeTokenService()
    : m_key(randomBytes(32)), m_tenant(QStringLiteral("2f1c8a3e-5b7d-4c69-9e0a-7d3b1e000001"))
{
}

QByteArray PracticeTokenService::sign(const QJsonObject &claims) const
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), QStringLiteral("practice-registry")}};
    const QByteArray signingInput = QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(kB64) + '.'
                                    + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kB64);
    const QByteArray signature = QMessageAuthenticationCode::hash(signingInput, m_key, QCryptographicHash::Sha256);
    return signingInput + '.' + signature.toBase64(kB64);
}

QJsonObject PracticeTokenService::baseClaims(const QString &subject, const QDateTime &issuedAt, qint64 lifetimeSeconds) const
{
    const qint64 iat = issuedAt.toSecsSinceEpoch();
    return QJsonObject{{QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                       {QStringLiteral("sub"), subject},
                       {QStringLiteral("nbf"), double(iat)},
                       {QStringLiteral("exp"), double(iat + lifetimeSeconds)},
                       {QStringLiteral("iat"), double(iat)},
                       {QStringLiteral("iss"), QStringLiteral("Azure Container Registry")},
                       {QStringLiteral("aud"), m_audience},
                       {QStringLiteral("version"), QStringLiteral("1.0")},
                       {QStringLiteral("rid"), QString::fromLatin1(randomBytes(16).toHex())},
                       {QStringLiteral("tenant"), m_tenant}};
}

QByteArray PracticeTokenService::makeRefreshToken(const QString &subject, const QDateTime &issuedAt, qint64 lifetimeSeconds) const
{
    QJsonObject claims = baseClaims(subject, issuedAt, lifetimeSeconds);
    claims.insert(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    return sign(claims);
}

QByteArray PracticeTokenService::makeAccessToken(const QString &subject, const QJsonArray &access, const QString &grantType,
                                                 const QDateTime &issuedAt) const
{
    QJsonObject claims = baseClaims(subject, issuedAt, kAccessTokenLifetime);
    claims.insert(QStringLiteral("grant_type"), grantType);
    claims.insert(QStringLiteral("access"), access);
    return sign(claims);
}

PracticeTokenCheck PracticeTokenService::verify(const QByteArray &token, const QDateTime &now) const
{
    PracticeTokenCheck check;
    const QList<QByteArray> parts = token.split('.');
    if (token.size() > 16384 || parts.size() != 3) {
        check.problem = QStringLiteral("not a JWT");
        return check;
    }
    const QByteArray expected = QMessageAuthenticationCode::hash(parts.at(0) + '.' + parts.at(1), m_key,
                                                                 QCryptographicHash::Sha256)
                                    .toBase64(kB64);
    if (!constantTimeEquals(expected, parts.at(2))) {
        check.problem = QStringLiteral("signature does not match");
        return check;
    }
    const auto decoded = QByteArray::fromBase64Encoding(parts.at(1), QByteArray::Base64UrlEncoding);
    const QJsonDocument doc = QJsonDocument::fromJson(decoded.decoded);
    if (!decoded || !doc.isObject()) {
        check.problem = QStringLiteral("payload is not JSON");
        return check;
    }
    check.claims = doc.object();
    if (check.claims.value(QStringLiteral("aud")).toString().compare(m_audience, Qt::CaseInsensitive) != 0) {
        check.problem = QStringLiteral("audience is not this registry");
        return check;
    }
    const qint64 t = now.toSecsSinceEpoch();
    const qint64 nbf = qint64(check.claims.value(QStringLiteral("nbf")).toDouble());
    const qint64 exp = qint64(check.claims.value(QStringLiteral("exp")).toDouble());
    if (exp <= t) {
        check.expired = true;
        check.problem = QStringLiteral("token expired");
        return check;
    }
    if (nbf > t + 60) {
        check.problem = QStringLiteral("token not valid yet");
        return check;
    }
    check.valid = true;
    return check;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (int i = 0; i < a.size(); ++i)
        diff |= uchar(a.at(i)) ^ uchar(b.at(i));
    return diff == 0;
}

} // namespace rd
