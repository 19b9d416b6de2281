#include "practice_dialog.h"
#include "practice/practice_registry.h"
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

PracticeDialog::PracticeDialog(const QString &current, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Practice scenarios"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose a situation to practise. The check then talks to a practice registry on this computer that "
                                "behaves like Azure Container Registry with that problem. Nothing is sent to the internet."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    //: Label of the list of practice scenarios (situations to practise).
    auto *label = new QLabel(tr("&Scenario:"), this);
    layout->addWidget(label);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Practice scenarios"));
    label->setBuddy(m_list);
    for (const PracticeScenario &s : practiceScenarios()) {
        auto *item = new QListWidgetItem(s.title, m_list);
        item->setData(Qt::UserRole, s.id);
        item->setData(Qt::UserRole + 1, s.description);
        if (s.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem())
        m_list->setCurrentRow(0);
    layout->addWidget(m_list, 1);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 4);
    m_description->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_description);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start &practice"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    auto describe = [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            m_description->setText(item->data(Qt::UserRole + 1).toString());
    };
    connect(m_list, &QListWidget::currentItemChanged, this, describe);
    describe();
    resize(560, 520);
}

QString PracticeDialog::scenarioId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

} // namespace rd
