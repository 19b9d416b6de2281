#!/usr/bin/env bash
# Builds the Debian package with CPack into build-pkg/, installs it on this machine (as root, through
# apt so that its dependencies resolve), checks the INSTALLED files, and removes it again.
#
#   scripts/package.sh            build, install, check, remove
#   KEEP_INSTALLED=1 scripts/package.sh   leave the package installed afterwards
#
# Needs: cmake, cpack, dpkg-dev (dpkg-shlibdeps, dpkg-buildflags), desktop-file-utils, appstream,
# lintian (install-deps.sh).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-pkg"
started=$SECONDS
"$root/scripts/install-deps.sh" lintian ninja-build

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
pass() { printf 'ok   %s\n' "$*"; }

step "Configure and build (Release, Debian's hardening flags, Ninja, -j4) in an empty $build"
# The flags a Debian package is built with (stack protector, _FORTIFY_SOURCE, format checks, full
# RELRO and immediate binding); lintian checks the result. Always from an empty folder, with Ninja and
# more jobs than cores: the parallel build a fresh clone gets, where a generated file raced by two
# rules would show (scripts/fresh-build.sh checks the graphs; this is the build itself).
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
rm -rf "$build"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRD_BUILD_TESTS=OFF -DRD_BUILD_GUI=ON \
  -DCMAKE_CXX_FLAGS="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)" \
  -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" >/dev/null
cmake --build "$build" -j4
# A raced resource object is about 1 KB, and the Italian catalogue vanishes without an error.
object="$(find "$build" -name 'qrc_rd_translations.cpp.o*' -size +100k)"
[ -n "$object" ] || fail "the translations' resource object is missing or truncated"
pass "fresh -j4 Ninja build, translations' resource object $(du -k "$object" | cut -f1) KB"

# The one version: project(VERSION) in the top-level CMakeLists.txt, as CMake read it.
version="$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")"
[ -n "$version" ] || fail "no CMAKE_PROJECT_VERSION in $build/CMakeCache.txt"

step "cpack -G DEB (version $version)"
rm -f "$build"/registry-doctor_*.deb
(cd "$build" && cpack --config CPackConfig.cmake -G DEB)
deb="$(ls "$build"/registry-doctor_"$version"_*.deb)"
[ -f "$deb" ] || fail "no .deb for version $version in $build"
echo "package: $deb"
dpkg-deb --field "$deb"
echo "contents:"
dpkg-deb --contents "$deb" | awk '{print "  " $NF}'

depends="$(dpkg-deb -f "$deb" Depends)"
[[ "$depends" == *libqt6core6* ]] || fail "Depends has no libqt6core6 (dpkg-shlibdeps did not run?): $depends"
[[ "$depends" == *libqt6svg6* ]] || fail "Depends has no libqt6svg6: $depends"
[[ "$depends" == *libssl3* ]] || fail "Depends has no libssl3: $depends"
[[ "$(dpkg-deb -f "$deb" Recommends)" == *qt6-translations-l10n* ]] || fail "Recommends has no qt6-translations-l10n"
pass "Depends: $depends"
if dpkg-deb --contents "$deb" | grep -q '\.qm$'; then
  fail "the package ships .qm files; translations are meant to be embedded in the programs"
fi
pass "no .qm files in the package (translations are embedded)"

step "lintian"
# No error and no warning; informational tags are shown, not fatal.
lintian --info --display-info --fail-on error,warning "$deb" || fail "lintian reports errors or warnings"
pass "lintian: no error, no warning"

if dpkg-query -W -f='${Status}' registry-doctor 2>/dev/null | grep -q "install ok installed"; then
  fail "registry-doctor is already installed on this machine; remove it first (dpkg -r registry-doctor)"
fi

cleanup() {
  if [ -z "${KEEP_INSTALLED:-}" ] && dpkg-query -W -f='${Status}' registry-doctor 2>/dev/null | grep -q "installed"; then
    step "dpkg -r registry-doctor"
    "${sudo_cmd[@]}" dpkg -r registry-doctor >/dev/null
    if [ -e /usr/bin/registry-doctor-cli ]; then
      echo "FAIL: /usr/bin/registry-doctor-cli is still there after dpkg -r" >&2
      return 1
    fi
    echo "removed: /usr/bin/registry-doctor-cli is gone"
  fi
  return 0
}
trap cleanup EXIT

step "Install $deb"
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "$deb" \
  2>&1 | grep -v '^debconf' || true
dpkg-query -W -f='${Status}' registry-doctor | grep -q "install ok installed" || fail "the package did not install"
pass "installed $(dpkg-query -W -f='${Package} ${Version}' registry-doctor)"

step "Check the installed files"
for f in /usr/bin/registry-doctor /usr/bin/registry-doctor-cli \
         /usr/share/doc/registry-doctor/copyright /usr/share/doc/registry-doctor/changelog.gz \
         /usr/share/man/man1/registry-doctor.1.gz /usr/share/man/man1/registry-doctor-cli.1.gz \
         /usr/share/applications/registry-doctor.desktop \
         /usr/share/metainfo/io.github.registrydoctor.RegistryDoctor.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/registry-doctor.svg; do
  [ -f "$f" ] || fail "missing $f"
done
pass "programs, desktop entry, metainfo and icon are in place"

# Run from an empty directory so nothing from the source or build tree can be picked up.
scratch="$(mktemp -d)"
cd "$scratch"

out="$(/usr/bin/registry-doctor-cli --version)"
[ "$out" = "registry-doctor-cli $version" ] || fail "--version printed '$out', expected 'registry-doctor-cli $version'"
pass "registry-doctor-cli --version: $out"

set +e
/usr/bin/registry-doctor-cli check --practice healthy --repository hello >"$scratch/check.txt" 2>&1
rc=$?
set -e
[ "$rc" -eq 0 ] || { cat "$scratch/check.txt"; fail "check --practice healthy exited $rc"; }
pass "check --practice healthy --repository hello exits 0 ($(grep -c . "$scratch/check.txt") lines)"

en="$(/usr/bin/registry-doctor-cli causes)"
it="$(/usr/bin/registry-doctor-cli causes --lang it)"
[[ "$en" == *"Docker is not installed"* ]] || fail "causes (English) lacks 'Docker is not installed'"
[[ "$it" == *"Docker non è installato"* ]] || { echo "$it" | head -5; fail "causes --lang it is not Italian"; }
[[ "$it" != *"Docker is not installed"* ]] || fail "causes --lang it still has the English title"
# The Italian catalogue can only have come from inside the program: no .qm file is installed.
if dpkg -L registry-doctor | grep -q '\.qm$'; then fail "the installed package has .qm files"; fi
# rcc stores resource names as UTF-16BE: `strings -e b` (binutils) reads them.
for program in /usr/bin/registry-doctor-cli /usr/bin/registry-doctor; do
  strings -e b "$program" | grep 'registry-doctor_it\.qm$' >/dev/null \
    || fail "registry-doctor_it.qm is not a Qt resource in $program"
done
pass "causes --lang it is Italian, from the catalogue embedded as a Qt resource: $(echo "$it" | sed -n 2p | sed 's/^ *//')"

desktop-file-validate /usr/share/applications/registry-doctor.desktop || fail "desktop-file-validate"
pass "desktop-file-validate registry-doctor.desktop"

if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net /usr/share/metainfo/io.github.registrydoctor.RegistryDoctor.metainfo.xml \
    || fail "appstreamcli validate"
  pass "appstreamcli validate --no-net (metainfo)"
else
  echo "skip appstreamcli validate: appstream is not installed"
fi

set +e
QT_QPA_PLATFORM=offscreen timeout 5 /usr/bin/registry-doctor --practice healthy >"$scratch/gui.txt" 2>&1
rc=$?
set -e
[ "$rc" -eq 124 ] || { cat "$scratch/gui.txt"; fail "the wizard exited $rc within 5 s (expected to be still running: 124)"; }
pass "the wizard runs headless from /usr/bin/registry-doctor (still running after 5 s)"
cd "$root"
rm -rf "$scratch"

cleanup
trap - EXIT
if [ -z "${KEEP_INSTALLED:-}" ] && dpkg-query -W -f='${Status}' registry-doctor 2>/dev/null | grep -q "install ok installed"; then
  fail "registry-doctor is still installed"
fi
printf '\nAll package checks passed in %ss: %s\n' "$((SECONDS - started))" "$deb"
