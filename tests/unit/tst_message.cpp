// Messages: typed arguments rendered with the locale of the moment, filled in one pass, and the
// same after a trip through JSON.
#include "message.h"

#include <QLocale>
#include <QTest>

using rd::Message;

class TestMessage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void arguments_areRenderedForTheirType()
    {
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        const QDateTime when(QDate(2026, 11, 30), QTime(3, 59, 22), Qt::UTC);
        Message m = Message::translatable("rd::Test", "%1 | %2 | %3 | %4 | %5");
        m.arg(QStringLiteral("contoso.azurecr.io")).arg(401).arg(QStringList{QStringLiteral("pull"), QStringLiteral("push")}).arg(when).duration(7200);
        const QString text = m.render();
        QVERIFY2(text.startsWith(QStringLiteral("contoso.azurecr.io | 401 | pull and push | ")), qPrintable(text));
        QVERIFY2(text.contains(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat)), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("2026-11-30T")), qPrintable(text)); // never a raw ISO time
        QVERIFY2(text.endsWith(QStringLiteral(" | 2 hour(s)")), qPrintable(text));

        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        QVERIFY2(m.render().contains(QStringLiteral("pull und push")), qPrintable(m.render()));
    }

    void placeholdersInValues_areNotFilledAgain()
    {
        Message m = Message::translatable("rd::Test", "%1 then %2");
        m.arg(QStringLiteral("100%2"), QStringLiteral("b"));
        QCOMPARE(m.render(), QStringLiteral("100%2 then b"));
    }

    void nestedAndFollowingSentences()
    {
        Message inner = Message::translatable("rd::Test", "the proxy %1");
        inner.arg(QStringLiteral("p:3128"));
        Message m = Message::translatable("rd::Test", "Connected to %1.");
        m.arg(inner).then(Message::verbatim(QStringLiteral("Second.")));
        QCOMPARE(m.render(), QStringLiteral("Connected to the proxy p:3128. Second."));
    }

    void json_roundTrip_rendersTheSame()
    {
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        Message m = Message::translatable("rd::Test", "%n item(s): %1 at %2 (%3), %4", 2);
        m.arg(QStringList{QStringLiteral("a"), QStringLiteral("b")})
            .arg(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC))
            .arg(Message::verbatim(QStringLiteral("nested")))
            .duration(90)
            .then(Message::translatable("rd::Test", "More."));
        const Message back = Message::fromJson(m.toJson());
        QVERIFY(back == m);
        QCOMPARE(back.render(), m.render());
        QVERIFY(m.render().startsWith(QStringLiteral("2 item(s): a and b at ")));
        QVERIFY(Message::fromJson(Message::verbatim(QStringLiteral("as is")).toJson()) == Message::verbatim(QStringLiteral("as is")));
    }
};

QTEST_GUILESS_MAIN(TestMessage)
#include "tst_message.moc"
