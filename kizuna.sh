#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Kizuna developer entry point for a Debian 12 machine.
#
#   ./kizuna.sh run [--demo] [--db FILE] [app options]   install deps, build, start the desktop app
#   ./kizuna.sh test                                     install deps, build, run the whole test suite
#   ./kizuna.sh deps | build | bench [--small]           the single steps
#   ./kizuna.sh fuzz [csv|vcard|textencoding]            a short libFuzzer pass (clang) over the parsers
#
# Installing packages needs root: run as root or with sudo available. The build lives in ./build
# (CMake preset "default"); ccache keeps rebuilds fast.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

PACKAGES=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-svg-dev libgl-dev
    libqcustomplot-dev libqcustomplot2.1-qt6
    libsqlite3-dev sqlite3 libicu-dev libboost-math-dev libnlopt-cxx-dev
    fonts-noto-cjk xvfb xauth desktop-file-utils appstream
)

# Only for ./kizuna.sh fuzz: clang with libFuzzer.
FUZZ_PACKAGES=(clang-14 libclang-rt-14-dev)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else echo "kizuna.sh: installing packages needs root; run as root or install sudo" >&2; exit 1
    fi
}

deps() {
    local missing=()
    for p in "${PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        log "dependencies already installed"
        return
    fi
    log "installing ${#missing[@]} packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    log "configuring and building (build/)"
    cmake --preset default >/dev/null
    cmake --build --preset default
}

run_app() {
    local app=build/app/desktop/kizuna
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
        log "no display found: starting under Xvfb (set DISPLAY to use your desktop)"
        exec xvfb-run -a -s "-screen 0 1440x900x24" "$app" "$@"
    fi
    exec "$app" "$@"
}

run_tests() {
    log "running the test suite"
    ctest --preset default
}

command=${1:-help}
[ $# -gt 0 ] && shift
case "$command" in
    run)   deps; build; run_app "$@" ;;
    test)  deps; build; run_tests "$@" ;;
    deps)  deps ;;
    build) deps; build ;;
    bench) deps; build; exec tests/bench/run "$@" ;;
    fuzz)  deps "${FUZZ_PACKAGES[@]}"; exec tests/fuzz/run-short "$@" ;;
    *)     sed -n '3,10p' "$0"; [ "$command" = help ] || exit 1 ;;
esac
