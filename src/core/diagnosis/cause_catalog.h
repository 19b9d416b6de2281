#pragma once
// The causes the check can name. Ids are stable: add new ones, never rename. Titles and
// explanations are translatable; the rules (rules.h) add the evidence and the remediation.
#include "ids.h"
#include "cause.h"
#include "registry/registry_kind.h"
#include "check_options.h"
#include <QStringList>
#include <QVector>

namespace rd {

QStringList allCauseIds();
bool isKnownCause(const QString &id);
// A cause with its id, default severity, translated title, explanation and documentation links.
Cause makeCause(CauseId id);
Cause makeCause(const QString &id); // an unknown id gives a cause with only that id
// The steps that fix a cause without anything a check observed: the commands are written with the
// login server (a placeholder when empty) and, for the Azure CLI, the registry's name. `explain`
// shows them, and the rules of these causes start from them. Empty for the causes whose fix depends
// on what a check saw (their rules write it).
QVector<RemediationStep> catalogRemediation(CauseId id, const QString &loginServer);
// The cause as it applies to a registry of that kind: credentials-invalid, credentials-expired,
// credentials-not-authorized and throttled get the service's own explanation and documentation
// (Docker Hub, GitHub, Amazon, Google, Harbor, Quay, GitLab); any other cause, or ACR and any other
// registry, the catalogue's.
Cause makeCause(CauseId id, RegistryKind kind);
// The same, in the words of the client the check ran for: no-credentials and credential-store-failing
// name Podman or Helm instead of Docker.
Cause makeCause(CauseId id, RegistryKind kind, RegistryClient client);
// Every cause, for `registry-doctor-cli causes`.
QVector<Cause> causeCatalog();

// A Microsoft Learn page about Azure Container Registry in the reader's language
// ("container-registry-troubleshoot-login" -> https://learn.microsoft.com/it-it/azure/container-registry/...).
QString learnUrl(const QString &page);
// The Learn locale for the reader's locale (QLocale()): "it-it", "de-de", ..., "pt-br" or "pt-pt",
// "zh-cn", "zh-tw" or "zh-hk"; "en-us" for any other language.
QString learnLocale();

} // namespace rd
