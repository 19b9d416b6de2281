#pragma once
#include <QDateTime>
#include <optional>
#include "probe.h"
#include "facts.h"
#include <QPointer>
#include <functional>

namespace rd {

class HttpExchange;

// Signs in the way Docker does, following the registry's challenge: Basic straight on /v2/, or
// Bearer through the token endpoint (user name and password, or an identity token through the
// refresh-token grant). Credentials come from the user (--username, secret on stdin) or from what
// Docker stored for this registry. Tells a wrong user name from a wrong password and an expired
// identity token from both.
class CredentialsProbe final : public Probe
{
    Q_OBJECT
public:
    using Probe::Probe;
    ProbeId probeId() const override { return ProbeId::Credentials; }
    QString title() const override { return tr("Sign-in"); }
    QVector<ProbeId> dependsOn() const override
    {
        return {ProbeId::Challenge, ProbeId::CredentialStore, ProbeId::DockerConfig};
    }
    // Longer than up to two requests in a row, so that its own clearer finding comes before the runner's.
    int timeoutMs(const CheckContext &ctx) const override;
    void start(CheckContext &ctx) override;
    void cancel() override;

    // "repository:hello:pull,push" for the user's repository and action; empty without repository.
    static QString scopeFor(const CheckContext &ctx);
    // When the secret the check signed in with expires: by its own content (a saved Azure identity
    // token's exp, an Amazon ECR token's expiration) or, for a Google access token, as Google's
    // tokeninfo said. Nothing when that is not known.
    static std::optional<QDateTime> signInExpiry(const CheckContext &ctx);
    // Whether the sign-in's secret is a Google access token whose expiry only Google can tell: the
    // user oauth2accesstoken on a Google host, with a token given or saved in Docker's file or a
    // credential store (a credential helper such as docker-credential-gcloud makes a new one each time).
    static bool asksGoogleTokenInfo(const CheckContext &ctx);

private:
    // A successful sign-in's detail, with when the secret it used expires where the secret says.
    Message withExpiry(Message detail, const CheckContext &ctx) const;
    void chooseCredentials(CheckContext &ctx, QVariantMap &ev);
    void onTokenAnswer(CheckContext &ctx, const HttpAnswer &a, QVariantMap ev);
    void onVerified(CheckContext &ctx, const HttpAnswer &a, QVariantMap ev);
    void failLogin(CheckContext &ctx, const HttpAnswer &a, QVariantMap ev);
    // Asks Google's tokeninfo about the token (in the POST body only), beside the sign-in.
    void askGoogleTokenInfo(CheckContext &ctx);
    // Runs `step` once tokeninfo has answered (at once when it was not asked or already answered),
    // so that every finding of the sign-in knows what it said.
    void whenTokenInfoKnown(std::function<void()> step);
    static QVariantMap withTokenInfoEvidence(const CheckContext &ctx, QVariantMap ev);
    QPointer<HttpExchange> m_http;
    QPointer<HttpExchange> m_tokenInfo;
    std::function<void()> m_afterTokenInfo;
};

} // namespace rd
