#pragma once
// Small helpers shared by the probes that look at the user's machine (Docker, helpers, Azure CLI).
#include <QByteArray>
#include <QString>

namespace rd {

// The first non-empty line of a program's output, control characters removed, at most `maxChars`.
QString firstPrintableLine(const QByteArray &bytes, int maxChars = 300);

// A child process's time limit: `wantedMs`, but finishing before the probe's own limit
// (`probeLimitMs`) so the probe reports the hang itself rather than the runner's generic timeout.
int processTimeoutWithin(int wantedMs, int probeLimitMs);


} // namespace rd
