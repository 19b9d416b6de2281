#pragma once
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class QCommandLineParser;

namespace rd {

struct CheckOptions;
struct Diagnosis;

// registry-doctor-cli: parses the command line, runs one command, returns the exit code.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(rd::CliApp)
public:
    enum Exit { NoProblem = 0, ProblemsFound = 1, BadUsage = 2, CouldNotRun = 3 };

    CliApp();
    int run(const QStringList &arguments);

private:
    int usageError(const QString &message);
    int runCheck(QCommandLineParser &parser, const QStringList &positional);
    int runSymptoms(const QString &format);
    int runCauses(const QString &format);
    int runExplain(const QString &format);
    int runPracticeList(const QString &format);
    int executeCheck(const CheckOptions &options, const QString &format);
    int executeAllLogins(const CheckOptions &options, const QString &format);
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace rd
