#pragma once
// What a screen reader needs beyond Qt 6.4's defaults:
// - roles Qt's widgets cannot say themselves (a heading, a card that is one focusable group, a
//   link drawn as a button), set per widget with setAccessibleRole();
// - a password field that exposes no text at all, only how many characters it holds: Qt 6.4 sends
//   every typed character of an echo-mode field in AT-SPI text events, which any accessibility
//   client can log. Without a text interface the bridge sends none of them;
// - announcements: a status line in the window that says what just happened ("Copied", "3 of 14
//   checks done", the headline of the results). Qt 6.4 has no announcement event, so it is a
//   notification shown again each time whose text is replaced (a text-changed event carrying the
//   words), the way a live region reaches a screen reader.
#include <QAccessible>
#include <QLabel>

namespace rd {

// Installs the accessibility factory once (safe to call often; needs a QApplication).
void installAccessibility();

// Gives `widget` this accessible role (Heading, Grouping, Link...). Any interface Qt already made
// for it is dropped so the next query gets the new role.
void setAccessibleRole(QWidget *widget, QAccessible::Role role);

// The window's live status line: a one-line label whose accessible role is a notification.
class LiveStatus : public QLabel
{
    Q_OBJECT
public:
    explicit LiveStatus(QWidget *parent = nullptr);
    // Shows `text` and announces it (also when it is the same text as last time).
    void announce(const QString &text);
    QString lastAnnouncement() const { return m_last; }
    QStringList history() const { return m_history; }   // every announcement, oldest first (tests)

private:
    QString m_last;
    QStringList m_history;
};

// Announces `text` through the LiveStatus of `from`'s window; nothing when that window has none
// (a page shown alone in a test).
void announce(QWidget *from, const QString &text);

// Paints the keyboard focus frame used by the wizard's own focusable widgets (cards, headings,
// links): 2 px in focusIndicatorColor(), which stays at least 3:1 against the window.
void paintFocusFrame(QWidget *widget, const QRect &rect, qreal radius = 4);

} // namespace rd
