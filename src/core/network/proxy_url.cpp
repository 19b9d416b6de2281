#include "proxy_url.h"
#include <QHostAddress>

namespace rd {

namespace {

bool isHostNameChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
           || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('.')
           || c == QLatin1Char('_');
}

ProxyUrl refuse(const char *problem)
{
    ProxyUrl u;
    u.problem = QLatin1String(problem);
    return u;
}

} // namespace

QString ProxyUrl::display() const
{
    if (!ok)
        return QString();
    const QString h = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    return QStringLiteral("%1://%2:%3").arg(scheme, h).arg(port);
}

ProxyUrl parseProxyUrl(const QString &input)
{
    const QString value = input.trimmed();
    if (value.isEmpty())
        return refuse("empty");
    if (value.size() > 2048)
        return refuse("longer than 2048 characters");
    ProxyUrl u;
    QString rest = value;
    const qsizetype schemeEnd = value.indexOf(QLatin1String("://"));
    // A "://" after an '@' belongs to the password, not to a scheme.
    const qsizetype firstAt = value.indexOf(QLatin1Char('@'));
    if (schemeEnd >= 0 && (firstAt < 0 || schemeEnd < firstAt)) {
        u.scheme = value.left(schemeEnd).toLower();
        rest = value.mid(schemeEnd + 3);
    } else {
        u.scheme = QStringLiteral("http"); // as Go reads a value without a scheme
    }
    quint16 defaultPort = 0;
    if (u.scheme == QLatin1String("http"))
        defaultPort = 80;
    else if (u.scheme == QLatin1String("https"))
        defaultPort = 443;
    else if (u.scheme == QLatin1String("socks5") || u.scheme == QLatin1String("socks5h"))
        defaultPort = 1080;
    else
        return refuse("unknown scheme");

    // User info: up to the last '@' (a password may hold '@', '/', '?', '#').
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        const QString userInfo = rest.left(at);
        rest = rest.mid(at + 1);
        const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
        u.username = QString::fromUtf8(QByteArray::fromPercentEncoding(userInfo.left(colon < 0 ? userInfo.size() : colon).toUtf8()));
        if (colon >= 0)
            u.password = Secret(QByteArray::fromPercentEncoding(userInfo.mid(colon + 1).toUtf8()));
    }
    // Host and port; at most a trailing '/'.
    if (rest.endsWith(QLatin1Char('/')))
        rest.chop(1);
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0)
            return refuse("unterminated IPv6 address");
        u.host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':')))
            return refuse("unexpected text after the address");
        portText = after.mid(1);
        QHostAddress address;
        if (u.host.contains(QLatin1Char('%')) || !address.setAddress(u.host) || address.protocol() != QAbstractSocket::IPv6Protocol)
            return refuse("not an IPv6 address"); // a scope ("%eth0") too: nothing a proxy setting needs
        u.host = address.toString(); // as QHostAddress writes it: no stray spaces, lower-case
        if (!after.isEmpty() && portText.isEmpty())
            return refuse("empty port");
    } else {
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        u.host = colon < 0 ? rest : rest.left(colon);
        if (colon >= 0) {
            portText = rest.mid(colon + 1);
            if (portText.isEmpty())
                return refuse("empty port");
        }
        if (u.host.isEmpty())
            return refuse("no host");
        if (u.host.size() > 253)
            return refuse("host name too long");
        for (QChar c : std::as_const(u.host))
            if (!isHostNameChar(c))
                return refuse("a character that cannot be in a host name");
    }
    u.host = u.host.toLower();
    u.port = defaultPort;
    if (!portText.isEmpty()) {
        bool digits = portText.size() <= 5;
        for (QChar c : std::as_const(portText))
            digits = digits && c >= QLatin1Char('0') && c <= QLatin1Char('9');
        const uint port = digits ? portText.toUInt() : 0;
        if (port == 0 || port > 65535)
            return refuse("not a port number");
        u.port = quint16(port);
    }
    u.ok = true;
    return u;
}

} // namespace rd
