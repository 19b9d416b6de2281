#!/usr/bin/env bash
# Screenshots of each wizard page of the Windows build, under Wine with the windows platform plugin
# on a virtual X display, into docs/screenshots/windows-*.png. The wizard runs a practice scenario
# (its registry listens on loopback inside Wine) and is driven with Ctrl+Enter, its "Next" key.
#
#   scripts/screenshots-windows.sh [SCENARIO]     (default: firewall)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
win="${RD_WIN_DIR:-$root/build-win}"
bin="$win/stage/bin"
scenario="${1:-firewall}"
out="$root/docs/screenshots"
[ -f "$bin/registry-doctor.exe" ] || { echo "no $bin/registry-doctor.exe: run scripts/build-windows.sh" >&2; exit 1; }
"$root/scripts/install-deps.sh" xvfb xauth xdotool imagemagick fonts-dejavu-core
export WINEPREFIX="$win/wineprefix" WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
[ -f "$WINEPREFIX/system.reg" ] || wineboot -i >/dev/null 2>&1

if [ -z "${RD_SCREENSHOTS_INSIDE_XVFB:-}" ]; then
  RD_SCREENSHOTS_INSIDE_XVFB=1 exec xvfb-run -a -s "-screen 0 1100x860x24" "$0" "$@"
fi

wine "$bin/registry-doctor.exe" --practice "$scenario" --lang en >/dev/null 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wineserver -k 2>/dev/null || true' EXIT
window=""
for _ in $(seq 1 120); do
  window="$(xdotool search --name '^Registry Doctor' 2>/dev/null | head -1 || true)"
  [ -n "$window" ] && break
  sleep 1
done
[ -n "$window" ] || { echo "the wizard's window did not appear" >&2; exit 1; }
xdotool windowmove "$window" 0 0 windowsize "$window" 1000 760 windowactivate --sync "$window" 2>/dev/null || true
shot() { sleep "$2"; import -window "$window" "$out/windows-$1.png"; echo "$out/windows-$1.png"; }
next() { xdotool key --window "$window" ctrl+Return; }
shot 1-registry 4
next; shot 2-symptoms 3
# The checking page lasts a few seconds: the first frame that differs from the symptoms page.
next
for _ in $(seq 1 20); do
  sleep 0.5
  import -window "$window" "$out/windows-3-checking.png"
  changed="$(compare -metric AE "$out/windows-2-symptoms.png" "$out/windows-3-checking.png" null: 2>&1 || true)"
  [ "${changed%%.*}" -gt 50000 ] 2>/dev/null && break # another page, not a focus frame
done
echo "$out/windows-3-checking.png"
shot 4-results 20
