#pragma once
// From what the probes observed to the causes: one function per cause, each citing its evidence
// and writing the remediation with the user's own registry, user name and repository.
#include "cause.h"
#include <QVector>

namespace rd {

struct CheckContext;

QVector<Cause> diagnose(const CheckContext &ctx);

} // namespace rd
