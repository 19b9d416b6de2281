// The wizard's speed as a user feels it: time from main() to the first window on screen, the
// longest stall of the GUI thread's event loop while a full check runs (the practice registry,
// served from the same thread, as in the wizard's practice mode), and
// the peak memory of the process. `--first-window` exits as soon as the window is exposed, so an
// outer timer (hyperfine) measures the whole start including loading the libraries.
#include "main_window.h"
#include "wizard_model.h"
#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QWindow>
#include <cstdio>
#ifdef Q_OS_WIN
#include <windows.h>
#include <psapi.h>
#else
#include <sys/resource.h>
#endif

// The process's peak resident memory: the high-water mark of its working set on Windows.
static double peakMemoryMiB()
{
#ifdef Q_OS_WIN
    PROCESS_MEMORY_COUNTERS counters{};
    GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters);
    return counters.PeakWorkingSetSize / (1024.0 * 1024.0);
#else
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
#endif
}

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("RegistryDoctorBench"));
    const bool firstWindowOnly = app.arguments().contains(QStringLiteral("--first-window"));

    rd::MainWindow window;
    window.show();
    // The first paint: wait until the window is exposed and its first frame is processed.
    while (!window.windowHandle() || !window.windowHandle()->isExposed())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QCoreApplication::processEvents();
    const qint64 firstWindowMs = sinceMain.elapsed();
    if (firstWindowOnly) {
        std::printf("first window %lld ms after main()\n", static_cast<long long>(firstWindowMs));
        return 0;
    }

    // Watch the event loop: a 1 ms timer notes the longest gap between its ticks.
    QElapsedTimer tick;
    qint64 longestStall = 0;
    QTimer watchdog;
    watchdog.setTimerType(Qt::PreciseTimer);
    QObject::connect(&watchdog, &QTimer::timeout, [&] {
        if (tick.isValid())
            longestStall = std::max(longestStall, tick.restart());
        else
            tick.start();
    });

    int runs = 0;
    const int wanted = 10;
    QVector<qint64> stalls;
    window.startPractice(QStringLiteral("healthy"));
    QObject::connect(window.model(), &rd::WizardModel::checkFinished, &app, [&] {
        stalls << longestStall;
        if (++runs == wanted) {
            app.quit();
            return;
        }
        QTimer::singleShot(0, &app, [&] {
            longestStall = 0;
            tick.invalidate();
            window.goTo(rd::MainWindow::CheckingStep);
            window.model()->startCheck();
        });
    });
    QTimer::singleShot(0, &app, [&] {
        watchdog.start(1);
        window.goTo(rd::MainWindow::CheckingStep);
        window.model()->startCheck();
    });
    app.exec();
    std::sort(stalls.begin(), stalls.end());
    const double peakMiB = peakMemoryMiB();
    std::printf("first window %lld ms after main(); longest event-loop stall during a full check: median %lld ms, max %lld ms "
                "(%d checks); peak memory %.1f MiB\n",
                static_cast<long long>(firstWindowMs), static_cast<long long>(stalls.at(stalls.size() / 2)),
                static_cast<long long>(stalls.last()), runs, peakMiB);
    return 0;
}
