#!/bin/sh
# Build the front end alone plus the dump tool into $B (default /tmp/mps-grammar).
set -e
cd "$(dirname "$0")/../.."
B=${B:-/tmp/mps-grammar}
mkdir -p $B/gen
cp grammar/parser.y $B/gen/parser.y
lemon -q -d$B/gen $B/gen/parser.y
re2c -W --no-generation-date -o $B/gen/lexer.c grammar/lexer.re
CF="-O1 -g -Wall -Wextra -I. -I$B/gen -Igrammar -D_GNU_SOURCE ${EXTRA_CFLAGS:-}"
GENW="-Wno-unused-parameter -Wno-unused-variable -Wno-unused-but-set-variable -Wno-unused-function -Wno-sign-compare -Wno-implicit-fallthrough"
cc $CF -o $B/dump tests/grammar-tool/dump.c grammar/ast.c grammar/parse.c $B/gen/lexer.c $B/gen/parser.c $GENW -lm
echo $B/dump
