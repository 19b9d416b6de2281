#pragma once
// "All my saved logins at once": a sign-in check of every registry the user's client has a login
// for, all at the same time, each as the client would use its saved login. One Check per registry,
// limited to the sign-in and what it depends on (no local tool probes), so the wall time stays near
// the slowest single check.
#include "check_options.h"
#include "diagnosis/diagnosis.h"
#include <QDateTime>
#include <QObject>
#include <QVector>

namespace rd {

class Check;

struct SavedLoginStatus
{
    QString server;                     // login server
    QString kind;                       // registryKindName()
    QString user;                       // the user name the saved login holds; empty when there is none
    bool tested = false;                // the sign-in was tried (not: no login saved, registry unreachable, open to all)
    bool works = false;                 // the registry accepted the saved login
    std::optional<QDateTime> expiresAt; // when the saved identity token expires (UTC), when it says
    Diagnosis diagnosis;                // the whole check, for the causes
};

class AllLoginsCheck : public QObject
{
    Q_OBJECT
public:
    // `base` carries what every check shares (client, timeout, test seams); its registry is ignored.
    AllLoginsCheck(const CheckOptions &base, const QStringList &servers, QObject *parent = nullptr);
    // One check per entry, each as given (the practice registry and measurements give their own).
    explicit AllLoginsCheck(const QVector<CheckOptions> &checks, QObject *parent = nullptr);
    // A saved login's check: that registry, Docker's saved credentials, the sign-in and what it needs.
    static CheckOptions savedLoginOptions(const CheckOptions &base, const QString &server);
    ~AllLoginsCheck() override;

    void start();
    void cancel();
    bool isRunning() const { return m_pending > 0; }
    const QVector<SavedLoginStatus> &results() const { return m_results; }
    const QVector<Check *> &checks() const { return m_checks; }

signals:
    void finished(const QVector<SavedLoginStatus> &results); // in the order of `servers`

private:
    QVector<Check *> m_checks;
    QVector<SavedLoginStatus> m_results;
    int m_pending = 0;
};

} // namespace rd
