#pragma once
// What probes learn that later probes and the rules need, beyond the reported evidence. Written
// only on the runner's thread, when a probe finishes. Secrets live here (in Secret), never in evidence.
#include "docker/buildx_builder.h"
#include "docker/docker_config.h"
#include "docker/docker_info.h"
#include "docker/tool_versions.h"
#include <QVersionNumber>
#include "registry/challenge.h"
#include "registry/error_body.h"
#include "registry/google_token_info.h"
#include "registry/jwt.h"
#include "registry/rate_limit.h"
#include "registry/registry_kind.h"
#include "secret.h"
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QStringList>
#include <QVector>
#include <optional>

namespace rd {

struct CredentialFacts
{
    enum class Source { None, Given, DockerFile, CredHelper, CredsStore };
    Source source = Source::None;
    QString helper;           // helper suffix when from a helper/store
    QString username;         // may be the null GUID, or "<token>" mapped to the null GUID
    Secret secret;            // password or identity (refresh) token
    bool isIdentityToken = false;
};
QString credentialSourceName(CredentialFacts::Source s);

// The user name that tells a registry the password is an identity (refresh) token, as after
// `az acr login`; Docker's credential helpers store it as "<token>".
const QString &nullGuidUser(); // "none", "given", "docker-file", "cred-helper", "creds-store"

struct HttpAnswer
{
    bool answered = false;    // an HTTP status line arrived
    int status = 0;
    QString networkError;     // Qt's error string when no answer or transport failure (also when the
                              // status arrived and the rest of the answer did not: answered stays true)
    int networkErrorCode = 0; // QNetworkReply::NetworkError
    QByteArray wwwAuthenticate;
    bool headersUnreadable = false; // a status came but no header at all: Qt dropped a head it could not read (too large)
    QDateTime serverDate;     // from the Date header
    QString retryAfter;       // whole seconds to wait (from delta-seconds or an HTTP date), empty when absent or unusable
    QString redirectTo;       // a 3xx answer's Location, absolute, without user info or query (never followed)
    QString contentType;
    std::optional<RateLimit> rateLimit; // Docker Hub's ratelimit-limit / ratelimit-remaining headers
    Secret location;          // the Location header whole, resolved (query included: it may carry a signature)
    QString digest;           // Docker-Content-Digest
    ErrorBody body;
    bool bodyTruncated = false;
    Secret rawBody;           // the body as received: token answers carry tokens, so it is a Secret
};

// Parses an HTTP Date header ("Sun, 06 Nov 1994 08:49:37 GMT"); invalid QDateTime when unreadable.
QDateTime parseHttpDate(const QByteArray &value);

// Why the sign-in failed, as the credentials probe saw it; the rules read this, and the report
// shows its name (loginFailureName) as the probe's "reason" evidence.
enum class LoginFailure {
    None,                   // signed in, or not tried
    NoCredentials,          // nothing given and nothing saved
    NoAnswer,               // the token service or the registry did not answer
    NoToken,                // a 200 without a token, or an answer cut short
    InsecureRealm,          // the token service is not an https address
    TokenRefused,           // the registry refused the token its own service gave
    UsernameNotRecognized,  // "Application not registered with AAD"
    Expired,                // the saved identity token has expired
    Rejected,               // 401: wrong user name or password
    Status,                 // any other status (see Facts::login)
};
QString loginFailureName(LoginFailure f); // "no-answer", "rejected", ...; empty for None and NoCredentials

struct Facts
{
    // Docker
    bool dockerInstalled = false;
    QString dockerPath;
    DockerVersionInfo docker;
    DockerEngineInfo engine;          // `docker info`, read only when the daemon answered
    bool engineRead = false;
    DockerEndpoint engineEndpoint;    // where the client sends its commands (DOCKER_HOST, the context's endpoint)
    BuildxBuilder buildx;             // the builder `docker buildx build` uses, read with the engine's view
    DockerConfig dockerConfig;
    bool dockerConfigRead = false;
    // Stores the client asks when the one in dockerConfig has no login (Helm: Docker's config after
    // its own), each reduced to what applies to this registry.
    QVector<DockerConfig> credentialFallbacks;
    QString helperProblem;            // helper missing / failing, untranslated detail
    QString helperProgram;            // "docker-credential-desktop"
    // How the store is broken, where the check could tell more than "it fails".
    enum class StoreBreakage { Other, PassNotInitialised, PassKeyMissing, NoDesktopSession };
    StoreBreakage storeBreakage = StoreBreakage::Other;
    QString passStoreDir;             // pass's folder, for those cases
    QStringList passKeyIds;           // the keys its .gpg-id names
    bool helperFailed = false;
    CredentialFacts stored;           // what Docker has stored for this registry

    // Azure CLI
    bool azInstalled = false;
    bool azSignedIn = false;
    bool azSignInKnown = false;
    bool azAnswerUnknown = false;         // az hung, crashed or could not start: nothing is known
    QVersionNumber azVersion;             // from az's version file (versionCheck.json); null when unknown
    QString acrRoleAssignmentMode;        // `az acr show`: "AbacRepositoryPermissions" or "LegacyRegistryPermissions"; empty when not read
    QString azBlockedBy;                  // the Microsoft Entra error (AADSTS50076, 50079, 53003) that kept az from a token: MFA or Conditional Access
    QString azCloud;                      // the signed-in account's cloud ("AzureCloud", "AzureChinaCloud", ...), when known

    // Network
    std::optional<QNetworkProxy> proxy;   // the proxy the check uses for the registry (none = direct)
    QString proxySource;                  // "HTTPS_PROXY", "system", ...
    QList<QHostAddress> addresses;
    QStringList cnameChain;
    bool dnsFailed = false;
    bool dnsNotFound = false;             // the name does not exist (NXDOMAIN)
    bool dnsPrivateLink = false;          // a privatelink alias in the chain
    bool dnsPrivateAddress = false;       // a private (RFC 1918, CGNAT, ULA) address among the answers
    bool tcpConnected = false;
    bool ipv6Unreachable = false;         // the name has IPv6 and IPv4 addresses; IPv6 failed, IPv4 connected
    QString ipv6Address, ipv4Address;     // the addresses tried when ipv6Unreachable
    bool tlsOk = false;                   // the chosen client accepts the connection
    bool tlsHandshakeFailed = false;      // no secure session at all (alert, closed, no answer in time)
    bool tlsUntrustedIssuer = false;
    bool tlsHostNameMismatch = false;
    bool tlsDateProblem = false;          // expired or not yet valid
    bool tlsAnsweredByHttp = false;       // the port answered a plain HTTP request: the registry has no TLS
    QList<QSslCertificate> clientAuthorities; // CAs the chosen client adds for this registry (certs.d)
    bool clientSkipsVerification = false; // Docker's default insecure registries (127.0.0.0/8)
    QList<QSslCertificate> peerChain;

    // Registry
    HttpAnswer ping;                      // GET /v2/ without credentials
    QVector<AuthChallenge> challenges;
    std::optional<RegistryKind> answeredKind; // the kind the registry's challenge shows (registryKindFromChallenges)

    // Credentials
    CredentialFacts used;                 // what the credentials probe sent
    LoginFailure loginFailure = LoginFailure::None;
    HttpAnswer login;                     // the token endpoint's (or the Basic /v2/) answer
    Secret accessToken;
    Secret refreshToken;
    std::optional<JwtInfo> accessJwt;
    std::optional<JwtInfo> identityJwt;   // the stored/given identity token, decoded
    GoogleTokenInfo googleToken;          // Google's tokeninfo about an oauth2accesstoken password

    // Pulling and pushing for real (only when a repository is given)
    HttpAnswer manifest;                  // HEAD of the image's manifest, as the client sends it
    QStringList nearbyRepositories;       // existing repositories named like the missing one (a readable catalog)
    QStringList nearbyTags;               // the repository exists: tags it has, those named like the missing one first
    QString dataHost;                     // where a layer download is redirected ("contoso.eastus.data.azurecr.io")
    bool dataBlocked = false;             // that host could not be resolved or connected to
    bool dataNameNotFound = false;        // ... because its name does not resolve
    HttpAnswer upload;                    // starting a blob upload (then cancelled)
};

} // namespace rd
