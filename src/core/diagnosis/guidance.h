#pragma once
// Advice for what a check from this computer cannot observe, chosen by what the user said: an
// Azure service that signs in with its own identity (AKS, Azure DevOps, GitHub Actions, App
// Service, Container Apps), or a registry that cannot be seen or managed in the Azure portal
// (role assignments). Shown beside the causes, never as one: nothing here was observed.
#include "cause.h"
#include "diagnosis.h"

namespace rd {

struct Guidance
{
    QString id;                        // "azure-service", "portal-access"
    QString title;                     // translated
    QString explanation;               // translated
    QVector<RemediationStep> steps;    // with the user's registry in the commands

    // As a card or a report section shows it: id "guidance-" + id, a warning, no evidence.
    Cause asCause() const;
};

QVector<Guidance> guidanceFor(const Diagnosis &d);

// The diagnosis's causes, then the guidance for it: what the wizard, the reports and the command
// line show, from the same data.
QVector<Cause> causesWithGuidance(const Diagnosis &d);
bool isGuidance(const Cause &c);

} // namespace rd
