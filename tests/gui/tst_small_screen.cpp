// The wizard on small screens, in every language and in the pseudo-translation (issue 13). The
// screen is 683x384 points (1366x768 at 200 %) by default, or RD_TEST_SCREEN (800x600, a second
// run of this test). The window's minimum size fits the screen; at the screen's size every page
// is walked: Back and Next inside the window, no text cut off, no page that scrolls sideways, and
// every button on a page can be scrolled into view.
#include "i18n/translations.h"
#include "layout_checks.h"
#include "main_window.h"
#include "pseudo_translator.h"
#include "wizard_model.h"
#include <QApplication>
#include <QDir>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace rd;
using namespace rd::test;

namespace {

QSize testScreen()
{
    const QStringList size = qEnvironmentVariable("RD_TEST_SCREEN", QStringLiteral("683x384")).split(QLatin1Char('x'));
    return size.size() == 2 ? QSize(size.at(0).toInt(), size.at(1).toInt()) : QSize(683, 384);
}

// Buttons the reader cannot get to: outside the window, or inside a page's scroll area and still
// outside its view after scrolling to them.
QStringList unreachableButtons(QWidget *window)
{
    QStringList out;
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (!b->isVisibleTo(window))
            continue;
        QScrollArea *area = nullptr;
        for (QWidget *p = b->parentWidget(); p && !area; p = p->parentWidget())
            if (auto *a = qobject_cast<QScrollArea *>(p); a && !a->property("rdScrollsSideways").toBool())
                area = a;
        if (area) {
            area->ensureWidgetVisible(b, 0, 0);
            QApplication::processEvents();
            const QRect inView(b->mapTo(area->viewport(), QPoint(0, 0)), b->size());
            if (!area->viewport()->rect().intersects(inView))
                out << QStringLiteral("button \"%1\" cannot be scrolled into view").arg(b->text());
            continue;
        }
        const QRect r(b->mapTo(window, QPoint(0, 0)), b->size());
        if (!window->rect().contains(r))
            out << QStringLiteral("button \"%1\" at %2,%3 %4x%5 is outside the window")
                       .arg(b->text()).arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
    }
    return out;
}

QStringList problemsOn(QWidget *window, const QString &where)
{
    QStringList found = fitProblems(window, where);
    for (const QString &p : unreachableButtons(window))
        found << where + QStringLiteral(": ") + p;
    return found;
}

} // namespace

class SmallScreenTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyPage_fitsTheScreen_data();
    void everyPage_fitsTheScreen();
    void checks_seeWhatTheyAreFor();
    void cleanupTestCase() { installTranslations(QStringLiteral("en")); }

private:
    QTemporaryDir m_settings;
};

void SmallScreenTest::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QCOMPARE(QGuiApplication::primaryScreen()->availableGeometry().size(), testScreen());
}

void SmallScreenTest::everyPage_fitsTheScreen_data()
{
    QTest::addColumn<QString>("language");
    const QStringList languages = availableLanguages();
    QVERIFY2(languages.size() >= 8, qPrintable(languages.join(QLatin1Char(' '))));
    for (const QString &l : languages)
        QTest::newRow(qPrintable(l)) << l;
    QTest::newRow("pseudo") << QStringLiteral("pseudo");
}

void SmallScreenTest::everyPage_fitsTheScreen()
{
    QFETCH(QString, language);
    PseudoTranslator pseudo;
    if (language == QLatin1String("pseudo")) {
        installTranslations(QStringLiteral("en"));
        QCoreApplication::installTranslator(&pseudo);
    } else {
        QVERIFY(installTranslations(language).startsWith(language.left(2)));
    }
    const QRect room = QGuiApplication::primaryScreen()->availableGeometry();
    MainWindow window;
    window.startPractice(QStringLiteral("wrong-password"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // A minimum size that fits the screen, and a layout whose own minimum does not push past it.
    QVERIFY2(window.minimumSize().width() <= room.width() && window.minimumSize().height() <= room.height(),
             qPrintable(QStringLiteral("minimum %1x%2").arg(window.minimumSize().width()).arg(window.minimumSize().height())));
    // The first size fits too (a window system need not fit it to the screen).
    QVERIFY2(window.width() <= room.width() && window.height() <= room.height(),
             qPrintable(QStringLiteral("first size %1x%2").arg(window.width()).arg(window.height())));
    window.setGeometry(room);
    QTest::qWait(50);
    QVERIFY2(window.height() <= room.height() && window.width() <= room.width(),
             qPrintable(QStringLiteral("%1x%2").arg(window.width()).arg(window.height())));

    QStringList problems;
    const auto shot = [&](const QString &name) {
        const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            window.grab().save(QDir(dir).filePath(QStringLiteral("%1-%2x%3-%4.png").arg(language).arg(room.width()).arg(room.height()).arg(name)));
    };
    for (MainWindow::Step step : {MainWindow::RegistryStep, MainWindow::SymptomsStep}) {
        window.goTo(step);
        QApplication::processEvents();
        const QString name = step == MainWindow::RegistryStep ? QStringLiteral("registry") : QStringLiteral("symptoms");
        problems << problemsOn(&window, name);
        shot(name);
    }
    window.model()->startCheck();
    window.goTo(MainWindow::CheckingStep);
    QTRY_VERIFY_WITH_TIMEOUT(!window.model()->isChecking(), 30000);
    QApplication::processEvents();
    problems << problemsOn(&window, QStringLiteral("checking"));
    window.goTo(MainWindow::ResultsStep);
    QApplication::processEvents();
    QVERIFY(!window.model()->diagnosis().causes.isEmpty());
    problems << problemsOn(&window, QStringLiteral("results"));
    shot(QStringLiteral("results"));
    QCoreApplication::removeTranslator(&pseudo);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void SmallScreenTest::checks_seeWhatTheyAreFor()
{
    // A button placed past the window's edge is found, and one inside a scroll area is not.
    QWidget window;
    window.resize(200, 100);
    auto *outside = new QPushButton(QStringLiteral("Next"), &window);
    outside->setGeometry(180, 80, 60, 30);
    auto *area = new QScrollArea(&window);
    area->setGeometry(0, 0, 150, 60);
    auto *content = new QWidget;
    content->resize(140, 400);
    auto *far = new QPushButton(QStringLiteral("Far"), content);
    far->setGeometry(0, 350, 60, 30);
    area->setWidget(content);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList found = unreachableButtons(&window);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().contains(QLatin1String("\"Next\"")), qPrintable(found.first()));
}

int main(int argc, char **argv)
{
    const QSize screen = testScreen();
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly))
        return 2;
    f.write(QStringLiteral(R"({"screens": [{"name": "small", "x": 0, "y": 0, "width": %1, "height": %2, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})")
                .arg(screen.width()).arg(screen.height()).toUtf8());
    f.close();
    // Named relative to the current folder: the platform's parameters are separated by ':', which a
    // Windows path has after its drive letter.
    const QString previous = QDir::currentPath();
    QDir::setCurrent(dir.path());
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=screen.json"));
    QApplication app(argc, argv);
    QDir::setCurrent(previous);
    QApplication::setOrganizationName(QStringLiteral("RegistryDoctorTest"));
    QApplication::setApplicationName(QStringLiteral("registry-doctor-small-screen"));
    SmallScreenTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_small_screen.moc"
