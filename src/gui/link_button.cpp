#include "link_button.h"
#include "accessibility.h"
#include "palette_colors.h"

#include <QKeyEvent>
#include <QPainter>

namespace rd {

namespace {
constexpr int kWrap = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignVCenter;
}

LinkButton::LinkButton(const QString &text, QWidget *parent) : QAbstractButton(parent)
{
    setAccessibleRole(this, QAccessible::Link);
    setText(text);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::StrongFocus);
    QFont f = font();
    f.setUnderline(true);
    setFont(f);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

QSize LinkButton::sizeHint() const
{
    const QSize text = fontMetrics().size(0, this->text());
    return text + QSize(2 * kPad, 2 * kPad);
}

QSize LinkButton::minimumSizeHint() const
{
    return QSize(qMin(sizeHint().width(), 120), sizeHint().height());
}

int LinkButton::heightForWidth(int width) const
{
    const QRect r = fontMetrics().boundingRect(QRect(0, 0, qMax(1, width - 2 * kPad), 100000), kWrap, text());
    return r.height() + 2 * kPad;
}

void LinkButton::paintEvent(QPaintEvent *)
{
    {
        QPainter p(this);
        p.setPen(linkColor(palette()));
        p.setFont(font());
        p.drawText(rect().adjusted(kPad, kPad, -kPad, -kPad), kWrap, text());
    }
    if (hasFocus())
        paintFocusFrame(this, rect(), 3);
}

void LinkButton::keyPressEvent(QKeyEvent *event)
{
    // Enter follows a link as well as Space does.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

} // namespace rd
