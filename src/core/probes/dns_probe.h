#pragma once
#include "probe.h"
#include <QHostAddress>
#include <QPointer>

class QDnsLookup;

namespace rd {

class DnsClient;
struct DnsAnswer;

// Resolves the login server: its addresses and the CNAME chain. A "privatelink" name in the chain
// or an address in a private range means the registry has a private endpoint, reachable only from
// its virtual network. Uses the system resolver, or a given DNS server (practice and tests).
class DnsProbe final : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;
    ~DnsProbe() override;
    ProbeId probeId() const override { return ProbeId::Dns; }
    QString title() const override { return tr("Name lookup (DNS)"); }
    QVector<ProbeId> dependsOn() const override { return {ProbeId::RegistryName, ProbeId::Proxy}; }
    void start(CheckContext &ctx) override;
    void cancel() override;

    static bool isPrivateAddress(const QHostAddress &address);

private:
    void startSystemLookup(const QString &host);
    void followCname(const QString &name, int depth);
    void maybeFinish();
    void report(bool notFound, const Message &error, const QList<QHostAddress> &addresses, const QStringList &cnames);

    CheckContext *m_ctx = nullptr;
    QPointer<DnsClient> m_client;
    QPointer<QDnsLookup> m_cname;
    int m_hostLookupId = -1;
    bool m_addressesDone = false;
    bool m_cnameDone = false;
    bool m_notFound = false;
    QString m_error;
    QList<QHostAddress> m_addresses;
    QStringList m_cnames;
};

} // namespace rd
