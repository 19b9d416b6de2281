#include "layer_download_probe.h"
#include "check_context.h"
#include "manifest_probe.h"
#include "network/endpoint.h"
#include "network/http_exchange.h"
#include "image_probe_start.h"
#include "registry/registry_kind.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QTcpSocket>
#include <QSysInfo>
#include <QTimer>

namespace rd {

namespace {

const QByteArray kFirstBytes = "bytes=0-1023";

} // namespace

QString LayerDownloadProbe::clientPlatform()
{
    // Docker Desktop and Podman machine run Linux containers on Windows and macOS too.
    const QString cpu = QSysInfo::currentCpuArchitecture();
    const QString arch = cpu == QLatin1String("x86_64") ? QStringLiteral("amd64")
                         : cpu == QLatin1String("i386") ? QStringLiteral("386")
                                                       : cpu; // arm64, arm, ppc64le, s390x, riscv64 as OCI names them
    return QStringLiteral("linux/") + arch;
}

QString LayerDownloadProbe::nextDigest(const QByteArray &manifestJson, bool *isIndex, qint64 *size, const QString &platform, QStringList *platforms)
{
    const QJsonObject m = QJsonDocument::fromJson(manifestJson).object();
    *isIndex = m.contains(QStringLiteral("manifests"));
    *size = -1;
    if (*isIndex) {
        // The entry for `platform` (os/architecture); none when the index has no such entry.
        // Attestations ("unknown/unknown") are not platforms a client can pull.
        const QJsonArray list = m.value(QStringLiteral("manifests")).toArray();
        QString found;
        for (const QJsonValue &v : list) {
            const QJsonObject p = v.toObject().value(QStringLiteral("platform")).toObject();
            const QString name = p.value(QStringLiteral("os")).toString() + QLatin1Char('/') + p.value(QStringLiteral("architecture")).toString();
            if (name == QLatin1String("/") || name == QLatin1String("unknown/unknown"))
                continue;
            if (platforms && !platforms->contains(name))
                platforms->append(name);
            if (found.isEmpty() && name == platform)
                found = v.toObject().value(QStringLiteral("digest")).toString();
        }
        return found;
    }
    QString best;
    for (const QJsonValue &v : m.value(QStringLiteral("layers")).toArray()) {
        const qint64 s = qint64(v.toObject().value(QStringLiteral("size")).toDouble(-1));
        const QString digest = v.toObject().value(QStringLiteral("digest")).toString();
        if (!digest.isEmpty() && (best.isEmpty() || (s >= 0 && s < *size))) {
            best = digest;
            *size = s;
        }
    }
    return best;
}

int LayerDownloadProbe::timeoutMs(const CheckContext &ctx) const
{
    return 5 * Probe::timeoutMs(ctx) + 2000; // manifest, index entry, blob, connect, download: each bounded
}

void LayerDownloadProbe::start(CheckContext &ctx)
{
    markStarted();
    const ImageProbeStart begin = imageProbeStart(ctx, ImageAction::Pull);
    if (!begin.skipped.isEmpty()) {
        finish(ProbeStatus::Skip, begin.skipped);
        return;
    }
    if (ctx.registryKind().kind == RegistryKind::DockerHub) {
        // Docker Hub counts every GET of a manifest as one of the account's pulls (HEAD is free):
        // a check must not spend what the user may be short of.
        finish(ProbeStatus::Skip, msg(QT_TR_NOOP("Not tested: on Docker Hub, reading the image's manifest counts as one of "
                                                 "your pulls, and the check does not spend one. Signing in and the pull "
                                                 "limit were checked without it.")));
        return;
    }
    const ImageName &image = begin.image;
    m_repository = image.apiRepository;
    m_ev.insert(QStringLiteral("image"), image.fullyQualified);
    m_http = new HttpExchange(this);
    readManifest(ctx, image.reference, 0);
}

void LayerDownloadProbe::readManifest(CheckContext &ctx, const QString &reference, int depth)
{
    m_http->disconnect(this);
    connect(m_http, &HttpExchange::finished, this, [this, &ctx, depth](const HttpAnswer &a) {
        if (a.status != 200) {
            m_ev.insert(QStringLiteral("manifestStatus"), a.status);
            finish(ProbeStatus::Skip, a.answered ? msg(QT_TR_NOOP("Skipped: the image's manifest could not be read (status %1).")).arg(a.status)
                                                 : msg(QT_TR_NOOP("Skipped: the image's manifest could not be read: %1")).arg(a.networkError),
                   m_ev);
            return;
        }
        bool isIndex = false;
        qint64 size = -1;
        QStringList platforms;
        const QString platform = clientPlatform();
        const QString digest = nextDigest(a.rawBody.expose(), &isIndex, &size, platform, &platforms);
        if (isIndex && digest.isEmpty() && !platforms.isEmpty() && depth == 0) {
            // A client here stops with "no matching manifest for linux/arm64 in the manifest list entries".
            m_ev.insert(QStringLiteral("platform"), platform);
            m_ev.insert(QStringLiteral("platforms"), platforms);
            m_ev.insert(QStringLiteral("platformMissing"), true);
            finish(ProbeStatus::Fail, msg(QT_TR_NOOP("The image has no variant for this computer's platform, %1: it has %2.")).arg(platform, platforms), m_ev);
            return;
        }
        if (digest.isEmpty() || (isIndex && depth > 0)) {
            finish(ProbeStatus::Skip, msg(QT_TR_NOOP("Skipped: the image has no layer to download.")), m_ev);
            return;
        }
        if (isIndex) {
            readManifest(ctx, digest, depth + 1);
            return;
        }
        m_ev.insert(QStringLiteral("layer"), digest);
        if (size >= 0)
            m_ev.insert(QStringLiteral("layerSize"), size);
        fetchBlob(ctx, digest);
    });
    m_http->request(ctx, "GET", registryUrl(ctx.reference, QStringLiteral("/v2/%1/manifests/%2").arg(m_repository, reference)),
                    ctx.registryAuthorization(), {{"Accept", ManifestProbe::manifestAccept()}});
}

void LayerDownloadProbe::fetchBlob(CheckContext &ctx, const QString &digest)
{
    m_http->disconnect(this);
    connect(m_http, &HttpExchange::finished, this, [this, &ctx](const HttpAnswer &a) {
        m_ev.insert(QStringLiteral("status"), a.status);
        if (a.answered && a.status >= 300 && a.status < 400 && !a.location.isEmpty()) {
            followRedirect(ctx, a);
            return;
        }
        if (a.status == 200 || a.status == 206) {
            finish(ProbeStatus::Pass, msg(QT_TR_NOOP("Layers download: the first bytes of the smallest layer came from the registry itself.")), m_ev);
            return;
        }
        if (!a.answered) {
            m_ev.insert(QStringLiteral("error"), a.networkError);
            finish(ProbeStatus::Warn, msg(QT_TR_NOOP("The registry did not answer the layer download: %1")).arg(a.networkError), m_ev);
            return;
        }
        finish(a.status == 401 || a.status == 403 ? ProbeStatus::Fail : ProbeStatus::Warn,
               msg(QT_TR_NOOP("The registry answered the layer download with status %1.")).arg(a.status), m_ev);
    });
    m_http->request(ctx, "GET", registryUrl(ctx.reference, QStringLiteral("/v2/%1/blobs/%2").arg(m_repository, digest)),
                    ctx.registryAuthorization(), {{"Range", kFirstBytes}});
}

void LayerDownloadProbe::followRedirect(CheckContext &ctx, const HttpAnswer &redirect)
{
    const QUrl target = QUrl::fromEncoded(redirect.location.expose());
    const QString host = target.host();
    const quint16 port = quint16(target.port(target.scheme() == QLatin1String("http") ? 80 : 443));
    ctx.facts.dataHost = host;
    m_ev.insert(QStringLiteral("dataHost"), host);
    m_ev.insert(QStringLiteral("dataPort"), port);
    const Endpoint e = endpointFor(ctx.options, host, port);
    if (!e.allowed) {
        finish(ProbeStatus::Skip, msg(QT_TR_NOOP("Skipped: layers are downloaded from %1, which is not part of the exercise.")).arg(host), m_ev);
        return;
    }
    if (ctx.facts.proxy && ctx.facts.proxy->type() != QNetworkProxy::NoProxy) {
        download(ctx, target); // the proxy connects, not this computer
        return;
    }
    // Resolve and connect first, as the client will: that is where a blocked data path shows, with
    // its own reason (no such name, refused, no answer), which a failed request would hide.
    m_socket = new QTcpSocket(this);
    m_socket->setProxy(QNetworkProxy::NoProxy);
    auto *limit = new QTimer(m_socket);
    limit->setSingleShot(true);
    const auto blocked = [this, &ctx, host, port](const QString &error, int code) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_ev.insert(QStringLiteral("error"), error);
        m_ev.insert(QStringLiteral("socketError"), code);
        ctx.facts.dataBlocked = true;
        ctx.facts.dataNameNotFound = code == QAbstractSocket::HostNotFoundError;
        finish(ProbeStatus::Fail,
               ctx.facts.dataNameNotFound
                   ? msg(QT_TR_NOOP("The sign-in works, but layers are downloaded from %1, and this computer cannot resolve that name: %2")).arg(host, error)
                   : msg(QT_TR_NOOP("The sign-in works, but layers are downloaded from %1 (port %2), and this computer cannot connect to it: %3"))
                         .arg(host).arg(int(port)).arg(error),
               m_ev);
    };
    connect(limit, &QTimer::timeout, this, [blocked] { blocked(QStringLiteral("timeout"), QAbstractSocket::SocketTimeoutError); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this, blocked](QAbstractSocket::SocketError err) { blocked(m_socket->errorString(), err); });
    connect(m_socket, &QTcpSocket::connected, this, [this, &ctx, target, limit] {
        limit->stop();
        m_ev.insert(QStringLiteral("dataAddress"), m_socket->peerAddress().toString());
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        download(ctx, target);
    });
    limit->start(Probe::timeoutMs(ctx));
    m_socket->connectToHost(e.host, e.port);
}

void LayerDownloadProbe::download(CheckContext &ctx, const QUrl &target)
{
    const QString host = target.host();
    m_http->disconnect(this);
    connect(m_http, &HttpExchange::finished, this, [this, host](const HttpAnswer &a) {
        m_ev.insert(QStringLiteral("dataStatus"), a.status);
        if (a.status == 200 || a.status == 206) {
            finish(ProbeStatus::Pass, msg(QT_TR_NOOP("Layers download: the registry sends them from %1, and the first bytes arrived from there.")).arg(host), m_ev);
        } else if (a.answered) {
            finish(ProbeStatus::Warn, msg(QT_TR_NOOP("Layers are downloaded from %1; it is reachable, but answered with status %2.")).arg(host).arg(a.status), m_ev);
        } else {
            m_ev.insert(QStringLiteral("error"), a.networkError);
            finish(ProbeStatus::Warn, msg(QT_TR_NOOP("Layers are downloaded from %1; a connection opened, but the download got no answer: %2")).arg(host, a.networkError), m_ev);
        }
    });
    // Never the registry's Authorization on another host: the address carries its own signature.
    const QByteArray authorization = host == ctx.reference.host ? ctx.registryAuthorization() : QByteArray();
    m_http->request(ctx, "GET", target, authorization, {{"Range", kFirstBytes}});
}

void LayerDownloadProbe::cancel()
{
    if (m_http)
        m_http->abort();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
}

} // namespace rd
