// Every shipped language, English included, through every page of the wizard at a 12 pt font
// (a common accessibility setting, larger than the default): no text cut off, no page that
// scrolls sideways, and no access key (&) used twice on a page or in the practice dialog.
#include "i18n/translations.h"
#include "layout_checks.h"
#include "main_window.h"
#include "practice_dialog.h"
#include "wizard_model.h"
#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace rd;
using namespace rd::test;

class EveryLanguageTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyPage_at12pt_fitsWithUniqueAccessKeys_data();
    void everyPage_at12pt_fitsWithUniqueAccessKeys();
    void checks_seeWhatTheyAreFor();
    void cleanupTestCase();

private:
    QTemporaryDir m_settings;
};

namespace {

QStringList problemsOn(QWidget *window, const QString &where)
{
    QStringList found = fitProblems(window, where);
    for (const QString &p : mnemonicClashes(window))
        found << where + QStringLiteral(": access key twice: ") + p;
    for (const QString &p : menuMnemonicClashes(window))
        found << where + QStringLiteral(": access key twice in a menu: ") + p;
    return found;
}

void saveShot(QWidget *window, const QString &language, const QString &name)
{
    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window->grab().save(QDir(dir).filePath(QStringLiteral("%1-12pt-%2.png").arg(language, name)));
}

} // namespace

void EveryLanguageTest::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QApplication::setOrganizationName(QStringLiteral("RegistryDoctorTest"));
    QApplication::setApplicationName(QStringLiteral("registry-doctor"));
    QFont font = QApplication::font();
    font.setPointSize(12);
    QApplication::setFont(font);
}

void EveryLanguageTest::cleanupTestCase()
{
    installTranslations(QStringLiteral("en"));
}

void EveryLanguageTest::everyPage_at12pt_fitsWithUniqueAccessKeys_data()
{
    QTest::addColumn<QString>("language");
    const QStringList languages = availableLanguages();
    // English and the seven translations, all embedded in the program.
    QVERIFY2(languages.size() >= 8, qPrintable(languages.join(QLatin1Char(' '))));
    for (const QString &l : languages)
        QTest::newRow(qPrintable(l)) << l;
}

void EveryLanguageTest::everyPage_at12pt_fitsWithUniqueAccessKeys()
{
    QFETCH(QString, language);
    QVERIFY(installTranslations(language).startsWith(language.left(2)));
    MainWindow window;
    window.startPractice(QStringLiteral("wrong-password"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList problems;
    const struct
    {
        MainWindow::Step step;
        const char *name;
    } beforeTheCheck[] = {{MainWindow::RegistryStep, "registry"}, {MainWindow::SymptomsStep, "symptoms"}};
    for (const auto &s : beforeTheCheck) {
        window.goTo(s.step);
        QApplication::processEvents();
        problems << problemsOn(&window, QLatin1String(s.name));
        saveShot(&window, language, QLatin1String(s.name));
    }
    // Each way of signing in shows its own fields (user name and password, token name...).
    window.goTo(MainWindow::RegistryStep);
    for (QRadioButton *r : window.findChildren<QRadioButton *>()) {
        if (!r->isVisibleTo(&window) || r->isChecked())
            continue;
        r->click();
        QApplication::processEvents();
        problems << problemsOn(&window, QStringLiteral("registry, %1 chosen").arg(r->text()));
    }
    problems.removeDuplicates();
    window.model()->startCheck();
    window.goTo(MainWindow::CheckingStep);
    QApplication::processEvents();
    problems << problemsOn(&window, QStringLiteral("checking (running)"));
    QTRY_VERIFY_WITH_TIMEOUT(!window.model()->isChecking(), 30000);
    QApplication::processEvents();
    problems << problemsOn(&window, QStringLiteral("checking (done)"));
    window.goTo(MainWindow::ResultsStep);
    QApplication::processEvents();
    QVERIFY(!window.model()->diagnosis().causes.isEmpty());
    problems << problemsOn(&window, QStringLiteral("results"));
    saveShot(&window, language, QStringLiteral("results"));

    PracticeDialog practice(QStringLiteral("wrong-password"), &window);
    practice.show();
    QVERIFY(QTest::qWaitForWindowExposed(&practice));
    problems << problemsOn(&practice, QStringLiteral("practice dialog"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void EveryLanguageTest::checks_seeWhatTheyAreFor()
{
    // The checks pass on the real pages only if they can fail: build each fault on purpose.
    QWidget window;
    auto *bar = new QMenuBar(&window);
    bar->addMenu(QStringLiteral("&Language"));
    auto *pull = new QPushButton(QStringLiteral("Pu&ll"), &window);
    pull->move(0, 40);
    auto *cut = new QPushButton(QStringLiteral("A button whose text cannot fit"), &window);
    cut->setGeometry(0, 80, 30, 30);
    auto *area = new QScrollArea(&window);
    area->setObjectName(QStringLiteral("wideArea"));
    area->setWidgetResizable(true);
    auto *wide = new QLabel(QStringLiteral("A long line that does not wrap and is wider than the view it sits in"));
    area->setWidget(wide);
    area->setGeometry(0, 120, 80, 60);
    window.resize(300, 200);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(mnemonicClashes(&window), QStringList{QStringLiteral("ALT+L: &Language / Pu&ll")});
    QCOMPARE(cutTexts(&window).size(), 1);
    QCOMPARE(sidewaysScrolling(&window).size(), 1);
    pull->setText(QStringLiteral("P&ull"));
    QVERIFY(mnemonicClashes(&window).isEmpty());
    QMenu *language = bar->actions().first()->menu();
    language->addAction(QStringLiteral("&English"));
    language->addAction(QStringLiteral("&Español"));
    QCOMPARE(menuMnemonicClashes(&window), QStringList{QStringLiteral("&Language ALT+E: &English / &Español")});
}

QTEST_MAIN(EveryLanguageTest)
#include "tst_every_language.moc"
