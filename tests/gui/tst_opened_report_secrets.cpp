// A report from a file never chooses where the user's password goes. The wizard runs a real
// check against a loopback registry (HostileServer, which records whether a request carried an
// Authorization header and its scheme, never the credential): a password typed for one registry,
// then File > Open report naming another, Back, start the check: the wizard asks for the password
// again and the registry receives no credential.
#include "hostile_server.h"
#include "main_window.h"
#include "practice/practice_registry.h"
#include "report/json_report.h"
#include "report/redactor.h"
#include "wizard_model.h"
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace rd;
using rd::test::HostileReply;
using rd::test::HostileServer;

namespace {

const QByteArray kChallenge = R"(Bearer realm="https://contoso.azurecr.io/oauth2/token",service="contoso.azurecr.io")";

int basicRequests(const HostileServer &s)
{
    int n = 0;
    for (const auto &r : s.requests())
        n += r.authorizationScheme == "Basic" ? 1 : 0;
    return n;
}

} // namespace

class OpenedReportSecretsTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void openedReport_forgetsThePassword_andTheCheckAsksForItAgain();
    void passwordTypedForAnotherRegistry_isNeverSent();

private:
    void click(MainWindow &window, const char *button);
    QTemporaryDir m_settings;
    std::unique_ptr<PracticeRegistry> m_dns; // its DNS responder only: contoso.azurecr.io -> 127.0.0.1
};

void OpenedReportSecretsTest::initTestCase()
{
    QVERIFY(m_settings.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    QApplication::setOrganizationName(QStringLiteral("RegistryDoctorTest"));
    for (const char *v : {"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"})
        qunsetenv(v);
    m_dns = std::make_unique<PracticeRegistry>();
    QVERIFY(m_dns->start(QStringLiteral("healthy")));
}

void OpenedReportSecretsTest::click(MainWindow &window, const char *button)
{
    for (QPushButton *b : window.findChildren<QPushButton *>())
        if (b->text() == QString::fromUtf8(button) && b->isVisible() && b->isEnabled()) {
            b->click();
            return;
        }
    QFAIL(qPrintable(QStringLiteral("no enabled button %1").arg(QString::fromUtf8(button))));
}

void OpenedReportSecretsTest::openedReport_forgetsThePassword_andTheCheckAsksForItAgain()
{
    HostileServer registry(HostileServer::Transport::Tls);
    QVERIFY(registry.start());
    registry.route("/v2/", HostileReply::answer(401, {{"WWW-Authenticate", kChallenge}}, "{}"));
    registry.routeAuthorized("/v2/", HostileReply::answer(200, {}, "{}"));
    registry.route("/oauth2/token", HostileReply::answer(200, {}, R"({"access_token":"opaque-token"})"));

    MainWindow window;
    window.model()->adjustCheckOptions = [&](CheckOptions &o) {
        o.connectTo.insert(QStringLiteral("contoso.azurecr.io:443"), registry.address());
        o.dnsServer = QStringLiteral("127.0.0.1:%1").arg(m_dns->dnsPort());
        o.extraCaCertificates = {HostileServer::caCertificate()};
        o.timeoutSeconds = 2;
        o.practiceScenario = QStringLiteral("opened-report-test"); // no local docker/az probes
    };
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Page 1: a user and password for registry A.
    auto *registryEdit = window.findChild<QLineEdit *>(QStringLiteral("registryEdit"));
    auto *usernameEdit = window.findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    auto *passwordEdit = window.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QVERIFY(registryEdit && usernameEdit && passwordEdit);
    registryEdit->setText(QStringLiteral("fabrikam.azurecr.io"));
    window.findChild<QRadioButton *>(QStringLiteral("passwordRadio"))->click();
    usernameEdit->setText(QStringLiteral("alice"));
    passwordEdit->setText(QStringLiteral("Typed-For-Fabrikam-1"));
    window.goTo(MainWindow::SymptomsStep);

    // File > Open report: a report naming registry B (the loopback registry).
    Diagnosis d;
    d.registryInput = d.loginServer = QStringLiteral("contoso.azurecr.io");
    d.startedAt = QDateTime::currentDateTimeUtc();
    ProbeResult p;
    p.id = QStringLiteral("dns");
    p.title = QStringLiteral("DNS");
    d.probes << p;
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("other.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(writeJsonReport(d, Redactor()));
    f.close();
    QVERIFY(window.openReport(f.fileName()));
    QCOMPARE(window.currentStep(), MainWindow::ResultsStep);
    QVERIFY(window.model()->password.isEmpty());
    QVERIFY(window.model()->username.isEmpty());
    QVERIFY(passwordEdit->text().isEmpty());

    // Back, start the check: the wizard asks for the password again; nothing went to B.
    click(window, "&Back");
    QCOMPARE(window.currentStep(), MainWindow::SymptomsStep);
    click(window, "&Start check");
    QTest::qWait(300);
    QCOMPARE(window.currentStep(), MainWindow::RegistryStep);
    QCOMPARE(registryEdit->text(), QStringLiteral("contoso.azurecr.io"));
    QVERIFY(passwordEdit->text().isEmpty());
    QVERIFY(passwordEdit->hasFocus() || !QApplication::focusWidget()); // offscreen: focus without an active window
    QCOMPARE(basicRequests(registry), 0);
    QCOMPARE(registry.requests().size(), 0);

    // Typed again, for B: now it goes there (the test can see a Basic request when one is sent).
    usernameEdit->setText(QStringLiteral("alice"));
    passwordEdit->setText(QStringLiteral("Typed-For-Contoso-2"));
    window.goTo(MainWindow::SymptomsStep);
    click(window, "&Start check");
    QTRY_VERIFY_WITH_TIMEOUT(basicRequests(registry) > 0 && !window.model()->isChecking(), 20000);
    QCOMPARE(basicRequests(registry), 1);
}

void OpenedReportSecretsTest::passwordTypedForAnotherRegistry_isNeverSent()
{
    WizardModel model;
    model.registryText = QStringLiteral("fabrikam.azurecr.io");
    model.signIn = SignInMethod::Password;
    model.setPassword(QStringLiteral("alice"), Secret("Typed-For-Fabrikam-1"));
    QVERIFY(model.checkOptions().passwordGiven);
    QVERIFY(!model.passwordNeeded());
    model.registryText = QStringLiteral("https://contoso.azurecr.io/");
    QVERIFY(!model.checkOptions().passwordGiven);
    QVERIFY(model.checkOptions().password.isEmpty());
    QVERIFY(model.passwordNeeded());
    model.registryText = QStringLiteral("FABRIKAM.azurecr.io:443"); // the same login server
    QVERIFY(model.checkOptions().passwordGiven);
    // A password left empty on purpose is not asked for again.
    model.setPassword(QStringLiteral("alice"), Secret());
    QVERIFY(!model.passwordNeeded());
}

QTEST_MAIN(OpenedReportSecretsTest)
#include "tst_opened_report_secrets.moc"
