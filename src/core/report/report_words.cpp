#include "report_words.h"
#include "check_options.h"
#include "registry/registry_kind.h"
#include "registry/registry_reference.h"
#include <QCoreApplication>

namespace rd {

namespace {
struct Report
{
    Q_DECLARE_TR_FUNCTIONS(rd::Report)
};
} // namespace

QString reportHeadline(const Diagnosis &d)
{
    const QString target = d.loginServer.isEmpty() ? d.registryInput : d.loginServer;
    if (d.cancelled)
        return Report::tr("The check of %1 was cancelled before it finished.").arg(target);
    if (d.causes.isEmpty())
        return Report::tr("No problem found with %1.").arg(target);
    // English has no plural translation file: the singular has a sentence of its own.
    if (d.causes.size() == 1)
        return Report::tr("1 problem found with %1.").arg(target);
    return Report::tr("%n problem(s) found with %1.", nullptr, int(d.causes.size())).arg(target);
}

QString registryKindLine(const Diagnosis &d)
{
    const std::optional<RegistryKind> kind = registryKindFromName(d.registryKind);
    if (!kind)
        return {};
    // The host tells the Azure cloud; the report keeps only the kind's name.
    RegistryKindInfo info = registryKindFromHost(parseRegistryReference(d.loginServer).host);
    if (info.kind != *kind)
        info = RegistryKindInfo{*kind, {}, {}, {}, false, false};
    //: %1 is the registry service, such as "GitHub Container Registry" or "Amazon ECR".
    return Report::tr("Registry kind: %1").arg(registryKindTitle(info));
}

QString clientLine(const Diagnosis &d)
{
    RegistryClient client;
    if (!registryClientFromName(d.client, &client))
        return {};
    //: %1 is the program the check was made for: Docker, Podman or Helm.
    return Report::tr("Client: %1").arg(registryClientTitle(client));
}

QString probeStatusWord(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Pass: return Report::tr("passed");
    case ProbeStatus::Warn: return Report::tr("warning");
    case ProbeStatus::Fail: return Report::tr("failed");
    case ProbeStatus::Skip: break;
    }
    return Report::tr("skipped");
}

} // namespace rd
