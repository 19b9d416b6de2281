// The runner: dependency order, parallel start, timeouts, synchronous finishes, cancellation.
#include "check_context.h"
#include "diagnosis/runner.h"
#include "probes/probe.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using rd::CheckContext;
using rd::Message;
using rd::ProbeId;
using rd::Probe;
using rd::ProbeResult;
using rd::ProbeStatus;
using rd::Runner;

namespace {

// What the fake probes did, and when (milliseconds on one shared clock).
struct Log
{
    QElapsedTimer clock;
    QHash<QString, qint64> startedAt;
    QHash<QString, qint64> finishedAt;
    QStringList startOrder;
    QStringList cancelled;
    Log() { clock.start(); }
};

// A probe that finishes `durationMs` after start (0: inside start(), -1: never).
class FakeProbe : public Probe
{
public:
    FakeProbe(QString id, QStringList deps, int durationMs, Log *log, int timeoutMs = 0,
              ProbeStatus status = ProbeStatus::Pass)
        : m_id(std::move(id)), m_deps(std::move(deps)), m_duration(durationMs), m_log(log), m_timeout(timeoutMs),
          m_status(status)
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { emitResult(); });
    }
    ProbeId probeId() const override { return ProbeId::Count; } // named below
    QString id() const override { return m_id; }
    QString title() const override { return QStringLiteral("Fake %1").arg(m_id); }
    QStringList dependencies() const override { return m_deps; }
    int timeoutMs(const CheckContext &ctx) const override
    {
        return m_timeout > 0 ? m_timeout : Probe::timeoutMs(ctx);
    }
    void start(CheckContext &ctx) override
    {
        ++startCount;
        seenResultsAtStart = ctx.results.keys();
        m_log->startedAt.insert(m_id, m_log->clock.elapsed());
        m_log->startOrder << m_id;
        markStarted();
        if (m_duration == 0)
            emitResult();
        else if (m_duration > 0)
            m_timer.start(m_duration);
    }
    void cancel() override
    {
        ++cancelCount;
        m_log->cancelled << m_id;
        m_timer.stop();
    }
    // Emits a result whenever the test wants, even when it should not (after cancel or timeout).
    void emitResult(const QString &detail = QStringLiteral("done"))
    {
        m_log->finishedAt.insert(m_id, m_log->clock.elapsed());
        finish(m_status, Message::verbatim(detail), {{QStringLiteral("fake"), m_id}, {QStringLiteral("nested"), QVariantMap{{QStringLiteral("n"), 7}}}});
    }

    int startCount = 0;
    int cancelCount = 0;
    QStringList seenResultsAtStart;

private:
    QString m_id;
    QStringList m_deps;
    int m_duration;
    Log *m_log;
    int m_timeout;
    ProbeStatus m_status;
    QTimer m_timer;
};

QStringList startedIds(const QSignalSpy &spy)
{
    QStringList out;
    for (const auto &args : spy)
        out << args.at(0).toString();
    return out;
}

QStringList finishedIds(const QSignalSpy &spy)
{
    QStringList out;
    for (const auto &args : spy)
        out << args.at(0).value<ProbeResult>().id;
    return out;
}

} // namespace

class TestRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<rd::ProbeResult>(); }

    void independentProbes_startTogether_dependantWaitsForBoth()
    {
        Log log;
        CheckContext ctx;
        auto *a = new FakeProbe(QStringLiteral("a"), {}, 200, &log);
        auto *b = new FakeProbe(QStringLiteral("b"), {}, 200, &log);
        auto *c = new FakeProbe(QStringLiteral("c"), {QStringLiteral("a"), QStringLiteral("b")}, 200, &log);
        Runner runner(&ctx, {c, a, b});
        QSignalSpy done(&runner, &Runner::finished);
        runner.start();
        QVERIFY(runner.isRunning());
        QVERIFY(done.wait(5000));
        QCOMPARE(done.count(), 1);
        QVERIFY(!runner.isRunning());
        QVERIFY(!runner.wasCancelled());

        // Both independent probes started before either of them finished: they ran in parallel.
        const qint64 firstFinish = qMin(log.finishedAt.value(QStringLiteral("a")), log.finishedAt.value(QStringLiteral("b")));
        QVERIFY(log.startedAt.value(QStringLiteral("a")) < firstFinish);
        QVERIFY(log.startedAt.value(QStringLiteral("b")) < firstFinish);
        // The dependant started after both had finished.
        const qint64 lastFinish = qMax(log.finishedAt.value(QStringLiteral("a")), log.finishedAt.value(QStringLiteral("b")));
        QVERIFY(log.startedAt.value(QStringLiteral("c")) >= lastFinish);
        QCOMPARE(log.startOrder.last(), QStringLiteral("c"));
        // When c started, both of its dependencies' results were already in the context.
        QVERIFY(c->seenResultsAtStart.contains(QStringLiteral("a")));
        QVERIFY(c->seenResultsAtStart.contains(QStringLiteral("b")));
        QCOMPARE(a->startCount, 1);
        QCOMPARE(b->startCount, 1);
        QCOMPARE(c->startCount, 1);
    }

    void dependant_waitsForItsSlowestDependency()
    {
        Log log;
        CheckContext ctx;
        auto *fast = new FakeProbe(QStringLiteral("fast"), {}, 50, &log);
        auto *slow = new FakeProbe(QStringLiteral("slow"), {}, 300, &log);
        auto *dep = new FakeProbe(QStringLiteral("dep"), {QStringLiteral("fast"), QStringLiteral("slow")}, 10, &log);
        auto *chain = new FakeProbe(QStringLiteral("chain"), {QStringLiteral("dep")}, 10, &log);
        Runner runner(&ctx, {fast, slow, dep, chain});
        QSignalSpy done(&runner, &Runner::finished);
        runner.start();
        QVERIFY(done.wait(5000));
        QVERIFY(log.startedAt.value(QStringLiteral("dep")) >= log.finishedAt.value(QStringLiteral("slow")));
        QVERIFY(log.startedAt.value(QStringLiteral("chain")) >= log.finishedAt.value(QStringLiteral("dep")));
        QCOMPARE(log.startOrder, (QStringList{QStringLiteral("fast"), QStringLiteral("slow"), QStringLiteral("dep"), QStringLiteral("chain")}));
        QVERIFY(!dep->seenResultsAtStart.isEmpty());
        QVERIFY(dep->seenResultsAtStart.contains(QStringLiteral("slow")));
    }

    void staleResultInContext_doesNotReleaseDependantEarly()
    {
        // A result left in the context from an earlier run must not count as "finished in this run".
        Log log;
        CheckContext ctx;
        ProbeResult stale;
        stale.id = QStringLiteral("a");
        stale.status = ProbeStatus::Fail;
        ctx.results.insert(stale.id, stale);
        auto *a = new FakeProbe(QStringLiteral("a"), {}, 150, &log);
        auto *b = new FakeProbe(QStringLiteral("b"), {QStringLiteral("a")}, 10, &log);
        Runner runner(&ctx, {a, b});
        QSignalSpy done(&runner, &Runner::finished);
        runner.start();
        QVERIFY(done.wait(5000));
        QVERIFY(log.startedAt.value(QStringLiteral("b")) >= log.finishedAt.value(QStringLiteral("a")));
        QCOMPARE(ctx.results.value(QStringLiteral("a")).status, ProbeStatus::Pass);
    }

    void dependencyNotInList_isIgnored()
    {
        Log log;
        CheckContext ctx;
        auto *a = new FakeProbe(QStringLiteral("a"), {QStringLiteral("not-planned"), QStringLiteral("b")}, 10, &log);
        auto *b = new FakeProbe(QStringLiteral("b"), {QStringLiteral("also-missing")}, 10, &log);
        Runner runner(&ctx, {a, b});
        QCOMPARE(runner.probeIds(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(runner.dependenciesOf(QStringLiteral("a")), QStringList{QStringLiteral("b")});
        QCOMPARE(runner.dependenciesOf(QStringLiteral("b")), QStringList());
        QCOMPARE(runner.dependenciesOf(QStringLiteral("nobody")), QStringList());
        QSignalSpy started(&runner, &Runner::probeStarted);
        QSignalSpy done(&runner, &Runner::finished);
        runner.start();
        // b has no dependency in the plan, so it starts at once; a waits only for b.
        QCOMPARE(startedIds(started), QStringList{QStringLiteral("b")});
        QVERIFY(done.wait(5000));
        QCOMPARE(startedIds(started), (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
        QCOMPARE(ctx.results.size(), 2);
    }

    void neverFinishingProbe_isFailedByTimeout_andCancelled()
    {
        Log log;
        CheckContext ctx;
        auto *stuck = new FakeProbe(QStringLiteral("stuck"), {}, -1, &log, 150);
        auto *after = new FakeProbe(QStringLiteral("after"), {QStringLiteral("stuck")}, 10, &log);
        Runner runner(&ctx, {stuck, after});
        QSignalSpy finishedProbes(&runner, &Runner::probeFinished);
        QSignalSpy done(&runner, &Runner::finished);
        QElapsedTimer clock;
        clock.start();
        runner.start();
        QVERIFY(done.wait(5000));
        QVERIFY(clock.elapsed() >= 140);
        QCOMPARE(done.count(), 1);
        QCOMPARE(stuck->cancelCount, 1);
        QCOMPARE(after->cancelCount, 0);
        QVERIFY(!runner.wasCancelled());

        QVERIFY(ctx.results.contains(QStringLiteral("stuck")));
        const ProbeResult r = ctx.results.value(QStringLiteral("stuck"));
        QCOMPARE(r.id, QStringLiteral("stuck"));
        QCOMPARE(r.title, QStringLiteral("Fake stuck"));
        QCOMPARE(r.status, ProbeStatus::Fail);
        QCOMPARE(r.durationMs, qint64(150));
        QCOMPARE(r.evidence.value(QStringLiteral("timedOut")).toBool(), true);
        QCOMPARE(r.evidence.value(QStringLiteral("timeoutMs")).toInt(), 150);
        QVERIFY(!r.detail.isEmpty());
        // The dependant still runs after a failed (timed-out) dependency.
        QCOMPARE(after->startCount, 1);
        QCOMPARE(finishedIds(finishedProbes), (QStringList{QStringLiteral("stuck"), QStringLiteral("after")}));

        // A finish that arrives after the timeout does not replace the timeout result.
        stuck->emitResult(QStringLiteral("too late"));
        QCOMPARE(finishedProbes.count(), 2);
        QCOMPARE(ctx.results.value(QStringLiteral("stuck")).status, ProbeStatus::Fail);
        QCOMPARE(done.count(), 1);
    }

    void defaultTimeout_comesFromOptionsTimeoutSeconds()
    {
        // A probe that does not override timeoutMs gets options.timeoutSeconds.
        class Silent : public Probe
        {
        public:
            ProbeId probeId() const override { return ProbeId::Count; }
            QString id() const override { return QStringLiteral("silent"); }
            QString title() const override { return QStringLiteral("Silent"); }
            void start(CheckContext &) override {}
            void cancel() override { ++cancels; }
            int cancels = 0;
        };
        CheckContext ctx;
        ctx.options.timeoutSeconds = 1;
        auto *silent = new Silent;
        QCOMPARE(silent->timeoutMs(ctx), 1000);
        Runner runner(&ctx, {silent});
        QSignalSpy done(&runner, &Runner::finished);
        QElapsedTimer clock;
        clock.start();
        runner.start();
        QVERIFY(done.wait(5000));
        QVERIFY(clock.elapsed() >= 940); // a coarse QTimer may fire up to 5 % early
        QCOMPARE(silent->cancels, 1);
        QCOMPARE(ctx.results.value(QStringLiteral("silent")).evidence.value(QStringLiteral("timeoutMs")).toInt(), 1000);
        // Zero or negative seconds never mean "no time at all".
        ctx.options.timeoutSeconds = 0;
        QCOMPARE(silent->timeoutMs(ctx), 1000);
    }

    void synchronousFinishInsideStart_works()
    {
        Log log;
        CheckContext ctx;
        auto *a = new FakeProbe(QStringLiteral("a"), {}, 0, &log);
        auto *b = new FakeProbe(QStringLiteral("b"), {QStringLiteral("a")}, 0, &log);
        auto *c = new FakeProbe(QStringLiteral("c"), {QStringLiteral("b")}, 30, &log);
        auto *d = new FakeProbe(QStringLiteral("d"), {}, 0, &log);
        Runner runner(&ctx, {a, b, c, d});
        QSignalSpy finishedProbes(&runner, &Runner::probeFinished);
        QSignalSpy done(&runner, &Runner::finished);
        runner.start();
        QVERIFY(done.wait(5000));
        QCOMPARE(done.count(), 1);
        // a finishes inside start(), which makes b ready in the same pass; c only starts after b.
        QCOMPARE(log.startOrder, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
        QCOMPARE(finishedIds(finishedProbes), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d"), QStringLiteral("c")}));
        QVERIFY(log.startedAt.value(QStringLiteral("c")) >= log.finishedAt.value(QStringLiteral("b")));
        QCOMPARE(ctx.results.size(), 4);
        for (FakeProbe *p : {a, b, c, d}) {
            QCOMPARE(p->startCount, 1);
            QCOMPARE(p->cancelCount, 0); // finishing synchronously never triggers the timeout's cancel
        }
        // No stray timeout fires later for the synchronously finished probes.
        QTest::qWait(50);
        QCOMPARE(finishedProbes.count(), 4);
        QCOMPARE(done.count(), 1);
    }

    void allProbesSynchronous_finishOnceAndStopRunning()
    {
        Log log;
        CheckContext ctx;
        auto *a = new FakeProbe(QStringLiteral("a"), {}, 0, &log);
        auto *b = new FakeProbe(QStringLiteral("b"), {}, 0, &log);
        Runner runner(&ctx, {a, b});
        QSignalSpy done(&runner, &Runner::finished);
        runner.start();
        // Both finished inside start(); the run is over once the queued launch has been processed.
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 2000);
        QVERIFY(!runner.isRunning());
        QTest::qWait(50);
        QCOMPARE(done.count(), 1);
        QCOMPARE(ctx.results.size(), 2);
    }

    void emptyPlan_finishesImmediately()
    {
        CheckContext ctx;
        Runner runner(&ctx, {});
        QSignalSpy done(&runner, &Runner::finished);
        runner.start();
        QCOMPARE(done.count(), 1);
        QVERIFY(!runner.isRunning());
        QVERIFY(ctx.results.isEmpty());
    }

    void cancel_stopsEverything_andIgnoresLateFinishes()
    {
        Log log;
        CheckContext ctx;
        auto *quick = new FakeProbe(QStringLiteral("quick"), {}, 20, &log);
        auto *slow = new FakeProbe(QStringLiteral("slow"), {}, 5000, &log, 300);
        auto *stuck = new FakeProbe(QStringLiteral("stuck"), {}, -1, &log, 300);
        auto *waiting = new FakeProbe(QStringLiteral("waiting"), {QStringLiteral("slow")}, 10, &log);
        Runner runner(&ctx, {quick, slow, stuck, waiting});
        QSignalSpy started(&runner, &Runner::probeStarted);
        QSignalSpy finishedProbes(&runner, &Runner::probeFinished);
        QSignalSpy done(&runner, &Runner::finished);
        runner.start();
        QVERIFY(finishedProbes.wait(2000));
        QCOMPARE(finishedIds(finishedProbes), QStringList{QStringLiteral("quick")});

        runner.cancel();
        QCOMPARE(done.count(), 1);
        QVERIFY(!runner.isRunning());
        QVERIFY(runner.wasCancelled());
        // cancel() reached exactly the probes still running.
        QCOMPARE(quick->cancelCount, 0);
        QCOMPARE(slow->cancelCount, 1);
        QCOMPARE(stuck->cancelCount, 1);
        QCOMPARE(waiting->cancelCount, 0);
        QCOMPARE(waiting->startCount, 0);

        // Late finishes (a probe misbehaving after cancel) are ignored.
        slow->emitResult(QStringLiteral("late"));
        stuck->emitResult(QStringLiteral("late"));
        // The 300 ms timeouts were stopped too: nothing arrives while we wait past them.
        QTest::qWait(450);
        QCOMPARE(finishedProbes.count(), 1);
        QCOMPARE(done.count(), 1);
        QCOMPARE(waiting->startCount, 0);
        QCOMPARE(ctx.results.keys(), QStringList{QStringLiteral("quick")});
        QCOMPARE(startedIds(started), (QStringList{QStringLiteral("quick"), QStringLiteral("slow"), QStringLiteral("stuck")}));

        // A second cancel does not announce the end again.
        runner.cancel();
        QCOMPARE(done.count(), 1);
    }

    void cancelBeforeStart_doesNothing()
    {
        Log log;
        CheckContext ctx;
        auto *a = new FakeProbe(QStringLiteral("a"), {}, 10, &log);
        Runner runner(&ctx, {a});
        QSignalSpy done(&runner, &Runner::finished);
        runner.cancel();
        QCOMPARE(done.count(), 0);
        QVERIFY(!runner.wasCancelled());
        QCOMPARE(a->cancelCount, 0);
    }

    void probeFinishingTwice_countsOnce()
    {
        Log log;
        CheckContext ctx;
        auto *a = new FakeProbe(QStringLiteral("a"), {}, 0, &log);
        auto *b = new FakeProbe(QStringLiteral("b"), {}, 200, &log);
        Runner runner(&ctx, {a, b});
        QSignalSpy finishedProbes(&runner, &Runner::probeFinished);
        runner.start();
        QCOMPARE(finishedProbes.count(), 1);
        a->emitResult(QStringLiteral("second"));
        QCOMPARE(finishedProbes.count(), 1);
        QCOMPARE(ctx.results.value(QStringLiteral("a")).detail, QStringLiteral("done"));
        QSignalSpy done(&runner, &Runner::finished);
        QVERIFY(done.wait(5000));
        QCOMPARE(finishedProbes.count(), 2);
    }

    void signalsAndContext_carryTheProbesResults()
    {
        Log log;
        CheckContext ctx;
        auto *a = new FakeProbe(QStringLiteral("alpha"), {}, 30, &log, 0, ProbeStatus::Warn);
        auto *b = new FakeProbe(QStringLiteral("beta"), {QStringLiteral("alpha")}, 30, &log, 0, ProbeStatus::Fail);
        Runner runner(&ctx, {a, b});
        QSignalSpy started(&runner, &Runner::probeStarted);
        QSignalSpy finishedProbes(&runner, &Runner::probeFinished);
        QSignalSpy done(&runner, &Runner::finished);
        runner.start();
        QVERIFY(done.wait(5000));
        QCOMPARE(startedIds(started), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));
        QCOMPARE(finishedIds(finishedProbes), (QStringList{QStringLiteral("alpha"), QStringLiteral("beta")}));

        const ProbeResult fromSignal = finishedProbes.at(1).at(0).value<ProbeResult>();
        QCOMPARE(fromSignal.status, ProbeStatus::Fail);
        QCOMPARE(fromSignal.title, QStringLiteral("Fake beta"));
        QCOMPARE(fromSignal.detail, QStringLiteral("done"));
        QVERIFY(fromSignal.durationMs >= 25);

        QCOMPARE(ctx.results.size(), 2);
        const ProbeResult alpha = ctx.results.value(QStringLiteral("alpha"));
        QCOMPARE(alpha.status, ProbeStatus::Warn);
        QCOMPARE(alpha.evidence.value(QStringLiteral("fake")).toString(), QStringLiteral("alpha"));
        QCOMPARE(alpha.evidence.value(QStringLiteral("nested")).toMap().value(QStringLiteral("n")).toInt(), 7);
        QVERIFY(ctx.passed(QStringLiteral("alpha")));
        QVERIFY(!ctx.failed(QStringLiteral("alpha")));
        QVERIFY(ctx.failed(QStringLiteral("beta")));
        QVERIFY(!ctx.passed(QStringLiteral("beta")));
        QVERIFY(!ctx.results.contains(QStringLiteral("gamma")));
    }

    void destroyingRunningRunner_cancelsItsProbes()
    {
        Log log;
        CheckContext ctx;
        auto *runner = new Runner(&ctx, {new FakeProbe(QStringLiteral("a"), {}, -1, &log, 5000)});
        runner->start();
        QVERIFY(runner->isRunning());
        delete runner;
        QCOMPARE(log.cancelled, QStringList{QStringLiteral("a")});
    }
};

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
