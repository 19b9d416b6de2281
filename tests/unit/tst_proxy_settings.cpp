// The proxy Docker's Go HTTP client would use for a registry: HTTPS_PROXY / https_proxy and
// NO_PROXY / no_proxy, with Go's matching rules.
#include "check_context.h"
#include "network/proxy_settings.h"
#include "network/request_proxy.h"
#include "network/proxy_url.h"
#include "standin_bin.h"

#include <QTest>
#include <memory>

using rd::ProxyDecision;
using rd::decideProxy;
using rd::noProxyMatches;

namespace {
const char *const kProxyVariables[] = {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy",
                                       "NO_PROXY",    "no_proxy",    "ALL_PROXY",  "all_proxy"};
}

class TestProxySettings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<rd::test::ScopedEnvironment> m_env;

private slots:
    void init()
    {
        // Every test starts from no proxy variable at all; cleanup() puts the originals back.
        m_env = std::make_unique<rd::test::ScopedEnvironment>();
        for (const char *name : kProxyVariables)
            m_env->unset(name);
    }
    void cleanup() { m_env.reset(); }

    void noProxyMatches_table_data()
    {
        QTest::addColumn<QString>("noProxy");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("matches");

        const QString acr = QStringLiteral("contoso.azurecr.io");
        QTest::newRow("empty list") << "" << acr << 443 << false;
        QTest::newRow("exact host") << "contoso.azurecr.io" << acr << 443 << true;
        QTest::newRow("other host") << "fabrikam.azurecr.io" << acr << 443 << false;
        QTest::newRow("domain suffix") << "azurecr.io" << acr << 443 << true;
        QTest::newRow("domain itself") << "azurecr.io" << "azurecr.io" << 443 << true;
        QTest::newRow("suffix without dot boundary") << "azurecr.io" << "notazurecr.io" << 443 << false;
        QTest::newRow("partial label") << "cr.io" << acr << 443 << false;
        QTest::newRow("host is a suffix of the entry") << "x.contoso.azurecr.io" << acr << 443 << false;
        QTest::newRow("leading dot, subdomain") << ".azurecr.io" << acr << 443 << true;
        // Go: ".y.com" matches "x.y.com" but not "y.com".
        QTest::newRow("leading dot, domain itself") << ".azurecr.io" << "azurecr.io" << 443 << false;
        QTest::newRow("leading dot, no boundary") << ".azurecr.io" << "xazurecr.io" << 443 << false;
        QTest::newRow("star dot, subdomain") << "*.azurecr.io" << acr << 443 << true;
        QTest::newRow("star dot, domain itself") << "*.azurecr.io" << "azurecr.io" << 443 << false;
        QTest::newRow("star") << "*" << acr << 443 << true;
        QTest::newRow("star among others") << "example.com, * ,other" << acr << 8443 << true;
        QTest::newRow("star inside a name is not a wildcard") << "con*.azurecr.io" << acr << 443 << false;
        QTest::newRow("port matches") << "contoso.azurecr.io:443" << acr << 443 << true;
        QTest::newRow("port differs") << "contoso.azurecr.io:5000" << acr << 443 << false;
        QTest::newRow("suffix with port") << ".azurecr.io:443" << acr << 443 << true;
        QTest::newRow("suffix with other port") << "azurecr.io:8443" << acr << 443 << false;
        QTest::newRow("ip exact") << "192.0.2.10" << "192.0.2.10" << 443 << true;
        QTest::newRow("ip other") << "192.0.2.10" << "192.0.2.11" << 443 << false;
        QTest::newRow("ip with port") << "192.0.2.10:5000" << "192.0.2.10" << 5000 << true;
        QTest::newRow("ip with other port") << "192.0.2.10:5000" << "192.0.2.10" << 443 << false;
        QTest::newRow("cidr contains ip") << "192.0.2.0/24" << "192.0.2.200" << 443 << true;
        QTest::newRow("cidr excludes ip") << "192.0.2.0/24" << "198.51.100.1" << 443 << false;
        QTest::newRow("cidr /8") << "10.0.0.0/8" << "10.250.1.2" << 443 << true;
        QTest::newRow("cidr never matches a name") << "10.0.0.0/8" << acr << 443 << false;
        QTest::newRow("ipv6 cidr") << "2001:db8::/32" << "2001:db8::1" << 443 << true;
        QTest::newRow("ipv6 exact") << "2001:db8::1" << "2001:db8::1" << 443 << true;
        QTest::newRow("whitespace around entries") << "  example.com ,\tcontoso.azurecr.io  " << acr << 443 << true;
        QTest::newRow("empty entries") << ",, ,example.com,," << acr << 443 << false;
        QTest::newRow("only separators") << " , , " << acr << 443 << false;
        QTest::newRow("entry upper case") << "CONTOSO.AzureCR.IO" << acr << 443 << true;
        QTest::newRow("host upper case") << "azurecr.io" << "Contoso.AZURECR.io" << 443 << true;
        QTest::newRow("second entry matches") << "localhost,127.0.0.1,.azurecr.io" << acr << 443 << true;
    }

    void noProxyMatches_table()
    {
        QFETCH(QString, noProxy);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, matches);
        QCOMPARE(noProxyMatches(noProxy, host, quint16(port)), matches);
    }

    void noVariables_goDirect()
    {
        const ProxyDecision d = decideProxy(QStringLiteral("contoso.azurecr.io"), 443);
        QVERIFY(!d.useProxy);
        QVERIFY(!d.invalidProxyValue);
        QVERIFY(!d.exemptedByNoProxy);
        QCOMPARE(d.source, QString());
        QCOMPARE(d.proxyUrlForDisplay, QString());
        QCOMPARE(d.noProxy, QString());
    }

#ifdef Q_OS_WIN
    // Windows has one variable whatever its case: https_proxy set is HTTPS_PROXY read, as Go reads it.
    void lowerCaseHttpsProxy_isTheSameVariable_onWindows()
    {
        m_env->set("https_proxy", QByteArray("http://lower.contoso.com:8080"));
        QCOMPARE(qgetenv("HTTPS_PROXY"), QByteArray("http://lower.contoso.com:8080"));
        const ProxyDecision d = decideProxy(QStringLiteral("contoso.azurecr.io"), 443);
        QVERIFY(d.useProxy);
        QCOMPARE(d.source.toUpper(), QStringLiteral("HTTPS_PROXY"));
        QCOMPARE(d.proxy.hostName(), QStringLiteral("lower.contoso.com"));
    }
#else
    // Two variables on Linux and macOS only: on Windows the names are one variable (above).
    void upperCaseHttpsProxy_winsOverLowerCase()
    {
        m_env->set("HTTPS_PROXY", QByteArray("http://upper.contoso.com:3128"));
        m_env->set("https_proxy", QByteArray("http://lower.contoso.com:3128"));
        m_env->set("HTTP_PROXY", QByteArray("http://plain.contoso.com:3128"));
        const ProxyDecision d = decideProxy(QStringLiteral("contoso.azurecr.io"), 443);
        QVERIFY(d.useProxy);
        QCOMPARE(d.source, QStringLiteral("HTTPS_PROXY"));
        QCOMPARE(d.proxy.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(d.proxy.hostName(), QStringLiteral("upper.contoso.com"));
        QCOMPARE(d.proxy.port(), quint16(3128));
        QCOMPARE(d.proxyUrlForDisplay, QStringLiteral("http://upper.contoso.com:3128"));
    }

    void lowerCaseHttpsProxy_usedWhenUpperCaseUnsetOrEmpty()
    {
        m_env->set("HTTPS_PROXY", QByteArray("  "));
        m_env->set("https_proxy", QByteArray("http://lower.contoso.com:8080"));
        m_env->set("HTTP_PROXY", QByteArray("http://plain.contoso.com:3128"));
        const ProxyDecision d = decideProxy(QStringLiteral("contoso.azurecr.io"), 443);
        QVERIFY(d.useProxy);
        QCOMPARE(d.source, QStringLiteral("https_proxy"));
        QCOMPARE(d.proxy.hostName(), QStringLiteral("lower.contoso.com"));
        QCOMPARE(d.proxy.port(), quint16(8080));
    }

#endif

    void httpProxyAlone_isNotUsedForHttpsRegistries()
    {
        // Go (Docker) uses only HTTPS_PROXY / https_proxy for https:// URLs; HTTP_PROXY is for http://.
        m_env->set("HTTP_PROXY", QByteArray("http://plain.contoso.com:3128"));
        m_env->set("http_proxy", QByteArray("http://plain2.contoso.com:3128"));
        const ProxyDecision d = decideProxy(QStringLiteral("contoso.azurecr.io"), 443);
        QVERIFY(!d.useProxy);
        QCOMPARE(d.source, QString());
        QCOMPARE(d.proxyUrlForDisplay, QString());
    }

    void userInfo_isStrippedFromDisplay_butKeptForTheConnection()
    {
        m_env->set("HTTPS_PROXY", QByteArray("http://alice:S3cr3t-pw@proxy.contoso.com:8080"));
        const ProxyDecision d = decideProxy(QStringLiteral("contoso.azurecr.io"), 443);
        QVERIFY(d.useProxy);
        QCOMPARE(d.proxyUrlForDisplay, QStringLiteral("http://proxy.contoso.com:8080"));
        QVERIFY(!d.proxyUrlForDisplay.contains(QLatin1String("S3cr3t")));
        QVERIFY(!d.proxyUrlForDisplay.contains(QLatin1String("alice")));
        QVERIFY(!d.proxyUrlForDisplay.contains(QLatin1Char('@')));
        QCOMPARE(d.proxy.hostName(), QStringLiteral("proxy.contoso.com"));
        QCOMPARE(d.proxy.user(), QStringLiteral("alice"));
        QVERIFY(d.proxy.password() == QLatin1String("S3cr3t-pw"));
    }

    void userInfo_isStrippedEvenWhenExempted()
    {
        m_env->set("HTTPS_PROXY", QByteArray("bob:hunter22@proxy.contoso.com:3128"));
        m_env->set("NO_PROXY", QByteArray(".azurecr.io"));
        const ProxyDecision d = decideProxy(QStringLiteral("contoso.azurecr.io"), 443);
        QVERIFY(!d.useProxy);
        QVERIFY(d.exemptedByNoProxy);
        QVERIFY(!d.proxyUrlForDisplay.contains(QLatin1String("hunter22")));
        QVERIFY(!d.proxyUrlForDisplay.contains(QLatin1String("bob")));
    }

    void valueWithoutScheme_isHttp()
    {
        m_env->set("HTTPS_PROXY", QByteArray("proxy.contoso.com:3128"));
        const ProxyDecision d = decideProxy(QStringLiteral("contoso.azurecr.io"), 443);
        QVERIFY(d.useProxy);
        QCOMPARE(d.proxy.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(d.proxy.hostName(), QStringLiteral("proxy.contoso.com"));
        QCOMPARE(d.proxy.port(), quint16(3128));
        QCOMPARE(d.proxyUrlForDisplay, QStringLiteral("http://proxy.contoso.com:3128"));
    }

    void defaultPorts_followTheScheme()
    {
        m_env->set("HTTPS_PROXY", QByteArray("http://proxy.contoso.com"));
        QCOMPARE(decideProxy(QStringLiteral("contoso.azurecr.io"), 443).proxy.port(), quint16(80));
        m_env->set("HTTPS_PROXY", QByteArray("https://proxy.contoso.com"));
        QCOMPARE(decideProxy(QStringLiteral("contoso.azurecr.io"), 443).proxy.port(), quint16(443));
        m_env->set("HTTPS_PROXY", QByteArray("socks5://proxy.contoso.com"));
        QCOMPARE(decideProxy(QStringLiteral("contoso.azurecr.io"), 443).proxy.port(), quint16(1080));
    }

    void socks5Scheme_givesSocksProxy()
    {
        m_env->set("https_proxy", QByteArray("socks5://127.0.0.1:9050"));
        const ProxyDecision d = decideProxy(QStringLiteral("contoso.azurecr.io"), 443);
        QVERIFY(d.useProxy);
        QCOMPARE(d.proxy.type(), QNetworkProxy::Socks5Proxy);
        QCOMPARE(d.proxy.hostName(), QStringLiteral("127.0.0.1"));
        QCOMPARE(d.proxy.port(), quint16(9050));
        QCOMPARE(d.proxyUrlForDisplay, QStringLiteral("socks5://127.0.0.1:9050"));
#ifdef Q_OS_WIN
        // Windows environment names ignore case: https_proxy is HTTPS_PROXY, found under that name.
        QCOMPARE(d.source.toLower(), QStringLiteral("https_proxy"));
#else
        QCOMPARE(d.source, QStringLiteral("https_proxy"));
#endif
    }

    void invalidValue_isReportedAndNotUsed()
    {
        m_env->set("HTTPS_PROXY", QByteArray("http://:3128"));
        const ProxyDecision d = decideProxy(QStringLiteral("contoso.azurecr.io"), 443);
        QVERIFY(d.invalidProxyValue);
        QVERIFY(!d.useProxy);
        QCOMPARE(d.source, QStringLiteral("HTTPS_PROXY"));
        QCOMPARE(d.proxyUrlForDisplay, QStringLiteral("(invalid)"));
    }

    // Strict parsing: a password with '#', '/', '?' or '@' (unencoded, as people paste it) is the
    // password, never a path or a host; only scheme://host:port is ever shown.
    void proxyUrl_strict_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("display");   // "" = refused
        QTest::addColumn<QString>("user");
        QTest::addColumn<QByteArray>("password");
        QTest::newRow("plain") << "http://proxy.contoso.com:8080" << "http://proxy.contoso.com:8080" << "" << QByteArray();
        QTest::newRow("no scheme, default port") << "Proxy.Contoso.com" << "http://proxy.contoso.com:80" << "" << QByteArray();
        QTest::newRow("trailing slash") << "https://proxy:3128/" << "https://proxy:3128" << "" << QByteArray();
        QTest::newRow("hash in password") << "http://alice:p#ss@proxy:8080" << "http://proxy:8080" << "alice" << QByteArray("p#ss");
        QTest::newRow("slash and query") << "http://alice:a/b?c@proxy:8080" << "http://proxy:8080" << "alice" << QByteArray("a/b?c");
        QTest::newRow("at in password") << "http://alice:p@ss@proxy:8080" << "http://proxy:8080" << "alice" << QByteArray("p@ss");
        QTest::newRow("all of them") << "alice:#/?@x@proxy:8080" << "http://proxy:8080" << "alice" << QByteArray("#/?@x");
        QTest::newRow("percent-encoded") << "http://a%40b:p%23w@proxy:1" << "http://proxy:1" << "a@b" << QByteArray("p#w");
        QTest::newRow("scheme-like password") << "http://u:x://y@proxy:2" << "http://proxy:2" << "u" << QByteArray("x://y");
        QTest::newRow("ipv6") << "http://[::1]:3128" << "http://[::1]:3128" << "" << QByteArray();
        QTest::newRow("socks5h") << "socks5h://127.0.0.1" << "socks5h://127.0.0.1:1080" << "" << QByteArray();
        QTest::newRow("path") << "http://proxy:8080/some/path" << "" << "" << QByteArray();
        QTest::newRow("query") << "http://proxy:8080?x=1" << "" << "" << QByteArray();
        QTest::newRow("unknown scheme") << "ftp://proxy:21" << "" << "" << QByteArray();
        QTest::newRow("port too big") << "http://proxy:65536" << "" << "" << QByteArray();
        QTest::newRow("port not digits") << "http://proxy:80x" << "" << "" << QByteArray();
        QTest::newRow("empty port") << "http://proxy:" << "" << "" << QByteArray();
        QTest::newRow("space in host") << "http://pro xy:80" << "" << "" << QByteArray();
        QTest::newRow("control in host") << "http://pro\x1b]0;x\x07xy:80" << "" << "" << QByteArray();
        QTest::newRow("bad ipv6") << "http://[zz]:80" << "" << "" << QByteArray();
        QTest::newRow("no host") << "http://alice:pw@:80" << "" << "" << QByteArray();
    }

    void proxyUrl_strict()
    {
        QFETCH(QString, value);
        QFETCH(QString, display);
        QFETCH(QString, user);
        QFETCH(QByteArray, password);
        const rd::ProxyUrl u = rd::parseProxyUrl(value);
        QCOMPARE(u.ok, !display.isEmpty());
        QCOMPARE(u.display(), display);
        if (u.ok) {
            QCOMPARE(u.username, user);
            QCOMPARE(u.password.expose(), password);
        } else {
            QVERIFY(!u.problem.isEmpty());
            QVERIFY(!u.problem.contains(QLatin1String("proxy")));
        }
    }

    void passwordWithHash_isNeverShown_andTheProxyHostIsRight()
    {
        m_env->set("HTTPS_PROXY", QByteArray("http://alice:S3c#r/t?@pw@proxy.contoso.com:8080"));
        const ProxyDecision d = decideProxy(QStringLiteral("contoso.azurecr.io"), 443);
        QVERIFY(d.useProxy);
        QCOMPARE(d.proxy.hostName(), QStringLiteral("proxy.contoso.com"));
        QCOMPARE(d.proxy.port(), quint16(8080));
        QCOMPARE(d.proxy.password(), QStringLiteral("S3c#r/t?@pw"));
        QCOMPARE(d.proxyUrlForDisplay, QStringLiteral("http://proxy.contoso.com:8080"));
    }

    void noProxy_exemptsTheRegistry()
    {
        m_env->set("HTTPS_PROXY", QByteArray("http://proxy.contoso.com:3128"));
        m_env->set("NO_PROXY", QByteArray("localhost, .azurecr.io"));
#ifndef Q_OS_WIN // on Windows no_proxy and NO_PROXY are one variable
        m_env->set("no_proxy", QByteArray("ignored.example"));
#endif
        const ProxyDecision d = decideProxy(QStringLiteral("contoso.azurecr.io"), 443);
        QVERIFY(!d.useProxy);
        QVERIFY(d.exemptedByNoProxy);
        QCOMPARE(d.noProxy, QStringLiteral("localhost, .azurecr.io"));
        QCOMPARE(d.source, QStringLiteral("HTTPS_PROXY"));
        QCOMPARE(d.proxyUrlForDisplay, QStringLiteral("http://proxy.contoso.com:3128"));

        // Another registry is not exempted by the same list.
        const ProxyDecision other = decideProxy(QStringLiteral("registry.example.com"), 443);
        QVERIFY(other.useProxy);
        QVERIFY(!other.exemptedByNoProxy);
    }

    // Each request is decided for its own host, as Go decides per URL: the token service, a layer's
    // data host or Google's tokeninfo may be exempted while the registry goes through the proxy.
    void requestProxy_decidedPerHost()
    {
        m_env->set("HTTPS_PROXY", QByteArray("http://proxy.contoso.com:3128"));
        m_env->set("NO_PROXY", QByteArray("oauth2.googleapis.com,.blob.core.windows.net"));
        rd::CheckContext ctx;
        ctx.reference = rd::parseRegistryReference(QStringLiteral("contoso.azurecr.io"));
        // Before the proxy probe decided anything, nothing goes through a proxy.
        QCOMPARE(rd::requestProxy(ctx, QStringLiteral("contoso.azurecr.io"), 443).type(), QNetworkProxy::NoProxy);
        // What the proxy probe keeps: the decision's proxy, or none.
        const auto decideForRegistry = [&ctx] {
            const ProxyDecision d = decideProxy(ctx.reference.host, 443);
            ctx.facts.proxy = d.useProxy ? d.proxy : QNetworkProxy(QNetworkProxy::NoProxy);
        };
        decideForRegistry();
        const QNetworkProxy registry = rd::requestProxy(ctx, QStringLiteral("contoso.azurecr.io"), 443);
        QCOMPARE(registry.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(registry.hostName(), QStringLiteral("proxy.contoso.com"));
        QCOMPARE(rd::requestProxy(ctx, QStringLiteral("oauth2.googleapis.com"), 443).type(), QNetworkProxy::NoProxy);
        QCOMPARE(rd::requestProxy(ctx, QStringLiteral("acct.blob.core.windows.net"), 443).type(), QNetworkProxy::NoProxy);
        QCOMPARE(rd::requestProxy(ctx, QStringLiteral("contoso.westeurope.data.azurecr.io"), 443).hostName(), QStringLiteral("proxy.contoso.com"));

        // The registry exempted, its token service on another host is not.
        m_env->set("NO_PROXY", QByteArray("contoso.azurecr.io"));
        decideForRegistry();
        QCOMPARE(rd::requestProxy(ctx, QStringLiteral("contoso.azurecr.io"), 443).type(), QNetworkProxy::NoProxy);
        QCOMPARE(rd::requestProxy(ctx, QStringLiteral("login.example.com"), 443).hostName(), QStringLiteral("proxy.contoso.com"));

        // Practice and test runs follow only a proxy on this computer, for every host.
        ctx.options.connectTo.insert(QStringLiteral("login.example.com:443"), QStringLiteral("127.0.0.1:1"));
        QCOMPARE(rd::requestProxy(ctx, QStringLiteral("login.example.com"), 443).type(), QNetworkProxy::NoProxy);
        m_env->set("HTTPS_PROXY", QByteArray("http://127.0.0.1:3128"));
        QCOMPARE(rd::requestProxy(ctx, QStringLiteral("login.example.com"), 443).port(), quint16(3128));
    }

    void lowerCaseNoProxy_usedWhenUpperCaseUnset()
    {
        m_env->set("HTTPS_PROXY", QByteArray("http://proxy.contoso.com:3128"));
        m_env->set("no_proxy", QByteArray("contoso.azurecr.io:443"));
        const ProxyDecision d = decideProxy(QStringLiteral("contoso.azurecr.io"), 443);
        QVERIFY(d.exemptedByNoProxy);
        QCOMPARE(d.noProxy, QStringLiteral("contoso.azurecr.io:443"));
        // The port-specific entry does not exempt another port.
        QVERIFY(decideProxy(QStringLiteral("contoso.azurecr.io"), 5000).useProxy);
    }

    // Go's ProxyFromEnvironment: "localhost" and loopback addresses never go through a proxy, whatever
    // NO_PROXY says; a name is not resolved for this.
    void loopback_neverProxied_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("proxied");
        QTest::newRow("localhost") << "localhost" << false;
        QTest::newRow("LOCALHOST") << "LOCALHOST" << false;
        QTest::newRow("127.0.0.1") << "127.0.0.1" << false;
        QTest::newRow("127.1.2.3") << "127.1.2.3" << false;
        QTest::newRow("[::1]") << "[::1]" << false;
        QTest::newRow("::1") << "::1" << false;
        QTest::newRow("a name, even a local-looking one") << "localhost.localdomain" << true;
        QTest::newRow("private address") << "10.0.0.5" << true;
    }
    void loopback_neverProxied()
    {
        QFETCH(QString, host);
        QFETCH(bool, proxied);
        m_env->set("HTTPS_PROXY", QByteArray("http://proxy.contoso.com:3128"));
        const ProxyDecision d = decideProxy(host, 5000);
        QCOMPARE(d.useProxy, proxied);
        QCOMPARE(d.loopbackNeverProxied, !proxied);
        QVERIFY(!d.exemptedByNoProxy);
    }
};

QTEST_GUILESS_MAIN(TestProxySettings)
#include "tst_proxy_settings.moc"
