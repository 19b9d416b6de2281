#include "tool_folders.h"
#include <QDir>

namespace rd {

HostOs currentHostOs()
{
#if defined(Q_OS_WIN)
    return HostOs::Windows;
#elif defined(Q_OS_MACOS)
    return HostOs::MacOS;
#else
    return HostOs::Linux;
#endif
}

QStringList wellKnownToolFolders(HostOs os, const QString &home, const QProcessEnvironment &env)
{
    const QDir h(home);
    switch (os) {
    case HostOs::MacOS:
        return {
            QStringLiteral("/usr/local/bin"),                                 // Docker Desktop (system install), Homebrew on Intel
            QStringLiteral("/opt/homebrew/bin"),                              // Homebrew on Apple silicon: az, podman, helm
            h.filePath(QStringLiteral(".docker/bin")),                        // Docker Desktop (per-user install)
            QStringLiteral("/Applications/Docker.app/Contents/Resources/bin"),
            QStringLiteral("/opt/podman/bin"),                                // Podman's installer
            h.filePath(QStringLiteral(".rd/bin")),                            // Rancher Desktop
            QStringLiteral("/opt/local/bin"),                                 // MacPorts
        };
    case HostOs::Windows: {
        // Windows paths, built with backslashes whatever system computes them.
        const auto in = [&env](const char *variable, const QString &fallback, const char *sub) {
            QString base = env.value(QLatin1String(variable), fallback);
            base.replace(QLatin1Char('/'), QLatin1Char('\\'));
            return base.isEmpty() ? QString() : base + QLatin1Char('\\') + QLatin1String(sub);
        };
        QStringList folders{
            in("ProgramFiles", QStringLiteral("C:\\Program Files"), "Docker\\Docker\\resources\\bin"),  // docker.exe, docker-credential-*.exe
            in("ProgramFiles", QStringLiteral("C:\\Program Files"), "Microsoft SDKs\\Azure\\CLI2\\wbin"), // az.cmd, 64-bit installer
            in("ProgramFiles(x86)", QStringLiteral("C:\\Program Files (x86)"), "Microsoft SDKs\\Azure\\CLI2\\wbin"),
            in("ProgramFiles", QStringLiteral("C:\\Program Files"), "RedHat\\Podman"),
            in("LOCALAPPDATA", QString(), "Microsoft\\WinGet\\Links"),                             // winget's command links
        };
        folders.removeAll(QString());
        return folders;
    }
    case HostOs::Linux:
        break;
    }
    // A Linux desktop session has /usr/local/bin and /usr/bin on PATH; snaps and per-user installs
    // are the folders some sessions leave out.
    return {QStringLiteral("/snap/bin"), h.filePath(QStringLiteral(".local/bin")), h.filePath(QStringLiteral("bin"))};
}

} // namespace rd
