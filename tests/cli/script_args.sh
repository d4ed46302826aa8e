# cli: FILE ARGS...: sys.argv as given, script directory on the import path, #! first line ignored
d=$(mktemp -d /tmp/mps_cli_XXXXXX)
trap 'rm -rf "$d"' EXIT
mkdir "$d/sub"
cat > "$d/sub/prog.mps" <<'PROG'
#!/usr/bin/env mps
# a comment line
import sys
import sibling
print(sys.argv[1:])
print(sys.argv[0].endswith('prog.mps'), __name__)
print(sibling.VALUE)
PROG
printf 'VALUE = "imported from the script directory"\n' > "$d/sub/sibling.py"
$MPS "$d/sub/prog.mps" a 'b c' --flag -x
cd "$d"
$MPS sub/prog.mps
cd sub
$MPS prog.mps -- --
printf '#!/bin/false\nprint("shebang line ignored")\n' > shebang.mps
$MPS shebang.mps
# a spawned (or forkserver) child sees the parent's sys.argv too
cat > children.mps <<'PROG'
import multiprocessing as mp, sys
def show():
    print('child argv', sys.argv[1:], sys.argv[0].endswith('children.mps'))
if __name__ == '__main__':
    for method in ('fork', 'spawn', 'forkserver'):
        p = mp.get_context(method).Process(target=show)
        p.start()
        p.join()
PROG
$MPS children.mps one 'two words' -z
