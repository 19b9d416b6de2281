#include "runner.h"
#include "check_context.h"
#include "probes/probe.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <algorithm>

namespace rd {

Runner::Runner(CheckContext *ctx, QVector<Probe *> probes, QObject *parent)
    : QObject(parent), m_ctx(ctx), m_probes(std::move(probes))
{
    QSet<QString> ids;
    for (Probe *p : std::as_const(m_probes))
        ids.insert(p->id());
    for (Probe *p : std::as_const(m_probes)) {
        p->setParent(this);
        QStringList deps;
        for (const QString &d : p->dependencies())
            if (ids.contains(d))
                deps << d;
        m_deps.insert(p, deps);
        connect(p, &Probe::finished, this, [this, p](const ProbeResult &r) { onProbeFinished(p, r); });
    }
}

Runner::~Runner()
{
    if (m_running)
        cancel();
}

QStringList Runner::probeIds() const
{
    QStringList out;
    for (Probe *p : m_probes)
        out << p->id();
    return out;
}

QStringList Runner::dependenciesOf(const QString &id) const
{
    for (auto it = m_deps.begin(); it != m_deps.end(); ++it)
        if (it.key()->id() == id)
            return it.value();
    return {};
}

void Runner::start()
{
    m_running = true;
    m_cancelled = false;
    launchReady();
}

void Runner::launchReady()
{
    if (!m_running)
        return;
    for (Probe *p : std::as_const(m_probes)) {
        if (m_started.contains(p))
            continue;
        // Finished in this run: a result left in the context by an earlier run does not count.
        bool ready = true;
        for (const QString &d : m_deps.value(p)) {
            const bool done = std::any_of(m_done.cbegin(), m_done.cend(), [&d](Probe *q) { return q->id() == d; });
            if (!done) {
                ready = false;
                break;
            }
        }
        if (!ready)
            continue;
        m_started.insert(p);
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, p] { onTimeout(p); });
        m_timers.insert(p, timer);
        timer->start(p->timeoutMs(*m_ctx));
        emit probeStarted(p->id());
        p->start(*m_ctx);
        if (!m_running)
            return; // a synchronous finish ended the run (or cancel() was called)
    }
    if (m_done.size() == m_probes.size() && m_running) {
        m_running = false;
        emit finished();
    }
}

void Runner::onProbeFinished(Probe *probe, ProbeResult result)
{
    if (!m_running || m_done.contains(probe) || !m_started.contains(probe))
        return;
    m_done.insert(probe);
    if (QTimer *t = m_timers.take(probe))
        t->deleteLater();
    m_ctx->results.insert(result.id, result);
    emit probeFinished(result);
    // Launch dependants from the event loop, not from inside the probe's own signal emission.
    QMetaObject::invokeMethod(this, &Runner::launchReady, Qt::QueuedConnection);
}

void Runner::onTimeout(Probe *probe)
{
    if (m_done.contains(probe))
        return;
    const int ms = probe->timeoutMs(*m_ctx);
    probe->cancel();
    ProbeResult r;
    r.id = probe->id();
    r.title = probe->title();
    r.status = ProbeStatus::Fail;
    r.durationMs = ms;
    const int seconds = (ms + 999) / 1000;
    r.message = Message::translatable("rd::Runner", QT_TRANSLATE_N_NOOP("rd::Runner", "No answer within %n second(s); the check stopped waiting."),
                                      seconds);
    r.detail = r.message.render();
    r.timedOut = true;
    r.evidence.insert(QStringLiteral("timedOut"), true);
    r.evidence.insert(QStringLiteral("timeoutMs"), ms);
    onProbeFinished(probe, r);
}

void Runner::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_cancelled = true;
    for (Probe *p : std::as_const(m_probes))
        if (m_started.contains(p) && !m_done.contains(p))
            p->cancel();
    for (QTimer *t : std::as_const(m_timers))
        t->stop();
    emit finished();
}

} // namespace rd
