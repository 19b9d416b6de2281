#include "tls_probe.h"
#include "printable_text.h"
#include "check_context.h"
#include "network/endpoint.h"
#include "time_text.h"
#include "trust/chain_verifier.h"
#include "trust/client_trust.h"
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <optional>

namespace rd {

TlsProbe::~TlsProbe()
{
    cancel();
}

QString TlsProbe::certificateName(const QSslCertificate &cert, bool issuer)
{
    const auto cn = issuer ? cert.issuerInfo(QSslCertificate::CommonName) : cert.subjectInfo(QSslCertificate::CommonName);
    const auto org = issuer ? cert.issuerInfo(QSslCertificate::Organization) : cert.subjectInfo(QSslCertificate::Organization);
    // Any server (or an inspecting proxy) chooses these names, no trust needed: one printable
    // line, bounded.
    constexpr int kMaxPart = 120;
    QString name = cn.isEmpty() ? QString() : printableText(cn.first(), kMaxPart);
    const QString organization = org.isEmpty() ? QString() : printableText(org.first(), kMaxPart);
    if (!organization.isEmpty() && !name.contains(organization))
        name += name.isEmpty() ? organization : QStringLiteral(" (%1)").arg(organization);
    return name;
}

int TlsProbe::timeoutMs(const CheckContext &ctx) const
{
    return Probe::timeoutMs(ctx) + 4000; // the handshake's own limit is Probe::timeoutMs, then up to 1 s for plain HTTP
}

void TlsProbe::start(CheckContext &ctx)
{
    markStarted();
    if (!ctx.facts.tcpConnected) {
        finish(ProbeStatus::Skip, msg(QT_TR_NOOP("Skipped: no connection to the registry.")));
        return;
    }
    const QString host = socketHost(ctx.reference.host);
    const quint16 port = quint16(ctx.reference.port);
    const bool viaProxy = ctx.facts.proxy && ctx.facts.proxy->type() != QNetworkProxy::NoProxy;
    m_socket = new QSslSocket(this);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    if (!ctx.options.extraCaCertificates.isEmpty())
        ssl.addCaCertificates(ctx.options.extraCaCertificates);
    m_socket->setSslConfiguration(ssl);
    m_socket->setPeerVerifyName(host);
    m_socket->setProxy(viaProxy ? *ctx.facts.proxy : QNetworkProxy(QNetworkProxy::NoProxy));
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_errors = errors; // keep going to see the whole chain; the check reports, it sends nothing
        m_socket->ignoreSslErrors();
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this, &ctx] { report(ctx, m_errors); });
    connect(m_socket, &QSslSocket::errorOccurred, this, [this, &ctx](QAbstractSocket::SocketError) {
        if (m_reported)
            return;
        m_reported = true;
        QVariantMap ev;
        ev.insert(QStringLiteral("error"), m_socket->errorString());
        ev.insert(QStringLiteral("handshakeFailed"), true);
        ctx.facts.tlsOk = false;
        ctx.facts.tlsHandshakeFailed = true;
        m_socket->disconnect(this);
        m_socket->abort();
        handshakeFailed(ctx, ev, msg(QT_TR_NOOP("The secure connection could not be set up: %1")).arg(m_socket->errorString()));
    });
    // A server that accepts the connection and never finishes the handshake is stopped here.
    auto *limit = new QTimer(m_socket);
    limit->setSingleShot(true);
    const int limitMs = Probe::timeoutMs(ctx);
    connect(limit, &QTimer::timeout, this, [this, &ctx, limitMs] {
        if (m_reported)
            return;
        m_reported = true;
        QVariantMap ev;
        ev.insert(QStringLiteral("error"), QStringLiteral("timeout"));
        ev.insert(QStringLiteral("handshakeFailed"), true);
        ev.insert(QStringLiteral("timedOut"), true);
        ev.insert(QStringLiteral("timeoutMs"), limitMs);
        ctx.facts.tlsOk = false;
        ctx.facts.tlsHandshakeFailed = true;
        m_socket->disconnect(this);
        m_socket->abort();
        handshakeFailed(ctx, ev, msg(QT_TR_N_NOOP("The connection opened, but the secure handshake got no answer within %n second(s): something on the way (a firewall that filters secure connections) or the server stops it."), limitMs / 1000));
    });
    limit->start(limitMs);
    // Through a proxy too, the tunnel goes to the endpoint (the practice table maps it to loopback).
    const Endpoint e = endpointFor(ctx.options, host, port);
    m_socket->connectToHostEncrypted(e.host, e.port, host);
}

void TlsProbe::handshakeFailed(CheckContext &ctx, const QVariantMap &ev, const Message &detail)
{
    const bool viaProxy = ctx.facts.proxy && ctx.facts.proxy->type() != QNetworkProxy::NoProxy;
    if (viaProxy) { // the proxy's tunnel, not the registry, would answer a plain request
        finish(ProbeStatus::Fail, detail, ev);
        return;
    }
    // Does the port speak plain HTTP? A registry without TLS answers a request in clear text (and
    // often the ClientHello too, with "HTTP/1.1 400"): the client then needs it as an insecure registry.
    const QString host = socketHost(ctx.reference.host);
    const Endpoint e = endpointFor(ctx.options, host, quint16(ctx.reference.port));
    m_plain = new QTcpSocket(this);
    m_plain->setProxy(QNetworkProxy::NoProxy);
    auto *limit = new QTimer(m_plain);
    limit->setSingleShot(true);
    auto done = [this, &ctx, ev, detail, limit](bool answeredByHttp) {
        limit->stop();
        m_plain->disconnect(this);
        m_plain->abort();
        m_plain->deleteLater();
        if (!answeredByHttp) {
            finish(ProbeStatus::Fail, detail, ev);
            return;
        }
        QVariantMap e = ev;
        e.insert(QStringLiteral("answeredByHttp"), true);
        ctx.facts.tlsAnsweredByHttp = true;
        // Docker falls back to plain HTTP for its default insecure registries (127.0.0.0/8): it works there.
        if (ctx.options.client == RegistryClient::Docker && dockerSkipsVerification(ctx.reference.host, ctx.facts.addresses)) {
            finish(ProbeStatus::Warn, msg(QT_TR_NOOP("The registry speaks plain HTTP on port %1, without TLS. Docker uses plain HTTP for registries on 127.0.0.0/8 by itself, so it can work with it; Podman and Skopeo cannot unless the registry is marked insecure. The rest of the check needs TLS and was not done.")).arg(ctx.reference.port), e);
            return;
        }
        finish(ProbeStatus::Fail, msg(QT_TR_NOOP("The registry speaks plain HTTP on port %1, without TLS: it answered a request in clear text.")).arg(ctx.reference.port), e);
    };
    connect(limit, &QTimer::timeout, this, [done] { done(false); });
    connect(m_plain, &QTcpSocket::errorOccurred, this, [this, done](QAbstractSocket::SocketError) { done(m_plain->bytesAvailable() >= 5 && m_plain->peek(5) == "HTTP/"); });
    connect(m_plain, &QTcpSocket::connected, this, [this, &ctx] {
        const QString hostHeader = ctx.reference.port == 443 ? ctx.reference.host : ctx.reference.loginServer;
        m_plain->write("GET /v2/ HTTP/1.1\r\nHost: " + hostHeader.toUtf8() + "\r\nUser-Agent: registry-doctor/" RD_VERSION "\r\nConnection: close\r\n\r\n");
    });
    connect(m_plain, &QTcpSocket::readyRead, this, [this, done] {
        if (m_plain->bytesAvailable() >= 5)
            done(m_plain->peek(5) == "HTTP/");
    });
    limit->start(qMin(1000, Probe::timeoutMs(ctx) / 2));
    m_plain->connectToHost(e.host, e.port);
}

void TlsProbe::report(CheckContext &ctx, const QList<QSslError> &errors)
{
    if (m_reported)
        return;
    m_reported = true;
    const QList<QSslCertificate> chain = m_socket->peerCertificateChain();
    ctx.facts.peerChain = chain;
    QVariantMap ev;
    const QSslCipher cipher = m_socket->sessionCipher();
    ev.insert(QStringLiteral("protocol"), cipher.protocolString());
    ev.insert(QStringLiteral("cipher"), cipher.name());
    QStringList chainNames;
    for (const QSslCertificate &c : chain)
        if (chainNames.size() < 10) // a real chain has 2 to 4
            chainNames << certificateName(c, false);
    ev.insert(QStringLiteral("chain"), chainNames);
    if (!chain.isEmpty()) {
        const QSslCertificate &leaf = chain.first();
        ev.insert(QStringLiteral("subject"), certificateName(leaf, false));
        ev.insert(QStringLiteral("issuer"), certificateName(leaf, true));
        ev.insert(QStringLiteral("notBefore"), leaf.effectiveDate().toUTC().toString(Qt::ISODate));
        ev.insert(QStringLiteral("notAfter"), leaf.expiryDate().toUTC().toString(Qt::ISODate));
        ev.insert(QStringLiteral("topIssuer"), certificateName(chain.last(), true));
    }
    QStringList messages;
    QVariantList codes;
    bool untrusted = false, nameMismatch = false, dates = false;
    for (const QSslError &e : errors) {
        messages << e.errorString();
        codes << int(e.error());
        switch (e.error()) {
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            untrusted = true;
            break;
        case QSslError::HostNameMismatch:
            nameMismatch = true;
            break;
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            dates = true;
            break;
        default:
            break;
        }
    }
    ev.insert(QStringLiteral("errors"), messages);
    ev.insert(QStringLiteral("errorCodes"), codes);
    ctx.facts.tlsUntrustedIssuer = untrusted;
    ctx.facts.tlsHostNameMismatch = nameMismatch;
    ctx.facts.tlsDateProblem = dates;
    ev.insert(QStringLiteral("untrustedIssuer"), untrusted);
    ev.insert(QStringLiteral("hostNameMismatch"), nameMismatch);
    ev.insert(QStringLiteral("dateProblem"), dates);
    m_socket->disconnect(this);
    m_socket->abort();
    ctx.facts.tlsOk = errors.isEmpty();
    if (errors.isEmpty()) {
        finish(ProbeStatus::Pass, msg(QT_TR_NOOP("%1 with a valid certificate for %2, issued by %3, valid until %4."))
                                      .arg(cipher.protocolString(), ev.value(QStringLiteral("subject")).toString(),
                                           ev.value(QStringLiteral("issuer")).toString(),
                                           chain.first().expiryDate()),
               ev);
        return;
    }
    // Qt's view (this computer's store) refuses it; the user's client may still accept it.
    if (acceptedByClient(ctx, chain, ev, untrusted && !nameMismatch && !dates))
        return;
    Message detail;
    if (untrusted)
        detail = msg(QT_TR_NOOP("The certificate is issued by \"%1\", which this computer does not trust. A company proxy or antivirus that inspects secure connections usually does this."))
                     .arg(ev.value(QStringLiteral("topIssuer")).toString());
    else if (nameMismatch)
        detail = msg(QT_TR_NOOP("The certificate is for %1, not for %2.")).arg(ev.value(QStringLiteral("subject")).toString(), ctx.reference.host);
    else
        detail = Message::verbatim(messages.join(QLatin1Char(' ')));
    finish(ProbeStatus::Fail, detail, ev);
}

bool TlsProbe::acceptedByClient(CheckContext &ctx, const QList<QSslCertificate> &chain, QVariantMap &ev, bool onlyIssuer)
{
    const QString host = ctx.reference.host;
    const QString folderName = certsFolderName(host, ctx.reference.port);
    const TrustEnvironment env = TrustEnvironment::current();
    const bool docker = ctx.options.client == RegistryClient::Docker;
    // Go's roots only when a folder adds authorities to them (reading them costs more than the rest).
    std::optional<GoRoots> roots;
    const auto trustedWith = [&](const QList<QSslCertificate> &folderAuthorities) {
        if (folderAuthorities.isEmpty())
            return false;
        if (!roots)
            roots = goSystemRoots(env);
        return verifyChain(chain, host, roots->certificates + folderAuthorities).trusted;
    };

    // The folder whose authorities make the chain trusted for the chosen client, if any.
    QString trustedVia;
    QList<QSslCertificate> authorities;
    if (!onlyIssuer) {
        // A wrong name or dates: only Docker's skipped verification lets it through.
    } else if (docker) {
        for (const CaFolder &f : dockerCaFolders(folderName, env))
            if (trustedWith(f.authorities)) {
                trustedVia = f.path;
                authorities = f.authorities;
                break;
            }
    } else if (ctx.options.client != RegistryClient::Podman) {
        // Helm reads no certs.d folder: Go's roots (and --ca-file) only, as this check started with.
    } else if (const auto f = containersCaFolder(folderName, env)) {
        if (trustedWith(f->authorities)) {
            trustedVia = f->path;
            authorities = f->authorities;
        }
    }
    const bool skips = docker && trustedVia.isEmpty() && dockerSkipsVerification(host, ctx.facts.addresses);
    if (trustedVia.isEmpty() && !skips)
        return false;

    ctx.facts.tlsOk = true;
    ctx.facts.clientAuthorities = authorities;
    ctx.facts.clientSkipsVerification = skips;
    ev.insert(QStringLiteral("client"), registryClientName(ctx.options.client));
    ev.insert(QStringLiteral("clientTrustFolder"), trustedVia);
    ev.insert(QStringLiteral("clientSkipsVerification"), skips);
    if (const QString replacedBy = goRootsReplacedBy(env); !replacedBy.isEmpty())
        ev.insert(QStringLiteral("goRootsReplacedBy"), replacedBy);
    const QString issuer = ev.value(QStringLiteral("topIssuer")).toString();
    Message detail;
    if (skips)
        detail = msg(QT_TR_NOOP("Docker does not check certificates for registries on 127.0.0.0/8 (its default insecure "
                    "registries), so it connects although \"%1\" is not a trusted issuer. Podman, Skopeo, the "
                    "Azure CLI and browsers refuse this certificate.")).arg(issuer);
    else if (docker)
        detail = msg(QT_TR_NOOP("Docker trusts this certificate through %1. This computer's own store does not, so the "
                    "Azure CLI, browsers and other programs on this computer will refuse it.")).arg(trustedVia);
    else
        detail = msg(QT_TR_NOOP("Podman and Skopeo trust this certificate through %1. This computer's own store does not, "
                    "so the Azure CLI, browsers and other programs on this computer will refuse it.")).arg(trustedVia);
    finish(ProbeStatus::Warn, detail, ev);
    return true;
}

void TlsProbe::cancel()
{
    if (m_plain) {
        m_plain->disconnect(this);
        m_plain->abort();
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

} // namespace rd
