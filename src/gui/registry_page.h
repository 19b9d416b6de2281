#pragma once
// The first step: which registry, how the user signs in, and (optionally) which repository and
// whether they pull or push. The registry text is checked as it is typed: mistakes come with the
// corrected login server and a "Use this" button. The password stays in its field until leave()
// hands it to the model as a Secret; clearSecret() empties the field.
#include "registry/registry_reference.h"
#include "wizard_page.h"
#include <memory>

#include <QPalette>

class QButtonGroup;
class QLabel;
class QTimer;

class QCheckBox;
class QLabel;

namespace rd {

namespace Ui {
class RegistryPage;
}
enum class SignInMethod;

class RegistryPage : public WizardPage
{
    Q_OBJECT
public:
    explicit RegistryPage(WizardModel *model, QWidget *parent = nullptr);
    ~RegistryPage() override;

    QString stepTitle() const override;   // "Registry"
    void enter() override;                // reads the answers back from the model
    void leave() override;                // writes them to the model (the password as a Secret)
    bool canGoNext() const override;      // the registry text gives a usable login server
    QWidget *firstFocus() override;       // the registry field

    // Empties the password field (the main window calls it when the wizard starts over).
    void clearSecret();
    // Empties the password field and gives it the keyboard (the password must be typed again).
    void askForPassword();

    // What the registry field holds now, parsed.
    RegistryReference reference() const { return m_reference; }
    // The sign-in method chosen; SignInMethod::Auto when none is.
    SignInMethod signInMethod() const;
    // The repository as it will be used: lowercase, without ":tag" or "@digest".
    QString repositoryName() const;
    // The login server the "Use this" button would put in the field; empty when none.
    QString suggestion() const { return m_suggestion; }
    // Why Next waits for the user name and password (empty when nothing is missing).
    QString credentialsProblem() const;
    QCheckBox *showPasswordBox() const { return m_showPassword; }

protected:
    void retranslate() override;
    void changeEvent(QEvent *event) override;

private:
    void updateFeedback(bool showErrors);
    void updateRepositoryHint();
    void updateCredentials();
    void updateSignInChoices(); // the sign-in methods the registry's service takes, in its words
    void updateCredentialsProblem();
    void applySuggestion();
    void applyStyles();
    void setFeedbackIcon(const QString &resource);
    void onReturnPressed();
    QString feedbackText() const;   // what the feedback under the field says, as plain text
    void announceFeedback();

    std::unique_ptr<Ui::RegistryPage> ui;
    QButtonGroup *m_signInGroup = nullptr;
    QButtonGroup *m_actionGroup = nullptr;
    QTimer *m_errorTimer = nullptr;         // shows a blocking mistake once the typing pauses
    QTimer *m_announceTimer = nullptr;      // announces the feedback once the typing pauses
    QString m_announced;
    QPalette m_errorPalette;
    RegistryReference m_reference;
    QString m_suggestion;
    QString m_autoRepository;   // what we put in the repository field from a pasted image reference
    bool m_feedbackIsError = false;
    bool m_nameMissing = false;
    bool m_signInChosen = false;  // the user picked a sign-in method: no preselection replaces it
    QString m_preferredFor;       // the login server the sign-in was last preselected for   // only the domain (".azurecr.io") was typed
    QString m_acrPasswordTitle;   // the form's wording of the password choice (ACR's), after translation
    QString m_acrPasswordHint;
    QCheckBox *m_showPassword = nullptr;
    QLabel *m_credentialsProblem = nullptr;
    bool m_styling = false;
};

} // namespace rd
