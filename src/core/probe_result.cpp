#include "probe_result.h"

namespace rd {

QString probeStatusName(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Pass: return QStringLiteral("pass");
    case ProbeStatus::Warn: return QStringLiteral("warn");
    case ProbeStatus::Fail: return QStringLiteral("fail");
    case ProbeStatus::Skip: break;
    }
    return QStringLiteral("skip");
}

} // namespace rd
