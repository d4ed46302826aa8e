# mps: not-python
# cli (mps only): -V/--version start with "mps", -h/--help print usage, --dis prints bytecode without running
d=$(mktemp -d /tmp/mps_cli_XXXXXX)
trap 'rm -rf "$d"' EXIT
$MPS -V | head -n 1 | grep -q '^mps' && echo '-V starts with mps'
$MPS --version | head -n 1 | grep -q '^mps' && echo '--version starts with mps'
$MPS -V >/dev/null 2>&1; echo "-V status $?"
$MPS -h >"$d/help" 2>&1; echo "-h status $?"
grep -qi 'usage' "$d/help" && echo '-h mentions usage'
$MPS --help 2>&1 | grep -q -- '-c' && echo '--help mentions -c'
cat > "$d/prog.mps" <<'PROG'
def alpha_function(x):
    return x + 1

def beta_function():
    return [alpha_function(i) for i in range(3)]

class Gamma:
    def delta_method(self):
        return 'never'

print('this must not run')
PROG
$MPS --dis "$d/prog.mps" >"$d/dis" 2>&1; echo "--dis status $?"
for name in alpha_function beta_function delta_method; do
    grep -q "$name" "$d/dis" && echo "--dis shows $name"
done
grep -qx 'this must not run' "$d/dis" || echo '--dis did not run the program'
