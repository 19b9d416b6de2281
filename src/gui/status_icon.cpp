#include "status_icon.h"

#include <QPainter>
#include <QTimer>

// Q_INIT_RESOURCE declares a function in the enclosing namespace: keep it at global scope.
static void initRdGuiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace rd {

void ensureGuiResources()
{
    static const bool done = (initRdGuiResources(), true);
    Q_UNUSED(done)
}

StatusIcon::StatusIcon(QWidget *parent, int size) : QWidget(parent), m_size(size), m_timer(new QTimer(this))
{
    ensureGuiResources();
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setFixedSize(m_size, m_size);
    m_timer->setInterval(60);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_angle = (m_angle + 24) % 360;
        update();
    });
}

QSize StatusIcon::sizeHint() const
{
    return QSize(m_size, m_size);
}

void StatusIcon::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    m_angle = 0;
    updateTimer();
    update();
}

StatusIcon::State StatusIcon::fromProbeStatus(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Pass: return Passed;
    case ProbeStatus::Warn: return Warning;
    case ProbeStatus::Fail: return Failed;
    case ProbeStatus::Skip: break;
    }
    return Skipped;
}

QString StatusIcon::resourcePath(State state)
{
    switch (state) {
    case Waiting: return QStringLiteral(":/icons/status-waiting.svg");
    case Running: return QStringLiteral(":/icons/status-running.svg");
    case Passed: return QStringLiteral(":/icons/status-pass.svg");
    case Warning: return QStringLiteral(":/icons/status-warn.svg");
    case Failed: return QStringLiteral(":/icons/status-fail.svg");
    case Skipped: break;
    }
    return QStringLiteral(":/icons/status-skip.svg");
}

QIcon StatusIcon::icon(State state)
{
    ensureGuiResources();
    return QIcon(resourcePath(state));
}

void StatusIcon::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r(0, 0, m_size, m_size);
    if (m_state == Running && m_angle != 0) {
        p.translate(r.center());
        p.rotate(m_angle);
        p.translate(-r.center());
    }
    icon(m_state).paint(&p, r.toRect());
}

void StatusIcon::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateTimer();
}

void StatusIcon::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    updateTimer();
}

void StatusIcon::updateTimer()
{
    // Turn only while running and on screen: nothing ticks in a hidden page.
    if (m_state == Running && isVisible())
        m_timer->start();
    else
        m_timer->stop();
}

} // namespace rd
