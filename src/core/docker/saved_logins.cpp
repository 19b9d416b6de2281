#include "saved_logins.h"
#include "registry/registry_reference.h"
#include <QSet>

namespace rd {

QStringList savedLoginServers(const DockerConfig &config)
{
    QSet<QString> seen;
    QStringList servers;
    const auto add = [&](const QString &key) {
        const RegistryReference ref = parseRegistryReference(normaliseServerKey(key));
        if (!ref.isUsable() || ref.hasBlockingFinding() || seen.contains(ref.loginServer))
            return;
        seen.insert(ref.loginServer);
        servers << ref.loginServer;
    };
    for (auto it = config.auths.cbegin(); it != config.auths.cend(); ++it)
        add(it.key());
    for (auto it = config.credHelpers.cbegin(); it != config.credHelpers.cend(); ++it)
        add(it.key());
    servers.sort();
    return servers;
}

} // namespace rd
