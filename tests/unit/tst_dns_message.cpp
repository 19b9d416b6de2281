// The DNS wire codec: what the DNS probe's client and the practice responder both rely on.
#include "network/dns_message.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace rd;

class TestDnsMessage : public QObject
{
    Q_OBJECT

private slots:
    void query_hasStandardHeaderAndQuestion()
    {
        const QByteArray q = buildDnsQuery(0xBEEF, QStringLiteral("contoso.azurecr.io"), DnsType::AAAA);
        // id, flags RD, qdcount 1, others 0
        QCOMPARE(q.left(12), QByteArray::fromHex("beef01000001000000000000"));
        QCOMPARE(q.mid(12), QByteArray("\x07" "contoso" "\x07" "azurecr" "\x02" "io" "\x00" "\x00\x1c" "\x00\x01", 24));
    }

    void query_roundTrips()
    {
        const DnsParseResult r = parseDnsMessage(buildDnsQuery(7, QStringLiteral("Contoso.AzureCR.io."), DnsType::A));
        QVERIFY2(r.ok, qPrintable(r.problem));
        QCOMPARE(r.message.id, quint16(7));
        QVERIFY(!r.message.isResponse);
        QVERIFY(r.message.recursionDesired);
        QCOMPARE(r.message.questions.size(), 1);
        QCOMPARE(r.message.questions.first().name, QStringLiteral("Contoso.AzureCR.io"));
        QCOMPARE(r.message.questions.first().type, quint16(DnsType::A));
        QCOMPARE(normalizedDnsName(r.message.questions.first().name), QStringLiteral("contoso.azurecr.io"));
    }

    void response_withCnameChain_roundTripsAndCompressesNames()
    {
        const DnsParseResult query = parseDnsMessage(buildDnsQuery(42, QStringLiteral("contoso.azurecr.io"), DnsType::A));
        QVERIFY(query.ok);
        const QVector<DnsRecord> answers{
            DnsRecord::cname(QStringLiteral("contoso.azurecr.io"), QStringLiteral("contoso.privatelink.azurecr.io"), 300),
            DnsRecord::a(QStringLiteral("contoso.privatelink.azurecr.io"), QHostAddress(QStringLiteral("10.0.0.5")), 10)};
        const QByteArray packet = buildDnsResponse(query.message, DnsRcode::NoError, answers);
        QVERIFY(!packet.isEmpty());
        // "azurecr.io" is written once in full; every later use is a 2-byte pointer.
        QCOMPARE(packet.count(QByteArray("\x07" "azurecr" "\x02" "io", 11)), 1);
        QCOMPARE(packet.size(), 86); // 12 header + 24 question + 34 CNAME + 16 A

        const DnsParseResult r = parseDnsMessage(packet);
        QVERIFY2(r.ok, qPrintable(r.problem));
        QCOMPARE(r.message.id, quint16(42));
        QVERIFY(r.message.isResponse);
        QVERIFY(r.message.authoritative);
        QCOMPARE(r.message.rcode, quint8(DnsRcode::NoError));
        QCOMPARE(r.message.answers.size(), 2);
        QCOMPARE(r.message.answers.at(0).type, quint16(DnsType::CNAME));
        QCOMPARE(r.message.answers.at(0).name, QStringLiteral("contoso.azurecr.io"));
        QCOMPARE(r.message.answers.at(0).target, QStringLiteral("contoso.privatelink.azurecr.io"));
        QCOMPARE(r.message.answers.at(0).ttl, quint32(300));
        QCOMPARE(r.message.answers.at(1).name, QStringLiteral("contoso.privatelink.azurecr.io"));
        QCOMPARE(r.message.answers.at(1).address, QHostAddress(QStringLiteral("10.0.0.5")));
    }

    void aaaaRecord_roundTrips()
    {
        DnsMessage m;
        m.id = 1;
        m.isResponse = true;
        m.answers << DnsRecord::aaaa(QStringLiteral("x.test"), QHostAddress(QStringLiteral("::1")));
        const DnsParseResult r = parseDnsMessage(encodeDnsMessage(m));
        QVERIFY2(r.ok, qPrintable(r.problem));
        QCOMPARE(r.message.answers.first().address, QHostAddress(QStringLiteral("::1")));
        QCOMPARE(r.message.answers.first().rdata.size(), 16);
    }

    void nxdomainResponse_keepsRcodeAndQuestion()
    {
        const DnsParseResult query = parseDnsMessage(buildDnsQuery(9, QStringLiteral("nosuchreg.azurecr.io"), DnsType::A));
        const DnsParseResult r = parseDnsMessage(buildDnsResponse(query.message, DnsRcode::NxDomain, {}));
        QVERIFY(r.ok);
        QCOMPARE(r.message.rcode, quint8(3));
        QCOMPARE(r.message.answers.size(), 0);
        QCOMPARE(r.message.questions.first().name, QStringLiteral("nosuchreg.azurecr.io"));
    }

    void handWrittenCompressedPacket_isDecoded()
    {
        // Response: question example.test A; answer name = pointer to offset 12; CNAME target "www" + pointer.
        QByteArray p = QByteArray::fromHex("123481800001000100000000");
        p += QByteArray("\x07" "example" "\x04" "test" "\x00", 14);
        p += QByteArray::fromHex("00050001");                       // CNAME IN
        p += QByteArray::fromHex("c00c" "0005" "0001" "0000003c" "0006"); // answer header, rdlength 6
        p += QByteArray("\x03" "www" "\xc0\x0c", 6);
        const DnsParseResult r = parseDnsMessage(p);
        QVERIFY2(r.ok, qPrintable(r.problem));
        QCOMPARE(r.message.answers.first().name, QStringLiteral("example.test"));
        QCOMPARE(r.message.answers.first().target, QStringLiteral("www.example.test"));
        QCOMPARE(r.message.answers.first().ttl, quint32(60));
    }

    void pointerLoop_isRejected()
    {
        QByteArray p = QByteArray::fromHex("000081800001000000000000");
        p += QByteArray::fromHex("c00c"); // question name points at itself
        p += QByteArray::fromHex("00010001");
        const DnsParseResult r = parseDnsMessage(p);
        QVERIFY(!r.ok);
        QVERIFY(r.problem.contains(QLatin1String("backwards")));
    }

    void forwardPointer_isRejected()
    {
        QByteArray p = QByteArray::fromHex("000081800001000000000000");
        p += QByteArray::fromHex("c012" "00010001" "0178" "00");
        QVERIFY(!parseDnsMessage(p).ok);
    }

    void twoPointersPingPong_isRejected()
    {
        // name at 12: label "a" then pointer to 17; at 17 a pointer back to 12.
        QByteArray p = QByteArray::fromHex("000081800001000000000000");
        p += QByteArray::fromHex("0161" "c011" "00" "c00c");
        p += QByteArray::fromHex("00010001");
        QVERIFY(!parseDnsMessage(p).ok);
    }

    void truncatedPackets_areRejectedWithoutCrash()
    {
        const DnsParseResult query = parseDnsMessage(buildDnsQuery(5, QStringLiteral("contoso.azurecr.io"), DnsType::A));
        const QByteArray full = buildDnsResponse(query.message, 0,
                                                 {DnsRecord::cname(QStringLiteral("contoso.azurecr.io"), QStringLiteral("a.b.azurecr.io")),
                                                  DnsRecord::a(QStringLiteral("a.b.azurecr.io"), QHostAddress(QStringLiteral("127.0.0.1")))});
        QVERIFY(parseDnsMessage(full).ok);
        for (int n = 0; n < full.size(); ++n) {
            const DnsParseResult r = parseDnsMessage(full.left(n));
            QVERIFY2(!r.ok, qPrintable(QStringLiteral("prefix of %1 bytes accepted").arg(n)));
            QVERIFY(!r.problem.isEmpty());
        }
    }

    void hugeCounts_areRejectedCheaply()
    {
        const QByteArray p = QByteArray::fromHex("0000818000ffffffffffffff");
        const DnsParseResult r = parseDnsMessage(p);
        QVERIFY(!r.ok);
        QVERIFY(r.problem.contains(QLatin1String("do not fit")));
    }

    void wrongAddressLength_isRejected()
    {
        QByteArray p = QByteArray::fromHex("000081800000000100000000");
        p += QByteArray::fromHex("00" "0001" "0001" "00000001" "0003" "7f0000");
        const DnsParseResult r = parseDnsMessage(p);
        QVERIFY(!r.ok);
        QVERIFY(r.problem.contains(QLatin1String("A record")));
    }

    void randomAndMutatedPackets_neverCrash()
    {
        QRandomGenerator rng(20240611);
        const DnsParseResult query = parseDnsMessage(buildDnsQuery(5, QStringLiteral("contoso.azurecr.io"), DnsType::A));
        const QByteArray seed = buildDnsResponse(query.message, 0,
                                                 {DnsRecord::cname(QStringLiteral("contoso.azurecr.io"), QStringLiteral("contoso.privatelink.azurecr.io")),
                                                  DnsRecord::a(QStringLiteral("contoso.privatelink.azurecr.io"), QHostAddress(QStringLiteral("10.0.0.5")))});
        int accepted = 0;
        for (int i = 0; i < 20000; ++i) {
            QByteArray p;
            if (i % 2 == 0) {
                p.resize(int(rng.bounded(200)));
                for (char &c : p)
                    c = char(rng.bounded(256));
            } else {
                p = seed;
                const int flips = 1 + int(rng.bounded(6));
                for (int f = 0; f < flips; ++f)
                    p[int(rng.bounded(p.size()))] = char(rng.bounded(256));
            }
            const DnsParseResult r = parseDnsMessage(p);
            if (r.ok) {
                ++accepted;
                // anything accepted must encode again without crashing
                encodeDnsMessage(r.message);
            } else {
                QVERIFY(!r.problem.isEmpty());
            }
        }
        QVERIFY(accepted > 0); // some mutations (e.g. of TTLs) stay valid
    }

    void unencodableNames_giveEmptyPacket()
    {
        QVERIFY(buildDnsQuery(1, QString(64, QLatin1Char('a')) + QStringLiteral(".test"), DnsType::A).isEmpty());
        QVERIFY(buildDnsQuery(1, QStringLiteral("a..test"), DnsType::A).isEmpty());
        QString longName;
        for (int i = 0; i < 50; ++i)
            longName += QStringLiteral("abcde.");
        QVERIFY(buildDnsQuery(1, longName, DnsType::A).isEmpty());
        QVERIFY(!buildDnsQuery(1, QString(63, QLatin1Char('a')) + QStringLiteral(".test"), DnsType::A).isEmpty());
    }

    void oddLabelBytes_areEscapedAndRoundTrip()
    {
        QByteArray p = QByteArray::fromHex("000001000001000000000000");
        p += QByteArray("\x03" "a.b" "\x02" "\x01" "z" "\x00", 8);
        p += QByteArray::fromHex("00010001");
        const DnsParseResult r = parseDnsMessage(p);
        QVERIFY2(r.ok, qPrintable(r.problem));
        QCOMPARE(r.message.questions.first().name, QStringLiteral("a\\.b.\\001z"));
        QCOMPARE(encodeDnsMessage(r.message), p);
    }

    // Found by fuzzing: name compression keyed suffixes with NUL separators, so the one label
    // "\0\0\0\0\1" was written as a pointer to the earlier two labels "\0\0" "\0\1".
    void namesDifferingOnlyInLabelSplit_areNotCompressedTogether()
    {
        DnsMessage m;
        m.questions.append(DnsQuestion{QStringLiteral("\\000\\000.\\000\\001"), DnsType::A, 1});
        m.questions.append(DnsQuestion{QStringLiteral("\\000\\000\\000\\000\\001"), DnsType::A, 1});
        const DnsParseResult back = parseDnsMessage(encodeDnsMessage(m));
        QVERIFY2(back.ok, qPrintable(back.problem));
        QCOMPARE(back.message.questions.size(), 2);
        QCOMPARE(back.message.questions.at(0).name, QStringLiteral("\\000\\000.\\000\\001"));
        QCOMPARE(back.message.questions.at(1).name, QStringLiteral("\\000\\000\\000\\000\\001"));
    }
};

QTEST_GUILESS_MAIN(TestDnsMessage)
#include "tst_dns_message.moc"
