import traceback, sys, io, os
# CPython names the main script by its absolute path, mps as given
BASE = os.path.basename(__file__)

def inner(x):
    if x == 0:
        raise ZeroDivisionError('integer division or modulo by zero')

def middle(x):
    inner(x)

try:
    middle(0)
except ZeroDivisionError:
    text = traceback.format_exc()
print(text.replace(__file__, 'FILE').replace(BASE, 'FILE'), end='')

try:
    try:
        middle(0)
    except ZeroDivisionError as e:
        raise ValueError('bad value') from e
except ValueError:
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue().replace(__file__, 'FILE').replace(BASE, 'FILE'), end='')

try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('while handling')
except RuntimeError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[-1], end='')
    print(''.join(traceback.format_exception(e, chain=False)).replace(__file__, 'FILE').replace(BASE, 'FILE'), end='')
    print(traceback.format_exception(type(e), e, e.__traceback__) == lines)
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))

print(traceback.format_exc())
try:
    raise KeyError('x')
except KeyError as e:
    tb = e.__traceback__
    s = traceback.extract_tb(tb)
    print(len(s), s[0].name, s[0].lineno, s[0].line, repr(s[0]).replace(__file__, 'FILE').replace(BASE, 'FILE'))
    fn, ln, name, line = s[0]
    print(ln, name, line, s[0] == (fn, ln, 'KeyError' and '<module>', line))
    print([x.replace(__file__, 'FILE').replace(BASE, 'FILE') for x in traceback.format_tb(tb)])

def show_stack():
    st = traceback.extract_stack()
    print([(f.name, f.line) for f in st][-2:])
    print(''.join(traceback.format_stack(limit=1)).replace(__file__, 'FILE').replace(BASE, 'FILE'), end='')
    buf = io.StringIO()
    traceback.print_stack(file=buf, limit=2)
    print(buf.getvalue().replace(__file__, 'FILE').replace(BASE, 'FILE'), end='')

def caller():
    show_stack()

caller()

def recurse(n):
    if n == 0:
        raise OverflowError('deep')
    recurse(n - 1)

try:
    recurse(10)
except OverflowError:
    print(traceback.format_exc().replace(__file__, 'FILE').replace(BASE, 'FILE'), end='')
    print(len(traceback.format_exc(limit=2).splitlines()))
    print(traceback.format_exc(limit=-1).replace(__file__, 'FILE').replace(BASE, 'FILE'), end='')

try:
    exec('x = (1,\n  2')
except SyntaxError:
    print(traceback.format_exc().splitlines()[-1])

print(traceback.format_list([('a.py', 3, 'f', 'x = 1'), ('b.py', 5, 'g', None)]))
te = traceback.TracebackException.from_exception(ValueError('plain'))
print(list(te.format()), str(te), te.exc_type.__name__)
try:
    traceback.format_exception(ValueError(), ValueError())
except ValueError as e:
    print('ValueError:', e)
try:
    traceback.format_exception(5)
except TypeError as e:
    print('TypeError:', e)

import linecache
print(repr(linecache.getline(__file__, 1)), repr(linecache.getline(__file__, 100000)), repr(linecache.getline('/nonexistent', 1)))
