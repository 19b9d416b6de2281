#include "manifest_probe.h"
#include "check_context.h"
#include "edit_distance.h"
#include "network/endpoint.h"
#include "network/http_exchange.h"
#include "printable_text.h"
#include "image_probe_start.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace rd {

QByteArray ManifestProbe::manifestAccept()
{
    return "application/vnd.docker.distribution.manifest.v2+json, application/vnd.docker.distribution.manifest.list.v2+json, "
           "application/vnd.oci.image.manifest.v1+json, application/vnd.oci.image.index.v1+json, */*";
}

QStringList ManifestProbe::nearbyNames(const QString &wanted, const QStringList &catalog)
{
    const QString w = wanted.toLower();
    QVector<QPair<int, QString>> scored;
    for (const QString &name : catalog) {
        if (name.size() > 256 || name == wanted)
            continue;
        const QString n = name.toLower();
        const QString wBase = w.section(QLatin1Char('/'), -1), nBase = n.section(QLatin1Char('/'), -1);
        const int d = std::min(editDistance(w, n), editDistance(wBase, nBase) + 1);
        if (d <= std::max(2, int(w.size()) / 3))
            scored.append({d, name});
    }
    std::stable_sort(scored.begin(), scored.end(), [](const auto &x, const auto &y) { return x.first < y.first; });
    QStringList out;
    for (const auto &s : scored)
        if (out.size() < 3)
            out << s.second;
    return out;
}

int ManifestProbe::timeoutMs(const CheckContext &ctx) const
{
    return 3 * Probe::timeoutMs(ctx) + 2000; // HEAD, and on a 404 a GET and the catalog, each bounded
}

void ManifestProbe::start(CheckContext &ctx)
{
    markStarted();
    const ImageProbeStart begin = imageProbeStart(ctx, ImageAction::Pull);
    if (!begin.skipped.isEmpty()) {
        finish(ProbeStatus::Skip, begin.skipped);
        return;
    }
    const ImageName &image = begin.image;
    m_ev.insert(QStringLiteral("image"), image.fullyQualified);
    m_http = new HttpExchange(this);
    connect(m_http, &HttpExchange::finished, this, [this, &ctx](const HttpAnswer &a) { onHead(ctx, a); });
    const QUrl url = registryUrl(ctx.reference, QStringLiteral("/v2/%1/manifests/%2").arg(image.apiRepository, image.reference));
    m_http->request(ctx, "HEAD", url, ctx.registryAuthorization(), {{"Accept", manifestAccept()}});
}

void ManifestProbe::onHead(CheckContext &ctx, const HttpAnswer &a)
{
    ctx.facts.manifest = a;
    ctx.facts.manifest.rawBody.clear();
    const QString image = m_ev.value(QStringLiteral("image")).toString();
    m_ev.insert(QStringLiteral("status"), a.status);
    if (!a.answered) {
        m_ev.insert(QStringLiteral("error"), a.networkError);
        finish(ProbeStatus::Warn, msg(QT_TR_NOOP("The registry did not answer the request for the image %1: %2")).arg(image, a.networkError), m_ev);
        return;
    }
    if (a.rateLimit) {
        m_ev.insert(QStringLiteral("rateLimitLimit"), a.rateLimit->limit);
        m_ev.insert(QStringLiteral("rateLimitRemaining"), a.rateLimit->remaining);
    }
    if (a.status == 200) {
        if (!a.digest.isEmpty())
            m_ev.insert(QStringLiteral("digest"), a.digest);
        // Docker Hub counts a GET as a pull, not this HEAD: with none left, the pull is refused.
        if (a.rateLimit && a.rateLimit->remaining == 0) {
            finish(ProbeStatus::Warn, msg(QT_TR_NOOP("The image %1 exists, but the registry says no pulls are left (limit %2): pulling it will be refused until the limit allows it again."))
                                          .arg(image).arg(a.rateLimit->limit), m_ev);
            return;
        }
        finish(ProbeStatus::Pass, msg(QT_TR_NOOP("The image %1 exists, and this sign-in may read it.")).arg(image), m_ev);
        return;
    }
    if (a.status == 401 || a.status == 403) {
        finish(ProbeStatus::Fail, msg(QT_TR_NOOP("Reading the image %1 was refused with status %2.")).arg(image).arg(a.status), m_ev);
        return;
    }
    if (a.status != 404) {
        finish(ProbeStatus::Warn, msg(QT_TR_NOOP("The registry answered the request for the image %1 with status %2.")).arg(image).arg(a.status), m_ev);
        return;
    }
    // Which is missing, the repository or its tag? Its tag list says (a registry's 404 code does not:
    // Distribution 2.8 answers MANIFEST_UNKNOWN for a repository that does not exist).
    m_http->disconnect(this);
    connect(m_http, &HttpExchange::finished, this, [this, &ctx](const HttpAnswer &t) { onTagList(ctx, t); });
    const ImageName name = imageName(ctx.reference, ctx.options.repository);
    m_http->get(ctx, registryUrl(ctx.reference, QStringLiteral("/v2/%1/tags/list").arg(name.apiRepository)), ctx.registryAuthorization());
}

void ManifestProbe::onTagList(CheckContext &ctx, const HttpAnswer &a)
{
    const ImageName name = imageName(ctx.reference, ctx.options.repository);
    const QString image = m_ev.value(QStringLiteral("image")).toString();
    m_ev.insert(QStringLiteral("tagListStatus"), a.status);
    if (a.status == 200) {
        QStringList tags;
        for (const QJsonValue &v : QJsonDocument::fromJson(a.rawBody.expose()).object().value(QStringLiteral("tags")).toArray())
            tags << printableText(v.toString(), 128); // the registry's text: one printable line, bounded
        const QStringList close = nearbyNames(name.reference, tags);
        ctx.facts.nearbyTags = close.isEmpty() ? tags.mid(0, 3) : close;
        m_ev.insert(QStringLiteral("repositoryExists"), true);
        if (!ctx.facts.nearbyTags.isEmpty())
            m_ev.insert(QStringLiteral("tags"), ctx.facts.nearbyTags);
        Message detail = msg(QT_TR_NOOP("The repository exists, but the image %1 does not: the registry answered 404 for its tag or digest.")).arg(image);
        if (!ctx.facts.nearbyTags.isEmpty())
            detail.then(msg(QT_TR_NOOP("Tags it has: %1.")).arg(ctx.facts.nearbyTags));
        finish(ProbeStatus::Fail, detail, m_ev);
        return;
    }
    if (!a.body.firstCode().isEmpty())
        m_ev.insert(QStringLiteral("errorCode"), a.body.firstCode());
    // The catalog, when this sign-in may read it (a registry's token is rarely scoped for it).
    m_http->disconnect(this);
    connect(m_http, &HttpExchange::finished, this, [this, &ctx, name](const HttpAnswer &c) {
        QStringList names;
        if (c.status == 200) {
            const QJsonArray list = QJsonDocument::fromJson(c.rawBody.expose()).object().value(QStringLiteral("repositories")).toArray();
            for (const QJsonValue &v : list)
                names << printableText(v.toString(), 256);
        }
        finishNotFound(ctx, nearbyNames(name.apiRepository, names));
    });
    m_http->get(ctx, registryUrl(ctx.reference, QStringLiteral("/v2/_catalog?n=1000")), ctx.registryAuthorization());
}

void ManifestProbe::finishNotFound(CheckContext &ctx, const QStringList &nearby)
{
    ctx.facts.nearbyRepositories = nearby;
    const QString image = m_ev.value(QStringLiteral("image")).toString();
    if (!nearby.isEmpty())
        m_ev.insert(QStringLiteral("nearby"), nearby);
    Message detail = msg(QT_TR_NOOP("The registry has no repository for the image %1: it answered 404.")).arg(image);
    if (!nearby.isEmpty())
        detail.then(msg(QT_TR_NOOP("Repositories with a similar name: %1.")).arg(nearby));
    finish(ProbeStatus::Fail, detail, m_ev);
}

void ManifestProbe::cancel()
{
    if (m_http)
        m_http->abort();
}

} // namespace rd
