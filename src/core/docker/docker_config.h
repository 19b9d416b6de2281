#pragma once
// Reads Docker's config.json the way the Docker CLI does, for one registry: which store holds the
// credentials (credHelpers entry, else credsStore, else the file's auths) and what the file holds.
#include "secret.h"
#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>

namespace rd {

struct DockerAuthEntry
{
    QString serverKey;     // the key as written in auths ("https://index.docker.io/v1/", "contoso.azurecr.io")
    QString username;      // decoded from `auth` (or `username`)
    Secret password;       // decoded from `auth` (or `password`)
    Secret identityToken;  // `identitytoken` (a refresh token, after `az acr login`)
    bool authMalformed = false; // `auth` present but not base64 of user:password
};

struct DockerConfig
{
    QString path;            // the file that was (or would be) read
    bool exists = false;
    bool ok = false;         // read and parsed as a JSON object
    QString problem;         // untranslated: "empty file", "not JSON: ...", "too large", "not a regular file"
    qint64 sizeBytes = 0;
    QString credsStore;      // "desktop", "wincred", ...
    bool credsStoreIsPlatformDefault = false; // not in the file: Docker's default for this platform
    QMap<QString, QString> credHelpers; // server -> helper suffix, as written (see isCredentialHelperName)
    QMap<QString, DockerAuthEntry> auths; // by normalised server (see normaliseServerKey)

    // What Docker would use for `loginServer`: the helper suffix, or empty for the file.
    QString helperFor(const QString &loginServer) const;
    // The auths entry for `loginServer` (matching "https://host", "host/", "http://host/v2/" keys too).
    const DockerAuthEntry *authFor(const QString &loginServer) const;
};

// Default config directory: $DOCKER_CONFIG, else <home>/.docker. `env` lookups go through the
// given function so tests and callers can pass their own environment.
QString dockerConfigDir();
QString dockerConfigPath();

// Reads at most 4 MiB; larger files, binary files and non-objects are reported in `problem`.
// A missing file is not an error: exists=false, ok=true, nothing in it (Docker runs without one).
// An empty (or whitespace-only) file gives ok=false with problem "empty file"; Docker itself treats
// it as an empty configuration, so callers that want Docker's view treat that problem as "nothing".
// A directory gives "not a regular file"; invalid JSON "not JSON: <parser error> at offset N".
DockerConfig readDockerConfig(const QString &path);
DockerConfig parseDockerConfig(const QByteArray &json, const QString &path = QString());

// What the Docker CLI does when it loads its config (config.LoadDefaultConfigFile): a file that sets
// no credsStore, no credHelpers and no auths (or no file at all) gets the platform's store, when that
// store's helper program is installed: osxkeychain on macOS, wincred on Windows, on Linux pass when
// the `pass` program is installed, else secretservice. `installed` says whether a program is on PATH.
void applyPlatformDefaultStore(DockerConfig &config, const std::function<bool(const QString &program)> &installed);

// "https://Contoso.azurecr.io/v2/" -> "contoso.azurecr.io": lowercase, no scheme, nothing from the first
// slash on (like Docker's ConvertToHostname); the port stays. Docker Hub's names ("docker.io",
// "index.docker.io", "registry-1.docker.io", Docker's own key "https://index.docker.io/v1/") all
// become "docker.io".
QString normaliseServerKey(const QString &key);

// A credsStore / credHelpers value that names a program on PATH ("desktop", "ecr-login"): letters,
// digits, '.', '_' and '-' only. Anything else ("../../tmp/x", "/bin/sh") would be joined into a
// path: it is never run.
bool isCredentialHelperName(const QString &name);

} // namespace rd
