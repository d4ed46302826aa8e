# print is line-atomic across threads and processes (SPEC §6): 4 threads and
# 3 processes print long lines into one pipe at once; no line is split or
# mixed. And buffered output is flushed before fork: no child repeats it.
tmp=$(mktemp -d)
cat > "$tmp/atomic.mps" <<'PY'
import threading, multiprocessing, os
PAD = 'x' * 150
def chatter(tag):
    for i in range(1500):
        print('%s line %d %s end' % (tag, i, PAD))
if __name__ == '__main__':
    print('parent before fork')
    ps = [multiprocessing.Process(target=chatter, args=('proc%d' % k,)) for k in range(3)]
    ts = [threading.Thread(target=chatter, args=('thread%d' % k,)) for k in range(4)]
    for p in ps:
        p.start()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    for p in ps:
        p.join()
PY
$MPS "$tmp/atomic.mps" | cat > "$tmp/out"
echo "lines: $(wc -l < "$tmp/out")"
echo "well-formed: $(grep -cE '^(proc|thread)[0-9] line [0-9]+ x{150} end$' "$tmp/out")"
echo "parent line: $(grep -c '^parent before fork$' "$tmp/out")"
for tag in proc0 proc1 proc2 thread0 thread3; do
    echo "$tag: $(grep -c "^$tag line" "$tmp/out")"
done
rm -rf "$tmp"
