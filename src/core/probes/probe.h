#pragma once
#include "check_options.h"
#include "ids.h"
#include "message.h"
#include "probe_result.h"
#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

namespace rd {

struct CheckContext;

// One check. The runner starts it once every probe in dependsOn() has finished (whatever their
// status), on the runner's thread; it must emit finished() exactly once, unless cancel() was called.
// Blocking work goes to a background thread (QtConcurrent) or an asynchronous API; a probe never
// touches widgets or global state, and writes to the context's facts only from the runner's thread.
class Probe : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual ProbeId probeId() const = 0;
    virtual QVector<ProbeId> dependsOn() const { return {}; }
    // The runner's names for them (a test's stand-in probes may name themselves).
    virtual QString id() const { return idName(probeId()); }
    virtual QStringList dependencies() const { return idNames(dependsOn()); }
    virtual QString title() const = 0;        // translated
    // The title in a check for `client`: the probes that read the client's own stored logins name it.
    virtual QString titleFor(RegistryClient client) const { Q_UNUSED(client); return title(); }
    virtual int timeoutMs(const CheckContext &ctx) const;
    virtual void start(CheckContext &ctx) = 0;
    // Stop at once: abort requests, kill processes. No finished() is expected afterwards.
    virtual void cancel() {}

signals:
    void finished(const rd::ProbeResult &result);

protected:
    // Helpers that fill id, title and duration.
    ProbeResult makeResult(ProbeStatus status, const Message &detail, const QVariantMap &evidence = {}) const;
    void finish(ProbeStatus status, const Message &detail, const QVariantMap &evidence = {});
    // A finding in this probe's translation context (the class name, as lupdate files QT_TR_NOOP):
    // msg(QT_TR_NOOP("Connected to %1.")).arg(host), msg(QT_TR_N_NOOP("%n second(s)"), n).
    Message msg(const char *source, int n = -1) const { return Message::translatable(metaObject()->className(), source, n); }
    void markStarted() { m_clock.start(); }
    QElapsedTimer m_clock;
};

} // namespace rd
