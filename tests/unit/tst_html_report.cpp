// The HTML report (a page to save or attach) and the short chat summary.
#include "report/html_report.h"
#include "report/redactor.h"

#include <QRegularExpression>
#include <QTest>

using rd::Cause;
using rd::Diagnosis;
using rd::ProbeResult;
using rd::ProbeStatus;
using rd::Redactor;

namespace {

Diagnosis sample()
{
    Diagnosis d;
    d.toolVersion = QStringLiteral("0.9.1");
    d.registryInput = QStringLiteral("contoso");
    d.loginServer = QStringLiteral("contoso.azurecr.io");
    d.registryKind = QStringLiteral("acr");
    d.startedAt = QDateTime(QDate(2024, 3, 5), QTime(14, 7, 9), Qt::UTC);
    d.durationMs = 321;

    ProbeResult tls;
    tls.id = QStringLiteral("tls");
    tls.status = ProbeStatus::Pass;
    tls.title = QStringLiteral("Secure connection");
    tls.detail = QStringLiteral("TLS 1.3, certificate valid.");
    tls.durationMs = 42;
    d.probes << tls;

    ProbeResult challenge;
    challenge.id = QStringLiteral("challenge");
    challenge.status = ProbeStatus::Fail;
    challenge.title = QStringLiteral("Registry answer");
    challenge.detail = QStringLiteral("403 DENIED: client IP 203.0.113.7 is not allowed.");
    challenge.durationMs = 120;
    d.probes << challenge;

    Cause c;
    c.id = QStringLiteral("firewall-blocked");
    c.severity = Cause::Severity::Error;
    c.title = QStringLiteral("Blocked <script>alert(1)</script> & friends");
    c.explanation = QStringLiteral("The registry's firewall does not let \"this\" computer's address in.");
    c.evidence << QStringLiteral("The registry answered 403 for 203.0.113.7 <b>");
    rd::RemediationStep step;
    step.text = QStringLiteral("Add your address to the registry's network rules.");
    step.commands << rd::ShellCommand{QStringLiteral("bash"), QStringLiteral("az acr network-rule add --name contoso --ip-address 203.0.113.7")}
                  << rd::ShellCommand{QStringLiteral("powershell"), QStringLiteral("az acr network-rule add --name contoso --ip-address '203.0.113.7'")};
    c.remediation << step;
    rd::RemediationStep second;
    second.text = QStringLiteral("Try again after a minute.");
    c.remediation << second;
    c.links << rd::DocLink{QStringLiteral("Firewall rules"), QStringLiteral("https://learn.microsoft.com/en-us/azure/container-registry/container-registry-access-selected-networks?a=1&b=2")};
    c.links << rd::DocLink{QStringLiteral("Bad link"), QStringLiteral("javascript:alert(1)")};
    c.probes << QStringLiteral("challenge");
    d.causes << c;
    return d;
}

} // namespace

class TestHtmlReport : public QObject
{
    Q_OBJECT
private slots:
    void titleWithMarkup_isEscapedEverywhere()
    {
        const QString html = rd::writeHtmlReport(sample(), Redactor(), QStringLiteral("bash"));
        QVERIFY(html.startsWith(QLatin1String("<!DOCTYPE html>")));
        QVERIFY(!html.contains(QLatin1String("<script")));
        QVERIFY(html.contains(QLatin1String("Blocked &lt;script&gt;alert(1)&lt;/script&gt; &amp; friends")));
        QVERIFY(html.contains(QLatin1String("does not let &quot;this&quot; computer&#39;s address in.")));
        QVERIFY(html.contains(QLatin1String("203.0.113.7 &lt;b&gt;</li>")));
        QVERIFY(!html.contains(QLatin1String("<b>")));
    }

    void page_isSelfContainedWithoutScriptsOrExternalResources()
    {
        const QString html = rd::writeHtmlReport(sample(), Redactor(), QStringLiteral("bash"));
        QVERIFY(html.contains(QLatin1String("<style>")));
        QVERIFY(!html.contains(QLatin1String("<script"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<link"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("<img"), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("src="), Qt::CaseInsensitive));
        QVERIFY(!html.contains(QLatin1String("@import")));
        QVERIFY(!html.contains(QLatin1String("url(")));
        // An event-handler attribute would be script too.
        QVERIFY(!html.contains(QRegularExpression(QStringLiteral("\\son[a-z]+\\s*="))));
        QVERIFY(html.trimmed().endsWith(QLatin1String("</html>")));
    }

    // The page names the client the check ran for, among the registry's details.
    void client_isNamedInTheMetaLine()
    {
        Diagnosis d = sample();
        QVERIFY(!rd::writeHtmlReport(d, Redactor(), QStringLiteral("bash")).contains(QLatin1String("Client:")));
        d.client = QStringLiteral("helm");
        const QString html = rd::writeHtmlReport(d, Redactor(), QStringLiteral("bash"));
        QVERIFY2(html.contains(QRegularExpression(QStringLiteral("<p class=\"meta\">[^\n]*Client: Helm"))), qPrintable(html));
    }

    void bashShell_showsOnlyBashCommands()
    {
        const QString html = rd::writeHtmlReport(sample(), Redactor(), QStringLiteral("bash"));
        QVERIFY(html.contains(QLatin1String("<code>az acr network-rule add --name contoso --ip-address 203.0.113.7</code>")));
        QVERIFY(!html.contains(QLatin1String("--ip-address &#39;203.0.113.7&#39;")));
    }

    void powershellShell_showsOnlyPowerShellCommands()
    {
        const QString html = rd::writeHtmlReport(sample(), Redactor(), QStringLiteral("powershell"));
        QVERIFY(html.contains(QLatin1String("<code>az acr network-rule add --name contoso --ip-address &#39;203.0.113.7&#39;</code>")));
        QVERIFY(!html.contains(QLatin1String("--ip-address 203.0.113.7</code>")));
    }

    void links_webLinksAreAnchorsOthersStayText()
    {
        const QString html = rd::writeHtmlReport(sample(), Redactor(), QStringLiteral("bash"));
        QVERIFY(html.contains(QLatin1String(
            "<a href=\"https://learn.microsoft.com/en-us/azure/container-registry/container-registry-access-selected-networks?a=1&amp;b=2\">Firewall rules</a>")));
        QVERIFY(!html.contains(QLatin1String("href=\"javascript:")));
        QVERIFY(html.contains(QLatin1String("Bad link: javascript:alert(1)")));
    }

    void probes_listedWithStatusDetailAndDuration()
    {
        const QString html = rd::writeHtmlReport(sample(), Redactor(), QStringLiteral("bash"));
        QVERIFY(html.contains(QLatin1String("<td class=\"pass\">passed</td><td>Secure connection</td><td>TLS 1.3, certificate valid.</td><td class=\"ms\">42 ms</td>")));
        QVERIFY(html.contains(QLatin1String("<td class=\"fail\">failed</td><td>Registry answer</td>")));
        QVERIFY(html.contains(QLatin1String("1 problem found with contoso.azurecr.io.")));
        // In the reader's locale, in UTC (the reader of a help-desk ticket may be anywhere).
        const QString when = QLocale().toString(QDateTime(QDate(2024, 3, 5), QTime(14, 7, 9), Qt::UTC), QLocale::ShortFormat);
        QVERIFY(html.contains(QStringLiteral("Checked at %1 (UTC)").arg(when)));
    }

    void secret_isRemovedEvenWhenItContainsHtmlSpecialCharacters()
    {
        const QByteArray password = "p<ss&w0rd'\"x";
        Diagnosis d = sample();
        d.probes[1].detail = QStringLiteral("The server echoed ") + QString::fromUtf8(password);
        d.causes[0].evidence << QStringLiteral("Sent ") + QString::fromUtf8(password);
        Redactor redactor;
        redactor.add(rd::Secret(password));
        const QString html = rd::writeHtmlReport(d, redactor, QStringLiteral("bash"));
        QVERIFY(!html.contains(QLatin1String("w0rd")));
        QCOMPARE(html.count(QLatin1String("[removed]")), 2);
        const QString chat = rd::writeChatSummary(d, redactor, QStringLiteral("bash"));
        QVERIFY(!chat.contains(QLatin1String("w0rd")));
    }

    void emptyDiagnosis_saysNoProblem()
    {
        Diagnosis d = sample();
        d.causes.clear();
        const QString html = rd::writeHtmlReport(d, Redactor(), QStringLiteral("bash"));
        QVERIFY(html.contains(QLatin1String("No problem found with contoso.azurecr.io.")));
        QVERIFY(!html.contains(QLatin1String("<section")));
    }

    void chatSummary_isFiveLinesForATicket()
    {
        Diagnosis d = sample();
        d.signInMethod = QStringLiteral("password");
        d.username = QStringLiteral("ci-bot");
        d.repository = QStringLiteral("team/app");
        d.action = QStringLiteral("push");
        d.os = QStringLiteral("Debian GNU/Linux 12 (bookworm)");
        d.caseNumber = QStringLiteral("INC-4711");
        const QString chat = rd::writeChatSummary(d, Redactor(), QStringLiteral("bash"));
        const QStringList lines = chat.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.value(0), QStringLiteral("Not tested: the sign-in could not be tried, because contoso.azurecr.io cannot be reached."));
        QCOMPARE(lines.value(1), QStringLiteral("Registry contoso.azurecr.io, sign-in password, user ci-bot, repository team/app (push)."));
        QCOMPARE(lines.value(2), QStringLiteral("Problems: Blocked <script>alert(1)</script> & friends"));
        QCOMPARE(lines.value(3), QStringLiteral("First step: Add your address to the registry's network rules. "
                                                "az acr network-rule add --name contoso --ip-address 203.0.113.7"));
        QCOMPARE(lines.value(4), QStringLiteral("Checked %1 (UTC) with Registry Doctor ").arg(QLocale().toString(QDateTime(QDate(2024, 3, 5), QTime(14, 7, 9), Qt::UTC), QLocale::ShortFormat)) + d.toolVersion
                                     + QStringLiteral(" on Debian GNU/Linux 12 (bookworm). Case INC-4711."));
        QVERIFY(!chat.contains(QLatin1String("Try again after a minute."))); // only the first step
        QVERIFY(!chat.contains(QLatin1String("'203.0.113.7'")));            // only the chosen shell
    }
};

QTEST_GUILESS_MAIN(TestHtmlReport)
#include "tst_html_report.moc"
