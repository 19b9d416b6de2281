#pragma once
// Renders a diagnosis in the language and locale in effect now: probe titles and details, cause
// titles, explanations, evidence, remediation and links. Called when results are shown or written,
// and again after the reader switches language; nothing is checked again.
#include "diagnosis.h"

namespace rd {

void renderDiagnosis(Diagnosis &d);

} // namespace rd
