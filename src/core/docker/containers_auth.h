#pragma once
// Where Podman, Buildah and Skopeo (containers/image, pkg/docker/config) find a stored login, read
// the way they read it, so that a check for the Podman client sees what Podman sees:
// - the files, in order: $REGISTRY_AUTH_FILE alone when it is set; else on Linux
//   $XDG_RUNTIME_DIR/containers/auth.json (or /run/containers/UID/auth.json without the variable),
//   elsewhere ~/.config/containers/auth.json; then $XDG_CONFIG_HOME/containers/auth.json
//   (~/.config/...), Docker's config.json ($DOCKER_CONFIG or ~/.docker) and the legacy ~/.dockercfg;
// - in each file, a credHelpers entry for the registry first, then the auths key that matches the
//   repository most closely ("quay.io/ns/app", "quay.io/ns", "quay.io"), then any key that names the
//   registry once normalised ("https://index.docker.io/v1/" for docker.io); only "auth" counts (an
//   entry without user:password, Docker's marker for a store, is skipped); the first file with a
//   usable match decides;
// - Docker's credsStore is not read at all: Podman never uses Docker's default store;
// - a file that exists but cannot be read or parsed stops the search (Podman fails there too).
#include "docker/docker_config.h"
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rd {

struct ContainersAuthFile
{
    QString path;
    bool legacyFormat = false;   // ~/.dockercfg: the file is the auths object itself
};

QVector<ContainersAuthFile> containersAuthFiles(const QProcessEnvironment &env, const QString &homeDir);

struct ContainersLogin
{
    QStringList searched;    // the files looked at, in order, up to the one that decided
    QString file;            // the file holding the login or naming the helper; empty when none has one
    QString key;             // the auths key that matched, as written
    QString helper;          // the credHelpers entry for the registry, when one decided
    QString problem;         // untranslated: why `file` could not be used ("not JSON: ...", "not a regular file")
    // What applies to this registry, as a Docker-shaped configuration (path = the deciding file, or
    // the first one searched): the matching auths entry or credHelpers entry only, never a credsStore.
    DockerConfig config;
};

// `registry` as the engine names it ("docker.io", "host:port"); `repository` may be empty.
ContainersLogin findContainersLogin(const QVector<ContainersAuthFile> &files, const QString &registry,
                                    const QString &repository);

} // namespace rd
