#pragma once
// One diagnosis run, as the wizard and the command line use it: parse the registry text, plan the
// probes for the symptoms, run them, apply the rules. Lives on one thread (usually the GUI's); all
// blocking work happens elsewhere, so that thread stays free.
#include "check_context.h"
#include "diagnosis.h"
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <memory>

class QNetworkAccessManager;

namespace rd {

class Runner;

class Check : public QObject
{
    Q_OBJECT
public:
    explicit Check(const CheckOptions &options, QObject *parent = nullptr);
    ~Check() override;

    // The probes this check will run, in order, and what each waits for.
    QStringList plannedProbes() const { return m_plan; }
    QStringList dependenciesOf(const QString &probeId) const;
    const RegistryReference &reference() const { return m_ctx.reference; }
    const CheckContext &context() const { return m_ctx; }

    void start();
    void cancel();
    bool isRunning() const;
    Diagnosis diagnosis() const { return m_diagnosis; }

signals:
    void probeStarted(const QString &id);
    void probeFinished(const rd::ProbeResult &result);
    void finished(const rd::Diagnosis &diagnosis);

private:
    void onRunnerFinished();
    CheckContext m_ctx;
    QStringList m_plan;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<Runner> m_runner;
    QElapsedTimer m_clock;
    Diagnosis m_diagnosis;
};

} // namespace rd
