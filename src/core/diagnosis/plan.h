#pragma once
// Which probes a check runs: those the chosen symptoms need, plus everything they depend on.
#include "check_options.h"
#include "ids.h"
#include <QStringList>
#include <QVector>

namespace rd {

class Probe;

// Every probe id, in a readable order (registry name, local machine, network, registry, sign-in).
QStringList allProbeIds();
Probe *createProbe(const QString &id);          // nullptr for an unknown id
QStringList probeDependencies(const QString &id);
// Probes that look at this computer's Docker and Azure CLI (not run in practice mode).
bool isLocalProbe(ProbeId id);
bool isLocalProbe(const QString &id);

// The probe ids for these options, in allProbeIds() order, closed over dependencies.
QStringList planProbes(const CheckOptions &options);
// The ids plus everything they depend on, in allProbeIds() order.
QStringList withDependencies(const QStringList &ids);

} // namespace rd
