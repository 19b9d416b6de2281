// What blocks the user's goal (diagnosis/goal.h): causes in the order a person fixes them, the
// daemon as a note for a sign-in, and the one-line answer, never "fixed" or "works" without the
// sign-in having passed.
#include "diagnosis/cause_catalog.h"
#include "diagnosis/goal.h"
#include <QtTest>

using namespace rd;

namespace {

ProbeResult probe(const char *id, ProbeStatus status)
{
    ProbeResult p;
    p.id = QLatin1String(id);
    p.status = status;
    return p;
}

Diagnosis base(const QString &repository = {}, const QString &action = QStringLiteral("pull"))
{
    Diagnosis d;
    d.loginServer = QStringLiteral("contoso.azurecr.io");
    d.registryKind = QStringLiteral("acr");
    d.signInMethod = QStringLiteral("password");
    d.repository = repository;
    d.action = action;
    return d;
}

QStringList ids(const QVector<Cause> &causes)
{
    QStringList out;
    for (const Cause &c : causes)
        out << c.id;
    return out;
}

} // namespace

class GoalTest : public QObject
{
    Q_OBJECT
private slots:
    void order_nameNetworkTlsSignInRights_thenNotes()
    {
        Diagnosis d = base();
        QVector<Cause> causes;
        for (const char *id : {"docker-daemon-not-running", "az-not-logged-in", "credentials-not-authorized", "credentials-invalid",
                               "tls-untrusted-certificate", "registry-not-found", "network-unreachable"})
            causes << makeCause(QLatin1String(id));
        orderByGoal(causes, d);
        QCOMPARE(ids(causes), (QStringList{QStringLiteral("registry-not-found"), QStringLiteral("network-unreachable"),
                                           QStringLiteral("tls-untrusted-certificate"), QStringLiteral("credentials-invalid"),
                                           QStringLiteral("credentials-not-authorized"), QStringLiteral("docker-daemon-not-running"),
                                           QStringLiteral("az-not-logged-in")}));
        QVERIFY(isNote(makeCause(QStringLiteral("docker-daemon-not-running")), d)); // docker login works without it
        QVERIFY(isNote(makeCause(QStringLiteral("az-not-logged-in")), d));          // not signing in with az
        d.signInMethod = QStringLiteral("azure-cli");
        QVERIFY(!isNote(makeCause(QStringLiteral("az-not-logged-in")), d));
        d.repository = QStringLiteral("hello");                                       // pull goes through the engine
        QVERIFY(!isNote(makeCause(QStringLiteral("docker-daemon-not-running")), d));
    }

    void headline_answersTheQuestion()
    {
        Diagnosis d = base(QStringLiteral("hello"), QStringLiteral("push"));
        d.probes << probe("tcp", ProbeStatus::Pass) << probe("credentials", ProbeStatus::Pass) << probe("permissions", ProbeStatus::Pass);
        QCOMPARE(goalHeadline(d), QStringLiteral("You can sign in to contoso.azurecr.io and push to hello."));
        // A note does not change the answer.
        d.causes << makeCause(QStringLiteral("docker-daemon-not-running"));
        d.repository.clear();
        QCOMPARE(goalHeadline(d), QStringLiteral("You can sign in to contoso.azurecr.io."));

        Diagnosis blocked = base();
        blocked.probes << probe("tcp", ProbeStatus::Fail) << probe("credentials", ProbeStatus::Skip);
        blocked.causes << makeCause(QStringLiteral("docker-daemon-not-running")) << makeCause(QStringLiteral("network-unreachable"));
        QCOMPARE(goalHeadline(blocked), QStringLiteral("Not tested: the sign-in could not be tried, because contoso.azurecr.io cannot be reached."));

        Diagnosis untrusted = base();
        untrusted.probes << probe("tls", ProbeStatus::Fail);
        untrusted.causes << makeCause(QStringLiteral("tls-untrusted-certificate"));
        QCOMPARE(goalHeadline(untrusted),
                 QStringLiteral("Not tested: the sign-in could not be tried, because the certificate of contoso.azurecr.io is not trusted."));

        Diagnosis wrong = base();
        wrong.probes << probe("credentials", ProbeStatus::Fail);
        const Cause invalid = makeCause(QStringLiteral("credentials-invalid"));
        wrong.causes << invalid;
        QCOMPARE(goalHeadline(wrong), QStringLiteral("Sign-in to contoso.azurecr.io fails: ") + invalid.title);

        Diagnosis rights = base(QStringLiteral("hello"), QStringLiteral("push"));
        rights.probes << probe("credentials", ProbeStatus::Pass) << probe("permissions", ProbeStatus::Fail);
        rights.causes << makeCause(QStringLiteral("credentials-not-authorized"));
        QCOMPARE(goalHeadline(rights), QStringLiteral("You can sign in to contoso.azurecr.io, but not push to hello."));

        // Nothing failed, but the sign-in never ran: no claim that it works.
        Diagnosis untried = base();
        untried.probes << probe("tcp", ProbeStatus::Pass) << probe("credentials", ProbeStatus::Skip);
        QCOMPARE(goalHeadline(untried), QString());
        untried.cancelled = true;
        QCOMPARE(goalHeadline(untried), QString());
    }
};

QTEST_GUILESS_MAIN(GoalTest)
#include "tst_goal.moc"
