#include "diagnosis/symptom_catalog.h"

#include <QSet>
#include <QtTest>

using namespace rd;

class TstSymptomCatalog : public QObject
{
    Q_OBJECT

private slots:
    void catalog_hasTheSevenArticleSymptomsInOrder()
    {
        const QVector<Symptom> all = symptomCatalog();
        QStringList ids;
        for (const Symptom &s : all)
            ids << s.id;
        QCOMPARE(ids, (QStringList{ QStringLiteral("login-fails"), QStringLiteral("unauthorized"),
                                    QStringLiteral("cannot-connect"), QStringLiteral("push-pull-unauthorized"),
                                    QStringLiteral("azure-service"), QStringLiteral("forbidden"),
                                    QStringLiteral("cannot-manage") }));
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 7);
    }

    void everySymptom_hasTitleExampleAndProbesStartingWithRegistryName()
    {
        for (const Symptom &s : symptomCatalog()) {
            QVERIFY2(!s.title.trimmed().isEmpty(), qPrintable(s.id));
            QVERIFY2(!s.example.trimmed().isEmpty(), qPrintable(s.id));
            QVERIFY2(!s.probes.isEmpty(), qPrintable(s.id));
            QCOMPARE(s.probes.first(), QStringLiteral("registry-name"));
            QCOMPARE(QSet<QString>(s.probes.cbegin(), s.probes.cend()).size(), s.probes.size());
        }
    }

    void probes_areTheListedOnes_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("probes");
        QTest::newRow("login-fails") << "login-fails"
            << "registry-name,docker-client,docker-daemon,docker-config,credential-store,azure-cli,proxy,dns,tcp,"
               "tls,challenge,clock,credentials,permissions";
        QTest::newRow("unauthorized") << "unauthorized"
            << "registry-name,docker-config,credential-store,challenge,clock,credentials,permissions";
        QTest::newRow("cannot-connect") << "cannot-connect"
            << "registry-name,proxy,dns,tcp,tls,challenge,clock,azure-cli";
        QTest::newRow("push-pull-unauthorized") << "push-pull-unauthorized"
            << "registry-name,docker-client,docker-daemon,docker-config,credential-store,challenge,clock,credentials,"
               "permissions,manifest,layer-download,blob-upload";
        QTest::newRow("azure-service") << "azure-service"
            << "registry-name,dns,tcp,tls,challenge,credentials,permissions,manifest,layer-download";
        QTest::newRow("forbidden") << "forbidden" << "registry-name,proxy,dns,tcp,tls,challenge";
        QTest::newRow("cannot-manage") << "cannot-manage"
            << "registry-name,azure-cli,dns,challenge,credentials,permissions";
    }

    void probes_areTheListedOnes()
    {
        QFETCH(QString, id);
        QFETCH(QString, probes);
        for (const Symptom &s : symptomCatalog()) {
            if (s.id == id) {
                QCOMPARE(s.probes.join(QLatin1Char(',')), probes);
                return;
            }
        }
        QFAIL("symptom missing");
    }

    void examples_areRawToolOutput()
    {
        const QVector<Symptom> all = symptomCatalog();
        QCOMPARE(all.at(5).example,
                 QStringLiteral("Error response from daemon: login attempt failed with status: 403 Forbidden"));
        QCOMPARE(all.at(1).example, QStringLiteral("unauthorized: authentication required"));
    }

    void isKnownSymptom_acceptsCatalogIdsOnly()
    {
        for (const Symptom &s : symptomCatalog())
            QVERIFY(isKnownSymptom(s.id));
        QVERIFY(!isKnownSymptom(QString()));
        QVERIFY(!isKnownSymptom(QStringLiteral("Login-Fails")));
        QVERIFY(!isKnownSymptom(QStringLiteral("throttled")));
    }
};

QTEST_GUILESS_MAIN(TstSymptomCatalog)
#include "tst_symptom_catalog.moc"
