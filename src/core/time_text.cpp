#include "time_text.h"
#include <QCoreApplication>
#include <QLocale>

namespace rd {

QString describeDuration(qint64 seconds)
{
    seconds = qAbs(seconds);
    if (seconds < 90)
        return QCoreApplication::translate("rd::Duration", "%n second(s)", nullptr, int(seconds));
    if (seconds < 90 * 60)
        return QCoreApplication::translate("rd::Duration", "%n minute(s)", nullptr, int((seconds + 30) / 60));
    if (seconds < 36 * 3600)
        return QCoreApplication::translate("rd::Duration", "%n hour(s)", nullptr, int((seconds + 1800) / 3600));
    return QCoreApplication::translate("rd::Duration", "%n day(s)", nullptr, int((seconds + 43200) / 86400));
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
