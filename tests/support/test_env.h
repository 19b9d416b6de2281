#pragma once
// Test helpers shared by the test executables.
#include <QByteArray>
#include <QString>

namespace rd::test {

// Puts `dir` in front of PATH for this process (and so for its children).
void prependToPath(const QString &dir);
// Writes `bytes` to `path` (replacing it), making its folder first; false when any part fails.
bool writeFile(const QString &path, const QByteArray &bytes);

} // namespace rd::test
