#include "blob_upload_probe.h"
#include "check_context.h"
#include "network/endpoint.h"
#include "network/http_exchange.h"
#include "image_probe_start.h"

namespace rd {

int BlobUploadProbe::timeoutMs(const CheckContext &ctx) const
{
    return 2 * Probe::timeoutMs(ctx) + 2000; // start and cancel, each bounded
}

void BlobUploadProbe::start(CheckContext &ctx)
{
    markStarted();
    const ImageProbeStart begin = imageProbeStart(ctx, ImageAction::Push);
    if (!begin.skipped.isEmpty()) {
        finish(ProbeStatus::Skip, begin.skipped);
        return;
    }
    const ImageName &image = begin.image;
    const QString repo = image.apiRepository;
    m_ev.insert(QStringLiteral("repository"), repo);
    m_http = new HttpExchange(this);
    connect(m_http, &HttpExchange::finished, this, [this, &ctx, repo](const HttpAnswer &a) {
        ctx.facts.upload = a;
        ctx.facts.upload.rawBody.clear();
        m_ev.insert(QStringLiteral("status"), a.status);
        if (!a.body.firstCode().isEmpty())
            m_ev.insert(QStringLiteral("errorCode"), a.body.firstCode());
        if (!a.answered) {
            m_ev.insert(QStringLiteral("error"), a.networkError);
            finish(ProbeStatus::Warn, msg(QT_TR_NOOP("The registry did not answer the start of an upload: %1")).arg(a.networkError), m_ev);
            return;
        }
        if (a.status == 401 || a.status == 403) {
            finish(ProbeStatus::Fail, msg(QT_TR_NOOP("The registry refused to start an upload to %1 (status %2): this sign-in may not push there.")).arg(repo).arg(a.status), m_ev);
            return;
        }
        if (a.status != 202 || a.location.isEmpty()) {
            finish(ProbeStatus::Warn, msg(QT_TR_NOOP("The registry answered the start of an upload to %1 with status %2.")).arg(repo).arg(a.status), m_ev);
            return;
        }
        // Cancel it: the address is the registry's own (relative, or on its host) for every registry
        // this check knows; the Authorization goes nowhere else.
        const QUrl location = QUrl::fromEncoded(a.location.expose());
        const bool sameHost = location.host() == ctx.reference.host;
        m_http->disconnect(this);
        connect(m_http, &HttpExchange::finished, this, [this, repo](const HttpAnswer &d) {
            m_ev.insert(QStringLiteral("cancelStatus"), d.status);
            if (d.status >= 200 && d.status < 300)
                finish(ProbeStatus::Pass, msg(QT_TR_NOOP("You may push to %1: the registry accepted the start of an upload, and it was cancelled.")).arg(repo), m_ev);
            else
                finish(ProbeStatus::Warn, msg(QT_TR_NOOP("You may push to %1: the registry accepted the start of an upload, but cancelling it was answered with status %2; the registry removes unfinished uploads itself after a while.")).arg(repo).arg(d.status), m_ev);
        });
        m_http->request(ctx, "DELETE", location, sameHost ? ctx.registryAuthorization() : QByteArray());
    });
    m_http->request(ctx, "POST", registryUrl(ctx.reference, QStringLiteral("/v2/%1/blobs/uploads/").arg(repo)), ctx.registryAuthorization());
}

void BlobUploadProbe::cancel()
{
    if (m_http)
        m_http->abort();
}

} // namespace rd
