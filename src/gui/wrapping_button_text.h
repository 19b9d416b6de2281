#pragma once
// The shared part of the check box and the radio button whose text wraps onto more lines when the
// page is narrow (Qt's keep their text on one line and make the page wider than its view): the
// sizes for a width, and the painting of the indicator beside the wrapped text.
#include <QAbstractButton>
#include <QSize>
#include <QStyle>

class QStyleOptionButton;

namespace rd::wrapping {

// Arrow: a folding section's heading (the arrow at a check box's size).
enum class Indicator { CheckBox, RadioButton, Arrow };

void usePolicy(QAbstractButton *button, QSizePolicy::ControlType type);
QSize sizeHint(const QAbstractButton *button, Indicator indicator, QSize oneLine);
QSize minimumSizeHint(const QAbstractButton *button, Indicator indicator);
int heightForWidth(const QAbstractButton *button, Indicator indicator, int width);
// `arrow`: the primitive that an Arrow indicator draws (right when folded, down when open).
void paint(QAbstractButton *button, Indicator indicator, const QStyleOptionButton &option,
           QStyle::PrimitiveElement arrow = QStyle::PE_IndicatorArrowRight);

} // namespace rd::wrapping
