#pragma once
#include "probe.h"
#include <QPointer>

namespace rd {

class HttpExchange;

// The first request of a real push, undone: start a blob upload (POST /v2/<repository>/blobs/uploads/)
// and cancel it at once (DELETE of the address the registry gives). A 202 says this sign-in may
// push there for real, whatever the token claims; nothing is left behind.
class BlobUploadProbe final : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;
    ProbeId probeId() const override { return ProbeId::BlobUpload; }
    QString title() const override { return tr("Starting an upload"); }
    QVector<ProbeId> dependsOn() const override { return {ProbeId::Credentials}; }
    int timeoutMs(const CheckContext &ctx) const override;
    void start(CheckContext &ctx) override;
    void cancel() override;

private:
    QPointer<HttpExchange> m_http;
    QVariantMap m_ev;
};

} // namespace rd
