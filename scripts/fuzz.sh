#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang + ASan + UBSan) into build-fuzz/ and runs each one
# on a copy of its seed corpus, so the committed corpus never grows: FUZZ_RUNS inputs (default
# 60000; the slowest targets, the error-text and reference parsers, run about 2,700 a second) from the fixed seed FUZZ_SEED (default 1), at most FUZZ_SECONDS (default 60). With a fixed
# seed and count, CI explores exactly what a developer's run explored: a finding there is a change
# in the code, not luck. For new ground, change the seed or run longer:
#   FUZZ_SEED=0 FUZZ_RUNS=-1 FUZZ_SECONDS=600 scripts/fuzz.sh   # random seed, ten minutes each
# Fails on any crash, leak, timeout or broken invariant; the input that did it is kept in
# build-fuzz/fuzz-artifacts/<target>/ and its path printed.
#   FUZZ_TARGETS="fuzz_jwt fuzz_dns_message" scripts/fuzz.sh
# The scheduled long run (nightly, not part of .ci/run): FUZZ_MODE=long gives each target a random
# seed, no input limit and FUZZ_SECONDS (default 900) of time; the seed of a failing run is in its
# log ("INFO: Seed:"), so a finding can be replayed with FUZZ_SEED and the artifact.
#   FUZZ_MODE=long scripts/fuzz.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${FUZZ_BUILD_DIR:-$root/build-fuzz}"
if [ "${FUZZ_MODE:-ci}" = long ]; then
  seconds="${FUZZ_SECONDS:-900}"
  runs="${FUZZ_RUNS:--1}"
  seed="${FUZZ_SEED:-0}"
else
  seconds="${FUZZ_SECONDS:-60}"
  runs="${FUZZ_RUNS:-60000}"
  seed="${FUZZ_SEED:-1}"
fi

# clang-14 and its libFuzzer runtime (Debian 12: libclang-rt-14-dev), with the build's own packages.
"$root/scripts/install-deps.sh" clang-14 libclang-rt-14-dev
cc=clang; cxx=clang++
command -v clang++ >/dev/null || { cc=clang-14; cxx=clang++-14; }

CC="$cc" CXX="$cxx" cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DRD_BUILD_FUZZERS=ON -DRD_BUILD_TESTS=OFF -DRD_BUILD_GUI=OFF >/dev/null
cmake --build "$build" --target fuzzers -j"$(nproc)"

targets=(${FUZZ_TARGETS:-$(cd "$root/tests/fuzz" && ls fuzz_*.cpp | sed 's/\.cpp$//')})
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:symbolize=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
failed=()
printf '%-26s %12s %10s  %s\n' target executions exec/s result
for t in "${targets[@]}"; do
  corpus="$work/$t"
  mkdir -p "$corpus" "$build/fuzz-artifacts/$t"
  cp "$root/tests/fuzz/corpus/$t"/* "$corpus/" 2>/dev/null || true
  log="$build/fuzz-artifacts/$t.log"
  status=0
  "$build/tests/fuzz/$t" -seed="$seed" -runs="$runs" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=5 -print_final_stats=1 \
    -artifact_prefix="$build/fuzz-artifacts/$t/" "$corpus" >"$log" 2>&1 || status=$?
  # libFuzzer's last status line: "#123456  DONE   cov: ... exec/s: 6172 rss: ..."
  done_line="$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 || true)"
  execs="$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$done_line")"
  rate="$(sed -nE 's/.*exec\/s: ([0-9]+).*/\1/p' <<<"$done_line")"
  if [ "$status" -eq 0 ] && [ -n "$done_line" ]; then
    printf '%-26s %12s %10s  %s\n' "$t" "$execs" "$rate" ok
  else
    printf '%-26s %12s %10s  %s\n' "$t" "${execs:--}" "${rate:--}" "FAILED (exit $status), log: $log"
    grep -E 'INFO: Seed:|ERROR: |invariant failed|SUMMARY|Test unit written' "$log" | head -8 || true
    failed+=("$t")
  fi
done
if ((${#failed[@]})); then
  echo "Fuzzing found problems in: ${failed[*]}" >&2
  exit 1
fi
echo "Fuzzing: ${#targets[@]} targets, ${runs} inputs each (seed ${seed}, at most ${seconds} s), no findings."
