#pragma once
// Mints and checks the practice registry's JWTs (HS256 with a key made for each run): refresh
// tokens like the ones `az acr login` stores, and access tokens like ACR's token server issues.
#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace rd {

struct PracticeTokenCheck
{
    bool valid = false;     // signature, audience, time window all fine
    bool expired = false;   // signature and audience fine, but exp is past
    QJsonObject claims;     // when the signature is good
    QString problem;        // untranslated, when !valid
};

// Compares two secrets in a time that does not depend on where they differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

class PracticeTokenService
{
public:
    PracticeTokenService(); // new random signing key

    void setAudience(const QString &loginServer) { m_audience = loginServer; }
    QString audience() const { return m_audience; }

    QByteArray sign(const QJsonObject &claims) const;

    // grant_type "refresh_token", no `access` claim. `lifetimeSeconds` may be negative-ended by
    // choosing `issuedAt` in the past.
    QByteArray makeRefreshToken(const QString &subject, const QDateTime &issuedAt, qint64 lifetimeSeconds) const;
    // `access`: [{"type","name","actions"}], valid 75 minutes from `issuedAt`.
    QByteArray makeAccessToken(const QString &subject, const QJsonArray &access, const QString &grantType,
                               const QDateTime &issuedAt) const;

    // Checks the signature with this run's key, aud, nbf (60 s leeway) and exp against `now`.
    PracticeTokenCheck verify(const QByteArray &token, const QDateTime &now) const;

    static constexpr qint64 kAccessTokenLifetime = 75 * 60;
    static constexpr qint64 kRefreshTokenLifetime = 3 * 3600;

private:
    QJsonObject baseClaims(const QString &subject, const QDateTime &issuedAt, qint64 lifetimeSeconds) const;
    QByteArray m_key;
    QString m_audience;
    QString m_tenant;
};

} // namespace rd
