#pragma once
// The Docker engine's own view, from `docker info --format '{{json .}}'` (docker/cli's dockerInfo:
// moby's system.Info at the top level, ClientInfo and ServerErrors beside it). The engine pulls,
// pushes and signs in with its own proxy settings, insecure registries and mirrors, and it may run
// somewhere else than this computer (Docker Desktop's VM, WSL 2, a remote context).
#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace rd {

struct DockerEngineInfo
{
    bool parsed = false;            // a JSON object with the server's fields arrived
    QString serverVersion;          // "28.2.2"
    QString name;                   // the engine's host name ("docker-desktop", "build-01")
    QString operatingSystem;        // "Ubuntu 24.04.2 LTS", "Docker Desktop"
    QString osType;                 // "linux" | "windows"
    QString kernelVersion;          // "6.10.14-linuxkit", "5.15.167.4-microsoft-standard-WSL2"
    QString httpProxy, httpsProxy, noProxy; // as the engine reports them (it masks passwords)
    QStringList insecureCidrs;      // RegistryConfig.InsecureRegistryCIDRs ("127.0.0.0/8", "::1/128")
    QStringList insecureRegistries; // IndexConfigs whose Secure is false ("registry.lan:5000")
    QStringList secureRegistries;   // IndexConfigs whose Secure is true ("docker.io")
    QStringList mirrors;            // RegistryConfig.Mirrors (Docker Hub's mirrors)
    QString context;                // ClientInfo.Context ("default", "desktop-linux", "remote")
    QStringList serverErrors;       // ServerErrors (the daemon answered with an error)

    bool dockerDesktop() const;     // Docker Desktop's VM (OperatingSystem "Docker Desktop")
    bool wsl2() const;              // an engine on WSL 2's kernel (KernelVersion names microsoft / WSL2)
    // Docker skips TLS verification for the registry `indexName` (host or host:port, as in an image
    // name) as its registry service decides (moby's isSecureIndex): its IndexConfigs entry when
    // there is one, else whether the host (an address, or the addresses it resolves to, given
    // here as this computer resolved them) lies in an insecure CIDR.
    bool skipsTls(const QString &indexName, const QList<QHostAddress> &addresses) const;
};

// Tolerant: missing fields stay empty, values of the wrong type are ignored, and anything before
// the first '{' (warnings some versions print on stdout) is skipped. Never throws.
DockerEngineInfo parseDockerInfo(const QByteArray &stdoutBytes);

// Where the Docker client sends its commands: DOCKER_HOST, else the context's endpoint (read from
// the context store, ~/.docker/contexts/meta/<sha256 of the name>/meta.json). Empty for the
// default local socket.
struct DockerEndpoint
{
    QString host;       // "ssh://build@10.0.0.5", "tcp://10.0.0.5:2376", "unix:///var/run/docker.sock"
    QString source;     // "DOCKER_HOST" | "context"
    bool remote = false; // tcp:// or ssh:// to another machine
};
DockerEndpoint dockerEndpoint(const QString &contextName, const QString &dockerHostValue, const QString &configDir);
// Whether an endpoint address points at another machine (tcp:// or ssh:// to a host that is not
// loopback); unix://, npipe:// and fd:// are local.
bool isRemoteDockerHost(const QString &host);

} // namespace rd
