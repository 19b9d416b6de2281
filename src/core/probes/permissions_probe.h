#pragma once
#include "probe.h"
#include "facts.h"
#include <QPointer>

namespace rd {

class HttpExchange;

// What the sign-in is allowed to do on the user's repository: the actions the token grants (read
// from the token, not verified) compared with what the user needs (pull, or pull and push), then
// a real read of the repository's tag list with that token.
class PermissionsProbe final : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;
    ProbeId probeId() const override { return ProbeId::Permissions; }
    QString title() const override { return tr("Rights on the repository"); }
    QVector<ProbeId> dependsOn() const override { return {ProbeId::Credentials}; }
    // Longer than one request, so that its own clearer finding comes before the runner's.
    int timeoutMs(const CheckContext &ctx) const override;
    void start(CheckContext &ctx) override;
    void cancel() override;

private:
    QPointer<HttpExchange> m_http;
};

} // namespace rd
