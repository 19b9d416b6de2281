// Full checks through a proxy on loopback: one that tunnels (the whole check must work through
// it), one that wants its own sign-in (407), and one address where nothing listens.
#include "diagnosis/check.h"
#include "practice/practice_registry.h"
#include "practice/refusing_port.h"
#include "standin_bin.h"
#include "test_proxy.h"
#include <QSignalSpy>
#include <QtTest>

using namespace rd;
using rd::test::ScopedEnvironment;
using rd::test::TestHttpProxy;

class ProxyCheckTest : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void tunnellingProxy_carriesTheWholeCheck_noProblem();
    void proxyWantsItsOwnSignIn_proxyProblem();
    void nothingListensAtProxyAddress_proxyProblem();
    void noProxyExemptsRegistry_goesDirect_proxyUnused();

private:
    Diagnosis check(QStringList *causes);
    std::unique_ptr<ScopedEnvironment> m_env;
    std::unique_ptr<PracticeRegistry> m_registry;
};

void ProxyCheckTest::init()
{
    m_env = std::make_unique<ScopedEnvironment>();
    for (const char *v : {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "NO_PROXY", "no_proxy"})
        m_env->unset(v);
    m_registry = std::make_unique<PracticeRegistry>();
    QVERIFY(m_registry->start(QStringLiteral("healthy")));
}

void ProxyCheckTest::cleanup()
{
    m_registry.reset();
    m_env.reset();
}

Diagnosis ProxyCheckTest::check(QStringList *causes)
{
    CheckOptions base;
    base.repository = QStringLiteral("hello");
    Check c(m_registry->checkOptions(base));
    QSignalSpy done(&c, &Check::finished);
    c.start();
    if (!done.wait(30000))
        return {};
    const Diagnosis d = c.diagnosis();
    for (const Cause &cause : d.causes)
        *causes << cause.id;
    return d;
}

void ProxyCheckTest::tunnellingProxy_carriesTheWholeCheck_noProblem()
{
    TestHttpProxy proxy(TestHttpProxy::Mode::Tunnel);
    QVERIFY(proxy.listen());
    m_env->set("HTTPS_PROXY", proxy.url().toUtf8());
    QStringList causes;
    const Diagnosis d = check(&causes);
    QCOMPARE(causes, QStringList());
    // TLS probe, /v2/, token, verification, tags: every connection went through the proxy.
    QVERIFY2(proxy.connectTargets().size() >= 2, qPrintable(proxy.connectTargets().join(QLatin1Char(','))));
    for (const ProbeResult &p : d.probes) {
        if (p.id == QLatin1String("tcp"))
            QCOMPARE(p.evidence.value(QStringLiteral("viaProxy")).toBool(), true);
        if (p.id == QLatin1String("permissions"))
            QCOMPARE(p.status, ProbeStatus::Pass);
    }
}

void ProxyCheckTest::proxyWantsItsOwnSignIn_proxyProblem()
{
    TestHttpProxy proxy(TestHttpProxy::Mode::RequireAuthentication);
    QVERIFY(proxy.listen());
    m_env->set("HTTPS_PROXY", proxy.url().toUtf8());
    QStringList causes;
    check(&causes);
    QCOMPARE(causes, QStringList{QStringLiteral("proxy-problem")});
}

void ProxyCheckTest::nothingListensAtProxyAddress_proxyProblem()
{
    const RefusingPort closed;
    QVERIFY(closed.port() != 0);
    m_env->set("https_proxy", QStringLiteral("http://127.0.0.1:%1").arg(closed.port()).toUtf8());
    QStringList causes;
    const Diagnosis d = check(&causes);
    QCOMPARE(causes, QStringList{QStringLiteral("proxy-problem")});
    QVERIFY(d.causes.first().evidence.join(QLatin1Char(' ')).contains(QStringLiteral("proxy")));
}

void ProxyCheckTest::noProxyExemptsRegistry_goesDirect_proxyUnused()
{
    TestHttpProxy proxy(TestHttpProxy::Mode::RequireAuthentication);
    QVERIFY(proxy.listen());
    m_env->set("HTTPS_PROXY", proxy.url().toUtf8());
    m_env->set("NO_PROXY", QByteArray("localhost,.azurecr.io"));
    QStringList causes;
    check(&causes);
    QCOMPARE(causes, QStringList());
    QCOMPARE(proxy.connectTargets(), QStringList());
}

QTEST_GUILESS_MAIN(ProxyCheckTest)
#include "tst_proxy_check.moc"
