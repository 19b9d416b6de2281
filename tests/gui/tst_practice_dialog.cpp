// The practice dialog as training (issue 13): the trainee reads the user's complaint, grouped by
// difficulty, never the scenario's title, which names the cause.
#include "practice/practice_registry.h"
#include "practice_dialog.h"
#include "main_window.h"
#include "wizard_model.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QRadioButton>
#include <QtTest>

using namespace rd;

class PracticeDialogTest : public QObject
{
    Q_OBJECT
private slots:
    void list_showsComplaintsByDifficulty_neverTheCause()
    {
        PracticeDialog dialog(QStringLiteral("pull-only-push"));
        auto *list = dialog.findChild<QListWidget *>();
        QVERIFY(list);
        QCOMPARE(dialog.scenarioId(), QStringLiteral("pull-only-push"));
        QStringList shown;
        for (int i = 0; i < list->count(); ++i)
            shown << list->item(i)->text().trimmed();
        const QVector<PracticeScenario> scenarios = practiceScenarios();
        PracticeDifficulty last = PracticeDifficulty::Basic;
        int groupRow = -1;
        for (int i = 0; i < list->count(); ++i) {
            const QString id = list->item(i)->data(Qt::UserRole).toString();
            if (id.isEmpty()) { // a group's name: not selectable
                QVERIFY(!(list->item(i)->flags() & Qt::ItemIsSelectable));
                groupRow = i;
                continue;
            }
            QVERIFY2(groupRow >= 0, qPrintable(id));
            for (const PracticeScenario &s : scenarios) {
                if (s.id != id)
                    continue;
                QVERIFY2(!s.complaint.isEmpty(), qPrintable(id));
                QCOMPARE(list->item(i)->text().trimmed(), s.complaint);
                QCOMPARE(list->item(groupRow)->text(), practiceDifficultyTitle(s.difficulty));
                QVERIFY2(s.difficulty >= last, qPrintable(id)); // easiest first
                last = s.difficulty;
            }
        }
        QVERIFY(shown.contains(QStringLiteral("A colleague cannot push to hello since this morning.")));
        // No title that names the cause, anywhere in the dialog.
        QStringList texts = shown;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            texts << l->text();
        for (const PracticeScenario &s : scenarios)
            QVERIFY2(!texts.contains(s.title) && !texts.join(QLatin1Char('\n')).contains(s.description), qPrintable(s.title));
        QCOMPARE(last, PracticeDifficulty::Advanced);
    }

    // The keyboard never rests on a group's name: Down from a group's last scenario lands on the
    // next group's first, Up comes back, Home is the first scenario, End the last.
    void keys_passOverGroupNames()
    {
        PracticeDialog dialog(QStringLiteral("healthy"));
        auto *list = dialog.findChild<QListWidget *>();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        list->setFocus();
        QList<int> headings;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole).toString().isEmpty())
                headings << i;
        QCOMPARE(headings.size(), 3);
        QCOMPARE(headings.first(), 0);
        list->setCurrentRow(headings.at(1) - 1); // the first group's last scenario
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(list->currentRow(), headings.at(1) + 1);
        QVERIFY(!dialog.scenarioId().isEmpty());
        QTest::keyClick(list, Qt::Key_Up);
        QCOMPARE(list->currentRow(), headings.at(1) - 1);
        QTest::keyClick(list, Qt::Key_Home);
        QCOMPARE(list->currentRow(), 1);
        QTest::keyClick(list, Qt::Key_Up); // nothing above the first scenario but its group's name
        QCOMPARE(list->currentRow(), 1);
        QTest::keyClick(list, Qt::Key_End);
        QCOMPARE(list->currentRow(), list->count() - 1);
        QTest::keyClick(list, Qt::Key_PageUp);
        QVERIFY2(!dialog.scenarioId().isEmpty(), qPrintable(QString::number(list->currentRow())));
    }

    void window_saysTheComplaint_notTheCause()
    {
        MainWindow window;
        window.startPractice(QStringLiteral("firewall"));
        for (const PracticeScenario &s : practiceScenarios()) {
            if (s.id != QLatin1String("firewall"))
                continue;
            QVERIFY2(window.windowTitle().contains(s.complaint.chopped(1)), qPrintable(window.windowTitle())); // quoted without its full stop
            QVERIFY(!window.windowTitle().contains(s.title));
            QVERIFY2(window.windowTitle().endsWith(QStringLiteral("Practice: ") + s.complaint.chopped(1) + QStringLiteral(" — Registry Doctor")),
                     qPrintable(window.windowTitle()));
            for (QLabel *l : window.findChildren<QLabel *>())
                QVERIFY2(!l->text().contains(s.title), qPrintable(l->text()));
        }
    }

    // The registry page shows the registry the complaint is about, not an Azure one for every scenario.
    void window_startsWithTheScenariosRegistry()
    {
        MainWindow window;
        window.startPractice(QStringLiteral("gar-configure-docker-other-region"));
        QCOMPARE(window.model()->registryText, QStringLiteral("europe-west1-docker.pkg.dev"));
        QCOMPARE(window.model()->reference().loginServer, QStringLiteral("europe-west1-docker.pkg.dev"));
        window.startPractice(QStringLiteral("typo-in-name"));
        QCOMPARE(window.model()->registryText, QStringLiteral("https://Contoso.azurecr.io:443/"));
        window.startPractice(QStringLiteral("firewall"));
        QCOMPARE(window.model()->registryText, QStringLiteral("contoso.azurecr.io"));
    }

    // The Artifact Registry scenario's trainee has the Docker config gcloud auth configure-docker
    // wrote (credHelpers): the first page shows Docker's saved sign-in chosen, as the check uses it,
    // not the oauth2accesstoken fields they never type in.
    void garScenario_firstPageShowsDockersSavedSignIn()
    {
        MainWindow window;
        window.show();
        window.startPractice(QStringLiteral("gar-configure-docker-other-region"));
        QCOMPARE(window.model()->signIn, SignInMethod::DockerStored);
        auto *docker = window.findChild<QRadioButton *>(QStringLiteral("dockerRadio"));
        QVERIFY(docker);
        QVERIFY(docker->isChecked());
        QVERIFY(docker->isVisible());
        auto *credentials = window.findChild<QWidget *>(QStringLiteral("credentialsWidget"));
        QVERIFY(credentials);
        QVERIFY(!credentials->isVisible());
        QCOMPARE(practiceSignIn(QStringLiteral("gar-configure-docker-other-region")), SignInMethod::DockerStored);
        QCOMPARE(practiceSignIn(QStringLiteral("ecr-expired-token")), SignInMethod::Password);
    }

    // The introduction names the services the scenarios play, not Azure's alone.
    void dialog_introNamesEveryService()
    {
        PracticeDialog dialog{QString()};
        QString intro;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            if (l->text().contains(QStringLiteral("practice registry")))
                intro = l->text();
        for (const char *service : {"Azure Container Registry", "Docker Hub", "GitHub Container Registry", "Amazon ECR", "Google Artifact Registry"})
            QVERIFY2(intro.contains(QLatin1String(service)), qPrintable(intro));
        QVERIFY2(!intro.contains(QStringLiteral("behaves like Azure Container Registry")), qPrintable(intro));
    }
};

QTEST_MAIN(PracticeDialogTest)
#include "tst_practice_dialog.moc"
