# mps: not-python (uses the _serialize module; expected output checked with a pickle shim)
from _serialize import dumps, loads

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def norm2(self):
        return self.x * self.x + self.y * self.y

p = loads(dumps(Point(3, 4)))
print(p, type(p) is Point, p.norm2(), p == Point(3, 4))

# __init__ is not called again on load
class Counted:
    made = 0
    def __init__(self):
        Counted.made += 1
        self.v = Counted.made
c = loads(dumps(Counted()))
print(Counted.made, c.v)

# inheritance and class attributes
class Base:
    kind = 'base'
    def hello(self):
        return 'hello from ' + self.kind + ' ' + self.name
class Derived(Base):
    kind = 'derived'
    def __init__(self, name):
        self.name = name
d = loads(dumps(Derived('dd')))
print(d.hello(), isinstance(d, Base))

# __reduce__ returning (callable, args)
class Temp:
    def __init__(self, celsius):
        self.celsius = celsius
        self.cache = 'expensive'
    def __reduce__(self):
        return (Temp, (self.celsius,))
t = loads(dumps(Temp(21)))
print(t.celsius, t.cache)

# __reduce__ with a state
class WithState:
    def __init__(self, a):
        self.a = a
    def __reduce__(self):
        return (WithState, (self.a,), {'extra': self.a * 2})
w = loads(dumps(WithState(5)))
print(w.a, w.extra)

# __getstate__ / __setstate__
class Conn:
    def __init__(self, host):
        self.host = host
        self.sock = 'open socket'
    def __getstate__(self):
        return {'host': self.host}
    def __setstate__(self, state):
        self.host = state['host']
        self.sock = 'reconnected'
cn = loads(dumps(Conn('example.org')))
print(cn.host, cn.sock)

# classes and methods by reference
print(loads(dumps(Point)) is Point)
m = loads(dumps(Point(1, 2).norm2))
print(m())
print(loads(dumps([Point, Derived, Base]))[1].kind)

# exceptions with args and attributes
e = loads(dumps(ValueError('bad value', 42)))
print(type(e).__name__, e.args, str(e))
k = loads(dumps(KeyError('missing')))
print(repr(k), str(k))

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
ae = loads(dumps(AppError(7, 'broken')))
print(type(ae).__name__, ae.args, ae.code, isinstance(ae, Exception))

try:
    raise loads(dumps(RuntimeError('remote')))
except RuntimeError as ex:
    print('caught', ex)

# a user subclass of list and of dict
class MyList(list):
    def total(self):
        return sum(self)
ml = loads(dumps(MyList([1, 2, 3])))
print(type(ml).__name__, ml, ml.total())
class MyDict(dict):
    pass
md = loads(dumps(MyDict(a=1)))
print(type(md).__name__, md)
