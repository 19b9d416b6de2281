#pragma once
// Text from outside (a server's body, a program's output) made safe to show: line breaks and tabs
// become spaces, other control characters go, runs of spaces shrink to one, at most maxLength.
#include <QString>

namespace rd {

QString printableText(const QString &text, int maxLength);

// The last line of the report writers: every control and format character goes (escape
// sequences, bidirectional overrides, NUL), so nothing a report holds can drive a terminal.
// With keepLineBreaks, '\n' stays (the writer's own lines); otherwise a line break or tab becomes
// a space, so a field cannot start a forged line of its own. Spaces are kept as they are.
QString withoutControlCharacters(const QString &text, bool keepLineBreaks);

} // namespace rd
