#include "plan.h"
#include "../probes/azure_cli_probe.h"
#include "../probes/challenge_probe.h"
#include "../probes/clock_probe.h"
#include "../probes/credential_store_probe.h"
#include "../probes/credentials_probe.h"
#include "../probes/dns_probe.h"
#include "../probes/docker_client_probe.h"
#include "../probes/docker_config_probe.h"
#include "../probes/docker_daemon_probe.h"
#include "../probes/permissions_probe.h"
#include "../probes/proxy_probe.h"
#include "../probes/registry_name_probe.h"
#include "../probes/tcp_probe.h"
#include "../probes/tls_probe.h"
#include "symptom_catalog.h"
#include <QSet>
#include <functional>
#include <memory>

namespace rd {

namespace {

struct ProbeEntry
{
    const char *id;
    std::function<Probe *()> make;
};

const std::vector<ProbeEntry> &entries()
{
    static const std::vector<ProbeEntry> list{
        {"registry-name", [] { return new RegistryNameProbe; }},
        {"docker-client", [] { return new DockerClientProbe; }},
        {"docker-daemon", [] { return new DockerDaemonProbe; }},
        {"docker-config", [] { return new DockerConfigProbe; }},
        {"credential-store", [] { return new CredentialStoreProbe; }},
        {"azure-cli", [] { return new AzureCliProbe; }},
        {"proxy", [] { return new ProxyProbe; }},
        {"dns", [] { return new DnsProbe; }},
        {"tcp", [] { return new TcpProbe; }},
        {"tls", [] { return new TlsProbe; }},
        {"challenge", [] { return new ChallengeProbe; }},
        {"clock", [] { return new ClockProbe; }},
        {"credentials", [] { return new CredentialsProbe; }},
        {"permissions", [] { return new PermissionsProbe; }},
    };
    return list;
}

} // namespace

QStringList allProbeIds()
{
    QStringList ids;
    for (const auto &e : entries())
        ids << QLatin1String(e.id);
    return ids;
}

Probe *createProbe(const QString &id)
{
    for (const auto &e : entries())
        if (id == QLatin1String(e.id))
            return e.make();
    return nullptr;
}

QStringList probeDependencies(const QString &id)
{
    std::unique_ptr<Probe> p(createProbe(id));
    return p ? p->dependencies() : QStringList();
}

bool isLocalProbe(const QString &id)
{
    static const QSet<QString> local{QStringLiteral("docker-client"), QStringLiteral("docker-daemon"),
                                     QStringLiteral("docker-config"), QStringLiteral("credential-store"),
                                     QStringLiteral("azure-cli")};
    return local.contains(id);
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
    // The Azure CLI matters when the user signs in through it, whatever the symptom.
    if (options.signIn == SignInMethod::AzureCli)
        wanted << QStringLiteral("azure-cli");
    QStringList plan = withDependencies(wanted);
    // Practice runs look only at the practice registry, never at this computer's Docker or az.
    if (!options.practiceScenario.isEmpty())
        plan.erase(std::remove_if(plan.begin(), plan.end(), isLocalProbe), plan.end());
    return plan;
}

} // namespace rd
