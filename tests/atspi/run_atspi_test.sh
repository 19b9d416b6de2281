#!/usr/bin/env bash
# The wizard as a screen reader meets it: a private D-Bus session (the accessibility bus starts
# from it), a virtual X display, and atspi_wizard.py driving the real program with key presses
# only. Arguments: the wizard, the command line (for the expected diagnosis).
# Needs Debian's at-spi2-core, python3-pyatspi, xdotool, dbus and xvfb (scripts/install-deps.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
for tool in dbus-run-session xvfb-run xdotool; do
  command -v "$tool" >/dev/null || { echo "atspi test: $tool is missing; run scripts/install-deps.sh" >&2; exit 1; }
done
/usr/bin/python3 -c 'import pyatspi' || { echo "atspi test: python3-pyatspi is missing; run scripts/install-deps.sh" >&2; exit 1; }
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_RUNTIME_DIR="$home/run" LC_ALL=C.UTF-8 LANG=C.UTF-8
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 NO_AT_BRIDGE=0
unset DBUS_SESSION_BUS_ADDRESS AT_SPI_BUS_ADDRESS
exec dbus-run-session -- xvfb-run -a -s "-screen 0 1280x900x24" /usr/bin/python3 "$here/atspi_wizard.py" "$@"
