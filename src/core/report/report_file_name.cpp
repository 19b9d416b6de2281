#include "report_file_name.h"

namespace rd {

QString reportFileName(const Diagnosis &d, const QString &suffix)
{
    QString registry = (d.loginServer.isEmpty() ? d.registryInput : d.loginServer).toLower();
    for (QChar &c : registry)
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
              || c == QLatin1Char('.') || c == QLatin1Char('-')))
            c = QLatin1Char('-');
    while (registry.startsWith(QLatin1Char('.')) || registry.startsWith(QLatin1Char('-')))
        registry.remove(0, 1);
    registry.truncate(80);
    QString name = QStringLiteral("registry-doctor");
    if (!registry.isEmpty())
        name += QLatin1Char('-') + registry;
    const QDateTime at = d.startedAt.isValid() ? d.startedAt.toLocalTime() : QDateTime::currentDateTime();
    name += QLatin1Char('-') + at.toString(QStringLiteral("yyyyMMdd-HHmm"));
    return name + QLatin1Char('.') + suffix;
}

} // namespace rd
