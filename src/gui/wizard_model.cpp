#include "wizard_model.h"
#include "diagnosis/render.h"
#include "client_detection.h"
#include "docker/docker_config.h"
#include "practice/practice_registry.h"
#include "report/html_report.h"
#include "report/json_report.h"
#include "report/redactor.h"
#include "report/text_report.h"

namespace rd {

WizardModel::WizardModel(QObject *parent) : QObject(parent) {}

WizardModel::~WizardModel()
{
    // A cancelled check reports at once; nobody may hear it while the window is being torn down.
    if (m_check) {
        m_check->disconnect(this);
        m_check->cancel();
    }
}

void WizardModel::setPracticeScenario(const QString &id)
{
    if (id == m_practiceScenario)
        return;
    cancelCheck();
    m_practiceScenario = id;
    m_practice.reset();
    emit practiceScenarioChanged(id);
}

namespace {
bool signsInWithPassword(SignInMethod m)
{
    return m == SignInMethod::Password || m == SignInMethod::RepositoryToken;
}
} // namespace

void WizardModel::setPassword(const QString &user, const Secret &secret)
{
    username = user;
    password = secret;
    m_passwordRegistry = secret.isEmpty() ? QString() : reference().loginServer;
    m_passwordForgotten = false;
}

void WizardModel::forgetPassword()
{
    username.clear();
    password.clear();
    m_passwordRegistry.clear();
    m_passwordForgotten = true;
}

bool WizardModel::passwordNeeded() const
{
    if (!signsInWithPassword(signIn) || !m_practiceScenario.isEmpty())
        return false;
    return password.isEmpty() ? m_passwordForgotten : m_passwordRegistry != reference().loginServer;
}

SignInMethod WizardModel::preferredSignIn(const QString &loginServer) const
{
    // A practice scenario that gives the trainee a Docker config (gcloud's credHelpers) signs in with
    // it, whatever this computer's config holds; the others sign in with the practice accounts.
    if (!m_practiceScenario.isEmpty() && practiceSignIn(m_practiceScenario) == SignInMethod::DockerStored)
        return SignInMethod::DockerStored;
    if (!loginServer.isEmpty()) {
        // Only the settings file (no helper program is run): an auths entry, or a credential
        // helper named for this registry, is what "docker login" leaves behind.
        const DockerConfig config = readDockerConfig(dockerConfigPath());
        if (config.ok && (config.authFor(loginServer) || config.credHelpers.contains(loginServer)))
            return SignInMethod::DockerStored;
    }
    return lastSignIn == SignInMethod::Auto ? SignInMethod::AzureCli : lastSignIn;
}

RegistryClient WizardModel::checkClient() const
{
    return m_check ? m_check->context().options.client : checkOptions().client;
}

CheckOptions WizardModel::checkOptions() const
{
    CheckOptions o;
    o.registryInput = registryText;
    o.signIn = signIn;
    o.repository = repository;
    o.action = action;
    o.symptoms = symptoms;
    if (!registryClientFromName(clientChoice, &o.client))
        o.client = detectRegistryClient().client;
    // The password goes only to the registry it was typed for, whatever registryText says now
    // (an opened report, a changed address).
    if (signsInWithPassword(signIn) && !password.isEmpty() && m_passwordRegistry == reference().loginServer) {
        o.username = username;
        o.password = password;
        o.passwordGiven = true;
    }
    return o;
}

bool WizardModel::startCheck(const QStringList &onlyProbes)
{
    if (isChecking())
        return false;
    m_fromReport = false;
    CheckOptions options = checkOptions();
    if (!m_practiceScenario.isEmpty()) {
        // The practice registry lives as long as the scenario is chosen, so "check again" talks
        // to the same one (same passwords, same certificates).
        if (!m_practice) {
            m_practice = std::make_unique<PracticeRegistry>();
            QString error;
            if (!m_practice->start(m_practiceScenario, &error)) {
                m_practice.reset();
                emit checkFailed(error);
                return false;
            }
        }
        CheckOptions base;
        base.repository = repository;
        base.action = action;
        base.symptoms = symptoms;
        base.client = options.client;   // the client the trainee chose, as the CLI's --client
        options = m_practice->checkOptions(base);
        // The trainee's own choices, as typed: no repository is no repository (issue 13).
        options.repository = repository;
        options.action = action;
    }
    options.onlyProbes = onlyProbes;
    if (adjustCheckOptions)
        adjustCheckOptions(options);
    m_partial = !onlyProbes.isEmpty() && !m_diagnosis.probes.isEmpty();
    if (m_check)
        m_check->deleteLater();
    m_check = new Check(options, this);
    if (!m_check->reference().isUsable()) {
        emit checkFailed(tr("\"%1\" is not a registry address.").arg(options.registryInput));
        return false;
    }
    connect(m_check, &Check::probeStarted, this, &WizardModel::probeStarted);
    connect(m_check, &Check::probeFinished, this, &WizardModel::probeFinished);
    connect(m_check, &Check::finished, this, &WizardModel::onFinished);
    m_checking = true;
    emit checkStarted(m_check->plannedProbes(), m_partial);
    m_check->start();
    return true;
}

bool WizardModel::checkAgain(const QString &causeId)
{
    if (isChecking())
        return false;
    QStringList causeProbes, earlier;
    for (const Cause &c : std::as_const(m_diagnosis.causes))
        if (c.id == causeId)
            causeProbes = c.probes;
    for (const ProbeResult &p : std::as_const(m_diagnosis.probes))
        earlier << p.id;
    if (causeProbes.isEmpty())
        return false;
    m_recheckCause = causeId;
    if (startCheck(recheckProbes(causeProbes, earlier)))
        return true;
    m_recheckCause.clear();
    return false;
}

void WizardModel::onFinished(const Diagnosis &d)
{
    m_checking = false;
    if (!m_partial) {
        m_diagnosis = d;
    } else {
        // Keep the first diagnosis; replace what was checked again, and its causes.
        m_lastRecheck = mergeRecheck(m_diagnosis, d, m_recheckCause);
        m_diagnosis = m_lastRecheck.merged;
    }
    m_recheckCause.clear();
    ++m_revision;
    emit checkFinished(m_diagnosis, m_partial);
    emit diagnosisChanged();
}

void WizardModel::cancelCheck()
{
    if (m_check && m_check->isRunning())
        m_check->cancel();
}

bool WizardModel::isChecking() const
{
    return m_checking;
}

QStringList WizardModel::plannedProbes() const
{
    return m_check ? m_check->plannedProbes() : QStringList();
}

QStringList WizardModel::dependenciesOf(const QString &probeId) const
{
    return m_check ? m_check->dependenciesOf(probeId) : QStringList();
}

void WizardModel::renderInCurrentLanguage()
{
    if (m_diagnosis.probes.isEmpty())
        return;
    renderDiagnosis(m_diagnosis);
    emit diagnosisChanged();
}

void WizardModel::setDiagnosis(const Diagnosis &d)
{
    cancelCheck();
    m_diagnosis = d;
    m_fromReport = true;
    pastedError.clear();   // the report's own, not what was typed for another check
    caseNumber.clear();
    ++m_revision;
    emit diagnosisChanged();
}

namespace {
Redactor redactorFor(const Check *check, const Secret &password)
{
    Redactor r = check ? Redactor(check->context()) : Redactor();
    r.add(password);
    return r;
}
} // namespace

Diagnosis WizardModel::diagnosisForReport() const
{
    Diagnosis d = m_diagnosis;
    // A report opened from a file keeps what its author added, unless something is typed now.
    if (!m_fromReport || !pastedError.isEmpty())
        d.pastedError = pastedError.left(4000);
    if (!m_fromReport || !caseNumber.isEmpty())
        d.caseNumber = caseNumber.trimmed().left(100);
    return d;
}

QByteArray WizardModel::jsonReport() const
{
    return writeJsonReport(diagnosisForReport(), redactorFor(m_check, password));
}

QString WizardModel::markdownReport() const
{
    return writeMarkdownReport(diagnosisForReport(), redactorFor(m_check, password));
}

QString WizardModel::htmlReport() const
{
    return writeHtmlReport(diagnosisForReport(), redactorFor(m_check, password), nativeShell());
}

QString WizardModel::chatSummary() const
{
    return writeChatSummary(diagnosisForReport(), redactorFor(m_check, password), nativeShell());
}

void WizardModel::reset()
{
    cancelCheck();
    if (m_check) {
        m_check->deleteLater();
        m_check = nullptr;
    }
    password.clear();
    username.clear();
    m_passwordRegistry.clear();
    m_passwordForgotten = false;
    repository.clear();
    action = QStringLiteral("pull");
    symptoms.clear();
    pastedError.clear();
    caseNumber.clear();
    m_diagnosis = Diagnosis();
    m_fromReport = false;
    m_practice.reset();
    ++m_revision;
    emit diagnosisChanged();
}

} // namespace rd
