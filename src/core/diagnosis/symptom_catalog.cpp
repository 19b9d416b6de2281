#include "symptom_catalog.h"

#include <QCoreApplication>

#include <iterator>

namespace rd {

namespace {

// The seven symptoms of the troubleshooting article, phrased the way a user would describe them.
// `example` is what the tool printed, so it stays untranslated.
struct SymptomRow
{
    SymptomId id;
    const char *title;      // QT_TRANSLATE_NOOP, context rd::Symptoms
    const char *example;    // raw tool output
    std::initializer_list<ProbeId> probes;
};

using P = ProbeId;

const SymptomRow kSymptoms[] = {
    { SymptomId::LoginFails,
      QT_TRANSLATE_NOOP("rd::Symptoms", "I cannot sign in to my registry with docker login, az acr login, or either of them"),
      "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
      { P::RegistryName, P::DockerClient, P::DockerDaemon, P::DockerConfig, P::CredentialStore, P::AzureCli, P::Proxy, P::Dns, P::Tcp, P::Tls, P::Challenge, P::Clock, P::Credentials, P::Permissions } },
    { SymptomId::Unauthorized,
      QT_TRANSLATE_NOOP("rd::Symptoms", "Signing in tells me I am unauthorized, or that my application is not registered (Microsoft Entra ID, formerly Azure AD)"),
      "unauthorized: authentication required",
      { P::RegistryName, P::DockerConfig, P::CredentialStore, P::Challenge, P::Clock, P::Credentials, P::Permissions } },
    { SymptomId::CannotConnect,
      QT_TRANSLATE_NOOP("rd::Symptoms", "The Azure CLI says it could not connect to the registry login server"),
      "Could not connect to the registry login server 'myregistry.azurecr.io'. Please verify that the registry "
      "exists and the URL 'https://myregistry.azurecr.io/v2/' is reachable from your environment.",
      { P::RegistryName, P::Proxy, P::Dns, P::Tcp, P::Tls, P::Challenge, P::Clock, P::AzureCli } },
    { SymptomId::PushPullUnauthorized,
      QT_TRANSLATE_NOOP("rd::Symptoms", "Pushing or pulling images fails with unauthorized, even though I signed in"),
      "unauthorized: authentication required",
      { P::RegistryName, P::DockerClient, P::DockerDaemon, P::DockerConfig, P::CredentialStore, P::Challenge, P::Clock, P::Credentials, P::Permissions,
        P::Manifest, P::LayerDownload, P::BlobUpload } },
    { SymptomId::AzureService,
      QT_TRANSLATE_NOOP("rd::Symptoms", "AKS, Azure DevOps or another Azure service cannot get to my registry"),
      "Failed to pull image \"myregistry.azurecr.io/app:1.0\": failed to authorize: failed to fetch anonymous "
      "token: unexpected status: 401 Unauthorized",
      { P::RegistryName, P::Dns, P::Tcp, P::Tls, P::Challenge, P::Credentials, P::Permissions, P::Manifest, P::LayerDownload } },
    { SymptomId::Forbidden,
      QT_TRANSLATE_NOOP("rd::Symptoms", "Signing in fails with 403 Forbidden"),
      "Error response from daemon: login attempt failed with status: 403 Forbidden",
      { P::RegistryName, P::Proxy, P::Dns, P::Tcp, P::Tls, P::Challenge } },
    { SymptomId::CannotManage,
      QT_TRANSLATE_NOOP("rd::Symptoms", "I cannot see or change my registry in the Azure portal or with the Azure CLI"),
      "(AuthorizationFailed) The client 'user@contoso.com' does not have authorization to perform action "
      "'Microsoft.ContainerRegistry/registries/read'",
      { P::RegistryName, P::AzureCli, P::Dns, P::Challenge, P::Credentials, P::Permissions } },
};

} // namespace

static_assert(std::size(kSymptoms) == size_t(SymptomId::Count), "one row per SymptomId, in its order");

QVector<Symptom> symptomCatalog()
{
    QVector<Symptom> out;
    out.reserve(int(std::size(kSymptoms)));
    for (const SymptomRow &row : kSymptoms) {
        Symptom s;
        s.id = idName(row.id);
        s.title = QCoreApplication::translate("rd::Symptoms", row.title);
        s.example = QString::fromUtf8(row.example);
        s.probes = idNames(QVector<ProbeId>(row.probes));
        out.append(s);
    }
    return out;
}

bool isKnownSymptom(const QString &id)
{
    return symptomIdFromName(id).has_value();
}

} // namespace rd
