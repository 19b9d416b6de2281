#include "certificate_factory.h"

#include <QCoreApplication>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace rd {

namespace {

struct Deleter
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
};
template <typename T>
using Ptr = std::unique_ptr<T, Deleter>;

QString openSslError(const char *what)
{
    const unsigned long code = ERR_get_error();
    char buffer[256] = {};
    if (code)
        ERR_error_string_n(code, buffer, sizeof buffer);
    ERR_clear_error();
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QLatin1String(code ? buffer : "unknown error"));
}

void setError(QString *error, const QString &technical)
{
    if (error)
        *error = QCoreApplication::translate("rd::CertificateFactory", "Could not create a certificate (%1).").arg(technical);
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    return length > 0 ? QByteArray(data, int(length)) : QByteArray();
}

bool addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const QByteArray &value)
{
    Ptr<X509_EXTENSION> ext(X509V3_EXT_conf_nid(nullptr, ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

bool safeName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    for (QChar c : name) {
        const ushort u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '.'
                        || u == '-' || u == '*';
        if (!ok)
            return false;
    }
    return true;
}

// Builds and signs one certificate. `issuerCert`/`issuerKey` null = self-signed.
GeneratedCertificate make(const CertificateRequest &request, bool isCa, X509 *issuerCert, EVP_PKEY *issuerKey,
                          QString *error)
{
    Ptr<EVP_PKEY> key(EVP_EC_gen("P-256"));
    if (!key) {
        setError(error, openSslError("EC key generation"));
        return GeneratedCertificate();
    }
    Ptr<X509> cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1) {
        setError(error, openSslError("X509_new"));
        return GeneratedCertificate();
    }
    Ptr<BIGNUM> serial(BN_new());
    if (!serial || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(cert.get()))) {
        setError(error, openSslError("serial number"));
        return GeneratedCertificate();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime notBefore = request.notBefore.isValid() ? request.notBefore : now.addSecs(-3600);
    const QDateTime notAfter = request.notAfter.isValid() ? request.notAfter : now.addDays(1);
    if (!ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(notBefore.toSecsSinceEpoch()))
        || !ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(notAfter.toSecsSinceEpoch()))) {
        setError(error, openSslError("validity"));
        return GeneratedCertificate();
    }
    X509_NAME *subject = X509_get_subject_name(cert.get());
    const QByteArray cn = request.commonName.toUtf8();
    const QByteArray org = request.organization.toUtf8();
    if (!org.isEmpty())
        X509_NAME_add_entry_by_txt(subject, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(org.constData()),
                                   -1, -1, 0);
    if (X509_NAME_add_entry_by_txt(subject, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()),
                                   -1, -1, 0)
        != 1) {
        setError(error, openSslError("subject"));
        return GeneratedCertificate();
    }
    X509 *signerCert = issuerCert ? issuerCert : cert.get();
    EVP_PKEY *signerKey = issuerKey ? issuerKey : key.get();
    if (X509_set_issuer_name(cert.get(), X509_get_subject_name(signerCert)) != 1
        || X509_set_pubkey(cert.get(), key.get()) != 1) {
        setError(error, openSslError("issuer"));
        return GeneratedCertificate();
    }

    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, signerCert, cert.get(), nullptr, nullptr, 0);
    bool ok = addExtension(cert.get(), &ctx, NID_subject_key_identifier, "hash")
              && addExtension(cert.get(), &ctx, NID_authority_key_identifier, "keyid:always");
    if (isCa) {
        ok = ok && addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
             && addExtension(cert.get(), &ctx, NID_key_usage, "critical,keyCertSign,cRLSign");
    } else {
        QStringList alt;
        for (const QString &dns : request.dnsNames) {
            if (!safeName(dns)) {
                setError(error, QStringLiteral("unsupported DNS name"));
                return GeneratedCertificate();
            }
            alt << QStringLiteral("DNS:") + dns;
        }
        for (const QHostAddress &ip : request.ipAddresses)
            alt << QStringLiteral("IP:") + ip.toString();
        ok = ok && addExtension(cert.get(), &ctx, NID_basic_constraints, "critical,CA:FALSE")
             && addExtension(cert.get(), &ctx, NID_key_usage, "critical,digitalSignature")
             && addExtension(cert.get(), &ctx, NID_ext_key_usage, "serverAuth");
        if (ok && !alt.isEmpty())
            ok = addExtension(cert.get(), &ctx, NID_subject_alt_name, alt.join(QLatin1Char(',')).toLatin1());
    }
    if (!ok) {
        setError(error, openSslError("extensions"));
        return GeneratedCertificate();
    }
    if (X509_sign(cert.get(), signerKey, EVP_sha256()) <= 0) {
        setError(error, openSslError("signature"));
        return GeneratedCertificate();
    }

    GeneratedCertificate out;
    Ptr<BIO> certBio(BIO_new(BIO_s_mem()));
    Ptr<BIO> keyBio(BIO_new(BIO_s_mem()));
    if (!certBio || !keyBio || PEM_write_bio_X509(certBio.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        setError(error, openSslError("PEM"));
        return GeneratedCertificate();
    }
    out.certificatePem = bioBytes(certBio.get());
    out.keyPem = bioBytes(keyBio.get());
    out.certificate = QSslCertificate(out.certificatePem, QSsl::Pem);
    out.key = QSslKey(out.keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (out.certificate.isNull() || out.key.isNull()) {
        setError(error, QStringLiteral("Qt could not read the generated certificate or key"));
        return GeneratedCertificate();
    }
    return out;
}

} // namespace

GeneratedCertificate CertificateFactory::createCertificateAuthority(const CertificateRequest &request, QString *error)
{
    return make(request, true, nullptr, nullptr, error);
}

GeneratedCertificate CertificateFactory::createServerCertificate(const CertificateRequest &request,
                                                                 const GeneratedCertificate &issuer, QString *error)
{
    Ptr<BIO> certBio(BIO_new_mem_buf(issuer.certificatePem.constData(), int(issuer.certificatePem.size())));
    Ptr<BIO> keyBio(BIO_new_mem_buf(issuer.keyPem.constData(), int(issuer.keyPem.size())));
    if (!certBio || !keyBio) {
        setError(error, openSslError("BIO"));
        return GeneratedCertificate();
    }
    Ptr<X509> issuerCert(PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr));
    Ptr<EVP_PKEY> issuerKey(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr));
    if (!issuerCert || !issuerKey) {
        setError(error, openSslError("issuer PEM"));
        return GeneratedCertificate();
    }
    return make(request, false, issuerCert.get(), issuerKey.get(), error);
}

} // namespace rd
