#include "collapsible_section.h"

#include <QToolButton>
#include <QVBoxLayout>

namespace rd {

CollapsibleSection::CollapsibleSection(const QString &title, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_toggle = new QToolButton(this);
    m_toggle->setObjectName(QStringLiteral("sectionToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setChecked(false);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    QFont f = m_toggle->font();
    f.setWeight(QFont::DemiBold);
    m_toggle->setFont(f);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);

    m_content = new QWidget(this);
    m_contentLayout = new QVBoxLayout(m_content);
    m_contentLayout->setContentsMargins(22, 0, 0, 0);
    m_contentLayout->setSpacing(8);
    m_content->hide();
    layout->addWidget(m_content);

    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        m_toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_content->setVisible(on);
        emit expandedChanged(on);
    });
    setTitle(title);
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
    return m_toggle->isChecked();
}

void CollapsibleSection::setExpanded(bool expanded)
{
    m_toggle->setChecked(expanded);
}

} // namespace rd
