// Where Helm finds a stored registry login, by the rules read from its source (pkg/helmpath,
// pkg/cli/environment.go, pkg/registry/client.go) and oras-go v2.6's credentials package (store.go,
// internal/config/config.go, native_store_*.go): the file per system and its overrides, Helm's file
// before Docker's, credHelpers before credsStore before auths, the platform's default store only for
// a file that configures nothing, Docker Hub's key, a helper that may pass on, and the errors that
// stop the search. Real files in a temporary home.
#include "docker/helm_registry_config.h"
#include "test_env.h"
#include <QDir>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

using namespace rd;
using rd::test::writeFile;

namespace {

QByteArray authOf(const QByteArray &user) { return (user + ":secret-" + user).toBase64(); }

QByteArray authsFile(const QByteArray &key, const QByteArray &user)
{
    return "{\"auths\": {\"" + key + "\": {\"auth\": \"" + authOf(user) + "\"}}}";
}

} // namespace

class HelmRegistryConfigTest : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_helm = m_home->filePath(QStringLiteral(".config/helm/registry/config.json"));
        m_docker = m_home->filePath(QStringLiteral(".docker/config.json"));
        m_installed.clear();
    }

    void path_perSystemAndOverrides()
    {
        const QString home = QStringLiteral("/home/ann");
        QProcessEnvironment env;
        QCOMPARE(helmRegistryConfigPath(env, home, HostOs::Linux), QStringLiteral("/home/ann/.config/helm/registry/config.json"));
        QCOMPARE(helmRegistryConfigPath(env, QStringLiteral("/Users/ann"), HostOs::MacOS),
                 QStringLiteral("/Users/ann/Library/Preferences/helm/registry/config.json"));
        env.insert(QStringLiteral("APPDATA"), QStringLiteral("C:/Users/ann/AppData/Roaming"));
        QCOMPARE(helmRegistryConfigPath(env, QStringLiteral("C:/Users/ann"), HostOs::Windows),
                 QDir::toNativeSeparators(QStringLiteral("C:/Users/ann/AppData/Roaming/helm/registry/config.json")));

        // XDG_CONFIG_HOME counts on every system (lazypath.go), with "helm" under it.
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("/cfg"));
        QCOMPARE(helmRegistryConfigPath(env, home, HostOs::Linux), QStringLiteral("/cfg/helm/registry/config.json"));
        QCOMPARE(helmRegistryConfigPath(env, home, HostOs::MacOS), QStringLiteral("/cfg/helm/registry/config.json"));
        // HELM_CONFIG_HOME is Helm's folder itself: no "helm" added.
        env.insert(QStringLiteral("HELM_CONFIG_HOME"), QStringLiteral("/helmcfg"));
        QCOMPARE(helmRegistryConfigPath(env, home, HostOs::Linux), QStringLiteral("/helmcfg/registry/config.json"));
        // HELM_REGISTRY_CONFIG names the file; set but empty, Helm's client falls back to the default.
        env.insert(QStringLiteral("HELM_REGISTRY_CONFIG"), QString());
        QCOMPARE(helmRegistryConfigPath(env, home, HostOs::Linux), QStringLiteral("/helmcfg/registry/config.json"));
        env.insert(QStringLiteral("HELM_REGISTRY_CONFIG"), QStringLiteral("/ci/registry.json"));
        QCOMPARE(helmRegistryConfigPath(env, home, HostOs::Linux), QStringLiteral("/ci/registry.json"));

        QProcessEnvironment dockerEnv;
        QCOMPARE(helmDockerConfigPath(dockerEnv, home), QStringLiteral("/home/ann/.docker/config.json"));
        dockerEnv.insert(QStringLiteral("DOCKER_CONFIG"), QStringLiteral("/dc"));
        QCOMPARE(helmDockerConfigPath(dockerEnv, home), QStringLiteral("/dc/config.json"));
    }

    void helmFileBeforeDockers()
    {
        QVERIFY(writeFile(m_helm, authsFile("reg.example:5000", "helmuser")));
        QVERIFY(writeFile(m_docker, authsFile("reg.example:5000", "dockeruser")));
        const HelmLogin login = find(QStringLiteral("reg.example:5000"));
        QVERIFY(login.problem.isEmpty());
        QCOMPARE(login.stores.size(), 1); // a login in a file answers: Docker's is never asked
        QCOMPARE(login.stores.first().file, m_helm);
        const DockerAuthEntry *e = login.stores.first().config.authFor(QStringLiteral("reg.example:5000"));
        QVERIFY(e);
        QCOMPARE(e->username, QStringLiteral("helmuser"));
        QCOMPARE(e->password.expose(), QByteArray("secret-helmuser"));
    }

    void dockersFileWhenHelmHasNothing()
    {
        QVERIFY(writeFile(m_helm, authsFile("other.example", "x")));
        // The host part of a key counts ("https://host/v2/"), as oras-go's ToHostname.
        QVERIFY(writeFile(m_docker, authsFile("https://reg.example/v2/", "dockeruser")));
        const HelmLogin login = find(QStringLiteral("reg.example"));
        QCOMPARE(login.stores.size(), 1);
        QCOMPARE(login.stores.first().file, m_docker);
        QCOMPARE(login.stores.first().config.authFor(QStringLiteral("reg.example"))->username, QStringLiteral("dockeruser"));
        QCOMPARE(login.stores.first().config.authFor(QStringLiteral("reg.example"))->serverKey, QStringLiteral("https://reg.example/v2/"));
    }

    void dockerHub_onlyDockersOwnKey()
    {
        // Helm asks for "https://index.docker.io/v1/"; a "docker.io" key is not that (unlike Docker).
        QVERIFY(writeFile(m_helm, authsFile("docker.io", "shortkey")));
        QVERIFY(writeFile(m_docker, authsFile("https://index.docker.io/v1/", "hubuser")));
        const HelmLogin login = find(QStringLiteral("docker.io"));
        QCOMPARE(login.serverKey, QStringLiteral("https://index.docker.io/v1/"));
        QCOMPARE(login.stores.size(), 1);
        QCOMPARE(login.stores.first().file, m_docker);
        QCOMPARE(login.stores.first().config.authFor(QStringLiteral("docker.io"))->username, QStringLiteral("hubuser"));
    }

    void helpers_credHelpersThenCredsStore_andPassOn()
    {
        QVERIFY(writeFile(m_helm, "{\"credHelpers\": {\"reg.example\": \"ecr-login\"}, \"credsStore\": \"pass\"}"));
        QVERIFY(writeFile(m_docker, authsFile("reg.example", "dockeruser")));
        HelmLogin login = find(QStringLiteral("reg.example"));
        QCOMPARE(login.stores.size(), 2); // a helper without a login passes on to Docker's file
        QCOMPARE(login.stores.at(0).config.helperFor(QStringLiteral("reg.example")), QStringLiteral("ecr-login"));
        QCOMPARE(login.stores.at(1).file, m_docker);

        login = find(QStringLiteral("other.example"));
        QCOMPARE(login.stores.size(), 1); // Docker's file has nothing for it
        QCOMPARE(login.stores.at(0).config.helperFor(QStringLiteral("other.example")), QStringLiteral("pass"));
        QVERIFY(!login.stores.at(0).config.credsStoreIsPlatformDefault);
    }

    void platformDefault_onlyForAFileThatConfiguresNothing()
    {
#ifdef Q_OS_LINUX
        m_installed = {QStringLiteral("pass"), QStringLiteral("docker-credential-pass")};
        QVERIFY(writeFile(m_docker, authsFile("reg.example", "dockeruser")));
        // No Helm file: its store is pass (the platform default), then Docker's file.
        HelmLogin login = find(QStringLiteral("reg.example"));
        QCOMPARE(login.stores.size(), 2);
        QCOMPARE(login.stores.at(0).file, m_helm);
        QCOMPARE(login.stores.at(0).config.helperFor(QStringLiteral("reg.example")), QStringLiteral("pass"));
        QVERIFY(login.stores.at(0).config.credsStoreIsPlatformDefault);
        QCOMPARE(login.stores.at(1).file, m_docker);

        // An empty file is an empty configuration (io.EOF), the same.
        QVERIFY(writeFile(m_helm, "  \n"));
        QCOMPARE(find(QStringLiteral("reg.example")).stores.size(), 2);

        // Any auths entry, even for another registry, makes the file "configured": no default store.
        QVERIFY(writeFile(m_helm, authsFile("other.example", "x")));
        login = find(QStringLiteral("reg.example"));
        QCOMPARE(login.stores.size(), 1);
        QCOMPARE(login.stores.at(0).file, m_docker);

        // Without pass, secretservice is the default, and only when its helper is installed.
        QFile::remove(m_helm);
        m_installed = {QStringLiteral("docker-credential-pass")};
        QCOMPARE(find(QStringLiteral("reg.example")).stores.size(), 1);
        m_installed = {QStringLiteral("docker-credential-secretservice")};
        login = find(QStringLiteral("reg.example"));
        QCOMPARE(login.stores.size(), 2);
        QCOMPARE(login.stores.at(0).config.helperFor(QStringLiteral("reg.example")), QStringLiteral("secretservice"));
#else
        QSKIP("The platform default store is pass or secretservice on Linux only.");
#endif
    }

    void emptyEntry_passesOn_damagedEntry_stops()
    {
        QVERIFY(writeFile(m_helm, "{\"auths\": {\"reg.example\": {}}}"));
        QVERIFY(writeFile(m_docker, authsFile("reg.example", "dockeruser")));
        HelmLogin login = find(QStringLiteral("reg.example"));
        QCOMPARE(login.stores.size(), 1);
        QCOMPARE(login.stores.first().file, m_docker);

        // "auth" that is not base64 of user:password is an error: Helm stops at its own file.
        QVERIFY(writeFile(m_helm, "{\"auths\": {\"reg.example\": {\"auth\": \"bm9jb2xvbg==\"}}}")); // "nocolon"
        login = find(QStringLiteral("reg.example"));
        QCOMPARE(login.stores.size(), 1);
        QCOMPARE(login.stores.first().file, m_helm);
        QVERIFY(login.stores.first().config.authFor(QStringLiteral("reg.example"))->authMalformed);
    }

    void brokenFiles()
    {
        QVERIFY(writeFile(m_docker, authsFile("reg.example", "dockeruser")));
        // Helm's own file broken: helm fails, nothing else is read.
        QVERIFY(writeFile(m_helm, "{\"auths\": "));
        HelmLogin login = find(QStringLiteral("reg.example"));
        QVERIFY(login.problem.startsWith(QStringLiteral("not JSON")));
        QVERIFY(login.stores.isEmpty());
        QVERIFY(writeFile(m_helm, "{\"credsStore\": 1}"));
        QCOMPARE(find(QStringLiteral("reg.example")).problem, QStringLiteral("\"credsStore\" is not a string"));

        // Docker's file broken: Helm leaves it out silently and uses its own store alone.
        QVERIFY(writeFile(m_helm, authsFile("other.example", "x")));
        QVERIFY(writeFile(m_docker, "not json"));
        login = find(QStringLiteral("reg.example"));
        QVERIFY(login.problem.isEmpty());
        QVERIFY(login.dockerSkipped.startsWith(QStringLiteral("not JSON")));
        QVERIFY(login.stores.isEmpty());
    }

private:
    HelmLogin find(const QString &registry)
    {
        const QSet<QString> installed = m_installed;
        return findHelmLogin(m_helm, m_docker, registry, [installed](const QString &p) { return installed.contains(p); });
    }

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_helm, m_docker;
    QSet<QString> m_installed;
};

QTEST_GUILESS_MAIN(HelmRegistryConfigTest)
#include "tst_helm_registry_config.moc"
