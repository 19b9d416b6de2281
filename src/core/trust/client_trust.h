#pragma once
// Where the user's own client finds the certificate authorities it trusts for one registry, read
// from the clients' sources rather than guessed:
// - Docker's daemon reads <certs.d>/<host[:port]>/*.crt on top of the system roots: /etc/docker/certs.d
//   (rootful Linux), $XDG_CONFIG_HOME/docker/certs.d (rootless), %ProgramData%\docker\certs.d
//   (Windows engine), ~/.docker/certs.d (Docker Desktop copies it into its VM).
// - Podman, Buildah and Skopeo (containers/image) use the FIRST of ~/.config/containers/certs.d,
//   /etc/containers/certs.d, /etc/docker/certs.d that has a folder for <host[:port]>.
// - Go starts from the system roots; on Linux SSL_CERT_FILE / SSL_CERT_DIR replace them.
// - Docker's daemon does not verify registries on 127.0.0.0/8 (its default insecure registries).
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QVector>
#include <optional>

namespace rd {

struct TrustEnvironment
{
    QString home;            // the user's home
    QString etc = QStringLiteral("/etc");
    QString xdgConfigHome;   // empty: <home>/.config
    QString programData;     // Windows %ProgramData%
    QString sslCertFile;     // SSL_CERT_FILE
    QString sslCertDir;      // SSL_CERT_DIR (':'-separated)
    static TrustEnvironment current();
};

struct CaFolder
{
    QString path;                      // <certs.d>/<host[:port]>
    QList<QSslCertificate> authorities; // from its *.crt files
};

// "host" or "host:port" as the clients name the folder (the port only when the registry has one).
QString certsFolderName(const QString &host, int port);

// Docker's folders for this registry that exist, in the order above.
QVector<CaFolder> dockerCaFolders(const QString &folderName, const TrustEnvironment &env);
// The one folder Podman/Skopeo use, when one exists.
std::optional<CaFolder> containersCaFolder(const QString &folderName, const TrustEnvironment &env);

struct GoRoots
{
    QList<QSslCertificate> certificates;
    QString replacedBy;      // "SSL_CERT_FILE=/path" when the environment replaces the system roots
};
// The roots a Go client starts from (cached for the process's system store).
GoRoots goSystemRoots(const TrustEnvironment &env);
// GoRoots::replacedBy alone, without reading any certificate.
QString goRootsReplacedBy(const TrustEnvironment &env);

// True when Docker's daemon, with its default settings, skips certificate checks for this registry.
bool dockerSkipsVerification(const QString &host, const QList<QHostAddress> &addresses);

} // namespace rd
