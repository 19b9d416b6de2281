#include "docker_info.h"
#include "network/endpoint.h"
#include "printable_text.h"
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace rd {

namespace {

// A string field, cut to one printable line of reasonable length (the engine's values are shown).
QString text(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isString() ? printableText(v.toString(), 512) : QString();
}

QStringList texts(const QJsonValue &v, int max = 64)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        if (e.isString() && out.size() < max) {
            const QString s = printableText(e.toString(), 256);
            if (!s.isEmpty())
                out << s;
        }
    return out;
}

// An address without its password (a mirror or DOCKER_HOST may carry one; the engine masks only
// its proxies').
QString withoutPassword(const QString &address)
{
    QUrl url(address);
    if (!url.isValid() || url.password().isEmpty())
        return address;
    url.setPassword(QString());
    return url.toString();
}

} // namespace

DockerEngineInfo parseDockerInfo(const QByteArray &stdoutBytes)
{
    DockerEngineInfo info;
    const qsizetype start = stdoutBytes.indexOf('{');
    if (start < 0)
        return info;
    const qsizetype end = stdoutBytes.lastIndexOf('}');
    const QJsonDocument doc = QJsonDocument::fromJson(stdoutBytes.mid(start, end - start + 1));
    if (!doc.isObject())
        return info;
    const QJsonObject o = doc.object();
    const QJsonObject client = o.value(QLatin1String("ClientInfo")).toObject();
    info.context = text(client, "Context");
    info.serverErrors = texts(o.value(QLatin1String("ServerErrors")), 8);
    info.serverVersion = text(o, "ServerVersion");
    info.name = text(o, "Name");
    info.operatingSystem = text(o, "OperatingSystem");
    info.osType = text(o, "OSType");
    info.kernelVersion = text(o, "KernelVersion");
    info.httpProxy = text(o, "HttpProxy");
    info.httpsProxy = text(o, "HttpsProxy");
    info.noProxy = text(o, "NoProxy");
    const QJsonObject registry = o.value(QLatin1String("RegistryConfig")).toObject();
    info.insecureCidrs = texts(registry.value(QLatin1String("InsecureRegistryCIDRs")));
    for (const QString &mirror : texts(registry.value(QLatin1String("Mirrors"))))
        info.mirrors << withoutPassword(mirror);
    const QJsonObject indexes = registry.value(QLatin1String("IndexConfigs")).toObject();
    for (auto it = indexes.begin(); it != indexes.end() && info.insecureRegistries.size() + info.secureRegistries.size() < 128; ++it) {
        const QJsonObject index = it.value().toObject();
        // An entry counts only when it says Secure: true or false; a missing field is no claim either way.
        const QJsonValue secure = index.value(QLatin1String("Secure"));
        const QString name = printableText(it.key(), 256);
        if (secure.isBool() && !name.isEmpty())
            (secure.toBool() ? info.secureRegistries : info.insecureRegistries) << name;
    }
    // Without a server version or an OS the engine did not answer (the client part alone).
    info.parsed = !info.serverVersion.isEmpty() || !info.operatingSystem.isEmpty();
    return info;
}

bool DockerEngineInfo::dockerDesktop() const
{
    return operatingSystem.compare(QLatin1String("Docker Desktop"), Qt::CaseInsensitive) == 0;
}

bool DockerEngineInfo::wsl2() const
{
    // WSL 2's kernel: "5.15.167.4-microsoft-standard-WSL2"; Docker Desktop on WSL 2 runs on it too.
    return kernelVersion.contains(QLatin1String("microsoft"), Qt::CaseInsensitive)
           || kernelVersion.contains(QLatin1String("WSL2"), Qt::CaseInsensitive);
}

bool DockerEngineInfo::skipsTls(const QString &indexName, const QList<QHostAddress> &addresses) const
{
    // An IndexConfigs entry decides alone: moby lists the insecure registries given by name there,
    // and Docker Hub (secure).
    if (insecureRegistries.contains(indexName, Qt::CaseInsensitive))
        return true;
    if (secureRegistries.contains(indexName, Qt::CaseInsensitive))
        return false;
    QString host = indexName;
    if (host.startsWith(QLatin1Char('['))) // [::1]:5000
        host = host.mid(1, host.indexOf(QLatin1Char(']')) - 1);
    else if (host.count(QLatin1Char(':')) == 1)
        host = host.section(QLatin1Char(':'), 0, 0);
    QList<QHostAddress> candidates;
    const QHostAddress literal(host);
    if (!literal.isNull())
        candidates << literal;
    else
        candidates = addresses;
    for (const QString &cidr : insecureCidrs) {
        const auto subnet = QHostAddress::parseSubnet(cidr);
        if (subnet.first.isNull())
            continue;
        for (const QHostAddress &a : std::as_const(candidates)) {
            bool v4 = false;
            const quint32 mapped = a.toIPv4Address(&v4); // ::ffff:a.b.c.d counts as a.b.c.d (Unmap)
            const QHostAddress address = v4 ? QHostAddress(mapped) : a;
            if (address.isInSubnet(subnet))
                return true;
        }
    }
    return false;
}

bool isRemoteDockerHost(const QString &host)
{
    const QUrl url(host);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("tcp") && scheme != QLatin1String("ssh") && scheme != QLatin1String("http")
        && scheme != QLatin1String("https"))
        return false;
    return !isLoopbackHost(url.host());
}

DockerEndpoint dockerEndpoint(const QString &contextName, const QString &dockerHostValue, const QString &configDir)
{
    DockerEndpoint e;
    // DOCKER_HOST wins over every context but one chosen with DOCKER_CONTEXT or --context; the
    // client then names it "default" (docker/cli's resolveContextName).
    if (!dockerHostValue.trimmed().isEmpty() && (contextName.isEmpty() || contextName == QLatin1String("default"))) {
        e.host = printableText(dockerHostValue.trimmed(), 256);
        e.source = QStringLiteral("DOCKER_HOST");
    } else if (!contextName.isEmpty() && contextName != QLatin1String("default")) {
        // The context store names a context's folder by the SHA-256 of its name.
        const QByteArray digest = QCryptographicHash::hash(contextName.toUtf8(), QCryptographicHash::Sha256).toHex();
        QFile meta(QDir(configDir).filePath(QStringLiteral("contexts/meta/%1/meta.json").arg(QString::fromLatin1(digest))));
        if (meta.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(meta.read(256 * 1024)).object();
            const QJsonValue host = o.value(QLatin1String("Endpoints")).toObject().value(QLatin1String("docker")).toObject().value(QLatin1String("Host"));
            if (host.isString()) {
                e.host = printableText(host.toString(), 256);
                e.source = QStringLiteral("context");
            }
        }
    }
    e.remote = !e.host.isEmpty() && isRemoteDockerHost(e.host);
    e.host = withoutPassword(e.host);
    return e;
}

} // namespace rd
