#pragma once
#include "probe.h"
#include "facts.h"
#include <QPointer>
#include <QUrl>

namespace rd {

class HttpExchange;
}
class QTcpSocket;
namespace rd {

// What a pull does after the manifest: read the manifest (and, for an index, this platform's
// manifest), then the first bytes of its smallest layer, following the registry's redirect to where
// layers are stored (a storage account, a CDN, ACR's dedicated data endpoint
// <registry>.<region>.data.azurecr.io). Sign-in can work while that host is blocked: then nothing
// downloads. The redirect's address carries a signature: it is followed, never shown or sent on.
class LayerDownloadProbe final : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;
    ProbeId probeId() const override { return ProbeId::LayerDownload; }
    QString title() const override { return tr("Downloading a layer"); }
    // Beside the manifest probe, not after it: it reads the manifest itself (a GET, which a HEAD
    // cannot give), so it adds no round trip to the check's longest path.
    QVector<ProbeId> dependsOn() const override { return {ProbeId::Credentials}; }
    int timeoutMs(const CheckContext &ctx) const override;
    void start(CheckContext &ctx) override;
    void cancel() override;

    // The digest to fetch next from a manifest or an index: the smallest layer of an image manifest
    // (`isIndex` false; `size` gets its size), or the entry for `platform` ("linux/arm64") in an
    // index (`isIndex` true), whose platforms go to `platforms` when given. Empty when there is none.
    static QString nextDigest(const QByteArray &manifestJson, bool *isIndex, qint64 *size, const QString &platform,
                              QStringList *platforms);
    // The platform a client on this computer pulls: Linux containers on this processor ("linux/arm64").
    static QString clientPlatform();

private:
    void readManifest(CheckContext &ctx, const QString &reference, int depth);
    void fetchBlob(CheckContext &ctx, const QString &digest);
    void followRedirect(CheckContext &ctx, const HttpAnswer &a);
    void download(CheckContext &ctx, const QUrl &target);
    QPointer<HttpExchange> m_http;
    QPointer<QTcpSocket> m_socket;
    QVariantMap m_ev;
    QString m_repository;
};

} // namespace rd
