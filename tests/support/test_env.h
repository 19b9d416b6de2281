#pragma once
// Test helpers shared by the test executables.
#include <QString>

namespace rd::test {

// Puts `dir` in front of PATH for this process (and so for its children).
void prependToPath(const QString &dir);
// The folder with the stand-in programs (tests/standins).
QString standinsDir();

} // namespace rd::test
