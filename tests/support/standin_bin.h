#pragma once
// A private PATH for tests that run stand-in programs: a temporary folder holding only the
// stand-ins a test chooses (linked from tests/standins under any name) plus the few system tools
// the stand-in scripts use, so no real docker, az or credential helper can ever be found.
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
    // Links the tools the stand-ins need (cat, sleep, head, basename) from /usr/bin or /bin.
    StandinBin();
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    // Links tests/standins/<standin> into the folder as <asName> (default: the same name).
    bool add(const QString &standin, const QString &asName = QString());
    bool remove(const QString &name);
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
