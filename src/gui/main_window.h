#pragma once
// The wizard's window: the steps on the left, the current page, Back / Next at the bottom, and the
// menus (reports, practice mode, language, help). The final actions (open and save reports,
// switching language, practice mode) live here rather than scattered in pages.
#include <QMainWindow>
#include <QPointer>
#include <functional>

class QAction;
class QActionGroup;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace rd {

class WizardModel;
class WizardPage;
class RegistryPage;
class LiveStatus;
class StepList;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Step { RegistryStep, SymptomsStep, CheckingStep, ResultsStep, StepCount };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    WizardModel *model() const { return m_model; }
    WizardPage *page(Step step) const;
    Step currentStep() const;
    void goTo(Step step);

    bool openReport(const QString &path);          // shows its results; false with a message box when unreadable
    bool saveReport(const QString &path);          // format from the extension: .md, .html, .json
    void setLanguage(const QString &language);     // "" = the system's
    void startPractice(const QString &scenarioId); // "" leaves practice mode
    void restart();                                // a new check: answers kept but the secret

    // Seams for tests: file and message dialogs are modal.
    std::function<QString(bool save)> chooseFile;
    std::function<void(const QString &title, const QString &text)> showError;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void updateButtons();
    void updateStepTitle();   // "Step 2 of 4: What happens — Registry Doctor"
    void next();
    void back();
    void choosePractice();
    void showAbout();
    void loadSettings();
    void saveSettings() const;

    WizardModel *m_model;
    QStackedWidget *m_stack;
    StepList *m_steps;
    QLabel *m_practiceBanner;
    LiveStatus *m_liveStatus = nullptr;
    QString m_practiceTitle;  // "Practice: <the complaint>" in practice mode, else empty
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_cancel;
    RegistryPage *m_registryPage = nullptr;
    QMenu *m_fileMenu = nullptr, *m_practiceMenu = nullptr, *m_languageMenu = nullptr, *m_helpMenu = nullptr;
    QAction *m_openAction = nullptr, *m_saveAction = nullptr, *m_copyAction = nullptr, *m_allLoginsAction = nullptr, *m_newAction = nullptr,
            *m_quitAction = nullptr, *m_practiceAction = nullptr, *m_leavePracticeAction = nullptr,
            *m_systemLanguageAction = nullptr, *m_docsAction = nullptr, *m_aboutAction = nullptr;
    QActionGroup *m_languages = nullptr;
    QString m_language;
};

} // namespace rd
