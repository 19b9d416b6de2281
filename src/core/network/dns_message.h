#pragma once
// DNS wire format (RFC 1035): builds queries, parses any packet (bounds-checked, name compression
// followed with loop protection; it is fuzzed) and builds responses for the practice DNS responder.
// Names are handled in presentation form without the trailing dot ("contoso.azurecr.io"); label
// bytes that are not printable ASCII, dots and backslashes inside a label are written as \DDD.
#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QVector>

namespace rd {

namespace DnsType {
enum : quint16 { A = 1, NS = 2, CNAME = 5, SOA = 6, PTR = 12, MX = 15, TXT = 16, AAAA = 28, ANY = 255 };
}

namespace DnsRcode {
enum : quint8 { NoError = 0, FormErr = 1, ServFail = 2, NxDomain = 3, NotImp = 4, Refused = 5 };
}

struct DnsQuestion
{
    QString name;
    quint16 type = DnsType::A;
    quint16 klass = 1; // IN
};

struct DnsRecord
{
    QString name;
    quint16 type = DnsType::A;
    quint16 klass = 1;
    quint32 ttl = 0;
    QByteArray rdata;        // raw record data (for A/AAAA/CNAME/NS/PTR filled from the fields below when building)
    QHostAddress address;    // A / AAAA
    QString target;          // CNAME / NS / PTR (decompressed)

    static DnsRecord a(const QString &name, const QHostAddress &address, quint32 ttl = 60);
    static DnsRecord aaaa(const QString &name, const QHostAddress &address, quint32 ttl = 60);
    static DnsRecord cname(const QString &name, const QString &target, quint32 ttl = 60);
};

struct DnsMessage
{
    quint16 id = 0;
    bool isResponse = false;
    quint8 opcode = 0;
    bool authoritative = false;
    bool truncated = false;
    bool recursionDesired = false;
    bool recursionAvailable = false;
    quint8 rcode = DnsRcode::NoError;
    QVector<DnsQuestion> questions;
    QVector<DnsRecord> answers;
    QVector<DnsRecord> authorities;
    QVector<DnsRecord> additionals;
};

struct DnsParseResult
{
    bool ok = false;
    QString problem;      // untranslated technical description when the packet is malformed
    DnsMessage message;
};

// Encodes a whole message; names are compressed (RFC 1035 4.1.4). Returns an empty array when a
// name cannot be encoded (label longer than 63 bytes, name longer than 255 bytes, empty label).
QByteArray encodeDnsMessage(const DnsMessage &message);

// A standard query with one question (RD set).
QByteArray buildDnsQuery(quint16 id, const QString &name, quint16 type, bool recursionDesired = true);

// A response to `query`: same id, opcode, RD and question; QR, AA and RA set.
QByteArray buildDnsResponse(const DnsMessage &query, quint8 rcode, const QVector<DnsRecord> &answers);

// Never crashes, never loops forever, never reads outside `packet`.
DnsParseResult parseDnsMessage(const QByteArray &packet);

// "Contoso.AzureCR.io." -> "contoso.azurecr.io" (ASCII lowercase, no trailing dot)
QString normalizedDnsName(const QString &name);

} // namespace rd
