// The Log Analytics (KQL) query on ContainerRegistryLoginEvents offered for sign-in and firewall causes.
#include "diagnosis/log_analytics_query.h"

#include <QTest>
#include <QTimeZone>

class TestLogAnalyticsQuery : public QObject
{
    Q_OBJECT
private slots:
    void query_hasTableWindowServerColumnsAndOrder()
    {
        const QDateTime from(QDate(2024, 3, 5), QTime(13, 7, 9), Qt::UTC);
        const QDateTime to(QDate(2024, 3, 5), QTime(14, 22, 9), Qt::UTC);
        const QString kql = rd::loginEventsQuery(QStringLiteral("contoso.azurecr.io"), from, to);
        QCOMPARE(kql, QStringLiteral(
                          "ContainerRegistryLoginEvents\n"
                          "| where TimeGenerated between (datetime(2024-03-05T13:07:09Z) .. datetime(2024-03-05T14:22:09Z))\n"
                          "| where LoginServer =~ 'contoso.azurecr.io'\n"
                          "| project TimeGenerated, Identity, CallerIpAddress, ResultType, ResultDescription, UserAgent\n"
                          "| order by TimeGenerated desc"));
    }

    void localTimes_areWrittenInUtc()
    {
        const QDateTime from(QDate(2024, 7, 1), QTime(10, 0, 0), QTimeZone(2 * 3600));
        const QDateTime to(QDate(2024, 7, 1), QTime(10, 30, 0), QTimeZone(2 * 3600));
        const QString kql = rd::loginEventsQuery(QStringLiteral("contoso.azurecr.io"), from, to);
        QVERIFY2(kql.contains(QLatin1String("between (datetime(2024-07-01T08:00:00Z) .. datetime(2024-07-01T08:30:00Z))")), qPrintable(kql));
    }

    void quoteAndBackslashInServer_cannotCloseTheLiteral()
    {
        const QDateTime t(QDate(2024, 3, 5), QTime(13, 0), Qt::UTC);
        const QString kql = rd::loginEventsQuery(QStringLiteral("evil' or 1==1 | take 5 \\x\nnext"), t, t);
        QVERIFY2(kql.contains(QLatin1String("| where LoginServer =~ 'evil\\' or 1==1 | take 5 \\\\x\\nnext'\n")), qPrintable(kql));
        // Five lines: the injected newline did not start a new pipe stage.
        QCOMPARE(kql.count(QLatin1Char('\n')), 4);
    }

    void helps_onlyForSignInAndFirewallCauses()
    {
        for (const char *id : {"credentials-not-authorized", "firewall-blocked", "credentials-invalid",
                               "username-not-recognized", "credentials-expired"})
            QVERIFY2(rd::loginEventsQueryHelps(QLatin1String(id)), id);
        for (const char *id : {"docker-not-installed", "registry-not-found", "tls-untrusted-certificate",
                               "clock-skew", "throttled", ""})
            QVERIFY2(!rd::loginEventsQueryHelps(QLatin1String(id)), id);
    }
};

QTEST_GUILESS_MAIN(TestLogAnalyticsQuery)
#include "tst_log_analytics_query.moc"
