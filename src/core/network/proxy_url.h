#pragma once
// Strict parser for a proxy setting (HTTPS_PROXY): [scheme://][user[:password]@]host[:port][/].
// A password may hold '#', '/', '?' or '@' unencoded (people paste them so): the user info runs to
// the last '@'. Nothing else is accepted: no path, query or fragment, a host name of letters,
// digits, '-', '.' and '_', an IPv4 address or a bracketed IPv6 address, a port 1-65535. What is
// shown is only scheme://host:port; the password is a Secret.
#include "secret.h"
#include <QString>

namespace rd {

struct ProxyUrl
{
    bool ok = false;
    QString scheme;      // "http" (also when none was given), "https", "socks5", "socks5h"
    QString host;        // lower-case; an IPv6 address without brackets
    quint16 port = 0;    // the scheme's default (80, 443, 1080) when none was given
    QString username;    // percent-decoded
    Secret password;     // percent-decoded
    QString problem;     // untranslated; never quotes the value
    QString display() const; // "http://proxy.contoso.com:8080", "http://[::1]:3128"; "" when !ok
};

ProxyUrl parseProxyUrl(const QString &value);

} // namespace rd
