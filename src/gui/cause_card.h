#pragma once
// One cause on the results page, as a card: what is wrong and why in plain words, what the check
// saw, the numbered steps to fix it with the commands for the user's shell (each with Copy), the
// documentation links, and "Check again", which re-runs just the checks behind this cause.
// For the keyboard and screen readers the card is one focusable element named by its title and
// described by its explanation and first step; Tab then goes on to its commands and links.
#include "diagnosis/cause.h"
#include <QFrame>
#include <QList>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace rd {

class CommandBox;
class LinkButton;
class StatusIcon;
class CollapsibleSection;

class CauseCard : public QFrame
{
    Q_OBJECT
public:
    enum class Outcome { None, Checking, Fixed, StillThere, NotConfirmed };

    // `shell` is "bash" or "powershell": only that shell's commands are shown.
    CauseCard(const Cause &cause, const QString &shell, QWidget *parent = nullptr);

    const Cause &cause() const { return m_cause; }
    QString causeId() const { return m_cause.id; }
    QString shell() const { return m_shell; }
    Outcome outcome() const { return m_outcome; }
    QString outcomeText() const;

    // Hidden for a diagnosis read from a report: nothing can be checked again there.
    void setCheckAgainVisible(bool visible);
    // Disabled while any check runs.
    void setCheckAgainEnabled(bool enabled);
    void setOutcome(Outcome outcome);
    // Adds the folded "Advanced: look in the registry's login log" section with this KQL.
    void setLoginEventsQuery(const QString &kql);

    QPushButton *checkAgainButton() const { return m_checkAgain; }
    // How to open a terminal for this shell, on this system: one sentence.
    static QString terminalHelp(const QString &shell);
    QList<CommandBox *> commandBoxes() const { return m_commands; }
    CommandBox *queryBox() const { return m_query; }
    CollapsibleSection *advancedSection() const { return m_advanced; }
    QList<LinkButton *> links() const { return m_links; }

signals:
    void checkAgainRequested(const QString &causeId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QLabel *addSubheading(const QString &text);
    void applyColours();
    void updateOutcome();
    Cause m_cause;
    QString m_shell;
    Outcome m_outcome = Outcome::None;
    StatusIcon *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_outcomeLabel = nullptr;
    QPushButton *m_checkAgain = nullptr;
    QList<CommandBox *> m_commands;
    QList<LinkButton *> m_links;
    CommandBox *m_query = nullptr;
    CollapsibleSection *m_advanced = nullptr;
    QVBoxLayout *m_body = nullptr;
    QHBoxLayout *m_footer = nullptr;
};

} // namespace rd
