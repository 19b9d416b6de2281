#include "text_report.h"
#include "redactor.h"
#include "report_words.h"
#include <QCoreApplication>

namespace rd {

namespace {

struct Report
{
    Q_DECLARE_TR_FUNCTIONS(rd::Report)
};

} // namespace

QString nativeShell()
{
#ifdef Q_OS_WIN
    return QStringLiteral("powershell");
#else
    return QStringLiteral("bash");
#endif
}

QString writeTextReport(const Diagnosis &d, const Redactor &redactor, const QString &shell)
{
    QString out;
    out += reportHeadline(d) + QLatin1Char('\n');
    if (!d.practiceScenario.isEmpty())
        out += Report::tr("Practice scenario: %1").arg(d.practiceScenario) + QLatin1Char('\n');
    int n = 0;
    for (const Cause &c : d.causes) {
        out += QStringLiteral("\n%1. %2 [%3]\n").arg(++n).arg(c.title,
                  c.severity == Cause::Severity::Error ? Report::tr("problem") : Report::tr("warning"));
        out += QStringLiteral("   %1\n").arg(c.explanation);
        if (!c.evidence.isEmpty()) {
            out += QStringLiteral("   %1\n").arg(Report::tr("What the check saw:"));
            for (const QString &e : c.evidence)
                out += QStringLiteral("   - %1\n").arg(e);
        }
        if (!c.remediation.isEmpty()) {
            out += QStringLiteral("   %1\n").arg(Report::tr("How to fix it:"));
            int k = 0;
            for (const RemediationStep &s : c.remediation) {
                out += QStringLiteral("   %1) %2\n").arg(++k).arg(s.text);
                for (const ShellCommand &cmd : s.commandsFor(shell))
                    out += QStringLiteral("        %1\n").arg(cmd.command);
            }
        }
        for (const DocLink &l : c.links)
            out += QStringLiteral("   %1: %2\n").arg(l.title, l.url);
    }
    out += QLatin1Char('\n') + Report::tr("Checks:") + QLatin1Char('\n');
    for (const ProbeResult &p : d.probes)
        out += QStringLiteral("  [%1] %2 (%3 ms): %4\n").arg(probeStatusWord(p.status), -7).arg(p.title).arg(p.durationMs).arg(p.detail);
    out += Report::tr("Total time: %1 ms").arg(d.durationMs) + QLatin1Char('\n');
    return redactor.apply(out);
}

QString writeMarkdownReport(const Diagnosis &d, const Redactor &redactor, const QString &shell)
{
    QString out;
    out += QStringLiteral("# %1\n\n").arg(Report::tr("Registry Doctor report"));
    out += reportHeadline(d) + QStringLiteral("\n\n");
    out += QStringLiteral("- %1: `%2`\n").arg(Report::tr("Registry"), d.loginServer.isEmpty() ? d.registryInput : d.loginServer);
    out += QStringLiteral("- %1: %2\n").arg(Report::tr("Checked at"), d.startedAt.toUTC().toString(Qt::ISODate));
    if (!d.practiceScenario.isEmpty())
        out += QStringLiteral("- %1: %2\n").arg(Report::tr("Practice scenario"), d.practiceScenario);
    for (const Cause &c : d.causes) {
        out += QStringLiteral("\n## %1\n\n%2\n").arg(c.title, c.explanation);
        if (!c.evidence.isEmpty()) {
            out += QStringLiteral("\n**%1**\n\n").arg(Report::tr("What the check saw"));
            for (const QString &e : c.evidence)
                out += QStringLiteral("- %1\n").arg(e);
        }
        if (!c.remediation.isEmpty()) {
            out += QStringLiteral("\n**%1**\n\n").arg(Report::tr("How to fix it"));
            int k = 0;
            for (const RemediationStep &s : c.remediation) {
                out += QStringLiteral("%1. %2\n").arg(++k).arg(s.text);
                const auto cmds = s.commandsFor(shell);
                if (!cmds.isEmpty()) {
                    out += QStringLiteral("   ```%1\n").arg(shell);
                    for (const ShellCommand &cmd : cmds)
                        out += QStringLiteral("   %1\n").arg(cmd.command);
                    out += QStringLiteral("   ```\n");
                }
            }
        }
        if (!c.links.isEmpty()) {
            out += QLatin1Char('\n');
            for (const DocLink &l : c.links)
                out += QStringLiteral("- [%1](%2)\n").arg(l.title, l.url);
        }
    }
    out += QStringLiteral("\n## %1\n\n| | %2 | %3 |\n|---|---|---|\n").arg(Report::tr("Checks"), Report::tr("Check"), Report::tr("Result"));
    for (const ProbeResult &p : d.probes)
        out += QStringLiteral("| %1 | %2 | %3 |\n").arg(probeStatusWord(p.status), p.title,
                                                           redactor.apply(p.detail).replace(QLatin1Char('|'), QLatin1String("\\|")));
    return redactor.apply(out);
}

} // namespace rd
