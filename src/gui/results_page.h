#pragma once
// Step 4: what the check found. Causes most serious first, each as a CauseCard; a friendly panel
// when nothing is wrong; every check folded away below. "Check again" on a card re-runs the
// checks behind it and the card then says whether the problem is fixed.
// At the top a one-line headline (what the check found: the first cause's title, or "No problem
// found") takes the keyboard when the page is shown and is announced, then the count, then the
// cards in reading order. The page is built once per diagnosis (refreshIfStale); refresh()
// rebuilds it from the model on demand (a language or shell switch).
#include "wizard_page.h"
#include "diagnosis/diagnosis.h"
#include <QHash>
#include <QPointer>

class QCheckBox;
class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace rd {

class CauseCard;
class HeadingLabel;
class CollapsibleSection;
class ProbeRow;

class ResultsPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ResultsPage(WizardModel *model, QWidget *parent = nullptr);

    QString stepTitle() const override;
    void enter() override;
    QWidget *firstFocus() override;

    // The shell whose commands the cards show; nativeShell() unless the user switched.
    QString shell() const { return m_shell; }
    void setShell(const QString &shell);

    // What is on screen (tests and accessibility checks read these).
    QList<CauseCard *> cards() const { return m_cards; }
    CauseCard *card(const QString &causeId) const;
    QWidget *noProblemPanel() const { return m_noProblem; }
    CollapsibleSection *allChecksSection() const { return m_allChecks; }
    // The checks that did not run, each with why ("Not tested, because ..."), under the cards.
    QWidget *notTestedSection() const { return m_notTested; }
    QList<ProbeRow *> allCheckRows() const { return m_checkRows; }
    QString headlineText() const;
    QString summaryText() const;
    QString noteText() const;
    QCheckBox *shellToggle() const { return m_shellToggle; }

public slots:
    // Shows model->diagnosis() again.
    void refresh();

protected:
    void retranslate() override;
    void changeEvent(QEvent *event) override;

private:
    void refreshIfStale();
    void putContentInTabOrder();
    void applyColours();
    void onCheckStarted(const QStringList &probes, bool partial);
    void onCheckFinished(const Diagnosis &diagnosis, bool partial);
    void onCheckFailed();
    void checkAgain(const QString &causeId);
    void updateHeader(const Diagnosis &d);
    void updateCheckAgainButtons();
    QWidget *buildNotTested(const Diagnosis &d, QWidget *parent);
    QWidget *buildNoProblemPanel(const Diagnosis &d, QWidget *parent);
    QString otherShell() const;

    HeadingLabel *m_headline;
    QLabel *m_summary;
    QLabel *m_note;
    QCheckBox *m_shellToggle;
    QScrollArea *m_scroll;
    QVBoxLayout *m_bodyLayout;            // in the scroll area: the note row, then m_content
    QWidget *m_content = nullptr;
    QList<CauseCard *> m_cards;
    QList<ProbeRow *> m_checkRows;
    QWidget *m_noProblem = nullptr;
    CollapsibleSection *m_allChecks = nullptr;
    QWidget *m_notTested = nullptr;
    bool m_allChecksExpanded = false;
    QString m_shell;
    quint64 m_shownRevision = 0;

    // "Check again": which card asked, what became of each, and the causes a re-check fixed
    // (still shown, marked fixed, in their place).
    QString m_recheckCause;
    QHash<QString, int> m_outcomes;          // cause id -> CauseCard::Outcome
    QHash<QString, Cause> m_fixed;
    QStringList m_cardOrder;
    QString m_focusAfterRefresh;
};

} // namespace rd
