// The wizard on a small screen: 200 % scale on a 1366x768 display leaves 683x384 points (an
// offscreen screen of that size here). The window's minimum size fits the screen, and on every
// step Back and Next are on it, inside the window (issue 13: they were below the screen's edge).
#include "main_window.h"
#include <QApplication>
#include <QPushButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QtTest>

using rd::MainWindow;

class SmallScreenTest : public QObject
{
    Q_OBJECT
private slots:
    void everyStep_buttonsOnTheScreen();
};

void SmallScreenTest::everyStep_buttonsOnTheScreen()
{
    const QRect room = QGuiApplication::primaryScreen()->availableGeometry();
    QCOMPARE(room.size(), QSize(683, 384));
    MainWindow window;
    window.startPractice(QStringLiteral("wrong-password"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.minimumSize().width() <= room.width() && window.minimumSize().height() <= room.height(),
             qPrintable(QStringLiteral("%1x%2").arg(window.minimumSize().width()).arg(window.minimumSize().height())));
    window.setGeometry(room);
    QTest::qWait(50);
    // The layout's own minimum does not push it past the screen either.
    QVERIFY2(window.height() <= room.height() && window.width() <= room.width(),
             qPrintable(QStringLiteral("%1x%2").arg(window.width()).arg(window.height())));
    for (int step = MainWindow::RegistryStep; step <= MainWindow::SymptomsStep; ++step) {
        int seen = 0;
        for (QPushButton *b : window.findChildren<QPushButton *>()) {
            if (!b->isVisible() || (b->text() != QLatin1String("&Next") && b->text() != QLatin1String("&Back")
                                    && b->text() != QLatin1String("&Start check")))
                continue;
            const QRect r(b->mapTo(&window, QPoint(0, 0)), b->size());
            QVERIFY2(window.rect().contains(r), qPrintable(b->text() + QStringLiteral(" is outside the window on step %1").arg(step)));
            ++seen;
        }
        QCOMPARE(seen, 2); // Back, and Next or Start check
        if (step == MainWindow::RegistryStep) {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_Return);
            QTRY_COMPARE(window.currentStep(), MainWindow::SymptomsStep);
        }
    }
}

int main(int argc, char **argv)
{
    // A screen of 683x384 points, as 1366x768 at 200 %.
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screen.json"));
    QFile f(config);
    if (!f.open(QIODevice::WriteOnly))
        return 2;
    f.write(R"({"screens": [{"name": "small", "x": 0, "y": 0, "width": 683, "height": 384, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})");
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
