// "Check again" in the engine (diagnosis/recheck.h): a cause's probes and everything they blocked
// run again against a real registry on loopback, and the answer is merged into the first
// diagnosis. The case from issue 13: the port is closed (a firewall), then opened, and behind it
// the registry does not know the user name; checking the blocked connection again must end with
// the unknown user's cause, not with a fix.
#include "diagnosis/check.h"
#include "diagnosis/plan.h"
#include "diagnosis/recheck.h"
#include "diagnosis_lookup.h"
#include "hostile_server.h"
#include "practice/practice_registry.h"
#include "practice/refusing_port.h"
#include "standin_bin.h"
#include <QSignalSpy>
#include <QtTest>
#include <optional>

using namespace rd;
using rd::test::HostileReply;
using rd::test::HostileServer;
using rd::test::ScopedEnvironment;
using rd::test::causeIds;

namespace {

const QByteArray kChallenge = R"(Bearer realm="https://contoso.azurecr.io/oauth2/token",service="contoso.azurecr.io")";

QStringList probeIds(const Diagnosis &d)
{
    QStringList ids;
    for (const ProbeResult &p : d.probes)
        ids << p.id;
    return ids;
}

ProbeStatus statusOf(const Diagnosis &d, const QString &id)
{
    for (const ProbeResult &p : d.probes)
        if (p.id == id)
            return p.status;
    return ProbeStatus::Skip;
}

const Cause *causeOf(const Diagnosis &d, const QString &id)
{
    for (const Cause &c : d.causes)
        if (c.id == id)
            return &c;
    return nullptr;
}

} // namespace

class RecheckTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();

    void recheckProbes_takeWhatTheCauseBlocked();
    void firewallOpened_unknownUserBehind_newProblemNotFixed();
    void firewallOpened_signInWorks_fixed();
    void portStillClosed_stillThere();
    void ownProbesSkipped_notTested_causeKept();

private:
    CheckOptions options(quint16 port) const;
    Diagnosis run(const CheckOptions &o);
    Recheck recheck(const Diagnosis &earlier, const QString &causeId, quint16 port);

    std::unique_ptr<ScopedEnvironment> m_env;
    std::unique_ptr<PracticeRegistry> m_dns; // only its DNS responder: contoso.azurecr.io A 127.0.0.1
};

void RecheckTest::initTestCase()
{
    m_env = std::make_unique<ScopedEnvironment>();
    for (const char *v : {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"})
        m_env->unset(v);
    m_dns = std::make_unique<PracticeRegistry>();
    QVERIFY(m_dns->start(QStringLiteral("healthy")));
}

void RecheckTest::cleanupTestCase()
{
    m_dns.reset();
    m_env.reset();
}

CheckOptions RecheckTest::options(quint16 port) const
{
    CheckOptions o;
    o.registryInput = QStringLiteral("contoso.azurecr.io");
    o.username = QStringLiteral("alex@contoso.com");
    o.password = Secret(QByteArray("Recheck-Pa55"));
    o.passwordGiven = true;
    o.signIn = SignInMethod::Password;
    o.repository = QStringLiteral("hello");
    o.action = QStringLiteral("push");
    o.extraCaCertificates = {HostileServer::caCertificate()};
    o.timeoutSeconds = 3;
    o.connectTo.insert(QStringLiteral("contoso.azurecr.io:443"), QStringLiteral("127.0.0.1:%1").arg(port));
    o.dnsServer = QStringLiteral("127.0.0.1:%1").arg(m_dns->dnsPort());
    o.practiceScenario = QStringLiteral("recheck"); // no local docker/az probes
    return o;
}

Diagnosis RecheckTest::run(const CheckOptions &o)
{
    Check check(o);
    QSignalSpy done(&check, &Check::finished);
    check.start();
    if (!done.wait(30000))
        QTest::qFail("the check did not finish", __FILE__, __LINE__);
    return check.diagnosis();
}

Recheck RecheckTest::recheck(const Diagnosis &earlier, const QString &causeId, quint16 port)
{
    const Cause *cause = causeOf(earlier, causeId);
    if (!cause) {
        QTest::qFail("no such cause to check again", __FILE__, __LINE__);
        return {};
    }
    CheckOptions o = options(port);
    o.onlyProbes = recheckProbes(cause->probes, probeIds(earlier));
    return mergeRecheck(earlier, run(o), causeId);
}

void RecheckTest::recheckProbes_takeWhatTheCauseBlocked()
{
    const QStringList plan = planProbes(options(1));
    const QStringList rerun = recheckProbes({QStringLiteral("tcp")}, plan);
    for (const char *id : {"tcp", "tls", "challenge", "clock", "credentials", "permissions"})
        QVERIFY2(rerun.contains(QLatin1String(id)), id);
    // Upstream and unrelated probes are not its to re-run (the plan adds what tcp depends on).
    QVERIFY(!rerun.contains(QStringLiteral("registry-name")));
    QVERIFY(!rerun.contains(QStringLiteral("dns")));
    QCOMPARE(recheckProbes({QStringLiteral("permissions")}, plan), QStringList{QStringLiteral("permissions")});
}

void RecheckTest::firewallOpened_unknownUserBehind_newProblemNotFixed()
{
    std::optional<RefusingPort> firewall(std::in_place);
    const quint16 port = firewall->port();
    const Diagnosis first = run(options(port));
    QCOMPARE(causeIds(first), QStringList{QStringLiteral("network-unreachable")});
    QCOMPARE(statusOf(first, QStringLiteral("credentials")), ProbeStatus::Skip);

    // The firewall opens: the registry answers, with a challenge, and does not know the user.
    firewall.reset();
    HostileServer registry(HostileServer::Transport::Tls);
    QVERIFY(registry.listen(QHostAddress::LocalHost, port));
    registry.route("/v2/", HostileReply::answer(401, {{"WWW-Authenticate", kChallenge}, {"Content-Type", "application/json"}},
                                                R"({"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]})"));
    registry.route("/oauth2/token", HostileReply::answer(401, {{"Content-Type", "application/json"}},
                                                         R"({"errors":[{"code":"UNAUTHORIZED","message":"Application not registered with AAD."}]})"));

    const Recheck r = recheck(first, QStringLiteral("network-unreachable"), port);
    QCOMPARE(r.outcome, Recheck::Outcome::NewProblem);
    QCOMPARE(r.newCauses, QStringList{QStringLiteral("username-not-recognized")});
    QCOMPARE(causeIds(r.merged), QStringList{QStringLiteral("username-not-recognized")});
    QCOMPARE(statusOf(r.merged, QStringLiteral("tcp")), ProbeStatus::Pass);
    QCOMPARE(statusOf(r.merged, QStringLiteral("credentials")), ProbeStatus::Fail);
    QCOMPARE(probeIds(r.merged), probeIds(first)); // same rows, fresh results
    QVERIFY(!registry.requestsTo("/oauth2/token").isEmpty());
}

void RecheckTest::firewallOpened_signInWorks_fixed()
{
    std::optional<RefusingPort> firewall(std::in_place);
    const quint16 port = firewall->port();
    const Diagnosis first = run(options(port));
    QCOMPARE(causeIds(first), QStringList{QStringLiteral("network-unreachable")});

    firewall.reset(); // the firewall opens: the port is free for the registry
    HostileServer registry(HostileServer::Transport::Tls);
    QVERIFY(registry.listen(QHostAddress::LocalHost, port));
    registry.route("/v2/", HostileReply::answer(401, {{"WWW-Authenticate", kChallenge}}, "{}"));
    registry.routeAuthorized("/v2/", HostileReply::answer(200, {{"Content-Type", "application/json"}}, "{}"));
    // An access token for pull and push on hello (no signature check on the client's side).
    const QByteArray payload = QStringLiteral(R"({"exp":%1,"access":[{"type":"repository","name":"hello","actions":["pull","push"]}]})")
                                   .arg(QDateTime::currentSecsSinceEpoch() + 3600)
                                   .toUtf8()
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    registry.route("/oauth2/token", HostileReply::answer(200, {{"Content-Type", "application/json"}},
                                                         R"({"access_token":"eyJhbGciOiJSUzI1NiJ9.)" + payload + R"(.c2ln"})"));
    registry.routeAuthorized("/v2/hello/tags/list", HostileReply::answer(200, {{"Content-Type", "application/json"}}, R"({"tags":[]})"));

    const Recheck r = recheck(first, QStringLiteral("network-unreachable"), port);
    QCOMPARE(causeIds(r.merged), QStringList());
    QCOMPARE(statusOf(r.merged, QStringLiteral("credentials")), ProbeStatus::Pass);
    QCOMPARE(r.outcome, Recheck::Outcome::Fixed);
}

void RecheckTest::portStillClosed_stillThere()
{
    const quint16 port = HostileServer::closedPort();
    const Diagnosis first = run(options(port));
    const Recheck r = recheck(first, QStringLiteral("network-unreachable"), port);
    QCOMPARE(r.outcome, Recheck::Outcome::StillThere);
    QCOMPARE(causeIds(r.merged), QStringList{QStringLiteral("network-unreachable")});
    QVERIFY(r.newCauses.isEmpty());
}

void RecheckTest::ownProbesSkipped_notTested_causeKept()
{
    // A cause whose probe does not run to a pass now (here: skipped) is not claimed fixed.
    const quint16 port = HostileServer::closedPort();
    const Diagnosis first = run(options(port));
    Diagnosis fresh = first;
    fresh.causes.clear();
    for (ProbeResult &p : fresh.probes)
        if (p.id == QLatin1String("tcp"))
            p.status = ProbeStatus::Skip;
    const Recheck r = mergeRecheck(first, fresh, QStringLiteral("network-unreachable"));
    QCOMPARE(r.outcome, Recheck::Outcome::NotTested);
    QCOMPARE(causeIds(r.merged), QStringList{QStringLiteral("network-unreachable")});
}

QTEST_GUILESS_MAIN(RecheckTest)
#include "tst_recheck.moc"
