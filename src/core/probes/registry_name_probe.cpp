#include "registry_name_probe.h"
#include "check_context.h"
#include "registry/registry_kind.h"

namespace rd {

void RegistryNameProbe::start(CheckContext &ctx)
{
    markStarted();
    const RegistryReference &ref = ctx.reference;
    QVariantMap ev;
    ev.insert(QStringLiteral("input"), ref.input);
    ev.insert(QStringLiteral("loginServer"), ref.loginServer);
    ev.insert(QStringLiteral("kind"), registryKindName(registryKindFromHost(ref.host).kind));
    if (!ref.acrName.isEmpty())
        ev.insert(QStringLiteral("acrName"), ref.acrName);
    QStringList ids;
    Message messages;
    for (const ReferenceFinding &f : ref.findings) {
        ids << f.id;
        messages = messages.isEmpty() ? f.text : messages.then(f.text);
    }
    ev.insert(QStringLiteral("findings"), ids);
    if (!ref.isUsable() || ref.hasBlockingFinding()) {
        finish(ProbeStatus::Fail,
               messages.isEmpty() ? msg(QT_TR_NOOP("\"%1\" is not a registry address.")).arg(ref.input) : messages, ev);
        return;
    }
    // Findings other than the informative ones are typing mistakes the user should fix; the
    // registry-name-invalid cause lists them one by one.
    int mistakes = 0;
    for (const ReferenceFinding &f : ref.findings)
        mistakes += f.id != QLatin1String("bare-name");
    if (mistakes > 0) {
        finish(ProbeStatus::Warn, msg(QT_TR_N_NOOP("\"%1\" has %n mistake(s); the check uses %2."), mistakes).arg(ref.input, ref.loginServer), ev);
        return;
    }
    finish(ProbeStatus::Pass, msg(QT_TR_NOOP("The login server is %1.")).arg(ref.loginServer), ev);
}

} // namespace rd
