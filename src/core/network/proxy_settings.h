#pragma once
// The proxy the Docker CLI and this check use for a registry: HTTPS_PROXY / https_proxy unless
// NO_PROXY / no_proxy exempts the host (Go's rules: exact host, domain suffix, leading dot, "*",
// optional port), and the system's proxy for the same URL, reported for comparison.
#include <QNetworkProxy>
#include <QString>
#include <QUrl>

namespace rd {

struct ProxyDecision
{
    bool useProxy = false;
    QNetworkProxy proxy;           // HttpProxy when useProxy
    QString proxyUrlForDisplay;    // "http://proxy.contoso.com:8080", user info removed
    QString source;                // "HTTPS_PROXY", "https_proxy", "" (HTTP_PROXY is not used for https)
    QString noProxy;               // the NO_PROXY value in effect
    bool exemptedByNoProxy = false;
    bool loopbackNeverProxied = false; // localhost or a loopback address: Go never proxies it
    bool invalidProxyValue = false;
    QString systemProxyForDisplay; // what the operating system would use ("" = direct)
};

// `env` is looked up through qEnvironmentVariable; `host` is the registry host, `port` its port.
ProxyDecision decideProxy(const QString &host, quint16 port);

// The same decision from given values (Go's http.ProxyFromEnvironment for an https:// URL): the
// Docker engine's own HTTPS proxy and No Proxy (`docker info`) decide its connections so.
// `source` names where the value came from; the system proxy is not looked up.
ProxyDecision decideProxyFrom(const QString &httpsProxy, const QString &noProxy, const QString &source,
                              const QString &host, quint16 port);

// A proxy on this computer (localhost or a loopback address): the only kind practice and test
// runs follow, since they never leave this computer.
bool isLoopbackProxy(const QNetworkProxy &proxy);

// NO_PROXY matching, exposed for tests.
bool noProxyMatches(const QString &noProxy, const QString &host, quint16 port);

} // namespace rd
