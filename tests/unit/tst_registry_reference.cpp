// What users paste as "the registry" becomes the login server plus one finding per mistake.
#include "registry/registry_reference.h"

#include <QRandomGenerator>
#include <QTest>

using rd::ReferenceFinding;
using rd::RegistryReference;
using rd::parseRegistryReference;

namespace {

QStringList ids(const RegistryReference &r)
{
    QStringList out;
    for (const ReferenceFinding &f : r.findings)
        out << f.id;
    return out;
}

const ReferenceFinding *find(const RegistryReference &r, const QString &id)
{
    for (const ReferenceFinding &f : r.findings)
        if (f.id == id)
            return &f;
    return nullptr;
}

} // namespace

class TestRegistryReference : public QObject
{
    Q_OBJECT

private slots:
    void usableText_givesLoginServerAndFindings_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("loginServer");
        QTest::addColumn<QStringList>("findingIds");

        const QString contoso = QStringLiteral("contoso.azurecr.io");
        QTest::newRow("clean login server") << "contoso.azurecr.io" << contoso << QStringList();
        QTest::newRow("bare name") << "contoso" << contoso << QStringList{"bare-name"};
        QTest::newRow("https with slash") << "https://contoso.azurecr.io/" << contoso << QStringList{"scheme"};
        QTest::newRow("https without slash") << "https://contoso.azurecr.io" << contoso << QStringList{"scheme"};
        QTest::newRow("http scheme") << "http://contoso.azurecr.io" << contoso << QStringList{"scheme"};
        QTest::newRow("uppercase") << "Contoso.AzureCR.io" << contoso << QStringList{"uppercase"};
        QTest::newRow("port 443") << "contoso.azurecr.io:443" << contoso << QStringList{"port-443"};
        QTest::newRow("image with tag") << "contoso.azurecr.io/hello:latest" << contoso << QStringList{"tag"};
        QTest::newRow("image with digest")
            << "contoso.azurecr.io/team/app@sha256:0123456789abcdef" << contoso << QStringList{"tag"};
        QTest::newRow("path no tag") << "contoso.azurecr.io/hello" << contoso << QStringList{"path"};
        QTest::newRow("trailing slash without scheme") << "contoso.azurecr.io/" << contoso << QStringList{"path"};
        QTest::newRow("v2 api url") << "https://contoso.azurecr.io/v2/" << contoso << QStringList{"scheme", "path"};
        QTest::newRow("privatelink") << "contoso.privatelink.azurecr.io" << contoso << QStringList{"privatelink"};
        QTest::newRow("data endpoint") << "contoso.westeurope.data.azurecr.io" << contoso
                                       << QStringList{"data-endpoint"};
        QTest::newRow("localhost port") << "localhost:5443" << "localhost:5443" << QStringList();
        QTest::newRow("ghcr") << "ghcr.io" << "ghcr.io" << QStringList();
        QTest::newRow("china cloud") << "myregistry.azurecr.cn" << "myregistry.azurecr.cn" << QStringList();
        QTest::newRow("us government cloud") << "myregistry.azurecr.us" << "myregistry.azurecr.us" << QStringList();
        QTest::newRow("surrounding whitespace") << "  contoso.azurecr.io \t" << contoso << QStringList{"whitespace"};
        QTest::newRow("credentials") << "user:pa55word@contoso.azurecr.io" << contoso
                                     << QStringList{"credentials-in-url"};
        QTest::newRow("credentials with scheme") << "https://user:pa55word@contoso.azurecr.io/" << contoso
                                                 << QStringList{"scheme", "credentials-in-url"};
        QTest::newRow("docker login pasted") << "docker login contoso.azurecr.io" << contoso << QStringList{"command"};
        QTest::newRow("docker login with user") << "docker login -u someone contoso.azurecr.io" << contoso
                                                << QStringList{"command"};
        QTest::newRow("az acr login pasted") << "az acr login --name contoso" << contoso
                                             << QStringList{"command", "bare-name"};
        QTest::newRow("az acr login -n") << "az acr login -n contoso --expose-token" << contoso
                                         << QStringList{"command", "bare-name"};
        QTest::newRow("everything wrong at once") << " HTTPS://Contoso.AzureCR.io:443/hello:1.0 " << contoso
                                                  << QStringList{"whitespace", "scheme", "uppercase", "port-443", "tag"};
        QTest::newRow("ipv4 with port") << "127.0.0.1:5000" << "127.0.0.1:5000" << QStringList();
        QTest::newRow("ipv6 with port") << "[::1]:5000" << "[::1]:5000" << QStringList();
        QTest::newRow("generic host other port") << "registry.example.com:8443" << "registry.example.com:8443"
                                                 << QStringList();
        QTest::newRow("uppercase bare name") << "CONTOSO" << contoso << QStringList{"uppercase", "bare-name"};
        QTest::newRow("fifty characters") << QString(50, QLatin1Char('a')) + ".azurecr.io"
                                          << QString(50, QLatin1Char('a')) + ".azurecr.io" << QStringList();
        QTest::newRow("five characters") << "abcde" << "abcde.azurecr.io" << QStringList{"bare-name"};
    }
    void usableText_givesLoginServerAndFindings()
    {
        QFETCH(QString, input);
        QFETCH(QString, loginServer);
        QFETCH(QStringList, findingIds);
        const RegistryReference r = parseRegistryReference(input);
        QCOMPARE(r.loginServer, loginServer);
        QCOMPARE(ids(r), findingIds);
        QVERIFY(r.isUsable());
        QVERIFY(!r.hasBlockingFinding());
        for (const ReferenceFinding &f : r.findings) {
            QVERIFY2(!f.blocking, qPrintable(f.id));
            QCOMPARE(f.corrected, loginServer);
            QVERIFY2(f.message.contains(loginServer), qPrintable(f.message));
        }
    }

    void unusableText_hasBlockingFinding_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("blockingId");
        QTest::addColumn<QString>("corrected");

        QTest::newRow("empty") << "" << "empty" << "";
        QTest::newRow("only spaces") << "   \t " << "empty" << "";
        QTest::newRow("sentence") << "my registry!" << "bad-host" << "";
        QTest::newRow("question marks") << "???" << "bad-host" << "";
        QTest::newRow("semicolon") << "contoso.azurecr.io;rm -rf" << "bad-host" << "";
        QTest::newRow("dollar") << "$(whoami).azurecr.io" << "bad-host" << "";
        QTest::newRow("backtick") << "`id`.azurecr.io" << "bad-host" << "";
        QTest::newRow("quotes") << "\"contoso.azurecr.io\"" << "bad-host" << "";
        QTest::newRow("single quotes") << "'contoso.azurecr.io'" << "bad-host" << "";
        QTest::newRow("pipe") << "contoso.azurecr.io|cat" << "bad-host" << "";
        QTest::newRow("ampersand") << "contoso&x.azurecr.io" << "bad-host" << "";
        QTest::newRow("space inside") << "contoso .azurecr.io" << "bad-host" << "";
        QTest::newRow("control character") << QStringLiteral("contoso\x01.azurecr.io") << "bad-host" << "";
        QTest::newRow("newline inside") << "contoso\n.azurecr.io" << "bad-host" << "";
        QTest::newRow("very long") << QString(5000, QLatin1Char('a')) << "bad-host" << "";
        QTest::newRow("long host") << QString(300, QLatin1Char('a')) + ".example.com" << "bad-host" << "";
        QTest::newRow("too short acr") << "abcd.azurecr.io" << "name-length" << "";
        QTest::newRow("too short bare") << "ab" << "name-length" << "";
        QTest::newRow("too long acr") << QString(51, QLatin1Char('a')) + ".azurecr.io" << "name-length" << "";
        QTest::newRow("dash in acr name") << "my-registry.azurecr.io" << "name-characters" << "myregistry.azurecr.io";
        QTest::newRow("underscore bare") << "my_registry" << "name-characters" << "myregistry.azurecr.io";
        QTest::newRow("dash in china") << "my-registry.azurecr.cn" << "name-characters" << "myregistry.azurecr.cn";
        QTest::newRow("dash but too short") << "a-b.azurecr.io" << "name-characters" << "";
        QTest::newRow("subdomain of acr") << "www.contoso.azurecr.io" << "name-characters" << "";
        QTest::newRow("port zero") << "localhost:0" << "bad-port" << "";
        QTest::newRow("port too big") << "localhost:70000" << "bad-port" << "";
        QTest::newRow("port letters") << "localhost:abc" << "bad-port" << "";
        QTest::newRow("port empty") << "localhost:" << "bad-port" << "";
        QTest::newRow("underscore generic") << "my_host.example.com" << "bad-host" << "";
        QTest::newRow("trailing dot") << "registry.example.com." << "bad-host" << "registry.example.com";
        QTest::newRow("unclosed ipv6") << "[::1:5000" << "bad-host" << "";
        QTest::newRow("bad ipv6") << "[zz::1]:5000" << "bad-host" << "";
        QTest::newRow("only scheme") << "https://" << "bad-host" << "";
        QTest::newRow("docker login without server") << "docker login" << "empty" << "";
        QTest::newRow("non ascii host") << QStringLiteral("cont\u00f6so.azurecr.io") << "name-characters" << "";
    }
    void unusableText_hasBlockingFinding()
    {
        QFETCH(QString, input);
        QFETCH(QString, blockingId);
        QFETCH(QString, corrected);
        const RegistryReference r = parseRegistryReference(input);
        QVERIFY(!r.isUsable());
        QVERIFY(r.loginServer.isEmpty());
        QVERIFY(r.hasBlockingFinding());
        const ReferenceFinding *f = find(r, blockingId);
        QVERIFY2(f, qPrintable(ids(r).join(QLatin1Char(','))));
        QVERIFY(f->blocking);
        QCOMPARE(f->corrected, corrected);
        QVERIFY(!f->message.isEmpty());
        if (!corrected.isEmpty())
            QVERIFY2(f->message.contains(corrected), qPrintable(f->message));
    }

    void acrName_fillsKindNameAndSuffix_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("acrName");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("public") << "contoso.azurecr.io" << "contoso" << ".azurecr.io";
        QTest::newRow("china") << "myregistry.azurecr.cn" << "myregistry" << ".azurecr.cn";
        QTest::newRow("us gov") << "myregistry.azurecr.us" << "myregistry" << ".azurecr.us";
        QTest::newRow("bare") << "Contoso" << "contoso" << ".azurecr.io";
        QTest::newRow("privatelink china") << "contoso.privatelink.azurecr.cn" << "contoso" << ".azurecr.cn";
    }
    void acrName_fillsKindNameAndSuffix()
    {
        QFETCH(QString, input);
        QFETCH(QString, acrName);
        QFETCH(QString, suffix);
        const RegistryReference r = parseRegistryReference(input);
        QCOMPARE(r.kind, RegistryReference::Kind::Acr);
        QCOMPARE(RegistryReference::kindName(r.kind), QStringLiteral("acr"));
        QCOMPARE(r.acrName, acrName);
        QCOMPARE(r.cloudSuffix, suffix);
        QCOMPARE(r.host, acrName + suffix);
        QCOMPARE(r.port, 443);
    }

    void otherRegistries_areGeneric_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("ghcr") << "ghcr.io" << "ghcr.io" << 443;
        QTest::newRow("localhost") << "localhost:5443" << "localhost" << 5443;
        QTest::newRow("localhost no port") << "localhost" << "localhost" << 443;
        QTest::newRow("short host with port") << "myhost:5000" << "myhost" << 5000;
        QTest::newRow("ipv6") << "[::1]:5000" << "[::1]" << 5000;
        QTest::newRow("ipv6 no port") << "[::1]" << "[::1]" << 443;
        QTest::newRow("azurecr lookalike") << "contoso.azurecr.io.evil.example" << "contoso.azurecr.io.evil.example"
                                           << 443;
    }
    void otherRegistries_areGeneric()
    {
        QFETCH(QString, input);
        QFETCH(QString, host);
        QFETCH(int, port);
        const RegistryReference r = parseRegistryReference(input);
        QCOMPARE(r.kind, RegistryReference::Kind::Generic);
        QCOMPARE(RegistryReference::kindName(r.kind), QStringLiteral("generic"));
        QCOMPARE(r.host, host);
        QCOMPARE(r.port, port);
        QVERIFY(r.acrName.isEmpty());
        QVERIFY(r.cloudSuffix.isEmpty());
    }

    void imageReference_keepsRepository_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("repository");
        QTest::newRow("tag") << "contoso.azurecr.io/hello:latest" << "hello";
        QTest::newRow("nested") << "contoso.azurecr.io/team/app:1.0" << "team/app";
        QTest::newRow("digest") << "contoso.azurecr.io/hello@sha256:abcdef" << "hello";
        QTest::newRow("tag and digest") << "contoso.azurecr.io/hello:1@sha256:abcdef" << "hello";
        QTest::newRow("no tag") << "contoso.azurecr.io/hello" << "hello";
        QTest::newRow("with port") << "localhost:5443/app:2" << "app";
        QTest::newRow("api path is not a repository") << "https://contoso.azurecr.io/v2/" << "";
        QTest::newRow("plain server") << "contoso.azurecr.io" << "";
    }
    void imageReference_keepsRepository()
    {
        QFETCH(QString, input);
        QFETCH(QString, repository);
        QCOMPARE(parseRegistryReference(input).repository, repository);
    }

    void input_isKeptExactly()
    {
        const QString typed = QStringLiteral("  Contoso.azurecr.io ");
        QCOMPARE(parseRegistryReference(typed).input, typed);
    }

    void password_isNeverEchoed_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("url userinfo") << "https://alice:S3cr3tPw@contoso.azurecr.io/";
        QTest::newRow("bare userinfo") << "alice:S3cr3tPw@contoso.azurecr.io";
        QTest::newRow("docker login -p") << "docker login -u alice -p S3cr3tPw contoso.azurecr.io";
        QTest::newRow("docker login --password=") << "docker login --username alice --password=S3cr3tPw contoso.azurecr.io";
        QTest::newRow("docker login -pglued") << "docker login -u alice -pS3cr3tPw contoso.azurecr.io";
    }
    void password_isNeverEchoed()
    {
        QFETCH(QString, input);
        const RegistryReference r = parseRegistryReference(input);
        QCOMPARE(r.loginServer, QStringLiteral("contoso.azurecr.io"));
        const ReferenceFinding *f = find(r, QStringLiteral("credentials-in-url"));
        QVERIFY(f);
        QVERIFY(!f->blocking);
        const QString secret = QStringLiteral("S3cr3tPw");
        QVERIFY(!r.input.contains(secret));
        QVERIFY(r.input.contains(QStringLiteral("***")));
        for (const ReferenceFinding &finding : r.findings) {
            QVERIFY(!finding.message.contains(secret));
            QVERIFY(!finding.corrected.contains(secret));
        }
        QVERIFY(!r.loginServer.contains(secret));
        QVERIFY(!r.repository.contains(secret));
    }

    // Found by fuzzing: text refused before parsing kept the password in `input` (shown as evidence).
    void refusedText_neverKeepsThePassword_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("shown");
        QTest::newRow("control character") << QStringLiteral("alice:S3cr3tPw@con\x17oso.azurecr.io:443") << "alice...";
        QTest::newRow("control character in command")
            << QStringLiteral("docker login -u alice -p S3cr3tPw contoso\x01.azurecr.io") << "docker...";
        QTest::newRow("too long") << QStringLiteral("https://alice:S3cr3tPw@contoso.azurecr.io/") + QString(3000, QLatin1Char('a'))
                                  << "https...";
        QTest::newRow("too long plain") << QString(3000, QLatin1Char('a')) << QString(64, QLatin1Char('a')) + "...";
        QTest::newRow("escape sequence") << QStringLiteral("contoso\x1b[31m.azurecr.io") << "contoso...";
    }
    void refusedText_neverKeepsThePassword()
    {
        QFETCH(QString, input);
        QFETCH(QString, shown);
        const RegistryReference r = parseRegistryReference(input);
        QVERIFY(!r.isUsable());
        QVERIFY(find(r, QStringLiteral("bad-host")));
        QCOMPARE(r.input, shown);
        for (const ReferenceFinding &f : r.findings)
            QVERIFY(!f.message.contains(QStringLiteral("S3cr3tPw")));
    }

    void userWithoutPassword_isReportedWithoutRedaction()
    {
        const RegistryReference r = parseRegistryReference(QStringLiteral("alice@contoso.azurecr.io"));
        QCOMPARE(r.loginServer, QStringLiteral("contoso.azurecr.io"));
        QCOMPARE(ids(r), QStringList{QStringLiteral("credentials-in-url")});
        QCOMPARE(r.input, QStringLiteral("alice@contoso.azurecr.io"));
    }

    void uppercaseMessage_namesCorrectedValue()
    {
        const RegistryReference r = parseRegistryReference(QStringLiteral("Contoso.AzureCR.io"));
        QCOMPARE(r.findings.size(), 1);
        QCOMPARE(r.findings.at(0).message, QStringLiteral("Use lowercase letters: contoso.azurecr.io"));
    }

    void privatelink_messageExplainsCertificate()
    {
        const RegistryReference r = parseRegistryReference(QStringLiteral("contoso.privatelink.azurecr.io"));
        QVERIFY(r.findings.at(0).message.contains(QStringLiteral("*.azurecr.io")));
        QCOMPARE(r.host, QStringLiteral("contoso.azurecr.io"));
    }

    void nameLength_messageNamesTheCount()
    {
        const RegistryReference r = parseRegistryReference(QStringLiteral("abc.azurecr.io"));
        const ReferenceFinding *f = find(r, QStringLiteral("name-length"));
        QVERIFY(f);
        QVERIFY2(f->message.contains(QStringLiteral("\"abc\" has 3")), qPrintable(f->message));
        QCOMPARE(r.kind, RegistryReference::Kind::Generic);
        QVERIFY(r.acrName.isEmpty());
    }

    void blockingResult_clearsEverythingUsable()
    {
        const RegistryReference r = parseRegistryReference(QStringLiteral("my-registry.azurecr.io:5000"));
        QVERIFY(!r.isUsable());
        QVERIFY(r.host.isEmpty());
        QCOMPARE(r.port, 443);
        QVERIFY(r.acrName.isEmpty());
    }

    void nonBlockingFindings_haveNoCorrectedValueWhenBlocked()
    {
        const RegistryReference r = parseRegistryReference(QStringLiteral("https://My-Registry.azurecr.io"));
        QCOMPARE(ids(r), (QStringList{QStringLiteral("scheme"), QStringLiteral("uppercase"),
                                      QStringLiteral("name-characters")}));
        QVERIFY(find(r, QStringLiteral("scheme"))->corrected.isEmpty());
        QCOMPARE(find(r, QStringLiteral("name-characters"))->corrected, QStringLiteral("myregistry.azurecr.io"));
    }

    void randomInput_neverCrashes()
    {
        QRandomGenerator rng(12345);
        const QString alphabet = QStringLiteral("abcAZ09.-_:/@[]?#%$;`'\" \t\n\x01\u00e9\u4e2d\\|&!");
        for (int round = 0; round < 3000; ++round) {
            QString text;
            const int length = int(rng.bounded(0, 80));
            for (int i = 0; i < length; ++i)
                text.append(alphabet.at(int(rng.bounded(int(alphabet.size())))));
            const RegistryReference r = parseRegistryReference(text);
            // Invariant: usable exactly when nothing blocks; every finding has a message.
            QCOMPARE(r.isUsable(), !r.hasBlockingFinding());
            for (const ReferenceFinding &f : r.findings)
                QVERIFY(!f.message.isEmpty());
        }
    }

    void binaryInput_isBlocked()
    {
        QString text;
        for (int i = 0; i < 256; ++i)
            text.append(QChar(i));
        const RegistryReference r = parseRegistryReference(text);
        QVERIFY(!r.isUsable());
        QVERIFY(find(r, QStringLiteral("bad-host")));
    }
};

QTEST_GUILESS_MAIN(TestRegistryReference)
#include "tst_registry_reference.moc"
