// The verdict is the one the user's own client reaches. Each test sets up one case with real
// components: Debian's docker-registry behind TLS with a CA made here, htpasswd users, skopeo and the
// Docker CLI as the reference clients (the CLI signs in by itself when no daemon answers),
// docker-credential-pass with pass and a throwaway GPG key, docker-credential-secretservice without a
// D-Bus session. The reference client runs first, then registry-doctor-cli in the very same
// environment (HOME, PATH, proxy variables), and the two must agree. docs/fidelity.md lists the rows.
#include "practice/certificate_factory.h"
#include "practice/refusing_port.h"
#include "standin_bin.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace rd;

namespace {

QString proxyUrl(const RefusingPort &port)
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port.port());
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const QByteArray kUser = "alice";
const QByteArray kPassword = "s3cret-Fidelity";

} // namespace

class ClientFidelityTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void caInPodmanCertsD_skopeoSignsIn_toolTrustsThroughIt();
    void caNowhere_skopeoRefuses_toolSaysUntrusted();
    void caOnlyInDockerDesktopFolder_skopeoRefuses_podmanViewUntrusted();
    void loopbackUntrusted_dockerSignsIn_toolFollowsDocker();
    void localhostWithDeadProxy_skopeoSignsIn_noProxyProblem();
    void passNotInitialised_dockerLoginFails_toolSaysPassNotInitialised();
    void noConfigDefaultPassStore_dockerFindsLogin_toolFindsItToo();
    void skopeoLogin_podmanFindsIt_dockerDoesNot_toolAgreesWithEach();
    void passKeyRemoved_toolSaysKeyMissing();
    void secretserviceWithoutDbus_dockerLoginFails_toolSaysNoDesktopSession();
    void missingRepository_skopeoSaysManifestUnknown_toolSaysRepositoryNotFound();
    void plainHttpRegistry_skopeoRefusesHttp_toolSaysPlainHttp();
    void realProxy_skopeoTunnelsThroughIt_toolGoesThroughItToo();
    void proxyRefusesThePort_skopeoFails_toolSaysProxyProblem();
    void emptySecretOnStdin_dockerLoginFails_toolSaysCiSecretMissing();
    void helmsStores_helmFileThenDefaultPassThenDockers_toolFollowsTheChain();
    void insecureRegistryInEngine_dockerSkipsTls_toolSaysSoNotUntrusted();
    void engineProxyDiffers_goThroughItFails_toolNamesTheDifference();
    void buildxBuilderWithoutTheCa_onlyDockerTrustsIt_toolSaysBuildsFail();

private:
    Run run(const QString &program, const QStringList &args, const QByteArray &input = QByteArray(), int timeoutMs = 60000);
    Run tool(const QStringList &extra, const QString &client, bool withPassword);
    // The reference client: `skopeo login [extra] --username kUser --password-stdin REGISTRY`, the password on stdin.
    Run skopeoLogin(const QString &registry, const QStringList &extra = {});
    QStringList causes(const Run &r);
    QJsonObject probe(const Run &r, const QString &id);
    void putCa(const QString &root, const QString &host = QStringLiteral("127.0.0.1"));
    void makeGpgKeyAndInitPass();
    // Starts tinyproxy on loopback (CONNECT allowed to `connectPort` only, 0: any port); its log
    // goes to `log`. Returns the proxy's URL, empty when it did not start.
    QString startTinyproxy(QProcess &proxy, quint16 connectPort, const QString &log);
    // The proxy cases' setup: tinyproxy as HTTPS_PROXY, the registry's CA where skopeo looks for
    // its LAN address; then `skopeo login` through it.
    Run skopeoLoginThroughTinyproxy(QProcess &proxy, quint16 connectPort, const QString &log);
    // The Docker engine: no daemon can run here, so `docker` is the stand-in (tests/standins/standin_main.cpp),
    // answering `docker version` as Docker 28.2.2 with a daemon and `docker info` with the Linux
    // engine sample (tests/unit/data/docker_info/linux_engine.json) changed by `edit`.
    void useStandinEngine(const std::function<void(QJsonObject &)> &edit);
    QString registry(const QString &host = QStringLiteral("127.0.0.1")) const
    {
        return host + QLatin1Char(':') + QString::number(m_port);
    }

    QTemporaryDir m_dir;
    GeneratedCertificate m_ca;
    quint16 m_port = 0;
    QHostAddress m_lan; // a non-loopback address of this machine the registry listens on too
    QProcess m_registry;
    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_env;
};

void ClientFidelityTest::initTestCase()
{
#ifdef Q_OS_WIN
    // The reference clients and stores (docker-registry, skopeo, pass, tinyproxy) are Debian's; on
    // Windows the matrix's rules are covered by tst_client_trust, tst_proxy_settings and tst_containers_auth.
    QSKIP("the real clients compared here are Linux programs");
#endif
    const QStringList needed{QStringLiteral("docker-registry"), QStringLiteral("skopeo"), QStringLiteral("htpasswd"),
                             QStringLiteral("docker"), QStringLiteral("pass"), QStringLiteral("gpg"),
                             QStringLiteral("docker-credential-pass"), QStringLiteral("docker-credential-secretservice"),
                             QStringLiteral("tinyproxy")};
    for (const QString &program : needed)
        if (QStandardPaths::findExecutable(program).isEmpty()) {
            if (qEnvironmentVariableIsSet("CI"))
                QFAIL(qPrintable(QStringLiteral("%1 is not installed (scripts/install-deps.sh installs it)").arg(program)));
            QSKIP(qPrintable(QStringLiteral("%1 is not installed (scripts/install-deps.sh installs it)").arg(program)));
        }
    QVERIFY(m_dir.isValid());

    CertificateRequest caRequest;
    caRequest.commonName = QStringLiteral("Registry Doctor Fidelity CA");
    m_ca = CertificateFactory::createCertificateAuthority(caRequest);
    QVERIFY(!m_ca.isNull());
    CertificateRequest leafRequest;
    leafRequest.commonName = QStringLiteral("127.0.0.1");
    leafRequest.dnsNames = {QStringLiteral("localhost")};
    leafRequest.ipAddresses = {QHostAddress(QHostAddress::LocalHost)};
    // Go never proxies loopback: the proxy cases need an address that is not.
    for (const QHostAddress &a : QNetworkInterface::allAddresses())
        if (m_lan.isNull() && a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal())
            m_lan = a;
    if (!m_lan.isNull())
        leafRequest.ipAddresses << m_lan;
    const GeneratedCertificate leaf = CertificateFactory::createServerCertificate(leafRequest, m_ca);
    QVERIFY(!leaf.isNull());
    auto write = [this](const QString &name, const QByteArray &data) {
        QFile f(m_dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
    };
    QVERIFY(write(QStringLiteral("server.crt"), leaf.certificatePem + m_ca.certificatePem));
    QVERIFY(write(QStringLiteral("server.key"), leaf.keyPem));

    const Run htpasswd = run(QStringLiteral("htpasswd"), {QStringLiteral("-Bbn"), QString::fromLatin1(kUser), QString::fromLatin1(kPassword)});
    QCOMPARE(htpasswd.exitCode, 0);
    QVERIFY(write(QStringLiteral("htpasswd"), htpasswd.out));

    {
        QTcpServer probePort;
        QVERIFY(probePort.listen(QHostAddress::LocalHost, 0));
        m_port = probePort.serverPort();
    }
    const QByteArray config = QStringLiteral(
        "version: 0.1\n"
        "log:\n  level: error\n"
        "storage:\n  filesystem:\n    rootdirectory: %1\n"
        "http:\n  addr: %6:%2\n  tls:\n    certificate: %3\n    key: %4\n"
        "auth:\n  htpasswd:\n    realm: fidelity\n    path: %5\n")
        .arg(m_dir.filePath(QStringLiteral("data")))
        .arg(m_port)
        .arg(m_dir.filePath(QStringLiteral("server.crt")), m_dir.filePath(QStringLiteral("server.key")),
             m_dir.filePath(QStringLiteral("htpasswd")), m_lan.isNull() ? QStringLiteral("127.0.0.1") : QStringLiteral("0.0.0.0"))
        .toUtf8();
    QVERIFY(write(QStringLiteral("config.yml"), config));
    m_registry.setProcessChannelMode(QProcess::MergedChannels);
    m_registry.start(QStringLiteral("docker-registry"), {QStringLiteral("serve"), m_dir.filePath(QStringLiteral("config.yml"))});
    QVERIFY(m_registry.waitForStarted());
    bool up = false;
    for (int i = 0; i < 100 && !up; ++i) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_port);
        up = s.waitForConnected(100);
        if (!up)
            QTest::qWait(50);
    }
    QVERIFY2(up, m_registry.readAll().constData());
}

void ClientFidelityTest::cleanupTestCase()
{
    if (m_registry.state() != QProcess::NotRunning) {
        m_registry.kill();
        m_registry.waitForFinished();
    }
}

void ClientFidelityTest::init()
{
    // A fresh account for every case: its own HOME (Docker's and containers' files, pass, GnuPG),
    // no proxy, no desktop session, no auth file left from elsewhere.
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("HOME"), m_home->path());
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home->path());
    for (const char *v : {"DOCKER_CONFIG", "REGISTRY_AUTH_FILE", "XDG_CONFIG_HOME", "HTTPS_PROXY", "https_proxy",
                          "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy", "PASSWORD_STORE_DIR", "GNUPGHOME",
                          "DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "SSL_CERT_FILE", "SSL_CERT_DIR"})
        m_env.remove(QLatin1String(v));
    QDir(m_home->path()).mkpath(QStringLiteral(".docker"));
}

void ClientFidelityTest::cleanup()
{
    // Key generation and pass start GnuPG's agent for this HOME; nothing of a case outlives it.
    if (QFileInfo::exists(m_home->filePath(QStringLiteral(".gnupg"))))
        run(QStringLiteral("gpgconf"), {QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
}

Run ClientFidelityTest::run(const QString &program, const QStringList &args, const QByteArray &input, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(m_env.isEmpty() ? QProcessEnvironment::systemEnvironment() : m_env);
    p.start(program, args);
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

Run ClientFidelityTest::tool(const QStringList &extra, const QString &client, bool withPassword)
{
    QStringList args{QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("--client"), client, QStringLiteral("--timeout"), QStringLiteral("10")};
    if (withPassword)
        args << QStringLiteral("--username") << QString::fromLatin1(kUser) << QStringLiteral("--password-stdin");
    args << extra;
    const Run r = run(QStringLiteral(RD_CLI_PATH), args, withPassword ? kPassword : QByteArray());
    // The whole report, to read when a comparison fails (the failure message shows only its start).
    QFile dump(QDir::temp().filePath(QStringLiteral("tst_client_fidelity-%1.json").arg(QLatin1String(QTest::currentTestFunction()))));
    if (dump.open(QIODevice::WriteOnly))
        dump.write(r.out);
    return r;
}

// The causes that concern the sign-in. This machine runs no Docker daemon (the Docker CLI signs in
// by itself), so "docker-daemon-not-running" is true here and not part of any comparison.
QStringList ClientFidelityTest::causes(const Run &r)
{
    QStringList ids;
    for (const QJsonValue &c : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("causes")).toArray())
        ids << c.toObject().value(QStringLiteral("id")).toString();
    ids.removeAll(QStringLiteral("docker-daemon-not-running"));
    return ids;
}

Run ClientFidelityTest::skopeoLogin(const QString &registry, const QStringList &extra)
{
    return run(QStringLiteral("skopeo"), QStringList{QStringLiteral("login")} + extra
                                             + QStringList{QStringLiteral("--username"), QString::fromLatin1(kUser), QStringLiteral("--password-stdin"), registry},
               kPassword);
}

QJsonObject ClientFidelityTest::probe(const Run &r, const QString &id)
{
    for (const QJsonValue &p : QJsonDocument::fromJson(r.out).object().value(QStringLiteral("probes")).toArray())
        if (p.toObject().value(QStringLiteral("id")).toString() == id)
            return p.toObject();
    return {};
}

void ClientFidelityTest::putCa(const QString &root, const QString &host)
{
    const QString folder = QDir(root).filePath(registry(host));
    QVERIFY(QDir().mkpath(folder));
    QFile f(QDir(folder).filePath(QStringLiteral("ca.crt")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_ca.certificatePem);
}

void ClientFidelityTest::makeGpgKeyAndInitPass()
{
    const QString gnupg = m_home->filePath(QStringLiteral(".gnupg"));
    QVERIFY(QDir().mkpath(gnupg));
    QFile::setPermissions(gnupg, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const Run key = run(QStringLiteral("gpg"), {QStringLiteral("--batch"), QStringLiteral("--passphrase"), QString(),
                                                QStringLiteral("--quick-generate-key"), QStringLiteral("Fidelity <fidelity@test.invalid>"),
                                                QStringLiteral("default"), QStringLiteral("default"), QStringLiteral("never")});
    QVERIFY2(key.exitCode == 0, key.err.constData());
    const Run init = run(QStringLiteral("pass"), {QStringLiteral("init"), QStringLiteral("fidelity@test.invalid")});
    QVERIFY2(init.exitCode == 0, init.err.constData());
}

void ClientFidelityTest::caInPodmanCertsD_skopeoSignsIn_toolTrustsThroughIt()
{
    putCa(m_home->filePath(QStringLiteral(".config/containers/certs.d")));
    const Run skopeo = skopeoLogin(registry());
    QVERIFY2(skopeo.exitCode == 0, skopeo.err.constData());

    const Run r = tool({registry()}, QStringLiteral("podman"), true);
    QVERIFY2(causes(r).isEmpty(), r.out.constData());
    const QJsonObject tls = probe(r, QStringLiteral("tls"));
    QCOMPARE(tls.value(QStringLiteral("status")).toString(), QStringLiteral("warn"));
    QVERIFY(tls.value(QStringLiteral("detail")).toString().contains(QStringLiteral(".config/containers/certs.d")));
    QCOMPARE(probe(r, QStringLiteral("credentials")).value(QStringLiteral("status")).toString(), QStringLiteral("pass"));

    // Row 22: Helm reads no certs.d folder (Go's roots and --ca-file only): untrusted for Helm.
    const Run helm = tool({registry()}, QStringLiteral("helm"), true);
    QVERIFY2(causes(helm).contains(QStringLiteral("tls-untrusted-certificate")), helm.out.constData());
}

void ClientFidelityTest::caNowhere_skopeoRefuses_toolSaysUntrusted()
{
    const Run skopeo = skopeoLogin(registry());
    QVERIFY(skopeo.exitCode != 0);
    QVERIFY(skopeo.err.contains("x509"));

    const Run r = tool({registry()}, QStringLiteral("podman"), true);
    QVERIFY2(causes(r).contains(QStringLiteral("tls-untrusted-certificate")), r.out.constData());
}

void ClientFidelityTest::caOnlyInDockerDesktopFolder_skopeoRefuses_podmanViewUntrusted()
{
    // ~/.docker/certs.d is Docker Desktop's folder; containers/image never reads it.
    putCa(m_home->filePath(QStringLiteral(".docker/certs.d")));
    const Run skopeo = skopeoLogin(registry());
    QVERIFY(skopeo.exitCode != 0);
    const Run podman = tool({registry()}, QStringLiteral("podman"), true);
    QVERIFY2(causes(podman).contains(QStringLiteral("tls-untrusted-certificate")), podman.out.constData());
}

void ClientFidelityTest::loopbackUntrusted_dockerSignsIn_toolFollowsDocker()
{
    // Docker does not verify registries on 127.0.0.0/8. No credential store here: Docker keeps the
    // login in its file (a PATH without pass and the helpers, so neither finds a default store).
    QTemporaryDir bin;
    QVERIFY(bin.isValid());
    QVERIFY(QFile::link(QStandardPaths::findExecutable(QStringLiteral("docker")), bin.filePath(QStringLiteral("docker"))));
    m_env.insert(QStringLiteral("PATH"), bin.path());
    const Run docker = run(bin.filePath(QStringLiteral("docker")),
                           {QStringLiteral("login"), registry(), QStringLiteral("--username"), QString::fromLatin1(kUser),
                            QStringLiteral("--password-stdin")},
                           kPassword);
    QVERIFY2(docker.exitCode == 0, docker.err.constData());

    const Run r = tool({registry()}, QStringLiteral("docker"), false); // what Docker saved
    const QStringList found = causes(r);
    QVERIFY2(!found.contains(QStringLiteral("tls-untrusted-certificate")), r.out.constData());
    QVERIFY2(!found.contains(QStringLiteral("no-credentials")), r.out.constData());
    QVERIFY2(!found.contains(QStringLiteral("credentials-invalid")), r.out.constData());
    QCOMPARE(probe(r, QStringLiteral("credentials")).value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    QVERIFY(probe(r, QStringLiteral("tls")).value(QStringLiteral("detail")).toString().contains(QStringLiteral("127.0.0.0/8")));
}

void ClientFidelityTest::localhostWithDeadProxy_skopeoSignsIn_noProxyProblem()
{
    const RefusingPort dead;
    QVERIFY(dead.port() != 0);
    const QString proxy = proxyUrl(dead);
    m_env.insert(QStringLiteral("HTTPS_PROXY"), proxy);
    putCa(m_home->filePath(QStringLiteral(".config/containers/certs.d")), QStringLiteral("localhost"));
    const Run skopeo = skopeoLogin(registry(QStringLiteral("localhost")));
    QVERIFY2(skopeo.exitCode == 0, skopeo.err.constData());

    const Run r = tool({registry(QStringLiteral("localhost"))}, QStringLiteral("podman"), true);
    QVERIFY2(!causes(r).contains(QStringLiteral("proxy-problem")), r.out.constData());
    QVERIFY2(causes(r).isEmpty(), r.out.constData());
    QVERIFY(probe(r, QStringLiteral("proxy")).value(QStringLiteral("evidence")).toObject()
                .value(QStringLiteral("loopbackNeverProxied")).toBool());
}

QString ClientFidelityTest::startTinyproxy(QProcess &proxy, quint16 connectPort, const QString &log)
{
    quint16 port = 0;
    {
        QTcpServer probePort;
        if (!probePort.listen(QHostAddress::LocalHost, 0))
            return {};
        port = probePort.serverPort();
    }
    QString config = QStringLiteral("Port %1\nListen 127.0.0.1\nAllow 127.0.0.1\nTimeout 30\nMaxClients 20\nLogLevel Connect\nLogFile \"%2\"\n")
                         .arg(port)
                         .arg(log);
    if (connectPort)
        config += QStringLiteral("ConnectPort %1\n").arg(connectPort);
    QFile f(m_home->filePath(QStringLiteral("tinyproxy.conf")));
    if (!f.open(QIODevice::WriteOnly) || f.write(config.toUtf8()) != config.toUtf8().size())
        return {};
    f.close();
    proxy.setProcessChannelMode(QProcess::MergedChannels);
    proxy.start(QStringLiteral("tinyproxy"), {QStringLiteral("-d"), QStringLiteral("-c"), f.fileName()});
    if (!proxy.waitForStarted())
        return {};
    for (int i = 0; i < 100; ++i) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (s.waitForConnected(100))
            return QStringLiteral("http://127.0.0.1:%1").arg(port);
        QTest::qWait(50);
    }
    return {};
}

Run ClientFidelityTest::skopeoLoginThroughTinyproxy(QProcess &proxy, quint16 connectPort, const QString &log)
{
    const QString url = startTinyproxy(proxy, connectPort, log);
    if (url.isEmpty())
        return {-3, {}, "tinyproxy did not start: " + proxy.readAll()};
    m_env.insert(QStringLiteral("HTTPS_PROXY"), url);
    const QString host = m_lan.toString();
    putCa(m_home->filePath(QStringLiteral(".config/containers/certs.d")), host);
    return skopeoLogin(registry(host));
}

// tinyproxy as the company proxy, the registry on this machine's LAN address (Go proxies it):
// skopeo tunnels through the proxy and signs in; the tool goes through the same proxy and agrees.
void ClientFidelityTest::realProxy_skopeoTunnelsThroughIt_toolGoesThroughItToo()
{
    if (m_lan.isNull())
        QSKIP("this machine has no non-loopback IPv4 address (Go never proxies loopback)");
    QProcess tinyproxy;
    const QString log = m_home->filePath(QStringLiteral("tinyproxy.log"));
    const Run skopeo = skopeoLoginThroughTinyproxy(tinyproxy, 0, log);
    const QString host = m_lan.toString();
    QVERIFY2(skopeo.exitCode == 0, skopeo.err.constData());
    auto connects = [&] {
        QFile f(log);
        return f.open(QIODevice::ReadOnly) ? f.readAll().count(QByteArray("CONNECT " + registry(host).toLatin1())) : 0;
    };
    const qsizetype bySkopeo = connects();
    QVERIFY2(bySkopeo > 0, "skopeo did not go through the proxy");

    const Run r = tool({registry(host)}, QStringLiteral("podman"), true);
    QVERIFY2(causes(r).isEmpty(), r.out.constData());
    QVERIFY2(connects() > bySkopeo, "the tool did not go through the proxy");
    tinyproxy.terminate();
    tinyproxy.waitForFinished();
}

// The same proxy allowing CONNECT to port 443 only, as many company proxies do: skopeo cannot
// reach the registry's port through it; the tool names the proxy, not the network or the password.
void ClientFidelityTest::proxyRefusesThePort_skopeoFails_toolSaysProxyProblem()
{
    if (m_lan.isNull())
        QSKIP("this machine has no non-loopback IPv4 address (Go never proxies loopback)");
    QProcess tinyproxy;
    const Run skopeo = skopeoLoginThroughTinyproxy(tinyproxy, 443, m_home->filePath(QStringLiteral("tinyproxy.log")));
    const QString host = m_lan.toString();
    QVERIFY2(skopeo.exitCode != 0 && skopeo.exitCode != -3, skopeo.err.constData());
    QVERIFY2(skopeo.err.contains("proxy") || skopeo.err.contains("Access violation"), skopeo.err.constData());

    const Run r = tool({registry(host)}, QStringLiteral("podman"), true);
    const QStringList found = causes(r);
    QVERIFY2(found.value(0) == QLatin1String("proxy-problem"), r.out.constData());
    QVERIFY2(!found.contains(QStringLiteral("credentials-invalid")), r.out.constData());
    // What was not tested says why truly: no secure session, not "not trusted"; and Docker's engine
    // is not a Podman user's problem.
    QVERIFY2(!r.out.contains("not trusted"), r.out.constData());
    QVERIFY2(!found.contains(QStringLiteral("docker-daemon-not-running")), r.out.constData());
    tinyproxy.terminate();
    tinyproxy.waitForFinished();
}

// A pipeline whose secret variable is not set pipes nothing into --password-stdin. Docker then
// tries to prompt and fails; it never falls back to the login it has stored. The tool says the
// secret is missing and does not sign in with the stored login either.
void ClientFidelityTest::emptySecretOnStdin_dockerLoginFails_toolSaysCiSecretMissing()
{
    QFile config(m_home->filePath(QStringLiteral(".docker/config.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QJsonDocument(QJsonObject{{QStringLiteral("auths"),
                                            QJsonObject{{registry(), QJsonObject{{QStringLiteral("auth"),
                                                                                  QString::fromLatin1((kUser + ':' + kPassword).toBase64())}}}}}})
                     .toJson());
    config.close();
    const Run docker = run(QStringLiteral("docker"), {QStringLiteral("login"), registry(), QStringLiteral("--username"),
                                                      QString::fromLatin1(kUser), QStringLiteral("--password-stdin")},
                           QByteArray());
    QVERIFY(docker.exitCode != 0);
    QVERIFY2(docker.err.contains("non TTY"), docker.err.constData());

    const Run r = tool({registry(), QStringLiteral("--username"), QString::fromLatin1(kUser), QStringLiteral("--password-stdin")},
                       QStringLiteral("docker"), false);
    const QStringList found = causes(r);
    QVERIFY2(found.value(0) == QLatin1String("ci-secret-missing"), r.out.constData());
    QCOMPARE(probe(r, QStringLiteral("credentials")).value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
}

void ClientFidelityTest::passNotInitialised_dockerLoginFails_toolSaysPassNotInitialised()
{
    QFile config(m_home->filePath(QStringLiteral(".docker/config.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"credsStore": "pass"})");
    config.close();
    const Run docker = run(QStringLiteral("docker"), {QStringLiteral("login"), registry(), QStringLiteral("--username"),
                                                      QString::fromLatin1(kUser), QStringLiteral("--password-stdin")},
                           kPassword);
    QVERIFY(docker.exitCode != 0);
    QVERIFY2(docker.err.contains("pass init"), docker.err.constData());

    const Run r = tool({registry()}, QStringLiteral("docker"), false);
    const QStringList found = causes(r);
    QVERIFY2(found.contains(QStringLiteral("credential-store-failing")), r.out.constData());
    QVERIFY2(!found.contains(QStringLiteral("no-credentials")), r.out.constData());
    QVERIFY(r.out.contains("pass init"));
}

void ClientFidelityTest::noConfigDefaultPassStore_dockerFindsLogin_toolFindsItToo()
{
    makeGpgKeyAndInitPass();
    QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral(".docker/config.json"))));
    const Run docker = run(QStringLiteral("docker"), {QStringLiteral("login"), registry(), QStringLiteral("--username"),
                                                      QString::fromLatin1(kUser), QStringLiteral("--password-stdin")},
                           kPassword);
    QVERIFY2(docker.exitCode == 0, docker.err.constData());
    // Docker saved it in pass (its default store here) and wrote no login into a file.
    QFile config(m_home->filePath(QStringLiteral(".docker/config.json")));
    if (config.open(QIODevice::ReadOnly))
        QVERIFY(!config.readAll().contains(kPassword.toBase64()));
    // The tool reads it from the same place, without a config file naming the store.
    QFile::remove(m_home->filePath(QStringLiteral(".docker/config.json")));
    const Run r = tool({registry()}, QStringLiteral("docker"), false);
    QVERIFY2(causes(r).isEmpty(), r.out.constData());
    QCOMPARE(probe(r, QStringLiteral("credential-store")).value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    QCOMPARE(probe(r, QStringLiteral("credentials")).value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
}

void ClientFidelityTest::skopeoLogin_podmanFindsIt_dockerDoesNot_toolAgreesWithEach()
{
    putCa(m_home->filePath(QStringLiteral(".config/containers/certs.d")));
    const Run login = skopeoLogin(registry());
    QVERIFY2(login.exitCode == 0, login.err.constData());
    const QString authFile = m_home->filePath(QStringLiteral("containers/auth.json"));   // $XDG_RUNTIME_DIR/containers
    QVERIFY(QFile::exists(authFile));
    // Skopeo uses the stored login without being given one (a wrong one would be refused).
    const Run tags = run(QStringLiteral("skopeo"), {QStringLiteral("list-tags"), QStringLiteral("docker://") + registry() + QStringLiteral("/nothing-here")});
    QVERIFY2(!tags.err.contains("authentication required") && !tags.err.contains("unauthorized"), tags.err.constData());

    // Podman's view: the login is found where skopeo put it, and it works.
    const Run podman = tool({registry()}, QStringLiteral("podman"), false);
    QVERIFY2(causes(podman).isEmpty(), podman.out.constData());
    const QJsonObject config = probe(podman, QStringLiteral("docker-config"));
    QVERIFY2(config.value(QStringLiteral("detail")).toString().contains(authFile), podman.out.constData());
    QCOMPARE(probe(podman, QStringLiteral("credentials")).value(QStringLiteral("status")).toString(), QStringLiteral("pass"));

    // Docker's view: Docker never reads containers' auth.json, so nothing is stored for it.
    const Run docker = tool({registry()}, QStringLiteral("docker"), false);
    QVERIFY2(!causes(docker).isEmpty(), docker.out.constData());
    QVERIFY(probe(docker, QStringLiteral("credentials")).value(QStringLiteral("status")).toString() != QStringLiteral("pass"));
}

void ClientFidelityTest::passKeyRemoved_toolSaysKeyMissing()
{
    makeGpgKeyAndInitPass();
    const Run docker = run(QStringLiteral("docker"), {QStringLiteral("login"), registry(), QStringLiteral("--username"),
                                                      QString::fromLatin1(kUser), QStringLiteral("--password-stdin")},
                           kPassword);
    QVERIFY2(docker.exitCode == 0, docker.err.constData());
    run(QStringLiteral("gpgconf"), {QStringLiteral("--kill"), QStringLiteral("gpg-agent")});
    QDir(m_home->filePath(QStringLiteral(".gnupg/private-keys-v1.d"))).removeRecursively();
    // The helper can no longer decrypt what pass holds.
    const Run helper = run(QStringLiteral("docker-credential-pass"), {QStringLiteral("get")}, registry().toUtf8());
    QVERIFY(helper.exitCode != 0 || !helper.out.contains(kPassword));

    const Run r = tool({registry()}, QStringLiteral("docker"), false);
    QVERIFY2(causes(r).contains(QStringLiteral("credential-store-failing")), r.out.constData());
    QVERIFY2(r.out.contains("fidelity@test.invalid"), r.out.constData());
}

void ClientFidelityTest::secretserviceWithoutDbus_dockerLoginFails_toolSaysNoDesktopSession()
{
    QFile config(m_home->filePath(QStringLiteral(".docker/config.json")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"({"credsStore": "secretservice"})");
    config.close();
    const Run docker = run(QStringLiteral("docker"), {QStringLiteral("login"), registry(), QStringLiteral("--username"),
                                                      QString::fromLatin1(kUser), QStringLiteral("--password-stdin")},
                           kPassword);
    QVERIFY(docker.exitCode != 0);

    const Run r = tool({registry()}, QStringLiteral("docker"), false);
    QVERIFY2(causes(r).contains(QStringLiteral("credential-store-failing")), r.out.constData());
    QVERIFY2(!causes(r).contains(QStringLiteral("no-credentials")), r.out.constData());
    QVERIFY2(r.out.contains("desktop session"), r.out.constData());
}

void ClientFidelityTest::missingRepository_skopeoSaysManifestUnknown_toolSaysRepositoryNotFound()
{
    putCa(m_home->filePath(QStringLiteral(".config/containers/certs.d")));
    const Run login = skopeoLogin(registry());
    QVERIFY2(login.exitCode == 0, login.err.constData());
    // The reference client: a real pull of a repository nobody pushed.
    const Run skopeo = run(QStringLiteral("skopeo"), {QStringLiteral("inspect"), QStringLiteral("docker://%1/helo:latest").arg(registry())});
    QVERIFY(skopeo.exitCode != 0);
    QVERIFY2(skopeo.err.contains("manifest unknown"), skopeo.err.constData());

    const Run r = tool({registry(), QStringLiteral("--repository"), QStringLiteral("helo")}, QStringLiteral("podman"), true);
    QCOMPARE(causes(r), QStringList{QStringLiteral("repository-not-found")});
    const QJsonObject manifest = probe(r, QStringLiteral("manifest"));
    QCOMPARE(manifest.value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QVERIFY2(manifest.value(QStringLiteral("detail")).toString().contains(registry() + QStringLiteral("/helo:latest")), r.out.constData());
    // Not "not allowed": the sign-in passed, and nothing was refused.
    QCOMPARE(probe(r, QStringLiteral("credentials")).value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
}

void ClientFidelityTest::plainHttpRegistry_skopeoRefusesHttp_toolSaysPlainHttp()
{
    quint16 port = 0;
    {
        QTcpServer probePort;
        QVERIFY(probePort.listen(QHostAddress::LocalHost, 0));
        port = probePort.serverPort();
    }
    QFile config(m_home->filePath(QStringLiteral("plain.yml")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QStringLiteral("version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: %1\n"
                                "http:\n  addr: 127.0.0.1:%2\n")
                     .arg(m_home->filePath(QStringLiteral("plain-data")))
                     .arg(port)
                     .toUtf8());
    config.close();
    QProcess plain;
    plain.setProcessChannelMode(QProcess::MergedChannels);
    plain.start(QStringLiteral("docker-registry"), {QStringLiteral("serve"), config.fileName()});
    QVERIFY(plain.waitForStarted());
    bool up = false;
    for (int i = 0; i < 100 && !up; ++i) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        up = s.waitForConnected(100);
        if (!up)
            QTest::qWait(50);
    }
    QVERIFY2(up, plain.readAll().constData());
    const QString server = QStringLiteral("127.0.0.1:%1").arg(port);

    const Run skopeo = run(QStringLiteral("skopeo"), {QStringLiteral("inspect"), QStringLiteral("docker://%1/hello:latest").arg(server)});
    QVERIFY(skopeo.exitCode != 0);
    QVERIFY2(skopeo.err.contains("server gave HTTP response to HTTPS client"), skopeo.err.constData());
    const Run podman = tool({server}, QStringLiteral("podman"), false);
    QCOMPARE(causes(podman), QStringList{QStringLiteral("plain-http-registry")});
    QCOMPARE(probe(podman, QStringLiteral("tls")).value(QStringLiteral("status")).toString(), QStringLiteral("fail"));

    // Docker uses plain HTTP for 127.0.0.0/8 by itself: a warning, never a cause.
    const Run docker = tool({server}, QStringLiteral("docker"), false);
    QVERIFY2(!causes(docker).contains(QStringLiteral("plain-http-registry")), docker.out.constData());
    QVERIFY2(!causes(docker).contains(QStringLiteral("network-unreachable")), docker.out.constData());
    QCOMPARE(probe(docker, QStringLiteral("tls")).value(QStringLiteral("status")).toString(), QStringLiteral("warn"));

    plain.kill();
    plain.waitForFinished();
}

QTEST_GUILESS_MAIN(ClientFidelityTest)
// Row 21. Helm (oras-go) asks its own registry config, then Docker's config.json; a file that names
// no store gets the platform's default (here pass, installed but never set up, whose helper answers
// "credentials not found"), which passes on. Debian 12 has no helm package: the files are written by
// skopeo (the same {"auths": {HOST: {"auth": ...}}} that helm registry login writes) and the helper
// is the real docker-credential-pass; Helm's reading rules are in tst_helm_registry_config.
void ClientFidelityTest::helmsStores_helmFileThenDefaultPassThenDockers_toolFollowsTheChain()
{
    const QString caFile = m_home->filePath(QStringLiteral("ca.pem"));
    {
        QFile f(caFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_ca.certificatePem);
    }
    putCa(m_home->filePath(QStringLiteral(".config/containers/certs.d")));
    const QString helmFile = m_home->filePath(QStringLiteral(".config/helm/registry/config.json"));
    const Run login = skopeoLogin(registry(), {QStringLiteral("--authfile"), helmFile});
    QVERIFY2(login.exitCode == 0, login.err.constData());

    // Helm's view: its own file holds the login, and it works.
    Run helm = tool({registry(), QStringLiteral("--ca-file"), caFile}, QStringLiteral("helm"), false);
    QVERIFY2(causes(helm).isEmpty(), helm.out.constData());
    QVERIFY2(probe(helm, QStringLiteral("docker-config")).value(QStringLiteral("detail")).toString().contains(helmFile),
             helm.out.constData());
    QCOMPARE(probe(helm, QStringLiteral("credentials")).value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    // Docker never reads Helm's file.
    const Run docker = tool({registry(), QStringLiteral("--ca-file"), caFile}, QStringLiteral("docker"), false);
    QVERIFY(probe(docker, QStringLiteral("credentials")).value(QStringLiteral("status")).toString() != QStringLiteral("pass"));

    // Without Helm's file: its store is pass (the default here), which has nothing, then Docker's file.
    QVERIFY(QFile::remove(helmFile));
    const QString dockerFile = m_home->filePath(QStringLiteral(".docker/config.json"));
    const Run dockerLogin = skopeoLogin(registry(), {QStringLiteral("--authfile"), dockerFile});
    QVERIFY2(dockerLogin.exitCode == 0, dockerLogin.err.constData());
    helm = tool({registry(), QStringLiteral("--ca-file"), caFile}, QStringLiteral("helm"), false);
    QVERIFY2(causes(helm).isEmpty(), helm.out.constData());
    const QJsonObject store = probe(helm, QStringLiteral("credential-store"));
    QCOMPARE(store.value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    const QString evidence = QString::fromUtf8(QJsonDocument(store).toJson(QJsonDocument::Compact));
    QVERIFY2(evidence.contains(QStringLiteral("docker-credential-pass")), qPrintable(evidence)); // asked first
    QCOMPARE(probe(helm, QStringLiteral("credentials")).value(QStringLiteral("status")).toString(), QStringLiteral("pass"));

    // Helm's own file broken: helm stops there, whatever Docker holds.
    QVERIFY(QDir().mkpath(QFileInfo(helmFile).absolutePath()));
    {
        QFile f(helmFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"auths\": ");
    }
    helm = tool({registry(), QStringLiteral("--ca-file"), caFile}, QStringLiteral("helm"), false);
    QCOMPARE(probe(helm, QStringLiteral("docker-config")).value(QStringLiteral("status")).toString(), QStringLiteral("fail"));
    QVERIFY(probe(helm, QStringLiteral("credentials")).value(QStringLiteral("status")).toString() != QStringLiteral("pass"));
    // helm registry login fails on that file too: the fix moves it aside before signing in again.
    QVERIFY2(helm.out.contains(QStringLiteral("mv -- %1 %1.broken").arg(helmFile).toUtf8()), helm.out.constData());
}

void ClientFidelityTest::useStandinEngine(const std::function<void(QJsonObject &)> &edit)
{
    QFile sample(QStringLiteral(RD_SOURCE_DIR "/tests/unit/data/docker_info/linux_engine.json"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    QJsonObject info = QJsonDocument::fromJson(sample.readAll()).object();
    edit(info);
    const QString file = m_home->filePath(QStringLiteral("docker-info.json"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(info).toJson(QJsonDocument::Compact));
    const QString bin = m_home->filePath(QStringLiteral("standin-bin"));
    QVERIFY(QDir().mkpath(bin));
    QVERIFY(QFile::link(rd::test::StandinBin::program(), QDir(bin).filePath(QStringLiteral("docker"))));
    m_env.insert(QStringLiteral("PATH"), bin + QLatin1Char(':') + m_env.value(QStringLiteral("PATH")));
    m_env.insert(QStringLiteral("RD_STANDIN_DOCKER_INFO"), file);
    m_env.insert(QStringLiteral("RD_STANDIN_DOCKER_INFO_STDERR"), QStringLiteral("WARNING: No swap limit support"));
}

void ClientFidelityTest::insecureRegistryInEngine_dockerSkipsTls_toolSaysSoNotUntrusted()
{
    // The registry on this machine's LAN address (loopback is always insecure to Docker: row 5),
    // with a certificate nobody trusts, listed in the engine's insecure registries.
    if (m_lan.isNull())
        QSKIP("this machine has no non-loopback address to serve the registry on");
    const QString reg = registry(m_lan.toString());
    // A verifying client refuses it; what the engine does for an insecure registry (moby's
    // isSecureIndex false: no verification, HTTP fallback) is what skopeo does with --tls-verify=false.
    const Run verifying = skopeoLogin(reg);
    QVERIFY(verifying.exitCode != 0);
    QVERIFY2(verifying.err.contains("x509"), verifying.err.constData());
    const Run likeDocker = skopeoLogin(reg, {QStringLiteral("--tls-verify=false")});
    QVERIFY2(likeDocker.exitCode == 0, likeDocker.err.constData());

    useStandinEngine([&reg](QJsonObject &info) {
        QJsonObject registryConfig = info.value(QStringLiteral("RegistryConfig")).toObject();
        QJsonObject indexes = registryConfig.value(QStringLiteral("IndexConfigs")).toObject();
        indexes.insert(reg, QJsonObject{{QStringLiteral("Name"), reg}, {QStringLiteral("Mirrors"), QJsonArray()},
                                        {QStringLiteral("Secure"), false}, {QStringLiteral("Official"), false}});
        registryConfig.insert(QStringLiteral("IndexConfigs"), indexes);
        info.insert(QStringLiteral("RegistryConfig"), registryConfig);
    });
    const Run docker = tool({reg}, QStringLiteral("docker"), true);
    const QStringList forDocker = causes(docker);
    QVERIFY2(forDocker.contains(QStringLiteral("docker-insecure-registry")), docker.out.constData());
    QVERIFY2(!forDocker.contains(QStringLiteral("tls-untrusted-certificate")), docker.out.constData());
    QCOMPARE(probe(docker, QStringLiteral("docker-daemon")).value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    const Run podman = tool({reg}, QStringLiteral("podman"), true);
    QVERIFY2(causes(podman).contains(QStringLiteral("tls-untrusted-certificate")), podman.out.constData());
    QVERIFY2(!causes(podman).contains(QStringLiteral("docker-insecure-registry")), podman.out.constData());
}

void ClientFidelityTest::engineProxyDiffers_goThroughItFails_toolNamesTheDifference()
{
    // The terminal has no proxy; the engine's own settings send registry traffic through a proxy
    // nobody answers on. Pulls, pushes and the sign-in go through the engine, so they fail.
    if (m_lan.isNull())
        QSKIP("this machine has no non-loopback address to serve the registry on (Go never proxies loopback)");
    const QString reg = registry(m_lan.toString());
    putCa(m_home->filePath(QStringLiteral(".docker/certs.d")), m_lan.toString());
    const QString certDir = m_home->filePath(QStringLiteral(".docker/certs.d/") + reg);
    const RefusingPort dead;
    QVERIFY(dead.port() != 0);
    const QString proxy = proxyUrl(dead);
    // Go's proxy rules, as the engine applies them: with the engine's setting it fails, without it works.
    const Run direct = skopeoLogin(reg, {QStringLiteral("--cert-dir"), certDir});
    QVERIFY2(direct.exitCode == 0, direct.err.constData());
    m_env.insert(QStringLiteral("HTTPS_PROXY"), proxy);
    const Run throughEngineProxy = skopeoLogin(reg, {QStringLiteral("--cert-dir"), certDir});
    m_env.remove(QStringLiteral("HTTPS_PROXY"));
    QVERIFY(throughEngineProxy.exitCode != 0);
    QVERIFY2(throughEngineProxy.err.contains("proxyconnect"), throughEngineProxy.err.constData());

    useStandinEngine([&proxy](QJsonObject &info) {
        info.insert(QStringLiteral("HttpProxy"), proxy);
        info.insert(QStringLiteral("HttpsProxy"), proxy);
        info.insert(QStringLiteral("NoProxy"), QStringLiteral("localhost,127.0.0.0/8"));
    });
    const Run r = tool({reg}, QStringLiteral("docker"), true);
    QVERIFY2(causes(r).contains(QStringLiteral("daemon-proxy-differs")), r.out.constData());
    QVERIFY2(!causes(r).contains(QStringLiteral("proxy-problem")), r.out.constData());
    QCOMPARE(probe(r, QStringLiteral("credentials")).value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    QVERIFY2(r.out.contains(proxy.toUtf8()), r.out.constData());
}

void ClientFidelityTest::buildxBuilderWithoutTheCa_onlyDockerTrustsIt_toolSaysBuildsFail()
{
    // Docker trusts the registry through its certs.d folder; builds run in a docker-container
    // builder (BuildKit in its own container), whose CA store has the public roots only, like a
    // client given no certs.d folder at all.
    if (m_lan.isNull())
        QSKIP("this machine has no non-loopback address to serve the registry on (Docker never verifies loopback)");
    const QString reg = registry(m_lan.toString());
    putCa(m_home->filePath(QStringLiteral(".docker/certs.d")), m_lan.toString());
    const QString certDir = m_home->filePath(QStringLiteral(".docker/certs.d/") + reg);
    const Run likeDocker = skopeoLogin(reg, {QStringLiteral("--cert-dir"), certDir});
    QVERIFY2(likeDocker.exitCode == 0, likeDocker.err.constData());
    const Run likeTheBuilder = skopeoLogin(reg);
    QVERIFY(likeTheBuilder.exitCode != 0);
    QVERIFY2(likeTheBuilder.err.contains("x509"), likeTheBuilder.err.constData());

    // `docker buildx create --name ci-builder --driver docker-container --use`, as buildx stores it.
    const QString buildx = m_home->filePath(QStringLiteral(".docker/buildx"));
    QVERIFY(QDir().mkpath(buildx + QStringLiteral("/instances")));
    const auto write = [](const QString &path, const QByteArray &bytes) {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    };
    QVERIFY(write(buildx + QStringLiteral("/current"), "{\"Key\":\"unix:///var/run/docker.sock\",\"Name\":\"ci-builder\",\"Global\":false}"));
    const QByteArray plain = "{\"Name\":\"ci-builder\",\"Driver\":\"docker-container\",\"Nodes\":[{\"Name\":\"ci-builder0\",\"Endpoint\":\"unix:///var/run/docker.sock\"}],\"Dynamic\":false}";
    QVERIFY(write(buildx + QStringLiteral("/instances/ci-builder"), plain));
    useStandinEngine([](QJsonObject &) {});
    m_env.remove(QStringLiteral("DOCKER_HOST"));
    m_env.remove(QStringLiteral("BUILDX_BUILDER"));
    m_env.remove(QStringLiteral("BUILDX_CONFIG"));

    const Run r = tool({reg}, QStringLiteral("docker"), true);
    QVERIFY2(causes(r).contains(QStringLiteral("buildkit-ca-not-trusted")), r.out.constData());
    QVERIFY2(!causes(r).contains(QStringLiteral("tls-untrusted-certificate")), r.out.constData());
    QCOMPARE(probe(r, QStringLiteral("credentials")).value(QStringLiteral("status")).toString(), QStringLiteral("pass"));
    QVERIFY2(r.out.contains("ci-builder"), r.out.constData());

    // The same builder given the CA (buildx copies it to certs/<registry>/ in the store): nothing to say.
    const QString folder = QString(reg).replace(QLatin1Char(':'), QLatin1Char('_'));
    const QByteArray withCa = QByteArray(plain).replace("\"Endpoint\":\"unix:///var/run/docker.sock\"",
                                                        "\"Endpoint\":\"unix:///var/run/docker.sock\",\"Files\":{\"certs/" + folder.toUtf8() + "/ca.pem\":\"LS0tLS0K\"}");
    QVERIFY(write(buildx + QStringLiteral("/instances/ci-builder"), withCa));
    const Run fixed = tool({reg}, QStringLiteral("docker"), true);
    QVERIFY2(!causes(fixed).contains(QStringLiteral("buildkit-ca-not-trusted")), fixed.out.constData());
}

#include "tst_client_fidelity.moc"
