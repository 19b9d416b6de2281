#pragma once
// Human-readable reports: plain text for a terminal and Markdown for chat, e-mail or a ticket.
// Causes come first, in plain words; the checks that ran follow.
#include "diagnosis/diagnosis.h"
#include <QString>

namespace rd {

class Redactor;

// The shell whose commands a reader on this system copies: "powershell" on Windows, else "bash".
QString nativeShell();

QString writeTextReport(const Diagnosis &d, const Redactor &redactor, const QString &shell = nativeShell());
QString writeMarkdownReport(const Diagnosis &d, const Redactor &redactor, const QString &shell = nativeShell());

} // namespace rd
