// Reading Docker's config.json as the Docker CLI does.
#include "docker/docker_config.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using rd::DockerAuthEntry;
using rd::DockerConfig;
using rd::normaliseServerKey;
using rd::parseDockerConfig;
using rd::readDockerConfig;

namespace {

QString writeFile(const QTemporaryDir &dir, const QByteArray &content, const QString &name = QStringLiteral("config.json"))
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QString();
    f.write(content);
    return path;
}

// Secret values are checked with QVERIFY so that a failure never prints them.
bool secretIs(const rd::Secret &secret, const QByteArray &expected)
{
    return secret.expose() == expected;
}

const QByteArray kConfig = "{\n"
    "  \"auths\": {\n"
    "    \"https://index.docker.io/v1/\": { \"auth\": \"YWxpY2U6aHVudGVyMg==\" },\n"
    "    \"contoso.azurecr.io\": {\n"
    "      \"auth\": \"MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAwOg==\",\n"
    "      \"identitytoken\": \"eyJhbGciOiJSUzI1NiJ9.e30.c2ln\"\n"
    "    },\n"
    "    \"https://Fabrikam.azurecr.io/v2/\": { \"username\": \"bob\", \"password\": \"pw:with:colons\" },\n"
    "    \"broken.azurecr.io\": { \"auth\": \"not base64 at all!\" },\n"
    "    \"nocolon.azurecr.io\": { \"auth\": \"bm9jb2xvbg==\" },\n"
    "    \"localhost:5443\": { \"auth\": \"dTpw\" },\n"
    "    \"weird.example\": \"not an object\"\n"
    "  },\n"
    "  \"credsStore\": \"desktop\",\n"
    "  \"credHelpers\": { \"https://special.azurecr.io/\": \"acr-env\", \"gcr.io\": \"gcloud\", \"bad.example\": 5 }\n"
    "}";

} // namespace

class TestDockerConfig : public QObject
{
    Q_OBJECT

private slots:
    void normaliseServerKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("normalised");
        QTest::newRow("plain") << "contoso.azurecr.io" << "contoso.azurecr.io";
        QTest::newRow("https v2 uppercase") << "https://Contoso.azurecr.io/v2/" << "contoso.azurecr.io";
        QTest::newRow("http") << "http://contoso.azurecr.io" << "contoso.azurecr.io";
        QTest::newRow("trailing slash") << "contoso.azurecr.io/" << "contoso.azurecr.io";
        QTest::newRow("v1 path") << "https://contoso.azurecr.io/v1/" << "contoso.azurecr.io";
        QTest::newRow("port kept") << "https://localhost:5443/v2/" << "localhost:5443";
        QTest::newRow("port 443 kept") << "contoso.azurecr.io:443" << "contoso.azurecr.io:443";
        QTest::newRow("docker hub key") << "https://index.docker.io/v1/" << "docker.io";
        QTest::newRow("docker hub short") << "docker.io" << "docker.io";
        QTest::newRow("docker hub registry-1") << "registry-1.docker.io" << "docker.io";
        QTest::newRow("whitespace") << "  contoso.azurecr.io  " << "contoso.azurecr.io";
        // Found by fuzzing: the key normalised again must stay the same, or authFor() misses the entry.
        QTest::newRow("space before the path") << "contoso.azurecr.io /v2/" << "contoso.azurecr.io";
        QTest::newRow("space after the scheme") << "HTTPS://\tcontoso.azurecr.io" << "contoso.azurecr.io";
        QTest::newRow("empty") << "" << "";
    }
    void normaliseServerKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, normalised);
        QCOMPARE(rd::normaliseServerKey(key), normalised);
    }

    void auths_areDecodedByNormalisedServer()
    {
        const DockerConfig c = parseDockerConfig(kConfig, QStringLiteral("/x/config.json"));
        QVERIFY2(c.ok, qPrintable(c.problem));
        QCOMPARE(c.path, QStringLiteral("/x/config.json"));
        QCOMPARE(c.auths.keys(), (QStringList{"broken.azurecr.io", "contoso.azurecr.io", "docker.io",
                                              "fabrikam.azurecr.io", "localhost:5443", "nocolon.azurecr.io"}));
        const DockerAuthEntry &hub = c.auths[QStringLiteral("docker.io")];
        QCOMPARE(hub.serverKey, QStringLiteral("https://index.docker.io/v1/"));
        QCOMPARE(hub.username, QStringLiteral("alice"));
        QVERIFY(secretIs(hub.password, "hunter2"));
        QVERIFY(!hub.authMalformed);
        QVERIFY(hub.identityToken.isEmpty());
    }

    void keyWithSpaceBeforePath_isFoundByItsOwnKey()
    {
        const rd::DockerConfig c = rd::parseDockerConfig("{\"auths\":{\"Contoso.azurecr.io /v2/\":{\"auth\":\"dTpw\"}}}");
        QVERIFY(c.ok);
        QCOMPARE(c.auths.keys(), QStringList{QStringLiteral("contoso.azurecr.io")});
        QVERIFY(c.authFor(QStringLiteral("Contoso.azurecr.io /v2/")));
        QVERIFY(c.authFor(QStringLiteral("contoso.azurecr.io")));
    }

    void identityToken_isRead()
    {
        const DockerConfig c = parseDockerConfig(kConfig);
        const DockerAuthEntry *e = c.authFor(QStringLiteral("contoso.azurecr.io"));
        QVERIFY(e);
        QCOMPARE(e->username, QStringLiteral("00000000-0000-0000-0000-000000000000"));
        QVERIFY(e->password.isEmpty());
        QVERIFY(secretIs(e->identityToken, "eyJhbGciOiJSUzI1NiJ9.e30.c2ln"));
    }

    void usernamePasswordKeys_areAccepted()
    {
        const DockerConfig c = parseDockerConfig(kConfig);
        const DockerAuthEntry *e = c.authFor(QStringLiteral("fabrikam.azurecr.io"));
        QVERIFY(e);
        QCOMPARE(e->serverKey, QStringLiteral("https://Fabrikam.azurecr.io/v2/"));
        QCOMPARE(e->username, QStringLiteral("bob"));
        QVERIFY(secretIs(e->password, "pw:with:colons"));
        QVERIFY(!e->authMalformed);
    }

    void auth_splitsAtFirstColon()
    {
        const DockerConfig c = parseDockerConfig("{\"auths\":{\"r.example\":{\"auth\":\"dXNlcjpwOnE6cg==\"}}}");
        const DockerAuthEntry *e = c.authFor(QStringLiteral("r.example"));
        QVERIFY(e);
        QCOMPARE(e->username, QStringLiteral("user"));
        QVERIFY(secretIs(e->password, "p:q:r"));
    }

    void malformedAuth_isFlagged_data()
    {
        QTest::addColumn<QString>("server");
        QTest::newRow("not base64") << "broken.azurecr.io";
        QTest::newRow("no colon") << "nocolon.azurecr.io";
    }
    void malformedAuth_isFlagged()
    {
        QFETCH(QString, server);
        const DockerConfig c = parseDockerConfig(kConfig);
        const DockerAuthEntry *e = c.authFor(server);
        QVERIFY(e);
        QVERIFY(e->authMalformed);
        QVERIFY(e->username.isEmpty());
        QVERIFY(e->password.isEmpty());
    }

    void authFor_matchesAnySpelling_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("serverKey");
        QTest::newRow("exact") << "contoso.azurecr.io" << "contoso.azurecr.io";
        QTest::newRow("https") << "https://contoso.azurecr.io" << "contoso.azurecr.io";
        QTest::newRow("slash") << "contoso.azurecr.io/" << "contoso.azurecr.io";
        QTest::newRow("http v2") << "http://contoso.azurecr.io/v2/" << "contoso.azurecr.io";
        QTest::newRow("uppercase") << "CONTOSO.azurecr.io" << "contoso.azurecr.io";
        QTest::newRow("docker hub") << "docker.io" << "https://index.docker.io/v1/";
        QTest::newRow("port") << "localhost:5443" << "localhost:5443";
    }
    void authFor_matchesAnySpelling()
    {
        QFETCH(QString, query);
        QFETCH(QString, serverKey);
        const DockerConfig c = parseDockerConfig(kConfig);
        const DockerAuthEntry *e = c.authFor(query);
        QVERIFY(e);
        QCOMPARE(e->serverKey, serverKey);
    }

    void authFor_unknownServer_isNull()
    {
        const DockerConfig c = parseDockerConfig(kConfig);
        QVERIFY(!c.authFor(QStringLiteral("other.azurecr.io")));
        QVERIFY(!c.authFor(QStringLiteral("localhost"))); // the port is part of the key
        QVERIFY(!c.authFor(QStringLiteral("weird.example"))); // its value was not an object
    }

    void duplicateKeys_preferTheExactSpelling()
    {
        const DockerConfig c = parseDockerConfig("{\"auths\":{\n"
    "            \"https://contoso.azurecr.io/\": {\"username\":\"first\"},\n"
    "            \"contoso.azurecr.io\": {\"username\":\"exact\"},\n"
    "            \"http://contoso.azurecr.io/v2/\": {\"username\":\"later\"}}}");
        QCOMPARE(c.auths.size(), 1);
        QCOMPARE(c.authFor(QStringLiteral("contoso.azurecr.io"))->username, QStringLiteral("exact"));
    }

    void helperFor_prefersCredHelpersThenCredsStore_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("helper");
        QTest::newRow("cred helper with normalised key") << "special.azurecr.io" << "acr-env";
        QTest::newRow("cred helper via url") << "https://special.azurecr.io/v2/" << "acr-env";
        QTest::newRow("gcr") << "gcr.io" << "gcloud";
        QTest::newRow("creds store") << "contoso.azurecr.io" << "desktop";
        QTest::newRow("non-string helper ignored") << "bad.example" << "desktop";
    }
    void helperFor_prefersCredHelpersThenCredsStore()
    {
        QFETCH(QString, server);
        QFETCH(QString, helper);
        const DockerConfig c = parseDockerConfig(kConfig);
        QCOMPARE(c.credsStore, QStringLiteral("desktop"));
        QCOMPARE(c.credHelpers.size(), 2);
        QCOMPARE(c.helperFor(server), helper);
    }

    void helperFor_withoutStore_isEmpty()
    {
        const DockerConfig c = parseDockerConfig("{\"auths\":{}}");
        QVERIFY(c.ok);
        QVERIFY(c.helperFor(QStringLiteral("contoso.azurecr.io")).isEmpty());
    }

    void badContent_isReported_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QByteArray() << "empty file";
        QTest::newRow("whitespace") << QByteArray("\n  \n") << "empty file";
        QTest::newRow("array") << QByteArray("[]") << "not a JSON object";
        QTest::newRow("truncated") << QByteArray("{\"auths\": {") << "not JSON: unterminated object at offset 11";
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03", 4) << "not JSON: illegal value at offset 1";
        QTest::newRow("invalid utf8") << QByteArray("{\"credsStore\":\"\xff\xfe\"}") << "not JSON: invalid UTF8 string at offset 15";
        QTest::newRow("trailing comma") << QByteArray("{\"auths\":{},}") << "not JSON: object is missing after a comma at offset 13";
    }
    void badContent_isReported()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        const DockerConfig c = parseDockerConfig(content);
        QVERIFY(!c.ok);
        QCOMPARE(c.problem, problem);
        QCOMPARE(c.sizeBytes, qint64(content.size()));
        QVERIFY(c.auths.isEmpty());
    }

    void byteOrderMark_isAccepted()
    {
        // Notepad may save config.json with a UTF-8 BOM; it is read like the same file without one.
        const DockerConfig c = parseDockerConfig("\xef\xbb\xbf{\"credsStore\":\"wincred\"}");
        QVERIFY2(c.ok, qPrintable(c.problem));
        QCOMPARE(c.credsStore, QStringLiteral("wincred"));
    }

    void wrongTypes_areIgnored()
    {
        const DockerConfig c = parseDockerConfig("{\"auths\":[1,2],\"credsStore\":7,\"credHelpers\":\"x\"}");
        QVERIFY(c.ok);
        QVERIFY(c.auths.isEmpty());
        QVERIFY(c.credsStore.isEmpty());
        QVERIFY(c.credHelpers.isEmpty());
    }

    void readMissingFile_isNotAnError()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("config.json"));
        const DockerConfig c = readDockerConfig(path);
        QVERIFY(!c.exists);
        QVERIFY(c.ok);
        QVERIFY(c.problem.isEmpty());
        QCOMPARE(c.path, path);
        QVERIFY(c.auths.isEmpty());
    }

    void readRealFile_parsesIt()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, kConfig);
        const DockerConfig c = readDockerConfig(path);
        QVERIFY(c.exists);
        QVERIFY(c.ok);
        QCOMPARE(c.path, path);
        QCOMPARE(c.sizeBytes, qint64(kConfig.size()));
        QCOMPARE(c.helperFor(QStringLiteral("contoso.azurecr.io")), QStringLiteral("desktop"));
    }

    void readEmptyFile_reportsEmpty()
    {
        QTemporaryDir dir;
        const DockerConfig c = readDockerConfig(writeFile(dir, QByteArray()));
        QVERIFY(c.exists);
        QVERIFY(!c.ok);
        QCOMPARE(c.problem, QStringLiteral("empty file"));
        QCOMPARE(c.sizeBytes, qint64(0));
    }

    void readDirectory_isNotARegularFile()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("config.json")));
        const DockerConfig c = readDockerConfig(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(c.exists);
        QVERIFY(!c.ok);
        QCOMPARE(c.problem, QStringLiteral("not a regular file"));
    }

    void readHugeFile_isTooLarge()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("config.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(5 * 1024 * 1024)); // sparse: costs no disk and no reading
        f.close();
        const DockerConfig c = readDockerConfig(path);
        QVERIFY(c.exists);
        QVERIFY(!c.ok);
        QCOMPARE(c.problem, QStringLiteral("too large"));
        QCOMPARE(c.sizeBytes, qint64(5 * 1024 * 1024));
    }

    void readBinaryFile_reportsParseError()
    {
        QTemporaryDir dir;
        QByteArray bytes(4096, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char(i * 37);
        const DockerConfig c = readDockerConfig(writeFile(dir, bytes));
        QVERIFY(!c.ok);
        QVERIFY2(c.problem.startsWith(QStringLiteral("not JSON: ")), qPrintable(c.problem));
    }

    void readUnreadableFile_reportsIt()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, kConfig);
        QFile::setPermissions(path, QFileDevice::Permissions());
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            QSKIP("running as a user that reads any file (root)");
        const DockerConfig c = readDockerConfig(path);
        QVERIFY(!c.ok);
        QVERIFY2(c.problem.startsWith(QStringLiteral("cannot read: ")), qPrintable(c.problem));
    }

    void configDir_followsDockerConfigVariable()
    {
        const QByteArray saved = qgetenv("DOCKER_CONFIG");
        const bool had = qEnvironmentVariableIsSet("DOCKER_CONFIG");
        // Written with the system's separators: %USERPROFILE%\.docker\config.json on Windows.
        const auto native = [](const char *path) { return QDir::toNativeSeparators(QString::fromUtf8(path)); };
        qputenv("DOCKER_CONFIG", "/tmp/some where/dockercfg");
        QCOMPARE(rd::dockerConfigDir(), native("/tmp/some where/dockercfg"));
        QCOMPARE(rd::dockerConfigPath(), native("/tmp/some where/dockercfg/config.json"));
        qunsetenv("DOCKER_CONFIG");
        const QString home = QDir::homePath();
        QCOMPARE(rd::dockerConfigDir(), QDir::toNativeSeparators(home + QStringLiteral("/.docker")));
        QCOMPARE(rd::dockerConfigPath(), QDir::toNativeSeparators(home + QStringLiteral("/.docker/config.json")));
        qputenv("DOCKER_CONFIG", "");
        QCOMPARE(rd::dockerConfigDir(), QDir::toNativeSeparators(home + QStringLiteral("/.docker")));
        if (had)
            qputenv("DOCKER_CONFIG", saved);
        else
            qunsetenv("DOCKER_CONFIG");
    }
};

QTEST_GUILESS_MAIN(TestDockerConfig)
#include "tst_docker_config.moc"
