#pragma once
// The outcome of a check: what every probe observed and the causes found, most serious first.
// The JSON form is the same from the command line and the wizard, and can be read back.
#include "probe_result.h"
#include "registry/registry_reference.h"
#include "cause.h"
#include <QDateTime>
#include <QVector>

namespace rd {

struct Diagnosis
{
    QString toolVersion;
    QString registryInput;
    QString loginServer;
    QString registryKind;          // registryKindName(): "acr", "docker-hub", "ghcr", ..., "generic"
    QString practiceScenario;      // set when the check ran against the practice registry
    QDateTime startedAt;
    qint64 durationMs = 0;
    bool cancelled = false;
    QVector<ProbeResult> probes;   // in plan order
    QVector<Cause> causes;         // errors first
    bool renderable = true;        // carries messages (false for a schema 1 report: text only)

    bool hasProblems() const { return !causes.isEmpty(); }
    bool hasErrors() const;
};

} // namespace rd
