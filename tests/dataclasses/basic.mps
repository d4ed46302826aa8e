# dataclasses: the decorator, fields, defaults, repr, eq, order, frozen, hash
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         FrozenInstanceError, MISSING, InitVar, KW_ONLY, make_dataclass)
from typing import List, Dict, ClassVar, Optional


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4), p == Point(1, 2), p != Point(1, 3))
print(p.x, p.y, Point.y, Point.__doc__)
print(p == (1, 2), Point.__hash__, Point.__match_args__)
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity: int = 0
    tags: List[str] = field(default_factory=list)
    counts: Dict[str, int] = field(default_factory=dict, repr=False)
    total: ClassVar[int] = 0
    secret: str = field(default='s', repr=False, compare=False)

    def cost(self) -> float:
        return self.unit_price * self.quantity


a = Inventory('widget', 2.5, 4)
b = Inventory('widget', 2.5, 4, secret='other')
a.tags.append('x')
print(a, a.cost(), a == b, a.counts, Inventory.total)
print(Inventory('z', 1.0).tags is not Inventory('z', 1.0).tags)
print([f.name for f in fields(Inventory)], [f.name for f in fields(a)])
f0 = fields(Inventory)[3]
print(f0.name, f0.type, f0.default is MISSING, f0.default_factory, f0.init, f0.repr, f0.compare)
print(Inventory.__doc__)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = field(default=0, compare=False)


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs), max(vs), Version(1, 0) < Version(1, 1), Version(2) >= Version(1, 9))
print(Version(1, 0, 1) == Version(1, 0, 2), hash(Version(1, 0, 1)) == hash(Version(1, 0, 2)))
print({Version(1): 'one'}[Version(1)])
v = Version(3)
try:
    v.major = 4
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e, isinstance(e, AttributeError))
try:
    del v.minor
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)
try:
    v.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(Version(1) < Version(2), Version(1).__lt__(3))


@dataclass(unsafe_hash=True)
class H:
    a: int
    b: str = 'b'


print(hash(H(1)) == hash(H(1)), H(1) == H(1), len({H(1), H(1), H(2)}))


@dataclass(eq=False)
class NoEq:
    a: int


n = NoEq(1)
print(n == NoEq(1), n == n, hash(n) == hash(n))


@dataclass
class WithPost:
    a: float
    b: float
    c: float = field(init=False)
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.c = (self.a + self.b) * scale


print(WithPost(1, 2), WithPost(1, 2, 10), fields(WithPost)[-1].name)


@dataclass
class Base:
    x: int
    y: int = 1


@dataclass
class Child(Base):
    z: int = 2
    x: int = 10


print(Child(), Child(1, 2, 3), [f.name for f in fields(Child)])
print(is_dataclass(Child), is_dataclass(Child()), is_dataclass(3), is_dataclass(dict))


@dataclass
class Line:
    start: Point
    end: Point
    label: Optional[str] = None
    pts: list = field(default_factory=list)


ln = Line(Point(0, 0), Point(1, 1), pts=[Point(2, 2), (3, {'k': Point(4, 4)})])
print(asdict(ln))
print(astuple(ln))
print(asdict(Point(1, 2), dict_factory=lambda kv: sorted(kv, reverse=True)))
r = replace(p, y=9)
print(r, p, r is not p)


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    name: str


print(Opts(name='n'), Opts(name='m', verbose=True))


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 0
    c: int


print(Mixed(1, c=3), Mixed(1, b=2, c=3), Mixed.__match_args__)
M = make_dataclass('M', [('x', int), ('y', int, field(default=5))], order=True)
print(M(1), M(1) < M(2), fields(M)[1].default)


@dataclass
class Node:
    val: int
    children: list = field(default_factory=list)


root = Node(1)
root.children.append(root)
print(root)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return 'Custom!'

    def __eq__(self, other):
        return True


print(Custom(1), Custom(1) == 5, Custom.__hash__)


class Plain:
    pass


@dataclass
class Empty:
    pass


print(Empty(), Empty() == Empty(), fields(Empty))


def make():
    @dataclass
    class Local:
        q: int
    return Local(5)


print(make())


class Outer:
    @dataclass
    class Inner:
        v: int


print(Outer.Inner(1))
