# dataclass(slots=True): the class made again with __slots__ for its fields; frozen, inheritance, weakref_slot, errors
import copy
from dataclasses import dataclass, field, fields, asdict, replace
def tryit(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

@dataclass(slots=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

p = P(1)
print(p, P.__slots__, '__dict__' in dir(p), P.__qualname__)
tryit(lambda: setattr(p, 'z', 1))
tryit(lambda: p.__dict__)
print(P.x, type(P.x).__name__)
print([f.name for f in fields(P)], asdict(p), replace(p, y=5))
print(P(1) == P(1), P(1, 2) == P(1, 3))

@dataclass(slots=True, frozen=True)
class F:
    a: int
    b: str = 'b'
f = F(3)
tryit(lambda: setattr(f, 'a', 4))
print(f, hash(f) == hash(F(3)), copy.copy(f), copy.deepcopy(f))

@dataclass(slots=True)
class Base:
    a: int
@dataclass(slots=True)
class Derived(Base):
    b: int
d = Derived(1, 2)
print(d, Base.__slots__, Derived.__slots__)
tryit(lambda: setattr(d, 'c', 3))

@dataclass(slots=True, weakref_slot=True)
class W:
    v: int
print(W.__slots__, W(1).__weakref__)
tryit(lambda: dataclass(weakref_slot=True)(type('X', (), {'__annotations__': {'q': int}})))

def already():
    @dataclass(slots=True)
    class A:
        __slots__ = ('x',)
        x: int
tryit(already)

@dataclass
class NoSlots:
    x: int
n = NoSlots(1); n.extra = 2; print(vars(n))
print(copy.copy(p), copy.deepcopy(P(2, 3, [1])))
