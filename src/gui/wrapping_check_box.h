#pragma once
// A check box whose text wraps onto more lines when the page is narrow, instead of making the page
// wider than its view (QCheckBox keeps its text on one line). Text, access key (&), toggling by a
// click anywhere on it or by the keyboard, and accessibility are QCheckBox's own.
#include <QCheckBox>

namespace rd {

class WrappingCheckBox : public QCheckBox
{
    Q_OBJECT
public:
    explicit WrappingCheckBox(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool hitButton(const QPoint &pos) const override { return rect().contains(pos); }
};

} // namespace rd
