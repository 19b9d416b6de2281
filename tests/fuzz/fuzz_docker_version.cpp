// Fuzzes parseDockerVersion (stdout and stderr, split at the first NUL byte) and the loose version
// readers beside it.
#include "fuzz_support.h"
#include "docker/tool_versions.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = rdfuzz::bytes(data, size);
    const auto parts = rdfuzz::splitAtNul(input);
    const rd::DockerVersionInfo v = rd::parseDockerVersion(parts.first, parts.second);

    RD_FUZZ_CHECK(v.clientParsed == !v.clientVersion.isNull());
    RD_FUZZ_CHECK(!v.serverReachable || v.serverError.isEmpty());
    // The daemon's error is one printable line.
    for (QChar c : v.serverError)
        RD_FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7f);
    for (const QVersionNumber *n : {&v.clientVersion, &v.serverVersion})
        for (int i = 0; i < n->segmentCount(); ++i)
            RD_FUZZ_CHECK(n->segmentAt(i) >= 0);

    const QVersionNumber loose = rd::parseLooseVersion(QString::fromUtf8(parts.first.left(200)));
    for (int i = 0; i < loose.segmentCount(); ++i)
        RD_FUZZ_CHECK(loose.segmentAt(i) >= 0);
    (void)rd::parseAzureCliVersion(input);
    return 0;
}
