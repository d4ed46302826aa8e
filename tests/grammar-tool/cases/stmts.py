#!/usr/bin/env python3
"""docstring"""
import os
import a.b.c as d, e
from . import x
from .. import y as z
from ...pkg.mod import (a, b as c,)
from .m import *
from a import b, c
x = 1; y = 2;
a = b = c = 0
a, *rest = xs
*init, last = xs
[a, b] = c
(a, b), c = d
a.b.c = 1
a[1] = 2
a[1:2] = 3
a[::2], b[1:2, 3] = 4, 5
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 3; x **= 2
x &= 1; x |= 2; x ^= 3; x <<= 1; x >>= 1; x @= m
x: int = 1
y: list[int]
obj.attr: str = "s"
d['k']: int = 3
if x: pass
if x:
    pass
elif y:
    pass
elif z: pass
else:
    pass
while x:
    break
else:
    continue
for i in range(10):
    if i: continue
else:
    pass
for a, b in pairs: pass
for (a, b), c in x: pass
for x in 1, 2, 3: pass
for x in *a, *b: pass
try:
    pass
except ValueError as e:
    raise
except (A, B):
    raise X from Y
except:
    raise X
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
with A() as a, B() as (c, d):
    pass
with open(f) as fh: data = fh.read()
with a, b: pass
with a as [x, y]: pass
with a as x.y: pass
del a, b[1], c.d
del (a, b)
del [a, b],
assert x
assert x, "msg"
global a, b
nonlocal c
return
return 1
return 1, 2
return *a, b
yield
yield x
yield x, y
yield from g()
x = yield
x = yield y
x = yield from z
print(x, file=sys.stderr, end='', **kw)
if __name__ == '__main__':
    main()
