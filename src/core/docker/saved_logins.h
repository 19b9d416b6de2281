#pragma once
// Every registry Docker has a login for, as its config file lists them: the keys of `auths` (Docker
// writes an entry there for every `docker login`, also when a credential store keeps the secret)
// and of `credHelpers` (a helper per registry, such as ecr-login or gcloud).
#include "docker/docker_config.h"
#include <QStringList>

namespace rd {

// Normalised login servers ("docker.io", "contoso.azurecr.io"), each once, sorted; entries that are
// not a usable registry address are left out.
QStringList savedLoginServers(const DockerConfig &config);

} // namespace rd
