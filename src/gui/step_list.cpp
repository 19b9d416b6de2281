#include "step_list.h"
#include "accessibility.h"
#include "palette_colors.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace rd {

StepList::StepList(QWidget *parent) : QWidget(parent), m_layout(new QVBoxLayout(this))
{
    setAccessibleRole(this, QAccessible::List);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    m_layout->setContentsMargins(4, 8, 4, 8);
    m_layout->setSpacing(4);
    m_layout->addStretch(1);
}

void StepList::setSteps(const QStringList &titles)
{
    while (m_items.size() < titles.size()) {
        auto *item = new QLabel(this);
        item->setObjectName(QStringLiteral("step%1").arg(m_items.size() + 1));
        item->setTextFormat(Qt::PlainText);
        item->setWordWrap(true);
        item->setContentsMargins(8, 4, 8, 4);
        setAccessibleRole(item, QAccessible::ListItem);
        m_layout->insertWidget(int(m_items.size()), item);
        m_items << item;
    }
    for (int i = 0; i < titles.size(); ++i)
        m_items[i]->setText(QStringLiteral("%1.  %2").arg(i + 1).arg(titles[i]));
    applyState();
}

void StepList::setCurrent(int index)
{
    const int previous = m_current;
    m_current = index;
    applyState();
    // Selection events: the bridge turns them into "selected" state changes of the two items.
    for (int i : {previous, index}) {
        if (i < 0 || i >= m_items.size() || previous == index)
            continue;
        QAccessibleEvent event(m_items[i], i == index ? QAccessible::SelectionAdd : QAccessible::SelectionRemove);
        QAccessible::updateAccessibility(&event);
    }
}

void StepList::applyState()
{
    for (int i = 0; i < m_items.size(); ++i) {
        QLabel *item = m_items[i];
        const bool current = i == m_current;
        QFont f = font();
        f.setBold(current);
        item->setFont(f);
        item->setPalette(current ? QPalette() : secondaryTextPalette(palette()));
        item->setProperty("rdSelected", current);
    }
}

void StepList::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyState();
}

} // namespace rd
