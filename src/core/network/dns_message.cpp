#include "dns_message.h"

#include <QHash>
#include <QUrl>
#include <QtEndian>

#include <cctype>

namespace rd {

namespace {

constexpr int kHeaderSize = 12;
constexpr int kMaxNameLength = 255;   // wire length, including the length bytes and the root
constexpr int kMaxLabelLength = 63;
constexpr int kMaxPointerJumps = 64;
constexpr int kMaxRecordsPerSection = 1024;

// ---- writing ----------------------------------------------------------------------------------

// Presentation name -> list of raw labels. Returns false when it cannot be encoded.
bool splitName(const QString &name, QVector<QByteArray> *labels)
{
    labels->clear();
    QString text = name;
    if (text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1String("\\.")))
        text.chop(1);
    if (text.isEmpty())
        return true; // the root
    QByteArray ascii;
    bool allAscii = true;
    for (QChar c : text) {
        if (c.unicode() > 0x7e || c.unicode() < 0x20) {
            allAscii = false;
            break;
        }
    }
    ascii = allAscii ? text.toLatin1() : QUrl::toAce(text);
    if (ascii.isEmpty())
        return false;

    QByteArray label;
    for (int i = 0; i < ascii.size(); ++i) {
        const char c = ascii.at(i);
        if (c == '\\') {
            if (i + 1 >= ascii.size())
                return false;
            if (std::isdigit(uchar(ascii.at(i + 1)))) {
                if (i + 3 >= ascii.size() || !std::isdigit(uchar(ascii.at(i + 2)))
                    || !std::isdigit(uchar(ascii.at(i + 3))))
                    return false;
                const int value = ascii.mid(i + 1, 3).toInt();
                if (value > 255)
                    return false;
                label.append(char(value));
                i += 3;
            } else {
                label.append(ascii.at(i + 1));
                ++i;
            }
        } else if (c == '.') {
            if (label.isEmpty() || label.size() > kMaxLabelLength)
                return false;
            labels->append(label);
            label.clear();
        } else {
            label.append(c);
        }
    }
    if (label.isEmpty() || label.size() > kMaxLabelLength)
        return false;
    labels->append(label);
    int wire = 1;
    for (const QByteArray &l : *labels)
        wire += 1 + l.size();
    return wire <= kMaxNameLength;
}

class Writer
{
public:
    QByteArray out;
    bool failed = false;

    void u8(quint8 v) { out.append(char(v)); }
    void u16(quint16 v)
    {
        out.append(char(v >> 8));
        out.append(char(v & 0xff));
    }
    void u32(quint32 v)
    {
        u16(quint16(v >> 16));
        u16(quint16(v & 0xffff));
    }

    // Writes a name, reusing suffixes already written (compression pointers).
    void name(const QString &presentation)
    {
        QVector<QByteArray> labels;
        if (!splitName(presentation, &labels)) {
            failed = true;
            return;
        }
        for (int i = 0; i < labels.size(); ++i) {
            // The suffix in wire form (length-prefixed labels): a label may hold any byte, NUL
            // included, so a separator could make two different names share a key.
            QByteArray key;
            for (int j = i; j < labels.size(); ++j) {
                key += char(labels.at(j).size());
                key += labels.at(j).toLower();
            }
            const auto it = m_suffixes.constFind(key);
            if (it != m_suffixes.constEnd()) {
                u16(quint16(0xc000 | it.value()));
                return;
            }
            if (out.size() < 0x3fff)
                m_suffixes.insert(key, quint16(out.size()));
            u8(quint8(labels.at(i).size()));
            out.append(labels.at(i));
        }
        u8(0);
    }

    void record(const DnsRecord &r)
    {
        name(r.name);
        u16(r.type);
        u16(r.klass);
        u32(r.ttl);
        const int lengthAt = out.size();
        u16(0);
        const int start = out.size();
        if (r.type == DnsType::A && r.rdata.isEmpty() && r.address.protocol() == QAbstractSocket::IPv4Protocol) {
            u32(r.address.toIPv4Address());
        } else if (r.type == DnsType::AAAA && r.rdata.isEmpty()
                   && r.address.protocol() == QAbstractSocket::IPv6Protocol) {
            const Q_IPV6ADDR a = r.address.toIPv6Address();
            out.append(reinterpret_cast<const char *>(a.c), 16);
        } else if ((r.type == DnsType::CNAME || r.type == DnsType::NS || r.type == DnsType::PTR)
                   && r.rdata.isEmpty()) {
            name(r.target);
        } else {
            out.append(r.rdata);
        }
        const int length = out.size() - start;
        if (length > 0xffff) {
            failed = true;
            return;
        }
        out[lengthAt] = char(length >> 8);
        out[lengthAt + 1] = char(length & 0xff);
    }

private:
    QHash<QByteArray, quint16> m_suffixes;
};

// ---- reading ----------------------------------------------------------------------------------

QString labelToPresentation(const QByteArray &label)
{
    QString s;
    s.reserve(label.size());
    for (char ch : label) {
        const uchar c = uchar(ch);
        if (c == '.' || c == '\\') {
            s += QLatin1Char('\\');
            s += QLatin1Char(char(c));
        } else if (c <= 0x20 || c >= 0x7f) {
            s += QStringLiteral("\\%1").arg(int(c), 3, 10, QLatin1Char('0'));
        } else {
            s += QLatin1Char(char(c));
        }
    }
    return s;
}

class Reader
{
public:
    explicit Reader(const QByteArray &data) : m_data(data) {}

    int pos = 0;
    QString problem;

    bool has(int n) const { return n >= 0 && pos <= m_data.size() - n; }
    bool u8(quint8 *v)
    {
        if (!has(1))
            return fail(QStringLiteral("truncated at offset %1").arg(pos));
        *v = quint8(m_data.at(pos));
        pos += 1;
        return true;
    }
    bool u16(quint16 *v)
    {
        if (!has(2))
            return fail(QStringLiteral("truncated at offset %1").arg(pos));
        *v = qFromBigEndian<quint16>(reinterpret_cast<const uchar *>(m_data.constData() + pos));
        pos += 2;
        return true;
    }
    bool u32(quint32 *v)
    {
        if (!has(4))
            return fail(QStringLiteral("truncated at offset %1").arg(pos));
        *v = qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(m_data.constData() + pos));
        pos += 4;
        return true;
    }
    bool bytes(int n, QByteArray *out)
    {
        if (!has(n))
            return fail(QStringLiteral("truncated at offset %1").arg(pos));
        *out = m_data.mid(pos, n);
        pos += n;
        return true;
    }

    // Reads a (possibly compressed) name starting at `pos`; `pos` moves past the in-place part.
    // `limit` is the end of the enclosing record data (or the packet size).
    bool name(QString *out, int limit)
    {
        QStringList labels;
        int cursor = pos;
        int end = -1;          // where reading continues after the name
        int jumps = 0;
        int wireLength = 1;
        int lowestJumpTarget = cursor; // pointers must go strictly backwards
        while (true) {
            if (cursor < 0 || cursor >= m_data.size() || (end < 0 && cursor >= limit))
                return fail(QStringLiteral("name runs past the end at offset %1").arg(cursor));
            const quint8 len = quint8(m_data.at(cursor));
            if ((len & 0xc0) == 0xc0) {
                if (cursor + 1 >= m_data.size() || (end < 0 && cursor + 1 >= limit))
                    return fail(QStringLiteral("truncated compression pointer at offset %1").arg(cursor));
                const int target = ((len & 0x3f) << 8) | quint8(m_data.at(cursor + 1));
                if (end < 0)
                    end = cursor + 2;
                if (++jumps > kMaxPointerJumps)
                    return fail(QStringLiteral("too many compression pointers"));
                if (target >= lowestJumpTarget)
                    return fail(QStringLiteral("compression pointer at offset %1 does not point backwards").arg(cursor));
                lowestJumpTarget = target;
                cursor = target;
                continue;
            }
            if ((len & 0xc0) != 0)
                return fail(QStringLiteral("unsupported label type 0x%1 at offset %2").arg(len, 2, 16, QLatin1Char('0')).arg(cursor));
            if (len == 0) {
                if (end < 0)
                    end = cursor + 1;
                break;
            }
            if (cursor + 1 + len > m_data.size() || (end < 0 && cursor + 1 + len > limit))
                return fail(QStringLiteral("label runs past the end at offset %1").arg(cursor));
            wireLength += 1 + len;
            if (wireLength > kMaxNameLength)
                return fail(QStringLiteral("name longer than 255 bytes"));
            labels.append(labelToPresentation(m_data.mid(cursor + 1, len)));
            cursor += 1 + len;
        }
        if (end > limit)
            return fail(QStringLiteral("name runs past its record"));
        pos = end;
        *out = labels.join(QLatin1Char('.'));
        return true;
    }

    bool fail(const QString &p)
    {
        if (problem.isEmpty())
            problem = p;
        return false;
    }

    int size() const { return m_data.size(); }

private:
    const QByteArray &m_data;
};

bool readRecord(Reader &r, DnsRecord *rec)
{
    if (!r.name(&rec->name, r.size()))
        return false;
    quint16 rdlength = 0;
    if (!r.u16(&rec->type) || !r.u16(&rec->klass) || !r.u32(&rec->ttl) || !r.u16(&rdlength))
        return false;
    if (!r.has(rdlength))
        return r.fail(QStringLiteral("record data runs past the end at offset %1").arg(r.pos));
    const int start = r.pos;
    const int end = start + rdlength;
    rec->rdata = QByteArray();
    QByteArray raw;
    r.bytes(rdlength, &raw);
    rec->rdata = raw;
    switch (rec->type) {
    case DnsType::A:
        if (rdlength != 4)
            return r.fail(QStringLiteral("A record with %1 bytes of data").arg(rdlength));
        rec->address = QHostAddress(qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(raw.constData())));
        break;
    case DnsType::AAAA:
        if (rdlength != 16)
            return r.fail(QStringLiteral("AAAA record with %1 bytes of data").arg(rdlength));
        rec->address = QHostAddress(reinterpret_cast<const quint8 *>(raw.constData()));
        break;
    case DnsType::CNAME:
    case DnsType::NS:
    case DnsType::PTR: {
        const int after = r.pos;
        r.pos = start;
        if (!r.name(&rec->target, end))
            return false;
        if (r.pos != end)
            return r.fail(QStringLiteral("name record with trailing data"));
        r.pos = after;
        break;
    }
    default:
        break;
    }
    return true;
}

} // namespace

DnsRecord DnsRecord::a(const QString &name, const QHostAddress &address, quint32 ttl)
{
    DnsRecord r;
    r.name = name;
    r.type = DnsType::A;
    r.ttl = ttl;
    r.address = address;
    return r;
}

DnsRecord DnsRecord::aaaa(const QString &name, const QHostAddress &address, quint32 ttl)
{
    DnsRecord r = a(name, address, ttl);
    r.type = DnsType::AAAA;
    return r;
}

DnsRecord DnsRecord::cname(const QString &name, const QString &target, quint32 ttl)
{
    DnsRecord r;
    r.name = name;
    r.type = DnsType::CNAME;
    r.ttl = ttl;
    r.target = target;
    return r;
}

QByteArray encodeDnsMessage(const DnsMessage &m)
{
    Writer w;
    w.u16(m.id);
    quint16 flags = 0;
    if (m.isResponse)
        flags |= 0x8000;
    flags |= quint16((m.opcode & 0x0f) << 11);
    if (m.authoritative)
        flags |= 0x0400;
    if (m.truncated)
        flags |= 0x0200;
    if (m.recursionDesired)
        flags |= 0x0100;
    if (m.recursionAvailable)
        flags |= 0x0080;
    flags |= quint16(m.rcode & 0x0f);
    w.u16(flags);
    if (m.questions.size() > 0xffff || m.answers.size() > 0xffff || m.authorities.size() > 0xffff
        || m.additionals.size() > 0xffff)
        return {};
    w.u16(quint16(m.questions.size()));
    w.u16(quint16(m.answers.size()));
    w.u16(quint16(m.authorities.size()));
    w.u16(quint16(m.additionals.size()));
    for (const DnsQuestion &q : m.questions) {
        w.name(q.name);
        w.u16(q.type);
        w.u16(q.klass);
    }
    for (const DnsRecord &r : m.answers)
        w.record(r);
    for (const DnsRecord &r : m.authorities)
        w.record(r);
    for (const DnsRecord &r : m.additionals)
        w.record(r);
    if (w.failed)
        return {};
    return w.out;
}

QByteArray buildDnsQuery(quint16 id, const QString &name, quint16 type, bool recursionDesired)
{
    DnsMessage m;
    m.id = id;
    m.recursionDesired = recursionDesired;
    m.questions.append(DnsQuestion{name, type, 1});
    return encodeDnsMessage(m);
}

QByteArray buildDnsResponse(const DnsMessage &query, quint8 rcode, const QVector<DnsRecord> &answers)
{
    DnsMessage m;
    m.id = query.id;
    m.isResponse = true;
    m.opcode = query.opcode;
    m.authoritative = true;
    m.recursionDesired = query.recursionDesired;
    m.recursionAvailable = true;
    m.rcode = rcode;
    m.questions = query.questions;
    m.answers = answers;
    return encodeDnsMessage(m);
}

DnsParseResult parseDnsMessage(const QByteArray &packet)
{
    DnsParseResult result;
    Reader r(packet);
    if (packet.size() < kHeaderSize) {
        result.problem = QStringLiteral("packet shorter than the 12-byte header (%1 bytes)").arg(packet.size());
        return result;
    }
    DnsMessage &m = result.message;
    quint16 flags = 0, qd = 0, an = 0, ns = 0, ar = 0;
    r.u16(&m.id);
    r.u16(&flags);
    r.u16(&qd);
    r.u16(&an);
    r.u16(&ns);
    r.u16(&ar);
    m.isResponse = flags & 0x8000;
    m.opcode = quint8((flags >> 11) & 0x0f);
    m.authoritative = flags & 0x0400;
    m.truncated = flags & 0x0200;
    m.recursionDesired = flags & 0x0100;
    m.recursionAvailable = flags & 0x0080;
    m.rcode = quint8(flags & 0x0f);

    // Each question needs at least 5 bytes and each record 11: reject counts the packet cannot hold
    // before reserving anything.
    const qint64 minimum = qint64(qd) * 5 + (qint64(an) + ns + ar) * 11;
    if (minimum > packet.size() - kHeaderSize) {
        result.problem = QStringLiteral("section counts (%1/%2/%3/%4) do not fit in %5 bytes")
                             .arg(qd).arg(an).arg(ns).arg(ar).arg(packet.size());
        return result;
    }
    if (qd > kMaxRecordsPerSection || an > kMaxRecordsPerSection || ns > kMaxRecordsPerSection
        || ar > kMaxRecordsPerSection) {
        result.problem = QStringLiteral("too many records");
        return result;
    }

    for (int i = 0; i < qd; ++i) {
        DnsQuestion q;
        if (!r.name(&q.name, packet.size()) || !r.u16(&q.type) || !r.u16(&q.klass)) {
            result.problem = r.problem;
            return result;
        }
        m.questions.append(q);
    }
    const struct { QVector<DnsRecord> *section; int count; } sections[] = {
        {&m.answers, an}, {&m.authorities, ns}, {&m.additionals, ar}};
    for (const auto &s : sections) {
        for (int i = 0; i < s.count; ++i) {
            DnsRecord rec;
            if (!readRecord(r, &rec)) {
                result.problem = r.problem;
                return result;
            }
            s.section->append(rec);
        }
    }
    result.ok = true;
    return result;
}

QString normalizedDnsName(const QString &name)
{
    QString n = name.trimmed();
    while (n.endsWith(QLatin1Char('.')) && !n.endsWith(QLatin1String("\\.")))
        n.chop(1);
    QString out;
    out.reserve(n.size());
    for (QChar c : n)
        out += (c.unicode() >= 'A' && c.unicode() <= 'Z') ? QChar(c.unicode() + 32) : c;
    return out;
}

} // namespace rd
