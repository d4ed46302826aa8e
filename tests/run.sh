#!/usr/bin/env bash
# Golden-output test runner for mps.
#
#   tests/run.sh [--interp PATH] [--python] [-v] [-j N] [FILTER]
#
# Runs every tests/<area>/<name>.mps (sorted) with `cd` into its directory:
#     PYTHONHASHSEED=0 timeout 10 $INTERP name.mps </dev/null >OUT 2>ERR
# and compares stdout with name.out (exactly), stderr with name.err (or
# requires empty stderr when there is no .err), and the exit status with the
# number in name.code, else 1 when name.err exists, else 0.
# tests/cli/<name>.sh are run as `MPS=$INTERP sh name.sh` (in tests/cli);
# only their stdout is compared with name.out.
#
# A test whose first line contains `mps: skip` is skipped; one whose first
# line contains `mps: not-python` is skipped under --python (its expected
# output describes mps behaviour that CPython does not share).
#
# --python runs python3 instead of mps, to validate the expected files
# (its `File "/abs/dir/name.mps"` becomes `File "name.mps"`; everything
# else, CPython 3.11's ^^^/~~~ marker lines included, is compared exactly).
# FILTER is a substring of the test path (e.g. `str/` or `traceback`).
# Ends with the line `N passed, M failed`; exits 1 if M > 0.

set -u

# `File "DIR/name"` → `File "name"` (CPython names the script by its path)
path_filter() {
    awk -v dir="$1" '{
        if (dir != "") {
            i = index($0, "File \"" dir "/")
            if (i > 0) $0 = substr($0, 1, i + 5) substr($0, i + 7 + length(dir))
        }
        print
    }'
}

# ---- worker: run one test, write the verdict to $RT_RES/<index> ----------
if [ "${1:-}" = "--_one" ]; then
    idx=$2; rel=$3
    res="$RT_RES/$idx"
    # NAME.mps@METHOD: run under that multiprocessing start method
    method=""
    case $rel in *@*) method=${rel#*@}; rel=${rel%@*} ;; esac
    [ -n "$method" ] && export MPS_START_METHOD="$method"
    path="$RT_ROOT/$rel"
    dir=$(dirname "$path"); file=$(basename "$path")
    case $file in
        *.mps) name=${file%.mps}; kind=mps ;;
        *.sh)  name=${file%.sh};  kind=sh ;;
    esac
    first=$(head -n 1 "$path")
    case $first in
        *"mps: skip"*) echo skip >"$res"; exit 0 ;;
    esac
    if [ "$RT_PYTHON" = 1 ]; then
        case $first in *"mps: not-python"*) echo skip >"$res"; exit 0 ;; esac
    fi
    tmp="$RT_RES/tmp.$idx"; mkdir -p "$tmp"
    if [ $kind = mps ]; then
        ( cd "$dir" && PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 \
            timeout 10 "$RT_INTERP" "$file" </dev/null >"$tmp/out" 2>"$tmp/err.raw" )
        rc=$?
    else
        ( cd "$dir" && MPS="$RT_INTERP" PYTHONHASHSEED=0 PYTHONDONTWRITEBYTECODE=1 \
            timeout 60 sh "$file" </dev/null >"$tmp/out" 2>"$tmp/err.raw" )
        rc=$?
    fi
    if [ "$RT_PYTHON" = 1 ]; then
        path_filter "$dir" <"$tmp/err.raw" >"$tmp/err"
    else
        cp "$tmp/err.raw" "$tmp/err"
    fi
    {
        bad=0; report=""
        if [ ! -f "$dir/$name.out" ]; then
            bad=1; echo "  missing expected file $name.out"
        elif ! cmp -s "$dir/$name.out" "$tmp/out"; then
            bad=1; echo "  stdout differs:"
            diff -u --label expected --label actual "$dir/$name.out" "$tmp/out" | head -n 20
        fi
        if [ $kind = mps ]; then
            if [ -f "$dir/$name.err" ]; then
                if ! cmp -s "$dir/$name.err" "$tmp/err"; then
                    bad=1; echo "  stderr differs:"
                    diff -u --label expected --label actual "$dir/$name.err" "$tmp/err" | head -n 20
                fi
            elif [ -s "$tmp/err" ]; then
                bad=1; echo "  unexpected stderr:"
                head -n 20 "$tmp/err" | sed 's/^/  | /'
            fi
            if [ -f "$dir/$name.code" ]; then
                want=$(tr -d ' \n\r' <"$dir/$name.code")
            elif [ -f "$dir/$name.err" ]; then
                want=1
            else
                want=0
            fi
            if [ "$rc" = 124 ]; then
                bad=1; echo "  timed out (10 s)"
            elif [ "$rc" != "$want" ]; then
                bad=1; echo "  exit status $rc, expected $want"
            fi
        else
            if [ "$rc" = 124 ]; then bad=1; echo "  timed out"; fi
            if [ $bad = 1 ] && [ -s "$tmp/err" ]; then
                echo "  stderr of the script:"
                head -n 10 "$tmp/err" | sed 's/^/  | /'
            fi
        fi
        echo "$bad" >"$tmp/bad"
    } >"$tmp/report"
    if [ "$(cat "$tmp/bad")" = 0 ]; then
        echo ok >"$res"
    else
        { echo fail; cat "$tmp/report"; } >"$res"
    fi
    rm -rf "$tmp"
    exit 0
fi

# ---- driver ---------------------------------------------------------------
here=$(cd "$(dirname "$0")" && pwd -P)
root=$(dirname "$here")
interp=""; python=0; verbose=0; filter=""
jobs=$(nproc 2>/dev/null || echo 2)

usage() {
    echo "usage: tests/run.sh [--interp PATH] [--python] [-v] [-j N] [FILTER]" >&2
    exit 2
}

while [ $# -gt 0 ]; do
    case $1 in
        --interp) [ $# -ge 2 ] || usage; interp=$2; shift 2 ;;
        --interp=*) interp=${1#--interp=}; shift ;;
        --python) python=1; shift ;;
        -v|--verbose) verbose=1; shift ;;
        -j) [ $# -ge 2 ] || usage; jobs=$2; shift 2 ;;
        -h|--help) usage ;;
        -*) echo "run.sh: unknown option $1" >&2; usage ;;
        *) filter=$1; shift ;;
    esac
done

if [ $python = 1 ]; then
    interp=$(command -v python3) || { echo "run.sh: python3 not found" >&2; exit 2; }
elif [ -z "$interp" ]; then
    interp="$root/mps"
else
    case $interp in
        /*) ;;
        */*) interp="$(cd "$(dirname "$interp")" && pwd)/$(basename "$interp")" ;;
        *) if [ -f "$interp" ]; then
               interp="$(pwd)/$interp"
           else
               interp=$(command -v "$interp") || { echo "run.sh: interpreter not found" >&2; exit 2; }
           fi ;;
    esac
fi
if [ ! -x "$interp" ]; then
    echo "run.sh: interpreter $interp not found or not executable" >&2
    exit 2
fi

# /dev/shm before the run: mps names nothing there (memfd), so nothing may appear
shm_before=$(ls -A /dev/shm 2>/dev/null | LC_ALL=C sort)
RT_RES=$(mktemp -d "${TMPDIR:-/tmp}/mps-tests.XXXXXX") || exit 2
trap 'rm -rf "$RT_RES"' EXIT INT TERM
export RT_RES RT_ROOT="$root" RT_INTERP="$interp" RT_PYTHON=$python

list="$RT_RES/list"
( cd "$root" && { ls tests/*/*.mps 2>/dev/null; ls tests/cli/*.sh 2>/dev/null; } ) \
    | LC_ALL=C sort | grep -F -- "$filter" >"$list"

# A test whose first lines say "start-methods: fork spawn forkserver" runs
# once per start method (the same expected output for each).
if [ $python = 0 ]; then
    while read -r rel; do
        methods=$(head -n 3 "$root/$rel" | sed -n 's/.*start-methods: *\([a-z ]*\).*/\1/p' | head -n 1)
        if [ -n "$methods" ]; then
            for m in $methods; do echo "$rel@$m"; done
        else
            echo "$rel"
        fi
    done <"$list" >"$list.x"
    mv "$list.x" "$list"
fi

awk '{ print NR, $0 }' "$list" | xargs -r -P "$jobs" -n 2 bash "$here/run.sh" --_one

passed=0; failed=0; skipped=0; n=0
while read -r rel; do
    n=$((n + 1))
    r="$RT_RES/$n"
    if [ ! -f "$r" ]; then
        echo "FAIL $rel"; echo "  (runner error: no result)"; failed=$((failed + 1)); continue
    fi
    verdict=$(head -n 1 "$r")
    case $verdict in
        ok) passed=$((passed + 1)); [ $verbose = 1 ] && echo "ok   $rel" ;;
        skip) skipped=$((skipped + 1)); [ $verbose = 1 ] && echo "skip $rel" ;;
        *) failed=$((failed + 1)); echo "FAIL $rel"; tail -n +2 "$r" ;;
    esac
done <"$list"

# ---- leak check: no process of the interpreter under test may outlive the
# run. Candidates are processes whose command line starts with the
# interpreter (pgrep -f); only those that inherited this run's RT_RES (so
# not another run's, nor this runner: its command line starts with bash)
# count. A short grace period lets children that die with their parent go.
leaked() {
    pat="^$(printf '%s' "$interp" | sed 's/[][\.*^$+?(){}|]/\\&/g')( |\$)"
    for p in $(pgrep -f "$pat"); do
        [ "$p" = $$ ] && continue
        if tr '\0' '\n' <"/proc/$p/environ" 2>/dev/null | grep -qxF "RT_RES=$RT_RES"; then
            echo "$p"
        fi
    done
}
left=$(leaked)
i=0
while [ -n "$left" ] && [ $i -lt 20 ]; do sleep 0.1; left=$(leaked); i=$((i + 1)); done
if [ -n "$left" ]; then
    failed=$((failed + 1))
    echo "FAIL leaked processes (still alive after the run; now killed):"
    for p in $left; do
        echo "  $p $(tr '\0' ' ' <"/proc/$p/cmdline" 2>/dev/null)"
        kill -KILL "$p" 2>/dev/null
    done
fi

shm_new=$(ls -A /dev/shm 2>/dev/null | LC_ALL=C sort | comm -13 <(printf '%s\n' "$shm_before") - | grep -v '^$' || true)
if [ -n "$shm_new" ] && [ $python = 0 ]; then
    failed=$((failed + 1))
    echo "FAIL entries left in /dev/shm:"
    printf '  %s\n' $shm_new
fi

[ $skipped -gt 0 ] && echo "$skipped skipped"
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
