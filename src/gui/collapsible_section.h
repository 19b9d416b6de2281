#pragma once
// A heading that folds and unfolds the content below it (keyboard: Tab to it, Space to toggle).
#include <QWidget>

class QToolButton;
class QVBoxLayout;

namespace rd {

class CollapsibleSection : public QWidget
{
    Q_OBJECT
public:
    explicit CollapsibleSection(const QString &title, QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const;
    bool isExpanded() const;
    QToolButton *toggleButton() const { return m_toggle; }
    QWidget *content() const { return m_content; }
    QVBoxLayout *contentLayout() const { return m_contentLayout; }

public slots:
    void setExpanded(bool expanded);

signals:
    void expandedChanged(bool expanded);

private:
    QToolButton *m_toggle;
    QWidget *m_content;
    QVBoxLayout *m_contentLayout;
    bool m_expanded = true;
};

} // namespace rd
