#include "client_detection.h"
#include "local_file.h"
#include "process_runner.h"
#include <QFileInfo>

namespace rd {

bool isPodmanDockerEmulation(const QString &path)
{
    const QFileInfo info(path);
    if (info.isSymLink() && QFileInfo(info.symLinkTarget()).fileName().startsWith(QLatin1String("podman")))
        return true;
    // A script is small; a real docker binary is tens of megabytes and never read here.
    if (info.size() > 64 * 1024)
        return false;
    const LocalFile f = readLocalFile(path, 64 * 1024);
    return f.ok() && f.bytes.startsWith("#!") && f.bytes.contains("podman");
}

ClientGuess detectRegistryClient()
{
    ClientGuess g;
    g.path = ProcessRunner::findProgram(QStringLiteral("docker"));
    if (!g.path.isEmpty()) {
        const bool emulation = isPodmanDockerEmulation(g.path);
        g.client = emulation ? RegistryClient::Podman : RegistryClient::Docker;
        g.basis = emulation ? ClientGuess::Basis::PodmanEmulation : ClientGuess::Basis::DockerFound;
        return g;
    }
    g.path = ProcessRunner::findProgram(QStringLiteral("podman"));
    if (!g.path.isEmpty()) {
        g.client = RegistryClient::Podman;
        g.basis = ClientGuess::Basis::OnlyPodman;
        return g;
    }
    g.path = ProcessRunner::findProgram(QStringLiteral("helm"));
    if (!g.path.isEmpty()) {
        g.client = RegistryClient::Helm;
        g.basis = ClientGuess::Basis::OnlyHelm;
    }
    return g;
}

} // namespace rd
