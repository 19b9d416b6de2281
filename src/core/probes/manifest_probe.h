#pragma once
#include "probe.h"
#include "facts.h"
#include <QPointer>

namespace rd {

class HttpExchange;

// The first request of a real pull: HEAD of the image's manifest (the tag, or "latest"), with the
// Accept list a client sends. 200 says the image exists and this sign-in may read it; 404 that the
// repository or tag does not exist, as opposed to 401/403 (not allowed). Only on a 404 does it ask
// more (off the happy path): the repository's tag list (does the repository exist, which tags does
// it have), and when it does not exist the catalog, if this sign-in may read it, for names close to it.
class ManifestProbe final : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;
    ProbeId probeId() const override { return ProbeId::Manifest; }
    QString title() const override { return tr("The image's manifest"); }
    QVector<ProbeId> dependsOn() const override { return {ProbeId::Credentials}; }
    int timeoutMs(const CheckContext &ctx) const override;
    void start(CheckContext &ctx) override;
    void cancel() override;

    // The Accept header of a pull (containerd's resolver, which Docker uses).
    static QByteArray manifestAccept();
    // Up to three names from `catalog` within a small edit distance of `wanted`, closest first.
    static QStringList nearbyNames(const QString &wanted, const QStringList &catalog);

private:
    void onHead(CheckContext &ctx, const HttpAnswer &a);
    void onTagList(CheckContext &ctx, const HttpAnswer &a);
    void finishNotFound(CheckContext &ctx, const QStringList &nearby);
    QPointer<HttpExchange> m_http;
    QVariantMap m_ev;
};

} // namespace rd
