#pragma once
#include "probe.h"
#include "time_text.h"

namespace rd {

// Compares this computer's clock with the registry's Date header. Tokens carry validity times, so
// a clock off by more than a few minutes makes fresh tokens look expired or not yet valid.
class ClockProbe final : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;
    ProbeId probeId() const override { return ProbeId::Clock; }
    QString title() const override { return tr("Clock"); }
    QVector<ProbeId> dependsOn() const override { return {ProbeId::Challenge}; }
    void start(CheckContext &ctx) override;

    static constexpr qint64 kWarnSeconds = 60;
    static constexpr qint64 kFailSeconds = 300;
};

} // namespace rd
