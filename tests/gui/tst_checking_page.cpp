// The checking page against the practice registry: a row per planned probe, live status, the
// result icons and texts, cancel that takes effect at once, and the move on to the results.
#include "checking_page.h"
#include "diagnosis/plan.h"
#include "probe_row.h"
#include "probes/probe.h"
#include "i18n/translations.h"
#include "wizard_model.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QTimer>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using rd::CheckingPage;
using rd::ProbeRow;
using rd::StatusIcon;
using rd::WizardModel;

namespace {

QString titleOf(const QString &id)
{
    std::unique_ptr<rd::Probe> p(rd::createProbe(id));
    return p ? p->title() : QString();
}

} // namespace

class TestCheckingPage : public QObject
{
    Q_OBJECT
private slots:
    // As the wizard does at start: English has its own plural forms ("1 problem", "2 problems").
    void initTestCase() { QCOMPARE(rd::installTranslations(QStringLiteral("en")), QStringLiteral("en")); }
    void init()
    {
        qRegisterMetaType<rd::ProbeResult>();
        qRegisterMetaType<rd::Diagnosis>();
    }

    void firewallCheck_rowsFollowTheProbesAndEndWithTheirResults()
    {
        WizardModel model;
        model.setPracticeScenario(QStringLiteral("firewall"));
        model.registryText = QStringLiteral("contoso.azurecr.io");
        CheckingPage page(&model);
        page.resize(820, 640);
        page.show();
        page.enter();
        QCOMPARE(page.stepTitle(), QStringLiteral("Checking"));

        // While a probe runs, its row says so (the page's slot ran before this one).
        QStringList seenRunning;
        connect(&model, &WizardModel::probeStarted, this, [&](const QString &id) {
            if (page.row(id) && page.row(id)->state() == StatusIcon::Running
                && page.row(id)->accessibleName() == titleOf(id) + QStringLiteral(": running"))
                seenRunning << id;
        });
        QSignalSpy finished(&model, &WizardModel::checkFinished);
        QSignalSpy next(&page, &CheckingPage::nextRequested);

        QVERIFY(model.startCheck());
        const QStringList planned = model.plannedProbes();
        QVERIFY(planned.contains(QStringLiteral("challenge")));
        QCOMPARE(page.rowIds(), planned);
        // Quick probes (the name as typed, the proxy settings) may finish inside start(); the
        // network ones wait for their dependencies.
        int open = 0, done = 0;
        for (const QString &id : planned) {
            QCOMPARE(page.row(id)->title(), titleOf(id));
            const StatusIcon::State s = page.row(id)->state();
            (s == StatusIcon::Waiting || s == StatusIcon::Running ? open : done)++;
        }
        QVERIFY(open > 0);
        QCOMPARE(page.progressBar()->value(), done);
        QCOMPARE(page.row(QStringLiteral("permissions")) ? page.row(QStringLiteral("permissions"))->state() : StatusIcon::Waiting,
                 StatusIcon::Waiting);
        QVERIFY(!page.canGoBack());
        QVERIFY(!page.canGoNext());
        QCOMPARE(page.headingText(), QStringLiteral("Checking contoso.azurecr.io…"));
        QCOMPARE(page.progressBar()->maximum(), int(planned.size()));

        QVERIFY(finished.wait(20000));
        const rd::Diagnosis d = finished.first().at(0).value<rd::Diagnosis>();
        QCOMPARE(finished.first().at(1).toBool(), false);
        QVERIFY(!seenRunning.isEmpty());

        for (const rd::ProbeResult &p : d.probes) {
            ProbeRow *row = page.row(p.id);
            QVERIFY2(row, qPrintable(p.id));
            QCOMPARE(row->state(), StatusIcon::fromProbeStatus(p.status));
            QCOMPARE(row->detailText(), p.detail);
        }
        ProbeRow *challenge = page.row(QStringLiteral("challenge"));
        QCOMPARE(challenge->state(), StatusIcon::Failed);
        QCOMPARE(challenge->statusText(), QStringLiteral("failed"));
        QCOMPARE(challenge->accessibleName(), titleOf(QStringLiteral("challenge")) + QStringLiteral(": failed"));
        QVERIFY(challenge->detailText().contains(QLatin1String("203.0.113.7")));
        QVERIFY(challenge->durationText().endsWith(QLatin1String(" ms")) || challenge->durationText().endsWith(QLatin1String(" s")));
        // A detail that wraps gets the lines it needs: the rows grow as their results arrive.
        QCoreApplication::processEvents();
        for (const QString &id : planned)
            for (QLabel *l : page.row(id)->findChildren<QLabel *>())
                QVERIFY2(!l->isVisible() || l->height() >= l->heightForWidth(l->width()),
                         qPrintable(QStringLiteral("%1: %2 < %3 for \"%4\"").arg(id).arg(l->height()).arg(l->heightForWidth(l->width())).arg(l->text())));
        ProbeRow *dns = page.row(QStringLiteral("dns"));
        QCOMPARE(dns->state(), StatusIcon::Passed);
        QCOMPARE(dns->accessibleName(), titleOf(QStringLiteral("dns")) + QStringLiteral(": passed"));

        QCOMPARE(page.progressBar()->value(), page.progressBar()->maximum());
        QVERIFY(page.canGoBack());
        QVERIFY(page.canGoNext());
        QCOMPARE(page.nextText(), QStringLiteral("Show &results"));
        QCOMPARE(page.headingText(), QStringLiteral("Checked contoso.azurecr.io"));
        QVERIFY2(page.statusLineText().endsWith(QLatin1String(". 1 problem found.")), qPrintable(page.statusLineText()));
        QCOMPARE(next.count(), 1);

        // "Check again" from the results is a partial check: it does not move the wizard.
        QSignalSpy finished2(&model, &WizardModel::checkFinished);
        QVERIFY(model.startCheck({QStringLiteral("challenge")}));
        QVERIFY(finished2.wait(20000));
        QCOMPARE(finished2.first().at(1).toBool(), true);
        QCOMPARE(next.count(), 1);
    }

    // A Podman user sees Podman's checks named for Podman from the first moment, not Docker's
    // titles until each result arrives.
    void podmanCheck_rowsAreNamedForPodmanBeforeTheirResults()
    {
        WizardModel model;
        model.setPracticeScenario(QStringLiteral("gar-configure-docker-other-region"));
        model.registryText = QStringLiteral("europe-west1-docker.pkg.dev");
        model.clientChoice = QStringLiteral("podman");
        CheckingPage page(&model);
        page.show();
        page.enter();
        QSignalSpy finished(&model, &WizardModel::checkFinished);
        QVERIFY(model.startCheck());
        ProbeRow *logins = page.row(QStringLiteral("docker-config"));
        QVERIFY2(logins, qPrintable(page.rowIds().join(QLatin1Char(' '))));
        QCOMPARE(logins->title(), QStringLiteral("Podman's login files"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(logins->title(), QStringLiteral("Podman's login files"));
        // Another language, and back: still Podman's.
        QVERIFY(rd::installTranslations(QStringLiteral("it")).startsWith(QLatin1String("it")));
        QCoreApplication::processEvents();
        QVERIFY(logins->title().contains(QLatin1String("Podman")));
        QCOMPARE(rd::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(logins->title(), QStringLiteral("Podman's login files"));
    }

    void slowServer_cancelAfterFirstResult_stopsAtOnceAndNoRowKeepsRunning()
    {
        WizardModel model;
        model.setPracticeScenario(QStringLiteral("slow-server"));
        model.registryText = QStringLiteral("contoso.azurecr.io");
        CheckingPage page(&model);
        page.resize(820, 640);
        page.show();
        page.enter();
        QSignalSpy finished(&model, &WizardModel::checkFinished);
        QSignalSpy next(&page, &CheckingPage::nextRequested);
        QElapsedTimer sinceCancel;
        int firstResults = 0;
        connect(&model, &WizardModel::probeFinished, this, [&](const rd::ProbeResult &) {
            if (++firstResults == 1)
                QTimer::singleShot(0, &page, [&] {
                    sinceCancel.start();
                    page.cancel();
                });
        });
        QVERIFY(model.startCheck());
        QTRY_VERIFY_WITH_TIMEOUT(sinceCancel.isValid(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 1000);
        QVERIFY2(sinceCancel.elapsed() < 1000, qPrintable(QString::number(sinceCancel.elapsed())));
        QVERIFY(!model.isChecking());
        QVERIFY(finished.first().at(0).value<rd::Diagnosis>().cancelled);

        int cancelled = 0;
        for (const QString &id : page.rowIds()) {
            ProbeRow *row = page.row(id);
            QVERIFY2(row->state() != StatusIcon::Running && row->state() != StatusIcon::Waiting, qPrintable(id));
            if (row->isCancelled()) {
                ++cancelled;
                QCOMPARE(row->state(), StatusIcon::Skipped);
                QCOMPARE(row->accessibleName(), row->title() + QStringLiteral(": cancelled"));
            }
        }
        QVERIFY(cancelled > 0);
        // A stopped check stays on the page; the user moves on when ready.
        QCOMPARE(next.count(), 0);
        QVERIFY(page.canGoNext());
        QVERIFY(page.canGoBack());
        QCOMPARE(page.headingText(), QStringLiteral("The check was stopped"));
    }

    void unusableRegistry_showsWhyAndAllowsGoingBack()
    {
        WizardModel model;
        model.registryText = QStringLiteral("   ");
        CheckingPage page(&model);
        page.enter();
        QSignalSpy failed(&model, &WizardModel::checkFailed);
        QVERIFY(!model.startCheck());
        QCOMPARE(failed.count(), 1);
        QVERIFY(page.canGoBack());
        QVERIFY(!page.canGoNext());
        QVERIFY(page.rowIds().isEmpty());
        QLabel *error = page.findChild<QLabel *>(QStringLiteral("checkingError"));
        QVERIFY(error && !error->isHidden());
        QVERIFY(error->text().startsWith(QLatin1String("The check could not start: ")));
    }

    // Switching language while the rows are on screen renders every row again from its message:
    // the check's name, what it found and the unit of its duration, with nothing run again.
    void languageSwitch_rendersTheRowsAgainWithoutRunning()
    {
        WizardModel model;
        model.setPracticeScenario(QStringLiteral("firewall"));
        model.registryText = QStringLiteral("contoso.azurecr.io");
        CheckingPage page(&model);
        page.show();
        page.enter();
        QSignalSpy finished(&model, &WizardModel::checkFinished);
        QSignalSpy started(&model, &WizardModel::probeStarted);
        QVERIFY(model.startCheck());
        QVERIFY(finished.wait(20000));
        const rd::Diagnosis d = finished.first().at(0).value<rd::Diagnosis>();
        const int probesRun = started.count();
        ProbeRow *challenge = page.row(QStringLiteral("challenge"));
        const QString englishTitle = challenge->title(), englishDetail = challenge->detailText();

        QVERIFY(rd::installTranslations(QStringLiteral("it")).startsWith(QLatin1String("it")));
        QCoreApplication::processEvents();
        QVERIFY(challenge->title() != englishTitle);
        QCOMPARE(challenge->title(), titleOf(QStringLiteral("challenge")));
        QVERIFY(challenge->detailText() != englishDetail);
        for (const rd::ProbeResult &p : d.probes) {
            if (p.message.isEmpty())
                continue;
            QCOMPARE(page.row(p.id)->detailText(), p.message.render());   // rendered now, in Italian
            QCOMPARE(page.row(p.id)->title(), titleOf(p.id));
        }
        QVERIFY(challenge->accessibleName().startsWith(titleOf(QStringLiteral("challenge")) + QStringLiteral(": ")));
        QCOMPARE(started.count(), probesRun);

        QCOMPARE(rd::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(challenge->title(), englishTitle);
        QCOMPARE(challenge->detailText(), englishDetail);
    }

    void duration_readsAsMillisecondsOrSeconds()
    {
        QCOMPARE(ProbeRow::formatDuration(120), QStringLiteral("120 ms"));
        QCOMPARE(ProbeRow::formatDuration(1500), QStringLiteral("1.5 s"));
    }
};

QTEST_MAIN(TestCheckingPage)
#include "tst_checking_page.moc"
