#pragma once
// Step 3: the check runs in the background; one row per planned probe shows it waiting, running
// and its result as it comes in. When the check ends the wizard moves on to the results.
#include "wizard_page.h"
#include "diagnosis/diagnosis.h"
#include <QHash>
#include <QPointer>

class QLabel;
class QProgressBar;
class QScrollArea;
class QVBoxLayout;

namespace rd {

class HeadingLabel;
class ProbeRow;

class CheckingPage : public WizardPage
{
    Q_OBJECT
public:
    explicit CheckingPage(WizardModel *model, QWidget *parent = nullptr);

    QString stepTitle() const override;
    void enter() override;
    void leave() override;
    bool canGoNext() const override;
    bool canGoBack() const override;
    QString nextText() const override;
    QWidget *firstFocus() override;

    bool isRunning() const { return m_running; }
    // The rows, in plan order (tests and accessibility checks read them).
    QStringList rowIds() const { return m_order; }
    ProbeRow *row(const QString &probeId) const { return m_rows.value(probeId); }
    QProgressBar *progressBar() const { return m_progress; }
    QString headingText() const;
    QString statusLineText() const;

public slots:
    // Stops the check now: rows not finished become "cancelled" at once.
    void cancel();

protected:
    void retranslate() override;

private:
    void onCheckStarted(const QStringList &probes, bool partial);
    void onProbeStarted(const QString &id);
    void onProbeFinished(const ProbeResult &result);
    void onCheckFinished(const Diagnosis &diagnosis, bool partial);
    void onCheckFailed(const QString &reason);
    void clearRows();
    void updateTexts();
    void announceProgress();
    QString target() const;

    HeadingLabel *m_heading;
    QLabel *m_statusLine;
    QLabel *m_error;
    QProgressBar *m_progress;
    QScrollArea *m_scroll;
    QWidget *m_rowsWidget;
    QVBoxLayout *m_rowsLayout;
    QHash<QString, ProbeRow *> m_rows;
    QStringList m_order;
    int m_finished = 0;
    bool m_running = false;
    bool m_partial = false;
    bool m_done = false;
    bool m_cancelled = false;
    bool m_active = false;
    qint64 m_durationMs = 0;
    int m_problems = 0;
    QString m_loginServer;
};

} // namespace rd
