#include "plan.h"
#include "probes/azure_cli_probe.h"
#include "probes/acr_role_mode_probe.h"
#include "probes/blob_upload_probe.h"
#include "probes/challenge_probe.h"
#include "probes/clock_probe.h"
#include "probes/credential_store_probe.h"
#include "probes/credentials_probe.h"
#include "probes/dns_probe.h"
#include "probes/docker_client_probe.h"
#include "probes/docker_config_probe.h"
#include "probes/docker_daemon_probe.h"
#include "probes/layer_download_probe.h"
#include "probes/manifest_probe.h"
#include "probes/permissions_probe.h"
#include "probes/proxy_probe.h"
#include "probes/registry_name_probe.h"
#include "probes/tcp_probe.h"
#include "probes/tls_probe.h"
#include "symptom_catalog.h"
#include <QSet>
#include <functional>
#include <memory>

namespace rd {

namespace {

// No default: a new ProbeId that has no probe here is a compiler warning.
Probe *makeProbe(ProbeId id)
{
    switch (id) {
    case ProbeId::RegistryName: return new RegistryNameProbe;
    case ProbeId::DockerClient: return new DockerClientProbe;
    case ProbeId::DockerDaemon: return new DockerDaemonProbe;
    case ProbeId::DockerConfig: return new DockerConfigProbe;
    case ProbeId::CredentialStore: return new CredentialStoreProbe;
    case ProbeId::AzureCli: return new AzureCliProbe;
    case ProbeId::Proxy: return new ProxyProbe;
    case ProbeId::Dns: return new DnsProbe;
    case ProbeId::Tcp: return new TcpProbe;
    case ProbeId::Tls: return new TlsProbe;
    case ProbeId::Challenge: return new ChallengeProbe;
    case ProbeId::Clock: return new ClockProbe;
    case ProbeId::Credentials: return new CredentialsProbe;
    case ProbeId::Permissions: return new PermissionsProbe;
    case ProbeId::Manifest: return new ManifestProbe;
    case ProbeId::LayerDownload: return new LayerDownloadProbe;
    case ProbeId::BlobUpload: return new BlobUploadProbe;
    case ProbeId::AcrRoleMode: return new AcrRoleModeProbe;
    case ProbeId::Count: break;
    }
    return nullptr;
}

} // namespace

QStringList allProbeIds()
{
    return idNames(allIds<ProbeId>());
}

Probe *createProbe(const QString &id)
{
    const std::optional<ProbeId> known = probeIdFromName(id);
    return known ? makeProbe(*known) : nullptr;
}

QStringList probeDependencies(const QString &id)
{
    std::unique_ptr<Probe> p(createProbe(id));
    return p ? p->dependencies() : QStringList();
}

bool isLocalProbe(ProbeId id)
{
    switch (id) {
    case ProbeId::DockerClient:
    case ProbeId::DockerDaemon:
    case ProbeId::DockerConfig:
    case ProbeId::CredentialStore:
    case ProbeId::AzureCli:
    case ProbeId::AcrRoleMode: // runs the Azure CLI
        return true;
    case ProbeId::RegistryName:
    case ProbeId::Proxy:
    case ProbeId::Dns:
    case ProbeId::Tcp:
    case ProbeId::Tls:
    case ProbeId::Challenge:
    case ProbeId::Clock:
    case ProbeId::Credentials:
    case ProbeId::Permissions:
    case ProbeId::Manifest:
    case ProbeId::LayerDownload:
    case ProbeId::BlobUpload:
    case ProbeId::Count:
        break;
    }
    return false;
}

bool isLocalProbe(const QString &id)
{
    const std::optional<ProbeId> known = probeIdFromName(id);
    return known && isLocalProbe(*known);
}

QStringList withDependencies(const QStringList &ids)
{
    QSet<QString> wanted;
    QStringList stack = ids;
    while (!stack.isEmpty()) {
        const QString id = stack.takeLast();
        if (wanted.contains(id))
            continue;
        wanted.insert(id);
        stack << probeDependencies(id);
    }
    QStringList ordered;
    for (const QString &id : allProbeIds())
        if (wanted.contains(id))
            ordered << id;
    return ordered;
}

QStringList planProbes(const CheckOptions &options)
{
    QStringList wanted;
    if (!options.onlyProbes.isEmpty()) {
        wanted = options.onlyProbes;
    } else if (options.symptoms.isEmpty()) {
        wanted = allProbeIds();
    } else {
        const auto catalog = symptomCatalog();
        for (const Symptom &s : catalog)
            if (options.symptoms.contains(s.id))
                wanted << s.probes;
    }
    // The Azure CLI matters when the user signs in through it, whatever the symptom; with
    // another method chosen it is not started at all (it is the slowest probe by far).
    if (options.signIn == SignInMethod::AzureCli)
        wanted << idName(ProbeId::AzureCli);
    else if (options.signIn != SignInMethod::Auto && options.onlyProbes.isEmpty()) {
        wanted.removeAll(idName(ProbeId::AzureCli));
        wanted.removeAll(idName(ProbeId::AcrRoleMode)); // it asks the Azure CLI
    }
    // Podman has no engine to start (and no daemon behind its `docker` emulation), and Helm talks
    // to the registry itself: Docker's engine says nothing about their sign-in, pull or push. Only
    // az acr login needs it for Helm (Helm then reads the login Docker stored).
    const bool helmThroughDocker = options.client == RegistryClient::Helm && options.signIn == SignInMethod::AzureCli;
    if (options.client != RegistryClient::Docker && !helmThroughDocker && options.onlyProbes.isEmpty())
        wanted.removeAll(idName(ProbeId::DockerDaemon));
    QStringList plan = withDependencies(wanted);
    // Practice runs look only at the practice registry, never at this computer's Docker or az. A
    // scenario that gives the trainee a home folder has the login files there read as a real check
    // reads the user's own.
    if (!options.practiceScenario.isEmpty()) {
        const bool ownHome = !options.homeFolder.isEmpty();
        const auto local = [ownHome](const QString &id) {
            const bool loginFiles = id == idName(ProbeId::DockerConfig) || id == idName(ProbeId::CredentialStore);
            return isLocalProbe(id) && !(ownHome && loginFiles);
        };
        plan.erase(std::remove_if(plan.begin(), plan.end(), local), plan.end());
    }
    return plan;
}

} // namespace rd
