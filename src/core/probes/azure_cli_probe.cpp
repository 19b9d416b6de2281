#include "azure_cli_probe.h"
#include "docker/tool_versions.h"
#include "check_context.h"
#include "process_runner.h"
#include "local_probe_support.h"
#include <QtConcurrent/QtConcurrentRun>

namespace rd {

QString AzureCliProbe::title() const
{
    return tr("Azure CLI");
}

bool AzureCliProbe::required() const
{
    return m_ctx->options.signIn == SignInMethod::AzureCli;
}

void AzureCliProbe::start(CheckContext &ctx)
{
    markStarted();
    m_ctx = &ctx;
    m_ev.clear();
    Facts &facts = ctx.facts;
    facts.azInstalled = false;
    facts.azSignedIn = false;
    facts.azSignInKnown = false;
    facts.azAnswerUnknown = false;

    m_path = ProcessRunner::findProgram(QStringLiteral("az"));
    m_ev.insert(QStringLiteral("path"), m_path);
    if (m_path.isEmpty()) {
        if (required()) {
            m_ev.insert(QStringLiteral("problem"), QStringLiteral("az-not-installed"));
            finish(ProbeStatus::Fail,
                   msg(QT_TR_NOOP("The Azure CLI (az) is not installed, but you sign in through it. Install the Azure CLI, or "
                      "sign in another way (a user name and password, or a token).")),
                   m_ev);
        } else {
            finish(ProbeStatus::Skip, msg(QT_TR_NOOP("The Azure CLI (az) is not installed; it is only needed to sign in through it.")),
                   m_ev);
        }
        return;
    }
    facts.azInstalled = true;

    const QString dir = azureCliConfigDir();
    m_watcher = new QFutureWatcher<AzureCliProfile>(this);
    connect(m_watcher, &QFutureWatcher<AzureCliProfile>::finished, this, [this] {
        QFutureWatcher<AzureCliProfile> *w = m_watcher;
        if (!w)
            return;
        w->disconnect(this);
        const AzureCliProfile p = w->result();
        w->deleteLater();
        onProfileRead(p);
    });
    m_watcher->setFuture(QtConcurrent::run([dir] { return readAzureCliProfile(dir); }));
}

void AzureCliProbe::cancel()
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
    }
}

void AzureCliProbe::setAccountEvidence(const AzureAccountInfo &a)
{
    if (!a.userName.isEmpty())
        m_ev.insert(QStringLiteral("user"), a.userName);
    if (!a.userType.isEmpty())
        m_ev.insert(QStringLiteral("userType"), a.userType);
    if (!a.subscriptionName.isEmpty())
        m_ev.insert(QStringLiteral("subscription"), a.subscriptionName);
    if (!a.tenantId.isEmpty())
        m_ev.insert(QStringLiteral("tenantId"), a.tenantId);
    if (!a.environmentName.isEmpty())
        m_ev.insert(QStringLiteral("cloud"), a.environmentName);
    m_ctx->facts.azCloud = a.environmentName;
}

void AzureCliProbe::onProfileRead(const AzureCliProfile &profile)
{
    m_profile = profile;
    m_ev.insert(QStringLiteral("configDir"), profile.configDir);
    m_ev.insert(QStringLiteral("profileExists"), profile.profileExists);
    if (!profile.version.isEmpty()) {
        m_ev.insert(QStringLiteral("version"), profile.version);
        m_ctx->facts.azVersion = parseLooseVersion(profile.version);
    }
    if (!profile.problem.isEmpty())
        m_ev.insert(QStringLiteral("profileProblem"), profile.problem);

    if (!required()) {
        finishFromProfile();
        return;
    }
    m_effectiveTimeoutMs = processTimeoutWithin(m_processTimeoutMs, timeoutMs(*m_ctx));
    m_process = new ProcessRunner(this);
    m_process->setTimeoutMs(m_effectiveTimeoutMs);
    m_process->setOutputCap(256 * 1024);
    connect(m_process, &ProcessRunner::finished, this, &AzureCliProbe::onAccountShow);
    m_process->start(m_path, {QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("--output"),
                              QStringLiteral("json")});
}

void AzureCliProbe::finishFromProfile()
{
    Facts &facts = m_ctx->facts;
    m_ev.insert(QStringLiteral("source"), QStringLiteral("azureProfile.json"));
    if (m_profile.profileExists && !m_profile.profileOk) {
        facts.azSignInKnown = false;
        m_ev.insert(QStringLiteral("signedIn"), QVariant());
        finish(ProbeStatus::Warn,
               msg(QT_TR_NOOP("The Azure CLI is installed, but its sign-in file %1 could not be read (%2), so whether you are "
                  "signed in is unknown.")).arg(m_profile.profilePath, m_profile.problem),
               m_ev);
        return;
    }
    facts.azSignInKnown = true;
    facts.azSignedIn = m_profile.signedIn();
    m_ev.insert(QStringLiteral("signedIn"), facts.azSignedIn);
    m_ev.insert(QStringLiteral("subscriptionCount"), m_profile.subscriptionCount);
    if (!facts.azSignedIn) {
        finish(ProbeStatus::Warn,
               msg(QT_TR_NOOP("The Azure CLI is installed but not signed in (no account in %1). az acr login needs az login "
                  "first.")).arg(m_profile.profilePath),
               m_ev);
        return;
    }
    setAccountEvidence(m_profile.account);
    finish(ProbeStatus::Pass,
           msg(QT_TR_NOOP("The Azure CLI is signed in as %1 (subscription \"%2\")."))
               .arg(m_profile.account.userName, m_profile.account.subscriptionName),
           m_ev);
}

void AzureCliProbe::onAccountShow(const ProcessOutcome &o)
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->deleteLater();
    }
    Facts &facts = m_ctx->facts;
    m_ev.insert(QStringLiteral("source"), QStringLiteral("az account show"));
    m_ev.insert(QStringLiteral("exitCode"), o.exitCode);
    const QString errLine = firstPrintableLine(o.err);
    if (!errLine.isEmpty())
        m_ev.insert(QStringLiteral("stderr"), errLine);

    if (!o.started || o.timedOut || o.crashed) {
        facts.azSignInKnown = false;
        facts.azAnswerUnknown = o.timedOut || o.crashed;
        facts.azSignedIn = false;
        m_ev.insert(QStringLiteral("signedIn"), QVariant());
        Message what;
        if (o.timedOut) {
            m_ev.insert(QStringLiteral("timedOut"), true);
            what = msg(QT_TR_N_NOOP("did not answer within %n second(s)"), (m_effectiveTimeoutMs + 999) / 1000);
        } else if (o.crashed) {
            m_ev.insert(QStringLiteral("crashed"), true);
            what = msg(QT_TR_NOOP("crashed"));
        } else {
            what = msg(QT_TR_NOOP("could not be started (%1)")).arg(o.startError);
        }
        finish(ProbeStatus::Fail,
               msg(QT_TR_NOOP("\"az account show\" %1, so whether you are signed in to the Azure CLI is unknown.")).arg(what), m_ev);
        return;
    }

    if (o.exitCode == 0) {
        const AzureAccountInfo a = parseAzureAccountShow(o.out);
        if (a.ok) {
            facts.azSignInKnown = true;
            facts.azSignedIn = true;
            m_ev.insert(QStringLiteral("signedIn"), true);
            setAccountEvidence(a);
            finish(ProbeStatus::Pass,
                   msg(QT_TR_NOOP("The Azure CLI is signed in as %1 (subscription \"%2\").")).arg(a.userName, a.subscriptionName),
                   m_ev);
            return;
        }
        facts.azSignInKnown = false;
        m_ev.insert(QStringLiteral("signedIn"), QVariant());
        finish(ProbeStatus::Fail,
               msg(QT_TR_NOOP("\"az account show\" succeeded but printed something that is not an account, so whether you are "
                  "signed in is unknown.")),
               m_ev);
        return;
    }

    facts.azSignedIn = false;
    const bool saysLogin = errLine.contains(QLatin1String("az login"), Qt::CaseInsensitive);
    facts.azSignInKnown = saysLogin;
    m_ev.insert(QStringLiteral("signedIn"), saysLogin ? QVariant(false) : QVariant());
    m_ev.insert(QStringLiteral("problem"), QStringLiteral("az-not-signed-in"));
    if (saysLogin)
        finish(ProbeStatus::Fail,
               msg(QT_TR_NOOP("The Azure CLI is not signed in (\"%1\"), but you sign in through it. Run az login, then az acr "
                  "login.")).arg(errLine),
               m_ev);
    else if (errLine.isEmpty())
        finish(ProbeStatus::Fail,
               msg(QT_TR_NOOP("\"az account show\" failed with exit code %1 and printed no message. Until it works, az acr login cannot sign you in."))
                   .arg(o.exitCode),
               m_ev);
    else
        finish(ProbeStatus::Fail,
               msg(QT_TR_NOOP("\"az account show\" failed (exit code %1): \"%2\". Until it works, az acr login cannot sign you in."))
                   .arg(o.exitCode)
                   .arg(errLine),
               m_ev);
}

} // namespace rd
