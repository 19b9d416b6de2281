#pragma once
#include "probe.h"
#include <QPointer>
#include <QSslError>

class QSslSocket;
class QTcpSocket;

namespace rd {

// TLS handshake with the registry: protocol, certificate chain, issuer, host name and dates. When
// the chain ends at an issuer this computer does not trust, the issuer is named: usually a company
// proxy or antivirus that inspects TLS.
class TlsProbe final : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;
    ~TlsProbe() override;
    ProbeId probeId() const override { return ProbeId::Tls; }
    QString title() const override { return tr("Secure connection (TLS)"); }
    QVector<ProbeId> dependsOn() const override { return {ProbeId::Tcp}; }
    // Longer than its own handshake limit, so that its own clearer finding comes before the runner's.
    int timeoutMs(const CheckContext &ctx) const override;
    void start(CheckContext &ctx) override;
    void cancel() override;

    static QString certificateName(const QSslCertificate &cert, bool issuer);

private:
    void report(CheckContext &ctx, const QList<QSslError> &errors);
    // No secure session: finishes, after asking the port in plain HTTP whether it is a registry without TLS.
    void handshakeFailed(CheckContext &ctx, const QVariantMap &ev, const Message &detail);
    // This computer's store refuses the certificate: does the user's client accept it anyway (its
    // certs.d folders when only the issuer is unknown here, Docker's unchecked loopback registries)?
    // Finishes with a warning naming who accepts it and why, and returns true.
    bool acceptedByClient(CheckContext &ctx, const QList<QSslCertificate> &chain, QVariantMap &ev, bool onlyIssuer);
    QPointer<QSslSocket> m_socket;
    QPointer<QTcpSocket> m_plain;
    QList<QSslError> m_errors;
    bool m_reported = false;
};

} // namespace rd
