#pragma once
// The image a check pulls or pushes, named as the user's client names it: the repository option
// ("hello", "team/hello:1.0", "hello@sha256:...") split into repository and tag or digest, the
// path the registry API takes (Docker Hub's official images live under "library/"), and the fully
// qualified name docker prints ("docker.io/library/hello:latest", "contoso.azurecr.io/hello:1.0").
#include <QString>

namespace rd {

struct RegistryReference;

struct ImageName
{
    QString repository;     // as given, without tag or digest: "hello", "team/hello"
    QString reference;      // the tag or digest: "latest" when none was given
    bool byDigest = false;
    QString apiRepository;  // the repository in API paths: "library/hello" on Docker Hub
    QString fullyQualified; // "docker.io/library/hello:latest"

    bool isEmpty() const { return repository.isEmpty(); }
};

ImageName imageName(const RegistryReference &registry, const QString &repositoryOption);

} // namespace rd
