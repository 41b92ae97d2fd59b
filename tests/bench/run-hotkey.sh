#!/usr/bin/env bash
# Runs bench_hotkey on a private Xvfb with the xcb platform: hotkey pressed → capture window painted.
#   tests/bench/run-hotkey.sh BUILD_DIR [ROUNDS]
set -euo pipefail
build=${1:?usage: run-hotkey.sh BUILD_DIR [ROUNDS]}
# Only the private X server: never the desktop's Wayland session or its shortcuts portal.
unset WAYLAND_DISPLAY XDG_SESSION_TYPE DBUS_SESSION_BUS_ADDRESS
QT_QPA_PLATFORM=xcb exec xvfb-run -a -s "-screen 0 1920x1080x24" "$build/tests/bench/bench_hotkey" "${2:-40}"
