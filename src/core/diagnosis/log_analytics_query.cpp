#include "log_analytics_query.h"

#include <QTimeZone>

namespace rd {

namespace {

// A KQL single-quoted string literal: backslash and quote escaped, line breaks spelled out, so
// no typed text can close the literal and add to the query.
QString kqlString(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('\'');
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '\\': out += QLatin1String("\\\\"); break;
        case '\'': out += QLatin1String("\\'"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        default:
            if (c.unicode() < 0x20)
                continue; // other control characters have no place in a server name
            out += c;
        }
    }
    out += QLatin1Char('\'');
    return out;
}

// datetime(2024-03-05T14:07:09Z): always UTC, whole seconds.
QString kqlDateTime(const QDateTime &t)
{
    return QStringLiteral("datetime(%1)").arg(t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
}

} // namespace

QString loginEventsQuery(const QString &loginServer, const QDateTime &from, const QDateTime &to)
{
    // Column names from the ContainerRegistryLoginEvents table reference (Azure Monitor Logs).
    return QStringLiteral(
               "ContainerRegistryLoginEvents\n"
               "| where TimeGenerated between (%1 .. %2)\n"
               "| where LoginServer =~ %3\n"
               "| project TimeGenerated, Identity, CallerIpAddress, ResultType, ResultDescription, UserAgent\n"
               "| order by TimeGenerated desc")
        .arg(kqlDateTime(from), kqlDateTime(to), kqlString(loginServer.trimmed()));
}

bool loginEventsQueryHelps(const QString &causeId)
{
    static const QStringList helped = {
        QStringLiteral("credentials-not-authorized"), QStringLiteral("firewall-blocked"),
        QStringLiteral("credentials-invalid"),        QStringLiteral("username-not-recognized"),
        QStringLiteral("credentials-expired"),
    };
    return helped.contains(causeId);
}

} // namespace rd
