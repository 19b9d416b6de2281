#include "collapsible_section.h"
#include "wrapping_button_text.h"

#include <QStyleOptionButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace rd {

namespace {

// The heading's button: its text wraps onto more lines when the page is narrow (a QToolButton
// keeps it on one line and makes the page wider than its view, at 200 % or in a long language).
class WrappingToggle : public QToolButton
{
public:
    explicit WrappingToggle(QWidget *parent) : QToolButton(parent) { wrapping::usePolicy(this, QSizePolicy::ToolButton); }
    QSize sizeHint() const override { return wrapping::sizeHint(this, wrapping::Indicator::Arrow, QToolButton::sizeHint()); }
    QSize minimumSizeHint() const override { return wrapping::minimumSizeHint(this, wrapping::Indicator::Arrow); }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return wrapping::heightForWidth(this, wrapping::Indicator::Arrow, width); }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QStyleOptionButton opt;
        opt.initFrom(this);
        opt.text = text();
        wrapping::paint(this, wrapping::Indicator::Arrow, opt,
                        arrowType() == Qt::DownArrow ? QStyle::PE_IndicatorArrowDown : QStyle::PE_IndicatorArrowRight);
    }
    bool hitButton(const QPoint &pos) const override { return rect().contains(pos); }
};

} // namespace

CollapsibleSection::CollapsibleSection(const QString &title, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_toggle = new WrappingToggle(this);
    m_toggle->setObjectName(QStringLiteral("sectionToggle"));
    // Not a checkable button: a pressed-in look for "open" would read as a toggle switch. The
    // arrow and the accessible description say whether it is open.
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    QFont f = m_toggle->font();
    f.setWeight(QFont::DemiBold);
    m_toggle->setFont(f);
    layout->addWidget(m_toggle);

    m_content = new QWidget(this);
    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->setContentsMargins(22, 0, 0, 0);
    m_contentLayout->setSpacing(8);
    m_content->hide();
    layout->addWidget(m_content);

    connect(m_toggle, &QToolButton::clicked, this, [this] { setExpanded(!m_expanded); });
    setTitle(title);
    setExpanded(false);
}

void CollapsibleSection::setTitle(const QString &title)
{
    m_toggle->setText(title);
    m_toggle->setAccessibleName(title);
}

QString CollapsibleSection::title() const
{
    return m_toggle->text();
}

bool CollapsibleSection::isExpanded() const
{
    return m_expanded;
}

void CollapsibleSection::setExpanded(bool expanded)
{
    const bool changed = expanded != m_expanded;
    m_expanded = expanded;
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_toggle->setAccessibleDescription(expanded ? tr("Expanded; press Space to fold") : tr("Folded; press Space to open"));
    m_content->setVisible(expanded);
    if (changed)
        emit expandedChanged(expanded);
}

} // namespace rd
