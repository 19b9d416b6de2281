#pragma once
// A command (or query) to copy: read-only monospace text on a code background, and a "Copy"
// button that puts exactly that text on the clipboard and says "Copied" for two seconds.
#include <QFrame>

class QLabel;
class QScrollArea;
class QPushButton;
class QTimer;

namespace rd {

class CommandBox : public QFrame
{
    Q_OBJECT
public:
    // `what` names it for screen readers: the button is "Copy command: <text>" by default.
    explicit CommandBox(const QString &text, QWidget *parent = nullptr);

    QString text() const { return m_text; }
    QPushButton *copyButton() const { return m_copy; }
    // The accessible name of the copy button; default "Copy command: <text>".
    void setCopyAccessibleName(const QString &name);

    static constexpr int kFeedbackMs = 2000;

public slots:
    void copy();

signals:
    void copied(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QString m_text;
    QString m_accessibleName;
    QLabel *m_label;
    QScrollArea *m_scroll;
    QPushButton *m_copy;
    QTimer *m_feedback;
};

} // namespace rd
