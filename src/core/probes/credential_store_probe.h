#pragma once
// What Docker has stored for this registry, read the way Docker reads it: the credential helper
// named in config.json (`docker-credential-<name> get`, the server on stdin), else the file's
// `auths` entry. The secret goes into the facts only; the report says whether there is one.
#include "probe.h"
#include <QPointer>

namespace rd {

class ProcessRunner;
struct HelperCredential;
struct ProcessOutcome;

class CredentialStoreProbe : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;

    ProbeId probeId() const override { return ProbeId::CredentialStore; }
    QString title() const override;           // for the client of the check it runs in
    QString titleFor(RegistryClient client) const override;
    QVector<ProbeId> dependsOn() const override { return {ProbeId::DockerConfig}; }
    void start(CheckContext &ctx) override;
    void cancel() override;

    // How long the helper may take (default 8 s, never more than the probe's own limit).
    void setProcessTimeoutMs(int ms) { m_processTimeoutMs = ms; }

    // The key Docker gives the helper for `loginServer` (Docker Hub's is "https://index.docker.io/v1/").
    static QString helperServerKey(const QString &loginServer);

private:
    // The findings name the client the check runs for: Docker keeps its own words.
    bool docker() const;
    QString client() const;  // "Podman", "Helm"
    // Probe::finish, with the client in the evidence when it is not Docker.
    void finish(ProbeStatus status, const Message &detail, QVariantMap evidence = {});
    void lookUp();
    // Helm: the current store has no login; ask the next one (facts.credentialFallbacks). False when none is left.
    bool askNextStore();
    void readFromFile();
    void onHelperFinished(const ProcessOutcome &outcome);
    // What the helper's answer means for Docker (after the pass store was checked, where needed).
    void interpret(const HelperCredential &cred, const ProcessOutcome &outcome, QVariantMap ev);
    // docker-credential-pass answers "nothing stored" when pass itself cannot work: look at the store
    // and its GPG key before believing it. Returns true when it took over (finishing now or later).
    bool checkPassStore(const HelperCredential &cred, const ProcessOutcome &outcome, const QVariantMap &ev);
    void helperFailed(const QString &problem, const Message &detail, QVariantMap ev);
    CheckContext *m_ctx = nullptr;
    QPointer<ProcessRunner> m_process;
    QPointer<ProcessRunner> m_gpg;
    QString m_helper;
    QString m_program;
    QStringList m_asked;     // helpers already asked without a login (Helm's chain)
    bool m_fromCredHelpers = false;
    int m_processTimeoutMs = 8000;
    int m_effectiveTimeoutMs = 8000;
};

} // namespace rd
