#pragma once
// The wizard's steps down the left side: "1.  Registry", "2.  What happens"... the current one in
// bold. Not a tab stop and not clickable (Back and Next move); for a screen reader a list whose
// current step is the selected item, with no action and no focus events of its own.
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace rd {

class StepList : public QWidget
{
    Q_OBJECT
public:
    explicit StepList(QWidget *parent = nullptr);

    void setSteps(const QStringList &titles);   // numbered here
    void setCurrent(int index);
    int current() const { return m_current; }
    QList<QLabel *> items() const { return m_items; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyState();
    QVBoxLayout *m_layout;
    QList<QLabel *> m_items;
    int m_current = -1;
};

} // namespace rd
