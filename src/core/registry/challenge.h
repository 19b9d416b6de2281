#pragma once
// Parser for the WWW-Authenticate header a registry sends with 401 (RFC 7235 challenges).
#include <QByteArray>
#include <QMap>
#include <QString>
#include <QVector>

namespace rd {

struct AuthChallenge
{
    QString scheme;                 // lower-case: "bearer", "basic", ...
    QMap<QString, QString> params;  // keys lower-case, values unquoted and unescaped
    QString realm() const { return params.value(QStringLiteral("realm")); }
    QString service() const { return params.value(QStringLiteral("service")); }
    QString scope() const { return params.value(QStringLiteral("scope")); }
    QString error() const { return params.value(QStringLiteral("error")); }
};

struct ChallengeParseResult
{
    QVector<AuthChallenge> challenges;
    bool ok = false;      // at least one well-formed challenge
    QString problem;      // untranslated technical description when malformed
};

// Accepts several challenges in one header value, parameters in any order, quoted strings with
// backslash escapes, token68 values, stray whitespace and commas. Never throws, never loops forever.
ChallengeParseResult parseWwwAuthenticate(const QByteArray &headerValue);

} // namespace rd
