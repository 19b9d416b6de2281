// The results page after real practice checks: a card per cause with its commands and Copy
// buttons, the login-log query, "Check again" and its outcome, the no-problem panel, keyboard
// reach, and a diagnosis opened from a report.
#include "accessibility.h"
#include "cause_card.h"
#include "collapsible_section.h"
#include "command_box.h"
#include "link_button.h"
#include "diagnosis/cause_catalog.h"
#include "probe_row.h"
#include "results_page.h"
#include "i18n/translations.h"
#include "wizard_model.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using rd::CauseCard;
using rd::ResultsPage;
using rd::WizardModel;

namespace {

const QString kFirewallCommand = QStringLiteral("az acr network-rule add --name contoso --ip-address 203.0.113.7");

bool runCheck(WizardModel &model, const QString &scenario)
{
    model.setPracticeScenario(scenario);
    model.registryText = QStringLiteral("contoso.azurecr.io");
    QSignalSpy changed(&model, &WizardModel::diagnosisChanged);
    if (!model.startCheck())
        return false;
    return changed.wait(20000);
}

QPushButton *buttonNamed(QWidget *root, const QString &prefix, const QString &containing = QString())
{
    const auto buttons = root->findChildren<QPushButton *>();
    for (QPushButton *b : buttons)
        if (b->accessibleName().startsWith(prefix) && b->accessibleName().contains(containing))
            return b;
    return nullptr;
}

} // namespace

class TestResultsPage : public QObject
{
    Q_OBJECT
private slots:
    // As the wizard does at start: English has its own plural forms ("1 problem", "2 problems").
    void initTestCase() { QCOMPARE(rd::installTranslations(QStringLiteral("en")), QStringLiteral("en")); }
    void init()
    {
        qRegisterMetaType<rd::ProbeResult>();
        qRegisterMetaType<rd::Diagnosis>();
        QGuiApplication::clipboard()->clear();
    }

    void firewall_oneCardWithTitleEvidenceStepsAndLinks()
    {
        WizardModel model;
        ResultsPage page(&model);
        page.resize(820, 640);
        page.show();
        QVERIFY(runCheck(model, QStringLiteral("firewall")));

        QCOMPARE(page.stepTitle(), QStringLiteral("Results"));
        QCOMPARE(page.cards().size(), 1);
        CauseCard *card = page.cards().first();
        QCOMPARE(card->causeId(), QStringLiteral("firewall-blocked"));
        QLabel *title = card->findChild<QLabel *>(QStringLiteral("causeTitle"));
        QVERIFY(title);
        QCOMPARE(title->text(), rd::makeCause(QStringLiteral("firewall-blocked")).title);
        QVERIFY(title->wordWrap());
        QCOMPARE(page.summaryText(), QStringLiteral("1 problem found with contoso.azurecr.io"));
        QVERIFY2(page.noteText().contains(QLatin1String("Practice scenario: Registry firewall blocks this computer.")), qPrintable(page.noteText())); // its title, not its id
        // After the check, the answer and whether this check found it (issue 13: practice as training).
        QVERIFY2(page.noteText().contains(QLatin1String("This check found it.")), qPrintable(page.noteText()));
        QVERIFY(!page.noProblemPanel());

        const auto evidence = card->findChildren<QLabel *>(QStringLiteral("causeEvidence"));
        QVERIFY(!evidence.isEmpty());
        QCOMPARE(evidence.size(), card->cause().evidence.size());
        QVERIFY(!card->findChildren<QLabel *>(QStringLiteral("causeStep")).isEmpty());
        QCOMPARE(card->links().size(), card->cause().links.size());
        for (rd::LinkButton *link : card->links()) {
            QCOMPARE(link->focusPolicy(), Qt::StrongFocus);
            QVERIFY(link->toolTip().startsWith(QLatin1String("https://learn.microsoft.com/")));
        }
        // Only bash commands on this system.
        QVERIFY(!card->commandBoxes().isEmpty());
        for (rd::CommandBox *box : card->commandBoxes())
            QVERIFY2(!box->text().contains(QLatin1String("$env:")), qPrintable(box->text()));

        // Every check, folded.
        QVERIFY(page.allChecksSection());
        QVERIFY(!page.allChecksSection()->isExpanded());
        QCOMPARE(page.allCheckRows().size(), model.diagnosis().probes.size());
        QVERIFY(page.allChecksSection()->title().startsWith(QLatin1String("All checks (")));
        QVERIFY(page.allChecksSection()->title().contains(QLatin1String("1 failed")));
    }

    void firewall_copyButtonPutsExactlyTheCommandOnTheClipboard()
    {
        WizardModel model;
        ResultsPage page(&model);
        page.resize(820, 640);
        page.show();
        QVERIFY(runCheck(model, QStringLiteral("firewall")));

        QPushButton *copy = buttonNamed(&page, QStringLiteral("Copy command: "), kFirewallCommand);
        QVERIFY(copy);
        QVERIFY(copy->isVisible());
        QCOMPARE(copy->text(), QStringLiteral("Copy"));
        const QString command = copy->accessibleName().mid(QStringLiteral("Copy command: ").size());
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), command);
        QVERIFY(QGuiApplication::clipboard()->text().contains(kFirewallCommand));
        QCOMPARE(copy->text(), QStringLiteral("Copied"));
        QTRY_COMPARE_WITH_TIMEOUT(copy->text(), QStringLiteral("Copy"), 3000);

        // The keyboard does the same.
        QGuiApplication::clipboard()->clear();
        copy->setFocus();
        QTest::keyClick(copy, Qt::Key_Space);
        QCOMPARE(QGuiApplication::clipboard()->text(), command);
    }

    void firewall_advancedLoginLogQueryForThisRegistry()
    {
        WizardModel model;
        ResultsPage page(&model);
        page.resize(820, 640);
        page.show();
        QVERIFY(runCheck(model, QStringLiteral("firewall")));
        CauseCard *card = page.card(QStringLiteral("firewall-blocked"));
        QVERIFY(card && card->advancedSection());
        QVERIFY(!card->advancedSection()->isExpanded());
        QVERIFY(!card->queryBox()->isVisible());
        QTest::mouseClick(card->advancedSection()->toggleButton(), Qt::LeftButton);
        QVERIFY(card->queryBox()->isVisible());
        const QString kql = card->queryBox()->text();
        QVERIFY(kql.startsWith(QLatin1String("ContainerRegistryLoginEvents\n")));
        QVERIFY(kql.contains(QLatin1String("| where LoginServer =~ 'contoso.azurecr.io'")));
        QPushButton *copy = buttonNamed(&page, QStringLiteral("Copy query"));
        QVERIFY(copy);
        QTRY_VERIFY(copy->height() > 0);   // laid out once the section opened
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), kql);
    }

    void firewall_tabReachesEveryCopyLinkAndCheckAgain()
    {
        WizardModel model;
        ResultsPage page(&model);
        page.resize(820, 640);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(runCheck(model, QStringLiteral("firewall")));
        CauseCard *card = page.cards().first();
        page.activateWindow();
        QWidget *start = page.firstFocus();
        QVERIFY(start);
        start->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(start->hasFocus());
        QSet<QWidget *> reached;
        for (int i = 0; i < 60 && QApplication::focusWidget(); ++i) {
            reached.insert(QApplication::focusWidget());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        for (rd::CommandBox *box : card->commandBoxes())
            QVERIFY2(reached.contains(box->copyButton()), qPrintable(box->text()));
        for (rd::LinkButton *link : card->links())
            QVERIFY2(reached.contains(link), qPrintable(link->text()));
        QVERIFY(reached.contains(card->checkAgainButton()));
        QVERIFY(reached.contains(card->advancedSection()->toggleButton()));
        QVERIFY(reached.contains(page.allChecksSection()->toggleButton()));
        QCOMPARE(card->checkAgainButton()->accessibleName(), QStringLiteral("Check again: ") + card->cause().title);
    }

    void screenReader_headlineCardHeadingsAndLinks()
    {
        WizardModel model;
        ResultsPage page(&model);
        page.resize(820, 640);
        page.show();
        QVERIFY(runCheck(model, QStringLiteral("firewall")));
        CauseCard *card = page.cards().first();
        const rd::Cause cause = card->cause();

        // The headline: the answer to the user's question, a heading, where the keyboard starts.
        const QString answer = QStringLiteral("Not tested: the sign-in could not be tried, because contoso.azurecr.io cannot be reached.");
        QCOMPARE(page.headlineText(), answer);
        QCOMPARE(page.firstFocus()->objectName(), QStringLiteral("resultsHeadline"));
        QAccessibleInterface *headline = QAccessible::queryAccessibleInterface(page.firstFocus());
        QCOMPARE(headline->role(), QAccessible::Heading);
        QCOMPARE(headline->text(QAccessible::Name), answer);
        QVERIFY(headline->state().focusable);

        // The card: one focusable element, named by its title, described by explanation and first step.
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(card);
        QCOMPARE(a->role(), QAccessible::Grouping);
        QVERIFY(a->state().focusable);
        QCOMPARE(a->text(QAccessible::Name), cause.title);
        QVERIFY(a->text(QAccessible::Description).contains(cause.explanation));
        QVERIFY(a->text(QAccessible::Description).contains(QStringLiteral("First step: ") + cause.remediation.first().text));
        QCOMPARE(QAccessible::queryAccessibleInterface(card->findChild<QLabel *>(QStringLiteral("causeTitle")))->role(),
                 QAccessible::Heading);

        // Links are links, activated by their press action.
        QVERIFY(!card->links().isEmpty());
        QAccessibleInterface *link = QAccessible::queryAccessibleInterface(card->links().first());
        QCOMPARE(link->role(), QAccessible::Link);
        QCOMPARE(link->text(QAccessible::Name), cause.links.first().title);
        QVERIFY(link->actionInterface());
        QVERIFY(link->actionInterface()->actionNames().contains(QAccessibleActionInterface::pressAction()));

        // Reading order: headline, then the card, then what is inside it.
        page.activateWindow();
        page.firstFocus()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(page.firstFocus()->hasFocus());
        QStringList order;
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            order << QApplication::focusWidget()->objectName();
        }
        QCOMPARE(order.mid(0, 3), (QStringList{QStringLiteral("shellToggle"), card->objectName(), QStringLiteral("copyButton")}));
    }

    // Issue 13: the trainee's own choices are honoured. The complaint is about pushing to hello;
    // a trainee who checks a pull of hello gets what a real check of a pull gets: no problem,
    // and the results say the check did not find what the scenario is about.
    void practice_traineeChoosesPull_checkedAsChosen()
    {
        WizardModel model;
        ResultsPage page(&model);
        page.resize(820, 640);
        page.show();
        model.repository = QStringLiteral("hello");
        model.action = QStringLiteral("pull");
        QVERIFY(runCheck(model, QStringLiteral("pull-only-push")));
        QCOMPARE(model.diagnosis().action, QStringLiteral("pull"));
        QVERIFY(model.diagnosis().causes.isEmpty());
        QVERIFY2(page.noteText().contains(QLatin1String("This check did not find it")), qPrintable(page.noteText()));
        // As the complaint says: push.
        model.action = QStringLiteral("push");
        QVERIFY(runCheck(model, QStringLiteral("pull-only-push")));
        QCOMPARE(model.diagnosis().action, QStringLiteral("push"));
        QVERIFY(page.card(QStringLiteral("credentials-not-authorized")));
        QVERIFY2(page.noteText().contains(QLatin1String("This check found it.")), qPrintable(page.noteText()));
    }

    void checkAgain_stillThere_keepsTheCardAndSaysSo()
    {
        WizardModel model;
        ResultsPage page(&model);
        page.resize(820, 640);
        page.show();
        QVERIFY(runCheck(model, QStringLiteral("firewall")));
        CauseCard *card = page.cards().first();
        rd::LiveStatus status(&page);   // what a screen reader is told
        QSignalSpy started(&model, &WizardModel::checkStarted);
        QSignalSpy finished(&model, &WizardModel::checkFinished);
        QTest::mouseClick(card->checkAgainButton(), Qt::LeftButton);
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.first().at(1).toBool(), true);            // a partial check
        const QStringList rerun = started.first().at(0).toStringList();
        for (const QString &p : card->cause().probes)
            QVERIFY2(rerun.contains(p), qPrintable(p));
        // And what the blocked connection kept from running (issue 13): the sign-in and the rights.
        QVERIFY(rerun.contains(QStringLiteral("credentials")));
        QVERIFY(rerun.contains(QStringLiteral("permissions")));
        QCOMPARE(card->outcome(), CauseCard::Outcome::Checking);
        QVERIFY(!card->checkAgainButton()->isEnabled());

        QVERIFY(finished.wait(20000));
        QTRY_COMPARE(page.cards().size(), 1);
        CauseCard *again = page.card(QStringLiteral("firewall-blocked"));
        QVERIFY(again);
        QCOMPARE(again->outcome(), CauseCard::Outcome::StillThere);
        QVERIFY(again->outcomeText().startsWith(QLatin1String("Still there")));
        QVERIFY(again->checkAgainButton()->isEnabled());
        QCOMPARE(status.history(), (QStringList{QStringLiteral("Checking again…"), again->cause().title + QStringLiteral(": ") + again->outcomeText()}));
    }

    void checkAgain_afterTheFix_cardSaysFixed()
    {
        WizardModel model;
        ResultsPage page(&model);
        page.resize(820, 640);
        page.show();
        QVERIFY(runCheck(model, QStringLiteral("firewall")));
        // The help desk opened the firewall: the registry now answers like a healthy one.
        model.setPracticeScenario(QStringLiteral("healthy"));
        QSignalSpy finished(&model, &WizardModel::checkFinished);
        QTest::mouseClick(page.cards().first()->checkAgainButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).toBool(), true);
        QTRY_VERIFY(page.card(QStringLiteral("firewall-blocked")));
        CauseCard *card = page.card(QStringLiteral("firewall-blocked"));
        QCOMPARE(card->outcome(), CauseCard::Outcome::Fixed);
        QCOMPARE(card->outcomeText(), QStringLiteral("Fixed: the check no longer finds this problem."));
        QVERIFY(model.diagnosis().causes.isEmpty());
        QCOMPARE(page.summaryText(), QStringLiteral("No problem left with contoso.azurecr.io"));
    }

    // Issue 13: the firewall was opened, and behind it the registry does not know the user. The
    // firewall's card must not turn green; the unknown user's card appears, and the headline says so.
    void checkAgain_firewallOpened_unknownUserBehind_newCardNotFixed()
    {
        WizardModel model;
        ResultsPage page(&model);
        page.resize(820, 640);
        page.show();
        QVERIFY(runCheck(model, QStringLiteral("firewall")));
        // Before: what the blocked connection kept from running is listed, with why.
        QVERIFY(page.notTestedSection());
        auto *signIn = page.notTestedSection()->findChild<QLabel *>(QStringLiteral("notTested_credentials"));
        QVERIFY(signIn);
        QVERIFY2(signIn->text().contains(QLatin1String("Not tested")), qPrintable(signIn->text()));
        QVERIFY(!signIn->text().contains(QLatin1String("did not ask for a sign-in")));

        model.setPracticeScenario(QStringLiteral("unknown-user"));
        rd::LiveStatus status(&page);
        QSignalSpy finished(&model, &WizardModel::checkFinished);
        QTest::mouseClick(page.card(QStringLiteral("firewall-blocked"))->checkAgainButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(model.lastRecheck().outcome, rd::Recheck::Outcome::NewProblem);
        QTRY_VERIFY(page.card(QStringLiteral("username-not-recognized")));
        QVERIFY(!page.card(QStringLiteral("firewall-blocked")));
        for (CauseCard *c : page.cards())
            QVERIFY2(c->outcome() != CauseCard::Outcome::Fixed, qPrintable(c->causeId()));
        QVERIFY2(page.headlineText().startsWith(QLatin1String("Sign-in to contoso.azurecr.io fails: ")), qPrintable(page.headlineText()));
        QVERIFY(status.history().last().contains(QLatin1String("found another problem")));
    }

    // Issue 13: "An Azure service" and "cannot see or change my registry in the portal" led
    // nowhere ("No problem found"). They bring the service's identity and the portal's roles.
    void azureServiceAndPortal_showGuidanceWithCommands_notNoProblem()
    {
        WizardModel model;
        ResultsPage page(&model);
        page.resize(820, 640);
        page.show();
        QVERIFY(runCheck(model, QStringLiteral("healthy")));
        rd::Diagnosis d = model.diagnosis();
        d.signInMethod = QStringLiteral("azure-service");
        d.symptoms = {QStringLiteral("cannot-manage")};
        model.setDiagnosis(d);
        QTRY_VERIFY(page.findChild<CauseCard *>(QStringLiteral("causeCard_guidance-azure-service")));
        auto *service = page.findChild<CauseCard *>(QStringLiteral("causeCard_guidance-azure-service"));
        auto *portal = page.findChild<CauseCard *>(QStringLiteral("causeCard_guidance-portal-access"));
        QVERIFY(portal);
        QStringList commands;
        for (CauseCard *c : {service, portal})
            for (rd::CommandBox *b : c->findChildren<rd::CommandBox *>())
                commands << b->findChild<QLabel *>(QStringLiteral("commandText"))->text();
        const QString all = commands.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QLatin1String("az aks check-acr --resource-group RESOURCE_GROUP --name CLUSTER_NAME --acr contoso.azurecr.io")), qPrintable(all));
        QVERIFY(all.contains(QLatin1String("--attach-acr contoso")));
        QVERIFY(all.contains(QLatin1String("az role assignment list --scope")));
        QVERIFY(service->checkAgainButton()->isHidden());
        QVERIFY(!page.noProblemPanel());
    }

    void healthy_showsNoProblemPanelWithWhatWasVerified()
    {
        WizardModel model;
        ResultsPage page(&model);
        page.resize(820, 640);
        page.show();
        QVERIFY(runCheck(model, QStringLiteral("healthy")));
        QVERIFY(page.cards().isEmpty());
        QWidget *panel = page.noProblemPanel();
        QVERIFY(panel);
        QVERIFY(panel->isVisible());
        QCOMPARE(page.summaryText(), QStringLiteral("No problem found with contoso.azurecr.io"));
        QStringList shown;
        for (QLabel *l : panel->findChildren<QLabel *>())
            shown << l->text();
        int passed = 0;
        for (const rd::ProbeResult &p : model.diagnosis().probes)
            if (p.status == rd::ProbeStatus::Pass) {
                ++passed;
                QVERIFY2(shown.contains(p.title), qPrintable(p.title));
            }
        QVERIFY(passed >= 5);
        QVERIFY(shown.contains(QStringLiteral("No problem found")));
        QVERIFY(page.shellToggle()->isHidden());
    }

    void fromReport_hidesCheckAgainAndSaysWhenTheReportWasMade()
    {
        WizardModel model;
        ResultsPage page(&model);
        page.resize(820, 640);
        page.show();
        rd::Diagnosis d;
        d.loginServer = QStringLiteral("contoso.azurecr.io");
        d.registryKind = QStringLiteral("acr");
        d.startedAt = QDateTime(QDate(2024, 3, 5), QTime(14, 7), Qt::UTC);
        rd::Cause c = rd::makeCause(QStringLiteral("credentials-invalid"));
        c.title = QStringLiteral("<b>Wrong</b> & password");
        c.probes << QStringLiteral("credentials");
        d.causes << c;
        model.setDiagnosis(d);
        QCOMPARE(page.cards().size(), 1);
        CauseCard *card = page.cards().first();
        QVERIFY(card->checkAgainButton()->isHidden());
        QVERIFY2(page.noteText().startsWith(QLatin1String("Opened from a report made on ")), qPrintable(page.noteText()));
        // Shown as typed, not as markup.
        QLabel *title = card->findChild<QLabel *>(QStringLiteral("causeTitle"));
        QCOMPARE(title->textFormat(), Qt::PlainText);
        QCOMPARE(title->text(), QStringLiteral("<b>Wrong</b> & password"));
        QVERIFY(card->advancedSection());   // credentials-invalid: the login log helps
    }

    void shellToggle_showsTheOtherShellsCommands()
    {
        WizardModel model;
        ResultsPage page(&model);
        page.resize(820, 640);
        page.show();
        QVERIFY(runCheck(model, QStringLiteral("firewall")));
        const QString native = page.shell();
        QVERIFY(page.shellToggle()->isVisible());
        QTest::mouseClick(page.shellToggle(), Qt::LeftButton);
        QVERIFY(page.shell() != native);
        const rd::Cause cause = page.cards().first()->cause();
        QStringList expected;
        for (const rd::RemediationStep &s : cause.remediation)
            for (const rd::ShellCommand &c : s.commands)
                if (c.shell == page.shell())
                    expected << c.command;
        QStringList shown;
        for (rd::CommandBox *b : page.cards().first()->commandBoxes())
            shown << b->text();
        QCOMPARE(shown, expected);
        QVERIFY(!shown.isEmpty());
    }
};

QTEST_MAIN(TestResultsPage)
#include "tst_results_page.moc"
