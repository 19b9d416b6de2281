#pragma once
// The start shared by the probes of a real pull or push (manifest, layer download, blob upload):
// they need a repository, the action they test, and a sign-in that worked.
#include "message.h"
#include "registry/image_name.h"

namespace rd {

struct CheckContext;

enum class ImageAction { Pull, Push };

struct ImageProbeStart
{
    ImageName image;   // what to ask the registry for, when not skipped
    Message skipped;   // why the probe does not run; empty when it does
};

// `action`: the action the probe tests; it is skipped for the other one.
ImageProbeStart imageProbeStart(const CheckContext &ctx, ImageAction action);

} // namespace rd
