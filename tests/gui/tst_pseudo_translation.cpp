// A pseudo-translation (every string about 40% longer, with accents) through every page of the
// wizard: no label, button or check box may have its text cut off, so a longer language fits.
#include "layout_checks.h"
#include "main_window.h"
#include "wizard_model.h"
#include <QApplication>
#include <QTranslator>
#include <QtTest>

using namespace rd;
using rd::test::cutTexts;

namespace {

// Translates every message on the fly: vowels accented, about 40% more text, placeholders,
// mnemonics and rich-text tags untouched.
class PseudoTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        if (!source || !*source)
            return {};
        const QString text = QString::fromUtf8(source);
        QString out;
        bool inTag = false;
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('<'))
                inTag = true;
            if (inTag || c == QLatin1Char('%') || (i > 0 && text.at(i - 1) == QLatin1Char('%'))) {
                out += c;
                if (c == QLatin1Char('>'))
                    inTag = false;
                continue;
            }
            switch (c.unicode()) {
            case 'a': out += QChar(0x00e4); break;
            case 'e': out += QChar(0x00e9); break;
            case 'i': out += QChar(0x00ee); break;
            case 'o': out += QChar(0x00f6); break;
            case 'u': out += QChar(0x00fc); break;
            default: out += c;
            }
        }
        // About 40% longer, in words a line can wrap at.
        const int extra = int(text.size() * 0.4);
        QString pad;
        while (pad.size() < extra)
            pad += QStringLiteral(" ~ëxträ");
        return out + pad.left(extra);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

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
