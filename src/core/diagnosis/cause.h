#pragma once
#include "message.h"
#include <QString>
#include <QStringList>
#include <QVector>

namespace rd {

struct ShellCommand
{
    QString shell;    // "powershell" | "bash"
    QString command;  // never translated; user values quoted for that shell; never a secret
};

struct RemediationStep
{
    QString text;                    // `message`, rendered
    QVector<ShellCommand> commands;
    Message message;
    QVector<ShellCommand> commandsFor(const QString &shell) const; // "powershell" | "bash"
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
