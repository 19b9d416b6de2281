// The "all my saved logins" dialog, against practice registries: one row per registry with its
// service, user and whether the login works; progress while it runs; Stop ends it at once.
#include "all_logins_dialog.h"
#include "practice/practice_registry.h"
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>
#include <memory>

using namespace rd;

namespace {

CheckOptions signInOnly(const PracticeRegistry &registry)
{
    CheckOptions o = registry.checkOptions();
    o.onlyProbes = QStringList{QStringLiteral("credentials")};
    return o;
}

} // namespace

class TestAllLoginsDialog : public QObject
{
    Q_OBJECT

private slots:
    void listsEachLogin_withItsServiceUserAndResult()
    {
        PracticeRegistry works, refused;
        QVERIFY(works.start(QStringLiteral("basic-auth")));
        QVERIFY(refused.start(QStringLiteral("ecr-wrong-region")));
        AllLoginsDialog dialog({signInOnly(works), signInOnly(refused)});
        QSignalSpy done(&dialog, &AllLoginsDialog::done);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = dialog.findChild<QTableWidget *>();
        QCOMPARE(table->rowCount(), 2);
        QVERIFY(done.wait(30000));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("registry.example.test"));
        QCOMPARE(table->item(0, 2)->text(), QStringLiteral("trainee"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Works"));
        QCOMPARE(table->item(1, 0)->text(), refused.loginServer());
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("Amazon ECR"));
        QCOMPARE(table->item(1, 2)->text(), QStringLiteral("AWS"));
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("Refused"));
        auto *progress = dialog.findChild<QProgressBar *>();
        QCOMPARE(progress->value(), 2);
        QCOMPARE(progress->maximum(), 2);
        QVERIFY(dialog.findChild<QLabel *>()->text().contains(QStringLiteral("1 of 2")));
        const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/all_logins_dialog.png")));
        }
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("stopButton"));
        QCOMPARE(button->text(), QStringLiteral("&Close"));
    }

    void stop_endsAtOnce_andSaysSo()
    {
        PracticeRegistry slow;
        QVERIFY(slow.start(QStringLiteral("slow-server"))); // every answer takes 1.5 s
        AllLoginsDialog dialog({signInOnly(slow)});
        QSignalSpy done(&dialog, &AllLoginsDialog::done);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(dialog.isRunning());
        auto *table = dialog.findChild<QTableWidget *>();
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Checking…"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("stopButton")), Qt::LeftButton);
        // Stop ends the checks at once: the dialog is done before the click returns, or very soon after.
        QVERIFY(done.count() == 1 || done.wait(5000));
        QVERIFY(!dialog.isRunning());
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Stopped"));
        QCOMPARE(dialog.findChild<QLabel *>()->text(), QStringLiteral("Stopped."));
    }
};

QTEST_MAIN(TestAllLoginsDialog)
#include "tst_all_logins_dialog.moc"
