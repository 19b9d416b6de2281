// Quoting user values in the commands the product shows, checked by a real bash where possible.
#include "diagnosis/shell_quote.h"

#include <QFileInfo>
#include <QProcess>
#include <QTest>

using rd::bashQuote;
using rd::powershellQuote;

namespace {

QStringList nastyValues()
{
    return {
        QStringLiteral("contoso.azurecr.io"),
        QStringLiteral("with space"),
        QStringLiteral("  leading and trailing  "),
        QStringLiteral("it's"),
        QStringLiteral("'"),
        QStringLiteral("''"),
        QStringLiteral("'quoted'"),
        QStringLiteral("\"double\""),
        QStringLiteral("$HOME"),
        QStringLiteral("${HOME}"),
        QStringLiteral("$(echo pwned)"),
        QStringLiteral("`echo pwned`"),
        QStringLiteral("a;echo pwned"),
        QStringLiteral("a|cat"),
        QStringLiteral("a&b"),
        QStringLiteral("a&&b||c"),
        QStringLiteral("line1\nline2"),
        QStringLiteral("tab\there"),
        QStringLiteral("back\\slash\\"),
        QStringLiteral("*"),
        QStringLiteral("?"),
        QStringLiteral("[a]"),
        QStringLiteral("{a,b}"),
        QStringLiteral("~root"),
        QStringLiteral("!bang"),
        QStringLiteral("#comment"),
        QStringLiteral("<in >out"),
        QStringLiteral("-leading-dash"),
        QStringLiteral("--"),
        QStringLiteral(""),
        QStringLiteral(" "),
        QString::fromUtf8("caf\xc3\xa9 \xe2\x80\x99typographic\xe2\x80\x99"),
        QStringLiteral("a'b\"c$d`e\\f g;h|i&j\nk"),
        QStringLiteral("user@contoso.com"),
        QStringLiteral("00000000-0000-0000-0000-000000000000"),
    };
}

} // namespace

class TestShellQuote : public QObject
{
    Q_OBJECT

private slots:
    void bashQuote_exactForms_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain host") << "contoso.azurecr.io" << "contoso.azurecr.io";
        QTest::newRow("plain with port and path") << "contoso.azurecr.io:443/team/app" << "contoso.azurecr.io:443/team/app";
        QTest::newRow("email user") << "user@contoso.com" << "user@contoso.com";
        QTest::newRow("guid") << "00000000-0000-0000-0000-000000000000" << "00000000-0000-0000-0000-000000000000";
        QTest::newRow("space") << "with space" << "'with space'";
        QTest::newRow("single quote") << "it's" << "'it'\\''s'";
        QTest::newRow("dollar") << "$HOME" << "'$HOME'";
        QTest::newRow("backtick") << "`id`" << "'`id`'";
        QTest::newRow("semicolon") << "a;b" << "'a;b'";
        QTest::newRow("pipe") << "a|b" << "'a|b'";
        QTest::newRow("ampersand") << "a&b" << "'a&b'";
        QTest::newRow("newline") << "a\nb" << "'a\nb'";
        QTest::newRow("empty is one empty argument") << "" << "''";
        QTest::newRow("leading dash") << "-rf" << "'-rf'";
        QTest::newRow("glob") << "*" << "'*'";
        QTest::newRow("tilde") << "~root" << "'~root'";
    }

    void bashQuote_exactForms()
    {
        QFETCH(QString, value);
        QFETCH(QString, quoted);
        QCOMPARE(bashQuote(value), quoted);
    }

    void powershellQuote_exactForms_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain host") << "contoso.azurecr.io" << "contoso.azurecr.io";
        QTest::newRow("email user") << "user@contoso.com" << "user@contoso.com";
        QTest::newRow("space") << "with space" << "'with space'";
        QTest::newRow("single quote doubled") << "it's" << "'it''s'";
        QTest::newRow("two quotes") << "''" << "''''''";
        QTest::newRow("dollar") << "$env:PATH" << "'$env:PATH'";
        QTest::newRow("backtick") << "a`b" << "'a`b'";
        QTest::newRow("semicolon") << "a;b" << "'a;b'";
        QTest::newRow("pipe") << "a|b" << "'a|b'";
        QTest::newRow("ampersand") << "a&b" << "'a&b'";
        QTest::newRow("newline") << "a\nb" << "'a\nb'";
        QTest::newRow("empty is one empty argument") << "" << "''";
        QTest::newRow("leading dash") << "-x" << "'-x'";
        QTest::newRow("stop parsing token") << "--%" << "'--%'";
        // PowerShell argument mode: a leading '@' splats a variable, ',' builds an array.
        QTest::newRow("leading at") << "@team" << "'@team'";
        QTest::newRow("comma") << "a,b" << "'a,b'";
        QTest::newRow("right single quotation mark") << QString::fromUtf8("it\xe2\x80\x99s")
                                                     << QString::fromUtf8("'it\xe2\x80\x99\xe2\x80\x99s'");
        QTest::newRow("left single quotation mark") << QString::fromUtf8("\xe2\x80\x98x") << QString::fromUtf8("'\xe2\x80\x98\xe2\x80\x98x'");
        QTest::newRow("low-9 quotation mark") << QString::fromUtf8("a\xe2\x80\x9a") << QString::fromUtf8("'a\xe2\x80\x9a\xe2\x80\x9a'");
        QTest::newRow("reversed-9 quotation mark") << QString::fromUtf8("\xe2\x80\x9b") << QString::fromUtf8("'\xe2\x80\x9b\xe2\x80\x9b'");
        QTest::newRow("double quote kept") << "say \"hi\"" << "'say \"hi\"'";
    }

    void powershellQuote_exactForms()
    {
        QFETCH(QString, value);
        QFETCH(QString, quoted);
        QCOMPARE(powershellQuote(value), quoted);
    }

    void bashQuote_commaStaysPlain()
    {
        // A comma means nothing to bash (brace expansion needs braces), so no quotes are needed.
        QCOMPARE(bashQuote(QStringLiteral("a,b")), QStringLiteral("a,b"));
        QCOMPARE(bashQuote(QStringLiteral("@team")), QStringLiteral("@team"));
    }

    void powershellQuote_isAlwaysOneSingleQuotedWord()
    {
        // Inside '...' PowerShell ends the string only at a single (or typographic single) quote
        // that is not doubled; walk the quoted text like the parser does.
        const QList<QChar> quotes{QChar(u'\''), QChar(u'\u2018'), QChar(u'\u2019'), QChar(u'\u201A'), QChar(u'\u201B')};
        for (const QString &value : nastyValues()) {
            const QString q = powershellQuote(value);
            if (q == value)
                continue; // plain
            QVERIFY2(q.startsWith(QLatin1Char('\'')) && q.endsWith(QLatin1Char('\'')), qPrintable(q));
            QString decoded;
            const QString inner = q.mid(1, q.size() - 2);
            for (qsizetype i = 0; i < inner.size(); ++i) {
                if (quotes.contains(inner.at(i))) {
                    QVERIFY2(i + 1 < inner.size() && quotes.contains(inner.at(i + 1)), qPrintable(q));
                    decoded += inner.at(i);
                    ++i;
                } else {
                    decoded += inner.at(i);
                }
            }
            QCOMPARE(decoded, value);
        }
    }

    void bashQuote_realBashReadsBackTheSameSingleArgument_data()
    {
        QTest::addColumn<QString>("value");
        int n = 0;
        for (const QString &v : nastyValues())
            QTest::addRow("value %d", n++) << v;
    }

    void bashQuote_realBashReadsBackTheSameSingleArgument()
    {
#ifdef Q_OS_WIN
        // Under Wine /bin/bash is the host's Linux program, which Windows cannot start; Windows shows
        // PowerShell commands, checked by powershellQuote_exactForms and _isAlwaysOneSingleQuotedWord.
        QSKIP("bash is not a Windows program");
#endif
        if (!QFileInfo::exists(QStringLiteral("/bin/bash")))
            QSKIP("no /bin/bash on this system");
        QFETCH(QString, value);
        const QString quoted = bashQuote(value);
        // `set --` splits the quoted text into words exactly like a command line would.
        const QString script = QStringLiteral("set -- %1; printf '%s\\n' \"$#\"; printf '%s' \"$1\"").arg(quoted);
        QProcess bash;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("HOME"), QStringLiteral("/nonexistent-home"));
        bash.setProcessEnvironment(env);
        bash.start(QStringLiteral("/bin/bash"), {QStringLiteral("--norc"), QStringLiteral("--noprofile"), QStringLiteral("-c"), script});
        QVERIFY(bash.waitForFinished(10000));
        QCOMPARE(bash.exitStatus(), QProcess::NormalExit);
        QCOMPARE(bash.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(bash.readAllStandardError()), QString());
        const QString out = QString::fromUtf8(bash.readAllStandardOutput());
        QCOMPARE(out, QStringLiteral("1\n") + value);
    }
};

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shell_quote.moc"
