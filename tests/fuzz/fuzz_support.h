#pragma once
// Shared helpers for the libFuzzer targets: an invariant check that aborts (so libFuzzer records a
// crash and keeps the input) without ever printing the input or anything derived from it, and
// small ways to cut one fuzz input into several parser arguments.
#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Prints only the condition's source text: the values may be secrets.
#define RD_FUZZ_CHECK(condition)                                                                        \
    do {                                                                                                \
        if (!(condition)) {                                                                             \
            std::fprintf(stderr, "invariant failed: %s (%s:%d)\n", #condition, __FILE__, __LINE__);   \
            std::abort();                                                                               \
        }                                                                                               \
    } while (0)

namespace rdfuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Splits at the first NUL byte: (before, after). No NUL: (all, empty).
inline QPair<QByteArray, QByteArray> splitAtNul(const QByteArray &in)
{
    const qsizetype nul = in.indexOf('\0');
    if (nul < 0)
        return {in, QByteArray()};
    return {in.left(nul), in.mid(nul + 1)};
}

// True when `needle` (long enough to be meaningful) occurs in `hay`.
inline bool leaks(const QString &hay, const QString &needle)
{
    return !needle.isEmpty() && hay.contains(needle);
}

} // namespace rdfuzz
