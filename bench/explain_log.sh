#!/usr/bin/env bash
# `registry-doctor-cli explain` on a CI log of about 4 MB whose error is on its last lines: wall
# time, processor time (user + system) and peak memory (maximum resident set) of the whole process,
# median of --runs runs. On a loaded machine the wall time is mostly waiting for a core: compare the
# processor time.
# Usage: bench/explain_log.sh [--runs 7] [--size-mb 4] [--cli build/src/cli/registry-doctor-cli]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs=7 size_mb=4 cli="$root/build/src/cli/registry-doctor-cli"
while (($#)); do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --size-mb) size_mb="$2"; shift 2 ;;
    --cli) cli="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
log="$work/ci.log"
# A GitHub Actions log of a docker build: time stamps, ##[group], BuildKit progress with colour
# codes, an early retry that failed, and at the end the login step that fails.
python3 - "$log" "$size_mb" <<'PY'
import sys
path, size = sys.argv[1], int(sys.argv[2]) * 1024 * 1024
lines = [
    "2026-11-30T10:00:00.1234567Z ##[group]Run docker/build-push-action@v6",
    "2026-11-30T10:00:00.2234567Z #12 [build 4/9] RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates",
    "2026-11-30T10:00:00.3234567Z #12 0.512 Get:1 http://deb.debian.org/debian bookworm InRelease [151 kB]",
    "2026-11-30T10:00:00.4234567Z \x1b[36m#12 1.204\x1b[0m Reading package lists...",
    "2026-11-30T10:00:00.5234567Z #14 [build 6/9] COPY --from=deps /app/node_modules ./node_modules",
    "2026-11-30T10:00:00.6234567Z #14 DONE 0.4s",
    "2026-11-30T10:00:00.7234567Z {\"level\":\"info\",\"msg\":\"compiling src/components/Chart.tsx\",\"elapsed\":\"12ms\"}",
]
with open(path, "w") as f:
    f.write("2026-11-30T09:59:59.0000000Z Error response from daemon: Get \"https://contoso.azurecr.io/v2/\": unauthorized: authentication required\n")
    written, i = 0, 0
    while written < size:
        line = lines[i % len(lines)] + "\n"
        f.write(line)
        written += len(line)
        i += 1
    f.write("2026-11-30T10:05:00.0000000Z ##[group]Run docker/login-action@v3\n")
    f.write("2026-11-30T10:05:00.1000000Z ##[endgroup]\n")
    f.write("2026-11-30T10:05:01.0000000Z ##[error]Username and password required\n")
PY
echo "log: $(stat -c %s "$log") bytes, $(wc -l < "$log") lines"
times=() cpus=() mems=()
for ((i = 0; i < runs; i++)); do
  out="$( { /usr/bin/time -f '%e %U %S %M' "$cli" explain --format json < "$log" > "$work/out.json"; } 2>&1 || true)"
  read -r t u s m <<< "$(tail -1 <<< "$out")"
  times+=("$t") cpus+=("$(awk -v u="$u" -v s="$s" 'BEGIN {printf "%.2f", u + s}')") mems+=("$m")
done
grep -q '"ci-secret-missing"' "$work/out.json" || { echo "explain did not find the last error" >&2; exit 1; }
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "runs: $runs  wall median: $(median "${times[@]}") s  (all: ${times[*]})"
echo "processor time median: $(median "${cpus[@]}") s  (all: ${cpus[*]})"
echo "machine load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "peak RSS median: $(( $(median "${mems[@]}") / 1024 )) MiB  (all KiB: ${mems[*]})"
