// Where each client finds its certificate authorities for a registry, whether a chain verifies
// against a set of roots, Docker's unchecked loopback registries, Docker's default credential store,
// and the files docker-credential-pass depends on. Real files in temporary folders, real
// certificates from the engine's certificate factory.
#include "docker/docker_config.h"
#include "docker/pass_store.h"
#include "practice/certificate_factory.h"
#include "trust/chain_verifier.h"
#include "trust/client_trust.h"
#include "test_env.h"
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace rd;

using rd::test::writeFile;

namespace {

struct Pki
{
    GeneratedCertificate ca;
    GeneratedCertificate otherCa;
    GeneratedCertificate leaf;
    Pki()
    {
        CertificateRequest r;
        r.commonName = QStringLiteral("Test CA");
        ca = CertificateFactory::createCertificateAuthority(r);
        r.commonName = QStringLiteral("Other CA");
        otherCa = CertificateFactory::createCertificateAuthority(r);
        CertificateRequest l;
        l.commonName = QStringLiteral("registry.test");
        l.dnsNames = {QStringLiteral("registry.test")};
        l.ipAddresses = {QHostAddress(QStringLiteral("127.0.0.1"))};
        leaf = CertificateFactory::createServerCertificate(l, ca);
    }
};

} // namespace

class ClientTrustTest : public QObject
{
    Q_OBJECT
private slots:
    void verifyChain_trustedOnlyWithItsRoot()
    {
        const Pki pki;
        QVERIFY(!pki.leaf.isNull());
        const QList<QSslCertificate> chain{pki.leaf.certificate};
        QVERIFY(verifyChain(chain, QStringLiteral("registry.test"), {pki.ca.certificate}).trusted);
        QVERIFY(verifyChain(chain, QStringLiteral("127.0.0.1"), {pki.ca.certificate}).trusted);
        const ChainVerdict other = verifyChain(chain, QStringLiteral("registry.test"), {pki.otherCa.certificate});
        QVERIFY(!other.trusted);
        QVERIFY(!other.error.isEmpty());
        QVERIFY(!verifyChain(chain, QStringLiteral("registry.test"), {}).trusted);
        // The right root but the wrong name is not trusted.
        QVERIFY(!verifyChain(chain, QStringLiteral("other.test"), {pki.ca.certificate}).trusted);
        QVERIFY(!verifyChain({}, QStringLiteral("registry.test"), {pki.ca.certificate}).trusted);
    }

    void certsFolderName_hasPortOnlyWhenNotDefault()
    {
        QCOMPARE(certsFolderName(QStringLiteral("r.test"), 443), QStringLiteral("r.test"));
        QCOMPARE(certsFolderName(QStringLiteral("r.test"), 5000), QStringLiteral("r.test:5000"));
        QCOMPARE(certsFolderName(QStringLiteral("r.test"), 0), QStringLiteral("r.test"));
    }

    void dockerFolders_etcRootlessAndDesktop()
    {
        QTemporaryDir root;
        TrustEnvironment env;
        env.home = root.filePath(QStringLiteral("home"));
        env.etc = root.filePath(QStringLiteral("etc"));
        const Pki pki;
        QVERIFY(dockerCaFolders(QStringLiteral("r.test:5000"), env).isEmpty());
        QVERIFY(writeFile(env.etc + QStringLiteral("/docker/certs.d/r.test:5000/ca.crt"), pki.ca.certificatePem));
        QVERIFY(writeFile(env.home + QStringLiteral("/.docker/certs.d/r.test:5000/extra.crt"), pki.otherCa.certificatePem));
        // Client certificates and keys are not authorities.
        QVERIFY(writeFile(env.etc + QStringLiteral("/docker/certs.d/r.test:5000/client.cert"), pki.leaf.certificatePem));
        const QVector<CaFolder> folders = dockerCaFolders(QStringLiteral("r.test:5000"), env);
#ifndef Q_OS_WIN
        QCOMPARE(folders.size(), 2);
        QVERIFY(folders.at(0).path.endsWith(QStringLiteral("etc/docker/certs.d/r.test:5000")));
        QCOMPARE(folders.at(0).authorities, QList<QSslCertificate>{pki.ca.certificate});
        QCOMPARE(folders.at(1).authorities, QList<QSslCertificate>{pki.otherCa.certificate});
        // Rootless Docker: $XDG_CONFIG_HOME/docker/certs.d
        QVERIFY(writeFile(env.home + QStringLiteral("/.config/docker/certs.d/r.test:5000/ca.crt"), pki.ca.certificatePem));
        QCOMPARE(dockerCaFolders(QStringLiteral("r.test:5000"), env).size(), 3);
#endif
        // Another registry's folder is not this one's.
        QVERIFY(dockerCaFolders(QStringLiteral("r.test"), env).isEmpty());
    }

    void containersFolder_firstExistingWins()
    {
        QTemporaryDir root;
        TrustEnvironment env;
        env.home = root.filePath(QStringLiteral("home"));
        env.etc = root.filePath(QStringLiteral("etc"));
        const Pki pki;
        QVERIFY(!containersCaFolder(QStringLiteral("r.test"), env));
        // Docker's system folder is the last one containers/image looks at.
        QVERIFY(writeFile(env.etc + QStringLiteral("/docker/certs.d/r.test/ca.crt"), pki.ca.certificatePem));
        // Folders are named as the system names them (backslashes on Windows).
        QVERIFY(containersCaFolder(QStringLiteral("r.test"), env)->path.contains(QDir::toNativeSeparators(QStringLiteral("docker/certs.d"))));
        QVERIFY(writeFile(env.etc + QStringLiteral("/containers/certs.d/r.test/ca.crt"), pki.otherCa.certificatePem));
        QVERIFY(containersCaFolder(QStringLiteral("r.test"), env)->path.contains(QDir::toNativeSeparators(QStringLiteral("containers/certs.d"))));
        // The user's own folder wins, even empty: containers/image uses the first folder that exists.
        QVERIFY(QDir().mkpath(env.home + QStringLiteral("/.config/containers/certs.d/r.test")));
        const auto home = containersCaFolder(QStringLiteral("r.test"), env);
        QVERIFY(home->path.contains(QStringLiteral(".config")));
        QVERIFY(home->authorities.isEmpty());
        // Docker Desktop's folder is never one of them.
        QVERIFY(writeFile(env.home + QStringLiteral("/.docker/certs.d/other.test/ca.crt"), pki.ca.certificatePem));
        QVERIFY(!containersCaFolder(QStringLiteral("other.test"), env));
    }

    void goRoots_sslCertFileReplacesTheSystemStore()
    {
#ifdef Q_OS_LINUX
        QTemporaryDir root;
        const Pki pki;
        TrustEnvironment env;
        env.sslCertFile = root.filePath(QStringLiteral("bundle.pem"));
        env.sslCertDir = root.filePath(QStringLiteral("nothing-here"));
        QVERIFY(writeFile(env.sslCertFile, pki.ca.certificatePem));
        const GoRoots roots = goSystemRoots(env);
        QCOMPARE(roots.certificates, QList<QSslCertificate>{pki.ca.certificate});
        QVERIFY(roots.replacedBy.contains(QStringLiteral("SSL_CERT_FILE=")));
#endif
        QVERIFY(goSystemRoots(TrustEnvironment()).replacedBy.isEmpty());
    }

    void caFiles_readAgainWhenTheyChange()
    {
        // Certificates are parsed once per file content (every check of `check --all` reads the
        // same store): a file that changes between two checks gives its new certificates.
        QTemporaryDir root;
        const Pki pki;
        TrustEnvironment env;
        env.home = root.filePath(QStringLiteral("home"));
        env.etc = root.filePath(QStringLiteral("etc"));
        // ~/.docker/certs.d: a folder Docker reads on every system.
        const QString crt = env.home + QStringLiteral("/.docker/certs.d/r.test/ca.crt");
        QVERIFY(writeFile(crt, pki.ca.certificatePem));
        QCOMPARE(dockerCaFolders(QStringLiteral("r.test"), env).value(0).authorities, QList<QSslCertificate>{pki.ca.certificate});
        QCOMPARE(dockerCaFolders(QStringLiteral("r.test"), env).value(0).authorities, QList<QSslCertificate>{pki.ca.certificate});
        // Each registry keeps its own folder: another host's folder, or none, never lends it trust.
        QVERIFY(writeFile(env.home + QStringLiteral("/.docker/certs.d/s.test/ca.crt"), pki.otherCa.certificatePem));
        QCOMPARE(dockerCaFolders(QStringLiteral("s.test"), env).value(0).authorities, QList<QSslCertificate>{pki.otherCa.certificate});
        QVERIFY(dockerCaFolders(QStringLiteral("t.test"), env).isEmpty());
        QVERIFY(writeFile(crt, pki.otherCa.certificatePem));
        QCOMPARE(dockerCaFolders(QStringLiteral("r.test"), env).value(0).authorities, QList<QSslCertificate>{pki.otherCa.certificate});
        QVERIFY(writeFile(crt, QByteArrayLiteral("not a certificate")));
        QVERIFY(dockerCaFolders(QStringLiteral("r.test"), env).value(0).authorities.isEmpty());
        QVERIFY(QFile::remove(crt));
        QVERIFY(dockerCaFolders(QStringLiteral("r.test"), env).value(0).authorities.isEmpty());
#ifdef Q_OS_LINUX
        env.sslCertFile = root.filePath(QStringLiteral("bundle.pem"));
        env.sslCertDir = root.filePath(QStringLiteral("nothing-here"));
        QVERIFY(writeFile(env.sslCertFile, pki.ca.certificatePem));
        QCOMPARE(goSystemRoots(env).certificates, QList<QSslCertificate>{pki.ca.certificate});
        QVERIFY(writeFile(env.sslCertFile, pki.ca.certificatePem + pki.otherCa.certificatePem));
        QCOMPARE(goSystemRoots(env).certificates, (QList<QSslCertificate>{pki.ca.certificate, pki.otherCa.certificate}));
#endif
    }

    void dockerSkipsVerification_onLoopbackOnly()
    {
        QVERIFY(dockerSkipsVerification(QStringLiteral("127.0.0.1"), {}));
        QVERIFY(dockerSkipsVerification(QStringLiteral("127.8.9.10"), {}));
        QVERIFY(!dockerSkipsVerification(QStringLiteral("10.0.0.1"), {}));
        QVERIFY(!dockerSkipsVerification(QStringLiteral("::1"), {}));
        QVERIFY(dockerSkipsVerification(QStringLiteral("localhost"), {QHostAddress(QStringLiteral("127.0.0.1"))}));
        QVERIFY(!dockerSkipsVerification(QStringLiteral("contoso.azurecr.io"), {QHostAddress(QStringLiteral("20.1.2.3"))}));
        QVERIFY(!dockerSkipsVerification(QStringLiteral("contoso.azurecr.io"), {}));
    }

    void platformDefaultStore_onlyWithoutAnyAuthSetting_andOnlyWhenInstalled()
    {
        const auto everything = [](const QString &) { return true; };
        const auto nothing = [](const QString &) { return false; };
        DockerConfig empty;
        applyPlatformDefaultStore(empty, everything);
#if defined(Q_OS_MACOS)
        QCOMPARE(empty.credsStore, QStringLiteral("osxkeychain"));
#elif defined(Q_OS_WIN)
        QCOMPARE(empty.credsStore, QStringLiteral("wincred"));
#else
        QCOMPARE(empty.credsStore, QStringLiteral("pass"));
        DockerConfig noPass;
        applyPlatformDefaultStore(noPass, [](const QString &p) { return p != QLatin1String("pass"); });
        QCOMPARE(noPass.credsStore, QStringLiteral("secretservice"));
        // pass installed but not its Docker helper: Docker keeps logins in the file.
        DockerConfig noHelper;
        applyPlatformDefaultStore(noHelper, [](const QString &p) { return p == QLatin1String("pass"); });
        QVERIFY(noHelper.credsStore.isEmpty());
#endif
        QVERIFY(empty.credsStoreIsPlatformDefault);
        DockerConfig none;
        applyPlatformDefaultStore(none, nothing);
        QVERIFY(none.credsStore.isEmpty());
        QVERIFY(!none.credsStoreIsPlatformDefault);
        // A file with logins in it keeps them there (Docker's ContainsAuth).
        DockerConfig withAuths = parseDockerConfig(R"({"auths":{"r.test":{"auth":"dTpw"}}})");
        applyPlatformDefaultStore(withAuths, everything);
        QVERIFY(withAuths.credsStore.isEmpty());
        DockerConfig withHelpers = parseDockerConfig(R"({"credHelpers":{"r.test":"ecr-login"}})");
        applyPlatformDefaultStore(withHelpers, everything);
        QVERIFY(withHelpers.credsStore.isEmpty());
        DockerConfig named = parseDockerConfig(R"({"credsStore":"desktop"})");
        applyPlatformDefaultStore(named, everything);
        QCOMPARE(named.credsStore, QStringLiteral("desktop"));
        QVERIFY(!named.credsStoreIsPlatformDefault);
    }

    void passStore_keyIdsFromGpgIdFile()
    {
        QTemporaryDir store;
        QVERIFY(passStoreKeyIds(store.path()).isEmpty());
        QVERIFY(writeFile(store.filePath(QStringLiteral(".gpg-id")), "ABCDEF0123456789\n\n# comment\nme@example.com\n"));
        QCOMPARE(passStoreKeyIds(store.path()), (QStringList{QStringLiteral("ABCDEF0123456789"), QStringLiteral("me@example.com")}));
        // A folder where the file should be is not read.
        QTemporaryDir odd;
        QVERIFY(QDir(odd.path()).mkdir(QStringLiteral(".gpg-id")));
        QVERIFY(passStoreKeyIds(odd.path()).isEmpty());
    }

    void gpgColons_keygripsAndSecretFiles()
    {
        // As printed by gpg 2.2 --with-colons --with-keygrip --list-keys (a key and its subkey).
        const QByteArray out =
            "tru:o:1:1796025051:1:3:1:5\n"
            "pub:u:3072:1:20092710BFE46209:1796025048:::u:::scESC::::::23::0:\n"
            "fpr:::::::::8754EF7FD8F6682B4253444320092710BFE46209:\n"
            "grp:::::::::4D2014FE29C7F31EA7FB6BD0BE07A6B282D1C85C:\n"
            "uid:u::::1796025048::C8AEB616C82E0488A75619DD2BDCF6123F9BDACA::RD Test <rd@test.invalid>::::::::::0:\n"
            "sub:u:3072:1:13E38C01204C8152:1796025048::::::e::::::23:\n"
            "fpr:::::::::3EF8F9D70730EFA1ECB16D3B13E38C01204C8152:\n"
            "grp:::::::::0FD271108A9468E781BBBA0F05848B0D47EE2798:\n";
        const QStringList grips = keygripsFromGpgColons(out);
        QCOMPARE(grips, (QStringList{QStringLiteral("4D2014FE29C7F31EA7FB6BD0BE07A6B282D1C85C"),
                                     QStringLiteral("0FD271108A9468E781BBBA0F05848B0D47EE2798")}));
        QVERIFY(keygripsFromGpgColons("tru::1:1796025051:0:3:1:5\n").isEmpty());
        QVERIFY(keygripsFromGpgColons("grp:::::::::../../etc/passwd:\n").isEmpty());
        QTemporaryDir gnupg;
        QVERIFY(!secretKeyPresent(gnupg.path(), grips));
        QVERIFY(writeFile(gnupg.filePath(QStringLiteral("private-keys-v1.d/0FD271108A9468E781BBBA0F05848B0D47EE2798.key")), "x"));
        QVERIFY(secretKeyPresent(gnupg.path(), grips));
    }
};

QTEST_GUILESS_MAIN(ClientTrustTest)
#include "tst_client_trust.moc"
