#pragma once
#include "probe.h"
#include "facts.h"
#include <QPointer>

namespace rd {

class HttpExchange;

// GET /v2/ without credentials, as every client does first: a registry answers 401 with a
// WWW-Authenticate challenge saying how to sign in. 403 DENIED is a firewall; 429 throttling;
// 404 or a web page means the address is not a registry.
class ChallengeProbe final : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;
    ProbeId probeId() const override { return ProbeId::Challenge; }
    QString title() const override { return tr("Registry answer"); }
    QVector<ProbeId> dependsOn() const override { return {ProbeId::Tls}; }
    // Longer than one request, so that its own clearer finding comes before the runner's.
    int timeoutMs(const CheckContext &ctx) const override;
    void start(CheckContext &ctx) override;
    void cancel() override;

private:
    void onAnswer(CheckContext &ctx, const HttpAnswer &a);
    QPointer<HttpExchange> m_http;
};

} // namespace rd
