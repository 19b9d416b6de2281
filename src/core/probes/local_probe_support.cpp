#include "local_probe_support.h"
#include <QStringList>

namespace rd {

QString firstPrintableLine(const QByteArray &bytes, int maxChars)
{
    const QString text = QString::fromUtf8(bytes);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        QString line;
        line.reserve(raw.size());
        for (const QChar c : raw) {
            if (c == QLatin1Char('\t'))
                line += QLatin1Char(' ');
            else if (c.isPrint())
                line += c;
        }
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (line.size() > maxChars)
            line = line.left(maxChars - 1) + QChar(0x2026);
        return line;
    }
    return QString();
}

int processTimeoutWithin(int wantedMs, int probeLimitMs)
{
    // Leave the probe a moment to report; never go below a quarter second.
    const int room = probeLimitMs > 1000 ? probeLimitMs - 500 : probeLimitMs * 3 / 4;
    return qMax(250, qMin(wantedMs, room));
}

} // namespace rd
