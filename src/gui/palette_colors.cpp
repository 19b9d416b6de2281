#include "palette_colors.h"

namespace rd {

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor successColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
}

QColor warningColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xd2, 0x99, 0x22) : QColor(0x9a, 0x67, 0x00);
}

QColor errorColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
}

QColor blendColors(const QColor &a, const QColor &b, qreal aWeight)
{
    return QColor::fromRgbF(float(a.redF() * aWeight + b.redF() * (1 - aWeight)),
                            float(a.greenF() * aWeight + b.greenF() * (1 - aWeight)),
                            float(a.blueF() * aWeight + b.blueF() * (1 - aWeight)));
}

QColor cardBackground(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    // A base colour equal to the window (some styles) still gives a visible card.
    if (qAbs(window.lightness() - base.lightness()) < 6)
        return isDarkPalette(palette) ? window.lighter(112) : window.darker(103);
    return blendColors(base, window, 0.85);
}

QColor cardBorder(const QPalette &palette)
{
    return blendColors(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.18);
}

QColor codeBackground(const QPalette &palette)
{
    return blendColors(palette.color(QPalette::WindowText), palette.color(QPalette::Base), 0.06);
}

} // namespace rd
