#include "chain_verifier.h"
#include <QHostAddress>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>
#include <memory>

namespace rd {

namespace {

struct X509Free { void operator()(X509 *x) const { X509_free(x); } };
struct StoreFree { void operator()(X509_STORE *s) const { X509_STORE_free(s); } };
struct CtxFree { void operator()(X509_STORE_CTX *c) const { X509_STORE_CTX_free(c); } };
struct StackFree { void operator()(STACK_OF(X509) *s) const { sk_X509_pop_free(s, X509_free); } };

std::unique_ptr<X509, X509Free> toX509(const QSslCertificate &cert)
{
    const QByteArray der = cert.toDer();
    const unsigned char *p = reinterpret_cast<const unsigned char *>(der.constData());
    return std::unique_ptr<X509, X509Free>(d2i_X509(nullptr, &p, der.size()));
}

} // namespace

ChainVerdict verifyChain(const QList<QSslCertificate> &chain, const QString &host, const QList<QSslCertificate> &roots)
{
    ChainVerdict v;
    if (chain.isEmpty()) {
        v.error = QStringLiteral("no certificate");
        return v;
    }
    std::unique_ptr<X509_STORE, StoreFree> store(X509_STORE_new());
    for (const QSslCertificate &root : roots)
        if (auto x = toX509(root))
            X509_STORE_add_cert(store.get(), x.get()); // the store takes its own reference
    auto leaf = toX509(chain.first());
    if (!store || !leaf) {
        v.error = QStringLiteral("unreadable certificate");
        return v;
    }
    std::unique_ptr<STACK_OF(X509), StackFree> intermediates(sk_X509_new_null());
    for (int i = 1; i < chain.size(); ++i)
        if (auto x = toX509(chain.at(i)))
            sk_X509_push(intermediates.get(), x.release());

    std::unique_ptr<X509_STORE_CTX, CtxFree> ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), intermediates.get()) != 1) {
        v.error = QStringLiteral("verifier could not start");
        return v;
    }
    X509_VERIFY_PARAM *param = X509_STORE_CTX_get0_param(ctx.get());
    X509_VERIFY_PARAM_set_purpose(param, X509_PURPOSE_SSL_SERVER);
    const QString bare = host.startsWith(QLatin1Char('[')) ? host.mid(1, host.size() - 2) : host;
    if (QHostAddress(bare).isNull())
        X509_VERIFY_PARAM_set1_host(param, bare.toUtf8().constData(), 0);
    else
        X509_VERIFY_PARAM_set1_ip_asc(param, bare.toUtf8().constData());
    v.trusted = X509_verify_cert(ctx.get()) == 1;
    if (!v.trusted)
        v.error = QString::fromUtf8(X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get())));
    return v;
}

} // namespace rd
