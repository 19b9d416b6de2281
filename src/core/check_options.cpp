#include "check_options.h"

namespace rd {

namespace {
struct MethodName { SignInMethod method; const char *name; };
const MethodName kMethods[] = {
    {SignInMethod::Auto, "auto"},          {SignInMethod::AzureCli, "azure-cli"},
    {SignInMethod::Password, "password"},  {SignInMethod::RepositoryToken, "token"},
    {SignInMethod::DockerStored, "docker"}, {SignInMethod::AzureService, "azure-service"},
};
// Each client's id, product name (never translated) and sign-in command.
struct ClientName { RegistryClient client; const char *name; const char *title; const char *login; };
const ClientName kClients[] = {{RegistryClient::Docker, "docker", "Docker", "docker login"},
                               {RegistryClient::Podman, "podman", "Podman", "podman login"},
                               {RegistryClient::Helm, "helm", "Helm", "helm registry login"}};

const ClientName &clientEntry(RegistryClient c)
{
    for (const auto &entry : kClients)
        if (entry.client == c)
            return entry;
    return kClients[0];
}
} // namespace

QString registryClientName(RegistryClient c)
{
    return QLatin1String(clientEntry(c).name);
}

QString registryClientTitle(RegistryClient c)
{
    return QLatin1String(clientEntry(c).title);
}

QString registryClientLoginCommand(RegistryClient c)
{
    return QLatin1String(clientEntry(c).login);
}

bool registryClientFromName(const QString &name, RegistryClient *out)
{
    for (const auto &entry : kClients)
        if (name == QLatin1String(entry.name)) {
            *out = entry.client;
            return true;
        }
    return false;
}

QString signInMethodName(SignInMethod m)
{
    for (const auto &entry : kMethods)
        if (entry.method == m)
            return QLatin1String(entry.name);
    return QStringLiteral("auto");
}

bool signInMethodFromName(const QString &name, SignInMethod *out)
{
    for (const auto &entry : kMethods)
        if (name == QLatin1String(entry.name)) {
            *out = entry.method;
            return true;
        }
    return false;
}

} // namespace rd
