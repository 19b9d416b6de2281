#include "local_file.h"
#include <QFile>
#include <QFileInfo>
#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace rd {

namespace {

LocalFile fail(LocalFile::Status status, const QString &problem, qint64 size = 0)
{
    LocalFile f;
    f.status = status;
    f.problem = problem;
    f.size = size;
    return f;
}

} // namespace

LocalFile readLocalFile(const QString &path, qint64 maxBytes)
{
#ifdef Q_OS_UNIX
    // O_NONBLOCK: opening a FIFO without a writer returns at once instead of waiting for one.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR)
            return fail(LocalFile::Status::Missing, QString());
        return fail(LocalFile::Status::Unreadable, QStringLiteral("cannot read: %1").arg(QString::fromLocal8Bit(std::strerror(error))));
    }
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return fail(LocalFile::Status::NotRegular, QStringLiteral("not a regular file"));
    }
    if (st.st_size > maxBytes) {
        ::close(fd);
        return fail(LocalFile::Status::TooLarge, QStringLiteral("too large"), st.st_size);
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(LocalFile::Status::Unreadable, QStringLiteral("cannot read: %1").arg(file.errorString()));
    }
#else
    const QFileInfo info(path);
    if (!info.exists())
        return fail(LocalFile::Status::Missing, QString());
    if (!info.isFile())
        return fail(LocalFile::Status::NotRegular, QStringLiteral("not a regular file"));
    if (info.size() > maxBytes)
        return fail(LocalFile::Status::TooLarge, QStringLiteral("too large"), info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(LocalFile::Status::Unreadable, QStringLiteral("cannot read: %1").arg(file.errorString()));
#endif
    // The file may have grown since its size was taken: read one byte past the limit to notice.
    LocalFile f;
    f.bytes = file.read(maxBytes + 1);
    f.size = qMax(file.size(), qint64(f.bytes.size()));
    if (f.bytes.size() > maxBytes)
        return fail(LocalFile::Status::TooLarge, QStringLiteral("too large"), f.bytes.size());
    f.status = LocalFile::Status::Read;
    return f;
}

} // namespace rd
