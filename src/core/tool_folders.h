#pragma once
// Where Docker, Podman, the Azure CLI and the credential helpers are installed on each system, for
// a program started from the desktop, whose PATH is often shorter than a terminal's: a macOS app
// opened from the Finder has only /usr/bin:/bin:/usr/sbin:/sbin, so Homebrew's and Docker
// Desktop's folders are missing, and on Windows a PATH edited by an installer reaches programs
// started after the next sign-in only. ProcessRunner::findProgram looks here when PATH has nothing.
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace rd {

enum class HostOs { Linux, MacOS, Windows };
HostOs currentHostOs();

// In search order; folders that do not exist are left in (the caller's lookup skips them).
QStringList wellKnownToolFolders(HostOs os, const QString &home, const QProcessEnvironment &env);

} // namespace rd
