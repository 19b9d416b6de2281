#!/usr/bin/env bash
# Installs the Debian 12 / Ubuntu packages the build and the tests need, only those missing.
# at-spi2-core ... xdotool serve the wizard's screen-reader test (tests/atspi).
# Extra package names given as arguments are installed the same way (fuzz.sh, valgrind-cli.sh).
set -euo pipefail
packages=(cmake make g++ pkg-config qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
          qt6-l10n-tools qt6-translations-l10n libgl-dev libqt6svg6 libssl-dev openssl ca-certificates
          xvfb xauth fonts-dejavu-core dpkg-dev desktop-file-utils appstream
          at-spi2-core python3-pyatspi gir1.2-atspi-2.0 dbus dbus-x11 xdotool
          # the real clients and stores tst_client_fidelity compares the verdicts with
          docker-registry skopeo apache2-utils pass gnupg golang-docker-credential-helpers
          # a real proxy (tst_client_fidelity: Go never proxies loopback, so the registry is on a LAN address)
          tinyproxy
          # Podman's Docker emulation (/usr/bin/docker), as tst_local_causes meets it
          podman podman-docker
          # the shells the sign-in commands are run in (tst_login_commands): zsh is macOS's shell
          zsh "$@")
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
