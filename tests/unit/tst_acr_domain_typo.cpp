// Mistyped Azure Container Registry domains (registry/acr_domain_typo.h): the ones issue 13 met
// ("contoso.azurecr.com" and "contoso.azurcr.io" got a green tick), and the real domains and other
// registries that must not be called typos.
#include "registry/acr_domain_typo.h"
#include <QtTest>

using namespace rd;

class AcrDomainTypoTest : public QObject
{
    Q_OBJECT
private slots:
    void typo_data();
    void typo();
};

void AcrDomainTypoTest::typo_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("found");
    QTest::addColumn<bool>("nameMissing");
    QTest::addColumn<QString>("suggestion");
    const QString none;
    QTest::newRow("right") << "contoso.azurecr.io" << false << false << none;
    QTest::newRow("right with port") << "contoso.azurecr.io:443" << false << false << none;
    QTest::newRow("china") << "contoso.azurecr.cn" << false << false << none;
    QTest::newRow("us gov") << "contoso.azurecr.us" << false << false << none;
    QTest::newRow("private link") << "contoso.privatelink.azurecr.io" << false << false << none;
    QTest::newRow("docker hub") << "docker.io" << false << false << none;
    QTest::newRow("ghcr") << "ghcr.io" << false << false << none;
    QTest::newRow("azure.com") << "registry.azure.com" << false << false << none;
    QTest::newRow("other") << "registry.contoso.com" << false << false << none;
    QTest::newRow(".com") << "contoso.azurecr.com" << true << false << "contoso.azurecr.io";
    QTest::newRow("missing e") << "contoso.azurcr.io" << true << false << "contoso.azurecr.io";
    QTest::newRow("swapped") << "contoso.azuercr.io" << true << false << "contoso.azurecr.io";
    QTest::newRow("extra letter") << "contoso.azureacr.io" << true << false << "contoso.azurecr.io";
    QTest::newRow("io.com") << "contoso.azurecr.io.com" << true << false << "contoso.azurecr.io";
    QTest::newRow("upper case") << "Contoso.AzureCR.com" << true << false << "contoso.azurecr.io";
    QTest::newRow("domain alone") << "azurecr.io" << true << true << none;
    QTest::newRow("leading dot") << ".azurecr.io" << true << true << none;
}

void AcrDomainTypoTest::typo()
{
    QFETCH(QString, host);
    QFETCH(bool, found);
    QFETCH(bool, nameMissing);
    QFETCH(QString, suggestion);
    const AcrDomainTypo t = findAcrDomainTypo(host);
    QCOMPARE(t.found, found);
    QCOMPARE(t.nameMissing, nameMissing);
    QCOMPARE(t.suggestion, suggestion);
}

QTEST_GUILESS_MAIN(AcrDomainTypoTest)
#include "tst_acr_domain_typo.moc"
