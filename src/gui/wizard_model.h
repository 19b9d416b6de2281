#pragma once
// What the wizard's pages share: the user's answers (registry, sign-in, symptoms), the check that
// runs in the background, and its diagnosis. Pages read and write it; only the model starts,
// cancels and re-runs checks. The password lives here in a Secret, never in settings or logs,
// and is wiped by reset() and by opening a report. It is sent only to the registry it was typed
// for: a check of another registry asks for it again (passwordNeeded()).
#include "diagnosis/check.h"
#include "diagnosis/diagnosis.h"
#include "diagnosis/recheck.h"
#include "registry/registry_reference.h"
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>

namespace rd {

class PracticeRegistry;

class WizardModel : public QObject
{
    Q_OBJECT
public:
    explicit WizardModel(QObject *parent = nullptr);
    ~WizardModel() override;

    // Answers
    QString registryText;
    SignInMethod signIn = SignInMethod::AzureCli;
    QString username;
    Secret password;             // set with setPassword()
    QString repository;
    QString action = QStringLiteral("pull");
    // The client the user failed with, as --client names it: "docker", "podman", "helm", or
    // "auto" (found out when the check starts, as registry-doctor-cli --client auto does).
    QString clientChoice = QStringLiteral("auto");
    QStringList symptoms;        // empty = check everything
    QString pastedError;
    QString caseNumber;          // a help-desk case number, for the report

    RegistryReference reference() const { return parseRegistryReference(registryText); }

    // The quickest sign-in to offer first for a registry: Docker's saved login when Docker's
    // settings file names the registry, else the method used last (lastSignIn, from the
    // settings), else the Azure CLI.
    SignInMethod preferredSignIn(const QString &loginServer) const;
    SignInMethod lastSignIn = SignInMethod::Auto;

    // The user and password typed for the registry in registryText now: the password belongs
    // to that registry's login server and goes to no other.
    void setPassword(const QString &user, const Secret &secret);
    // Forgets the user name and password (a report from a file is opened): the next check of a
    // registry that signs in with a password asks for it again.
    void forgetPassword();
    // A password sign-in whose password was forgotten or was typed for another registry than the
    // one in registryText: the wizard asks for it again before a check.
    bool passwordNeeded() const;

    // Seam for tests: adjusts the options of every check the wizard starts (loopback servers).
    std::function<void(CheckOptions &)> adjustCheckOptions;

    // Practice mode: checks run against the built-in practice registry and this scenario.
    QString practiceScenario() const { return m_practiceScenario; }
    const PracticeRegistry *practiceRegistry() const { return m_practice.get(); }
    void setPracticeScenario(const QString &id);

    // The options a check would run with now.
    CheckOptions checkOptions() const;

    // Runs a full check; `onlyProbes` re-runs just those (and what they depend on) to see whether
    // a cause is gone. Progress comes through the signals below.
    bool startCheck(const QStringList &onlyProbes = {});
    // "Check again" for one cause of the diagnosis: its probes and everything they blocked run
    // again, and the answer is merged in (recheck.h). lastRecheck() says how it ended.
    bool checkAgain(const QString &causeId);
    const Recheck &lastRecheck() const { return m_lastRecheck; }
    void cancelCheck();
    bool isChecking() const;
    // The client the current (or last) check runs for, as its options resolved "auto".
    RegistryClient checkClient() const;
    QStringList plannedProbes() const;
    QStringList dependenciesOf(const QString &probeId) const;

    Diagnosis diagnosis() const { return m_diagnosis; }
    // Grows each time diagnosis() changes (before checkFinished and diagnosisChanged are sent), so a
    // page can tell whether what it shows is still current.
    quint64 diagnosisRevision() const { return m_revision; }
    // A diagnosis read from a saved report (help desk): shown without a check behind it.
    void setDiagnosis(const Diagnosis &d);
    bool diagnosisFromReport() const { return m_fromReport; }
    // After a language switch: the diagnosis in the new language, without checking again.
    void renderInCurrentLanguage();
    // The diagnosis as a report holds it: with the pasted error and the case number.
    Diagnosis diagnosisForReport() const;
    // Report text with every secret this session knows removed.
    QByteArray jsonReport() const;
    QString markdownReport() const;
    QString htmlReport() const;
    QString chatSummary() const;

    // Forgets the answers and the secret; stops any check.
    void reset();

signals:
    void practiceScenarioChanged(const QString &id);
    void checkStarted(const QStringList &probes, bool partial);
    void probeStarted(const QString &id);
    void probeFinished(const rd::ProbeResult &result);
    void checkFinished(const rd::Diagnosis &diagnosis, bool partial);
    void checkFailed(const QString &reason);
    void diagnosisChanged();

private:
    void onFinished(const Diagnosis &d);
    QString m_practiceScenario;
    std::unique_ptr<PracticeRegistry> m_practice;
    QPointer<Check> m_check;
    bool m_partial = false;
    QString m_recheckCause;        // the cause a partial check is for (empty: a plain partial check)
    Recheck m_lastRecheck;
    bool m_checking = false;   // from before the first probe starts until the diagnosis is in
    Diagnosis m_diagnosis;
    bool m_fromReport = false;
    QString m_passwordRegistry;    // the login server the password was typed for
    bool m_passwordForgotten = false;
    quint64 m_revision = 0;
};

} // namespace rd
