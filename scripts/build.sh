#!/usr/bin/env bash
# Configures and builds into build/ (Release with debug info), using both cores.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
# In CI (CI=true, as CI services and .ci/run set it) a compiler warning fails the build.
# (Set both ways, so that a build directory configured once in CI mode does not keep it.)
werror=OFF
if [ "${CI:-}" = "true" ]; then
  werror=ON
fi
cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRD_WERROR="$werror" "$@" >/dev/null
cmake --build "$root/build" -j"$(nproc)"
