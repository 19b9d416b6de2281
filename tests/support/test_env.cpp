#include "test_env.h"
#include <QDir>

namespace rd::test {

void prependToPath(const QString &dir)
{
    const QByteArray old = qgetenv("PATH");
    qputenv("PATH", QFile::encodeName(QDir::toNativeSeparators(dir)) + (old.isEmpty() ? QByteArray() : ":" + old));
}

QString standinsDir()
{
    return QStringLiteral(RD_STANDINS_DIR);
}

} // namespace rd::test
