#pragma once
// Picks a practice scenario: each with its title and what the trainee will meet.
#include <QDialog>

class QListWidget;
class QLabel;

namespace rd {

class PracticeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PracticeDialog(const QString &current, QWidget *parent = nullptr);
    QString scenarioId() const;

private:
    QListWidget *m_list;
    QLabel *m_description;
};

} // namespace rd
