#pragma once
// Loads the product's translations (and Qt's own, for standard dialog buttons) for a language.
#include <QString>
#include <QStringList>

namespace rd {

// Installs translators for `language` ("it", "de", "pt_BR", ... ; empty = the system locale) and
// makes it the default locale for dates and numbers. Returns the language in effect ("en" when
// no translation was found). Safe to call again to switch language.
QString installTranslations(const QString &language);
// Languages with a translation file, plus "en".
QStringList availableLanguages();

} // namespace rd
