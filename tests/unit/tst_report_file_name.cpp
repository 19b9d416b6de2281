// The name a report is offered under (report/report_file_name.h): the registry and the local time
// of the check, only safe characters, so that a help desk can tell reports apart.
#include "report/report_file_name.h"
#include <QtTest>

using namespace rd;

class ReportFileNameTest : public QObject
{
    Q_OBJECT
private slots:
    void nameHoldsRegistryAndLocalTime()
    {
        Diagnosis d;
        d.loginServer = QStringLiteral("contoso.azurecr.io");
        d.startedAt = QDateTime(QDate(2026, 11, 30), QTime(9, 5, 59));   // local time
        QCOMPARE(reportFileName(d), QStringLiteral("registry-doctor-contoso.azurecr.io-20261130-0905.json"));
        QCOMPARE(reportFileName(d, QStringLiteral("md")), QStringLiteral("registry-doctor-contoso.azurecr.io-20261130-0905.md"));
    }

    void unsafeCharactersBecomeDashes()
    {
        Diagnosis d;
        d.registryInput = QStringLiteral("../Evil Host:5000/x\\y");
        d.startedAt = QDateTime(QDate(2026, 1, 2), QTime(23, 59));
        const QString name = reportFileName(d);
        QCOMPARE(name, QStringLiteral("registry-doctor-evil-host-5000-x-y-20260102-2359.json"));
        QVERIFY(!name.contains(QLatin1Char('/')));
    }

    void noRegistry_stillDated()
    {
        Diagnosis d;
        d.startedAt = QDateTime(QDate(2026, 1, 2), QTime(8, 0));
        QCOMPARE(reportFileName(d), QStringLiteral("registry-doctor-20260102-0800.json"));
    }
};

QTEST_GUILESS_MAIN(ReportFileNameTest)
#include "tst_report_file_name.moc"
