#include "ids.h"
#include <iterator>

namespace rd {

namespace {

// The one place each stable name is written. Row i names enum value i.
constexpr const char *kProbeNames[] = {
    "registry-name", "docker-client", "docker-daemon", "docker-config", "credential-store", "azure-cli",
    "proxy", "dns", "tcp", "tls", "challenge", "clock", "credentials", "permissions", "manifest", "layer-download",
    "blob-upload", "acr-role-mode",
};
static_assert(std::size(kProbeNames) == size_t(ProbeId::Count), "one name per ProbeId");

constexpr const char *kCauseNames[] = {
    "docker-not-installed", "docker-too-old", "docker-daemon-not-running", "registry-name-invalid",
    "registry-not-found", "network-unreachable", "proxy-problem", "tls-untrusted-certificate",
    "firewall-blocked", "private-endpoint-dns", "throttled", "not-a-registry", "registry-unavailable",
    "no-credentials", "credentials-invalid", "username-not-recognized", "credentials-not-authorized",
    "credentials-expired", "credential-store-failing", "az-not-logged-in", "clock-skew",
    "use-expose-token", "ci-secret-missing", "image-pull-secret-missing", "platform-mismatch", "mfa-required",
    "buildkit-ca-not-trusted", "podman-instead-of-docker", "az-cli-too-old",
    "login-host-mismatch", "email-as-username", "wrong-azure-cloud", "repository-not-found",
    "data-endpoint-blocked", "plain-http-registry", "token-service-misconfigured",
    "ipv6-unreachable", "acr-abac-legacy-role", "daemon-proxy-differs", "docker-insecure-registry", "engine-elsewhere",
};
static_assert(std::size(kCauseNames) == size_t(CauseId::Count), "one name per CauseId");

constexpr const char *kSymptomNames[] = {
    "login-fails", "unauthorized", "cannot-connect", "push-pull-unauthorized", "azure-service", "forbidden",
    "cannot-manage",
};
static_assert(std::size(kSymptomNames) == size_t(SymptomId::Count), "one name per SymptomId");

template <typename Id, size_t N>
std::optional<Id> fromName(const char *const (&names)[N], const QString &name)
{
    for (size_t i = 0; i < N; ++i)
        if (name == QLatin1String(names[i]))
            return Id(i);
    return std::nullopt;
}

} // namespace

QString idName(ProbeId id) { return QLatin1String(kProbeNames[size_t(id)]); }
QString idName(CauseId id) { return QLatin1String(kCauseNames[size_t(id)]); }
QString idName(SymptomId id) { return QLatin1String(kSymptomNames[size_t(id)]); }

std::optional<ProbeId> probeIdFromName(const QString &name) { return fromName<ProbeId>(kProbeNames, name); }
std::optional<CauseId> causeIdFromName(const QString &name) { return fromName<CauseId>(kCauseNames, name); }
std::optional<SymptomId> symptomIdFromName(const QString &name) { return fromName<SymptomId>(kSymptomNames, name); }

} // namespace rd
