#pragma once
// Verifies a certificate chain the way a Go client (Docker, Podman, Skopeo, Helm) would with a given
// set of trusted roots: OpenSSL's verifier, the registry's host name (or IP address), the current
// time, the chain's other certificates as intermediates. The TLS probe's own handshake uses Qt's
// trust; this answers "would that client accept it" without another connection.
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace rd {

struct ChainVerdict
{
    bool trusted = false;       // a path to one of the roots, for this host, valid now
    QString error;              // OpenSSL's reason when not trusted (untranslated, for evidence)
};

ChainVerdict verifyChain(const QList<QSslCertificate> &chain, const QString &host,
                         const QList<QSslCertificate> &roots);

} // namespace rd
