#pragma once
// Decodes a JWT without verifying it: only to read what the registry granted and until when.
// The signature is never kept.
#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace rd {

struct JwtAccess
{
    QString type;      // "repository", "registry"
    QString name;      // "hello", "catalog"
    QStringList actions;
};

struct JwtInfo
{
    bool ok = false;
    QString problem;                    // untranslated technical description when not decodable
    QJsonObject header;                 // alg, typ, kid
    QJsonObject claims;                 // the whole payload
    std::optional<QDateTime> expiresAt; // exp (UTC)
    std::optional<QDateTime> notBefore; // nbf (UTC)
    std::optional<QDateTime> issuedAt;  // iat (UTC)
    QString issuer, audience, subject, grantType, tenant;
    QVector<JwtAccess> access;          // from the `access` claim (access tokens)
    bool hasAccessClaim = false;

    // Actions granted on repository `name` (also honours wildcards "*" in name)
    QStringList actionsFor(const QString &type, const QString &name) const;
};

JwtInfo decodeJwt(const QByteArray &token);

// True when the text looks like a JWT (three base64url parts, the first decoding to a JSON object).
bool looksLikeJwt(const QByteArray &token);

} // namespace rd
