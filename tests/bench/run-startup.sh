#!/bin/sh
# Runs the start-up benchmark from an existing build under a real X server (Xvfb), the way a user's
# desktop would start LifeOS. Builds nothing. Usage:
#   tests/bench/run-startup.sh BUILD_DIR [bench_startup options: --runs N --scale F --app PATH --keep ...]
set -eu

if [ $# -lt 1 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
    echo "usage: $0 BUILD_DIR [bench_startup options]   (e.g. $0 build/bench --runs 15)" >&2
    exit 64
fi
build_dir=$1
shift

bench="$build_dir/tests/bench/bench_startup"
if [ ! -x "$bench" ]; then
    echo "$0: $bench not found; build it first: cmake --preset bench && cmake --build --preset bench" >&2
    exit 1
fi
if ! command -v xvfb-run >/dev/null 2>&1; then
    echo "$0: xvfb-run not found; install it with: sudo apt install xvfb xauth" >&2
    exit 1
fi

# xcb, not offscreen: the app goes through a real X connection, GL/XCB plugin loading and fonts, as on a desktop.
export QT_QPA_PLATFORM=xcb
unset WAYLAND_DISPLAY
exec xvfb-run -a -s "-screen 0 1920x1080x24" "$bench" "$@"
