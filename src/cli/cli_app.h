#pragma once
#include <QCoreApplication>
#include <QStringList>

namespace rd {

// registry-doctor-cli: parses the command line, runs one command, returns the exit code
// (0 no problem, 1 problems found, 2 bad usage or input, 3 the check could not run).
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(rd::CliApp)
public:
    int run(const QStringList &arguments);
};

} // namespace rd
