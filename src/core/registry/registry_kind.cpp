#include "registry_kind.h"
#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace rd {

namespace {

struct KindName
{
    RegistryKind kind;
    const char *name;
    const char *title; // the product's own name; nullptr: translated
};

// One row per kind, in enum order (checked below).
constexpr KindName kKinds[] = {
    {RegistryKind::Generic, "generic", nullptr},
    {RegistryKind::Acr, "acr", "Azure Container Registry"},
    {RegistryKind::DockerHub, "docker-hub", "Docker Hub"},
    {RegistryKind::Ghcr, "ghcr", "GitHub Container Registry"},
    {RegistryKind::Ecr, "ecr", "Amazon ECR"},
    {RegistryKind::EcrPublic, "ecr-public", "Amazon ECR Public"},
    {RegistryKind::ArtifactRegistry, "artifact-registry", "Google Artifact Registry"},
    {RegistryKind::ContainerRegistryGoogle, "gcr", "Google Container Registry"},
    {RegistryKind::Harbor, "harbor", "Harbor"},
    {RegistryKind::Quay, "quay", "Quay"},
    {RegistryKind::GitLab, "gitlab", "GitLab Container Registry"},
};
static_assert(sizeof(kKinds) / sizeof(kKinds[0]) == size_t(RegistryKind::Count), "a row per registry kind");

constexpr bool kindsInOrder()
{
    for (size_t i = 0; i < sizeof(kKinds) / sizeof(kKinds[0]); ++i)
        if (kKinds[i].kind != RegistryKind(i))
            return false;
    return true;
}
static_assert(kindsInOrder(), "kKinds follows the enum's order");

bool hostIs(const QString &host, const char *name)
{
    return host == QLatin1String(name);
}

QString realmHost(const AuthChallenge &c)
{
    return QUrl(c.realm()).host().toLower();
}

QString realmPath(const AuthChallenge &c)
{
    return QUrl(c.realm()).path();
}

} // namespace

RegistryKindInfo registryKindFromHost(const QString &hostIn)
{
    const QString host = hostIn.toLower();
    RegistryKindInfo info;
    struct Cloud
    {
        const char *suffix;
        const char *name;
    };
    static const Cloud clouds[] = {{".azurecr.io", "AzureCloud"}, {".azurecr.cn", "AzureChinaCloud"}, {".azurecr.us", "AzureUSGovernment"}};
    for (const Cloud &c : clouds)
        if (host.endsWith(QLatin1String(c.suffix)) && host.size() > int(qstrlen(c.suffix))) {
            info.kind = RegistryKind::Acr;
            info.azureCloud = QLatin1String(c.name);
            return info;
        }
    if (hostIs(host, "docker.io") || hostIs(host, "index.docker.io") || hostIs(host, "registry-1.docker.io")
        || hostIs(host, "registry.hub.docker.com")) {
        info.kind = RegistryKind::DockerHub;
        return info;
    }
    if (hostIs(host, "ghcr.io")) {
        info.kind = RegistryKind::Ghcr;
        return info;
    }
    if (hostIs(host, "public.ecr.aws")) {
        info.kind = RegistryKind::EcrPublic;
        return info;
    }
    if (hostIs(host, "quay.io")) {
        info.kind = RegistryKind::Quay;
        return info;
    }
    if (hostIs(host, "registry.gitlab.com")) {
        info.kind = RegistryKind::GitLab;
        return info;
    }
    // 123456789012.dkr.ecr.eu-west-1.amazonaws.com, the FIPS names (dkr.ecr-fips), and China's .amazonaws.com.cn.
    static const QRegularExpression ecr(QStringLiteral("^([0-9]{12})\\.dkr\\.ecr(?:-fips)?\\.([a-z0-9-]+)\\.amazonaws\\.com(?:\\.cn)?$"));
    if (const QRegularExpressionMatch m = ecr.match(host); m.hasMatch()) {
        info.kind = RegistryKind::Ecr;
        info.account = m.captured(1);
        info.region = m.captured(2);
        return info;
    }
    static const QRegularExpression gar(QStringLiteral("^([a-z0-9-]+)-docker\\.pkg\\.dev$"));
    if (const QRegularExpressionMatch m = gar.match(host); m.hasMatch()) {
        info.kind = RegistryKind::ArtifactRegistry;
        info.region = m.captured(1);
        return info;
    }
    // gcr.io and every name under it that Google serves: the multi-regions us., eu., asia., and
    // k8s.gcr.io, staging-k8s.gcr.io, marketplace.gcr.io, mirror.gcr.io (gcloud auth configure-docker
    // lists several of them). Only the multi-regions are a region.
    static const QRegularExpression gcr(QStringLiteral("^(?:([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)\\.)?gcr\\.io$"));
    if (const QRegularExpressionMatch m = gcr.match(host); m.hasMatch()) {
        info.kind = RegistryKind::ContainerRegistryGoogle;
        static const QStringList multiRegions{QStringLiteral("us"), QStringLiteral("eu"), QStringLiteral("asia")};
        if (multiRegions.contains(m.captured(1)))
            info.region = m.captured(1);
        return info;
    }
    return info;
}

std::optional<RegistryKind> registryKindFromChallenges(const QVector<AuthChallenge> &challenges)
{
    for (const AuthChallenge &c : challenges) {
        const QString host = realmHost(c);
        const QString path = realmPath(c);
        const QString service = c.service();
        // Docker Hub: Bearer realm="https://auth.docker.io/token",service="registry.docker.io"
        if (host == QLatin1String("auth.docker.io") || service == QLatin1String("registry.docker.io"))
            return RegistryKind::DockerHub;
        // GitHub: Bearer realm="https://ghcr.io/token",service="ghcr.io"
        if (host == QLatin1String("ghcr.io"))
            return RegistryKind::Ghcr;
        // Amazon ECR: Basic realm="https://ACCOUNT.dkr.ecr.REGION.amazonaws.com/",service="ecr.amazonaws.com"
        if (service == QLatin1String("ecr.amazonaws.com"))
            return RegistryKind::Ecr;
        // Amazon ECR Public: its token service is on public.ecr.aws
        if (host == QLatin1String("public.ecr.aws"))
            return RegistryKind::EcrPublic;
        // Google: Bearer realm="https://us-docker.pkg.dev/v2/token" (Artifact Registry), realm="https://gcr.io/v2/token"
        if (path == QLatin1String("/v2/token") && host.endsWith(QLatin1String("-docker.pkg.dev")))
            return RegistryKind::ArtifactRegistry;
        if (path == QLatin1String("/v2/token") && (host == QLatin1String("gcr.io") || host.endsWith(QLatin1String(".gcr.io"))))
            return RegistryKind::ContainerRegistryGoogle;
        // Harbor: Bearer realm="https://HOST/service/token",service="harbor-registry"; Basic realm="harbor" once credentials are sent
        if (service == QLatin1String("harbor-registry") || (c.scheme == QLatin1String("basic") && c.realm() == QLatin1String("harbor")))
            return RegistryKind::Harbor;
        // GitLab: Bearer realm="https://gitlab.com/jwt/auth",service="container_registry"
        if (path == QLatin1String("/jwt/auth") && service == QLatin1String("container_registry"))
            return RegistryKind::GitLab;
        // Quay: Bearer realm="https://quay.io/v2/auth",service="quay.io"
        if (path == QLatin1String("/v2/auth") && (host == QLatin1String("quay.io") || service == host))
            return RegistryKind::Quay;
        // Azure: Bearer realm="https://NAME.azurecr.io/oauth2/token",service="NAME.azurecr.io"
        if (path == QLatin1String("/oauth2/token") && registryKindFromHost(host).kind == RegistryKind::Acr)
            return RegistryKind::Acr;
    }
    return std::nullopt;
}

RegistryKindInfo confirmRegistryKind(RegistryKindInfo info, std::optional<RegistryKind> fromAnswer)
{
    if (!fromAnswer)
        return info;
    if (*fromAnswer == info.kind) {
        info.confirmed = true;
    } else if (info.kind == RegistryKind::Generic) {
        info.kind = *fromAnswer;
        info.confirmed = true;
        info.fromAnswer = true;
    }
    return info;
}

QString registryKindName(RegistryKind kind)
{
    return QLatin1String(kKinds[int(kind) < int(RegistryKind::Count) ? int(kind) : 0].name);
}

std::optional<RegistryKind> registryKindFromName(const QString &name)
{
    for (const KindName &k : kKinds)
        if (name == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

QString registryKindTitle(RegistryKind kind)
{
    const KindName &k = kKinds[int(kind) < int(RegistryKind::Count) ? int(kind) : 0];
    //: The kind of a registry the check could not tie to a known service (any OCI registry).
    return k.title ? QString::fromLatin1(k.title) : QCoreApplication::translate("rd::RegistryKind", "container registry");
}

QString registryKindSignInHint(RegistryKind kind)
{
    const char *hint = nullptr;
    switch (kind) {
    case RegistryKind::DockerHub:
        hint = QT_TRANSLATE_NOOP("rd::RegistryKind", "Your Docker ID; with two-step verification on, the password is a personal access token.");
        break;
    case RegistryKind::Ghcr:
        hint = QT_TRANSLATE_NOOP("rd::RegistryKind", "Your GitHub login; the password is a personal access token (classic) with read:packages.");
        break;
    case RegistryKind::Ecr:
    case RegistryKind::EcrPublic:
        hint = QT_TRANSLATE_NOOP("rd::RegistryKind", "Always AWS; the password comes from aws ecr get-login-password.");
        break;
    case RegistryKind::ArtifactRegistry:
    case RegistryKind::ContainerRegistryGoogle:
        hint = QT_TRANSLATE_NOOP("rd::RegistryKind", "oauth2accesstoken with a token from gcloud auth print-access-token, or _json_key with a service account key.");
        break;
    case RegistryKind::Harbor:
        hint = QT_TRANSLATE_NOOP("rd::RegistryKind", "Your Harbor user name, or a robot account (robot$...) with its secret.");
        break;
    case RegistryKind::Quay:
        hint = QT_TRANSLATE_NOOP("rd::RegistryKind", "Your Quay user name, or a robot account (organization+name) with its token.");
        break;
    case RegistryKind::GitLab:
        hint = QT_TRANSLATE_NOOP("rd::RegistryKind", "Your GitLab user name; the password is a personal access token with read_registry.");
        break;
    case RegistryKind::Generic:
    case RegistryKind::Acr:
    case RegistryKind::Count:
        break;
    }
    return hint ? QCoreApplication::translate("rd::RegistryKind", hint) : QString();
}

QString registryKindTitle(const RegistryKindInfo &info)
{
    // The sovereign clouds' own names, as Microsoft writes them.
    if (info.kind == RegistryKind::Acr && info.azureCloud == QLatin1String("AzureChinaCloud"))
        return QStringLiteral("Azure Container Registry (Azure China)");
    if (info.kind == RegistryKind::Acr && info.azureCloud == QLatin1String("AzureUSGovernment"))
        return QStringLiteral("Azure Container Registry (Azure Government)");
    return registryKindTitle(info.kind);
}

} // namespace rd
