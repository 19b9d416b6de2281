#pragma once
// Which client a user most likely failed with, when they do not say (--client auto): the `docker`
// command, unless that command is Podman's Docker emulation (Debian's and Fedora's podman-docker
// install a /usr/bin/docker script that runs podman) or only Podman is installed; Helm when neither
// docker nor podman is there but helm is (a chart user on a machine without a container engine:
// Helm is then the only client that can have failed). Looks at files only, runs nothing.
#include "check_options.h"
#include <QString>

namespace rd {

struct ClientGuess
{
    enum class Basis { DockerFound, PodmanEmulation, OnlyPodman, OnlyHelm, Neither };
    RegistryClient client = RegistryClient::Docker;
    Basis basis = Basis::Neither;
    QString path;         // the docker (or, for OnlyPodman, podman; for OnlyHelm, helm) program found
};

ClientGuess detectRegistryClient();

// True when the file at `path` is Podman's Docker emulation: a script that runs podman, or a link to it.
bool isPodmanDockerEmulation(const QString &path);

} // namespace rd
