#include "image_name.h"
#include "registry_reference.h"
#include "docker/docker_config.h"

namespace rd {

ImageName imageName(const RegistryReference &registry, const QString &repositoryOption)
{
    ImageName n;
    QString rest = repositoryOption.trimmed();
    if (rest.isEmpty())
        return n;
    const int at = rest.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        n.reference = rest.mid(at + 1);
        n.byDigest = true;
        rest = rest.left(at);
    } else {
        // A colon after the last slash is a tag (one before it would be a port, not allowed here).
        const int colon = rest.lastIndexOf(QLatin1Char(':'));
        if (colon > rest.lastIndexOf(QLatin1Char('/'))) {
            n.reference = rest.mid(colon + 1);
            rest = rest.left(colon);
        }
    }
    if (n.reference.isEmpty())
        n.reference = QStringLiteral("latest");
    n.repository = rest;
    const bool dockerHub = normaliseServerKey(registry.loginServer) == QLatin1String("docker.io");
    n.apiRepository = dockerHub && !rest.contains(QLatin1Char('/')) ? QStringLiteral("library/") + rest : rest;
    const QString server = dockerHub ? QStringLiteral("docker.io") : registry.loginServer;
    n.fullyQualified = server + QLatin1Char('/') + n.apiRepository + (n.byDigest ? QLatin1Char('@') : QLatin1Char(':')) + n.reference;
    return n;
}

} // namespace rd
