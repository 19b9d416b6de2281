#include "credentials_probe.h"
#include "check_context.h"
#include "network/endpoint.h"
#include "network/http_exchange.h"
#include "registry/ecr_token.h"
#include "registry/google_token_info.h"
#include "registry/image_name.h"
#include "registry/jwt.h"
#include "time_text.h"
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QUrlQuery>

namespace rd {

namespace {

QString isoOrEmpty(const std::optional<QDateTime> &d)
{
    return d ? d->toString(Qt::ISODate) : QString();
}

QByteArray formEncode(const QList<QPair<QString, QByteArray>> &fields)
{
    QByteArray out;
    for (const auto &f : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(f.first) + '=' + QUrl::toPercentEncoding(QString::fromUtf8(f.second));
    }
    return out;
}

// The rules read the typed failure; the report shows its name as the "reason".
void setFailure(CheckContext &ctx, QVariantMap &ev, LoginFailure failure)
{
    ctx.facts.loginFailure = failure;
    ev.insert(QStringLiteral("reason"), loginFailureName(failure));
}

} // namespace

QString CredentialsProbe::scopeFor(const CheckContext &ctx)
{
    // The repository as the API names it, as the client asks for it: library/hello on Docker Hub,
    // without the tag or digest.
    const ImageName image = imageName(ctx.reference, ctx.options.repository);
    if (image.isEmpty())
        return {};
    const bool push = ctx.options.action == QLatin1String("push");
    return QStringLiteral("repository:%1:%2").arg(image.apiRepository, push ? QStringLiteral("pull,push") : QStringLiteral("pull"));
}

std::optional<QDateTime> CredentialsProbe::signInExpiry(const CheckContext &ctx)
{
    if (ctx.facts.identityJwt && ctx.facts.identityJwt->expiresAt)
        return ctx.facts.identityJwt->expiresAt;
    if (ctx.registryKind().kind == RegistryKind::Ecr)
        return ecrTokenExpiry(ctx.facts.used.secret.expose());
    return ctx.facts.googleToken.expiresAt;
}

bool CredentialsProbe::asksGoogleTokenInfo(const CheckContext &ctx)
{
    // The host's own kind: a token goes to Google only for a registry at Google's own names.
    const RegistryKind kind = registryKindFromHost(ctx.reference.host).kind;
    const CredentialFacts &used = ctx.facts.used;
    return (kind == RegistryKind::ArtifactRegistry || kind == RegistryKind::ContainerRegistryGoogle)
           && used.username == QLatin1String("oauth2accesstoken") && used.source != CredentialFacts::Source::CredHelper
           && !used.secret.isEmpty();
}

Message CredentialsProbe::withExpiry(Message detail, const CheckContext &ctx) const
{
    const GoogleTokenInfo &google = ctx.facts.googleToken;
    if (const std::optional<QDateTime> at = signInExpiry(ctx))
        detail.then(msg(QT_TR_NOOP("The saved sign-in expires in %1.")).duration(QDateTime::currentDateTimeUtc().secsTo(*at)));
    else if (google.state == GoogleTokenInfo::State::Invalid)
        detail.then(msg(QT_TR_NOOP("When the access token expires is not known: Google's tokeninfo (oauth2.googleapis.com) says the token is not valid (expired or revoked).")));
    else if (google.state == GoogleTokenInfo::State::Unknown)
        detail.then(msg(QT_TR_NOOP("When the access token expires is not known: Google's tokeninfo (oauth2.googleapis.com) did not tell (%1).")).arg(google.problem));
    return detail;
}

void CredentialsProbe::askGoogleTokenInfo(CheckContext &ctx)
{
    ctx.facts.googleToken = GoogleTokenInfo();
    if (!asksGoogleTokenInfo(ctx))
        return;
    m_tokenInfo = new HttpExchange(this);
    connect(m_tokenInfo, &HttpExchange::finished, this, [this, &ctx](const HttpAnswer &a) {
        GoogleTokenInfo info;
        if (!a.answered || !a.networkError.isEmpty()) {
            info.state = GoogleTokenInfo::State::Unknown;
            info.problem = a.networkError;
        } else {
            info = readGoogleTokenInfo(a.status, a.rawBody.expose(), QDateTime::currentDateTimeUtc());
        }
        ctx.facts.googleToken = info;
        m_tokenInfo->deleteLater();
        m_tokenInfo = nullptr;
        if (std::function<void()> step = std::exchange(m_afterTokenInfo, nullptr))
            step();
    });
    // In the body, as a form: never in the address, where proxies and logs keep it.
    m_tokenInfo->postForm(ctx, QUrl(googleTokenInfoUrl()), formEncode({{QStringLiteral("access_token"), ctx.facts.used.secret.expose()}}));
}

void CredentialsProbe::whenTokenInfoKnown(std::function<void()> step)
{
    if (m_tokenInfo)
        m_afterTokenInfo = std::move(step);
    else
        step();
}

QVariantMap CredentialsProbe::withTokenInfoEvidence(const CheckContext &ctx, QVariantMap ev)
{
    const GoogleTokenInfo &google = ctx.facts.googleToken;
    switch (google.state) {
    case GoogleTokenInfo::State::NotAsked:
        break;
    case GoogleTokenInfo::State::Valid:
        ev.insert(QStringLiteral("googleTokenInfo"), QStringLiteral("valid"));
        ev.insert(QStringLiteral("googleTokenExpiresAt"), google.expiresAt->toString(Qt::ISODate));
        ev.insert(QStringLiteral("googleTokenExpired"), *google.expiresAt < QDateTime::currentDateTimeUtc());
        if (!google.account.isEmpty())
            ev.insert(QStringLiteral("googleAccount"), google.account);
        break;
    case GoogleTokenInfo::State::Invalid:
        ev.insert(QStringLiteral("googleTokenInfo"), QStringLiteral("invalid-token"));
        break;
    case GoogleTokenInfo::State::Unknown:
        ev.insert(QStringLiteral("googleTokenInfo"), QStringLiteral("unknown"));
        ev.insert(QStringLiteral("googleTokenInfoProblem"), google.problem);
        break;
    }
    return ev;
}

void CredentialsProbe::chooseCredentials(CheckContext &ctx, QVariantMap &ev)
{
    CredentialFacts used;
    if (ctx.options.passwordGiven && !ctx.options.password.isEmpty()) {
        used.source = CredentialFacts::Source::Given;
        used.username = ctx.options.username;
        used.secret = ctx.options.password;
        used.isIdentityToken = used.username == nullGuidUser() || (used.username.isEmpty() && looksLikeJwt(used.secret.expose()));
        if (used.isIdentityToken)
            used.username = nullGuidUser();
    } else if (ctx.facts.stored.source != CredentialFacts::Source::None && !ctx.facts.stored.secret.isEmpty()) {
        used = ctx.facts.stored;
        if (used.isIdentityToken && used.username.isEmpty())
            used.username = nullGuidUser();
    }
    ctx.facts.used = used;
    ev.insert(QStringLiteral("source"), credentialSourceName(used.source));
    if (!used.helper.isEmpty())
        ev.insert(QStringLiteral("helper"), used.helper);
    ev.insert(QStringLiteral("username"), used.username);
    ev.insert(QStringLiteral("identityToken"), used.isIdentityToken);
    if (used.isIdentityToken) {
        const JwtInfo jwt = decodeJwt(used.secret.expose());
        if (jwt.ok) {
            ctx.facts.identityJwt = jwt;
            ev.insert(QStringLiteral("identityTokenExpiresAt"), isoOrEmpty(jwt.expiresAt));
            if (jwt.expiresAt)
                ev.insert(QStringLiteral("identityTokenExpired"), *jwt.expiresAt < QDateTime::currentDateTimeUtc());
        }
    } else if (const std::optional<QDateTime> at = signInExpiry(ctx)) {
        ev.insert(QStringLiteral("tokenExpiresAt"), at->toString(Qt::ISODate));
        ev.insert(QStringLiteral("tokenExpired"), *at < QDateTime::currentDateTimeUtc());
    }
}

int CredentialsProbe::timeoutMs(const CheckContext &ctx) const
{
    return 2 * Probe::timeoutMs(ctx) + 2000; // token, then /v2/ with it: each exchange stops at Probe::timeoutMs
}

void CredentialsProbe::start(CheckContext &ctx)
{
    markStarted();
    QVariantMap ev;
    if (!ctx.passed(ProbeId::Challenge)) {
        // Say what stopped it: a blocked connection is not a registry that asks for nothing.
        const auto challenge = ctx.results.constFind(idName(ProbeId::Challenge));
        const bool answered = challenge != ctx.results.cend() && challenge->status == ProbeStatus::Fail;
        finish(ProbeStatus::Skip, answered ? msg(QT_TR_NOOP("Not tested: the sign-in could not be tried, because the registry's first answer was not usable."))
                                           : msg(QT_TR_NOOP("Not tested: the sign-in could not be tried, because there is no working connection to the registry.")));
        return;
    }
    if (ctx.facts.ping.status != 401) {
        finish(ProbeStatus::Skip, ctx.facts.ping.status == 200
                   ? msg(QT_TR_NOOP("Skipped: the registry lets anyone in, so there is no sign-in to test."))
                   : msg(QT_TR_NOOP("Skipped: the registry did not ask for a sign-in.")));
        return;
    }
    if (ctx.options.passwordGiven && ctx.options.password.isEmpty()) {
        // Never replaced by a stored login: the pipeline's own sign-in has nothing to send either.
        ev.insert(QStringLiteral("emptySecret"), true);
        finish(ProbeStatus::Fail, msg(QT_TR_NOOP("The password read from standard input was empty, so there is nothing to sign in "
                                                 "with. In a pipeline this is usually a secret variable that is not set for this run.")),
               ev);
        return;
    }
    chooseCredentials(ctx, ev);
    const CredentialFacts &used = ctx.facts.used;
    if (used.source == CredentialFacts::Source::None) {
        ctx.facts.loginFailure = LoginFailure::NoCredentials;
        finish(ProbeStatus::Fail,
               ctx.options.client == RegistryClient::Docker
                   ? msg(QT_TR_NOOP("There are no credentials to sign in with: none were given and Docker has none saved for %1."))
                         .arg(ctx.reference.loginServer)
                   : msg(QT_TR_NOOP("There are no credentials to sign in with: none were given and %2 has none saved for %1."))
                         .arg(ctx.reference.loginServer, registryClientTitle(ctx.options.client)),
               ev);
        return;
    }
    const AuthChallenge challenge = ctx.facts.challenges.first();
    ev.insert(QStringLiteral("scheme"), challenge.scheme);
    m_http = new HttpExchange(this);

    if (challenge.scheme == QLatin1String("basic")) {
        const QUrl url = registryUrl(ctx.reference, QStringLiteral("/v2/"));
        ev.insert(QStringLiteral("endpoint"), HttpExchange::describe(url));
        connect(m_http, &HttpExchange::finished, this, [this, &ctx, ev](const HttpAnswer &a) {
            whenTokenInfoKnown([this, &ctx, ev, a] {
                ctx.facts.login = a;
                ctx.facts.login.rawBody.clear();
                QVariantMap e = withTokenInfoEvidence(ctx, ev);
                if (a.status == 200) {
                    e.insert(QStringLiteral("status"), 200);
                    finish(ProbeStatus::Pass, withExpiry(msg(QT_TR_NOOP("Signed in as %1 with a user name and password.")).arg(ctx.facts.used.username), ctx), e);
                } else {
                    failLogin(ctx, a, e);
                }
            });
        });
        askGoogleTokenInfo(ctx);
        m_http->get(ctx, url, HttpExchange::basicAuthorization(used.username, used.secret));
        return;
    }
    if (challenge.scheme != QLatin1String("bearer")) {
        finish(ProbeStatus::Skip, msg(QT_TR_NOOP("The registry asks for a kind of sign-in this check does not test (%1).")).arg(challenge.scheme), ev);
        return;
    }
    const QUrl realm(challenge.realm());
    ev.insert(QStringLiteral("endpoint"), HttpExchange::describe(realm));
    if (!realm.isValid() || realm.scheme() != QLatin1String("https") || realm.host().isEmpty()) {
        setFailure(ctx, ev, LoginFailure::InsecureRealm);
        finish(ProbeStatus::Fail, msg(QT_TR_NOOP("The registry names a token service at \"%1\", which is not a secure (https) address: no password is sent there."))
                                      .arg(challenge.realm()), ev);
        return;
    }
    const QString scope = scopeFor(ctx);
    if (!scope.isEmpty())
        ev.insert(QStringLiteral("scope"), scope);
    connect(m_http, &HttpExchange::finished, this, [this, &ctx, ev](const HttpAnswer &a) {
        whenTokenInfoKnown([this, &ctx, ev, a] { onTokenAnswer(ctx, a, withTokenInfoEvidence(ctx, ev)); });
    });
    askGoogleTokenInfo(ctx);
    if (used.isIdentityToken) {
        // The null-GUID user tells the registry the secret is a refresh token (after az acr login).
        QList<QPair<QString, QByteArray>> form{{QStringLiteral("grant_type"), "refresh_token"},
                                              {QStringLiteral("service"), challenge.service().toUtf8()}};
        if (!scope.isEmpty())
            form.append({QStringLiteral("scope"), scope.toUtf8()});
        form.append({QStringLiteral("refresh_token"), used.secret.expose()});
        m_http->postForm(ctx, realm, formEncode(form));
    } else {
        QUrl url = realm;
        QUrlQuery query(realm);
        query.addQueryItem(QStringLiteral("service"), challenge.service());
        if (!scope.isEmpty())
            query.addQueryItem(QStringLiteral("scope"), scope);
        query.addQueryItem(QStringLiteral("account"), used.username);
        query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("registry-doctor"));
        url.setQuery(query);
        m_http->get(ctx, url, HttpExchange::basicAuthorization(used.username, used.secret));
    }
}

void CredentialsProbe::onTokenAnswer(CheckContext &ctx, const HttpAnswer &a, QVariantMap ev)
{
    if (a.status != 200) {
        failLogin(ctx, a, ev);
        return;
    }
    if (a.bodyTruncated)
        ev.insert(QStringLiteral("bodyCappedAtBytes"), HttpExchange::kMaxBody);
    if (!a.networkError.isEmpty()) { // the status arrived, the rest of the answer did not
        ctx.facts.login = a;
        ctx.facts.login.rawBody.clear();
        const bool timedOut = a.networkErrorCode == QNetworkReply::TimeoutError;
        ev.insert(QStringLiteral("status"), a.status);
        ev.insert(QStringLiteral("error"), a.networkError);
        setFailure(ctx, ev, timedOut ? LoginFailure::NoAnswer : LoginFailure::NoToken);
        finish(ProbeStatus::Fail, msg(QT_TR_NOOP("The token service began to answer, but its answer did not arrive whole, so the check is without a token: %1"))
                                      .arg(a.networkError), ev);
        return;
    }
    const QJsonObject json = QJsonDocument::fromJson(a.rawBody.expose()).object();
    QString token = json.value(QStringLiteral("access_token")).toString();
    if (token.isEmpty())
        token = json.value(QStringLiteral("token")).toString();
    ctx.facts.login = a;
    ctx.facts.login.rawBody.clear();
    if (token.isEmpty()) {
        ev.insert(QStringLiteral("status"), a.status);
        setFailure(ctx, ev, LoginFailure::NoToken);
        finish(ProbeStatus::Fail, a.bodyTruncated
                   ? msg(QT_TR_NOOP("The token service answered with more than %1 KiB, and without a token; the check stopped reading.")).arg(HttpExchange::kMaxBody / 1024)
                   : msg(QT_TR_NOOP("The token service answered, but without a token (the answer is not the JSON a token service sends).")), ev);
        return;
    }
    ctx.facts.accessToken = Secret(token.toUtf8());
    const QString refresh = json.value(QStringLiteral("refresh_token")).toString();
    if (!refresh.isEmpty())
        ctx.facts.refreshToken = Secret(refresh.toUtf8());
    const JwtInfo jwt = decodeJwt(token.toUtf8());
    if (jwt.ok) {
        ctx.facts.accessJwt = jwt;
        ev.insert(QStringLiteral("tokenExpiresAt"), isoOrEmpty(jwt.expiresAt));
        ev.insert(QStringLiteral("tokenNotBefore"), isoOrEmpty(jwt.notBefore));
    }
    ev.insert(QStringLiteral("tokenStatus"), a.status);
    // Prove the token works where it matters: the registry itself.
    const QUrl url = registryUrl(ctx.reference, QStringLiteral("/v2/"));
    m_http->disconnect(this);
    connect(m_http, &HttpExchange::finished, this, [this, &ctx, ev](const HttpAnswer &v) { onVerified(ctx, v, ev); });
    m_http->get(ctx, url, "Bearer " + ctx.facts.accessToken.expose());
}

void CredentialsProbe::onVerified(CheckContext &ctx, const HttpAnswer &a, QVariantMap ev)
{
    ev.insert(QStringLiteral("status"), a.status);
    if (a.status == 200) {
        const Message detail = ctx.facts.used.isIdentityToken
            ? msg(QT_TR_NOOP("Signed in with the saved Azure sign-in (identity token): the token service gave a token and the registry accepted it."))
            : msg(QT_TR_NOOP("Signed in as %1: the token service gave a token and the registry accepted it.")).arg(ctx.facts.used.username);
        finish(ProbeStatus::Pass, withExpiry(detail, ctx), ev);
        return;
    }
    if (!a.answered) {
        ev.insert(QStringLiteral("error"), a.networkError);
        setFailure(ctx, ev, LoginFailure::NoAnswer);
        finish(ProbeStatus::Fail, msg(QT_TR_NOOP("The token service gave a token, but the registry did not answer when it was used: %1")).arg(a.networkError), ev);
        return;
    }
    ev.insert(QStringLiteral("verifyStatus"), a.status);
    if (!a.body.firstCode().isEmpty())
        ev.insert(QStringLiteral("errorCode"), a.body.firstCode());
    const bool expired = ctx.facts.accessJwt && ctx.facts.accessJwt->expiresAt
                         && *ctx.facts.accessJwt->expiresAt < QDateTime::currentDateTimeUtc();
    ev.insert(QStringLiteral("tokenReadable"), bool(ctx.facts.accessJwt));
    ev.insert(QStringLiteral("tokenExpired"), expired);
    setFailure(ctx, ev, a.status == 401 ? LoginFailure::TokenRefused : LoginFailure::Status);
    if (expired) {
        finish(ProbeStatus::Fail, msg(QT_TR_NOOP("The token service gave a token that had already expired (at %1), and the registry refused it (%2): the registry's token service and the registry disagree."))
                                      .arg(*ctx.facts.accessJwt->expiresAt)
                                      .arg(a.status), ev);
        return;
    }
    finish(ProbeStatus::Fail, msg(QT_TR_NOOP("The token service gave a token, but the registry refused it (%1).")).arg(a.status), ev);
}

void CredentialsProbe::failLogin(CheckContext &ctx, const HttpAnswer &a, QVariantMap ev)
{
    ctx.facts.login = a;
    ctx.facts.login.rawBody.clear();
    if (!a.answered) {
        ev.insert(QStringLiteral("error"), a.networkError);
        setFailure(ctx, ev, LoginFailure::NoAnswer);
        finish(ProbeStatus::Fail, msg(QT_TR_NOOP("The sign-in request got no answer: %1")).arg(a.networkError), ev);
        return;
    }
    ev.insert(QStringLiteral("status"), a.status);
    if (!a.body.firstCode().isEmpty())
        ev.insert(QStringLiteral("errorCode"), a.body.firstCode());
    if (!a.body.firstMessage().isEmpty())
        ev.insert(QStringLiteral("errorMessage"), a.body.firstMessage().left(300));
    const CredentialFacts &used = ctx.facts.used;
    if (a.body.mentionsApplicationNotRegistered()) {
        setFailure(ctx, ev, LoginFailure::UsernameNotRecognized);
        finish(ProbeStatus::Fail, msg(QT_TR_NOOP("The registry does not know the user name \"%1\" (\"Application not registered with AAD\")."))
                                      .arg(used.username), ev);
        return;
    }
    // Amazon ECR answers a 12-hour token past its time with 403 DENIED "Your authorization token
    // has expired. Reauthenticate and try again." (what docker prints after "denied:").
    if (a.body.firstMessage().contains(QLatin1String("authorization token has expired"), Qt::CaseInsensitive)) {
        setFailure(ctx, ev, LoginFailure::Expired);
        Message detail = msg(QT_TR_NOOP("The registry says the saved token has expired (%1): \"%2\"")).arg(a.status).arg(a.body.firstMessage().left(300));
        // The sentence is ECR's: only an ECR token says this, and only its expiry is read here.
        const std::optional<QDateTime> at = ctx.registryKind().kind == RegistryKind::Ecr ? ecrTokenExpiry(ctx.facts.used.secret.expose()) : std::nullopt;
        if (at)
            detail.then(msg(QT_TR_NOOP("The token itself says it expired at %1; a token from aws ecr get-login-password lasts 12 hours.")).arg(*at));
        finish(ProbeStatus::Fail, detail, ev);
        return;
    }
    // Amazon ECR answers a token made for another region or account with 400 Bad Request and no
    // message (Docker: "login attempt to ... failed with status: 400 Bad Request"; aws/aws-cli#5317).
    if (a.status == 400 && ctx.registryKind().kind == RegistryKind::Ecr) {
        setFailure(ctx, ev, LoginFailure::Rejected);
        finish(ProbeStatus::Fail, msg(QT_TR_NOOP("Amazon ECR refused the token with 400 Bad Request: it was made for another region or AWS account than %1.")).arg(ctx.reference.loginServer), ev);
        return;
    }
    // A Google access token the registry refuses and Google's tokeninfo no longer knows has expired
    // (it lives an hour) or was revoked: either way a new one is what it takes.
    if ((a.status == 401 || a.status == 403) && ctx.facts.googleToken.state == GoogleTokenInfo::State::Invalid) {
        setFailure(ctx, ev, LoginFailure::Expired);
        finish(ProbeStatus::Fail, msg(QT_TR_NOOP("The registry refused the access token (%1), and Google's tokeninfo (oauth2.googleapis.com) says the token "
                                                 "is no longer valid: it has expired (a token from gcloud auth print-access-token lasts one hour) or was revoked."))
                                      .arg(a.status), ev);
        return;
    }
    const bool expired = ctx.facts.identityJwt && ctx.facts.identityJwt->expiresAt
                         && *ctx.facts.identityJwt->expiresAt < QDateTime::currentDateTimeUtc();
    if (expired) {
        setFailure(ctx, ev, LoginFailure::Expired);
        // One whole sentence per unit, so that every language can agree its words with the count.
        const QDateTime at = *ctx.facts.identityJwt->expiresAt;
        const qint64 ago = at.secsTo(QDateTime::currentDateTimeUtc());
        const int minutes = int((ago + 30) / 60), hours = int((ago + 1800) / 3600), days = int((ago + 43200) / 86400);
        const Message detail = ago < 90 * 60
            ? msg(QT_TR_N_NOOP("The saved sign-in (identity token) expired %n minute(s) ago, at %1; the registry refused it with %2."), minutes)
            : ago < 36 * 3600
            ? msg(QT_TR_N_NOOP("The saved sign-in (identity token) expired %n hour(s) ago, at %1; the registry refused it with %2."), hours)
            : msg(QT_TR_N_NOOP("The saved sign-in (identity token) expired %n day(s) ago, at %1; the registry refused it with %2."), days);
        finish(ProbeStatus::Fail, Message(detail).arg(at).arg(a.status), ev);
        return;
    }
    // For a Google access token, what tokeninfo said: a token still valid for 40 minutes was refused
    // for another reason than its age.
    const auto withGoogleToken = [this, &ctx](Message detail) {
        return ctx.facts.googleToken.state == GoogleTokenInfo::State::NotAsked ? detail : withExpiry(detail, ctx);
    };
    if (a.status == 401 && !a.body.isRegistryShape && !a.body.firstMessage().isEmpty()) {
        // A token service with its own words (Docker Hub's "details"): quote them.
        setFailure(ctx, ev, LoginFailure::Rejected);
        finish(ProbeStatus::Fail, msg(QT_TR_NOOP("The token service refused the user name and password for %1 (401): \"%2\"")).arg(used.username).arg(a.body.firstMessage().left(300)), ev);
        return;
    }
    if (a.status == 401) {
        setFailure(ctx, ev, LoginFailure::Rejected);
        finish(ProbeStatus::Fail, used.isIdentityToken
                   ? msg(QT_TR_NOOP("The registry refused the saved identity token (401)."))
                   : withGoogleToken(msg(QT_TR_NOOP("The registry refused the user name and password for %1 (401 \"authentication required\")."))
                                         .arg(used.username)), ev);
        return;
    }
    setFailure(ctx, ev, LoginFailure::Status);
    if (a.status >= 300 && a.status < 400) {
        ev.insert(QStringLiteral("redirectTo"), a.redirectTo);
        finish(ProbeStatus::Fail, msg(QT_TR_NOOP("The sign-in answered with a redirect (%1) to %2; the check does not follow it, and sends the password nowhere else."))
                                      .arg(a.status).arg(a.redirectTo.isEmpty() ? msg(QT_TR_NOOP("an unnamed place")) : Message::verbatim(a.redirectTo)), ev);
        return;
    }
    finish(ProbeStatus::Fail, withGoogleToken(msg(QT_TR_NOOP("The sign-in failed with status %1: %2")).arg(a.status).arg(a.body.firstMessage())), ev);
}

void CredentialsProbe::cancel()
{
    m_afterTokenInfo = nullptr;
    if (m_tokenInfo)
        m_tokenInfo->abort();
    if (m_http)
        m_http->abort();
}

} // namespace rd
