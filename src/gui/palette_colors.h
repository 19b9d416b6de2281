#pragma once
// Colours for states that the palette has no role for (success, warning, error), chosen to read
// well on the current palette's window colour, light or dark. Text otherwise uses palette roles.
// Every colour used for text is at least 4.5:1 against the background it is drawn on (WCAG AA),
// every focus indicator at least 3:1, in light and dark palettes: textColorPairs() lists them all
// and tst_contrast computes their ratios.
#include <QColor>
#include <QPalette>
#include <QString>
#include <QVector>

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
// The box explaining a pasted error message: a faint tint of the highlight over the base colour.
QColor explanationBackground(const QPalette &palette);

// WCAG 2 contrast ratio of two opaque colours, 1 to 21.
double contrastRatio(const QColor &a, const QColor &b);
// `fg` moved towards black or white (whichever is further from `bg`) until it reaches `minRatio`
// against `bg`; `fg` itself when it already does.
QColor readableOn(const QColor &fg, const QColor &bg, double minRatio = 4.5);

// Quieter text (hints, "Checked at", details of a check, the steps not current): window text
// blended towards the window, but never below 4.5:1 on the window, on a card or on the step list.
QColor secondaryTextColor(const QPalette &palette);
// A palette that sets only the text role to secondaryTextColor(base), for a quieter label: every
// other role still follows the window.
QPalette secondaryTextPalette(const QPalette &base);
// Error text (the registry field's mistakes) on the window.
QColor errorTextColor(const QPalette &palette);
// Text in a state colour (a card's "Fixed" / "Still there") on a card.
QColor stateTextColor(const QPalette &palette, const QColor &state);
// Links on a card.
QColor linkColor(const QPalette &palette);
// The practice banner: highlighted text on a highlight darkened (or lightened) enough.
QColor bannerBackground(const QPalette &palette);
// The keyboard focus frame of check boxes, radio buttons, cards, headings and links.
QColor focusIndicatorColor(const QPalette &palette);

struct ColorPair
{
    QString role;        // what it is, for the test's messages
    QColor text;
    QColor background;
    double minimum;      // 4.5 for text, 3 for focus indicators
};
// Every text colour the wizard draws with, on each background it is drawn on.
QVector<ColorPair> textColorPairs(const QPalette &palette);

} // namespace rd
