#pragma once
// Words every report shares (text, Markdown, HTML, the chat summary): the verdict line and the
// name of a probe's status.
#include "diagnosis/diagnosis.h"
#include <QString>

namespace rd {

QString reportHeadline(const Diagnosis &d);     // "2 problems found with contoso.azurecr.io."
QString probeStatusWord(ProbeStatus status);    // "passed", "warning", "failed", "skipped"
// "Registry kind: GitHub Container Registry"; empty for a report that names no kind.
QString registryKindLine(const Diagnosis &d);
// "Client: Podman": the client the check ran for; empty for a report that names none.
QString clientLine(const Diagnosis &d);

} // namespace rd
