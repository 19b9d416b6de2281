// The practice registry, driven like a client would: HTTPS on 127.0.0.1 with the login server as
// Host and verify name, the practice CA as the only extra trust, and its DNS responder over UDP.
#include "docker/docker_config.h"
#include "network/dns_client.h"
#include "practice/certificate_factory.h"
#include "practice/practice_registry.h"
#include "registry/jwt.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QNetworkDatagram>
#include <QUdpSocket>
#include <QtTest>

using namespace rd;

namespace {

struct Reply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QSslError> sslErrors;
    QList<QSslCertificate> peerChain;
    qint64 elapsedMs = 0;
    QByteArray header(const char *name) const { return headers.value(QByteArray(name)); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

QByteArray basic(const QString &user, const QByteArray &password)
{
    return "Basic " + (user.toUtf8() + ':' + password).toBase64();
}

Reply send(const PracticeRegistry &registry, const QByteArray &method, const QByteArray &pathAndQuery,
           const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {}, int timeoutMs = 15000)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl::fromEncoded("https://127.0.0.1:" + QByteArray::number(registry.httpsPort()) + pathAndQuery));
    request.setRawHeader("Host", registry.loginServer().toLatin1());
    request.setPeerVerifyName(registry.loginServer());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificate(registry.caCertificate());
    request.setSslConfiguration(ssl);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/x-www-form-urlencoded"));

    Reply out;
    QElapsedTimer clock;
    clock.start();
    // QNAM only skips the body of a real HEAD operation, not of a custom verb spelled HEAD.
    QNetworkReply *reply = method == "HEAD" ? nam.head(request) : nam.sendCustomRequest(request, method, body);
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [&out, reply](const QList<QSslError> &errors) {
        out.sslErrors = errors;
        out.peerChain = reply->sslConfiguration().peerCertificateChain();
    });
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    out.elapsedMs = clock.elapsed();
    if (!reply->isFinished()) {
        reply->abort();
        out.error = QNetworkReply::TimeoutError;
    } else {
        out.error = reply->error();
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (method != "HEAD")
        out.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers.insert(pair.first.toLower(), pair.second);
    delete reply;
    return out;
}

QDateTime parseHttpDate(const QByteArray &value)
{
    QDateTime t = QLocale::c().toDateTime(QString::fromLatin1(value), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    t.setTimeZone(QTimeZone::utc());
    return t;
}

DnsAnswer resolve(const PracticeRegistry &registry, const QString &name)
{
    DnsClient client;
    QSignalSpy spy(&client, &DnsClient::finished);
    client.lookup(name, QHostAddress(QHostAddress::LocalHost), registry.dnsPort(), 4000);
    if (!spy.wait(6000))
        return DnsAnswer();
    return spy.takeFirst().at(0).value<DnsAnswer>();
}

const QString kTokenPath = QStringLiteral("/oauth2/token");

QByteArray tokenQuery(const PracticeRegistry &registry, const QByteArray &scope, const QString &account = QString())
{
    QByteArray q = "/oauth2/token?service=" + QUrl::toPercentEncoding(registry.loginServer()) + "&scope="
                   + QUrl::toPercentEncoding(QString::fromLatin1(scope));
    if (!account.isEmpty())
        q += "&account=" + QUrl::toPercentEncoding(account) + "&client_id=docker&offline_token=true";
    return q;
}

} // namespace

class TestPracticeRegistry : public QObject
{
    Q_OBJECT

private slots:
    void scenarioTable_hasStableIdsAndKnownCauses()
    {
        const QSet<QString> knownCauses{
            QStringLiteral("registry-not-found"), QStringLiteral("network-unreachable"), QStringLiteral("proxy-problem"),
            QStringLiteral("tls-untrusted-certificate"), QStringLiteral("firewall-blocked"), QStringLiteral("private-endpoint-dns"),
            QStringLiteral("throttled"), QStringLiteral("not-a-registry"), QStringLiteral("no-credentials"),
            QStringLiteral("credentials-invalid"), QStringLiteral("username-not-recognized"),
            QStringLiteral("credentials-not-authorized"), QStringLiteral("credentials-expired"), QStringLiteral("clock-skew"),
            QStringLiteral("registry-name-invalid"), QStringLiteral("registry-unavailable"), QStringLiteral("repository-not-found"),
            QStringLiteral("data-endpoint-blocked"), QStringLiteral("plain-http-registry"), QStringLiteral("login-host-mismatch")};
        const QStringList expectedIds{
            QStringLiteral("healthy"), QStringLiteral("basic-auth"), QStringLiteral("wrong-password"), QStringLiteral("unknown-user"),
            QStringLiteral("pull-only-push"), QStringLiteral("expired-token"), QStringLiteral("firewall"), QStringLiteral("throttled"),
            QStringLiteral("untrusted-certificate"), QStringLiteral("slow-server"), QStringLiteral("not-a-registry"),
            QStringLiteral("server-error"), QStringLiteral("clock-skew"), QStringLiteral("registry-not-found"),
            QStringLiteral("private-endpoint"), QStringLiteral("unreachable"), QStringLiteral("typo-in-name"),
            QStringLiteral("ecr-expired-token"), QStringLiteral("ecr-wrong-region"), QStringLiteral("dockerhub-rate-limit"),
            QStringLiteral("dockerhub-pat-required"), QStringLiteral("ghcr-no-read-packages"),
            QStringLiteral("gar-configure-docker-other-region"), QStringLiteral("repository-not-found"),
            QStringLiteral("data-endpoint-blocked"), QStringLiteral("plain-http-registry")};
        const QVector<PracticeScenario> scenarios = practiceScenarios();
        QStringList ids;
        for (const PracticeScenario &s : scenarios) {
            ids << s.id;
            QVERIFY(!s.title.isEmpty());
            QVERIFY(s.description.size() > 40);
            for (const QString &c : s.expectedCauses)
                QVERIFY2(knownCauses.contains(c), qPrintable(c));
            QVERIFY(isPracticeScenario(s.id));
        }
        QCOMPARE(ids, expectedIds);
        QVERIFY(!isPracticeScenario(QStringLiteral("no-such-scenario")));
        QCOMPARE(scenarios.at(0).expectedCauses, QStringList());
        QCOMPARE(scenarios.at(2).expectedCauses, QStringList{QStringLiteral("credentials-invalid")});
    }

    void unknownScenario_startFailsWithReason()
    {
        PracticeRegistry registry;
        QString error;
        QVERIFY(!registry.start(QStringLiteral("nope"), &error));
        QVERIFY(error.contains(QLatin1String("nope")));
        QCOMPARE(registry.httpsPort(), quint16(0));
    }

    void certificateFactory_namesTheServer()
    {
        // The first use loads Qt's TLS backend.
        CertificateRequest warmUp;
        warmUp.commonName = QStringLiteral("Warm-up CA");
        QVERIFY(!CertificateFactory::createCertificateAuthority(warmUp).isNull());
        CertificateRequest caRequest;
        caRequest.commonName = QStringLiteral("Test CA");
        const GeneratedCertificate ca = CertificateFactory::createCertificateAuthority(caRequest);
        CertificateRequest leafRequest;
        leafRequest.commonName = QStringLiteral("contoso.azurecr.io");
        leafRequest.dnsNames = {QStringLiteral("contoso.azurecr.io")};
        leafRequest.ipAddresses = {QHostAddress(QHostAddress::LocalHost)};
        const GeneratedCertificate leaf = CertificateFactory::createServerCertificate(leafRequest, ca);
        QVERIFY(!ca.isNull());
        QVERIFY(!leaf.isNull());
        QCOMPARE(leaf.certificate.issuerInfo(QSslCertificate::CommonName), QStringList{QStringLiteral("Test CA")});
        const auto alt = leaf.certificate.subjectAlternativeNames();
        QCOMPARE(alt.values(QSsl::DnsEntry), QList<QString>{QStringLiteral("contoso.azurecr.io")});
        QCOMPARE(alt.values(QSsl::IpAddressEntry), QList<QString>{QStringLiteral("127.0.0.1")});
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(qAbs(leaf.certificate.effectiveDate().secsTo(now) - 3600) < 60);
        QVERIFY(qAbs(now.secsTo(leaf.certificate.expiryDate()) - 86400) < 60);
        QCOMPARE(leaf.key.algorithm(), QSsl::Ec);
        QCOMPARE(QSslCertificate::verify({leaf.certificate, ca.certificate}, QStringLiteral("contoso.azurecr.io")).size(), 1);
    }

    void healthy_v2WithoutCredentials_answersAcrChallenge()
    {
        PracticeRegistry registry;
        QString error;
        QVERIFY2(registry.start(QStringLiteral("healthy"), &error), qPrintable(error));
        QCOMPARE(registry.loginServer(), QStringLiteral("contoso.azurecr.io"));
        QCOMPARE(registry.caCertificate().subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("Registry Doctor Practice CA")});

        const Reply r = send(registry, "GET", "/v2/");
        QCOMPARE(r.sslErrors.size(), 0);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.header("www-authenticate"),
                 QByteArray("Bearer realm=\"https://contoso.azurecr.io/oauth2/token\",service=\"contoso.azurecr.io\""));
        QCOMPARE(r.header("docker-distribution-api-version"), QByteArray("registry/2.0"));
        QCOMPARE(r.body, QByteArray("{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required, visit "
                                    "https://aka.ms/acr/authorization for more information.\",\"detail\":null}]}"));
        const QDateTime date = parseHttpDate(r.header("date"));
        QVERIFY2(date.isValid(), r.header("date").constData());
        QVERIFY(qAbs(date.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(registry.requestCount(QStringLiteral("/v2/")), 1);
        QCOMPARE(registry.requestCount(kTokenPath), 0);
    }

    void healthy_dockerStyleLogin_grantsPullPushAndOpensTheApi()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("healthy")));
        const CheckOptions o = registry.checkOptions();
        QCOMPARE(o.username, QStringLiteral("contoso"));
        QVERIFY(o.passwordGiven);

        const Reply token = send(registry, "GET", tokenQuery(registry, "repository:hello:pull,push", o.username),
                                 {{"Authorization", basic(o.username, o.password.expose())}});
        QCOMPARE(token.status, 200);
        const QJsonObject body = token.json();
        const QByteArray access = body.value(QStringLiteral("access_token")).toString().toLatin1();
        QVERIFY(looksLikeJwt(access));
        QVERIFY(looksLikeJwt(body.value(QStringLiteral("refresh_token")).toString().toLatin1()));

        const JwtInfo info = decodeJwt(access);
        QVERIFY(info.ok);
        QCOMPARE(info.header.value(QStringLiteral("alg")).toString(), QStringLiteral("HS256"));
        QCOMPARE(info.issuer, QStringLiteral("Azure Container Registry"));
        QCOMPARE(info.audience, QStringLiteral("contoso.azurecr.io"));
        QCOMPARE(info.subject, QStringLiteral("contoso"));
        QCOMPARE(info.claims.value(QStringLiteral("version")).toString(), QStringLiteral("1.0"));
        QVERIFY(!info.claims.value(QStringLiteral("jti")).toString().isEmpty());
        QVERIFY(info.expiresAt && info.issuedAt && info.notBefore);
        QCOMPARE(info.issuedAt->secsTo(*info.expiresAt), qint64(75 * 60));
        QVERIFY(qAbs(info.issuedAt->secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(info.actionsFor(QStringLiteral("repository"), QStringLiteral("hello")),
                 (QStringList{QStringLiteral("pull"), QStringLiteral("push")}));

        const Reply v2 = send(registry, "GET", "/v2/", {{"Authorization", "Bearer " + access}});
        QCOMPARE(v2.status, 200);
        QCOMPARE(v2.body, QByteArray("{}"));
        const Reply tags = send(registry, "GET", "/v2/hello/tags/list", {{"Authorization", "Bearer " + access}});
        QCOMPARE(tags.status, 200);
        QCOMPARE(tags.json().value(QStringLiteral("name")).toString(), QStringLiteral("hello"));
        QCOMPARE(tags.json().value(QStringLiteral("tags")).toArray(), QJsonArray{QStringLiteral("latest")});
        const Reply manifest = send(registry, "HEAD", "/v2/hello/manifests/latest", {{"Authorization", "Bearer " + access}});
        QCOMPARE(manifest.status, 200);
        QCOMPARE(manifest.error, QNetworkReply::NoError);
        QVERIFY(manifest.elapsedMs < 5000);
        QVERIFY(manifest.header("docker-content-digest").startsWith("sha256:"));

        QByteArray tampered = access;
        tampered[tampered.size() - 2] = tampered.at(tampered.size() - 2) == 'A' ? 'B' : 'A';
        const Reply bad = send(registry, "GET", "/v2/", {{"Authorization", "Bearer " + tampered}});
        QCOMPARE(bad.status, 401);
        QVERIFY(bad.header("www-authenticate").contains("error=\"invalid_token\""));
        QCOMPARE(registry.requestCount(kTokenPath), 1);
    }

    void healthy_refreshTokenPost_givesAccessTokenForAskedScope()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("healthy")));
        const CheckOptions o = registry.checkOptions();
        const Reply login = send(registry, "GET", tokenQuery(registry, "repository:hello:pull", o.username),
                                 {{"Authorization", basic(o.username, o.password.expose())}});
        QCOMPARE(login.status, 200);
        const QByteArray refresh = login.json().value(QStringLiteral("refresh_token")).toString().toLatin1();
        QVERIFY(!refresh.isEmpty());

        const QByteArray form = "grant_type=refresh_token&service=contoso.azurecr.io&scope="
                                + QUrl::toPercentEncoding(QStringLiteral("repository:hello:pull")) + "&scope="
                                + QUrl::toPercentEncoding(QStringLiteral("registry:catalog:*")) + "&refresh_token=" + refresh;
        const Reply r = send(registry, "POST", "/oauth2/token", {}, form);
        QCOMPARE(r.status, 200);
        const JwtInfo info = decodeJwt(r.json().value(QStringLiteral("access_token")).toString().toLatin1());
        QVERIFY(info.ok);
        QCOMPARE(info.actionsFor(QStringLiteral("repository"), QStringLiteral("hello")), QStringList{QStringLiteral("pull")});
        QCOMPARE(info.actionsFor(QStringLiteral("registry"), QStringLiteral("catalog")), QStringList{QStringLiteral("*")});
        QCOMPARE(info.grantType, QStringLiteral("refresh_token"));

        const Reply garbage = send(registry, "POST", "/oauth2/token", {},
                                   "grant_type=refresh_token&service=contoso.azurecr.io&refresh_token=abc.def.ghi");
        QCOMPARE(garbage.status, 401);
        QCOMPARE(garbage.json().value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("UNAUTHORIZED"));
    }

    void wrongPassword_tokenEndpoint_refusesWithAuthenticationRequired()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("wrong-password")));
        const CheckOptions o = registry.checkOptions();
        QCOMPARE(o.username, QStringLiteral("contoso"));
        const Reply r = send(registry, "GET", tokenQuery(registry, "repository:hello:pull", o.username),
                             {{"Authorization", basic(o.username, o.password.expose())}});
        QCOMPARE(r.status, 401);
        const QJsonObject e = r.json().value(QStringLiteral("errors")).toArray().at(0).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("UNAUTHORIZED"));
        QCOMPARE(e.value(QStringLiteral("message")).toString(),
                 QStringLiteral("authentication required, visit https://aka.ms/acr/authorization for more information."));
    }

    void unknownUser_emailAddress_isNotRegisteredWithAad()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("unknown-user")));
        const CheckOptions o = registry.checkOptions();
        QVERIFY(o.username.contains(QLatin1Char('@')));
        const Reply r = send(registry, "GET", tokenQuery(registry, "repository:hello:pull", o.username),
                             {{"Authorization", basic(o.username, o.password.expose())}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("message")).toString(),
                 QStringLiteral("Application not registered with AAD."));
    }

    void pullOnlyPush_tokenGrantsPullOnlyAndUploadIsRefused()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("pull-only-push")));
        // The trainee's own choice is kept (issue 13)...
        CheckOptions chosen;
        chosen.repository = QStringLiteral("other");
        chosen.action = QStringLiteral("pull");
        QCOMPARE(registry.checkOptions(chosen).repository, QStringLiteral("other"));
        QCOMPARE(registry.checkOptions(chosen).action, QStringLiteral("pull"));
        // ...and without one, the check is about what the complaint says: pushing to hello.
        const CheckOptions o = registry.checkOptions();
        QCOMPARE(o.action, QStringLiteral("push"));
        QCOMPARE(o.repository, QStringLiteral("hello"));

        const Reply token = send(registry, "GET", tokenQuery(registry, "repository:hello:pull,push", o.username),
                                 {{"Authorization", basic(o.username, o.password.expose())}});
        QCOMPARE(token.status, 200);
        const QByteArray access = token.json().value(QStringLiteral("access_token")).toString().toLatin1();
        const JwtInfo info = decodeJwt(access);
        QCOMPARE(info.actionsFor(QStringLiteral("repository"), QStringLiteral("hello")), QStringList{QStringLiteral("pull")});

        const Reply tags = send(registry, "GET", "/v2/hello/tags/list", {{"Authorization", "Bearer " + access}});
        QCOMPARE(tags.status, 200);
        const Reply upload = send(registry, "POST", "/v2/hello/blobs/uploads/", {{"Authorization", "Bearer " + access}});
        QCOMPARE(upload.status, 401);
        QCOMPARE(upload.header("www-authenticate"),
                 QByteArray("Bearer realm=\"https://contoso.azurecr.io/oauth2/token\",service=\"contoso.azurecr.io\","
                            "scope=\"repository:hello:pull,push\",error=\"insufficient_scope\""));
    }

    void tagsListWithoutPullGrant_isInsufficientScope()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("healthy")));
        const CheckOptions o = registry.checkOptions();
        const Reply token = send(registry, "GET", tokenQuery(registry, "registry:catalog:*"),
                                 {{"Authorization", basic(o.username, o.password.expose())}});
        QCOMPARE(token.status, 200);
        const QByteArray access = token.json().value(QStringLiteral("access_token")).toString().toLatin1();
        const Reply tags = send(registry, "GET", "/v2/hello/tags/list", {{"Authorization", "Bearer " + access}});
        QCOMPARE(tags.status, 401);
        QCOMPARE(tags.header("www-authenticate"),
                 QByteArray("Bearer realm=\"https://contoso.azurecr.io/oauth2/token\",service=\"contoso.azurecr.io\","
                            "scope=\"repository:hello:pull\",error=\"insufficient_scope\""));
    }

    void expiredToken_refreshTokenPasswordExpiredTwoHoursAgoIsRefused()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("expired-token")));
        const CheckOptions o = registry.checkOptions();
        QCOMPARE(o.username, QStringLiteral("00000000-0000-0000-0000-000000000000"));
        const JwtInfo info = decodeJwt(o.password.expose());
        QVERIFY(info.ok);
        QCOMPARE(info.grantType, QStringLiteral("refresh_token"));
        QCOMPARE(info.audience, QStringLiteral("contoso.azurecr.io"));
        QVERIFY(info.expiresAt.has_value());
        const qint64 ago = info.expiresAt->secsTo(QDateTime::currentDateTimeUtc());
        QVERIFY2(ago > 2 * 3600 - 120 && ago < 2 * 3600 + 120, qPrintable(QString::number(ago)));

        const Reply r = send(registry, "GET", tokenQuery(registry, "repository:hello:pull", o.username),
                             {{"Authorization", basic(o.username, o.password.expose())}});
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("UNAUTHORIZED"));
        const QByteArray form = "grant_type=refresh_token&service=contoso.azurecr.io&scope=repository%3Ahello%3Apull&refresh_token="
                                + o.password.expose();
        QCOMPARE(send(registry, "POST", "/oauth2/token", {}, form).status, 401);
    }

    void exchange_acceptsAadTokenAndReturnsUsableRefreshToken()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("healthy")));
        const Reply r = send(registry, "POST", "/oauth2/exchange", {},
                             "grant_type=access_token&service=contoso.azurecr.io&tenant=t&access_token=aad.token.value");
        QCOMPARE(r.status, 200);
        const QByteArray refresh = r.json().value(QStringLiteral("refresh_token")).toString().toLatin1();
        QVERIFY(looksLikeJwt(refresh));
        const Reply token = send(registry, "GET", tokenQuery(registry, "repository:hello:pull"),
                                 {{"Authorization", basic(QStringLiteral("00000000-0000-0000-0000-000000000000"), refresh)}});
        QCOMPARE(token.status, 200);
        QCOMPARE(decodeJwt(token.json().value(QStringLiteral("access_token")).toString().toLatin1())
                     .actionsFor(QStringLiteral("repository"), QStringLiteral("hello")),
                 QStringList{QStringLiteral("pull")});
    }

    void firewall_everyRequestIsDeniedWithClientIp()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("firewall")));
        const QByteArray expected = "{\"errors\":[{\"code\":\"DENIED\",\"message\":\"client with IP '203.0.113.7' is not "
                                    "allowed access. Refer https://aka.ms/acr/firewall to grant access.\"}]}";
        const Reply v2 = send(registry, "GET", "/v2/");
        QCOMPARE(v2.status, 403);
        QCOMPARE(v2.body, expected);
        const Reply token = send(registry, "GET", tokenQuery(registry, "repository:hello:pull"));
        QCOMPARE(token.status, 403);
        QCOMPARE(token.body, expected);
    }

    void throttled_answers429WithRetryAfter()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("throttled")));
        const Reply r = send(registry, "GET", "/v2/");
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("retry-after"), QByteArray("30"));
        QCOMPARE(r.json().value(QStringLiteral("errors")).toArray().at(0).toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("TOOMANYREQUESTS"));
    }

    void untrustedCertificate_failsVerificationAndNamesTheProxyCa()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("untrusted-certificate")));
        const Reply r = send(registry, "GET", "/v2/");
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(r.status, 0);
        QVERIFY(!r.sslErrors.isEmpty());
        bool untrustedIssuer = false;
        for (const QSslError &e : r.sslErrors) {
            untrustedIssuer = untrustedIssuer || e.error() == QSslError::UnableToGetLocalIssuerCertificate
                              || e.error() == QSslError::UnableToVerifyFirstCertificate;
            QVERIFY(e.error() != QSslError::HostNameMismatch);
        }
        QVERIFY(untrustedIssuer);
        QVERIFY(!r.peerChain.isEmpty());
        QCOMPARE(r.peerChain.first().issuerInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("Contoso Web Filter TLS Inspection CA")});
        QCOMPARE(registry.caCertificate().subjectInfo(QSslCertificate::CommonName),
                 QStringList{QStringLiteral("Registry Doctor Practice CA")});
        QCOMPARE(registry.requestCount(QStringLiteral("/v2/")), 0);
    }

    void slowServer_delaysAnswersWithoutBlockingTheEventLoop()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("slow-server")));
        int ticks = 0;
        QTimer ticker;
        QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
        ticker.start(100);
        const Reply r = send(registry, "GET", "/v2/");
        ticker.stop();
        QCOMPARE(r.status, 401);
        QVERIFY2(r.elapsedMs >= 1450, qPrintable(QString::number(r.elapsedMs)));
        QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    }

    void notARegistry_v2IsAnHtml404()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("not-a-registry")));
        const Reply r = send(registry, "GET", "/v2/");
        QCOMPARE(r.status, 404);
        QVERIFY(r.header("content-type").startsWith("text/html"));
        QVERIFY(r.body.contains("<html>"));
        QVERIFY(!r.headers.contains("www-authenticate"));
        QVERIFY(!r.headers.contains("docker-distribution-api-version"));
    }

    void serverError_answers503()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("server-error")));
        QCOMPARE(send(registry, "GET", "/v2/").status, 503);
    }

    void clockSkew_dateAndTokensAreTwoHoursBehind()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("clock-skew")));
        const Reply v2 = send(registry, "GET", "/v2/");
        QCOMPARE(v2.status, 401);
        const qint64 behind = parseHttpDate(v2.header("date")).secsTo(QDateTime::currentDateTimeUtc());
        QVERIFY2(qAbs(behind - 7200) < 120, qPrintable(QString::number(behind)));

        const CheckOptions o = registry.checkOptions();
        const Reply token = send(registry, "GET", tokenQuery(registry, "repository:hello:pull", o.username),
                                 {{"Authorization", basic(o.username, o.password.expose())}});
        QCOMPARE(token.status, 200);
        const QByteArray access = token.json().value(QStringLiteral("access_token")).toString().toLatin1();
        const JwtInfo info = decodeJwt(access);
        QVERIFY(qAbs(info.issuedAt->secsTo(QDateTime::currentDateTimeUtc()) - 7200) < 120);
        QVERIFY(*info.expiresAt < QDateTime::currentDateTimeUtc()); // looks expired on this computer
        // ... but the server, on its own clock, accepts it.
        QCOMPARE(send(registry, "GET", "/v2/", {{"Authorization", "Bearer " + access}}).status, 200);
    }

    void basicAuth_plainRegistryChallengesBasicAndAcceptsRightPassword()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("basic-auth")));
        QCOMPARE(registry.loginServer(), QStringLiteral("registry.example.test"));
        const Reply anonymous = send(registry, "GET", "/v2/");
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.header("www-authenticate"), QByteArray("Basic realm=\"Registry Realm\""));
        const CheckOptions o = registry.checkOptions();
        const Reply ok = send(registry, "GET", "/v2/", {{"Authorization", basic(o.username, o.password.expose())}});
        QCOMPARE(ok.status, 200);
        const Reply wrong = send(registry, "GET", "/v2/", {{"Authorization", basic(o.username, "nope")}});
        QCOMPARE(wrong.status, 401);
        QCOMPARE(send(registry, "GET", tokenQuery(registry, "repository:hello:pull")).status, 404);
    }

    void dns_healthyAnswersAPublicAddressAndNoAaaa()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("healthy")));
        const DnsAnswer a = resolve(registry, QStringLiteral("Contoso.azurecr.io"));
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(a.rcode, 0);
        QVERIFY(!a.nxdomain);
        QVERIFY(!a.timedOut);
        QCOMPARE(a.cnameChain, QStringList());
        QCOMPARE(a.addresses, QList<QHostAddress>{QHostAddress(QStringLiteral("203.0.113.10"))});
        const DnsAnswer other = resolve(registry, QStringLiteral("fabrikam.azurecr.io"));
        QVERIFY(!other.ok);
        QVERIFY(other.nxdomain);
    }

    void dns_registryNotFoundIsNxdomain()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("registry-not-found")));
        const DnsAnswer a = resolve(registry, QStringLiteral("contoso.azurecr.io"));
        QVERIFY(!a.ok);
        QVERIFY(a.nxdomain);
        QCOMPARE(a.rcode, 3);
        QVERIFY(a.addresses.isEmpty());
        QVERIFY(a.error.contains(QLatin1String("NXDOMAIN")));
    }

    void dns_privateEndpointResolvesThroughPrivatelinkToPrivateAddress()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("private-endpoint")));
        const DnsAnswer a = resolve(registry, QStringLiteral("contoso.azurecr.io"));
        QVERIFY2(a.ok, qPrintable(a.error));
        QCOMPARE(a.cnameChain, QStringList{QStringLiteral("contoso.privatelink.azurecr.io")});
        QCOMPARE(a.addresses, QList<QHostAddress>{QHostAddress(QStringLiteral("10.0.0.5"))});
    }

    void dnsClient_silentServerTimesOutAfterRetry()
    {
        QUdpSocket silent;
        QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
        DnsClient client;
        QSignalSpy spy(&client, &DnsClient::finished);
        QElapsedTimer clock;
        clock.start();
        client.lookup(QStringLiteral("contoso.azurecr.io"), QHostAddress(QHostAddress::LocalHost), silent.localPort(), 600);
        QVERIFY(spy.wait(3000));
        const DnsAnswer a = spy.takeFirst().at(0).value<DnsAnswer>();
        QVERIFY(a.timedOut);
        QVERIFY(!a.ok);
        QVERIFY(clock.elapsed() >= 550);
        // Both questions, sent twice.
        int datagrams = 0;
        while (silent.hasPendingDatagrams()) {
            silent.receiveDatagram();
            ++datagrams;
        }
        QCOMPARE(datagrams, 4);
    }

    void checkOptions_neverLeaveLoopback_data()
    {
        QTest::addColumn<QString>("scenario");
        for (const PracticeScenario &s : practiceScenarios())
            QTest::newRow(qPrintable(s.id)) << s.id;
    }

    void checkOptions_neverLeaveLoopback()
    {
        QFETCH(QString, scenario);
        PracticeRegistry registry;
        QVERIFY(registry.start(scenario));
        CheckOptions base;
        base.connectTo.insert(QStringLiteral("evil.example:443"), QStringLiteral("10.0.0.5:443"));
        base.symptoms = {QStringLiteral("docker-login-fails")};
        const CheckOptions o = registry.checkOptions(base);
        QCOMPARE(o.practiceScenario, scenario);
        QCOMPARE(o.symptoms, base.symptoms);
        // The trainee's password, or (Artifact Registry) the Docker config in the home folder the scenario gives.
        const bool ownHome = scenario.startsWith(QLatin1String("gar-"));
        QCOMPARE(o.passwordGiven, !ownHome);
        QCOMPARE(o.password.isEmpty(), ownHome);
        QCOMPARE(o.homeFolder.isEmpty(), !ownHome);
        QVERIFY(o.extraCaCertificates.contains(registry.caCertificate()));
        // The registry, the data endpoint its layer downloads are redirected to, and Docker Hub's token
        // service on its own host; the caller's entry is gone.
        const bool hub = scenario.startsWith(QLatin1String("dockerhub-"));
        QCOMPARE(o.connectTo.size(), hub ? 3 : 2);
        if (hub)
            QVERIFY(o.connectTo.contains(QStringLiteral("auth.docker.io:443")));
        QVERIFY(o.connectTo.contains(registry.loginServer() + QStringLiteral(":443")));
        QVERIFY(o.connectTo.contains(QStringLiteral("contoso.eastus.data.azurecr.io:443")));
        for (auto it = o.connectTo.cbegin(); it != o.connectTo.cend(); ++it) {
            const QStringList parts = it.value().split(QLatin1Char(':'));
            QCOMPARE(parts.size(), 2);
            QVERIFY(QHostAddress(parts.at(0)).isLoopback());
            QVERIFY(parts.at(1).toInt() > 0);
        }
        QCOMPARE(o.dnsServer, QStringLiteral("127.0.0.1:%1").arg(registry.dnsPort()));
        // The misspelt repository is the exercise of that scenario.
        // (GHCR's images are always OWNER/NAME.)
        QCOMPARE(o.repository, scenario == QLatin1String("repository-not-found") ? QStringLiteral("helo")
                               : scenario.startsWith(QLatin1String("ghcr-"))       ? QStringLiteral("contoso/hello")
                               : ownHome                                           ? QStringLiteral("contoso/containers/hello")
                                                                                   : QStringLiteral("hello"));
        QCOMPARE(o.registryInput, scenario == QLatin1String("typo-in-name") ? QStringLiteral("https://Contoso.azurecr.io:443/")
                                                                           : registry.loginServer());
        QCOMPARE(practiceRegistryInput(scenario), o.registryInput); // what the wizard fills in
        const quint16 mapped = quint16(o.connectTo.value(registry.loginServer() + QStringLiteral(":443")).section(QLatin1Char(':'), 1).toInt());
        const bool reachable = scenario != QLatin1String("private-endpoint") && scenario != QLatin1String("unreachable")
                               && scenario != QLatin1String("registry-not-found");
        QCOMPARE(mapped == registry.httpsPort(), reachable);
    }

    void gar_answersAsArtifactRegistry_toAClientWithoutCredentials()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("gar-configure-docker-other-region")));
        QCOMPARE(registry.loginServer(), QStringLiteral("europe-west1-docker.pkg.dev"));
        // /v2/ names only the token service; a repository's path its service and scope too.
        const Reply ping = send(registry, "GET", "/v2/");
        QCOMPARE(ping.status, 401);
        QCOMPARE(ping.header("www-authenticate"), QByteArray("Bearer realm=\"https://europe-west1-docker.pkg.dev/v2/token\""));
        QCOMPARE(ping.body, QByteArray("{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"not authenticated: No credential was supplied.\"}]}"));
        const Reply manifest = send(registry, "HEAD", "/v2/contoso/containers/hello/manifests/latest");
        QCOMPARE(manifest.status, 401);
        QCOMPARE(manifest.header("www-authenticate"),
                 QByteArray("Bearer realm=\"https://europe-west1-docker.pkg.dev/v2/token\",service=\"europe-west1-docker.pkg.dev\","
                            "scope=\"repository:contoso/containers/hello:pull\""));
        // What Docker gets when it follows the challenge with no login to send: 403 DENIED naming the
        // IAM permission and the repository, its location read from the host (the service left empty,
        // as the /v2/ challenge named none).
        const Reply token = send(registry, "GET", "/v2/token?scope=repository%3Acontoso%2Fcontainers%2Fhello%3Apull&service=");
        QCOMPARE(token.status, 403);
        QCOMPARE(token.body,
                 QByteArray("{\"errors\":[{\"code\":\"DENIED\",\"message\":\"Unauthenticated request. Unauthenticated requests do not have "
                            "permission \\\"artifactregistry.repositories.downloadArtifacts\\\" on resource "
                            "\\\"projects/contoso/locations/europe-west1/repositories/containers\\\" (or it may not exist)\"}]}"));
        const Reply push = send(registry, "GET", "/v2/token?scope=repository%3Acontoso%2Fcontainers%2Fhello%3Apull%2Cpush&service=europe-west1-docker.pkg.dev");
        QCOMPARE(push.status, 403);
        QVERIFY(push.body.contains("artifactregistry.repositories.uploadArtifacts"));
    }

    void gar_givesTheTraineesDockerConfig_inAHomeFolderOfItsOwn()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("gar-configure-docker-other-region")));
        const CheckOptions o = registry.checkOptions();
        QVERIFY(!o.homeFolder.isEmpty());
        QVERIFY(QDir(o.homeFolder) != QDir::home());
        // Read as Docker reads it: gcloud's helper for the hosts configure-docker was run for, none for this registry.
        const DockerConfig config = readDockerConfig(QDir(o.homeFolder).filePath(QStringLiteral(".docker/config.json")));
        QVERIFY(config.ok);
        QCOMPARE(config.credHelpers.value(QStringLiteral("us-docker.pkg.dev")), QStringLiteral("gcloud"));
        QCOMPARE(config.credHelpers.value(QStringLiteral("gcr.io")), QStringLiteral("gcloud"));
        QCOMPARE(config.credHelpers.size(), 7);
        QVERIFY(config.helperFor(registry.loginServer()).isEmpty());
        QVERIFY(!config.authFor(registry.loginServer()));
        QCOMPARE(o.signIn, SignInMethod::DockerStored);
        // Gone with the scenario; other scenarios give none.
        registry.stop();
        QVERIFY(!QDir(o.homeFolder).exists());
        QVERIFY(registry.start(QStringLiteral("wrong-password")));
        QVERIFY(registry.checkOptions().homeFolder.isEmpty());
    }

    void unreachable_mappedPortRefusesConnections()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("unreachable")));
        const DnsAnswer a = resolve(registry, registry.loginServer());
        QVERIFY(a.ok);
        const CheckOptions o = registry.checkOptions();
        const quint16 port = quint16(o.connectTo.value(QStringLiteral("contoso.azurecr.io:443")).section(QLatin1Char(':'), 1).toInt());
        QTcpSocket socket;
        QSignalSpy spy(&socket, &QTcpSocket::errorOccurred);
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        // Windows' socket engine may report the refusal inside connectToHost() already.
        QVERIFY(!spy.isEmpty() || spy.wait(5000));
        QCOMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
    }

    void server_keepsAliveAndAnswersPipelinedRequestsInOrder()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("healthy")));
        QSslSocket socket;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificate(registry.caCertificate());
        socket.setSslConfiguration(ssl);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), registry.httpsPort(), registry.loginServer());
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        QVERIFY(encrypted.wait(5000));
        socket.write("GET /v2/ HTTP/1.1\r\nHost: contoso.azurecr.io\r\n\r\n"
                     "GET /nothing HTTP/1.1\r\nHost: contoso.azurecr.io\r\n\r\n");
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll()).count("HTTP/1.1 ") == 2 && received.endsWith("404 page not found\n"), 5000);
        QVERIFY(received.startsWith("HTTP/1.1 401 Unauthorized\r\n"));
        QVERIFY(received.indexOf("HTTP/1.1 404") > received.indexOf("HTTP/1.1 401"));
        QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(registry.requestCount(QStringLiteral("/v2/")), 1);
        QCOMPARE(registry.requestCount(QStringLiteral("/nothing")), 1);
    }

    void server_oversizedHeaderIsRefusedWith431AndClosed()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("healthy")));
        QSslSocket socket;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificate(registry.caCertificate());
        socket.setSslConfiguration(ssl);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), registry.httpsPort(), registry.loginServer());
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        QVERIFY(encrypted.wait(5000));
        socket.write("GET /v2/ HTTP/1.1\r\nX-Big: " + QByteArray(20 * 1024, 'a') + "\r\n\r\n");
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState), 5000);
        QVERIFY(received.startsWith("HTTP/1.1 431 "));
        QCOMPARE(registry.requestCount(QStringLiteral("/v2/")), 0);
    }

    void server_oversizedBodyIsRefusedWith413()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("healthy")));
        QSslSocket socket;
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificate(registry.caCertificate());
        socket.setSslConfiguration(ssl);
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), registry.httpsPort(), registry.loginServer());
        QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
        QVERIFY(encrypted.wait(5000));
        socket.write("POST /oauth2/token HTTP/1.1\r\nHost: contoso.azurecr.io\r\nContent-Length: 100000\r\n\r\n");
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT((received += socket.readAll(), socket.state() == QAbstractSocket::UnconnectedState), 5000);
        QVERIFY(received.startsWith("HTTP/1.1 413 "));
        QCOMPARE(registry.requestCount(kTokenPath), 0);
    }

    void stopAndRestart_servesTheNewScenario()
    {
        PracticeRegistry registry;
        QVERIFY(registry.start(QStringLiteral("throttled")));
        QCOMPARE(send(registry, "GET", "/v2/").status, 429);
        registry.stop();
        QCOMPARE(registry.httpsPort(), quint16(0));
        QVERIFY(registry.start(QStringLiteral("healthy")));
        QCOMPARE(registry.scenarioId(), QStringLiteral("healthy"));
        QCOMPARE(send(registry, "GET", "/v2/").status, 401);
        QCOMPARE(registry.requestCount(QStringLiteral("/v2/")), 1);
    }
};

QTEST_GUILESS_MAIN(TestPracticeRegistry)
#include "tst_practice_registry.moc"
