#!/usr/bin/env bash
# Installs the Debian packages needed to build and run LifeOS (--runtime, the default) or to
# build it and run the whole test suite (--test) on a fresh Debian 12 or Ubuntu 24.04 machine.
# Only packages that are missing are installed; nothing is done when all are present.
#
#   packaging/setup-deps.sh [--runtime | --test] [--dry-run]
#
# To add a dependency, add it to one of the arrays below.

set -euo pipefail

# Build the app and run it.
RUNTIME_PACKAGES=(
    build-essential
    cmake
    ninja-build
    pkg-config
    qt6-base-dev
    qt6-base-dev-tools
    qt6-tools-dev
    qt6-tools-dev-tools
    qt6-l10n-tools
    libqt6sql6-sqlite
    libqt6svg6
    qt6-svg-dev
    libsqlite3-dev
    libfaiss-dev
    qt6-charts-dev
    libgl-dev
    qt6-translations-l10n
    qt6-gtk-platformtheme
    libxcb1-dev
    qtkeychain-qt6-dev
    libsecret-1-0 # QtKeychain dlopen()s libsecret for the Secret Service; without it only KWallet is tried
)

# Run the test suite (in addition to the runtime set): Catch2, a virtual X display for UI
# tests, a session bus with an unlockable keyring for the SecretStore test, the validators
# for the .desktop and AppStream files, and Xlib + XTest to type the global hotkey under Xvfb.
TEST_PACKAGES=(
    catch2
    xvfb
    xauth
    x11-apps
    dbus
    gnome-keyring
    python3
    sqlite3
    desktop-file-utils
    appstream
    libx11-dev
    libxtst-dev
)

# The top-level CMakeLists.txt requires at least this Qt.
MIN_QT_VERSION=6.4

usage() {
    cat <<EOF
Usage: ${0##*/} [--runtime | --test] [--dry-run]

Installs the missing Debian packages LifeOS needs.

  --runtime   build and run the app (default)
  --test      everything in --runtime, plus what the test suite needs
  --dry-run   list the missing packages, install nothing
  -h, --help  show this help
EOF
}

die() {
    echo "${0##*/}: error: $*" >&2
    exit 1
}

is_installed() {
    local status
    status=$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) || return 1
    [[ $status == *" ok installed" ]] # "install ok installed" or "hold ok installed"
}

# Debian 12 and Ubuntu 24.04 ship Qt 6.4; older releases (Ubuntu 22.04 has 6.2) would install
# every package here and still fail to configure the project, so say so up front.
check_qt_version() {
    local version=$1 which=$2
    if [[ -n $version && $version != "(none)" ]] && ! dpkg --compare-versions "$version" ge "$MIN_QT_VERSION"; then
        die "the $which qt6-base-dev is $version; LifeOS needs Qt $MIN_QT_VERSION or newer (Debian 12, Ubuntu 24.04 or later)"
    fi
}

want_test=false
dry_run=false
for arg in "$@"; do
    case $arg in
        --runtime) want_test=false ;;
        --test) want_test=true ;;
        --dry-run) dry_run=true ;;
        -h | --help)
            usage
            exit 0
            ;;
        *)
            usage >&2
            die "unknown option: $arg"
            ;;
    esac
done

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    die "this script needs a Debian-based system (dpkg-query and apt-get were not found)"
fi

packages=("${RUNTIME_PACKAGES[@]}")
if $want_test; then
    packages+=("${TEST_PACKAGES[@]}")
fi

missing=()
for pkg in "${packages[@]}"; do
    is_installed "$pkg" || missing+=("$pkg")
done

if ((${#missing[@]} == 0)); then
    echo "All ${#packages[@]} packages are already installed."
else
    echo "Missing packages (${#missing[@]} of ${#packages[@]}): ${missing[*]}"
    if $dry_run; then
        exit 0
    fi

    if ((EUID == 0)); then
        as_root=()
    elif command -v sudo >/dev/null 2>&1; then
        as_root=(sudo)
    else
        die "installing packages needs root: run this script as root, or install sudo"
    fi
    apt=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -y -q)

    "${apt[@]}" update || die "apt-get update failed (check the network and /etc/apt/sources.list)"

    # Name every package the configured sources do not know before trying to install any.
    unknown=()
    for pkg in "${missing[@]}"; do
        apt-cache show "$pkg" >/dev/null 2>&1 || unknown+=("$pkg")
    done
    if ((${#unknown[@]} > 0)); then
        die "not found in the configured apt sources: ${unknown[*]} (on Ubuntu, enable the 'universe' component)"
    fi
    check_qt_version "$(apt-cache policy qt6-base-dev | awk '/Candidate:/ { print $2 }')" "available"

    "${apt[@]}" install "${missing[@]}" || die "apt-get install failed for: ${missing[*]}"

    still_missing=()
    for pkg in "${missing[@]}"; do
        is_installed "$pkg" || still_missing+=("$pkg")
    done
    if ((${#still_missing[@]} > 0)); then
        die "still not installed after apt-get install: ${still_missing[*]}"
    fi
    echo "Installed: ${missing[*]}"
fi

if is_installed qt6-base-dev; then
    check_qt_version "$(dpkg-query -W -f='${Version}' qt6-base-dev)" "installed"
fi
