#include "all_logins_dialog.h"
#include "diagnosis/all_logins_check.h"
#include "diagnosis/check.h"
#include "docker/docker_config.h"
#include "docker/saved_logins.h"
#include "registry/registry_kind.h"
#include "registry/registry_reference.h"
#include "time_text.h"
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace rd {

QVector<CheckOptions> AllLoginsDialog::savedLoginChecks()
{
    QVector<CheckOptions> checks;
    const DockerConfig config = readDockerConfig(dockerConfigPath());
    for (const QString &server : savedLoginServers(config))
        checks << AllLoginsCheck::savedLoginOptions(CheckOptions(), server);
    return checks;
}

AllLoginsDialog::AllLoginsDialog(const QVector<CheckOptions> &checks, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("All my saved logins"));
    auto *layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    m_table = new QTableWidget(int(checks.size()), 5, this);
    m_table->setHorizontalHeaderLabels({tr("Registry"), tr("Service"), tr("User"), tr("Sign-in"), tr("Expires")});
    m_table->setAccessibleName(tr("Saved logins"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    for (int row = 0; row < checks.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(parseRegistryReference(checks.at(row).registryInput).loginServer));
        for (int column = 1; column < 5; ++column)
            m_table->setItem(row, column, new QTableWidgetItem());
        //: Shown in a row of the saved-logins table while that registry is being checked.
        m_table->item(row, 3)->setText(tr("Checking…"));
    }
    m_table->resizeColumnsToContents();
    layout->addWidget(m_table, 1);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, int(checks.size()));
    m_progress->setValue(0);
    m_progress->setAccessibleName(tr("Registries checked"));
    layout->addWidget(m_progress);
    auto *buttons = new QDialogButtonBox(this);
    m_stop = buttons->addButton(tr("&Stop checking"), QDialogButtonBox::RejectRole);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    layout->addWidget(buttons);
    resize(760, 360);

    m_all = new AllLoginsCheck(checks, this);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (isRunning()) {
            m_stopped = true;
            m_all->cancel(); // each check ends at once; onFinished follows
        } else {
            accept();
        }
    });
    connect(m_all, &AllLoginsCheck::finished, this, &AllLoginsDialog::onFinished);
    m_status->setText(checks.isEmpty() ? tr("Docker has no saved logins on this computer.")
                                        : tr("Checking %n registries at once…", nullptr, int(checks.size())));
    // Started once the dialog is up, so that nothing waits before it shows.
    QTimer::singleShot(0, this, [this] {
        m_all->start();
        // After AllLoginsCheck's own connections, so that its result for the row is ready.
        const QVector<Check *> &all = m_all->checks();
        for (int i = 0; i < all.size(); ++i)
            connect(all.at(i), &Check::finished, this, [this, i] {
                showRow(i, m_all->results().at(i), m_stopped);
                m_progress->setValue(m_progress->value() + 1);
            });
    });
}

bool AllLoginsDialog::isRunning() const
{
    return m_all->isRunning();
}

void AllLoginsDialog::showRow(int row, const SavedLoginStatus &s, bool stopped)
{
    if (!s.server.isEmpty())
        m_table->item(row, 0)->setText(s.server);
    const std::optional<RegistryKind> kind = registryKindFromName(s.kind);
    m_table->item(row, 1)->setText(kind ? registryKindTitle(*kind) : QString());
    m_table->item(row, 2)->setText(s.user);
    QString state;
    if (s.works)
        state = tr("Works");
    else if (s.tested)
        state = tr("Refused");
    else if (stopped)
        state = tr("Stopped");
    else
        //: The saved login could not be tried (no answer, nothing saved, registry open to all).
        state = tr("Not tested");
    m_table->item(row, 3)->setText(state);
    QString expires;
    if (s.expiresAt)
        //: %1 is a date and time in the reader's local time.
        expires = *s.expiresAt < QDateTime::currentDateTimeUtc() ? tr("expired at %1").arg(describeMoment(*s.expiresAt))
                                                                  : describeMoment(*s.expiresAt);
    m_table->item(row, 4)->setText(expires);
    m_table->item(row, 3)->setToolTip(s.diagnosis.causes.isEmpty() ? QString() : s.diagnosis.causes.first().title);
    m_table->resizeColumnsToContents(); // whole addresses, never cut
}

void AllLoginsDialog::onFinished()
{
    int works = 0;
    for (const SavedLoginStatus &s : m_all->results())
        works += s.works ? 1 : 0;
    m_progress->setValue(m_progress->maximum());
    if (!m_all->results().isEmpty())
        m_status->setText(m_stopped ? tr("Stopped.") : tr("%1 of %n saved logins work.", nullptr, int(m_all->results().size())).arg(works));
    m_stop->setText(tr("&Close"));
    emit done();
}

} // namespace rd
