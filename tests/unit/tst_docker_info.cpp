// `docker info --format '{{json .}}'` as docker/cli prints it (tests/unit/data/docker_info/*, shaped
// after cli/command/system/info.go and moby's api/types/system/info.go): a Linux engine, Docker
// Desktop on macOS and on Windows (WSL 2), an engine inside WSL 2, one with proxies, insecure
// registries and mirrors, a remote context, the daemon down, and garbage.
#include "docker/docker_info.h"
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

QByteArray sample(const char *name)
{
    QFile f(QStringLiteral(RD_SOURCE_DIR "/tests/unit/data/docker_info/") + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QList<QHostAddress> addresses(std::initializer_list<const char *> list)
{
    QList<QHostAddress> out;
    for (const char *a : list)
        out << QHostAddress(QLatin1String(a));
    return out;
}

} // namespace

class TestDockerInfo : public QObject
{
    Q_OBJECT

private slots:
    void linuxEngine()
    {
        const DockerEngineInfo i = parseDockerInfo(sample("linux_engine.json"));
        QVERIFY(i.parsed);
        QCOMPARE(i.serverVersion, QStringLiteral("28.2.2"));
        QCOMPARE(i.name, QStringLiteral("build-01"));
        QCOMPARE(i.operatingSystem, QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
        QCOMPARE(i.osType, QStringLiteral("linux"));
        QCOMPARE(i.context, QStringLiteral("default"));
        QVERIFY(!i.dockerDesktop());
        QVERIFY(!i.wsl2());
        QVERIFY(i.httpsProxy.isEmpty() && i.noProxy.isEmpty());
        QCOMPARE(i.insecureCidrs, QStringList({QStringLiteral("::1/128"), QStringLiteral("127.0.0.0/8")}));
        QVERIFY(i.insecureRegistries.isEmpty());
        QCOMPARE(i.secureRegistries, QStringList{QStringLiteral("docker.io")});
        QVERIFY(i.mirrors.isEmpty());
        // The default insecure range: loopback, by address or by what a name resolves to.
        QVERIFY(i.skipsTls(QStringLiteral("127.0.0.1:5000"), {}));
        QVERIFY(i.skipsTls(QStringLiteral("[::1]:5000"), {}));
        QVERIFY(i.skipsTls(QStringLiteral("registry.local:5000"), addresses({"127.0.1.1"})));
        QVERIFY(!i.skipsTls(QStringLiteral("contoso.azurecr.io"), addresses({"20.62.128.10"})));
        QVERIFY(!i.skipsTls(QStringLiteral("docker.io"), addresses({"127.0.0.1"}))); // its entry says secure
    }

    void proxiesInsecureRegistriesAndMirrors()
    {
        const DockerEngineInfo i = parseDockerInfo(sample("linux_proxy_insecure_mirror.json"));
        QVERIFY(i.parsed);
        QCOMPARE(i.httpsProxy, QStringLiteral("http://xxxxx:xxxxx@proxy.contoso.com:3128")); // masked by the engine
        QCOMPARE(i.noProxy, QStringLiteral("localhost,127.0.0.0/8,.contoso.internal"));
        QCOMPARE(i.insecureRegistries, QStringList{QStringLiteral("registry.lan:5000")});
        QCOMPARE(i.mirrors, QStringList{QStringLiteral("https://mirror.gcr.io/")});
        QVERIFY(i.skipsTls(QStringLiteral("registry.lan:5000"), addresses({"192.168.1.20"})));
        QVERIFY(!i.skipsTls(QStringLiteral("registry.lan:5001"), addresses({"192.168.1.20"}))); // the port is part of the name
        QVERIFY(i.skipsTls(QStringLiteral("harbor.corp:443"), addresses({"10.20.3.4"})));         // 10.20.0.0/16
        QVERIFY(i.skipsTls(QStringLiteral("harbor.corp"), addresses({"::ffff:10.20.3.4"})));      // mapped IPv4
        QVERIFY(!i.skipsTls(QStringLiteral("harbor.corp"), {}));                                  // unresolved: secure
    }

    void dockerDesktopMacos()
    {
        const DockerEngineInfo i = parseDockerInfo(sample("desktop_macos.json"));
        QVERIFY(i.parsed);
        QVERIFY(i.dockerDesktop());
        QVERIFY(!i.wsl2());
        QCOMPARE(i.name, QStringLiteral("docker-desktop"));
        QCOMPARE(i.context, QStringLiteral("desktop-linux"));
        QCOMPARE(i.httpsProxy, QStringLiteral("http.docker.internal:3128"));
        QCOMPARE(i.insecureRegistries, QStringList{QStringLiteral("hubproxy.docker.internal:5555")});
    }

    void dockerDesktopWindowsOnWsl2()
    {
        const DockerEngineInfo i = parseDockerInfo(sample("desktop_windows_wsl2.json"));
        QVERIFY(i.dockerDesktop());
        QVERIFY(i.wsl2());
        QCOMPARE(i.kernelVersion, QStringLiteral("5.15.167.4-microsoft-standard-WSL2"));
    }

    void engineInsideWsl2()
    {
        const DockerEngineInfo i = parseDockerInfo(sample("wsl2_engine.json"));
        QVERIFY(!i.dockerDesktop());
        QVERIFY(i.wsl2());
        QCOMPARE(i.operatingSystem, QStringLiteral("Ubuntu 24.04.1 LTS"));
    }

    void remoteContext()
    {
        const DockerEngineInfo i = parseDockerInfo(sample("remote_context.json"));
        QCOMPARE(i.context, QStringLiteral("build-server"));
        // The context store: contexts/meta/<sha256 of the name>/meta.json, as docker context create writes it.
        QTemporaryDir config;
        QVERIFY(config.isValid());
        const QString hash = QString::fromLatin1(QCryptographicHash::hash("build-server", QCryptographicHash::Sha256).toHex());
        QVERIFY(QDir(config.path()).mkpath(QStringLiteral("contexts/meta/") + hash));
        QFile meta(config.filePath(QStringLiteral("contexts/meta/%1/meta.json").arg(hash)));
        QVERIFY(meta.open(QIODevice::WriteOnly));
        meta.write(R"({"Name":"build-server","Metadata":{"Description":"CI"},"Endpoints":{"docker":{"Host":"ssh:\/\/ci@build-server-01.contoso.internal","SkipTLSVerify":false}}})");
        meta.close();
        DockerEndpoint e = dockerEndpoint(i.context, QString(), config.path());
        QCOMPARE(e.host, QStringLiteral("ssh://ci@build-server-01.contoso.internal"));
        QCOMPARE(e.source, QStringLiteral("context"));
        QVERIFY(e.remote);
        // DOCKER_HOST counts for the default context; a local socket is not remote.
        e = dockerEndpoint(QStringLiteral("default"), QStringLiteral("tcp://10.0.0.5:2376"), config.path());
        QCOMPARE(e.source, QStringLiteral("DOCKER_HOST"));
        QVERIFY(e.remote);
        QVERIFY(!dockerEndpoint(QStringLiteral("default"), QStringLiteral("unix:///run/user/1000/docker.sock"), config.path()).remote);
        QVERIFY(!dockerEndpoint(QStringLiteral("default"), QStringLiteral("tcp://127.0.0.1:2375"), config.path()).remote);
        QVERIFY(!dockerEndpoint(QStringLiteral("default"), QString(), config.path()).remote);
        // A password in the address is never kept.
        QCOMPARE(dockerEndpoint(QStringLiteral("default"), QStringLiteral("tcp://ci:hunter2@10.0.0.5:2376"), config.path()).host,
                 QStringLiteral("tcp://ci@10.0.0.5:2376"));
        QCOMPARE(parseDockerInfo(R"j({"ServerVersion":"28","RegistryConfig":{"Mirrors":["https:\/\/u:p4ss@mirror.example"]}})j").mirrors,
                 QStringList{QStringLiteral("https://u@mirror.example")});
        // A context whose store entry is missing: nothing is claimed.
        QVERIFY(dockerEndpoint(QStringLiteral("gone"), QString(), config.path()).host.isEmpty());
    }

    void daemonDown_isNotAnEngine()
    {
        const DockerEngineInfo i = parseDockerInfo(sample("no_daemon.json"));
        QVERIFY(!i.parsed);
        QCOMPARE(i.context, QStringLiteral("default"));
    }

    void warningsAndGarbage_areTolerated_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("parsed");
        QTest::newRow("warning line before the JSON") << QByteArray("WARNING: No swap limit support\n") + sample("linux_engine.json") << true;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("binary") << QByteArray("\x01\x02\xff\xfe{\x00}", 7) << false;
        QTest::newRow("array") << QByteArray("[1,2,3]") << false;
        QTest::newRow("cut short") << sample("linux_engine.json").left(900) << false;
        QTest::newRow("wrong types") << QByteArray(R"({"ServerVersion":28,"OperatingSystem":["x"],"RegistryConfig":{"Mirrors":"m","InsecureRegistryCIDRs":[1,"10.0.0.0/8"],"IndexConfigs":[]},"HttpsProxy":{}})") << false;
        QTest::newRow("only a version") << QByteArray(R"({"ServerVersion":"29.0.0"})") << true;
        QTest::newRow("control characters") << QByteArray("{\"ServerVersion\":\"28\\u001b[31m\",\"Name\":\"a\\nb\"}") << true;
    }

    void warningsAndGarbage_areTolerated()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, parsed);
        const DockerEngineInfo i = parseDockerInfo(bytes);
        QCOMPARE(i.parsed, parsed);
        for (const QString &s : {i.serverVersion, i.name, i.operatingSystem, i.httpsProxy})
            for (QChar c : s)
                QVERIFY(c.unicode() >= 0x20 && c.unicode() != 0x7f);
        if (QTest::currentDataTag() == QByteArray("wrong types"))
            QCOMPARE(i.insecureCidrs, QStringList{QStringLiteral("10.0.0.0/8")});
        QVERIFY(!i.skipsTls(QStringLiteral("contoso.azurecr.io"), addresses({"20.62.128.10"})));
    }
};

QTEST_GUILESS_MAIN(TestDockerInfo)
#include "tst_docker_info.moc"
