#include "helm_registry_config.h"
#include "local_file.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <optional>

namespace rd {

namespace {

constexpr qint64 kMaxConfigBytes = 4 * 1024 * 1024;

struct LoadedConfig
{
    QString problem;         // oras-go's config.Load fails
    QJsonObject root;
};

// oras-go's config.Load: a missing or empty file is an empty configuration; anything that does not
// decode into {credsStore: string, credHelpers: {string: string}, auths: {...}} is an error.
LoadedConfig loadConfig(const QString &path)
{
    LoadedConfig loaded;
    const LocalFile read = readLocalFile(path, kMaxConfigBytes);
    if (read.status == LocalFile::Status::Missing)
        return loaded;
    if (!read.ok()) {
        loaded.problem = read.problem;
        return loaded;
    }
    if (read.bytes.trimmed().isEmpty())
        return loaded;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(read.bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        loaded.problem = QStringLiteral("not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset);
        return loaded;
    }
    if (!doc.isObject()) {
        loaded.problem = QStringLiteral("not a JSON object");
        return loaded;
    }
    const QJsonObject root = doc.object();
    const QJsonValue store = root.value(QLatin1String("credsStore"));
    if (!store.isUndefined() && !store.isNull() && !store.isString()) {
        loaded.problem = QStringLiteral("\"credsStore\" is not a string");
        return loaded;
    }
    const QJsonValue helpers = root.value(QLatin1String("credHelpers"));
    if (!helpers.isUndefined() && !helpers.isNull()) {
        bool strings = helpers.isObject();
        const QJsonObject h = helpers.toObject();
        for (auto it = h.constBegin(); strings && it != h.constEnd(); ++it)
            strings = it.value().isString();
        if (!strings) {
            loaded.problem = QStringLiteral("\"credHelpers\" is not an object of strings");
            return loaded;
        }
    }
    const QJsonValue auths = root.value(QLatin1String("auths"));
    if (!auths.isUndefined() && !auths.isNull() && !auths.isObject()) {
        loaded.problem = QStringLiteral("\"auths\" is not an object");
        return loaded;
    }
    loaded.root = root;
    return loaded;
}

// oras-go's config.ToHostname: no scheme, nothing from the first slash on; the case stays.
QString toHostname(QString key)
{
    if (key.startsWith(QLatin1String("http://")))
        key.remove(0, 7);
    else if (key.startsWith(QLatin1String("https://")))
        key.remove(0, 8);
    return key.section(QLatin1Char('/'), 0, 0);
}

// True when oras-go's AuthConfig.Credential() gives something other than the empty credential (or
// an error, which stops the search as well): user name, password, identity or registry token.
bool entryAnswers(const QJsonValue &entry)
{
    if (!entry.isObject())
        return true; // cannot be unmarshalled: an error
    const QJsonObject o = entry.toObject();
    for (const char *field : {"auth", "username", "password", "identitytoken", "registrytoken"})
        if (!o.value(QLatin1String(field)).toString().isEmpty())
            return true;
    return false;
}

DockerConfig reducedConfig(const QJsonObject &reduced, const QString &path)
{
    DockerConfig config = parseDockerConfig(QJsonDocument(reduced).toJson(QJsonDocument::Compact), path);
    config.exists = true;
    return config;
}

// What one file's DynamicStore would answer for `serverKey`; nothing when it has no login for it.
std::optional<HelmStore> storeFor(const QString &path, const QJsonObject &root, const QString &registry,
                                  const QString &serverKey, const std::function<bool(const QString &)> &installed)
{
    const QJsonObject helpers = root.value(QLatin1String("credHelpers")).toObject();
    const QJsonObject auths = root.value(QLatin1String("auths")).toObject();
    const QString credsStore = root.value(QLatin1String("credsStore")).toString();
    HelmStore store;
    store.file = path;
    if (!helpers.value(serverKey).toString().isEmpty()) {
        store.config = reducedConfig({{QStringLiteral("credHelpers"), QJsonObject{{registry, helpers.value(serverKey)}}}}, path);
        return store;
    }
    if (!credsStore.isEmpty()) {
        store.config = reducedConfig({{QStringLiteral("credsStore"), credsStore}}, path);
        return store;
    }
    // config.IsAuthConfigured: the file's keys count, whatever their values.
    if (root.value(QLatin1String("credsStore")).toString().isEmpty() && helpers.isEmpty() && auths.isEmpty()) {
        DockerConfig detected;
        detected.path = path;
        applyPlatformDefaultStore(detected, installed);
        if (detected.credsStoreIsPlatformDefault) {
            store.config = reducedConfig({{QStringLiteral("credsStore"), detected.credsStore}}, path);
            store.config.credsStoreIsPlatformDefault = true;
            return store;
        }
        return {};
    }
    QString match;
    if (auths.contains(serverKey))
        match = serverKey;
    for (auto it = auths.constBegin(); it != auths.constEnd() && match.isEmpty(); ++it)
        if (toHostname(it.key()) == serverKey)
            match = it.key();
    if (match.isEmpty() || !entryAnswers(auths.value(match)))
        return {};
    // Under the registry's own name, so the engine's lookups (by login server) find it.
    store.config = reducedConfig({{QStringLiteral("auths"), QJsonObject{{registry, auths.value(match)}}}}, path);
    if (auto it = store.config.auths.find(normaliseServerKey(registry)); it != store.config.auths.end())
        it->serverKey = match;
    return store;
}

} // namespace

QString helmRegistryConfigPath(const QProcessEnvironment &env, const QString &homeDir, HostOs os)
{
    const QString file = env.value(QStringLiteral("HELM_REGISTRY_CONFIG"));
    if (!file.isEmpty())
        return file;
    QString base = env.value(QStringLiteral("HELM_CONFIG_HOME"));
    if (base.isEmpty()) {
        base = env.value(QStringLiteral("XDG_CONFIG_HOME"));
        if (base.isEmpty()) {
            switch (os) {
            case HostOs::Linux: base = QDir(homeDir).filePath(QStringLiteral(".config")); break;
            case HostOs::MacOS: base = QDir(homeDir).filePath(QStringLiteral("Library/Preferences")); break;
            case HostOs::Windows: base = env.value(QStringLiteral("APPDATA")); break;
            }
        }
        base = QDir(base).filePath(QStringLiteral("helm"));
    }
    const QString path = QDir(base).filePath(QStringLiteral("registry/config.json"));
    return os == HostOs::Windows ? QDir::toNativeSeparators(path) : path;
}

QString helmDockerConfigPath(const QProcessEnvironment &env, const QString &homeDir)
{
    const QString dir = env.value(QStringLiteral("DOCKER_CONFIG"));
    return QDir(dir.isEmpty() ? QDir(homeDir).filePath(QStringLiteral(".docker")) : dir).filePath(QStringLiteral("config.json"));
}

HelmLogin findHelmLogin(const QString &helmFile, const QString &dockerFile, const QString &registry,
                        const std::function<bool(const QString &program)> &installed)
{
    HelmLogin login;
    login.helmFile = helmFile;
    login.dockerFile = dockerFile;
    login.serverKey = registry == QLatin1String("docker.io") ? QStringLiteral("https://index.docker.io/v1/") : registry;
    const LoadedConfig helm = loadConfig(helmFile);
    if (!helm.problem.isEmpty()) {
        login.problem = helm.problem;
        return login;
    }
    if (auto store = storeFor(helmFile, helm.root, registry, login.serverKey, installed)) {
        login.stores << *store;
        // A login in the file answers (or fails) for good; only a helper can pass on.
        if (store->config.helperFor(registry).isEmpty())
            return login;
    }
    const LoadedConfig docker = loadConfig(dockerFile);
    if (!docker.problem.isEmpty()) {
        login.dockerSkipped = docker.problem;
        return login;
    }
    if (auto store = storeFor(dockerFile, docker.root, registry, login.serverKey, installed))
        login.stores << *store;
    return login;
}

} // namespace rd
