#!/usr/bin/env bash
# Runs the Windows build (scripts/build-windows.sh) under Wine: the command line program (its
# version, Italian, and a practice check, whose registry listens on loopback inside Wine, finding
# exactly the causes the scenario expects; every scenario runs in the test programs), every test program, then the MSI (scripts/package-windows.sh) installed
# per user and per machine with `wine msiexec /qn`, the installed program run, upgraded and removed.
#
#   scripts/test-windows.sh            everything
#   scripts/test-windows.sh cli|tests|msi   one part
#
# Wine drops every variable whose name starts with QT_: they are passed as WINEQT_*. The practice
# registry listens on port 443 of loopback inside the Wine prefix: run one practice check at a time
# (not beside scripts/screenshots-windows.sh on the same prefix).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
win="${RD_WIN_DIR:-$root/build-win}"
bin="$win/stage/bin"
parts="${1:-cli tests msi}"
[ -f "$bin/registry-doctor-cli.exe" ] || { echo "no $bin/registry-doctor-cli.exe: run scripts/build-windows.sh" >&2; exit 1; }

export WINEPREFIX="$win/wineprefix" WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  echo "Creating the Wine prefix $WINEPREFIX"
  wineboot -i >/dev/null 2>&1
fi
winpath() { printf 'Z:%s' "${1//\//\\}"; }
# The test programs sit in the build folder; their DLLs and plugins are in the staged bin folder.
export WINEPATH="$(winpath "$bin")"
export WINEQT_PLUGIN_PATH="$(winpath "$bin")" WINEQT_FORCE_STDERR_LOGGING=1
export WINEQT_QPA_FONTDIR='Z:\usr\share\fonts\truetype\dejavu'
failures=0
fail() { printf 'FAIL: %s\n' "$*" >&2; failures=$((failures + 1)); }
pass() { printf 'ok   %s\n' "$*"; }
cli() { wine "$bin/registry-doctor-cli.exe" "$@" 2>&1 | tr -d '\r' || true; }

if [[ " $parts " == *" cli "* ]]; then
  echo "== registry-doctor-cli.exe under Wine"
  version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$win/build/CMakeCache.txt")"
  out="$(cli --version)"
  [ "$out" = "registry-doctor-cli $version" ] && pass "--version: $out" || fail "--version printed '$out'"
  out="$(cli causes --lang it)"
  [[ "$out" == *"Docker non è installato"* ]] && pass "causes --lang it is Italian" || fail "causes --lang it is not Italian"
  # One practice check through the program, its causes compared with the scenario's. Every scenario
  # is checked under Wine by the test programs: tst_practice_check (the exact causes of each) and
  # tst_cli_italian (registry-doctor-cli.exe in two languages for each).
  scenarios_json="$(cli practice --list --format json)"
  s=wrong-password
  set +e
  report="$(wine "$bin/registry-doctor-cli.exe" check --practice "$s" --format json 2>/dev/null | tr -d '\r')"
  rc=$?
  set -e
  verdict="$(python3 -c '
import json, sys
expected = {s["id"]: sorted(s["expectedCauses"]) for s in json.loads(sys.argv[1])}[sys.argv[2]]
found = sorted(c["id"] for c in json.loads(sys.stdin.read())["causes"])
print("ok" if found == expected else "expected %s, found %s" % (expected, found))' "$scenarios_json" "$s" <<<"$report" 2>&1 | tail -1 || true)"
  if [ "$verdict" = ok ]; then pass "check --practice $s (exit $rc)"; else fail "check --practice $s: $verdict"; fi
  out="$(cli check --practice wrong-password 2>&1)"
  # On Windows the password is read with PowerShell's Read-Host, not bash's read -s.
  [[ "$out" == *"Read-Host -AsSecureString"* ]] && pass "the commands shown are PowerShell" || fail "no PowerShell command in: $out"
fi

if [[ " $parts " == *" tests "* ]]; then
  echo "== test programs under Wine (one at a time, ${RD_WIN_TEST_TIMEOUT:-240} s each at most; more for those in limit below)"
  tests_start=$SECONDS
  mapfile -t programs < <(find "$win/build/tests" -name 'tst_*.exe' | sort)
  ((${#programs[@]} > 0)) || fail "no test program in $win/build/tests: build with the tests (RD_BUILD_TESTS=ON)"
  # The tests left out under Wine, each with its reason (docs/windows-tests.md has the same list).
  # A test that writes /bin/sh scripts as its child programs is labelled posix-standins
  # (tests/CMakeLists.txt) and must be named here with its reason; the stand-ins tests start
  # (StandinBin, tests/standins/standin_main.cpp) are a program built for Windows too, and cases that
  # are POSIX by nature skip themselves. None is left out today.
  declare -A left_out=()
  # Programs that start the command line program many times get more time: under Wine every process
  # start costs seconds on a busy machine (tst_cli_italian runs a practice check in two languages for
  # every scenario, 54 runs, one at a time since the practice registry takes port 443: 211 s at load 10).
  declare -A limit=([tst_cli_italian]=600 [tst_cli]=400)
  # Every POSIX-only test needs a written reason here.
  while read -r name; do
    [ -n "$name" ] || continue
    [ -n "${left_out[$name]:-}" ] || fail "$name is labelled posix-standins but has no reason to be left out in scripts/test-windows.sh"
  done < <(ctest --test-dir "$win/build" -N -L posix-standins | sed -n 's/^ *Test *#[0-9]*: //p')
  # The DLLs, plugins and qt.conf beside each test program, as on an installed system (hard links):
  # a test that gives its children a PATH of their own must not lose Qt with it.
  mapfile -t runtime < <(cd "$bin" && find . -type f ! -name '*.exe')
  for dir in $(dirname "${programs[@]}" | sort -u) "$win/build/src/cli"; do
    for f in "${runtime[@]}"; do
      mkdir -p "$(dirname "$dir/$f")"
      ln -f "$bin/$f" "$dir/$f" 2>/dev/null || cp -f "$bin/$f" "$dir/$f"
    done
    cp -f "$win/toolchain/qt6-mingw/bin/Qt6Test.dll" "$dir/" # the tests' own Qt module
  done
  passed=0
  skipped=0
  summary=()
  for p in "${programs[@]}"; do
    name="$(basename "$p" .exe)"
    if [ -n "${left_out[$name]:-}" ]; then
      skipped=$((skipped + 1)); echo "skip $name: ${left_out[$name]}"
      summary+=("$(printf '%-32s left out' "$name")")
      continue
    fi
    start=$SECONDS
    set +e
    # In the folder the test program is built in, as ctest runs it.
    (cd "$(dirname "$p")" && WINEQT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 \
      timeout -k 10 "$(( ${limit[$name]:-0} > ${RD_WIN_TEST_TIMEOUT:-240} ? ${limit[$name]:-0} : ${RD_WIN_TEST_TIMEOUT:-240} ))" wine "$p" >"$win/$name.log" 2>&1)
    rc=$?
    set -e
    took=$((SECONDS - start))
    if [ "$rc" -eq 0 ]; then
      passed=$((passed + 1)); pass "$name (${took} s)"
      summary+=("$(printf '%-32s pass   %4d s' "$name" "$took")")
    else
      [ "$rc" -eq 124 ] && why="timed out" || why="exited $rc"
      fail "$name $why (${took} s), log $win/$name.log:"
      grep -a -E '^(FAIL|QFATAL|   Loc|   Actual|   Expected)' "$win/$name.log" | head -20 | tr -d '\r' >&2 || true
      summary+=("$(printf '%-32s FAIL   %4d s  %s' "$name" "$took" "$why")")
    fi
  done
  printf '%s\n' "${summary[@]}"
  echo "test programs under Wine: $passed passed, $((${#programs[@]} - passed - skipped)) failed, $skipped left out (reasons above), of ${#programs[@]}, in $((SECONDS - tests_start)) s"
fi

if [[ " $parts " == *" msi "* ]]; then
  echo "== MSI"
  "$root/scripts/package-windows.sh"
  version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$win/build/CMakeCache.txt")"
  msi="$win/registry-doctor-$version-win64.msi"
  installed_check() { # $1 = the installed bin folder as Wine sees it (C:\...)
    local unix out
    unix="$(winepath -u "$1" 2>/dev/null | tr -d '\r')"
    [ -f "$unix/registry-doctor-cli.exe" ] || { fail "nothing installed in $1"; return; }
    [ -f "$unix/registry-doctor.exe" ] && [ -f "$unix/platforms/qwindows.dll" ] && [ -f "$unix/tls/qopensslbackend.dll" ] \
      && [ -f "$unix/libstdc++-6.dll" ] && [ -f "$unix/libssl-3-x64.dll" ] && [ -f "$unix/translations/qtbase_it.qm" ] \
      || fail "the installed folder $1 lacks the wizard, a Qt plugin, the MinGW runtime, OpenSSL or Qt's catalogues"
    # Run from the installed folder only: nothing from the build can be found (WINEPATH unset).
    out="$(cd /tmp && WINEPATH= WINEQT_PLUGIN_PATH= wine "$unix/registry-doctor-cli.exe" --version 2>&1 | tr -d '\r' || true)"
    [ "$out" = "registry-doctor-cli $version" ] && pass "installed $1\\registry-doctor-cli.exe --version: $out" || fail "installed CLI printed '$out'"
    local rc=0
    (cd /tmp && WINEPATH= WINEQT_PLUGIN_PATH= wine "$unix/registry-doctor-cli.exe" check --practice healthy >/dev/null 2>&1) || rc=$?
    [ "$rc" -eq 0 ] && pass "installed CLI: check --practice healthy exits 0 (no problem found)" \
      || fail "installed CLI: check --practice healthy exited $rc"
  }
  reg_path() { wine reg query "$1" /v PATH 2>/dev/null | tr -d '\r' | grep -i ' PATH ' || true; }

  # Per user: the user's PATH and Start menu. Windows installs the default (ALLUSERS=2 with
  # MSIINSTALLPERUSER=1) per user into %LOCALAPPDATA%\Programs without asking for administrator
  # rights; Wine 8 does not implement MSIINSTALLPERUSER and, running as an administrator, turns
  # ALLUSERS=2 into a per-machine install, so per user is asked for here with ALLUSERS= (empty), which
  # both honour. Wine has no per-user Program Files folder: the files go to C:\Program Files.
  wine msiexec /i "$msi" ALLUSERS= /qn /l*v "$(winpath "$win/msi-user.log")" || fail "msiexec /i ALLUSERS= (per user) failed"
  userdir="$(wine cmd /c 'echo %LOCALAPPDATA%' 2>/dev/null | tr -d '\r')\\Programs\\Registry Doctor\\bin"
  [ -d "$(winepath -u "$userdir" 2>/dev/null)" ] || userdir='C:\Program Files\Registry Doctor\bin'
  installed_check "$userdir"
  [[ "$(reg_path 'HKCU\Environment')" == *"Registry Doctor\\bin"* ]] && pass "the user's PATH has $userdir" || fail "the user's PATH lacks the bin folder: $(reg_path 'HKCU\Environment')"
  menu="$(winepath -u "$(wine cmd /c 'echo %APPDATA%' 2>/dev/null | tr -d '\r')\\Microsoft\\Windows\\Start Menu\\Programs\\Registry Doctor\\Registry Doctor.lnk")"
  [ -f "$menu" ] && pass "Start menu shortcut (per user)" || fail "no Start menu shortcut at $menu"
  wine msiexec /x "$msi" /qn || fail "msiexec /x (per user) failed"
  [ ! -e "$(winepath -u "$userdir")/registry-doctor-cli.exe" ] && pass "removed (per user)" || fail "still installed after msiexec /x"
  # Windows takes the entry out again (RemoveEnvironmentStrings); Wine 8 leaves a PATH it created.
  [[ "$(reg_path 'HKCU\Environment')" != *"Registry Doctor"* ]] && pass "the user's PATH no longer names Registry Doctor" \
    || echo "note the user's PATH still names Registry Doctor after msiexec /x (Wine 8 does not remove a PATH variable the MSI created)"

  # Per machine: Program Files, the system PATH.
  wine msiexec /i "$msi" ALLUSERS=1 /qn /l*v "$(winpath "$win/msi-machine.log")" || fail "msiexec /i ALLUSERS=1 failed"
  installed_check 'C:\Program Files\Registry Doctor\bin'
  [[ "$(reg_path 'HKLM\System\CurrentControlSet\Control\Session Manager\Environment')" == *"Registry Doctor\\bin"* ]] \
    && pass "the system PATH has C:\\Program Files\\Registry Doctor\\bin" || fail "the system PATH lacks the bin folder"

  # An upgrade: the same files as a newer version replace this one (one entry, one folder).
  newer="$(awk -F. '{print $1"."$2"."$3+1}' <<<"$version")"
  RD_MSI_VERSION="$newer" "$root/scripts/package-windows.sh" >/dev/null
  wine msiexec /i "$win/registry-doctor-$newer-win64.msi" ALLUSERS=1 /qn || fail "msiexec /i (upgrade to $newer) failed"
  products="$(wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s 2>/dev/null | tr -d '\r' | grep -c 'DisplayName.*Registry Doctor' || true)"
  version_now="$(wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall' /s 2>/dev/null | tr -d '\r' | grep -A20 'Registry Doctor' | sed -n 's/.*DisplayVersion *REG_SZ *//p' | head -1)"
  [ "$products" = 1 ] && [ "$version_now" = "$newer" ] && pass "upgraded to $newer: one \"Registry Doctor\" in Add/Remove Programs" \
    || fail "after the upgrade: $products entries named Registry Doctor, version '$version_now'"
  wine msiexec /x "$win/registry-doctor-$newer-win64.msi" /qn || fail "msiexec /x (per machine) failed"
  [ ! -e "$(winepath -u 'C:\Program Files\Registry Doctor\bin')/registry-doctor-cli.exe" ] && pass "removed (per machine)" || fail "still installed after msiexec /x"
fi

if ((failures)); then
  echo "$failures check(s) failed under Wine" >&2
  exit 1
fi
echo "All Windows checks passed under Wine"
