#!/usr/bin/env bash
# Quick start: install what is missing, build, and run the main job: the wizard when a display is
# present, otherwise a check of the built-in practice registry from the command line.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$root/build/src/gui/registry-doctor" ]; then
  exec "$root/build/src/gui/registry-doctor" "$@"
fi
echo "No display: checking the practice registry (scenario: ${1:-wrong-password}) from the command line."
status=0
"$root/build/src/cli/registry-doctor-cli" check --practice "${1:-wrong-password}" --repository hello || status=$?
# Exit code 1 means "problems found", which is the point of a practice scenario.
[ "$status" -le 1 ] || exit "$status"
