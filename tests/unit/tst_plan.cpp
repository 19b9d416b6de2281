// Which probes a check runs: every probe known by id, dependencies in a topological order, symptom
// plans closed over dependencies, practice mode without this computer's Docker and Azure CLI.
#include "diagnosis/plan.h"
#include "diagnosis/symptom_catalog.h"
#include "probes/probe.h"

#include <QSet>
#include <QTest>
#include <memory>

using rd::CheckOptions;
using rd::planProbes;

namespace {

QStringList ids(const char *commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(QLatin1Char(','));
}

CheckOptions withSymptoms(const QStringList &symptoms)
{
    CheckOptions o;
    o.symptoms = symptoms;
    return o;
}

} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

private slots:
    void allProbeIds_areUniqueAndKnown()
    {
        const QStringList all = rd::allProbeIds();
        QCOMPARE(all, ids("registry-name,docker-client,docker-daemon,docker-config,credential-store,azure-cli,proxy,dns,"
                          "tcp,tls,challenge,clock,credentials,permissions,manifest,layer-download,blob-upload,acr-role-mode"));
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), all.size());
    }

    void everyId_createsAProbeWithThatId_andDependenciesComeEarlier()
    {
        const QStringList all = rd::allProbeIds();
        for (qsizetype i = 0; i < all.size(); ++i) {
            const QString &id = all.at(i);
            std::unique_ptr<rd::Probe> probe(rd::createProbe(id));
            QVERIFY2(probe, qPrintable(id));
            QCOMPARE(probe->id(), id);
            QVERIFY2(!probe->title().isEmpty(), qPrintable(id));
            QCOMPARE(rd::probeDependencies(id), probe->dependencies());
            for (const QString &dep : probe->dependencies()) {
                const qsizetype at = all.indexOf(dep);
                QVERIFY2(at >= 0, qPrintable(id + QLatin1String(" depends on unknown ") + dep));
                // Earlier in the list: the order is topological, so there can be no cycle.
                QVERIFY2(at < i, qPrintable(id + QLatin1String(" depends on later ") + dep));
            }
        }
    }

    void knownDependencies_areAsDesigned()
    {
        QCOMPARE(rd::probeDependencies(QStringLiteral("registry-name")), QStringList());
        QCOMPARE(rd::probeDependencies(QStringLiteral("tls")), QStringList{QStringLiteral("tcp")});
        QCOMPARE(rd::probeDependencies(QStringLiteral("credentials")),
                 ids("challenge,credential-store,docker-config"));
    }

    void unknownId_givesNothing()
    {
        QVERIFY(!rd::createProbe(QStringLiteral("no-such-probe")));
        QVERIFY(!rd::createProbe(QString()));
        QCOMPARE(rd::probeDependencies(QStringLiteral("no-such-probe")), QStringList());
        QCOMPARE(rd::withDependencies({QStringLiteral("no-such-probe")}), QStringList());
    }

    void isLocalProbe_coversDockerAndAzureCli()
    {
        QStringList local;
        for (const QString &id : rd::allProbeIds())
            if (rd::isLocalProbe(id))
                local << id;
        QCOMPARE(local, ids("docker-client,docker-daemon,docker-config,credential-store,azure-cli,acr-role-mode"));
    }

    void withDependencies_closesTheChain_inListOrder()
    {
        QCOMPARE(rd::withDependencies({QStringLiteral("permissions")}),
                 ids("registry-name,docker-config,credential-store,proxy,dns,tcp,tls,challenge,credentials,permissions"));
        QCOMPARE(rd::withDependencies({QStringLiteral("tls"), QStringLiteral("docker-daemon")}),
                 ids("registry-name,docker-client,docker-daemon,proxy,dns,tcp,tls"));
        QCOMPARE(rd::withDependencies({QStringLiteral("registry-name"), QStringLiteral("registry-name")}),
                 QStringList{QStringLiteral("registry-name")});
        QCOMPARE(rd::withDependencies({}), QStringList());
    }

    void noSymptoms_planEverything()
    {
        QCOMPARE(planProbes(CheckOptions()), rd::allProbeIds());
    }

    void symptom_plansItsProbesClosedOverDependencies()
    {
        QCOMPARE(planProbes(withSymptoms({QStringLiteral("forbidden")})), ids("registry-name,proxy,dns,tcp,tls,challenge"));
        // azure-service lists no proxy or docker-config, but dns and credentials need them.
        QCOMPARE(planProbes(withSymptoms({QStringLiteral("azure-service")})),
                 ids("registry-name,docker-config,credential-store,proxy,dns,tcp,tls,challenge,credentials,permissions,manifest,"
                     "layer-download"));
        // Two symptoms: the union, still in list order and without duplicates.
        QCOMPARE(planProbes(withSymptoms({QStringLiteral("forbidden"), QStringLiteral("cannot-connect")})),
                 ids("registry-name,azure-cli,proxy,dns,tcp,tls,challenge,clock"));
        // An unknown symptom adds nothing next to a known one.
        QCOMPARE(planProbes(withSymptoms({QStringLiteral("no-such-symptom"), QStringLiteral("forbidden")})),
                 ids("registry-name,proxy,dns,tcp,tls,challenge"));
    }

    void everySymptomPlan_containsItsProbes_andIsClosed()
    {
        const QStringList all = rd::allProbeIds();
        for (const rd::Symptom &s : rd::symptomCatalog()) {
            const QStringList plan = planProbes(withSymptoms({s.id}));
            QVERIFY2(!plan.isEmpty(), qPrintable(s.id));
            for (const QString &p : s.probes)
                QVERIFY2(plan.contains(p), qPrintable(s.id + QLatin1String(": ") + p));
            qsizetype last = -1;
            for (const QString &p : plan) {
                QVERIFY2(all.indexOf(p) > last, qPrintable(s.id + QLatin1String(" out of order at ") + p));
                last = all.indexOf(p);
                for (const QString &dep : rd::probeDependencies(p))
                    QVERIFY2(plan.contains(dep), qPrintable(s.id + QLatin1String(": ") + p + QLatin1String(" needs ") + dep));
            }
        }
    }

    void practiceMode_dropsThisComputersDockerAndAzureCli()
    {
        CheckOptions o;
        o.practiceScenario = QStringLiteral("wrong-password");
        QCOMPARE(planProbes(o), ids("registry-name,proxy,dns,tcp,tls,challenge,clock,credentials,permissions,manifest,layer-download,"
                                    "blob-upload"));
        o.symptoms = {QStringLiteral("unauthorized")};
        QCOMPARE(planProbes(o), ids("registry-name,proxy,dns,tcp,tls,challenge,clock,credentials,permissions"));
        o.symptoms = {QStringLiteral("forbidden")};
        o.signIn = rd::SignInMethod::AzureCli;
        QCOMPARE(planProbes(o), ids("registry-name,proxy,dns,tcp,tls,challenge"));
    }

    void practiceMode_withTheScenariosHomeFolder_readsItsLoginFilesOnly()
    {
        CheckOptions o;
        o.practiceScenario = QStringLiteral("gar-configure-docker-other-region");
        o.homeFolder = QStringLiteral("/tmp/practice-home");
        o.symptoms = {QStringLiteral("unauthorized")};
        QCOMPARE(planProbes(o), ids("registry-name,docker-config,credential-store,proxy,dns,tcp,tls,challenge,clock,credentials,"
                                    "permissions"));
        // Never Docker's engine or client, nor the Azure CLI: they are this computer's.
        o.symptoms.clear();
        o.signIn = rd::SignInMethod::AzureCli;
        for (const QString &local : {QStringLiteral("docker-client"), QStringLiteral("docker-daemon"), QStringLiteral("azure-cli"),
                                     QStringLiteral("acr-role-mode")})
            QVERIFY2(!planProbes(o).contains(local), qPrintable(local));
    }

    void azureCliSignIn_addsTheAzureCliProbe()
    {
        CheckOptions o = withSymptoms({QStringLiteral("forbidden")});
        QVERIFY(!planProbes(o).contains(QStringLiteral("azure-cli")));
        o.signIn = rd::SignInMethod::AzureCli;
        QCOMPARE(planProbes(o), ids("registry-name,azure-cli,proxy,dns,tcp,tls,challenge"));
        // Other sign-in methods do not.
        o.signIn = rd::SignInMethod::Password;
        QVERIFY(!planProbes(o).contains(QStringLiteral("azure-cli")));
        // With no symptom everything runs anyway, once.
        CheckOptions all;
        all.signIn = rd::SignInMethod::AzureCli;
        QCOMPARE(planProbes(all), rd::allProbeIds());
    }

    void podmanClient_neverAsksDockersEngine()
    {
        CheckOptions o;
        o.client = rd::RegistryClient::Podman;
        QVERIFY(!planProbes(o).contains(QStringLiteral("docker-daemon")));
        QVERIFY(planProbes(o).contains(QStringLiteral("docker-client"))); // a `docker` that is Podman's emulation is still named
        o.symptoms = {QStringLiteral("unauthorized")};
        QVERIFY(!planProbes(o).contains(QStringLiteral("docker-daemon")));
        o.symptoms.clear();
        o.client = rd::RegistryClient::Docker;
        QVERIFY(planProbes(o).contains(QStringLiteral("docker-daemon")));
    }

    void helmClient_asksDockersEngineOnlyForAzAcrLogin()
    {
        CheckOptions o;
        o.client = rd::RegistryClient::Helm;
        o.signIn = rd::SignInMethod::Password;
        QVERIFY(!planProbes(o).contains(QStringLiteral("docker-daemon")));
        QVERIFY(planProbes(o).contains(QStringLiteral("docker-config"))); // Helm's file, then Docker's
        // az acr login hands the token to docker login; Helm then reads what Docker stored.
        o.signIn = rd::SignInMethod::AzureCli;
        QVERIFY(planProbes(o).contains(QStringLiteral("docker-daemon")));
    }

    void otherSignIn_neverStartsTheAzureCli()
    {
        // Issue 13: az is the slowest probe (seconds); it runs only for the method that uses it.
        for (auto m : {rd::SignInMethod::Password, rd::SignInMethod::RepositoryToken, rd::SignInMethod::DockerStored,
                       rd::SignInMethod::AzureService}) {
            CheckOptions o;
            o.signIn = m;
            QVERIFY(!planProbes(o).contains(QStringLiteral("azure-cli")));
            QVERIFY(!planProbes(o).contains(QStringLiteral("acr-role-mode"))); // it asks the Azure CLI
            o.symptoms = {QStringLiteral("cannot-connect")};
            QVERIFY(!planProbes(o).contains(QStringLiteral("azure-cli")));
        }
        CheckOptions unknown; // the command line's default: everything, az included
        QVERIFY(planProbes(unknown).contains(QStringLiteral("azure-cli")));
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
