#pragma once
// The name a report is offered under, so that a help desk can tell reports apart:
// registry-doctor-<registry>-<yyyyMMdd>-<HHmm>.json (local time of the check), with only letters,
// digits, '.' and '-' from the registry's address.
#include "diagnosis/diagnosis.h"

namespace rd {

QString reportFileName(const Diagnosis &d, const QString &suffix = QStringLiteral("json"));

} // namespace rd
