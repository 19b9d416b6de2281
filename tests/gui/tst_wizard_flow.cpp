// The whole wizard as a person uses it: keyboard only, from the first page to the right cause
// for every practice scenario; Stop; save a report and open it again; nothing secret reaches the
// settings or a saved report. With RD_SCREENSHOT_DIR set, each page of a run is saved as a PNG.
#include "accessibility.h"
#include "cause_card.h"
#include "main_window.h"
#include "results_page.h"
#include "step_list.h"
#include "practice/practice_registry.h"
#include "wizard_model.h"
#include "wizard_page.h"
#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QAbstractButton>
#include <QHash>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QRadioButton>
#include <QDropEvent>
#include <QMimeData>
#include <QScrollArea>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace rd;

namespace {

QStringList cardIds(QWidget *window)
{
    QStringList ids;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (w->objectName().startsWith(QLatin1String("causeCard_")) && w->isVisibleTo(window))
            ids << w->objectName().mid(10);
    }
    ids.sort();
    ids.removeDuplicates();
    return ids;
}

void saveShot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QApplication::processEvents();
    window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

class WizardFlowTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void practiceScenario_keyboardOnly_reachesTheRightCause_data();
    void practiceScenario_keyboardOnly_reachesTheRightCause();
    void stopButton_endsASlowCheckAtOnce();
    void results_keyboardOnHeadline_builtOnce_buttonsAfterTheContent();
    void savedReport_reopensToTheSameResults_withoutTheSecret();
    void settings_keepRegistryAndLanguage_neverTheSecret();
    void languageMenu_retranslatesEveryVisiblePage_atRunTime();

private:
    void walkToResults(MainWindow &window);
    QTemporaryDir m_settings;
};

void WizardFlowTest::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QApplication::setOrganizationName(QStringLiteral("RegistryDoctorTest"));
    QApplication::setApplicationName(QStringLiteral("registry-doctor"));
}

void WizardFlowTest::walkToResults(MainWindow &window)
{
    // Page 1: the registry field has the keyboard; Enter moves on.
    QTRY_COMPARE(window.currentStep(), MainWindow::RegistryStep);
    QWidget *focus = QApplication::focusWidget();
    QVERIFY(qobject_cast<QLineEdit *>(focus));
    saveShot(&window, QStringLiteral("1-registry"));
    QTest::keyClick(focus, Qt::Key_Return);
    QTRY_COMPARE(window.currentStep(), MainWindow::SymptomsStep);
    saveShot(&window, QStringLiteral("2-symptoms"));
    // Page 2: Ctrl+Enter starts the check from wherever the keyboard is.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentStep() == MainWindow::ResultsStep, 30000);
}

void WizardFlowTest::practiceScenario_keyboardOnly_reachesTheRightCause_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("expected");
    for (const PracticeScenario &s : practiceScenarios()) {
        if (s.id == QLatin1String("slow-server"))
            continue; // 6 s of waiting by design; the engine tests cover it
        QStringList expected = s.expectedCauses;
        expected.sort();
        QTest::newRow(qPrintable(s.id)) << s.id << expected;
    }
}

void WizardFlowTest::practiceScenario_keyboardOnly_reachesTheRightCause()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, expected);
    MainWindow window;
    window.startPractice(scenario);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    // The trainee types what the complaint names: the check honours the trainee's choices.
    const QHash<QString, QStringList> typed{{QStringLiteral("pull-only-push"), {QStringLiteral("hello"), QStringLiteral("push")}},
                                            {QStringLiteral("repository-not-found"), {QStringLiteral("helo"), QStringLiteral("pull")}},
                                            {QStringLiteral("data-endpoint-blocked"), {QStringLiteral("hello"), QStringLiteral("pull")}},
                                            {QStringLiteral("dockerhub-rate-limit"), {QStringLiteral("hello"), QStringLiteral("pull")}},
                                            {QStringLiteral("ghcr-no-read-packages"), {QStringLiteral("contoso/hello"), QStringLiteral("pull")}}};
    if (typed.contains(scenario)) {
        window.findChild<QLineEdit *>(QStringLiteral("repositoryEdit"))->setText(typed.value(scenario).at(0));
        if (typed.value(scenario).at(1) == QLatin1String("push"))
            window.findChild<QAbstractButton *>(QStringLiteral("pushRadio"))->click();
        window.findChild<QLineEdit *>(QStringLiteral("registryEdit"))->setFocus();
    }
    walkToResults(window);
    if (scenario == QLatin1String("firewall"))
        saveShot(&window, QStringLiteral("4-results"));
    QCOMPARE(cardIds(&window), expected);
    if (expected.isEmpty())
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("noProblemPanel"))->isVisibleTo(&window));
    QVERIFY(!window.model()->isChecking());
}

void WizardFlowTest::stopButton_endsASlowCheckAtOnce()
{
    MainWindow window;
    window.startPractice(QStringLiteral("slow-server"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(window.currentStep(), MainWindow::SymptomsStep);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(window.currentStep(), MainWindow::CheckingStep);
    QTRY_VERIFY(window.model()->isChecking());
    QTest::qWait(300);
    saveShot(&window, QStringLiteral("3-checking"));
    // The progress is announced as sentences: "Checking contoso.azurecr.io… 6 of 12 checks done."
    const QStringList said = window.findChild<rd::LiveStatus *>()->history();
    QVERIFY2(!said.isEmpty() && said.last().startsWith(QStringLiteral("Checking contoso.azurecr.io… ")), qPrintable(said.join(QLatin1Char('|'))));
    QVERIFY2(!said.last().contains(QStringLiteral("….")), qPrintable(said.last()));
    QPushButton *stop = nullptr;
    for (QPushButton *b : window.findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')) == QLatin1String("Stop checking"))
            stop = b;
    QVERIFY(stop && stop->isVisible());
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(stop, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!window.model()->isChecking(), 1000);
    QVERIFY(clock.elapsed() < 1000);
    QVERIFY(window.model()->diagnosis().cancelled);
    QTRY_VERIFY(window.findChild<rd::LiveStatus *>()->lastAnnouncement().startsWith(QLatin1String("The check was stopped")));
}

void WizardFlowTest::results_keyboardOnHeadline_builtOnce_buttonsAfterTheContent()
{
    MainWindow window;
    window.startPractice(QStringLiteral("firewall"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    auto *results = qobject_cast<rd::ResultsPage *>(window.page(MainWindow::ResultsStep));
    QSignalSpy changed(window.model(), &rd::WizardModel::diagnosisChanged);
    // Each build of the results puts a new content widget into the scroll area's body: count them.
    struct ContentCounter : QObject
    {
        int built = 0;
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::ChildAdded
                && static_cast<QChildEvent *>(e)->child()->objectName() == QLatin1String("resultsContent"))
                ++built;
            return false;
        }
    } counter;
    results->findChild<QScrollArea *>(QStringLiteral("resultsScroll"))->widget()->installEventFilter(&counter);
    walkToResults(window);
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(counter.built, 1);   // built once for the diagnosis, not again when it was announced
    const QList<rd::CauseCard *> cards = results->cards();
    QCOMPARE(cards.size(), 1);
    QPointer<rd::CauseCard> card(cards.first());
    QTest::qWait(100);
    // The keyboard is on the headline, which was announced; the page was built once (the card
    // focused or not is the same object) and the window title says the step.
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("resultsHeadline"));
    QVERIFY(card);
    QCOMPARE(results->cards().first(), card.data());
    auto *status = window.findChild<rd::LiveStatus *>();
    QVERIFY(status);
    QVERIFY(status->history().last().startsWith(results->headlineText()));
    QVERIFY(window.windowTitle().startsWith(QLatin1String("Step 4 of 4: Results")));
    // The program's name once, at the end, where the platform looks for it before adding its own.
    QVERIFY2(window.windowTitle().endsWith(QStringLiteral(" — Registry Doctor")), qPrintable(window.windowTitle()));
    QCOMPARE(window.windowTitle().count(QLatin1String("Registry Doctor")), 1);
    // The step list: the current step is the selected item; no item can be toggled.
    auto *steps = window.findChild<rd::StepList *>();
    QCOMPARE(steps->current(), int(MainWindow::ResultsStep));
    QCOMPARE(steps->items().size(), int(MainWindow::StepCount));
    for (QLabel *item : steps->items()) {
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(item);
        QCOMPARE(a->role(), QAccessible::ListItem);
        QCOMPARE(bool(a->state().selected), item == steps->items().at(MainWindow::ResultsStep));
        QVERIFY(!a->actionInterface() || !a->actionInterface()->actionNames().contains(QAccessibleActionInterface::toggleAction()));
    }
    // Tab reads the content before Back and New check.
    QStringList order;
    for (int i = 0; i < 40; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *w = QApplication::focusWidget();
        auto *b = qobject_cast<QPushButton *>(w);
        order << (b ? b->text().remove(QLatin1Char('&')) : w->objectName());
        if (order.last() == QLatin1String("New check"))
            break;
    }
    const int back = int(order.indexOf(QStringLiteral("Back")));
    QVERIFY2(back > 0, qPrintable(order.join(QLatin1Char(','))));
    QVERIFY2(order.indexOf(QStringLiteral("Check again")) >= 0 && order.indexOf(QStringLiteral("Check again")) < back,
             qPrintable(order.join(QLatin1Char(','))));
    QCOMPARE(order.first(), QStringLiteral("shellToggle"));
}

void WizardFlowTest::savedReport_reopensToTheSameResults_withoutTheSecret()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.json"));
    QByteArray practicePassword;
    QStringList causes;
    {
        MainWindow window;
        window.startPractice(QStringLiteral("wrong-password"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        walkToResults(window);
        causes = cardIds(&window);
        QCOMPARE(causes, QStringList{QStringLiteral("credentials-invalid")});
        QVERIFY(window.saveReport(path));
        QVERIFY(window.saveReport(dir.filePath(QStringLiteral("report.md"))));
        QVERIFY(window.saveReport(dir.filePath(QStringLiteral("report.html"))));
    }
    MainWindow reader;
    QString error;
    reader.showError = [&error](const QString &, const QString &text) { error = text; };
    reader.show();
    QVERIFY(reader.openReport(path));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(reader.currentStep(), MainWindow::ResultsStep);
    QCOMPARE(cardIds(&reader), causes);
    // A file that is not a report is refused with a message, not a crash.
    QFile junk(dir.filePath(QStringLiteral("junk.json")));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("{\"not\": \"a report\"}");
    junk.close();
    QVERIFY(!reader.openReport(junk.fileName()));
    // One clear sentence, not "...is not a Registry Doctor report (not a Registry Doctor report)".
    QCOMPARE(error, junk.fileName() + QStringLiteral(" is a JSON file, but not a report saved by Registry Doctor. "
                                                      "Open a .json file that Registry Doctor saved (File > Save report)."));
    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"tool\": ");
    broken.close();
    QVERIFY(!reader.openReport(broken.fileName()));
    QVERIFY2(error.startsWith(broken.fileName() + QStringLiteral(" is not a report from Registry Doctor: it is not a readable JSON file (")),
             qPrintable(error));
    // Dropped on the window, a report opens.
    error.clear();
    QMimeData dropped;
    dropped.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&reader, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&reader, &drop);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(reader.currentStep(), MainWindow::ResultsStep);
    QCOMPARE(cardIds(&reader), causes);
    // No saved form holds anything shaped like a token.
    for (const char *name : {"report.json", "report.md", "report.html"}) {
        QFile f(dir.filePath(QLatin1String(name)));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains("eyJ"));
        QVERIFY(bytes.contains("contoso.azurecr.io"));
    }
}

void WizardFlowTest::settings_keepRegistryAndLanguage_neverTheSecret()
{
    const QByteArray canary("Canary-Wizard-Secret-5521");
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QApplication::setActiveWindow(&window);
        auto *registry = window.findChild<QLineEdit *>(QStringLiteral("registryEdit"));
        QVERIFY(registry);
        registry->clear();
        QTest::keyClicks(registry, QStringLiteral("contoso.azurecr.io"));
        QTest::mouseClick(window.findChild<QRadioButton *>(QStringLiteral("passwordRadio")), Qt::LeftButton);
        auto *user = window.findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
        auto *password = window.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QTRY_VERIFY(password->isVisible());
        QTest::keyClicks(user, QStringLiteral("contoso"));
        QTest::keyClicks(password, QString::fromLatin1(canary));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE(window.currentStep(), MainWindow::SymptomsStep);
        QCOMPARE(window.model()->password.expose(), canary);
        // Starting over forgets the secret, in the model and in the field.
        window.restart();
        QVERIFY(window.model()->password.isEmpty());
        QVERIFY(password->text().isEmpty());
        window.close();
    }
    QSettings settings;
    settings.sync();
    QCOMPARE(settings.value(QStringLiteral("lastRegistry")).toString(), QStringLiteral("contoso.azurecr.io"));
    // Every value as the settings store holds it, then the file itself (on Windows the store is the
    // registry, which the values above are).
    for (const QString &key : settings.allKeys()) {
        const QByteArray value = settings.value(key).toString().toUtf8();
        QVERIFY2(!value.contains(canary) && !value.contains(canary.toBase64()), qPrintable(key));
    }
#ifndef Q_OS_WIN
    QFile file(settings.fileName());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
    const QByteArray stored = file.readAll();
    QVERIFY(!stored.contains(canary));
    QVERIFY(!stored.contains(canary.toBase64()));
#endif
}

void WizardFlowTest::languageMenu_retranslatesEveryVisiblePage_atRunTime()
{
    MainWindow window;
    window.startPractice(QStringLiteral("firewall"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    walkToResults(window);
    auto visibleTexts = [&window] {
        QStringList texts;
        for (QLabel *l : window.findChildren<QLabel *>())
            if (l->isVisibleTo(&window) && !l->text().isEmpty() && l->objectName() != QLatin1String("commandText"))
                texts << l->text(); // commands stay commands in every language
        for (QAbstractButton *b : window.findChildren<QAbstractButton *>())
            if (b->isVisibleTo(&window) && !b->text().isEmpty())
                texts << b->text();
        return texts;
    };
    const QStringList english = visibleTexts();
    QVERIFY(english.contains(QStringLiteral("&New check")));
    // The language menu switches the whole window while results are on screen.
    QAction *italian = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->data().toString() == QLatin1String("it"))
            italian = a;
    QVERIFY2(italian, "Italian is not in the language menu");
    // The results are rendered again, not checked again: the practice registry hears nothing.
    const rd::PracticeRegistry *registry = window.model()->practiceRegistry();
    QVERIFY(registry);
    const int requestsBefore = registry->requestCount();
    QVERIFY(requestsBefore > 0);
    QSignalSpy started(window.model(), &rd::WizardModel::checkStarted);
    italian->trigger();
    QVERIFY(!window.model()->isChecking());
    QTest::qWait(200);
    QCOMPARE(started.count(), 0);
    QCOMPARE(registry->requestCount(), requestsBefore);
    QCOMPARE(window.currentStep(), MainWindow::ResultsStep);
    QCOMPARE(cardIds(&window), QStringList{QStringLiteral("firewall-blocked")});
    const QStringList translated = visibleTexts();
    saveShot(&window, QStringLiteral("5-results-italian"));
    QVERIFY(translated.contains(QStringLiteral("&Nuovo controllo")) || !translated.contains(QStringLiteral("&New check")));
    // The cause card is rebuilt in Italian too.
    QVERIFY(!translated.contains(QStringLiteral("The registry's firewall does not allow your network")));
    QStringList unchanged;
    for (const QString &t : translated)
        if (english.contains(t) && t.contains(QLatin1Char(' ')) && !t.contains(QStringLiteral("azurecr.io")))
            unchanged << t;
    QVERIFY2(unchanged.isEmpty(), qPrintable(QStringLiteral("stayed English: ") + unchanged.join(QStringLiteral(" | "))));
    // Every page, not only the visible one.
    window.goTo(MainWindow::RegistryStep);
    QTRY_VERIFY(visibleTexts().contains(QStringLiteral("Quale registro vuoi raggiungere?")));
    window.setLanguage(QStringLiteral("en"));
    QTRY_VERIFY(visibleTexts().contains(QStringLiteral("Which registry do you want to reach?")));
}

QTEST_MAIN(WizardFlowTest)
#include "tst_wizard_flow.moc"
