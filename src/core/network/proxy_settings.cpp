#include "proxy_settings.h"
#include "endpoint.h"
#include "proxy_url.h"
#include <QHostAddress>
#include <QNetworkProxyFactory>
#include <QNetworkProxyQuery>

namespace rd {

namespace {

QString firstEnv(std::initializer_list<const char *> names, QString *which)
{
    for (const char *name : names) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty()) {
            *which = QLatin1String(name);
            return value;
        }
    }
    return {};
}

} // namespace

bool noProxyMatches(const QString &noProxy, const QString &host, quint16 port)
{
    const QString h = host.toLower();
    const auto entries = noProxy.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString entry : entries) {
        entry = entry.trimmed().toLower();
        if (entry.isEmpty())
            continue;
        if (entry == QLatin1String("*"))
            return true;
        // Optional ":port" (not for bare IPv6 addresses).
        const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
        if (colon > 0 && entry.count(QLatin1Char(':')) == 1) {
            bool ok = false;
            const uint p = entry.mid(colon + 1).toUInt(&ok);
            if (ok) {
                if (p != port)
                    continue;
                entry = entry.left(colon);
            }
        }
        // CIDR ranges and addresses
        if (entry.contains(QLatin1Char('/'))) {
            const auto subnet = QHostAddress::parseSubnet(entry);
            QHostAddress addr;
            if (addr.setAddress(h) && addr.isInSubnet(subnet))
                return true;
            continue;
        }
        if (entry.startsWith(QLatin1String("*.")))
            entry.remove(0, 1);
        if (entry.startsWith(QLatin1Char('.'))) {
            // Go: ".y.com" matches "x.y.com" but not "y.com".
            if (h.endsWith(entry))
                return true;
            continue;
        }
        if (h == entry || h.endsWith(QLatin1Char('.') + entry))
            return true;
    }
    return false;
}

ProxyDecision decideProxy(const QString &host, quint16 port)
{
    QString which, noWhich;
    // Go (and so Docker) uses only HTTPS_PROXY / https_proxy for https:// URLs; HTTP_PROXY is for http://.
    const QString value = firstEnv({"HTTPS_PROXY", "https_proxy"}, &which);
    const QString noProxy = firstEnv({"NO_PROXY", "no_proxy"}, &noWhich);
    ProxyDecision d = decideProxyFrom(value, noProxy, which, host, port);

    QUrl target;
    target.setScheme(QStringLiteral("https"));
    target.setHost(host);
    target.setPort(port);
    const auto system = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(target));
    if (!system.isEmpty() && system.first().type() != QNetworkProxy::NoProxy) {
        const QNetworkProxy &p = system.first();
        d.systemProxyForDisplay = p.hostName() + QLatin1Char(':') + QString::number(p.port());
    }
    return d;
}

ProxyDecision decideProxyFrom(const QString &httpsProxy, const QString &noProxy, const QString &source,
                              const QString &host, quint16 port)
{
    ProxyDecision d;
    d.noProxy = noProxy.trimmed();
    const QString value = httpsProxy.trimmed();
    if (value.isEmpty())
        return d;
    d.source = source;
    const ProxyUrl url = parseProxyUrl(value);
    if (!url.ok) {
        d.invalidProxyValue = true;
        d.proxyUrlForDisplay = QStringLiteral("(invalid)");
        return d;
    }
    d.proxyUrlForDisplay = url.display(); // scheme://host:port only, never the user or password
    // Go's http.ProxyFromEnvironment never proxies "localhost" or a loopback address, whatever
    // NO_PROXY says (a name that merely resolves to loopback is proxied).
    if (isLoopbackHost(host)) {
        d.loopbackNeverProxied = true;
        return d;
    }
    if (noProxyMatches(d.noProxy, host, port)) {
        d.exemptedByNoProxy = true;
        return d;
    }
    d.useProxy = true;
    const bool socks = url.scheme.startsWith(QLatin1String("socks"));
    d.proxy = QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url.host, url.port, url.username,
                            QString::fromUtf8(url.password.expose()));
    return d;
}

bool isLoopbackProxy(const QNetworkProxy &proxy)
{
    return isLoopbackHost(proxy.hostName());
}

} // namespace rd
