// Measures a full check in-process: the practice registry with added latency on every answer,
// stand-in docker / az / credential helper that take time to answer, and Docker's saved
// credentials used for the sign-in. Prints, per run, the wall time, the sum of all probe durations
// (what running them one after another would cost) and the critical path (the longest chain of
// dependent probes, from the measured durations), then the medians.
#include "diagnosis/check.h"
#include "practice/practice_registry.h"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace rd;

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

struct RunFigures
{
    double wallMs = 0;
    double sumMs = 0;
    double criticalMs = 0;
    int causes = 0;
};

RunFigures runOnce(int latencyMs, const QString &home)
{
    PracticeRegistry registry;
    registry.setAddedLatencyMs(latencyMs);
    if (!registry.start(QStringLiteral("healthy")))
        qFatal("practice registry did not start");
    CheckOptions base;
    base.repository = QStringLiteral("hello");
    base.action = QStringLiteral("push");
    CheckOptions options = registry.checkOptions(base);
    options.practiceScenario.clear(); // run the local probes too
    // The user's credentials as `docker login` saved them; nothing given on the command line.
    QFile config(home + QStringLiteral("/.docker/config.json"));
    if (!config.open(QIODevice::WriteOnly))
        qFatal("cannot write the Docker config");
    config.write(R"({"auths":{"contoso.azurecr.io":{"auth":")"
                 + (options.username.toUtf8() + ':' + options.password.expose()).toBase64() + "\"}}}");
    config.close();
    options.password.clear();
    options.passwordGiven = false;
    options.username.clear();

    Check check(options);
    QHash<QString, qint64> startAt, endAt;
    QElapsedTimer clock;
    QObject::connect(&check, &Check::probeStarted, [&](const QString &id) { startAt[id] = clock.elapsed(); });
    QObject::connect(&check, &Check::probeFinished, [&](const ProbeResult &r) { endAt[r.id] = clock.elapsed(); });
    QEventLoop loop;
    QObject::connect(&check, &Check::finished, &loop, &QEventLoop::quit);
    clock.start();
    check.start();
    loop.exec();
    RunFigures f;
    f.wallMs = clock.elapsed();
    f.causes = int(check.diagnosis().causes.size());
    // Critical path over the plan, using each probe's measured duration.
    QHash<QString, double> longest;
    for (const QString &id : check.plannedProbes()) {
        const double own = endAt.value(id) - startAt.value(id);
        f.sumMs += own;
        double before = 0;
        for (const QString &dep : check.dependenciesOf(id))
            before = std::max(before, longest.value(dep));
        longest[id] = before + own;
        f.criticalMs = std::max(f.criticalMs, longest[id]);
    }
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("runs"), QStringLiteral("Runs (default 15)."), QStringLiteral("n"), QStringLiteral("15")},
                       {QStringLiteral("latency"), QStringLiteral("Added latency per HTTP answer, ms (default 40)."), QStringLiteral("ms"), QStringLiteral("40")},
                       {QStringLiteral("tool-delay"), QStringLiteral("Seconds each stand-in program waits (default 0.15)."), QStringLiteral("s"), QStringLiteral("0.15")}});
    parser.addHelpOption();
    parser.process(app);
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const int latency = parser.value(QStringLiteral("latency")).toInt();

    // A private home and PATH: stand-in docker and az that take time, like the real ones.
    QTemporaryDir home, bin;
    QDir(home.path()).mkpath(QStringLiteral(".docker"));
    QDir(home.path()).mkpath(QStringLiteral(".azure"));
    for (const char *tool : {"docker", "az"})
        QFile::link(QStringLiteral(RD_STANDIN_PATH), bin.filePath(QLatin1String(tool)));
    qputenv("PATH", QFile::encodeName(bin.path()));
    qputenv("HOME", QFile::encodeName(home.path()));
    qputenv("DOCKER_CONFIG", QFile::encodeName(home.path() + QStringLiteral("/.docker")));
    qputenv("AZURE_CONFIG_DIR", QFile::encodeName(home.path() + QStringLiteral("/.azure")));
    qputenv("RD_STANDIN_DELAY", parser.value(QStringLiteral("tool-delay")).toLatin1());

    QVector<double> wall, sum, critical;
    std::printf("run  wall_ms  sum_of_probes_ms  critical_path_ms  causes\n");
    for (int i = 0; i < runs; ++i) {
        const RunFigures f = runOnce(latency, home.path());
        wall << f.wallMs;
        sum << f.sumMs;
        critical << f.criticalMs;
        std::printf("%3d  %7.0f  %16.0f  %16.0f  %6d\n", i + 1, f.wallMs, f.sumMs, f.criticalMs, f.causes);
    }
    std::printf("median  wall %.0f ms, sum of probes %.0f ms, critical path %.0f ms (latency %d ms per answer, tools %s s)\n",
                median(wall), median(sum), median(critical), latency, qPrintable(parser.value(QStringLiteral("tool-delay"))));
    return 0;
}
