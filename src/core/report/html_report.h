#pragma once
// HTML report (a self-contained page to save or attach) and the short summary for chat or e-mail.
#include "diagnosis/diagnosis.h"
#include <QString>

namespace rd {

class Redactor;

// A complete HTML document (inline CSS, no scripts, no external resources), every value escaped,
// in the current language; commands for `shell` ("powershell" or "bash").
QString writeHtmlReport(const Diagnosis &d, const Redactor &redactor, const QString &shell);
// A few lines of plain text a user pastes into a chat or e-mail to the help desk: the registry,
// the verdict, each cause's title and first step with its command, and the checks that failed.
QString writeChatSummary(const Diagnosis &d, const Redactor &redactor, const QString &shell);

} // namespace rd
