// Where Podman, Buildah and Skopeo find a stored login (containers/image's rules, read from its
// pkg/docker/config/config.go): the order of the files, the closest matching key, Docker Hub's
// names, credHelpers before auths, Docker's credsStore ignored, and a broken file that stops the
// search. Real files in a temporary home.
#include "docker/containers_auth.h"
#include "test_env.h"
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace rd;

using rd::test::writeFile;

namespace {

QByteArray authOf(const QByteArray &user) { return (user + ":secret-" + user).toBase64(); }

QByteArray entry(const QByteArray &key, const QByteArray &user)
{
    return "\"" + key + "\": {\"auth\": \"" + authOf(user) + "\"}";
}

} // namespace

class ContainersAuthTest : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_env = QProcessEnvironment();
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home->filePath(QStringLiteral("run")));
    }

    void files_followContainersImageOrder()
    {
        const QVector<ContainersAuthFile> files = containersAuthFiles(m_env, m_home->path());
        QStringList paths;
        for (const ContainersAuthFile &f : files)
            paths << QDir(m_home->path()).relativeFilePath(f.path);
#ifdef Q_OS_LINUX
        QCOMPARE(paths, (QStringList{"run/containers/auth.json", ".config/containers/auth.json", ".docker/config.json", ".dockercfg"}));
#else
        // Windows and macOS have no runtime folder: ~/.config/containers/auth.json comes first, and
        // again as $XDG_CONFIG_HOME's default.
        QCOMPARE(paths, (QStringList{".config/containers/auth.json", ".config/containers/auth.json", ".docker/config.json", ".dockercfg"}));
#endif
        QVERIFY(files.last().legacyFormat);

        m_env.insert(QStringLiteral("DOCKER_CONFIG"), m_home->filePath(QStringLiteral("dc")));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("cfg")));
        paths.clear();
        for (const ContainersAuthFile &f : containersAuthFiles(m_env, m_home->path()))
            paths << QDir(m_home->path()).relativeFilePath(f.path);
        QVERIFY(paths.contains(QStringLiteral("cfg/containers/auth.json")));
        QVERIFY(paths.contains(QStringLiteral("dc/config.json")));

        // REGISTRY_AUTH_FILE replaces the whole list.
        m_env.insert(QStringLiteral("REGISTRY_AUTH_FILE"), m_home->filePath(QStringLiteral("mine.json")));
        const QVector<ContainersAuthFile> only = containersAuthFiles(m_env, m_home->path());
        QCOMPARE(only.size(), 1);
        QCOMPARE(only.first().path, m_home->filePath(QStringLiteral("mine.json")));
    }

    void firstFileWithALogin_decides()
    {
        QVERIFY(writeFile(m_home->filePath(QStringLiteral(".docker/config.json")),
                          "{\"auths\": {" + entry("contoso.azurecr.io", "docker-user") + "}}"));
        QVERIFY(writeFile(firstFile(),
                          "{\"auths\": {" + entry("other.example", "x") + "}}"));
        ContainersLogin l = findContainersLogin(files(), QStringLiteral("contoso.azurecr.io"), QString());
        QCOMPARE(l.file, m_home->filePath(QStringLiteral(".docker/config.json")));
        QCOMPARE(l.config.authFor(QStringLiteral("contoso.azurecr.io"))->username, QStringLiteral("docker-user"));
        QCOMPARE(l.searched.size(), 3);

        QVERIFY(writeFile(m_home->filePath(QStringLiteral(".config/containers/auth.json")),
                          "{\"auths\": {" + entry("contoso.azurecr.io", "podman-user") + "}}"));
        l = findContainersLogin(files(), QStringLiteral("contoso.azurecr.io"), QString());
        QCOMPARE(l.file, m_home->filePath(QStringLiteral(".config/containers/auth.json")));
        QCOMPARE(l.config.authFor(QStringLiteral("contoso.azurecr.io"))->username, QStringLiteral("podman-user"));
    }

    void closestKey_forTheRepository()
    {
        QVERIFY(writeFile(firstFile(),
                          "{\"auths\": {" + entry("quay.io", "whole") + ", " + entry("quay.io/team", "team") + ", "
                              + entry("quay.io/team/app", "app") + "}}"));
        auto user = [&](const QString &repo) {
            const ContainersLogin l = findContainersLogin(files(), QStringLiteral("quay.io"), repo);
            return l.config.authFor(QStringLiteral("quay.io")) ? l.config.authFor(QStringLiteral("quay.io"))->username : QString();
        };
        QCOMPARE(user(QStringLiteral("team/app:1.0")), QStringLiteral("app"));
        QCOMPARE(user(QStringLiteral("team/other")), QStringLiteral("team"));
        QCOMPARE(user(QStringLiteral("elsewhere/app")), QStringLiteral("whole"));
        QCOMPARE(user(QString()), QStringLiteral("whole"));
    }

    void dockerHub_keysNormalised_andLibraryNamespace()
    {
        QVERIFY(writeFile(m_home->filePath(QStringLiteral(".docker/config.json")),
                          "{\"auths\": {" + entry("https://index.docker.io/v1/", "hub") + "}}"));
        ContainersLogin l = findContainersLogin(files(), QStringLiteral("docker.io"), QStringLiteral("nginx"));
        QCOMPARE(l.key, QStringLiteral("https://index.docker.io/v1/"));
        QCOMPARE(l.config.authFor(QStringLiteral("docker.io"))->username, QStringLiteral("hub"));

        QVERIFY(writeFile(firstFile(),
                          "{\"auths\": {" + entry("docker.io/library/nginx", "lib") + "}}"));
        l = findContainersLogin(files(), QStringLiteral("docker.io"), QStringLiteral("nginx"));
        QCOMPARE(l.key, QStringLiteral("docker.io/library/nginx"));
    }

    void dockersCredsStore_isNotUsed_butCredHelpersAre()
    {
        QVERIFY(writeFile(m_home->filePath(QStringLiteral(".docker/config.json")), "{\"credsStore\": \"desktop\", \"auths\": {\"contoso.azurecr.io\": {}}}"));
        ContainersLogin l = findContainersLogin(files(), QStringLiteral("contoso.azurecr.io"), QString());
        QVERIFY(l.config.credsStore.isEmpty());
        QVERIFY(l.config.helperFor(QStringLiteral("contoso.azurecr.io")).isEmpty());
        QVERIFY(!l.config.authFor(QStringLiteral("contoso.azurecr.io")));   // Docker's marker entry: nothing for Podman
        QVERIFY(l.file.isEmpty());

        // The marker is skipped and the next file's login is used; a "username"/"password" pair
        // is not read at all.
        QVERIFY(writeFile(m_home->filePath(QStringLiteral(".dockercfg")),
                          "{" + entry("contoso.azurecr.io", "legacy") + "}"));
        l = findContainersLogin(files(), QStringLiteral("contoso.azurecr.io"), QString());
        QCOMPARE(l.file, m_home->filePath(QStringLiteral(".dockercfg")));
        QVERIFY(writeFile(firstFile(),
                          "{\"auths\": {\"contoso.azurecr.io\": {\"username\": \"u\", \"password\": \"p\"}}}"));
        l = findContainersLogin(files(), QStringLiteral("contoso.azurecr.io"), QString());
        QCOMPARE(l.file, m_home->filePath(QStringLiteral(".dockercfg")));

        QVERIFY(writeFile(m_home->filePath(QStringLiteral(".config/containers/auth.json")),
                          "{\"credHelpers\": {\"contoso.azurecr.io\": \"acr-env\"}}"));
        l = findContainersLogin(files(), QStringLiteral("contoso.azurecr.io"), QString());
        QCOMPARE(l.helper, QStringLiteral("acr-env"));
        QCOMPARE(l.config.helperFor(QStringLiteral("contoso.azurecr.io")), QStringLiteral("acr-env"));
    }

    void brokenFile_stopsTheSearch_likePodman()
    {
        QVERIFY(writeFile(m_home->filePath(QStringLiteral(".docker/config.json")),
                          "{\"auths\": {" + entry("contoso.azurecr.io", "docker-user") + "}}"));
        QVERIFY(writeFile(firstFile(), "{\"auths\": "));
        const ContainersLogin l = findContainersLogin(files(), QStringLiteral("contoso.azurecr.io"), QString());
        QCOMPARE(l.file, firstFile());
        QVERIFY(l.problem.startsWith(QLatin1String("not JSON")));
        QVERIFY(!l.config.ok);
        QVERIFY(!l.config.authFor(QStringLiteral("contoso.azurecr.io")));

        QVERIFY(writeFile(firstFile(),
                          "{\"auths\": {\"contoso.azurecr.io\": {\"auth\": \"%%%\"}}}"));
        QVERIFY(findContainersLogin(files(), QStringLiteral("contoso.azurecr.io"), QString()).problem.contains(QLatin1String("base64")));
    }

    void legacyDockercfg_isTheAuthsObject()
    {
        QVERIFY(writeFile(m_home->filePath(QStringLiteral(".dockercfg")), "{" + entry("https://old.example/v1/", "old") + "}"));
        const ContainersLogin l = findContainersLogin(files(), QStringLiteral("old.example"), QStringLiteral("a/b"));
        QCOMPARE(l.file, m_home->filePath(QStringLiteral(".dockercfg")));
        QCOMPARE(l.config.authFor(QStringLiteral("old.example"))->username, QStringLiteral("old"));
    }

    void nothingAnywhere_listsWhatWasSearched()
    {
        const ContainersLogin l = findContainersLogin(files(), QStringLiteral("contoso.azurecr.io"), QString());
        QVERIFY(l.file.isEmpty());
        QVERIFY(l.problem.isEmpty());
        QCOMPARE(l.searched.size(), 4);
        QVERIFY(l.config.ok);
        QVERIFY(!l.config.authFor(QStringLiteral("contoso.azurecr.io")));
    }

private:
    QVector<ContainersAuthFile> files() const { return containersAuthFiles(m_env, m_home->path()); }
    // The file Podman reads first on this system: $XDG_RUNTIME_DIR/containers/auth.json on Linux,
    // ~/.config/containers/auth.json on Windows and macOS.
    QString firstFile() const { return files().first().path; }
    std::unique_ptr<QTemporaryDir> m_home;
    QProcessEnvironment m_env;
};

QTEST_GUILESS_MAIN(ContainersAuthTest)
#include "tst_containers_auth.moc"
