#pragma once
// The small round status mark in front of a check or a cause: waiting, running (turns slowly),
// passed, warning, failed, skipped. Drawn from the SVG icons in the resources, at any scale.
#include "probe_result.h"
#include <QIcon>
#include <QWidget>

class QTimer;

namespace rd {

class StatusIcon : public QWidget
{
    Q_OBJECT
public:
    enum State { Waiting, Running, Passed, Warning, Failed, Skipped };
    Q_ENUM(State)

    explicit StatusIcon(QWidget *parent = nullptr, int size = 20);
    State state() const { return m_state; }
    void setState(State state);
    QSize sizeHint() const override;

    static State fromProbeStatus(ProbeStatus status);
    static QIcon icon(State state);            // :/icons/status-*.svg
    static QString resourcePath(State state);

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateTimer();
    State m_state = Waiting;
    int m_size;
    int m_angle = 0;
    QTimer *m_timer;
};

// Registers the wizard's resources (icons) once; rdgui is a static library.
void ensureGuiResources();

} // namespace rd
