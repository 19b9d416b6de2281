// The registry page driven with the keyboard and mouse, offscreen: the registry text is checked as
// it is typed, a suggestion can be taken with one click, the sign-in choice shows the fields it
// needs, and the password leaves the page only as a Secret in the model.
#include "check_options.h"
#include "diagnosis/plan.h"
#include "registry_page.h"
#include "wizard_model.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace rd;

namespace {

QLineEdit *edit(QWidget *page, const char *name)
{
    auto *w = page->findChild<QLineEdit *>(QLatin1String(name));
    if (!w)
        qFatal("no line edit %s", name);
    return w;
}

QLabel *label(QWidget *page, const char *name)
{
    auto *w = page->findChild<QLabel *>(QLatin1String(name));
    if (!w)
        qFatal("no label %s", name);
    return w;
}

QString plain(const QString &html)
{
    QString s = html;
    s.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return s;
}

// Every input has a name a screen reader can say: its own accessible name, a label that is its
// buddy, or (for check boxes and radio buttons) its text.
QStringList inputsWithoutName(QWidget *page)
{
    QSet<QWidget *> buddied;
    for (QLabel *l : page->findChildren<QLabel *>()) {
        if (l->buddy() && !l->text().isEmpty())
            buddied.insert(l->buddy());
    }
    QStringList missing;
    QList<QWidget *> inputs;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (qobject_cast<QLineEdit *>(w) || qobject_cast<QCheckBox *>(w) || qobject_cast<QRadioButton *>(w)
            || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QPushButton *>(w))
            inputs << w;
    }
    for (QWidget *w : inputs) {
        if (!w->accessibleName().isEmpty() || buddied.contains(w))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (iface && !iface->text(QAccessible::Name).isEmpty())
            continue;
        missing << w->objectName();
    }
    return missing;
}

void saveShot(QWidget *page, const QString &name)
{
    const QString dir = qEnvironmentVariable("RD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QTest::qWait(100); // let posted layout requests run first
    QVERIFY(page->grab().save(dir + QLatin1Char('/') + name));
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x20, 0x22, 0x26));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Base, QColor(0x16, 0x18, 0x1b));
    p.setColor(QPalette::AlternateBase, QColor(0x2a, 0x2d, 0x32));
    p.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Button, QColor(0x30, 0x33, 0x38));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xfd));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    return p;
}

} // namespace

class TestRegistryPage : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = new WizardModel;
        m_page = new RegistryPage(m_model);
        m_page->resize(760, 560);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
        m_page->enter();
        m_page->firstFocus()->setFocus();
    }
    void cleanup()
    {
        delete m_page;
        delete m_model;
    }

    void stepTitle_andFirstFocus()
    {
        QCOMPARE(m_page->stepTitle(), QStringLiteral("Registry"));
        QCOMPARE(m_page->firstFocus(), edit(m_page, "registryEdit"));
        QCOMPARE(edit(m_page, "registryEdit")->placeholderText(), QStringLiteral("myregistry.azurecr.io"));
        QVERIFY(!m_page->canGoNext());
    }

    void uppercaseName_suggestsLowercaseAndCanGoOn()
    {
        QLineEdit *registry = edit(m_page, "registryEdit");
        QTest::keyClicks(registry, QStringLiteral("Contoso.AzureCR.io"));
        QCOMPARE(m_page->suggestion(), QStringLiteral("contoso.azurecr.io"));
        QVERIFY(m_page->canGoNext());
        QLabel *feedback = label(m_page, "feedbackLabel");
        QVERIFY(feedback->isVisible());
        QCOMPARE(plain(feedback->text()), QStringLiteral("Did you mean contoso.azurecr.io?"));
        auto *use = m_page->findChild<QPushButton *>(QStringLiteral("useSuggestionButton"));
        QVERIFY(use->isVisible());
        QCOMPARE(use->text(), QStringLiteral("Us&e this"));
    }

    void useThis_replacesTheText()
    {
        QLineEdit *registry = edit(m_page, "registryEdit");
        QTest::keyClicks(registry, QStringLiteral("Contoso.AzureCR.io"));
        auto *use = m_page->findChild<QPushButton *>(QStringLiteral("useSuggestionButton"));
        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(registry->text(), QStringLiteral("contoso.azurecr.io"));
        QVERIFY(!use->isVisible());
        QCOMPARE(plain(label(m_page, "feedbackLabel")->text()),
                 QStringLiteral("contoso.azurecr.io (Azure Container Registry)"));
        QVERIFY(m_page->canGoNext());
    }

    void genericRegistry_isNamedRegistry()
    {
        QTest::keyClicks(edit(m_page, "registryEdit"), QStringLiteral("registry.example.com"));
        QCOMPARE(plain(label(m_page, "feedbackLabel")->text()), QStringLiteral("registry.example.com (registry)"));
        QVERIFY(m_page->canGoNext());
    }

    void invalidName_blocksAndShowsTheError()
    {
        QTest::keyClicks(edit(m_page, "registryEdit"), QStringLiteral("my registry!"));
        QVERIFY(!m_page->canGoNext());
        QLabel *feedback = label(m_page, "feedbackLabel");
        // The error appears once the typing pauses.
        QTRY_VERIFY(feedback->isVisible());
        QVERIFY(!plain(feedback->text()).isEmpty());
        QVERIFY(!plain(feedback->text()).startsWith(QLatin1String("Did you mean")));
        // Shown in the error colour, not the normal text colour.
        QVERIFY(feedback->palette().color(QPalette::WindowText) != m_page->palette().color(QPalette::WindowText));
        saveShot(m_page, QStringLiteral("registry_page_error.png"));
    }

    // Issue 13: typos of Azure's domain that the parser accepts got a green tick.
    void acrDomainTypo_warnsAndSuggests_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("suggestion");
        QTest::newRow(".com") << "contoso.azurecr.com" << "contoso.azurecr.io";
        QTest::newRow("azurcr") << "contoso.azurcr.io" << "contoso.azurecr.io";
        QTest::newRow("io.com") << "contoso.azurecr.io.com" << "contoso.azurecr.io";
    }
    void acrDomainTypo_warnsAndSuggests()
    {
        QFETCH(QString, typed);
        QFETCH(QString, suggestion);
        QTest::keyClicks(edit(m_page, "registryEdit"), typed);
        QCOMPARE(m_page->suggestion(), suggestion);
        QCOMPARE(plain(label(m_page, "feedbackLabel")->text()), QStringLiteral("Did you mean %1?").arg(suggestion));
        QVERIFY(label(m_page, "feedbackDetails")->text().contains(QLatin1String(".azurecr.io")));
        auto *use = m_page->findChild<QPushButton *>(QStringLiteral("useSuggestionButton"));
        QVERIFY(use->isVisible());
        QTest::mouseClick(use, Qt::LeftButton);
        QCOMPARE(edit(m_page, "registryEdit")->text(), suggestion);
        QCOMPARE(plain(label(m_page, "feedbackLabel")->text()), QStringLiteral("%1 (Azure Container Registry)").arg(suggestion));
    }

    void domainAlone_asksForTheNameAndBlocks()
    {
        QTest::keyClicks(edit(m_page, "registryEdit"), QStringLiteral(".azurecr.io"));
        QTRY_VERIFY(label(m_page, "feedbackLabel")->isVisible());
        QVERIFY2(plain(label(m_page, "feedbackLabel")->text()).contains(QLatin1String("name")), qPrintable(label(m_page, "feedbackLabel")->text()));
        QVERIFY(!m_page->canGoNext());
    }

    // Issue 13: the fast path by default. What Docker has saved for the registry first, else the
    // method used last; a choice the user made stays.
    void signIn_preselectsDockersSavedLogin_elseTheLastMethod()
    {
        QTemporaryDir docker;
        QFile config(docker.filePath(QStringLiteral("config.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(R"({"auths": {"contoso.azurecr.io": {}}})");
        config.close();
        qputenv("DOCKER_CONFIG", docker.path().toUtf8());
        m_model->lastSignIn = SignInMethod::Password;
        QTest::keyClicks(edit(m_page, "registryEdit"), QStringLiteral("contoso.azurecr.io"));
        QCOMPARE(m_page->signInMethod(), SignInMethod::DockerStored);
        edit(m_page, "registryEdit")->setText(QStringLiteral("fabrikam.azurecr.io"));
        QCOMPARE(m_page->signInMethod(), SignInMethod::Password);
        click(QStringLiteral("tokenRadio"));
        edit(m_page, "registryEdit")->setText(QStringLiteral("contoso.azurecr.io"));
        QCOMPARE(m_page->signInMethod(), SignInMethod::RepositoryToken);
        qunsetenv("DOCKER_CONFIG");
    }

    void signInChoices_areTheServicesOwn_data()
    {
        QTest::addColumn<QString>("registry");
        QTest::addColumn<bool>("azure");      // the Azure-only choices are offered
        QTest::addColumn<QString>("title");   // in the password choice's title
        QTest::addColumn<QString>("hint");    // in its hint
        QTest::newRow("acr") << "contoso.azurecr.io" << true << "service principal" << "docker login";
        QTest::newRow("any other") << "registry.example.com" << true << "service principal" << "docker login";
        QTest::newRow("docker hub") << "docker.io" << false << "Docker ID" << "personal access token";
        QTest::newRow("ghcr") << "ghcr.io" << false << "GitHub login" << "read:packages";
        QTest::newRow("ecr") << "123456789012.dkr.ecr.eu-west-1.amazonaws.com" << false << "aws ecr get-login-password"
                             << "aws ecr get-login-password --region";
        QTest::newRow("artifact registry") << "europe-west1-docker.pkg.dev" << false << "_json_key" << "oauth2accesstoken";
        QTest::newRow("quay") << "quay.io" << false << "robot" << "organization+name";
        QTest::newRow("gitlab") << "registry.gitlab.com" << false << "Deploy token" << "read_registry";
    }
    void signInChoices_areTheServicesOwn()
    {
        QFETCH(QString, registry);
        QFETCH(bool, azure);
        QFETCH(QString, title);
        QFETCH(QString, hint);
        // Azure CLI chosen first: a service without it falls back to its own user name and password.
        click(QStringLiteral("azureCliRadio"));
        QTest::keyClicks(edit(m_page, "registryEdit"), registry);
        for (const char *name : {"azureCliRadio", "tokenRadio", "azureServiceRadio"})
            QCOMPARE(m_page->findChild<QRadioButton *>(QLatin1String(name))->isVisible(), azure);
        QVERIFY(m_page->findChild<QRadioButton *>(QStringLiteral("dockerRadio"))->isVisible());
        auto *password = m_page->findChild<QRadioButton *>(QStringLiteral("passwordRadio"));
        QVERIFY2(password->text().remove(QLatin1Char('&')).contains(title), qPrintable(password->text()));
        QVERIFY2(label(m_page, "passwordHint")->text().contains(hint), qPrintable(label(m_page, "passwordHint")->text()));
        QCOMPARE(password->accessibleDescription(), label(m_page, "passwordHint")->text());
        QCOMPARE(m_page->signInMethod(), azure ? SignInMethod::AzureCli : SignInMethod::Password);
        saveShot(m_page, QStringLiteral("registry_page_sign_in_%1.png").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
        // Back to an Azure registry: its choices and wording return.
        edit(m_page, "registryEdit")->setText(QStringLiteral("contoso.azurecr.io"));
        QVERIFY(m_page->findChild<QRadioButton *>(QStringLiteral("azureCliRadio"))->isVisible());
        QVERIFY(password->text().remove(QLatin1Char('&')).contains(QStringLiteral("service principal")));
    }

    void emptyUserOrPassword_refusedWithAMessage()
    {
        QTest::keyClicks(edit(m_page, "registryEdit"), QStringLiteral("contoso.azurecr.io"));
        QVERIFY(m_page->canGoNext());
        click(QStringLiteral("passwordRadio"));
        QLabel *problem = label(m_page, "credentialsProblem");
        QVERIFY(!m_page->canGoNext());
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), QStringLiteral("Type the user name and the password: the check needs both."));
        QTest::keyClicks(edit(m_page, "usernameEdit"), QStringLiteral("contoso"));
        QVERIFY(!m_page->canGoNext());
        QCOMPARE(problem->text(), QStringLiteral("Type the password."));
        QTest::keyClicks(edit(m_page, "passwordEdit"), QStringLiteral("s3cret"));
        QVERIFY(m_page->canGoNext());
        QVERIFY(!problem->isVisible());
        // Spaces alone are no user name.
        edit(m_page, "usernameEdit")->setText(QStringLiteral("   "));
        QVERIFY(!m_page->canGoNext());
        QCOMPARE(problem->text(), QStringLiteral("Type the user name."));
        click(QStringLiteral("tokenRadio"));
        QCOMPARE(problem->text(), QStringLiteral("Type the token name."));
        click(QStringLiteral("dockerRadio"));
        QVERIFY(m_page->canGoNext());
    }

    void showPassword_showsTheText_butStaysSecretToScreenReaders()
    {
        click(QStringLiteral("passwordRadio"));
        QLineEdit *passwordEdit = edit(m_page, "passwordEdit");
        QTest::keyClicks(passwordEdit, QStringLiteral("s3cret-Value"));
        auto *show = m_page->findChild<QCheckBox *>(QStringLiteral("showPasswordBox"));
        QVERIFY(show && show->isVisible());
        QCOMPARE(show->text(), QStringLiteral("Show the password"));
        show->click();
        QCOMPARE(passwordEdit->echoMode(), QLineEdit::Normal);
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(passwordEdit);
        QVERIFY(a->state().passwordEdit);
        QVERIFY(!a->text(QAccessible::Value).contains(QLatin1String("s3cret")));
        QVERIFY(!a->textInterface());
        show->click();
        QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
    }

    void emptyText_saysNothingAndCannotGoOn()
    {
        QTest::keyClicks(edit(m_page, "registryEdit"), QStringLiteral("x"));
        QTest::keyClick(edit(m_page, "registryEdit"), Qt::Key_Backspace);
        QTest::qWait(600);
        QVERIFY(!m_page->findChild<QWidget *>(QStringLiteral("feedbackWidget"))->isVisible());
        QVERIFY(!m_page->canGoNext());
    }

    void completeChanged_followsTyping()
    {
        QSignalSpy spy(m_page, &WizardPage::completeChanged);
        QTest::keyClicks(edit(m_page, "registryEdit"), QStringLiteral("contoso.azurecr.io"));
        QVERIFY(spy.count() >= 1);
    }

    void passwordChoice_showsFields_andPasswordGoesToModelAsSecret()
    {
        QWidget *credentials = m_page->findChild<QWidget *>(QStringLiteral("credentialsWidget"));
        QVERIFY(!credentials->isVisible());
        auto *password = m_page->findChild<QRadioButton *>(QStringLiteral("passwordRadio"));
        QTest::mouseClick(password, Qt::LeftButton, {}, QPoint(8, password->height() / 2));
        QVERIFY(password->isChecked());
        QVERIFY(credentials->isVisible());
        QCOMPARE(label(m_page, "usernameHint")->text(),
                 QStringLiteral("For a service principal: its application (client) ID"));
        QLineEdit *passwordEdit = edit(m_page, "passwordEdit");
        QCOMPARE(passwordEdit->echoMode(), QLineEdit::Password);
        QVERIFY(passwordEdit->inputMethodHints() & Qt::ImhSensitiveData);

        QTest::keyClicks(edit(m_page, "registryEdit"), QStringLiteral("contoso.azurecr.io"));
        QTest::keyClicks(edit(m_page, "usernameEdit"), QStringLiteral("00000000-aaaa-bbbb-cccc-000000000001"));
        QTest::keyClicks(passwordEdit, QStringLiteral("s3cret-Value"));
        m_page->leave();
        QCOMPARE(m_model->signIn, SignInMethod::Password);
        QCOMPARE(m_model->username, QStringLiteral("00000000-aaaa-bbbb-cccc-000000000001"));
        QVERIFY(m_model->password == Secret(QByteArrayLiteral("s3cret-Value")));
        QCOMPARE(m_model->registryText, QStringLiteral("contoso.azurecr.io"));

        m_page->clearSecret();
        QVERIFY(passwordEdit->text().isEmpty());
        QVERIFY(!passwordEdit->isUndoAvailable());
    }

    void passwordField_exposesItsLengthButNeverItsText()
    {
        click(QStringLiteral("passwordRadio"));
        QLineEdit *passwordEdit = edit(m_page, "passwordEdit");
        QTest::keyClicks(passwordEdit, QStringLiteral("s3cret-Value"));
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(passwordEdit);
        QVERIFY(a);
        // No text interface: Qt's AT-SPI bridge sends no text event for it, nothing reads it back.
        QVERIFY(!a->textInterface());
        QVERIFY(!a->editableTextInterface());
        QVERIFY(a->state().passwordEdit);
        QCOMPARE(a->role(), QAccessible::EditableText);
        QCOMPARE(a->text(QAccessible::Name), QStringLiteral("Password"));
        QVERIFY(a->text(QAccessible::Value).isEmpty());
        QVERIFY(a->text(QAccessible::Description).contains(QLatin1String("12 characters typed")));
        for (int t = QAccessible::Name; t <= QAccessible::Accelerator; ++t)
            QVERIFY(!a->text(QAccessible::Text(t)).contains(QLatin1String("s3cret")));
    }

    void invalidName_isMarkedInvalidAndGroupsAreNamed()
    {
        QTest::keyClicks(edit(m_page, "registryEdit"), QStringLiteral("my registry!"));
        QTRY_VERIFY(edit(m_page, "registryEdit")->accessibleDescription().startsWith(QLatin1String("Invalid entry: ")));
        auto *group = m_page->findChild<QWidget *>(QStringLiteral("signInGroup"));
        QCOMPARE(QAccessible::queryAccessibleInterface(group)->role(), QAccessible::Grouping);
        QCOMPARE(QAccessible::queryAccessibleInterface(group)->text(QAccessible::Name), QStringLiteral("How do you sign in?"));
        QVERIFY(group->isAncestorOf(m_page->findChild<QRadioButton *>(QStringLiteral("azureCliRadio"))));
        auto *action = m_page->findChild<QWidget *>(QStringLiteral("actionGroup"));
        QCOMPARE(QAccessible::queryAccessibleInterface(action)->text(QAccessible::Name), QStringLiteral("I want to"));
        QCOMPARE(m_page->findChild<QWidget *>(QStringLiteral("scrollArea"))->focusPolicy(), Qt::NoFocus);
    }

    void tokenChoice_asksForTokenNameAndPassword()
    {
        click(QStringLiteral("tokenRadio"));
        QVERIFY(m_page->findChild<QWidget *>(QStringLiteral("credentialsWidget"))->isVisible());
        QCOMPARE(label(m_page, "usernameLabel")->text(), QStringLiteral("To&ken name"));
        QCOMPARE(m_page->signInMethod(), SignInMethod::RepositoryToken);
    }

    void methodWithoutPassword_leavesNoSecretInModel()
    {
        click(QStringLiteral("passwordRadio"));
        QTest::keyClicks(edit(m_page, "passwordEdit"), QStringLiteral("typed-then-changed-mind"));
        click(QStringLiteral("dockerRadio"));
        QVERIFY(!m_page->findChild<QWidget *>(QStringLiteral("credentialsWidget"))->isVisible());
        m_page->leave();
        QCOMPARE(m_model->signIn, SignInMethod::DockerStored);
        QVERIFY(m_model->password.isEmpty());
    }

    void imageReference_prefillsRepository()
    {
        QTest::keyClicks(edit(m_page, "registryEdit"), QStringLiteral("contoso.azurecr.io/hello:latest"));
        QCOMPARE(edit(m_page, "repositoryEdit")->text(), QStringLiteral("hello"));
        QCOMPARE(m_page->suggestion(), QStringLiteral("contoso.azurecr.io"));
        QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("useSuggestionButton")), Qt::LeftButton);
        QCOMPARE(edit(m_page, "registryEdit")->text(), QStringLiteral("contoso.azurecr.io"));
        QCOMPARE(edit(m_page, "repositoryEdit")->text(), QStringLiteral("hello"));
        m_page->leave();
        QCOMPARE(m_model->repository, QStringLiteral("hello"));
    }

    void typedRepository_isNotOverwrittenByAPastedImage()
    {
        QTest::keyClicks(edit(m_page, "repositoryEdit"), QStringLiteral("mine"));
        QTest::keyClicks(edit(m_page, "registryEdit"), QStringLiteral("contoso.azurecr.io/hello:latest"));
        QCOMPARE(edit(m_page, "repositoryEdit")->text(), QStringLiteral("mine"));
    }

    void repositoryWithUppercaseAndTag_isNormalisedWithHint()
    {
        QTest::keyClicks(edit(m_page, "repositoryEdit"), QStringLiteral("Team/Hello:1.0"));
        QCOMPARE(m_page->repositoryName(), QStringLiteral("team/hello"));
        const QString hint = label(m_page, "repositoryHint")->text();
        QVERIFY2(hint.contains(QLatin1String("\"team/hello\"")), qPrintable(hint));
        QVERIFY2(hint.contains(QLatin1String("lowercase")), qPrintable(hint));
        QVERIFY2(hint.contains(QLatin1String("tag")), qPrintable(hint));
        click(QStringLiteral("pushRadio"));
        QTest::keyClicks(edit(m_page, "registryEdit"), QStringLiteral("contoso.azurecr.io"));
        m_page->leave();
        QCOMPARE(m_model->repository, QStringLiteral("team/hello"));
        QCOMPARE(m_model->action, QStringLiteral("push"));
    }

    void enter_readsTheAnswersBack()
    {
        m_model->registryText = QStringLiteral("fabrikam.azurecr.io");
        m_model->signIn = SignInMethod::RepositoryToken;
        m_model->username = QStringLiteral("ci-token");
        m_model->repository = QStringLiteral("web");
        m_model->action = QStringLiteral("push");
        m_page->enter();
        QCOMPARE(edit(m_page, "registryEdit")->text(), QStringLiteral("fabrikam.azurecr.io"));
        QCOMPARE(m_page->signInMethod(), SignInMethod::RepositoryToken);
        QCOMPARE(edit(m_page, "usernameEdit")->text(), QStringLiteral("ci-token"));
        QCOMPARE(edit(m_page, "repositoryEdit")->text(), QStringLiteral("web"));
        QVERIFY(m_page->findChild<QRadioButton *>(QStringLiteral("pushRadio"))->isChecked());
        // The password is never read back: the page asks for it before going on.
        QVERIFY(!m_page->canGoNext());
        QCOMPARE(m_page->credentialsProblem(), QStringLiteral("Type the token password."));
        QTest::keyClicks(edit(m_page, "passwordEdit"), QStringLiteral("t0ken-Pass"));
        QVERIFY(m_page->canGoNext());
    }

    void clientChoice_reachesTheCheckOptionsAndThePlan()
    {
        auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("clientCombo"));
        QVERIFY(combo);
        QTest::keyClicks(edit(m_page, "registryEdit"), QStringLiteral("contoso.azurecr.io"));
        click(QStringLiteral("passwordRadio"));
        QTest::keyClicks(edit(m_page, "usernameEdit"), QStringLiteral("ann"));
        QTest::keyClicks(edit(m_page, "passwordEdit"), QStringLiteral("pw"));
        // Chosen with the keyboard, as a user would: the list starts at "find out".
        QCOMPARE(combo->currentData().toString(), QStringLiteral("auto"));
        const auto choose = [&](const QString &client) {
            combo->setFocus();
            QTest::keyClick(combo, Qt::Key_Home);
            while (combo->currentData().toString() != client && combo->currentIndex() < combo->count() - 1)
                QTest::keyClick(combo, Qt::Key_Down);
            m_page->leave();
            return m_model->checkOptions();
        };
        CheckOptions o = choose(QStringLiteral("docker"));
        QCOMPARE(m_model->clientChoice, QStringLiteral("docker"));
        QCOMPARE(o.client, RegistryClient::Docker);
        QVERIFY(planProbes(o).contains(QStringLiteral("docker-daemon")));
        o = choose(QStringLiteral("podman"));
        QCOMPARE(m_model->clientChoice, QStringLiteral("podman"));
        QCOMPARE(o.client, RegistryClient::Podman);
        QVERIFY(!planProbes(o).contains(QStringLiteral("docker-daemon")));
        o = choose(QStringLiteral("helm"));
        QCOMPARE(m_model->clientChoice, QStringLiteral("helm"));
        QCOMPARE(o.client, RegistryClient::Helm);
        QVERIFY(!planProbes(o).contains(QStringLiteral("docker-daemon")));
        // Read back on entering the page again, and kept across a language change.
        m_model->clientChoice = QStringLiteral("podman");
        m_page->enter();
        QCOMPARE(combo->currentData().toString(), QStringLiteral("podman"));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(m_page, &change);
        QCOMPARE(combo->currentData().toString(), QStringLiteral("podman"));
        QCOMPARE(combo->count(), 4);
    }

    void enterInRegistryField_requestsNextOnlyWhenValid()
    {
        QSignalSpy next(m_page, &WizardPage::nextRequested);
        QLineEdit *registry = edit(m_page, "registryEdit");
        QTest::keyClicks(registry, QStringLiteral("my registry!"));
        QTest::keyClick(registry, Qt::Key_Return);
        QCOMPARE(next.count(), 0);
        // The mistake is shown at once when Enter is pressed.
        QVERIFY(label(m_page, "feedbackLabel")->isVisible());
        registry->setText(QString());
        QTest::keyClicks(registry, QStringLiteral("contoso.azurecr.io"));
        QTest::keyClick(registry, Qt::Key_Return);
        QCOMPARE(next.count(), 1);
    }

    void languageChange_keepsTextsAndFeedback()
    {
        QTest::keyClicks(edit(m_page, "registryEdit"), QStringLiteral("Contoso.AzureCR.io"));
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(m_page, &change);
        QVERIFY(!label(m_page, "headingLabel")->text().isEmpty());
        QCOMPARE(label(m_page, "headingLabel")->text(), QStringLiteral("Which registry do you want to reach?"));
        QCOMPARE(plain(label(m_page, "feedbackLabel")->text()), QStringLiteral("Did you mean contoso.azurecr.io?"));
        QVERIFY(!m_page->findChild<QRadioButton *>(QStringLiteral("azureCliRadio"))->text().isEmpty());
        QVERIFY(!m_page->findChild<QRadioButton *>(QStringLiteral("passwordRadio"))->accessibleDescription().isEmpty());
    }

    void everyInputHasAnAccessibleName()
    {
        click(QStringLiteral("passwordRadio"));
        QTest::keyClicks(edit(m_page, "registryEdit"), QStringLiteral("Contoso.AzureCR.io"));
        const QStringList missing = inputsWithoutName(m_page);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
        for (QLineEdit *e : m_page->findChildren<QLineEdit *>()) {
            if (e->objectName().startsWith(QLatin1String("qt_")))
                continue;
            QVERIFY2(!e->accessibleName().isEmpty(), qPrintable(e->objectName()));
            QVERIFY2(!e->accessibleDescription().isEmpty(), qPrintable(e->objectName()));
        }
    }

    void tabOrder_followsThePage()
    {
        QTest::keyClicks(edit(m_page, "registryEdit"), QStringLiteral("Contoso.AzureCR.io"));
        click(QStringLiteral("passwordRadio"));
        edit(m_page, "registryEdit")->setFocus();
        QStringList order;
        for (int i = 0; i < 8; ++i) {
            order << QApplication::focusWidget()->objectName();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(order, (QStringList{QStringLiteral("registryEdit"), QStringLiteral("useSuggestionButton"),
                                     QStringLiteral("passwordRadio"), QStringLiteral("usernameEdit"),
                                     QStringLiteral("passwordEdit"), QStringLiteral("showPasswordBox"), QStringLiteral("repositoryEdit"),
                                     QStringLiteral("pullRadio")}));
    }

    void screenshots()
    {
        QTest::keyClicks(edit(m_page, "registryEdit"), QStringLiteral("Contoso.AzureCR.io"));
        click(QStringLiteral("passwordRadio"));
        saveShot(m_page, QStringLiteral("registry_page.png"));
        m_page->setPalette(darkPalette());
        QTest::qWait(50);
        // Secondary text stays readable on the dark window: lighter than the window, by a margin.
        const QColor hint = label(m_page, "azureCliHint")->palette().color(QPalette::WindowText);
        QVERIFY(hint.lightness() - m_page->palette().color(QPalette::Window).lightness() > 100);
        saveShot(m_page, QStringLiteral("registry_page_dark.png"));
    }

private:
    // A radio button only takes clicks on its circle and text, not on the empty rest of its row.
    void click(const QString &name)
    {
        auto *radio = m_page->findChild<QRadioButton *>(name);
        QVERIFY2(radio, qPrintable(name));
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(8, radio->height() / 2));
    }

    WizardModel *m_model = nullptr;
    RegistryPage *m_page = nullptr;
};

QTEST_MAIN(TestRegistryPage)
#include "tst_registry_page.moc"
