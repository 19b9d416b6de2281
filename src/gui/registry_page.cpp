#include "registry_page.h"

#include "accessibility.h"
#include "check_options.h"
#include "ui_registry_page.h"
#include "page_style.h"
#include "registry/registry_kind.h"
#include "registry/sign_in_choice.h"
#include "palette_colors.h"
#include "registry/acr_domain_typo.h"
#include "wizard_model.h"
#include "wrapping_check_box.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QFont>
#include <QIcon>
#include <QLineEdit>
#include <QRadioButton>
#include <QTextDocumentFragment>
#include <QStyle>
#include <QToolButton>
#include <QTimer>

// The icons live in rdgui, a static library: make sure its resources are linked in and registered.
static void initGuiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace rd {

namespace {

// A blocking mistake is shown after the typing pauses this long, so half-typed names do not flash
// red; the Next button follows every keystroke.
constexpr int kErrorDelayMs = 500;



} // namespace

RegistryPage::RegistryPage(WizardModel *model, QWidget *parent)
    : WizardPage(model, parent), ui(std::make_unique<Ui::RegistryPage>())
{
    initGuiResources();
    installAccessibility();   // before the password field exists: it must never expose its text
    ui->setupUi(this);
    setMinimumWidth(460);

    // The page scrolls to whatever has the keyboard: the scroll area itself is no tab stop.
    ui->scrollArea->setFocusPolicy(Qt::NoFocus);
    for (QLabel *heading : {ui->headingLabel, ui->signInHeading, ui->repositoryHeading})
        setAccessibleRole(heading, QAccessible::Heading);
    // The questions name their groups of choices (a screen reader says it on entering them).
    setAccessibleRole(ui->signInGroup, QAccessible::Grouping);
    setAccessibleRole(ui->actionGroup, QAccessible::Grouping);
    ui->signInHeading->setBuddy(ui->signInGroup);
    ui->actionLabel->setBuddy(ui->actionGroup);

    m_signInGroup = new QButtonGroup(this);
    m_signInGroup->addButton(ui->azureCliRadio, int(SignInMethod::AzureCli));
    m_signInGroup->addButton(ui->passwordRadio, int(SignInMethod::Password));
    m_signInGroup->addButton(ui->tokenRadio, int(SignInMethod::RepositoryToken));
    m_signInGroup->addButton(ui->dockerRadio, int(SignInMethod::DockerStored));
    m_signInGroup->addButton(ui->azureServiceRadio, int(SignInMethod::AzureService));
    m_actionGroup = new QButtonGroup(this);
    m_actionGroup->addButton(ui->pullRadio);
    m_actionGroup->addButton(ui->pushRadio);

    // No autocomplete, no prediction, no input-method memory for the password.
    ui->passwordEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                                          | Qt::ImhNoAutoUppercase);
    ui->usernameEdit->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    ui->registryEdit->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText | Qt::ImhUrlCharactersOnly);
    ui->repositoryEdit->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);

    ui->feedbackIcon->setFixedSize(16, 16);
    ui->feedbackWidget->hide();
    ui->repositoryHint->setProperty("rdSecondary", true);
    ui->clientHint->setProperty("rdSecondary", true);

    // What the field's feedback says is announced once the typing pauses.
    m_announceTimer = new QTimer(this);
    m_announceTimer->setSingleShot(true);
    m_announceTimer->setInterval(kErrorDelayMs + 200);
    connect(m_announceTimer, &QTimer::timeout, this, &RegistryPage::announceFeedback);

    m_errorTimer = new QTimer(this);
    m_errorTimer->setSingleShot(true);
    m_errorTimer->setInterval(kErrorDelayMs);
    connect(m_errorTimer, &QTimer::timeout, this, [this] { updateFeedback(true); });

    connect(ui->registryEdit, &QLineEdit::textChanged, this, [this] {
        updateFeedback(false);
        m_announceTimer->start();
    });
    connect(ui->registryEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_errorTimer->isActive()) {
            m_errorTimer->stop();
            updateFeedback(true);
        }
    });
    connect(ui->useSuggestionButton, &QPushButton::clicked, this, &RegistryPage::applySuggestion);
    connect(ui->repositoryEdit, &QLineEdit::textChanged, this, &RegistryPage::updateRepositoryHint);
    connect(ui->pushRadio, &QRadioButton::toggled, this, &RegistryPage::updateRepositoryHint);
    connect(m_signInGroup, &QButtonGroup::buttonClicked, this, [this] { m_signInChosen = true; });
    connect(m_signInGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateCredentials();
    });

    connect(ui->registryEdit, &QLineEdit::returnPressed, this, &RegistryPage::onReturnPressed);
    connect(ui->usernameEdit, &QLineEdit::returnPressed, ui->passwordEdit, qOverload<>(&QWidget::setFocus));
    connect(ui->passwordEdit, &QLineEdit::returnPressed, this, &RegistryPage::onReturnPressed);
    connect(ui->repositoryEdit, &QLineEdit::returnPressed, this, &RegistryPage::onReturnPressed);

    // Show the password: for someone who cannot tell what they typed. The field stays a secret
    // field for screen readers and input methods whatever it shows (accessibility.cpp).
    ui->passwordEdit->setProperty("rdSecret", true);
    m_showPassword = new WrappingCheckBox(ui->credentialsWidget);
    m_showPassword->setObjectName(QStringLiteral("showPasswordBox"));
    ui->credentialsLayout->addRow(QString(), m_showPassword);
    setTabOrder(ui->passwordEdit, m_showPassword);
    setTabOrder(m_showPassword, ui->repositoryEdit);
    connect(m_showPassword, &QCheckBox::toggled, this, [this](bool show) {
        ui->passwordEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    // An empty user name or password is refused here, where it is typed, not blamed later.
    m_credentialsProblem = new QLabel(ui->credentialsWidget);
    m_credentialsProblem->setObjectName(QStringLiteral("credentialsProblem"));
    m_credentialsProblem->setWordWrap(true);
    m_credentialsProblem->setTextFormat(Qt::PlainText);
    ui->credentialsLayout->addRow(QString(), m_credentialsProblem);
    connect(ui->usernameEdit, &QLineEdit::textChanged, this, &RegistryPage::updateCredentialsProblem);
    connect(ui->passwordEdit, &QLineEdit::textChanged, this, &RegistryPage::updateCredentialsProblem);

    ui->azureCliRadio->setChecked(true);
    applyStyles();
    retranslate();
    updateCredentials();
}

RegistryPage::~RegistryPage()
{
    // QWidget's destructor hides the focused line edit, which then emits editingFinished after this
    // page is gone: stop listening first (UndefinedBehaviorSanitizer found the call).
    disconnect(ui->registryEdit, nullptr, this, nullptr);
}

QString RegistryPage::stepTitle() const
{
    //: Name of the first step in the side list of steps. Short: one or two words.
    return tr("Registry");
}

SignInMethod RegistryPage::signInMethod() const
{
    const int id = m_signInGroup->checkedId();
    return id < 0 ? SignInMethod::Auto : SignInMethod(id);
}

static bool needsPassword(SignInMethod m)
{
    return m == SignInMethod::Password || m == SignInMethod::RepositoryToken;
}

void RegistryPage::enter()
{
    if (ui->registryEdit->text() != m_model->registryText)
        ui->registryEdit->setText(m_model->registryText);
    if (QAbstractButton *b = m_signInGroup->button(int(m_model->signIn))) {
        b->setChecked(true);
    } else if (QAbstractButton *checked = m_signInGroup->checkedButton()) {
        m_signInGroup->setExclusive(false);
        checked->setChecked(false);
        m_signInGroup->setExclusive(true);
    }
    ui->usernameEdit->setText(m_model->username);
    ui->repositoryEdit->setText(m_model->repository);
    (m_model->action == QLatin1String("push") ? ui->pushRadio : ui->pullRadio)->setChecked(true);
    ui->clientCombo->setCurrentIndex(qMax(0, ui->clientCombo->findData(m_model->clientChoice)));
    updateCredentials();
    // Coming back to the page: show the state of what is there at once.
    if (m_errorTimer->isActive()) {
        m_errorTimer->stop();
        updateFeedback(true);
    }
}

void RegistryPage::leave()
{
    m_model->registryText = ui->registryEdit->text().trimmed();
    m_model->signIn = signInMethod();
    if (needsPassword(m_model->signIn))
        m_model->setPassword(ui->usernameEdit->text().trimmed(), Secret(ui->passwordEdit->text().toUtf8()));
    else
        m_model->setPassword(QString(), Secret());
    m_model->repository = repositoryName();
    m_model->action = ui->pushRadio->isChecked() ? QStringLiteral("push") : QStringLiteral("pull");
    m_model->clientChoice = ui->clientCombo->currentData().toString();
}

bool RegistryPage::canGoNext() const
{
    return m_reference.isUsable() && !m_nameMissing && credentialsProblem().isEmpty();
}

QString RegistryPage::credentialsProblem() const
{
    // Practice mode signs in with the practice registry's own accounts.
    if (!needsPassword(signInMethod()) || !m_model->practiceScenario().isEmpty())
        return QString();
    const bool token = signInMethod() == SignInMethod::RepositoryToken;
    const bool noUser = ui->usernameEdit->text().trimmed().isEmpty();
    const bool noPassword = ui->passwordEdit->text().isEmpty();
    if (noUser && noPassword)
        return token ? tr("Type the token name and the token password: the check needs both.")
                     : tr("Type the user name and the password: the check needs both.");
    if (noUser)
        return token ? tr("Type the token name.") : tr("Type the user name.");
    if (noPassword)
        return token ? tr("Type the token password.") : tr("Type the password.");
    return QString();
}

void RegistryPage::updateCredentialsProblem()
{
    const QString problem = credentialsProblem();
    m_credentialsProblem->setText(problem);
    m_credentialsProblem->setVisible(!problem.isEmpty());
    emit completeChanged();
}

QWidget *RegistryPage::firstFocus()
{
    return ui->registryEdit;
}

void RegistryPage::clearSecret()
{
    // setText() (unlike clear()) also drops the field's undo history.
    ui->passwordEdit->setText(QString());
}

void RegistryPage::askForPassword()
{
    clearSecret();
    if (ui->passwordEdit->isEnabled())
        ui->passwordEdit->setFocus(Qt::OtherFocusReason);
}

QString RegistryPage::repositoryName() const
{
    QString repo = ui->repositoryEdit->text().trimmed();
    const int at = repo.indexOf(QLatin1Char('@'));
    if (at >= 0)
        repo.truncate(at);
    const int colon = repo.lastIndexOf(QLatin1Char(':'));
    if (colon > repo.lastIndexOf(QLatin1Char('/')))
        repo.truncate(colon);
    while (repo.startsWith(QLatin1Char('/')))
        repo.remove(0, 1);
    return repo.toLower();
}

void RegistryPage::retranslate()
{
    ui->retranslateUi(this);
    // The form's own wording of the password choice, ACR's, for when the registry is Azure's again.
    m_acrPasswordTitle = ui->passwordRadio->text();
    m_acrPasswordHint = ui->passwordHint->text();
    // Accessible descriptions: the one-line explanation under each sign-in choice.
    const std::pair<QRadioButton *, QLabel *> choices[] = {
        {ui->azureCliRadio, ui->azureCliHint},     {ui->passwordRadio, ui->passwordHint},
        {ui->tokenRadio, ui->tokenHint},           {ui->dockerRadio, ui->dockerHint},
        {ui->azureServiceRadio, ui->azureServiceHint},
    };
    for (const auto &[radio, hint] : choices)
        radio->setAccessibleDescription(hint->text());
    ui->usernameEdit->setAccessibleDescription(ui->usernameHint->text());
    ui->signInGroup->setAccessibleName(ui->signInHeading->text());
    ui->actionGroup->setAccessibleName(ui->actionLabel->text());
    if (auto *clear = ui->registryEdit->findChild<QToolButton *>())
        clear->setAccessibleName(tr("Clear the registry field"));
    ui->pullRadio->setAccessibleDescription(tr("Check that you may download images"));

    ui->pushRadio->setAccessibleDescription(tr("Check that you may upload images"));
    // The program the user failed with, in their words; the data is the --client value.
    const QString client = ui->clientCombo->currentData().toString();
    ui->clientCombo->clear();
    ui->clientCombo->addItem(tr("I do not know: find out"), QStringLiteral("auto"));
    ui->clientCombo->addItem(tr("Docker (docker login, docker pull)"), QStringLiteral("docker"));
    ui->clientCombo->addItem(tr("Podman, Buildah or Skopeo"), QStringLiteral("podman"));
    ui->clientCombo->addItem(tr("Helm (helm registry login, OCI charts)"), QStringLiteral("helm"));
    ui->clientCombo->setCurrentIndex(qMax(0, ui->clientCombo->findData(client.isEmpty() ? m_model->clientChoice : client)));
    ui->clientCombo->setAccessibleDescription(ui->clientHint->text());
    updateCredentials();
    updateFeedback(true);
    updateRepositoryHint();
}

void RegistryPage::changeEvent(QEvent *event)
{
    WizardPage::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) && !m_styling)
        applyStyles();
}

void RegistryPage::applyStyles()
{
    m_styling = true;
    const PageStyle look = PageStyle::of(this);
    ui->headingLabel->setFont(look.heading);
    ui->signInHeading->setFont(look.subheading);
    ui->repositoryHeading->setFont(look.subheading);
    const QPalette base = palette();
    const QPalette &secondary = look.secondary;
    const QFont &small = look.small;

    // Hints under the sign-in choices line up with the choice's text, not its circle.
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth, nullptr, ui->azureCliRadio)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing, nullptr, ui->azureCliRadio);
    for (QLabel *hint : {ui->azureCliHint, ui->passwordHint, ui->tokenHint, ui->dockerHint, ui->azureServiceHint}) {
        hint->setContentsMargins(indent, 0, 0, 6);
        hint->setPalette(secondary);
        hint->setFont(small);
    }
    for (QLabel *label : {ui->introLabel, ui->usernameHint, ui->passwordNote, ui->repositoryHint, ui->clientHint, ui->feedbackDetails,
                          m_credentialsProblem}) {
        label->setPalette(secondary);
        label->setFont(small);
    }

    // Errors: a red that stays readable on light and on dark windows.
    QPalette error = base;
    const QColor errorText = errorTextColor(base);
    error.setColor(QPalette::WindowText, errorText);
    error.setColor(QPalette::Text, errorText);
    ui->feedbackLabel->setPalette(m_feedbackIsError ? error : base);
    m_errorPalette = error;
    m_styling = false;
}

void RegistryPage::setFeedbackIcon(const QString &resource)
{
    const qreal dpr = devicePixelRatioF();
    QPixmap pm = QIcon(resource).pixmap(QSize(16, 16), dpr);
    ui->feedbackIcon->setPixmap(pm);
}

void RegistryPage::updateFeedback(bool showErrors)
{
    const QString text = ui->registryEdit->text();
    m_reference = parseRegistryReference(text);
    m_suggestion.clear();
    updateCredentials(); // the user name's hint is the registry service's own
    m_nameMissing = false;

    QString main;
    QStringList details;
    QString icon;
    bool error = false;
    if (text.trimmed().isEmpty()) {
        // Nothing typed yet: nothing to say.
    } else if (!m_reference.isUsable()) {
        if (showErrors) {
            error = true;
            icon = QStringLiteral(":/icons/status-fail.svg");
            for (const ReferenceFinding &f : std::as_const(m_reference.findings)) {
                if (!f.blocking)
                    continue;
                if (main.isEmpty()) {
                    main = f.message.toHtmlEscaped();
                    m_suggestion = f.corrected;
                } else {
                    details << f.message.toHtmlEscaped();
                }
            }
            if (main.isEmpty())
                main = tr("This cannot be used as a registry address.").toHtmlEscaped();
        } else {
            m_errorTimer->start();
        }
    } else if (!m_reference.findings.isEmpty() && m_reference.loginServer != text.trimmed()) {
        icon = QStringLiteral(":/icons/status-warn.svg");
        m_suggestion = m_reference.loginServer;
        //: %1 is a registry address, such as myregistry.azurecr.io.
        main = tr("Did you mean %1?").toHtmlEscaped().arg(
            QStringLiteral("<b>%1</b>").arg(m_reference.loginServer.toHtmlEscaped()));
        for (const ReferenceFinding &f : std::as_const(m_reference.findings))
            details << f.message.toHtmlEscaped();
    } else if (const AcrDomainTypo typo = findAcrDomainTypo(m_reference.loginServer); typo.found) {
        // Accepted by the parser, but not an address Azure gives out: say so before the check.
        icon = QStringLiteral(":/icons/status-warn.svg");
        if (typo.nameMissing) {
            m_nameMissing = true;
            main = tr("Type the registry's name before .azurecr.io, for example contoso.azurecr.io.").toHtmlEscaped();
        } else {
            m_suggestion = typo.suggestion;
            main = tr("Did you mean %1?").toHtmlEscaped().arg(QStringLiteral("<b>%1</b>").arg(typo.suggestion.toHtmlEscaped()));
            details << tr("Azure Container Registry addresses end in .azurecr.io (.azurecr.cn and .azurecr.us in the national clouds).").toHtmlEscaped();
        }
    } else {
        // The quickest sign-in for this registry, unless the user chose one.
        if (!m_signInChosen && m_reference.loginServer != m_preferredFor) {
            m_preferredFor = m_reference.loginServer;
            if (QAbstractButton *b = m_signInGroup->button(int(m_model->preferredSignIn(m_reference.loginServer))))
                b->setChecked(true);
        }
        icon = QStringLiteral(":/icons/status-pass.svg");
        // The service recognised from the address ("GitHub Container Registry"), or "registry" for any other.
        const RegistryKindInfo info = registryKindFromHost(m_reference.host);
        //: The kind of registry when the address is not one of a known service. Fills %2 of "%1 (%2)".
        const QString kind = info.kind == RegistryKind::Generic ? tr("registry") : registryKindTitle(info);
        //: %1 is the registry address, %2 its kind ("Azure Container Registry" or "registry").
        main = tr("%1 (%2)").toHtmlEscaped().arg(QStringLiteral("<b>%1</b>").arg(m_reference.loginServer.toHtmlEscaped()),
                                                 kind.toHtmlEscaped());
    }
    if (m_reference.isUsable() || text.trimmed().isEmpty())
        m_errorTimer->stop();

    m_feedbackIsError = error;
    ui->feedbackLabel->setPalette(error ? m_errorPalette : palette());
    ui->feedbackWidget->setVisible(!main.isEmpty());
    ui->feedbackLabel->setText(main);
    ui->feedbackDetails->setText(details.join(QStringLiteral("<br>")));
    ui->feedbackDetails->setVisible(!details.isEmpty());
    if (!icon.isEmpty())
        setFeedbackIcon(icon);
    ui->useSuggestionButton->setVisible(!m_suggestion.isEmpty() && m_suggestion != text.trimmed());
    //: Screen-reader name of the button that replaces what was typed with the corrected address %1.
    ui->useSuggestionButton->setAccessibleName(m_suggestion.isEmpty() ? QString() : tr("Use %1").arg(m_suggestion));
    // A mistake marks the field invalid for a screen reader too (Qt 6.4 has no invalid-entry state:
    // the description says it first).
    const QString plain = feedbackText();
    ui->registryEdit->setAccessibleDescription(
        main.isEmpty() ? tr("The registry's login server, for example myregistry.azurecr.io")
                       : error ? tr("Invalid entry: %1").arg(plain) : plain);

    // An image reference pasted whole: its repository goes to the repository field, unless the
    // user typed one there themselves.
    if (!m_reference.repository.isEmpty()) {
        const QString current = ui->repositoryEdit->text().trimmed();
        if (current.isEmpty() || current == m_autoRepository) {
            m_autoRepository = m_reference.repository;
            ui->repositoryEdit->setText(m_autoRepository);
        }
    }

    emit completeChanged();
}

QString RegistryPage::feedbackText() const
{
    if (!ui->feedbackWidget->isVisibleTo(this))
        return QString();
    QString text = ui->feedbackLabel->text();
    if (ui->feedbackDetails->isVisibleTo(this))
        text += QLatin1Char(' ') + ui->feedbackDetails->text();
    return QTextDocumentFragment::fromHtml(text).toPlainText().simplified();
}

void RegistryPage::announceFeedback()
{
    if (m_errorTimer->isActive()) {   // a mistake is shown (and announced) once the pause is over
        m_announceTimer->start();
        return;
    }
    const QString text = feedbackText();
    if (text.isEmpty() || text == m_announced || !ui->registryEdit->hasFocus())
        return;
    m_announced = text;
    announce(this, m_feedbackIsError ? tr("Invalid entry: %1").arg(text) : text);
}

void RegistryPage::applySuggestion()
{
    if (m_suggestion.isEmpty())
        return;
    ui->registryEdit->setText(m_suggestion);
    ui->registryEdit->setFocus(Qt::OtherFocusReason);
}

void RegistryPage::updateRepositoryHint()
{
    const QString typed = ui->repositoryEdit->text().trimmed();
    const QString used = repositoryName();
    QString hint;
    if (typed.isEmpty()) {
        hint = tr("The repository you push to or pull from, without the registry and without a tag.");
    } else if (typed != used) {
        QStringList why;
        if (typed.contains(QLatin1Char(':')) || typed.contains(QLatin1Char('@')))
            why << tr("the tag is not needed");
        if (typed != typed.toLower())
            why << tr("repository names are lowercase");
        if (why.isEmpty())
            hint = tr("It will be used as \"%1\".").arg(used);
        else
            //: Separator between the reasons in "It will be used as "%1": %2." (Chinese and Japanese use 、).
            hint = tr("It will be used as \"%1\": %2.").arg(used, why.join(tr(", ")));
    } else {
        //: %1 is the repository, for example "team/app".
        hint = ui->pushRadio->isChecked() ? tr("The check looks at whether you may push to \"%1\".").arg(used)
                                          //: %1 is the repository, for example "team/app".
                                          : tr("The check looks at whether you may pull from \"%1\".").arg(used);
    }
    ui->repositoryHint->setText(hint);
}

void RegistryPage::updateSignInChoices()
{
    // Each service offers its own sign-ins: Azure's (az acr login, tokens, an Azure service) only
    // where the registry can be Azure's, and the user name and password in the service's words.
    const RegistryKind kind = registryKindFromHost(m_reference.host).kind;
    const bool azure = registryKindTakesAzureSignIn(kind);
    for (QWidget *w : {static_cast<QWidget *>(ui->azureCliRadio), static_cast<QWidget *>(ui->azureCliHint),
                       static_cast<QWidget *>(ui->tokenRadio), static_cast<QWidget *>(ui->tokenHint),
                       static_cast<QWidget *>(ui->azureServiceRadio), static_cast<QWidget *>(ui->azureServiceHint)})
        w->setVisible(azure);
    const SignInChoiceText own = registryKindPasswordChoice(kind);
    if (!own.title.isEmpty()) {
        ui->passwordRadio->setText(own.title);
        ui->passwordHint->setText(own.hint);
    } else if (!m_acrPasswordTitle.isEmpty() && ui->passwordRadio->text() != m_acrPasswordTitle) {
        ui->passwordRadio->setText(m_acrPasswordTitle);
        ui->passwordHint->setText(m_acrPasswordHint);
    }
    ui->passwordRadio->setAccessibleDescription(ui->passwordHint->text());
    const SignInMethod m = signInMethod();
    if (!azure && (m == SignInMethod::AzureCli || m == SignInMethod::RepositoryToken || m == SignInMethod::AzureService))
        ui->passwordRadio->setChecked(true);
}

void RegistryPage::updateCredentials()
{
    updateSignInChoices();
    const SignInMethod m = signInMethod();
    ui->credentialsWidget->setVisible(needsPassword(m));
    if (m == SignInMethod::RepositoryToken) {
        ui->usernameLabel->setText(tr("To&ken name"));
        ui->usernameHint->setText(tr("The name the token was given when it was created"));
        ui->passwordLabel->setText(tr("Token pass&word"));
        ui->usernameEdit->setAccessibleName(tr("Token name"));
        ui->passwordEdit->setAccessibleName(tr("Token password"));
    } else {
        ui->usernameLabel->setText(tr("&User name"));
        // What the user name and password are for this registry's service, in its words.
        const QString serviceHint = registryKindSignInHint(registryKindFromHost(m_reference.host).kind);
        ui->usernameHint->setText(serviceHint.isEmpty() ? tr("For a service principal: its application (client) ID") : serviceHint);
        ui->passwordLabel->setText(tr("Pass&word"));
        ui->usernameEdit->setAccessibleName(tr("User name"));
        ui->passwordEdit->setAccessibleName(tr("Password"));
    }
    ui->usernameEdit->setAccessibleDescription(ui->usernameHint->text());
    m_showPassword->setText(m == SignInMethod::RepositoryToken ? tr("Show the token password") : tr("Show the password"));
    updateCredentialsProblem();
}

void RegistryPage::onReturnPressed()
{
    if (m_errorTimer->isActive()) {
        m_errorTimer->stop();
        updateFeedback(true);
    }
    if (canGoNext())
        emit nextRequested();
    else
        ui->registryEdit->setFocus(Qt::OtherFocusReason);
}

} // namespace rd
