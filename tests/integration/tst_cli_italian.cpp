// registry-doctor-cli in Italian, as a user runs it: every practice scenario checked with --lang it
// and with --lang en, compared field by field. Everything a person reads (cause titles,
// explanations, evidence, remediation steps, check titles and details, link titles) must differ
// from the English; commands must not; Microsoft Learn links must point at it-it.
#include "standin_bin.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The CLI with a private PATH (the docker and az stand-ins only) and an empty home, so what it
// finds on this computer is the same everywhere.
class Cli
{
public:
    Cli()
    {
        m_bin.add(QStringLiteral("docker"));
        m_bin.add(QStringLiteral("az"));
    }
    bool isValid() const { return m_bin.isValid() && m_home.isValid(); }

    Run run(const QStringList &args) const
    {
        QProcess p;
        p.setProgram(QStringLiteral(RD_CLI_PATH));
        p.setArguments(args);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy",
                                 "NO_PROXY", "no_proxy", "DOCKER_CONFIG", "AZURE_CONFIG_DIR", "LANGUAGE", "LANG"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("PATH"), m_bin.path());
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        p.start();
        // Exit codes -1 and -3 say it did not start or did not finish; -2 that it crashed.
        if (!p.waitForStarted())
            return {-1, QByteArray(), p.errorString().toUtf8()};
        p.closeWriteChannel();
        if (!p.waitForFinished(90000)) {
            p.kill();
            p.waitForFinished();
            return {-3, QByteArray(), QByteArrayLiteral("did not finish in 90 s")};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(), p.readAllStandardError()};
    }

private:
    rd::test::StandinBin m_bin;
    QTemporaryDir m_home;
};

QJsonValue parse(const Run &r)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &e);
    if (e.error != QJsonParseError::NoError)
        return QJsonValue();
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QHash<QString, QJsonObject> byId(const QJsonArray &array)
{
    QHash<QString, QJsonObject> map;
    for (const QJsonValue &v : array)
        map.insert(v.toObject().value(QLatin1String("id")).toString(), v.toObject());
    return map;
}

// Collects "where: it == en" for every pair of texts that should differ but do not.
class Comparison
{
public:
    void differ(const QString &where, const QString &it, const QString &en)
    {
        ++m_compared;
        if (it.isEmpty() || en.isEmpty())
            m_problems << QStringLiteral("%1: empty (it \"%2\", en \"%3\")").arg(where, it, en);
        else if (it == en)
            m_problems << QStringLiteral("%1: still English: \"%2\"").arg(where, en);
    }
    void same(const QString &where, const QString &it, const QString &en)
    {
        if (it != en)
            m_problems << QStringLiteral("%1: should not be translated: \"%2\" became \"%3\"").arg(where, en, it);
    }
    void problem(const QString &text) { m_problems << text; }
    int compared() const { return m_compared; }
    QString report() const { return m_problems.join(QLatin1Char('\n')); }
    bool ok() const { return m_problems.isEmpty(); }

private:
    QStringList m_problems;
    int m_compared = 0;
};

void compareLinks(Comparison &c, const QString &where, const QJsonArray &it, const QJsonArray &en)
{
    if (it.size() != en.size()) {
        c.problem(QStringLiteral("%1: %2 links in Italian, %3 in English").arg(where).arg(it.size()).arg(en.size()));
        return;
    }
    for (int i = 0; i < it.size(); ++i) {
        const QJsonObject li = it.at(i).toObject(), le = en.at(i).toObject();
        const QString where2 = QStringLiteral("%1 link %2").arg(where).arg(i);
        c.differ(where2 + QStringLiteral(" title"), li.value(QLatin1String("title")).toString(), le.value(QLatin1String("title")).toString());
        const QString url = li.value(QLatin1String("url")).toString();
        if (url.contains(QLatin1String("learn.microsoft.com"))) {
            if (!url.contains(QLatin1String("/it-it/")))
                c.problem(QStringLiteral("%1: not an Italian Learn link: %2").arg(where2, url));
            QString english = le.value(QLatin1String("url")).toString();
            if (english.replace(QLatin1String("/en-us/"), QLatin1String("/it-it/")) != url)
                c.problem(QStringLiteral("%1: %2 is not the Italian page of %3").arg(where2, url, le.value(QLatin1String("url")).toString()));
        }
    }
}

void compareCause(Comparison &c, const QString &where, const QJsonObject &it, const QJsonObject &en)
{
    c.differ(where + QStringLiteral(" title"), it.value(QLatin1String("title")).toString(), en.value(QLatin1String("title")).toString());
    c.differ(where + QStringLiteral(" explanation"), it.value(QLatin1String("explanation")).toString(), en.value(QLatin1String("explanation")).toString());
    const QJsonArray evIt = it.value(QLatin1String("evidence")).toArray(), evEn = en.value(QLatin1String("evidence")).toArray();
    if (evIt.size() != evEn.size())
        c.problem(QStringLiteral("%1: %2 evidence lines in Italian, %3 in English").arg(where).arg(evIt.size()).arg(evEn.size()));
    for (int i = 0; i < qMin(evIt.size(), evEn.size()); ++i)
        c.differ(QStringLiteral("%1 evidence %2").arg(where).arg(i), evIt.at(i).toString(), evEn.at(i).toString());
    const QJsonArray stIt = it.value(QLatin1String("remediation")).toArray(), stEn = en.value(QLatin1String("remediation")).toArray();
    if (stIt.size() != stEn.size())
        c.problem(QStringLiteral("%1: %2 steps in Italian, %3 in English").arg(where).arg(stIt.size()).arg(stEn.size()));
    for (int i = 0; i < qMin(stIt.size(), stEn.size()); ++i) {
        const QJsonObject si = stIt.at(i).toObject(), se = stEn.at(i).toObject();
        const QString where2 = QStringLiteral("%1 step %2").arg(where).arg(i);
        c.differ(where2, si.value(QLatin1String("text")).toString(), se.value(QLatin1String("text")).toString());
        // Commands are what the user types: never translated.
        c.same(where2 + QStringLiteral(" commands"),
               QString::fromUtf8(QJsonDocument(si.value(QLatin1String("commands")).toArray()).toJson(QJsonDocument::Compact)),
               QString::fromUtf8(QJsonDocument(se.value(QLatin1String("commands")).toArray()).toJson(QJsonDocument::Compact)));
    }
    compareLinks(c, where, it.value(QLatin1String("links")).toArray(), en.value(QLatin1String("links")).toArray());
}

} // namespace

class CliItalianTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void practiceCheck_inItalian_everyTextDiffersFromEnglish_data();
    void practiceCheck_inItalian_everyTextDiffersFromEnglish();
    void causes_inItalian_everyTitleExplanationAndLinkTranslated();
    void symptoms_inItalian_everyTitleTranslated();
    void textReport_inItalian_usesItalianHeadingsAndPlurals();

private:
    QStringList m_scenarios;
};

void CliItalianTest::initTestCase()
{
    Cli cli;
    QVERIFY(cli.isValid());
    const Run r = cli.run({QStringLiteral("practice"), QStringLiteral("--list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    for (const QJsonValue &v : parse(r).toArray())
        m_scenarios << v.toObject().value(QLatin1String("id")).toString();
    QVERIFY2(m_scenarios.size() >= 15, qPrintable(m_scenarios.join(QLatin1Char(' '))));
    QVERIFY(m_scenarios.contains(QStringLiteral("wrong-password")));
}

void CliItalianTest::practiceCheck_inItalian_everyTextDiffersFromEnglish_data()
{
    QTest::addColumn<QString>("scenario");
    for (const QString &s : m_scenarios)
        QTest::newRow(qPrintable(s)) << s;
}

void CliItalianTest::practiceCheck_inItalian_everyTextDiffersFromEnglish()
{
    QFETCH(QString, scenario);
    Cli cli;
    QVERIFY(cli.isValid());
    const QStringList base{QStringLiteral("check"), QStringLiteral("--practice"), scenario, QStringLiteral("--repository"),
                           QStringLiteral("hello"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang")};
    const Run it = cli.run(base + QStringList{QStringLiteral("it")});
    const Run en = cli.run(base + QStringList{QStringLiteral("en")});
    QVERIFY2(it.exitCode == 0 || it.exitCode == 1, qPrintable(QStringLiteral("exit code %1: %2").arg(it.exitCode).arg(QString::fromUtf8(it.err))));
    QCOMPARE(it.exitCode, en.exitCode);
    const QJsonObject dIt = parse(it).toObject(), dEn = parse(en).toObject();
    QVERIFY(!dIt.isEmpty());
    QVERIFY(!dEn.isEmpty());

    Comparison c;
    const auto causesIt = byId(dIt.value(QLatin1String("causes")).toArray());
    const auto causesEn = byId(dEn.value(QLatin1String("causes")).toArray());
    QCOMPARE(causesIt.size(), causesEn.size());
    for (auto i = causesEn.cbegin(); i != causesEn.cend(); ++i) {
        QVERIFY2(causesIt.contains(i.key()), qPrintable(i.key()));
        compareCause(c, QStringLiteral("cause %1").arg(i.key()), causesIt.value(i.key()), i.value());
    }
    const auto probesIt = byId(dIt.value(QLatin1String("probes")).toArray());
    const auto probesEn = byId(dEn.value(QLatin1String("probes")).toArray());
    QCOMPARE(probesIt.size(), probesEn.size());
    QVERIFY(probesEn.size() >= 5);
    for (auto i = probesEn.cbegin(); i != probesEn.cend(); ++i) {
        const QJsonObject pIt = probesIt.value(i.key());
        const QString where = QStringLiteral("check %1").arg(i.key());
        c.differ(where + QStringLiteral(" title"), pIt.value(QLatin1String("title")).toString(), i.value().value(QLatin1String("title")).toString());
        c.same(where + QStringLiteral(" status"), pIt.value(QLatin1String("status")).toString(), i.value().value(QLatin1String("status")).toString());
        const QString detailEn = i.value().value(QLatin1String("detail")).toString();
        if (!detailEn.isEmpty())
            c.differ(where + QStringLiteral(" detail"), pIt.value(QLatin1String("detail")).toString(), detailEn);
    }
    QVERIFY2(c.ok(), qPrintable(c.report()));
    QVERIFY(c.compared() >= 10);
}

void CliItalianTest::causes_inItalian_everyTitleExplanationAndLinkTranslated()
{
    Cli cli;
    const QStringList base{QStringLiteral("causes"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang")};
    const Run it = cli.run(base + QStringList{QStringLiteral("it")});
    const Run en = cli.run(base + QStringList{QStringLiteral("en")});
    QCOMPARE(it.exitCode, 0);
    QCOMPARE(en.exitCode, 0);
    const auto causesIt = byId(parse(it).toArray()), causesEn = byId(parse(en).toArray());
    QVERIFY(causesEn.size() >= 20);
    QCOMPARE(causesIt.size(), causesEn.size());
    Comparison c;
    for (auto i = causesEn.cbegin(); i != causesEn.cend(); ++i) {
        const QJsonObject cIt = causesIt.value(i.key());
        c.differ(i.key() + QStringLiteral(" title"), cIt.value(QLatin1String("title")).toString(), i.value().value(QLatin1String("title")).toString());
        c.differ(i.key() + QStringLiteral(" explanation"), cIt.value(QLatin1String("explanation")).toString(), i.value().value(QLatin1String("explanation")).toString());
        compareLinks(c, i.key(), cIt.value(QLatin1String("links")).toArray(), i.value().value(QLatin1String("links")).toArray());
    }
    QVERIFY2(c.ok(), qPrintable(c.report()));
    // Exact wording for one cause, so a wrong context or a stale .qm cannot pass unnoticed.
    QCOMPARE(causesIt.value(QStringLiteral("docker-not-installed")).value(QLatin1String("title")).toString(),
             QStringLiteral("Docker non è installato"));

    // The text form too.
    const Run text = cli.run({QStringLiteral("causes"), QStringLiteral("--lang"), QStringLiteral("it")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("Il motore Docker non è in esecuzione"), text.out.left(400).constData());
    QVERIFY(!text.out.contains("The Docker engine is not running"));
}

void CliItalianTest::symptoms_inItalian_everyTitleTranslated()
{
    Cli cli;
    const QStringList base{QStringLiteral("symptoms"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--lang")};
    const Run it = cli.run(base + QStringList{QStringLiteral("it")});
    const Run en = cli.run(base + QStringList{QStringLiteral("en")});
    QCOMPARE(it.exitCode, 0);
    const auto sIt = byId(parse(it).toArray()), sEn = byId(parse(en).toArray());
    QCOMPARE(sEn.size(), 7);
    QCOMPARE(sIt.size(), 7);
    Comparison c;
    for (auto i = sEn.cbegin(); i != sEn.cend(); ++i) {
        c.differ(i.key() + QStringLiteral(" title"), sIt.value(i.key()).value(QLatin1String("title")).toString(),
                 i.value().value(QLatin1String("title")).toString());
        // The example is a real error message a user pastes: it stays as the program printed it.
        c.same(i.key() + QStringLiteral(" example"), sIt.value(i.key()).value(QLatin1String("example")).toString(),
               i.value().value(QLatin1String("example")).toString());
    }
    QVERIFY2(c.ok(), qPrintable(c.report()));

    const Run text = cli.run({QStringLiteral("symptoms"), QStringLiteral("--lang"), QStringLiteral("it")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("L'accesso non riesce con 403 Forbidden"), text.out.constData());
}

void CliItalianTest::textReport_inItalian_usesItalianHeadingsAndPlurals()
{
    Cli cli;
    const Run r = cli.run({QStringLiteral("check"), QStringLiteral("--practice"), QStringLiteral("wrong-password"),
                           QStringLiteral("--lang"), QStringLiteral("it")});
    QCOMPARE(r.exitCode, 1);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QLatin1String("Come risolvere:")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Il nome utente o la password non sono corretti")), qPrintable(out));
    // "%n problem(s) found": Italian singular or plural, never the English text.
    QVERIFY2(out.contains(QLatin1String(" problema trovato con ")) || out.contains(QLatin1String(" problemi trovati con ")), qPrintable(out));
    QVERIFY(!out.contains(QLatin1String("How to fix it")));
    QVERIFY(out.contains(QLatin1String("https://learn.microsoft.com/it-it/azure/container-registry/")));
    QVERIFY(!out.contains(QLatin1String("/en-us/")));
}

QTEST_GUILESS_MAIN(CliItalianTest)
#include "tst_cli_italian.moc"
