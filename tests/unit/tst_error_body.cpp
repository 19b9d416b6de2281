// The registry's JSON error body and what its messages tell.
#include "registry/error_body.h"

#include <QRandomGenerator>
#include <QTest>

using rd::ErrorBody;
using rd::parseErrorBody;

class TestErrorBody : public QObject
{
    Q_OBJECT

private slots:
    void acrUnauthorized_isRead()
    {
        const ErrorBody b = parseErrorBody(
            "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required, visit "
            "https://aka.ms/acr/authorization for more information.\",\"detail\":null}]}\n");
        QVERIFY(b.isJson);
        QVERIFY(b.isRegistryShape);
        QCOMPARE(b.errors.size(), 1);
        QCOMPARE(b.firstCode(), QStringLiteral("UNAUTHORIZED"));
        QCOMPARE(b.firstMessage(), QStringLiteral("authentication required, visit https://aka.ms/acr/authorization "
                                                  "for more information."));
        QCOMPARE(b.errors.at(0).detail, QString());
        QVERIFY(b.textSnippet.isEmpty());
        QVERIFY(b.blockedClientIp().isEmpty());
        QVERIFY(!b.mentionsApplicationNotRegistered());
    }

    void severalErrors_keepOrder()
    {
        const ErrorBody b = parseErrorBody(
            "{\"errors\":[{\"code\":\"DENIED\",\"message\":\"a\"},\"skip me\",{\"code\":\"TOOMANYREQUESTS\"}]}");
        QVERIFY(b.isRegistryShape);
        QCOMPARE(b.errors.size(), 2);
        QCOMPARE(b.errors.at(0).code, QStringLiteral("DENIED"));
        QCOMPARE(b.errors.at(1).code, QStringLiteral("TOOMANYREQUESTS"));
        QCOMPARE(b.errors.at(1).message, QString());
    }

    void detail_isCompactJsonOrTheString_data()
    {
        QTest::addColumn<QByteArray>("detailJson");
        QTest::addColumn<QString>("detail");
        QTest::newRow("string") << QByteArray("\"plain words\"") << "plain words";
        QTest::newRow("array of objects")
            << QByteArray("[ {\"Type\": \"repository\", \"Name\": \"hello\", \"Action\": \"pull\"} ]")
            << "[{\"Action\":\"pull\",\"Name\":\"hello\",\"Type\":\"repository\"}]";
        QTest::newRow("object") << QByteArray("{ \"a\" : [1, 2] }") << "{\"a\":[1,2]}";
        QTest::newRow("number") << QByteArray("42") << "42";
        QTest::newRow("bool") << QByteArray("true") << "true";
        QTest::newRow("null") << QByteArray("null") << "";
        QTest::newRow("empty string") << QByteArray("\"\"") << "";
    }
    void detail_isCompactJsonOrTheString()
    {
        QFETCH(QByteArray, detailJson);
        QFETCH(QString, detail);
        const ErrorBody b = parseErrorBody("{\"errors\":[{\"code\":\"X\",\"detail\":" + detailJson + "}]}");
        QCOMPARE(b.errors.size(), 1);
        QCOMPARE(b.errors.at(0).detail, detail);
    }

    void jsonWithoutErrorsArray_isNotRegistryShape_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("other object") << QByteArray("{\"error\":\"invalid_grant\"}");
        QTest::newRow("errors is object") << QByteArray("{\"errors\":{\"code\":\"X\"}}");
        QTest::newRow("errors of strings") << QByteArray("{\"errors\":[\"a\",\"b\"]}");
        QTest::newRow("array") << QByteArray("[{\"code\":\"X\"}]");
    }
    void jsonWithoutErrorsArray_isNotRegistryShape()
    {
        QFETCH(QByteArray, body);
        const ErrorBody b = parseErrorBody(body);
        QVERIFY(b.isJson);
        QVERIFY(!b.isRegistryShape);
        QVERIFY(b.errors.isEmpty());
        QVERIFY(b.firstCode().isEmpty());
        QVERIFY(b.textSnippet.isEmpty());
    }

    void dockerHubDetails_isTheMessage()
    {
        // Docker Hub's token service: {"details": ...}, which Docker prints after "unauthorized:".
        const ErrorBody b = parseErrorBody(R"({"details":"please use personal access token to login"})");
        QVERIFY(b.isJson);
        QVERIFY(!b.isRegistryShape);
        QCOMPARE(b.firstCode(), QString());
        QCOMPARE(b.firstMessage(), QStringLiteral("please use personal access token to login"));
        QCOMPARE(parseErrorBody(R"({"details":42})").errors.size(), 0);
    }

    void emptyErrorsArray_isRegistryShapeWithNoErrors()
    {
        const ErrorBody b = parseErrorBody("{\"errors\":[]}");
        QVERIFY(b.isRegistryShape);
        QVERIFY(b.errors.isEmpty());
        QVERIFY(b.firstMessage().isEmpty());
    }

    void nonJson_givesPrintableSnippet_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("snippet");
        QTest::newRow("html") << QByteArray("<html>\r\n<head><title>403 Forbidden</title></head>\r\n</html>\r\n")
                              << "<html> <head><title>403 Forbidden</title></head> </html>";
        QTest::newRow("empty") << QByteArray() << "";
        QTest::newRow("whitespace") << QByteArray(" \n\t ") << "";
        QTest::newRow("control characters") << QByteArray("a\x01\x02" "b\x1b[31mc\x7f", 11) << "ab[31mc";
        QTest::newRow("binary") << QByteArray("\xff\xfe\x00\x00ok", 6) << "ok";
        QTest::newRow("truncated json") << QByteArray("{\"errors\":[") << "{\"errors\":[";
        QTest::newRow("long") << QByteArray(5000, 'x') << QString(200, QLatin1Char('x'));
        QTest::newRow("utf8") << QByteArray("Zugriff verweigert \xe2\x80\x93 caf\xc3\xa9")
                              << QStringLiteral("Zugriff verweigert \u2013 caf\u00e9");
    }
    void nonJson_givesPrintableSnippet()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, snippet);
        const ErrorBody b = parseErrorBody(body);
        QVERIFY(!b.isJson);
        QVERIFY(!b.isRegistryShape);
        QCOMPARE(b.textSnippet, snippet);
        QVERIFY(b.textSnippet.size() <= 200);
    }

    void blockedClientIp_isRead_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("ip");
        QTest::newRow("ipv4") << QByteArray("{\"errors\":[{\"code\":\"DENIED\",\"message\":\"client with IP '203.0.113.7' is "
                                            "not allowed access. Refer https://aka.ms/acr/firewall to grant access.\"}]}")
                              << "203.0.113.7";
        QTest::newRow("ipv6") << QByteArray("{\"errors\":[{\"code\":\"DENIED\",\"message\":\"client with IP "
                                            "'2001:db8::1' is not allowed access.\"}]}")
                              << "2001:db8::1";
        QTest::newRow("in detail") << QByteArray("{\"errors\":[{\"code\":\"DENIED\",\"message\":\"denied\",\"detail\":"
                                                 "\"client with IP '198.51.100.2' is not allowed access\"}]}")
                                   << "198.51.100.2";
        QTest::newRow("second error") << QByteArray("{\"errors\":[{\"code\":\"A\"},{\"code\":\"DENIED\",\"message\":"
                                                    "\"Client With IP '198.51.100.9' is not allowed access\"}]}")
                                      << "198.51.100.9";
        QTest::newRow("plain text body") << QByteArray("denied: client with IP '203.0.113.8' is not allowed access.")
                                         << "203.0.113.8";
        QTest::newRow("not an address") << QByteArray("{\"errors\":[{\"message\":\"client with IP '999.1.1.1' is not "
                                                      "allowed access\"}]}")
                                        << "";
        QTest::newRow("injected text") << QByteArray("{\"errors\":[{\"message\":\"client with IP '1.2.3.4; rm' is not "
                                                     "allowed access\"}]}")
                                       << "";
        QTest::newRow("other message") << QByteArray("{\"errors\":[{\"message\":\"IP 203.0.113.7\"}]}") << "";
    }
    void blockedClientIp_isRead()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, ip);
        QCOMPARE(parseErrorBody(body).blockedClientIp(), ip);
    }

    void applicationNotRegistered_isFound_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("mentions");
        QTest::newRow("acr message") << QByteArray("{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"Application "
                                                   "not registered with AAD.\"}]}")
                                     << true;
        QTest::newRow("lowercase") << QByteArray("{\"errors\":[{\"message\":\"unauthorized: application not "
                                                 "registered with aad\"}]}")
                                   << true;
        QTest::newRow("plain text") << QByteArray("unauthorized: Application not registered with AAD.") << true;
        QTest::newRow("other") << QByteArray("{\"errors\":[{\"message\":\"authentication required\"}]}") << false;
    }
    void applicationNotRegistered_isFound()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, mentions);
        QCOMPARE(parseErrorBody(body).mentionsApplicationNotRegistered(), mentions);
    }

    void randomBytes_neverCrash()
    {
        QRandomGenerator rng(3);
        const QByteArray pieces[] = {"{", "}", "[", "]", "\"errors\"", ":", ",", "\"", "null", "1", "\\", "\xff"};
        for (int round = 0; round < 3000; ++round) {
            QByteArray body;
            const int n = int(rng.bounded(0, 40));
            for (int i = 0; i < n; ++i)
                body += pieces[rng.bounded(12)];
            const ErrorBody b = parseErrorBody(body);
            QVERIFY(b.textSnippet.size() <= 200);
            if (!b.isJson)
                QVERIFY(b.errors.isEmpty());
        }
        const ErrorBody deep = parseErrorBody(QByteArray(100000, '['));
        QVERIFY(!deep.isJson);
        QCOMPARE(deep.textSnippet, QString(200, QLatin1Char('[')));
    }
};

QTEST_GUILESS_MAIN(TestErrorBody)
#include "tst_error_body.moc"
