#pragma once
// A pseudo-translation for layout tests: every message about 40% longer, with accented vowels, so
// that a longer language's text is tried on every page before a translator writes it.
#include <QString>
#include <QTranslator>

namespace rd::test {

// Translates every message on the fly: vowels accented, about 40% more text, placeholders,
// mnemonics and rich-text tags untouched.
class PseudoTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (!source || !*source)
            return {};
        const QString text = QString::fromUtf8(source);
        QString out;
        bool inTag = false;
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('<'))
                inTag = true;
            if (inTag || c == QLatin1Char('%') || (i > 0 && text.at(i - 1) == QLatin1Char('%'))) {
                out += c;
                if (c == QLatin1Char('>'))
                    inTag = false;
                continue;
            }
            switch (c.unicode()) {
            case 'a': out += QChar(0x00e4); break;
            case 'e': out += QChar(0x00e9); break;
            case 'i': out += QChar(0x00ee); break;
            case 'o': out += QChar(0x00f6); break;
            case 'u': out += QChar(0x00fc); break;
            default: out += c;
            }
        }
        // About 40% longer, in words a line can wrap at.
        const int extra = int(text.size() * 0.4);
        QString pad;
        while (pad.size() < extra)
            pad += QStringLiteral(" ~ëxträ");
        return out + pad.left(extra);
    }
    bool isEmpty() const override { return false; }
};

} // namespace rd::test
