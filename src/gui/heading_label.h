#pragma once
// A heading a screen reader knows as one (heading role), optionally a tab stop that shows the
// wizard's focus frame: the results headline takes the keyboard when results appear, so the first
// thing read is what the check found.
#include <QLabel>

namespace rd {

class HeadingLabel : public QLabel
{
    Q_OBJECT
public:
    explicit HeadingLabel(QWidget *parent = nullptr, bool focusable = false);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace rd
