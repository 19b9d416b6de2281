#pragma once
// Picks a practice scenario: each as the user's complaint, grouped by difficulty; the cause is
// told after the check.
#include <QDialog>

class QListWidget;

namespace rd {

class PracticeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PracticeDialog(const QString &current, QWidget *parent = nullptr);
    QString scenarioId() const;

private:
    QListWidget *m_list;
};

} // namespace rd
