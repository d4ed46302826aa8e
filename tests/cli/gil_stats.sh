# --gil-stats: at exit, per process and per thread, acquisitions, time held,
# time waited and forced switches; two CPU-bound threads take turns
tmp=$(mktemp -d)
cat > "$tmp/two.mps" <<'PY'
import threading
def spin(n):
    while n:
        n -= 1
ts = [threading.Thread(target=spin, args=(2000000,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('done')
PY
$MPS --gil-stats "$tmp/two.mps" >"$tmp/out" 2>"$tmp/err"
echo "exit $? stdout $(cat "$tmp/out")"
grep -c '^GIL statistics for process [0-9]*:$' "$tmp/err" | sed 's/^/tables: /'
head -2 "$tmp/err" | tail -1 | tr -s ' ' | sed 's/^ //'
# each spinning thread: acquired it, held it, and was made to give it up
awk '/Thread-[12] \(spin\)/ { n++; if ($3 > 0 && $4 > 0 && $6 > 0) ok++ }
     /MainThread/ { main = 1 }
     END { print "spin rows:", n, "with acquisitions, hold and forced switches:", ok, "main row:", main }' "$tmp/err"
cat > "$tmp/fork.mps" <<'PY'
import os
pid = os.fork()
if pid == 0:
    pass            # the child ends normally and prints its own table
else:
    os.waitpid(pid, 0)
PY
$MPS --gil-stats "$tmp/fork.mps" 2>"$tmp/err2"
echo "forked: tables $(grep -c '^GIL statistics for process' "$tmp/err2"), distinct pids $(grep '^GIL statistics' "$tmp/err2" | sort -u | wc -l)"
rm -rf "$tmp"
