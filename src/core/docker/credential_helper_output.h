#pragma once
// Parses what `docker-credential-<name> get` prints: {"ServerURL","Username","Secret"} on success, or
// a plain message ("credentials not found in native keychain") with exit code 1.
#include "secret.h"
#include <QByteArray>
#include <QString>

namespace rd {

struct HelperCredential
{
    enum class Outcome { Found, NotFound, Error, Garbage };
    Outcome outcome = Outcome::Garbage;
    QString serverUrl;
    QString username;      // "<token>" means Secret is an identity (refresh) token
    Secret secret;
    QString message;       // the helper's own words on failure (printable, max 300 chars)
    bool isIdentityToken() const { return username == QLatin1String("<token>"); }
};

HelperCredential parseCredentialHelperGet(const QByteArray &stdoutBytes, int exitCode);

} // namespace rd
