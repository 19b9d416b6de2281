#pragma once
// What Docker's config.json ($DOCKER_CONFIG/config.json, else ~/.docker/config.json) says about this
// registry: the credential store or helper Docker would use, and whether the file itself holds a login.
// For the Podman client, the files Podman reads logins from instead (docker/containers_auth.h); for
// Helm, its registry config and then Docker's, as oras-go reads them (docker/helm_registry_config.h).
// Read on a background thread.
#include "probe.h"
#include <QFutureWatcher>
#include <QPointer>
#include <functional>

namespace rd {

struct DockerConfig;
struct ContainersLogin;
struct HelmLogin;

class DockerConfigProbe : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;

    ProbeId probeId() const override { return ProbeId::DockerConfig; }
    QString title() const override;           // for the client of the check it runs in
    QString titleFor(RegistryClient client) const override;
    QVector<ProbeId> dependsOn() const override { return {ProbeId::RegistryName}; }
    void start(CheckContext &ctx) override;
    void cancel() override;

    // Read this file instead of dockerConfigPath() (tests, "sudo" checks).
    void setConfigPath(const QString &path) { m_pathOverride = path; }

private:
    template <typename T>
    void readInBackground(QFuture<T> future, void (DockerConfigProbe::*done)(const T &));
    void onRead(const DockerConfig &read);
    void onContainersRead(const ContainersLogin &login);
    void onHelmRead(const HelmLogin &login);
    CheckContext *m_ctx = nullptr;
    QString m_pathOverride;
    std::function<bool(const QString &program)> m_installed; // whether a credential helper's program is on PATH
    QPointer<QFutureWatcherBase> m_reading;
};

} // namespace rd
