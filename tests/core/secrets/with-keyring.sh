#!/usr/bin/env bash
# Runs a command (a test and its arguments) against a real system keychain that exists only for that command:
# a private D-Bus session bus with a freshly created, unlocked GNOME Keyring. The user's own keyring is never
# touched. CTest runs it through lifeos_keyring_test() in tests/core/secrets/CMakeLists.txt.
#
#   with-keyring.sh COMMAND [ARG...]                      gnome-keyring's "login" collection, unlocked and default
#   with-keyring.sh --not-unlocked COMMAND [ARG...]       a plain session bus: D-Bus may start gnome-keyring, which
#                                                         has no unlocked keyring and no screen to ask for one on
#   with-keyring.sh --no-secret-service COMMAND [ARG...]  a session bus on which no Secret Service runs or can start
#   with-keyring.sh --no-bus COMMAND [ARG...]             no session bus at all
#
# Why each step is there:
# 1. HOME and the XDG folders point into a fresh `mktemp -d` folder, removed on exit. gnome-keyring keeps its
#    keyrings in $XDG_DATA_HOME/keyrings and its control socket in $XDG_RUNTIME_DIR/keyring, so neither the user's
#    keyring files nor a daemon already running for the user is touched, and a plain-text fallback (which must
#    never happen) would land where a test can look for it.
# 2. dbus-run-session starts a private session bus for this command alone and stops it afterwards.
# 3. `printf pw | gnome-keyring-daemon --unlock` starts the daemon and, as there is no keyring yet, creates the
#    "login" keyring with that password, unlocked; gnome-keyring gives "login" the "default" alias, which is the
#    collection libsecret (and so QtKeychain) stores new items in. --components=secrets: no SSH or PKCS#11 agent.
# 4. `gnome-keyring-daemon --start` makes that daemon claim org.freedesktop.secrets on the bus now; otherwise the
#    first client would have D-Bus activate a second daemon (from the installed org.freedesktop.secrets.service).
# 5. Both print GNOME_KEYRING_CONTROL=... (and SSH_AUTH_SOCK=...) when the control socket is not in the standard
#    $XDG_RUNTIME_DIR place; whatever they print is exported so clients find this daemon either way.
# 6. The default alias must be the unlocked login collection before the command runs: a keyring that did not come
#    up fails here, with a message that says so, instead of as a confusing test failure.
# 7. After the command, the daemon (found by its bus name's owner) is stopped, so nothing outlives the test.
# --not-unlocked is what a headless machine with gnome-keyring installed gets: steps 1 and 2 only.
# --no-secret-service runs the bus with a configuration that lists no service directories, because the installed
# org.freedesktop.secrets.service would otherwise start gnome-keyring-daemon on first use (locked, or with no
# keyring at all). --no-bus points DBUS_SESSION_BUS_ADDRESS at a socket that does not exist and drops DISPLAY, so
# nothing can autolaunch a bus.
set -euo pipefail

mode=keyring
case ${1-} in
    --not-unlocked) mode=not-unlocked; shift ;;
    --no-secret-service) mode=no-secret-service; shift ;;
    --no-bus) mode=no-bus; shift ;;
    --inside-bus) mode=inside-bus; shift ;; # internal: step 3 onwards, run by dbus-run-session
esac
if (($# == 0)); then
    echo "usage: ${0##*/} [--not-unlocked | --no-secret-service | --no-bus] COMMAND [ARG...]" >&2
    exit 2
fi

die() {
    echo "${0##*/}: $*" >&2
    exit 1
}

secrets_call() { # METHOD_OR_PROPERTY_CALL...: one call to the Secret Service, its reply on stdout
    dbus-send --session --print-reply --dest=org.freedesktop.secrets "$@"
}

if [[ $mode == inside-bus ]]; then
    # Steps 3 to 5.
    env_lines=$(printf 'pw' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null) ||
        die "gnome-keyring-daemon --unlock failed"
    env_lines+=$'\n'$(gnome-keyring-daemon --start --components=secrets 2>/dev/null) ||
        die "gnome-keyring-daemon --start failed"
    while IFS= read -r line; do
        [[ $line == *=* ]] && export "${line?}"
    done <<<"$env_lines"

    # Step 6.
    alias_reply=$(secrets_call /org/freedesktop/secrets org.freedesktop.Secret.Service.ReadAlias string:default) ||
        die "the keyring daemon did not answer on the session bus"
    [[ $alias_reply == *'"/org/freedesktop/secrets/collection/login"'* ]] ||
        die "the default keyring collection is not \"login\": $alias_reply"
    locked_reply=$(secrets_call /org/freedesktop/secrets/collection/login org.freedesktop.DBus.Properties.Get \
        string:org.freedesktop.Secret.Collection string:Locked)
    [[ $locked_reply == *'boolean false'* ]] || die "the login keyring is still locked"
    daemon_pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets |
        awk '/uint32/ { print $2 }') || true

    # Step 7.
    status=0
    "$@" || status=$?
    if [[ -n $daemon_pid ]] && kill "$daemon_pid" 2>/dev/null; then
        for _ in $(seq 50); do kill -0 "$daemon_pid" 2>/dev/null || break; sleep 0.1; done
    fi
    exit "$status"
fi

# Step 1.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch/home
export XDG_DATA_HOME=$HOME/.local/share XDG_CONFIG_HOME=$HOME/.config XDG_CACHE_HOME=$HOME/.cache
export XDG_RUNTIME_DIR=$scratch/runtime
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DISPLAY WAYLAND_DISPLAY

status=0
case $mode in
    keyring) # Step 2.
        dbus-run-session -- "$0" --inside-bus "$@" || status=$?
        ;;
    not-unlocked)
        dbus-run-session -- "$@" || status=$?
        ;;
    no-secret-service)
        cat >"$scratch/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$scratch</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
        dbus-run-session --config-file="$scratch/bus.conf" -- "$@" || status=$?
        ;;
    no-bus)
        DBUS_SESSION_BUS_ADDRESS="unix:path=$scratch/no-bus-here" "$@" || status=$?
        ;;
esac
exit "$status"
