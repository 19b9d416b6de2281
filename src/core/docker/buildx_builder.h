#pragma once
// Which builder `docker buildx build` uses, read from buildx's own store as buildx reads it
// (docker/buildx store/store.go, storeutil.GetCurrentInstance): $BUILDX_BUILDER, else the
// "current" file ({"Key","Name","Global"}) when it is global or was chosen for this Docker
// endpoint, else defaults/<first 20 hex digits of the endpoint's SHA-256>; the builder's own file
// is instances/<name> ({"Name","Driver","Nodes":[{"Files":{"certs/HOST/ca.pem": base64}}]}).
// No builder chosen means the engine's own ("docker" driver), which trusts what the engine trusts.
// A "docker-container", "kubernetes" or "remote" builder runs BuildKit elsewhere, with its own CA
// store: Docker's certs.d folders do not reach it, only CA files given in its buildkitd.toml,
// which buildx copies into the store as certs/<registry name with other characters as _>/FILE.
#include <QString>
#include <QStringList>

namespace rd {

struct BuildxBuilder
{
    bool chosen = false;      // a builder of buildx's store is the one builds use
    QString name;
    QString driver;           // "docker-container", "kubernetes", "remote", "docker"
    QString source;           // "BUILDX_BUILDER" | "docker buildx use"
    QStringList caFolders;    // registry names the builder has CA files for (as buildx names them)
    QString configText;       // its buildkitd.toml, as stored (never holds secrets: CA paths, mirrors)

    // BuildKit runs in its own container or elsewhere: the engine's trust does not apply.
    bool ownTrustStore() const;
    // Its configuration names `registry` ("host" or "host:port") in a CA folder or a [registry."..."] table.
    bool configures(const QString &registry) const;
};

// $BUILDX_CONFIG, else the buildx folder beside Docker's config.json.
QString buildxConfigDir(const QString &dockerConfigDir);
// The key buildx files its choice under: the context's name, or for the default context the
// engine's address (DOCKER_HOST, else this system's default socket).
QString buildxEndpointKey(const QString &contextName, const QString &dockerHost);
BuildxBuilder currentBuildxBuilder(const QString &buildxDir, const QString &endpointKey, const QString &builderFromEnv);

} // namespace rd
