#include "permissions_probe.h"
#include "check_context.h"
#include "network/endpoint.h"
#include "network/http_exchange.h"
#include "registry/image_name.h"
#include "time_text.h"

namespace rd {

int PermissionsProbe::timeoutMs(const CheckContext &ctx) const
{
    return Probe::timeoutMs(ctx) + 2000; // the exchange stops at Probe::timeoutMs
}

void PermissionsProbe::start(CheckContext &ctx)
{
    markStarted();
    // The repository as the API names it (library/hello on Docker Hub), without a tag or digest: the
    // token's access claim and the tag list use that name.
    const QString repo = imageName(ctx.reference, ctx.options.repository).apiRepository;
    if (!ctx.passed(ProbeId::Credentials)) {
        finish(ProbeStatus::Skip, msg(QT_TR_NOOP("Skipped: the sign-in did not succeed.")));
        return;
    }
    if (repo.isEmpty()) {
        finish(ProbeStatus::Skip, msg(QT_TR_NOOP("Skipped: no repository was given, so only the sign-in was checked.")));
        return;
    }
    const bool push = ctx.options.action == QLatin1String("push");
    const QStringList needed = push ? QStringList{QStringLiteral("pull"), QStringLiteral("push")} : QStringList{QStringLiteral("pull")};
    QVariantMap ev;
    ev.insert(QStringLiteral("repository"), repo);
    ev.insert(QStringLiteral("needed"), needed);
    const bool bearer = !ctx.facts.accessToken.isEmpty();
    QStringList missing;
    if (bearer && ctx.facts.accessJwt && ctx.facts.accessJwt->hasAccessClaim) {
        const QStringList granted = ctx.facts.accessJwt->actionsFor(QStringLiteral("repository"), repo);
        ev.insert(QStringLiteral("granted"), granted);
        for (const QString &a : needed)
            if (!granted.contains(a) && !granted.contains(QStringLiteral("*")))
                missing << a;
        ev.insert(QStringLiteral("missing"), missing);
        if (ctx.facts.accessJwt->expiresAt)
            ev.insert(QStringLiteral("tokenExpiresAt"), ctx.facts.accessJwt->expiresAt->toString(Qt::ISODate));
    }
    const QUrl url = registryUrl(ctx.reference, QStringLiteral("/v2/%1/tags/list").arg(repo));
    m_http = new HttpExchange(this);
    connect(m_http, &HttpExchange::finished, this, [this, ev, missing, repo, push](const HttpAnswer &a) {
        QVariantMap e = ev;
        e.insert(QStringLiteral("readStatus"), a.status);
        if (!a.body.firstCode().isEmpty())
            e.insert(QStringLiteral("errorCode"), a.body.firstCode());
        const bool canRead = a.status == 200;
        const bool noSuchRepo = a.status == 404;
        if (!missing.isEmpty()) {
            const QStringList granted = e.value(QStringLiteral("granted")).toStringList();
            finish(ProbeStatus::Fail,
                   granted.isEmpty()
                       ? msg(QT_TR_NOOP("The sign-in works, but it does not allow %1 on %2: the registry granted no rights on it.")).arg(missing, repo)
                       : msg(QT_TR_NOOP("The sign-in works, but it does not allow %1 on %2: the registry granted only %3.")).arg(missing, repo, granted),
                   e);
            return;
        }
        if (!canRead && !noSuchRepo) {
            finish(ProbeStatus::Fail, msg(QT_TR_NOOP("Reading the repository %1 was refused with status %2.")).arg(repo).arg(a.status), e);
            return;
        }
        if (noSuchRepo) {
            finish(push ? ProbeStatus::Pass : ProbeStatus::Warn,
                   push ? msg(QT_TR_NOOP("You may push to %1; it does not exist yet and your first push creates it.")).arg(repo)
                        : msg(QT_TR_NOOP("The repository %1 does not exist in this registry (404): check its name.")).arg(repo), e);
            return;
        }
        finish(ProbeStatus::Pass, push ? msg(QT_TR_NOOP("You may pull from and push to %1.")).arg(repo) : msg(QT_TR_NOOP("You may pull from %1.")).arg(repo), e);
    });
    m_http->get(ctx, url, ctx.registryAuthorization());
}

void PermissionsProbe::cancel()
{
    if (m_http)
        m_http->abort();
}

} // namespace rd
