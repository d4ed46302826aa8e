#!/bin/sh
# Make sure the build tools exist: install them as root, else name them.
missing=""
command -v re2c  >/dev/null 2>&1 || missing="$missing re2c"
command -v lemon >/dev/null 2>&1 || missing="$missing lemon"
[ -f /usr/include/gmp.h ] || [ -f /usr/include/x86_64-linux-gnu/gmp.h ] || [ -n "$(find /usr/include -name gmp.h 2>/dev/null | head -1)" ] || missing="$missing libgmp-dev"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing:$missing" >&2
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing libreadline-dev >/dev/null || exit 1
    exit 0
fi
echo "mps needs these packages to build:$missing" >&2
echo "install them with: sudo apt-get install$missing libreadline-dev" >&2
exit 1
