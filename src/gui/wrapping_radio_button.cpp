#include "wrapping_radio_button.h"
#include "wrapping_button_text.h"
#include <QStyleOptionButton>

namespace rd {

WrappingRadioButton::WrappingRadioButton(QWidget *parent) : QRadioButton(parent)
{
    wrapping::usePolicy(this, QSizePolicy::RadioButton);
}

QSize WrappingRadioButton::sizeHint() const
{
    return wrapping::sizeHint(this, wrapping::Indicator::RadioButton, QRadioButton::sizeHint());
}

QSize WrappingRadioButton::minimumSizeHint() const
{
    return wrapping::minimumSizeHint(this, wrapping::Indicator::RadioButton);
}

int WrappingRadioButton::heightForWidth(int width) const
{
    return wrapping::heightForWidth(this, wrapping::Indicator::RadioButton, width);
}

void WrappingRadioButton::paintEvent(QPaintEvent *)
{
    QStyleOptionButton opt;
    initStyleOption(&opt);
    wrapping::paint(this, wrapping::Indicator::RadioButton, opt);
}

} // namespace rd
