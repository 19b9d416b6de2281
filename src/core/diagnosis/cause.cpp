#include "cause.h"

namespace rd {

QString severityName(Cause::Severity s)
{
    return s == Cause::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

} // namespace rd
