#include "symptoms_page.h"

#include "accessibility.h"
#include "diagnosis/cause_catalog.h"
#include "diagnosis/symptom_catalog.h"
#include "registry/registry_kind.h"
#include "registry/registry_reference.h"
#include "ui_symptoms_page.h"
#include "page_style.h"
#include "palette_colors.h"
#include "wizard_model.h"
#include "wrapping_check_box.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QFontDatabase>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QTimer>

static void initGuiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace rd {

namespace {

// Recognition runs once the pasting or typing pauses this long.
constexpr int kDebounceMs = 250;


// The login server a registry name stands for, to compare two spellings of the same registry.
QString loginServerOf(const QString &text)
{
    const RegistryReference ref = parseRegistryReference(text);
    return ref.isUsable() ? ref.loginServer : text.trimmed().toLower();
}

} // namespace

SymptomsPage::SymptomsPage(WizardModel *model, QWidget *parent)
    : WizardPage(model, parent), ui(std::make_unique<Ui::SymptomsPage>())
{
    initGuiResources();
    ui->setupUi(this);
    setMinimumWidth(460);
    ui->scrollArea->setFocusPolicy(Qt::NoFocus);   // the page scrolls to whatever has the keyboard
    for (QLabel *heading : {ui->headingLabel, ui->listHeading})
        setAccessibleRole(heading, QAccessible::Heading);
    setAccessibleRole(ui->symptomsGroup, QAccessible::Grouping);
    ui->listHeading->setBuddy(ui->symptomsGroup);

    ui->recognitionBox->setAutoFillBackground(true);
    ui->recognitionBox->hide();
    ui->recognitionIcon->setFixedSize(16, 16);
    ui->recognitionIcon->setPixmap(QIcon(QStringLiteral(":/icons/status-warn.svg")).pixmap(QSize(16, 16), devicePixelRatioF()));

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &SymptomsPage::recognizeNow);
    connect(ui->pasteEdit, &QPlainTextEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(ui->checkEverythingBox, &QCheckBox::toggled, this, &SymptomsPage::onCheckEverythingToggled);
    connect(ui->useRegistryButton, &QPushButton::clicked, this, &SymptomsPage::useRecognizedRegistry);

    // A help-desk case number goes into the report (optional), under the pasted message.
    m_caseLabel = new QLabel(this);
    m_caseLabel->setObjectName(QStringLiteral("caseNumberLabel"));
    m_caseLabel->setWordWrap(true);
    m_caseEdit = new QLineEdit(this);
    m_caseEdit->setObjectName(QStringLiteral("caseNumberEdit"));
    m_caseEdit->setMaxLength(100);
    m_caseLabel->setBuddy(m_caseEdit);
    if (auto *column = qobject_cast<QBoxLayout *>(ui->recognitionBox->parentWidget()->layout())) {
        const int at = column->indexOf(ui->recognitionBox) + 1;
        column->insertWidget(at, m_caseLabel);
        column->insertWidget(at + 1, m_caseEdit);
    }
    setTabOrder(ui->pasteEdit, m_caseEdit);

    buildSymptoms();
    applyStyles();
    retranslate();
}

SymptomsPage::~SymptomsPage() = default;

QString SymptomsPage::stepTitle() const
{
    //: Name of the second step in the side list of steps (the symptoms: what goes wrong). Short.
    return tr("What happens");
}

QString SymptomsPage::nextText() const
{
    return tr("&Start check");
}

QWidget *SymptomsPage::firstFocus()
{
    return ui->pasteEdit;
}

bool SymptomsPage::checkEverything() const
{
    return ui->checkEverythingBox->isChecked();
}

QStringList SymptomsPage::selectedSymptoms() const
{
    QStringList ids;
    if (checkEverything())
        return ids;
    for (const SymptomRow &row : m_rows) {
        if (row.box->isChecked())
            ids << row.id;
    }
    return ids;
}

bool SymptomsPage::canGoNext() const
{
    return checkEverything() || !selectedSymptoms().isEmpty();
}

void SymptomsPage::buildSymptoms()
{
    const QVector<Symptom> catalog = symptomCatalog();
    QWidget *previous = ui->checkEverythingBox;
    for (const Symptom &s : catalog) {
        SymptomRow row;
        row.id = s.id;
        row.box = new WrappingCheckBox(ui->symptomsWidget);
        row.box->setObjectName(QStringLiteral("symptom_") + s.id);
        row.example = new QLabel(ui->symptomsWidget);
        row.example->setObjectName(QStringLiteral("example_") + s.id);
        row.example->setWordWrap(true);
        row.example->setTextFormat(Qt::PlainText);
        row.example->setTextInteractionFlags(Qt::TextSelectableByMouse);
        ui->symptomsLayout->addWidget(row.box);
        ui->symptomsLayout->addWidget(row.example);
        connect(row.box, &QCheckBox::toggled, this, &SymptomsPage::onSymptomToggled);
        setTabOrder(previous, row.box);
        previous = row.box;
        m_rows.append(row);
    }
}

void SymptomsPage::updateSymptomTexts()
{
    const QVector<Symptom> catalog = symptomCatalog();
    for (const Symptom &s : catalog) {
        for (SymptomRow &row : m_rows) {
            if (row.id != s.id)
                continue;
            row.box->setText(s.title);
            row.example->setText(s.example);
            row.box->setAccessibleDescription(tr("For example: %1").arg(s.example));
        }
    }
}

void SymptomsPage::onSymptomToggled(bool checked)
{
    if (m_updating)
        return;
    m_updating = true;
    if (checked) {
        ui->checkEverythingBox->setChecked(false);
    } else if (auto *box = qobject_cast<QCheckBox *>(sender())) {
        // The user took back a tick the pasted message made: it stays off.
        for (const SymptomRow &row : std::as_const(m_rows)) {
            if (row.box == box)
                m_autoChecked.removeAll(row.id);
        }
    }
    m_updating = false;
    emit completeChanged();
}

void SymptomsPage::onCheckEverythingToggled(bool checked)
{
    if (m_updating)
        return;
    m_updating = true;
    if (checked) {
        for (const SymptomRow &row : std::as_const(m_rows))
            row.box->setChecked(false);
        m_autoChecked.clear();
    }
    m_updating = false;
    emit completeChanged();
}

void SymptomsPage::recognizeNow()
{
    m_debounce->stop();
    m_recognition = recognizeErrorText(ui->pasteEdit->toPlainText());

    // Tick what the message shows; take back earlier ticks of ours it no longer shows.
    const QStringList found = m_recognition.symptoms();
    m_updating = true;
    for (const SymptomRow &row : std::as_const(m_rows)) {
        if (m_autoChecked.contains(row.id) && !found.contains(row.id)) {
            row.box->setChecked(false);
            m_autoChecked.removeAll(row.id);
        }
    }
    for (const SymptomRow &row : std::as_const(m_rows)) {
        if (found.contains(row.id) && !row.box->isChecked()) {
            row.box->setChecked(true);
            m_autoChecked << row.id;
        }
    }
    bool any = false;
    for (const SymptomRow &row : std::as_const(m_rows))
        any = any || row.box->isChecked();
    ui->checkEverythingBox->setChecked(!any);
    m_updating = false;

    showRecognition();
    announceRecognition();
    emit completeChanged();
}

void SymptomsPage::announceRecognition()
{
    // What the explanation box says, and which symptoms the message ticked.
    if (!ui->recognitionBox->isVisibleTo(this))
        return;
    // One sentence after the other: "What it means: ...", the meanings, the likely cause.
    QString text;
    const QStringList lines = QTextDocumentFragment::fromHtml(ui->recognitionLabel->text()).toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (!text.isEmpty())
            text += QStringLiteral(": .?!").contains(text.back()) ? QStringLiteral(" ") : QStringLiteral(". ");
        text += line.simplified();
    }
    QStringList ticked;
    for (const SymptomRow &row : std::as_const(m_rows))
        if (m_autoChecked.contains(row.id))
            ticked << row.box->text().remove(QLatin1Char('&'));
    if (!ticked.isEmpty())
        text += QLatin1Char(' ') + tr("Ticked: %1.").arg(ticked.join(QStringLiteral("; ")));
    announce(this, text);
}

void SymptomsPage::showRecognition()
{
    const QString pasted = ui->pasteEdit->toPlainText().trimmed();
    if (pasted.isEmpty()) {
        ui->recognitionBox->hide();
        return;
    }
    QString html;
    const QString icon = m_recognition.matches.isEmpty() ? QStringLiteral(":/icons/status-waiting.svg")
                                                         : QStringLiteral(":/icons/status-warn.svg");
    ui->recognitionIcon->setPixmap(QIcon(icon).pixmap(QSize(16, 16), devicePixelRatioF()));
    if (m_recognition.matches.isEmpty()) {
        html = tr("This message is not one Registry Doctor knows yet. The check will still look at everything.")
                   .toHtmlEscaped();
    } else {
        QStringList meanings;
        for (const RecognizedMessage &m : std::as_const(m_recognition.matches)) {
            if (!m.meaning.isEmpty() && !meanings.contains(m.meaning))
                meanings << m.meaning;
        }
        //: Heading above the explanation of a pasted error message.
        html = QStringLiteral("<b>%1</b>").arg(tr("What it means").toHtmlEscaped());
        if (meanings.size() == 1) {
            html += QStringLiteral("<br>") + meanings.first().toHtmlEscaped();
        } else {
            html += QStringLiteral("<ul style=\"margin-left:0; -qt-list-indent:1\">");
            for (const QString &m : std::as_const(meanings))
                html += QStringLiteral("<li>%1</li>").arg(m.toHtmlEscaped());
            html += QStringLiteral("</ul>");
        }
        // Who printed it and which kind of registry it is about, as `explain` says them.
        QStringList about;
        if (!m_recognition.client().isEmpty())
            about << tr("Printed by: %1").arg(m_recognition.client()).toHtmlEscaped();
        const RegistryReference named = parseRegistryReference(m_recognition.registry());
        if (!m_recognition.registry().isEmpty() && named.isUsable())
            //: %1 is the registry's address; %2 the kind of registry: a service's name ("Docker Hub", "Azure Container Registry") or "container registry".
            about << tr("Registry: %1 (%2)")
                         .arg(named.loginServer, registryKindTitle(registryKindFromHost(named.host)))
                         .toHtmlEscaped();
        if (!about.isEmpty())
            html += QStringLiteral("<br>") + about.join(QStringLiteral("<br>"));
        const QStringList causes = m_recognition.causes();
        if (!causes.isEmpty()) {
            const QString title = makeCause(causes.first()).title;
            if (!title.isEmpty()) {
                html += QStringLiteral("<p style=\"margin-top:8px\">")
                    //: %1 is a cause's title.
                    + tr("Likely cause: %1").toHtmlEscaped().arg(QStringLiteral("<b>%1</b>").arg(title.toHtmlEscaped()))
                    + QStringLiteral("</p>");
            }
        }
    }
    ui->recognitionLabel->setText(html);

    // The message names a registry other than the one given on the first page: offer to use it.
    const QString named = m_recognition.registry();
    const QString namedServer = named.isEmpty() ? QString() : loginServerOf(named);
    const QString current = m_model->registryText.trimmed();
    const bool differs = !namedServer.isEmpty() && (current.isEmpty() || loginServerOf(current) != namedServer);
    ui->useRegistryButton->setVisible(differs);
    if (differs) {
        //: Button that takes the registry named in the pasted error message; %1 is its address.
        ui->useRegistryButton->setText(tr("Use %1").arg(namedServer));
        ui->registryOfferLabel->setText(current.isEmpty()
                                            ? tr("The message names this registry.")
                                            : tr("The message names a different registry than %1.").arg(loginServerOf(current)));
    } else if (!namedServer.isEmpty() && namedServer == m_usedRegistry) {
        ui->registryOfferLabel->setText(tr("The check will use %1.").arg(namedServer));
    } else {
        ui->registryOfferLabel->clear();
    }
    ui->registryOfferLabel->setVisible(!ui->registryOfferLabel->text().isEmpty());
    ui->recognitionBox->show();
}

void SymptomsPage::useRecognizedRegistry()
{
    const QString named = m_recognition.registry();
    if (named.isEmpty())
        return;
    m_usedRegistry = loginServerOf(named);
    m_model->registryText = m_usedRegistry;
    showRecognition();
    ui->pasteEdit->setFocus(Qt::OtherFocusReason);
}

void SymptomsPage::enter()
{
    m_debounce->stop();
    if (ui->pasteEdit->toPlainText() != m_model->pastedError) {
        const QSignalBlocker blocker(ui->pasteEdit);
        ui->pasteEdit->setPlainText(m_model->pastedError);
    }
    m_debounce->stop();
    m_recognition = recognizeErrorText(ui->pasteEdit->toPlainText());
    m_caseEdit->setText(m_model->caseNumber);

    m_updating = true;
    for (const SymptomRow &row : std::as_const(m_rows))
        row.box->setChecked(m_model->symptoms.contains(row.id));
    ui->checkEverythingBox->setChecked(m_model->symptoms.isEmpty());
    m_updating = false;
    QStringList stillAuto;
    for (const QString &id : std::as_const(m_autoChecked)) {
        if (m_model->symptoms.contains(id))
            stillAuto << id;
    }
    m_autoChecked = stillAuto;

    showRecognition();
    emit completeChanged();
}

void SymptomsPage::leave()
{
    if (m_debounce->isActive())
        recognizeNow();
    m_model->symptoms = selectedSymptoms();
    m_model->pastedError = ui->pasteEdit->toPlainText();
    m_model->caseNumber = m_caseEdit->text().trimmed();
}

void SymptomsPage::retranslate()
{
    ui->retranslateUi(this);
    ui->symptomsGroup->setAccessibleName(ui->listHeading->text());
    //: Label of an optional field for the number of the user's support ticket, saved in the report.
    m_caseLabel->setText(tr("Help-desk case number, if you have one (saved in the report)"));
    m_caseEdit->setAccessibleName(tr("Help-desk case number"));
    m_caseEdit->setAccessibleDescription(m_caseLabel->text());
    ui->pasteEdit->setPlaceholderText(
        tr("For example: %1")
            .arg(QStringLiteral("Error response from daemon: Get \"https://myregistry.azurecr.io/v2/\": "
                                "unauthorized: authentication required")));
    updateSymptomTexts();
    // The meanings and cause titles are translated when recognised: recognise again.
    m_recognition = recognizeErrorText(ui->pasteEdit->toPlainText());
    showRecognition();
}

void SymptomsPage::changeEvent(QEvent *event)
{
    WizardPage::changeEvent(event);
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) && !m_styling)
        applyStyles();
}

void SymptomsPage::applyStyles()
{
    m_styling = true;
    const PageStyle look = PageStyle::of(this);
    ui->headingLabel->setFont(look.heading);
    ui->listHeading->setFont(look.subheading);
    const QPalette base = palette();
    const QPalette &secondary = look.secondary;
    const QFont &small = look.small;
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::TypeWriter);
    mono.setPointSizeF(small.pointSizeF() * 0.95);

    const int indent = style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, ui->checkEverythingBox)
        + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing, nullptr, ui->checkEverythingBox);
    for (const SymptomRow &row : std::as_const(m_rows)) {
        row.example->setContentsMargins(indent, 0, 0, 8);
        row.example->setPalette(secondary);
        row.example->setFont(mono);
    }
    ui->checkEverythingHint->setContentsMargins(indent, 0, 0, 8);
    for (QLabel *label : {ui->introLabel, ui->checkEverythingHint, ui->registryOfferLabel}) {
        label->setPalette(secondary);
        label->setFont(small);
    }

    // The explanation box: a faint tint of the highlight colour over the base colour.
    QPalette box = base;
    box.setColor(QPalette::Window, explanationBackground(base));
    ui->recognitionBox->setPalette(box);
    m_styling = false;
}

} // namespace rd
