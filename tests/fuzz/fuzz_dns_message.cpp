// Fuzzes parseDnsMessage: any UDP packet that comes back from a resolver. A parsed message must
// also encode again, and the encoding of what was read (names, addresses, targets) must read back
// the same.
#include "fuzz_support.h"
#include "network/dns_message.h"

namespace {

QString folded(const QString &name)
{
    return rd::normalizedDnsName(name);
}

// The message as our own writer would build it: record data from the fields, not the raw bytes
// (raw name data may hold compression pointers into the original packet).
rd::DnsMessage rebuilt(const rd::DnsMessage &m)
{
    rd::DnsMessage out = m;
    for (auto *section : {&out.answers, &out.authorities, &out.additionals})
        for (rd::DnsRecord &r : *section)
            if (r.type == rd::DnsType::A || r.type == rd::DnsType::AAAA || r.type == rd::DnsType::CNAME
                || r.type == rd::DnsType::NS || r.type == rd::DnsType::PTR)
                r.rdata.clear();
    return out;
}

void sameRecords(const QVector<rd::DnsRecord> &a, const QVector<rd::DnsRecord> &b)
{
    RD_FUZZ_CHECK(a.size() == b.size());
    for (int i = 0; i < a.size(); ++i) {
        RD_FUZZ_CHECK(folded(a.at(i).name) == folded(b.at(i).name));
        RD_FUZZ_CHECK(a.at(i).type == b.at(i).type);
        RD_FUZZ_CHECK(a.at(i).klass == b.at(i).klass);
        RD_FUZZ_CHECK(a.at(i).ttl == b.at(i).ttl);
        RD_FUZZ_CHECK(a.at(i).address == b.at(i).address);
        RD_FUZZ_CHECK(folded(a.at(i).target) == folded(b.at(i).target));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray packet = rdfuzz::bytes(data, size);
    const rd::DnsParseResult r = rd::parseDnsMessage(packet);
    RD_FUZZ_CHECK(r.ok == r.problem.isEmpty());
    if (!r.ok)
        return 0;
    const rd::DnsMessage &m = r.message;
    RD_FUZZ_CHECK(m.questions.size() <= 1024 && m.answers.size() <= 1024);
    for (const rd::DnsQuestion &q : m.questions)
        RD_FUZZ_CHECK(q.name.size() <= 4 * 255);

    // Re-encoding what was read (raw record data included) never crashes.
    (void)rd::encodeDnsMessage(m);

    // Round trip through our writer.
    const rd::DnsMessage clean = rebuilt(m);
    const QByteArray encoded = rd::encodeDnsMessage(clean);
    RD_FUZZ_CHECK(!encoded.isEmpty());
    const rd::DnsParseResult back = rd::parseDnsMessage(encoded);
    RD_FUZZ_CHECK(back.ok);
    RD_FUZZ_CHECK(back.message.id == m.id && back.message.rcode == m.rcode && back.message.opcode == m.opcode);
    RD_FUZZ_CHECK(back.message.isResponse == m.isResponse && back.message.truncated == m.truncated);
    RD_FUZZ_CHECK(back.message.questions.size() == m.questions.size());
    for (int i = 0; i < m.questions.size(); ++i) {
        RD_FUZZ_CHECK(folded(back.message.questions.at(i).name) == folded(m.questions.at(i).name));
        RD_FUZZ_CHECK(back.message.questions.at(i).type == m.questions.at(i).type);
    }
    sameRecords(m.answers, back.message.answers);
    sameRecords(m.authorities, back.message.authorities);
    sameRecords(m.additionals, back.message.additionals);

    // A response to it can always be built.
    if (!m.questions.isEmpty())
        RD_FUZZ_CHECK(!rd::buildDnsResponse(m, rd::DnsRcode::NxDomain, {}).isEmpty());
    return 0;
}
