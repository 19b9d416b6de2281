#pragma once
// A Kubernetes image pull secret read as the kubelet uses it: `kubectl get secret NAME -o json`
// (type kubernetes.io/dockerconfigjson, the config base64 in data[".dockerconfigjson"], or in
// stringData), or the decoded .dockerconfigjson itself. The kubelet picks the auths entry whose
// host matches the image's registry, where a key may hold a scheme, a path and "*" globs in the
// host ("*.azurecr.io"); Docker's own matching (docker_config.h) has no globs.
#include "docker/docker_config.h"
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rd {

struct PullSecret
{
    bool ok = false;
    QString problem;          // untranslated, when not ok: "not JSON", "not a dockerconfigjson secret", ...
    QString secretType;       // the Secret's type, when a Secret was given
    QStringList keys;         // the auths keys, as written
    DockerConfig config;      // the decoded .dockerconfigjson
};

PullSecret parsePullSecret(const QByteArray &bytes);

// The auths entry the kubelet would use for an image on `loginServer`, or null; `matchedKey` gets
// the key as written.
const DockerAuthEntry *pullSecretEntryFor(const PullSecret &secret, const QString &loginServer, QString *matchedKey = nullptr);

struct CheckOptions;
// Makes the secret the check's credentials for options.registryInput, as the kubelet would pick
// them: the matching entry's user name and password (sign-in method "password"), or none.
void applyPullSecret(CheckOptions &options, const PullSecret &secret);

} // namespace rd
