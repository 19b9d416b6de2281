#include "redactor.h"
#include "check_context.h"
#include <QRegularExpression>
#include <algorithm>

namespace rd {

Redactor::Redactor(const CheckContext &ctx)
{
    addCredential(ctx.options.username, ctx.options.password);
    addCredential(ctx.facts.stored.username, ctx.facts.stored.secret);
    addCredential(ctx.facts.used.username, ctx.facts.used.secret);
    add(ctx.facts.accessToken);
    add(ctx.facts.refreshToken);
    for (const auto &entry : ctx.facts.dockerConfig.auths) {
        // The file's `auth` value is base64("user:password"): addCredential covers that form too.
        addCredential(entry.username, entry.password);
        add(entry.identityToken);
    }
    if (ctx.facts.proxy)
        addCredential(ctx.facts.proxy->user(), Secret(ctx.facts.proxy->password().toUtf8()));
}

void Redactor::add(const Secret &secret)
{
    if (!secret.isEmpty() && !m_secrets.contains(secret))
        m_secrets << secret;
}

void Redactor::addCredential(const QString &username, const Secret &password)
{
    add(password);
    if (!password.isEmpty())
        add(Secret(username.toUtf8() + ':' + password.expose()));
}

namespace {

// The base64 characters that depend on `secret` alone, wherever it starts in a longer base64
// text: for each of the three alignments, the encoding of the secret behind 0, 1 or 2 other
// bytes, without the characters that mix in bits of the bytes around it.
QStringList base64Cores(const QByteArray &secret, QByteArray::Base64Options alphabet)
{
    QStringList out;
    for (int offset = 0; offset < 3; ++offset) {
        const QByteArray encoded = (QByteArray(offset, '\0') + secret).toBase64(alphabet | QByteArray::OmitTrailingEquals);
        const int skip = offset == 0 ? 0 : offset + 1; // 1 byte before: 2 mixed characters; 2 bytes: 3
        const int total = offset + int(secret.size());
        const int drop = total % 3 == 0 ? 0 : 1;      // the last character mixes in what follows
        const QByteArray core = encoded.mid(skip, encoded.size() - skip - drop);
        if (core.size() >= 6) // shorter would match ordinary words
            out << QString::fromLatin1(core);
    }
    return out;
}

// Every form of a secret a server or program could echo back.
QStringList formsOf(const QByteArray &secret)
{
    QStringList forms;
    const QString plain = QString::fromUtf8(secret);
    forms << plain;
    for (auto alphabet : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
        forms << QString::fromLatin1(secret.toBase64(alphabet));
        forms << QString::fromLatin1(secret.toBase64(alphabet | QByteArray::OmitTrailingEquals));
        forms << base64Cores(secret, alphabet);
    }
    const QByteArray percent = secret.toPercentEncoding();
    forms << QString::fromLatin1(percent);
    forms << QString::fromLatin1(percent).replace(QStringLiteral("%20"), QStringLiteral("+")); // form encoding
    QByteArray lowerPercent = percent;
    for (qsizetype i = 0; i + 2 < lowerPercent.size(); ++i)
        if (lowerPercent.at(i) == '%') {
            lowerPercent[i + 1] = char(QChar::toLower(uchar(lowerPercent.at(i + 1))));
            lowerPercent[i + 2] = char(QChar::toLower(uchar(lowerPercent.at(i + 2))));
        }
    forms << QString::fromLatin1(lowerPercent);
    const QString html = plain.toHtmlEscaped();
    forms << html << QString(html).replace(QLatin1Char('\''), QStringLiteral("&#39;"))
          << QString(html).replace(QLatin1Char('\''), QStringLiteral("&#x27;"));
    forms << QString::fromLatin1(secret.toHex()) << QString::fromLatin1(secret.toHex().toUpper());
    forms.removeDuplicates();
    forms.removeAll(QString());
    return forms;
}

bool isWordCharacter(QChar c)
{
    return c.isLetterOrNumber();
}

// Replaces `form` where it stands alone: not inside a word or a number.
void replaceAlone(QString &text, const QString &form, QLatin1String mark)
{
    qsizetype from = 0;
    while ((from = text.indexOf(form, from)) >= 0) {
        const qsizetype end = from + form.size();
        const bool alone = (from == 0 || !isWordCharacter(text.at(from - 1))) && (end >= text.size() || !isWordCharacter(text.at(end)));
        if (alone) {
            text.replace(from, form.size(), mark);
            from += mark.size();
        } else {
            from = end;
        }
    }
}

} // namespace

QString Redactor::apply(QString text) const
{
    static const QLatin1String mark("[removed]");
    // Longest first, so a secret (or form) that contains a shorter one is removed whole.
    // A secret of fewer than 4 characters, and its encodings (hex "6162", base64 "YWI="), would
    // blank out parts of ordinary words and numbers: those are removed only where they stand alone.
    QVector<QPair<QString, bool>> forms; // form, only alone
    for (const Secret &secret : m_secrets)
        for (const QString &form : formsOf(secret.expose()))
            forms.append({form, secret.size() < 4 || form.size() < 4});
    std::stable_sort(forms.begin(), forms.end(), [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    for (const auto &[form, alone] : std::as_const(forms)) {
        if (alone)
            replaceAlone(text, form, mark);
        else
            text.replace(form, mark);
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
