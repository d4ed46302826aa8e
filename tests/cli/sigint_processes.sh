# cli: Ctrl-C during multiprocessing Process.join and Pool.map: KeyboardInterrupt in the parent, status 130, one traceback, no process left  (mps: not-python — CPython's pool workers flood tracebacks)
d=$(mktemp -d /tmp/mps_sigint_XXXXXX)
trap 'rm -rf "$d"' EXIT

# run NAME: start $d/NAME.py in its own process group, wait for "ready",
# send SIGINT to the group (as Ctrl-C does) ~0.3 s later, then report
run() {
    setsid env --default-signal=INT $MPS "$d/$1.py" >"$d/$1.out" 2>"$d/$1.err" </dev/null &
    pid=$!
    ( i=0; while [ $i -lt 40 ]; do sleep 0.1; kill -0 $pid 2>/dev/null || exit 0; i=$((i + 1)); done
      kill -KILL -$pid ) >/dev/null 2>&1 &
    i=0
    while ! grep -q '^ready' "$d/$1.out" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.02; i=$((i + 1)); done
    sleep 0.3
    kill -INT -$pid 2>/dev/null
    wait $pid
    rc=$?
    if [ "$(tail -n 1 "$d/$1.err")" = KeyboardInterrupt ]; then ki=yes; else ki=no; fi
    i=0
    while pgrep -g $pid >/dev/null && [ $i -lt 50 ]; do sleep 0.02; i=$((i + 1)); done
    left=$(pgrep -g $pid | wc -l)
    echo "$1: status $rc, stderr ends with KeyboardInterrupt: $ki, tracebacks: $(grep -c '^Traceback' "$d/$1.err"), processes left: $left"
    grep -v '^ready' "$d/$1.out"
}

cat >"$d/process_join.py" <<'EOF'
import multiprocessing, time
if __name__ == '__main__':
    p = multiprocessing.Process(target=time.sleep, args=(5,))
    p.start()
    print('ready', flush=True)
    p.join()
EOF
cat >"$d/pool_map.py" <<'EOF'
import multiprocessing, time
def slow(x):
    time.sleep(5)
    return x
if __name__ == '__main__':
    with multiprocessing.Pool(2) as pool:
        print('ready', flush=True)
        pool.map(slow, range(8))
EOF
cat >"$d/pool_map_caught.py" <<'EOF'
import multiprocessing, time
def slow(x):
    time.sleep(5)
    return x
if __name__ == '__main__':
    pool = multiprocessing.Pool(2)
    print('ready', flush=True)
    try:
        pool.map(slow, range(8))
    except KeyboardInterrupt:
        print('caught KeyboardInterrupt in map')
        pool.terminate()
        pool.join()
        print('pool terminated')
EOF
cat >"$d/pool_spawn.py" <<'EOF'
import multiprocessing, time
def slow(x):
    time.sleep(5)
    return x
if __name__ == '__main__':
    multiprocessing.set_start_method('spawn')
    with multiprocessing.Pool(2) as pool:
        print('ready', flush=True)
        pool.map(slow, range(8))
EOF
for s in process_join pool_map pool_map_caught pool_spawn; do
    run $s
done
