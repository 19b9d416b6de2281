#pragma once
// Quoting of user values (registry, user name, repository) in the commands the product shows, so
// that a value with spaces or shell metacharacters is passed as one literal argument.
#include <QString>

namespace rd {

QString bashQuote(const QString &value);        // 'it'\''s' style; plain when safe
QString powershellQuote(const QString &value);  // 'it''s' style; plain when safe

} // namespace rd
