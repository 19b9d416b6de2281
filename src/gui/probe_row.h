#pragma once
// One check in a list: status mark, title, what it found (wrapped, in the secondary colour) and
// how long it took, right-aligned. Used while checking and in the results' "All checks" list.
#include "check_options.h"
#include "probe_result.h"
#include "status_icon.h"
#include <QFrame>

class QLabel;

namespace rd {

class ProbeRow : public QFrame
{
    Q_OBJECT
public:
    // `client`: the client the check runs for, whose name some titles carry ("Podman's login files").
    ProbeRow(const QString &id, const QString &title, RegistryClient client, QWidget *parent = nullptr);

    QString id() const { return m_id; }
    QString title() const { return m_title; }
    StatusIcon::State state() const { return m_state; }
    bool isCancelled() const { return m_cancelled; }
    QString statusText() const;     // translated: "waiting", "running", "passed", ..., "cancelled"
    QString detailText() const;
    QString durationText() const;

    void setWaiting();
    void setRunning();
    void setResult(const ProbeResult &result);
    void setCancelled();            // a row that had not finished when the check was stopped

    // "120 ms", "1.5 s" in the current locale.
    static QString formatDuration(qint64 ms);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setState(StatusIcon::State state);
    void showResult();              // m_result in the language in effect now
    void retranslate();
    void updateAccessibility();
    void applyColours();
    QString m_id;
    QString m_title;
    RegistryClient m_client;
    StatusIcon::State m_state = StatusIcon::Waiting;
    bool m_cancelled = false;
    bool m_hasResult = false;
    ProbeResult m_result;           // kept to render again in another language
    StatusIcon *m_icon;
    QLabel *m_titleLabel;
    QLabel *m_detailLabel;
    QLabel *m_durationLabel;
};

} // namespace rd
