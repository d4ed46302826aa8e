# cli: Ctrl-C (SIGINT to the process group) raises KeyboardInterrupt in the main thread while it waits in join, Queue.get, Lock.acquire, sleep, Event.wait; status 130
d=$(mktemp -d /tmp/mps_sigint_XXXXXX)
trap 'rm -rf "$d"' EXIT

# run NAME: start $d/NAME.py in its own process group, wait for "ready",
# send SIGINT to the group ~0.3 s later, report status and stderr's end
run() {
    setsid env --default-signal=INT $MPS "$d/$1.py" >"$d/$1.out" 2>"$d/$1.err" </dev/null &
    pid=$!
    # watchdog: nothing may hang (ends by itself once the process is gone)
    ( i=0; while [ $i -lt 40 ]; do sleep 0.1; kill -0 $pid 2>/dev/null || exit 0; i=$((i + 1)); done
      kill -KILL -$pid ) >/dev/null 2>&1 &
    i=0
    while ! grep -q '^ready' "$d/$1.out" 2>/dev/null && [ $i -lt 100 ]; do sleep 0.02; i=$((i + 1)); done
    sleep 0.3
    kill -INT -$pid 2>/dev/null
    wait $pid
    rc=$?
    if [ "$(tail -n 1 "$d/$1.err")" = KeyboardInterrupt ]; then ki=yes; else ki=no; fi
    echo "$1: status $rc, stderr ends with KeyboardInterrupt: $ki, tracebacks: $(grep -c '^Traceback' "$d/$1.err")"
    grep -v '^ready' "$d/$1.out"
}

cat >"$d/join.py" <<'EOF'
import threading, time
t = threading.Thread(target=time.sleep, args=(5,), daemon=True)
t.start()
print('ready', flush=True)
t.join()
EOF
cat >"$d/queue_get.py" <<'EOF'
import queue
q = queue.Queue()
print('ready', flush=True)
q.get()
EOF
cat >"$d/lock_acquire.py" <<'EOF'
import threading
l = threading.Lock()
l.acquire()
print('ready', flush=True)
l.acquire()
EOF
cat >"$d/sleep.py" <<'EOF'
import time
print('ready', flush=True)
time.sleep(5)
EOF
cat >"$d/sleep_busy_thread.py" <<'EOF'
import threading, time
def spin():
    while True:
        pass
threading.Thread(target=spin, daemon=True).start()
print('ready', flush=True)
time.sleep(5)
EOF
cat >"$d/event_wait.py" <<'EOF'
import threading
print('ready', flush=True)
threading.Event().wait()
EOF
cat >"$d/busy_loop.py" <<'EOF'
print('ready', flush=True)
while True:
    pass
EOF
cat >"$d/caught.py" <<'EOF'
import threading, time
t = threading.Thread(target=time.sleep, args=(5,), daemon=True)
t.start()
print('ready', flush=True)
try:
    t.join()
except KeyboardInterrupt:
    print('caught KeyboardInterrupt in join')
try:
    time.sleep(0.05)
    print('sleeps again after the signal')
except KeyboardInterrupt:
    print('a second KeyboardInterrupt')
print('exits normally')
EOF

for s in join queue_get lock_acquire sleep sleep_busy_thread event_wait busy_loop caught; do
    run $s
done
