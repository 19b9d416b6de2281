#include "render.h"
#include "probes/probe.h"
#include "cause_catalog.h"
#include "plan.h"
#include <algorithm>
#include <memory>

namespace rd {

QString renderProbeTitle(const QString &probeId, RegistryClient client)
{
    const std::unique_ptr<Probe> probe{createProbe(probeId)};
    return probe ? probe->titleFor(client) : probeId;
}

void renderProbeResult(ProbeResult &p)
{
    if (p.message.isEmpty())
        return;
    if (const std::unique_ptr<Probe> probe{createProbe(p.id)}) {
        // A probe that read the client's own files says for which client (evidence "client").
        RegistryClient client = RegistryClient::Docker;
        registryClientFromName(p.evidence.value(QStringLiteral("client")).toString(), &client);
        p.title = probe->titleFor(client);
    }
    p.detail = p.message.render();
}

void renderDiagnosis(Diagnosis &d)
{
    if (!d.renderable)
        return; // a report without messages (schema 1): shown as it was written
    // Only what this engine made from messages is rendered again; text without them stays.
    for (ProbeResult &p : d.probes)
        renderProbeResult(p);
    for (Cause &c : d.causes) {
        const bool made = !c.evidenceMessages.isEmpty()
                          || std::any_of(c.remediation.cbegin(), c.remediation.cend(), [](const RemediationStep &s) { return !s.message.isEmpty(); });
        if (!made)
            continue;
        if (const std::optional<CauseId> id = causeIdFromName(c.id)) {
            RegistryClient client = RegistryClient::Docker;
            registryClientFromName(d.client, &client);
            const Cause fresh = makeCause(*id, registryKindFromName(d.registryKind).value_or(RegistryKind::Generic), client);
            c.title = fresh.title;
            c.explanation = fresh.explanation;
            c.links = fresh.links;
        }
        if (c.evidenceMessages.size() == c.evidence.size())
            for (int i = 0; i < c.evidence.size(); ++i)
                c.evidence[i] = c.evidenceMessages.at(i).render();
        for (RemediationStep &s : c.remediation)
            if (!s.message.isEmpty())
                s.text = s.message.render();
    }
}

} // namespace rd
