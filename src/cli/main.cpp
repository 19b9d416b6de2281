#include "cli_app.h"
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("registry-doctor-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RD_VERSION));
    return rd::CliApp().run(QCoreApplication::arguments());
}
