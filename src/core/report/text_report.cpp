#include "text_report.h"
#include "diagnosis/guidance.h"
#include "printable_text.h"
#include "redactor.h"
#include "report_words.h"
#include <QCoreApplication>
#include <QUrl>

namespace rd {

namespace {

struct Report
{
    Q_DECLARE_TR_FUNCTIONS(rd::Report)
};

// Every field is one line: a finding that holds a line break cannot forge a line of its own
// ("No problem found", "How to fix it"), and escape sequences never reach the terminal.
QString f(const QString &field)
{
    return withoutControlCharacters(field, false);
}

// Markdown: a field's own text, never markup (no emphasis, link, image, HTML, code, table cell,
// heading or list of its own). Redacted first: escaping could split a secret the redactor knows.
QString md(const QString &field, const Redactor &redactor)
{
    const QString flat = f(redactor.apply(field));
    QString out;
    out.reserve(flat.size() + 8);
    bool digitsSoFar = true; // "1. text" or "1) text" would start a numbered list
    for (qsizetype i = 0; i < flat.size(); ++i) {
        const QChar c = flat.at(i);
        const bool markup = QStringLiteral("\\`*_[]<>#|~").contains(c);
        const bool lineStart = i == 0 && QStringLiteral("-+=").contains(c);
        const bool listNumber = i > 0 && digitsSoFar && (c == QLatin1Char('.') || c == QLatin1Char(')'));
        digitsSoFar = digitsSoFar && c.isDigit();
        if (markup || lineStart || listNumber)
            out.append(QLatin1Char('\\'));
        out.append(c);
    }
    return out;
}

// A link target in Markdown: https only (a report read from a file names its links through the
// catalogue, but this writer does not rely on it), percent-encoded so that it cannot end early.
QString mdUrl(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || u.scheme() != QLatin1String("https") || u.host().isEmpty())
        return QString();
    return QString::fromLatin1(u.toEncoded(QUrl::FullyEncoded).replace('(', "%28").replace(')', "%29"));
}

// A code fence longer than any run of backticks in the commands it holds.
QString fenceFor(const QList<ShellCommand> &commands)
{
    int longest = 0;
    for (const ShellCommand &cmd : commands) {
        int run = 0;
        for (QChar c : cmd.command) {
            run = c == QLatin1Char('`') ? run + 1 : 0;
            longest = qMax(longest, run);
        }
    }
    return QString(qMax(3, longest + 1), QLatin1Char('`'));
}

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
    out += f(reportHeadline(d)) + QLatin1Char('\n');
    if (const QString kind = registryKindLine(d); !kind.isEmpty())
        out += f(kind) + QLatin1Char('\n');
    if (const QString client = clientLine(d); !client.isEmpty())
        out += f(client) + QLatin1Char('\n');
    if (!d.practiceScenario.isEmpty())
        out += Report::tr("Practice scenario: %1").arg(f(d.practiceScenario)) + QLatin1Char('\n');
    int n = 0;
    // Advice for an Azure service's identity or portal roles follows the causes (--sign-in azure-service).
    for (const Cause &c : causesWithGuidance(d)) {
        //: A label after advice in a text report: nothing was observed, unlike a "problem" or a "warning".
        const QString label = isGuidance(c) ? Report::tr("advice")
                            : c.severity == Cause::Severity::Error ? Report::tr("problem") : Report::tr("warning");
        out += QStringLiteral("\n%1. %2 [%3]\n").arg(++n).arg(f(c.title), label);
        out += QStringLiteral("   %1\n").arg(f(c.explanation));
        if (!c.evidence.isEmpty()) {
            out += QStringLiteral("   %1\n").arg(Report::tr("What the check saw:"));
            for (const QString &e : c.evidence)
                out += QStringLiteral("   - %1\n").arg(f(e));
        }
        if (!c.remediation.isEmpty()) {
            out += QStringLiteral("   %1\n").arg(Report::tr("How to fix it:"));
            int k = 0;
            for (const RemediationStep &s : c.remediation) {
                out += QStringLiteral("   %1) %2\n").arg(++k).arg(f(s.text));
                for (const ShellCommand &cmd : s.commandsFor(shell))
                    out += QStringLiteral("        %1\n").arg(f(cmd.command));
            }
        }
        for (const DocLink &l : c.links)
            out += QStringLiteral("   %1: %2\n").arg(f(l.title), f(l.url));
    }
    out += QLatin1Char('\n') + Report::tr("Checks:") + QLatin1Char('\n');
    for (const ProbeResult &p : d.probes)
        //: One line per check in a text report: %1 is the check's name, %2 how long it took in milliseconds, %3 what it found.
        out += QStringLiteral("  [%1] ").arg(probeStatusWord(p.status), -7)
            + Report::tr("%1 (%2 ms): %3").arg(f(p.title)).arg(p.durationMs).arg(f(p.detail)) + QLatin1Char('\n');
    out += Report::tr("Total time: %1 ms").arg(d.durationMs) + QLatin1Char('\n');
    return withoutControlCharacters(redactor.apply(out), true);
}

QString writeMarkdownReport(const Diagnosis &d, const Redactor &redactor, const QString &shell)
{
    QString out;
    out += QStringLiteral("# %1\n\n").arg(Report::tr("Registry Doctor report"));
    out += md(reportHeadline(d), redactor) + QStringLiteral("\n\n");
    QString registry = f(d.loginServer.isEmpty() ? d.registryInput : d.loginServer);
    registry.remove(QLatin1Char('`'));
    out += QStringLiteral("- %1: `%2`\n").arg(Report::tr("Registry"), registry);
    if (const QString kind = registryKindLine(d); !kind.isEmpty())
        out += QStringLiteral("- %1\n").arg(md(kind, redactor));
    if (const QString client = clientLine(d); !client.isEmpty())
        out += QStringLiteral("- %1\n").arg(md(client, redactor));
    out += QStringLiteral("- %1: %2\n").arg(Report::tr("Checked at"), d.startedAt.toUTC().toString(Qt::ISODate));
    if (!d.practiceScenario.isEmpty())
        out += QStringLiteral("- %1: %2\n").arg(Report::tr("Practice scenario"), md(d.practiceScenario, redactor));
    for (const Cause &c : causesWithGuidance(d)) {
        out += QStringLiteral("\n## %1\n\n%2\n").arg(md(c.title, redactor), md(c.explanation, redactor));
        if (!c.evidence.isEmpty()) {
            out += QStringLiteral("\n**%1**\n\n").arg(Report::tr("What the check saw"));
            for (const QString &e : c.evidence)
                out += QStringLiteral("- %1\n").arg(md(e, redactor));
        }
        if (!c.remediation.isEmpty()) {
            out += QStringLiteral("\n**%1**\n\n").arg(Report::tr("How to fix it"));
            int k = 0;
            for (const RemediationStep &s : c.remediation) {
                out += QStringLiteral("%1. %2\n").arg(++k).arg(md(s.text, redactor));
                const auto cmds = s.commandsFor(shell);
                if (!cmds.isEmpty()) {
                    const QString fence = fenceFor(cmds);
                    out += QStringLiteral("   %1%2\n").arg(fence, shell);
                    for (const ShellCommand &cmd : cmds)
                        out += QStringLiteral("   %1\n").arg(f(cmd.command));
                    out += QStringLiteral("   %1\n").arg(fence);
                }
            }
        }
        if (!c.links.isEmpty()) {
            out += QLatin1Char('\n');
            for (const DocLink &l : c.links) {
                const QString url = mdUrl(l.url);
                out += url.isEmpty() ? QStringLiteral("- %1\n").arg(md(l.title, redactor)) : QStringLiteral("- [%1](%2)\n").arg(md(l.title, redactor), url);
            }
        }
    }
    out += QStringLiteral("\n## %1\n\n| | %2 | %3 |\n|---|---|---|\n").arg(Report::tr("Checks"), Report::tr("Check"), Report::tr("Result"));
    for (const ProbeResult &p : d.probes)
        out += QStringLiteral("| %1 | %2 | %3 |\n").arg(probeStatusWord(p.status), md(p.title, redactor), md(p.detail, redactor));
    return withoutControlCharacters(redactor.apply(out), true);
}

} // namespace rd
