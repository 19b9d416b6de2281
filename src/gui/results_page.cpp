#include "results_page.h"
#include <QHash>
#include <QSet>

#include "accessibility.h"
#include "cause_card.h"
#include "heading_label.h"
#include "collapsible_section.h"
#include "command_box.h"
#include "diagnosis/goal.h"
#include "diagnosis/guidance.h"
#include "diagnosis/log_analytics_query.h"
#include "registry/registry_kind.h"
#include "page_style.h"
#include "practice/practice_registry.h"
#include "palette_colors.h"
#include "probe_row.h"
#include "report/text_report.h"
#include "status_icon.h"
#include "wizard_model.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QToolButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace rd {

namespace {

// The rounded, palette-aware panel behind "No problem found".
class Panel : public QFrame
{
public:
    using QFrame::QFrame;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        QPainterPath path;
        path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
        p.fillPath(path, cardBackground(palette()));
        p.save();
        p.setClipPath(path);
        p.fillRect(QRectF(0, 0, 5, height()), successColor(palette()));
        p.restore();
        p.setPen(QPen(cardBorder(palette()), 1));
        p.drawPath(path);
    }
};

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    return l;
}

QString targetOf(const Diagnosis &d)
{
    return d.loginServer.isEmpty() ? d.registryInput : d.loginServer;
}

} // namespace

ResultsPage::ResultsPage(WizardModel *model, QWidget *parent) : WizardPage(model, parent), m_shell(nativeShell())
{
    ensureGuiResources();
    setObjectName(QStringLiteral("resultsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->setSpacing(8);

    m_headline = new HeadingLabel(this, true);
    m_headline->setObjectName(QStringLiteral("resultsHeadline"));
    m_headline->setFont(PageStyle::of(m_headline).heading);
    layout->addWidget(m_headline);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("resultsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setFont(PageStyle::of(m_summary).subheading);
    layout->addWidget(m_summary);

    // The note and the shell choice scroll with the cards: on a short screen (or in a long
    // translation) a fixed note would take the room the cards need, or be cut at its bottom.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("resultsScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    auto *body = new QWidget;
    body->setObjectName(QStringLiteral("resultsBody"));
    m_bodyLayout = new QVBoxLayout(body);
    m_bodyLayout->setContentsMargins(0, 0, 0, 0);
    m_bodyLayout->setSpacing(6);
    auto *noteRow = new QHBoxLayout;
    noteRow->setContentsMargins(0, 0, 10, 0);
    noteRow->setSpacing(16);
    m_note = new QLabel(body);
    m_note->setObjectName(QStringLiteral("resultsNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    noteRow->addWidget(m_note, 1);
    m_shellToggle = new QCheckBox(body);
    m_shellToggle->setObjectName(QStringLiteral("shellToggle"));
    noteRow->addWidget(m_shellToggle, 0, Qt::AlignRight | Qt::AlignVCenter);
    m_bodyLayout->addLayout(noteRow);
    m_scroll->setWidget(body);
    layout->addSpacing(4);
    layout->addWidget(m_scroll, 1);
    connect(m_shellToggle, &QCheckBox::toggled, this, [this](bool other) {
        setShell(other ? (nativeShell() == QLatin1String("bash") ? QStringLiteral("powershell") : QStringLiteral("bash"))
                       : nativeShell());
    });


    connect(m_model, &WizardModel::diagnosisChanged, this, &ResultsPage::refreshIfStale);
    connect(m_model, &WizardModel::checkStarted, this, &ResultsPage::onCheckStarted);
    connect(m_model, &WizardModel::checkFinished, this, &ResultsPage::onCheckFinished);
    connect(m_model, &WizardModel::checkFailed, this, &ResultsPage::onCheckFailed);

    applyColours();
    retranslate();
    refresh();
}

QString ResultsPage::stepTitle() const
{
    //: Name of the last step in the side list of steps. Short: one or two words.
    return tr("Results");
}

void ResultsPage::enter()
{
    // A check that just ended: the model has its diagnosis before it says so, and the page is
    // entered in between. Built here once; diagnosisChanged then finds it current.
    refreshIfStale();
    // The headline is a sentence of its own now (it may end with its full stop).
    QString headline = m_headline->text();
    if (m_summary->isVisible())
        headline += (headline.endsWith(QLatin1Char('.')) ? QLatin1String(" ") : QLatin1String(". ")) + m_summary->text();
    announce(this, headline);
}

QWidget *ResultsPage::firstFocus()
{
    return m_headline;
}

void ResultsPage::refreshIfStale()
{
    if (m_shownRevision != m_model->diagnosisRevision())
        refresh();
}

void ResultsPage::setShell(const QString &shell)
{
    if (shell == m_shell)
        return;
    m_shell = shell;
    const QSignalBlocker block(m_shellToggle);
    m_shellToggle->setChecked(shell != nativeShell());
    refresh();
}

QString ResultsPage::otherShell() const
{
    return nativeShell() == QLatin1String("bash") ? QStringLiteral("PowerShell") : QStringLiteral("bash");
}

CauseCard *ResultsPage::card(const QString &causeId) const
{
    for (CauseCard *c : m_cards)
        if (c->causeId() == causeId)
            return c;
    return nullptr;
}

QString ResultsPage::headlineText() const
{
    return m_headline->text();
}

QString ResultsPage::summaryText() const
{
    return m_summary->text();
}

QString ResultsPage::noteText() const
{
    return m_note->text();
}

void ResultsPage::onCheckStarted(const QStringList &, bool partial)
{
    if (!partial) {
        // A new full check: the earlier "Check again" outcomes no longer apply.
        m_recheckCause.clear();
        m_outcomes.clear();
        m_fixed.clear();
        m_cardOrder.clear();
    } else if (CauseCard *c = card(m_recheckCause)) {
        c->setOutcome(CauseCard::Outcome::Checking);
        announce(this, c->outcomeText());
    }
    updateCheckAgainButtons();
}

void ResultsPage::onCheckFinished(const Diagnosis &, bool partial)
{
    if (partial && !m_recheckCause.isEmpty()) {
        // The engine judged it (recheck.h): green only when its checks pass and nothing they
        // had blocked fails now.
        const Recheck &recheck = m_model->lastRecheck();
        QString announcement;
        switch (recheck.outcome) {
        case Recheck::Outcome::Cancelled:
            m_outcomes.remove(m_recheckCause);
            break;
        case Recheck::Outcome::StillThere:
            m_outcomes.insert(m_recheckCause, int(CauseCard::Outcome::StillThere));
            m_fixed.remove(m_recheckCause);
            break;
        case Recheck::Outcome::NotTested:
            m_outcomes.insert(m_recheckCause, int(CauseCard::Outcome::NotConfirmed));
            m_fixed.remove(m_recheckCause);
            break;
        case Recheck::Outcome::NewProblem:
            // Not a fix: the card goes, the problems found behind it come as cards of their own.
            m_outcomes.remove(m_recheckCause);
            m_fixed.remove(m_recheckCause);
            if (CauseCard *c = card(m_recheckCause))
                //: Said after "Check again": %1 is the problem's title. It no longer shows, but the check could now go further and found other problems.
                announcement = tr("%1: passes now, but the check went further and found another problem.").arg(c->cause().title);
            if (!recheck.newCauses.isEmpty())
                m_focusAfterRefresh = recheck.newCauses.first();
            break;
        case Recheck::Outcome::Fixed:
            m_outcomes.insert(m_recheckCause, int(CauseCard::Outcome::Fixed));
            if (CauseCard *c = card(m_recheckCause))
                m_fixed.insert(m_recheckCause, c->cause());
            break;
        }
        if (m_focusAfterRefresh.isEmpty())
            m_focusAfterRefresh = m_recheckCause;
        if (CauseCard *c = card(m_recheckCause); c && m_outcomes.contains(m_recheckCause)) {
            CauseCard::Outcome outcome = CauseCard::Outcome(m_outcomes.value(m_recheckCause));
            c->setOutcome(outcome);   // the rebuilt card says the same; the announcement goes now
            announcement = c->cause().title + QLatin1String(": ") + c->outcomeText();
        }
        if (!announcement.isEmpty())
            announce(this, announcement);
        m_recheckCause.clear();
    }
    // The model announces diagnosisChanged next, which rebuilds the cards; until then the
    // buttons come back.
    updateCheckAgainButtons();
}

void ResultsPage::onCheckFailed()
{
    if (CauseCard *c = card(m_recheckCause))
        c->setOutcome(CauseCard::Outcome(m_outcomes.value(m_recheckCause, int(CauseCard::Outcome::None))));
    m_recheckCause.clear();
    updateCheckAgainButtons();
}

void ResultsPage::checkAgain(const QString &causeId)
{
    if (m_model->isChecking() || m_model->diagnosisFromReport())
        return;
    m_recheckCause = causeId;
    if (!m_model->checkAgain(causeId))
        onCheckFailed();
}

void ResultsPage::updateCheckAgainButtons()
{
    const bool busy = m_model->isChecking();
    for (CauseCard *c : std::as_const(m_cards))
        c->setCheckAgainEnabled(!busy);
}

void ResultsPage::updateHeader(const Diagnosis &d)
{
    const QString target = targetOf(d);
    QString summary;
    if (d.probes.isEmpty())
        summary = tr("No check has run yet");
    else if (d.cancelled && d.causes.isEmpty())
        summary = tr("The check of %1 was stopped before it finished").arg(target);
    else if (d.causes.isEmpty() && !m_fixed.isEmpty())
        summary = tr("No problem left with %1").arg(target);
    else if (d.causes.isEmpty())
        summary = tr("No problem found with %1").arg(target);
    // English reads "1 problem" from its own plural file (registry-doctor_en.ts).
    else if (!d.hasErrors())
        //: Heading when only warnings were found; %1 is the registry's address.
        summary = tr("%n things to look at with %1", nullptr, int(d.causes.size())).arg(target);
    else
        //: Heading; %1 is the registry's address.
        summary = tr("%n problems found with %1", nullptr, int(d.causes.size())).arg(target);
    m_summary->setText(summary);

    QStringList notes;
    m_note->setToolTip(QString());
    if (m_model->diagnosisFromReport() && d.startedAt.isValid())
        //: %1 is a date and time in the reader's format.
        notes << tr("Opened from a report made on %1.").arg(QLocale().toString(d.startedAt.toLocalTime(), QLocale::ShortFormat));
    else if (m_model->diagnosisFromReport())
        notes << tr("Opened from a report.");
    else if (d.startedAt.isValid())
        //: %1 is a time of day (for example 14:05), not a date; %2 is how long the check took ("350 ms", "6.2 s").
        notes << tr("Checked at %1, in %2.").arg(QLocale().toString(d.startedAt.toLocalTime().time(), QLocale::ShortFormat),
                                                  ProbeRow::formatDuration(d.durationMs));
    if (d.cancelled && !d.causes.isEmpty())
        notes << tr("The check was stopped before it finished: there may be more.");
    if (!d.practiceScenario.isEmpty()) {
        // The answer, after the check: its title in the reader's language (not its id, "firewall"),
        // and whether this check found it, from the causes it reported. (The description stays in
        // the tooltip: on a small screen this note must stay short.)
        for (const PracticeScenario &s : practiceScenarios()) {
            if (s.id != d.practiceScenario)
                continue;
            //: %1 is the practice scenario.
            notes << tr("Practice scenario: %1.").arg(s.title);
            m_note->setToolTip(s.description);
            bool found = s.expectedCauses.isEmpty() == d.causes.isEmpty();
            for (const QString &expected : s.expectedCauses)
                found = found && std::any_of(d.causes.cbegin(), d.causes.cend(), [&](const Cause &c) { return c.id == expected; });
            notes << (found ? tr("This check found it.")
                            : tr("This check did not find it: compare the choices on the first page (pull or push, the "
                                 "repository) with the complaint, and look at the checks that did not pass."));
        }
    }
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setAccessibleName(m_note->text());
    m_note->setVisible(!m_note->text().isEmpty());
}

QWidget *ResultsPage::buildNoProblemPanel(const Diagnosis &d, QWidget *parent)
{
    auto *panel = new Panel(parent);
    panel->setObjectName(QStringLiteral("noProblemPanel"));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(24, 18, 18, 18);
    layout->setSpacing(10);

    auto *header = new QHBoxLayout;
    header->setSpacing(10);
    auto *icon = new StatusIcon(panel, 28);
    icon->setState(StatusIcon::Passed);
    icon->setAccessibleName(tr("passed"));
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *title = wrapped(tr("No problem found"), panel);
    setAccessibleRole(title, QAccessible::Heading);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.2);
    tf.setWeight(QFont::DemiBold);
    title->setFont(tf);
    header->addWidget(title, 1);
    layout->addLayout(header);

    QStringList passed;
    for (const ProbeResult &p : d.probes)
        if (p.status == ProbeStatus::Pass)
            passed << p.title;
    layout->addWidget(wrapped(tr("Signing in to %1 should work from this computer. The check verified:").arg(targetOf(d)), panel));
    for (const QString &t : std::as_const(passed)) {
        auto *line = new QHBoxLayout;
        line->setSpacing(8);
        auto *mark = new StatusIcon(panel, 16);
        mark->setState(StatusIcon::Passed);
        mark->setAccessibleName(tr("passed"));
        line->addWidget(mark, 0, Qt::AlignTop);
        line->addWidget(wrapped(t, panel), 1);
        layout->addLayout(line);
    }
    layout->addWidget(wrapped(tr("If signing in still fails, check again with the exact error message: "
                                 "go back and paste it on the previous step."), panel));
    panel->setAccessibleName(tr("No problem found"));
    panel->setAccessibleDescription(QLocale().createSeparatedList(passed));
    return panel;
}

QWidget *ResultsPage::buildNotTested(const Diagnosis &d, QWidget *parent)
{
    // What a blocking cause kept from running, with the probe's own reason, where it is seen
    // (not only inside the folded list of every check).
    QVector<const ProbeResult *> skipped;
    for (const ProbeResult &p : d.probes)
        if (p.status == ProbeStatus::Skip)
            skipped << &p;
    if (skipped.isEmpty() || d.cancelled)
        return nullptr;
    auto *box = new QWidget(parent);
    box->setObjectName(QStringLiteral("notTestedSection"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    //: Heading above the checks that did not run, each followed by why.
    auto *heading = wrapped(tr("Not tested"), box);
    setAccessibleRole(heading, QAccessible::Heading);
    QFont f = heading->font();
    f.setWeight(QFont::DemiBold);
    heading->setFont(f);
    layout->addWidget(heading);
    for (const ProbeResult *p : std::as_const(skipped)) {
        //: One check that did not run: %1 is its title, %2 why it did not run.
        auto *line = wrapped(tr("%1: %2").arg(p->title, p->detail), box);
        line->setObjectName(QStringLiteral("notTested_") + p->id);
        layout->addWidget(line);
    }
    return box;
}

void ResultsPage::refresh()
{
    m_shownRevision = m_model->diagnosisRevision();
    const Diagnosis d = m_model->diagnosis();
    const bool fromReport = m_model->diagnosisFromReport();
    updateHeader(d);

    // Keep the place: the scroll position and the folded state survive a rebuild.
    const int scrollPos = m_scroll->verticalScrollBar()->value();
    if (m_allChecks)
        m_allChecksExpanded = m_allChecks->isExpanded();
    m_cards.clear();
    m_checkRows.clear();
    m_noProblem = nullptr;
    m_notTested = nullptr;
    m_allChecks = nullptr;
    if (m_content) {
        m_bodyLayout->removeWidget(m_content);
        m_content->hide();
        m_content->deleteLater();   // a click in the old content may still be on the stack
    }

    m_content = new QWidget; // named before the body adopts it (tests watch for it by name)
    m_content->setObjectName(QStringLiteral("resultsContent"));
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 4, 10, 12);
    layout->setSpacing(16);

    // Causes: in the order they block what the user asked (goal.h), notes last; the order the
    // card list had stands (a fixed one keeps its place).
    QVector<Cause> causes = d.causes;
    orderByGoal(causes, d);
    // Indexed by id: a report with many causes must not cost a search per card.
    QHash<QString, qsizetype> byId;
    for (qsizetype i = 0; i < causes.size(); ++i)
        byId.insert(causes.at(i).id, i);
    QStringList order;
    QSet<QString> ordered;
    for (const QString &id : std::as_const(m_cardOrder))
        if ((byId.contains(id) || m_fixed.contains(id)) && !ordered.contains(id)) {
            order << id;
            ordered.insert(id);
        }
    for (const Cause &c : std::as_const(causes))
        if (!ordered.contains(c.id)) {
            order << c.id;
            ordered.insert(c.id);
        }
    m_cardOrder = order;

    bool notesHeadingShown = false;
    for (const QString &id : std::as_const(order)) {
        const bool current = byId.contains(id);
        const Cause cause = current ? causes.at(byId.value(id)) : m_fixed.value(id);
        if (current && isNote(cause, d) && !notesHeadingShown) {
            notesHeadingShown = true;
            //: Heading above problems that do not stop what the user asked for (such as the Docker engine for a sign-in).
            auto *notes = wrapped(tr("Also found, but not in the way of what you asked:"), m_content);
            notes->setObjectName(QStringLiteral("notesHeading"));
            setAccessibleRole(notes, QAccessible::Heading);
            layout->addWidget(notes);
        }
        auto *card = new CauseCard(cause, m_shell, m_content);
        card->setCheckAgainVisible(!fromReport && !cause.probes.isEmpty());
        card->setCheckAgainEnabled(!m_model->isChecking());
        if (!current)
            card->setOutcome(CauseCard::Outcome::Fixed);
        else if (m_outcomes.contains(id))
            card->setOutcome(CauseCard::Outcome(m_outcomes.value(id)));
        if (loginEventsQueryHelps(id) && !targetOf(d).isEmpty() && d.registryKind == registryKindName(RegistryKind::Acr)) {
            const QDateTime at = d.startedAt.isValid() ? d.startedAt : QDateTime::currentDateTimeUtc();
            card->setLoginEventsQuery(loginEventsQuery(targetOf(d), at.addSecs(-3600), at.addSecs(15 * 60)));
        }
        connect(card, &CauseCard::checkAgainRequested, this, &ResultsPage::checkAgain);
        layout->addWidget(card);
        m_cards << card;
    }

    // Advice for what this computer cannot observe (an Azure service's own identity, portal
    // roles), when the user said so: as cards without "Check again", after the causes.
    const QVector<Guidance> guidance = guidanceFor(d);
    for (const Guidance &g : guidance) {
        auto *card = new CauseCard(g.asCause(), m_shell, m_content);
        card->setCheckAgainVisible(false);
        layout->addWidget(card);
    }

    m_notTested = buildNotTested(d, m_content);
    if (m_notTested)
        layout->addWidget(m_notTested);

    if (d.causes.isEmpty() && m_fixed.isEmpty() && guidance.isEmpty() && !d.probes.isEmpty() && !d.cancelled) {
        m_noProblem = buildNoProblemPanel(d, m_content);
        layout->addWidget(m_noProblem);
    }

    if (!d.probes.isEmpty()) {
        int pass = 0, warn = 0, fail = 0, skip = 0;
        for (const ProbeResult &p : d.probes) {
            switch (p.status) {
            case ProbeStatus::Pass: ++pass; break;
            case ProbeStatus::Warn: ++warn; break;
            case ProbeStatus::Fail: ++fail; break;
            case ProbeStatus::Skip: ++skip; break;
            }
        }
        QStringList parts;
        //: Counts of checks by outcome, joined into "All checks (%1)": 6 passed, 1 warning, 2 skipped.
        parts << tr("%n passed", nullptr, pass);
        if (warn)
            parts << tr("%n warnings", nullptr, warn);
        if (fail)
            parts << tr("%n failed", nullptr, fail);
        if (skip)
            parts << tr("%n skipped", nullptr, skip);
        //: Heading of the list of every check; %1 is the counts, such as "6 passed and 1 failed" (joined as the language joins a list).
        m_allChecks = new CollapsibleSection(tr("All checks (%1)").arg(QLocale().createSeparatedList(parts)), m_content);
        m_allChecks->setObjectName(QStringLiteral("allChecksSection"));
        RegistryClient client = RegistryClient::Docker;
        registryClientFromName(d.client, &client);
        for (const ProbeResult &p : d.probes) {
            auto *row = new ProbeRow(p.id, p.title, client, m_allChecks->content());
            row->setResult(p);
            m_allChecks->contentLayout()->addWidget(row);
            m_checkRows << row;
        }
        m_allChecks->setExpanded(m_allChecksExpanded);
        layout->addWidget(m_allChecks);
    }
    layout->addStretch(1);
    m_bodyLayout->addWidget(m_content, 1);
    m_content->show(); // a layout shows a new child only later, from the event loop
    m_shellToggle->setVisible(!m_cards.isEmpty() || !guidance.isEmpty());
    putContentInTabOrder();

    // The headline answers the user's question in one line (goal.h); without an answer there,
    // the first card still showing a problem, else the summary ("No problem found with ..."),
    // which then is not repeated under it.
    QString headline = goalHeadline(d);
    for (CauseCard *c : std::as_const(m_cards)) {
        if (!headline.isEmpty())
            break;
        if (c->outcome() != CauseCard::Outcome::Fixed)
            headline = c->cause().title;
    }
    if (headline.isEmpty())
        headline = m_summary->text();
    m_headline->setText(headline);
    m_summary->setVisible(headline != m_summary->text());

    // Back to where the user was; after "Check again", to that card's button.
    const QString focusId = m_focusAfterRefresh;
    m_focusAfterRefresh.clear();
    QPointer<QScrollArea> scroll(m_scroll);
    QPointer<CauseCard> focusCard(card(focusId));
    QTimer::singleShot(0, this, [scroll, scrollPos, focusCard] {
        if (!scroll)
            return;
        scroll->verticalScrollBar()->setValue(scrollPos);
        if (focusCard) {
            if (focusCard->checkAgainButton()->isVisible())
                focusCard->checkAgainButton()->setFocus(Qt::OtherFocusReason);
            scroll->ensureWidgetVisible(focusCard->checkAgainButton(), 20, 40);
        }
    });
}

void ResultsPage::putContentInTabOrder()
{
    // New content joins the end of the window's tab chain, after Back and New check: put it right
    // after the page's header, where it is read.
    QList<QWidget *> inContent;
    for (QWidget *w = m_content->nextInFocusChain(); w && w != m_content; w = w->nextInFocusChain())
        if (m_content->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus))
            inContent << w;
    QWidget *previous = m_shellToggle;
    for (QWidget *w : std::as_const(inContent)) {
        setTabOrder(previous, w);
        previous = w;
    }
}

void ResultsPage::applyColours()
{
    m_note->setPalette(secondaryTextPalette(palette()));
}

void ResultsPage::changeEvent(QEvent *event)
{
    WizardPage::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
}

void ResultsPage::retranslate()
{
    //: Screen-reader name of a button; %1 is a cause's title.
    m_shellToggle->setText(tr("Show commands for %1").arg(otherShell()));
    m_shellToggle->setAccessibleName(m_shellToggle->text());
    if (m_content)
        refresh();
}

} // namespace rd
