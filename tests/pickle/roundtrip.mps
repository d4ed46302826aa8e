# pickle: round trips of values, shared and cyclic references, classes, __reduce__/__getstate__, errors
import pickle, io, threading, collections
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return 'Point(%r, %r)' % (self.x, self.y)
    def __eq__(self, o): return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
class Stateful:
    def __init__(self): self.a = 1; self.secret = 'hidden'
    def __getstate__(self): return {'a': self.a}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
class Reduced:
    def __init__(self, n): self.n = n
    def __reduce__(self): return (Reduced, (self.n * 2,))
class MyList(list): pass
class MyDict(dict): pass
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1; self.b = [2]
def func(x): return x + 1
values = [None, True, False, 0, -1, 2**100, -2**70, 1.5, float('inf'), 'text', 'ünï', b'\x00\xff', bytearray(b'ba'),
          [1, [2, [3]]], (1, (2,)), (), {'a': 1, 2: [3]}, {1, 2, 3}, frozenset({4}), range(1, 10, 2), ...,
          Point(1, 2), [Point(3, 4)], MyList([1, 2]), MyDict(a=1), func, Point, len, int, ValueError,
          ValueError('bad', 3), KeyError('k'), slice(1, 2, 3), collections.OrderedDict(a=1)]
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        r = pickle.loads(pickle.dumps(v, protocol=proto))
        assert r == v or (isinstance(v, Exception) and type(r) is type(v) and r.args == v.args), (proto, v, r)
for v in values:
    r = pickle.loads(pickle.dumps(v))
    print(type(r).__name__, r.__qualname__ if callable(r) and type(r).__name__ == "function" else (repr(r) if not isinstance(r, (set, frozenset)) else sorted(r)))
print(pickle.loads(pickle.dumps(func))(41))
s = pickle.loads(pickle.dumps(Stateful()))
print(sorted(vars(s).items()))
print(pickle.loads(pickle.dumps(Reduced(5))).n)
sl = pickle.loads(pickle.dumps(Slotted()))
print(sl.a, sl.b)
shared = [1]
a, b = pickle.loads(pickle.dumps([shared, shared]))
print(a is b, a)
cyc = [1]
cyc.append(cyc)
c2 = pickle.loads(pickle.dumps(cyc))
print(c2[1] is c2, c2[0])
d = {}
d['me'] = d
d2 = pickle.loads(pickle.dumps(d))
print(d2['me'] is d2)
print(pickle.loads(pickle.dumps(Point.__repr__))(Point(5, 6)))
buf = io.BytesIO()
pickle.dump({'first': 1}, buf)
pickle.dump([2, 'second'], buf, protocol=2)
p = pickle.Pickler(buf)
p.dump(('third',))
buf.seek(0)
print(pickle.load(buf), pickle.load(buf), pickle.Unpickler(buf).load())
try:
    pickle.load(buf)
except EOFError as e:
    print(type(e).__name__, e)
def outer():
    def inner(): pass
    class Local: pass
    return inner, Local
inner, Local = outer()
for bad in [inner, Local, Local(), [1, {'k': inner}], threading.Lock(), (x for x in ()), pickle, func.__code__]:
    try:
        pickle.dumps(bad)
        print('pickled?!')
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.dumps(lambda: 0)
except pickle.PicklingError as e:
    print(type(e).__name__, str(e).endswith('attribute lookup <lambda> on __main__ failed'))
for bad in [dict(protocol=6)]:
    try:
        pickle.dumps(1, **bad)
    except Exception as e:
        print(type(e).__name__, e)
for data in [b'', 'str', 5]:
    try:
        pickle.loads(data)
    except Exception as e:
        print(type(e).__name__, e)
try:
    pickle.loads(pickle.dumps(list(range(100)))[:-5])
except pickle.UnpicklingError as e:
    print(type(e).__name__, e)
print(isinstance(pickle.PicklingError(), pickle.PickleError), issubclass(pickle.UnpicklingError, Exception))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
print(pickle.dumps([1, 2]) == pickle.dumps([1, 2]), type(pickle.dumps(1)).__name__)
