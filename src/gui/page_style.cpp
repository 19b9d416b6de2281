#include "page_style.h"
#include "palette_colors.h"
#include <QWidget>

namespace rd {

PageStyle PageStyle::of(const QWidget *widget)
{
    auto scaled = [widget](qreal factor, bool bold) {
        QFont f = widget->font();
        f.setPointSizeF(f.pointSizeF() * factor);
        if (bold)
            f.setWeight(QFont::DemiBold);
        return f;
    };
    PageStyle s;
    s.heading = scaled(1.45, true);
    s.subheading = scaled(1.1, true);
    s.small = scaled(0.92, false);
    const QPalette base = widget->palette();
    s.secondary = base;
    const QColor secondaryText = secondaryTextColor(base);
    s.secondary.setColor(QPalette::WindowText, secondaryText);
    s.secondary.setColor(QPalette::Text, secondaryText);
    return s;
}

} // namespace rd
