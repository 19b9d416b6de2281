// Measures "check --all": N registries checked at once by AllLoginsCheck, beside each registry's own
// check run alone. Prints, per N, the median wall time of the N-at-once run, the slowest single
// check, and their ratio (the goal: at most 1.5); then the CPU time this process spent on the
// N-at-once run (all threads: with 2 cores the wall time cannot go below half of it). --probes adds
// each probe's longest time, at once and alone.
// Default: N practice registries (in this process, every answer delayed by --latency ms, as a
// registry far away), signing in with a password. --real: N of Debian's docker-registry on loopback
// (htpasswd sign-in) with a saved Docker login each; their answers then depend on how much CPU those
// N processes get, so on a loaded machine they measure the machine more than the check.
// --rtt MS: every registry behind a link that delays each direction by half of MS (and a new
// connection's first bytes by one more MS, for TCP's handshake), as a registry elsewhere on the
// network; the links run in a child process, so their CPU is not the checker's.
#include "diagnosis/all_logins_check.h"
#include "diagnosis/check.h"
#include "distribution_registry.h"
#include "practice/practice_registry.h"
#include "round_trip_delay.h"
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <memory>
#ifdef Q_OS_UNIX
#include <time.h>
#endif

using namespace rd;

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : (v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2);
}

// CPU time of this process, all its threads, in ms (its children, --real's registries, not
// included); -1 where there is no such clock.
double processCpuMs()
{
#ifdef Q_OS_UNIX
    timespec ts{};
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts) == 0)
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
#endif
    return -1;
}

// Per probe, the longest it took in one run (over the run's checks).
using ProbeTimes = QMap<QString, double>;

double runAll(const QVector<CheckOptions> &checks, ProbeTimes *probes = nullptr, double *cpuMs = nullptr)
{
    AllLoginsCheck all(checks);
    QEventLoop loop;
    QObject::connect(&all, &AllLoginsCheck::finished, &loop, &QEventLoop::quit);
    const double cpuBefore = processCpuMs();
    QElapsedTimer t;
    t.start();
    all.start();
    if (all.isRunning())
        loop.exec();
    if (cpuMs)
        *cpuMs = cpuBefore < 0 ? -1 : processCpuMs() - cpuBefore;
    for (const SavedLoginStatus &s : all.results())
        if (!s.works) {
            for (const ProbeResult &p : s.diagnosis.probes)
                std::fprintf(stderr, "  %s %s: %s\n", qPrintable(p.id), qPrintable(probeStatusName(p.status)), qPrintable(p.detail));
            qFatal("%s: the sign-in did not work", qPrintable(s.server));
        }
    if (probes)
        for (const SavedLoginStatus &s : all.results())
            for (const ProbeResult &p : s.diagnosis.probes)
                (*probes)[p.id] = std::max((*probes)[p.id], double(p.durationMs));
    return double(t.nsecsElapsed()) / 1e6;
}

// The child process of --rtt: a RoundTripDelay to each of `ports`, whose own ports it prints, one a line.
int serveDelays(int roundTripMs, const QString &ports)
{
    QVector<RoundTripDelay *> links;
    for (const QString &p : ports.split(QLatin1Char(','))) {
        auto *link = new RoundTripDelay(quint16(p.toUInt()), roundTripMs, qApp);
        if (!link->listen())
            qFatal("the delay link cannot listen");
        std::printf("%u\n", unsigned(link->port()));
    }
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--serve-delays") == 0)
        return serveDelays(QByteArray(argv[2]).toInt(), QString::fromLatin1(argv[3]));
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("runs"), QStringLiteral("runs per figure"), QStringLiteral("n"), QStringLiteral("7")});
    parser.addOption({QStringLiteral("counts"), QStringLiteral("registry counts"), QStringLiteral("list"), QStringLiteral("1,5,20")});
    parser.addOption({QStringLiteral("latency"), QStringLiteral("ms added to every practice answer"), QStringLiteral("ms"), QStringLiteral("40")});
    parser.addOption({QStringLiteral("probes"), QStringLiteral("also each probe's longest time, median over the runs")});
    parser.addOption({QStringLiteral("real"), QStringLiteral("Debian's docker-registry instead of the practice registry")});
    parser.addOption({QStringLiteral("scenario"), QStringLiteral("the practice registry's scenario: basic-auth (HTTP Basic), healthy (a token service, Bearer)"),
                      QStringLiteral("name"), QStringLiteral("basic-auth")});
    parser.addOption({QStringLiteral("rtt"), QStringLiteral("network round trip to every registry (0: loopback as it is)"), QStringLiteral("ms"), QStringLiteral("0")});
    parser.process(app);
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    QVector<int> counts;
    for (const QString &c : parser.value(QStringLiteral("counts")).split(QLatin1Char(',')))
        counts << c.toInt();
    const int most = *std::max_element(counts.cbegin(), counts.cend());

    QVector<CheckOptions> checks;
    QVector<quint16> ports; // each check's registry, on loopback
    std::vector<std::unique_ptr<test::DistributionRegistry>> realRegistries;
    std::vector<std::unique_ptr<PracticeRegistry>> practiceRegistries;
    QTemporaryDir home;
    if (parser.isSet(QStringLiteral("real"))) {
        // A private Docker config with a login for each registry.
        QDir(home.path()).mkpath(QStringLiteral(".docker"));
        qputenv("DOCKER_CONFIG", QFile::encodeName(home.filePath(QStringLiteral(".docker"))));
        QJsonObject auths;
        for (int i = 0; i < most; ++i) {
            auto r = std::make_unique<test::DistributionRegistry>();
            QString error;
            if (!r->start(QStringLiteral("user%1").arg(i), QByteArrayLiteral("secret-") + QByteArray::number(i), &error))
                qFatal("registry %d: %s", i, qPrintable(error));
            checks << AllLoginsCheck::savedLoginOptions(CheckOptions{}, r->loginServer());
            ports << r->port();
            auths.insert(r->loginServer(),
                         QJsonObject{{QStringLiteral("auth"), QString::fromLatin1((QByteArrayLiteral("user") + QByteArray::number(i)
                                                                                  + QByteArrayLiteral(":secret-") + QByteArray::number(i))
                                                                                     .toBase64())}});
            realRegistries.push_back(std::move(r));
        }
        QFile config(home.filePath(QStringLiteral(".docker/config.json")));
        if (!config.open(QIODevice::WriteOnly))
            qFatal("cannot write the Docker config");
        config.write(QJsonDocument(QJsonObject{{QStringLiteral("auths"), auths}}).toJson());
        config.close();
    } else {
        for (int i = 0; i < most; ++i) {
            auto r = std::make_unique<PracticeRegistry>();
            r->setAddedLatencyMs(parser.value(QStringLiteral("latency")).toInt());
            if (!r->start(parser.value(QStringLiteral("scenario"))))
                qFatal("practice registry %d did not start", i);
            CheckOptions o = r->checkOptions();
            o.onlyProbes = QStringList{QStringLiteral("credentials")};
            checks << o;
            ports << r->httpsPort();
            practiceRegistries.push_back(std::move(r));
        }
    }

    const int rtt = parser.value(QStringLiteral("rtt")).toInt();
    QProcess delays;
    if (rtt > 0) {
        // Each check's connections to its registry go through a delay link instead.
        QStringList list;
        for (quint16 p : std::as_const(ports))
            list << QString::number(p);
        delays.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        delays.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--serve-delays"), QString::number(rtt), list.join(QLatin1Char(','))});
        for (int i = 0; i < checks.size(); ++i) {
            while (!delays.canReadLine())
                if (!delays.waitForReadyRead(10000))
                    qFatal("the delay links did not start");
            const QString via = QStringLiteral("127.0.0.1:%1").arg(QString::fromLatin1(delays.readLine().trimmed()));
            const QString direct = QStringLiteral("127.0.0.1:%1").arg(ports.at(i));
            QHash<QString, QString> &table = checks[i].connectTo;
            if (table.isEmpty()) // --real: the login server is the registry's own loopback address
                table.insert(direct, via);
            for (auto it = table.begin(); it != table.end(); ++it)
                if (it.value() == direct)
                    it.value() = via;
        }
        std::printf("every registry %d ms away (round trip)\n", rtt);
    }

    std::printf("registries  all-at-once (ms)  slowest single (ms)  ratio  all-at-once CPU (ms)\n");
    if (parser.isSet(QStringLiteral("probes")))
        std::printf("    (then each probe's longest time in ms: all at once, alone)\n");
    for (int n : counts) {
        const QVector<CheckOptions> some = checks.mid(0, n);
        QVector<double> together, slowest, cpu;
        QMap<QString, QVector<double>> probesTogether, probesAlone;
        for (int run = 0; run < runs; ++run) {
            ProbeTimes t, alone;
            double cpuMs = 0;
            together << runAll(some, &t, &cpuMs);
            cpu << cpuMs;
            double worst = 0;
            for (const CheckOptions &o : some)
                worst = std::max(worst, runAll({o}, &alone));
            slowest << worst;
            for (auto it = t.cbegin(); it != t.cend(); ++it)
                probesTogether[it.key()] << it.value();
            for (auto it = alone.cbegin(); it != alone.cend(); ++it)
                probesAlone[it.key()] << it.value();
        }
        const double a = median(together), s = median(slowest);
        std::printf("%10d  %16.0f  %19.0f  %5.2f  %13.0f\n", n, a, s, s > 0 ? a / s : 0, median(cpu));
        if (parser.isSet(QStringLiteral("probes")))
            for (auto it = probesTogether.cbegin(); it != probesTogether.cend(); ++it)
                std::printf("    %-18s  %8.0f  %8.0f\n", qPrintable(it.key()), median(it.value()), median(probesAlone.value(it.key())));
        std::fflush(stdout);
    }
    delays.kill();
    delays.waitForFinished();
    return 0;
}
