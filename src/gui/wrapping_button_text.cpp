#include "wrapping_button_text.h"
#include <QStyle>
#include <QStyleOptionButton>
#include <QStylePainter>

namespace rd::wrapping {

namespace {

constexpr int kTextFlags = Qt::TextWordWrap | Qt::TextShowMnemonic | Qt::AlignLeft | Qt::AlignTop;

int metric(const QAbstractButton *b, Indicator i, QStyle::PixelMetric checkBox, QStyle::PixelMetric radio)
{
    return b->style()->pixelMetric(i == Indicator::RadioButton ? radio : checkBox, nullptr, b);
}

int indicatorWidth(const QAbstractButton *b, Indicator i)
{
    return metric(b, i, QStyle::PM_IndicatorWidth, QStyle::PM_ExclusiveIndicatorWidth);
}

int indicatorHeight(const QAbstractButton *b, Indicator i)
{
    return metric(b, i, QStyle::PM_IndicatorHeight, QStyle::PM_ExclusiveIndicatorHeight);
}

// Indicator plus the spacing after it.
int textIndent(const QAbstractButton *b, Indicator i)
{
    return indicatorWidth(b, i) + metric(b, i, QStyle::PM_CheckBoxLabelSpacing, QStyle::PM_RadioButtonLabelSpacing);
}

// Where the wrapped text goes in a button this wide.
QRect textRect(const QAbstractButton *b, Indicator i, int width)
{
    const QRect room(textIndent(b, i), 0, qMax(1, width - textIndent(b, i)), QWIDGETSIZE_MAX);
    return b->fontMetrics().boundingRect(room, kTextFlags, b->text());
}

} // namespace

void usePolicy(QAbstractButton *button, QSizePolicy::ControlType type)
{
    // Qt's button may not shrink below its one-line width; this one may, down to its longest word.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred, type);
    policy.setHeightForWidth(true);
    button->setSizePolicy(policy);
}

QSize sizeHint(const QAbstractButton *button, Indicator indicator, QSize oneLine)
{
    // As wide as the text on one line, like Qt's, measured as it is painted (Qt's own measure can
    // be a pixel short, and the last word would wrap); the layout narrows it with heightForWidth.
    const QRect line = button->fontMetrics().boundingRect(QRect(0, 0, QWIDGETSIZE_MAX, QWIDGETSIZE_MAX),
                                                         Qt::TextShowMnemonic, button->text());
    const int width = qMax(oneLine.width(), textIndent(button, indicator) + line.width() + 2);
    return {width, heightForWidth(button, indicator, width)};
}

QSize minimumSizeHint(const QAbstractButton *button, Indicator indicator)
{
    // The longest word decides the narrowest width.
    int widest = 0;
    for (const QString &word : button->text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        widest = qMax(widest, button->fontMetrics().horizontalAdvance(QString(word).remove(QLatin1Char('&'))));
    const int width = textIndent(button, indicator) + widest + 2;
    return {width, heightForWidth(button, indicator, width)};
}

int heightForWidth(const QAbstractButton *button, Indicator indicator, int width)
{
    return qMax(indicatorHeight(button, indicator), textRect(button, indicator, width).height()) + 2;
}

void paint(QAbstractButton *button, Indicator indicator, const QStyleOptionButton &option, QStyle::PrimitiveElement arrow)
{
    QStylePainter p(button);
    // The indicator, level with the first line of text.
    QStyleOptionButton mark = option;
    const int size = indicatorHeight(button, indicator);
    const int firstLine = button->fontMetrics().height();
    mark.rect = QRect(0, qMax(0, (firstLine - size) / 2) + 1, indicatorWidth(button, indicator), size);
    p.drawPrimitive(indicator == Indicator::CheckBox ? QStyle::PE_IndicatorCheckBox
                    : indicator == Indicator::RadioButton ? QStyle::PE_IndicatorRadioButton : arrow, mark);
    // Drawn into the whole room beside the indicator, not into the text's tight bounding box: in
    // a box exactly as wide as the text, rounding can wrap the last word onto a line out of sight.
    const QRect text = textRect(button, indicator, button->width()).translated(0, 1);
    const QRect room(text.left(), text.top(), qMax(1, button->width() - text.left()), button->height() - text.top());
    button->style()->drawItemText(&p, room, kTextFlags, option.palette, button->isEnabled(), button->text(), QPalette::WindowText);
    if (button->hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(button);
        focus.rect = text.adjusted(-1, 0, 1, 0);
        p.drawPrimitive(QStyle::PE_FrameFocusRect, focus);
    }
}

} // namespace rd::wrapping
