#include "redactor.h"
#include "../check_context.h"
#include <QRegularExpression>
#include <algorithm>

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
        // The file's `auth` value is base64("user:password"): cover that form too.
        if (!entry.password.isEmpty())
            add(Secret(entry.username.toUtf8() + ':' + entry.password.expose()));
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
    // Longest first, so a secret that contains a shorter one is removed whole.
    QVector<const Secret *> secrets;
    for (const Secret &s : m_secrets)
        secrets << &s;
    std::stable_sort(secrets.begin(), secrets.end(), [](const Secret *a, const Secret *b) { return a->size() > b->size(); });
    for (const Secret *secret : std::as_const(secrets)) {
        const Secret &s = *secret;
        const QString plain = QString::fromUtf8(s.expose());
        text.replace(plain, mark);
        text.replace(QString::fromLatin1(s.expose().toBase64()), mark);
    }
    // Anything shaped like a JWT (header.payload.signature) or a Basic/Bearer authorization value.
    static const QRegularExpression jwt(QStringLiteral("eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*"));
    static const QRegularExpression auth(QStringLiteral("\\b(Basic|Bearer)\\s+[A-Za-z0-9+/=._-]{8,}"),
                                         QRegularExpression::CaseInsensitiveOption);
    text.replace(jwt, mark);
    // A credential has digits, symbols or inner capitals; a plain word ("Basic authentication",
    // "Bearer challenge") is left alone.
    static const QRegularExpression credentialish(QStringLiteral("[0-9+/=._]|.[A-Z]"));
    QString out;
    qsizetype last = 0;
    auto it = auth.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString value = m.captured(0).mid(m.capturedLength(1)).trimmed();
        if (!credentialish.match(value).hasMatch())
            continue;
        out += QStringView(text).mid(last, m.capturedStart(0) - last);
        out += m.captured(1) + QLatin1Char(' ') + mark;
        last = m.capturedEnd(0);
    }
    out += QStringView(text).mid(last);
    return out;
}

QByteArray Redactor::apply(const QByteArray &utf8) const
{
    return apply(QString::fromUtf8(utf8)).toUtf8();
}

} // namespace rd
