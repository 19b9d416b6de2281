#include "standin_bin.h"
#include "test_env.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rd::test {

StandinBin::StandinBin()
{
    if (!m_dir.isValid())
        return;
    const QStringList tools = {QStringLiteral("cat"), QStringLiteral("sleep"), QStringLiteral("head"),
                               QStringLiteral("basename")};
    for (const QString &tool : tools) {
        for (const QString &dir : {QStringLiteral("/usr/bin"), QStringLiteral("/bin")}) {
            const QString from = dir + QLatin1Char('/') + tool;
            if (QFileInfo(from).isExecutable()) {
                QFile::link(from, QDir(m_dir.path()).filePath(tool));
                break;
            }
        }
    }
}

bool StandinBin::add(const QString &standin, const QString &asName)
{
    const QString from = QDir(standinsDir()).filePath(standin);
    const QString to = QDir(m_dir.path()).filePath(asName.isEmpty() ? standin : asName);
    if (!QFileInfo(from).isExecutable())
        return false;
    QFile::remove(to);
    return QFile::link(from, to);
}

bool StandinBin::remove(const QString &name)
{
    return QFile::remove(QDir(m_dir.path()).filePath(name));
}

void StandinBin::activate() const
{
    qputenv("PATH", QFile::encodeName(m_dir.path()));
}

ScopedEnvironment::~ScopedEnvironment()
{
    for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) {
        if (it.value())
            qputenv(it.key().constData(), *it.value());
        else
            qunsetenv(it.key().constData());
    }
}

void ScopedEnvironment::remember(const char *name)
{
    const QByteArray key(name);
    if (m_saved.contains(key))
        return;
    if (qEnvironmentVariableIsSet(name))
        m_saved.insert(key, qgetenv(name));
    else
        m_saved.insert(key, std::nullopt);
}

void ScopedEnvironment::set(const char *name, const QByteArray &value)
{
    remember(name);
    qputenv(name, value);
}

void ScopedEnvironment::set(const char *name, const QString &value)
{
    set(name, QFile::encodeName(value));
}

void ScopedEnvironment::unset(const char *name)
{
    remember(name);
    qunsetenv(name);
}

} // namespace rd::test
