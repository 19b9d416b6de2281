#pragma once
// After a refusal on an Azure registry: which role assignment permissions mode the registry uses,
// as `az acr show` reports it. In "AbacRepositoryPermissions" mode (RBAC Registry + ABAC Repository
// Permissions) AcrPull and AcrPush grant nothing on repositories; the Container Registry Repository
// roles do. Runs only when the sign-in worked, a pull or push was refused, and the Azure CLI is
// signed in: it never adds to a check that had no refusal.
#include "probe.h"
#include <QPointer>

namespace rd {

class ProcessRunner;
struct ProcessOutcome;

class AcrRoleModeProbe final : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;
    ProbeId probeId() const override { return ProbeId::AcrRoleMode; }
    QString title() const override { return tr("Registry's permissions mode"); }
    QVector<ProbeId> dependsOn() const override
    {
        return {ProbeId::AzureCli, ProbeId::Permissions, ProbeId::Manifest, ProbeId::LayerDownload, ProbeId::BlobUpload};
    }
    void start(CheckContext &ctx) override;
    void cancel() override;

    // The Microsoft Entra code (AADSTS50076, AADSTS50079, AADSTS53003) in az's stderr when multifactor
    // authentication or Conditional Access kept it from a token; empty otherwise.
    static QString parseMfaBlock(const QByteArray &err);
    // The mode in `az acr show --query roleAssignmentMode --output tsv`'s answer, or empty.
    static QString parseRoleAssignmentMode(const QByteArray &out);

private:
    void onShown(const ProcessOutcome &o);

    CheckContext *m_ctx = nullptr;
    QPointer<ProcessRunner> m_process;
    QVariantMap m_ev;
};

} // namespace rd
