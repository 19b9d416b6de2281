#!/usr/bin/env bash
# Builds everything (engine, command line, wizard, tests) with AddressSanitizer, LeakSanitizer and
# UndefinedBehaviorSanitizer (gcc, Debug) into build-asan/ and runs the whole test suite there.
# Any memory error, leak or undefined behaviour fails the test that hit it.
# Leaks reported inside third-party libraries only (Qt internals, fontconfig, glib) are listed in
# tests/fuzz/lsan.supp; never add a frame of our own code (rd::) there: fix it instead.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${SANITIZER_BUILD_DIR:-$root/build-asan}"
"$root/scripts/install-deps.sh"

# The wizard is built too (RD_BUILD_GUI=ON); set SANITIZER_GUI=OFF to leave it out.
gui="${SANITIZER_GUI:-ON}"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Debug -DRD_BUILD_GUI="$gui" \
  -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
  -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$build" -j"$(nproc)"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export LSAN_OPTIONS="suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen
# Sanitized programs run several times slower: give each test more time than the plain run.
# Not the AT-SPI test (label atspi): it starts the wizard on the real X11 platform plugin, whose
# libxkbcommon-x11 reads past a buffer in strndup while Qt connects (third-party, at start-up,
# before any of our code runs), which ASan stops on. The same wizard code runs under ASan in the
# offscreen GUI tests; the AT-SPI test itself runs in scripts/test.sh.
ctest --test-dir "$build" --output-on-failure -j"$(nproc)" --timeout 600 -LE atspi
