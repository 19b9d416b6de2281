#include "request_proxy.h"
#include "check_context.h"
#include "endpoint.h"
#include "proxy_settings.h"

namespace rd {

QNetworkProxy requestProxy(const CheckContext &ctx, const QString &host, quint16 port)
{
    const QNetworkProxy direct(QNetworkProxy::NoProxy);
    // No proxy decision was made (the proxy probe did not run): every request goes direct, as
    // the registry's does.
    if (!ctx.facts.proxy)
        return direct;
    if (host.compare(socketHost(ctx.reference.host), Qt::CaseInsensitive) == 0 && port == quint16(ctx.reference.port))
        return *ctx.facts.proxy;
    const ProxyDecision d = decideProxy(host, port);
    if (!d.useProxy || d.invalidProxyValue)
        return direct;
    // Practice and test runs never leave this computer: only a proxy on loopback is followed
    // (as the proxy probe decides for the registry).
    return ctx.options.connectTo.isEmpty() || isLoopbackProxy(d.proxy) ? d.proxy : direct;
}

} // namespace rd
