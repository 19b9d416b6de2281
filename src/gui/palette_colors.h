#pragma once
// Colours for states that the palette has no role for (success, warning, error), chosen to read
// well on the current palette's window colour, light or dark. Text otherwise uses palette roles.
#include <QColor>
#include <QPalette>

namespace rd {

bool isDarkPalette(const QPalette &palette);
QColor successColor(const QPalette &palette);
QColor warningColor(const QPalette &palette);
QColor errorColor(const QPalette &palette);
// `a` mixed into `b`: aWeight 1 = a, 0 = b.
QColor blendColors(const QColor &a, const QColor &b, qreal aWeight);
// A card's background and border: a step away from the window colour, towards the base colour.
QColor cardBackground(const QPalette &palette);
QColor cardBorder(const QPalette &palette);
// The background of a command or query box.
QColor codeBackground(const QPalette &palette);

} // namespace rd
