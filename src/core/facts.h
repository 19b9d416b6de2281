#pragma once
// What probes learn that later probes and the rules need, beyond the reported evidence. Written
// only on the runner's thread, when a probe finishes. Secrets live here (in Secret), never in evidence.
#include "docker/docker_config.h"
#include "docker/tool_versions.h"
#include "registry/challenge.h"
#include "registry/error_body.h"
#include "registry/jwt.h"
#include "secret.h"
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QStringList>
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
    QDateTime serverDate;     // from the Date header
    QString retryAfter;       // whole seconds to wait (from delta-seconds or an HTTP date), empty when absent or unusable
    QString redirectTo;       // a 3xx answer's Location, absolute, without user info or query (never followed)
    QString contentType;
    ErrorBody body;
    bool bodyTruncated = false;
    Secret rawBody;           // the body as received: token answers carry tokens, so it is a Secret
};

// Parses an HTTP Date header ("Sun, 06 Nov 1994 08:49:37 GMT"); invalid QDateTime when unreadable.
QDateTime parseHttpDate(const QByteArray &value);

struct Facts
{
    // Docker
    bool dockerInstalled = false;
    QString dockerPath;
    DockerVersionInfo docker;
    DockerConfig dockerConfig;
    bool dockerConfigRead = false;
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

    // Network
    std::optional<QNetworkProxy> proxy;   // the proxy the check uses for the registry (none = direct)
    QString proxySource;                  // "HTTPS_PROXY", "system", ...
    QList<QHostAddress> addresses;
    QStringList cnameChain;
    bool dnsFailed = false;
    bool tcpConnected = false;
    bool tlsOk = false;                   // the chosen client accepts the connection
    QList<QSslCertificate> clientAuthorities; // CAs the chosen client adds for this registry (certs.d)
    bool clientSkipsVerification = false; // Docker's default insecure registries (127.0.0.0/8)
    QList<QSslCertificate> peerChain;

    // Registry
    HttpAnswer ping;                      // GET /v2/ without credentials
    QVector<AuthChallenge> challenges;

    // Credentials
    CredentialFacts used;                 // what the credentials probe sent
    HttpAnswer login;                     // the token endpoint's (or the Basic /v2/) answer
    Secret accessToken;
    Secret refreshToken;
    std::optional<JwtInfo> accessJwt;
    std::optional<JwtInfo> identityJwt;   // the stored/given identity token, decoded
};

} // namespace rd
