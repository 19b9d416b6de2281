// The WWW-Authenticate parser: what a registry's 401 asks for.
#include "registry/challenge.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using rd::AuthChallenge;
using rd::ChallengeParseResult;
using rd::parseWwwAuthenticate;

using Params = QMap<QString, QString>;
Q_DECLARE_METATYPE(Params)

class TestChallenge : public QObject
{
    Q_OBJECT

private slots:
    void singleChallenge_isParsed_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("scheme");
        QTest::addColumn<Params>("params");

        QTest::newRow("acr bearer")
            << QByteArray("Bearer realm=\"https://contoso.azurecr.io/oauth2/token\",service=\"contoso.azurecr.io\"")
            << "bearer"
            << Params{{"realm", "https://contoso.azurecr.io/oauth2/token"}, {"service", "contoso.azurecr.io"}};
        QTest::newRow("acr bearer with scope")
            << QByteArray("Bearer realm=\"https://c.azurecr.io/oauth2/token\",service=\"c.azurecr.io\",scope=\"registry:catalog:*\"")
            << "bearer"
            << Params{{"realm", "https://c.azurecr.io/oauth2/token"}, {"service", "c.azurecr.io"},
                      {"scope", "registry:catalog:*"}};
        QTest::newRow("basic") << QByteArray("Basic realm=\"Registry Realm\"") << "basic"
                               << Params{{"realm", "Registry Realm"}};
        QTest::newRow("any order") << QByteArray("Bearer service=\"s\",realm=\"r\"") << "bearer"
                                   << Params{{"realm", "r"}, {"service", "s"}};
        QTest::newRow("case-insensitive names and scheme")
            << QByteArray("BEARER Realm=\"r\", SERVICE=\"s\"") << "bearer" << Params{{"realm", "r"}, {"service", "s"}};
        QTest::newRow("escapes") << QByteArray("Basic realm=\"say \\\"hi\\\" \\\\ there\"") << "basic"
                                 << Params{{"realm", "say \"hi\" \\ there"}};
        QTest::newRow("unquoted token values") << QByteArray("Bearer realm=abc, error=invalid_token") << "bearer"
                                               << Params{{"realm", "abc"}, {"error", "invalid_token"}};
        QTest::newRow("insufficient scope")
            << QByteArray("Bearer realm=\"r\",service=\"s\",scope=\"repository:hello:pull,push\",error=\"insufficient_scope\"")
            << "bearer"
            << Params{{"realm", "r"}, {"service", "s"}, {"scope", "repository:hello:pull,push"},
                      {"error", "insufficient_scope"}};
        QTest::newRow("extra whitespace and commas")
            << QByteArray("  ,Bearer   realm = \"r\" ,, service= \"s\"  , ") << "bearer"
            << Params{{"realm", "r"}, {"service", "s"}};
        QTest::newRow("token68") << QByteArray("Negotiate abc==") << "negotiate" << Params{{"token68", "abc=="}};
        QTest::newRow("token68 no padding") << QByteArray("Negotiate YII+/g") << "negotiate"
                                            << Params{{"token68", "YII+/g"}};
        QTest::newRow("scheme alone") << QByteArray("Negotiate") << "negotiate" << Params{};
        QTest::newRow("empty quoted value") << QByteArray("Basic realm=\"\"") << "basic" << Params{{"realm", ""}};
        QTest::newRow("duplicate keeps first") << QByteArray("Basic realm=\"a\", realm=\"b\"") << "basic"
                                               << Params{{"realm", "a"}};
        QTest::newRow("comma inside quotes") << QByteArray("Bearer scope=\"a,b=c\", realm=\"r\"") << "bearer"
                                             << Params{{"scope", "a,b=c"}, {"realm", "r"}};
        QTest::newRow("utf8 in quotes") << QByteArray("Basic realm=\"caf\xc3\xa9\"") << "basic"
                                        << Params{{"realm", QStringLiteral("caf\u00e9")}};
    }
    void singleChallenge_isParsed()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, scheme);
        QFETCH(Params, params);
        const ChallengeParseResult r = parseWwwAuthenticate(header);
        QVERIFY2(r.ok, qPrintable(r.problem));
        QCOMPARE(r.challenges.size(), 1);
        QCOMPARE(r.challenges.at(0).scheme, scheme);
        QCOMPARE(r.challenges.at(0).params, params);
        QVERIFY(r.problem.isEmpty());
    }

    void severalChallenges_areSplit_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QStringList>("schemes");
        QTest::newRow("bearer and basic") << QByteArray("Bearer realm=\"a\",service=\"b\", Basic realm=\"x\"")
                                          << QStringList{"bearer", "basic"};
        QTest::newRow("token68 then params") << QByteArray("Negotiate abc==, Basic realm=\"x\"")
                                             << QStringList{"negotiate", "basic"};
        QTest::newRow("bare schemes") << QByteArray("Negotiate, NTLM") << QStringList{"negotiate", "ntlm"};
        QTest::newRow("missing comma between challenges") << QByteArray("Bearer realm=\"a\" Basic realm=\"x\"")
                                                          << QStringList{"bearer", "basic"};
    }
    void severalChallenges_areSplit()
    {
        QFETCH(QByteArray, header);
        QFETCH(QStringList, schemes);
        const ChallengeParseResult r = parseWwwAuthenticate(header);
        QVERIFY(r.ok);
        QStringList got;
        for (const AuthChallenge &c : r.challenges)
            got << c.scheme;
        QCOMPARE(got, schemes);
    }

    void bearerAndBasic_keepTheirOwnParams()
    {
        const ChallengeParseResult r = parseWwwAuthenticate("Bearer realm=\"a\",service=\"b\", Basic realm=\"x\"");
        QCOMPARE(r.challenges.size(), 2);
        QCOMPARE(r.challenges.at(0).realm(), QStringLiteral("a"));
        QCOMPARE(r.challenges.at(0).service(), QStringLiteral("b"));
        QCOMPARE(r.challenges.at(1).realm(), QStringLiteral("x"));
        QVERIFY(r.challenges.at(1).service().isEmpty());
    }

    void accessors_readParams()
    {
        const ChallengeParseResult r =
            parseWwwAuthenticate("Bearer realm=\"R\",service=\"S\",scope=\"P\",error=\"insufficient_scope\"");
        const AuthChallenge &c = r.challenges.at(0);
        QCOMPARE(c.realm(), QStringLiteral("R"));
        QCOMPARE(c.service(), QStringLiteral("S"));
        QCOMPARE(c.scope(), QStringLiteral("P"));
        QCOMPARE(c.error(), QStringLiteral("insufficient_scope"));
    }

    void garbage_isNotOk_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("problemStart");
        QTest::newRow("empty") << QByteArray() << "empty header value";
        QTest::newRow("spaces") << QByteArray("   ") << "empty header value";
        QTest::newRow("commas only") << QByteArray(" , ,, ") << "no challenge found";
        QTest::newRow("question marks") << QByteArray("???") << "expected an authentication scheme at offset 0";
        QTest::newRow("quote first") << QByteArray("\"Bearer\"") << "expected an authentication scheme at offset 0";
        QTest::newRow("equals first") << QByteArray("=abc") << "expected an authentication scheme at offset 0";
        QTest::newRow("unterminated quote") << QByteArray("Bearer realm=\"abc") << "unterminated quoted string";
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4) << "expected an authentication scheme";
        QTest::newRow("html") << QByteArray("<html>401</html>") << "expected an authentication scheme";
        QTest::newRow("too long") << QByteArray(70000, 'a') << "header value too long";
    }
    void garbage_isNotOk()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, problemStart);
        const ChallengeParseResult r = parseWwwAuthenticate(header);
        QVERIFY(!r.ok);
        QVERIFY(r.challenges.isEmpty());
        QVERIFY2(r.problem.startsWith(problemStart), qPrintable(r.problem));
    }

    void nameWithEmptyValue_readsAsToken68()
    {
        // "Bearer realm=" is a valid token68 by the grammar; it must not be taken as a realm.
        const ChallengeParseResult r = parseWwwAuthenticate("Bearer realm=");
        QVERIFY(r.ok);
        QCOMPARE(r.challenges.at(0).params.value(QStringLiteral("token68")), QStringLiteral("realm="));
        QVERIFY(r.challenges.at(0).realm().isEmpty());
    }

    void goodChallengeThenGarbage_keepsTheGoodOneAndReportsProblem()
    {
        const ChallengeParseResult r = parseWwwAuthenticate("Basic realm=\"x\", ???");
        QVERIFY(r.ok);
        QCOMPARE(r.challenges.size(), 1);
        QCOMPARE(r.challenges.at(0).realm(), QStringLiteral("x"));
        QCOMPARE(r.problem, QStringLiteral("expected an authentication scheme at offset 17"));
    }

    void schemeGluedToQuote_isRejected()
    {
        const ChallengeParseResult r = parseWwwAuthenticate("Bearer\"x\"");
        QVERIFY(!r.ok);
        QCOMPARE(r.problem, QStringLiteral("expected a space after the scheme at offset 6"));
    }

    void tooManyChallenges_areCapped()
    {
        QByteArray header;
        for (int i = 0; i < 200; ++i)
            header += "Basic realm=\"r\", ";
        const ChallengeParseResult r = parseWwwAuthenticate(header);
        QVERIFY(r.ok);
        QCOMPARE(r.challenges.size(), 64);
        QCOMPARE(r.problem, QStringLiteral("more than 64 challenges"));
    }

    void adversarialInput_finishesQuickly()
    {
        QElapsedTimer timer;
        timer.start();
        // Long runs of the characters that make parsers backtrack.
        const QList<QByteArray> inputs{QByteArray(60000, ','),      QByteArray(60000, '='),
                                       "Bearer " + QByteArray(60000, '"'),
                                       "Bearer a=" + QByteArray(60000, '\\'),
                                       "Bearer " + QByteArray(30000, 'a').append(QByteArray(30000, '=')),
                                       QByteArray("Bearer a=b ").repeated(5000)};
        for (const QByteArray &input : inputs)
            parseWwwAuthenticate(input);
        QRandomGenerator rng(7);
        const QByteArray alphabet("aZ09 \t,=\"\\/+-!?;\x00\xff", 18);
        for (int round = 0; round < 5000; ++round) {
            QByteArray text;
            const int length = int(rng.bounded(0, 60));
            for (int i = 0; i < length; ++i)
                text.append(alphabet.at(int(rng.bounded(int(alphabet.size())))));
            const ChallengeParseResult r = parseWwwAuthenticate(text);
            QCOMPARE(r.ok, !r.challenges.isEmpty());
            if (!r.ok)
                QVERIFY(!r.problem.isEmpty());
        }
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestChallenge)
#include "tst_challenge.moc"
