#include "time_text.h"
#include <QCoreApplication>
#include <QLocale>

namespace rd {

QString describeDuration(qint64 seconds)
{
    // The counts are computed before the translate() calls: Qt 6.4's lupdate never finishes on a
    // numerus argument with nested parentheses such as int((seconds + 30) / 60).
    seconds = qAbs(seconds);
    if (seconds < 90) {
        const int n = int(seconds);
        return QCoreApplication::translate("rd::Duration", "%n second(s)", nullptr, n);
    }
    if (seconds < 90 * 60) {
        const int n = int((seconds + 30) / 60);
        return QCoreApplication::translate("rd::Duration", "%n minute(s)", nullptr, n);
    }
    if (seconds < 36 * 3600) {
        const int n = int((seconds + 1800) / 3600);
        return QCoreApplication::translate("rd::Duration", "%n hour(s)", nullptr, n);
    }
    const int n = int((seconds + 43200) / 86400);
    return QCoreApplication::translate("rd::Duration", "%n day(s)", nullptr, n);
}

QString describeDurationTo(const QDateTime &when)
{
    return describeDuration(QDateTime::currentDateTimeUtc().secsTo(when));
}

QString describeMoment(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

} // namespace rd
