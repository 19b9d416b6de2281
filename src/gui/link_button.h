#pragma once
// A documentation link: underlined text in the link colour that wraps, one tab stop, activated by
// Space, Enter or a click; a screen reader sees a link with a press action. It only emits
// clicked(): what opening means is the owner's business.
#include <QAbstractButton>

namespace rd {

class LinkButton : public QAbstractButton
{
    Q_OBJECT
public:
    explicit LinkButton(const QString &text, QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    static constexpr int kPad = 3;   // room for the focus frame
};

} // namespace rd
