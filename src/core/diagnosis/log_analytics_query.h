#pragma once
// The article's advanced step: a Log Analytics (KQL) query on the registry's
// ContainerRegistryLoginEvents resource log, for causes the local checks cannot settle
// (authorization, firewall), limited to this registry and a time window around the check.
#include <QDateTime>
#include <QString>

namespace rd {

// Returns KQL text; `loginServer` and the times are embedded as safely quoted KQL literals.
QString loginEventsQuery(const QString &loginServer, const QDateTime &from, const QDateTime &to);
// Which causes it helps with: "credentials-not-authorized", "firewall-blocked", "credentials-invalid",
// "username-not-recognized", "credentials-expired".
bool loginEventsQueryHelps(const QString &causeId);

} // namespace rd
