#include "test_env.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rd::test {

void prependToPath(const QString &dir)
{
    const QByteArray old = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(QDir::toNativeSeparators(dir)) + (old.isEmpty() ? QByteArray() : ":" + old));
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace rd::test
