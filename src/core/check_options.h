#pragma once
#include "secret.h"
#include <QHash>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

namespace rd {

// The client the user failed with: its trust store, credential store and proxy rules decide the verdict.
enum class RegistryClient { Docker, Podman, Helm };
QString registryClientName(RegistryClient c);       // "docker", "podman", "helm"
QString registryClientTitle(RegistryClient c);      // "Docker", "Podman", "Helm": a product name, never translated
// The client's sign-in command: "docker login", "podman login", "helm registry login"; all three
// take HOST --username U [--password-stdin].
QString registryClientLoginCommand(RegistryClient c);
bool registryClientFromName(const QString &name, RegistryClient *out);

// How the user signs in to the registry; decides which probes matter (the Azure CLI only for AzureCli).
enum class SignInMethod { Auto, AzureCli, Password, RepositoryToken, DockerStored, AzureService };
QString signInMethodName(SignInMethod m);          // "auto", "azure-cli", "password", "token", "docker", "azure-service"
bool signInMethodFromName(const QString &name, SignInMethod *out);

struct CheckOptions
{
    QString registryInput;
    QString username;             // --username
    Secret password;              // read from stdin only, never an argument
    bool passwordGiven = false;
    SignInMethod signIn = SignInMethod::Auto;
    RegistryClient client = RegistryClient::Docker; // --client
    QString repository;           // --repository
    QString action = QStringLiteral("pull"); // pull | push
    QStringList symptoms;         // symptom ids; empty = check everything
    QStringList onlyProbes;       // when set, just these probes and what they depend on ("check again")
    QList<QSslCertificate> extraCaCertificates; // --ca-file, or the practice registry's own CA
    int timeoutSeconds = 20;      // per probe upper bound
    // --docker-config-json: a Kubernetes image pull secret, read as the kubelet uses it. Its auths
    // keys, and the key that matched the registry (empty when none did: the node pulls without
    // credentials). A matching entry's user name and password are the credentials of the check.
    bool pullSecretGiven = false;
    QStringList pullSecretKeys;
    QString pullSecretKey;

    // Practice and test seams. When `connectTo` is not empty the check never leaves it: every
    // "host:port" the check would connect to must have an entry ("127.0.0.1:40123"), anything else
    // is refused. `dnsServer` ("127.0.0.1:5353") makes the DNS probe ask that server over UDP
    // instead of the system resolver.
    QHash<QString, QString> connectTo;
    QString dnsServer;
    QString practiceScenario;     // informative, shown in reports
    // The home folder the client's login files are read from instead of this computer's: the Docker
    // configuration a practice scenario gives the trainee. Read with none of this computer's settings
    // ($DOCKER_CONFIG, $REGISTRY_AUTH_FILE, ...) and no credential helper program counted as installed;
    // a practice run with one reads those login files instead of skipping them.
    QString homeFolder;
};

} // namespace rd
