#pragma once
// Makes X.509 certificates with OpenSSL 3 (P-256 keys, SHA-256 signatures): a self-signed CA and
// server certificates it signs. Used by the practice registry; fast (a few milliseconds).
#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

namespace rd {

struct GeneratedCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QByteArray certificatePem;
    QByteArray keyPem;          // PKCS#8 PEM, unencrypted; lives in memory only
    bool isNull() const { return certificate.isNull(); }
};

struct CertificateRequest
{
    QString commonName;
    QString organization;
    QStringList dnsNames;           // subjectAltName DNS entries (leaf certificates)
    QList<QHostAddress> ipAddresses; // subjectAltName IP entries (leaf certificates)
    QDateTime notBefore;            // default: now - 1 hour
    QDateTime notAfter;             // default: now + 1 day
};

class CertificateFactory
{
public:
    // Self-signed CA (basicConstraints CA:TRUE, keyCertSign). Null result and `error` on failure.
    static GeneratedCertificate createCertificateAuthority(const CertificateRequest &request, QString *error = nullptr);

    // Server certificate signed by `issuer` (serverAuth, digitalSignature, SANs from the request).
    static GeneratedCertificate createServerCertificate(const CertificateRequest &request,
                                                        const GeneratedCertificate &issuer,
                                                        QString *error = nullptr);
};

} // namespace rd
