#include "dns_probe.h"
#include "check_context.h"
#include "network/dns_client.h"
#include "network/endpoint.h"
#include <QDnsLookup>
#include <QHostInfo>

namespace rd {

DnsProbe::~DnsProbe()
{
    cancel();
}

bool DnsProbe::isPrivateAddress(const QHostAddress &address)
{
    static const char *const ranges[] = {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10", "fc00::/7"};
    for (const char *r : ranges)
        if (address.isInSubnet(QHostAddress::parseSubnet(QLatin1String(r))))
            return true;
    return false;
}

void DnsProbe::start(CheckContext &ctx)
{
    markStarted();
    m_ctx = &ctx;
    const QString host = socketHost(ctx.reference.host); // "[::1]" is the address ::1, not a name
    if (!ctx.reference.isUsable()) {
        finish(ProbeStatus::Skip, msg(QT_TR_NOOP("Skipped: there is no registry address to check.")));
        return;
    }
    QHostAddress literal;
    if (literal.setAddress(host)) {
        report(false, Message(), {literal}, {});
        return;
    }
    if (!ctx.options.dnsServer.isEmpty()) {
        const qsizetype colon = ctx.options.dnsServer.lastIndexOf(QLatin1Char(':'));
        const QHostAddress server(ctx.options.dnsServer.left(colon));
        const quint16 port = quint16(ctx.options.dnsServer.mid(colon + 1).toUInt());
        m_client = new DnsClient(this);
        connect(m_client, &DnsClient::finished, this, [this](const DnsAnswer &a) {
            Message error = Message::verbatim(a.error);
            if (a.timedOut && a.error.isEmpty())
                error = msg(QT_TR_NOOP("The DNS server did not answer."));
            report(a.nxdomain, error, a.addresses, a.cnameChain);
        });
        m_client->lookup(host, server, port, qMin(5000, timeoutMs(ctx) / 2));
        return;
    }
    startSystemLookup(host);
}

void DnsProbe::startSystemLookup(const QString &host)
{
    m_hostLookupId = QHostInfo::lookupHost(host, this, [this](const QHostInfo &info) {
        m_hostLookupId = -1;
        m_addresses = info.addresses();
        if (info.error() != QHostInfo::NoError) {
            m_notFound = info.error() == QHostInfo::HostNotFound;
            m_error = info.errorString();
        }
        m_addressesDone = true;
        maybeFinish();
    });
    followCname(host, 0);
}

void DnsProbe::followCname(const QString &name, int depth)
{
    // The CNAME chain is informative; the system resolver's answer above decides.
    if (depth >= 8) {
        m_cnameDone = true;
        maybeFinish();
        return;
    }
    m_cname = new QDnsLookup(QDnsLookup::CNAME, name, this);
    connect(m_cname, &QDnsLookup::finished, this, [this, depth] {
        QDnsLookup *lookup = m_cname;
        lookup->deleteLater();
        const auto records = lookup->canonicalNameRecords();
        if (lookup->error() == QDnsLookup::NoError && !records.isEmpty()) {
            const QString target = records.first().value();
            if (!m_cnames.contains(target)) {
                m_cnames << target;
                followCname(target, depth + 1);
                return;
            }
        }
        m_cnameDone = true;
        maybeFinish();
    });
    m_cname->lookup();
}

void DnsProbe::maybeFinish()
{
    if (m_addressesDone && m_cnameDone)
        report(m_notFound, Message::verbatim(m_error), m_addresses, m_cnames);
}

void DnsProbe::report(bool notFound, const Message &error, const QList<QHostAddress> &addresses, const QStringList &cnames)
{
    CheckContext &ctx = *m_ctx;
    ctx.facts.addresses = addresses;
    ctx.facts.cnameChain = cnames;
    QStringList shown;
    bool anyPrivate = false;
    for (const QHostAddress &a : addresses) {
        shown << a.toString();
        anyPrivate = anyPrivate || isPrivateAddress(a);
    }
    bool privatelink = false;
    for (const QString &c : cnames)
        privatelink = privatelink || c.contains(QLatin1String(".privatelink."), Qt::CaseInsensitive);
    ctx.facts.dnsPrivateLink = privatelink;
    ctx.facts.dnsPrivateAddress = anyPrivate;
    QVariantMap ev;
    ev.insert(QStringLiteral("host"), ctx.reference.host);
    ev.insert(QStringLiteral("addresses"), shown);
    ev.insert(QStringLiteral("cnameChain"), cnames);
    ev.insert(QStringLiteral("privateLink"), privatelink);
    ev.insert(QStringLiteral("privateAddress"), anyPrivate);
    ev.insert(QStringLiteral("resolver"), ctx.options.dnsServer.isEmpty() ? QStringLiteral("system") : ctx.options.dnsServer);
    const bool viaProxy = ctx.facts.proxy && ctx.facts.proxy->type() != QNetworkProxy::NoProxy;
    if (addresses.isEmpty()) {
        ctx.facts.dnsFailed = true;
        ctx.facts.dnsNotFound = notFound;
        ev.insert(QStringLiteral("notFound"), notFound);
        if (!error.isEmpty())
            ev.insert(QStringLiteral("error"), error.render());
        const Message detail = notFound ? msg(QT_TR_NOOP("The name %1 does not exist in DNS.")).arg(ctx.reference.host)
                                        : msg(QT_TR_NOOP("The name %1 could not be looked up: %2")).arg(ctx.reference.host, error);
        if (viaProxy) // the proxy resolves names itself; a local failure is only a hint
            finish(ProbeStatus::Warn, Message(detail).then(msg(QT_TR_NOOP("The proxy looks names up itself, so this may not matter."))), ev);
        else
            finish(ProbeStatus::Fail, detail, ev);
        return;
    }
    Message detail = msg(QT_TR_NOOP("%1 resolves to %2.")).arg(ctx.reference.host, shown);
    if (!cnames.isEmpty())
        detail.then(msg(QT_TR_NOOP("Alias chain: %1.")).arg(cnames.join(QStringLiteral(" → "))));
    if (privatelink || anyPrivate) {
        detail.then(msg(QT_TR_NOOP("This is a private endpoint: it is reachable only from the registry's virtual network or a network connected to it.")));
        finish(ProbeStatus::Warn, detail, ev);
        return;
    }
    finish(ProbeStatus::Pass, detail, ev);
}

void DnsProbe::cancel()
{
    if (m_hostLookupId >= 0) {
        QHostInfo::abortHostLookup(m_hostLookupId);
        m_hostLookupId = -1;
    }
    if (m_cname) {
        m_cname->disconnect(this);
        m_cname->abort();
    }
    if (m_client)
        m_client->disconnect(this);
}

} // namespace rd
