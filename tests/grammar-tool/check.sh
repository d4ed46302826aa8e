#!/bin/sh
# Build the front end alone and compare it with CPython (see check.py):
#   tests/grammar-tool/check.sh            AST dumps of all known files + error cases
#   tests/grammar-tool/check.sh FILE...    AST dumps of these files only
cd "$(dirname "$0")"
DUMP=$(./build.sh) || exit 1
if [ $# -gt 0 ]; then exec python3 check.py "$DUMP" "$@"; fi
python3 check.py "$DUMP"; a=$?
python3 check.py "$DUMP" --errors; b=$?
[ $a -eq 0 ] && [ $b -eq 0 ]
