// Fuzzes parseRegistryReference: whatever a user types or pastes as the registry. Besides the raw
// text, the input is also used as the host part after "user:<password>@" so that the
// password-never-shown promise is checked against arbitrary hosts and paths.
#include "fuzz_support.h"
#include "registry/registry_reference.h"

namespace {

const QString kPassword = QStringLiteral("Pw7qZxSECRETv9Lk");

QString everythingShown(const rd::RegistryReference &r)
{
    QString all = r.input + QLatin1Char('\n') + r.loginServer + QLatin1Char('\n') + r.host + QLatin1Char('\n')
        + r.acrName + QLatin1Char('\n') + r.cloudSuffix + QLatin1Char('\n') + r.repository;
    for (const rd::ReferenceFinding &f : r.findings)
        all += QLatin1Char('\n') + f.id + QLatin1Char('\n') + f.message + QLatin1Char('\n') + f.corrected;
    return all;
}

void checkInvariants(const QString &input, const rd::RegistryReference &r)
{
    RD_FUZZ_CHECK(r.isUsable() == !r.hasBlockingFinding());
    if (r.isUsable()) {
        RD_FUZZ_CHECK(r.loginServer == r.loginServer.toLower());
        RD_FUZZ_CHECK(!r.loginServer.contains(QLatin1String("://")));
        RD_FUZZ_CHECK(!r.loginServer.contains(QLatin1Char('/')));
        RD_FUZZ_CHECK(!r.loginServer.contains(QLatin1Char('@')));
        for (QChar c : r.loginServer)
            RD_FUZZ_CHECK(!c.isSpace() && c.unicode() >= 0x21 && c.unicode() < 0x7f);
        RD_FUZZ_CHECK(!r.host.isEmpty());
        RD_FUZZ_CHECK(r.loginServer.startsWith(r.host));
        RD_FUZZ_CHECK(r.port >= 1 && r.port <= 65535);
        RD_FUZZ_CHECK((r.loginServer == r.host) == (r.port == 443));
        if (r.kind == rd::RegistryReference::Kind::Acr) {
            RD_FUZZ_CHECK(!r.acrName.isEmpty() && !r.cloudSuffix.isEmpty());
            RD_FUZZ_CHECK(r.host == r.acrName + r.cloudSuffix);
            RD_FUZZ_CHECK(r.acrName.size() >= 5 && r.acrName.size() <= 50);
        } else {
            RD_FUZZ_CHECK(r.acrName.isEmpty() && r.cloudSuffix.isEmpty());
        }
        // The corrected value of a non-blocking finding is the login server.
        for (const rd::ReferenceFinding &f : r.findings)
            RD_FUZZ_CHECK(f.corrected == r.loginServer);
    } else {
        RD_FUZZ_CHECK(r.host.isEmpty() && r.acrName.isEmpty() && r.cloudSuffix.isEmpty());
        RD_FUZZ_CHECK(r.kind == rd::RegistryReference::Kind::Generic);
    }
    for (const rd::ReferenceFinding &f : r.findings) {
        RD_FUZZ_CHECK(!f.id.isEmpty());
        RD_FUZZ_CHECK(!f.message.isEmpty());
    }
    // Each finding is said once.
    for (int i = 0; i < r.findings.size(); ++i)
        for (int j = i + 1; j < r.findings.size(); ++j)
            RD_FUZZ_CHECK(r.findings.at(i).id != r.findings.at(j).id);
    (void)input;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(rdfuzz::bytes(data, size));
    checkInvariants(text, rd::parseRegistryReference(text));

    // The password after "user:" never appears in anything the result shows.
    if (!text.contains(QLatin1String("Pw7qZx"))) {
        for (const QString &prefix : {QStringLiteral("user:"), QStringLiteral("https://user:"),
                                      QStringLiteral("  http://User:")}) {
            const QString input = prefix + kPassword + QLatin1Char('@') + text;
            const rd::RegistryReference r = rd::parseRegistryReference(input);
            checkInvariants(input, r);
            RD_FUZZ_CHECK(!rdfuzz::leaks(everythingShown(r), kPassword));
        }
        // A pasted login command with the password as an option value.
        for (const QString &format : {QStringLiteral("docker login -u me -p %1 %2"),
                                      QStringLiteral("docker login --password=%1 %2"),
                                      QStringLiteral("docker login -p%1 %2")}) {
            const QString input = format.arg(kPassword, text);
            const rd::RegistryReference r = rd::parseRegistryReference(input);
            checkInvariants(input, r);
            RD_FUZZ_CHECK(!rdfuzz::leaks(everythingShown(r), kPassword));
        }
    }
    return 0;
}
