#include "focus_frame_style.h"
#include "i18n/translations.h"
#include "main_window.h"
#include "practice/practice_registry.h"
#include "wizard_model.h"
#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Focus frames that can be seen (3:1), on the style the platform chose.
    QApplication::setStyle(new rd::FocusFrameStyle(QStyleFactory::create(QApplication::style()->name())));
    QApplication::setOrganizationName(QStringLiteral("RegistryDoctor"));
    QApplication::setApplicationName(QStringLiteral("registry-doctor"));
    QApplication::setApplicationDisplayName(QStringLiteral("Registry Doctor"));
    QApplication::setApplicationVersion(QStringLiteral(RD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("registry-doctor"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Registry Doctor"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("practice"), QStringLiteral("Start in practice mode with this scenario."), QStringLiteral("scenario")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Interface language (it, de, fr, ...)."), QStringLiteral("code")});
    parser.addOption({QStringLiteral("open"), QStringLiteral("Open a saved JSON report."), QStringLiteral("file")});
    parser.process(app);

    // The language: --lang, else the one chosen last time, else the system's.
    const QString language = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang"))
                                                                  : QSettings().value(QStringLiteral("language")).toString();
    rd::installTranslations(language);

    rd::MainWindow window;
    if (parser.isSet(QStringLiteral("lang")))
        window.setLanguage(language);
    if (parser.isSet(QStringLiteral("practice"))) {
        const QString scenario = parser.value(QStringLiteral("practice"));
        if (!rd::isPracticeScenario(scenario)) {
            std::fprintf(stderr, "Unknown practice scenario: %s\n", qPrintable(scenario));
            return 2;
        }
        window.startPractice(scenario);
    }
    window.show();
    if (parser.isSet(QStringLiteral("open")))
        window.openReport(parser.value(QStringLiteral("open")));
    return app.exec();
}
