// A pseudo-translation (every string about 40% longer, with accents) through every page of the
// wizard: no label, button or check box may have its text cut off, so a longer language fits.
#include "layout_checks.h"
#include "pseudo_translator.h"
#include "main_window.h"
#include "wizard_model.h"
#include <QApplication>
#include <QtTest>

using namespace rd;
using rd::test::cutTexts;
using rd::test::PseudoTranslator;

class PseudoTranslationTest : public QObject
{
    Q_OBJECT
private slots:
    void everyPage_longerAccentedText_nothingCutOff();
};

void PseudoTranslationTest::everyPage_longerAccentedText_nothingCutOff()
{
    PseudoTranslator pseudo;
    QCoreApplication::installTranslator(&pseudo);
    MainWindow window;
    window.startPractice(QStringLiteral("wrong-password"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Every string really went through the translator.
    QVERIFY(window.windowTitle().contains(QChar(0x00e9)) || window.windowTitle().contains(QChar(0x00f6)));
    for (MainWindow::Step step : {MainWindow::RegistryStep, MainWindow::SymptomsStep}) {
        window.goTo(step);
        QApplication::processEvents();
        const QStringList cut = cutTexts(&window);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
    }
    window.model()->startCheck();
    window.goTo(MainWindow::CheckingStep);
    QTRY_VERIFY_WITH_TIMEOUT(!window.model()->isChecking(), 30000);
    QApplication::processEvents();
    QStringList cut = cutTexts(&window);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
    window.goTo(MainWindow::ResultsStep);
    QApplication::processEvents();
    cut = cutTexts(&window);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QStringLiteral("; "))));
    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window.grab().save(dir + QStringLiteral("/pseudo-results.png"));
    QCoreApplication::removeTranslator(&pseudo);
}

QTEST_MAIN(PseudoTranslationTest)
#include "tst_pseudo_translation.moc"
