// The last line of defence: known secrets and token-shaped text never leave the program.
#include "check_context.h"
#include "report/redactor.h"

#include <QTest>

using rd::Redactor;
using rd::Secret;

namespace {
const QString kMark = QStringLiteral("[removed]");
}

class TestRedactor : public QObject
{
    Q_OBJECT

private slots:
    void addedSecret_isRemovedInPlainForm()
    {
        Redactor r;
        r.add(Secret("S3cr3t-Pa55"));
        QCOMPARE(r.apply(QStringLiteral("password S3cr3t-Pa55 was rejected; S3cr3t-Pa55 again")),
                 QStringLiteral("password [removed] was rejected; [removed] again"));
    }

    void addedSecret_isRemovedInBase64Form()
    {
        Redactor r;
        r.add(Secret("S3cr3t-Pa55"));
        const QString b64 = QString::fromLatin1(QByteArray("S3cr3t-Pa55").toBase64());
        QCOMPARE(b64, QStringLiteral("UzNjcjN0LVBhNTU="));
        QCOMPARE(r.apply(QStringLiteral("auth=") + b64 + QStringLiteral(";")), QStringLiteral("auth=[removed];"));
    }

    void utf8Secret_isRemovedFromBytes()
    {
        Redactor r;
        r.add(Secret(QByteArray("p\xc3\xa4sswort")));
        const QByteArray out = r.apply(QByteArray("{\"password\":\"p\xc3\xa4sswort\"}"));
        QCOMPARE(out, QByteArray("{\"password\":\"[removed]\"}"));
    }

    void secretContainingAnotherSecret_isRemovedWhole()
    {
        Redactor r;
        r.add(Secret("abcd"));
        r.add(Secret("abcdEFGH1234"));
        const QString out = r.apply(QStringLiteral("token abcdEFGH1234 and abcd"));
        QCOMPARE(out, QStringLiteral("token [removed] and [removed]"));
        QVERIFY(!out.contains(QLatin1String("EFGH")));
    }

    void shortValues_areNotUsed()
    {
        Redactor r;
        r.add(Secret("abc"));
        r.add(Secret("x"));
        r.add(Secret());
        const QString text = QStringLiteral("abc is a word, x marks the spot");
        QCOMPARE(r.apply(text), text);
        // Four bytes is enough.
        r.add(Secret("spot"));
        QCOMPARE(r.apply(text), QStringLiteral("abc is a word, x marks the [removed]"));
    }

    void textWithoutSecrets_isUnchanged()
    {
        Redactor r;
        r.add(Secret("hunter2-hunter2"));
        const QString text = QStringLiteral(
            "The registry contoso.azurecr.io answered 401 with WWW-Authenticate: Bearer realm=\"https://contoso.azurecr.io/oauth2/token\","
            "service=\"contoso.azurecr.io\". Basic authentication is disabled; a Bearer challenge came back.\n"
            "user 00000000-0000-0000-0000-000000000000, version 1.2.3, eyJ alone");
        QCOMPARE(r.apply(text), text);
        QCOMPARE(Redactor().apply(text), text);
        QCOMPARE(r.apply(QString()), QString());
    }

    void jwtShapedStrings_areRemoved()
    {
        Redactor r;
        const QString jwt = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl-_x");
        QCOMPARE(r.apply(QStringLiteral("token: ") + jwt + QStringLiteral(" end")), QStringLiteral("token: [removed] end"));
        // Unsigned (alg none) tokens end with a bare dot.
        QCOMPARE(r.apply(QStringLiteral("t=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.")), QStringLiteral("t=[removed]"));
    }

    void authorizationValues_areRemoved_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("basic") << "Authorization: Basic YWxpY2U6c2VjcmV0" << "Authorization: Basic [removed]";
        QTest::newRow("bearer opaque") << "Authorization: Bearer 0pAqUe.t0ken_value-1" << "Authorization: Bearer [removed]";
        QTest::newRow("lower case") << "authorization: bearer abcDEF123456" << "authorization: bearer [removed]";
        QTest::newRow("bearer jwt") << "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln" << "Bearer [removed]";
        QTest::newRow("two values") << "Basic YWxpY2U6c2VjcmV0 then Bearer QWxhZGRpbjpvcGVu" << "Basic [removed] then Bearer [removed]";
        QTest::newRow("short value kept") << "Basic abc=" << "Basic abc=";
        QTest::newRow("plain word kept") << "Basic authentication" << "Basic authentication";
    }

    void authorizationValues_areRemoved()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(Redactor().apply(text), expected);
    }

    void contextSecrets_areAllCovered()
    {
        rd::CheckContext ctx;
        ctx.options.password = Secret("given-password-1");
        ctx.facts.stored.secret = Secret("stored-secret-2");
        ctx.facts.used.secret = Secret("used-secret-3");
        ctx.facts.accessToken = Secret("access-token-4");
        ctx.facts.refreshToken = Secret("refresh-token-5");
        rd::DockerAuthEntry entry;
        entry.username = QStringLiteral("alice");
        entry.password = Secret("file-password-6");
        entry.identityToken = Secret("identity-token-7");
        ctx.facts.dockerConfig.auths.insert(QStringLiteral("contoso.azurecr.io"), entry);
        const Redactor r(ctx);

        const QStringList secrets{QStringLiteral("given-password-1"), QStringLiteral("stored-secret-2"),
                                  QStringLiteral("used-secret-3"),    QStringLiteral("access-token-4"),
                                  QStringLiteral("refresh-token-5"),  QStringLiteral("file-password-6"),
                                  QStringLiteral("identity-token-7")};
        for (const QString &s : secrets) {
            QCOMPARE(r.apply(QStringLiteral("<") + s + QStringLiteral(">")), QStringLiteral("<[removed]>"));
            const QString b64 = QString::fromLatin1(s.toUtf8().toBase64());
            QCOMPARE(r.apply(QStringLiteral("<") + b64 + QStringLiteral(">")), QStringLiteral("<[removed]>"));
        }
        // Docker's `auth` value is base64("user:password"), which contains neither form alone.
        const QString auth = QString::fromLatin1(QByteArray("alice:file-password-6").toBase64());
        QCOMPARE(r.apply(QStringLiteral("\"auth\": \"") + auth + QStringLiteral("\"")), QStringLiteral("\"auth\": \"[removed]\""));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
