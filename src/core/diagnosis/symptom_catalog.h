#pragma once
// The article's seven symptoms, with stable ids. Each one selects the probes it needs (plan.h).
#include <QString>
#include <QStringList>
#include <QVector>

namespace rd {

namespace SymptomId {
inline const char *const LoginFails = "login-fails";                 // docker login / az acr login fails
inline const char *const Unauthorized = "unauthorized";              // "unauthorized: authentication required" / "Application not registered with AAD"
inline const char *const CannotConnect = "cannot-connect";           // "Could not connect to the registry login server"
inline const char *const PushPullUnauthorized = "push-pull-unauthorized";
inline const char *const AzureService = "azure-service";             // AKS, Azure DevOps, another Azure service
inline const char *const Forbidden = "forbidden";                    // "login attempt failed with status: 403 Forbidden"
inline const char *const CannotManage = "cannot-manage";             // portal / az cannot see or manage the registry
}

struct Symptom
{
    QString id;
    QString title;        // translated, as the user would say it
    QString example;      // the message as seen (not translated: it is what the tool printed)
    QStringList probes;   // probes this symptom needs (the plan adds their dependencies)
};

QVector<Symptom> symptomCatalog();
bool isKnownSymptom(const QString &id);

} // namespace rd
