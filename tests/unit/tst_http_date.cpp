// The HTTP Date header (IMF-fixdate), read as UTC whatever this computer's time zone.
#include "facts.h"
#include "standin_bin.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>
#include <ctime>

using rd::parseHttpDate;

class TestHttpDate : public QObject
{
    Q_OBJECT

private slots:
    void imfFixdate_isReadAsUtc_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime rfc(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
        QTest::newRow("rfc example") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << rfc;
        QTest::newRow("surrounding spaces") << QByteArray("  Sun, 06 Nov 1994 08:49:37 GMT \r\n") << rfc;
        QTest::newRow("no day name") << QByteArray("06 Nov 1994 08:49:37 GMT") << rfc;
        QTest::newRow("UTC suffix") << QByteArray("Sun, 06 Nov 1994 08:49:37 UTC") << rfc;
        QTest::newRow("wrong day name is ignored") << QByteArray("Mon, 06 Nov 1994 08:49:37 GMT") << rfc;
        QTest::newRow("leap day") << QByteArray("Thu, 29 Feb 2024 23:59:59 GMT")
                                  << QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59), Qt::UTC);
        QTest::newRow("midnight new year") << QByteArray("Wed, 01 Jan 2025 00:00:00 GMT")
                                           << QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
        QTest::newRow("every month: Sep") << QByteArray("Tue, 10 Sep 2024 12:00:00 GMT")
                                          << QDateTime(QDate(2024, 9, 10), QTime(12, 0), Qt::UTC);
        QTest::newRow("every month: Dec") << QByteArray("Tue, 31 Dec 2024 12:00:00 GMT")
                                          << QDateTime(QDate(2024, 12, 31), QTime(12, 0), Qt::UTC);
    }

    void imfFixdate_isReadAsUtc()
    {
        QFETCH(QByteArray, header);
        QFETCH(QDateTime, expected);
        const QDateTime d = parseHttpDate(header);
        QVERIFY(d.isValid());
        QCOMPARE(d, expected);
        QCOMPARE(d.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
        QCOMPARE(d.offsetFromUtc(), 0);
        QCOMPARE(d.time(), expected.time());
        QCOMPARE(d.date(), expected.date());
    }

    void rfcExample_hasTheKnownEpochValue()
    {
        QCOMPARE(parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT").toSecsSinceEpoch(), qint64(784111777));
    }

    void unreadable_isInvalid_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces") << QByteArray("   ");
        QTest::newRow("garbage") << QByteArray("yesterday at noon");
        QTest::newRow("rfc 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT");
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994");
        QTest::newRow("iso 8601") << QByteArray("1994-11-06T08:49:37Z");
        QTest::newRow("february 31") << QByteArray("Sat, 31 Feb 2024 10:00:00 GMT");
        QTest::newRow("hour 25") << QByteArray("Sun, 06 Nov 1994 25:00:00 GMT");
        QTest::newRow("unknown month") << QByteArray("Sun, 06 Foo 1994 08:49:37 GMT");
        QTest::newRow("missing time") << QByteArray("Sun, 06 Nov 1994 GMT");
        QTest::newRow("epoch number") << QByteArray("784111777");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe, 06 Nov", 10);
    }

    void unreadable_isInvalid()
    {
        QFETCH(QByteArray, header);
        QVERIFY(!parseHttpDate(header).isValid());
    }

    void localTimeZoneAndLocale_doNotMatter()
    {
        // A wall-clock time that does not exist in Rome (the spring-forward gap) is still fine in UTC,
        // and a German default locale does not change English month names.
        rd::test::ScopedEnvironment env;
        env.set("TZ", QByteArray("Europe/Rome"));
        tzset();
        const QLocale oldDefault;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QDateTime gap = parseHttpDate("Sun, 26 Mar 2023 02:30:00 GMT");
        const QDateTime autumn = parseHttpDate("Sun, 29 Oct 2023 02:30:00 GMT");
        const QDateTime mai = parseHttpDate("Wed, 01 May 2024 10:00:00 GMT");
        QLocale::setDefault(oldDefault);
        QVERIFY(gap.isValid());
        QCOMPARE(gap, QDateTime(QDate(2023, 3, 26), QTime(2, 30), Qt::UTC));
        QCOMPARE(autumn, QDateTime(QDate(2023, 10, 29), QTime(2, 30), Qt::UTC));
        QCOMPARE(mai, QDateTime(QDate(2024, 5, 1), QTime(10, 0), Qt::UTC));
    }

    void cleanupTestCase() { tzset(); }
};

QTEST_GUILESS_MAIN(TestHttpDate)
#include "tst_http_date.moc"
