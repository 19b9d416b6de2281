// "check --all": every registry Docker has a login for, checked at once, against real registries:
// Debian's docker-registry (the distribution registry) on loopback with htpasswd sign-in, one with
// the right saved password, one with a wrong one, and a saved login for a registry that is down.
#include "distribution_registry.h"
#include "docker/docker_config.h"
#include "docker/saved_logins.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using rd::test::DistributionRegistry;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, const QString &home)
{
    QProcess p;
    p.setProgram(QStringLiteral(RD_CLI_PATH));
    p.setArguments(args);
#ifdef Q_OS_WIN
    // A Windows program needs the system's variables (without SystemRoot, Winsock does not start);
    // the home folder is %USERPROFILE%.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("REGISTRY_AUTH_FILE"));
    env.insert(QStringLiteral("USERPROFILE"), home);
#else
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
#endif
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("DOCKER_CONFIG"), home + QStringLiteral("/.docker"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForStarted())
        return {};
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(), p.readAllStandardError()};
}

QJsonObject authEntry(const QByteArray &user, const QByteArray &password)
{
    return QJsonObject{{QStringLiteral("auth"), QString::fromLatin1((user + ':' + password).toBase64())}};
}

} // namespace

class TestAllLogins : public QObject
{
    Q_OBJECT

private slots:
    void savedLoginServers_fromAuthsAndHelpers()
    {
        const rd::DockerConfig config = rd::parseDockerConfig(
            R"({"auths": {"https://index.docker.io/v1/": {}, "Contoso.azurecr.io": {"auth": "dTpw"}, "ghcr.io": {}, "not a host!": {}},)"
            R"("credHelpers": {"123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login", "ghcr.io": "gh"}, "credsStore": "desktop"})");
        QVERIFY(config.ok);
        QCOMPARE(rd::savedLoginServers(config),
                 (QStringList{"123456789012.dkr.ecr.eu-west-1.amazonaws.com", "contoso.azurecr.io", "docker.io", "ghcr.io"}));
        QVERIFY(rd::savedLoginServers(rd::parseDockerConfig("{}")).isEmpty());
    }

    void checkAll_listsEveryLoginWithItsOutcome()
    {
        if (!DistributionRegistry::available())
            QSKIP("needs Debian's docker-registry and htpasswd (scripts/install-deps.sh)");
        DistributionRegistry good;
        DistributionRegistry refused;
        QString error;
        QVERIFY2(good.start(QStringLiteral("alice"), "right-a", &error), qPrintable(error));
        QVERIFY2(refused.start(QStringLiteral("bob"), "right-b", &error), qPrintable(error));
        const QString down = QStringLiteral("127.0.0.1:%1").arg(rd::test::unusedLoopbackPort());

        QTemporaryDir home;
        QVERIFY(home.isValid());
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".docker")));
        QFile config(home.filePath(QStringLiteral(".docker/config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        const QJsonObject auths{{good.loginServer(), authEntry("alice", "right-a")},
                                {refused.loginServer(), authEntry("bob", "wrong-b")},
                                {down, authEntry("carol", "whatever")}};
        config.write(QJsonDocument(QJsonObject{{QStringLiteral("auths"), auths}}).toJson());
        config.close();

        const Run r = cli({QStringLiteral("check"), QStringLiteral("--all"), QStringLiteral("--timeout"), QStringLiteral("10"),
                           QStringLiteral("--format"), QStringLiteral("json")},
                          home.path());
        QCOMPARE(r.exitCode, 1); // problems found
        const QJsonArray rows = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(rows.size(), 3);
        QHash<QString, QJsonObject> byServer;
        for (const QJsonValue &v : rows)
            byServer.insert(v.toObject().value(QStringLiteral("server")).toString(), v.toObject());

        const QJsonObject ok = byServer.value(good.loginServer());
        QCOMPARE(ok.value(QStringLiteral("kind")).toString(), QStringLiteral("generic"));
        QCOMPARE(ok.value(QStringLiteral("user")).toString(), QStringLiteral("alice"));
        QVERIFY(ok.value(QStringLiteral("tested")).toBool());
        QVERIFY(ok.value(QStringLiteral("works")).toBool());
        QVERIFY(ok.value(QStringLiteral("causes")).toArray().isEmpty());

        const QJsonObject bad = byServer.value(refused.loginServer());
        QCOMPARE(bad.value(QStringLiteral("user")).toString(), QStringLiteral("bob"));
        QVERIFY(bad.value(QStringLiteral("tested")).toBool());
        QVERIFY(!bad.value(QStringLiteral("works")).toBool());
        QVERIFY(bad.value(QStringLiteral("causes")).toArray().contains(QStringLiteral("credentials-invalid")));

        const QJsonObject off = byServer.value(down);
        QVERIFY(!off.value(QStringLiteral("tested")).toBool());
        QVERIFY(!off.value(QStringLiteral("works")).toBool());
        QVERIFY(off.value(QStringLiteral("causes")).toArray().contains(QStringLiteral("network-unreachable")));

        // Nothing secret in what it prints.
        for (const QByteArray &secret : {QByteArray("right-a"), QByteArray("wrong-b"), QByteArray("whatever")})
            QVERIFY2(!r.out.contains(secret) && !r.err.contains(secret), secret.constData());

        // The table: one row per registry, with its outcome.
        const Run text = cli({QStringLiteral("check"), QStringLiteral("--all"), QStringLiteral("--timeout"), QStringLiteral("10")}, home.path());
        QCOMPARE(text.exitCode, 1);
        const QString table = QString::fromUtf8(text.out);
        QVERIFY2(table.contains(QRegularExpression(QStringLiteral("%1\\s+container registry\\s+alice\\s+works").arg(QRegularExpression::escape(good.loginServer())))),
                 qPrintable(table));
        QVERIFY2(table.contains(QRegularExpression(QStringLiteral("%1\\s+container registry\\s+bob\\s+fails").arg(QRegularExpression::escape(refused.loginServer())))),
                 qPrintable(table));
        QVERIFY2(table.contains(QRegularExpression(QStringLiteral("%1\\s+container registry\\s+carol\\s+not tested").arg(QRegularExpression::escape(down)))),
                 qPrintable(table));
    }

    void checkAll_withoutLogins()
    {
        QTemporaryDir home;
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".docker")));
        const Run r = cli({QStringLiteral("check"), QStringLiteral("--all"), QStringLiteral("--format"), QStringLiteral("json")}, home.path());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
        QVERIFY(r.err.contains("No saved logins"));
    }
};

QTEST_GUILESS_MAIN(TestAllLogins)
#include "tst_all_logins.moc"
