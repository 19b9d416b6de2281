#pragma once
// A private PATH for tests that run stand-in programs: a temporary folder holding only the
// stand-ins a test chooses, so no real docker, az or credential helper can ever be found. Every
// stand-in is the one program tests/standins/standin_main.cpp (rd-standin), which acts as the
// program it is named for: linked under that name on Unix, copied as NAME.exe on Windows (with the
// DLLs it needs, since the folder is the whole PATH), and for az, as on Windows the Azure CLI is,
// started by a batch file az.cmd.
#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <optional>

namespace rd::test {

class StandinBin
{
public:
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    // Puts the stand-in in the folder as `name` (docker, az, docker-credential-wincred, ...).
    bool add(const QString &name);
    bool remove(const QString &name);
    // Where a lookup of `name` on PATH finds it: the folder's NAME (NAME.exe, az.cmd on Windows).
    QString filePath(const QString &name) const;
    // The stand-in program itself, where it was built.
    static QString program();
    // Sets PATH to this folder only (for this process and its children).
    void activate() const;

private:
    QTemporaryDir m_dir;
};

// Sets environment variables and puts every one back as it was when it goes out of scope.
class ScopedEnvironment
{
public:
    ScopedEnvironment() = default;
    ~ScopedEnvironment();
    ScopedEnvironment(const ScopedEnvironment &) = delete;
    ScopedEnvironment &operator=(const ScopedEnvironment &) = delete;
    void set(const char *name, const QByteArray &value);
    void set(const char *name, const QString &value);
    void unset(const char *name);

private:
    void remember(const char *name);
    QHash<QByteArray, std::optional<QByteArray>> m_saved;
};

} // namespace rd::test
