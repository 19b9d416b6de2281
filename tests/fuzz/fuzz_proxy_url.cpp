// Fuzzes parseProxyUrl: the HTTPS_PROXY value, which may hold a password with any character.
// Invariants: what is shown is exactly scheme://host:port (no room for the user or the
// password); the host is a plain name or an address; the port is 1-65535; a refusal never quotes
// the value; parsing is deterministic.
#include "fuzz_support.h"
#include "network/proxy_url.h"

#include <QHostAddress>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString value = QString::fromUtf8(rdfuzz::bytes(data, size));
    const rd::ProxyUrl u = rd::parseProxyUrl(value);
    const rd::ProxyUrl again = rd::parseProxyUrl(value);
    RD_FUZZ_CHECK(u.ok == again.ok && u.display() == again.display() && u.password == again.password);
    if (!u.ok) {
        RD_FUZZ_CHECK(!u.problem.isEmpty() && u.display().isEmpty());
        RD_FUZZ_CHECK(u.problem.size() < 60); // a fixed description, never the value
        return 0;
    }
    RD_FUZZ_CHECK(u.problem.isEmpty());
    RD_FUZZ_CHECK(u.port >= 1);
    RD_FUZZ_CHECK(!u.host.isEmpty());
    const QString shown = u.display();
    RD_FUZZ_CHECK(shown.startsWith(u.scheme + QLatin1String("://")));
    RD_FUZZ_CHECK(shown.endsWith(QLatin1Char(':') + QString::number(u.port)));
    RD_FUZZ_CHECK(!shown.contains(QLatin1Char('@')));
    // Exactly scheme://host:port: the user and password have no place to appear.
    const QString host = u.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + u.host + QLatin1Char(']') : u.host;
    RD_FUZZ_CHECK(shown == u.scheme + QLatin1String("://") + host + QLatin1Char(':') + QString::number(u.port));
    if (u.host.contains(QLatin1Char(':')))
        RD_FUZZ_CHECK(QHostAddress(u.host).protocol() == QAbstractSocket::IPv6Protocol);
    for (QChar c : u.host)
        RD_FUZZ_CHECK((c.unicode() < 128 && c.isLetterOrNumber()) || c == QLatin1Char('-') || c == QLatin1Char('.') || c == QLatin1Char('_')
                      || c == QLatin1Char(':'));
    // What is shown parses to the same proxy.
    const rd::ProxyUrl shownAgain = rd::parseProxyUrl(shown);
    RD_FUZZ_CHECK(shownAgain.ok && shownAgain.host == u.host && shownAgain.port == u.port && shownAgain.scheme == u.scheme);
    return 0;
}
