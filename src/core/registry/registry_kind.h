#pragma once
// Which registry service a login server belongs to (Azure, Docker Hub, GitHub, Amazon, Google,
// Harbor, Quay, GitLab or any other OCI registry): recognised from the host name, and confirmed (or,
// for self-hosted Harbor, GitLab and Quay, found) from how the registry answers: the realm and
// service of its sign-in challenge, and its headers. Each kind signs in its own way, so the
// explanations and fixes depend on it.
#include "registry/challenge.h"
#include <QString>
#include <QVector>
#include <optional>

namespace rd {

enum class RegistryKind {
    Generic,                 // any other OCI registry
    Acr,                     // Azure Container Registry, every cloud
    DockerHub,               // docker.io, index.docker.io, registry-1.docker.io
    Ghcr,                    // GitHub Container Registry, ghcr.io
    Ecr,                     // Amazon ECR, ACCOUNT.dkr.ecr.REGION.amazonaws.com
    EcrPublic,               // Amazon ECR Public, public.ecr.aws
    ArtifactRegistry,        // Google Artifact Registry, REGION-docker.pkg.dev
    ContainerRegistryGoogle, // Google Container Registry, gcr.io and its regional names
    Harbor,                  // any host that answers like Harbor
    Quay,                    // quay.io, or a host that answers like Quay
    GitLab,                  // registry.gitlab.com, or a host that answers like GitLab
    Count
};

struct RegistryKindInfo
{
    RegistryKind kind = RegistryKind::Generic;
    QString region;          // ECR "eu-west-1"; Artifact Registry "europe-west1" or "us"; GCR "eu", "us", "asia"
    QString account;         // ECR: the 12-digit AWS account ID
    QString azureCloud;      // ACR: the Azure CLI's cloud name (`az cloud set --name`): AzureCloud, AzureChinaCloud, AzureUSGovernment
    bool confirmed = false;  // the registry's answer showed the same kind
    bool fromAnswer = false; // the host name did not tell; the answer did
};

// The kind a host name shows (lower-case host, no port). Docker Hub's names, ECR's and Google's
// regional names carry the region and account where they have one.
RegistryKindInfo registryKindFromHost(const QString &host);

// The kind a registry's 401 challenge shows: Docker Hub's auth.docker.io realm, GitHub's
// ghcr.io/token, ECR's "ecr.amazonaws.com" service, Google's /v2/token on docker.pkg.dev and gcr.io,
// Harbor's /service/token and "harbor-registry", Quay's /v2/auth, GitLab's /jwt/auth and
// "container_registry", ACR's /oauth2/token on azurecr. Nothing when the answer names no service.
std::optional<RegistryKind> registryKindFromChallenges(const QVector<AuthChallenge> &challenges);

// The host's kind, updated by what the answer showed: the same kind confirms it; a kind the host
// name could not tell (Generic) takes the answer's.
RegistryKindInfo confirmRegistryKind(RegistryKindInfo fromHost, std::optional<RegistryKind> fromAnswer);

// Stable names for reports and JSON: "generic", "acr", "docker-hub", "ghcr", "ecr", "ecr-public",
// "artifact-registry", "gcr", "harbor", "quay", "gitlab". Never renamed.
QString registryKindName(RegistryKind kind);
std::optional<RegistryKind> registryKindFromName(const QString &name);

// The service's own name ("GitHub Container Registry"), for people; product names are not
// translated; Generic gives a translated "container registry". ACR names its cloud when not public.
QString registryKindTitle(const RegistryKindInfo &info);
QString registryKindTitle(RegistryKind kind);

// What the user name and password are for that service, in its words ("Always AWS; the password
// comes from aws ecr get-login-password."); empty for ACR and any other registry, whose sign-in
// choices say it.
QString registryKindSignInHint(RegistryKind kind);

} // namespace rd
