#include "azure_cli_profile.h"
#include <QDir>
#include <QFile>
#include "local_file.h"
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rd {

namespace {

constexpr qint64 kMaxFile = 8 * 1024 * 1024;

QByteArray withoutBom(QByteArray bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    return bytes;
}

AzureAccountInfo accountFrom(const QJsonObject &o)
{
    AzureAccountInfo a;
    a.ok = true;
    const QJsonObject user = o.value(QLatin1String("user")).toObject();
    a.userName = user.value(QLatin1String("name")).toString();
    a.userType = user.value(QLatin1String("type")).toString();
    a.subscriptionName = o.value(QLatin1String("name")).toString();
    a.subscriptionId = o.value(QLatin1String("id")).toString();
    a.tenantId = o.value(QLatin1String("tenantId")).toString();
    a.environmentName = o.value(QLatin1String("environmentName")).toString();
    return a;
}

} // namespace

QString azureCliConfigDir()
{
    const QString env = qEnvironmentVariable("AZURE_CONFIG_DIR");
    if (!env.isEmpty())
        return QDir::cleanPath(env);
    return QDir(QDir::homePath()).filePath(QStringLiteral(".azure"));
}

AzureCliProfile parseAzureProfile(const QByteArray &json)
{
    AzureCliProfile p;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(withoutBom(json), &err);
    if (err.error != QJsonParseError::NoError) {
        p.problem = QStringLiteral("not JSON: %1").arg(err.errorString());
        return p;
    }
    if (!doc.isObject()) {
        p.problem = QStringLiteral("not a JSON object");
        return p;
    }
    const QJsonValue subs = doc.object().value(QLatin1String("subscriptions"));
    if (!subs.isUndefined() && !subs.isArray()) {
        p.problem = QStringLiteral("\"subscriptions\" is not a list");
        return p;
    }
    p.profileOk = true;
    const QJsonArray list = subs.toArray();
    QJsonObject chosen;
    for (const QJsonValue &v : list) {
        if (!v.isObject())
            continue;
        ++p.subscriptionCount;
        const QJsonObject o = v.toObject();
        const bool isDefault = o.value(QLatin1String("isDefault")).toBool();
        if (chosen.isEmpty() || (isDefault && !chosen.value(QLatin1String("isDefault")).toBool()))
            chosen = o;
    }
    if (!chosen.isEmpty())
        p.account = accountFrom(chosen);
    return p;
}

QString parseAzureVersionCheck(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(withoutBom(json));
    if (!doc.isObject())
        return QString();
    const QJsonObject root = doc.object();
    const QString local =
        root.value(QLatin1String("versions")).toObject().value(QLatin1String("core")).toObject().value(QLatin1String("local")).toString();
    if (!local.isEmpty())
        return local;
    return root.value(QLatin1String("azure-cli")).toString();
}

AzureAccountInfo parseAzureAccountShow(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(withoutBom(json));
    if (!doc.isObject())
        return AzureAccountInfo();
    return accountFrom(doc.object());
}

AzureCliProfile readAzureCliProfile(const QString &configDir)
{
    const QDir dir(configDir);
    const QString profilePath = dir.filePath(QStringLiteral("azureProfile.json"));
    AzureCliProfile p;
    const LocalFile profile = readLocalFile(profilePath, kMaxFile);
    const bool exists = profile.status != LocalFile::Status::Missing;
    if (profile.ok())
        p = parseAzureProfile(profile.bytes);
    else
        p.problem = profile.problem;
    p.configDir = configDir;
    p.profilePath = profilePath;
    p.profileExists = exists;

    // Regular files only, bounded: a FIFO here once hung the check for ever, /dev/zero filled memory.
    const LocalFile versionCheck = readLocalFile(dir.filePath(QStringLiteral("versionCheck.json")), kMaxFile);
    if (versionCheck.ok())
        p.version = parseAzureVersionCheck(versionCheck.bytes);
    return p;
}

} // namespace rd
