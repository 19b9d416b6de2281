#include "practice_registry.h"
#include "certificate_factory.h"
#include "practice_dns_server.h"
#include "practice_http_server.h"
#include "practice_token_service.h"
#include "refusing_port.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>

#include <optional>

namespace rd {

namespace {

const QString kNullGuid = QStringLiteral("00000000-0000-0000-0000-000000000000");
const QString kAdminUser = QStringLiteral("contoso");
const QString kPullOnlyUser = QStringLiteral("contoso-pull");
const QString kAadUser = QStringLiteral("alex@contoso.com");
const QString kBasicUser = QStringLiteral("trainee");
// Amazon ECR: the user name is always AWS; its Basic challenge names the registry and the service
// "ecr.amazonaws.com" (as quoted in mayflower/docker-ls#28), and a token past its 12 hours gets 403
// DENIED "Your authorization token has expired. Reauthenticate and try again." (aws/aws-cli#6580).
const QString kEcrUser = QStringLiteral("AWS");
const QString kEcrLoginServer = QStringLiteral("123456789012.dkr.ecr.eu-west-1.amazonaws.com");
const QByteArray kEcrExpiredMessage = "Your authorization token has expired. Reauthenticate and try again.";
// A token from `aws ecr get-login-password --region eu-west-1` used on a registry in another region:
// ECR answers the sign-in with 400 Bad Request, which Docker prints as "login attempt to https://...
// /v2/ failed with status: 400 Bad Request" (aws/aws-cli#5317, reproduced there by an AWS engineer
// with a region mismatch; aws/eks-anywhere#3919). Docker prints no message, so none is sent.
const QString kEcrOtherRegionServer = QStringLiteral("123456789012.dkr.ecr.us-east-1.amazonaws.com");
// Docker Hub: the registry is registry-1.docker.io, its token service auth.docker.io/token for the
// service "registry.docker.io" (the realm every Docker Hub challenge names). The token service
// answers a refused sign-in with 401 and {"details": ...}, which Docker prints after "unauthorized:"
// ("please use personal access token to login" when two-factor authentication is on:
// docker/hub-feedback#1981). A pull over the limit gets 429 TOOMANYREQUESTS; a HEAD of a manifest is
// not counted as a pull and shows what is left in ratelimit-limit / ratelimit-remaining ("100;w=21600",
// Docker's "Docker Hub pull usage and limits"), with docker-ratelimit-source naming the counted IP.
const QString kHubLoginServer = QStringLiteral("registry-1.docker.io");
const QString kHubTokenHost = QStringLiteral("auth.docker.io");
const QByteArray kHubPatMessage = "please use personal access token to login";
const QByteArray kHubRateLimitMessage =
    "You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: "
    "https://www.docker.com/increase-rate-limit";
// GitHub Container Registry: realm https://ghcr.io/token, service "ghcr.io"; images are OWNER/NAME. A
// classic token without read:packages signs in (no scope asked), but its token request for a package
// is refused with 403 (skopeo: "Requesting bearer token: received unexpected HTTP status: 403
// Forbidden", mccutchen/go-httpbin#223), which Docker prints as "denied: denied".
const QString kGhcrLoginServer = QStringLiteral("ghcr.io");
const QString kGhcrRepository = QStringLiteral("contoso/hello");
// Google Artifact Registry: LOCATION-docker.pkg.dev, images PROJECT/REPOSITORY/IMAGE, the token service
// at /v2/token on the registry's own host. As the live service answers (GoogleCloudPlatform/aactl#233,
// argoproj/argo-cd#26260 and the curl transcripts quoted there): /v2/ without a credential gets 401 with
// only the realm in its challenge and "not authenticated: No credential was supplied."; a repository's
// path gets the realm, service and scope and "...No valid credential was supplied."; a token asked for
// a repository without any credential is refused with 403 DENIED "Unauthenticated request.
// Unauthenticated requests do not have permission ..." naming the IAM permission and the repository.
// The user name of a gcloud access token is oauth2accesstoken.
const QString kGarLoginServer = QStringLiteral("europe-west1-docker.pkg.dev");
const QString kGarRepository = QStringLiteral("contoso/containers/hello");
const QString kGarUser = QStringLiteral("oauth2accesstoken");
// What `gcloud auth configure-docker` (its default list of Container Registry hosts) and then
// `gcloud auth configure-docker us-docker.pkg.dev` leave in Docker's config: gcloud's helper for
// those hosts, and for no other.
const QByteArray kGarDockerConfig = R"({
  "credHelpers": {
    "gcr.io": "gcloud",
    "us.gcr.io": "gcloud",
    "eu.gcr.io": "gcloud",
    "asia.gcr.io": "gcloud",
    "staging-k8s.gcr.io": "gcloud",
    "marketplace.gcr.io": "gcloud",
    "us-docker.pkg.dev": "gcloud"
  }
}
)";
const QByteArray kUnauthorizedMessage =
    "authentication required, visit https://aka.ms/acr/authorization for more information.";
const QByteArray kNotRegisteredMessage = "Application not registered with AAD.";
// The one layer of the image 'hello' (its content is not an archive: nothing unpacks it), and the
// registry's dedicated data endpoint its downloads are redirected to, as ACR's are.
const QByteArray kLayer = "Registry Doctor practice layer\n";
const QString kDataHost = QStringLiteral("contoso.eastus.data.azurecr.io");
const QString kBlobPrefix = QStringLiteral("/practice-blobs/");

// The address each scenario's registry answers at.
QString scenarioLoginServer(const QString &id)
{
    if (id == QLatin1String("ecr-wrong-region"))
        return kEcrOtherRegionServer;
    if (id.startsWith(QLatin1String("ecr-")))
        return kEcrLoginServer;
    if (id.startsWith(QLatin1String("dockerhub-")))
        return kHubLoginServer;
    if (id.startsWith(QLatin1String("ghcr-")))
        return kGhcrLoginServer;
    if (id.startsWith(QLatin1String("gar-")))
        return kGarLoginServer;
    if (id == QLatin1String("basic-auth") || id == QLatin1String("plain-http-registry"))
        return QStringLiteral("registry.example.test");
    return QStringLiteral("contoso.azurecr.io");
}

QByteArray sha256Digest(const QByteArray &data)
{
    return "sha256:" + QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

struct Identity
{
    QByteArray password;                   // empty: only through a refresh token
    QHash<QString, QStringList> repositories; // repository name or "*" -> allowed actions
    QStringList catalog;                   // actions on registry:catalog
};

struct Scope
{
    QString type, name;
    QStringList actions;
};

enum class AuthOutcome { Ok, WrongPassword, UnknownUser, TokenExpired, TokenInvalid };

QByteArray randomPassword()
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    QByteArray out;
    auto *rng = QRandomGenerator::system();
    for (int i = 0; i < 32; ++i)
        out.append(alphabet[rng->bounded(int(sizeof alphabet - 1))]);
    return out;
}

// A password shaped as `aws ecr get-login-password` prints one: base64 of a JSON object whose
// expiration (seconds since 1970) is twelve hours after the token was made. The payload and data
// key are random here (in a real token they are encrypted data only AWS reads).
QByteArray ecrShapedToken(const QDateTime &expiresAt)
{
    QJsonObject o{{QStringLiteral("payload"), QString::fromLatin1(randomPassword() + randomPassword())},
                  {QStringLiteral("datakey"), QString::fromLatin1(randomPassword())},
                  {QStringLiteral("version"), QStringLiteral("2")},
                  {QStringLiteral("type"), QStringLiteral("DATA_KEY")},
                  {QStringLiteral("expiration"), double(expiresAt.toSecsSinceEpoch())}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64();
}

QByteArray jsonString(const QByteArray &utf8)
{
    const QByteArray array = QJsonDocument(QJsonArray{QString::fromUtf8(utf8)}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // drop [ ]
}

// Written by hand to keep ACR's key order: code, message, detail.
QByteArray errorBody(const QByteArray &code, const QByteArray &message, bool withDetail = true)
{
    return "{\"errors\":[{\"code\":" + jsonString(code) + ",\"message\":" + jsonString(message)
           + (withDetail ? ",\"detail\":null}]}" : "}]}");
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Scope> parseScope(const QString &text)
{
    const int first = text.indexOf(QLatin1Char(':'));
    const int last = text.lastIndexOf(QLatin1Char(':'));
    if (first <= 0 || last <= first)
        return std::nullopt;
    Scope s;
    s.type = text.left(first);
    s.name = text.mid(first + 1, last - first - 1);
    s.actions = text.mid(last + 1).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (s.name.isEmpty())
        return std::nullopt;
    return s;
}

QStringList intersect(const QStringList &asked, const QStringList &allowed)
{
    QStringList out;
    for (const QString &a : asked) {
        if (a == QLatin1String("*")) {
            if (allowed.contains(QLatin1String("*")))
                return {QStringLiteral("*")};
            for (const QString &b : allowed) {
                if (!out.contains(b))
                    out << b;
            }
        } else if ((allowed.contains(a) || allowed.contains(QLatin1String("*"))) && !out.contains(a)) {
            out << a;
        }
    }
    return out;
}

QByteArray httpDate(const QDateTime &t)
{
    return QLocale::c().toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

const QByteArray kHtml404 =
    "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n<body><h1>Not Found</h1>\n"
    "<p>The requested URL was not found on this server.</p>\n<hr><address>Contoso intranet web server</address>\n"
    "</body></html>\n";

} // namespace

struct PracticeRegistry::Private
{
    PracticeRegistry *q = nullptr;
    QString scenario;
    QString loginServer;
    QString tokenHost;      // where the realm is: the login server, or auth.docker.io for Docker Hub
    QString tokenPath;      // "/oauth2/token" (ACR) or "/token" (Docker Hub, GHCR)
    QString serviceName;    // the challenge's service
    QString imageRepository = QStringLiteral("hello"); // the practice image, as the API names it
    bool basicMode = false;
    bool gar = false;       // answers as Google Artifact Registry
    bool running = false;
    GeneratedCertificate ca;
    GeneratedCertificate proxyCa;
    GeneratedCertificate leaf;
    QPointer<PracticeHttpServer> http;
    QPointer<PracticeDnsServer> dns;
    std::optional<RefusingPort> refusing; // where a blocked connection goes
    quint16 closedPort() const { return refusing ? refusing->port() : 0; }
    PracticeTokenService tokens;
    QByteArray adminPassword;
    QByteArray pullOnlyPassword;
    QByteArray expiredRefreshToken;
    QHash<QString, Identity> identities; // lower-case user name
    QHash<QString, int> counts;
    // The trainee's home folder with the Docker config the scenario gives them (else none).
    std::unique_ptr<QTemporaryDir> home;
    qint64 clockOffsetSeconds = 0;
    int delayMs = 0;
    int addedLatencyMs = 0;

    QDateTime serverNow() const { return QDateTime::currentDateTimeUtc().addSecs(clockOffsetSeconds); }
    QByteArray realm() const { return "https://" + tokenHost.toLatin1() + tokenPath.toLatin1(); }
    QByteArray bearerChallenge(const QString &scope = QString(), const QByteArray &error = QByteArray()) const
    {
        QByteArray c = "Bearer realm=\"" + realm() + "\",service=\"" + serviceName.toLatin1() + '"';
        if (!scope.isEmpty())
            c += ",scope=\"" + scope.toLatin1() + '"';
        if (!error.isEmpty())
            c += ",error=\"" + error + '"';
        return c;
    }

    bool setUp(const QString &id, QString *error);
    bool writeHome(QString *error);
    QVector<DnsRecord> dnsTable() const;
    PracticeHttpResponse handle(const PracticeHttpRequest &request);
    PracticeHttpResponse handleRegistry(const PracticeHttpRequest &request);
    PracticeHttpResponse handleBasicRegistry(const PracticeHttpRequest &request);
    // GET/HEAD of the image 'hello' (its manifest by "latest" or digest, its config and layer), once
    // the caller is allowed to pull.
    PracticeHttpResponse serveImage(bool manifest, const QString &reference) const;
    PracticeHttpResponse handleToken(const PracticeHttpRequest &request);
    // Artifact Registry's refusal of a token asked for `scopes` without a credential.
    PracticeHttpResponse garUnauthenticated(const QStringList &scopes) const;
    PracticeHttpResponse handleExchange(const PracticeHttpRequest &request);

    AuthOutcome authenticate(const QString &user, const QByteArray &password, QString *identity) const;
    AuthOutcome authenticateRefreshToken(const QByteArray &token, QString *identity) const;
    QJsonArray grant(const QString &identity, const QStringList &scopes) const;
    QStringList allowedActions(const QString &identity, const QString &repository) const;
    // Who is calling and what they may do on `repository`; false with a ready 401 when refused.
    bool authorize(const PracticeHttpRequest &request, const QString &repository, const QString &action,
                   PracticeHttpResponse *refusal) const;

    PracticeHttpResponse jsonResponse(int status, const QByteArray &body) const
    {
        PracticeHttpResponse r;
        r.status = status;
        r.setHeader("Content-Type", "application/json; charset=utf-8");
        r.body = body;
        return r;
    }
    PracticeHttpResponse unauthorized(const QByteArray &challenge, const QByteArray &message = kUnauthorizedMessage) const
    {
        PracticeHttpResponse r = jsonResponse(401, errorBody("UNAUTHORIZED", message));
        if (!challenge.isEmpty())
            r.setHeader("WWW-Authenticate", challenge);
        return r;
    }
};

bool PracticeRegistry::Private::setUp(const QString &id, QString *error)
{
    scenario = id;
    const bool ecr = id.startsWith(QLatin1String("ecr-"));
    const bool hub = id.startsWith(QLatin1String("dockerhub-"));
    const bool ghcr = id.startsWith(QLatin1String("ghcr-"));
    gar = id.startsWith(QLatin1String("gar-"));
    basicMode = id == QLatin1String("basic-auth") || id == QLatin1String("plain-http-registry") || ecr;
    loginServer = scenarioLoginServer(id);
    tokenHost = hub ? kHubTokenHost : loginServer;
    tokenPath = hub || ghcr ? QStringLiteral("/token") : gar ? QStringLiteral("/v2/token") : QStringLiteral("/oauth2/token");
    serviceName = hub ? QStringLiteral("registry.docker.io") : loginServer;
    imageRepository = hub ? QStringLiteral("library/hello") : ghcr ? kGhcrRepository : gar ? kGarRepository : QStringLiteral("hello");
    clockOffsetSeconds = id == QLatin1String("clock-skew") ? -2 * 3600 : 0;
    delayMs = id == QLatin1String("slow-server") ? 1500 : 0;
    counts.clear();
    tokens = PracticeTokenService();
    tokens.setAudience(serviceName);

    // ECR: a token made 26 hours ago (expired 14 hours ago) in the expired scenario, else an hour ago.
    adminPassword = ecr ? ecrShapedToken(serverNow().addSecs(id == QLatin1String("ecr-expired-token") ? -14 * 3600 : 11 * 3600))
                        : randomPassword();
    pullOnlyPassword = randomPassword();
    identities.clear();
    if (basicMode) {
        Identity trainee;
        trainee.password = adminPassword;
        trainee.repositories.insert(QStringLiteral("*"), {QStringLiteral("pull"), QStringLiteral("push")});
        identities.insert(ecr ? kEcrUser.toLower() : kBasicUser, trainee);
    } else {
        Identity admin;
        admin.password = adminPassword;
        admin.repositories.insert(QStringLiteral("*"), {QStringLiteral("pull"), QStringLiteral("push"), QStringLiteral("delete")});
        admin.catalog = {QStringLiteral("*")};
        identities.insert(gar ? kGarUser : kAdminUser, admin); // for Artifact Registry, a gcloud access token
        Identity pullOnly;
        pullOnly.password = pullOnlyPassword;
        pullOnly.repositories.insert(imageRepository, {QStringLiteral("pull")});
        identities.insert(kPullOnlyUser, pullOnly);
        Identity aad; // reachable through `az acr login` refresh tokens only
        aad.repositories.insert(QStringLiteral("*"), {QStringLiteral("pull"), QStringLiteral("push")});
        identities.insert(kAadUser, aad);
    }
    // As printed by `az acr login --expose-token` five hours ago: it lived three hours.
    expiredRefreshToken = tokens.makeRefreshToken(kAadUser, serverNow().addSecs(-5 * 3600),
                                                  PracticeTokenService::kRefreshTokenLifetime);

    // Certificates: the practice CA always; the leaf from the proxy CA when TLS is "inspected".
    QString certError;
    CertificateRequest caRequest;
    caRequest.commonName = QStringLiteral("Registry Doctor Practice CA");
    caRequest.organization = QStringLiteral("Registry Doctor");
    caRequest.notAfter = QDateTime::currentDateTimeUtc().addDays(1);
    ca = CertificateFactory::createCertificateAuthority(caRequest, &certError);
    if (ca.isNull()) {
        if (error)
            *error = certError;
        return false;
    }
    GeneratedCertificate issuer = ca;
    proxyCa = GeneratedCertificate();
    if (id == QLatin1String("untrusted-certificate")) {
        CertificateRequest proxyRequest;
        proxyRequest.commonName = QStringLiteral("Contoso Web Filter TLS Inspection CA");
        proxyRequest.organization = QStringLiteral("Contoso Ltd");
        proxyCa = CertificateFactory::createCertificateAuthority(proxyRequest, &certError);
        if (proxyCa.isNull()) {
            if (error)
                *error = certError;
            return false;
        }
        issuer = proxyCa;
    }
    CertificateRequest leafRequest;
    leafRequest.commonName = loginServer;
    leafRequest.dnsNames = {loginServer, kDataHost};
    if (tokenHost != loginServer)
        leafRequest.dnsNames << tokenHost;
    leafRequest.ipAddresses = {QHostAddress(QHostAddress::LocalHost)};
    leaf = CertificateFactory::createServerCertificate(leafRequest, issuer, &certError);
    if (leaf.isNull()) {
        if (error)
            *error = certError;
        return false;
    }
    return true;
}

bool PracticeRegistry::Private::writeHome(QString *error)
{
    home.reset();
    if (practiceSignIn(scenario) != SignInMethod::DockerStored)
        return true;
    auto folder = std::make_unique<QTemporaryDir>();
    QFile config(folder->filePath(QStringLiteral(".docker/config.json")));
    const bool written = folder->isValid() && QDir(folder->path()).mkpath(QStringLiteral(".docker"))
                         && config.open(QIODevice::WriteOnly) && config.write(kGarDockerConfig) == kGarDockerConfig.size();
    config.close();
    if (!written) {
        if (error)
            *error = PracticeRegistry::tr("The practice registry could not write the trainee's Docker configuration: %1")
                         .arg(folder->isValid() ? config.errorString() : folder->errorString());
        return false;
    }
    home = std::move(folder);
    return true;
}

QVector<DnsRecord> PracticeRegistry::Private::dnsTable() const
{
    // The practice registry stands for a registry on the internet, so its name resolves to a public
    // address, as a real one would (one from the documentation range, RFC 5737). Nothing ever
    // connects to it: the check's connections go to the practice server through `connectTo`. A
    // loopback answer would make Docker's rules for local registries apply (no certificate checks).
    const QHostAddress publicAddress(QStringLiteral("203.0.113.10"));
    if (scenario == QLatin1String("registry-not-found"))
        return {};
    if (scenario == QLatin1String("private-endpoint")) {
        return {DnsRecord::cname(loginServer, QStringLiteral("contoso.privatelink.azurecr.io"), 300),
                DnsRecord::a(QStringLiteral("contoso.privatelink.azurecr.io"), QHostAddress(QStringLiteral("10.0.0.5")), 10)};
    }
    if (tokenHost != loginServer)
        return {DnsRecord::a(loginServer, publicAddress, 60), DnsRecord::a(tokenHost, QHostAddress(QStringLiteral("203.0.113.11")), 60)};
    return {DnsRecord::a(loginServer, publicAddress, 60)};
}

PracticeHttpResponse PracticeRegistry::Private::handle(const PracticeHttpRequest &request)
{
    counts[request.path] += 1;
    PracticeHttpResponse r;
    const bool registryPath = request.path == QLatin1String("/v2") || request.path.startsWith(QLatin1String("/v2/"));
    if (scenario == QLatin1String("firewall")) {
        r = jsonResponse(403, errorBody("DENIED",
                                        "client with IP '203.0.113.7' is not allowed access. Refer "
                                        "https://aka.ms/acr/firewall to grant access.",
                                        false));
    } else if (scenario == QLatin1String("throttled")) {
        r = jsonResponse(429, errorBody("TOOMANYREQUESTS", "too many requests"));
        r.setHeader("Retry-After", "30");
    } else if (scenario == QLatin1String("server-error")) {
        r = jsonResponse(503, errorBody("UNAVAILABLE", "service unavailable"));
    } else if (scenario == QLatin1String("not-a-registry")) {
        r.status = request.path == QLatin1String("/") ? 200 : 404;
        r.setHeader("Content-Type", "text/html; charset=utf-8");
        r.setHeader("Server", "Contoso-Intranet/2.4");
        r.body = r.status == 200 ? QByteArray("<!DOCTYPE html>\n<html><head><title>Contoso intranet</title></head>"
                                              "<body><h1>Welcome</h1></body></html>\n")
                                 : kHtml404;
        r.delayMs = delayMs + addedLatencyMs;
        return r; // an ordinary web server: no registry headers
    } else if (request.path.startsWith(kBlobPrefix) && request.method == "GET") {
        // The data endpoint: the signature in the address is what lets the download through.
        const bool signedAddress = request.query.queryItemValue(QStringLiteral("sig")) == QLatin1String("practice");
        r.status = !signedAddress ? 403 : request.path.mid(kBlobPrefix.size()) == QString::fromLatin1(sha256Digest(kLayer)) ? 200 : 404;
        r.setHeader("Content-Type", "application/octet-stream");
        if (r.status == 200)
            r.body = kLayer;
    } else if (basicMode) {
        r = handleBasicRegistry(request);
    } else if (request.path == tokenPath) {
        r = handleToken(request);
    } else if (request.path == QLatin1String("/oauth2/exchange")) {
        r = handleExchange(request);
    } else if (registryPath) {
        r = handleRegistry(request);
    } else {
        r.status = 404;
        r.setHeader("Content-Type", "text/plain; charset=utf-8");
        r.body = "404 page not found\n";
    }
    r.setHeader("Date", httpDate(serverNow()));
    if (registryPath)
        r.setHeader("Docker-Distribution-Api-Version", "registry/2.0");
    r.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    r.setHeader("X-Content-Type-Options", "nosniff");
    r.delayMs = delayMs + addedLatencyMs;
    return r;
}

AuthOutcome PracticeRegistry::Private::authenticateRefreshToken(const QByteArray &token, QString *identity) const
{
    const PracticeTokenCheck check = tokens.verify(token, serverNow());
    if (check.expired)
        return AuthOutcome::TokenExpired;
    if (!check.valid || check.claims.value(QStringLiteral("grant_type")).toString() != QLatin1String("refresh_token"))
        return AuthOutcome::TokenInvalid;
    const QString subject = check.claims.value(QStringLiteral("sub")).toString().toLower();
    if (!identities.contains(subject))
        return AuthOutcome::TokenInvalid;
    *identity = subject;
    return AuthOutcome::Ok;
}

AuthOutcome PracticeRegistry::Private::authenticate(const QString &user, const QByteArray &password, QString *identity) const
{
    if (user == kNullGuid)
        return authenticateRefreshToken(password, identity);
    const QString key = user.toLower();
    const auto it = identities.constFind(key);
    if (it == identities.constEnd() || it->password.isEmpty())
        return AuthOutcome::UnknownUser;
    if (!constantTimeEquals(it->password, password))
        return AuthOutcome::WrongPassword;
    *identity = key;
    return AuthOutcome::Ok;
}

QStringList PracticeRegistry::Private::allowedActions(const QString &identity, const QString &repository) const
{
    const auto it = identities.constFind(identity);
    if (it == identities.constEnd())
        return {};
    if (it->repositories.contains(repository))
        return it->repositories.value(repository);
    return it->repositories.value(QStringLiteral("*"));
}

QJsonArray PracticeRegistry::Private::grant(const QString &identity, const QStringList &scopes) const
{
    QJsonArray access;
    for (const QString &text : scopes) {
        // A scope parameter may hold several scopes separated by spaces.
        for (const QString &one : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const std::optional<Scope> s = parseScope(one);
            if (!s)
                continue;
            QStringList allowed;
            if (s->type == QLatin1String("repository"))
                allowed = allowedActions(identity, s->name);
            else if (s->type == QLatin1String("registry") && s->name == QLatin1String("catalog"))
                allowed = identities.value(identity).catalog;
            access.append(QJsonObject{{QStringLiteral("type"), s->type},
                                      {QStringLiteral("name"), s->name},
                                      {QStringLiteral("actions"), QJsonArray::fromStringList(intersect(s->actions, allowed))}});
        }
    }
    return access;
}

PracticeHttpResponse PracticeRegistry::Private::handleToken(const PracticeHttpRequest &request)
{
    QUrlQuery params = request.query;
    const bool post = request.method == "POST";
    if (post)
        params = request.form();
    else if (request.method != "GET")
        return jsonResponse(405, errorBody("UNSUPPORTED", "The operation is unsupported."));

    const QString service = params.queryItemValue(QStringLiteral("service"), QUrl::FullyDecoded);
    // Artifact Registry's /v2/ challenge names no service: a client following it sends an empty one.
    if (service.compare(serviceName, Qt::CaseInsensitive) != 0 && !(gar && service.isEmpty()))
        return jsonResponse(400, errorBody("BAD_REQUEST", "service is not valid for this registry"));
    const QStringList scopes = params.allQueryItemValues(QStringLiteral("scope"), QUrl::FullyDecoded);

    QString identity;
    AuthOutcome outcome = AuthOutcome::UnknownUser;
    QString grantType = QStringLiteral("password");
    bool wantRefresh = false;
    if (post) {
        const QString grantTypeAsked = params.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
        if (grantTypeAsked == QLatin1String("refresh_token")) {
            outcome = authenticateRefreshToken(params.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded).toUtf8(),
                                               &identity);
            grantType = QStringLiteral("refresh_token");
        } else if (grantTypeAsked == QLatin1String("password")) {
            outcome = authenticate(params.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded),
                                   params.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded).toUtf8(), &identity);
            wantRefresh = params.queryItemValue(QStringLiteral("access_type")) == QLatin1String("offline");
        } else {
            return jsonResponse(400, errorBody("UNSUPPORTED", "grant_type is not supported"));
        }
    } else {
        const QByteArray authorization = request.header("Authorization");
        if (gar && authorization.isEmpty() && !scopes.isEmpty())
            return garUnauthenticated(scopes);
        if (!authorization.startsWith("Basic "))
            return unauthorized(QByteArray());
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const int colon = decoded.indexOf(':');
        if (colon < 0)
            return unauthorized(QByteArray());
        outcome = authenticate(QString::fromUtf8(decoded.left(colon)), decoded.mid(colon + 1), &identity);
        if (outcome == AuthOutcome::Ok && decoded.left(colon) == kNullGuid.toLatin1())
            grantType = QStringLiteral("refresh_token");
        wantRefresh = params.queryItemValue(QStringLiteral("offline_token")) == QLatin1String("true");
    }

    const bool hub = scenario.startsWith(QLatin1String("dockerhub-"));
    if (hub && (outcome != AuthOutcome::Ok || scenario == QLatin1String("dockerhub-pat-required"))) {
        // The account password of an account with two-factor authentication is refused like a wrong one.
        const QByteArray details = outcome == AuthOutcome::Ok ? kHubPatMessage : QByteArray("incorrect username or password");
        return jsonResponse(401, "{\"details\":" + jsonString(details) + '}');
    }
    if (scenario == QLatin1String("ghcr-no-read-packages") && outcome == AuthOutcome::Ok && !scopes.isEmpty())
        return jsonResponse(403, errorBody("DENIED", "denied", false));
    switch (outcome) {
    case AuthOutcome::Ok:
        break;
    case AuthOutcome::UnknownUser:
        return unauthorized(QByteArray(), kNotRegisteredMessage);
    case AuthOutcome::WrongPassword:
    case AuthOutcome::TokenExpired:
    case AuthOutcome::TokenInvalid:
        return unauthorized(QByteArray());
    }

    const QDateTime now = serverNow();
    const QString accessToken = QString::fromLatin1(tokens.makeAccessToken(identity, grant(identity, scopes), grantType, now));
    if (hub || gar || scenario.startsWith(QLatin1String("ghcr-"))) {
        // Docker Hub sends the token twice, with its lifetime; GHCR (and here Artifact Registry) "token" alone.
        QJsonObject body{{QStringLiteral("token"), accessToken}};
        if (hub) {
            body.insert(QStringLiteral("access_token"), accessToken);
            body.insert(QStringLiteral("expires_in"), 300);
            body.insert(QStringLiteral("issued_at"), now.toString(Qt::ISODate));
        }
        return jsonResponse(200, json(body));
    }
    QJsonObject body{{QStringLiteral("access_token"), accessToken}};
    if (wantRefresh) {
        body.insert(QStringLiteral("refresh_token"),
                    QString::fromLatin1(tokens.makeRefreshToken(identity, now, PracticeTokenService::kRefreshTokenLifetime)));
    }
    return jsonResponse(200, json(body));
}

PracticeHttpResponse PracticeRegistry::Private::garUnauthenticated(const QStringList &scopes) const
{
    // The first repository scope names the resource: projects/PROJECT/locations/LOCATION/repositories/REPOSITORY,
    // the location read from the host (europe-west1-docker.pkg.dev).
    std::optional<Scope> asked;
    for (const QString &text : scopes)
        for (const QString &one : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (const std::optional<Scope> s = parseScope(one); s && !asked && s->type == QLatin1String("repository"))
                asked = s;
    if (!asked)
        return unauthorized(QByteArray());
    const QStringList parts = asked->name.split(QLatin1Char('/'));
    const QString location = loginServer.section(QStringLiteral("-docker.pkg.dev"), 0, 0);
    const QString resource = QStringLiteral("projects/%1/locations/%2/repositories/%3")
                                 .arg(parts.value(0), location, parts.value(1));
    const QByteArray permission = asked->actions.contains(QLatin1String("push")) ? "artifactregistry.repositories.uploadArtifacts"
                                                                                 : "artifactregistry.repositories.downloadArtifacts";
    return jsonResponse(403, errorBody("DENIED",
                                       "Unauthenticated request. Unauthenticated requests do not have permission \"" + permission
                                           + "\" on resource \"" + resource.toUtf8() + "\" (or it may not exist)",
                                       false));
}

PracticeHttpResponse PracticeRegistry::Private::handleExchange(const PracticeHttpRequest &request)
{
    if (request.method != "POST")
        return jsonResponse(405, errorBody("UNSUPPORTED", "The operation is unsupported."));
    const QUrlQuery form = request.form();
    if (form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("access_token")
        || form.queryItemValue(QStringLiteral("service"), QUrl::FullyDecoded).compare(loginServer, Qt::CaseInsensitive) != 0
        || form.queryItemValue(QStringLiteral("access_token")).isEmpty())
        return jsonResponse(400, errorBody("BAD_REQUEST", "grant_type, service and access_token are required"));
    // Any Azure AD token is accepted: it stands for the trainee's `az login`.
    return jsonResponse(200, json(QJsonObject{{QStringLiteral("refresh_token"),
                                               QString::fromLatin1(tokens.makeRefreshToken(
                                                   kAadUser, serverNow(), PracticeTokenService::kRefreshTokenLifetime))}}));
}

bool PracticeRegistry::Private::authorize(const PracticeHttpRequest &request, const QString &repository,
                                          const QString &action, PracticeHttpResponse *refusal) const
{
    const QString scope = repository.isEmpty() ? QString()
                                                : QStringLiteral("repository:%1:%2").arg(repository, action == QLatin1String("pull") ? QStringLiteral("pull") : QStringLiteral("pull,push"));
    const QByteArray authorization = request.header("Authorization");
    if (authorization.startsWith("Bearer ")) {
        const PracticeTokenCheck check = tokens.verify(authorization.mid(7).trimmed(), serverNow());
        if (!check.valid || !check.claims.contains(QStringLiteral("access"))) {
            *refusal = unauthorized(bearerChallenge(scope, "invalid_token"));
            return false;
        }
        if (repository.isEmpty())
            return true;
        const QJsonArray access = check.claims.value(QStringLiteral("access")).toArray();
        for (const QJsonValue &v : access) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("type")).toString() != QLatin1String("repository")
                || o.value(QStringLiteral("name")).toString() != repository)
                continue;
            const QJsonArray actions = o.value(QStringLiteral("actions")).toArray();
            if (actions.contains(QJsonValue(action)) || actions.contains(QJsonValue(QStringLiteral("*"))))
                return true;
        }
        *refusal = unauthorized(bearerChallenge(scope, "insufficient_scope"));
        return false;
    }
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const int colon = decoded.indexOf(':');
        QString identity;
        const AuthOutcome outcome = colon < 0 ? AuthOutcome::UnknownUser
                                              : authenticate(QString::fromUtf8(decoded.left(colon)), decoded.mid(colon + 1), &identity);
        if (outcome == AuthOutcome::UnknownUser) {
            *refusal = unauthorized(bearerChallenge(scope), kNotRegisteredMessage);
            return false;
        }
        if (outcome != AuthOutcome::Ok) {
            *refusal = unauthorized(bearerChallenge(scope));
            return false;
        }
        if (repository.isEmpty() || allowedActions(identity, repository).contains(action)
            || allowedActions(identity, repository).contains(QStringLiteral("*")))
            return true;
        *refusal = unauthorized(bearerChallenge(scope, "insufficient_scope"));
        return false;
    }
    if (gar) {
        // No credential at all: the registry itself names only its token service, a repository's path
        // the service and scope too, each with its own words.
        const bool registryItself = repository.isEmpty();
        *refusal = jsonResponse(401, errorBody("UNAUTHORIZED",
                                               registryItself ? "not authenticated: No credential was supplied."
                                                              : "not authenticated: No valid credential was supplied.",
                                               false));
        refusal->setHeader("WWW-Authenticate", registryItself ? "Bearer realm=\"" + realm() + '"' : bearerChallenge(scope));
        return false;
    }
    *refusal = unauthorized(bearerChallenge(scope));
    return false;
}

PracticeHttpResponse PracticeRegistry::Private::handleRegistry(const PracticeHttpRequest &request)
{
    static const QRegularExpression tagsList(QStringLiteral("^/v2/(.+)/tags/list$"));
    static const QRegularExpression manifest(QStringLiteral("^/v2/(.+)/manifests/([^/]+)$"));
    static const QRegularExpression uploads(QStringLiteral("^/v2/(.+)/blobs/uploads/?$"));
    static const QRegularExpression blob(QStringLiteral("^/v2/(.+)/blobs/(sha256:[0-9a-f]{64})$"));
    static const QRegularExpression upload(QStringLiteral("^/v2/(.+)/blobs/uploads/([0-9a-f-]+)$"));
    PracticeHttpResponse refusal;

    if (request.path == QLatin1String("/v2/") || request.path == QLatin1String("/v2")) {
        if (!authorize(request, QString(), QString(), &refusal))
            return refusal;
        return jsonResponse(200, "{}");
    }
    const auto notFound = [this](const QString &repository) {
        Q_UNUSED(repository)
        return jsonResponse(404, errorBody("NAME_UNKNOWN", "repository name not known to registry"));
    };
    QRegularExpressionMatch m = tagsList.match(request.path);
    if (m.hasMatch()) {
        const QString repository = m.captured(1);
        if (!authorize(request, repository, QStringLiteral("pull"), &refusal))
            return refusal;
        if (repository != imageRepository)
            return notFound(repository);
        return jsonResponse(200, json(QJsonObject{{QStringLiteral("name"), repository},
                                                  {QStringLiteral("tags"), QJsonArray{QStringLiteral("latest")}}}));
    }
    m = manifest.match(request.path);
    const QRegularExpressionMatch b = blob.match(request.path);
    if ((m.hasMatch() || b.hasMatch()) && (request.method == "GET" || request.method == "HEAD")) {
        const QString repository = m.hasMatch() ? m.captured(1) : b.captured(1);
        if (!authorize(request, repository, QStringLiteral("pull"), &refusal))
            return refusal;
        if (repository != imageRepository)
            return notFound(repository);
        PracticeHttpResponse r = serveImage(m.hasMatch(), m.hasMatch() ? m.captured(2) : b.captured(2));
        if (m.hasMatch() && scenario == QLatin1String("dockerhub-rate-limit")) {
            // No pulls left: a HEAD shows it and is not counted; a GET is a pull, and refused.
            if (request.method == "GET")
                r = jsonResponse(429, errorBody("TOOMANYREQUESTS", kHubRateLimitMessage, false));
            r.setHeader("ratelimit-limit", "100;w=21600");
            r.setHeader("ratelimit-remaining", "0;w=21600");
            r.setHeader("docker-ratelimit-source", "203.0.113.7");
        }
        return r;
    }
    m = uploads.match(request.path);
    if (m.hasMatch() && request.method == "POST") {
        const QString repository = m.captured(1);
        if (!authorize(request, repository, QStringLiteral("push"), &refusal))
            return refusal;
        const QByteArray uuid = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        PracticeHttpResponse r;
        r.status = 202;
        r.setHeader("Location", "/v2/" + repository.toUtf8() + "/blobs/uploads/" + uuid);
        r.setHeader("Docker-Upload-UUID", uuid);
        r.setHeader("Range", "0-0");
        return r;
    }
    m = upload.match(request.path);
    if (m.hasMatch() && request.method == "DELETE") {
        if (!authorize(request, m.captured(1), QStringLiteral("push"), &refusal))
            return refusal;
        PracticeHttpResponse r;
        r.status = 204;
        return r;
    }
    return jsonResponse(404, errorBody("NOT_FOUND", "the requested resource is not found"));
}

PracticeHttpResponse PracticeRegistry::Private::serveImage(bool manifest, const QString &reference) const
{
    const QByteArray config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}";
    if (!manifest) {
        if (reference.toLatin1() == sha256Digest(config))
            return jsonResponse(200, config);
        if (reference.toLatin1() != sha256Digest(kLayer))
            return jsonResponse(404, errorBody("BLOB_UNKNOWN", "blob unknown to registry"));
        PracticeHttpResponse r;
        if (basicMode || gar) { // a self-hosted registry serves layers itself (Artifact Registry: not redirected here)
            r.status = 200;
            r.setHeader("Content-Type", "application/octet-stream");
            r.body = kLayer;
            return r;
        }
        r.status = 307;
        r.setHeader("Location", "https://" + kDataHost.toLatin1() + kBlobPrefix.toLatin1() + reference.toLatin1()
                                    + "?se=2030-01-01T00%3A00%3A00Z&sig=practice");
        return r;
    }
    if (reference != QLatin1String("latest") && !reference.startsWith(QLatin1String("sha256:")))
        return jsonResponse(404, errorBody("MANIFEST_UNKNOWN", "manifest tagged by \"" + reference.toUtf8() + "\" is not found"));
    const auto descriptor = [](const QString &mediaType, const QByteArray &content) {
        return QJsonObject{{QStringLiteral("mediaType"), mediaType}, {QStringLiteral("digest"), QString::fromLatin1(sha256Digest(content))},
                           {QStringLiteral("size"), int(content.size())}};
    };
    const QJsonObject manifestJson{
        {QStringLiteral("schemaVersion"), 2},
        {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.manifest.v1+json")},
        {QStringLiteral("config"), descriptor(QStringLiteral("application/vnd.oci.image.config.v1+json"), config)},
        {QStringLiteral("layers"), QJsonArray{descriptor(QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip"), kLayer)}}};
    PracticeHttpResponse r = jsonResponse(200, json(manifestJson));
    r.setHeader("Content-Type", "application/vnd.oci.image.manifest.v1+json");
    r.setHeader("Docker-Content-Digest", sha256Digest(r.body));
    return r;
}

PracticeHttpResponse PracticeRegistry::Private::handleBasicRegistry(const PracticeHttpRequest &request)
{
    const bool registryPath = request.path == QLatin1String("/v2") || request.path.startsWith(QLatin1String("/v2/"));
    if (!registryPath) {
        PracticeHttpResponse r;
        r.status = 404;
        r.setHeader("Content-Type", "text/plain; charset=utf-8");
        r.body = "404 page not found\n";
        return r;
    }
    const QByteArray authorization = request.header("Authorization");
    QString identity;
    bool ok = false;
    if (authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const int colon = decoded.indexOf(':');
        ok = colon > 0
             && authenticate(QString::fromUtf8(decoded.left(colon)), decoded.mid(colon + 1), &identity) == AuthOutcome::Ok;
    }
    const bool ecr = scenario.startsWith(QLatin1String("ecr-"));
    if (ok && scenario == QLatin1String("ecr-expired-token")) // the token was right, and has expired since
        return jsonResponse(403, errorBody("DENIED", kEcrExpiredMessage));
    if (ok && scenario == QLatin1String("ecr-wrong-region")) { // a good token, for eu-west-1
        PracticeHttpResponse r;
        r.status = 400;
        return r;
    }
    if (!ok) {
        PracticeHttpResponse r = jsonResponse(401, errorBody("UNAUTHORIZED", "authentication required"));
        r.setHeader("WWW-Authenticate", ecr ? "Basic realm=\"https://" + loginServer.toLatin1() + "/\",service=\"ecr.amazonaws.com\""
                                            : QByteArray("Basic realm=\"Registry Realm\""));
        return r;
    }
    static const QRegularExpression tagsList(QStringLiteral("^/v2/(.+)/tags/list$"));
    static const QRegularExpression image(QStringLiteral("^/v2/hello/(manifests|blobs)/([^/]+)$"));
    const QRegularExpressionMatch m = tagsList.match(request.path);
    if (request.path == QLatin1String("/v2/") || request.path == QLatin1String("/v2"))
        return jsonResponse(200, "{}");
    const QRegularExpressionMatch i = image.match(request.path);
    if (i.hasMatch() && (request.method == "GET" || request.method == "HEAD"))
        return serveImage(i.captured(1) == QLatin1String("manifests"), i.captured(2));
    if (m.hasMatch() && m.captured(1) == QLatin1String("hello"))
        return jsonResponse(200, json(QJsonObject{{QStringLiteral("name"), QStringLiteral("hello")},
                                                  {QStringLiteral("tags"), QJsonArray{QStringLiteral("latest")}}}));
    return jsonResponse(404, errorBody("NAME_UNKNOWN", "repository name not known to registry"));
}

QString practiceRegistryInput(const QString &scenarioId)
{
    if (!isPracticeScenario(scenarioId))
        return {};
    return scenarioId == QLatin1String("typo-in-name") ? QStringLiteral("https://Contoso.azurecr.io:443/") : scenarioLoginServer(scenarioId);
}

SignInMethod practiceSignIn(const QString &scenarioId)
{
    // The Artifact Registry scenario's trainee has the Docker config gcloud wrote (writeHome).
    return scenarioId.startsWith(QLatin1String("gar-")) ? SignInMethod::DockerStored : SignInMethod::Password;
}

// ---- PracticeRegistry -------------------------------------------------------------------------

PracticeRegistry::PracticeRegistry(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    d->q = this;
}

PracticeRegistry::~PracticeRegistry()
{
    stop();
}

bool PracticeRegistry::start(const QString &scenarioId, QString *error)
{
    stop();
    if (!isPracticeScenario(scenarioId)) {
        if (error)
            *error = tr("There is no practice scenario called '%1'.").arg(scenarioId);
        return false;
    }
    QString setupError;
    if (!d->setUp(scenarioId, &setupError) || !d->writeHome(&setupError)) {
        if (error)
            *error = setupError;
        return false;
    }

    d->http = new PracticeHttpServer(this);
    d->http->setCertificate(d->leaf.certificate, d->leaf.key);
    d->http->setPlain(scenarioId == QLatin1String("plain-http-registry"));
    Private *p = d.get();
    d->http->setHandler([p](const PracticeHttpRequest &request) { return p->handle(request); });
    d->http->setDateProvider([p] { return httpDate(p->serverNow()); });
    if (!d->http->listenOnLoopback()) {
        if (error)
            *error = tr("The practice registry could not listen on 127.0.0.1: %1").arg(d->http->errorString());
        stop();
        return false;
    }

    d->dns = new PracticeDnsServer(this);
    d->dns->setRecords(d->dnsTable());
    if (!d->dns->start(error)) {
        stop();
        return false;
    }

    // A loopback port that refuses connections, for the scenarios' blocked hosts.
    d->refusing.emplace();
    if (d->closedPort() == 0) {
        if (error)
            *error = tr("The practice registry could not reserve a loopback port: %1").arg(d->refusing->errorString());
        stop();
        return false;
    }
    d->running = true;
    return true;
}

void PracticeRegistry::stop()
{
    d->running = false;
    d->refusing.reset();
    if (d->http) {
        d->http->closeAll();
        delete d->http.data();
    }
    if (d->dns) {
        d->dns->stop();
        delete d->dns.data();
    }
    d->home.reset(); // the trainee's Docker config goes with the scenario
}

QString PracticeRegistry::scenarioId() const
{
    return d->scenario;
}

QString PracticeRegistry::loginServer() const
{
    return d->loginServer;
}

quint16 PracticeRegistry::httpsPort() const
{
    return d->http ? d->http->serverPort() : 0;
}

quint16 PracticeRegistry::dnsPort() const
{
    return d->dns ? d->dns->port() : 0;
}

QSslCertificate PracticeRegistry::caCertificate() const
{
    return d->ca.certificate;
}

CheckOptions PracticeRegistry::checkOptions(const CheckOptions &base) const
{
    CheckOptions o = base;
    const QString &s = d->scenario;
    o.registryInput = practiceRegistryInput(s);

    QByteArray password = d->adminPassword;
    QString user = s.startsWith(QLatin1String("ecr-")) ? kEcrUser : d->basicMode ? kBasicUser : kAdminUser;
    if (d->home) {
        // The trainee signs in as their Docker config says, read from the home folder the scenario gives.
        user.clear();
        password.clear();
    } else if (s == QLatin1String("wrong-password")) {
        password = "Contoso-2023-old!";
    } else if (s == QLatin1String("unknown-user")) {
        user = kAadUser;
    } else if (s == QLatin1String("pull-only-push")) {
        user = kPullOnlyUser;
        password = d->pullOnlyPassword;
    } else if (s == QLatin1String("expired-token")) {
        user = kNullGuid;
        password = d->expiredRefreshToken;
    }
    o.username = user;
    o.password = Secret(password);
    o.passwordGiven = !password.isEmpty();
    if (o.signIn == SignInMethod::Auto)
        o.signIn = practiceSignIn(s);
    o.homeFolder = d->home ? d->home->path() : QString();

    const bool reachable = s != QLatin1String("private-endpoint") && s != QLatin1String("unreachable")
                           && s != QLatin1String("registry-not-found");
    const quint16 port = reachable ? httpsPort() : d->closedPort();
    o.connectTo.clear(); // never leave loopback, whatever the caller had
    o.connectTo.insert(d->loginServer + QStringLiteral(":443"), QStringLiteral("127.0.0.1:%1").arg(port));
    if (d->tokenHost != d->loginServer)
        o.connectTo.insert(d->tokenHost + QStringLiteral(":443"), QStringLiteral("127.0.0.1:%1").arg(port));
    // Layers come from the data endpoint, which this network blocks in one scenario.
    const bool dataReachable = reachable && s != QLatin1String("data-endpoint-blocked");
    o.connectTo.insert(kDataHost + QStringLiteral(":443"), QStringLiteral("127.0.0.1:%1").arg(dataReachable ? httpsPort() : d->closedPort()));
    o.dnsServer = QStringLiteral("127.0.0.1:%1").arg(dnsPort());
    if (!o.extraCaCertificates.contains(d->ca.certificate))
        o.extraCaCertificates.append(d->ca.certificate);
    o.practiceScenario = s;

    // The trainee's own choice is honoured: a check for pull of 'hello' in the pull-only scenario
    // finds nothing wrong, as a real check would.
    if (o.repository.isEmpty()) {
        const bool misspelt = s == QLatin1String("repository-not-found");
        o.repository = misspelt ? QStringLiteral("helo") // a typo: the repository is 'hello'
                       : s.startsWith(QLatin1String("ghcr-")) ? kGhcrRepository // GHCR images are always OWNER/NAME
                       : d->gar                                ? kGarRepository  // Artifact Registry's PROJECT/REPOSITORY/IMAGE
                                                               : QStringLiteral("hello");
        if (s == QLatin1String("pull-only-push"))
            o.action = QStringLiteral("push");
        else if (misspelt)
            o.action = QStringLiteral("pull");
    }
    return o;
}

void PracticeRegistry::setAddedLatencyMs(int ms)
{
    d->addedLatencyMs = qMax(0, ms);
}

int PracticeRegistry::requestCount(const QString &path) const
{
    return d->counts.value(path);
}

int PracticeRegistry::requestCount() const
{
    int total = 0;
    for (int n : std::as_const(d->counts))
        total += n;
    return total;
}

} // namespace rd
