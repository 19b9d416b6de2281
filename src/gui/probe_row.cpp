#include "probe_row.h"
#include "accessibility.h"
#include "palette_colors.h"
#include "diagnosis/render.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace rd {

ProbeRow::ProbeRow(const QString &id, const QString &title, RegistryClient client, QWidget *parent)
    : QFrame(parent), m_id(id), m_title(title), m_client(client)
{
    setObjectName(QStringLiteral("probeRow_") + id);
    setAccessibleRole(this, QAccessible::Section);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 6, 4, 6);
    layout->setSpacing(12);

    m_icon = new StatusIcon(this, 20);
    layout->addWidget(m_icon, 0, Qt::AlignTop);

    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    m_titleLabel = new QLabel(title, this);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setWordWrap(true);
    m_detailLabel = new QLabel(this);
    m_detailLabel->setTextFormat(Qt::PlainText);
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailLabel->hide();
    text->addWidget(m_titleLabel);
    text->addWidget(m_detailLabel);
    layout->addLayout(text, 1);

    m_durationLabel = new QLabel(this);
    m_durationLabel->setTextFormat(Qt::PlainText);
    m_durationLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_durationLabel->setMinimumWidth(m_durationLabel->fontMetrics().horizontalAdvance(QStringLiteral("00000 ms")));
    layout->addWidget(m_durationLabel, 0, Qt::AlignTop | Qt::AlignRight);

    applyColours();
    updateAccessibility();
}

void ProbeRow::applyColours()
{
    m_detailLabel->setPalette(secondaryTextPalette(palette()));
    m_durationLabel->setPalette(secondaryTextPalette(palette()));
}

QString ProbeRow::statusText() const
{
    if (m_cancelled)
        //: Status of one check (a test the program runs), shown after its name; like waiting, running,
        //: passed, warning, failed and skipped. An adjective agreeing with "check" (fr vérification).
        return tr("cancelled");
    switch (m_state) {
    case StatusIcon::Waiting: return tr("waiting");
    case StatusIcon::Running: return tr("running");
    case StatusIcon::Passed: return tr("passed");
    case StatusIcon::Warning: return tr("warning");
    case StatusIcon::Failed: return tr("failed");
    case StatusIcon::Skipped: break;
    }
    return tr("skipped");
}

QString ProbeRow::detailText() const
{
    return m_detailLabel->text();
}

QString ProbeRow::durationText() const
{
    return m_durationLabel->text();
}

void ProbeRow::setState(StatusIcon::State state)
{
    m_state = state;
    m_icon->setState(state);
    QFont f = m_titleLabel->font();
    f.setBold(state == StatusIcon::Running);
    m_titleLabel->setFont(f);
    updateAccessibility();
}

void ProbeRow::setWaiting()
{
    m_cancelled = false;
    m_hasResult = false;
    m_detailLabel->clear();
    m_detailLabel->hide();
    m_durationLabel->clear();
    setState(StatusIcon::Waiting);
}

void ProbeRow::setRunning()
{
    m_cancelled = false;
    m_detailLabel->setText(tr("Checking…"));
    m_detailLabel->show();
    setState(StatusIcon::Running);
}

void ProbeRow::setResult(const ProbeResult &result)
{
    m_result = result;
    m_hasResult = true;
    m_cancelled = false;
    showResult();
}

void ProbeRow::showResult()
{
    if (!m_result.title.isEmpty() && m_result.title != m_title) {
        m_title = m_result.title;
        m_titleLabel->setText(m_title);
    }
    m_detailLabel->setText(m_result.detail);
    m_detailLabel->setVisible(!m_result.detail.isEmpty());
    m_durationLabel->setText(m_result.status == ProbeStatus::Skip && m_result.durationMs == 0 ? QString() : formatDuration(m_result.durationMs));
    setState(StatusIcon::fromProbeStatus(m_result.status));
}

// Everything the row shows, again in the language now in effect: the check's name, what it found
// (from its message, nothing is run again), "Checking…", "Not run" and the duration's unit.
void ProbeRow::retranslate()
{
    if (m_hasResult && !m_cancelled) {
        renderProbeResult(m_result);
        showResult();
        return;
    }
    const QString title = renderProbeTitle(m_id, m_client);
    if (title != m_id) {
        m_title = title;
        m_titleLabel->setText(m_title);
    }
    if (m_cancelled)
        m_detailLabel->setText(tr("Not run: the check was stopped."));
    else if (m_state == StatusIcon::Running)
        m_detailLabel->setText(tr("Checking…"));
    updateAccessibility();
}

void ProbeRow::setCancelled()
{
    if (m_state != StatusIcon::Waiting && m_state != StatusIcon::Running)
        return;
    m_cancelled = true;
    m_detailLabel->setText(tr("Not run: the check was stopped."));
    m_detailLabel->show();
    m_durationLabel->clear();
    setState(StatusIcon::Skipped);
}

QString ProbeRow::formatDuration(qint64 ms)
{
    if (ms < 1000)
        //: A duration in milliseconds; %1 is a number.
        return tr("%1 ms").arg(ms);
    //: A duration in seconds; %1 is a number with one decimal.
    return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

void ProbeRow::updateAccessibility()
{
    //: Screen-reader name of a check row: %1 is the check's name, %2 its status (passed, failed...).
    const QString name = tr("%1: %2").arg(m_title, statusText());
    setAccessibleName(name);
    setAccessibleDescription(m_detailLabel->text());
    m_icon->setAccessibleName(statusText());
}

void ProbeRow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        applyColours();
    QFrame::changeEvent(event);
}

} // namespace rd
