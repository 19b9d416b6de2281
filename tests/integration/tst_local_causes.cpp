// Full checks that combine this computer's side (stand-in docker, credential helpers and az on a
// private PATH, Docker's config in a temporary folder) with a real registry (the practice registry,
// healthy, on loopback): every cause that lives on the user's machine, and Docker's stored
// credentials used for a real sign-in.
#include "diagnosis/check.h"
#include "docker/pull_secret.h"
#include "report/json_report.h"
#include "report/redactor.h"
#include "practice/practice_registry.h"
#include "standin_bin.h"
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

using namespace rd;
using rd::test::ScopedEnvironment;
using rd::test::StandinBin;

class LocalCausesTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void noDocker_dockerNotInstalled();
    void oldDocker_dockerTooOld();
    void daemonDown_dockerDaemonNotRunning();
    void podmanDocker_podmanInsteadOfDocker_notTooOld();
    void pullSecret_signsInAsTheKubeletWould_orNamesTheMissingEntry_data();
    void pullSecret_signsInAsTheKubeletWould_orNamesTheMissingEntry();
    void credsStoreHelperMissing_credentialStoreFailing_notNoCredentials();
    void helperStubBadData_credentialStoreFailing();
    void azSignInWithoutAzLogin_azNotLoggedIn();
    void azHangs_signInUnknown_noCause();
    void credsStoreIsAPath_neverRun_credentialStoreFailing();
    void dockerConfigIsAFifo_notReadAsEmpty_checkGoesOn();
    void azureFilesAreFifosOrDevices_checkFinishes();
    void nothingStoredNothingGiven_noCredentials();
    void passwordInDockerConfig_signsInWithIt_noProblem();
    void passwordFromCredentialHelper_signsInWithIt_noProblem();
    void expiredIdentityTokenInDockerConfig_credentialsExpired();
    void helmStoreFails_podmanHasNothing_findingsNameTheirClient();

private:
    CheckOptions optionsFor(const QString &scenario, bool keepPassword);
    QStringList causes(const CheckOptions &options, Diagnosis *out = nullptr);
    void writeDockerConfig(const QByteArray &json);

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<StandinBin> m_bin;
    std::unique_ptr<ScopedEnvironment> m_env;
    std::unique_ptr<PracticeRegistry> m_registry;
};

void LocalCausesTest::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    m_bin = std::make_unique<StandinBin>();
    m_env = std::make_unique<ScopedEnvironment>();
    QVERIFY(m_home->isValid() && m_bin->isValid());
    QDir(m_home->path()).mkpath(QStringLiteral(".docker"));
    QDir(m_home->path()).mkpath(QStringLiteral(".azure"));
    m_env->set("HOME", m_home->path());
    m_env->set("DOCKER_CONFIG", m_home->filePath(QStringLiteral(".docker")));
    m_env->set("AZURE_CONFIG_DIR", m_home->filePath(QStringLiteral(".azure")));
    m_env->set("PATH", qgetenv("PATH"));
    for (const char *v : {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "RD_STANDIN_DOCKER_MODE",
                          "RD_STANDIN_HELPER_MODE", "RD_STANDIN_AZ_MODE"})
        m_env->unset(v);
    QVERIFY(m_bin->add(QStringLiteral("docker")));
    m_bin->activate();
}

void LocalCausesTest::cleanup()
{
    m_registry.reset();
    m_env.reset(); // PATH and the rest back as they were
    m_bin.reset();
    m_home.reset();
}

CheckOptions LocalCausesTest::optionsFor(const QString &scenario, bool keepPassword)
{
    m_registry = std::make_unique<PracticeRegistry>();
    if (!m_registry->start(scenario))
        return {};
    CheckOptions base;
    base.repository = QStringLiteral("hello");
    CheckOptions o = m_registry->checkOptions(base);
    o.practiceScenario.clear(); // run this computer's probes too
    if (!keepPassword) {
        o.password.clear();
        o.passwordGiven = false;
        o.username.clear();
    }
    return o;
}

QStringList LocalCausesTest::causes(const CheckOptions &options, Diagnosis *out)
{
    Check check(options);
    QSignalSpy done(&check, &Check::finished);
    check.start();
    if (!done.wait(30000))
        return {QStringLiteral("(timeout)")};
    const Diagnosis d = check.diagnosis();
    if (out)
        *out = d;
    QStringList ids;
    for (const Cause &c : d.causes)
        ids << c.id;
    ids.sort();
    return ids;
}

void LocalCausesTest::writeDockerConfig(const QByteArray &json)
{
    QFile f(m_home->filePath(QStringLiteral(".docker/config.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
}

void LocalCausesTest::noDocker_dockerNotInstalled()
{
    QVERIFY(m_bin->remove(QStringLiteral("docker")));
    QCOMPARE(causes(optionsFor(QStringLiteral("healthy"), true)), QStringList{QStringLiteral("docker-not-installed")});
}

void LocalCausesTest::oldDocker_dockerTooOld()
{
    m_env->set("RD_STANDIN_DOCKER_MODE", QByteArray("old"));
    QCOMPARE(causes(optionsFor(QStringLiteral("healthy"), true)), QStringList{QStringLiteral("docker-too-old")});
}

void LocalCausesTest::daemonDown_dockerDaemonNotRunning()
{
    m_env->set("RD_STANDIN_DOCKER_MODE", QByteArray("no-daemon"));
    Diagnosis d;
    QCOMPARE(causes(optionsFor(QStringLiteral("healthy"), true), &d), QStringList{QStringLiteral("docker-daemon-not-running")});
    QVERIFY(d.causes.first().evidence.join(QLatin1Char(' ')).contains(QStringLiteral("Cannot connect to the Docker daemon")));
}

// Debian's podman-docker: /usr/bin/docker is a script that says so on stderr and runs Podman,
// whose version (4.x) is not Docker's: never "Docker is too old", never "the daemon is down".
void LocalCausesTest::podmanDocker_podmanInsteadOfDocker_notTooOld()
{
#ifdef Q_OS_WIN
    QSKIP("POSIX-only case: Debian's podman-docker (under Wine /usr/bin/docker is the Linux host's file)");
#endif
    const QString emulation = QStringLiteral("/usr/bin/docker");
    QFile script(emulation);
    if (!script.open(QIODevice::ReadOnly) || !script.read(4096).contains("podman"))
        QSKIP("podman-docker is not installed (scripts/install-deps.sh installs it)");
    QVERIFY(m_bin->remove(QStringLiteral("docker")));
    QVERIFY(QFile::link(emulation, QDir(m_bin->path()).filePath(QStringLiteral("docker"))));
    Diagnosis d;
    QCOMPARE(causes(optionsFor(QStringLiteral("healthy"), true), &d), QStringList{QStringLiteral("podman-instead-of-docker")});
    const Cause &c = d.causes.first();
    QVERIFY2(c.evidence.join(QLatin1Char(' ')).contains(QStringLiteral("Podman")), qPrintable(c.evidence.join(QLatin1Char('|'))));
    QVERIFY(!c.remediation.isEmpty());
    QVERIFY(c.remediation.first().commandsFor(QStringLiteral("bash")).first().command.startsWith(QStringLiteral("podman login")));
}

// `check --docker-config-json`: a Secret as `kubectl get secret -o json` prints it, with the
// practice registry's real admin password in its .dockerconfigjson, read as the kubelet does.
void LocalCausesTest::pullSecret_signsInAsTheKubeletWould_orNamesTheMissingEntry_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("host") << "contoso.azurecr.io" << QStringList();
    QTest::newRow("glob with scheme and path") << "https://*.azurecr.io/v2/" << QStringList();
    QTest::newRow("another registry") << "fabrikam.azurecr.io" << QStringList{QStringLiteral("image-pull-secret-missing"), QStringLiteral("no-credentials")};
    QTest::newRow("glob of another depth") << "*.contoso.azurecr.io" << QStringList{QStringLiteral("image-pull-secret-missing"), QStringLiteral("no-credentials")};
}

void LocalCausesTest::pullSecret_signsInAsTheKubeletWould_orNamesTheMissingEntry()
{
    QFETCH(QString, key);
    QFETCH(QStringList, expected);
    CheckOptions o = optionsFor(QStringLiteral("healthy"), true);
    const QByteArray auth = (o.username.toUtf8() + ':' + o.password.expose()).toBase64();
    const QByteArray config = "{\"auths\":{\"" + key.toUtf8() + "\":{\"auth\":\"" + auth + "\"}}}";
    const QByteArray secret = "{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"type\":\"kubernetes.io/dockerconfigjson\","
                              "\"metadata\":{\"name\":\"acr-pull\",\"namespace\":\"web\"},"
                              "\"data\":{\".dockerconfigjson\":\"" + config.toBase64() + "\"}}";
    const PullSecret parsed = parsePullSecret(secret);
    QVERIFY2(parsed.ok, qPrintable(parsed.problem));
    QCOMPARE(parsed.keys, QStringList{key});
    applyPullSecret(o, parsed);
    writeDockerConfig("{}");   // nothing of this computer's Docker counts
    Diagnosis d;
    QCOMPARE(causes(o, &d), expected);
    if (!expected.isEmpty())
        QVERIFY2(d.causes.first().evidence.join(QLatin1Char(' ')).contains(key), qPrintable(d.causes.first().evidence.join(QLatin1Char('|'))));
}

void LocalCausesTest::credsStoreHelperMissing_credentialStoreFailing_notNoCredentials()
{
    writeDockerConfig(R"({"auths":{"contoso.azurecr.io":{}},"credsStore":"desktop"})");
    Diagnosis d;
    QCOMPARE(causes(optionsFor(QStringLiteral("healthy"), false), &d), QStringList{QStringLiteral("credential-store-failing")});
    QVERIFY(d.causes.first().evidence.join(QLatin1Char(' ')).contains(QStringLiteral("docker-credential-desktop")));
}

void LocalCausesTest::helperStubBadData_credentialStoreFailing()
{
    QVERIFY(m_bin->add(QStringLiteral("docker-credential-wincred")));
    m_env->set("RD_STANDIN_HELPER_MODE", QByteArray("baddata"));
    writeDockerConfig(R"({"credsStore":"wincred"})");
    Diagnosis d;
    QCOMPARE(causes(optionsFor(QStringLiteral("healthy"), false), &d), QStringList{QStringLiteral("credential-store-failing")});
    QVERIFY(d.causes.first().evidence.join(QLatin1Char(' ')).contains(QStringLiteral("The stub received bad data")));
}

void LocalCausesTest::azSignInWithoutAzLogin_azNotLoggedIn()
{
    QVERIFY(m_bin->add(QStringLiteral("az")));
    m_env->set("RD_STANDIN_AZ_MODE", QByteArray("not-signed-in"));
    CheckOptions o = optionsFor(QStringLiteral("healthy"), true);
    o.signIn = SignInMethod::AzureCli;
    QCOMPARE(causes(o), QStringList{QStringLiteral("az-not-logged-in")});
}

void LocalCausesTest::azHangs_signInUnknown_noCause()
{
    // A probe that times out knows nothing: its finding says "unknown", and no cause is named.
    QVERIFY(m_bin->add(QStringLiteral("az")));
    m_env->set("RD_STANDIN_AZ_MODE", QByteArray("hang"));
    CheckOptions o = optionsFor(QStringLiteral("healthy"), true);
    o.signIn = SignInMethod::AzureCli;
    o.timeoutSeconds = 2;
    Diagnosis d;
    QCOMPARE(causes(o, &d), QStringList());
    bool found = false;
    for (const ProbeResult &p : d.probes)
        if (p.id == QLatin1String("azure-cli")) {
            found = true;
            QVERIFY2(p.detail.contains(QLatin1String("unknown")), qPrintable(p.detail));
        }
    QVERIFY(found);
}

void LocalCausesTest::credsStoreIsAPath_neverRun_credentialStoreFailing()
{
    // Docker would run "docker-credential-../../../bin/sh" relative to the working folder.
    writeDockerConfig(R"({"credsStore":"../../../bin/sh"})");
    Diagnosis d;
    QCOMPARE(causes(optionsFor(QStringLiteral("healthy"), false), &d), QStringList{QStringLiteral("credential-store-failing")});
    bool found = false;
    for (const ProbeResult &p : d.probes)
        if (p.id == QLatin1String("credential-store")) {
            found = true;
            QVERIFY2(p.detail.contains(QLatin1String("not a program name")), qPrintable(p.detail));
            QVERIFY(!p.evidence.contains(QStringLiteral("helperPath")));
        }
    QVERIFY(found);
}

// FIFOs and /dev/zero are POSIX (Windows has neither, and the Windows run leaves this test out).
#ifdef Q_OS_UNIX
void LocalCausesTest::dockerConfigIsAFifo_notReadAsEmpty_checkGoesOn()
{
    const QByteArray fifo = QFile::encodeName(m_home->filePath(QStringLiteral(".docker/config.json")));
    QCOMPARE(::mkfifo(fifo.constData(), 0600), 0);
    Diagnosis d;
    causes(optionsFor(QStringLiteral("healthy"), true), &d);
    bool found = false;
    for (const ProbeResult &p : d.probes)
        if (p.id == QLatin1String("docker-config")) {
            found = true;
            QCOMPARE(p.status, ProbeStatus::Fail);
            QVERIFY2(p.detail.contains(QLatin1String("not a regular file")), qPrintable(p.detail));
            QVERIFY2(!p.detail.contains(QLatin1String("empty")), qPrintable(p.detail));
        }
    QVERIFY(found);
}

void LocalCausesTest::azureFilesAreFifosOrDevices_checkFinishes()
{
    // A FIFO hung the check for ever, /dev/zero filled memory: neither is read now.
    QVERIFY(m_bin->add(QStringLiteral("az")));
    const QString dir = m_home->filePath(QStringLiteral(".azure"));
    QCOMPARE(::mkfifo(QFile::encodeName(dir + QStringLiteral("/versionCheck.json")).constData(), 0600), 0);
    QVERIFY(QFile::link(QStringLiteral("/dev/zero"), dir + QStringLiteral("/azureProfile.json")));
    CheckOptions o = optionsFor(QStringLiteral("healthy"), true);
    o.signIn = SignInMethod::AzureCli;
    Diagnosis d;
    const QStringList ids = causes(o, &d);
    QVERIFY2(!ids.contains(QStringLiteral("(timeout)")), "the check did not finish");
    QVERIFY(!d.probes.isEmpty());
}
#else
void LocalCausesTest::dockerConfigIsAFifo_notReadAsEmpty_checkGoesOn() { QSKIP("POSIX FIFOs"); }
void LocalCausesTest::azureFilesAreFifosOrDevices_checkFinishes() { QSKIP("POSIX FIFOs"); }
#endif

void LocalCausesTest::nothingStoredNothingGiven_noCredentials()
{
    Diagnosis d;
    QCOMPARE(causes(optionsFor(QStringLiteral("healthy"), false), &d), QStringList{QStringLiteral("no-credentials")});
    // The advice names the user's own registry.
    bool named = false;
    for (const RemediationStep &s : d.causes.first().remediation)
        for (const ShellCommand &c : s.commands)
            named = named || c.command.contains(QStringLiteral("az acr login --name contoso"));
    QVERIFY(named);
}

void LocalCausesTest::passwordInDockerConfig_signsInWithIt_noProblem()
{
    const CheckOptions given = optionsFor(QStringLiteral("healthy"), true);
    const QByteArray auth = (given.username.toUtf8() + ':' + given.password.expose()).toBase64();
    writeDockerConfig(R"({"auths":{"https://contoso.azurecr.io":{"auth":")" + auth + R"("}}})");
    CheckOptions o = given;
    o.password.clear();
    o.passwordGiven = false;
    o.username.clear();
    Diagnosis d;
    QCOMPARE(causes(o, &d), QStringList());
    for (const ProbeResult &p : d.probes)
        if (p.id == QLatin1String("credentials")) {
            QCOMPARE(p.status, ProbeStatus::Pass);
            QCOMPARE(p.evidence.value(QStringLiteral("source")).toString(), QStringLiteral("docker-file"));
        }
}

void LocalCausesTest::passwordFromCredentialHelper_signsInWithIt_noProblem()
{
    const CheckOptions given = optionsFor(QStringLiteral("healthy"), true);
    QVERIFY(m_bin->add(QStringLiteral("docker-credential-osxkeychain")));
    const QString store = m_home->filePath(QStringLiteral("store.json"));
    QFile f(store);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"ServerURL":"contoso.azurecr.io","Username":")" + given.username.toUtf8() + R"(","Secret":")"
            + given.password.expose() + "\"}");
    f.close();
    m_env->set("RD_STANDIN_HELPER_STORE", store);
    writeDockerConfig(R"({"credsStore":"osxkeychain"})");
    CheckOptions o = given;
    o.password.clear();
    o.passwordGiven = false;
    o.username.clear();
    Diagnosis d;
    QCOMPARE(causes(o, &d), QStringList());
    for (const ProbeResult &p : d.probes)
        if (p.id == QLatin1String("credentials"))
            QCOMPARE(p.evidence.value(QStringLiteral("source")).toString(), QStringLiteral("creds-store"));
}

void LocalCausesTest::expiredIdentityTokenInDockerConfig_credentialsExpired()
{
    // What `az acr login` leaves behind, three hours and more later.
    const CheckOptions expired = optionsFor(QStringLiteral("expired-token"), true);
    QCOMPARE(expired.username, QStringLiteral("00000000-0000-0000-0000-000000000000"));
    writeDockerConfig(R"({"auths":{"contoso.azurecr.io":{"auth":"MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwOg==","identitytoken":")"
                      + expired.password.expose() + "\"}}}");
    CheckOptions o = expired;
    o.password.clear();
    o.passwordGiven = false;
    o.username.clear();
    Diagnosis d;
    QCOMPARE(causes(o, &d), QStringList{QStringLiteral("credentials-expired")});
    QVERIFY(d.causes.first().evidence.join(QLatin1Char(' ')).contains(QStringLiteral("expired")));
}


namespace {

// Every word a person reads in the diagnosis (probe findings, causes, steps), and its commands apart.
QString everyText(const Diagnosis &d)
{
    QStringList all;
    for (const ProbeResult &p : d.probes)
        all << p.detail;
    for (const Cause &c : d.causes) {
        all << c.title << c.explanation << c.evidence;
        for (const RemediationStep &s : c.remediation)
            all << s.text;
    }
    return all.join(QLatin1Char('\n'));
}

QString everyCommand(const Diagnosis &d)
{
    QStringList all;
    for (const Cause &c : d.causes)
        for (const RemediationStep &s : c.remediation)
            for (const ShellCommand &cmd : s.commands)
                all << cmd.command;
    return all.join(QLatin1Char('\n'));
}

} // namespace

// A Helm user whose credential store (named in Helm's registry config) is not installed, and a
// Podman user with nothing stored: the findings, the causes and the fixes name their client and its
// sign-in command, never Docker's.
void LocalCausesTest::helmStoreFails_podmanHasNothing_findingsNameTheirClient()
{
    const QString helmFile = m_home->filePath(QStringLiteral("helm-registry.json"));
    QFile f(helmFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"credsStore":"desktop"})");
    f.close();
    m_env->set("HELM_REGISTRY_CONFIG", helmFile);
    m_env->set("REGISTRY_AUTH_FILE", m_home->filePath(QStringLiteral("auth.json"))); // absent
    CheckOptions helm = optionsFor(QStringLiteral("healthy"), false);
    helm.client = RegistryClient::Helm;
    Diagnosis d;
    QCOMPARE(causes(helm, &d), QStringList{QStringLiteral("credential-store-failing")});
    QCOMPARE(d.client, QStringLiteral("helm"));
    QString text = everyText(d);
    QVERIFY2(text.contains(QStringLiteral("Helm's credential store is not working")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Helm cannot save or read logins for this registry")), qPrintable(text));
    QVERIFY2(text.contains(helmFile + QStringLiteral(" names the credential store \"desktop\"")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("then sign in again with helm registry login")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Docker cannot")) && !text.contains(QStringLiteral("Docker's credential store")), qPrintable(text));
    QVERIFY2(!everyCommand(d).contains(QStringLiteral("docker login")), qPrintable(everyCommand(d)));
    // The checks that read Helm's files are named for Helm, also in a report read back (rendered again).
    Diagnosis back;
    QString problem;
    QVERIFY2(readJsonReport(writeJsonReport(d, Redactor()), &back, &problem), qPrintable(problem));
    for (const Diagnosis &seen : {d, back}) {
        QStringList titles;
        for (const ProbeResult &p : seen.probes)
            titles << p.title;
        QVERIFY2(titles.contains(QStringLiteral("Helm's login files")) && titles.contains(QStringLiteral("Helm's stored login")),
                 qPrintable(titles.join(QLatin1Char('|'))));
        QVERIFY2(!titles.contains(QStringLiteral("Docker's stored login")) && !titles.contains(QStringLiteral("Docker configuration")),
                 qPrintable(titles.join(QLatin1Char('|'))));
    }

    CheckOptions podman = optionsFor(QStringLiteral("healthy"), false);
    podman.client = RegistryClient::Podman;
    QCOMPARE(causes(podman, &d), QStringList{QStringLiteral("no-credentials")});
    QCOMPARE(d.client, QStringLiteral("podman"));
    text = everyText(d);
    QVERIFY2(text.contains(QStringLiteral("none were given and Podman has none saved for contoso.azurecr.io")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Podman has nothing saved for this registry. Podman then tries")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Docker has")), qPrintable(text));
    const QString commands = everyCommand(d);
    QVERIFY2(commands.contains(QStringLiteral("podman login contoso.azurecr.io --username")), qPrintable(commands));
    QVERIFY2(!commands.contains(QStringLiteral("docker login")), qPrintable(commands));

    // Podman runs the helper its auth file names for the registry (credHelpers), and stops when it
    // cannot: its store is what fails, not a missing login.
    QFile auth(m_home->filePath(QStringLiteral("auth.json")));
    QVERIFY(auth.open(QIODevice::WriteOnly));
    auth.write(R"({"credHelpers":{"contoso.azurecr.io":"desktop"}})");
    auth.close();
    QCOMPARE(causes(podman, &d), QStringList{QStringLiteral("credential-store-failing")});
    text = everyText(d);
    QVERIFY2(text.contains(QStringLiteral("Podman's credential store is not working")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("remove the store from \"credHelpers\" in that file so that Podman keeps logins in a file; "
                                          "then sign in again with podman login")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Docker's")) && !text.contains(QStringLiteral("Docker cannot")), qPrintable(text));
    QVERIFY2(!everyCommand(d).contains(QStringLiteral("docker login")), qPrintable(everyCommand(d)));

    // A damaged saved login ("auth" without a user:password pair) in Helm's registry config is
    // reported as Helm's, in Helm's file (Podman skips such an entry, as containers/image does).
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(R"({"auths":{"contoso.azurecr.io":{"auth":"bm90LWEtcGFpcg=="}}})"); // base64 of "not-a-pair"
    f.close();
    causes(helm, &d);
    text = everyText(d);
    QVERIFY2(text.contains(QStringLiteral("Helm's login file has an entry for contoso.azurecr.io, but its saved login is damaged, "
                                          "so Helm has nothing usable")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Docker has nothing usable")), qPrintable(text));
    // The same in Docker's own file, for Docker.
    writeDockerConfig(R"({"auths":{"contoso.azurecr.io":{"auth":"bm90LWEtcGFpcg=="}}})");
    CheckOptions docker = optionsFor(QStringLiteral("healthy"), false);
    causes(docker, &d);
    text = everyText(d);
    // The file as the system writes its paths (backslashes on Windows).
    QVERIFY2(text.contains(QStringLiteral("Docker's login file ") + QDir::toNativeSeparators(m_home->filePath(QStringLiteral(".docker/config.json")))
                           + QStringLiteral(" has an entry for contoso.azurecr.io, but its saved login is damaged")), qPrintable(text));
}

QTEST_GUILESS_MAIN(LocalCausesTest)
#include "tst_local_causes.moc"
