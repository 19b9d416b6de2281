#!/usr/bin/env bash
# Cold-process wall time of a full check with credentials (the practice registry, started by the
# same process, certificate generation included) against `az acr check-health`, which on this
# machine stops at its DNS step before it tests any credential. Needs hyperfine and azure-cli
# (Debian packages); prints hyperfine's summary. Run after scripts/build.sh.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cli="$root/build/src/cli/registry-doctor-cli"
runs="${RUNS:-15}"
command -v hyperfine >/dev/null || { echo "hyperfine is not installed (apt-get install hyperfine)"; exit 2; }
cmds=("$cli check --practice healthy --repository hello --action push --format json")
if command -v az >/dev/null; then
  cmds+=("az acr check-health --name contoso.azurecr.io --ignore-errors --yes")
fi
# Both commands find problems on purpose or by design here; only their time matters.
json="$(mktemp)"
hyperfine --ignore-failure --warmup 2 --runs "$runs" --export-json "$json" "${cmds[@]}" >/dev/null
python3 - "$json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"median {r['median'] * 1000:7.1f} ms  (min {r['min'] * 1000:.1f}, max {r['max'] * 1000:.1f}, {len(r['times'])} runs)  {r['command'].split('/')[-1]}")
PY
rm -f "$json"
