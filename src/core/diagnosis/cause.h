#pragma once
#include "message.h"
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rd {

struct ShellCommand
{
    ShellCommand() = default;
    ShellCommand(QString shell_, QString command_, QString os_ = {})
        : shell(std::move(shell_)), command(std::move(command_)), os(std::move(os_)) {}
    QString shell;    // "powershell" | "bash" (a POSIX command: valid in bash and in zsh, macOS's shell)
    QString command;  // never translated; user values quoted for that shell; never a secret
    QString os;       // empty: any system with that shell; "linux" | "macos": only there (systemctl, brew)
};

// The system whose commands this program shows: "windows", "macos" or "linux".
QString hostOs();
// {"shell", "command"} and "os" when the command is for one system only (reports, the CLI's JSON).
QJsonObject toJson(const ShellCommand &command);

struct RemediationStep
{
    QString text;                    // `message`, rendered
    QVector<ShellCommand> commands;
    Message message;
    // The commands for `shell` that apply on `os` (see ShellCommand::os).
    QVector<ShellCommand> commandsFor(const QString &shell, const QString &os = hostOs()) const;
};

struct DocLink
{
    QString title;                   // translated
    QString url;                     // Microsoft Learn in the reader's language where it exists
};

struct Cause
{
    enum class Severity { Error, Warning };
    QString id;                      // stable, see causecatalog.h
    Severity severity = Severity::Error;
    QString title;                   // translated
    QString explanation;             // translated, for a non-expert
    QStringList evidence;            // `evidenceMessages`, rendered: sentences quoting what was observed
    QVector<Message> evidenceMessages;
    QVector<RemediationStep> remediation;
    QVector<DocLink> links;
    QStringList probes;              // the probes whose results triggered it ("check again" re-runs them)
};

QString severityName(Cause::Severity s); // "error" | "warning"

} // namespace rd
