#include "wrapping_check_box.h"
#include "wrapping_button_text.h"
#include <QStyleOptionButton>

namespace rd {

WrappingCheckBox::WrappingCheckBox(QWidget *parent) : QCheckBox(parent)
{
    wrapping::usePolicy(this, QSizePolicy::CheckBox);
}

QSize WrappingCheckBox::sizeHint() const
{
    return wrapping::sizeHint(this, wrapping::Indicator::CheckBox, QCheckBox::sizeHint());
}

QSize WrappingCheckBox::minimumSizeHint() const
{
    return wrapping::minimumSizeHint(this, wrapping::Indicator::CheckBox);
}

int WrappingCheckBox::heightForWidth(int width) const
{
    return wrapping::heightForWidth(this, wrapping::Indicator::CheckBox, width);
}

void WrappingCheckBox::paintEvent(QPaintEvent *)
{
    QStyleOptionButton opt;
    initStyleOption(&opt);
    wrapping::paint(this, wrapping::Indicator::CheckBox, opt);
}

} // namespace rd
