// Fuzzes parseWwwAuthenticate: any header value a registry (or a proxy, or an attacker) sends.
#include "fuzz_support.h"
#include "registry/challenge.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray header = rdfuzz::bytes(data, size);
    const rd::ChallengeParseResult r = rd::parseWwwAuthenticate(header);

    RD_FUZZ_CHECK(r.ok == !r.challenges.isEmpty());
    RD_FUZZ_CHECK(r.ok || !r.problem.isEmpty());
    RD_FUZZ_CHECK(r.challenges.size() <= 64);
    // Every challenge consumed at least its scheme (one byte or more) from the input.
    RD_FUZZ_CHECK(r.challenges.size() <= header.size());
    for (const rd::AuthChallenge &c : r.challenges) {
        RD_FUZZ_CHECK(!c.scheme.isEmpty());
        RD_FUZZ_CHECK(c.scheme == c.scheme.toLower());
        RD_FUZZ_CHECK(c.scheme.at(0).isLetter());
        RD_FUZZ_CHECK(c.params.size() <= header.size());
        for (auto it = c.params.constBegin(); it != c.params.constEnd(); ++it) {
            RD_FUZZ_CHECK(!it.key().isEmpty());
            RD_FUZZ_CHECK(it.key() == it.key().toLower());
            // A value cannot be longer than the whole header.
            RD_FUZZ_CHECK(it.value().size() <= header.size());
        }
        (void)c.realm();
        (void)c.service();
        (void)c.scope();
        (void)c.error();
    }
    // The parser is a pure function of its input.
    const rd::ChallengeParseResult again = rd::parseWwwAuthenticate(header);
    RD_FUZZ_CHECK(again.ok == r.ok && again.problem == r.problem && again.challenges.size() == r.challenges.size());
    return 0;
}
