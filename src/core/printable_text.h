#pragma once
// Text from outside (a server's body, a program's output) made safe to show: line breaks and tabs
// become spaces, other control characters go, runs of spaces shrink to one, at most maxLength.
#include <QString>

namespace rd {

QString printableText(const QString &text, int maxLength);

} // namespace rd
