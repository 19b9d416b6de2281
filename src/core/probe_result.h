#pragma once
#include <QString>
#include <QVariantMap>
#include <QMetaType>

namespace rd {

enum class ProbeStatus { Pass, Warn, Fail, Skip };

QString probeStatusName(ProbeStatus status); // "pass", "warn", "fail", "skip"

// What one probe observed. `evidence` holds plain observed values (status codes, versions, addresses,
// header values, file paths); never a secret. Title and detail are already translated.
struct ProbeResult
{
    QString id;
    ProbeStatus status = ProbeStatus::Skip;
    QString title;
    QString detail;
    qint64 durationMs = 0;
    QVariantMap evidence;
};

} // namespace rd

Q_DECLARE_METATYPE(rd::ProbeResult)
