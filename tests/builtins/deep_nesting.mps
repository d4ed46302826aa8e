# Containers nested far deeper than the recursion limit: repr, ==, str and
# json.dumps raise RecursionError (they used to overflow the C stack), and a
# real cycle is still told apart from depth.
import json


def deep(make, n):
    x = make()
    for i in range(n):
        x = make(x)
    return x


def attempt(what, f):
    try:
        r = f()
        print(what, 'ok', r)
    except (RecursionError, ValueError) as e:
        print(what, type(e).__name__, e)


for n in (30, 100000):
    a = deep(lambda *x: list(x), n)
    b = deep(lambda *x: list(x), n)
    d = deep(lambda *x: {'k': x[0]} if x else {}, n)
    attempt('repr list', lambda: len(repr(a)))
    attempt('list ==', lambda: a == b)
    attempt('list <', lambda: a < b)
    attempt('str dict', lambda: len(str(d)))
    attempt('dict ==', lambda: d == deep(lambda *x: {'k': x[0]} if x else {}, n))
    attempt('json', lambda: len(json.dumps(a)))

t = deep(lambda *x: tuple(x), 500)
attempt('hash 500-deep tuple', lambda: type(hash(t)).__name__)

c = [1, 2]
c.append(c)
attempt('json cycle', lambda: json.dumps(c))
attempt('repr cycle', lambda: repr(c))
shared = [1]
attempt('json shared', lambda: json.dumps([shared, shared, {'x': shared}]))
