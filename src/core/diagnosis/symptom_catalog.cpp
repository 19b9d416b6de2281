#include "symptom_catalog.h"

#include <QCoreApplication>

#include <iterator>

namespace rd {

namespace {

// The seven symptoms of the troubleshooting article, phrased the way a user would describe them.
// `example` is what the tool printed, so it stays untranslated.
struct SymptomRow
{
    const char *id;
    const char *title;      // QT_TRANSLATE_NOOP, context rd::Symptoms
    const char *example;    // raw tool output
    const char *probes;     // comma separated probe ids
};

const SymptomRow kSymptoms[] = {
    { SymptomId::LoginFails,
      QT_TRANSLATE_NOOP("rd::Symptoms", "I cannot sign in to my registry with docker login, az acr login, or either of them"),
      "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
      "registry-name,docker-client,docker-daemon,docker-config,credential-store,azure-cli,proxy,dns,tcp,tls,"
      "challenge,clock,credentials,permissions" },
    { SymptomId::Unauthorized,
      QT_TRANSLATE_NOOP("rd::Symptoms", "Signing in tells me I am unauthorized, or that my application is not registered with AAD"),
      "unauthorized: authentication required",
      "registry-name,docker-config,credential-store,challenge,clock,credentials,permissions" },
    { SymptomId::CannotConnect,
      QT_TRANSLATE_NOOP("rd::Symptoms", "The Azure CLI says it could not connect to the registry login server"),
      "Could not connect to the registry login server 'myregistry.azurecr.io'. Please verify that the registry "
      "exists and the URL 'https://myregistry.azurecr.io/v2/' is reachable from your environment.",
      "registry-name,proxy,dns,tcp,tls,challenge,clock,azure-cli" },
    { SymptomId::PushPullUnauthorized,
      QT_TRANSLATE_NOOP("rd::Symptoms", "Pushing or pulling images fails with unauthorized, even though I signed in"),
      "unauthorized: authentication required",
      "registry-name,docker-client,docker-daemon,docker-config,credential-store,challenge,clock,credentials,"
      "permissions" },
    { SymptomId::AzureService,
      QT_TRANSLATE_NOOP("rd::Symptoms", "AKS, Azure DevOps or another Azure service cannot get to my registry"),
      "Failed to pull image \"myregistry.azurecr.io/app:1.0\": failed to authorize: failed to fetch anonymous "
      "token: unexpected status: 401 Unauthorized",
      "registry-name,dns,tcp,tls,challenge,credentials,permissions" },
    { SymptomId::Forbidden,
      QT_TRANSLATE_NOOP("rd::Symptoms", "Signing in fails with 403 Forbidden"),
      "Error response from daemon: login attempt failed with status: 403 Forbidden",
      "registry-name,proxy,dns,tcp,tls,challenge" },
    { SymptomId::CannotManage,
      QT_TRANSLATE_NOOP("rd::Symptoms", "I cannot see or change my registry in the Azure portal or with the Azure CLI"),
      "(AuthorizationFailed) The client 'user@contoso.com' does not have authorization to perform action "
      "'Microsoft.ContainerRegistry/registries/read'",
      "registry-name,azure-cli,dns,challenge,credentials,permissions" },
};

} // namespace

QVector<Symptom> symptomCatalog()
{
    QVector<Symptom> out;
    out.reserve(int(std::size(kSymptoms)));
    for (const SymptomRow &row : kSymptoms) {
        Symptom s;
        s.id = QLatin1String(row.id);
        s.title = QCoreApplication::translate("rd::Symptoms", row.title);
        s.example = QString::fromUtf8(row.example);
        s.probes = QString::fromLatin1(row.probes).split(QLatin1Char(','), Qt::SkipEmptyParts);
        out.append(s);
    }
    return out;
}

bool isKnownSymptom(const QString &id)
{
    for (const SymptomRow &row : kSymptoms) {
        if (id == QLatin1String(row.id))
            return true;
    }
    return false;
}

} // namespace rd
