#pragma once
// Is the Azure CLI installed and signed in? Reads its files first (azureProfile.json); runs
// `az account show` only when the user signs in through the Azure CLI, where its answer decides.
#include "azure_cli_profile.h"
#include "probe.h"
#include <QFutureWatcher>
#include <QPointer>

namespace rd {

class ProcessRunner;
struct ProcessOutcome;

class AzureCliProbe : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;

    ProbeId probeId() const override { return ProbeId::AzureCli; }
    QString title() const override;
    void start(CheckContext &ctx) override;
    void cancel() override;

    // How long `az account show` may take (default 20 s, never more than the probe's own limit).
    void setProcessTimeoutMs(int ms) { m_processTimeoutMs = ms; }

private:
    void onProfileRead(const AzureCliProfile &profile);
    void onAccountShow(const ProcessOutcome &outcome);
    void finishFromProfile();
    void setAccountEvidence(const AzureAccountInfo &a);
    bool required() const;
    CheckContext *m_ctx = nullptr;
    QString m_path;
    AzureCliProfile m_profile;
    QVariantMap m_ev;
    QPointer<QFutureWatcher<AzureCliProfile>> m_watcher;
    QPointer<ProcessRunner> m_process;
    int m_processTimeoutMs = 20000;
    int m_effectiveTimeoutMs = 20000;
};

} // namespace rd
