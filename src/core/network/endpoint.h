#pragma once
// Where the check really connects for a host and port. Normally the host itself; in practice and
// test mode (CheckOptions::connectTo) a loopback address from the table, and nothing outside it.
#include <QString>
#include <QUrl>

namespace rd {

struct CheckOptions;

struct Endpoint
{
    QString host;        // host name or address to connect to
    quint16 port = 443;
    bool allowed = true; // false: practice mode and the table has no entry for this host:port
    bool overridden = false;
};

// `host` may be an IPv6 literal in brackets, as a login server writes it ("[::1]").
Endpoint endpointFor(const CheckOptions &options, const QString &host, quint16 port);

// A host as sockets, DNS and certificate checks take it: an IPv6 literal without its brackets
// ("[::1]" -> "::1"); names and IPv4 addresses as they are.
QString socketHost(const QString &host);

// "localhost" (in any case) or a loopback address, an IPv6 one with or without brackets: this
// computer itself, which Go never reaches through a proxy.
bool isLoopbackHost(const QString &host);

struct RegistryReference;
// https://<login server><path>, the logical address of a registry API call.
QUrl registryUrl(const RegistryReference &reference, const QString &path);

} // namespace rd
