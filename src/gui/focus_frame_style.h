#pragma once
// The application style with a keyboard focus frame that can be seen: Fusion draws the frame of
// check boxes and radio buttons in a faint tint (1.7:1 on the window); this draws every focus
// frame 2 px wide in focusIndicatorColor(), at least 3:1 against the window, a card and a field.
#include <QProxyStyle>

namespace rd {

class FocusFrameStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

} // namespace rd
