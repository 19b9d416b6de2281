#include "heading_label.h"
#include "accessibility.h"

namespace rd {

HeadingLabel::HeadingLabel(QWidget *parent, bool focusable) : QLabel(parent)
{
    setAccessibleRole(this, QAccessible::Heading);
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    if (focusable) {
        setFocusPolicy(Qt::StrongFocus);
        setContentsMargins(4, 2, 4, 2);   // room for the focus frame
    }
}

void HeadingLabel::paintEvent(QPaintEvent *event)
{
    QLabel::paintEvent(event);
    if (hasFocus())
        paintFocusFrame(this, rect());
}

} // namespace rd
