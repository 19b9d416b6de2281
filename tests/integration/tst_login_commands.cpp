// The sign-in commands a cause tells the user to run, run for real: the script form of docker
// login reads the password without echo and passes it on standard input, in bash and in zsh
// (macOS's shell, where bash's "read -s" does not exist). The stand-in docker (rd-standin) records
// its arguments and what it got on standard input; the password typed must arrive byte for byte.
// POSIX-only cases skip themselves on Windows, which shows the PowerShell form instead (checked
// by scripts/test-windows.sh cli).
#include "diagnosis/check.h"
#include "practice/practice_registry.h"
#include "standin_bin.h"
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace rd;

class LoginCommandsTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void interactiveFirst_thenTheScriptForm();
    void scriptForm_passesThePasswordOnStdin_data();
    void scriptForm_passesThePasswordOnStdin();

private:
    QVector<RemediationStep> m_steps;   // of credentials-invalid, from a real check
};

void LoginCommandsTest::initTestCase()
{
    PracticeRegistry registry;
    QVERIFY(registry.start(QStringLiteral("wrong-password")));
    Check check(registry.checkOptions());
    QSignalSpy done(&check, &Check::finished);
    check.start();
    QVERIFY(done.wait(20000));
    for (const Cause &c : check.diagnosis().causes)
        if (c.id == QLatin1String("credentials-invalid"))
            m_steps = c.remediation;
    QVERIFY(m_steps.size() >= 2);
}

void LoginCommandsTest::interactiveFirst_thenTheScriptForm()
{
    // Docker's own prompt first, the same in every shell; the one-liner after it.
    const QVector<ShellCommand> first = m_steps.at(0).commands;
    QCOMPARE(first.size(), 2);
    for (const ShellCommand &c : first) {
        QVERIFY2(c.command.startsWith(QLatin1String("docker login contoso.azurecr.io --username ")), qPrintable(c.command));
        QVERIFY(!c.command.contains(QLatin1String("password-stdin")));
    }
    for (const ShellCommand &c : m_steps.at(1).commands)
        QVERIFY2(c.command.contains(QLatin1String("--password-stdin")), qPrintable(c.command));
    QVERIFY(!m_steps.at(1).commandsFor(QStringLiteral("bash")).first().command.contains(QLatin1String("read -rsp")));
}

void LoginCommandsTest::scriptForm_passesThePasswordOnStdin_data()
{
    QTest::addColumn<QString>("shell");
    QTest::newRow("bash") << QStringLiteral("bash");
    QTest::newRow("zsh") << QStringLiteral("zsh");
}

void LoginCommandsTest::scriptForm_passesThePasswordOnStdin()
{
    QFETCH(QString, shell);
#ifdef Q_OS_WIN
    QSKIP("POSIX-only case: the bash and zsh forms");
#endif
    const QString program = QStandardPaths::findExecutable(shell);
    if (program.isEmpty())
        QSKIP("this shell is not installed (scripts/install-deps.sh installs it)");
    QTemporaryDir dir;
    rd::test::StandinBin bin;
    QVERIFY(dir.isValid() && bin.add(QStringLiteral("docker")));

    const QString command = m_steps.at(1).commandsFor(QStringLiteral("bash")).first().command;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), bin.path() + QStringLiteral(":/usr/bin:/bin"));
    env.insert(QStringLiteral("RD_STANDIN_DOCKER_LOG"), dir.filePath(QStringLiteral("args")));
    env.insert(QStringLiteral("RD_STANDIN_DOCKER_STDIN"), dir.filePath(QStringLiteral("stdin")));
    p.setProcessEnvironment(env);
    p.start(program, {QStringLiteral("-c"), command});
    QVERIFY(p.waitForStarted());
    const QByteArray password = " pa ss\\word$x ";   // spaces, a backslash and a dollar kept as typed
    p.write(password + '\n');
    p.closeWriteChannel();
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    QFile args(dir.filePath(QStringLiteral("args"))), in(dir.filePath(QStringLiteral("stdin")));
    QVERIFY(args.open(QIODevice::ReadOnly) && in.open(QIODevice::ReadOnly));
    const QByteArray given = args.readAll();
    QVERIFY2(given.startsWith("login\ncontoso.azurecr.io\n--username\n") && given.endsWith("\n--password-stdin\n"), given.constData());
    QCOMPARE(in.readAll(), password);
    QVERIFY(!p.readAllStandardOutput().contains("pa ss")); // never echoed
}

QTEST_GUILESS_MAIN(LoginCommandsTest)
#include "tst_login_commands.moc"
