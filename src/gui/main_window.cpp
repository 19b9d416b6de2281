#include "main_window.h"
#include "about_dialog.h"
#include "all_logins_dialog.h"
#include "accessibility.h"
#include "checking_page.h"
#include "diagnosis/cause_catalog.h"
#include "i18n/translations.h"
#include "local_file.h"
#include "practice/practice_registry.h"
#include "palette_colors.h"
#include "practice_dialog.h"
#include "registry_page.h"
#include "report/json_report.h"
#include "report/report_file_name.h"
#include "results_page.h"
#include "step_list.h"
#include "symptoms_page.h"
#include "wizard_model.h"
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

namespace rd {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_model(new WizardModel(this))
{
    installAccessibility();
    setWindowIcon(QIcon(QStringLiteral(":/icons/registry-doctor.svg")));
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    m_practiceBanner = new QLabel(central);
    m_practiceBanner->setWordWrap(true);
    m_practiceBanner->setContentsMargins(16, 8, 16, 8);
    m_practiceBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_practiceBanner->palette();
    bannerPalette.setColor(QPalette::Window, bannerBackground(bannerPalette));
    bannerPalette.setColor(QPalette::WindowText, bannerPalette.color(QPalette::HighlightedText));
    m_practiceBanner->setPalette(bannerPalette);
    m_practiceBanner->hide();
    outer->addWidget(m_practiceBanner);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    m_steps = new StepList(central);
    m_steps->setMinimumWidth(170);
    m_steps->setMaximumWidth(230);
    m_steps->setAccessibleName(tr("Steps"));
    body->addWidget(m_steps);

    auto *right = new QVBoxLayout;
    right->setContentsMargins(24, 20, 24, 16);
    right->setSpacing(12);
    m_stack = new QStackedWidget(central);
    m_registryPage = new RegistryPage(m_model, m_stack);
    const QList<WizardPage *> pages{m_registryPage, new SymptomsPage(m_model, m_stack), new CheckingPage(m_model, m_stack),
                                    new ResultsPage(m_model, m_stack)};
    for (WizardPage *p : pages) {
        m_stack->addWidget(p);
        connect(p, &WizardPage::completeChanged, this, &MainWindow::updateButtons);
        connect(p, &WizardPage::nextRequested, this, &MainWindow::next);
        connect(p, &WizardPage::backRequested, this, &MainWindow::back);
    }
    right->addWidget(m_stack, 1);

    auto *buttons = new QHBoxLayout;
    m_cancel = new QPushButton(central);
    m_back = new QPushButton(central);
    m_next = new QPushButton(central);
    m_next->setDefault(true);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    right->addLayout(buttons);
    body->addLayout(right, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);
    m_liveStatus = new LiveStatus(statusBar());
    statusBar()->addWidget(m_liveStatus, 1);

    connect(m_next, &QPushButton::clicked, this, &MainWindow::next);
    // Ctrl+Enter moves on from anywhere, also from a multi-line field where Enter adds a line.
    for (int key : {Qt::Key_Return, Qt::Key_Enter})
        connect(new QShortcut(QKeySequence(Qt::CTRL | key), this), &QShortcut::activated, m_next, &QPushButton::click);
    connect(m_back, &QPushButton::clicked, this, &MainWindow::back);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (auto *checking = qobject_cast<CheckingPage *>(page(CheckingStep)); checking && currentStep() == CheckingStep)
            checking->cancel(); // marks the rows that will not run
        else
            m_model->cancelCheck();
    });
    connect(m_model, &WizardModel::checkStarted, this, &MainWindow::updateButtons);
    connect(m_model, &WizardModel::checkFinished, this, &MainWindow::updateButtons);
    connect(m_model, &WizardModel::checkFailed, this, [this](const QString &reason) {
        showError(tr("The check could not start"), reason);
        goTo(SymptomsStep);
    });
    connect(m_model, &WizardModel::practiceScenarioChanged, this, &MainWindow::retranslate);

    chooseFile = [this](bool save) {
        const QString filters = tr("Report (*.json);;Markdown (*.md);;Web page (*.html)");
        // A name a help desk can tell apart: registry-doctor-REGISTRY-YYYYMMDD-HHMM.json.
        return save ? QFileDialog::getSaveFileName(this, tr("Save report"), reportFileName(m_model->diagnosis()), filters)
                    : QFileDialog::getOpenFileName(this, tr("Open report"), QString(), tr("Report (*.json)"));
    };
    showError = [this](const QString &title, const QString &text) { QMessageBox::warning(this, title, text); };

    buildMenus();
    setAcceptDrops(true);   // a report file dropped on the window opens it
    // A minimum and a first size never larger than the screen: at 200 % on a 1366x768 screen
    // there are 683x384 points, and Back and Next must stay on it (the pages scroll). Not every
    // window system fits a window to the screen.
    QSize least(720, 520);
    QSize first(960, 700);
    if (const QScreen *s = screen()) {
        least = least.boundedTo(s->availableGeometry().size());
        first = first.boundedTo(s->availableGeometry().size());
    }
    setMinimumSize(least);
    resize(first);
    loadSettings();
    retranslate();
    goTo(RegistryStep);
}

MainWindow::~MainWindow()
{
    // The pages go before the model: stop the model from talking to them first.
    m_model->disconnect();
    m_model->cancelCheck();
}

void MainWindow::buildMenus()
{
    auto add = [this](QMenu *menu, auto slot, QKeySequence shortcut = {}) {
        QAction *a = menu->addAction(QString());
        a->setShortcut(shortcut);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = add(m_fileMenu, [this] { restart(); }, QKeySequence::New);
    m_openAction = add(m_fileMenu, [this] {
        const QString path = chooseFile(false);
        if (!path.isEmpty())
            openReport(path);
    }, QKeySequence::Open);
    m_saveAction = add(m_fileMenu, [this] {
        const QString path = chooseFile(true);
        if (!path.isEmpty())
            saveReport(path);
    }, QKeySequence::Save);
    m_copyAction = add(m_fileMenu, [this] {
        QGuiApplication::clipboard()->setText(m_model->chatSummary());
        m_liveStatus->announce(tr("Summary copied: paste it into a chat or an e-mail."));
    });
    m_allLoginsAction = add(m_fileMenu, [this] {
        AllLoginsDialog dialog(AllLoginsDialog::savedLoginChecks(), this);
        dialog.exec();
    });
    m_fileMenu->addSeparator();
    m_quitAction = add(m_fileMenu, [this] { close(); }, QKeySequence::Quit);

    m_practiceMenu = menuBar()->addMenu(QString());
    m_practiceAction = add(m_practiceMenu, [this] { choosePractice(); });
    m_leavePracticeAction = add(m_practiceMenu, [this] { startPractice(QString()); });

    m_languageMenu = menuBar()->addMenu(QString());
    m_languages = new QActionGroup(this);
    m_systemLanguageAction = m_languageMenu->addAction(QString());
    m_systemLanguageAction->setCheckable(true);
    m_systemLanguageAction->setData(QString());
    m_languages->addAction(m_systemLanguageAction);
    m_languageMenu->addSeparator();
    for (const QString &lang : availableLanguages()) {
        QLocale locale(lang);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        QAction *a = m_languageMenu->addAction(name.isEmpty() ? lang : name);
        a->setCheckable(true);
        a->setData(lang);
        m_languages->addAction(a);
    }
    connect(m_languages, &QActionGroup::triggered, this, [this](QAction *a) { setLanguage(a->data().toString()); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_docsAction = add(m_helpMenu, [] {
        QDesktopServices::openUrl(QUrl(learnUrl(QStringLiteral("container-registry-troubleshoot-login-authn-authz"))));
    });
    m_aboutAction = add(m_helpMenu, [this] { showAbout(); });
}

void MainWindow::retranslate()
{
    const QString scenario = m_model->practiceScenario();
    // The user's complaint, not the scenario's title: the title names the cause, which the
    // trainee is to find (the results page tells it after the check).
    QString complaint;
    for (const PracticeScenario &s : practiceScenarios())
        if (s.id == scenario)
            complaint = s.complaint;
    // Quoted inside a sentence: without its own full stop.
    if (complaint.endsWith(QLatin1Char('.')) || complaint.endsWith(QChar(0x3002)))
        complaint.chop(1);
    //: Part of the window title in practice mode; %1 is what the user complains about (the practice scenario).
    m_practiceTitle = scenario.isEmpty() ? QString() : tr("Practice: %1").arg(complaint);
    updateStepTitle();
    m_practiceBanner->setVisible(!scenario.isEmpty());
    m_practiceBanner->setText(tr("Practice mode: \"%1\". Checks go to the built-in practice registry on this computer, not to a real one.")
                                  .arg(complaint));
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New check"));
    m_openAction->setText(tr("&Open report…"));
    m_saveAction->setText(tr("&Save report…"));
    m_copyAction->setText(tr("&Copy summary for chat or e-mail"));
    m_allLoginsAction->setText(tr("Check all my saved &logins…"));
    m_quitAction->setText(tr("&Quit"));
    m_practiceMenu->setTitle(tr("&Practice"));
    m_practiceAction->setText(tr("&Choose a practice scenario…"));
    m_leavePracticeAction->setText(tr("&Leave practice mode"));
    m_leavePracticeAction->setEnabled(!scenario.isEmpty());
    m_languageMenu->setTitle(tr("&Language"));
    m_systemLanguageAction->setText(tr("&System language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_docsAction->setText(tr("&Troubleshooting guide (Microsoft Learn)"));
    m_aboutAction->setText(tr("&About Registry Doctor"));
    m_cancel->setText(tr("&Stop checking"));
    m_back->setText(tr("&Back"));
    QStringList steps;
    for (int i = 0; i < StepCount; ++i)
        steps << page(Step(i))->stepTitle();
    m_steps->setSteps(steps);
    for (QAction *a : m_languages->actions())
        a->setChecked(a->data().toString() == m_language);
    updateButtons();
}

void MainWindow::updateStepTitle()
{
    const int step = currentStep();
    if (WizardPage *p = page(Step(step))) {
        // The program's name last: the platform adds it to a title that does not end with it.
        QStringList parts{tr("Step %1 of %2: %3").arg(step + 1).arg(int(StepCount)).arg(p->stepTitle())};
        if (!m_practiceTitle.isEmpty())
            parts << m_practiceTitle;
        parts << tr("Registry Doctor");
        setWindowTitle(parts.join(QStringLiteral(" — ")));
    }
}

WizardPage *MainWindow::page(Step step) const
{
    return qobject_cast<WizardPage *>(m_stack->widget(step));
}

MainWindow::Step MainWindow::currentStep() const
{
    return Step(m_stack->currentIndex());
}

void MainWindow::goTo(Step step)
{
    if (WizardPage *leaving = page(currentStep()); leaving && step > currentStep())
        leaving->leave();
    m_stack->setCurrentIndex(step);
    WizardPage *p = page(step);
    p->enter();
    m_steps->setCurrent(step);
    updateStepTitle();
    updateButtons();
    if (QWidget *w = p->firstFocus())
        w->setFocus(Qt::TabFocusReason);
    else
        m_next->setFocus(Qt::TabFocusReason);
}

void MainWindow::updateButtons()
{
    WizardPage *p = page(currentStep());
    if (!p)
        return;
    const bool checking = m_model->isChecking();
    const bool last = currentStep() == ResultsStep;
    m_back->setEnabled(currentStep() > RegistryStep && p->canGoBack() && !checking);
    m_next->setEnabled(p->canGoNext() && !(checking && currentStep() == CheckingStep));
    m_next->setText(last ? tr("&New check") : p->nextText());
    m_cancel->setVisible(checking);
    m_saveAction->setEnabled(!m_model->diagnosis().probes.isEmpty());
    m_copyAction->setEnabled(!m_model->diagnosis().probes.isEmpty());
}

void MainWindow::next()
{
    switch (currentStep()) {
    case RegistryStep:
        if (page(RegistryStep)->canGoNext())
            goTo(SymptomsStep);
        break;
    case SymptomsStep:
        if (!page(SymptomsStep)->canGoNext())
            break;
        page(SymptomsStep)->leave();
        if (m_model->passwordNeeded()) {
            // Forgotten (a report was opened) or typed for another registry: never sent elsewhere.
            goTo(RegistryStep);
            m_registryPage->askForPassword();
            statusBar()->showMessage(tr("Type the password for %1 again: a password goes only to the registry it was typed for.")
                                         .arg(m_model->reference().loginServer));
            break;
        }
        goTo(CheckingStep);
        m_model->startCheck();
        break;
    case CheckingStep:
        if (!m_model->isChecking())
            goTo(ResultsStep);
        break;
    case ResultsStep:
        restart();
        break;
    case StepCount:
        break;
    }
}

void MainWindow::back()
{
    if (m_model->isChecking() || currentStep() == RegistryStep)
        return;
    goTo(currentStep() == ResultsStep ? SymptomsStep : Step(currentStep() - 1));
}

void MainWindow::restart()
{
    m_model->cancelCheck();
    const QString registry = m_model->registryText;
    m_model->reset();
    m_model->registryText = registry;
    m_registryPage->clearSecret();
    goTo(RegistryStep);
}

bool MainWindow::openReport(const QString &path)
{
    // A regular file only, bounded: a FIFO or /dev/zero must not hang or exhaust the wizard.
    const LocalFile f = readLocalFile(path, 16 * 1024 * 1024);
    if (!f.ok() && f.status != LocalFile::Status::TooLarge) {
        showError(tr("The report could not be opened"),
                  tr("%1 cannot be read: %2").arg(path, f.problem.isEmpty() ? tr("no such file") : f.problem));
        return false;
    }
    Diagnosis d;
    QString problem;
    if (!f.ok() || !readJsonReport(f.bytes, &d, &problem)) {
        // Say what is wrong with the file in words, once (the parser's own text is English).
        QString why;
        if (!f.ok())
            why = tr("%1 is too large to be a report from Registry Doctor.").arg(path);
        else if (problem == QLatin1String("not a Registry Doctor report"))
            why = tr("%1 is a JSON file, but not a report saved by Registry Doctor. Open a .json file that Registry Doctor saved (File > Save report).").arg(path);
        else
            //: %1 is a file path; %2 the JSON parser's message (in English).
            why = tr("%1 is not a report from Registry Doctor: it is not a readable JSON file (%2).").arg(path, problem);
        showError(tr("The report could not be opened"), why);
        return false;
    }
    // A file from someone else never chooses where the user's password goes: it is forgotten.
    m_model->forgetPassword();
    m_registryPage->clearSecret();
    m_model->registryText = d.loginServer.isEmpty() ? d.registryInput : d.loginServer;
    m_model->setDiagnosis(d);
    goTo(ResultsStep);
    return true;
}

bool MainWindow::saveReport(const QString &path)
{
    QByteArray bytes;
    if (path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive))
        bytes = m_model->markdownReport().toUtf8();
    else if (path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) || path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive))
        bytes = m_model->htmlReport().toUtf8();
    else
        bytes = m_model->jsonReport();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        showError(tr("The report could not be saved"), tr("%1 cannot be written: %2").arg(path, f.errorString()));
        return false;
    }
    m_liveStatus->announce(tr("Report saved to %1").arg(path));
    return true;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openReport(urls.first().toLocalFile());
}

void MainWindow::setLanguage(const QString &language)
{
    m_language = language;
    installTranslations(language); // Qt then sends LanguageChange to every widget
    saveSettings();
    retranslate();
    // The findings are messages: render them again in the new language. Nothing is checked again
    // (no request, no password sent), and a report opened from a file reads in the new language too.
    m_model->renderInCurrentLanguage();
}

void MainWindow::startPractice(const QString &scenarioId)
{
    if (!scenarioId.isEmpty() && !isPracticeScenario(scenarioId))
        return;
    m_model->cancelCheck();
    m_model->setPracticeScenario(scenarioId);
    if (!scenarioId.isEmpty())
        m_model->registryText = practiceRegistryInput(scenarioId); // the registry the complaint is about
    m_model->signIn = m_model->preferredSignIn(m_model->reference().loginServer); // the scenario's own, or this computer's again
    goTo(RegistryStep);
    retranslate();
}

void MainWindow::choosePractice()
{
    PracticeDialog dialog(m_model->practiceScenario(), this);
    if (dialog.exec() == QDialog::Accepted)
        startPractice(dialog.scenarioId());
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_model->cancelCheck();
    saveSettings();
    m_model->reset(); // the secret goes with the window
    QMainWindow::closeEvent(event);
}

void MainWindow::loadSettings()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    m_language = s.value(QStringLiteral("language")).toString();
    m_model->registryText = s.value(QStringLiteral("lastRegistry")).toString();
    SignInMethod last = SignInMethod::Auto;
    if (signInMethodFromName(s.value(QStringLiteral("lastSignIn")).toString(), &last))
        m_model->lastSignIn = last;
    m_model->signIn = m_model->preferredSignIn(m_model->reference().loginServer);
    RegistryClient client = RegistryClient::Docker;
    const QString lastClient = s.value(QStringLiteral("lastClient")).toString();
    if (registryClientFromName(lastClient, &client))
        m_model->clientChoice = lastClient;
}

void MainWindow::saveSettings() const
{
    // Never a secret here: only the window, the language, the last registry's address, how the
    // user signed in to it (the method's name) and the client they use ("docker", ..., "auto").
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("language"), m_language);
    if (m_model->practiceScenario().isEmpty() && m_model->reference().isUsable()) {
        s.setValue(QStringLiteral("lastRegistry"), m_model->reference().loginServer);
        s.setValue(QStringLiteral("lastSignIn"), signInMethodName(m_model->signIn));
        s.setValue(QStringLiteral("lastClient"), m_model->clientChoice);
    }
}

} // namespace rd
