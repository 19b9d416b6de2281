#pragma once
// Recognises error messages users paste from docker, az, skopeo, kubectl, the Docker Desktop dialog
// or `az acr check-health`, pulls out what they carry and maps them to symptoms and likely causes.
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

namespace rd {

struct RecognizedMessage
{
    QString patternId;      // stable id of the known message, e.g. "docker-daemon-down"
    QString source;         // "docker", "az", "skopeo", "kubectl", "docker-desktop", "check-health", "registry"
    QString meaning;        // translated, plain words: what this message means
    QStringList symptoms;   // symptom ids (see symptom_catalog.h)
    QStringList causes;     // likely cause ids, most likely first
    QVariantMap extracted;  // "registry", "clientIp", "helper", "statusCode", "host", "resolver", "errorCode"
    QString excerpt;        // the matched text, at most 300 characters
};

struct Recognition
{
    QVector<RecognizedMessage> matches;   // in the order they appear in the text
    QStringList symptoms() const;         // union, in order
    QStringList causes() const;           // union, in order
    QString registry() const;             // first registry named in any match
};

Recognition recognizeErrorText(const QString &text);

} // namespace rd
