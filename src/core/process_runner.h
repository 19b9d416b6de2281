#pragma once
// Runs an external program the safe way: found on PATH by name, arguments as a list (never a
// shell), optional bytes on stdin (how secrets and server names reach helpers), a time limit, and
// a cap on what it may print. Asynchronous: finished() arrives on the caller's thread.
#include <QByteArray>
#include <QElapsedTimer>
#include <QTimer>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <memory>

namespace rd {

#ifdef Q_OS_WIN
class BoundedPipe;
#endif

struct ProcessOutcome
{
    QString program;          // the resolved path, or the name when not found
    bool found = false;       // the program exists on PATH
    bool started = false;
    bool timedOut = false;
    bool crashed = false;
    bool outputTruncated = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 durationMs = 0;
    QString startError;       // Qt's description when it could not start
    bool succeeded() const { return started && !timedOut && !crashed && exitCode == 0; }
};

class ProcessRunner : public QObject
{
    Q_OBJECT
public:
    explicit ProcessRunner(QObject *parent = nullptr);
    ~ProcessRunner() override;

    static constexpr qint64 kDefaultOutputCap = 1024 * 1024;

    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    void setOutputCap(qint64 bytes) { m_cap = bytes; }
    // Runs `name` (looked up on PATH) with `arguments`; writes `input` to its stdin then closes it.
    void start(const QString &name, const QStringList &arguments, const QByteArray &input = QByteArray());
    void kill();
    bool isRunning() const;

    // On PATH, else in the folders where the tools are installed on this system (tool_folders.h).
    static QString findProgram(const QString &name);

signals:
    void finished(const rd::ProcessOutcome &outcome);

private:
    void collect();
    void done();
    QProcess *m_process = nullptr;
    ProcessOutcome m_outcome;
    int m_timeoutMs = 10000;
    qint64 m_cap = kDefaultOutputCap;
    bool m_done = false;
    bool m_killed = false;    // stopped by us (timeout, output cap, kill()): not a crash
    qint64 m_pid = 0;         // also the id of its process group (Unix)
    void *m_job = nullptr;    // the job object holding it and what it starts (Windows)
    QTimer m_timer;
    QElapsedTimer m_clock;
#ifdef Q_OS_WIN
    // Its standard output and error, read as far as the cap allows (bounded_pipe.h), every
    // m_poll tick and once more when it ends.
    std::unique_ptr<BoundedPipe> m_outPipe;
    std::unique_ptr<BoundedPipe> m_errPipe;
    QTimer m_poll;
#endif
};

} // namespace rd

Q_DECLARE_METATYPE(rd::ProcessOutcome)
