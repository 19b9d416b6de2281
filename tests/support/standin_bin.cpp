#include "standin_bin.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>

namespace rd::test {

QString StandinBin::program()
{
    return QStringLiteral(RD_STANDIN_PATH);
}

#ifdef Q_OS_WIN
namespace {

// Copies the stand-in into `dir` as `exeName` with the DLLs it loads: PATH is only the stand-ins'
// folder, so Windows looks for them beside the program.
bool copyProgram(const QString &dir, const QString &exeName)
{
    if (!QDir().mkpath(dir))
        return false;
    const QString to = QDir(dir).filePath(exeName);
    QFile::remove(to);
    if (!QFile::copy(StandinBin::program(), to))
        return false;
    const QStringList from = {QFileInfo(StandinBin::program()).path(), QCoreApplication::applicationDirPath(),
                              QLibraryInfo::path(QLibraryInfo::BinariesPath)};
    for (const char *dll : {"Qt6Core.dll", "libgcc_s_seh-1.dll", "libstdc++-6.dll", "libwinpthread-1.dll"}) {
        const QString name = QLatin1String(dll);
        if (QFileInfo::exists(QDir(dir).filePath(name)))
            continue;
        for (const QString &folder : from) {
            if (QFile::copy(QDir(folder).filePath(name), QDir(dir).filePath(name)))
                break;
        }
    }
    return true;
}

} // namespace
#endif

QString StandinBin::filePath(const QString &name) const
{
#ifdef Q_OS_WIN
    return QDir(m_dir.path()).filePath(name + (name == QLatin1String("az") ? QStringLiteral(".cmd") : QStringLiteral(".exe")));
#else
    return QDir(m_dir.path()).filePath(name);
#endif
}

bool StandinBin::add(const QString &name)
{
    if (!m_dir.isValid() || !QFileInfo(program()).isExecutable())
        return false;
    const QString to = filePath(name);
    QFile::remove(to);
#ifdef Q_OS_WIN
    if (name == QLatin1String("az")) {
        // The Azure CLI's az.cmd starts its own Python with every argument (%*); here the program
        // in the folder beside it stands in for Python running the CLI.
        QFile cmd(to);
        return copyProgram(QDir(m_dir.path()).filePath(QStringLiteral("azure-cli")), QStringLiteral("az.exe"))
            && cmd.open(QIODevice::WriteOnly)
            && cmd.write("@\"%~dp0azure-cli\\az.exe\" %*\r\n") > 0;
    }
    return copyProgram(m_dir.path(), name + QStringLiteral(".exe"));
#else
    return QFile::link(program(), to);
#endif
}

bool StandinBin::remove(const QString &name)
{
    return QFile::remove(filePath(name));
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
