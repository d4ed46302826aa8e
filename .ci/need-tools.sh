#!/bin/sh
# Make sure the build tools exist: install them as root (Debian/Ubuntu),
# else name the packages. readline is optional (line editing in the REPL):
# installed when we can, never required.
missing=""
command -v cc    >/dev/null 2>&1 || missing="$missing gcc"
command -v re2c  >/dev/null 2>&1 || missing="$missing re2c"
command -v lemon >/dev/null 2>&1 || missing="$missing lemon"
[ -f /usr/include/gmp.h ] || [ -n "$(find /usr/include -name gmp.h 2>/dev/null | head -1)" ] || missing="$missing libgmp-dev"
[ -f /usr/include/pcre2.h ] || [ -n "$(find /usr/include -name pcre2.h 2>/dev/null | head -1)" ] || missing="$missing libpcre2-dev"
[ -f /usr/include/nettle/sha2.h ] || missing="$missing nettle-dev"
optional=""
[ -f /usr/include/readline/readline.h ] || optional="libreadline-dev"
[ -z "$missing" ] && { [ -z "$optional" ] || [ "$(id -u)" != 0 ]; } && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing:$missing $optional" >&2
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing $optional >/dev/null 2>&1 && exit 0
    [ -z "$missing" ] && exit 0          # only readline failed: build without it
    echo "mps: could not install:$missing" >&2
    exit 1
fi
echo "mps needs these packages to build:$missing" >&2
echo "install them with: sudo apt-get install$missing libreadline-dev" >&2
exit 1
