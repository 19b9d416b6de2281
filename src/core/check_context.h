#pragma once
#include "check_options.h"
#include "facts.h"
#include "ids.h"
#include "probe_result.h"
#include "registry/registry_reference.h"
#include <QHash>
#include <QString>

class QNetworkAccessManager;

namespace rd {

class ConnectionRelays;

// Everything a probe may read: the user's input, the results and facts of the probes it depends
// on, and the shared network manager. Owned by the runner; lives on the runner's thread.
struct CheckContext
{
    CheckOptions options;
    RegistryReference reference;
    Facts facts;
    QHash<QString, ProbeResult> results;   // finished probes by id
    QNetworkAccessManager *network = nullptr;
    // The run's byte-budget relays, one per server: requests to a server share Qt's connection to
    // it. Without one, each request gets a relay (and so a connection) of its own.
    ConnectionRelays *relays = nullptr;

    const ProbeResult *result(ProbeId probe) const;  // nullptr when it has not finished
    bool passed(ProbeId probe) const;                // finished with Pass or Warn
    bool failed(ProbeId probe) const;                // finished with Fail
    bool has(ProbeId probe) const { return result(probe) != nullptr; }
    bool passed(const QString &probeId) const;
    // The Authorization header the registry takes after the sign-in: "Bearer <access token>", or
    // Basic with the credentials used. Built for one request, never stored.
    QByteArray registryAuthorization() const;
    bool failed(const QString &probeId) const;
    // The registry's kind: from the login server's host name, confirmed or found by its answer.
    RegistryKindInfo registryKind() const;
};

} // namespace rd
