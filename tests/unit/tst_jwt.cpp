// Decoding registry tokens (without verifying them) to read what they grant and until when.
#include "registry/ecr_token.h"
#include "registry/google_token_info.h"
#include "registry/jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using rd::JwtInfo;
using rd::decodeJwt;
using rd::looksLikeJwt;

namespace {

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

const QByteArray kHeader = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"ABCD:EFGH\"}";
const QByteArray kSignature = "c2lnbmF0dXJlLXRoYXQtbXVzdC1ub3QtYmUta2VwdA";

QByteArray token(const QByteArray &payload, const QByteArray &header = kHeader)
{
    return b64url(header) + '.' + b64url(payload) + '.' + kSignature;
}

// An ACR access token payload, shaped like the real ones.
const QByteArray kAccessPayload =
    "{\"jti\":\"8f7e\",\"sub\":\"00000000-0000-0000-0000-000000000000\",\"nbf\":1700000000,"
    "\"exp\":1700010800,\"iat\":1700000000,\"iss\":\"Azure Container Registry\","
    "\"aud\":\"contoso.azurecr.io\",\"version\":\"1.0\",\"grant_type\":\"refresh_token\","
    "\"tenant\":\"72f988bf-0000-0000-0000-000000000000\","
    "\"access\":[{\"type\":\"repository\",\"name\":\"hello\",\"actions\":[\"pull\",\"push\"]},"
    "{\"type\":\"registry\",\"name\":\"catalog\",\"actions\":[\"*\"]},"
    "{\"type\":\"repository\",\"name\":\"empty\",\"actions\":[]},"
    "{\"type\":\"repository\",\"name\":\"*\",\"actions\":[\"metadata_read\"]},"
    "\"not an object\"]}";

} // namespace

class TestJwt : public QObject
{
    Q_OBJECT

private slots:
    void acrAccessToken_readsEveryClaim()
    {
        const JwtInfo info = decodeJwt(token(kAccessPayload));
        QVERIFY2(info.ok, qPrintable(info.problem));
        QVERIFY(info.problem.isEmpty());
        QCOMPARE(info.header.value(QStringLiteral("alg")).toString(), QStringLiteral("RS256"));
        QCOMPARE(info.header.value(QStringLiteral("kid")).toString(), QStringLiteral("ABCD:EFGH"));
        QVERIFY(info.expiresAt.has_value());
        QCOMPARE(*info.expiresAt, QDateTime(QDate(2023, 11, 15), QTime(1, 13, 20), Qt::UTC));
        QCOMPARE(info.expiresAt->timeSpec(), Qt::UTC);
        QCOMPARE(*info.notBefore, QDateTime(QDate(2023, 11, 14), QTime(22, 13, 20), Qt::UTC));
        QCOMPARE(*info.issuedAt, *info.notBefore);
        QCOMPARE(info.issuer, QStringLiteral("Azure Container Registry"));
        QCOMPARE(info.audience, QStringLiteral("contoso.azurecr.io"));
        QCOMPARE(info.subject, QStringLiteral("00000000-0000-0000-0000-000000000000"));
        QCOMPARE(info.grantType, QStringLiteral("refresh_token"));
        QCOMPARE(info.tenant, QStringLiteral("72f988bf-0000-0000-0000-000000000000"));
        QVERIFY(info.hasAccessClaim);
        QCOMPARE(info.access.size(), 4); // the non-object entry is skipped
        QCOMPARE(info.access.at(0).type, QStringLiteral("repository"));
        QCOMPARE(info.access.at(0).name, QStringLiteral("hello"));
        QCOMPARE(info.access.at(0).actions, (QStringList{QStringLiteral("pull"), QStringLiteral("push")}));
        QCOMPARE(info.claims.value(QStringLiteral("version")).toString(), QStringLiteral("1.0"));
    }

    void actionsFor_matchesNameOrWildcard_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("actions");
        QTest::newRow("exact plus wildcard") << "repository" << "hello" << QStringList{"pull", "push", "metadata_read"};
        QTest::newRow("only wildcard") << "repository" << "other" << QStringList{"metadata_read"};
        QTest::newRow("empty grant plus wildcard") << "repository" << "empty" << QStringList{"metadata_read"};
        QTest::newRow("registry catalog") << "registry" << "catalog" << QStringList{"*"};
        QTest::newRow("unknown type") << "registry" << "hello" << QStringList();
        QTest::newRow("type is case-sensitive") << "Repository" << "hello" << QStringList();
    }
    void actionsFor_matchesNameOrWildcard()
    {
        QFETCH(QString, type);
        QFETCH(QString, name);
        QFETCH(QStringList, actions);
        QCOMPARE(decodeJwt(token(kAccessPayload)).actionsFor(type, name), actions);
    }

    void emptyActions_grantNothing()
    {
        const JwtInfo info = decodeJwt(token(
            "{\"access\":[{\"type\":\"repository\",\"name\":\"hello\",\"actions\":[]}]}"));
        QVERIFY(info.ok);
        QVERIFY(info.hasAccessClaim);
        QCOMPARE(info.access.size(), 1);
        QVERIFY(info.actionsFor(QStringLiteral("repository"), QStringLiteral("hello")).isEmpty());
    }

    void refreshToken_hasNoAccessClaim()
    {
        const JwtInfo info = decodeJwt(token("{\"grant_type\":\"refresh_token\",\"exp\":1700010800}"));
        QVERIFY(info.ok);
        QVERIFY(!info.hasAccessClaim);
        QVERIFY(info.access.isEmpty());
        QVERIFY(!info.notBefore.has_value());
        QVERIFY(!info.issuedAt.has_value());
    }

    void timeClaims_acceptDoubles()
    {
        const JwtInfo info = decodeJwt(token("{\"exp\":1700010800.5,\"iat\":0}"));
        QVERIFY(info.ok);
        QCOMPARE(info.expiresAt->toMSecsSinceEpoch(), Q_INT64_C(1700010800500));
        QCOMPARE(*info.issuedAt, QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC));
    }

    void timeClaims_ignoreNonNumbersAndAbsurdValues_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("string") << QByteArray("{\"exp\":\"1700010800\"}");
        QTest::newRow("null") << QByteArray("{\"exp\":null}");
        QTest::newRow("object") << QByteArray("{\"exp\":{}}");
        QTest::newRow("huge") << QByteArray("{\"exp\":1e300}");
        QTest::newRow("beyond year 9999") << QByteArray("{\"exp\":253402300800}");
    }
    void timeClaims_ignoreNonNumbersAndAbsurdValues()
    {
        QFETCH(QByteArray, payload);
        const JwtInfo info = decodeJwt(token(payload));
        QVERIFY(info.ok);
        QVERIFY(!info.expiresAt.has_value());
    }

    void audienceArray_isJoined_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("audience");
        QTest::newRow("one") << QByteArray("{\"aud\":[\"contoso.azurecr.io\"]}") << "contoso.azurecr.io";
        QTest::newRow("two") << QByteArray("{\"aud\":[\"a\",\"b\"]}") << "a, b";
        QTest::newRow("mixed types") << QByteArray("{\"aud\":[1,\"b\",null]}") << "b";
        QTest::newRow("number") << QByteArray("{\"aud\":5}") << "";
    }
    void audienceArray_isJoined()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, audience);
        QCOMPARE(decodeJwt(token(payload)).audience, audience);
    }

    void padding_isTolerated()
    {
        const QByteArray padded = kHeader.toBase64(QByteArray::Base64UrlEncoding) + '.'
            + QByteArray("{\"sub\":\"abc\"}").toBase64(QByteArray::Base64UrlEncoding) + ".sig";
        QVERIFY(padded.contains('='));
        const JwtInfo info = decodeJwt(padded);
        QVERIFY2(info.ok, qPrintable(info.problem));
        QCOMPARE(info.subject, QStringLiteral("abc"));
    }

    void surroundingWhitespace_isTolerated()
    {
        QVERIFY(decodeJwt("  " + token("{}") + "\n").ok);
    }

    void unsecuredToken_withEmptySignature_decodes()
    {
        const QByteArray t = b64url("{\"alg\":\"none\"}") + '.' + b64url("{\"sub\":\"x\"}") + '.';
        const JwtInfo info = decodeJwt(t);
        QVERIFY(info.ok);
        QCOMPARE(info.subject, QStringLiteral("x"));
    }

    void signature_isNeverKept()
    {
        const JwtInfo info = decodeJwt(token(kAccessPayload));
        QVERIFY(info.ok);
        const QByteArray kept = QJsonDocument(info.header).toJson() + QJsonDocument(info.claims).toJson();
        QVERIFY(!kept.contains(kSignature));
        QVERIFY(!kept.contains("signature"));
    }

    void malformed_isNotOk_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QByteArray() << "expected 3 dot-separated parts, found 1";
        QTest::newRow("two parts") << b64url(kHeader) + '.' + b64url("{}") << "expected 3 dot-separated parts, found 2";
        QTest::newRow("four parts") << token("{}") + ".x" << "expected 3 dot-separated parts, found 4";
        QTest::newRow("bad base64 header") << QByteArray("!!!." + b64url("{}") + ".s") << "header is not base64url";
        QTest::newRow("standard base64 alphabet") << QByteArray("ab+/." + b64url("{}") + ".s")
                                                  << "header is not base64url";
        QTest::newRow("empty header") << QByteArray("." + b64url("{}") + ".s") << "header is not base64url";
        QTest::newRow("impossible length") << QByteArray("abcde." + b64url("{}") + ".s") << "header is not base64url";
        QTest::newRow("bad base64 payload") << QByteArray(b64url(kHeader) + ".*.s") << "payload is not base64url";
        QTest::newRow("header not json") << token("{}", "hello") << "header is not JSON: illegal value";
        QTest::newRow("header array") << token("{}", "[1,2]") << "header is not a JSON object";
        QTest::newRow("payload array") << token("[]") << "payload is not a JSON object";
        QTest::newRow("payload string") << token("\"x\"") << "payload is not JSON: illegal value";
        QTest::newRow("payload truncated") << token("{\"exp\":") << "payload is not JSON: unterminated object";
        QTest::newRow("binary payload") << token(QByteArray("\x00\xff\xfe{", 4)) << "payload is not JSON: illegal value";
        QTest::newRow("huge") << token("{\"x\":\"" + QByteArray(70000, 'a') + "\"}") << "token too large (93448 bytes)";
    }
    void malformed_isNotOk()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, problem);
        const JwtInfo info = decodeJwt(input);
        QVERIFY(!info.ok);
        QCOMPARE(info.problem, problem);
        QVERIFY(info.claims.isEmpty());
        QVERIFY(!info.expiresAt.has_value());
    }

    void looksLikeJwt_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("expected");
        QTest::newRow("real shape") << token(kAccessPayload) << true;
        QTest::newRow("payload garbage still looks like one") << QByteArray(b64url(kHeader) + ".x.y") << true;
        QTest::newRow("password") << QByteArray("hunter2") << false;
        QTest::newRow("dotted words") << QByteArray("a.b.c") << false;
        QTest::newRow("version number") << QByteArray("1.2.3") << false;
        QTest::newRow("header array") << token("{}", "[]") << false;
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("huge") << QByteArray(70000, 'a') << false;
    }
    void looksLikeJwt()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, expected);
        QCOMPARE(rd::looksLikeJwt(input), expected);
    }

    void nestedGarbage_doesNotCrash()
    {
        // Deeply nested JSON and random bytes: decoded or refused, never a crash.
        const QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
        const JwtInfo nested = decodeJwt(token("{\"access\":" + deep + "}"));
        QVERIFY(!nested.ok);
        QVERIFY(nested.problem.startsWith(QStringLiteral("payload is not JSON")));
        const JwtInfo weird = decodeJwt(token("{\"access\":[[],{},1,{\"actions\":{\"a\":1}},{\"name\":7}]}"));
        QVERIFY(weird.ok);
        QCOMPARE(weird.access.size(), 3);
        QCOMPARE(weird.access.at(2).name, QString()); // a number is not a name
        QVERIFY(weird.access.at(0).actions.isEmpty());
        QRandomGenerator rng(99);
        for (int round = 0; round < 2000; ++round) {
            QByteArray bytes(int(rng.bounded(0, 200)), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(rng.bounded(256));
            if (round % 2)
                bytes = b64url(bytes.left(30)) + '.' + b64url(bytes.mid(30)) + ".s";
            const JwtInfo info = decodeJwt(bytes);
            QCOMPARE(info.ok, info.problem.isEmpty());
        }
    }

    // Amazon ECR's token is no JWT, but carries its expiry too: base64 of JSON, the shape
    // `aws ecr get-login-password` prints (payload and data key shortened here).
    void ecrToken_expiryIsRead()
    {
        const QByteArray token = QByteArray(R"({"payload":"r9D8+xVwz7MPXLyn3yugWNjhBADfsPfw","datakey":"AQEBAHijEFXGwF1cipVOacG8)"
                                            R"(qRmJoVBPay8L","version":"2","type":"DATA_KEY","expiration":1757147299})").toBase64();
        const std::optional<QDateTime> at = rd::ecrTokenExpiry(token);
        QVERIFY(at);
        QCOMPARE(*at, QDateTime::fromSecsSinceEpoch(1757147299, Qt::UTC));
        QCOMPARE(rd::ecrTokenExpiry(token + "\n"), at); // as a file or a pipe gives it
    }

    void ecrToken_otherSecretsSayNothing_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::newRow("a password") << QByteArray("Contoso-2023-old!");
        QTest::newRow("not base64") << QByteArray("!!!!not-base64-at-all!!!!");
        QTest::newRow("base64, not JSON") << QByteArray("just some words, encoded").toBase64();
        QTest::newRow("no payload") << QByteArray(R"({"expiration":1757147299})").toBase64();
        QTest::newRow("expiration as text") << QByteArray(R"({"payload":"x","expiration":"1757147299"})").toBase64();
        QTest::newRow("expiration absurd") << QByteArray(R"({"payload":"x","expiration":1e300})").toBase64();
        QTest::newRow("a JWT") << QByteArray("eyJhbGciOiJub25lIn0.eyJleHAiOjE3NTcxNDcyOTl9.");
        QTest::newRow("empty") << QByteArray();
    }

    void ecrToken_otherSecretsSayNothing()
    {
        QFETCH(QByteArray, password);
        QVERIFY(!rd::ecrTokenExpiry(password));
    }

    // A Google access token is opaque; Google's tokeninfo tells its expiry. oauth2.googleapis.com
    // sends exp and expires_in as strings, the older www.googleapis.com/oauth2/v1 expires_in as a number.
    void googleTokenInfo_answersRead_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("state");
        QTest::addColumn<qint64>("expiresAt"); // 0: none
        const qint64 now = 1764547200; // 2025-12-01T00:00:00Z
        QTest::newRow("exp as a string") << 200
                                         << QByteArray(R"({"azp":"32555940559.apps.googleusercontent.com","scope":"https://www.googleapis.com/auth/cloud-platform",)"
                                                       R"("exp":"1764549000","expires_in":"1800","email":"dev@contoso.com","email_verified":"true"})")
                                         << int(rd::GoogleTokenInfo::State::Valid) << qint64(1764549000);
        QTest::newRow("exp as a number") << 200 << QByteArray(R"({"exp":1764549000})") << int(rd::GoogleTokenInfo::State::Valid) << qint64(1764549000);
        QTest::newRow("expires_in only (v1)") << 200 << QByteArray(R"({"issued_to":"x","expires_in":3340,"access_type":"offline"})")
                                              << int(rd::GoogleTokenInfo::State::Valid) << now + 3340;
        QTest::newRow("invalid_token") << 400 << QByteArray(R"({"error": "invalid_token", "error_description": "Invalid Value"})")
                                       << int(rd::GoogleTokenInfo::State::Invalid) << qint64(0);
        QTest::newRow("Invalid Value alone") << 400 << QByteArray(R"({"error_description": "Invalid Value"})")
                                             << int(rd::GoogleTokenInfo::State::Invalid) << qint64(0);
        QTest::newRow("other 400") << 400 << QByteArray(R"({"error": "invalid_request"})") << int(rd::GoogleTokenInfo::State::Unknown) << qint64(0);
        QTest::newRow("server error") << 503 << QByteArray("<html>") << int(rd::GoogleTokenInfo::State::Unknown) << qint64(0);
        QTest::newRow("200 without a time") << 200 << QByteArray(R"({"scope":"x"})") << int(rd::GoogleTokenInfo::State::Unknown) << qint64(0);
        QTest::newRow("200, not JSON") << 200 << QByteArray("<html>login</html>") << int(rd::GoogleTokenInfo::State::Unknown) << qint64(0);
        QTest::newRow("exp absurd") << 200 << QByteArray(R"({"exp":"99999999999"})") << int(rd::GoogleTokenInfo::State::Unknown) << qint64(0);
        QTest::newRow("exp not a number") << 200 << QByteArray(R"({"exp":"soon"})") << int(rd::GoogleTokenInfo::State::Unknown) << qint64(0);
    }

    void googleTokenInfo_answersRead()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, state);
        QFETCH(qint64, expiresAt);
        const rd::GoogleTokenInfo info = rd::readGoogleTokenInfo(status, body, QDateTime::fromSecsSinceEpoch(1764547200, Qt::UTC));
        QCOMPARE(int(info.state), state);
        QCOMPARE(bool(info.expiresAt), expiresAt != 0);
        if (info.expiresAt)
            QCOMPARE(info.expiresAt->toSecsSinceEpoch(), expiresAt);
        QCOMPARE(info.problem.isEmpty(), info.state != rd::GoogleTokenInfo::State::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
