#include "printable_text.h"

namespace rd {

QString printableText(const QString &text, int maxLength)
{
    QString out;
    out.reserve(qMin(int(text.size()), maxLength));
    bool lastSpace = true;
    for (QChar c : text) {
        if (out.size() >= maxLength)
            break;
        if (c.isSpace()) {
            if (!lastSpace)
                out.append(QLatin1Char(' '));
            lastSpace = true;
            continue;
        }
        if (!c.isPrint() || c == QChar::ReplacementCharacter)
            continue;
        out.append(c);
        lastSpace = false;
    }
    return out.trimmed();
}

} // namespace rd

namespace rd {

QString withoutControlCharacters(const QString &text, bool keepLineBreaks)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n') && keepLineBreaks) {
            out.append(c);
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t')
                   || c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph) {
            out.append(QLatin1Char(' '));
        } else if (c.isSurrogate()) {
            // A valid pair is one printable character (an emoji, a rare ideograph); a lone half goes.
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                const char32_t ucs = QChar::surrogateToUcs4(c, text.at(i + 1));
                if (QChar::isPrint(ucs))
                    out.append(c).append(text.at(i + 1));
                ++i;
            }
        } else if (c.isPrint() && c != QChar::ReplacementCharacter) {
            out.append(c);
        }
    }
    return out;
}

} // namespace rd
