// A Google access token's expiry (issue 12): the password of oauth2accesstoken, from
// `gcloud auth print-access-token`, is opaque, so the check asks Google's tokeninfo endpoint
// (POST https://oauth2.googleapis.com/tokeninfo, access_token=TOKEN in the form body). Here an
// Artifact Registry and Google's tokeninfo are loopback HTTPS servers with real certificates, reached
// through the check's host table (connectTo), answering as the real ones do: 200 with "exp" and
// "expires_in" as strings for a live token, 400 {"error": "invalid_token", "error_description":
// "Invalid Value"} for any other. The saved login is in a Docker config in a temporary home folder.
#include "check_context.h"
#include "diagnosis/all_logins_check.h"
#include "diagnosis/check.h"
#include "diagnosis_lookup.h"
#include "hostile_server.h"
#include "practice/practice_registry.h"
#include "report/json_report.h"
#include "report/redactor.h"
#include "report/text_report.h"
#include "standin_bin.h"
#include "test_env.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace rd;
using rd::test::HostileReply;
using rd::test::HostileServer;
using rd::test::causeIds;
using rd::test::findProbe;

namespace {

const QString kHost = QStringLiteral("europe-west1-docker.pkg.dev");
const QByteArray kLiveToken = "ya29.a0Live-Test-Token-0f1e2d3c4b5a";
const QByteArray kDeadToken = "ya29.a0Dead-Test-Token-9a8b7c6d5e4f";
const QByteArray kJson = "application/json; charset=UTF-8";

QByteArray dockerConfig(const QByteArray &user, const QByteArray &password)
{
    return R"({"auths": {")" + kHost.toLatin1() + R"(": {"auth": ")" + (user + ':' + password).toBase64() + R"("}}})";
}

} // namespace

class GoogleTokenExpiryTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void liveToken_expiryFromTokeninfo_inTheCheckAndTheList();
    void deadToken_registryRefuses_credentialsExpired();
    void tokeninfoUnreachable_expiryNotKnown_neverGuessed();
    void serviceAccountKey_tokeninfoNeverAsked();

private:
    CheckOptions options(const QByteArray &user, const QByteArray &password);
    Diagnosis run(const CheckOptions &o);
    QVector<SavedLoginStatus> runAll(const CheckOptions &o);
    void verifyTokenNowhere(const Diagnosis &d, const QByteArray &token);

    std::unique_ptr<rd::test::ScopedEnvironment> m_env;
    std::unique_ptr<PracticeRegistry> m_dns; // answers the registry's name (the GAR scenario's)
    std::unique_ptr<HostileServer> m_registry;
    std::unique_ptr<HostileServer> m_google;
    std::unique_ptr<QTemporaryDir> m_home;
    qint64 m_exp = 0;
};

void GoogleTokenExpiryTest::initTestCase()
{
    m_env = std::make_unique<rd::test::ScopedEnvironment>();
    for (const char *v : {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"})
        m_env->unset(v);
    m_dns = std::make_unique<PracticeRegistry>();
    QVERIFY(m_dns->start(QStringLiteral("gar-configure-docker-other-region")));
    QCOMPARE(m_dns->loginServer(), kHost);
}

void GoogleTokenExpiryTest::cleanupTestCase()
{
    m_dns.reset();
    m_env.reset();
}

void GoogleTokenExpiryTest::init()
{
    // Artifact Registry: /v2/ asks for a Bearer token from /v2/token; the token endpoint gives one to
    // the live token's Basic sign-in only (the server cannot tell them apart, so each case routes it).
    m_registry = std::make_unique<HostileServer>(HostileServer::Transport::Tls, QStringList{kHost});
    QVERIFY(m_registry->start());
    const QByteArray challenge = "Bearer realm=\"https://" + kHost.toLatin1() + "/v2/token\",service=\"" + kHost.toLatin1() + '"';
    m_registry->route("/v2/", HostileReply::answer(401, {{"WWW-Authenticate", challenge}, {"Content-Type", kJson}},
                                                   R"({"errors":[{"code":"UNAUTHORIZED","message":"not authenticated: No credential was supplied."}]})"));
    m_registry->routeAuthorized("/v2/", HostileReply::answer(200, {{"Content-Type", kJson}}, "{}"));
    m_registry->routeAuthorized("/v2/token", HostileReply::answer(200, {{"Content-Type", kJson}}, R"({"token":"registry-token","expires_in":3600})"));

    // Google's tokeninfo: the live token is known for 42 more minutes, anything else is not.
    m_google = std::make_unique<HostileServer>(HostileServer::Transport::Tls, QStringList{QStringLiteral("oauth2.googleapis.com")});
    QVERIFY(m_google->start());
    m_exp = QDateTime::currentSecsSinceEpoch() + 42 * 60;
    m_google->routeForm("/tokeninfo", "access_token=" + QUrl::toPercentEncoding(QString::fromLatin1(kLiveToken)),
                        HostileReply::answer(200, {{"Content-Type", kJson}},
                                             QStringLiteral(R"({"azp":"32555940559.apps.googleusercontent.com","aud":"32555940559.apps.googleusercontent.com",)"
                                                            R"("sub":"104245931582410318386","scope":"https://www.googleapis.com/auth/cloud-platform openid https://www.googleapis.com/auth/userinfo.email",)"
                                                            R"("exp":"%1","expires_in":"2520","email":"dev@contoso.com","email_verified":"true"})")
                                                 .arg(m_exp)
                                                 .toUtf8()));
    m_google->route("/tokeninfo", HostileReply::answer(400, {{"Content-Type", kJson}},
                                                       R"({"error": "invalid_token", "error_description": "Invalid Value"})"));
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

CheckOptions GoogleTokenExpiryTest::options(const QByteArray &user, const QByteArray &password)
{
    if (!rd::test::writeFile(m_home->filePath(QStringLiteral(".docker/config.json")), dockerConfig(user, password)))
        qFatal("cannot write the Docker config");
    CheckOptions o;
    o.registryInput = kHost;
    o.signIn = SignInMethod::DockerStored;
    o.homeFolder = m_home->path();
    o.extraCaCertificates = {HostileServer::caCertificate()};
    o.timeoutSeconds = 3;
    o.connectTo.insert(kHost + QStringLiteral(":443"), m_registry->address());
    o.connectTo.insert(QStringLiteral("oauth2.googleapis.com:443"), m_google->address());
    o.dnsServer = QStringLiteral("127.0.0.1:%1").arg(m_dns->dnsPort());
    o.practiceScenario = QStringLiteral("google-token-expiry"); // no local docker/az probes
    return AllLoginsCheck::savedLoginOptions(o, kHost);
}

Diagnosis GoogleTokenExpiryTest::run(const CheckOptions &o)
{
    Check check(o);
    QSignalSpy done(&check, &Check::finished);
    check.start();
    if (!done.wait(20000)) {
        check.cancel();
        QTest::qFail("the check did not finish", __FILE__, __LINE__);
        return {};
    }
    return check.diagnosis();
}

QVector<SavedLoginStatus> GoogleTokenExpiryTest::runAll(const CheckOptions &o)
{
    AllLoginsCheck all(QVector<CheckOptions>{o});
    QSignalSpy done(&all, &AllLoginsCheck::finished);
    all.start();
    if (!done.wait(20000)) {
        all.cancel();
        QTest::qFail("check --all did not finish", __FILE__, __LINE__);
        return {};
    }
    return all.results();
}

void GoogleTokenExpiryTest::verifyTokenNowhere(const Diagnosis &d, const QByteArray &token)
{
    const Redactor none;
    const QByteArray all = QJsonDocument(diagnosisToJson(d)).toJson() + writeTextReport(d, none, QStringLiteral("bash")).toUtf8();
    QVERIFY2(!all.contains(token) && !all.contains(token.mid(5)), "the access token is in the report");
    // Sent as a form body to Google's tokeninfo only: POST, no query, no Authorization header.
    for (const auto &r : m_google->requests()) {
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.query, QByteArray());
        QVERIFY(!r.hasAuthorization);
        QVERIFY(r.contentType.startsWith("application/x-www-form-urlencoded"));
        QCOMPARE(r.formFieldNames, QList<QByteArray>{"access_token"});
    }
}

void GoogleTokenExpiryTest::liveToken_expiryFromTokeninfo_inTheCheckAndTheList()
{
    const CheckOptions o = options("oauth2accesstoken", kLiveToken);
    const Diagnosis d = run(o);
    const ProbeResult *credentials = findProbe(d, "credentials");
    QVERIFY(credentials);
    QCOMPARE(credentials->status, ProbeStatus::Pass);
    QVERIFY2(credentials->detail.contains(QStringLiteral("expires in")), qPrintable(credentials->detail));
    QCOMPARE(credentials->evidence.value(QStringLiteral("googleTokenInfo")).toString(), QStringLiteral("valid"));
    QCOMPARE(credentials->evidence.value(QStringLiteral("googleTokenExpiresAt")).toString(),
             QDateTime::fromSecsSinceEpoch(m_exp, Qt::UTC).toString(Qt::ISODate));
    QCOMPARE(causeIds(d), QStringList());
    QCOMPARE(m_google->requestsTo("/tokeninfo").size(), 1);
    verifyTokenNowhere(d, kLiveToken);

    // check --all lists when the saved login expires.
    const QVector<SavedLoginStatus> list = runAll(o);
    QCOMPARE(list.size(), 1);
    QVERIFY(list.first().works);
    QVERIFY(list.first().expiresAt);
    QCOMPARE(list.first().expiresAt->toSecsSinceEpoch(), m_exp);
}

void GoogleTokenExpiryTest::deadToken_registryRefuses_credentialsExpired()
{
    m_registry->routeAuthorized("/v2/token", HostileReply::answer(401, {{"Content-Type", kJson}},
                                                                  R"({"errors":[{"code":"UNAUTHORIZED","message":"authentication failed"}]})"));
    const Diagnosis d = run(options("oauth2accesstoken", kDeadToken));
    const ProbeResult *credentials = findProbe(d, "credentials");
    QVERIFY(credentials);
    QCOMPARE(credentials->status, ProbeStatus::Fail);
    QCOMPARE(credentials->evidence.value(QStringLiteral("reason")).toString(), QStringLiteral("expired"));
    QCOMPARE(credentials->evidence.value(QStringLiteral("googleTokenInfo")).toString(), QStringLiteral("invalid-token"));
    QVERIFY2(credentials->detail.contains(QStringLiteral("one hour")), qPrintable(credentials->detail));
    QCOMPARE(causeIds(d).value(0), QStringLiteral("credentials-expired"));
    QVERIFY(!causeIds(d).contains(QStringLiteral("credentials-invalid")));
    verifyTokenNowhere(d, kDeadToken);
}

void GoogleTokenExpiryTest::tokeninfoUnreachable_expiryNotKnown_neverGuessed()
{
    CheckOptions o = options("oauth2accesstoken", kLiveToken);
    o.connectTo.insert(QStringLiteral("oauth2.googleapis.com:443"), QStringLiteral("127.0.0.1:%1").arg(HostileServer::closedPort()));
    Diagnosis d = run(o);
    const ProbeResult *credentials = findProbe(d, "credentials");
    QVERIFY(credentials);
    QCOMPARE(credentials->status, ProbeStatus::Pass);
    QVERIFY2(credentials->detail.contains(QStringLiteral("is not known")), qPrintable(credentials->detail));
    QCOMPARE(credentials->evidence.value(QStringLiteral("googleTokenInfo")).toString(), QStringLiteral("unknown"));
    QVERIFY(!credentials->evidence.contains(QStringLiteral("googleTokenExpiresAt")));
    const QVector<SavedLoginStatus> list = runAll(o);
    QCOMPARE(list.size(), 1);
    QVERIFY(!list.first().expiresAt);

    // Refused while Google could not be asked: a wrong password, not an expired one.
    m_registry->routeAuthorized("/v2/token", HostileReply::answer(401, {{"Content-Type", kJson}},
                                                                  R"({"errors":[{"code":"UNAUTHORIZED","message":"authentication failed"}]})"));
    d = run(o);
    QVERIFY(!causeIds(d).contains(QStringLiteral("credentials-expired")));
    QVERIFY2(findProbe(d, "credentials")->detail.contains(QStringLiteral("is not known")), qPrintable(findProbe(d, "credentials")->detail));
}

void GoogleTokenExpiryTest::serviceAccountKey_tokeninfoNeverAsked()
{
    const Diagnosis d = run(options("_json_key", R"({"type": "service_account", "private_key_id": "k1"})"));
    QCOMPARE(findProbe(d, "credentials")->status, ProbeStatus::Pass);
    QCOMPARE(m_google->requests().size(), 0);
    QVERIFY(!findProbe(d, "credentials")->evidence.contains(QStringLiteral("googleTokenInfo")));
}

QTEST_GUILESS_MAIN(GoogleTokenExpiryTest)
#include "tst_google_token_expiry.moc"
