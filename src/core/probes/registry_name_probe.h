#pragma once
#include "probe.h"

namespace rd {

// Reports what the registry text the user typed says: the login server it means and every mistake
// in it (the reference itself is parsed once, before the check starts).
class RegistryNameProbe final : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;
    ProbeId probeId() const override { return ProbeId::RegistryName; }
    QString title() const override { return tr("Registry name"); }
    void start(CheckContext &ctx) override;
};

} // namespace rd
