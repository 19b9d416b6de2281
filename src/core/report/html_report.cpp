#include "html_report.h"
#include "diagnosis/guidance.h"
#include "diagnosis/goal.h"
#include "printable_text.h"
#include "redactor.h"
#include "report_words.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUrl>

namespace rd {

namespace {

struct HtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(rd::HtmlReport)
};

// Escapes text for element content and double- or single-quoted attributes.
QString escaped(const QString &s)
{
    QString out;
    out.reserve(s.size() + s.size() / 8);
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        default: out += c;
        }
    }
    return out;
}

// Every value is redacted before it is escaped: a secret containing '&' or '<' would no longer
// match once it became "&amp;" or "&lt;". The whole page is redacted again at the end.
struct Writer
{
    const Redactor &redactor;
    QString e(const QString &s) const { return escaped(redactor.apply(s)); }
};

QString target(const Diagnosis &d)
{
    return d.loginServer.isEmpty() ? d.registryInput : d.loginServer;
}

QString shellName(const QString &shell)
{
    return shell == QLatin1String("powershell") ? QStringLiteral("PowerShell") : QStringLiteral("bash");
}

// Only https links become links; anything else (javascript:, data:, file:, http:) is shown as text.
bool isWebUrl(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    return u.isValid() && u.scheme() == QLatin1String("https") && !u.host().isEmpty();
}

const char kStyle[] =
    ":root{color-scheme:light dark;--fg:#1f2328;--muted:#59636e;--bg:#ffffff;--card:#f6f8fa;--line:#d1d9e0;"
    "--error:#cf222e;--warn:#9a6700;--ok:#1a7f37;--code:#eef1f4}"
    "@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--muted:#9198a1;--bg:#0d1117;--card:#151b23;"
    "--line:#3d444d;--error:#f85149;--warn:#d29922;--ok:#3fb950;--code:#1f2630}}"
    "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;"
    "color:var(--fg);background:var(--bg);max-width:52rem;margin:2rem auto;padding:0 1.25rem;line-height:1.5}"
    "h1{font-size:1.6rem;margin:0 0 .25rem}h2{font-size:1.2rem;margin:0 0 .5rem}"
    "h3{font-size:1rem;margin:1rem 0 .25rem}"
    ".meta{color:var(--muted);margin:0 0 1.5rem}.verdict{font-size:1.15rem;margin:1rem 0 1.5rem}"
    ".cause{background:var(--card);border:1px solid var(--line);border-left:6px solid var(--error);"
    "border-radius:8px;padding:1rem 1.25rem;margin:0 0 1.25rem}"
    ".cause.warning{border-left-color:var(--warn)}"
    ".badge{display:inline-block;font-size:.8rem;font-weight:600;padding:.1rem .5rem;border-radius:1rem;"
    "border:1px solid currentColor;margin-left:.5rem;vertical-align:middle}"
    ".error .badge{color:var(--error)}.warning .badge{color:var(--warn)}"
    "pre{background:var(--code);border:1px solid var(--line);border-radius:6px;padding:.5rem .75rem;"
    "white-space:pre-wrap;word-break:break-all;font-family:ui-monospace,'Cascadia Mono',Consolas,Menlo,monospace;"
    "font-size:.9rem;margin:.35rem 0}"
    "ol,ul{padding-left:1.5rem}li{margin:.25rem 0}a{color:inherit}"
    "table{border-collapse:collapse;width:100%}th,td{text-align:left;vertical-align:top;padding:.4rem .5rem;"
    "border-bottom:1px solid var(--line)}td.ms{text-align:right;white-space:nowrap;color:var(--muted)}"
    ".pass{color:var(--ok)}.warn{color:var(--warn)}.fail{color:var(--error)}.skip{color:var(--muted)}"
    "footer{color:var(--muted);font-size:.85rem;margin-top:2rem}";

const char *statusClass(ProbeStatus s)
{
    switch (s) {
    case ProbeStatus::Pass: return "pass";
    case ProbeStatus::Warn: return "warn";
    case ProbeStatus::Fail: return "fail";
    case ProbeStatus::Skip: break;
    }
    return "skip";
}

} // namespace

QString writeHtmlReport(const Diagnosis &d, const Redactor &redactor, const QString &shell)
{
    const Writer w{redactor};
    const QString lang = QLocale().bcp47Name();
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n")
               .arg(escaped(lang.isEmpty() ? QStringLiteral("en") : lang));
    out += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out += QStringLiteral("<title>%1</title>\n").arg(w.e(HtmlReport::tr("Registry Doctor report: %1").arg(target(d))));
    out += QStringLiteral("<style>%1</style>\n</head>\n<body>\n").arg(QLatin1String(kStyle));

    out += QStringLiteral("<h1>%1</h1>\n").arg(w.e(HtmlReport::tr("Registry Doctor report")));
    QStringList meta;
    meta << HtmlReport::tr("Registry: %1").arg(target(d));
    if (const QString kind = registryKindLine(d); !kind.isEmpty())
        meta << kind;
    if (const QString client = clientLine(d); !client.isEmpty())
        meta << client;
    if (d.startedAt.isValid())
        meta << HtmlReport::tr("Checked at %1 (UTC)").arg(QLocale().toString(d.startedAt.toUTC(), QLocale::ShortFormat));
    if (!d.practiceScenario.isEmpty())
        meta << HtmlReport::tr("Practice scenario: %1").arg(d.practiceScenario);
    QStringList metaEscaped;
    for (const QString &m : std::as_const(meta))
        metaEscaped << w.e(m);
    out += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(metaEscaped.join(QStringLiteral(" &middot; ")));
    out += QStringLiteral("<p class=\"verdict\"><strong>%1</strong></p>\n").arg(w.e(reportHeadline(d)));

    for (const Cause &c : causesWithGuidance(d)) {
        const bool error = c.severity == Cause::Severity::Error;
        out += QStringLiteral("<section class=\"cause %1\">\n").arg(error ? QLatin1String("error") : QLatin1String("warning"));
        //: The badge of advice (an Azure service's identity, portal roles): nothing was observed, unlike a "problem".
        const QString badge = isGuidance(c) ? HtmlReport::tr("advice") : error ? HtmlReport::tr("problem") : HtmlReport::tr("warning");
        out += QStringLiteral("<h2>%1<span class=\"badge\">%2</span></h2>\n").arg(w.e(c.title), w.e(badge));
        out += QStringLiteral("<p>%1</p>\n").arg(w.e(c.explanation));
        if (!c.evidence.isEmpty()) {
            out += QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(w.e(HtmlReport::tr("What the check saw")));
            for (const QString &ev : c.evidence)
                out += QStringLiteral("<li>%1</li>\n").arg(w.e(ev));
            out += QStringLiteral("</ul>\n");
        }
        if (!c.remediation.isEmpty()) {
            out += QStringLiteral("<h3>%1</h3>\n<ol>\n").arg(w.e(HtmlReport::tr("How to fix it")));
            for (const RemediationStep &s : c.remediation) {
                out += QStringLiteral("<li>%1").arg(w.e(s.text));
                const auto cmds = s.commandsFor(shell);
                if (!cmds.isEmpty()) {
                    QStringList lines;
                    for (const ShellCommand &cmd : cmds)
                        lines << w.e(cmd.command);
                    out += QStringLiteral("\n<pre aria-label=\"%1\"><code>%2</code></pre>")
                               .arg(w.e(HtmlReport::tr("%1 commands").arg(shellName(shell))), lines.join(QLatin1Char('\n')));
                }
                out += QStringLiteral("</li>\n");
            }
            out += QStringLiteral("</ol>\n");
        }
        if (!c.links.isEmpty()) {
            out += QStringLiteral("<h3>%1</h3>\n<ul>\n").arg(w.e(HtmlReport::tr("Read more")));
            for (const DocLink &l : c.links) {
                if (isWebUrl(l.url))
                    out += QStringLiteral("<li><a href=\"%1\">%2</a></li>\n").arg(w.e(l.url), w.e(l.title));
                else
                    out += QStringLiteral("<li>%1: %2</li>\n").arg(w.e(l.title), w.e(l.url));
            }
            out += QStringLiteral("</ul>\n");
        }
        out += QStringLiteral("</section>\n");
    }

    if (!d.probes.isEmpty()) {
        out += QStringLiteral("<h2>%1</h2>\n<table>\n<thead><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr></thead>\n<tbody>\n")
                   .arg(w.e(HtmlReport::tr("Checks")), w.e(HtmlReport::tr("Result")), w.e(HtmlReport::tr("Check")),
                        w.e(HtmlReport::tr("What it found")), w.e(HtmlReport::tr("Time")));
        for (const ProbeResult &p : d.probes)
            out += QStringLiteral("<tr><td class=\"%1\">%2</td><td>%3</td><td>%4</td><td class=\"ms\">%5</td></tr>\n")
                       .arg(QLatin1String(statusClass(p.status)), w.e(probeStatusWord(p.status)), w.e(p.title), w.e(p.detail),
                            w.e(HtmlReport::tr("%1 ms").arg(p.durationMs)));
        out += QStringLiteral("</tbody>\n</table>\n");
    }
    QString footer = HtmlReport::tr("Made by Registry Doctor");
    if (!d.toolVersion.isEmpty())
        footer += QLatin1Char(' ') + d.toolVersion;
    out += QStringLiteral("<footer>%1 &middot; %2</footer>\n</body>\n</html>\n")
               .arg(w.e(footer), w.e(HtmlReport::tr("Total time: %1 ms").arg(d.durationMs)));
    return redactor.apply(out);
}

QString writeChatSummary(const Diagnosis &d, const Redactor &redactor, const QString &shell)
{
    // Five lines a person pastes into a ticket or a chat: the answer, what was tried, what is
    // wrong, the first thing to do, and when and where it was checked.
    const QString none = QStringLiteral("-");
    const auto orNone = [&none](const QString &s) { return s.isEmpty() ? none : s; };
    QStringList lines;
    const QString answer = goalHeadline(d);
    lines << (answer.isEmpty() ? reportHeadline(d) : answer);
    //: Ticket summary line; %1 registry, %2 sign-in method name (azure-cli, password, token, docker), %3 user name, %4 repository, %5 pull or push. "-" where not given.
    lines << HtmlReport::tr("Registry %1, sign-in %2, user %3, repository %4 (%5).")
                 .arg(orNone(d.loginServer.isEmpty() ? d.registryInput : d.loginServer), orNone(d.signInMethod), orNone(d.username),
                      orNone(d.repository), orNone(d.repository.isEmpty() ? QString() : d.action));
    QStringList titles;
    for (const Cause &c : d.causes)
        titles << c.title;
    //: Ticket summary line; %1 is the problems' titles, separated by semicolons.
    lines << (titles.isEmpty() ? HtmlReport::tr("Problems: none found.") : HtmlReport::tr("Problems: %1").arg(titles.join(QStringLiteral("; "))));
    QString step = none;
    if (!d.causes.isEmpty() && !d.causes.first().remediation.isEmpty()) {
        const RemediationStep &first = d.causes.first().remediation.first();
        step = first.text;
        const QVector<ShellCommand> commands = first.commandsFor(shell);
        if (!commands.isEmpty())
            step += QLatin1Char(' ') + commands.first().command;
    }
    lines << QStringLiteral("%1 %2").arg(HtmlReport::tr("First step:"), step);
    //: Ticket summary line; %1 date and time (UTC), %2 the program's version, %3 the operating system.
    QString when = HtmlReport::tr("Checked %1 (UTC) with Registry Doctor %2 on %3.")
                       .arg(d.startedAt.isValid() ? QLocale().toString(d.startedAt.toUTC(), QLocale::ShortFormat) : none,
                            orNone(d.toolVersion), orNone(d.os));
    if (!d.caseNumber.isEmpty())
        when += QLatin1Char(' ') + HtmlReport::tr("Case %1.").arg(d.caseNumber);
    if (!d.practiceScenario.isEmpty())
        when += QLatin1Char(' ') + HtmlReport::tr("(practice scenario %1)").arg(d.practiceScenario);
    lines << when;
    for (QString &line : lines)
        line = withoutControlCharacters(line, false); // a field cannot forge a line of its own
    return withoutControlCharacters(redactor.apply(lines.join(QLatin1Char('\n')) + QLatin1Char('\n')), true);
}

} // namespace rd
