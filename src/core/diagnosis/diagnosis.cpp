#include "diagnosis.h"

namespace rd {

bool Diagnosis::hasErrors() const
{
    for (const Cause &c : causes)
        if (c.severity == Cause::Severity::Error)
            return true;
    return false;
}

} // namespace rd
