// The JSON report (written and read back) and the text / Markdown reports built from the same diagnosis.
#include "diagnosis/cause_catalog.h"
#include "report/json_report.h"
#include "report/redactor.h"
#include "report/text_report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTest>
#include <limits>

using rd::Cause;
using rd::Diagnosis;
using rd::ProbeResult;
using rd::ProbeStatus;
using rd::Redactor;

namespace {

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

Diagnosis sampleDiagnosis()
{
    Diagnosis d;
    d.toolVersion = QStringLiteral("0.9.1");
    d.registryInput = QStringLiteral("https://Contoso.azurecr.io/");
    d.loginServer = QStringLiteral("contoso.azurecr.io");
    d.registryKind = QStringLiteral("acr");
    d.startedAt = QDateTime(QDate(2024, 3, 5), QTime(14, 7, 9, 123), Qt::UTC);
    d.durationMs = 4321;

    ProbeResult dns;
    dns.id = QStringLiteral("dns");
    dns.status = ProbeStatus::Pass;
    dns.title = QStringLiteral("Name lookup");
    dns.detail = QStringLiteral("contoso.azurecr.io resolves to 192.0.2.10.");
    dns.durationMs = 12;
    dns.evidence.insert(QStringLiteral("addresses"), QStringList{QStringLiteral("192.0.2.10"), QStringLiteral("192.0.2.11")});
    dns.evidence.insert(QStringLiteral("cname"), QStringLiteral("contoso.privatelink.azurecr.io"));
    dns.evidence.insert(QStringLiteral("count"), 2);
    dns.evidence.insert(QStringLiteral("private"), false);
    dns.evidence.insert(QStringLiteral("nested"),
                        QVariantMap{{QStringLiteral("level"), QVariantMap{{QStringLiteral("deep"), QStringLiteral("yes")}}},
                                    {QStringLiteral("ratio"), 0.5},
                                    {QStringLiteral("list"), QVariantList{1, QStringLiteral("two"), true}}});
    d.probes << dns;

    ProbeResult creds;
    creds.id = QStringLiteral("credentials");
    creds.status = ProbeStatus::Fail;
    creds.title = QStringLiteral("Sign-in");
    creds.detail = QStringLiteral("The token endpoint answered 401.");
    creds.durationMs = 250;
    creds.evidence.insert(QStringLiteral("status"), 401);
    d.probes << creds;

    ProbeResult skipped;
    skipped.id = QStringLiteral("permissions");
    skipped.status = ProbeStatus::Skip;
    skipped.title = QStringLiteral("Permissions");
    skipped.detail = QStringLiteral("Skipped.");
    d.probes << skipped;

    ProbeResult warn;
    warn.id = QStringLiteral("clock");
    warn.status = ProbeStatus::Warn;
    warn.title = QStringLiteral("Clock");
    warn.detail = QStringLiteral("Off by 90 s.");
    d.probes << warn;

    Cause wrong;
    wrong.id = QStringLiteral("wrong-password");
    wrong.severity = Cause::Severity::Error;
    wrong.title = QStringLiteral("The password is wrong");
    wrong.explanation = QStringLiteral("The registry refused the user name and password.");
    wrong.evidence = QStringList{QStringLiteral("HTTP 401 from /oauth2/exchange"), QStringLiteral("user: alice")};
    wrong.probes = QStringList{QStringLiteral("credentials")};
    rd::RemediationStep step1;
    step1.text = QStringLiteral("Sign in again.");
    step1.commands = {{QStringLiteral("powershell"), QStringLiteral("docker login contoso.azurecr.io --username 'it''s'")},
                      {QStringLiteral("bash"), QStringLiteral("docker login contoso.azurecr.io --username 'it'\\''s'")}};
    rd::RemediationStep step2;
    step2.text = QStringLiteral("Ask the registry owner to check the account.");
    wrong.remediation = {step1, step2};
    wrong.links = {{QStringLiteral("Troubleshoot login"), QStringLiteral("https://learn.microsoft.com/azure/container-registry/container-registry-troubleshoot-login")}};
    d.causes << wrong;

    Cause clock;
    clock.id = QStringLiteral("clock-skew");
    clock.severity = Cause::Severity::Warning;
    clock.title = QStringLiteral("This computer's clock is off");
    clock.explanation = QStringLiteral("Tokens may look expired.");
    clock.probes = QStringList{QStringLiteral("clock")};
    rd::RemediationStep sync;
    sync.text = QStringLiteral("Synchronise the clock.");
    sync.commands = {{QStringLiteral("powershell"), QStringLiteral("w32tm /resync")},
                     {QStringLiteral("bash"), QStringLiteral("sudo timedatectl set-ntp true")}};
    clock.remediation = {sync};
    d.causes << clock;
    return d;
}

// What a written report reads back as: links are never read from a file, they come from the
// catalogue by cause id (none for an unknown id).
Diagnosis withCatalogueLinks(Diagnosis d)
{
    for (Cause &c : d.causes)
        c.links = rd::isKnownCause(c.id) ? rd::makeCause(c.id).links : QVector<rd::DocLink>();
    return d;
}

void compareDiagnoses(const Diagnosis &a, const Diagnosis &b)
{
    QCOMPARE(a.toolVersion, b.toolVersion);
    QCOMPARE(a.registryInput, b.registryInput);
    QCOMPARE(a.loginServer, b.loginServer);
    QCOMPARE(a.registryKind, b.registryKind);
    QCOMPARE(a.practiceScenario, b.practiceScenario);
    QCOMPARE(a.startedAt, b.startedAt);
    QCOMPARE(a.durationMs, b.durationMs);
    QCOMPARE(a.cancelled, b.cancelled);
    QCOMPARE(a.probes.size(), b.probes.size());
    for (qsizetype i = 0; i < a.probes.size(); ++i) {
        const ProbeResult &p = a.probes.at(i);
        const ProbeResult &q = b.probes.at(i);
        QCOMPARE(p.id, q.id);
        QCOMPARE(p.status, q.status);
        QCOMPARE(p.title, q.title);
        QCOMPARE(p.detail, q.detail);
        QCOMPARE(p.durationMs, q.durationMs);
        // Compare through JSON: a QStringList comes back as a list of strings, an int as a number.
        QCOMPARE(QJsonObject::fromVariantMap(p.evidence), QJsonObject::fromVariantMap(q.evidence));
        QCOMPARE(p.evidence.keys(), q.evidence.keys());
    }
    QCOMPARE(a.causes.size(), b.causes.size());
    for (qsizetype i = 0; i < a.causes.size(); ++i) {
        const Cause &c = a.causes.at(i);
        const Cause &e = b.causes.at(i);
        QCOMPARE(c.id, e.id);
        QCOMPARE(c.severity, e.severity);
        QCOMPARE(c.title, e.title);
        QCOMPARE(c.explanation, e.explanation);
        QCOMPARE(c.evidence, e.evidence);
        QCOMPARE(c.probes, e.probes);
        QCOMPARE(c.remediation.size(), e.remediation.size());
        for (qsizetype k = 0; k < c.remediation.size(); ++k) {
            QCOMPARE(c.remediation.at(k).text, e.remediation.at(k).text);
            QCOMPARE(c.remediation.at(k).commands.size(), e.remediation.at(k).commands.size());
            for (qsizetype j = 0; j < c.remediation.at(k).commands.size(); ++j) {
                QCOMPARE(c.remediation.at(k).commands.at(j).shell, e.remediation.at(k).commands.at(j).shell);
                QCOMPARE(c.remediation.at(k).commands.at(j).command, e.remediation.at(k).commands.at(j).command);
            }
        }
        QCOMPARE(c.links.size(), e.links.size());
        for (qsizetype k = 0; k < c.links.size(); ++k) {
            QCOMPARE(c.links.at(k).title, e.links.at(k).title);
            QCOMPARE(c.links.at(k).url, e.links.at(k).url);
        }
    }
}

} // namespace

class TestJsonReport : public QObject
{
    Q_OBJECT

private slots:
    void writeThenRead_givesTheSameDiagnosis()
    {
        const Diagnosis original = sampleDiagnosis();
        const QByteArray json = rd::writeJsonReport(original, Redactor());
        Diagnosis back;
        QString problem;
        QVERIFY2(rd::readJsonReport(json, &back, &problem), qPrintable(problem));
        QVERIFY(problem.isEmpty());
        compareDiagnoses(withCatalogueLinks(original), back);
        // Spot checks of values that are easy to lose on the way.
        QCOMPARE(back.startedAt, QDateTime(QDate(2024, 3, 5), QTime(14, 7, 9, 123), Qt::UTC));
        QCOMPARE(back.probes.at(0).evidence.value(QStringLiteral("addresses")).toStringList(),
                 (QStringList{QStringLiteral("192.0.2.10"), QStringLiteral("192.0.2.11")}));
        QCOMPARE(back.probes.at(0).evidence.value(QStringLiteral("nested")).toMap().value(QStringLiteral("level")).toMap()
                     .value(QStringLiteral("deep")).toString(), QStringLiteral("yes"));
        QCOMPARE(back.probes.at(0).evidence.value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(back.probes.at(1).evidence.value(QStringLiteral("status")).toInt(), 401);
        QCOMPARE(back.causes.at(1).severity, Cause::Severity::Warning);
        QVERIFY(back.hasErrors());
    }

    void practiceAndCancelled_roundTrip()
    {
        Diagnosis d = sampleDiagnosis();
        d.practiceScenario = QStringLiteral("wrong-password");
        d.cancelled = true;
        d.startedAt = QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59, 999), QTimeZone(3600));
        Diagnosis back;
        QString problem;
        QVERIFY(rd::readJsonReport(rd::writeJsonReport(d, Redactor()), &back, &problem));
        compareDiagnoses(withCatalogueLinks(d), back);
        QCOMPARE(back.startedAt.toUTC(), QDateTime(QDate(2024, 12, 31), QTime(22, 59, 59, 999), Qt::UTC));
    }

    void json_hasTheDocumentedShape()
    {
        const QJsonDocument doc = QJsonDocument::fromJson(rd::writeJsonReport(sampleDiagnosis(), Redactor()));
        QVERIFY(doc.isObject());
        const QJsonObject root = doc.object();
        QCOMPARE(sortedKeys(root), sorted({QStringLiteral("schemaVersion"), QStringLiteral("tool"), QStringLiteral("registry"), QStringLiteral("startedAt"),
                                           QStringLiteral("durationMs"), QStringLiteral("cancelled"), QStringLiteral("probes"),
                                           QStringLiteral("causes")}));
        const QJsonObject tool = root.value(QStringLiteral("tool")).toObject();
        QCOMPARE(sortedKeys(tool), sorted({QStringLiteral("name"), QStringLiteral("version")}));
        QCOMPARE(tool.value(QStringLiteral("name")).toString(), QStringLiteral("registry-doctor"));
        QCOMPARE(tool.value(QStringLiteral("version")).toString(), QStringLiteral("0.9.1"));
        const QJsonObject reg = root.value(QStringLiteral("registry")).toObject();
        QCOMPARE(sortedKeys(reg), sorted({QStringLiteral("input"), QStringLiteral("loginServer"), QStringLiteral("kind")}));
        QCOMPARE(reg.value(QStringLiteral("loginServer")).toString(), QStringLiteral("contoso.azurecr.io"));
        QCOMPARE(reg.value(QStringLiteral("kind")).toString(), QStringLiteral("acr"));
        QCOMPARE(root.value(QStringLiteral("startedAt")).toString(), QStringLiteral("2024-03-05T14:07:09.123Z"));
        QCOMPARE(root.value(QStringLiteral("durationMs")).toInteger(), qint64(4321));
        QCOMPARE(root.value(QStringLiteral("cancelled")).toBool(true), false);

        const QJsonArray probes = root.value(QStringLiteral("probes")).toArray();
        QCOMPARE(probes.size(), 4);
        const QStringList probeKeys = sorted({QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("title"),
                                              QStringLiteral("detail"), QStringLiteral("durationMs"), QStringLiteral("evidence")});
        QStringList statuses;
        for (const QJsonValue &p : probes) {
            QCOMPARE(sortedKeys(p.toObject()), probeKeys);
            QVERIFY(p.toObject().value(QStringLiteral("evidence")).isObject());
            statuses << p.toObject().value(QStringLiteral("status")).toString();
        }
        QCOMPARE(statuses, (QStringList{QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("skip"), QStringLiteral("warn")}));
        QCOMPARE(probes.at(0).toObject().value(QStringLiteral("evidence")).toObject().value(QStringLiteral("addresses")).toArray().size(), 2);

        const QJsonArray causes = root.value(QStringLiteral("causes")).toArray();
        QCOMPARE(causes.size(), 2);
        const QStringList causeKeys = sorted({QStringLiteral("id"), QStringLiteral("severity"), QStringLiteral("title"),
                                              QStringLiteral("explanation"), QStringLiteral("evidence"), QStringLiteral("probes"),
                                              QStringLiteral("remediation"), QStringLiteral("links")});
        for (const QJsonValue &c : causes)
            QCOMPARE(sortedKeys(c.toObject()), causeKeys);
        const QJsonObject first = causes.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(causes.at(1).toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QVERIFY(first.value(QStringLiteral("evidence")).isArray());
        const QJsonArray steps = first.value(QStringLiteral("remediation")).toArray();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(sortedKeys(steps.at(0).toObject()), sorted({QStringLiteral("text"), QStringLiteral("commands")}));
        const QJsonArray commands = steps.at(0).toObject().value(QStringLiteral("commands")).toArray();
        QCOMPARE(commands.size(), 2);
        QCOMPARE(sortedKeys(commands.at(0).toObject()), sorted({QStringLiteral("shell"), QStringLiteral("command")}));
        QCOMPARE(commands.at(1).toObject().value(QStringLiteral("shell")).toString(), QStringLiteral("bash"));
        QCOMPARE(steps.at(1).toObject().value(QStringLiteral("commands")).toArray().size(), 0);
        const QJsonArray links = first.value(QStringLiteral("links")).toArray();
        QCOMPARE(links.size(), 1);
        QCOMPARE(sortedKeys(links.at(0).toObject()), sorted({QStringLiteral("title"), QStringLiteral("url")}));
    }

    // Issue 13: what a help desk needs to read a report without calling back.
    void helpDeskContext_roundTrips_andThePastedErrorIsRedacted()
    {
        Diagnosis d = sampleDiagnosis();
        d.signInMethod = QStringLiteral("password");
        d.username = QStringLiteral("ci-bot");
        d.repository = QStringLiteral("team/app");
        d.action = QStringLiteral("push");
        d.symptoms = {QStringLiteral("login-fails")};
        d.pastedError = QStringLiteral("Error: unauthorized for ci-bot with S3cret-Canary");
        d.caseNumber = QStringLiteral("INC-4711");
        d.os = QStringLiteral("Windows 11 Version 23H2");
        d.timeZone = QStringLiteral("Europe/Rome (UTC+01:00)");
        Redactor redactor;
        redactor.add(rd::Secret(QByteArray("S3cret-Canary")));
        const QByteArray json = rd::writeJsonReport(d, redactor);
        QVERIFY(!json.contains("S3cret-Canary"));
        const QJsonObject context = QJsonDocument::fromJson(json).object().value(QStringLiteral("context")).toObject();
        QCOMPARE(context.value(QStringLiteral("caseNumber")).toString(), QStringLiteral("INC-4711"));
        QCOMPARE(context.value(QStringLiteral("os")).toString(), QStringLiteral("Windows 11 Version 23H2"));
        Diagnosis back;
        QString problem;
        QVERIFY2(rd::readJsonReport(json, &back, &problem), qPrintable(problem));
        QCOMPARE(back.signInMethod, d.signInMethod);
        QCOMPARE(back.username, d.username);
        QCOMPARE(back.repository, d.repository);
        QCOMPARE(back.action, d.action);
        QCOMPARE(back.symptoms, d.symptoms);
        QCOMPARE(back.caseNumber, d.caseNumber);
        QCOMPARE(back.os, d.os);
        QCOMPARE(back.timeZone, d.timeZone);
        QVERIFY(back.pastedError.startsWith(QLatin1String("Error: unauthorized for ci-bot with ")));
        QVERIFY(!back.pastedError.contains(QLatin1String("S3cret")));
    }

    void practiceScenario_addsItsKeyOnlyWhenSet()
    {
        Diagnosis d = sampleDiagnosis();
        d.practiceScenario = QStringLiteral("blocked-ip");
        const QJsonObject root = QJsonDocument::fromJson(rd::writeJsonReport(d, Redactor())).object();
        QCOMPARE(root.value(QStringLiteral("practiceScenario")).toString(), QStringLiteral("blocked-ip"));
        QCOMPARE(root.size(), 9); // the seven keys, schemaVersion and practiceScenario
    }

    // The client the check ran for: a stable JSON field, read back, and a line in the text and
    // Markdown reports. A report read back names a store cause in that client's words.
    void client_isNamedInTheReports()
    {
        Diagnosis d = sampleDiagnosis();
        d.client = QStringLiteral("podman");
        Cause none = rd::makeCause(rd::CauseId::NoCredentials);
        none.evidenceMessages = {rd::Message::verbatim(QStringLiteral("nothing stored"))};
        none.evidence = QStringList{QStringLiteral("nothing stored")};
        d.causes.prepend(none);
        const QByteArray json = rd::writeJsonReport(d, Redactor());
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QCOMPARE(root.value(QStringLiteral("client")).toString(), QStringLiteral("podman"));
        Diagnosis back;
        QString problem;
        QVERIFY2(rd::readJsonReport(json, &back, &problem), qPrintable(problem));
        QCOMPARE(back.client, QStringLiteral("podman"));
        QVERIFY2(back.causes.first().explanation.contains(QLatin1String("Podman has nothing saved")), qPrintable(back.causes.first().explanation));
        QVERIFY(!back.causes.first().explanation.contains(QLatin1String("Docker")));

        const QString text = rd::writeTextReport(back, Redactor(), QStringLiteral("bash"));
        QVERIFY2(text.contains(QLatin1String("\nClient: Podman\n")), qPrintable(text));
        const QString markdown = rd::writeMarkdownReport(back, Redactor(), QStringLiteral("bash"));
        QVERIFY2(markdown.contains(QLatin1String("\n- Client: Podman\n")), qPrintable(markdown));

        // A client this program does not know is not read (nor shown); none at all: no line.
        QJsonObject odd = root;
        odd.insert(QStringLiteral("client"), QStringLiteral("<b>rkt</b>"));
        QVERIFY(rd::readJsonReport(QJsonDocument(odd).toJson(), &back, &problem));
        QVERIFY(back.client.isEmpty());
        QVERIFY(!rd::writeTextReport(back, Redactor(), QStringLiteral("bash")).contains(QLatin1String("Client:")));
        QVERIFY(!rd::writeTextReport(sampleDiagnosis(), Redactor(), QStringLiteral("bash")).contains(QLatin1String("Client:")));
    }

    void secretsWithJsonEscapedCharacters_areRedacted()
    {
        // JSON escapes '"' and '\': the secret must be removed before that happens.
        const QByteArray password("Pa\"ss\\w0rd|x");
        Redactor redactor;
        redactor.add(rd::Secret(password));
        Diagnosis d = sampleDiagnosis();
        d.probes[1].detail = QStringLiteral("sent ") + QString::fromLatin1(password) + QStringLiteral(" to the registry");
        d.probes[1].evidence.insert(QStringLiteral("echo"), QVariantMap{{QStringLiteral("value"), QString::fromLatin1(password)}});
        d.causes[0].evidence << QString::fromLatin1(password);
        const QByteArray json = rd::writeJsonReport(d, redactor);
        QVERIFY(!json.contains("w0rd"));
        QVERIFY(!json.contains("Pa\\\"ss"));
        Diagnosis back;
        QString problem;
        QVERIFY(rd::readJsonReport(json, &back, &problem));
        QCOMPARE(back.probes.at(1).detail, QStringLiteral("sent [removed] to the registry"));
        QCOMPARE(back.probes.at(1).evidence.value(QStringLiteral("echo")).toMap().value(QStringLiteral("value")).toString(),
                 QStringLiteral("[removed]"));
        QCOMPARE(back.causes.at(0).evidence.last(), QStringLiteral("[removed]"));

        // The Markdown table escapes '|': the secret must not survive that either.
        const QString md = rd::writeMarkdownReport(d, redactor, QStringLiteral("bash"));
        QVERIFY(!md.contains(QLatin1String("w0rd")));
        const QString text = rd::writeTextReport(d, redactor, QStringLiteral("bash"));
        QVERIFY(!text.contains(QLatin1String("w0rd")));
    }

    void garbage_isRefusedWithAProblem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("registry-doctor report, honest");
        QTest::newRow("truncated") << QByteArray("{\"tool\":{\"name\":\"registry-doctor\"");
        QTest::newRow("array") << QByteArray("[{\"tool\":{\"name\":\"registry-doctor\"}}]");
        QTest::newRow("number") << QByteArray("42");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("other tool") << QByteArray("{\"tool\":{\"name\":\"something-else\",\"version\":\"1\"},\"probes\":[]}");
        QTest::newRow("tool is a string") << QByteArray("{\"tool\":\"registry-doctor\"}");
        QTest::newRow("docker config") << QByteArray("{\"auths\":{\"contoso.azurecr.io\":{\"auth\":\"YTpi\"}}}");
    }

    void garbage_isRefusedWithAProblem()
    {
        QFETCH(QByteArray, json);
        Diagnosis out;
        out.toolVersion = QStringLiteral("untouched");
        QString problem;
        QVERIFY(!rd::readJsonReport(json, &out, &problem));
        QVERIFY(!problem.isEmpty());
        QCOMPARE(out.toolVersion, QStringLiteral("untouched"));
    }

    // --- Text and Markdown reports ---

    void textReport_listsCausesBeforeTheChecks()
    {
        const QString text = rd::writeTextReport(sampleDiagnosis(), Redactor(), QStringLiteral("bash"));
        const qsizetype checks = text.indexOf(QLatin1String("\nChecks:\n"));
        QVERIFY2(checks > 0, qPrintable(text));
        const qsizetype firstCause = text.indexOf(QLatin1String("The password is wrong"));
        const qsizetype secondCause = text.indexOf(QLatin1String("This computer's clock is off"));
        QVERIFY(firstCause > 0);
        QVERIFY(secondCause > firstCause);
        QVERIFY(secondCause < checks);
        QVERIFY(text.startsWith(QLatin1String("2 problem(s) found with contoso.azurecr.io.")));
        // Every check is listed after the heading, each exactly once.
        for (const QString &title : {QStringLiteral("Name lookup"), QStringLiteral("Sign-in"), QStringLiteral("Permissions"), QStringLiteral("Clock")}) {
            QCOMPARE(text.count(title + QLatin1String(" (")), 1);
            QVERIFY(text.indexOf(title + QLatin1String(" (")) > checks);
        }
        QVERIFY(text.contains(QLatin1String("(250 ms): The token endpoint answered 401.")));
        QVERIFY(text.contains(QLatin1String("Total time: 4321 ms")));
        // Commands for bash only.
        QVERIFY(text.contains(QLatin1String("docker login contoso.azurecr.io --username 'it'\\''s'")));
        QVERIFY(!text.contains(QLatin1String("'it''s'")));
        QVERIFY(!text.contains(QLatin1String("w32tm")));
        QVERIFY(text.contains(QLatin1String("sudo timedatectl set-ntp true")));
    }

    void textReport_withoutCauses_saysSo()
    {
        Diagnosis d = sampleDiagnosis();
        d.causes.clear();
        const QString text = rd::writeTextReport(d, Redactor(), QStringLiteral("bash"));
        QVERIFY(text.startsWith(QLatin1String("No problem found with contoso.azurecr.io.\n")));
        QVERIFY(text.contains(QLatin1String("\nChecks:\n")));
    }

    void markdownReport_hasOneFencedBlockPerStepWithCommands_forTheChosenShell()
    {
        const Diagnosis d = sampleDiagnosis();
        const QString ps = rd::writeMarkdownReport(d, Redactor(), QStringLiteral("powershell"));
        // Two steps have commands (wrong-password step 1, clock-skew step 1); step 2 has none.
        QCOMPARE(ps.count(QLatin1String("```powershell\n")), 2);
        QCOMPARE(ps.count(QLatin1String("```bash")), 0);
        QCOMPARE(ps.count(QLatin1String("```")), 4); // two opening, two closing fences
        QVERIFY(ps.contains(QLatin1String("```powershell\n   docker login contoso.azurecr.io --username 'it''s'\n   ```\n")));
        QVERIFY(ps.contains(QLatin1String("w32tm /resync")));
        QVERIFY(!ps.contains(QLatin1String("timedatectl")));
        QVERIFY(!ps.contains(QLatin1String("'it'\\''s'")));
        QVERIFY(ps.contains(QLatin1String("2. Ask the registry owner to check the account.\n")));
        QVERIFY(ps.contains(QLatin1String("- [Troubleshoot login](https://learn.microsoft.com/azure/container-registry/container-registry-troubleshoot-login)")));
        // Causes come before the table of checks.
        QVERIFY(ps.indexOf(QLatin1String("## The password is wrong")) < ps.indexOf(QLatin1String("## Checks")));

        const QString sh = rd::writeMarkdownReport(d, Redactor(), QStringLiteral("bash"));
        QCOMPARE(sh.count(QLatin1String("```bash\n")), 2);
        QCOMPARE(sh.count(QLatin1String("```powershell")), 0);
        QVERIFY(sh.contains(QLatin1String("   sudo timedatectl set-ntp true\n")));
        QVERIFY(!sh.contains(QLatin1String("w32tm")));

        // A shell nobody wrote commands for gets no fenced blocks at all.
        QCOMPARE(rd::writeMarkdownReport(d, Redactor(), QStringLiteral("fish")).count(QLatin1String("```")), 0);
    }

    // A report from someone else: as much as a real check writes and no more, printable text,
    // links only from the catalogue, and a duration that is a number.
    void hostileReport_isCappedPrintableAndLinkedFromTheCatalogue()
    {
        const QString control = QStringLiteral("\u001b]0;pwned\u0007\u001b[2J\nNo problem found\r\u202e");
        QJsonArray probes, causes;
        for (int i = 0; i < 3000; ++i) {
            probes.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("p%1").arg(i % 100)},
                                      {QStringLiteral("status"), QStringLiteral("failed")},
                                      {QStringLiteral("title"), control + QString(1000, QLatin1Char('t'))},
                                      {QStringLiteral("detail"), control + QString(i < 100 ? 20000 : 10, QLatin1Char('d'))},
                                      {QStringLiteral("durationMs"), i % 2 ? 1e300 : -5.0},
                                      {QStringLiteral("evidence"), QJsonObject{{QStringLiteral("big"), QJsonArray::fromStringList(QStringList(i < 100 ? 2000 : 1, QStringLiteral("x")))},
                                                                               {QStringLiteral("text"), control}}}});
            causes.append(QJsonObject{{QStringLiteral("id"), i == 0 ? QStringLiteral("credentials-invalid") : QStringLiteral("c%1").arg(i)},
                                      {QStringLiteral("title"), control},
                                      {QStringLiteral("explanation"), control},
                                      {QStringLiteral("evidence"), QJsonArray::fromStringList(QStringList(i < 100 ? 1000 : 1, control))},
                                      {QStringLiteral("links"), QJsonArray{QJsonObject{{QStringLiteral("title"), QStringLiteral("Open")},
                                                                                       {QStringLiteral("url"), QStringLiteral("file:///C:/Windows/System32/calc.exe")}},
                                                                           QJsonObject{{QStringLiteral("title"), QStringLiteral("Share")},
                                                                                       {QStringLiteral("url"), QStringLiteral("smb://evil.example/share")}}}}});
        }
        const QJsonObject root{{QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("registry-doctor")}}},
                               {QStringLiteral("registry"), QJsonObject{{QStringLiteral("loginServer"), control}}},
                               {QStringLiteral("durationMs"), 1e300}, // converting it to qint64 was undefined
                               {QStringLiteral("probes"), probes},
                               {QStringLiteral("causes"), causes}};
        const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Compact);
        Diagnosis d;
        QString problem;
        QVERIFY2(rd::readJsonReport(json, &d, &problem), qPrintable(problem));
        QCOMPARE(d.durationMs, 0);
        QCOMPARE(d.probes.size(), 64);          // and each id once
        QVERIFY(d.causes.size() <= 64);
        QStringList texts{d.loginServer};
        for (const ProbeResult &p : std::as_const(d.probes)) {
            QCOMPARE(p.durationMs, 0);
            QVERIFY(p.title.size() <= 300 && p.detail.size() <= 4000);
            QVERIFY(!p.evidence.contains(QStringLiteral("big"))); // 2,000 items: more than 4 KiB
            texts << p.title << p.detail << p.evidence.value(QStringLiteral("text")).toString();
        }
        for (const Cause &c : std::as_const(d.causes)) {
            QVERIFY(c.evidence.size() <= 64);
            texts << c.title << c.explanation << c.evidence;
            for (const rd::DocLink &l : c.links)
                QVERIFY2(l.url.startsWith(QLatin1String("https://learn.microsoft.com/")), qPrintable(l.url));
            if (c.id != QLatin1String("credentials-invalid"))
                QVERIFY(c.links.isEmpty());
        }
        for (const QString &t : std::as_const(texts))
            for (QChar ch : t)
                QVERIFY2(ch.isPrint() && ch.unicode() != 0x202e && ch != QLatin1Char('\n'), qPrintable(QString::number(ch.unicode(), 16)));
    }

    void textAndMarkdownWriters_stripControlCharacters_andEscapeMarkdown()
    {
        // The writers' last line, for a diagnosis that did not come through the reader.
        Diagnosis d = sampleDiagnosis();
        d.probes[0].detail = QStringLiteral("ok\u001b]52;c;Y3VybA==\u0007\nNo problem found\t[x](javascript:alert(1)) <img src=x> **b** `c`");
        d.causes[0].title = QStringLiteral("# Fake heading\n\n[Click](file:///etc/passwd)");
        d.causes[0].links = {{QStringLiteral("a](javascript:alert(1))"), QStringLiteral("javascript:alert(1)")},
                             {QStringLiteral("Docs"), QStringLiteral("https://learn.microsoft.com/a_(c)")}};
        for (const QString &out : {rd::writeTextReport(d, Redactor(), QStringLiteral("bash")),
                                   rd::writeMarkdownReport(d, Redactor(), QStringLiteral("bash"))}) {
            for (QChar ch : out)
                QVERIFY2(ch == QLatin1Char('\n') || ch.isPrint(), qPrintable(QString::number(ch.unicode(), 16)));
            for (const QString &line : out.split(QLatin1Char('\n')))
                QVERIFY2(!line.startsWith(QLatin1String("No problem found")), qPrintable(line));
        }
        const QString md = rd::writeMarkdownReport(d, Redactor(), QStringLiteral("bash"));
        // Unescaped link syntax only where the writer made a link itself.
        QVERIFY(!md.contains(QRegularExpression(QStringLiteral(R"re((?<!\\)\]\((javascript|file):)re"))));
        QVERIFY(md.contains(QLatin1String("\\<img")) && !md.contains(QLatin1String(" <img")));
        QVERIFY(!md.contains(QLatin1String("**b**")));
        QVERIFY(md.contains(QLatin1String("\\# Fake heading")));
        QVERIFY(md.contains(QLatin1String("(https://learn.microsoft.com/a_%28c%29)")));
    }

    void markdownTable_escapesPipesInDetails()
    {
        Diagnosis d = sampleDiagnosis();
        d.probes[0].detail = QStringLiteral("a | b");
        const QString md = rd::writeMarkdownReport(d, Redactor(), QStringLiteral("bash"));
        QVERIFY(md.contains(QLatin1String("| passed | Name lookup | a \\| b |\n")));
    }
};

QTEST_GUILESS_MAIN(TestJsonReport)
#include "tst_json_report.moc"
