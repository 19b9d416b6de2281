#include "process_runner.h"
#include "tool_folders.h"
#include "batch_file_arguments.h"
#include "bounded_pipe.h"
#include <QDir>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTimer>
#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace rd {

namespace {

// Every program runs in a process group of its own (Unix) or a job object (Windows), so that a stop
// reaches what it started too (a helper's own child, a shell script's `sleep`, the Python that
// az.cmd starts): nothing outlives a check.
void killGroup(qint64 pid, void *job)
{
#ifdef Q_OS_UNIX
    Q_UNUSED(job);
    if (pid > 0)
        ::kill(-pid_t(pid), SIGKILL);
#elif defined(Q_OS_WIN)
    Q_UNUSED(pid);
    if (job)
        TerminateJobObject(job, 1);
#else
    Q_UNUSED(pid);
    Q_UNUSED(job);
#endif
}

// Windows: puts the program just started into a new job object, which what it starts joins too
// (cmd.exe running az.cmd, and the Python it runs). Null when the system refuses.
void *jobFor(qint64 pid)
{
#ifdef Q_OS_WIN
    HANDLE job = CreateJobObjectW(nullptr, nullptr);
    HANDLE process = OpenProcess(PROCESS_SET_QUOTA | PROCESS_TERMINATE, FALSE, DWORD(pid));
    const bool joined = job && process && AssignProcessToJobObject(job, process);
    if (process)
        CloseHandle(process);
    if (!joined && job) {
        CloseHandle(job);
        job = nullptr;
    }
    return job;
#else
    Q_UNUSED(pid);
    return nullptr;
#endif
}

void closeJob(void *&job)
{
#ifdef Q_OS_WIN
    if (job)
        CloseHandle(job);
#endif
    job = nullptr;
}

} // namespace

ProcessRunner::ProcessRunner(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_outcome.timedOut = true;
        kill();
    });
#ifdef Q_OS_WIN
    m_poll.setInterval(20);
    connect(&m_poll, &QTimer::timeout, this, &ProcessRunner::collect);
#endif
}

ProcessRunner::~ProcessRunner()
{
    if (m_process) {
        m_process->disconnect(this);
        killGroup(m_pid, m_job);
        m_process->kill();
        m_process->waitForFinished(200);
    }
    closeJob(m_job);
}

QString ProcessRunner::findProgram(const QString &name)
{
    const QString onPath = QStandardPaths::findExecutable(name);
    if (!onPath.isEmpty())
        return onPath;
    // Started from the desktop, the program's PATH may lack the folders a terminal has.
    return QStandardPaths::findExecutable(name, wellKnownToolFolders(currentHostOs(), QDir::homePath(),
                                                                      QProcessEnvironment::systemEnvironment()));
}

bool ProcessRunner::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void ProcessRunner::start(const QString &name, const QStringList &arguments, const QByteArray &input)
{
    m_outcome = ProcessOutcome();
    m_pid = 0;
    closeJob(m_job);
    m_done = false;
    m_killed = false;
    m_clock.start();
    const QString path = findProgram(name);
    m_outcome.program = path.isEmpty() ? name : path;
    if (path.isEmpty()) {
        // Report asynchronously, like every other outcome, so callers have one code path.
        QTimer::singleShot(0, this, &ProcessRunner::done);
        return;
    }
    m_outcome.found = true;
#ifdef Q_OS_WIN
    if (isBatchFile(path) && !isSafeBatchFileArgumentList(arguments)) {
        m_outcome.startError = tr("Not run: an argument has characters that cmd.exe would interpret, and %1 is a batch file.")
                                   .arg(QDir::toNativeSeparators(path));
        QTimer::singleShot(0, this, &ProcessRunner::done);
        return;
    }
#endif
    m_process = new QProcess(this);
    m_process->setProgram(path);
    m_process->setArguments(arguments);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
#ifdef Q_OS_UNIX
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
#endif
#ifdef Q_OS_WIN
    m_outPipe = std::make_unique<BoundedPipe>();
    m_errPipe = std::make_unique<BoundedPipe>();
    if (m_outPipe->isValid() && m_errPipe->isValid()) {
        void *const out = m_outPipe->writeEnd();
        void *const err = m_errPipe->writeEnd();
        m_process->setCreateProcessArgumentsModifier([out, err](QProcess::CreateProcessArguments *a) {
            a->startupInfo->dwFlags |= STARTF_USESTDHANDLES;
            a->startupInfo->hStdOutput = out;
            a->startupInfo->hStdError = err;
        });
    } else {
        m_outPipe.reset(); // the system refused a pipe: QProcess's own, without the bound
        m_errPipe.reset();
    }
#endif
    connect(m_process, &QProcess::readyReadStandardOutput, this, &ProcessRunner::collect);
    connect(m_process, &QProcess::readyReadStandardError, this, &ProcessRunner::collect);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            m_outcome.startError = m_process->errorString();
            done();
        }
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        collect();
        m_outcome.exitCode = code;
        m_outcome.crashed = status == QProcess::CrashExit && !m_killed;
        done();
    });
    connect(m_process, &QProcess::started, this, [this, input] {
        m_outcome.started = true;
        m_pid = m_process->processId();
        m_job = jobFor(m_pid);
        if (!input.isEmpty())
            m_process->write(input);
        m_process->closeWriteChannel();
    });
    m_timer.start(m_timeoutMs);
    m_process->start(QIODevice::ReadWrite); // on Windows the program is created before this returns
#ifdef Q_OS_WIN
    if (m_outPipe) {
        m_outPipe->closeWriteEnd();
        m_errPipe->closeWriteEnd();
        m_poll.start();
    }
#endif
}

void ProcessRunner::collect()
{
    if (!m_process)
        return;
    auto take = [this](QByteArray &into, QByteArray chunk) {
        const qint64 room = m_cap - into.size();
        if (chunk.size() > room) {
            chunk.truncate(qMax<qint64>(0, room));
            m_outcome.outputTruncated = true;
        }
        into += chunk;
    };
#ifdef Q_OS_WIN
    if (m_outPipe) {
        // One byte past the cap is enough to know that it printed more.
        take(m_outcome.out, m_outPipe->readAvailable(m_cap - m_outcome.out.size() + 1));
        take(m_outcome.err, m_errPipe->readAvailable(m_cap - m_outcome.err.size() + 1));
    } else
#endif
    {
        take(m_outcome.out, m_process->readAllStandardOutput());
        take(m_outcome.err, m_process->readAllStandardError());
    }
    if (m_outcome.outputTruncated)
        kill(); // it keeps printing: stop it rather than buffer without end
}

void ProcessRunner::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_killed = true;
        killGroup(m_pid, m_job);
        m_process->kill();
    }
}

void ProcessRunner::done()
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
#ifdef Q_OS_WIN
    m_poll.stop();
    m_outPipe.reset();
    m_errPipe.reset();
#endif
    if (m_killed)
        killGroup(m_pid, m_job); // what the program started may still run after it is gone
    closeJob(m_job);
    m_outcome.durationMs = m_clock.elapsed();
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
        m_process = nullptr;
    }
    emit finished(m_outcome);
}

} // namespace rd
