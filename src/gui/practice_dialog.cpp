#include "practice_dialog.h"
#include "practice/practice_registry.h"
#include <QDialogButtonBox>
#include <QFont>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace rd {

PracticeDialog::PracticeDialog(const QString &current, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Practice scenarios"));
    auto *layout = new QVBoxLayout(this);
    //: The service names are products' names (Azure Container Registry as Microsoft writes it in the language).
    auto *intro = new QLabel(tr("Choose a situation to practise. The check then talks to a practice registry on this computer that "
                                "answers as the service in that situation does (Azure Container Registry, Docker Hub, GitHub Container "
                                "Registry, Amazon ECR or Google Artifact Registry), with that problem. Nothing is sent to the internet."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    //: Label of the list of practice scenarios (situations to practise).
    auto *label = new QLabel(tr("&Scenario:"), this);
    layout->addWidget(label);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Practice scenarios"));
    label->setBuddy(m_list);
    // The complaint as the user would say it, grouped by difficulty; the cause (the scenario's
    // title and description) is told only after the check, on the results page.
    const QVector<PracticeScenario> scenarios = practiceScenarios();
    for (PracticeDifficulty level : {PracticeDifficulty::Basic, PracticeDifficulty::Intermediate, PracticeDifficulty::Advanced}) {
        auto *heading = new QListWidgetItem(practiceDifficultyTitle(level), m_list);
        heading->setFlags(Qt::ItemIsEnabled); // a group's name, not a choice
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        for (const PracticeScenario &s : scenarios) {
            if (s.difficulty != level)
                continue;
            auto *item = new QListWidgetItem(QStringLiteral("    ") + s.complaint, m_list);
            item->setData(Qt::UserRole, s.id);
            //: Said by a screen reader for a practice scenario: %1 is its group (e.g. "First steps"), %2 the complaint.
            item->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(practiceDifficultyTitle(level), s.complaint));
            if (s.id == current)
                m_list->setCurrentItem(item);
        }
    }
    if (!m_list->currentItem())
        m_list->setCurrentRow(1); // the first scenario, below its group's name
    layout->addWidget(m_list, 1);
    m_list->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Start &practice"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] {
        if (!scenarioId().isEmpty())
            accept();
    });
    // A group's name is not a scenario: the arrow keys, Home, End and a click pass over it to the
    // nearest scenario in the direction of travel, else the other way (Home lands on the first group's
    // name, Up on it from the first scenario stays there), so the current item is always a scenario.
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *now, QListWidgetItem *before) {
        if (!now || !now->data(Qt::UserRole).toString().isEmpty())
            return;
        const int from = m_list->row(now);
        const int way = before && m_list->row(before) > from ? -1 : 1;
        for (int step : {way, -way}) {
            for (int row = from + step; row >= 0 && row < m_list->count(); row += step) {
                if (!m_list->item(row)->data(Qt::UserRole).toString().isEmpty()) {
                    m_list->setCurrentRow(row);
                    return;
                }
            }
        }
    });
    auto chosen = [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!scenarioId().isEmpty()); };
    connect(m_list, &QListWidget::currentItemChanged, this, chosen);
    chosen();
    resize(560, 520);
}

QString PracticeDialog::scenarioId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

} // namespace rd
