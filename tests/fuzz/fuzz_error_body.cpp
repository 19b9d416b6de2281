// Fuzzes parseErrorBody: the body of any registry (or proxy, or captive portal) error response.
#include "fuzz_support.h"
#include "registry/error_body.h"

#include <QHostAddress>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = rdfuzz::bytes(data, size);
    const rd::ErrorBody r = rd::parseErrorBody(body);

    RD_FUZZ_CHECK(!r.isRegistryShape || r.isJson);
    RD_FUZZ_CHECK(r.errors.isEmpty() || r.isRegistryShape);
    RD_FUZZ_CHECK(!r.isJson || r.textSnippet.isEmpty());
    RD_FUZZ_CHECK(r.textSnippet.size() <= 200);
    // The snippet is one printable line: no control characters, no double spaces.
    for (QChar c : r.textSnippet)
        RD_FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7f);
    RD_FUZZ_CHECK(!r.textSnippet.contains(QLatin1String("  ")));
    RD_FUZZ_CHECK(r.firstCode() == (r.errors.isEmpty() ? QString() : r.errors.first().code));
    RD_FUZZ_CHECK(r.firstMessage() == (r.errors.isEmpty() ? QString() : r.errors.first().message));
    const QString ip = r.blockedClientIp();
    if (!ip.isEmpty())
        RD_FUZZ_CHECK(!QHostAddress(ip).isNull());
    (void)r.mentionsApplicationNotRegistered();
    return 0;
}
