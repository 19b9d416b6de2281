#pragma once
#include "message.h"
// Turns whatever a user pastes ("Contoso.AzureCR.io", "https://contoso.azurecr.io/hello:latest", "contoso")
// into the registry's login server, and lists every mistake in the text with the corrected value.
#include <QString>
#include <QVector>

namespace rd {

struct ReferenceFinding
{
    // Stable ids: "uppercase", "scheme", "path", "tag", "port-443", "privatelink", "bare-name",
    // "name-length", "name-characters", "whitespace", "credentials-in-url", "empty", "bad-host", "bad-port",
    // "data-endpoint" (<name>.<region>.data.azurecr.io), "command" (a whole `docker login ...` /
    // `az acr login --name ...` pasted; its server argument is used).
    // Non-blocking findings carry the final login server in `corrected`; blocking ones a suggestion
    // when it is obvious (removing dashes), else nothing. Any blocking finding empties loginServer,
    // host, acrName and cloudSuffix.
    QString id;
    bool blocking = false;   // the text cannot be used at all (no usable login server)
    Message text;            // plain words
    QString message;         // `text`, rendered when the text was parsed
    QString corrected;       // the value the user should use instead, when one exists
};

struct RegistryReference
{
    enum class Kind { Acr, Generic };
    QString input;           // what was typed, except that a password in it is replaced by "***"
    QString loginServer;     // normalised: lowercase host[:port], no scheme, no path; empty when unusable
    QString host;            // loginServer without port
    int port = 443;
    Kind kind = Kind::Generic;
    QString acrName;         // resource name for ACR ("contoso"), empty otherwise
    QString cloudSuffix;     // ".azurecr.io", ".azurecr.cn", ".azurecr.us" for ACR
    QString repository;      // repository found in a pasted image reference ("hello"), if any
    QVector<ReferenceFinding> findings;

    bool isUsable() const { return !loginServer.isEmpty(); }
    bool hasBlockingFinding() const;
    static QString kindName(Kind kind); // "acr" / "generic"
};

RegistryReference parseRegistryReference(const QString &input);

} // namespace rd
