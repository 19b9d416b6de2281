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
};

QVector<Guidance> guidanceFor(const Diagnosis &d);

} // namespace rd
