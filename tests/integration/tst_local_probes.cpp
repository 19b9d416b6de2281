// The probes that look at the user's own machine (Docker client and daemon, Docker's config file,
// the credential store or helper, the Azure CLI), run through the real Runner with stand-in
// programs on a private PATH and real files in temporary folders.
#include "check_context.h"
#include "diagnosis/runner.h"
#include "probes/azure_cli_probe.h"
#include "probes/credential_store_probe.h"
#include "probes/docker_client_probe.h"
#include "probes/docker_config_probe.h"
#include "probes/docker_daemon_probe.h"
#include "standin_bin.h"
#include "test_env.h"
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace rd;
using rd::test::ScopedEnvironment;
using rd::test::StandinBin;

using rd::test::writeFile;

namespace {

const QByteArray kCanary = QByteArrayLiteral("CANARY-s3cr3t-7f1e9a");
const QString kServer = QStringLiteral("contoso.azurecr.io");
const QString kNullGuid = QStringLiteral("00000000-0000-0000-0000-000000000000");

RegistryReference contosoReference()
{
    RegistryReference r;
    r.input = kServer;
    r.loginServer = kServer;
    r.host = kServer;
    r.port = 443;
    r.kind = RegistryReference::Kind::Acr;
    r.acrName = QStringLiteral("contoso");
    r.cloudSuffix = QStringLiteral(".azurecr.io");
    return r;
}

QByteArray evidenceJson(const ProbeResult &r)
{
    QJsonObject o = QJsonObject::fromVariantMap(r.evidence);
    o.insert(QStringLiteral("detail"), r.detail);
    o.insert(QStringLiteral("title"), r.title);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return f.readAll();
}

} // namespace

class TestLocalProbes : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    // docker-client / docker-daemon
    void dockerNotOnPath_clientFailsNotInstalled_daemonSkips();
    void docker1709_clientFailsTooOld();
    void daemonDown_clientPasses_daemonFailsWithDockersMessage();
    void healthyDocker_bothPass_andDockerAskedForJsonVersion();
    void dockerHangs_clientFailsWithinItsTimeout();
    void engineInfo_readWhenTheDaemonAnswers();
    void engineInfo_notUsedWhenTheDaemonIsDown();
    void dockerPrintsGarbage_clientWarnsVersionUnreadable();
    void dockerCrashes_clientFails();

    // docker-config
    void configMissing_passesAndSaysNobodyLoggedIn();
    void configEmpty_warns();
    void configTruncated_failsWithProblem_andCredentialStoreSkips();
    void configBinary_fails();
    void configHuge_fails();
    void configWithAuth_reportsUserAndPasswordPresence_noSecret();
    void configWithIdentityToken_storedIsNullGuidIdentityToken();
    void configWithoutEntryForServer_credentialStoreWarnsNothingStored();
    void configAndStore_unusableReference_configReadsAndStoreSkips();

    // credential-store with helpers
    void credsStoreDesktopNotInstalled_failsCredentialStoreFailing();
    void helperReturnsPassword_passes_serverOnStdin_noSecretAnywhere();
    void helperReturnsIdentityToken_storedAsNullGuidIdentityToken();
    void credHelpersEntryWinsOverCredsStore();
    void helperHasNothing_warnsNothingSaved();
    void helperSaysStubReceivedBadData_failsWithItsWords();
    void helperSaysLogonSessionMissing_failsWithItsWords();
    void helperHangs_failsWithinTimeout();
    void helperPrintsGarbage_failsWithoutEchoingIt();
    void helperCrashes_fails();

    // azure-cli
    void azAbsent_skips();
    void azAbsent_signInThroughAz_fails();
    void azProfileSignedIn_passesFromFile_withoutRunningAz();
    void azProfileNoSubscriptions_warnsNotSignedIn();
    void azNoProfile_warnsNotSignedIn();
    void azProfileGarbage_warnsUnknown();
    void signInThroughAz_accountShowSaysLogin_fails();
    void signInThroughAz_accountShowSignedIn_passes();
    void signInThroughAz_accountShowHangs_failsWithinTimeout();

private:
    void run(QVector<Probe *> probes, int maxMs = 20000);
    QString dockerConfigFile() const { return QDir(m_home->path()).filePath(QStringLiteral("docker-config/config.json")); }
    QString azureDir() const { return QDir(m_home->path()).filePath(QStringLiteral("azure")); }
    QString file(const QString &name) const { return QDir(m_home->path()).filePath(name); }
    void writeDockerConfig(const QByteArray &json) { QVERIFY(writeFile(dockerConfigFile(), json)); }
    void writeHelperStore(const QByteArray &json) { QVERIFY(writeFile(file(QStringLiteral("helper-store.json")), json)); }
    QVector<Probe *> configAndStore()
    {
        return {new DockerConfigProbe, new CredentialStoreProbe};
    }
    ProbeResult result(const QString &id) const { return m_ctx->results.value(id); }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<StandinBin> m_bin;
    std::unique_ptr<ScopedEnvironment> m_env;
    std::unique_ptr<CheckContext> m_ctx;
    qint64 m_elapsedMs = 0;
};

void TestLocalProbes::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_bin = std::make_unique<StandinBin>();
    QVERIFY(m_bin->isValid());
    m_env = std::make_unique<ScopedEnvironment>();
    m_env->set("PATH", m_bin->path()); // only the stand-ins chosen by each test: no real docker or az
    m_env->set("HOME", m_home->path());
    m_env->set("DOCKER_CONFIG", file(QStringLiteral("docker-config")));
    m_env->set("AZURE_CONFIG_DIR", azureDir());
    m_env->set("RD_STANDIN_DOCKER_LOG", file(QStringLiteral("docker.log")));
    m_env->set("RD_STANDIN_HELPER_LOG", file(QStringLiteral("helper.log")));
    m_env->set("RD_STANDIN_HELPER_STDIN", file(QStringLiteral("helper.stdin")));
    m_env->set("RD_STANDIN_HELPER_STORE", file(QStringLiteral("helper-store.json")));
    m_env->set("RD_STANDIN_AZ_LOG", file(QStringLiteral("az.log")));
    for (const char *mode : {"RD_STANDIN_DOCKER_MODE", "RD_STANDIN_HELPER_MODE", "RD_STANDIN_AZ_MODE"})
        m_env->unset(mode);
    m_ctx = std::make_unique<CheckContext>();
    m_ctx->reference = contosoReference();
    m_ctx->options.timeoutSeconds = 20;
}

void TestLocalProbes::cleanup()
{
    m_ctx.reset();
    m_env.reset();
    m_bin.reset();
    m_home.reset();
}

void TestLocalProbes::run(QVector<Probe *> probes, int maxMs)
{
    Runner runner(m_ctx.get(), std::move(probes));
    QSignalSpy done(&runner, &Runner::finished);
    QElapsedTimer clock;
    clock.start();
    runner.start();
    if (done.isEmpty())
        QVERIFY2(done.wait(maxMs), "the runner did not finish");
    m_elapsedMs = clock.elapsed();
    QCOMPARE(done.size(), 1);
}

// ---------------------------------------------------------------------------------------------
// docker-client / docker-daemon

void TestLocalProbes::dockerNotOnPath_clientFailsNotInstalled_daemonSkips()
{
    run({new DockerClientProbe, new DockerDaemonProbe});
    const ProbeResult client = result(QStringLiteral("docker-client"));
    QCOMPARE(client.status, ProbeStatus::Fail);
    QCOMPARE(client.evidence.value(QStringLiteral("problem")).toString(), QStringLiteral("docker-not-installed"));
    QCOMPARE(client.evidence.value(QStringLiteral("minimumVersion")).toString(), QStringLiteral("18.03"));
    QCOMPARE(client.evidence.value(QStringLiteral("path")).toString(), QString());
    QVERIFY(!m_ctx->facts.dockerInstalled);
    QCOMPARE(result(QStringLiteral("docker-daemon")).status, ProbeStatus::Skip);
}

void TestLocalProbes::docker1709_clientFailsTooOld()
{
    QVERIFY(m_bin->add(QStringLiteral("docker")));
    m_env->set("RD_STANDIN_DOCKER_MODE", QByteArrayLiteral("old"));
    run({new DockerClientProbe});
    const ProbeResult client = result(QStringLiteral("docker-client"));
    QCOMPARE(client.status, ProbeStatus::Fail);
    QCOMPARE(client.evidence.value(QStringLiteral("problem")).toString(), QStringLiteral("docker-too-old"));
    QCOMPARE(client.evidence.value(QStringLiteral("clientVersion")).toString(), QStringLiteral("17.09.1-ce"));
    QVERIFY(m_ctx->facts.dockerInstalled);
    QCOMPARE(m_ctx->facts.docker.clientVersion, QVersionNumber(17, 9, 1));
    QVERIFY2(client.detail.contains(QStringLiteral("18.03")), qPrintable(client.detail));
}

void TestLocalProbes::daemonDown_clientPasses_daemonFailsWithDockersMessage()
{
    QVERIFY(m_bin->add(QStringLiteral("docker")));
    m_env->set("RD_STANDIN_DOCKER_MODE", QByteArrayLiteral("no-daemon"));
    run({new DockerDaemonProbe, new DockerClientProbe});
    const ProbeResult client = result(QStringLiteral("docker-client"));
    QCOMPARE(client.status, ProbeStatus::Pass);
    QCOMPARE(client.evidence.value(QStringLiteral("clientVersion")).toString(), QStringLiteral("28.2.2"));
    QCOMPARE(client.evidence.value(QStringLiteral("exitCode")).toInt(), 1);
    QVERIFY(client.evidence.value(QStringLiteral("stderr")).toString().startsWith(
        QStringLiteral("Cannot connect to the Docker daemon")));

    const ProbeResult daemon = result(QStringLiteral("docker-daemon"));
    QCOMPARE(daemon.status, ProbeStatus::Fail);
    QVERIFY(!m_ctx->facts.docker.serverReachable);
    QVERIFY2(daemon.evidence.value(QStringLiteral("serverError")).toString().contains(
                 QStringLiteral("Cannot connect to the Docker daemon at unix:///var/run/docker.sock")),
             qPrintable(daemon.evidence.value(QStringLiteral("serverError")).toString()));
    QVERIFY(daemon.detail.contains(QStringLiteral("Cannot connect to the Docker daemon")));
    QCOMPARE(daemon.evidence.value(QStringLiteral("loginWorksWithoutDaemon")).toBool(), true);
    QVERIFY2(daemon.detail.contains(QStringLiteral("push")), qPrintable(daemon.detail));
}

void TestLocalProbes::healthyDocker_bothPass_andDockerAskedForJsonVersion()
{
    QVERIFY(m_bin->add(QStringLiteral("docker")));
    run({new DockerClientProbe, new DockerDaemonProbe});
    const ProbeResult client = result(QStringLiteral("docker-client"));
    QCOMPARE(client.status, ProbeStatus::Pass);
    QCOMPARE(client.detail, QStringLiteral("Docker 28.2.2 is installed."));
    QCOMPARE(client.evidence.value(QStringLiteral("path")).toString(), m_bin->filePath(QStringLiteral("docker")));
    QCOMPARE(m_ctx->facts.dockerPath, m_bin->filePath(QStringLiteral("docker")));
    const ProbeResult daemon = result(QStringLiteral("docker-daemon"));
    QCOMPARE(daemon.status, ProbeStatus::Pass);
    QCOMPARE(daemon.evidence.value(QStringLiteral("serverVersion")).toString(), QStringLiteral("28.2.2"));
    // `docker info` starts beside `docker version` (no round trip of its own), in either order.
    const QByteArray log = readAll(file(QStringLiteral("docker.log")));
    QVERIFY2(log == QByteArray("version\n--format\n{{json .}}\ninfo\n--format\n{{json .}}\n")
                 || log == QByteArray("info\n--format\n{{json .}}\nversion\n--format\n{{json .}}\n"),
             log.constData());
    QCOMPARE(daemon.evidence.value(QStringLiteral("engineInfo")).toBool(), false); // this stand-in has no `docker info`
}

void TestLocalProbes::engineInfo_readWhenTheDaemonAnswers()
{
    QVERIFY(m_bin->add(QStringLiteral("docker")));
    m_env->set("RD_STANDIN_DOCKER_INFO", QByteArrayLiteral(RD_SOURCE_DIR "/tests/unit/data/docker_info/desktop_windows_wsl2.json"));
    m_env->set("RD_STANDIN_DOCKER_INFO_STDERR", QByteArrayLiteral("WARNING: No blkio throttle.read_bps_device support"));
    run({new DockerClientProbe, new DockerDaemonProbe});
    QVERIFY(m_ctx->facts.engineRead);
    QVERIFY(m_ctx->facts.engine.dockerDesktop());
    const ProbeResult daemon = result(QStringLiteral("docker-daemon"));
    QCOMPARE(daemon.status, ProbeStatus::Pass);
    QVERIFY2(daemon.detail.contains(QStringLiteral("Docker Desktop's virtual machine (5.15.167.4-microsoft-standard-WSL2)")), qPrintable(daemon.detail));
    QCOMPARE(daemon.evidence.value(QStringLiteral("engineHttpsProxy")).toString(), QStringLiteral("http://http.docker.internal:3128"));
    QCOMPARE(daemon.evidence.value(QStringLiteral("context")).toString(), QStringLiteral("desktop-linux"));
}

void TestLocalProbes::engineInfo_notUsedWhenTheDaemonIsDown()
{
    // The stand-in would print an engine's info; `docker version` says no daemon answers, so it is
    // not used (a real `docker info` prints only the client part then).
    QVERIFY(m_bin->add(QStringLiteral("docker")));
    m_env->set("RD_STANDIN_DOCKER_MODE", QByteArrayLiteral("no-daemon"));
    m_env->set("RD_STANDIN_DOCKER_INFO", QByteArrayLiteral(RD_SOURCE_DIR "/tests/unit/data/docker_info/linux_engine.json"));
    run({new DockerClientProbe, new DockerDaemonProbe});
    QVERIFY(!m_ctx->facts.engineRead);
    QCOMPARE(result(QStringLiteral("docker-daemon")).status, ProbeStatus::Fail);
    QVERIFY(!result(QStringLiteral("docker-daemon")).detail.contains(QStringLiteral("build-01")));
}

void TestLocalProbes::dockerHangs_clientFailsWithinItsTimeout()
{
    QVERIFY(m_bin->add(QStringLiteral("docker")));
    m_env->set("RD_STANDIN_DOCKER_MODE", QByteArrayLiteral("hang"));
    auto *probe = new DockerClientProbe;
    probe->setProcessTimeoutMs(600);
    run({probe}, 10000);
    const ProbeResult client = result(QStringLiteral("docker-client"));
    QCOMPARE(client.status, ProbeStatus::Fail);
    QCOMPARE(client.evidence.value(QStringLiteral("timedOut")).toBool(), true);
    QCOMPARE(client.evidence.value(QStringLiteral("problem")).toString(), QStringLiteral("docker-not-answering"));
    QVERIFY2(m_elapsedMs < 5000, qPrintable(QString::number(m_elapsedMs)));
}

void TestLocalProbes::dockerPrintsGarbage_clientWarnsVersionUnreadable()
{
    QVERIFY(m_bin->add(QStringLiteral("docker")));
    m_env->set("RD_STANDIN_DOCKER_MODE", QByteArrayLiteral("garbage"));
    run({new DockerClientProbe, new DockerDaemonProbe});
    const ProbeResult client = result(QStringLiteral("docker-client"));
    QCOMPARE(client.status, ProbeStatus::Warn);
    QCOMPARE(client.evidence.value(QStringLiteral("problem")).toString(), QStringLiteral("docker-version-unreadable"));
    QVERIFY(m_ctx->facts.dockerInstalled);
    QCOMPARE(result(QStringLiteral("docker-daemon")).status, ProbeStatus::Skip);
}

void TestLocalProbes::dockerCrashes_clientFails()
{
    QVERIFY(m_bin->add(QStringLiteral("docker")));
    m_env->set("RD_STANDIN_DOCKER_MODE", QByteArrayLiteral("crash"));
    run({new DockerClientProbe});
    const ProbeResult client = result(QStringLiteral("docker-client"));
    QCOMPARE(client.status, ProbeStatus::Fail);
    QCOMPARE(client.evidence.value(QStringLiteral("problem")).toString(), QStringLiteral("docker-crashed"));
}

// ---------------------------------------------------------------------------------------------
// docker-config

void TestLocalProbes::configMissing_passesAndSaysNobodyLoggedIn()
{
    run(configAndStore());
    const ProbeResult config = result(QStringLiteral("docker-config"));
    QCOMPARE(config.status, ProbeStatus::Pass);
    QCOMPARE(config.evidence.value(QStringLiteral("exists")).toBool(), false);
    QCOMPARE(config.evidence.value(QStringLiteral("path")).toString(), QDir::toNativeSeparators(dockerConfigFile())); // as Windows writes it there
    QVERIFY2(config.detail.contains(QStringLiteral("nobody has logged in")), qPrintable(config.detail));
    QVERIFY(m_ctx->facts.dockerConfigRead);
    const ProbeResult store = result(QStringLiteral("credential-store"));
    QCOMPARE(store.status, ProbeStatus::Warn);
    QCOMPARE(store.evidence.value(QStringLiteral("source")).toString(), QStringLiteral("none"));
    QCOMPARE(m_ctx->facts.stored.source, CredentialFacts::Source::None);
}

void TestLocalProbes::configEmpty_warns()
{
    writeDockerConfig(QByteArray());
    run(configAndStore());
    const ProbeResult config = result(QStringLiteral("docker-config"));
    QCOMPARE(config.status, ProbeStatus::Warn);
    QCOMPARE(config.evidence.value(QStringLiteral("exists")).toBool(), true);
    QCOMPARE(config.evidence.value(QStringLiteral("sizeBytes")).toLongLong(), 0);
    QCOMPARE(result(QStringLiteral("credential-store")).status, ProbeStatus::Warn);
}

void TestLocalProbes::configTruncated_failsWithProblem_andCredentialStoreSkips()
{
    writeDockerConfig(QByteArrayLiteral("{\n  \"auths\": {\n    \"contoso.azurecr.io\": {\n      \"auth\": \"c29tZX"));
    run(configAndStore());
    const ProbeResult config = result(QStringLiteral("docker-config"));
    QCOMPARE(config.status, ProbeStatus::Fail);
    QVERIFY(!config.evidence.value(QStringLiteral("problem")).toString().isEmpty());
    QVERIFY(!m_ctx->facts.dockerConfigRead);
    QCOMPARE(result(QStringLiteral("credential-store")).status, ProbeStatus::Skip);
}

void TestLocalProbes::configBinary_fails()
{
    QByteArray bytes;
    for (int i = 0; i < 4096; ++i)
        bytes.append(char((i * 131 + 7) & 0xff));
    writeDockerConfig(bytes);
    run(configAndStore());
    const ProbeResult config = result(QStringLiteral("docker-config"));
    QCOMPARE(config.status, ProbeStatus::Fail);
    QVERIFY(!config.evidence.value(QStringLiteral("problem")).toString().isEmpty());
    QCOMPARE(result(QStringLiteral("credential-store")).status, ProbeStatus::Skip);
}

void TestLocalProbes::configHuge_fails()
{
    // A valid JSON object, just far too large (6 MiB of whitespace).
    QByteArray bytes("{\"auths\": {}");
    bytes.append(QByteArray(6 * 1024 * 1024, ' '));
    bytes.append('}');
    writeDockerConfig(bytes);
    run(configAndStore());
    const ProbeResult config = result(QStringLiteral("docker-config"));
    QCOMPARE(config.status, ProbeStatus::Fail);
    QVERIFY2(config.evidence.value(QStringLiteral("problem")).toString().contains(QStringLiteral("large")),
             qPrintable(config.evidence.value(QStringLiteral("problem")).toString()));
}

void TestLocalProbes::configWithAuth_reportsUserAndPasswordPresence_noSecret()
{
    const QByteArray auth = (QByteArrayLiteral("someuser:") + kCanary).toBase64();
    writeDockerConfig("{\"auths\": {\"contoso.azurecr.io\": {\"auth\": \"" + auth + "\"}, "
                      "\"other.azurecr.io\": {\"auth\": \"b3RoZXI6cGFzcw==\"}}}");
    run(configAndStore());
    const ProbeResult config = result(QStringLiteral("docker-config"));
    QCOMPARE(config.status, ProbeStatus::Pass);
    QCOMPARE(config.evidence.value(QStringLiteral("authsHasServer")).toBool(), true);
    QCOMPARE(config.evidence.value(QStringLiteral("username")).toString(), QStringLiteral("someuser"));
    QCOMPARE(config.evidence.value(QStringLiteral("hasPassword")).toBool(), true);
    QCOMPARE(config.evidence.value(QStringLiteral("hasIdentityToken")).toBool(), false);
    QCOMPARE(config.evidence.value(QStringLiteral("helper")).toString(), QString());

    const ProbeResult store = result(QStringLiteral("credential-store"));
    QCOMPARE(store.status, ProbeStatus::Pass);
    QCOMPARE(store.evidence.value(QStringLiteral("source")).toString(), QStringLiteral("docker-file"));
    QCOMPARE(store.evidence.value(QStringLiteral("username")).toString(), QStringLiteral("someuser"));
    QCOMPARE(store.evidence.value(QStringLiteral("hasSecret")).toBool(), true);
    QCOMPARE(store.evidence.value(QStringLiteral("isIdentityToken")).toBool(), false);
    QCOMPARE(m_ctx->facts.stored.source, CredentialFacts::Source::DockerFile);
    QCOMPARE(m_ctx->facts.stored.username, QStringLiteral("someuser"));
    QVERIFY(m_ctx->facts.stored.secret.expose() == kCanary);
    for (const ProbeResult &r : {config, store}) {
        const QByteArray json = evidenceJson(r);
        QVERIFY2(!json.contains(kCanary), "a secret reached the evidence");
        QVERIFY2(!json.contains(auth), "the auth value reached the evidence");
    }
}

void TestLocalProbes::configWithIdentityToken_storedIsNullGuidIdentityToken()
{
    const QByteArray auth = QByteArrayLiteral("00000000-0000-0000-0000-000000000000:").toBase64();
    writeDockerConfig("{\"auths\": {\"https://contoso.azurecr.io\": {\"auth\": \"" + auth
                      + "\", \"identitytoken\": \"" + kCanary + "\"}}}");
    run(configAndStore());
    const ProbeResult config = result(QStringLiteral("docker-config"));
    QCOMPARE(config.status, ProbeStatus::Pass);
    QCOMPARE(config.evidence.value(QStringLiteral("authsHasServer")).toBool(), true);
    QCOMPARE(config.evidence.value(QStringLiteral("hasIdentityToken")).toBool(), true);
    const ProbeResult store = result(QStringLiteral("credential-store"));
    QCOMPARE(store.status, ProbeStatus::Pass);
    QCOMPARE(store.evidence.value(QStringLiteral("isIdentityToken")).toBool(), true);
    QCOMPARE(store.evidence.value(QStringLiteral("username")).toString(), kNullGuid);
    QVERIFY(m_ctx->facts.stored.isIdentityToken);
    QCOMPARE(m_ctx->facts.stored.username, kNullGuid);
    QVERIFY(m_ctx->facts.stored.secret.expose() == kCanary);
    QVERIFY2(!evidenceJson(config).contains(kCanary), "a secret reached the evidence");
    QVERIFY2(!evidenceJson(store).contains(kCanary), "a secret reached the evidence");
}

void TestLocalProbes::configWithoutEntryForServer_credentialStoreWarnsNothingStored()
{
    writeDockerConfig("{\"auths\": {\"fabrikam.azurecr.io\": {\"auth\": \"" + (QByteArrayLiteral("u:") + kCanary).toBase64()
                      + "\"}}}");
    run(configAndStore());
    const ProbeResult config = result(QStringLiteral("docker-config"));
    QCOMPARE(config.status, ProbeStatus::Pass);
    QCOMPARE(config.evidence.value(QStringLiteral("authsHasServer")).toBool(), false);
    const ProbeResult store = result(QStringLiteral("credential-store"));
    QCOMPARE(store.status, ProbeStatus::Warn);
    QCOMPARE(store.evidence.value(QStringLiteral("source")).toString(), QStringLiteral("none"));
    QVERIFY2(store.detail.contains(QStringLiteral("nothing stored")), qPrintable(store.detail));
    QCOMPARE(m_ctx->facts.stored.source, CredentialFacts::Source::None);
}

void TestLocalProbes::configAndStore_unusableReference_configReadsAndStoreSkips()
{
    writeDockerConfig("{\"credsStore\": \"desktop\"}");
    m_ctx->reference = RegistryReference();
    m_ctx->reference.input = QStringLiteral("not a registry");
    run(configAndStore());
    const ProbeResult config = result(QStringLiteral("docker-config"));
    QCOMPARE(config.status, ProbeStatus::Pass);
    QCOMPARE(config.evidence.value(QStringLiteral("credsStore")).toString(), QStringLiteral("desktop"));
    QCOMPARE(result(QStringLiteral("credential-store")).status, ProbeStatus::Skip);
}

// ---------------------------------------------------------------------------------------------
// credential-store with helpers

void TestLocalProbes::credsStoreDesktopNotInstalled_failsCredentialStoreFailing()
{
    writeDockerConfig("{\"auths\": {\"contoso.azurecr.io\": {}}, \"credsStore\": \"desktop\"}");
    run(configAndStore());
    const ProbeResult config = result(QStringLiteral("docker-config"));
    QCOMPARE(config.status, ProbeStatus::Pass);
    QCOMPARE(config.evidence.value(QStringLiteral("credsStore")).toString(), QStringLiteral("desktop"));
    QCOMPARE(config.evidence.value(QStringLiteral("helper")).toString(), QStringLiteral("desktop"));
    const ProbeResult store = result(QStringLiteral("credential-store"));
    QCOMPARE(store.status, ProbeStatus::Fail);
    QCOMPARE(store.evidence.value(QStringLiteral("problem")).toString(), QStringLiteral("credential-store-failing"));
    QCOMPARE(store.evidence.value(QStringLiteral("source")).toString(), QStringLiteral("creds-store"));
    QCOMPARE(store.evidence.value(QStringLiteral("helper")).toString(), QStringLiteral("desktop"));
    QVERIFY(m_ctx->facts.helperFailed);
    QCOMPARE(m_ctx->facts.helperProgram, QStringLiteral("docker-credential-desktop"));
    QVERIFY(m_ctx->facts.helperProblem.contains(QStringLiteral("not installed")));
    QVERIFY(store.detail.contains(QStringLiteral("docker-credential-desktop")));
}

void TestLocalProbes::helperReturnsPassword_passes_serverOnStdin_noSecretAnywhere()
{
    QVERIFY(m_bin->add(QStringLiteral("docker-credential-desktop")));
    writeDockerConfig("{\"auths\": {\"contoso.azurecr.io\": {}}, \"credsStore\": \"desktop\"}");
    writeHelperStore("{\"ServerURL\":\"contoso.azurecr.io\",\"Username\":\"ci-robot\",\"Secret\":\"" + kCanary + "\"}\n");
    run(configAndStore());
    const ProbeResult store = result(QStringLiteral("credential-store"));
    QCOMPARE(store.status, ProbeStatus::Pass);
    QCOMPARE(store.evidence.value(QStringLiteral("source")).toString(), QStringLiteral("creds-store"));
    QCOMPARE(store.evidence.value(QStringLiteral("helper")).toString(), QStringLiteral("desktop"));
    QCOMPARE(store.evidence.value(QStringLiteral("username")).toString(), QStringLiteral("ci-robot"));
    QCOMPARE(store.evidence.value(QStringLiteral("isIdentityToken")).toBool(), false);
    QCOMPARE(store.evidence.value(QStringLiteral("hasSecret")).toBool(), true);
    QCOMPARE(m_ctx->facts.stored.source, CredentialFacts::Source::CredsStore);
    QCOMPARE(m_ctx->facts.stored.helper, QStringLiteral("desktop"));
    QCOMPARE(m_ctx->facts.stored.username, QStringLiteral("ci-robot"));
    QVERIFY(!m_ctx->facts.stored.isIdentityToken);
    QVERIFY(m_ctx->facts.stored.secret.expose() == kCanary);
    QVERIFY(!m_ctx->facts.helperFailed);
    QVERIFY2(!evidenceJson(store).contains(kCanary), "a secret reached the evidence");

    // Asked exactly as Docker asks: `get`, the server on stdin, nothing secret on the command line.
    QCOMPARE(readAll(file(QStringLiteral("helper.stdin"))), QByteArray("contoso.azurecr.io"));
    const QByteArray log = readAll(file(QStringLiteral("helper.log")));
    QCOMPARE(log, QByteArray("docker-credential-desktop\nget\n"));
    QVERIFY(!log.contains(kCanary));
}

void TestLocalProbes::helperReturnsIdentityToken_storedAsNullGuidIdentityToken()
{
    QVERIFY(m_bin->add(QStringLiteral("docker-credential-desktop")));
    writeDockerConfig("{\"auths\": {\"contoso.azurecr.io\": {}}, \"credsStore\": \"desktop\"}");
    writeHelperStore("{\"ServerURL\":\"contoso.azurecr.io\",\"Username\":\"<token>\",\"Secret\":\"" + kCanary + "\"}");
    run(configAndStore());
    const ProbeResult store = result(QStringLiteral("credential-store"));
    QCOMPARE(store.status, ProbeStatus::Pass);
    QCOMPARE(store.evidence.value(QStringLiteral("isIdentityToken")).toBool(), true);
    QCOMPARE(store.evidence.value(QStringLiteral("username")).toString(), kNullGuid);
    QVERIFY(m_ctx->facts.stored.isIdentityToken);
    QCOMPARE(m_ctx->facts.stored.username, kNullGuid);
    QVERIFY(m_ctx->facts.stored.secret.expose() == kCanary);
    QVERIFY2(!evidenceJson(store).contains(kCanary), "a secret reached the evidence");
}

void TestLocalProbes::credHelpersEntryWinsOverCredsStore()
{
    QVERIFY(m_bin->add(QStringLiteral("docker-credential-acr-env")));
    writeDockerConfig("{\"credsStore\": \"desktop\", \"credHelpers\": {\"contoso.azurecr.io\": \"acr-env\"}}");
    writeHelperStore("{\"ServerURL\":\"contoso.azurecr.io\",\"Username\":\"ci-robot\",\"Secret\":\"" + kCanary + "\"}");
    run(configAndStore());
    const ProbeResult config = result(QStringLiteral("docker-config"));
    QCOMPARE(config.evidence.value(QStringLiteral("credHelper")).toString(), QStringLiteral("acr-env"));
    const ProbeResult store = result(QStringLiteral("credential-store"));
    QCOMPARE(store.status, ProbeStatus::Pass);
    QCOMPARE(store.evidence.value(QStringLiteral("source")).toString(), QStringLiteral("cred-helper"));
    QCOMPARE(store.evidence.value(QStringLiteral("helper")).toString(), QStringLiteral("acr-env"));
    QCOMPARE(m_ctx->facts.stored.source, CredentialFacts::Source::CredHelper);
    QCOMPARE(readAll(file(QStringLiteral("helper.log"))), QByteArray("docker-credential-acr-env\nget\n"));
}

void TestLocalProbes::helperHasNothing_warnsNothingSaved()
{
    QVERIFY(m_bin->add(QStringLiteral("docker-credential-desktop")));
    m_env->set("RD_STANDIN_HELPER_MODE", QByteArrayLiteral("notfound"));
    writeDockerConfig("{\"credsStore\": \"desktop\"}");
    run(configAndStore());
    const ProbeResult store = result(QStringLiteral("credential-store"));
    QCOMPARE(store.status, ProbeStatus::Warn);
    QCOMPARE(store.evidence.value(QStringLiteral("source")).toString(), QStringLiteral("none"));
    QVERIFY2(store.detail.contains(QStringLiteral("nothing saved for this registry")), qPrintable(store.detail));
    QCOMPARE(m_ctx->facts.stored.source, CredentialFacts::Source::None);
    QVERIFY(!m_ctx->facts.helperFailed);
}

void TestLocalProbes::helperSaysStubReceivedBadData_failsWithItsWords()
{
    QVERIFY(m_bin->add(QStringLiteral("docker-credential-wincred")));
    m_env->set("RD_STANDIN_HELPER_MODE", QByteArrayLiteral("baddata"));
    writeDockerConfig("{\"credsStore\": \"wincred\"}");
    run(configAndStore());
    const ProbeResult store = result(QStringLiteral("credential-store"));
    QCOMPARE(store.status, ProbeStatus::Fail);
    QCOMPARE(store.evidence.value(QStringLiteral("problem")).toString(), QStringLiteral("credential-store-failing"));
    QCOMPARE(store.evidence.value(QStringLiteral("exitCode")).toInt(), 1);
    QVERIFY2(store.detail.contains(QStringLiteral("The stub received bad data.")), qPrintable(store.detail));
    QVERIFY(m_ctx->facts.helperFailed);
    QVERIFY(m_ctx->facts.helperProblem.contains(QStringLiteral("The stub received bad data.")));
    QCOMPARE(m_ctx->facts.helperProgram, QStringLiteral("docker-credential-wincred"));
}

void TestLocalProbes::helperSaysLogonSessionMissing_failsWithItsWords()
{
    QVERIFY(m_bin->add(QStringLiteral("docker-credential-wincred")));
    m_env->set("RD_STANDIN_HELPER_MODE", QByteArrayLiteral("logon"));
    writeDockerConfig("{\"credsStore\": \"wincred\"}");
    run(configAndStore());
    const ProbeResult store = result(QStringLiteral("credential-store"));
    QCOMPARE(store.status, ProbeStatus::Fail);
    QVERIFY2(store.evidence.value(QStringLiteral("helperMessage")).toString().startsWith(
                 QStringLiteral("A specified logon session does not exist")),
             qPrintable(store.evidence.value(QStringLiteral("helperMessage")).toString()));
    QVERIFY(m_ctx->facts.helperFailed);
}

void TestLocalProbes::helperHangs_failsWithinTimeout()
{
    QVERIFY(m_bin->add(QStringLiteral("docker-credential-desktop")));
    m_env->set("RD_STANDIN_HELPER_MODE", QByteArrayLiteral("hang"));
    writeDockerConfig("{\"credsStore\": \"desktop\"}");
    m_ctx->options.timeoutSeconds = 2; // the probe must report the hang itself, before the runner's limit
    run(configAndStore(), 10000);
    const ProbeResult store = result(QStringLiteral("credential-store"));
    QCOMPARE(store.status, ProbeStatus::Fail);
    QCOMPARE(store.evidence.value(QStringLiteral("timedOut")).toBool(), true);
    QCOMPARE(store.evidence.value(QStringLiteral("problem")).toString(), QStringLiteral("credential-store-failing"));
    QVERIFY(m_ctx->facts.helperFailed);
    QVERIFY2(store.durationMs < 2000, qPrintable(QString::number(store.durationMs)));
    QVERIFY2(m_elapsedMs < 4000, qPrintable(QString::number(m_elapsedMs)));
}

void TestLocalProbes::helperPrintsGarbage_failsWithoutEchoingIt()
{
    QVERIFY(m_bin->add(QStringLiteral("docker-credential-desktop")));
    m_env->set("RD_STANDIN_HELPER_MODE", QByteArrayLiteral("garbage"));
    writeDockerConfig("{\"credsStore\": \"desktop\"}");
    // The stand-in prints the first 40 bytes: half a JSON object that ends inside the secret.
    const QByteArray store = "{\"Username\":\"u\",\"Secret\":\"" + kCanary + kCanary + "\"}";
    writeHelperStore(store);
    const QByteArray printed = store.left(40);
    QVERIFY(printed.contains("CANARY"));
    run(configAndStore());
    const ProbeResult r = result(QStringLiteral("credential-store"));
    QCOMPARE(r.status, ProbeStatus::Fail);
    QCOMPARE(r.evidence.value(QStringLiteral("problem")).toString(), QStringLiteral("credential-store-failing"));
    QCOMPARE(r.evidence.value(QStringLiteral("outputBytes")).toInt(), 40);
    QVERIFY(m_ctx->facts.helperFailed);
    QVERIFY2(!evidenceJson(r).contains("CANARY"), "part of a secret reached the evidence");
    QVERIFY2(!m_ctx->facts.helperProblem.contains(QStringLiteral("CANARY")), "part of a secret reached the facts' problem");
    QVERIFY(m_ctx->facts.stored.secret.isEmpty());
}

void TestLocalProbes::helperCrashes_fails()
{
    QVERIFY(m_bin->add(QStringLiteral("docker-credential-desktop")));
    m_env->set("RD_STANDIN_HELPER_MODE", QByteArrayLiteral("crash"));
    writeDockerConfig("{\"credsStore\": \"desktop\"}");
    run(configAndStore());
    const ProbeResult r = result(QStringLiteral("credential-store"));
    QCOMPARE(r.status, ProbeStatus::Fail);
    QCOMPARE(r.evidence.value(QStringLiteral("crashed")).toBool(), true);
    QVERIFY(m_ctx->facts.helperFailed);
}

// ---------------------------------------------------------------------------------------------
// azure-cli

static QByteArray signedInProfile()
{
    return QByteArrayLiteral("\xEF\xBB\xBF{\"installationId\": \"9d3c1f2e-0000-0000-0000-000000000000\", \"subscriptions\": ["
                             "{\"id\": \"aaaaaaaa-0000-0000-0000-000000000001\", \"name\": \"Contoso Dev\", \"state\": \"Enabled\", "
                             "\"user\": {\"name\": \"dev@contoso.com\", \"type\": \"user\"}, \"isDefault\": false, "
                             "\"tenantId\": \"11111111-2222-3333-4444-555555555555\", \"environmentName\": \"AzureCloud\"}, "
                             "{\"id\": \"aaaaaaaa-0000-0000-0000-000000000002\", \"name\": \"Contoso Production\", \"state\": \"Enabled\", "
                             "\"user\": {\"name\": \"dev@contoso.com\", \"type\": \"user\"}, \"isDefault\": true, "
                             "\"tenantId\": \"11111111-2222-3333-4444-555555555555\", \"environmentName\": \"AzureCloud\"}]}");
}

void TestLocalProbes::azAbsent_skips()
{
    QVERIFY(writeFile(QDir(azureDir()).filePath(QStringLiteral("azureProfile.json")), signedInProfile()));
    run({new AzureCliProbe});
    const ProbeResult r = result(QStringLiteral("azure-cli"));
    QCOMPARE(r.status, ProbeStatus::Skip);
    QVERIFY(!m_ctx->facts.azInstalled);
}

void TestLocalProbes::azAbsent_signInThroughAz_fails()
{
    m_ctx->options.signIn = SignInMethod::AzureCli;
    run({new AzureCliProbe});
    const ProbeResult r = result(QStringLiteral("azure-cli"));
    QCOMPARE(r.status, ProbeStatus::Fail);
    QCOMPARE(r.evidence.value(QStringLiteral("problem")).toString(), QStringLiteral("az-not-installed"));
    QVERIFY(!m_ctx->facts.azInstalled);
}

void TestLocalProbes::azProfileSignedIn_passesFromFile_withoutRunningAz()
{
    QVERIFY(m_bin->add(QStringLiteral("az")));
    QVERIFY(writeFile(QDir(azureDir()).filePath(QStringLiteral("azureProfile.json")), signedInProfile()));
    QVERIFY(writeFile(QDir(azureDir()).filePath(QStringLiteral("versionCheck.json")),
                      "{\"versions\": {\"core\": {\"local\": \"2.61.0\", \"pypi\": \"2.62.0\"}, "
                      "\"telemetry\": {\"local\": \"1.1.0\", \"pypi\": \"1.1.0\"}}, "
                      "\"update_check_time\": \"2024-06-01 10:00:00.000000\"}"));
    run({new AzureCliProbe});
    const ProbeResult r = result(QStringLiteral("azure-cli"));
    QCOMPARE(r.status, ProbeStatus::Pass);
    QCOMPARE(r.evidence.value(QStringLiteral("source")).toString(), QStringLiteral("azureProfile.json"));
    QCOMPARE(r.evidence.value(QStringLiteral("signedIn")).toBool(), true);
    QCOMPARE(r.evidence.value(QStringLiteral("user")).toString(), QStringLiteral("dev@contoso.com"));
    QCOMPARE(r.evidence.value(QStringLiteral("userType")).toString(), QStringLiteral("user"));
    QCOMPARE(r.evidence.value(QStringLiteral("subscription")).toString(), QStringLiteral("Contoso Production"));
    QCOMPARE(r.evidence.value(QStringLiteral("tenantId")).toString(), QStringLiteral("11111111-2222-3333-4444-555555555555"));
    QCOMPARE(r.evidence.value(QStringLiteral("version")).toString(), QStringLiteral("2.61.0"));
    QCOMPARE(r.evidence.value(QStringLiteral("path")).toString(), m_bin->filePath(QStringLiteral("az")));
    QVERIFY(m_ctx->facts.azInstalled);
    QVERIFY(m_ctx->facts.azSignedIn);
    QVERIFY(m_ctx->facts.azSignInKnown);
    QVERIFY2(!QFile::exists(file(QStringLiteral("az.log"))), "az was started although its files answered");
}

void TestLocalProbes::azProfileNoSubscriptions_warnsNotSignedIn()
{
    QVERIFY(m_bin->add(QStringLiteral("az")));
    QVERIFY(writeFile(QDir(azureDir()).filePath(QStringLiteral("azureProfile.json")),
                      "\xEF\xBB\xBF{\"installationId\": \"x\", \"subscriptions\": []}"));
    run({new AzureCliProbe});
    const ProbeResult r = result(QStringLiteral("azure-cli"));
    QCOMPARE(r.status, ProbeStatus::Warn);
    QCOMPARE(r.evidence.value(QStringLiteral("signedIn")).toBool(), false);
    QCOMPARE(r.evidence.value(QStringLiteral("subscriptionCount")).toInt(), 0);
    QVERIFY(m_ctx->facts.azInstalled);
    QVERIFY(!m_ctx->facts.azSignedIn);
    QVERIFY(m_ctx->facts.azSignInKnown);
    QVERIFY(!QFile::exists(file(QStringLiteral("az.log"))));
}

void TestLocalProbes::azNoProfile_warnsNotSignedIn()
{
    QVERIFY(m_bin->add(QStringLiteral("az")));
    run({new AzureCliProbe});
    const ProbeResult r = result(QStringLiteral("azure-cli"));
    QCOMPARE(r.status, ProbeStatus::Warn);
    QCOMPARE(r.evidence.value(QStringLiteral("profileExists")).toBool(), false);
    QVERIFY(!m_ctx->facts.azSignedIn);
}

void TestLocalProbes::azProfileGarbage_warnsUnknown()
{
    QVERIFY(m_bin->add(QStringLiteral("az")));
    QVERIFY(writeFile(QDir(azureDir()).filePath(QStringLiteral("azureProfile.json")), "\xEF\xBB\xBF{\"subscriptions\": [{\"id\":"));
    run({new AzureCliProbe});
    const ProbeResult r = result(QStringLiteral("azure-cli"));
    QCOMPARE(r.status, ProbeStatus::Warn);
    QVERIFY(!r.evidence.value(QStringLiteral("profileProblem")).toString().isEmpty());
    QVERIFY(!m_ctx->facts.azSignInKnown);
}

void TestLocalProbes::signInThroughAz_accountShowSaysLogin_fails()
{
    QVERIFY(m_bin->add(QStringLiteral("az")));
    m_env->set("RD_STANDIN_AZ_MODE", QByteArrayLiteral("not-signed-in"));
    // A stale profile says signed in; az account show is the authority when signing in through az.
    QVERIFY(writeFile(QDir(azureDir()).filePath(QStringLiteral("azureProfile.json")), signedInProfile()));
    m_ctx->options.signIn = SignInMethod::AzureCli;
    run({new AzureCliProbe});
    const ProbeResult r = result(QStringLiteral("azure-cli"));
    QCOMPARE(r.status, ProbeStatus::Fail);
    QCOMPARE(r.evidence.value(QStringLiteral("source")).toString(), QStringLiteral("az account show"));
    QCOMPARE(r.evidence.value(QStringLiteral("exitCode")).toInt(), 1);
    QCOMPARE(r.evidence.value(QStringLiteral("stderr")).toString(), QStringLiteral("Please run 'az login' to setup account."));
    QCOMPARE(r.evidence.value(QStringLiteral("signedIn")).toBool(), false);
    QVERIFY(r.detail.contains(QStringLiteral("az login")));
    QVERIFY(!m_ctx->facts.azSignedIn);
    QVERIFY(m_ctx->facts.azSignInKnown);
    QCOMPARE(readAll(file(QStringLiteral("az.log"))), QByteArray("account\nshow\n--output\njson\n"));
}

void TestLocalProbes::signInThroughAz_accountShowSignedIn_passes()
{
    QVERIFY(m_bin->add(QStringLiteral("az")));
    m_ctx->options.signIn = SignInMethod::AzureCli;
    run({new AzureCliProbe});
    const ProbeResult r = result(QStringLiteral("azure-cli"));
    QCOMPARE(r.status, ProbeStatus::Pass);
    QCOMPARE(r.evidence.value(QStringLiteral("source")).toString(), QStringLiteral("az account show"));
    QCOMPARE(r.evidence.value(QStringLiteral("user")).toString(), QStringLiteral("dev@contoso.com"));
    QCOMPARE(r.evidence.value(QStringLiteral("subscription")).toString(), QStringLiteral("Contoso Production"));
    QVERIFY(m_ctx->facts.azSignedIn);
    QVERIFY(m_ctx->facts.azSignInKnown);
}

void TestLocalProbes::signInThroughAz_accountShowHangs_failsWithinTimeout()
{
    QVERIFY(m_bin->add(QStringLiteral("az")));
    m_env->set("RD_STANDIN_AZ_MODE", QByteArrayLiteral("hang"));
    m_ctx->options.signIn = SignInMethod::AzureCli;
    auto *probe = new AzureCliProbe;
    probe->setProcessTimeoutMs(700);
    run({probe}, 10000);
    const ProbeResult r = result(QStringLiteral("azure-cli"));
    QCOMPARE(r.status, ProbeStatus::Fail);
    QCOMPARE(r.evidence.value(QStringLiteral("timedOut")).toBool(), true);
    QVERIFY(!m_ctx->facts.azSignInKnown);
    QVERIFY2(m_elapsedMs < 5000, qPrintable(QString::number(m_elapsedMs)));
}

QTEST_GUILESS_MAIN(TestLocalProbes)
#include "tst_local_probes.moc"
