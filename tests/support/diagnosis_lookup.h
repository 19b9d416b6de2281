#pragma once
// Looking things up in a finished check's Diagnosis, for the tests' assertions.
#include "diagnosis/diagnosis.h"
#include <QStringList>

namespace rd::test {

// The probe with that id ("credentials"), or nullptr when the check did not run it.
const ProbeResult *findProbe(const Diagnosis &d, const char *id);
// The causes' ids, in the diagnosis' order ("credentials-expired", ...).
QStringList causeIds(const Diagnosis &d);

} // namespace rd::test
