#include "image_probe_start.h"
#include "check_context.h"

namespace rd {

namespace {

Message say(const char *source)
{
    return Message::translatable("rd::ImageProbe", source);
}

} // namespace

ImageProbeStart imageProbeStart(const CheckContext &ctx, ImageAction action)
{
    ImageProbeStart s;
    s.image = imageName(ctx.reference, ctx.options.repository);
    const bool push = ctx.options.action == QLatin1String("push");
    if (s.image.isEmpty())
        s.skipped = say(QT_TRANSLATE_NOOP("rd::ImageProbe", "Skipped: no repository was given, so only the sign-in was checked."));
    else if (action == ImageAction::Pull && push)
        s.skipped = say(QT_TRANSLATE_NOOP("rd::ImageProbe", "Skipped: a push does not need the image to exist."));
    else if (action == ImageAction::Push && !push)
        s.skipped = say(QT_TRANSLATE_NOOP("rd::ImageProbe", "Skipped: only a push uploads."));
    else if (!ctx.passed(ProbeId::Credentials))
        s.skipped = say(QT_TRANSLATE_NOOP("rd::ImageProbe", "Skipped: the sign-in did not succeed."));
    return s;
}

} // namespace rd
