#!/usr/bin/env python3
"""Compare the mps front end with CPython 3.11.

  check.py DUMP [FILES...]   -- AST dumps must match ast.dump(ast.parse(src))
  check.py DUMP --errors     -- syntax errors (kind, message, line, column)
  check.py DUMP --pos [FILES...] -- also compare lineno/col_offset of every node
Without FILES: cases/*.py, the seed programs and every tests/**/*.mps.
"""
import ast, glob, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


POS = False


def py_dump(src):
    try:
        d = ast.dump(ast.parse(src), include_attributes=POS)
        if POS:
            d = re.sub(r", end_lineno=(\d+|None), end_col_offset=(\d+|None)", "", d)
    except SyntaxError as e:
        return None, e
    # mps does not keep the 'u' string prefix
    return d.replace(", kind='u'", ""), None


def mps(dump, path, *opts):
    r = subprocess.run([dump, *opts, path], capture_output=True, text=True, errors='replace')
    return r.returncode, r.stdout.rstrip('\n')


def first_diff(a, b):
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return i


def check_files(dump, files):
    bad = 0
    for f in files:
        src = open(f, encoding='utf-8', errors='replace').read()
        exp, err = py_dump(src)
        rc, got = mps(dump, f, *(['-p'] if POS else []))
        if err is not None:
            want = "%s: %s (line %s, col %s)" % (type(err).__name__, err.msg, err.lineno, err.offset)
            if not got.startswith(want):
                bad += 1
                print("ERRDIFF %s\n  python: %s\n  mps:    %s" % (f, want, got))
            continue
        if exp != got:
            bad += 1
            i = first_diff(exp, got)
            print("DIFF %s at %d\n  python: ...%s\n  mps:    ...%s" % (f, i, exp[max(0, i-80):i+80], got[max(0, i-80):i+80]))
    print("%d files, %d differ" % (len(files), bad))
    return bad


ERRORS = [
    "if x:\nfoo\n", "if x:\n", "def f():\n\nx=1\n", "class A:\nx\n", "try:\nx\n",
    "try:\n  x\nexcept:\ny\n", "try:\n  x\nfinally:\ny\n", "while 1:\nx\n", "for a in b:\nx\n",
    "with a:\nx\n", "if a:\n x\nelif b:\ny\n", "if a:\n x\nelse:\ny\n", "try:\n  x\nexcept E as e:\ny\n",
    "b = a + # c\n", "b = a +", "x = (1,\n", "x = (1,]\n", "x = 1)\n", "s = 'abc\n", "s = '''abc\n\n",
    "x = 1abc\n", "x = 0x1g\n", "x = 01\n", "f() = 1\n", "1 = x\n", "a + 1 = 2\n", "(a, f()) = 1\n",
    "del f()\n", "for f() in x: pass\n", "f() += 1\n", "with a as f(): pass\n", "None = 1\n",
    "a, b += 1\n", "x: int, y = 1\n", "(a, b): int\n", "[a, b]: int\n", "f(x for x in y, 1)\n",
    "f(a=1, b)\n", "f(**a, b)\n", "f(**a, *b)\n", "def f(a=1, b): pass\n", "def f(*): pass\n",
    "def f(a, a): pass\n", "f(a.b=1)\n", "f(1=2)\n", "x = $\n", "  x\n", "if 1:\n    x\n  y\n",
    "if 1:\n\tx\n        y\n", "x = 'a' b'c'\n", "x = [1, 2,, 3]\n", "True = 1\n", "x := 1\n",
    "(a.b := 1)\n", "f(x=1, x=2)\n", "import a.b as c.d\n", "def f(**k, a): pass\n",
    "def f(*, **k): pass\n", "x = (yield) = 1\n", "else: pass\n", 'x = "abc\n', "x = f'{'\n",
    "x = f'{}'\n", "x = f'}'\n", "x=f'{a!x}'\n", "x = 1e\n", "x = 1_\n", "x = 1__0\n", "x = 0b2\n",
    "x=\\\n", "x = 1 \\ 2\n", "*a = 1\n", "a = *b\n", "del *a\n", "print(*)\n", "x = 5 if 1 else\n",
    "from x import a,\n", "import *\n", "f(a for a in b for)\n", "{**a: 1}\n", "a[1:2:3:4]\n",
    "lambda x=1, y: x\n", "x = (\n1,\n", "x=1;;\n", "def f(:\n    pass\n", "class :\n    pass\n",
    "with open('x') as:\n    pass\n", "def f():\n    return = 5\n", "y = x +* 2\n",
    "for x in 1 2:\n    pass\n", "y = 3 4\n", "x = = 2\n", "a = 1\n    b = 2\n",
    "def f():\n    if True:\n        x = 1\n      return x\n", "x = [1,\n2,\n", "x = {1: 2\n",
    "f(a b)\n", "x = 'a\\\n", "if x\n    pass\n", "while True print(1)\n", "x = (1 2)\n",
    "return\n  x\n", "a.1\n", "x = 10L\n", "def f(x, /, y, /): pass\n", "def f(/): pass\n",
    "def f(*a, *b): pass\n", "lambda *: 1\n", "f(**)\n", "f(,)\n", "x[]\n", "x = {1, 2,, 3}\n",
    "except: pass\n", "finally: pass\n", "elif x: pass\n", "import a.\n", "from . import\n",
    "global\n", "assert\n", "raise from x\n", "del\n", "x = not\n", "x = a if b\n", "@\ndef f(): pass\n",
    "class A(:\n    pass\n", "x = 1 if 2 else 3 else 4\n", "x += yield\n", "(x for x in y) = 1\n",
    "[x for x in y] = 1\n", "{a: b} = 1\n", "a < b = 1\n", "a if b else c = 1\n", "lambda: 1 = 1\n",
    "x = ...= 1\n", "f'{x}' = 1\n", "a and b = 1\n", "-a = 1\n", "del a + b\n", "del (a, f())\n",
    "for (a, 1) in x: pass\n", "[*a, *b] = x\n", "x = 'abc' 'def\n",
]


def check_errors(dump):
    bad = 0
    with tempfile.TemporaryDirectory() as td:
        for i, src in enumerate(ERRORS):
            path = os.path.join(td, "e%d.py" % i)
            with open(path, 'w') as f:
                f.write(src)
            try:
                compile(src, path, 'exec')
                want = "OK"
            except SyntaxError as e:
                want = "%s: %s (line %s, col %s)" % (type(e).__name__, e.msg, e.lineno, e.offset)
            rc, got = mps(dump, path)
            if rc == 0:
                got = "OK"
            got = got.replace(" incomplete", "")
            if got != want:
                bad += 1
                print("ERR %-30r\n  python: %s\n  mps:    %s" % (src, want, got))
    print("%d error cases, %d differ" % (len(ERRORS), bad))
    return bad


def main():
    global POS
    dump = sys.argv[1]
    args = sys.argv[2:]
    if args[:1] == ['--pos']:
        POS = True
        args = args[1:]
    if args == ['--errors']:
        sys.exit(1 if check_errors(dump) else 0)
    files = args or (sorted(glob.glob(os.path.join(HERE, 'cases', '*.py'))) +
                     sorted(glob.glob('/work/shared/seed-programs/*.py')) +
                     sorted(glob.glob(os.path.join(ROOT, 'tests', '*', '*.mps'))) +
                     sorted(glob.glob(os.path.join(ROOT, 'bench', '*.py'))))
    sys.exit(1 if check_files(dump, files) else 0)


main()
