// The registry's kind: from the host name, and from the challenge the registry answers with (the
// challenges below are the ones these registries send, as quoted in public issue threads).
#include "registry/rate_limit.h"
#include "registry/registry_kind.h"

#include <QTest>

using rd::RegistryKind;

Q_DECLARE_METATYPE(RegistryKind)

class TestRegistryKind : public QObject
{
    Q_OBJECT

private slots:
    void fromHost_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<RegistryKind>("kind");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("cloud");

        QTest::newRow("acr public") << "contoso.azurecr.io" << RegistryKind::Acr << ""
                                    << ""
                                    << "AzureCloud";
        QTest::newRow("acr china") << "contoso.azurecr.cn" << RegistryKind::Acr << ""
                                   << ""
                                   << "AzureChinaCloud";
        QTest::newRow("acr us gov") << "contoso.azurecr.us" << RegistryKind::Acr << ""
                                    << ""
                                    << "AzureUSGovernment";
        QTest::newRow("not acr: the bare suffix") << "azurecr.io" << RegistryKind::Generic << ""
                                                  << ""
                                                  << "";
        QTest::newRow("docker.io") << "docker.io" << RegistryKind::DockerHub << ""
                                   << ""
                                   << "";
        QTest::newRow("index.docker.io") << "index.docker.io" << RegistryKind::DockerHub << ""
                                         << ""
                                         << "";
        QTest::newRow("registry-1.docker.io") << "registry-1.docker.io" << RegistryKind::DockerHub << ""
                                              << ""
                                              << "";
        QTest::newRow("ghcr") << "ghcr.io" << RegistryKind::Ghcr << ""
                              << ""
                              << "";
        QTest::newRow("ecr") << "123456789012.dkr.ecr.eu-west-1.amazonaws.com" << RegistryKind::Ecr << "eu-west-1"
                             << "123456789012"
                             << "";
        QTest::newRow("ecr fips") << "123456789012.dkr.ecr-fips.us-east-1.amazonaws.com" << RegistryKind::Ecr << "us-east-1"
                                  << "123456789012"
                                  << "";
        QTest::newRow("ecr china") << "123456789012.dkr.ecr.cn-north-1.amazonaws.com.cn" << RegistryKind::Ecr << "cn-north-1"
                                   << "123456789012"
                                   << "";
        QTest::newRow("not ecr: 11-digit account") << "12345678901.dkr.ecr.eu-west-1.amazonaws.com" << RegistryKind::Generic
                                                   << ""
                                                   << ""
                                                   << "";
        QTest::newRow("ecr public") << "public.ecr.aws" << RegistryKind::EcrPublic << ""
                                    << ""
                                    << "";
        QTest::newRow("artifact registry") << "europe-west1-docker.pkg.dev" << RegistryKind::ArtifactRegistry << "europe-west1"
                                           << ""
                                           << "";
        QTest::newRow("artifact registry multi-region") << "us-docker.pkg.dev" << RegistryKind::ArtifactRegistry << "us"
                                                        << ""
                                                        << "";
        QTest::newRow("gcr") << "gcr.io" << RegistryKind::ContainerRegistryGoogle << ""
                             << ""
                             << "";
        QTest::newRow("gcr eu") << "eu.gcr.io" << RegistryKind::ContainerRegistryGoogle << "eu"
                                << ""
                                << "";
        QTest::newRow("gcr asia") << "asia.gcr.io" << RegistryKind::ContainerRegistryGoogle << "asia"
                                  << ""
                                  << "";
        // Google's other names under gcr.io (gcloud auth configure-docker lists some): Google's, with no region.
        QTest::newRow("gcr staging-k8s") << "staging-k8s.gcr.io" << RegistryKind::ContainerRegistryGoogle << ""
                                         << ""
                                         << "";
        QTest::newRow("gcr k8s") << "k8s.gcr.io" << RegistryKind::ContainerRegistryGoogle << ""
                                 << ""
                                 << "";
        QTest::newRow("gcr marketplace") << "marketplace.gcr.io" << RegistryKind::ContainerRegistryGoogle << ""
                                         << ""
                                         << "";
        QTest::newRow("gcr mirror") << "mirror.gcr.io" << RegistryKind::ContainerRegistryGoogle << ""
                                    << ""
                                    << "";
        QTest::newRow("not gcr: look-alike") << "gcr.io.example.com" << RegistryKind::Generic << ""
                                             << ""
                                             << "";
        QTest::newRow("not gcr: leading hyphen") << "-k8s.gcr.io" << RegistryKind::Generic << ""
                                                 << ""
                                                 << "";
        QTest::newRow("quay") << "quay.io" << RegistryKind::Quay << ""
                              << ""
                              << "";
        QTest::newRow("gitlab.com") << "registry.gitlab.com" << RegistryKind::GitLab << ""
                                    << ""
                                    << "";
        QTest::newRow("upper case") << "GHCR.IO" << RegistryKind::Ghcr << ""
                                    << ""
                                    << "";
        QTest::newRow("self-hosted") << "registry.example.com" << RegistryKind::Generic << ""
                                     << ""
                                     << "";
        QTest::newRow("look-alike") << "ghcr.io.example.com" << RegistryKind::Generic << ""
                                    << ""
                                    << "";
        QTest::newRow("empty") << "" << RegistryKind::Generic << ""
                               << ""
                               << "";
    }

    void fromHost()
    {
        QFETCH(QString, host);
        QFETCH(RegistryKind, kind);
        QFETCH(QString, region);
        QFETCH(QString, account);
        QFETCH(QString, cloud);
        const rd::RegistryKindInfo info = rd::registryKindFromHost(host);
        QCOMPARE(info.kind, kind);
        QCOMPARE(info.region, region);
        QCOMPARE(info.account, account);
        QCOMPARE(info.azureCloud, cloud);
        QVERIFY(!info.confirmed);
    }

    void fromChallenge_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("kind"); // -1: none

        // docker/distribution, oci-discovery#64, distribution#1203
        QTest::newRow("docker hub") << QByteArray("Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\"")
                                    << int(RegistryKind::DockerHub);
        QTest::newRow("ghcr") << QByteArray("Bearer realm=\"https://ghcr.io/token\",service=\"ghcr.io\",scope=\"repository:user/image:pull\"")
                              << int(RegistryKind::Ghcr);
        // mayflower/docker-ls#28
        QTest::newRow("ecr") << QByteArray("Basic realm=\"https://111111111111.dkr.ecr.us-east-1.amazonaws.com/\",service=\"ecr.amazonaws.com\"")
                             << int(RegistryKind::Ecr);
        // apple/container#2274 (no service on /v2/), setup-buildx-action#79
        QTest::newRow("artifact registry") << QByteArray("Bearer realm=\"https://us-docker.pkg.dev/v2/token\"")
                                           << int(RegistryKind::ArtifactRegistry);
        QTest::newRow("gcr") << QByteArray("Bearer realm=\"https://gcr.io/v2/token\",service=\"gcr.io\"")
                             << int(RegistryKind::ContainerRegistryGoogle);
        // goharbor/harbor#17930 (the token service's challenge), its Basic challenge with credentials
        QTest::newRow("harbor") << QByteArray("Bearer realm=\"https://harbor.example.com/service/token\",service=\"harbor-registry\"")
                                << int(RegistryKind::Harbor);
        QTest::newRow("harbor basic") << QByteArray("Basic realm=\"harbor\"") << int(RegistryKind::Harbor);
        // deitch/docker_registry2#14, a self-hosted GitLab (fraunhoferfokus/deckschrubber#26)
        QTest::newRow("gitlab.com") << QByteArray("Bearer realm=\"https://gitlab.com/jwt/auth\",service=\"container_registry\"")
                                    << int(RegistryKind::GitLab);
        QTest::newRow("gitlab self-hosted")
            << QByteArray("Bearer realm=\"https://ourgitlab.com/jwt/auth\",service=\"container_registry\",scope=\"registry:catalog:*\"")
            << int(RegistryKind::GitLab);
        // quay/claircore#879
        QTest::newRow("quay") << QByteArray("Bearer realm=\"https://quay.io/v2/auth\",service=\"quay.io\"") << int(RegistryKind::Quay);
        QTest::newRow("quay self-hosted") << QByteArray("Bearer realm=\"https://quay.example.com/v2/auth\",service=\"quay.example.com\"")
                                          << int(RegistryKind::Quay);
        QTest::newRow("acr") << QByteArray("Bearer realm=\"https://contoso.azurecr.io/oauth2/token\",service=\"contoso.azurecr.io\"")
                             << int(RegistryKind::Acr);
        QTest::newRow("plain distribution") << QByteArray("Basic realm=\"Registry Realm\"") << -1;
        QTest::newRow("gitea's /v2/token is not google")
            << QByteArray("Bearer realm=\"https://git.example.com/v2/token\",service=\"container_registry\",scope=\"*\"") << -1;
        QTest::newRow("oauth2/token on another host is not acr")
            << QByteArray("Bearer realm=\"https://auth.example.com/oauth2/token\",service=\"registry.example.com\"") << -1;
    }

    void fromChallenge()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, kind);
        const rd::ChallengeParseResult parsed = rd::parseWwwAuthenticate(header);
        QVERIFY(parsed.ok);
        const std::optional<RegistryKind> found = rd::registryKindFromChallenges(parsed.challenges);
        QCOMPARE(found.has_value(), kind >= 0);
        if (found)
            QCOMPARE(int(*found), kind);
    }

    void confirm()
    {
        // The same kind confirms; an unknown host takes the answer's; a known host keeps its own.
        rd::RegistryKindInfo ghcr = rd::confirmRegistryKind(rd::registryKindFromHost(QStringLiteral("ghcr.io")), RegistryKind::Ghcr);
        QCOMPARE(ghcr.kind, RegistryKind::Ghcr);
        QVERIFY(ghcr.confirmed);
        QVERIFY(!ghcr.fromAnswer);
        rd::RegistryKindInfo harbor = rd::confirmRegistryKind(rd::registryKindFromHost(QStringLiteral("registry.example.com")), RegistryKind::Harbor);
        QCOMPARE(harbor.kind, RegistryKind::Harbor);
        QVERIFY(harbor.confirmed);
        QVERIFY(harbor.fromAnswer);
        rd::RegistryKindInfo ecr = rd::confirmRegistryKind(rd::registryKindFromHost(QStringLiteral("123456789012.dkr.ecr.eu-west-1.amazonaws.com")),
                                                           RegistryKind::Harbor);
        QCOMPARE(ecr.kind, RegistryKind::Ecr);
        QVERIFY(!ecr.confirmed);
        rd::RegistryKindInfo none = rd::confirmRegistryKind(rd::registryKindFromHost(QStringLiteral("quay.io")), std::nullopt);
        QCOMPARE(none.kind, RegistryKind::Quay);
        QVERIFY(!none.confirmed);
    }

    void namesAreStableAndRoundTrip()
    {
        const QStringList expected{"generic", "acr", "docker-hub", "ghcr", "ecr", "ecr-public", "artifact-registry", "gcr",
                                   "harbor", "quay", "gitlab"};
        QCOMPARE(expected.size(), int(RegistryKind::Count));
        for (int i = 0; i < int(RegistryKind::Count); ++i) {
            QCOMPARE(rd::registryKindName(RegistryKind(i)), expected.at(i));
            QCOMPARE(rd::registryKindFromName(expected.at(i)), std::optional<RegistryKind>(RegistryKind(i)));
            QVERIFY(!rd::registryKindTitle(RegistryKind(i)).isEmpty());
        }
        QVERIFY(!rd::registryKindFromName(QStringLiteral("dockerhub")));
        QCOMPARE(rd::registryKindTitle(rd::registryKindFromHost(QStringLiteral("c.azurecr.cn"))),
                 QStringLiteral("Azure Container Registry (Azure China)"));
        QCOMPARE(rd::registryKindTitle(RegistryKind::Ghcr), QStringLiteral("GitHub Container Registry"));
    }

    void rateLimit_data()
    {
        QTest::addColumn<QByteArray>("limit");
        QTest::addColumn<QByteArray>("remaining");
        QTest::addColumn<int>("expectLimit"); // -1: nothing
        QTest::addColumn<int>("expectRemaining");
        QTest::addColumn<int>("expectWindow");
        // As Docker Hub sends them (docker docs, "Docker Hub pull usage and limits"; a HEAD of ratelimitpreview/test).
        QTest::newRow("docker hub") << QByteArray("100;w=21600") << QByteArray("76;w=21600") << 100 << 76 << 21600;
        QTest::newRow("none left") << QByteArray("100;w=21600") << QByteArray("0;w=21600") << 100 << 0 << 21600;
        QTest::newRow("no window") << QByteArray("200") << QByteArray("3") << 200 << 3 << -1;
        QTest::newRow("spaces") << QByteArray(" 100 ; w=21600 ") << QByteArray("5; w=21600") << 100 << 5 << 21600;
        QTest::newRow("missing remaining") << QByteArray("100;w=21600") << QByteArray() << -1 << -1 << -1;
        QTest::newRow("not a number") << QByteArray("lots") << QByteArray("76;w=21600") << -1 << -1 << -1;
        QTest::newRow("negative") << QByteArray("100") << QByteArray("-1") << -1 << -1 << -1;
        QTest::newRow("bad window ignored") << QByteArray("100;w=x") << QByteArray("7;w=0") << 100 << 7 << -1;
    }

    void rateLimit()
    {
        QFETCH(QByteArray, limit);
        QFETCH(QByteArray, remaining);
        QFETCH(int, expectLimit);
        QFETCH(int, expectRemaining);
        QFETCH(int, expectWindow);
        const std::optional<rd::RateLimit> r = rd::parseRateLimit(limit, remaining);
        QCOMPARE(r.has_value(), expectLimit >= 0);
        if (!r)
            return;
        QCOMPARE(r->limit, expectLimit);
        QCOMPARE(r->remaining, expectRemaining);
        QCOMPARE(r->windowSeconds, expectWindow);
    }
};

QTEST_GUILESS_MAIN(TestRegistryKind)
#include "tst_registry_kind.moc"
