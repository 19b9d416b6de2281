#pragma once
#include "message.h"
#include <QString>
#include <QVariantMap>
#include <QMetaType>

namespace rd {

enum class ProbeStatus { Pass, Warn, Fail, Skip };

QString probeStatusName(ProbeStatus status); // "pass", "warn", "fail", "skip"

// What one probe observed. `evidence` holds plain observed values (status codes, versions, addresses,
// header values, file paths); never a secret. `message` is what the probe found; title and detail
// are its rendering in the language of the moment (renderDiagnosis renders them again).
struct ProbeResult
{
    QString id;
    ProbeStatus status = ProbeStatus::Skip;
    QString title;
    QString detail;
    Message message;
    qint64 durationMs = 0;
    bool timedOut = false;         // the runner stopped waiting for it: what it would have found is unknown
    QVariantMap evidence;
};

} // namespace rd

Q_DECLARE_METATYPE(rd::ProbeResult)
