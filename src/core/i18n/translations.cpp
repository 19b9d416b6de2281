#include "translations.h"
#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rd {

namespace {

QStringList searchDirs()
{
    const QString app = QCoreApplication::applicationDirPath();
    return {QStringLiteral(":/i18n"), app + QStringLiteral("/translations"),
            app + QStringLiteral("/../share/registry-doctor/translations"),
            app + QStringLiteral("/../translations")};
}

QTranslator *&appTranslator()
{
    static QTranslator *t = nullptr;
    return t;
}

QTranslator *&qtTranslator()
{
    static QTranslator *t = nullptr;
    return t;
}

} // namespace

QStringList availableLanguages()
{
    QStringList langs{QStringLiteral("en")};
    for (const QString &dir : searchDirs()) {
        const auto files = QDir(dir).entryList({QStringLiteral("registry-doctor_*.qm")}, QDir::Files, QDir::Name);
        for (const QString &f : files) {
            const QString lang = f.mid(16, f.size() - 16 - 3);
            if (!langs.contains(lang))
                langs << lang;
        }
    }
    return langs;
}

QString installTranslations(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    for (QTranslator **slot : {&appTranslator(), &qtTranslator()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete *slot;
            *slot = nullptr;
        }
    }
    // The reader's language, or else English: the source language, whose file holds only the
    // singular and plural of every %n message ("1 hour", "2 hours").
    QString inEffect = QStringLiteral("en");
    auto *app = new QTranslator;
    bool loaded = false;
    for (const QLocale &want : {locale, QLocale(QLocale::English)}) {
        for (const QString &dir : searchDirs())
            if (app->load(want, QStringLiteral("registry-doctor"), QStringLiteral("_"), dir)) {
                loaded = true;
                break;
            }
        if (loaded)
            break;
    }
    if (loaded) {
        QCoreApplication::installTranslator(app);
        appTranslator() = app;
        inEffect = app->language();
    } else {
        delete app;
    }
    auto *qt = new QTranslator;
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator() = qt;
    } else {
        delete qt;
    }
    return inEffect;
}

} // namespace rd
