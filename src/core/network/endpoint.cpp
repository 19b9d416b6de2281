#include "endpoint.h"
#include "check_options.h"
#include "registry/registry_reference.h"
#include <QHostAddress>

namespace rd {

QString socketHost(const QString &host)
{
    if (host.size() > 2 && host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        return host.mid(1, host.size() - 2);
    return host;
}

bool isLoopbackHost(const QString &host)
{
    const QString bare = socketHost(host);
    return bare.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0 || QHostAddress(bare).isLoopback();
}

Endpoint endpointFor(const CheckOptions &options, const QString &bracketedHost, quint16 port)
{
    const QString host = socketHost(bracketedHost);
    Endpoint e;
    e.host = host;
    e.port = port;
    if (options.connectTo.isEmpty())
        return e;
    const QString key = host.toLower() + QLatin1Char(':') + QString::number(port);
    const QString target = options.connectTo.value(key);
    const qsizetype colon = target.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint targetPort = colon > 0 ? target.mid(colon + 1).toUInt(&portOk) : 0;
    if (!portOk || targetPort == 0 || targetPort > 65535) {
        e.allowed = false;
        return e;
    }
    e.host = target.left(colon);
    e.port = quint16(targetPort);
    e.overridden = true;
    return e;
}

QUrl registryUrl(const RegistryReference &reference, const QString &path)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(reference.host);
    if (reference.port != 443)
        url.setPort(reference.port);
    url.setPath(path);
    return url;
}

} // namespace rd
