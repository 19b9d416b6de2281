#include "guidance.h"
#include "ids.h"
#include "shell_quote.h"
#include <QCoreApplication>

namespace rd {

namespace {

QString say(const char *source)
{
    return QCoreApplication::translate("rd::Guidance", source);
}

RemediationStep step(const char *source, const QString &powershell = {}, const QString &bash = {})
{
    RemediationStep s;
    s.message = Message::translatable("rd::Guidance", source);
    s.text = s.message.render();
    if (!powershell.isEmpty())
        s.commands << ShellCommand{QStringLiteral("powershell"), powershell} << ShellCommand{QStringLiteral("bash"), bash};
    return s;
}

} // namespace

QVector<Guidance> guidanceFor(const Diagnosis &d)
{
    QVector<Guidance> out;
    const QString server = d.loginServer.isEmpty() ? QStringLiteral("myregistry.azurecr.io") : d.loginServer;
    const QString name = d.registryKind == QLatin1String("acr") ? server.section(QLatin1Char('.'), 0, 0) : QStringLiteral("myregistry");
    const QString psName = powershellQuote(name), shName = bashQuote(name);
    const QString psId = QStringLiteral("(az acr show --name %1 --query id --output tsv)").arg(psName);
    const QString shId = QStringLiteral("\"$(az acr show --name %1 --query id --output tsv)\"").arg(shName);

    if (d.signInMethod == QLatin1String("azure-service") || d.symptoms.contains(idName(SymptomId::AzureService))) {
        Guidance g;
        g.id = QStringLiteral("azure-service");
        g.title = say(QT_TRANSLATE_NOOP("rd::Guidance", "Signing in from an Azure service"));
        g.explanation = say(QT_TRANSLATE_NOOP("rd::Guidance", "An Azure service signs in with its own identity, not with yours, so a check from this computer cannot see it. Check that identity and its role on the registry."));
        g.steps << step(QT_TRANSLATE_NOOP("rd::Guidance", "AKS: the cluster pulls with its kubelet identity, which needs the AcrPull role on the registry. Check it from the cluster's side:"),
                        QStringLiteral("az aks check-acr --resource-group RESOURCE_GROUP --name CLUSTER_NAME --acr %1").arg(powershellQuote(server)),
                        QStringLiteral("az aks check-acr --resource-group RESOURCE_GROUP --name CLUSTER_NAME --acr %1").arg(bashQuote(server)));
        g.steps << step(QT_TRANSLATE_NOOP("rd::Guidance", "If the check fails, attach the registry to the cluster (this gives the kubelet identity AcrPull):"),
                        QStringLiteral("az aks update --resource-group RESOURCE_GROUP --name CLUSTER_NAME --attach-acr %1").arg(psName),
                        QStringLiteral("az aks update --resource-group RESOURCE_GROUP --name CLUSTER_NAME --attach-acr %1").arg(shName));
        g.steps << step(QT_TRANSLATE_NOOP("rd::Guidance", "Azure DevOps: the pipeline signs in through its service connection (Project settings > Service connections). Verify the connection there; its service principal or managed identity needs AcrPull to pull and AcrPush to push, and an expired client secret must be renewed."));
        g.steps << step(QT_TRANSLATE_NOOP("rd::Guidance", "GitHub Actions: sign in with the azure/login action using OpenID Connect (a federated credential on the app registration, no secret), then run az acr login. Give the app's identity its role on the registry:"),
                        QStringLiteral("az role assignment create --assignee APPLICATION_ID --role AcrPush --scope %1").arg(psId),
                        QStringLiteral("az role assignment create --assignee APPLICATION_ID --role AcrPush --scope %1").arg(shId));
        g.steps << step(QT_TRANSLATE_NOOP("rd::Guidance", "App Service and Container Apps: pull with the app's managed identity, which needs AcrPull on the registry:"),
                        QStringLiteral("az role assignment create --assignee PRINCIPAL_ID --role AcrPull --scope %1").arg(psId),
                        QStringLiteral("az role assignment create --assignee PRINCIPAL_ID --role AcrPull --scope %1").arg(shId));
        out << g;
    }
    if (d.symptoms.contains(idName(SymptomId::CannotManage))) {
        Guidance g;
        g.id = QStringLiteral("portal-access");
        g.title = say(QT_TRANSLATE_NOOP("rd::Guidance", "Seeing and managing the registry in the Azure portal"));
        g.explanation = say(QT_TRANSLATE_NOOP("rd::Guidance", "The portal shows a registry only to accounts with a role on it: Reader to see it, Contributor or Owner to change it. AcrPull and AcrPush allow pulling and pushing images only, not seeing the registry in the portal."));
        g.steps << step(QT_TRANSLATE_NOOP("rd::Guidance", "List who has which role on the registry (someone who can see it runs this):"),
                        QStringLiteral("az role assignment list --scope %1 --output table").arg(psId),
                        QStringLiteral("az role assignment list --scope %1 --output table").arg(shId));
        g.steps << step(QT_TRANSLATE_NOOP("rd::Guidance", "If the registry is missing from your list, check that the right subscription is selected:"),
                        QStringLiteral("az account show --query name --output tsv; az acr list --query \"[].loginServer\" --output table"),
                        QStringLiteral("az account show --query name --output tsv && az acr list --query \"[].loginServer\" --output table"));
        out << g;
    }
    return out;
}

Cause Guidance::asCause() const
{
    Cause c;
    c.id = QStringLiteral("guidance-") + id;
    c.severity = Cause::Severity::Warning;
    c.title = title;
    c.explanation = explanation;
    c.remediation = steps;
    return c;
}

QVector<Cause> causesWithGuidance(const Diagnosis &d)
{
    QVector<Cause> all = d.causes;
    for (const Guidance &g : guidanceFor(d))
        all << g.asCause();
    return all;
}

bool isGuidance(const Cause &c)
{
    return c.id.startsWith(QLatin1String("guidance-"));
}

} // namespace rd
