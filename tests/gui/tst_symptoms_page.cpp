// The symptoms page driven offscreen: ticking a symptom turns "check everything" off and back,
// a pasted error message is explained and ticks its symptoms, and a registry it names can be taken.
#include "diagnosis/symptom_catalog.h"
#include "symptoms_page.h"
#include "wizard_model.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace rd;

namespace {

// The firewall message from the reference facts ("Messages users paste").
const char kFirewallMessage[] =
    "Error response from daemon: Get \"https://myregistry.azurecr.io/v2/\": denied: client with IP "
    "'203.0.113.7' is not allowed access. Refer https://aka.ms/acr/firewall to grant access.";

QString plain(const QString &html)
{
    QString s = html;
    s.replace(QLatin1String("<br>"), QLatin1String("\n"));
    s.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return s;
}

QStringList inputsWithoutName(QWidget *page)
{
    QSet<QWidget *> buddied;
    for (QLabel *l : page->findChildren<QLabel *>()) {
        if (l->buddy() && !l->text().isEmpty())
            buddied.insert(l->buddy());
    }
    QStringList missing;
    for (QWidget *w : page->findChildren<QWidget *>()) {
        if (!(qobject_cast<QLineEdit *>(w) || qobject_cast<QCheckBox *>(w) || qobject_cast<QRadioButton *>(w)
              || qobject_cast<QPlainTextEdit *>(w)))
            continue;
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

class TestSymptomsPage : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = new WizardModel;
        m_model->registryText = QStringLiteral("contoso.azurecr.io");
        m_page = new SymptomsPage(m_model);
        m_page->resize(760, 560);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page));
        m_page->enter();
    }
    void cleanup()
    {
        delete m_page;
        delete m_model;
    }

    QCheckBox *everything() { return m_page->findChild<QCheckBox *>(QStringLiteral("checkEverythingBox")); }
    QCheckBox *symptom(const char *id)
    {
        auto *box = m_page->findChild<QCheckBox *>(QStringLiteral("symptom_") + QLatin1String(id));
        if (!box)
            qFatal("no check box for %s", id);
        return box;
    }
    QPlainTextEdit *pasteEdit() { return m_page->findChild<QPlainTextEdit *>(QStringLiteral("pasteEdit")); }
    QLabel *recognition() { return m_page->findChild<QLabel *>(QStringLiteral("recognitionLabel")); }
    QPushButton *useRegistry() { return m_page->findChild<QPushButton *>(QStringLiteral("useRegistryButton")); }

    void titles_andDefaults()
    {
        QCOMPARE(m_page->stepTitle(), QStringLiteral("What happens"));
        QCOMPARE(m_page->nextText(), QStringLiteral("&Start check"));
        QCOMPARE(m_page->firstFocus(), pasteEdit());
        QVERIFY(everything()->isChecked());
        QCOMPARE(everything()->text(), QStringLiteral("I'm not sure, check &everything"));
        QVERIFY(m_page->canGoNext());
        QVERIFY(!m_page->findChild<QWidget *>(QStringLiteral("recognitionBox"))->isVisible());
    }

    void oneCheckBoxPerCatalogSymptom_withItsExample()
    {
        const QVector<Symptom> catalog = symptomCatalog();
        QCOMPARE(catalog.size(), 7);
        for (const Symptom &s : catalog) {
            auto *box = m_page->findChild<QCheckBox *>(QStringLiteral("symptom_") + s.id);
            QVERIFY2(box, qPrintable(s.id));
            QCOMPARE(box->text(), s.title);
            auto *example = m_page->findChild<QLabel *>(QStringLiteral("example_") + s.id);
            QCOMPARE(example->text(), s.example);
            QVERIFY(example->wordWrap());
            // Monospace: a narrow and a wide letter take the same room.
#ifdef Q_OS_WIN
            // The offscreen platform on Windows has no font substitution (no fontconfig) and draws
            // every family with the one font it is given; the windows platform gives Courier New for
            // the system's fixed font. So on Windows: the font asked for is that one.
            QCOMPARE(example->font().family(), QFontDatabase::systemFont(QFontDatabase::FixedFont).family());
            QCOMPARE(example->font().styleHint(), QFont::TypeWriter);
#else
            const QFontMetrics fm(example->font());
            QCOMPARE(fm.horizontalAdvance(QLatin1Char('i')), fm.horizontalAdvance(QLatin1Char('M')));
#endif
        }
    }

    void checkingASymptom_unchecksEverything_andBack()
    {
        QTest::mouseClick(symptom("forbidden"), Qt::LeftButton, {}, QPoint(8, symptom("forbidden")->height() / 2));
        QVERIFY(symptom("forbidden")->isChecked());
        QVERIFY(!everything()->isChecked());
        QCOMPARE(m_page->selectedSymptoms(), QStringList{QStringLiteral("forbidden")});
        QVERIFY(m_page->canGoNext());

        QTest::mouseClick(everything(), Qt::LeftButton, {}, QPoint(8, everything()->height() / 2));
        QVERIFY(everything()->isChecked());
        QVERIFY(!symptom("forbidden")->isChecked());
        QVERIFY(m_page->selectedSymptoms().isEmpty());

        // Nothing ticked at all: the check has nothing to go on.
        QTest::mouseClick(everything(), Qt::LeftButton, {}, QPoint(8, everything()->height() / 2));
        QVERIFY(!everything()->isChecked());
        QVERIFY(!m_page->canGoNext());
    }

    void spaceKey_togglesSymptom()
    {
        symptom("unauthorized")->setFocus();
        QTest::keyClick(symptom("unauthorized"), Qt::Key_Space);
        QVERIFY(symptom("unauthorized")->isChecked());
        QVERIFY(!everything()->isChecked());
    }

    void pastedFirewallMessage_isExplained_andPreselectsForbidden()
    {
        QApplication::clipboard()->setText(QString::fromUtf8(kFirewallMessage));
        pasteEdit()->setFocus();
        QTest::keyClick(pasteEdit(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(pasteEdit()->toPlainText(), QString::fromUtf8(kFirewallMessage));
        QTRY_VERIFY(recognition()->isVisible());
        const QString text = plain(recognition()->text());
        QVERIFY2(text.contains(QLatin1String("firewall does not let your IP address in")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Likely cause:")), qPrintable(text));
        QVERIFY(symptom("forbidden")->isChecked());
        QVERIFY(!everything()->isChecked());
        QVERIFY(useRegistry()->isVisible());
        QCOMPARE(useRegistry()->text(), QStringLiteral("Use myregistry.azurecr.io"));

        QTest::mouseClick(useRegistry(), Qt::LeftButton);
        QCOMPARE(m_model->registryText, QStringLiteral("myregistry.azurecr.io"));
        QVERIFY(!useRegistry()->isVisible());

        m_page->leave();
        QVERIFY(m_model->symptoms.contains(QStringLiteral("forbidden")));
        QCOMPARE(m_model->pastedError, QString::fromUtf8(kFirewallMessage));
    }

    // Issue 11: the explanation says which client printed the message and which kind of registry it is about.
    void pastedMessage_namesItsClientAndRegistryKind()
    {
        QTest::keyClicks(pasteEdit(), QStringLiteral("docker: Error response from daemon: Get \"https://registry-1.docker.io/v2/\": "
                                                     "dial tcp [2600:1f18:2148:bc02:4bf0:3a98:55ae:e3d5]:443: connect: network is unreachable."));
        QTRY_VERIFY(recognition()->isVisible());
        const QString text = plain(recognition()->text());
        QVERIFY2(text.contains(QLatin1String("Printed by: docker")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("(Docker Hub)")), qPrintable(text));
    }

    void messageNamingTheSameRegistry_offersNothing()
    {
        m_model->registryText = QStringLiteral("MyRegistry.azurecr.io");
        QTest::keyClicks(pasteEdit(), QString::fromUtf8(kFirewallMessage));
        QTRY_VERIFY(recognition()->isVisible());
        QVERIFY(!useRegistry()->isVisible());
    }

    void clearingThePaste_takesBackItsTicks()
    {
        pasteEdit()->setPlainText(QString::fromUtf8(kFirewallMessage));
        m_page->recognizeNow();
        QVERIFY(symptom("forbidden")->isChecked());
        pasteEdit()->setPlainText(QString());
        m_page->recognizeNow();
        QVERIFY(!symptom("forbidden")->isChecked());
        QVERIFY(everything()->isChecked());
        QVERIFY(!m_page->findChild<QWidget *>(QStringLiteral("recognitionBox"))->isVisible());
    }

    void unknownMessage_saysSo_andKeepsEverything()
    {
        QTest::keyClicks(pasteEdit(), QStringLiteral("something odd happened"));
        QTRY_VERIFY(recognition()->isVisible());
        QVERIFY(plain(recognition()->text()).contains(QLatin1String("not one Registry Doctor knows")));
        QVERIFY(everything()->isChecked());
    }

    void leave_writesSymptoms_andEnterReadsThemBack()
    {
        QTest::mouseClick(symptom("cannot-connect"), Qt::LeftButton, {}, QPoint(8, symptom("cannot-connect")->height() / 2));
        QTest::mouseClick(symptom("azure-service"), Qt::LeftButton, {}, QPoint(8, symptom("azure-service")->height() / 2));
        m_page->leave();
        QCOMPARE(m_model->symptoms, (QStringList{QStringLiteral("cannot-connect"), QStringLiteral("azure-service")}));

        QTest::mouseClick(everything(), Qt::LeftButton, {}, QPoint(8, everything()->height() / 2));
        m_page->leave();
        QVERIFY(m_model->symptoms.isEmpty());

        m_model->symptoms = QStringList{QStringLiteral("unauthorized")};
        m_model->pastedError = QStringLiteral("unauthorized: authentication required");
        m_page->enter();
        QVERIFY(symptom("unauthorized")->isChecked());
        QVERIFY(!everything()->isChecked());
        QCOMPARE(pasteEdit()->toPlainText(), QStringLiteral("unauthorized: authentication required"));
        QVERIFY(recognition()->isVisible());
    }

    void leave_beforeThePause_stillUsesThePastedText()
    {
        pasteEdit()->setPlainText(QString::fromUtf8(kFirewallMessage));
        m_page->leave();   // at once, before the 250 ms pause
        QVERIFY(m_model->symptoms.contains(QStringLiteral("forbidden")));
    }

    void languageChange_keepsTextsAndExplanation()
    {
        pasteEdit()->setPlainText(QString::fromUtf8(kFirewallMessage));
        m_page->recognizeNow();
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(m_page, &change);
        QCOMPARE(m_page->findChild<QLabel *>(QStringLiteral("headingLabel"))->text(), QStringLiteral("What goes wrong?"));
        QVERIFY(!symptom("forbidden")->text().isEmpty());
        QVERIFY(symptom("forbidden")->isChecked());
        QVERIFY(plain(recognition()->text()).contains(QLatin1String("firewall")));
        QVERIFY(!pasteEdit()->placeholderText().isEmpty());
    }

    void everyInputHasAnAccessibleName()
    {
        const QStringList missing = inputsWithoutName(m_page);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
        QVERIFY(!pasteEdit()->accessibleName().isEmpty());
        QVERIFY(!symptom("forbidden")->accessibleDescription().isEmpty());
    }

    void screenshots()
    {
        saveShot(m_page, QStringLiteral("symptoms_page_empty.png"));
        pasteEdit()->setPlainText(QString::fromUtf8(kFirewallMessage));
        m_page->recognizeNow();
        QVERIFY(m_page->findChild<QWidget *>(QStringLiteral("recognitionBox"))->isVisible());
        saveShot(m_page, QStringLiteral("symptoms_page.png"));
        m_page->setPalette(darkPalette());
        QTest::qWait(50);
        saveShot(m_page, QStringLiteral("symptoms_page_dark.png"));
    }

private:
    WizardModel *m_model = nullptr;
    SymptomsPage *m_page = nullptr;
};

QTEST_MAIN(TestSymptomsPage)
#include "tst_symptoms_page.moc"
