#include "redactor.h"
#include "../check_context.h"
#include <QRegularExpression>

namespace rd {

Redactor::Redactor(const CheckContext &ctx)
{
    add(ctx.options.password);
    add(ctx.facts.stored.secret);
    add(ctx.facts.used.secret);
    add(ctx.facts.accessToken);
    add(ctx.facts.refreshToken);
    for (const auto &entry : ctx.facts.dockerConfig.auths) {
        add(entry.password);
        add(entry.identityToken);
    }
}

void Redactor::add(const Secret &secret)
{
    // Very short values would blank out ordinary words; nothing that short is a real secret here.
    if (secret.size() >= 4 && !m_secrets.contains(secret))
        m_secrets << secret;
}

QString Redactor::apply(QString text) const
{
    static const QLatin1String mark("[removed]");
    for (const Secret &s : m_secrets) {
        const QString plain = QString::fromUtf8(s.expose());
        text.replace(plain, mark);
        text.replace(QString::fromLatin1(s.expose().toBase64()), mark);
    }
    // Anything shaped like a JWT (header.payload.signature) or a Basic/Bearer authorization value.
    static const QRegularExpression jwt(QStringLiteral("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"));
    static const QRegularExpression auth(QStringLiteral("\\b(Basic|Bearer)\\s+[A-Za-z0-9+/=._-]{8,}"),
                                         QRegularExpression::CaseInsensitiveOption);
    text.replace(jwt, mark);
    text.replace(auth, QStringLiteral("\\1 ") + mark);
    return text;
}

QByteArray Redactor::apply(const QByteArray &utf8) const
{
    return apply(QString::fromUtf8(utf8)).toUtf8();
}

} // namespace rd
