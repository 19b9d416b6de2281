#pragma once
#include "probe.h"
#include "../time_text.h"

namespace rd {

// Compares this computer's clock with the registry's Date header. Tokens carry validity times, so
// a clock off by more than a few minutes makes fresh tokens look expired or not yet valid.
class ClockProbe final : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;
    QString id() const override { return QStringLiteral("clock"); }
    QString title() const override { return tr("Clock"); }
    QStringList dependencies() const override { return {QStringLiteral("challenge")}; }
    void start(CheckContext &ctx) override;

    static constexpr qint64 kWarnSeconds = 60;
    static constexpr qint64 kFailSeconds = 300;
};

} // namespace rd
