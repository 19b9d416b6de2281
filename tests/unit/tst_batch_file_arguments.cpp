// What ProcessRunner lets reach a batch file (az.cmd) on Windows: only arguments cmd.exe reads as
// plain text. The arguments the probes really pass must stay allowed.
#include "batch_file_arguments.h"
#include <QTest>

class TestBatchFileArguments : public QObject
{
    Q_OBJECT
private slots:
    void batchFiles()
    {
        QVERIFY(rd::isBatchFile(QStringLiteral("C:\\Program Files\\Microsoft SDKs\\Azure\\CLI2\\wbin\\az.cmd")));
        QVERIFY(rd::isBatchFile(QStringLiteral("C:/tools/AZ.CMD")));
        QVERIFY(rd::isBatchFile(QStringLiteral("run.bat")));
        QVERIFY(!rd::isBatchFile(QStringLiteral("C:\\Program Files\\Docker\\Docker\\resources\\bin\\docker.exe")));
        QVERIFY(!rd::isBatchFile(QStringLiteral("/usr/bin/az")));
        QVERIFY(!rd::isBatchFile(QStringLiteral("az.cmd.exe")));
    }

    void theProbesArgumentsAreAllowed()
    {
        QVERIFY(rd::isSafeBatchFileArgumentList({QStringLiteral("account"), QStringLiteral("show"),
                                                 QStringLiteral("--output"), QStringLiteral("json")}));
        QVERIFY(rd::isSafeBatchFileArgumentList({QStringLiteral("version"), QStringLiteral("--format"),
                                                 QStringLiteral("{{json")}));
        QVERIFY(rd::isSafeBatchFileArgumentList({QStringLiteral("acr"), QStringLiteral("login"), QStringLiteral("--name"),
                                                 QStringLiteral("myregistry.azurecr.io")}));
        QVERIFY(rd::isSafeBatchFileArgumentList({}));
    }

    void whatCmdInterpretsIsRefused_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::newRow("quote") << QStringLiteral("a\"&calc.exe");
        QTest::newRow("ampersand") << QStringLiteral("x&calc");
        QTest::newRow("pipe") << QStringLiteral("x|calc");
        QTest::newRow("redirect") << QStringLiteral("x>out.txt");
        QTest::newRow("percent") << QStringLiteral("%PATH%");
        QTest::newRow("caret") << QStringLiteral("x^&calc");
        QTest::newRow("bang") << QStringLiteral("!PATH!");
        QTest::newRow("parenthesis") << QStringLiteral("(x)");
        QTest::newRow("space") << QStringLiteral("two words");
        QTest::newRow("tab") << QStringLiteral("a\tb");
        QTest::newRow("newline") << QStringLiteral("a\nb");
        QTest::newRow("backslash") << QStringLiteral("a\\\"b");
        QTest::newRow("empty") << QString();
        QTest::newRow("non-ASCII") << QStringLiteral("caf\u00e9");
    }
    void whatCmdInterpretsIsRefused()
    {
        QFETCH(QString, argument);
        QVERIFY(!rd::isSafeBatchFileArgumentList({QStringLiteral("account"), argument}));
    }
};

QTEST_GUILESS_MAIN(TestBatchFileArguments)
#include "tst_batch_file_arguments.moc"
