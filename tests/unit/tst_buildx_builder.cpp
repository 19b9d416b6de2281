// Which builder `docker buildx build` uses, from a buildx store laid out as docker/buildx writes it
// (store/store.go: "current", "defaults/<hash>", "instances/<name>"; Files as base64, CA files
// under certs/<registry with other characters as _>/).
#include "docker/buildx_builder.h"
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

const QString kSocket = QStringLiteral("unix:///var/run/docker.sock");

// data/buildx/ci-builder: `docker buildx create --name ci-builder --driver docker-container
// --buildkitd-config buildkitd.toml` with a [registry."registry.lan:5000"] table naming a CA file.
QByteArray instance()
{
    QFile f(QStringLiteral(RD_SOURCE_DIR "/tests/unit/data/buildx/ci-builder"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class BuildxBuilderTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

private slots:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        write(QStringLiteral("instances/ci-builder"), instance());
    }

    void chosenForThisEngine_readsDriverAndTrust()
    {
        write(QStringLiteral("current"), "{\"Key\":\"unix:///var/run/docker.sock\",\"Name\":\"ci-builder\",\"Global\":false}");
        const BuildxBuilder b = currentBuildxBuilder(m_dir.path(), kSocket, {});
        QVERIFY(b.chosen);
        QCOMPARE(b.name, QStringLiteral("ci-builder"));
        QCOMPARE(b.driver, QStringLiteral("docker-container"));
        QCOMPARE(b.source, QStringLiteral("docker buildx use"));
        QVERIFY(b.ownTrustStore());
        QCOMPARE(b.caFolders, QStringList{QStringLiteral("registry.lan_5000")});
        QVERIFY(b.configText.contains(QLatin1String("[registry.\"registry.lan:5000\"]")));
        QVERIFY(b.configures(QStringLiteral("registry.lan:5000")));
        QVERIFY(!b.configures(QStringLiteral("registry.lan:5001")));
        QVERIFY(!b.configures(QStringLiteral("contoso.azurecr.io")));
    }

    void chosenForAnotherContext_notThisOne()
    {
        write(QStringLiteral("current"), "{\"Key\":\"build-server\",\"Name\":\"ci-builder\",\"Global\":false}");
        QVERIFY(!currentBuildxBuilder(m_dir.path(), kSocket, {}).chosen);
        QVERIFY(currentBuildxBuilder(m_dir.path(), QStringLiteral("build-server"), {}).chosen);
    }

    void chosenGlobally_everyEngine()
    {
        write(QStringLiteral("current"), "{\"Key\":\"build-server\",\"Name\":\"ci-builder\",\"Global\":true}");
        QVERIFY(currentBuildxBuilder(m_dir.path(), kSocket, {}).chosen);
    }

    void defaultForTheEndpoint_fromItsHash()
    {
        // `docker buildx use --default ci-builder`: defaults/<first 20 hex digits of SHA-256 of the key>.
        write(QStringLiteral("current"), "{\"Key\":\"unix:///var/run/docker.sock\"}");
        write(QStringLiteral("defaults/13c4025c96f36e94b348"), "ci-builder");
        QVERIFY(currentBuildxBuilder(m_dir.path(), kSocket, {}).chosen);
        QVERIFY(!currentBuildxBuilder(m_dir.path(), QStringLiteral("unix:///run/user/1000/docker.sock"), {}).chosen);
    }

    void fromTheEnvironment()
    {
        const BuildxBuilder b = currentBuildxBuilder(m_dir.path(), kSocket, QStringLiteral("ci-builder"));
        QVERIFY(b.chosen);
        QCOMPARE(b.source, QStringLiteral("BUILDX_BUILDER"));
    }

    void nothingChosen_orGone_theEnginesOwn()
    {
        QVERIFY(!currentBuildxBuilder(m_dir.path(), kSocket, {}).chosen);
        write(QStringLiteral("current"), "{\"Key\":\"unix:///var/run/docker.sock\",\"Name\":\"removed\",\"Global\":false}");
        QVERIFY(!currentBuildxBuilder(m_dir.path(), kSocket, {}).chosen);
        QVERIFY(!currentBuildxBuilder(m_dir.path() + QStringLiteral("/missing"), kSocket, {}).chosen);
        write(QStringLiteral("current"), "not json");
        QVERIFY(!currentBuildxBuilder(m_dir.path(), kSocket, {}).chosen);
    }

    void namesThatLeaveTheFolder_refused()
    {
        write(QStringLiteral("escape"), instance());
        QVERIFY(!currentBuildxBuilder(m_dir.path(), kSocket, QStringLiteral("../escape")).chosen);
        QVERIFY(!currentBuildxBuilder(m_dir.path() + QStringLiteral("/instances"), kSocket, QStringLiteral("../instances/ci-builder")).chosen);
    }

    void theEnginesOwnDriver_sharesItsTrust()
    {
        write(QStringLiteral("instances/ci-builder"), "{\"Name\":\"ci-builder\",\"Driver\":\"docker\",\"Nodes\":[{\"Name\":\"default\",\"Endpoint\":\"default\"}]}");
        const BuildxBuilder b = currentBuildxBuilder(m_dir.path(), kSocket, QStringLiteral("ci-builder"));
        QVERIFY(b.chosen);
        QVERIFY(!b.ownTrustStore());
    }

    void endpointKey_asBuildxFilesIt()
    {
        QCOMPARE(buildxEndpointKey(QStringLiteral("desktop-linux"), {}), QStringLiteral("desktop-linux"));
        QCOMPARE(buildxEndpointKey(QStringLiteral("default"), QStringLiteral("tcp://10.0.0.5:2376")), QStringLiteral("tcp://10.0.0.5:2376"));
#ifndef Q_OS_WIN
        QCOMPARE(buildxEndpointKey(QStringLiteral("default"), {}), kSocket);
        QCOMPARE(buildxEndpointKey({}, {}), kSocket);
#else
        QCOMPARE(buildxEndpointKey(QStringLiteral("default"), {}), QStringLiteral("npipe:////./pipe/docker_engine"));
#endif
    }
};

QTEST_GUILESS_MAIN(BuildxBuilderTest)
#include "tst_buildx_builder.moc"
