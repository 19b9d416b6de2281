#pragma once
// "All my saved logins": checks, all at once, every registry Docker has a login for, and lists each
// with its service, user, whether the login works and when it expires (local time). Progress is
// shown row by row while it runs; Stop ends it at once.
#include "check_options.h"
#include <QDialog>
#include <QVector>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace rd {

class AllLoginsCheck;
struct SavedLoginStatus;

class AllLoginsDialog : public QDialog
{
    Q_OBJECT
public:
    // One check per entry (tests and the practice registry give their own).
    explicit AllLoginsDialog(const QVector<CheckOptions> &checks, QWidget *parent = nullptr);
    // The saved logins of this computer's Docker configuration.
    static QVector<CheckOptions> savedLoginChecks();

    bool isRunning() const;

signals:
    void done(); // every check finished or was stopped

private:
    void showRow(int row, const SavedLoginStatus &s, bool stopped);
    void onFinished();

    AllLoginsCheck *m_all = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_stop = nullptr;
    bool m_stopped = false;
};

} // namespace rd
