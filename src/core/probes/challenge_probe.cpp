#include "challenge_probe.h"
#include "printable_text.h"
#include "check_context.h"
#include "network/endpoint.h"
#include "network/http_exchange.h"
#include "registry/challenge.h"
#include "registry/registry_kind.h"

namespace rd {

int ChallengeProbe::timeoutMs(const CheckContext &ctx) const
{
    return Probe::timeoutMs(ctx) + 2000; // the exchange stops at Probe::timeoutMs
}

void ChallengeProbe::start(CheckContext &ctx)
{
    markStarted();
    if (!ctx.facts.tcpConnected) {
        finish(ProbeStatus::Skip, msg(QT_TR_NOOP("Skipped: no connection to the registry.")));
        return;
    }
    if (ctx.has(ProbeId::Tls) && !ctx.facts.tlsOk) {
        // The reason TLS gave, not a guess: no session at all (a proxy or firewall stopped it) is not distrust.
        finish(ProbeStatus::Skip,
               ctx.facts.tlsHandshakeFailed
                   ? msg(QT_TR_NOOP("Skipped: no secure connection to the registry could be set up, so nothing is sent to it."))
                   : msg(QT_TR_NOOP("Skipped: the secure connection is not trusted, so nothing is sent to the registry.")));
        return;
    }
    const QUrl url = registryUrl(ctx.reference, QStringLiteral("/v2/"));
    m_http = new HttpExchange(this);
    connect(m_http, &HttpExchange::finished, this, [this, &ctx](const HttpAnswer &a) { onAnswer(ctx, a); });
    m_http->get(ctx, url);
}

void ChallengeProbe::onAnswer(CheckContext &ctx, const HttpAnswer &answer)
{
    HttpAnswer a = answer;
    a.rawBody.clear();
    ctx.facts.ping = a;
    QVariantMap ev;
    ev.insert(QStringLiteral("url"), QStringLiteral("https://%1/v2/").arg(ctx.reference.loginServer));
    if (!a.answered) {
        ev.insert(QStringLiteral("error"), a.networkError);
        ev.insert(QStringLiteral("errorCode"), a.networkErrorCode);
        finish(ProbeStatus::Fail, msg(QT_TR_NOOP("The registry did not answer: %1")).arg(a.networkError), ev);
        return;
    }
    ev.insert(QStringLiteral("status"), a.status);
    if (!a.wwwAuthenticate.isEmpty())
        ev.insert(QStringLiteral("wwwAuthenticate"), printableText(QString::fromLatin1(a.wwwAuthenticate.left(512)), 512));
    if (a.serverDate.isValid())
        ev.insert(QStringLiteral("serverDate"), a.serverDate.toString(Qt::ISODate));
    if (!a.body.firstCode().isEmpty())
        ev.insert(QStringLiteral("errorCode"), a.body.firstCode());
    if (!a.body.firstMessage().isEmpty())
        ev.insert(QStringLiteral("errorMessage"), a.body.firstMessage().left(300));
    if (!a.retryAfter.isEmpty())
        ev.insert(QStringLiteral("retryAfter"), a.retryAfter);
    if (!a.contentType.isEmpty())
        ev.insert(QStringLiteral("contentType"), a.contentType);
    if (a.rateLimit) {
        ev.insert(QStringLiteral("rateLimitLimit"), a.rateLimit->limit);
        ev.insert(QStringLiteral("rateLimitRemaining"), a.rateLimit->remaining);
        if (a.rateLimit->windowSeconds > 0)
            ev.insert(QStringLiteral("rateLimitWindowSeconds"), a.rateLimit->windowSeconds);
    }
    if (!a.networkError.isEmpty()) { // the status arrived, the rest of the answer did not
        ev.insert(QStringLiteral("bodyIncomplete"), true);
        ev.insert(QStringLiteral("error"), a.networkError);
    }
    if (a.bodyTruncated)
        ev.insert(QStringLiteral("bodyCappedAtBytes"), HttpExchange::kMaxBody);

    switch (a.status) {
    case 401: {
        const ChallengeParseResult parsed = parseWwwAuthenticate(a.wwwAuthenticate);
        ctx.facts.challenges = parsed.challenges;
        if (!parsed.ok) {
            const QString problem = a.wwwAuthenticate.isEmpty() && a.headersUnreadable
                ? QStringLiteral("header value too long: the answer's headers could not be read")
                : parsed.problem;
            ev.insert(QStringLiteral("challengeProblem"), problem);
            finish(ProbeStatus::Fail, a.wwwAuthenticate.isEmpty() && !a.headersUnreadable
                       ? msg(QT_TR_NOOP("The registry answered 401 but did not say how to sign in (no WWW-Authenticate header)."))
                       : msg(QT_TR_NOOP("The registry's sign-in challenge could not be read: %1")).arg(problem), ev);
            return;
        }
        const AuthChallenge &c = parsed.challenges.first();
        ctx.facts.answeredKind = registryKindFromChallenges(parsed.challenges);
        if (ctx.facts.answeredKind)
            ev.insert(QStringLiteral("registryKind"), registryKindName(*ctx.facts.answeredKind));
        ev.insert(QStringLiteral("scheme"), c.scheme);
        ev.insert(QStringLiteral("realm"), c.realm());
        ev.insert(QStringLiteral("service"), c.service());
        if (c.scheme == QLatin1String("bearer") && c.service().isEmpty()) // Artifact Registry's /v2/ names none
            finish(ProbeStatus::Pass, msg(QT_TR_NOOP("The registry answers and asks for a token from %1.")).arg(c.realm()), ev);
        else if (c.scheme == QLatin1String("bearer"))
            finish(ProbeStatus::Pass, msg(QT_TR_NOOP("The registry answers and asks for a token from %1 (service %2).")).arg(c.realm(), c.service()), ev);
        else if (c.scheme == QLatin1String("basic"))
            finish(ProbeStatus::Pass, msg(QT_TR_NOOP("The registry answers and asks for a user name and password (Basic sign-in).")), ev);
        else
            finish(ProbeStatus::Warn, msg(QT_TR_NOOP("The registry asks for an unusual kind of sign-in: %1.")).arg(c.scheme), ev);
        return;
    }
    case 200:
        finish(ProbeStatus::Pass, msg(QT_TR_NOOP("The registry answers and lets anyone in without signing in.")), ev);
        return;
    case 403: {
        const QString ip = a.body.blockedClientIp();
        if (!ip.isEmpty())
            ev.insert(QStringLiteral("clientIp"), ip);
        finish(ProbeStatus::Fail, ip.isEmpty()
                   ? msg(QT_TR_NOOP("The registry refused the connection with 403 Forbidden before any sign-in."))
                   : msg(QT_TR_NOOP("The registry refused the connection: your IP address %1 is not allowed by its firewall.")).arg(ip), ev);
        return;
    }
    case 429:
        finish(ProbeStatus::Fail, a.retryAfter.isEmpty()
                   ? msg(QT_TR_NOOP("The registry answered 429: too many requests right now."))
                   : msg(QT_TR_NOOP("The registry answered 429: too many requests; it asks to wait %1 seconds.")).arg(a.retryAfter), ev);
        return;
    default:
        break;
    }
    if (a.status >= 500) {
        finish(ProbeStatus::Fail, msg(QT_TR_NOOP("The registry answered %1: a problem on the server's side.")).arg(a.status), ev);
        return;
    }
    if (!a.body.textSnippet.isEmpty())
        ev.insert(QStringLiteral("bodyStart"), a.body.textSnippet.left(120));
    if (a.status >= 300 && a.status < 400) {
        // Never followed: a registry's /v2/ does not redirect, and a redirect could lead anywhere.
        ev.insert(QStringLiteral("redirectTo"), a.redirectTo);
        finish(ProbeStatus::Fail, a.redirectTo.isEmpty()
                   ? msg(QT_TR_NOOP("The address answered with a redirect (%1) at /v2/ without saying where to; a container registry never does this, and the check does not follow redirects.")).arg(a.status)
                   : msg(QT_TR_NOOP("The address answered with a redirect (%1) to %2; a container registry never redirects /v2/, and the check does not follow it: the address leads to a web page or a sign-in portal, not to a registry."))
                         .arg(a.status).arg(a.redirectTo), ev);
        return;
    }
    finish(ProbeStatus::Fail, msg(QT_TR_NOOP("The address answered %1 at /v2/, which a container registry never does: it is not a registry, or the address is wrong."))
                                  .arg(a.status), ev);
}

void ChallengeProbe::cancel()
{
    if (m_http)
        m_http->abort();
}

} // namespace rd
