// The last line of defence: known secrets and token-shaped text never leave the program.
#include "check_context.h"
#include "report/html_report.h"
#include "report/json_report.h"
#include "report/redactor.h"
#include "report/text_report.h"
#include <QRandomGenerator>

#include <QTest>

using rd::Redactor;
using rd::Secret;

namespace {
const QString kMark = QStringLiteral("[removed]");

// How often `form` is in `text`; with `alone`, only where no letter or digit is right before or after it.
int occurrences(const QString &text, const QString &form, bool alone)
{
    int n = 0;
    for (qsizetype from = text.indexOf(form); from >= 0; from = text.indexOf(form, from + 1)) {
        const qsizetype end = from + form.size();
        if (!alone || ((from == 0 || !text.at(from - 1).isLetterOrNumber()) && (end >= text.size() || !text.at(end).isLetterOrNumber())))
            ++n;
    }
    return n;
}
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

    void shortValues_areRemovedWhereTheyStandAlone()
    {
        // A password of 1 to 3 characters is still the credential the tool sent: it is removed,
        // but only where it stands alone, never from inside a word or a number.
        Redactor r;
        r.add(Secret("abc"));
        r.add(Secret("x"));
        r.add(Secret());
        QCOMPARE(r.apply(QStringLiteral("abc is a word, x marks the spot; abcdef, taxi and 0x1 stay")),
                 QStringLiteral("[removed] is a word, [removed] marks the spot; abcdef, taxi and 0x1 stay"));
        // Its encodings too, and also only alone: hex "616263" inside a longer number stays.
        QCOMPARE(r.apply(QStringLiteral("YWJj 616263 1616263")), QStringLiteral("[removed] [removed] 1616263"));
    }

    void encodingsOfASecret_areRemoved()
    {
        Redactor r;
        r.addCredential(QStringLiteral("alice"), Secret("p@ss w<rd&'/+?"));
        const QByteArray pw = "p@ss w<rd&'/+?";
        const QByteArray pair = "alice:" + pw;
        const QList<QByteArray> forms{pw,
                                      pair.toBase64(),
                                      pair.toBase64(QByteArray::OmitTrailingEquals),
                                      pair.toBase64(QByteArray::Base64UrlEncoding),
                                      pair.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
                                      pw.toBase64(QByteArray::Base64UrlEncoding),
                                      pw.toPercentEncoding(),
                                      pair.toPercentEncoding(),
                                      QString::fromUtf8(pw).toHtmlEscaped().toUtf8(),
                                      pw.toHex(),
                                      pw.toHex().toUpper(),
                                      // inside a longer base64 text, at each of its three alignments
                                      ("{\"u\":\"" + pw + "\"}").toBase64(),
                                      ("x{\"u\":\"" + pw + "\"}").toBase64(),
                                      ("xy{\"u\":\"" + pw + "\"}").toBase64()};
        for (const QByteArray &form : forms) {
            const QString out = r.apply(QStringLiteral("echo: ") + QString::fromUtf8(form) + QStringLiteral(" end"));
            QVERIFY2(out.contains(kMark), form.constData());
            QVERIFY2(!out.contains(QLatin1String("w<rd")) && !out.contains(QLatin1String("w%3Crd")), qPrintable(out));
        }
        // No "Basic" needed before the base64 of user:password.
        QCOMPARE(r.apply(QString::fromLatin1(pair.toBase64())), kMark);
    }

    // The property: for random user names and secrets, no encoding from the list (plain, base64 of
    // user:secret in both alphabets with and without padding, percent-encoding, HTML escaping,
    // hex) of any secret appears in any writer's output, wherever the diagnosis echoes it.
    void property_noEncodingOfASecret_inAnyWriter()
    {
        QRandomGenerator random(20261130); // fixed: a failure is reproducible
        const QString alphabet = QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                                                " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u00e4\u00df\u20ac");
        auto randomText = [&](int minLength, int maxLength) {
            QString t;
            const int n = minLength + int(random.bounded(maxLength - minLength + 1));
            for (int i = 0; i < n; ++i)
                t += alphabet.at(int(random.bounded(int(alphabet.size()))));
            return t;
        };
        for (int round = 0; round < 150; ++round) {
            const QByteArray user = randomText(1, 12).toUtf8();
            const QByteArray secret = randomText(1, 24).toUtf8();
            const QByteArray pair = user + ':' + secret;
            QList<QByteArray> forms{secret, secret.toPercentEncoding(), QString::fromUtf8(secret).toHtmlEscaped().toUtf8(),
                                    secret.toHex(), pair.toPercentEncoding(), pair.toHex()};
            for (auto alphabetOption : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding})
                for (auto padding : {QByteArray::KeepTrailingEquals, QByteArray::OmitTrailingEquals}) {
                    forms << pair.toBase64(alphabetOption | padding) << secret.toBase64(alphabetOption | padding);
                }
            QString echo;
            for (const QByteArray &f : std::as_const(forms))
                echo += QStringLiteral(" (") + QString::fromUtf8(f) + QStringLiteral(") ");
            // The same diagnosis without the echo, through the same writers without the secret: a
            // short "secret" such as "a" or "id" is also template text ("<a href", "\"id\":"), which
            // is not a leak. A leak is any occurrence more than the writers produce on their own.
            auto diagnosis = [](const QString &echo) {
                rd::Diagnosis d;
                d.registryInput = d.loginServer = QStringLiteral("contoso.azurecr.io");
                d.startedAt = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
                rd::ProbeResult p;
                p.id = QStringLiteral("credentials");
                p.title = QStringLiteral("Sign-in");
                p.status = rd::ProbeStatus::Fail;
                p.detail = QStringLiteral("The server said:") + echo;
                p.evidence.insert(QStringLiteral("errorMessage"), echo);
                d.probes << p;
                rd::Cause c;
                c.id = QStringLiteral("credentials-invalid");
                c.title = QStringLiteral("Wrong password");
                c.explanation = QStringLiteral("Refused.") + echo;
                c.evidence << echo;
                c.remediation.append({QStringLiteral("Try again.") + echo, {{QStringLiteral("bash"), QStringLiteral("echo ") + echo}}, {}});
                d.causes << c;
                return d;
            };
            auto writers = [](const rd::Diagnosis &d, const Redactor &r) {
                return QStringList{QString::fromUtf8(rd::writeJsonReport(d, r)), rd::writeTextReport(d, r, QStringLiteral("bash")),
                                   rd::writeMarkdownReport(d, r, QStringLiteral("bash")),
                                   rd::writeHtmlReport(d, r, QStringLiteral("bash")),
                                   rd::writeChatSummary(d, r, QStringLiteral("bash"))};
            };
            Redactor r;
            r.addCredential(QString::fromUtf8(user), Secret(secret));
            const QStringList outputs = writers(diagnosis(echo), r);
            const QStringList baseline = writers(diagnosis(QString()), Redactor());
            for (int w = 0; w < outputs.size(); ++w)
                for (const QByteArray &f : std::as_const(forms)) {
                    const QString form = QString::fromUtf8(f);
                    const bool alone = secret.size() < 4 || form.size() < 4;
                    QVERIFY2(occurrences(outputs.at(w), form, alone) <= occurrences(baseline.at(w), form, alone),
                             qPrintable(QStringLiteral("round %1, writer %2: an encoding of the secret (%3 bytes) is in the report")
                                            .arg(round).arg(w).arg(secret.size())));
                }
        }
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
