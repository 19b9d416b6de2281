#include "cause.h"

namespace rd {

QString hostOs()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("windows");
#elif defined(Q_OS_MACOS)
    return QStringLiteral("macos");
#else
    return QStringLiteral("linux");
#endif
}

QJsonObject toJson(const ShellCommand &command)
{
    QJsonObject o{{QStringLiteral("shell"), command.shell}, {QStringLiteral("command"), command.command}};
    if (!command.os.isEmpty())
        o.insert(QStringLiteral("os"), command.os);
    return o;
}

QVector<ShellCommand> RemediationStep::commandsFor(const QString &shell, const QString &os) const
{
    QVector<ShellCommand> out;
    for (const ShellCommand &c : commands)
        if (c.shell == shell && (c.os.isEmpty() || c.os == os))
            out << c;
    return out;
}

QString severityName(Cause::Severity s)
{
    return s == Cause::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

} // namespace rd
