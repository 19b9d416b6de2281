// A tool that is not on PATH is found in the folder its installer puts it in, as the running system
// names that folder (tool_folders.h): on Windows docker.exe and docker-credential-desktop.exe in
// %ProgramFiles%\Docker\Docker\resources\bin, where Docker Desktop installs them (its installer
// edits PATH for programs started after the next sign-in only); on Linux and macOS the per-user
// folders. The "installed" programs are real executables: copies of this test program.
#include "process_runner.h"
#include "standin_bin.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using rd::ProcessRunner;

class TestToolFolders : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;

    bool install(const QString &path)
    {
        return QDir().mkpath(QFileInfo(path).absolutePath())
               && QFile::copy(QCoreApplication::applicationFilePath(), path);
    }
    static QString found(const QString &name) { return QDir::toNativeSeparators(ProcessRunner::findProgram(name)); }

    // PATH is a folder without any tool in it, as for a program started before the installer's PATH
    // reached the session. Returns where the current system's Docker installs docker.
    QString emptyPathAndInstallFolder(rd::test::ScopedEnvironment &env, const char *programFilesName)
    {
        const QString emptyPath = m_root.filePath(QStringLiteral("empty-path"));
        QDir().mkpath(emptyPath);
        env.set("PATH", QDir::toNativeSeparators(emptyPath));
#ifdef Q_OS_WIN
        // Program Files with a space, named with backslashes as Windows names it.
        const QString programFiles = QDir::toNativeSeparators(m_root.filePath(QStringLiteral("Program Files")));
        env.set(programFilesName, programFiles);
        return programFiles + QStringLiteral("\\Docker\\Docker\\resources\\bin");
#else
        Q_UNUSED(programFilesName);
        const QString home = m_root.filePath(QStringLiteral("home"));
        env.set("HOME", home);
#ifdef Q_OS_MACOS
        return QDir::toNativeSeparators(home + QStringLiteral("/.docker/bin"));
#else
        return QDir::toNativeSeparators(home + QStringLiteral("/.local/bin"));
#endif
#endif
    }

    static QString executable(const QString &folder, const QString &name)
    {
#ifdef Q_OS_WIN
        return folder + QLatin1Char('\\') + name + QStringLiteral(".exe");
#else
        return folder + QLatin1Char('/') + name;
#endif
    }

private slots:
    void initTestCase() { QVERIFY(m_root.isValid()); }

    void notOnPath_foundWhereDockerInstallsIt()
    {
        rd::test::ScopedEnvironment env;
        const QString folder = emptyPathAndInstallFolder(env, "ProgramFiles");
        for (const QString &name : {QStringLiteral("docker"), QStringLiteral("docker-credential-desktop")})
            QCOMPARE(found(name), QString());
        for (const QString &name : {QStringLiteral("docker"), QStringLiteral("docker-credential-desktop")}) {
            QVERIFY(install(executable(folder, name)));
            QCOMPARE(found(name), executable(folder, name));
        }
        // PATH still wins when it has the program too.
        const QString onPath = executable(qEnvironmentVariable("PATH"), QStringLiteral("docker"));
        QVERIFY(install(onPath));
        QCOMPARE(found(QStringLiteral("docker")), onPath);
        QVERIFY(QFile::remove(onPath));
        QVERIFY(QDir(QFileInfo(executable(folder, QStringLiteral("docker"))).absolutePath()).removeRecursively());
    }

#ifdef Q_OS_WIN
    // Windows environment names are case-insensitive: %PROGRAMFILES% is %ProgramFiles%.
    void programFiles_isFoundWhateverTheCaseOfItsName()
    {
        rd::test::ScopedEnvironment env;
        const QString folder = emptyPathAndInstallFolder(env, "PROGRAMFILES");
        QVERIFY(install(executable(folder, QStringLiteral("docker"))));
        QCOMPARE(found(QStringLiteral("docker")), executable(folder, QStringLiteral("docker")));
        QVERIFY(QDir(folder).removeRecursively());
    }
#endif
};

QTEST_GUILESS_MAIN(TestToolFolders)
#include "tst_tool_folders.moc"
