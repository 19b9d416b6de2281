#pragma once
// Windows: a pipe for a child's standard output or standard error that is read only as far as
// the reader asks. QProcess's own reader on Windows reads ahead on a pool thread for as long as
// the child writes, before the owner hears of it: a program that prints without end fills memory
// (hundreds of megabytes before the first readyRead under Wine) and makes ProcessRunner's output
// cap useless. Here what the child writes beyond the reader's wish stays in the pipe's buffer, and
// the child waits until it is read or stopped. Unix needs none of this: QProcess reads there only
// when the owner's event loop runs.
#include <QtGlobal>
#ifdef Q_OS_WIN
#include <QByteArray>

namespace rd {

class BoundedPipe
{
public:
    BoundedPipe();
    ~BoundedPipe();
    BoundedPipe(const BoundedPipe &) = delete;
    BoundedPipe &operator=(const BoundedPipe &) = delete;

    bool isValid() const { return m_read && m_write; }
    // The end the child writes to: inheritable, for STARTUPINFO's hStdOutput or hStdError.
    void *writeEnd() const { return m_write; }
    // Once the child runs (it holds its own copy), so that the pipe ends when the child's copies do.
    void closeWriteEnd();
    // What the pipe holds now, at most `max` bytes; never waits.
    QByteArray readAvailable(qint64 max);

private:
    void *m_read = nullptr;
    void *m_write = nullptr;
};

} // namespace rd
#endif
