#include "pass_store.h"
#include "local_file.h"
#include <QDir>
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
    const LocalFile f = readLocalFile(QDir(storeDir).filePath(QStringLiteral(".gpg-id")), 64 * 1024);
    QStringList ids;
    if (!f.ok())
        return ids;
    for (const QByteArray &line : f.bytes.split('\n')) {
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
