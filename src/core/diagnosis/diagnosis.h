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
    QString client;                // registryClientName() of the client checked for: "docker", "podman", "helm";
                                   // empty in a report written before it was recorded
    // What the user asked (the goal the causes are ordered by): how they sign in, as whom, and
    // what they want to do with which repository.
    QString signInMethod;          // signInMethodName(): "azure-cli", "password", ...
    QString username;
    QString repository;
    QString action;                // "pull" | "push"
    QStringList symptoms;
    // For the help desk: where the check ran, and what the user added in the wizard.
    QString os;                    // "Windows 11 Version 23H2", "macOS Sonoma (14.4)"
    QString timeZone;              // "Europe/Rome (UTC+01:00)"
    QString pastedError;           // the error message the user pasted (reports redact it)
    QString caseNumber;            // a help-desk case or ticket number

    bool hasContext() const;
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
