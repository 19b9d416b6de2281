// A report opens in the reader's language: a check run in Italian, saved as JSON and opened by an
// English reader reads in English (and the other way round), text for text, exactly as the same
// diagnosis rendered in English; a schema 1 report (text only) is shown as it was written.
#include "diagnosis/check.h"
#include "diagnosis/render.h"
#include "i18n/translations.h"
#include "practice/practice_registry.h"
#include "report/json_report.h"
#include "report/redactor.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace rd;

namespace {

Diagnosis runScenario(const QString &scenario)
{
    PracticeRegistry registry;
    if (!registry.start(scenario))
        return {};
    CheckOptions base;
    base.repository = QStringLiteral("hello");
    Check check(registry.checkOptions(base));
    QSignalSpy done(&check, &Check::finished);
    check.start();
    if (check.isRunning())
        done.wait(60000);
    return check.diagnosis();
}

// Every text a reader sees, in order. Documentation links are never taken from a file: the reader
// rebuilds them from its own catalogue by cause id (issue 15), so they are in the reader's language
// whatever the report's schema; `withLinks` leaves them out for a schema 1 report.
QStringList texts(const Diagnosis &d, bool withLinks = true)
{
    QStringList out;
    for (const ProbeResult &p : d.probes)
        out << p.title << p.detail;
    for (const Cause &c : d.causes) {
        out << c.title << c.explanation << c.evidence;
        for (const RemediationStep &s : c.remediation)
            out << s.text;
        if (withLinks)
            for (const DocLink &l : c.links)
                out << l.title;
    }
    return out;
}

} // namespace

class ReportLanguageTest : public QObject
{
    Q_OBJECT
private slots:
    void cleanup() { installTranslations(QStringLiteral("en")); }

    void reportOpensInTheReadersLanguage_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("writer");
        QTest::addColumn<QString>("reader");
        for (const char *s : {"expired-token", "firewall", "wrong-password", "typo-in-name", "clock-skew", "healthy"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 it->en").arg(QLatin1String(s)))) << QString::fromLatin1(s) << QStringLiteral("it") << QStringLiteral("en");
            QTest::newRow(qPrintable(QStringLiteral("%1 en->it").arg(QLatin1String(s)))) << QString::fromLatin1(s) << QStringLiteral("en") << QStringLiteral("it");
        }
    }

    void reportOpensInTheReadersLanguage()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, writer);
        QFETCH(QString, reader);
        installTranslations(writer);
        Diagnosis written = runScenario(scenario);
        QVERIFY(!written.probes.isEmpty());
        const QStringList asWritten = texts(written);
        const QByteArray json = writeJsonReport(written, Redactor());

        installTranslations(reader);
        Diagnosis opened;
        QString problem;
        QVERIFY2(readJsonReport(json, &opened, &problem), qPrintable(problem));
        renderDiagnosis(written); // the same findings, rendered for this reader
        const QStringList expected = texts(written);
        const QStringList got = texts(opened);
        QCOMPARE(got.size(), expected.size());
        for (int i = 0; i < got.size(); ++i)
            QCOMPARE(got.at(i), expected.at(i));
        // ... and that is not the writer's language: most texts read differently (names, codes and
        // programs' own messages stay as they are).
        QCOMPARE(got.size(), asWritten.size());
        int changed = 0;
        for (int i = 0; i < got.size(); ++i)
            changed += got.at(i) != asWritten.at(i);
        QVERIFY2(changed >= got.size() * 3 / 4, qPrintable(QStringLiteral("%1 of %2").arg(changed).arg(got.size())));
    }

    void schema1Report_isShownAsWritten()
    {
        installTranslations(QStringLiteral("it"));
        const Diagnosis written = runScenario(QStringLiteral("wrong-password"));
        QJsonObject root = QJsonDocument::fromJson(writeJsonReport(written, Redactor())).object();
        root.remove(QStringLiteral("schemaVersion"));
        installTranslations(QStringLiteral("en"));
        Diagnosis opened;
        QString problem;
        QVERIFY(readJsonReport(QJsonDocument(root).toJson(), &opened, &problem));
        QCOMPARE(texts(opened, false), texts(written, false));
        // The links: the same pages, titled in the reader's language.
        QCOMPARE(opened.causes.size(), written.causes.size());
        for (int i = 0; i < opened.causes.size(); ++i) {
            QCOMPARE(opened.causes.at(i).links.size(), written.causes.at(i).links.size());
            for (int k = 0; k < opened.causes.at(i).links.size(); ++k)
                QCOMPARE(QUrl(opened.causes.at(i).links.at(k).url).path().section(QLatin1Char('/'), 2),
                         QUrl(written.causes.at(i).links.at(k).url).path().section(QLatin1Char('/'), 2));
        }
    }
};

QTEST_GUILESS_MAIN(ReportLanguageTest)
#include "tst_report_language.moc"
