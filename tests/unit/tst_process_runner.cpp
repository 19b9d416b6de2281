// Running external programs the safe way, with real child processes: small /bin/sh scripts in a
// temporary folder that is the only entry on PATH.
#include "process_runner.h"
#include "standin_bin.h"
#include "tool_folders.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using rd::ProcessOutcome;
using rd::ProcessRunner;

class TestProcessRunner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_bin;
    std::unique_ptr<rd::test::ScopedEnvironment> m_env;

    // Writes an executable /bin/sh script named `name` into the private PATH folder.
    void script(const QString &name, const QByteArray &body, QFileDevice::Permissions extra = QFileDevice::ExeOwner)
    {
        QFile f(m_bin.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(body.startsWith("#!") ? body : "#!/bin/sh\n" + body + '\n');
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | extra));
    }

    // Runs and waits for the single finished() signal.
    ProcessOutcome run(ProcessRunner &runner, const QString &name, const QStringList &args = {},
                       const QByteArray &input = {}, int waitMs = 10000)
    {
        QSignalSpy spy(&runner, &ProcessRunner::finished);
        runner.start(name, args, input);
        if (!spy.wait(waitMs))
            return ProcessOutcome();
        // finished() is emitted exactly once.
        QTest::qWait(20);
        if (spy.count() != 1)
            return ProcessOutcome();
        return spy.at(0).at(0).value<ProcessOutcome>();
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<rd::ProcessOutcome>();
        QVERIFY(m_bin.isValid());
        m_env = std::make_unique<rd::test::ScopedEnvironment>();
        m_env->set("PATH", m_bin.path());
    }
    void cleanupTestCase() { m_env.reset(); }

    void missingProgram_isNotFound_andReportedAsynchronously()
    {
        ProcessRunner runner;
        QSignalSpy spy(&runner, &ProcessRunner::finished);
        runner.start(QStringLiteral("no-such-program"), {});
        QCOMPARE(spy.count(), 0); // never from inside start()
        QVERIFY(spy.wait(2000));
        const auto o = spy.at(0).at(0).value<ProcessOutcome>();
        QVERIFY(!o.found);
        QVERIFY(!o.started);
        QVERIFY(!o.succeeded());
        QCOMPARE(o.program, QStringLiteral("no-such-program"));
        QCOMPARE(o.exitCode, -1);
        QVERIFY(!runner.isRunning());
    }

    void programsOutsideThePrivatePath_areNotFound()
    {
        // `sh` exists in /bin, but /bin is not on PATH.
        QCOMPARE(ProcessRunner::findProgram(QStringLiteral("sh")), QString());
        script(QStringLiteral("present"), "exit 0");
        QCOMPARE(ProcessRunner::findProgram(QStringLiteral("present")), m_bin.filePath(QStringLiteral("present")));
    }

    // Started from the desktop, PATH may miss a per-user install; the program is found in the folder
    // it is installed in, and PATH still wins when both have it.
    void notOnPath_foundWhereToolsAreInstalled()
    {
        QTemporaryDir home;
        rd::test::ScopedEnvironment env;
        env.set("HOME", home.path());
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".local/bin")));
        const QString installed = home.filePath(QStringLiteral(".local/bin/docker-credential-mine"));
        QFile f(installed);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\nexit 0\n");
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QCOMPARE(ProcessRunner::findProgram(QStringLiteral("docker-credential-mine")), installed);
        ProcessRunner runner;
        QVERIFY(run(runner, QStringLiteral("docker-credential-mine")).succeeded());

        script(QStringLiteral("docker-credential-mine"), "exit 0");
        QCOMPARE(ProcessRunner::findProgram(QStringLiteral("docker-credential-mine")), m_bin.filePath(QStringLiteral("docker-credential-mine")));
        QFile::remove(m_bin.filePath(QStringLiteral("docker-credential-mine")));
    }

    void toolFolders_perSystem()
    {
        QProcessEnvironment env;
        const QStringList mac = rd::wellKnownToolFolders(rd::HostOs::MacOS, QStringLiteral("/Users/ada"), env);
        QVERIFY(mac.contains(QStringLiteral("/opt/homebrew/bin")));
        QVERIFY(mac.contains(QStringLiteral("/usr/local/bin")));
        QVERIFY(mac.contains(QStringLiteral("/Users/ada/.docker/bin")));
        env.insert(QStringLiteral("ProgramFiles"), QStringLiteral("D:\\Apps"));
        const QStringList win = rd::wellKnownToolFolders(rd::HostOs::Windows, QStringLiteral("C:/Users/ada"), env);
        QCOMPARE(win.first(), QStringLiteral("D:\\Apps\\Docker\\Docker\\resources\\bin"));
        QVERIFY(win.contains(QStringLiteral("C:\\Program Files (x86)\\Microsoft SDKs\\Azure\\CLI2\\wbin")));
    }

    void nonExecutableFile_isNotFound()
    {
        script(QStringLiteral("not-executable"), "exit 0", {});
        ProcessRunner runner;
        const ProcessOutcome o = run(runner, QStringLiteral("not-executable"));
        QVERIFY(!o.found);
        QVERIFY(!o.started);
    }

    void badInterpreter_failsToStart()
    {
        script(QStringLiteral("bad-interpreter"), "#!/nonexistent/interpreter\nexit 0\n");
        ProcessRunner runner;
        const ProcessOutcome o = run(runner, QStringLiteral("bad-interpreter"));
        QVERIFY(o.found);
        QVERIFY(!o.started);
        QVERIFY(!o.startError.isEmpty());
        QVERIFY(!o.succeeded());
    }

    void exitCodeAndBothStreams_areReported()
    {
        script(QStringLiteral("seven"), "echo out; echo err >&2; exit 7");
        ProcessRunner runner;
        const ProcessOutcome o = run(runner, QStringLiteral("seven"));
        QVERIFY(o.found);
        QVERIFY(o.started);
        QCOMPARE(o.program, m_bin.filePath(QStringLiteral("seven")));
        QCOMPARE(o.exitCode, 7);
        QCOMPARE(o.out, QByteArray("out\n"));
        QCOMPARE(o.err, QByteArray("err\n"));
        QVERIFY(!o.crashed);
        QVERIFY(!o.timedOut);
        QVERIFY(!o.outputTruncated);
        QVERIFY(!o.succeeded());
        QVERIFY(o.durationMs >= 0);

        script(QStringLiteral("zero"), "exit 0");
        const ProcessOutcome ok = run(runner, QStringLiteral("zero")); // the same runner, reused
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.succeeded());
        QCOMPARE(ok.out, QByteArray());
    }

    void argumentsArrive_asALiteralList()
    {
        script(QStringLiteral("show-args"), "for a in \"$@\"; do printf '<%s>' \"$a\"; done");
        ProcessRunner runner;
        const ProcessOutcome o = run(runner, QStringLiteral("show-args"),
                                     {QStringLiteral("a b"), QStringLiteral("$HOME"), QString(), QStringLiteral("'"),
                                      QStringLiteral("; rm -rf /"), QStringLiteral("*")});
        QCOMPARE(o.out, QByteArray("<a b><$HOME><><'><; rm -rf /><*>"));
    }

    void stdin_isDeliveredExactly()
    {
        script(QStringLiteral("echo-stdin"), "exec /bin/cat");
        // Larger than a pipe buffer, with NULs, newlines and every byte value.
        QByteArray input;
        for (int i = 0; i < 300 * 1024; ++i)
            input.append(char(QRandomGenerator::global()->bounded(256)));
        input.append("\nlast line without newline");
        ProcessRunner runner;
        const ProcessOutcome o = run(runner, QStringLiteral("echo-stdin"), {}, input);
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(o.out.size(), input.size());
        QVERIFY(o.out == input);
        QVERIFY(!o.outputTruncated);
    }

    void emptyInput_closesStdin()
    {
        // cat only ends when stdin is closed: no input must still mean end of input.
        script(QStringLiteral("echo-stdin"), "exec /bin/cat");
        ProcessRunner runner;
        runner.setTimeoutMs(5000);
        const ProcessOutcome o = run(runner, QStringLiteral("echo-stdin"));
        QVERIFY(!o.timedOut);
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(o.out, QByteArray());
    }

    void timeout_killsASleepingProgram()
    {
        script(QStringLiteral("sleeper"), "exec /bin/sleep 30");
        ProcessRunner runner;
        runner.setTimeoutMs(300);
        QElapsedTimer clock;
        clock.start();
        const ProcessOutcome o = run(runner, QStringLiteral("sleeper"), {}, {}, 5000);
        QVERIFY(o.started);
        QVERIFY(o.timedOut);
        QVERIFY(!o.crashed);
        QVERIFY(!o.succeeded());
        QVERIFY(clock.elapsed() >= 280); // a coarse QTimer may fire up to 5 % early
        QVERIFY(clock.elapsed() < 5000);
        QVERIFY(o.durationMs >= 280);
        QVERIFY(!runner.isRunning());
    }

    void outputCap_truncatesAnEndlessPrinter_andKillsIt()
    {
        script(QStringLiteral("endless"), "exec /usr/bin/yes");
        ProcessRunner runner;
        runner.setTimeoutMs(20000);
        runner.setOutputCap(64 * 1024);
        QElapsedTimer clock;
        clock.start();
        const ProcessOutcome o = run(runner, QStringLiteral("endless"), {}, {}, 15000);
        QVERIFY(o.started);
        QVERIFY(o.outputTruncated);
        QCOMPARE(o.out.size(), 64 * 1024);
        QVERIFY(o.out.startsWith("y\ny\ny\n"));
        QCOMPARE(o.out.count("y\n"), 32 * 1024);
        QVERIFY(!o.timedOut);   // stopped by the cap, long before the time limit
        QVERIFY(!o.crashed);    // we stopped it: that is not a crash
        QVERIFY(!o.succeeded());
        QVERIFY(clock.elapsed() < 10000);
    }

    void outputCap_appliesToStandardErrorToo()
    {
        script(QStringLiteral("endless-err"), "exec /usr/bin/yes error >&2");
        ProcessRunner runner;
        runner.setTimeoutMs(20000);
        runner.setOutputCap(1000);
        const ProcessOutcome o = run(runner, QStringLiteral("endless-err"), {}, {}, 15000);
        QVERIFY(o.outputTruncated);
        QCOMPARE(o.err.size(), 1000);
        QCOMPARE(o.out, QByteArray());
        QVERIFY(!o.timedOut);
    }

    void outputAtTheCap_isNotTruncated()
    {
        script(QStringLiteral("ten"), "printf 0123456789");
        ProcessRunner runner;
        runner.setOutputCap(10);
        const ProcessOutcome o = run(runner, QStringLiteral("ten"));
        QCOMPARE(o.out, QByteArray("0123456789"));
        QVERIFY(!o.outputTruncated);
        QVERIFY(o.succeeded());
    }

    void crashingProgram_isReportedAsCrashed()
    {
        script(QStringLiteral("crasher"), "echo before; kill -SEGV $$; echo after");
        ProcessRunner runner;
        const ProcessOutcome o = run(runner, QStringLiteral("crasher"));
        QVERIFY(o.started);
        QVERIFY(o.crashed);
        QVERIFY(!o.timedOut);
        QVERIFY(!o.succeeded());
        QCOMPARE(o.out, QByteArray("before\n"));
    }

    void kill_stopsARunningProgram()
    {
        script(QStringLiteral("sleeper"), "exec /bin/sleep 30");
        ProcessRunner runner;
        runner.setTimeoutMs(20000);
        QSignalSpy spy(&runner, &ProcessRunner::finished);
        QElapsedTimer clock;
        clock.start();
        runner.start(QStringLiteral("sleeper"), {});
        QTRY_VERIFY_WITH_TIMEOUT(runner.isRunning(), 5000);
        QTest::qWait(100);
        QVERIFY(runner.isRunning());
        runner.kill();
        QVERIFY(spy.wait(5000));
        QVERIFY(clock.elapsed() < 10000);
        const auto o = spy.at(0).at(0).value<ProcessOutcome>();
        QVERIFY(o.started);
        QVERIFY(!o.timedOut);
        QVERIFY(!o.crashed);
        QVERIFY(!o.succeeded());
        QVERIFY(!runner.isRunning());
        QTest::qWait(50);
        QCOMPARE(spy.count(), 1);
    }

    void destroyingTheRunner_killsTheProgram()
    {
        const QString pidFile = m_bin.filePath(QStringLiteral("sleeper.pid"));
        script(QStringLiteral("pid-then-sleep"), "echo $$ > '" + pidFile.toUtf8() + "'; exec /bin/sleep 30");
        auto *runner = new ProcessRunner;
        runner->setTimeoutMs(20000);
        runner->start(QStringLiteral("pid-then-sleep"), {});
        QByteArray pid;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            QFile f(pidFile);
            if (f.open(QIODevice::ReadOnly))
                pid = f.readAll().trimmed();
            return !pid.isEmpty();
        }(), 5000);
        const QString proc = QStringLiteral("/proc/") + QString::fromLatin1(pid);
        QVERIFY(QFile::exists(proc));
        delete runner;
        QTRY_VERIFY_WITH_TIMEOUT(!QFile::exists(proc), 3000);
    }
};

QTEST_GUILESS_MAIN(TestProcessRunner)
#include "tst_process_runner.moc"
