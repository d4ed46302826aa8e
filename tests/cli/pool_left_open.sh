# A Pool (and a daemonic Process) left open at exit: the program still ends
# promptly and none of their processes is left running afterwards.
tmp=$(mktemp -d)
cat > "$tmp/left.mps" <<'PY'
import multiprocessing as mp, os, time
def sq(x):
    return x * x
def forever():
    time.sleep(60)
if __name__ == '__main__':
    p = mp.Pool(2)
    print(p.map(sq, range(4)))
    pids = [c.pid for c in mp.active_children()]
    d = mp.Process(target=forever, daemon=True)
    d.start()
    pids.append(d.pid)
    with open('pids', 'w') as f:
        f.write(' '.join(str(x) for x in pids))
PY
cd "$tmp"
start=$(date +%s)
timeout 10 $MPS left.mps
echo "exit $?"
end=$(date +%s)
[ $((end - start)) -lt 5 ] && echo "prompt"
sleep 0.2
alive=0
for pid in $(cat pids); do
    if kill -0 "$pid" 2>/dev/null && ! grep -q '^State:.*Z' /proc/$pid/status 2>/dev/null; then alive=$((alive + 1)); fi
done
echo "left running: $alive"
cd / && rm -rf "$tmp"
