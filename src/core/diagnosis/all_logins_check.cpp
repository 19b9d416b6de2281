#include "all_logins_check.h"
#include "check.h"
#include "ids.h"
#include "probes/credentials_probe.h"
#include "registry/registry_kind.h"

namespace rd {

CheckOptions AllLoginsCheck::savedLoginOptions(const CheckOptions &base, const QString &server)
{
    CheckOptions o = base;
    o.registryInput = server;
    o.signIn = SignInMethod::DockerStored;
    o.username.clear();
    o.password.clear();
    o.passwordGiven = false;
    o.onlyProbes = QStringList{idName(ProbeId::Credentials)};
    return o;
}

AllLoginsCheck::AllLoginsCheck(const CheckOptions &base, const QStringList &servers, QObject *parent) : QObject(parent)
{
    for (const QString &server : servers)
        m_checks << new Check(savedLoginOptions(base, server), this);
    m_results.resize(m_checks.size());
}

AllLoginsCheck::AllLoginsCheck(const QVector<CheckOptions> &checks, QObject *parent) : QObject(parent)
{
    for (const CheckOptions &o : checks)
        m_checks << new Check(o, this);
    m_results.resize(m_checks.size());
}

AllLoginsCheck::~AllLoginsCheck() = default;

void AllLoginsCheck::start()
{
    if (isRunning())
        return;
    m_pending = int(m_checks.size());
    if (m_pending == 0) {
        emit finished(m_results);
        return;
    }
    for (int i = 0; i < m_checks.size(); ++i) {
        Check *check = m_checks.at(i);
        connect(
            check, &Check::finished, this, [this, i, check](const Diagnosis &d) {
                const CheckContext &ctx = check->context();
                SavedLoginStatus &s = m_results[i];
                s.server = ctx.reference.loginServer;
                s.kind = d.registryKind;
                s.user = ctx.facts.used.username.isEmpty() ? ctx.facts.stored.username : ctx.facts.used.username;
                s.works = ctx.passed(ProbeId::Credentials);
                s.tested = s.works || ctx.failed(ProbeId::Credentials);
                s.expiresAt = CredentialsProbe::signInExpiry(ctx);
                s.diagnosis = d;
                if (--m_pending == 0)
                    emit finished(m_results);
            },
            Qt::SingleShotConnection);
    }
    // Every check runs on this thread's event loop; their probes wait on the network and on child
    // processes, so they overlap.
    for (Check *check : std::as_const(m_checks))
        check->start();
}

void AllLoginsCheck::cancel()
{
    for (Check *check : std::as_const(m_checks))
        check->cancel();
}

} // namespace rd
