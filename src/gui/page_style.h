#pragma once
// The text styles every wizard page uses, derived from the widget's own font and palette (so they
// follow the system's size, light or dark palette): the page heading, section headings, and the
// smaller, quieter text of hints.
#include <QFont>
#include <QPalette>

class QWidget;

namespace rd {

struct PageStyle
{
    QFont heading;        // 1.45 × the base size, demi-bold
    QFont subheading;     // 1.1 ×, demi-bold
    QFont small;          // 0.92 ×
    QPalette secondary;   // text blended towards the window colour, still 4.5:1 (secondaryTextColor)

    static PageStyle of(const QWidget *widget);
};

} // namespace rd
