#include "cause_card.h"

#include "collapsible_section.h"
#include "accessibility.h"
#include "command_box.h"
#include "link_button.h"
#include "palette_colors.h"
#include "status_icon.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace rd {

namespace {

constexpr int kAccent = 5;     // the coloured strip on the left, by severity
constexpr int kRadius = 10;

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

} // namespace

QString CauseCard::terminalHelp(const QString &shell)
{
    if (shell == QLatin1String("powershell"))
        return tr("Type the commands in a terminal: press Windows+X and choose Terminal (or Windows PowerShell).");
#ifdef Q_OS_MACOS
    return tr("Type the commands in a terminal: press Command+Space, type Terminal and press Return.");
#else
    return tr("Type the commands in a terminal: press Ctrl+Alt+T, or open Terminal from the applications menu.");
#endif
}

CauseCard::CauseCard(const Cause &cause, const QString &shell, QWidget *parent)
    : QFrame(parent), m_cause(cause), m_shell(shell)
{
    ensureGuiResources();
    setObjectName(QStringLiteral("causeCard_") + cause.id);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    const bool error = cause.severity == Cause::Severity::Error;
    setAccessibleRole(this, QAccessible::Grouping);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(cause.title);
    const QString severity = error ? tr("Problem") : tr("Warning");
    QString description = severity + QLatin1String(". ") + cause.explanation;
    if (!cause.remediation.isEmpty())
        description += QLatin1Char(' ') + tr("First step: %1").arg(cause.remediation.first().text);
    setAccessibleDescription(description);

    m_body = new QVBoxLayout(this);
    m_body->setContentsMargins(kAccent + 18, 16, 18, 16);
    m_body->setSpacing(10);

    // Title with the severity mark
    auto *header = new QHBoxLayout;
    header->setSpacing(10);
    m_icon = new StatusIcon(this, 24);
    header->addWidget(m_icon, 0, Qt::AlignTop);
    m_title = wrappedLabel(cause.title, this);
    m_title->setObjectName(QStringLiteral("causeTitle"));
    setAccessibleRole(m_title, QAccessible::Heading);
    QFont tf = m_title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.2);
    tf.setWeight(QFont::DemiBold);
    m_title->setFont(tf);
    header->addWidget(m_title, 1);
    m_body->addLayout(header);

    // The result of "Check again"
    m_outcomeLabel = wrappedLabel(QString(), this);
    m_outcomeLabel->setObjectName(QStringLiteral("causeOutcome"));
    QFont of = m_outcomeLabel->font();
    of.setWeight(QFont::DemiBold);
    m_outcomeLabel->setFont(of);
    m_outcomeLabel->hide();
    m_body->addWidget(m_outcomeLabel);

    auto *explanation = wrappedLabel(cause.explanation, this);
    explanation->setObjectName(QStringLiteral("causeExplanation"));
    m_body->addWidget(explanation);

    if (!cause.evidence.isEmpty()) {
        addSubheading(tr("What the check saw"));
        for (const QString &e : cause.evidence) {
            auto *line = new QHBoxLayout;
            line->setSpacing(8);
            auto *bullet = new QLabel(QStringLiteral("•"), this);
            line->addWidget(bullet, 0, Qt::AlignTop);
            auto *text = wrappedLabel(e, this);
            text->setObjectName(QStringLiteral("causeEvidence"));
            line->addWidget(text, 1);
            m_body->addLayout(line);
        }
    }

    if (!cause.remediation.isEmpty()) {
        addSubheading(tr("How to fix it"));
        // Where commands are typed, for someone who has never opened a terminal.
        const bool hasCommands = std::any_of(cause.remediation.cbegin(), cause.remediation.cend(),
                                             [&shell](const RemediationStep &s) { return !s.commandsFor(shell).isEmpty(); });
        if (hasCommands) {
            auto *terminal = wrappedLabel(terminalHelp(shell), this);
            terminal->setObjectName(QStringLiteral("terminalHelp"));
            m_body->addWidget(terminal);
        }
        int n = 0;
        for (const RemediationStep &step : cause.remediation) {
            auto *line = new QHBoxLayout;
            line->setSpacing(8);
            auto *number = new QLabel(QStringLiteral("%1.").arg(++n), this);
            number->setMinimumWidth(number->fontMetrics().horizontalAdvance(QStringLiteral("00.")));
            number->setAlignment(Qt::AlignRight | Qt::AlignTop);
            line->addWidget(number, 0, Qt::AlignTop);
            auto *col = new QVBoxLayout;
            col->setSpacing(6);
            auto *text = wrappedLabel(step.text, this);
            text->setObjectName(QStringLiteral("causeStep"));
            col->addWidget(text);
            for (const ShellCommand &cmd : step.commandsFor(shell)) {
                auto *box = new CommandBox(cmd.command, this);
                m_commands << box;
                col->addWidget(box);
            }
            line->addLayout(col, 1);
            m_body->addLayout(line);
        }
    }

    // Only web pages: a report from a file could name file:, smb: or a program's scheme, which the
    // system would open or run. (The report reader already rebuilds links from the cause
    // catalogue; this is the last line.)
    QList<QPair<DocLink, QUrl>> webLinks;
    for (const DocLink &link : cause.links) {
        const QUrl url(link.url, QUrl::StrictMode);
        if (url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty())
            webLinks.append({link, url});
    }
    if (!webLinks.isEmpty()) {
        addSubheading(tr("Read more"));
        for (const auto &pair : std::as_const(webLinks)) {
            const DocLink &link = pair.first;
            const QUrl url = pair.second;
            auto *button = new LinkButton(link.title, this);
            button->setObjectName(QStringLiteral("causeLink"));
            button->setToolTip(link.url);
            button->setAccessibleDescription(tr("Opens in your browser"));
            connect(button, &LinkButton::clicked, this, [url] { QDesktopServices::openUrl(url); });
            m_links << button;
            m_body->addWidget(button);
        }
    }

    m_footer = new QHBoxLayout;
    m_footer->setContentsMargins(0, 6, 0, 0);
    m_checkAgain = new QPushButton(tr("Check &again"), this);
    m_checkAgain->setObjectName(QStringLiteral("checkAgainButton"));
    m_checkAgain->setAutoDefault(false);
    m_checkAgain->setAccessibleName(tr("Check again: %1").arg(cause.title));
    m_checkAgain->setToolTip(tr("Runs just the checks behind this problem again, to see whether your fix worked."));
    connect(m_checkAgain, &QPushButton::clicked, this, [this] { emit checkAgainRequested(m_cause.id); });
    m_footer->addWidget(m_checkAgain);
    m_footer->addStretch(1);
    m_body->addLayout(m_footer);

    updateOutcome();
}

QLabel *CauseCard::addSubheading(const QString &text)
{
    auto *l = new QLabel(text, this);
    l->setTextFormat(Qt::PlainText);
    l->setWordWrap(true);
    QFont f = l->font();
    f.setWeight(QFont::DemiBold);
    l->setFont(f);
    setAccessibleRole(l, QAccessible::Heading);
    // A little air above each part of the card.
    m_body->addSpacing(4);
    m_body->addWidget(l);
    return l;
}

void CauseCard::setLoginEventsQuery(const QString &kql)
{
    if (m_advanced)
        return;
    m_advanced = new CollapsibleSection(tr("Advanced: look in the registry's login log"), this);
    m_advanced->setObjectName(QStringLiteral("advancedSection"));
    auto *intro = wrappedLabel(tr("If the registry sends its resource logs to Log Analytics, this query lists the "
                                  "sign-ins around the time of this check: who signed in, from which address, and "
                                  "what the registry answered. Run it in the Azure portal under the registry's Logs."),
                               m_advanced->content());
    m_advanced->contentLayout()->addWidget(intro);
    m_query = new CommandBox(kql, m_advanced->content());
    m_query->setObjectName(QStringLiteral("queryBox"));
    m_query->setCopyAccessibleName(tr("Copy query for the registry's login log"));
    m_advanced->contentLayout()->addWidget(m_query);
    // Above the footer with "Check again".
    m_body->insertWidget(m_body->count() - 1, m_advanced);
}

void CauseCard::setCheckAgainVisible(bool visible)
{
    m_checkAgain->setVisible(visible);
}

void CauseCard::setCheckAgainEnabled(bool enabled)
{
    m_checkAgain->setEnabled(enabled);
}

void CauseCard::setOutcome(Outcome outcome)
{
    m_outcome = outcome;
    updateOutcome();
}

QString CauseCard::outcomeText() const
{
    switch (m_outcome) {
    case Outcome::Checking: return tr("Checking again…");
    case Outcome::Fixed: return tr("Fixed: the check no longer finds this problem.");
    case Outcome::StillThere: return tr("Still there: the check found this problem again.");
    case Outcome::NotConfirmed: return tr("Not confirmed: the checks behind this problem could not run to the end.");
    case Outcome::None: break;
    }
    return QString();
}

void CauseCard::updateOutcome()
{
    const QString text = outcomeText();
    m_outcomeLabel->setText(text);
    m_outcomeLabel->setAccessibleName(text);
    m_outcomeLabel->setVisible(!text.isEmpty());
    m_checkAgain->setText(m_outcome == Outcome::Checking ? tr("Checking…") : tr("Check &again"));
    const bool error = m_cause.severity == Cause::Severity::Error;
    if (m_outcome == Outcome::Fixed) {
        m_icon->setState(StatusIcon::Passed);
        //: Status of a problem after "Check again": it is solved now. Adjective, agrees with "problem".
        m_icon->setAccessibleName(tr("Fixed"));
    } else {
        m_icon->setState(error ? StatusIcon::Failed : StatusIcon::Warning);
        //: Screen-reader name of the card's icon: how serious the cause is (error / warning).
        m_icon->setAccessibleName(error ? tr("Problem") : tr("Warning"));
    }
    applyColours();
    update();
}

void CauseCard::applyColours()
{
    QColor c = palette().color(QPalette::WindowText);
    if (m_outcome == Outcome::Fixed)
        c = successColor(palette());
    else if (m_outcome == Outcome::StillThere || m_outcome == Outcome::NotConfirmed)
        c = m_cause.severity == Cause::Severity::Error ? errorColor(palette()) : warningColor(palette());
    QPalette p;   // only this role is set: everything else still follows the window's palette
    p.setColor(QPalette::WindowText, m_outcome == Outcome::None || m_outcome == Outcome::Checking ? c : stateTextColor(palette(), c));
    m_outcomeLabel->setPalette(p);
}

void CauseCard::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath card;
    card.addRoundedRect(r, kRadius, kRadius);
    p.fillPath(card, cardBackground(palette()));
    // The strip on the left, clipped to the rounded card.
    QColor accent = m_cause.severity == Cause::Severity::Error ? errorColor(palette()) : warningColor(palette());
    if (m_outcome == Outcome::Fixed)
        accent = successColor(palette());
    p.save();
    p.setClipPath(card);
    p.fillRect(QRectF(r.left(), r.top(), kAccent, r.height()), accent);
    p.restore();
    p.setPen(QPen(cardBorder(palette()), 1));
    p.drawPath(card);
    p.end();
    if (hasFocus())
        paintFocusFrame(this, rect(), kRadius);
}

void CauseCard::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    update();
}

void CauseCard::focusOutEvent(QFocusEvent *event)
{
    QFrame::focusOutEvent(event);
    update();
}

void CauseCard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyColours();
    QFrame::changeEvent(event);
}

} // namespace rd
