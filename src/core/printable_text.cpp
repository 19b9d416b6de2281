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
