#include "client_trust.h"
#include "local_file.h"
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSslConfiguration>

namespace rd {

namespace {

constexpr qint64 kMaxCaFileBytes = 1024 * 1024;

// PEM certificates from one regular file, bounded; anything else yields nothing. The file is read
// every time, but its certificates are parsed once per content: decoding a system bundle (hundreds
// of certificates, twice when SSL_CERT_FILE and SSL_CERT_DIR both name it) costs far more than
// reading it, and every TLS probe of a `check --all` run asks for the same files. A file that
// changes is parsed again, so nothing is ever answered from a stale copy.
QList<QSslCertificate> readPemFile(const QString &path)
{
    const LocalFile f = readLocalFile(path, kMaxCaFileBytes);
    if (!f.ok())
        return {};
    struct Parsed
    {
        QByteArray bytes;
        QList<QSslCertificate> certificates;
    };
    constexpr int kMaxCachedFiles = 4096; // a system store has a few hundred
    static QMutex mutex;
    static QHash<QString, Parsed> parsed;
    {
        const QMutexLocker lock(&mutex);
        const auto it = parsed.constFind(path);
        if (it != parsed.cend() && it->bytes == f.bytes)
            return it->certificates;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(f.bytes, QSsl::Pem);
    const QMutexLocker lock(&mutex);
    if (parsed.size() >= kMaxCachedFiles)
        parsed.clear();
    parsed.insert(path, Parsed{f.bytes, certificates});
    return certificates;
}

std::optional<CaFolder> readFolder(const QString &root, const QString &folderName)
{
    if (root.isEmpty())
        return std::nullopt;
    const QString path = QDir(root).filePath(folderName);
    if (!QFileInfo(path).isDir())
        return std::nullopt;
    CaFolder folder;
    folder.path = QDir::toNativeSeparators(path);
    const QDir dir(path);
    for (const QString &name : dir.entryList({QStringLiteral("*.crt")}, QDir::Files, QDir::Name))
        folder.authorities += readPemFile(dir.filePath(name));
    return folder;
}

// The system store as Qt reads it, once per process (Qt reads every file of it on each call).
const QList<QSslCertificate> &systemStore()
{
    static const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
    return system;
}

#ifndef Q_OS_WIN // Docker reads $XDG_CONFIG_HOME/docker/certs.d outside Windows only
QString configHome(const TrustEnvironment &env)
{
    return env.xdgConfigHome.isEmpty() ? QDir(env.home).filePath(QStringLiteral(".config")) : env.xdgConfigHome;
}
#endif

} // namespace

TrustEnvironment TrustEnvironment::current()
{
    TrustEnvironment env;
    env.home = QDir::homePath();
    env.xdgConfigHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    env.programData = qEnvironmentVariable("ProgramData");
    env.sslCertFile = qEnvironmentVariable("SSL_CERT_FILE");
    env.sslCertDir = qEnvironmentVariable("SSL_CERT_DIR");
    return env;
}

QString certsFolderName(const QString &host, int port)
{
    return (port > 0 && port != 443) ? host + QLatin1Char(':') + QString::number(port) : host;
}

QVector<CaFolder> dockerCaFolders(const QString &folderName, const TrustEnvironment &env)
{
    QStringList roots;
#ifdef Q_OS_WIN
    if (!env.programData.isEmpty())
        roots << QDir(env.programData).filePath(QStringLiteral("docker/certs.d"));
#else
    roots << QDir(env.etc).filePath(QStringLiteral("docker/certs.d"))
          << QDir(configHome(env)).filePath(QStringLiteral("docker/certs.d"));
#endif
    roots << QDir(env.home).filePath(QStringLiteral(".docker/certs.d"));
    QVector<CaFolder> out;
    for (const QString &root : roots)
        if (auto folder = readFolder(root, folderName))
            out << *folder;
    return out;
}

std::optional<CaFolder> containersCaFolder(const QString &folderName, const TrustEnvironment &env)
{
    const QStringList roots{QDir(env.home).filePath(QStringLiteral(".config/containers/certs.d")),
                            QDir(env.etc).filePath(QStringLiteral("containers/certs.d")),
                            QDir(env.etc).filePath(QStringLiteral("docker/certs.d"))};
    for (const QString &root : roots)
        if (auto folder = readFolder(root, folderName))
            return folder;
    return std::nullopt;
}

QString goRootsReplacedBy(const TrustEnvironment &env)
{
#if defined(Q_OS_LINUX)
    QStringList replaced;
    if (!env.sslCertFile.isEmpty())
        replaced << QStringLiteral("SSL_CERT_FILE=") + env.sslCertFile;
    if (!env.sslCertDir.isEmpty())
        replaced << QStringLiteral("SSL_CERT_DIR=") + env.sslCertDir;
    return replaced.join(QLatin1Char(' '));
#else
    Q_UNUSED(env);
    return {};
#endif
}

GoRoots goSystemRoots(const TrustEnvironment &env)
{
    GoRoots roots;
    roots.replacedBy = goRootsReplacedBy(env);
#if defined(Q_OS_LINUX)
    // crypto/x509 on Linux: SSL_CERT_FILE replaces the list of bundle files, SSL_CERT_DIR the list of
    // folders; each one left unset keeps its default.
    if (!roots.replacedBy.isEmpty()) {
        if (!env.sslCertFile.isEmpty())
            roots.certificates += readPemFile(env.sslCertFile);
        for (const QString &dir : env.sslCertDir.split(QLatin1Char(':'), Qt::SkipEmptyParts)) {
            const QDir d(dir);
            for (const QString &name : d.entryList(QDir::Files, QDir::Name))
                roots.certificates += readPemFile(d.filePath(name));
        }
        // The defaults that stay (a bundle file when only the folder was replaced, and the other way
        // round) come from the system store; a Go client would read those too.
        if (env.sslCertFile.isEmpty() || env.sslCertDir.isEmpty())
            roots.certificates += systemStore();
        return roots;
    }
#endif
    roots.certificates = systemStore();
    return roots;
}

bool dockerSkipsVerification(const QString &host, const QList<QHostAddress> &addresses)
{
    // The daemon's default insecure-registries is 127.0.0.0/8; it resolves a host name and checks
    // every address it gets (moby registry.isSecureIndex).
    const QPair<QHostAddress, int> loopback = QHostAddress::parseSubnet(QStringLiteral("127.0.0.0/8"));
    const QHostAddress literal(host);
    if (!literal.isNull())
        return literal.isInSubnet(loopback);
    if (addresses.isEmpty())
        return false;
    for (const QHostAddress &a : addresses)
        if (a.isInSubnet(loopback))
            return true;
    return false;
}

} // namespace rd
