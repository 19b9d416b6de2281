#include "diagnosis.h"

namespace rd {

bool Diagnosis::hasErrors() const
{
    for (const Cause &c : causes)
        if (c.severity == Cause::Severity::Error)
            return true;
    return false;
}

bool Diagnosis::hasContext() const
{
    return !signInMethod.isEmpty() || !username.isEmpty() || !repository.isEmpty() || !action.isEmpty() || !symptoms.isEmpty()
           || !os.isEmpty() || !timeZone.isEmpty() || !pastedError.isEmpty() || !caseNumber.isEmpty();
}

} // namespace rd
