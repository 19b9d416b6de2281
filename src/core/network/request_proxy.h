#pragma once
// The proxy one HTTP request of the check goes through. The client decides the proxy per request
// URL (Go's http.ProxyFromEnvironment): the registry's own decision is the proxy probe's; a request
// to another host (the token service of the challenge, a layer's data host, Google's tokeninfo) is
// decided from the same environment for that host, so NO_PROXY may send it direct while the
// registry goes through the proxy, or the other way round.
#include <QNetworkProxy>
#include <QString>

namespace rd {

struct CheckContext;

QNetworkProxy requestProxy(const CheckContext &ctx, const QString &host, quint16 port);

} // namespace rd
