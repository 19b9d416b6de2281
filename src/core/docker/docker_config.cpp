#include "docker_config.h"
#include "local_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QStringList>

namespace rd {

namespace {

constexpr qint64 kMaxConfigBytes = 4 * 1024 * 1024;

// Docker Hub's names, all stored by Docker under "https://index.docker.io/v1/".
bool isDockerHubHost(const QString &host)
{
    return host == QLatin1String("docker.io") || host == QLatin1String("index.docker.io")
        || host == QLatin1String("registry-1.docker.io");
}

DockerAuthEntry readAuthEntry(const QString &key, const QJsonObject &o)
{
    DockerAuthEntry entry;
    entry.serverKey = key;
    const QString auth = o.value(QLatin1String("auth")).toString();
    if (!auth.isEmpty()) {
        // Docker writes base64(user:password) with the standard alphabet and padding.
        auto decoded = QByteArray::fromBase64Encoding(auth.trimmed().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        const int colon = decoded ? int(decoded.decoded.indexOf(':')) : -1;
        if (colon <= 0) {
            entry.authMalformed = true;
        } else {
            entry.username = QString::fromUtf8(decoded.decoded.left(colon));
            entry.password = Secret(decoded.decoded.mid(colon + 1));
        }
        decoded.decoded.fill('\0'); // the copies above are separate; leave no plain password behind
    } else {
        entry.username = o.value(QLatin1String("username")).toString();
        const QString password = o.value(QLatin1String("password")).toString();
        if (!password.isEmpty())
            entry.password = Secret(password.toUtf8());
    }
    const QString identityToken = o.value(QLatin1String("identitytoken")).toString();
    if (!identityToken.isEmpty())
        entry.identityToken = Secret(identityToken.toUtf8());
    return entry;
}

} // namespace

QString normaliseServerKey(const QString &key)
{
    QString s = key.trimmed().toLower();
    if (s.startsWith(QLatin1String("https://")))
        s.remove(0, 8);
    else if (s.startsWith(QLatin1String("http://")))
        s.remove(0, 7);
    // Like Docker's ConvertToHostname: the host[:port] before the first slash; drops "/v1/", "/v2/".
    const int slash = int(s.indexOf(QLatin1Char('/')));
    if (slash >= 0)
        s.truncate(slash);
    // Trimmed again ("host /v2/", "https:// host"), so that a normalised key normalises to itself.
    s = s.trimmed();
    if (isDockerHubHost(s))
        return QStringLiteral("docker.io");
    return s;
}

// Docker's own rule: $DOCKER_CONFIG, else .docker in the home folder (%USERPROFILE%\.docker on
// Windows). Written with the system's separators, as the user sees the path in Explorer or a shell.
QString dockerConfigDir()
{
    const QString fromEnv = qEnvironmentVariable("DOCKER_CONFIG");
    if (!fromEnv.isEmpty())
        return QDir::toNativeSeparators(fromEnv);
    return QDir::toNativeSeparators(QDir::homePath() + QStringLiteral("/.docker"));
}

QString dockerConfigPath()
{
    return dockerConfigDir() + QDir::separator() + QStringLiteral("config.json");
}

DockerConfig readDockerConfig(const QString &path)
{
    DockerConfig config;
    config.path = path;
    const LocalFile file = readLocalFile(path, kMaxConfigBytes);
    if (file.status == LocalFile::Status::Missing) {
        config.ok = true; // no file: Docker runs with an empty configuration
        return config;
    }
    config.exists = true;
    config.sizeBytes = file.size;
    if (!file.ok()) {
        config.problem = file.problem;
        return config;
    }
    const QByteArray &bytes = file.bytes;
    DockerConfig parsed = parseDockerConfig(bytes, path);
    parsed.exists = true;
    return parsed;
}

DockerConfig parseDockerConfig(const QByteArray &json, const QString &path)
{
    DockerConfig config;
    config.path = path;
    config.exists = true;
    config.sizeBytes = json.size();
    if (json.trimmed().isEmpty()) {
        config.problem = QStringLiteral("empty file");
        return config;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        config.problem = QStringLiteral("not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset);
        return config;
    }
    if (!doc.isObject()) {
        config.problem = QStringLiteral("not a JSON object");
        return config;
    }
    const QJsonObject root = doc.object();
    config.credsStore = root.value(QLatin1String("credsStore")).toString();

    const QJsonObject helpers = root.value(QLatin1String("credHelpers")).toObject();
    for (auto it = helpers.constBegin(); it != helpers.constEnd(); ++it) {
        const QString key = normaliseServerKey(it.key());
        if (it.value().isString() && !key.isEmpty() && !config.credHelpers.contains(key))
            config.credHelpers.insert(key, it.value().toString());
    }

    const QJsonObject auths = root.value(QLatin1String("auths")).toObject();
    for (auto it = auths.constBegin(); it != auths.constEnd(); ++it) {
        const QString key = normaliseServerKey(it.key());
        if (key.isEmpty() || !it.value().isObject())
            continue;
        // Several keys can name one server ("https://x/", "x"); like Docker, the exact key wins,
        // otherwise the first one.
        const auto existing = config.auths.constFind(key);
        const bool exact = it.key() == key
            || (key == QLatin1String("docker.io") && it.key() == QLatin1String("https://index.docker.io/v1/"));
        if (existing != config.auths.constEnd() && !exact)
            continue;
        config.auths.insert(key, readAuthEntry(it.key(), it.value().toObject()));
    }
    config.ok = true;
    return config;
}

bool isCredentialHelperName(const QString &name)
{
    if (name.isEmpty() || name.size() > 100)
        return false;
    for (QChar c : name) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                        || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') || c == QLatin1Char('_')
                        || c == QLatin1Char('-');
        if (!ok)
            return false;
    }
    return true;
}

void applyPlatformDefaultStore(DockerConfig &config, const std::function<bool(const QString &program)> &installed)
{
    if (!config.credsStore.isEmpty() || !config.credHelpers.isEmpty() || !config.auths.isEmpty())
        return;
#if defined(Q_OS_MACOS)
    const QString store = QStringLiteral("osxkeychain");
#elif defined(Q_OS_WIN)
    const QString store = QStringLiteral("wincred");
#else
    const QString store = installed(QStringLiteral("pass")) ? QStringLiteral("pass") : QStringLiteral("secretservice");
#endif
    if (!installed(QStringLiteral("docker-credential-") + store))
        return;
    config.credsStore = store;
    config.credsStoreIsPlatformDefault = true;
}

QString DockerConfig::helperFor(const QString &loginServer) const
{
    const QString key = normaliseServerKey(loginServer);
    const auto it = credHelpers.constFind(key);
    if (it != credHelpers.constEnd())
        return it.value();
    return credsStore;
}

const DockerAuthEntry *DockerConfig::authFor(const QString &loginServer) const
{
    const auto it = auths.constFind(normaliseServerKey(loginServer));
    return it == auths.constEnd() ? nullptr : &it.value();
}

} // namespace rd
