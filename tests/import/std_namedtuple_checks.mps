from collections import namedtuple
P = namedtuple('P', 'x y z')
for f in (lambda: P(1), lambda: P(), lambda: P(1, 2, 3, 4), lambda: P(1, 2, 3, w=1),
          lambda: P(1, 2, z=3, x=1), lambda: P(1, 2, 3)._replace(q=1, r=2), lambda: P(1, 2, 3)._replace(y=9)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
for args in (('S', 'a a'), ('S', 'a def'), ('S', 'a _b'), ('1S', 'a'), ('S', 'a b-c'), ('class', 'a')):
    try:
        print(namedtuple(*args)._fields)
    except ValueError as e:
        print('ValueError', e)
print(namedtuple('R', 'a a def _x', rename=True)._fields)
Q = namedtuple('Q', ['a', 'b'], defaults=[5])
print(Q(1), Q(1, 2), Q(b=3, a=4))
try:
    namedtuple('T', 'a', defaults=[1, 2])
except TypeError as e:
    print('TypeError', e)
