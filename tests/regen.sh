#!/usr/bin/env bash
# Regenerate expected files from CPython 3.11 (the oracle):
#   tests/regen.sh FILTER...     (FILTER: substring of tests/<area>/<name>.mps)
# For each matching .mps: name.out = stdout of `python3 name.mps` run in the
# test's directory with PYTHONHASHSEED=0; name.err = its stderr, with
# `File "/abs/dir/name.mps"` as `File "name.mps"` and everything else (the
# 3.11 ^^^/~~~ marker lines too) kept (deleted when empty); name.code = the exit
# status when it differs from the default (1 with .err, else 0).
# cli/*.sh: name.out = stdout of `MPS=python3 sh name.sh`, except for scripts
# marked `mps: not-python` on their first line (their .out is written by hand).
# Review every regenerated file by eye: it is the oracle.
set -u
here=$(cd "$(dirname "$0")" && pwd -P)
root=$(dirname "$here")
[ $# -ge 1 ] || { echo "usage: tests/regen.sh FILTER..." >&2; exit 2; }
path_filter() {
    awk -v dir="$1" '{
        if (dir != "") {
            i = index($0, "File \"" dir "/")
            if (i > 0) $0 = substr($0, 1, i + 5) substr($0, i + 7 + length(dir))
        }
        print
    }'
}
cd "$root"
for f in $( { ls tests/*/*.mps; ls tests/cli/*.sh; } 2>/dev/null | LC_ALL=C sort); do
    match=0
    for pat in "$@"; do case $f in *"$pat"*) match=1 ;; esac; done
    [ $match = 1 ] || continue
    head -n 1 "$f" | grep -q 'mps: not-python' && { echo "keep $f (hand-written)"; continue; }
    dir=$(dirname "$f"); file=$(basename "$f")
    case $file in
        *.mps)
            name=${file%.mps}
            ( cd "$dir" && PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 timeout 10 python3 "$file" </dev/null >"$name.out" 2>"$name.err.raw" )
            rc=$?
            path_filter "$(cd "$dir" && pwd -P)" <"$dir/$name.err.raw" >"$dir/$name.err"; rm -f "$dir/$name.err.raw"
            if [ -s "$dir/$name.err" ]; then def=1; else rm -f "$dir/$name.err"; def=0; fi
            if [ $rc != $def ]; then echo $rc >"$dir/$name.code"; else rm -f "$dir/$name.code"; fi
            echo "regen $f (exit $rc)" ;;
        *.sh)
            name=${file%.sh}
            ( cd "$dir" && MPS=python3 PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 timeout 60 sh "$file" </dev/null >"$name.out" )
            echo "regen $f" ;;
    esac
done
