#pragma once
// Where Helm (3.8+ and 4, through oras-go v2's credentials package) finds a stored registry login,
// read the way it reads it, so that a check for the Helm client sees what `helm pull oci://...` sees:
// - Helm's own file: $HELM_REGISTRY_CONFIG when set and not empty; else <config>/registry/config.json,
//   where <config> is $HELM_CONFIG_HOME, else $XDG_CONFIG_HOME/helm, else the system's default:
//   ~/.config/helm (Linux), ~/Library/Preferences/helm (macOS), %APPDATA%\helm (Windows)
//   (pkg/helmpath, pkg/cli/environment.go);
// - then Docker's config.json ($DOCKER_CONFIG or ~/.docker): NewStoreWithFallbacks(helm, docker);
// - in each file: credHelpers[server] (the exact key), else credsStore, else, when the file sets no
//   credsStore, no credHelpers and no auths (or does not exist), the platform's default helper when
//   its program is installed (osxkeychain, wincred; on Linux pass when `pass` is installed, else
//   secretservice); without a helper, the auths key equal to the server, else one whose host part is;
// - the server is the registry's host[:port], "https://index.docker.io/v1/" for Docker Hub;
// - the first store with a login decides; a helper that has none ("credentials not found") passes
//   on to the next store, an error stops the search;
// - Helm's own file that cannot be read or parsed stops Helm altogether; Docker's is then skipped
//   silently (Helm only logs in to it when it can be loaded). An empty file is an empty config.
#include "docker/docker_config.h"
#include "tool_folders.h"
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QVector>
#include <functional>

namespace rd {

QString helmRegistryConfigPath(const QProcessEnvironment &env, const QString &homeDir, HostOs os = currentHostOs());
// Docker's config as oras-go finds it: $DOCKER_CONFIG/config.json, else ~/.docker/config.json.
QString helmDockerConfigPath(const QProcessEnvironment &env, const QString &homeDir);

// One store Helm asks for this registry, as a Docker-shaped configuration holding only what applies:
// a helper (credHelpers entry, credsStore, or the platform default) or the file's auths entry.
struct HelmStore
{
    QString file;            // the config file that names the helper or holds the entry
    DockerConfig config;     // path = file
};

struct HelmLogin
{
    QString helmFile, dockerFile;
    QString serverKey;       // what Helm looks up ("https://index.docker.io/v1/" for Docker Hub)
    QString problem;         // untranslated: why Helm's own file stops Helm ("not JSON: ...")
    QString dockerSkipped;   // untranslated: why Docker's file is left out, when it is
    // The stores that have something for this registry, in the order Helm asks them. Empty: Helm
    // sends no credentials.
    QVector<HelmStore> stores;
};

// `registry` as the engine names it ("docker.io", "host:port"); `installed` says whether a program is on PATH.
HelmLogin findHelmLogin(const QString &helmFile, const QString &dockerFile, const QString &registry,
                        const std::function<bool(const QString &program)> &installed);

} // namespace rd
