// Running external programs the safe way, with real child processes: the tests' stand-in program
// (rd-standin, see tests/standins/standin_main.cpp) in a temporary folder that is the only entry
// on PATH. POSIX-only cases skip themselves on Windows (execute permissions, #! lines, /proc).
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
#ifdef Q_OS_WIN
#include <windows.h>
#endif

using rd::ProcessOutcome;
using rd::ProcessRunner;

namespace {

bool processAlive(qint64 pid)
{
#ifdef Q_OS_WIN
    HANDLE h = OpenProcess(SYNCHRONIZE, FALSE, DWORD(pid));
    if (!h)
        return false;
    const bool running = WaitForSingleObject(h, 0) == WAIT_TIMEOUT;
    CloseHandle(h);
    return running;
#else
    return QFile::exists(QStringLiteral("/proc/%1").arg(pid));
#endif
}

// The process ids written to `file` (a stand-in's pid file), once it has been written whole.
QList<qint64> pidsIn(const QString &file)
{
    QList<qint64> pids;
    QFile f(file);
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &word : f.readAll().simplified().split(' '))
            if (word.toLongLong() > 0)
                pids << word.toLongLong();
    }
    return pids;
}

} // namespace

class TestProcessRunner : public QObject
{
    Q_OBJECT

private:
    rd::test::StandinBin m_bin;
    std::unique_ptr<rd::test::ScopedEnvironment> m_env;
    // The stand-in program on the private PATH, under a name of no known program: the first
    // argument says what it does (exit, args, cat, sleep, yes, crash, pid-then-sleep).
    const QString kTool = QStringLiteral("tool");

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
        QVERIFY(m_bin.add(kTool));
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
        // `sh` exists in /bin (and `cmd` in Windows' system folder), but neither is on PATH.
        QCOMPARE(ProcessRunner::findProgram(QStringLiteral("sh")), QString());
        QCOMPARE(ProcessRunner::findProgram(QStringLiteral("cmd")), QString());
        QCOMPARE(ProcessRunner::findProgram(kTool), m_bin.filePath(kTool));
    }

    // Started from the desktop, PATH may miss a per-user install; the program is found in the folder
    // it is installed in, and PATH still wins when both have it.
    void notOnPath_foundWhereToolsAreInstalled()
    {
#ifdef Q_OS_WIN
        QSKIP("POSIX-only case: ~/.local/bin is where Linux installs per-user tools (Windows' folders: tst_tool_folders)");
#else
        QTemporaryDir home;
        rd::test::ScopedEnvironment env;
        env.set("HOME", home.path());
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".local/bin")));
        const QString installed = home.filePath(QStringLiteral(".local/bin/docker-credential-mine"));
        QVERIFY(QFile::link(rd::test::StandinBin::program(), installed));
        QCOMPARE(ProcessRunner::findProgram(QStringLiteral("docker-credential-mine")), installed);
        ProcessRunner runner;
        const ProcessOutcome o = run(runner, QStringLiteral("docker-credential-mine"), {QStringLiteral("get")});
        QVERIFY(o.succeeded());
        QCOMPARE(o.program, installed);

        QVERIFY(m_bin.add(QStringLiteral("docker-credential-mine")));
        QCOMPARE(ProcessRunner::findProgram(QStringLiteral("docker-credential-mine")), m_bin.filePath(QStringLiteral("docker-credential-mine")));
        QVERIFY(m_bin.remove(QStringLiteral("docker-credential-mine")));
#endif
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
#ifdef Q_OS_WIN
        QSKIP("POSIX-only case: Windows has no execute permission (what runs is chosen by PATHEXT: tst_tool_folders)");
#else
        QFile f(QDir(m_bin.path()).filePath(QStringLiteral("not-executable")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("exit 0\n");
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        ProcessRunner runner;
        const ProcessOutcome o = run(runner, QStringLiteral("not-executable"));
        QVERIFY(!o.found);
        QVERIFY(!o.started);
#endif
    }

    // A program the system cannot start: a script naming an interpreter that does not exist (Unix)
    // fails to start; a .exe that is not a program (Windows) is not even taken for one, since Qt asks
    // Windows for the file's type. Either way it never runs.
    void programTheSystemCannotStart_neverRuns()
    {
#ifdef Q_OS_WIN
        const QString name = QStringLiteral("not-a-program");
        const QString file = name + QStringLiteral(".exe");
        const QByteArray bytes = "this is text, not a Windows program\r\n";
#else
        const QString name = QStringLiteral("bad-interpreter");
        const QString file = name;
        const QByteArray bytes = "#!/nonexistent/interpreter\nexit 0\n";
#endif
        QFile f(QDir(m_bin.path()).filePath(file));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        ProcessRunner runner;
        const ProcessOutcome o = run(runner, name);
#ifdef Q_OS_WIN
        QVERIFY(!o.found);
#else
        QVERIFY(o.found);
        QVERIFY(!o.startError.isEmpty());
#endif
        QVERIFY(!o.started);
        QVERIFY(!o.succeeded());
        QFile::remove(QDir(m_bin.path()).filePath(file));
    }

    void exitCodeAndBothStreams_areReported()
    {
        ProcessRunner runner;
        const ProcessOutcome o = run(runner, kTool, {QStringLiteral("exit"), QStringLiteral("7"), QStringLiteral("out\n"), QStringLiteral("err\n")});
        QVERIFY(o.found);
        QVERIFY(o.started);
        QCOMPARE(o.program, m_bin.filePath(kTool));
        QCOMPARE(o.exitCode, 7);
        QCOMPARE(o.out, QByteArray("out\n"));
        QCOMPARE(o.err, QByteArray("err\n"));
        QVERIFY(!o.crashed);
        QVERIFY(!o.timedOut);
        QVERIFY(!o.outputTruncated);
        QVERIFY(!o.succeeded());
        QVERIFY(o.durationMs >= 0);

        const ProcessOutcome ok = run(runner, kTool, {QStringLiteral("exit"), QStringLiteral("0")}); // the same runner, reused
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.succeeded());
        QCOMPARE(ok.out, QByteArray());
    }

    void argumentsArrive_asALiteralList()
    {
        ProcessRunner runner;
        const ProcessOutcome o = run(runner, kTool,
                                     {QStringLiteral("args"), QStringLiteral("a b"), QStringLiteral("$HOME"), QString(),
                                      QStringLiteral("'"), QStringLiteral("; rm -rf /"), QStringLiteral("*"),
                                      QStringLiteral("%PATH%"), QStringLiteral("say \"hi\""), QStringLiteral("C:\\dir\\ \\\\")});
        QCOMPARE(o.out, QByteArray("<a b><$HOME><><'><; rm -rf /><*><%PATH%><say \"hi\"><C:\\dir\\ \\\\>"));
    }

    void stdin_isDeliveredExactly()
    {
        // Larger than a pipe buffer, with NULs, newlines and every byte value.
        QByteArray input;
        for (int i = 0; i < 300 * 1024; ++i)
            input.append(char(QRandomGenerator::global()->bounded(256)));
        input.append("\nlast line without newline");
        ProcessRunner runner;
        const ProcessOutcome o = run(runner, kTool, {QStringLiteral("cat")}, input);
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(o.out.size(), input.size());
        QVERIFY(o.out == input);
        QVERIFY(!o.outputTruncated);
    }

    void emptyInput_closesStdin()
    {
        // cat only ends when stdin is closed: no input must still mean end of input.
        ProcessRunner runner;
        runner.setTimeoutMs(5000);
        const ProcessOutcome o = run(runner, kTool, {QStringLiteral("cat")});
        QVERIFY(!o.timedOut);
        QCOMPARE(o.exitCode, 0);
        QCOMPARE(o.out, QByteArray());
    }

    void timeout_killsASleepingProgram()
    {
        ProcessRunner runner;
        runner.setTimeoutMs(300);
        QElapsedTimer clock;
        clock.start();
        const ProcessOutcome o = run(runner, kTool, {QStringLiteral("sleep"), QStringLiteral("30")}, {}, 5000);
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
        ProcessRunner runner;
        runner.setTimeoutMs(20000);
        runner.setOutputCap(64 * 1024);
        QElapsedTimer clock;
        clock.start();
        const ProcessOutcome o = run(runner, kTool, {QStringLiteral("yes"), QStringLiteral("y")}, {}, 15000);
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
        ProcessRunner runner;
        runner.setTimeoutMs(20000);
        runner.setOutputCap(1000);
        const ProcessOutcome o = run(runner, kTool, {QStringLiteral("yes-stderr"), QStringLiteral("error")}, {}, 15000);
        QVERIFY(o.outputTruncated);
        QCOMPARE(o.err.size(), 1000);
        QCOMPARE(o.out, QByteArray());
        QVERIFY(!o.timedOut);
    }

    void outputAtTheCap_isNotTruncated()
    {
        ProcessRunner runner;
        runner.setOutputCap(10);
        const ProcessOutcome o = run(runner, kTool, {QStringLiteral("exit"), QStringLiteral("0"), QStringLiteral("0123456789")});
        QCOMPARE(o.out, QByteArray("0123456789"));
        QVERIFY(!o.outputTruncated);
        QVERIFY(o.succeeded());
    }

    void crashingProgram_isReportedAsCrashed()
    {
        ProcessRunner runner;
        const ProcessOutcome o = run(runner, kTool, {QStringLiteral("crash"), QStringLiteral("before\n")});
        QVERIFY(o.started);
        QVERIFY(o.crashed);
        QVERIFY(!o.timedOut);
        QVERIFY(!o.succeeded());
        QCOMPARE(o.out, QByteArray("before\n"));
    }

    void kill_stopsARunningProgram()
    {
        ProcessRunner runner;
        runner.setTimeoutMs(20000);
        QSignalSpy spy(&runner, &ProcessRunner::finished);
        QElapsedTimer clock;
        clock.start();
        runner.start(kTool, {QStringLiteral("sleep"), QStringLiteral("30")});
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

    // A program that started one of its own (az's Python started by az.cmd on Windows, a helper's
    // child): a stop reaches both, not only the program the runner started.
    void kill_stopsWhatTheProgramStarted()
    {
        QVERIFY(m_bin.add(QStringLiteral("az")));
        const QString pidFile = QDir(m_bin.path()).filePath(QStringLiteral("az.pids"));
        rd::test::ScopedEnvironment env;
        env.set("RD_STANDIN_AZ_MODE", QByteArray("hang-with-child"));
        env.set("RD_STANDIN_CHILD_PIDFILE", pidFile);
        ProcessRunner runner;
        runner.setTimeoutMs(20000);
        QSignalSpy spy(&runner, &ProcessRunner::finished);
        runner.start(QStringLiteral("az"), {QStringLiteral("account"), QStringLiteral("show")});
        QTRY_COMPARE_WITH_TIMEOUT(pidsIn(pidFile).size(), 2, 10000);
        const QList<qint64> pids = pidsIn(pidFile);
        QVERIFY(processAlive(pids.at(0)) && processAlive(pids.at(1)));
        runner.kill();
        QVERIFY(spy.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pids.at(0)), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pids.at(1)), 3000); // its child too
        QVERIFY(m_bin.remove(QStringLiteral("az")));
    }

    void destroyingTheRunner_killsTheProgram()
    {
        const QString pidFile = QDir(m_bin.path()).filePath(QStringLiteral("sleeper.pid"));
        auto *runner = new ProcessRunner;
        runner->setTimeoutMs(20000);
        runner->start(kTool, {QStringLiteral("pid-then-sleep"), pidFile});
        QTRY_COMPARE_WITH_TIMEOUT(pidsIn(pidFile).size(), 1, 5000);
        const qint64 pid = pidsIn(pidFile).first();
        QVERIFY(processAlive(pid));
        delete runner;
        QTRY_VERIFY_WITH_TIMEOUT(!processAlive(pid), 3000);
    }
};

QTEST_GUILESS_MAIN(TestProcessRunner)
#include "tst_process_runner.moc"
