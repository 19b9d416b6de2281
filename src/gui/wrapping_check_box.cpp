#include "wrapping_check_box.h"
#include <QPainter>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStylePainter>

namespace rd {

namespace {

constexpr int kTextFlags = Qt::TextWordWrap | Qt::TextShowMnemonic | Qt::AlignLeft | Qt::AlignTop;

} // namespace

WrappingCheckBox::WrappingCheckBox(QWidget *parent) : QCheckBox(parent)
{
    // QCheckBox may not shrink below its one-line width; this one may, down to its longest word.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred, QSizePolicy::CheckBox);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int WrappingCheckBox::textIndent() const
{
    return style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, this)
        + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, this);
}

QRect WrappingCheckBox::textRect(int width) const
{
    const QRect room(textIndent(), 0, qMax(1, width - textIndent()), QWIDGETSIZE_MAX);
    return fontMetrics().boundingRect(room, kTextFlags, text());
}

QSize WrappingCheckBox::sizeHint() const
{
    // As wide as the text on one line, like QCheckBox; the layout narrows it with heightForWidth.
    const QSize one = QCheckBox::sizeHint();
    return {one.width(), heightForWidth(one.width())};
}

QSize WrappingCheckBox::minimumSizeHint() const
{
    // The longest word decides the narrowest width.
    int widest = 0;
    for (const QString &word : text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        widest = qMax(widest, fontMetrics().horizontalAdvance(QString(word).remove(QLatin1Char('&'))));
    const int width = textIndent() + widest + 2;
    return {width, heightForWidth(width)};
}

int WrappingCheckBox::heightForWidth(int width) const
{
    const int indicator = style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, this);
    return qMax(indicator, textRect(width).height()) + 2;
}

void WrappingCheckBox::paintEvent(QPaintEvent *)
{
    QStylePainter p(this);
    QStyleOptionButton opt;
    initStyleOption(&opt);
    // The indicator, level with the first line of text.
    QStyleOptionButton indicator = opt;
    const int size = style()->pixelMetric(QStyle::PM_IndicatorHeight, nullptr, this);
    const int firstLine = fontMetrics().height();
    indicator.rect = QRect(0, qMax(0, (firstLine - size) / 2) + 1, style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, this), size);
    p.drawPrimitive(QStyle::PE_IndicatorCheckBox, indicator);
    const QRect text = textRect(width()).translated(0, 1);
    style()->drawItemText(&p, text, kTextFlags, opt.palette, isEnabled(), this->text(), QPalette::WindowText);
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = text.adjusted(-1, 0, 1, 0);
        p.drawPrimitive(QStyle::PE_FrameFocusRect, focus);
    }
}

} // namespace rd
