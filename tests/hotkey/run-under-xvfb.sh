#!/bin/sh
# Runs a test on a private Xvfb display of its own, so X11 key grabs in parallel tests (and on a
# developer's desktop) cannot collide: `run-under-xvfb.sh TEST [ARGS...]`. Xvfb picks a free display
# number and reports it through -displayfd. ctest uses this as the test's launcher.
set -eu

# Catch's test discovery only lists names; it needs no display.
for arg in "$@"; do
    case $arg in
        --list-test-names-only | --list-reporters) exec "$@" ;;
    esac
done

command -v Xvfb >/dev/null 2>&1 || {
    echo "${0##*/}: Xvfb is not installed (apt-get install xvfb)" >&2
    exit 1
}

workdir=$(mktemp -d)
xvfb_pid=
cleanup() {
    if [ -n "$xvfb_pid" ]; then
        kill "$xvfb_pid" 2>/dev/null || true
        wait "$xvfb_pid" 2>/dev/null || true
    fi
    rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

Xvfb -displayfd 3 -nolisten tcp -screen 0 800x600x24 3>"$workdir/display" 2>"$workdir/xvfb.log" &
xvfb_pid=$!

# Xvfb writes the display number once it accepts connections.
tries=0
until [ -s "$workdir/display" ]; do
    tries=$((tries + 1))
    if [ "$tries" -gt 200 ] || ! kill -0 "$xvfb_pid" 2>/dev/null; then
        echo "${0##*/}: Xvfb did not start:" >&2
        cat "$workdir/xvfb.log" >&2
        exit 1
    fi
    sleep 0.05
done

DISPLAY=":$(cat "$workdir/display")"
QT_QPA_PLATFORM=xcb
export DISPLAY QT_QPA_PLATFORM
# A developer's Wayland session must not steer the code under test.
unset WAYLAND_DISPLAY XDG_SESSION_TYPE
"$@"
