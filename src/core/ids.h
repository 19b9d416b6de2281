#pragma once
// The ids of probes, causes and symptoms, each defined once: an enum for the code and one table
// (ids.cpp) with its stable name for JSON, the command line and the practice scenarios. Names are
// never renamed; a new id is a new enum value, and the static_asserts in ids.cpp (and the switch
// statements without a default elsewhere) point at every table that needs a row for it.
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace rd {

// In the order a check lists them: registry name, this computer, network, registry, sign-in.
enum class ProbeId {
    RegistryName, DockerClient, DockerDaemon, DockerConfig, CredentialStore, AzureCli,
    Proxy, Dns, Tcp, Tls, Challenge, Clock, Credentials, Permissions, Manifest, LayerDownload, BlobUpload,
    AcrRoleMode,
    Count
};

enum class CauseId {
    DockerNotInstalled, DockerTooOld, DockerDaemonNotRunning, RegistryNameInvalid, RegistryNotFound,
    NetworkUnreachable, ProxyProblem, TlsUntrustedCertificate, FirewallBlocked, PrivateEndpointDns,
    Throttled, NotARegistry, RegistryUnavailable, NoCredentials, CredentialsInvalid, UsernameNotRecognized,
    CredentialsNotAuthorized, CredentialsExpired, CredentialStoreFailing, AzNotLoggedIn, ClockSkew,
    UseExposeToken, CiSecretMissing, ImagePullSecretMissing, PlatformMismatch, MfaRequired,
    BuildkitCaNotTrusted, PodmanInsteadOfDocker, AzCliTooOld,
    LoginHostMismatch, EmailAsUsername, WrongAzureCloud,
    RepositoryNotFound, DataEndpointBlocked, PlainHttpRegistry, TokenServiceMisconfigured,
    Ipv6Unreachable, AcrAbacLegacyRole, DaemonProxyDiffers, DockerInsecureRegistry, EngineElsewhere,
    Count
};

// The article's seven symptoms.
enum class SymptomId {
    LoginFails,            // docker login / az acr login fails
    Unauthorized,          // "unauthorized: authentication required" / "Application not registered with AAD"
    CannotConnect,         // "Could not connect to the registry login server"
    PushPullUnauthorized,
    AzureService,          // AKS, Azure DevOps, another Azure service
    Forbidden,             // "login attempt failed with status: 403 Forbidden"
    CannotManage,          // portal / az cannot see or manage the registry
    Count
};

template <typename Id>
constexpr int idCount() { return int(Id::Count); }

// Every value of an id enum, in declaration order.
template <typename Id>
QVector<Id> allIds()
{
    QVector<Id> out;
    out.reserve(idCount<Id>());
    for (int i = 0; i < idCount<Id>(); ++i)
        out << Id(i);
    return out;
}

QString idName(ProbeId id);     // "registry-name", "docker-client", ...
QString idName(CauseId id);     // "docker-not-installed", ...
QString idName(SymptomId id);   // "login-fails", ...

std::optional<ProbeId> probeIdFromName(const QString &name);
std::optional<CauseId> causeIdFromName(const QString &name);
std::optional<SymptomId> symptomIdFromName(const QString &name);

template <typename Id>
QStringList idNames(const QVector<Id> &ids)
{
    QStringList out;
    for (Id id : ids)
        out << idName(id);
    return out;
}

} // namespace rd
