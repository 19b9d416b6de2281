// The Azure CLI's own files, read without starting az: azureProfile.json (with its BOM),
// versionCheck.json, and the JSON of `az account show`.
#include "probes/azure_cli_profile.h"
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace rd;

class TestAzureCliProfile : public QObject
{
    Q_OBJECT
private slots:
    void profileWithBom_defaultSubscriptionChosen()
    {
        const AzureCliProfile p = parseAzureProfile(
            "\xEF\xBB\xBF{\"subscriptions\": ["
            "{\"name\": \"Dev\", \"isDefault\": false, \"tenantId\": \"t1\", \"user\": {\"name\": \"a@b.c\", \"type\": \"user\"}},"
            "{\"name\": \"Prod\", \"isDefault\": true, \"tenantId\": \"t2\", \"id\": \"s2\","
            " \"user\": {\"name\": \"11111111-aaaa-bbbb-cccc-000000000000\", \"type\": \"servicePrincipal\"}}]}");
        QVERIFY(p.profileOk);
        QVERIFY(p.signedIn());
        QCOMPARE(p.subscriptionCount, 2);
        QCOMPARE(p.account.subscriptionName, QStringLiteral("Prod"));
        QCOMPARE(p.account.subscriptionId, QStringLiteral("s2"));
        QCOMPARE(p.account.tenantId, QStringLiteral("t2"));
        QCOMPARE(p.account.userName, QStringLiteral("11111111-aaaa-bbbb-cccc-000000000000"));
        QCOMPARE(p.account.userType, QStringLiteral("servicePrincipal"));
    }

    void profileWithoutDefault_firstSubscriptionChosen()
    {
        const AzureCliProfile p = parseAzureProfile(
            "{\"subscriptions\": [{\"name\": \"One\", \"user\": {\"name\": \"x\"}}, {\"name\": \"Two\"}]}");
        QCOMPARE(p.account.subscriptionName, QStringLiteral("One"));
    }

    void emptySubscriptions_notSignedInButReadable()
    {
        const AzureCliProfile p = parseAzureProfile("\xEF\xBB\xBF{\"installationId\": \"x\", \"subscriptions\": []}");
        QVERIFY(p.profileOk);
        QVERIFY(!p.signedIn());
        QCOMPARE(p.subscriptionCount, 0);
    }

    void truncatedProfile_problemReported()
    {
        const AzureCliProfile p = parseAzureProfile("{\"subscriptions\": [{\"na");
        QVERIFY(!p.profileOk);
        QVERIFY(p.problem.startsWith(QStringLiteral("not JSON")));
        QVERIFY(!p.signedIn());
    }

    void subscriptionsNotAList_problemReported()
    {
        const AzureCliProfile p = parseAzureProfile("{\"subscriptions\": 5}");
        QVERIFY(!p.profileOk);
        QVERIFY(!p.problem.isEmpty());
    }

    void versionCheck_localCoreVersion()
    {
        QCOMPARE(parseAzureVersionCheck("{\"versions\": {\"core\": {\"local\": \"2.61.0\", \"pypi\": \"2.62.0\"}}}"),
                 QStringLiteral("2.61.0"));
        QCOMPARE(parseAzureVersionCheck("{\"azure-cli\": \"2.45.0\"}"), QStringLiteral("2.45.0"));
        QCOMPARE(parseAzureVersionCheck("garbage"), QString());
    }

    void accountShow_parsed()
    {
        const AzureAccountInfo a = parseAzureAccountShow(
            "{\"name\": \"Prod\", \"tenantId\": \"t\", \"user\": {\"name\": \"dev@contoso.com\", \"type\": \"user\"}}");
        QVERIFY(a.ok);
        QCOMPARE(a.userName, QStringLiteral("dev@contoso.com"));
        QVERIFY(!parseAzureAccountShow("[]").ok);
        QVERIFY(!parseAzureAccountShow("").ok);
    }

    // The cloud the account belongs to, as `az account show` and azureProfile.json name it.
    void accountShow_cloud()
    {
        const AzureAccountInfo a = parseAzureAccountShow(
            "{\"environmentName\": \"AzureChinaCloud\", \"name\": \"Prod\", \"tenantId\": \"t\", "
            "\"user\": {\"name\": \"dev@contoso.com\", \"type\": \"user\"}}");
        QCOMPARE(a.environmentName, QStringLiteral("AzureChinaCloud"));
        QVERIFY(parseAzureAccountShow("{\"name\": \"Prod\"}").environmentName.isEmpty());
    }

    void readFromFolder_readsBothFiles_missingFolderIsNotSignedIn()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const AzureCliProfile none = readAzureCliProfile(QDir(dir.path()).filePath(QStringLiteral("absent")));
        QVERIFY(!none.profileExists);
        QVERIFY(!none.signedIn());
        QVERIFY(none.problem.isEmpty());

        QFile profile(QDir(dir.path()).filePath(QStringLiteral("azureProfile.json")));
        QVERIFY(profile.open(QIODevice::WriteOnly));
        profile.write("\xEF\xBB\xBF{\"subscriptions\": [{\"name\": \"S\", \"isDefault\": true}]}");
        profile.close();
        QFile version(QDir(dir.path()).filePath(QStringLiteral("versionCheck.json")));
        QVERIFY(version.open(QIODevice::WriteOnly));
        version.write("{\"versions\": {\"core\": {\"local\": \"2.50.0\"}}}");
        version.close();
        const AzureCliProfile p = readAzureCliProfile(dir.path());
        QVERIFY(p.profileExists);
        QVERIFY(p.signedIn());
        QCOMPARE(p.account.subscriptionName, QStringLiteral("S"));
        QCOMPARE(p.version, QStringLiteral("2.50.0"));
        QCOMPARE(p.profilePath, profile.fileName());
    }

    void profileIsAFolder_problemReported()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("azureProfile.json")));
        const AzureCliProfile p = readAzureCliProfile(dir.path());
        QVERIFY(p.profileExists);
        QVERIFY(!p.profileOk);
        QCOMPARE(p.problem, QStringLiteral("not a regular file"));
    }
};

QTEST_GUILESS_MAIN(TestAzureCliProfile)
#include "tst_azure_cli_profile.moc"
