#include "acr_role_mode_probe.h"
#include "check_context.h"
#include "diagnosis/error_text.h"
#include "ids.h"
#include "local_probe_support.h"
#include "process_runner.h"
#include "registry/registry_kind.h"
#include <QRegularExpression>

namespace rd {

namespace {

bool refused(const HttpAnswer &a)
{
    return a.status == 401 || a.status == 403;
}

} // namespace

QString AcrRoleModeProbe::parseMfaBlock(const QByteArray &err)
{
    // MSAL through az: "ERROR: AADSTS50076: Due to a configuration change made by your administrator, ...
    // you must use multi-factor authentication ...", then "Interactive authentication is needed.". The
    // code may follow other lines (az's warnings): the whole of stderr is read with the same known
    // messages explain uses, so the codes that mean MFA or Conditional Access are listed once.
    const Recognition r = recognizeErrorText(QString::fromUtf8(err));
    for (const RecognizedMessage &m : r.matches)
        if (m.causes.value(0) == idName(CauseId::MfaRequired))
            return m.extracted.value(QStringLiteral("errorCode")).toString();
    return QString();
}

QString AcrRoleModeProbe::parseRoleAssignmentMode(const QByteArray &out)
{
    // One word in ARM's spelling: "AbacRepositoryPermissions" or "LegacyRegistryPermissions".
    static const QRegularExpression word(QStringLiteral("^\\s*\"?([A-Za-z]{3,64})\"?\\s*$"));
    const QRegularExpressionMatch m = word.match(QString::fromUtf8(out));
    return m.hasMatch() ? m.captured(1) : QString();
}

void AcrRoleModeProbe::start(CheckContext &ctx)
{
    markStarted();
    m_ctx = &ctx;
    if (ctx.reference.kind != RegistryReference::Kind::Acr || ctx.reference.acrName.isEmpty()) {
        finish(ProbeStatus::Skip, msg(QT_TR_NOOP("Skipped: only Azure Container Registry has a permissions mode.")));
        return;
    }
    const bool rightsRefused = ctx.failed(ProbeId::Permissions) || (ctx.failed(ProbeId::Manifest) && refused(ctx.facts.manifest))
                               || (ctx.failed(ProbeId::BlobUpload) && refused(ctx.facts.upload));
    if (!ctx.passed(ProbeId::Credentials) || !rightsRefused) {
        finish(ProbeStatus::Skip, msg(QT_TR_NOOP("Skipped: nothing was refused after the sign-in.")));
        return;
    }
    if (!ctx.facts.azInstalled || !ctx.facts.azSignedIn) {
        finish(ProbeStatus::Skip, msg(QT_TR_NOOP("Skipped: reading the registry's permissions mode needs the Azure CLI, signed in.")));
        return;
    }
    const QString path = ProcessRunner::findProgram(QStringLiteral("az"));
    m_ev.insert(QStringLiteral("command"), QStringLiteral("az acr show --name %1 --query roleAssignmentMode --output tsv").arg(ctx.reference.acrName));
    m_process = new ProcessRunner(this);
    m_process->setTimeoutMs(processTimeoutWithin(20000, timeoutMs(ctx)));
    m_process->setOutputCap(64 * 1024);
    connect(m_process, &ProcessRunner::finished, this, &AcrRoleModeProbe::onShown);
    m_process->start(path, {QStringLiteral("acr"), QStringLiteral("show"), QStringLiteral("--name"), ctx.reference.acrName,
                            QStringLiteral("--query"), QStringLiteral("roleAssignmentMode"), QStringLiteral("--output"), QStringLiteral("tsv")});
}

void AcrRoleModeProbe::onShown(const ProcessOutcome &o)
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
    }
    m_ev.insert(QStringLiteral("exitCode"), o.exitCode);
    const QString mode = o.started && !o.timedOut && !o.crashed && o.exitCode == 0 ? parseRoleAssignmentMode(o.out) : QString();
    if (mode.isEmpty()) {
        const QString err = firstPrintableLine(o.err);
        if (!err.isEmpty())
            m_ev.insert(QStringLiteral("stderr"), err);
        const QString blockedBy = parseMfaBlock(o.err);
        if (!blockedBy.isEmpty()) {
            m_ctx->facts.azBlockedBy = blockedBy;
            m_ev.insert(QStringLiteral("entraError"), blockedBy);
            finish(ProbeStatus::Fail, msg(QT_TR_NOOP("The Azure CLI could not get a token to read the registry's permissions mode: Microsoft Entra ID wants multifactor authentication, or a Conditional Access policy blocks the sign-in (%1).")).arg(blockedBy), m_ev);
            return;
        }
        finish(ProbeStatus::Warn, msg(QT_TR_NOOP("The Azure CLI did not tell the registry's permissions mode (you may not be allowed to read the registry's settings), so it is unknown.")), m_ev);
        return;
    }
    m_ctx->facts.acrRoleAssignmentMode = mode;
    m_ev.insert(QStringLiteral("roleAssignmentMode"), mode);
    if (mode == QLatin1String("AbacRepositoryPermissions")) {
        finish(ProbeStatus::Warn, msg(QT_TR_NOOP("The registry uses \"RBAC Registry + ABAC Repository Permissions\" (%1): the AcrPull and AcrPush roles give no rights on its repositories there.")).arg(mode), m_ev);
        return;
    }
    finish(ProbeStatus::Pass, msg(QT_TR_NOOP("The registry's permissions mode is %1: the AcrPull and AcrPush roles apply.")).arg(mode), m_ev);
}

void AcrRoleModeProbe::cancel()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
    }
}

} // namespace rd
