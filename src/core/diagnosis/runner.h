#pragma once
// Starts each probe as soon as every probe it depends on has finished, so independent probes run
// at the same time and the total time follows the longest chain of dependent probes. Enforces
// each probe's timeout and stops everything on cancel().
#include "probe_result.h"
#include <QHash>
#include <QObject>
#include <QSet>
#include <QVector>
#include <memory>

class QTimer;

namespace rd {

class Probe;
struct CheckContext;

class Runner : public QObject
{
    Q_OBJECT
public:
    // The runner takes the probes (their parent becomes the runner). Dependencies on probes that are
    // not in the list are ignored, so a plan can leave out what a symptom does not need.
    Runner(CheckContext *ctx, QVector<Probe *> probes, QObject *parent = nullptr);
    ~Runner() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    bool wasCancelled() const { return m_cancelled; }
    QStringList probeIds() const;
    QStringList dependenciesOf(const QString &id) const;

signals:
    void probeStarted(const QString &id);
    void probeFinished(const rd::ProbeResult &result);
    void finished();

private:
    void launchReady();
    void onProbeFinished(Probe *probe, ProbeResult result);
    void onTimeout(Probe *probe);
    CheckContext *m_ctx;
    QVector<Probe *> m_probes;
    QHash<Probe *, QStringList> m_deps;     // restricted to ids in the plan
    QSet<Probe *> m_started;
    QSet<Probe *> m_done;
    QHash<Probe *, QTimer *> m_timers;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace rd
