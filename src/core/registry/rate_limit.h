#pragma once
// Docker Hub's pull limit, from the headers it sends with an answer:
//   ratelimit-limit: 100;w=21600
//   ratelimit-remaining: 76;w=21600
// (pulls allowed and left in a window of w seconds). Other registries send neither.
#include <QByteArray>
#include <optional>

namespace rd {

struct RateLimit
{
    int limit = -1;         // pulls allowed in the window
    int remaining = -1;     // pulls left
    int windowSeconds = -1; // the window's length; -1 when not said
};

// Nothing unless both headers hold a number; a value that is not one is ignored, never guessed.
std::optional<RateLimit> parseRateLimit(const QByteArray &limitHeader, const QByteArray &remainingHeader);

} // namespace rd
