#pragma once
// Parses the registry's JSON error body {"errors":[{"code","message","detail"}]} and reads what the
// messages carry (the blocked client IP of an ACR firewall refusal).
#include <QByteArray>
#include <QString>
#include <QVector>

namespace rd {

struct RegistryError
{
    QString code;     // "UNAUTHORIZED", "DENIED", "TOOMANYREQUESTS", ...
    QString message;
    QString detail;   // the detail value as compact JSON text (or the string itself)
};

struct ErrorBody
{
    bool isJson = false;        // the body parsed as JSON
    bool isRegistryShape = false; // it had an "errors" array of objects (an empty array counts)
    QVector<RegistryError> errors;
    QString textSnippet;        // printable start of a non-JSON body (max 200 chars, control chars removed)

    QString firstCode() const;
    QString firstMessage() const;
    QString blockedClientIp() const; // from "client with IP '203.0.113.7' is not allowed access"
    bool mentionsApplicationNotRegistered() const; // "Application not registered with AAD"
};

ErrorBody parseErrorBody(const QByteArray &body);

} // namespace rd
