// The practice scenarios: ids are stable (tests, reports and the README name them).
#include "practice_registry.h"
#include "ids.h"

#include <QCoreApplication>

namespace rd {

namespace {

struct ScenarioText
{
    const char *id;
    const char *title;
    const char *complaint;          // in the user's words: what the trainee is told, not the cause
    PracticeDifficulty difficulty;
    const char *description;
    std::initializer_list<CauseId> causes; // what a correct check reports
};

const ScenarioText kScenarios[] = {
    {"healthy", QT_TRANSLATE_NOOP("rd::PracticeScenario", "Everything works"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "A new colleague asks whether they can pull and push hello on contoso.azurecr.io."),
     PracticeDifficulty::Basic,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "The registry contoso.azurecr.io answers normally and the admin user may pull and push "
                       "the repository 'hello'. A correct check finds nothing to fix."),
     {}},
    {"basic-auth", QT_TRANSLATE_NOOP("rd::PracticeScenario", "A plain registry with a password (no token server)"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "A developer asks whether their sign-in to registry.example.test is set up right."),
     PracticeDifficulty::Basic,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "registry.example.test is a generic registry that asks for a user name and password "
                       "directly (HTTP Basic) instead of sending the client to a token server. The credentials "
                       "are right; a correct check finds nothing to fix."),
     {}},
    {"wrong-password", QT_TRANSLATE_NOOP("rd::PracticeScenario", "Wrong password"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "I cannot sign in to contoso.azurecr.io any more. It worked last week."),
     PracticeDifficulty::Basic,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "The user name exists but the password is an old one. The token server refuses it with "
                       "'unauthorized: authentication required'."),
     {CauseId::CredentialsInvalid}},
    {"unknown-user", QT_TRANSLATE_NOOP("rd::PracticeScenario", "E-mail address used as user name"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "A new starter cannot sign in to contoso.azurecr.io with their work account."),
     PracticeDifficulty::Intermediate,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "The trainee typed their e-mail address as user name. The registry answers 'Application "
                       "not registered with AAD': it expects a service principal's application ID, the admin "
                       "user name or a token name."),
     {CauseId::UsernameNotRecognized}},
    {"pull-only-push", QT_TRANSLATE_NOOP("rd::PracticeScenario", "Allowed to pull, trying to push"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "A colleague cannot push to hello since this morning."),
     PracticeDifficulty::Intermediate,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "The sign-in works, but the identity may only pull the repository 'hello' and the trainee "
                       "wants to push to it. The token the registry issues grants pull only."),
     {CauseId::CredentialsNotAuthorized}},
    {"expired-token", QT_TRANSLATE_NOOP("rd::PracticeScenario", "Expired token from az acr login"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "Signing in with a token worked this morning; now every pull from contoso.azurecr.io fails."),
     PracticeDifficulty::Intermediate,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "The password is a token printed by 'az acr login --expose-token' more than three hours "
                       "ago (user name 00000000-0000-0000-0000-000000000000). It expired two hours ago and the "
                       "registry refuses it."),
     {CauseId::CredentialsExpired}},
    {"firewall", QT_TRANSLATE_NOOP("rd::PracticeScenario", "Registry firewall blocks this computer"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "Nobody in the branch office can use contoso.azurecr.io; from home it works."),
     PracticeDifficulty::Intermediate,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "The registry only accepts selected networks. Every request is refused with 403 "
                       "'client with IP '203.0.113.7' is not allowed access'."),
     {CauseId::FirewallBlocked}},
    {"throttled", QT_TRANSLATE_NOOP("rd::PracticeScenario", "Too many requests"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "Our build server gets errors from contoso.azurecr.io every few minutes."),
     PracticeDifficulty::Advanced,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "The registry throttles the client: every request gets 429 Too Many Requests with "
                       "'Retry-After: 30'."),
     {CauseId::Throttled}},
    {"untrusted-certificate", QT_TRANSLATE_NOOP("rd::PracticeScenario", "TLS inspection proxy certificate"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "Since we moved to the new office network, signing in to contoso.azurecr.io fails."),
     PracticeDifficulty::Intermediate,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "A company proxy inspects TLS: the certificate the client receives is issued by 'Contoso "
                       "Web Filter TLS Inspection CA', which this computer does not trust."),
     {CauseId::TlsUntrustedCertificate}},
    {"slow-server", QT_TRANSLATE_NOOP("rd::PracticeScenario", "Slow but working registry"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "Pulling from contoso.azurecr.io feels very slow today."),
     PracticeDifficulty::Basic,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "Every answer takes 1.5 seconds. Everything else works; a correct check is slower but "
                       "finds nothing to fix."),
     {}},
    {"not-a-registry", QT_TRANSLATE_NOOP("rd::PracticeScenario", "The address is a web site, not a registry"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "I was given an address for our registry, but signing in to it fails."),
     PracticeDifficulty::Intermediate,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "The server at the address is an ordinary web server: /v2/ answers 404 with an HTML page "
                       "instead of a registry's challenge."),
     {CauseId::NotARegistry}},
    {"server-error", QT_TRANSLATE_NOOP("rd::PracticeScenario", "Registry temporarily unavailable"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "Nothing works with contoso.azurecr.io for the whole team since an hour ago."),
     PracticeDifficulty::Intermediate,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "The registry answers 503 Service Unavailable to every request: the problem is on the "
                       "service side, not on this computer."),
     {CauseId::RegistryUnavailable}},
    {"clock-skew", QT_TRANSLATE_NOOP("rd::PracticeScenario", "This computer's clock is wrong"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "Everyone else can use contoso.azurecr.io; on my laptop the sign-in is refused right away."),
     PracticeDifficulty::Advanced,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "The registry's time is two hours behind this computer's clock, so the tokens it issues "
                       "look already expired here. Set the clock right (automatic time)."),
     {CauseId::ClockSkew}},
    {"registry-not-found", QT_TRANSLATE_NOOP("rd::PracticeScenario", "The registry name does not exist"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "docker login says it cannot find contoso.azurecr.io."),
     PracticeDifficulty::Basic,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "DNS answers 'no such host' (NXDOMAIN) for contoso.azurecr.io: the name is misspelled, the "
                       "registry was deleted, or it belongs to another cloud."),
     {CauseId::RegistryNotFound}},
    {"private-endpoint", QT_TRANSLATE_NOOP("rd::PracticeScenario", "Private endpoint outside its network"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "From my laptop contoso.azurecr.io times out; from the build servers in Azure it works."),
     PracticeDifficulty::Advanced,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "contoso.azurecr.io resolves through contoso.privatelink.azurecr.io to the private address "
                       "10.0.0.5, which this computer cannot reach: it is not in the registry's virtual network."),
     {CauseId::PrivateEndpointDns}},
    {"unreachable", QT_TRANSLATE_NOOP("rd::PracticeScenario", "Registry address not reachable"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "docker login to contoso.azurecr.io waits and then gives up."),
     PracticeDifficulty::Intermediate,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "The name resolves, but nothing answers on port 443: a network, proxy or outbound "
                       "firewall problem."),
     {CauseId::NetworkUnreachable}},
    {"typo-in-name", QT_TRANSLATE_NOOP("rd::PracticeScenario", "Registry name typed with extras"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "I copied the registry's address from a web page into docker login and it does not work."),
     PracticeDifficulty::Basic,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "The trainee typed 'https://Contoso.azurecr.io:443/'. The registry works; a correct check "
                       "warns that Docker needs the plain lowercase login server 'contoso.azurecr.io'."),
     {CauseId::RegistryNameInvalid}},
    {"ecr-expired-token", QT_TRANSLATE_NOOP("rd::PracticeScenario", "Amazon ECR: the 12-hour token has expired"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "Our nightly job cannot pull from 123456789012.dkr.ecr.eu-west-1.amazonaws.com any more; yesterday it worked."),
     PracticeDifficulty::Intermediate,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "123456789012.dkr.ecr.eu-west-1.amazonaws.com answers as Amazon ECR does. The trainee signs in "
                       "as AWS with a token from aws ecr get-login-password made the day before; ECR tokens last 12 "
                       "hours, and the registry answers 'denied: Your authorization token has expired. Reauthenticate "
                       "and try again.'"),
     {CauseId::CredentialsExpired}},
    {"ecr-wrong-region", QT_TRANSLATE_NOOP("rd::PracticeScenario", "Amazon ECR: a token for another region"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "We moved our images to 123456789012.dkr.ecr.us-east-1.amazonaws.com and now docker login there fails."),
     PracticeDifficulty::Intermediate,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "The registry is 123456789012.dkr.ecr.us-east-1.amazonaws.com, but the trainee's token comes from "
                       "aws ecr get-login-password --region eu-west-1. Each ECR token is good for one region and account "
                       "only; the registry answers the sign-in with 400 Bad Request."),
     {CauseId::CredentialsInvalid}},
    {"dockerhub-rate-limit", QT_TRANSLATE_NOOP("rd::PracticeScenario", "Docker Hub: no pulls left"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "Since this afternoon our builds cannot pull hello from Docker Hub, although signing in works."),
     PracticeDifficulty::Intermediate,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "The sign-in to Docker Hub works, but the account has used its 100 pulls of the last six hours: "
                       "the headers say ratelimit-limit: 100;w=21600 and ratelimit-remaining: 0;w=21600, and a pull gets "
                       "429 'You have reached your pull rate limit'."),
     {CauseId::Throttled}},
    {"dockerhub-pat-required", QT_TRANSLATE_NOOP("rd::PracticeScenario", "Docker Hub: password instead of an access token"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "I type my Docker Hub password correctly, but docker login says it is wrong."),
     PracticeDifficulty::Basic,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "The trainee signs in to Docker Hub with the account password, but two-factor authentication is on. "
                       "Docker Hub's token service refuses it with 401 'please use personal access token to login'."),
     {CauseId::CredentialsInvalid}},
    {"ghcr-no-read-packages", QT_TRANSLATE_NOOP("rd::PracticeScenario", "GitHub: a token without read:packages"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "I can sign in to ghcr.io, but pulling our image contoso/hello is denied."),
     PracticeDifficulty::Intermediate,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "The trainee signs in to ghcr.io with a classic personal access token that lacks the read:packages "
                       "scope. The sign-in itself works, but the token for the private package contoso/hello is refused "
                       "with 403 'denied'."),
     {CauseId::CredentialsNotAuthorized}},
    {"gar-configure-docker-other-region", QT_TRANSLATE_NOOP("rd::PracticeScenario", "Google Artifact Registry: images moved to a new region"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "Pulling from europe-west1-docker.pkg.dev says 'Unauthenticated request', although I am signed in to gcloud and pulls from us-docker.pkg.dev work."),
     PracticeDifficulty::Intermediate,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "The trainee's Docker config was written by gcloud auth configure-docker: it hands gcloud's sign-in "
                       "(credHelpers) to the Container Registry hosts such as gcr.io and to us-docker.pkg.dev, and to no other host. For "
                       "europe-west1-docker.pkg.dev Docker has no login and sends none, and Artifact Registry refuses the "
                       "anonymous request with 403 'Unauthenticated request'. The fix is gcloud auth configure-docker "
                       "europe-west1-docker.pkg.dev."),
     {CauseId::LoginHostMismatch}},
    {"repository-not-found", QT_TRANSLATE_NOOP("rd::PracticeScenario", "The image name is misspelled"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "docker pull contoso.azurecr.io/helo says 'not found', but I can sign in."),
     PracticeDifficulty::Basic,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "The sign-in works, but the trainee pulls 'helo' instead of 'hello'. The registry answers "
                       "'name unknown' (404): the repository does not exist, which is not the same as being refused."),
     {CauseId::RepositoryNotFound}},
    {"data-endpoint-blocked", QT_TRANSLATE_NOOP("rd::PracticeScenario", "Layers blocked at the data endpoint"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "Signing in works, but pulling hello from contoso.azurecr.io stops at the first layer."),
     PracticeDifficulty::Advanced,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "Signing in and reading the manifest work, but the registry sends layer downloads to its data "
                       "endpoint contoso.eastus.data.azurecr.io, which this network's firewall does not allow."),
     {CauseId::DataEndpointBlocked}},
    {"plain-http-registry", QT_TRANSLATE_NOOP("rd::PracticeScenario", "A registry without HTTPS"),
     QT_TRANSLATE_NOOP("rd::PracticeScenario", "Our test registry registry.example.test refuses docker login with an HTTP error."),
     PracticeDifficulty::Advanced,
     QT_TRANSLATE_NOOP("rd::PracticeScenario",
                       "registry.example.test was set up without a certificate and speaks plain HTTP. Clients try "
                       "HTTPS first and stop with 'server gave HTTP response to HTTPS client'."),
     {CauseId::PlainHttpRegistry}},
};

} // namespace

QString practiceDifficultyTitle(PracticeDifficulty difficulty)
{
    switch (difficulty) {
    case PracticeDifficulty::Basic:
        //: A group of practice scenarios.
        return QCoreApplication::translate("rd::PracticeScenario", "First steps");
    case PracticeDifficulty::Intermediate:
        //: A group of practice scenarios.
        return QCoreApplication::translate("rd::PracticeScenario", "Everyday cases");
    case PracticeDifficulty::Advanced:
        //: A group of practice scenarios.
        return QCoreApplication::translate("rd::PracticeScenario", "Hard cases");
    }
    return {};
}

QVector<PracticeScenario> practiceScenarios()
{
    QVector<PracticeScenario> out;
    for (const ScenarioText &s : kScenarios) {
        PracticeScenario p;
        p.id = QLatin1String(s.id);
        p.title = QCoreApplication::translate("rd::PracticeScenario", s.title);
        p.complaint = QCoreApplication::translate("rd::PracticeScenario", s.complaint);
        p.difficulty = s.difficulty;
        p.description = QCoreApplication::translate("rd::PracticeScenario", s.description);
        p.expectedCauses = idNames(QVector<CauseId>(s.causes));
        out.append(p);
    }
    return out;
}

bool isPracticeScenario(const QString &id)
{
    for (const ScenarioText &s : kScenarios) {
        if (id == QLatin1String(s.id))
            return true;
    }
    return false;
}

} // namespace rd
