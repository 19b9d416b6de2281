#include "containers_auth.h"
#include "local_file.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace rd {

namespace {

constexpr qint64 kMaxAuthFileBytes = 4 * 1024 * 1024;

// containers/image's normalizeRegistry: Docker Hub's host names compare as one.
QString normaliseRegistry(const QString &registry)
{
    if (registry == QLatin1String("registry-1.docker.io") || registry == QLatin1String("docker.io"))
        return QStringLiteral("index.docker.io");
    return registry;
}

// containers/image's normalizeAuthFileKey.
QString normaliseAuthFileKey(const QString &key, bool legacyFormat)
{
    QString stripped = key;
    if (stripped.startsWith(QLatin1String("http://")))
        stripped.remove(0, 7);
    else if (stripped.startsWith(QLatin1String("https://")))
        stripped.remove(0, 8);
    if (legacyFormat || stripped != key)
        stripped = stripped.section(QLatin1Char('/'), 0, 0);
    return normaliseRegistry(stripped);
}

} // namespace

QVector<ContainersAuthFile> containersAuthFiles(const QProcessEnvironment &env, const QString &homeDir)
{
    const QString userFile = env.value(QStringLiteral("REGISTRY_AUTH_FILE"));
    if (!userFile.isEmpty())
        return {{userFile, false}};
    QVector<ContainersAuthFile> files;
#ifdef Q_OS_LINUX
    const QString runtimeDir = env.value(QStringLiteral("XDG_RUNTIME_DIR"));
    files.append({runtimeDir.isEmpty() ? QStringLiteral("/run/containers/%1/auth.json").arg(getuid())
                                       : QDir(runtimeDir).filePath(QStringLiteral("containers/auth.json")),
                  false});
#else
    files.append({QDir(homeDir).filePath(QStringLiteral(".config/containers/auth.json")), false});
#endif
    QString configHome = env.value(QStringLiteral("XDG_CONFIG_HOME"));
    if (configHome.isEmpty())
        configHome = QDir(homeDir).filePath(QStringLiteral(".config"));
    files.append({QDir(configHome).filePath(QStringLiteral("containers/auth.json")), false});
    const QString dockerConfig = env.value(QStringLiteral("DOCKER_CONFIG"));
    files.append({dockerConfig.isEmpty() ? QDir(homeDir).filePath(QStringLiteral(".docker/config.json"))
                                         : QDir(dockerConfig).filePath(QStringLiteral("config.json")),
                  false});
    files.append({QDir(homeDir).filePath(QStringLiteral(".dockercfg")), true});
    return files;
}

ContainersLogin findContainersLogin(const QVector<ContainersAuthFile> &files, const QString &registry,
                                    const QString &repository)
{
    ContainersLogin login;
    // The key containers/image looks up: the image's name without tag, Docker Hub's short names
    // with their "library/" namespace.
    QString repo = repository.section(QLatin1Char(':'), 0, 0).section(QLatin1Char('@'), 0, 0);
    if (registry == QLatin1String("docker.io") && !repo.isEmpty() && !repo.contains(QLatin1Char('/')))
        repo.prepend(QLatin1String("library/"));
    const QString fullKey = repo.isEmpty() ? registry : registry + QLatin1Char('/') + repo;

    for (const ContainersAuthFile &f : files) {
        login.searched << f.path;
        const LocalFile read = readLocalFile(f.path, kMaxAuthFileBytes);
        if (read.status == LocalFile::Status::Missing)
            continue;
        if (!read.ok()) {
            login.file = f.path;
            login.problem = read.problem;
            break;
        }
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(read.bytes, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            login.file = f.path;
            login.problem = error.error != QJsonParseError::NoError
                                ? QStringLiteral("not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset)
                                : QStringLiteral("not a JSON object");
            break;
        }
        const QJsonObject root = doc.object();
        const QJsonObject auths = f.legacyFormat ? root : root.value(QLatin1String("auths")).toObject();
        const QJsonObject helpers = f.legacyFormat ? QJsonObject() : root.value(QLatin1String("credHelpers")).toObject();

        QJsonObject reduced;
        if (helpers.contains(registry)) {
            login.helper = helpers.value(registry).toString();
            reduced.insert(QStringLiteral("credHelpers"), QJsonObject{{registry, login.helper}});
        } else {
            QString match;
            if (f.legacyFormat) {
                if (auths.contains(registry))
                    match = registry;
            } else {
                for (QString key = fullKey; match.isEmpty(); key = key.section(QLatin1Char('/'), 0, -2)) {
                    if (auths.contains(key))
                        match = key;
                    if (!key.contains(QLatin1Char('/')))
                        break;
                }
            }
            if (match.isEmpty()) {
                const QString wanted = normaliseRegistry(registry);
                for (auto it = auths.constBegin(); it != auths.constEnd() && match.isEmpty(); ++it)
                    if (normaliseAuthFileKey(it.key(), f.legacyFormat) == wanted)
                        match = it.key();
            }
            if (match.isEmpty())
                continue;
            // containers/image reads only "auth" (and "identitytoken" beside a valid one): an
            // entry without user:password (Docker's marker when a store holds the login) counts
            // as nothing here and the next file is read; "auth" that is not base64 is an error.
            const QJsonObject found = auths.value(match).toObject();
            const auto decoded = QByteArray::fromBase64Encoding(found.value(QLatin1String("auth")).toString().toLatin1(),
                                                                QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                login.file = f.path;
                login.problem = QStringLiteral("the \"auth\" value of \"%1\" is not base64").arg(match);
                break;
            }
            if (!decoded.decoded.contains(':'))
                continue;
            login.key = match;
            QJsonObject usable{{QStringLiteral("auth"), found.value(QLatin1String("auth"))}};
            if (found.contains(QLatin1String("identitytoken")))
                usable.insert(QStringLiteral("identitytoken"), found.value(QLatin1String("identitytoken")));
            // Under the registry's own name, so the engine's lookups (by login server) find it.
            reduced.insert(QStringLiteral("auths"), QJsonObject{{registry, usable}});
        }
        login.file = f.path;
        login.config = parseDockerConfig(QJsonDocument(reduced).toJson(QJsonDocument::Compact), f.path);
        login.config.sizeBytes = read.size;
        return login;
    }
    login.config.path = login.file.isEmpty() ? (files.isEmpty() ? QString() : files.first().path) : login.file;
    login.config.exists = !login.problem.isEmpty();
    login.config.ok = login.problem.isEmpty();
    login.config.problem = login.problem;
    return login;
}

} // namespace rd
