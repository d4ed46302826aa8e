# `s += x` on a local may extend s in place (mps) when nothing else holds s;
# every other reference must still see the old value.
import gc


def aliases():
    s = 'ab'
    s += 'c'
    s += 'd'
    t = s
    s += 'e'
    print(s, t)
    keep = []
    for i in range(5):
        s += str(i)
        keep.append(s)
    print(keep)
    u = s
    s += ''
    s += 'z'
    print(u, s)


def self_append():
    s = 'xy'
    s += 'q'
    s += s
    s += s
    print(s, len(s))


def empty_cases():
    s = ''
    s += ''
    s += 'a'
    e = ''
    e += s
    e += 'b'
    print(repr(s), repr(e))


def passed_on(x):
    x += '!'
    return x


def through_calls():
    s = 'he'
    s += 'llo'
    r = passed_on(s)
    s += '?'
    print(s, r)


def dict_keys():
    s = 'key'
    s += '1'
    d = {s: 'one'}
    s += '2'
    d[s] = 'two'
    print(sorted(d.items()), d['key1'], hash(s) == hash('key12'))


def with_locals():
    s = 'lo'
    s += 'cal'
    snap = locals()['s']
    s += 's'
    print(snap, s)


def raising_rhs():
    def boom():
        raise ValueError('no')
    s = 'keep'
    s += '!'
    try:
        s += boom()
    except ValueError as e:
        print('caught', e, s)
    try:
        s += 1
    except TypeError as e:
        print('TypeError:', e)
    print(s)


def unicode():
    s = 'a'
    s += 'é'
    s += '€'
    s += 'x'
    t = s
    s += '😀'
    print(s, len(s), s[1], s[-1], s.isascii(), t, len(t))
    a = 'plain'
    a += 'text'
    print(a.isascii(), a.upper())


def generator():
    s = 'g'
    s += ':'
    while True:
        got = yield s
        if got is None:
            return
        s += got


def big():
    s = ''
    parts = []
    for i in range(20000):
        s += str(i % 10)
        parts.append(str(i % 10))
        if i % 5000 == 0:
            gc.collect()
            print(len(s), s[-3:])
    print(s == ''.join(parts), len(s), hash(s) == hash(''.join(parts)))


class S(str):
    def grown(self):
        self += '+'
        self += '+'
        return self


def unbound():
    try:
        s += 'a'
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
    s = 'b'


def closure():
    s = 'c'
    s += 'l'

    def inner():
        return s
    s += 'o'
    f = inner
    s += 's'
    return f()


aliases()
self_append()
empty_cases()
through_calls()
dict_keys()
with_locals()
raising_rhs()
unicode()
g = generator()
print(next(g), g.send('a'), g.send('b'))
seen = g.send('c')
print(seen)
big()
x = S('base')
print(x.grown(), x, type(x.grown()).__name__)
unbound()
print(closure())
m = 'module'
m += '-level'
n = m
m += '!'
print(m, n)


def other_types():
    # the same instructions carry every type's +=: tagged ints whose bit
    # values 2 and 4 are set must come through unchanged
    out = []
    for start in (-7, -3, -2, -1, 0, 1, 2, 3, 6, 7, 10, 2 ** 62, -2 ** 62):
        x = start
        x += 1
        x += 5
        out.append(x)
    print(out)
    f = 0.5
    f += 2
    lst = [1]
    alias = lst
    lst += [2]
    tup = (1,)
    tt = tup
    tup += (2,)
    b = b'by'
    b += b'tes'
    print(f, lst, alias, tup, tt, b)
    n = 0
    while n < 5:
        n += 1
    print(n)


other_types()
