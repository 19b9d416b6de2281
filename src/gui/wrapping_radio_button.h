#pragma once
// A radio button whose text wraps onto more lines when the page is narrow, instead of making the page
// wider than its view (QRadioButton keeps its text on one line). Text, access key (&), choosing by a
// click anywhere on it or by the keyboard, and accessibility are QRadioButton's own.
#include <QRadioButton>

namespace rd {

class WrappingRadioButton : public QRadioButton
{
    Q_OBJECT
public:
    explicit WrappingRadioButton(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool hitButton(const QPoint &pos) const override { return rect().contains(pos); }
};

} // namespace rd
