#include "cause.h"

namespace rd {

QVector<ShellCommand> RemediationStep::commandsFor(const QString &shell) const
{
    QVector<ShellCommand> out;
    for (const ShellCommand &c : commands)
        if (c.shell == shell)
            out << c;
    return out;
}

QString severityName(Cause::Severity s)
{
    return s == Cause::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

} // namespace rd
