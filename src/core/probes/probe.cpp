#include "probe.h"
#include "check_context.h"

namespace rd {

int Probe::timeoutMs(const CheckContext &ctx) const
{
    return qMax(1, ctx.options.timeoutSeconds) * 1000;
}

ProbeResult Probe::makeResult(ProbeStatus status, const Message &detail, const QVariantMap &evidence) const
{
    ProbeResult r;
    r.id = id();
    r.title = title();
    r.status = status;
    r.message = detail;
    r.detail = detail.render();
    r.evidence = evidence;
    r.durationMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    return r;
}

void Probe::finish(ProbeStatus status, const Message &detail, const QVariantMap &evidence)
{
    emit finished(makeResult(status, detail, evidence));
}

} // namespace rd
