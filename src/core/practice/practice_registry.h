#pragma once
// The practice registry: a registry simulator that ships in the product. HTTPS on loopback with a
// certificate made at start through OpenSSL and trusted by that check alone, a DNS responder on
// loopback UDP, and named scenarios that reproduce the network, registry and credential causes (some
// with the Docker config the trainee has, written to a temporary home folder while the scenario runs).
// Help-desk staff train on it, the README's run command shows it, and the tests use it.
#include "check_options.h"
#include <QObject>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>

namespace rd {

// How much a trainee needs to know to find the cause: the practice list is grouped by it.
enum class PracticeDifficulty { Basic, Intermediate, Advanced };
QString practiceDifficultyTitle(PracticeDifficulty difficulty); // translated

struct PracticeScenario
{
    QString id;                 // stable: "healthy", "wrong-password", ...
    QString title;              // translated, one line: names the cause (shown after the check)
    QString complaint;          // translated: what the user tells the help desk, without the cause
    PracticeDifficulty difficulty = PracticeDifficulty::Basic;
    QString description;        // translated: what the trainee will see and what the cause is (after the check)
    QStringList expectedCauses; // cause ids a correct check reports (empty for healthy)
};

QVector<PracticeScenario> practiceScenarios();
bool isPracticeScenario(const QString &id);
// What the trainee types as the registry: the scenario's login server ("contoso.azurecr.io",
// "europe-west1-docker.pkg.dev", ...), as mistyped in typo-in-name. Empty for an unknown scenario.
QString practiceRegistryInput(const QString &scenarioId);
// How the scenario's trainee signs in, as the wizard's first page shows it and the check does:
// Docker's saved login where the scenario gives the trainee a Docker config (the Artifact Registry
// one: gcloud auth configure-docker's credHelpers), else a user name and password.
SignInMethod practiceSignIn(const QString &scenarioId);

class PracticeRegistry : public QObject
{
    Q_OBJECT
public:
    explicit PracticeRegistry(QObject *parent = nullptr);
    ~PracticeRegistry() override;

    // Generates the certificates, starts listening on 127.0.0.1 (random ports). Returns false with a
    // translated reason when it cannot.
    bool start(const QString &scenarioId, QString *error = nullptr);
    void stop();

    QString scenarioId() const;
    QString loginServer() const;            // "contoso.azurecr.io" (or the scenario's own)
    quint16 httpsPort() const;
    quint16 dnsPort() const;
    QSslCertificate caCertificate() const;  // the CA the practice check trusts

    // Options for a check of this scenario: registry input, the trainee's user name and password
    // (or, in a scenario that gives the trainee a Docker config, no password and the home folder
    // holding that config: homeFolder), connectTo (never leaving loopback), dnsServer, and the
    // practice CA. Keeps the caller's
    // symptoms; keeps the caller's repository and action when the caller names a repository,
    // else takes the ones the scenario's complaint is about.
    CheckOptions checkOptions(const CheckOptions &base = CheckOptions()) const;

    // Delays every HTTP answer by `ms` more, like a registry far away (for measurements).
    void setAddedLatencyMs(int ms);

    // Counters for tests: requests served per path ("/v2/", "/oauth2/token", ...)
    int requestCount(const QString &path) const;
    int requestCount() const; // every path

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rd
