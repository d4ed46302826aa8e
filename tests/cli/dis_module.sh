# mps: not-python
# cli (mps only): the dis module shows mps bytecode: `counter += 1` is a load, an add and a store (three instructions the GIL may switch between)
d=$(mktemp -d /tmp/mps_dis_XXXXXX)
trap 'rm -rf "$d"' EXIT
cat > "$d/prog.py" <<'PROG'
import dis, io
counter = 0
def increment():
    global counter
    counter += 1
dis.dis(increment)
class C:
    def method(self):
        return self.x
    @staticmethod
    def helper():
        return 1
dis.dis(C)
buf = io.StringIO()
dis.dis('a = b * 2', file=buf)
print('to a file:', 'STORE_NAME' in buf.getvalue(), 'BINARY_OP' in buf.getvalue())
print('opname:', 'LOAD_CONST' in dis.opname, dis.opname.index('NOP'))
dis.dis(C().method)
try:
    dis.dis(5)
except TypeError as e:
    print('TypeError:', e)
PROG
$MPS "$d/prog.py" >"$d/out" 2>&1; echo "status $?"
grep -o 'LOAD_GLOBAL *0 (counter)\|INPLACE_OP_CONST *[0-9]* (+ 1)\|STORE_GLOBAL *0 (counter)' "$d/out" |
    sed 's/  */ /g; s/CONST [0-9]* /CONST /'
grep '^Disassembly of' "$d/out"
grep -c 'LOAD_ATTR *0 (x)' "$d/out"
grep '^to a file\|^opname\|^TypeError' "$d/out"
