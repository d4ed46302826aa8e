# cli: at exit non-daemon threads and processes are joined, a daemon thread in an endless loop and daemonic processes do not keep the program alive (they are terminated)
d=$(mktemp -d /tmp/mps_exit_XXXXXX)
trap 'rm -rf "$d"' EXIT

cat >"$d/daemon_thread.py" <<'EOF'
import threading
def spin():
    while True:
        pass
threading.Thread(target=spin, daemon=True).start()
print('main done')
EOF
cat >"$d/nondaemon_process.py" <<'EOF'
import multiprocessing, time
def late():
    time.sleep(0.3)
    print('child done', flush=True)
if __name__ == '__main__':
    multiprocessing.Process(target=late).start()
    print('parent done', flush=True)
EOF
cat >"$d/daemon_process.py" <<'EOF'
import multiprocessing, sys, time
if __name__ == '__main__':
    p = multiprocessing.Process(target=time.sleep, args=(30,), daemon=True)
    p.start()
    with open(sys.argv[1], 'w') as f:
        f.write(str(p.pid))
    print('parent done', flush=True)
EOF
cat >"$d/nondaemon_thread.py" <<'EOF'
import threading, time
def late():
    time.sleep(0.3)
    print('thread done', flush=True)
threading.Thread(target=late).start()
print('main done', flush=True)
EOF

# run NAME [ARGS]: status, and whether it ended within 2 s
run() {
    name=$1; shift
    start=$(date +%s%N)
    timeout -s KILL 5 $MPS "$d/$name.py" "$@"
    rc=$?
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    if [ $ms -lt 2000 ]; then fast=yes; else fast=no; fi
    echo "$name: status $rc, within 2 s: $fast"
}
run daemon_thread
run nondaemon_thread
run nondaemon_process
run daemon_process "$d/pid"
pid=$(cat "$d/pid")
i=0
while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do sleep 0.02; i=$((i + 1)); done
if kill -0 "$pid" 2>/dev/null; then echo "daemonic child still alive"; kill -KILL "$pid"; else echo "daemonic child gone"; fi
