#include "diagnosis_lookup.h"

namespace rd::test {

const ProbeResult *findProbe(const Diagnosis &d, const char *id)
{
    for (const ProbeResult &p : d.probes)
        if (p.id == QLatin1String(id))
            return &p;
    return nullptr;
}

QStringList causeIds(const Diagnosis &d)
{
    QStringList ids;
    for (const Cause &c : d.causes)
        ids << c.id;
    return ids;
}

} // namespace rd::test
