#include "proxy_probe.h"
#include "check_context.h"
#include "network/endpoint.h"
#include "network/proxy_settings.h"

namespace rd {

void ProxyProbe::start(CheckContext &ctx)
{
    markStarted();
    if (!ctx.reference.isUsable()) {
        finish(ProbeStatus::Skip, msg(QT_TR_NOOP("Skipped: there is no registry address to check.")));
        return;
    }
    const ProxyDecision d = decideProxy(ctx.reference.host, quint16(ctx.reference.port));
    QVariantMap ev;
    ev.insert(QStringLiteral("source"), d.source);
    ev.insert(QStringLiteral("proxy"), d.proxyUrlForDisplay);
    ev.insert(QStringLiteral("noProxy"), d.noProxy);
    ev.insert(QStringLiteral("exemptedByNoProxy"), d.exemptedByNoProxy);
    ev.insert(QStringLiteral("loopbackNeverProxied"), d.loopbackNeverProxied);
    ev.insert(QStringLiteral("systemProxy"), d.systemProxyForDisplay);
    if (d.invalidProxyValue) {
        ctx.facts.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        finish(ProbeStatus::Fail, msg(QT_TR_NOOP("%1 is set but is not a valid proxy address.")).arg(d.source), ev);
        return;
    }
    if (!d.useProxy) {
        ctx.facts.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        Message detail = d.loopbackNeverProxied
            ? msg(QT_TR_NOOP("%1 is set, but Docker, Podman and other Go programs never use a proxy for %2 (this computer "
                             "itself): the connection goes direct.")).arg(d.source, ctx.reference.host)
            : d.exemptedByNoProxy
            ? msg(QT_TR_NOOP("%1 is set, but NO_PROXY exempts %2: the connection goes direct.")).arg(d.source, ctx.reference.host)
            : msg(QT_TR_NOOP("No proxy is set for %1: the connection goes direct.")).arg(ctx.reference.host);
        if (!d.systemProxyForDisplay.isEmpty())
            detail.then(msg(QT_TR_NOOP("The system proxy (%1) is not used by Docker's command line.")).arg(d.systemProxyForDisplay));
        finish(ProbeStatus::Pass, detail, ev);
        return;
    }
    // Practice and test runs never leave this computer: only a proxy on loopback is followed.
    if (!ctx.options.connectTo.isEmpty()) {
        if (!isLoopbackProxy(d.proxy)) {
            ctx.facts.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
            finish(ProbeStatus::Skip, msg(QT_TR_NOOP("Practice mode ignores the proxy %1.")).arg(d.proxyUrlForDisplay), ev);
            return;
        }
    }
    ctx.facts.proxy = d.proxy;
    ctx.facts.proxySource = d.source;
    finish(ProbeStatus::Pass, msg(QT_TR_NOOP("Connections to %1 go through the proxy %2 (from %3)."))
                                  .arg(ctx.reference.host, d.proxyUrlForDisplay, d.source), ev);
}

} // namespace rd
