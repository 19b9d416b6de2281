#include "checking_page.h"
#include "page_style.h"
#include "accessibility.h"
#include "heading_label.h"

#include "diagnosis/plan.h"
#include "diagnosis/render.h"
#include "probe_row.h"
#include "wizard_model.h"

#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QVBoxLayout>

namespace rd {

CheckingPage::CheckingPage(WizardModel *model, QWidget *parent) : WizardPage(model, parent)
{
    ensureGuiResources();
    setObjectName(QStringLiteral("checkingPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(12);

    m_heading = new HeadingLabel(this);
    m_heading->setObjectName(QStringLiteral("checkingHeading"));
    m_heading->setFont(PageStyle::of(m_heading).heading);
    layout->addWidget(m_heading);

    m_statusLine = new QLabel(this);
    m_statusLine->setObjectName(QStringLiteral("checkingStatus"));
    m_statusLine->setTextFormat(Qt::PlainText);
    m_statusLine->setWordWrap(true);
    layout->addWidget(m_statusLine);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("checkingProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    layout->addWidget(m_progress);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("checkingError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("checkingRows"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::StrongFocus);   // the keyboard can scroll the list
    m_rowsWidget = new QWidget(m_scroll);
    m_rowsWidget->setBackgroundRole(QPalette::Window);
    m_rowsLayout = new QVBoxLayout(m_rowsWidget);
    m_rowsLayout->setContentsMargins(0, 4, 8, 4);
    m_rowsLayout->setSpacing(2);
    m_rowsLayout->addStretch(1);
    m_scroll->setWidget(m_rowsWidget);
    layout->addWidget(m_scroll, 1);

    connect(m_model, &WizardModel::checkStarted, this, &CheckingPage::onCheckStarted);
    connect(m_model, &WizardModel::probeStarted, this, &CheckingPage::onProbeStarted);
    connect(m_model, &WizardModel::probeFinished, this, &CheckingPage::onProbeFinished);
    connect(m_model, &WizardModel::checkFinished, this, &CheckingPage::onCheckFinished);
    connect(m_model, &WizardModel::checkFailed, this, &CheckingPage::onCheckFailed);

    retranslate();
}

QString CheckingPage::stepTitle() const
{
    //: Name of the third step in the side list of steps (the check is running). Short: one or two words.
    return tr("Checking");
}

void CheckingPage::enter()
{
    m_active = true;
    updateTexts();
}

void CheckingPage::leave()
{
    m_active = false;
}

bool CheckingPage::canGoNext() const
{
    return !m_running && m_done;
}

bool CheckingPage::canGoBack() const
{
    return !m_running;
}

QString CheckingPage::nextText() const
{
    return tr("Show &results");
}

QWidget *CheckingPage::firstFocus()
{
    return m_scroll;
}

QString CheckingPage::headingText() const
{
    return m_heading->text();
}

QString CheckingPage::statusLineText() const
{
    return m_statusLine->text();
}

void CheckingPage::cancel()
{
    if (!m_running)
        return;
    m_model->cancelCheck();
    // The engine stops synchronously and reports through checkFinished; should it not, the rows
    // still say at once that they will not run.
    if (m_running) {
        for (const QString &id : std::as_const(m_order))
            m_rows.value(id)->setCancelled();
        m_cancelled = true;
        updateTexts();
        announceProgress();
    }
}

QString CheckingPage::target() const
{
    if (!m_loginServer.isEmpty())
        return m_loginServer;
    const RegistryReference ref = m_model->reference();
    if (!ref.loginServer.isEmpty())
        return ref.loginServer;
    return m_model->registryText.trimmed();
}

void CheckingPage::clearRows()
{
    for (ProbeRow *r : std::as_const(m_rows))
        delete r;
    m_rows.clear();
    m_order.clear();
}

void CheckingPage::onCheckStarted(const QStringList &probes, bool partial)
{
    clearRows();
    m_partial = partial;
    m_running = true;
    m_done = false;
    m_cancelled = false;
    m_finished = 0;
    m_problems = 0;
    m_durationMs = 0;
    m_loginServer.clear();
    m_error->hide();
    int index = 0;
    for (const QString &id : probes) {
        const RegistryClient client = m_model->checkClient();
        auto *row = new ProbeRow(id, renderProbeTitle(id, client), client, m_rowsWidget);
        m_rowsLayout->insertWidget(index++, row);   // before the stretch
        m_rows.insert(id, row);
        m_order << id;
    }
    m_progress->setRange(0, qMax(1, int(probes.size())));
    m_progress->setValue(0);
    updateTexts();
    announceProgress();
    emit completeChanged();
}

void CheckingPage::onProbeStarted(const QString &id)
{
    if (ProbeRow *r = m_rows.value(id))
        r->setRunning();
}

void CheckingPage::onProbeFinished(const ProbeResult &result)
{
    ProbeRow *r = m_rows.value(result.id);
    if (!r)
        return;
    const bool wasOpen = r->state() == StatusIcon::Waiting || r->state() == StatusIcon::Running;
    r->setResult(result);
    if (wasOpen)
        ++m_finished;
    m_progress->setValue(qMin(m_finished, m_progress->maximum()));
    updateTexts();
    // A milestone half way; the start and the end are announced by their own events.
    const int total = int(m_order.size());
    if (wasOpen && total >= 4 && m_finished == (total + 1) / 2)
        announceProgress();
}

void CheckingPage::onCheckFinished(const Diagnosis &diagnosis, bool partial)
{
    const bool wasRunning = m_running;
    m_running = false;
    m_done = true;
    m_cancelled = diagnosis.cancelled;
    m_durationMs = diagnosis.durationMs;
    m_problems = int(diagnosis.causes.size());
    m_loginServer = diagnosis.loginServer;
    for (const ProbeResult &p : diagnosis.probes) {
        ProbeRow *r = m_rows.value(p.id);
        if (!r)
            continue;
        if (r->state() == StatusIcon::Waiting || r->state() == StatusIcon::Running) {
            if (diagnosis.cancelled)
                r->setCancelled();
            else
                r->setResult(p);
        }
    }
    // Anything the diagnosis did not mention is not left turning.
    for (const QString &id : std::as_const(m_order))
        m_rows.value(id)->setCancelled();
    if (!diagnosis.cancelled)
        m_progress->setValue(m_progress->maximum());
    updateTexts();
    if (wasRunning)
        announceProgress();
    emit completeChanged();
    // A finished full check moves the wizard on; a stopped one stays here so the user sees what
    // ran, and a partial one ("Check again" on the results) belongs to the results page.
    if (wasRunning && !partial && !diagnosis.cancelled && m_active)
        emit nextRequested();
}

void CheckingPage::onCheckFailed(const QString &reason)
{
    m_running = false;
    m_done = false;
    clearRows();
    m_error->setText(tr("The check could not start: %1").arg(reason));
    m_error->show();
    updateTexts();
    emit completeChanged();
}

void CheckingPage::announceProgress()
{
    // Only while the page is shown: a "Check again" from the results speaks for itself there.
    if (!m_active)
        return;
    // "Checking contoso.azurecr.io…" ends a sentence already; "Checked contoso.azurecr.io" does not.
    const QString heading = m_heading->text();
    const bool ended = !heading.isEmpty() && heading.back().isPunct();
    announce(this, heading + (ended ? QLatin1String(" ") : QLatin1String(". ")) + m_statusLine->text());
}

void CheckingPage::updateTexts()
{
    const QString t = target();
    if (m_running)
        m_heading->setText(t.isEmpty() ? tr("Checking the registry…") : tr("Checking %1…").arg(t));
    else if (m_done && m_cancelled)
        m_heading->setText(tr("The check was stopped"));
    else if (m_done)
        m_heading->setText(t.isEmpty() ? tr("Check finished") : tr("Checked %1").arg(t));
    else
        m_heading->setText(t.isEmpty() ? tr("Checking the registry") : tr("Checking %1").arg(t));

    const int total = int(m_order.size());
    QString status;
    if (m_running)
        status = tr("%1 of %n checks done. This usually takes a few seconds.", nullptr, total).arg(m_finished);
    else if (m_done && m_cancelled)
        status = tr("%1 of %n checks ran before you stopped. Go on to see what they found.", nullptr, total).arg(m_finished);
    else if (m_done && m_problems == 0)
        status = tr("All %n checks done in %1. No problem found.", nullptr, total).arg(ProbeRow::formatDuration(m_durationMs));
    else if (m_done)
        //: %1 is the number of checks (always several), %2 how long they took; %n counts the problems.
        status = tr("All %1 checks done in %2. %n problem(s) found.", nullptr, m_problems)
                     .arg(total).arg(ProbeRow::formatDuration(m_durationMs));
    else if (!m_error->isVisible())
        status = tr("The check starts in a moment.");
    m_statusLine->setText(status);
    m_statusLine->setVisible(!status.isEmpty());
    //: Screen-reader name of the progress bar.
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setAccessibleDescription(status);
    //: Screen-reader name of the list of individual checks (noun, plural).
    m_scroll->setAccessibleName(tr("Checks"));
}

void CheckingPage::retranslate()
{
    updateTexts();
}

} // namespace rd
