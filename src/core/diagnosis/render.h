#pragma once
// Renders a diagnosis in the language and locale in effect now: probe titles and details, cause
// titles, explanations, evidence, remediation and links. Called when results are shown or written,
// and again after the reader switches language; nothing is checked again.
#include "check_options.h"
#include "diagnosis.h"

namespace rd {

void renderDiagnosis(Diagnosis &d);

// One check's title and detail in the language in effect now (a result without a message keeps its
// text). The checking page's rows use it while a check runs.
void renderProbeResult(ProbeResult &p);
// A probe's title by its id for the client the check runs for ("Podman's login files"), in the
// language in effect now; the id itself for an unknown probe.
QString renderProbeTitle(const QString &probeId, RegistryClient client);

} // namespace rd
