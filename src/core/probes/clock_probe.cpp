#include "clock_probe.h"
#include "check_context.h"

namespace rd {

void ClockProbe::start(CheckContext &ctx)
{
    markStarted();
    const HttpAnswer &ping = ctx.facts.ping;
    if (!ping.answered || !ping.serverDate.isValid()) {
        finish(ProbeStatus::Skip, msg(QT_TR_NOOP("Skipped: the registry's answer had no date to compare with.")));
        return;
    }
    // The Date header has whole seconds and was sent moments before it arrived.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 skew = ping.serverDate.secsTo(now); // > 0: this computer is ahead
    QVariantMap ev;
    ev.insert(QStringLiteral("serverDate"), ping.serverDate.toString(Qt::ISODate));
    ev.insert(QStringLiteral("localDate"), now.toString(Qt::ISODate));
    ev.insert(QStringLiteral("skewSeconds"), skew);
    const Message detail = skew > 0 ? msg(QT_TR_NOOP("This computer's clock is %1 ahead of the registry's.")).duration(skew)
                                    : msg(QT_TR_NOOP("This computer's clock is %1 behind the registry's.")).duration(skew);
    if (qAbs(skew) >= kFailSeconds)
        finish(ProbeStatus::Fail, detail, ev);
    else if (qAbs(skew) >= kWarnSeconds)
        finish(ProbeStatus::Warn, detail, ev);
    else
        finish(ProbeStatus::Pass, msg(QT_TR_NOOP("This computer's clock agrees with the registry's (difference under a minute).")), ev);
}

} // namespace rd
