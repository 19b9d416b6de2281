#include "check.h"
#include "network/connection_relays.h"
#include "probes/probe.h"
#include "goal.h"
#include "plan.h"
#include "rules.h"
#include "runner.h"
#include <QNetworkAccessManager>
#include <QSysInfo>
#include <QTimeZone>

namespace rd {

Check::Check(const CheckOptions &options, QObject *parent) : QObject(parent)
{
    m_ctx.options = options;
    m_ctx.reference = parseRegistryReference(options.registryInput);
    m_plan = planProbes(options);
    m_network = new QNetworkAccessManager(this);
    m_ctx.network = m_network;
    m_ctx.relays = new ConnectionRelays(this);
}

Check::~Check()
{
    if (m_runner)
        m_runner->cancel();
    // Secrets held by this check go with it; Secret wipes its bytes.
}

QStringList Check::dependenciesOf(const QString &probeId) const
{
    QStringList deps;
    for (const QString &d : probeDependencies(probeId))
        if (m_plan.contains(d))
            deps << d;
    return deps;
}

bool Check::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

void Check::start()
{
    if (isRunning())
        return;
    m_ctx.results.clear();
    m_ctx.facts = Facts();
    m_ctx.relays->clear();
    m_diagnosis = Diagnosis();
    m_diagnosis.startedAt = QDateTime::currentDateTimeUtc();
    m_clock.start();
    QVector<Probe *> probes;
    for (const QString &id : std::as_const(m_plan))
        probes << createProbe(id);
    if (m_runner)
        m_runner->deleteLater();
    m_runner = new Runner(&m_ctx, probes, this);
    connect(m_runner, &Runner::probeStarted, this, &Check::probeStarted);
    connect(m_runner, &Runner::probeFinished, this, &Check::probeFinished);
    connect(m_runner, &Runner::finished, this, &Check::onRunnerFinished);
    m_runner->start();
}

void Check::cancel()
{
    if (m_runner)
        m_runner->cancel();
}

void Check::onRunnerFinished()
{
    Diagnosis &d = m_diagnosis;
    d.toolVersion = QStringLiteral(RD_VERSION);
    d.registryInput = m_ctx.reference.input;
    d.loginServer = m_ctx.reference.loginServer;
    d.registryKind = registryKindName(m_ctx.registryKind().kind);
    d.practiceScenario = m_ctx.options.practiceScenario;
    d.client = registryClientName(m_ctx.options.client);
    d.signInMethod = signInMethodName(m_ctx.options.signIn);
    d.username = m_ctx.options.username;
    d.repository = m_ctx.options.repository;
    d.action = m_ctx.options.action;
    d.symptoms = m_ctx.options.symptoms;
    d.os = QSysInfo::prettyProductName();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const int offset = zone.offsetFromUtc(d.startedAt);
    d.timeZone = QStringLiteral("%1 (UTC%2%3:%4)")
                     .arg(QString::fromUtf8(zone.id()), offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                     .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                     .arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    d.durationMs = m_clock.elapsed();
    d.cancelled = m_runner && m_runner->wasCancelled();
    for (const QString &id : std::as_const(m_plan)) {
        auto it = m_ctx.results.constFind(id);
        if (it != m_ctx.results.cend()) {
            d.probes << *it;
        } else {
            ProbeResult r;
            r.id = id;
            std::unique_ptr<Probe> p(createProbe(id));
            r.title = p ? p->titleFor(m_ctx.options.client) : id;
            r.status = ProbeStatus::Skip;
            r.message = Message::translatable("rd::Check", QT_TRANSLATE_NOOP("rd::Check", "Not run: the check was cancelled."));
            r.detail = r.message.render();
            d.probes << r;
        }
    }
    d.causes = diagnose(m_ctx);
    orderByGoal(d.causes, d);
    emit finished(d);
}

} // namespace rd
