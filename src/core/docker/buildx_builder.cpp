#include "buildx_builder.h"
#include "local_file.h"
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace rd {

namespace {

constexpr qint64 kMaxStoreFile = 1024 * 1024;

QJsonObject readJsonObject(const QString &path)
{
    const LocalFile f = readLocalFile(path, kMaxStoreFile);
    return f.ok() ? QJsonDocument::fromJson(f.bytes).object() : QJsonObject();
}

// buildx's reInvalidCertsDir: every run of characters outside [a-zA-Z0-9.-] becomes one "_".
QString certsFolderName(const QString &registry)
{
    static const QRegularExpression invalid(QStringLiteral("[^a-zA-Z0-9.-]+"));
    return QString(registry).replace(invalid, QStringLiteral("_"));
}

// buildx's ValidateName: a builder's file name is its name; refuse anything that could leave the folder.
bool validName(const QString &name)
{
    static const QRegularExpression ok(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
    return ok.match(name).hasMatch();
}

} // namespace

bool BuildxBuilder::ownTrustStore() const
{
    return chosen && !driver.isEmpty() && driver != QLatin1String("docker");
}

bool BuildxBuilder::configures(const QString &registry) const
{
    return caFolders.contains(certsFolderName(registry), Qt::CaseInsensitive)
        || configText.contains(QStringLiteral("\"%1\"").arg(registry), Qt::CaseInsensitive);
}

QString buildxConfigDir(const QString &dockerConfigDir)
{
    const QString fromEnv = qEnvironmentVariable("BUILDX_CONFIG");
    return fromEnv.isEmpty() ? QDir(dockerConfigDir).filePath(QStringLiteral("buildx")) : fromEnv;
}

QString buildxEndpointKey(const QString &contextName, const QString &dockerHost)
{
    if (!contextName.isEmpty() && contextName != QLatin1String("default"))
        return contextName;
    if (!dockerHost.trimmed().isEmpty())
        return dockerHost.trimmed();
#ifdef Q_OS_WIN
    return QStringLiteral("npipe:////./pipe/docker_engine");
#else
    return QStringLiteral("unix:///var/run/docker.sock");
#endif
}

BuildxBuilder currentBuildxBuilder(const QString &buildxDir, const QString &endpointKey, const QString &builderFromEnv)
{
    BuildxBuilder b;
    const QDir dir(buildxDir);
    if (!builderFromEnv.isEmpty()) {
        b.name = builderFromEnv;
        b.source = QStringLiteral("BUILDX_BUILDER");
    } else {
        const QJsonObject current = readJsonObject(dir.filePath(QStringLiteral("current")));
        const QString name = current.value(QLatin1String("Name")).toString();
        if (!name.isEmpty() && (current.value(QLatin1String("Global")).toBool() || current.value(QLatin1String("Key")).toString() == endpointKey)) {
            b.name = name;
        } else {
            const QByteArray hash = QCryptographicHash::hash(endpointKey.toUtf8(), QCryptographicHash::Sha256).toHex().left(20);
            const LocalFile f = readLocalFile(dir.filePath(QStringLiteral("defaults/") + QString::fromLatin1(hash)), 4096);
            if (f.ok())
                b.name = QString::fromUtf8(f.bytes).trimmed();
        }
        b.source = QStringLiteral("docker buildx use");
    }
    if (!validName(b.name))
        return {};
    const QJsonObject group = readJsonObject(dir.filePath(QStringLiteral("instances/") + b.name));
    if (group.isEmpty())
        return {}; // a context's name, or a builder no longer there: buildx falls back to the engine's
    b.chosen = true;
    b.driver = group.value(QLatin1String("Driver")).toString();
    for (const QJsonValue node : group.value(QLatin1String("Nodes")).toArray()) {
        const QJsonObject files = node.toObject().value(QLatin1String("Files")).toObject();
        for (auto it = files.begin(); it != files.end(); ++it) {
            const QStringList parts = it.key().split(QLatin1Char('/'));
            if (parts.size() == 3 && parts.first() == QLatin1String("certs") && !b.caFolders.contains(parts.at(1)))
                b.caFolders << parts.at(1);
            else if (it.key() == QLatin1String("buildkitd.toml"))
                b.configText += QString::fromUtf8(QByteArray::fromBase64(it.value().toString().toLatin1()));
        }
    }
    return b;
}

} // namespace rd
