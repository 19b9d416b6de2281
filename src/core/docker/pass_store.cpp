#include "pass_store.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace rd {

QString passStoreDir()
{
    const QString env = qEnvironmentVariable("PASSWORD_STORE_DIR");
    return env.isEmpty() ? QDir::home().filePath(QStringLiteral(".password-store")) : env;
}

QString gnupgHomeDir()
{
    const QString env = qEnvironmentVariable("GNUPGHOME");
    return env.isEmpty() ? QDir::home().filePath(QStringLiteral(".gnupg")) : env;
}

QStringList passStoreKeyIds(const QString &storeDir)
{
    const QString path = QDir(storeDir).filePath(QStringLiteral(".gpg-id"));
    const QFileInfo info(path);
    if (!info.isFile() || info.size() > 64 * 1024)
        return {};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList ids;
    for (const QByteArray &line : f.read(64 * 1024).split('\n')) {
        const QString id = QString::fromUtf8(line).trimmed();
        if (!id.isEmpty() && !id.startsWith(QLatin1Char('#')))
            ids << id;
    }
    return ids;
}

QStringList keygripsFromGpgColons(const QByteArray &out)
{
    static const QRegularExpression grip(QStringLiteral("^[0-9A-F]{40}$"));
    QStringList grips;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.startsWith("grp:"))
            continue;
        const QList<QByteArray> fields = line.split(':');
        // grp:::::::::<keygrip>:  (field 10)
        if (fields.size() > 9) {
            const QString g = QString::fromLatin1(fields.at(9)).trimmed();
            if (grip.match(g).hasMatch() && !grips.contains(g))
                grips << g;
        }
    }
    return grips;
}

bool secretKeyPresent(const QString &gnupgHome, const QStringList &keygrips)
{
    const QDir keys(QDir(gnupgHome).filePath(QStringLiteral("private-keys-v1.d")));
    for (const QString &g : keygrips)
        if (QFileInfo(keys.filePath(g + QStringLiteral(".key"))).isFile())
            return true;
    return false;
}

} // namespace rd
