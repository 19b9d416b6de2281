#include "rate_limit.h"
#include <QList>

namespace rd {

namespace {

// "76;w=21600" -> 76 and 21600; the count alone ("76") is accepted too.
bool parseOne(const QByteArray &header, int &count, int &window)
{
    const QList<QByteArray> parts = header.trimmed().split(';');
    bool ok = false;
    count = parts.value(0).trimmed().toInt(&ok);
    if (!ok || count < 0)
        return false;
    window = -1;
    for (int i = 1; i < parts.size(); ++i) {
        const QByteArray p = parts.at(i).trimmed();
        if (p.startsWith("w=")) {
            bool wOk = false;
            const int w = p.mid(2).toInt(&wOk);
            if (wOk && w > 0)
                window = w;
        }
    }
    return true;
}

} // namespace

std::optional<RateLimit> parseRateLimit(const QByteArray &limitHeader, const QByteArray &remainingHeader)
{
    RateLimit r;
    int limitWindow = -1;
    int remainingWindow = -1;
    if (!parseOne(limitHeader, r.limit, limitWindow) || !parseOne(remainingHeader, r.remaining, remainingWindow))
        return std::nullopt;
    r.windowSeconds = remainingWindow > 0 ? remainingWindow : limitWindow;
    return r;
}

} // namespace rd
