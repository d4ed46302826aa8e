# An uncaught NameError offers the closest name, as CPython 3.11 does:
# "Did you mean: 'width'?" (locals first, then globals, then builtins).
import subprocess
import sys

snippets = [
    'value = 1\nprint(valeu)',
    'def area(width, height):\n    return widht * height\narea(2, 3)',
    'print(lenn([1]))',
    'pritn(1)',
    'x = Tru',
    'for i in rnage(3): pass',
    'counter = 0\ncounter = countr + 1',
    'xyzzy_unknown_name',
    'def f():\n    Value = 1\n    return value\nf()',
    'import sys\nsyss.exit(0)',
]
for src in snippets:
    r = subprocess.run([sys.executable, '-c', src], capture_output=True, text=True)
    print(r.stderr.strip().splitlines()[-1])
