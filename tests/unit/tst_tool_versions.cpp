// Docker and Azure CLI version output, including the real output of this machine's docker client
// with no daemon (tests/unit/data/docker_version/*, captured from Docker 28.2.2).
#include "docker/tool_versions.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using rd::DockerVersionInfo;
using rd::parseAzureCliVersion;
using rd::parseDockerVersion;
using rd::parseLooseVersion;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(RD_SOURCE_DIR "/tests/unit/data/docker_version/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray("missing fixture");
    return f.readAll();
}

const QByteArray kLinuxDaemonDown =
    "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n";
const QByteArray kWindowsDaemonDown =
    "error during connect: this error may indicate that the docker daemon is not running: Get "
    "\"http://%2F%2F.%2Fpipe%2Fdocker_engine/v1.24/version\": open //./pipe/docker_engine: The system cannot "
    "find the file specified.\r\n";

const QByteArray kTextWithServer =
    "Client: Docker Engine - Community\n"
    " Version:           24.0.7\n"
    " API version:       1.43\n"
    " Go version:        go1.20.10\n"
    " Git commit:        afdd53b\n"
    " Built:             Thu Oct 26 09:07:41 2023\n"
    " OS/Arch:           linux/amd64\n"
    " Context:           rootless\n"
    "\n"
    "Server: Docker Engine - Community\n"
    " Engine:\n"
    "  Version:          24.0.6\n"
    "  API version:      1.43 (minimum version 1.12)\n"
    " containerd:\n"
    "  Version:          1.6.26\n"
    " runc:\n"
    "  Version:          1.1.10\n";

const QByteArray kOldText =
    "Client:\r\n"
    " Version:      17.09.0-ce\r\n"
    " API version:  1.32\r\n"
    " Go version:   go1.8.3\r\n"
    " OS/Arch:      windows/amd64\r\n"
    "\r\n"
    "Server:\r\n"
    " Version:      17.09.1-ce\r\n"
    " API version:  1.32 (minimum version 1.12)\r\n";

} // namespace

class TestToolVersions : public QObject
{
    Q_OBJECT

private slots:
    void podmanDockerEmulation_isPodmanNotAnOldDocker_data();
    void podmanDockerEmulation_isPodmanNotAnOldDocker();
    void looseVersion_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("version");
        QTest::newRow("plain") << "28.2.2" << "28.2.2";
        QTest::newRow("docker ce") << "18.03.1-ce" << "18.3.1";
        QTest::newRow("debian") << "v20.10.7+dfsg1" << "20.10.7";
        QTest::newRow("debian no v") << "20.10.24+dfsg1" << "20.10.24";
        QTest::newRow("rc") << "25.0.0-rc.1" << "25.0.0";
        QTest::newRow("two parts") << "1.50" << "1.50";
        QTest::newRow("one part") << "7" << "7";
        QTest::newRow("spaces") << "  2.45.0 *" << "2.45.0";
        QTest::newRow("zeros") << "0.0.0" << "0.0.0";
        QTest::newRow("many segments capped") << "1.2.3.4.5.6" << "1.2.3.4";
        QTest::newRow("huge segment stops") << "1.99999999999999999999" << "1";
        QTest::newRow("leading zeros long") << "0000000000001.2" << "1.2";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("words") << "unknown" << "";
        QTest::newRow("dev") << "dev" << "";
        QTest::newRow("only v") << "v" << "";
    }
    void looseVersion()
    {
        QFETCH(QString, text);
        QFETCH(QString, version);
        QCOMPARE(parseLooseVersion(text).toString(), version);
    }

    void realJson_noDaemon_fromThisMachine()
    {
        const QByteArray out = fixture("json_no_daemon.stdout");
        const QByteArray err = fixture("json_no_daemon.stderr");
        QVERIFY(out.startsWith("{\"Client\""));
        const DockerVersionInfo info = parseDockerVersion(out, err);
        QVERIFY(info.clientParsed);
        QCOMPARE(info.clientVersionText, QStringLiteral("28.2.2"));
        QCOMPARE(info.clientVersion, QVersionNumber(28, 2, 2));
        QCOMPARE(info.os, QStringLiteral("linux/amd64"));
        QCOMPARE(info.context, QStringLiteral("default"));
        QVERIFY(!info.serverReachable);
        QVERIFY(info.serverVersion.isNull());
        QCOMPARE(info.serverError, QStringLiteral("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. "
                                                  "Is the docker daemon running?"));
    }

    void realText_noDaemon_fromThisMachine()
    {
        const DockerVersionInfo info =
            parseDockerVersion(fixture("text_no_daemon.stdout"), fixture("text_no_daemon.stderr"));
        QVERIFY(info.clientParsed);
        QCOMPARE(info.clientVersion, QVersionNumber(28, 2, 2));
        QCOMPARE(info.os, QStringLiteral("linux/amd64"));
        QCOMPARE(info.context, QStringLiteral("default"));
        QVERIFY(!info.serverReachable);
        QVERIFY(info.serverError.startsWith(QStringLiteral("Cannot connect to the Docker daemon")));
    }

    void jsonWithServer_readsBoth()
    {
        const QByteArray out =
            "{\"Client\":{\"Platform\":{\"Name\":\"Docker Engine - Community\"},\"Version\":\"24.0.7\","
            "\"ApiVersion\":\"1.43\",\"Os\":\"linux\",\"Arch\":\"arm64\",\"Context\":\"desktop-linux\"},"
            "\"Server\":{\"Platform\":{\"Name\":\"Docker Desktop 4.26.1\"},\"Components\":[{\"Name\":\"Engine\","
            "\"Version\":\"24.0.7\"}],\"Version\":\"24.0.7\",\"ApiVersion\":\"1.43\",\"Os\":\"linux\"}}\n";
        const DockerVersionInfo info = parseDockerVersion(out, QByteArray());
        QCOMPARE(info.clientVersion, QVersionNumber(24, 0, 7));
        QCOMPARE(info.os, QStringLiteral("linux/arm64"));
        QCOMPARE(info.context, QStringLiteral("desktop-linux"));
        QVERIFY(info.serverReachable);
        QCOMPARE(info.serverVersionText, QStringLiteral("24.0.7"));
        QCOMPARE(info.serverVersion, QVersionNumber(24, 0, 7));
        QVERIFY(info.serverError.isEmpty());
    }

    void jsonServerNull_windows_readsPipeError()
    {
        const QByteArray out = "{\"Client\":{\"Version\":\"27.3.1\",\"Os\":\"windows\",\"Arch\":\"amd64\","
                               "\"Context\":\"desktop-windows\"},\"Server\":null}\r\n";
        const DockerVersionInfo info = parseDockerVersion(out, kWindowsDaemonDown);
        QCOMPARE(info.clientVersion, QVersionNumber(27, 3, 1));
        QCOMPARE(info.os, QStringLiteral("windows/amd64"));
        QVERIFY(!info.serverReachable);
        QVERIFY(info.serverError.startsWith(QStringLiteral("error during connect: ")));
        QVERIFY(info.serverError.contains(QStringLiteral("open //./pipe/docker_engine: The system cannot find")));
        QVERIFY(!info.serverError.contains(QLatin1Char('\r')));
    }

    void jsonWithLeadingNoise_isFound()
    {
        const QByteArray out = "some wrapper banner\n{\"Client\":{\"Version\":\"26.1.0\"},\"Server\":null}\n";
        const DockerVersionInfo info = parseDockerVersion(out, QByteArray());
        QCOMPARE(info.clientVersion, QVersionNumber(26, 1, 0));
        QVERIFY(info.os.isEmpty());
        QVERIFY(info.context.isEmpty());
    }

    void textWithServer_readsEngineVersion()
    {
        const DockerVersionInfo info = parseDockerVersion(kTextWithServer, QByteArray());
        QCOMPARE(info.clientVersionText, QStringLiteral("24.0.7"));
        QCOMPARE(info.context, QStringLiteral("rootless"));
        QVERIFY(info.serverReachable);
        QCOMPARE(info.serverVersionText, QStringLiteral("24.0.6")); // not containerd's 1.6.26
        QCOMPARE(info.serverVersion, QVersionNumber(24, 0, 6));
    }

    void oldText_withCarriageReturns()
    {
        const DockerVersionInfo info = parseDockerVersion(kOldText, QByteArray());
        QCOMPARE(info.clientVersionText, QStringLiteral("17.09.0-ce"));
        QCOMPARE(info.clientVersion, QVersionNumber(17, 9, 0));
        QCOMPARE(info.os, QStringLiteral("windows/amd64"));
        QVERIFY(info.context.isEmpty());
        QCOMPARE(info.serverVersion, QVersionNumber(17, 9, 1));
        QVERIFY(info.serverReachable);
    }

    void serverError_prefersTheDaemonLine_data()
    {
        QTest::addColumn<QByteArray>("err");
        QTest::addColumn<QString>("line");
        QTest::newRow("after a warning") << QByteArray("WARNING: Error loading config file: x\n") + kLinuxDaemonDown
                                         << "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is "
                                            "the docker daemon running?";
        QTest::newRow("permission denied")
            << QByteArray("permission denied while trying to connect to the Docker daemon socket at "
                          "unix:///var/run/docker.sock: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.50/version\": dial "
                          "unix /var/run/docker.sock: connect: permission denied\n")
            << "permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: "
               "Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.50/version\": dial unix /var/run/docker.sock: connect: "
               "permission denied";
        QTest::newRow("unknown text") << QByteArray("\n\nsomething odd\x1b[0m\nsecond\n") << "something odd[0m";
        QTest::newRow("only warnings") << QByteArray("WARNING: a\n") << "";
        QTest::newRow("empty") << QByteArray() << "";
        QTest::newRow("long line capped") << QByteArray(1000, 'x') << QString(300, QLatin1Char('x'));
    }
    void serverError_prefersTheDaemonLine()
    {
        QFETCH(QByteArray, err);
        QFETCH(QString, line);
        const DockerVersionInfo info =
            parseDockerVersion("{\"Client\":{\"Version\":\"28.2.2\"},\"Server\":null}", err);
        QCOMPARE(info.serverError, line);
    }

    void garbageOutput_parsesNothing_data()
    {
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("json array") << QByteArray("[1,2]");
        QTest::newRow("other json") << QByteArray("{\"a\":1}");
        QTest::newRow("client not object") << QByteArray("{\"Client\":\"28.2.2\"}");
        QTest::newRow("binary") << QByteArray("\x00\xff\x10\x80", 4);
        QTest::newRow("usage text") << QByteArray("docker: 'version' accepts no arguments.\nSee 'docker version --help'.");
        QTest::newRow("client without version") << QByteArray("Client:\n API version: 1.50\n");
    }
    void garbageOutput_parsesNothing()
    {
        QFETCH(QByteArray, out);
        const DockerVersionInfo info = parseDockerVersion(out, kLinuxDaemonDown);
        QVERIFY(!info.clientParsed);
        QVERIFY(info.clientVersion.isNull());
        QVERIFY(!info.serverReachable);
        QVERIFY(info.serverError.startsWith(QStringLiteral("Cannot connect")));
    }

    void randomBytes_neverCrash()
    {
        QRandomGenerator rng(11);
        const QByteArray pieces[] = {"Client:", "Server:", "\n", " Version: ", "1.2", "{", "}", "\"Client\"",
                                     ":", "null", "\xff", "-ce"};
        for (int round = 0; round < 2000; ++round) {
            QByteArray out;
            const int n = int(rng.bounded(0, 30));
            for (int i = 0; i < n; ++i)
                out += pieces[rng.bounded(12)];
            const DockerVersionInfo info = parseDockerVersion(out, out);
            QVERIFY(info.serverError.size() <= 300);
            QCOMPARE(info.clientParsed, !info.clientVersion.isNull());
        }
    }

    void azureCli_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("version");
        QTest::newRow("az version json")
            << QByteArray("{\n  \"azure-cli\": \"2.45.0\",\n  \"azure-cli-core\": \"2.45.0\",\n  \"azure-cli-telemetry\": "
                          "\"1.0.8\",\n  \"extensions\": {}\n}\n")
            << "2.45.0";
        QTest::newRow("az --version text")
            << QByteArray("azure-cli                         2.61.0 *\n\ncore                              2.61.0 *\n"
                          "telemetry                          1.1.0\n\nDependencies:\nmsal                     1.28.0\n")
            << "2.61.0";
        QTest::newRow("text core first") << QByteArray("azure-cli-core   9.9.9\nazure-cli   2.30.0\n") << "2.30.0";
        QTest::newRow("windows line ends") << QByteArray("azure-cli                         2.53.1\r\n\r\ncore  2.53.1\r\n")
                                           << "2.53.1";
        QTest::newRow("json without key") << QByteArray("{\"azure-cli-core\":\"2.45.0\"}") << "";
        QTest::newRow("json number") << QByteArray("{\"azure-cli\":2}") << "";
        QTest::newRow("error text") << QByteArray("'az' is not recognized as an internal or external command") << "";
        QTest::newRow("empty") << QByteArray() << "";
    }
    void azureCli()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, version);
        QCOMPARE(parseAzureCliVersion(output).toString(), version);
    }
};

// Debian 12's podman-docker (podman 4.3.1): /usr/bin/docker prints its notice on stderr and runs
// Podman, whose `version` has no Server and writes APIVersion/OsArch, or "Client: Podman Engine"
// with unindented keys (tests/unit/data/docker_version/podman_docker_*, captured on this machine).
void TestToolVersions::podmanDockerEmulation_isPodmanNotAnOldDocker_data()
{
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");
    QTest::newRow("json") << fixture("podman_docker_json.stdout") << fixture("podman_docker_json.stderr");
    QTest::newRow("text") << fixture("podman_docker_text.stdout") << fixture("podman_docker_text.stderr");
    QTest::newRow("json, notice quieted") << fixture("podman_docker_json.stdout") << QByteArray();
    QTest::newRow("text, notice quieted") << fixture("podman_docker_text.stdout") << QByteArray();
}

void TestToolVersions::podmanDockerEmulation_isPodmanNotAnOldDocker()
{
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    const DockerVersionInfo info = parseDockerVersion(out, err);
    QVERIFY(info.podman);
    QVERIFY(info.clientParsed);
    QCOMPARE(info.clientVersion, QVersionNumber(4, 3, 1));
    QCOMPARE(info.os, QStringLiteral("linux/amd64"));
    QVERIFY(!info.serverReachable);
    QVERIFY2(info.serverError.isEmpty(), qPrintable(info.serverError)); // the notice is not a daemon error

    // Docker's own output is not Podman.
    QVERIFY(!parseDockerVersion(fixture("json_no_daemon.stdout"), fixture("json_no_daemon.stderr")).podman);
    QVERIFY(!parseDockerVersion(kTextWithServer, QByteArray()).podman);
}

QTEST_GUILESS_MAIN(TestToolVersions)
#include "tst_tool_versions.moc"
