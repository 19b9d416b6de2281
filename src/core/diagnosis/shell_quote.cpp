#include "shell_quote.h"
#include <QRegularExpression>

namespace rd {

namespace {
bool isPlain(const QString &value)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9@%+=:,./_-]+$"));
    return safe.match(value).hasMatch() && !value.startsWith(QLatin1Char('-'));
}
} // namespace

QString bashQuote(const QString &value)
{
    if (isPlain(value))
        return value;
    QString v = value;
    v.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString powershellQuote(const QString &value)
{
    // In PowerShell's argument mode a leading '@' is splatting and ',' builds an array.
    if (isPlain(value) && !value.startsWith(QLatin1Char('@')) && !value.contains(QLatin1Char(',')))
        return value;
    QString v = value;
    // PowerShell also treats the typographic single quotes as quote characters.
    for (QChar q : {QChar(u'\''), QChar(u'\u2018'), QChar(u'\u2019'), QChar(u'\u201A'), QChar(u'\u201B')})
        v.replace(q, QString(q) + q);
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

} // namespace rd
