#pragma once
// Every local file the program reads (the Docker and Azure CLI configurations, a report, a CA
// file) goes through here: a regular file only, never more than `maxBytes`. A FIFO, a device
// (/dev/zero) or a directory is refused without a read, so nothing on the computer can make a
// check wait for ever or fill memory. The file is opened without blocking and checked on the
// open handle, so it cannot be swapped for a FIFO after the check.
#include <QByteArray>
#include <QString>

namespace rd {

struct LocalFile
{
    enum class Status { Read, Missing, NotRegular, TooLarge, Unreadable };
    Status status = Status::Missing;
    QByteArray bytes;     // when Read
    qint64 size = 0;      // the file's size when it is a regular file
    QString problem;      // untranslated: "not a regular file", "too large", "cannot read: <reason>"
    bool ok() const { return status == Status::Read; }
};

LocalFile readLocalFile(const QString &path, qint64 maxBytes);

} // namespace rd
