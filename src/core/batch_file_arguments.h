#pragma once
// On Windows a batch file (.cmd, .bat; the Azure CLI is az.cmd) is run by cmd.exe, which parses the
// whole command line again: quotes, %VAR%, ^, &, |, <, > and ! in an argument can run other
// commands ("BatBadBut"), and no quoting by the caller is safe. ProcessRunner therefore gives a batch
// file only arguments made of characters cmd.exe treats as plain text.
#include <QString>
#include <QStringList>

namespace rd {

// True when `program` is run through cmd.exe on Windows: its name ends with .cmd or .bat.
bool isBatchFile(const QString &program);
// True when every argument is non-empty and only letters, digits and - _ . : / = @ , + { }.
bool isSafeBatchFileArgumentList(const QStringList &arguments);

} // namespace rd
