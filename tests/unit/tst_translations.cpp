// The shipped translations: every message translated, placeholders and plural forms intact, and
// no source string missing (lupdate run over the sources into a temporary copy finds nothing new).
#include "diagnosis/cause_catalog.h"
#include "i18n/translations.h"
#include "time_text.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

#ifndef RD_TRANSLATIONS_DIR
#error "RD_TRANSLATIONS_DIR, RD_LUPDATE_PATH, RD_LUPDATE_SOURCES_LIST, RD_LUPDATE_OPTIONS and RD_SHIPPED_LANGUAGES come from the top-level CMakeLists.txt"
#endif

using namespace rd;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;               // translation type: "", "unfinished", "vanished", "obsolete"
    QString translation;        // non-numerus
    QStringList numerusForms;   // numerus
    int line = 0;               // in the .ts file
    QString key() const { return context + QLatin1Char('|') + source + QLatin1Char('|') + comment; }
    QString where() const { return QStringLiteral("[%1] \"%2\" (ts line %3)").arg(context, source.left(80)).arg(line); }
};

struct TsFile
{
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ts.error = f.errorString();
        return ts;
    }
    QXmlStreamReader x(&f);
    QString context;
    while (!x.atEnd()) {
        x.readNext();
        if (!x.isStartElement())
            continue;
        if (x.name() == QLatin1String("TS")) {
            ts.language = x.attributes().value(QLatin1String("language")).toString();
        } else if (x.name() == QLatin1String("name")) {
            context = x.readElementText();
        } else if (x.name() == QLatin1String("message")) {
            TsMessage m;
            m.context = context;
            m.line = int(x.lineNumber());
            m.numerus = x.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (!(x.isEndElement() && x.name() == QLatin1String("message")) && !x.atEnd()) {
                x.readNext();
                if (!x.isStartElement())
                    continue;
                if (x.name() == QLatin1String("source")) {
                    m.source = x.readElementText();
                } else if (x.name() == QLatin1String("comment")) {
                    m.comment = x.readElementText();
                } else if (x.name() == QLatin1String("translation")) {
                    m.type = x.attributes().value(QLatin1String("type")).toString();
                    if (!m.numerus) {
                        m.translation = x.readElementText();
                    } else {
                        while (!(x.isEndElement() && x.name() == QLatin1String("translation")) && !x.atEnd()) {
                            x.readNext();
                            if (x.isStartElement() && x.name() == QLatin1String("numerusform"))
                                m.numerusForms << x.readElementText();
                        }
                    }
                }
            }
            ts.messages << m;
        }
    }
    if (x.hasError())
        ts.error = QStringLiteral("%1 at line %2").arg(x.errorString()).arg(x.lineNumber());
    return ts;
}

// %1..%9, %L1..%L9 and %n: the placeholders QString::arg and tr's plural handling fill in.
QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(L?[1-9]|n)"));
    QSet<QString> found;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        found.insert(it.next().captured(0));
    return found;
}

QString sorted(const QSet<QString> &set)
{
    QStringList l(set.begin(), set.end());
    l.sort();
    return l.join(QLatin1Char(' '));
}

// Plural forms Qt uses for a language (see Qt Linguist's numerus rules).
int pluralForms(const QString &language)
{
    const QString lang = language.section(QLatin1Char('_'), 0, 0);
    static const QStringList oneForm{QStringLiteral("ja"), QStringLiteral("zh"), QStringLiteral("ko"),
                                     QStringLiteral("vi"), QStringLiteral("th"), QStringLiteral("id")};
    static const QStringList threeForms{QStringLiteral("pl"), QStringLiteral("ru"), QStringLiteral("uk"),
                                        QStringLiteral("cs"), QStringLiteral("sk"), QStringLiteral("hr"),
                                        QStringLiteral("sr"), QStringLiteral("lt"), QStringLiteral("lv"),
                                        QStringLiteral("ro")};
    if (oneForm.contains(lang))
        return 1;
    if (threeForms.contains(lang))
        return 3;
    return 2;
}

// The English plural file: only the %n messages, in the source language.
QString pluralsTs()
{
    return QStringLiteral(RD_PLURALS_TS);
}

// The translations proper, one per shipped language (not the English plural file).
QStringList shippedTsFiles()
{
    QStringList files;
    const QDir dir(QStringLiteral(RD_TRANSLATIONS_DIR));
    for (const QString &f : dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name))
        if (QFileInfo(dir.filePath(f)) != QFileInfo(pluralsTs()))
            files << dir.filePath(f);
    return files;
}

// A cross-built Windows test program is given the build machine's lupdate (a Linux program), which
// Windows cannot start; the sources it reads are the same on every system, so the build machine's
// own run checks them. A native Windows build has lupdate.exe and runs the check.
bool lupdateRunsHere()
{
#ifdef Q_OS_WIN
    return QStringLiteral(RD_LUPDATE_PATH).endsWith(QLatin1String(".exe"), Qt::CaseInsensitive);
#else
    return true;
#endif
}

// Runs lupdate over the sources into a copy of `path` (with the project's options plus `extra`,
// keeping what vanished) and lists the messages it added and the ones it found gone.
QString lupdateDifferences(const QString &path, const QStringList &extra)
{
    if (!QFileInfo::exists(QStringLiteral(RD_LUPDATE_PATH)) || !QFileInfo::exists(QStringLiteral(RD_LUPDATE_SOURCES_LIST)))
        return QStringLiteral("lupdate or its source list is missing: " RD_LUPDATE_PATH " " RD_LUPDATE_SOURCES_LIST);
    QTemporaryDir tmp;
    const QString copy = tmp.filePath(QFileInfo(path).fileName());
    if (!tmp.isValid() || !QFile::copy(path, copy))
        return QStringLiteral("cannot copy %1").arg(path);
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    // The same sources and options as the update_translations target, but keeping what vanished
    // so that a removed string shows as well as a new one.
    QStringList args = QStringLiteral(RD_LUPDATE_OPTIONS).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    args.removeAll(QStringLiteral("-no-obsolete"));
    args << extra << QStringLiteral("@" RD_LUPDATE_SOURCES_LIST) << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.start(QStringLiteral(RD_LUPDATE_PATH), args);
    if (!lupdate.waitForStarted())
        return QStringLiteral("lupdate did not start");
    // Qt 6.4's lupdate can spin forever on some constructs (a numerus argument with nested
    // parentheses); a time limit turns that into a failure instead of a hung test.
    if (!lupdate.waitForFinished(120000)) {
        lupdate.kill();
        lupdate.waitForFinished();
        return QStringLiteral("lupdate did not finish within two minutes");
    }
    if (lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0)
        return QString::fromLocal8Bit(lupdate.readAllStandardError());

    const TsFile committed = readTs(path);
    const TsFile refreshed = readTs(copy);
    if (!refreshed.error.isEmpty())
        return refreshed.error;
    QSet<QString> committedKeys;
    for (const TsMessage &m : committed.messages)
        committedKeys.insert(m.key());
    QStringList added, removed;
    for (const TsMessage &m : refreshed.messages) {
        if (!committedKeys.contains(m.key()))
            added << QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
        else if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            removed << QStringLiteral("[%1] \"%2\"").arg(m.context, m.source);
    }
    QString out;
    if (!added.isEmpty())
        out += QStringLiteral("%1 source string(s) missing from %2:\n").arg(added.size()).arg(QFileInfo(path).fileName()) + added.join(QLatin1Char('\n'));
    if (!removed.isEmpty())
        out += QStringLiteral("\n%1 string(s) in %2 no longer in the sources:\n").arg(removed.size()).arg(QFileInfo(path).fileName()) + removed.join(QLatin1Char('\n'));
    if (!out.isEmpty())
        out += QStringLiteral("\nRun: cmake --build <build dir> --target update_translations, translate, commit the .ts.");
    return out;
}

// Text with what may rightly stay English taken out: quoted messages from servers and clients,
// commands and markup. What is left of a translation should hold no English sentence.
QString withoutQuotedText(const QString &text)
{
    static const QRegularExpression quoted(QStringLiteral(
        "\"[^\"]*\"|\u00ab[^\u00bb]*\u00bb|\u201e[^\u201c]*\u201c|\u300c[^\u300d]*\u300d|\u201c[^\u201d]*\u201d|(?<!\\w)'.*'(?!\\w)|<[^>]*>|`[^`]*`"));
    return QString(text).remove(quoted);
}

// Words that only English has, among the shipped languages.
QString englishWordIn(const QString &text)
{
    static const QRegularExpression words(QStringLiteral(
        "\\b(the|and|with|your|this|that|cannot|could|should|does|which|were|please|not|from|is|are)\\b"));
    const QRegularExpressionMatch m = words.match(withoutQuotedText(text));
    return m.hasMatch() ? m.captured(0) : QString();
}

QString withoutMnemonic(QString text)
{
    static const QRegularExpression cjk(QStringLiteral("\\(&\\w\\)"));
    text.remove(cjk);
    text.remove(QRegularExpression(QStringLiteral("&(?=\\w)")));
    return text.trimmed();
}

// Sources a translation may rightly repeat unchanged: product names, units, and words the
// language has borrowed (Italian "password", "repository"; German "Problem").
bool mayStayAsInEnglish(const QString &language, const QString &source)
{
    static const QStringList everywhere{QStringLiteral("Registry Doctor"), QStringLiteral("Azure CLI"),
                                        QStringLiteral("Azure CLI (az acr login)"), QStringLiteral("Azure Container Registry"),
                                        QStringLiteral("%1 ms"), QStringLiteral("%1 (%2 ms): %3")};
    static const QHash<QString, QStringList> borrowed{
        {QStringLiteral("it"), {QStringLiteral("Password"), QStringLiteral("File"), QStringLiteral("Scenario:"),
                                QStringLiteral("Report (*.json)"), QStringLiteral("Repository")}},
        {QStringLiteral("de"), {QStringLiteral("Problem"), QStringLiteral("Problem: %1"), QStringLiteral("Repository")}},
        {QStringLiteral("fr"), {QStringLiteral("Service")}}, // the same word in French
    };
    const QString s = withoutMnemonic(source);
    return everywhere.contains(s) || borrowed.value(language.section(QLatin1Char('_'), 0, 0)).contains(s)
        || !s.contains(QRegularExpression(QStringLiteral("[A-Za-z]{2}")));
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT
private slots:
    void shippedLanguages_eachHaveATsFile_andNoOtherTsShips();
    void everyMessage_isTranslated_data();
    void everyMessage_isTranslated();
    void placeholders_matchTheSource_data();
    void placeholders_matchTheSource();
    void pluralMessages_haveEveryForm_data();
    void pluralMessages_haveEveryForm();
    void lupdateOverTheSources_findsNoNewOrRemovedString_data();
    void lupdateOverTheSources_findsNoNewOrRemovedString();
    void nothingIsLeftInEnglish_data();
    void nothingIsLeftInEnglish();
    void everyMessage_saysWhereItIsUsed_data();
    void everyMessage_saysWhereItIsUsed();
    void englishPlurals_haveSingularAndPlural_forEveryCountedMessage();
    void checkers_catchABrokenFile();
    void italian_isEmbedded_durationsUseBothPluralForms_linksUseItIt();
    void learnLocale_followsTheReadersVariant_data();
    void learnLocale_followsTheReadersVariant();
    void learnLinks_useNoSlugThatNowRedirects();

private:
    void addFileRows();
};

void TranslationsTest::addFileRows()
{
    QTest::addColumn<QString>("path");
    const QStringList files = shippedTsFiles();
    QVERIFY2(!files.isEmpty(), RD_TRANSLATIONS_DIR " holds no .ts file");
    for (const QString &f : files)
        QTest::newRow(qPrintable(QFileInfo(f).fileName())) << f;
}

void TranslationsTest::shippedLanguages_eachHaveATsFile_andNoOtherTsShips()
{
    QStringList expected;
    const QStringList langs = QStringLiteral(RD_SHIPPED_LANGUAGES).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QVERIFY(langs.contains(QStringLiteral("it")));
    for (const QString &l : langs)
        expected << QStringLiteral("registry-doctor_%1.ts").arg(l);
    expected << QFileInfo(pluralsTs()).fileName();
    expected.sort();
    const QStringList actual = QDir(QStringLiteral(RD_TRANSLATIONS_DIR)).entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name);
    // A .ts in translations/ that CMake does not list would be neither refreshed nor built.
    QCOMPARE(actual, expected);
}

void TranslationsTest::everyMessage_isTranslated_data()
{
    addFileRows();
}

void TranslationsTest::everyMessage_isTranslated()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(ts.messages.size() > 400, qPrintable(QStringLiteral("only %1 messages").arg(ts.messages.size())));
    QStringList bad;
    for (const TsMessage &m : ts.messages) {
        if (!m.type.isEmpty())
            bad << QStringLiteral("%1 is %2").arg(m.where(), m.type);
        else if (!m.numerus && m.translation.trimmed().isEmpty())
            bad << QStringLiteral("%1 has an empty translation").arg(m.where());
    }
    QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 message(s) not ready:\n").arg(bad.size()) + bad.join(QLatin1Char('\n'))));
}

void TranslationsTest::placeholders_matchTheSource_data()
{
    addFileRows();
}

void TranslationsTest::placeholders_matchTheSource()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList bad;
    int checked = 0;
    for (const TsMessage &m : ts.messages) {
        const QSet<QString> want = placeholders(m.source);
        const QStringList texts = m.numerus ? m.numerusForms : QStringList{m.translation};
        for (const QString &t : texts) {
            ++checked;
            if (placeholders(t) != want)
                bad << QStringLiteral("%1: source has {%2}, translation \"%3\" has {%4}").arg(m.where(), sorted(want), t, sorted(placeholders(t)));
        }
    }
    QVERIFY(checked > 400);
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
}

void TranslationsTest::pluralMessages_haveEveryForm_data()
{
    addFileRows();
}

void TranslationsTest::pluralMessages_haveEveryForm()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    const int forms = pluralForms(ts.language);
    QStringList bad;
    int numerus = 0;
    for (const TsMessage &m : ts.messages) {
        if (!m.numerus)
            continue;
        ++numerus;
        int filled = 0;
        for (const QString &f : m.numerusForms)
            filled += f.trimmed().isEmpty() ? 0 : 1;
        if (m.numerusForms.size() != forms || filled != forms)
            bad << QStringLiteral("%1: %2 of %3 plural forms").arg(m.where()).arg(filled).arg(forms);
    }
    // The durations alone have four plural messages.
    QVERIFY2(numerus >= 4, qPrintable(QString::number(numerus)));
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
}

void TranslationsTest::lupdateOverTheSources_findsNoNewOrRemovedString_data()
{
    addFileRows();
}

void TranslationsTest::lupdateOverTheSources_findsNoNewOrRemovedString()
{
    if (!lupdateRunsHere())
        QSKIP("lupdate here is the build machine's Linux program");
    QFETCH(QString, path);
    const QString differences = lupdateDifferences(path, {});
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
}

void TranslationsTest::everyMessage_saysWhereItIsUsed_data()
{
    addFileRows();
    QTest::newRow("registry-doctor_en.ts") << pluralsTs();
}

// Translators see the source file and line of each string (Linguist shows the code around it).
void TranslationsTest::everyMessage_saysWhereItIsUsed()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    static const QRegularExpression message(QStringLiteral("<message[^>]*>(.*?)</message>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    QStringList without;
    int count = 0;
    for (auto it = message.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        ++count;
        if (!m.captured(1).contains(QLatin1String("<location")))
            without << m.captured(1).section(QLatin1String("<source>"), 1).section(QLatin1String("</source>"), 0, 0);
    }
    QVERIFY(count > 0);
    QVERIFY2(without.isEmpty(), qPrintable(QStringLiteral("%1 messages without a source location, first: %2")
                                              .arg(without.size()).arg(without.value(0))));
}

void TranslationsTest::nothingIsLeftInEnglish_data()
{
    addFileRows();
}

void TranslationsTest::nothingIsLeftInEnglish()
{
    QFETCH(QString, path);
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList bad;
    for (const TsMessage &m : ts.messages) {
        const QStringList texts = m.numerus ? m.numerusForms : QStringList{m.translation};
        for (const QString &t : texts) {
            if (withoutMnemonic(t) == withoutMnemonic(m.source) && !mayStayAsInEnglish(ts.language, m.source))
                bad << QStringLiteral("%1: not translated").arg(m.where());
            else if (const QString word = englishWordIn(t); !word.isEmpty())
                bad << QStringLiteral("%1: English \"%2\" outside quotes in \"%3\"").arg(m.where(), word, t);
        }
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
}

void TranslationsTest::englishPlurals_haveSingularAndPlural_forEveryCountedMessage()
{
    if (!lupdateRunsHere())
        QSKIP("lupdate here is the build machine's Linux program");
    const TsFile en = readTs(pluralsTs());
    QVERIFY2(en.error.isEmpty(), qPrintable(en.error));
    QCOMPARE(en.language, QStringLiteral("en"));
    QVERIFY2(en.messages.size() >= 10, qPrintable(QString::number(en.messages.size())));
    QStringList bad;
    for (const TsMessage &m : en.messages) {
        if (!m.numerus) {
            bad << QStringLiteral("%1 is not a plural message").arg(m.where());
            continue;
        }
        if (!m.type.isEmpty())
            bad << QStringLiteral("%1 is %2").arg(m.where(), m.type);
        if (m.numerusForms.size() != 2 || m.numerusForms.contains(QString()))
            bad << QStringLiteral("%1: %2 forms").arg(m.where()).arg(m.numerusForms.size());
        for (const QString &f : m.numerusForms) {
            if (f.contains(QLatin1String("(s)")))
                bad << QStringLiteral("%1: \"%2\" still says (s)").arg(m.where(), f);
            if (placeholders(f) != placeholders(m.source))
                bad << QStringLiteral("%1: \"%2\" has {%3}").arg(m.where(), f, sorted(placeholders(f)));
        }
        if (m.source.contains(QLatin1String("(s)")) && m.numerusForms.size() == 2 && m.numerusForms.at(0) == m.numerusForms.at(1))
            bad << QStringLiteral("%1: singular and plural are the same").arg(m.where());
    }
    QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    // Every %n message of the sources is there, and nothing else.
    const QString differences = lupdateDifferences(pluralsTs(), {QStringLiteral("-pluralonly")});
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
}

void TranslationsTest::checkers_catchABrokenFile()
{
    // The checks above would pass on anything if the reader saw no messages; feed it a file with
    // each kind of mistake and make sure each one is seen.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("broken_it.ts"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>rd::Example</name>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="vanished">Sparito</translation>
    </message>
    <message>
        <source>Signed in as %1 to %2</source>
        <translation>Accesso eseguito come %1</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ora</numerusform>
        </translation>
    </message>
</context>
</TS>
)");
    f.close();
    const TsFile ts = readTs(path);
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.language, QStringLiteral("it_IT"));
    QCOMPARE(ts.messages.size(), 4);
    QCOMPARE(ts.messages.at(0).type, QStringLiteral("unfinished"));
    QCOMPARE(ts.messages.at(1).type, QStringLiteral("vanished"));
    QCOMPARE(sorted(placeholders(ts.messages.at(2).source)), QStringLiteral("%1 %2"));
    QCOMPARE(sorted(placeholders(ts.messages.at(2).translation)), QStringLiteral("%1"));
    QVERIFY(ts.messages.at(3).numerus);
    QCOMPARE(ts.messages.at(3).numerusForms, QStringList{QStringLiteral("%n ora")});
    QCOMPARE(pluralForms(ts.language), 2);
    QCOMPARE(pluralForms(QStringLiteral("ja_JP")), 1);
    QCOMPARE(sorted(placeholders(QStringLiteral("%L1 of %n, 100%"))), QStringLiteral("%L1 %n"));
    // The English check sees English outside quotes, and only there.
    QCOMPARE(englishWordIn(QStringLiteral("Il registro risponde the connection")), QStringLiteral("the"));
    QVERIFY(englishWordIn(QStringLiteral("Il registro risponde \"unauthorized: authentication is required\"")).isEmpty());
    QVERIFY(englishWordIn(QStringLiteral("rifiutata con 403 'client with IP '1.2.3.4' is not allowed access'")).isEmpty());
    QVERIFY(englishWordIn(QStringLiteral("Le registre a répondu \u00ab\u00a0Application not registered with AAD\u00a0\u00bb.")).isEmpty());
    QVERIFY(englishWordIn(QStringLiteral("Die Adresse hat nicht geantwortet, was sie sollte.")).isEmpty());
    QVERIFY(mayStayAsInEnglish(QStringLiteral("it_IT"), QStringLiteral("&Password")));
    QVERIFY(!mayStayAsInEnglish(QStringLiteral("fr_FR"), QStringLiteral("&Password")));
    QVERIFY(!mayStayAsInEnglish(QStringLiteral("it_IT"), QStringLiteral("Start check")));
    QCOMPARE(withoutMnemonic(QStringLiteral("\u30c1\u30a7\u30c3\u30af\u3092\u958b\u59cb(&S)")), QStringLiteral("\u30c1\u30a7\u30c3\u30af\u3092\u958b\u59cb"));
    QCOMPARE(withoutMnemonic(QStringLiteral("Rep&ository")), QStringLiteral("Repository"));
}

void TranslationsTest::italian_isEmbedded_durationsUseBothPluralForms_linksUseItIt()
{
    // The .qm is a resource of rdcore: any program linking it finds Italian with no install step.
    QVERIFY(QFileInfo::exists(QStringLiteral(":/i18n/registry-doctor_it.qm")));
    QVERIFY(availableLanguages().contains(QStringLiteral("it")));
    QCOMPARE(installTranslations(QStringLiteral("it")), QStringLiteral("it_IT"));
    QCOMPARE(describeDuration(1), QStringLiteral("1 secondo"));
    QCOMPARE(describeDuration(45), QStringLiteral("45 secondi"));
    QCOMPARE(describeDuration(600), QStringLiteral("10 minuti"));
    // describeDuration never rounds to one hour (under 90 minutes it counts minutes); the
    // singular form is there all the same.
    QCOMPARE(QCoreApplication::translate("rd::Duration", "%n hour(s)", nullptr, 1), QStringLiteral("1 ora"));
    QCOMPARE(describeDuration(3 * 3600), QStringLiteral("3 ore"));
    QCOMPARE(describeDuration(86400 * 2), QStringLiteral("2 giorni"));
    QCOMPARE(learnLocale(), QStringLiteral("it-it"));
    const Cause c = makeCause(QStringLiteral("credentials-expired"));
    QVERIFY(!c.links.isEmpty());
    QVERIFY2(c.links.first().url.contains(QLatin1String("/it-it/")), qPrintable(c.links.first().url));
    QVERIFY(c.title != QLatin1String("The sign-in has expired"));

    QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(describeDuration(3 * 3600), QStringLiteral("3 hours"));
    QCOMPARE(QCoreApplication::translate("rd::Duration", "%n hour(s)", nullptr, 1), QStringLiteral("1 hour"));
    QCOMPARE(learnLocale(), QStringLiteral("en-us"));
    // A language with no translation reads English, with English plurals.
    QCOMPARE(installTranslations(QStringLiteral("ko")), QStringLiteral("en"));
    QCOMPARE(describeDuration(1), QStringLiteral("1 second"));
    QCOMPARE(describeDuration(45), QStringLiteral("45 seconds"));
}

void TranslationsTest::learnLocale_followsTheReadersVariant_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("learn");
    QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("it-it");
    QTest::newRow("de_CH") << QStringLiteral("de_CH") << QStringLiteral("de-de");
    QTest::newRow("fr_CA") << QStringLiteral("fr_CA") << QStringLiteral("fr-fr");
    QTest::newRow("es_MX") << QStringLiteral("es_MX") << QStringLiteral("es-es");
    QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("ja-jp");
    QTest::newRow("pt_BR") << QStringLiteral("pt_BR") << QStringLiteral("pt-br");
    QTest::newRow("pt (Brazil by default)") << QStringLiteral("pt") << QStringLiteral("pt-br");
    QTest::newRow("pt_PT") << QStringLiteral("pt_PT") << QStringLiteral("pt-pt");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("zh-cn");
    QTest::newRow("zh_SG") << QStringLiteral("zh_SG") << QStringLiteral("zh-cn");
    QTest::newRow("zh_TW") << QStringLiteral("zh_TW") << QStringLiteral("zh-tw");
    QTest::newRow("zh_Hant") << QStringLiteral("zh_Hant") << QStringLiteral("zh-tw");
    QTest::newRow("zh_HK") << QStringLiteral("zh_HK") << QStringLiteral("zh-hk");
    QTest::newRow("zh_MO") << QStringLiteral("zh_MO") << QStringLiteral("zh-hk");
    QTest::newRow("ko (no translation)") << QStringLiteral("ko") << QStringLiteral("en-us");
    QTest::newRow("C") << QStringLiteral("C") << QStringLiteral("en-us");
}

void TranslationsTest::learnLocale_followsTheReadersVariant()
{
    QFETCH(QString, locale);
    QFETCH(QString, learn);
    const QLocale before;
    QLocale::setDefault(QLocale(locale));
    const QString got = learnLocale();
    const QString url = learnUrl(QStringLiteral("container-registry-faq"));
    QLocale::setDefault(before);
    QCOMPARE(got, learn);
    QCOMPARE(url, QStringLiteral("https://learn.microsoft.com/%1/azure/container-registry/container-registry-faq").arg(learn));
}

void TranslationsTest::learnLinks_useNoSlugThatNowRedirects()
{
    // Learn moved these pages (MicrosoftDocs/azure-management-docs, the container-registry redirect
    // file); a link to the old address lands on a page whose title no longer matches the link's.
    const QStringList moved{QStringLiteral("/container-registry-troubleshoot-login"), QStringLiteral("/container-registry-roles"),
                            QStringLiteral("/container-registry-repository-scoped-permissions")};
    int links = 0;
    for (const Cause &c : causeCatalog()) {
        for (const auto &l : c.links) {
            ++links;
            // Learn, or Docker's own documentation for the Docker engine's settings.
            QVERIFY2(l.url.startsWith(QLatin1String("https://learn.microsoft.com/")) || l.url.startsWith(QLatin1String("https://docs.docker.com/")),
                     qPrintable(l.url));
            for (const QString &old : moved)
                QVERIFY2(!l.url.endsWith(old), qPrintable(QStringLiteral("%1 links to %2, which redirects").arg(c.id, l.url)));
        }
    }
    QVERIFY(links > 20);
}

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
