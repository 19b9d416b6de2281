#!/usr/bin/env bash
# Screenshots of each wizard page on a virtual X display, into docs/screenshots/: the wizard runs a
# practice scenario (its registry listens on loopback) and is driven with Ctrl+Enter, its "Next" key.
#
#   scripts/screenshots.sh linux   [SCENARIO] [LANG]   the native build (build/), wizard-*.png
#   scripts/screenshots.sh windows [SCENARIO] [LANG]   the Windows build under Wine, windows-*.png
#
# SCENARIO defaults to wrong-password, LANG to en; another language gives PREFIX-LANG-N-page.png.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
target="${1:?linux or windows}"
scenario="${2:-wrong-password}"
lang="${3:-en}"
out="$root/docs/screenshots"
case "$target" in
  linux)
    program=("${RD_BUILD_DIR:-$root/build}/src/gui/registry-doctor")
    prefix=wizard
    "$root/scripts/install-deps.sh" xvfb xauth xdotool imagemagick fonts-dejavu-core ;;
  windows)
    win="${RD_WIN_DIR:-$root/build-win}"
    program=(wine "$win/stage/bin/registry-doctor.exe")
    prefix=windows
    "$root/scripts/install-deps.sh" xvfb xauth xdotool imagemagick fonts-dejavu-core
    export WINEPREFIX="$win/wineprefix" WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
    [ -f "$WINEPREFIX/system.reg" ] || wineboot -i >/dev/null 2>&1 ;;
  *) echo "linux or windows, not $target" >&2; exit 2 ;;
esac
[ -f "${program[-1]}" ] || { echo "no ${program[-1]}: build it first" >&2; exit 1; }
[ "$lang" = en ] || prefix="$prefix-$lang"

if [ -z "${RD_SCREENSHOTS_INSIDE_XVFB:-}" ]; then
  RD_SCREENSHOTS_INSIDE_XVFB=1 exec xvfb-run -a -s "-screen 0 1100x860x24" "$0" "$@"
fi

"${program[@]}" --practice "$scenario" --lang "$lang" >/dev/null 2>&1 &
app=$!
cleanup() { kill "$app" 2>/dev/null || true; [ "$target" = windows ] && { wineserver -k 2>/dev/null || true; }; }
trap cleanup EXIT
window=""
for _ in $(seq 1 120); do
  window="$(xdotool search --onlyvisible --name 'Registry Doctor$' 2>/dev/null | head -1 || true)"
  [ -n "$window" ] && break
  sleep 1
done
[ -n "$window" ] || { echo "the wizard's window did not appear" >&2; exit 1; }
xdotool windowmove "$window" 0 0 windowsize "$window" 1000 760 2>/dev/null || true
# Without a window manager nothing gives the window the keyboard: a click on the empty part of the
# step list below the steps does, and the keys then go where a user's would.
sleep 2; xdotool mousemove 60 600 click 1
shot() { sleep "$2"; import -window "$window" "$out/$prefix-$1.png"; echo "$out/$prefix-$1.png"; }
next() { xdotool key ctrl+Return; }
shot 1-registry 4
next; shot 2-symptoms 3
# The checking page lasts a moment: the first frame that differs from the symptoms page.
next
for _ in $(seq 1 40); do
  sleep 0.25
  import -window "$window" "$out/$prefix-3-checking.png"
  changed="$(compare -metric AE "$out/$prefix-2-symptoms.png" "$out/$prefix-3-checking.png" null: 2>&1 || true)"
  [ "${changed%%.*}" -gt 50000 ] 2>/dev/null && break # another page, not a focus frame
done
echo "$out/$prefix-3-checking.png"
shot 4-results 20
