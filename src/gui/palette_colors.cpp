#include "palette_colors.h"

#include <QtMath>

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

QColor explanationBackground(const QPalette &palette)
{
    return blendColors(palette.color(QPalette::Highlight), palette.color(QPalette::Base), 0.12);
}

namespace {

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : qPow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor readableOn(const QColor &fg, const QColor &bg, double minRatio)
{
    if (contrastRatio(fg, bg) >= minRatio)
        return fg;
    const QColor extreme = contrastRatio(Qt::black, bg) > contrastRatio(Qt::white, bg) ? QColor(Qt::black) : QColor(Qt::white);
    // The smallest step towards the extreme that is enough, to keep the colour's character.
    for (int step = 1; step <= 20; ++step) {
        const QColor c = blendColors(extreme, fg, step / 20.0);
        if (contrastRatio(c, bg) >= minRatio)
            return c;
    }
    return extreme;
}

QColor secondaryTextColor(const QPalette &palette)
{
    QColor c = blendColors(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.72);
    for (const QColor &bg : {palette.color(QPalette::Window), cardBackground(palette), palette.color(QPalette::AlternateBase),
                             explanationBackground(palette)})
        c = readableOn(c, bg);
    return c;
}

QPalette secondaryTextPalette(const QPalette &base)
{
    QPalette quiet;
    quiet.setColor(QPalette::WindowText, secondaryTextColor(base));
    return quiet;
}

QColor errorTextColor(const QPalette &palette)
{
    const QColor c = isDarkPalette(palette) ? QColor(0xff, 0x9a, 0x8f) : QColor(0xb3, 0x26, 0x1e);
    return readableOn(c, palette.color(QPalette::Window));
}

QColor stateTextColor(const QPalette &palette, const QColor &state)
{
    return readableOn(state, cardBackground(palette));
}

QColor linkColor(const QPalette &palette)
{
    return readableOn(palette.color(QPalette::Link), cardBackground(palette));
}

QColor bannerBackground(const QPalette &palette)
{
    return readableOn(palette.color(QPalette::Highlight), palette.color(QPalette::HighlightedText));
}

QColor focusIndicatorColor(const QPalette &palette)
{
    QColor c = palette.color(QPalette::Highlight);
    for (const QColor &bg : {palette.color(QPalette::Window), cardBackground(palette), palette.color(QPalette::Base)})
        c = readableOn(c, bg, 3.0);
    return c;
}

QVector<ColorPair> textColorPairs(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor card = cardBackground(palette);
    const QColor secondary = secondaryTextColor(palette);
    const QColor focus = focusIndicatorColor(palette);
    return {
        {QStringLiteral("text on the window"), palette.color(QPalette::WindowText), window, 4.5},
        {QStringLiteral("text in a field"), palette.color(QPalette::Text), palette.color(QPalette::Base), 4.5},
        {QStringLiteral("text on a card"), palette.color(QPalette::WindowText), card, 4.5},
        {QStringLiteral("command on its box"), palette.color(QPalette::WindowText), codeBackground(palette), 4.5},
        {QStringLiteral("explanation of a pasted error"), palette.color(QPalette::WindowText), explanationBackground(palette), 4.5},
        {QStringLiteral("secondary text in the explanation"), secondary, explanationBackground(palette), 4.5},
        {QStringLiteral("button text"), palette.color(QPalette::ButtonText), palette.color(QPalette::Button), 4.5},
        {QStringLiteral("secondary text on the window"), secondary, window, 4.5},
        {QStringLiteral("secondary text on a card"), secondary, card, 4.5},
        {QStringLiteral("steps not current"), secondary, palette.color(QPalette::AlternateBase), 4.5},
        {QStringLiteral("current step"), palette.color(QPalette::WindowText), palette.color(QPalette::AlternateBase), 4.5},
        {QStringLiteral("registry error"), errorTextColor(palette), window, 4.5},
        {QStringLiteral("\"Fixed\" on a card"), stateTextColor(palette, successColor(palette)), card, 4.5},
        {QStringLiteral("\"Still there\" (problem) on a card"), stateTextColor(palette, errorColor(palette)), card, 4.5},
        {QStringLiteral("\"Still there\" (warning) on a card"), stateTextColor(palette, warningColor(palette)), card, 4.5},
        {QStringLiteral("link on a card"), linkColor(palette), card, 4.5},
        {QStringLiteral("practice banner"), palette.color(QPalette::HighlightedText), bannerBackground(palette), 4.5},
        {QStringLiteral("focus frame on the window"), focus, window, 3.0},
        {QStringLiteral("focus frame on a card"), focus, card, 3.0},
        {QStringLiteral("focus frame on a field"), focus, palette.color(QPalette::Base), 3.0},
    };
}

} // namespace rd
