// Fuzzes decodeJwt twice per input: the bytes as a whole token, and the bytes as the JSON payload
// of an otherwise well-formed token (so the claim readers see arbitrary JSON).
#include "fuzz_support.h"
#include "registry/jwt.h"

#include <QJsonDocument>

namespace {

// Long, high-entropy and unlike any word in the parser's messages.
const QByteArray kSignature = "Zq7xSIGNATUREmustNOTbeKEPTq9Wv";

void checkInvariants(const QByteArray &token, const rd::JwtInfo &info)
{
    RD_FUZZ_CHECK(info.ok == info.problem.isEmpty());
    if (!info.ok) {
        RD_FUZZ_CHECK(info.claims.isEmpty());
        RD_FUZZ_CHECK(info.access.isEmpty());
        RD_FUZZ_CHECK(!info.expiresAt.has_value());
    } else {
        // ok implies the header and the claims were JSON objects, and the header is what
        // looksLikeJwt() checks.
        RD_FUZZ_CHECK(rd::looksLikeJwt(token));
        RD_FUZZ_CHECK(info.hasAccessClaim || info.access.isEmpty());
        for (const auto *t : {&info.expiresAt, &info.notBefore, &info.issuedAt}) {
            if (t->has_value()) {
                RD_FUZZ_CHECK((*t)->isValid());
                RD_FUZZ_CHECK((*t)->timeSpec() == Qt::UTC);
            }
        }
        for (const rd::JwtAccess &a : info.access)
            (void)info.actionsFor(a.type, a.name);
        (void)info.actionsFor(QStringLiteral("repository"), QStringLiteral("hello"));
    }
    // The signature is never kept: not in the problem, not in a claim's text.
    const QString sig = QString::fromLatin1(kSignature);
    RD_FUZZ_CHECK(!info.problem.contains(sig));
    RD_FUZZ_CHECK(!QString::fromUtf8(QJsonDocument(info.header).toJson()).contains(sig));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = rdfuzz::bytes(data, size);

    // 1. The bytes as a token (whatever `docker` or a helper handed us).
    const rd::JwtInfo raw = rd::decodeJwt(input);
    RD_FUZZ_CHECK(raw.ok == raw.problem.isEmpty());
    if (raw.ok)
        RD_FUZZ_CHECK(rd::looksLikeJwt(input));

    // 2. The bytes as the payload of a token with a known signature; the input must not contain the
    //    signature itself for the leak check to mean something.
    if (!input.contains(kSignature)) {
        const auto b64 = [](const QByteArray &b) {
            return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        const QByteArray token = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + '.' + b64(input) + '.' + kSignature;
        const rd::JwtInfo info = rd::decodeJwt(token);
        checkInvariants(token, info);
        // The payload decodes; so ok is exactly "the payload is a JSON object".
        const QJsonDocument doc = QJsonDocument::fromJson(input);
        if (token.size() <= 64 * 1024)
            RD_FUZZ_CHECK(info.ok == (!doc.isNull() && doc.isObject()));
    }
    return 0;
}
