# Less common corners: super() in enum methods, __init_subclass__, a
# metaclass derived from EnumMeta, an abstract base with methods, __members__
# as a read-only mapping, member attributes, enums as dict keys and in sets,
# enums inside classes, global_enum, _numeric_repr_ of Flag pseudo-members.
import enum
from enum import Enum, EnumMeta, IntEnum, Flag, IntFlag, auto


class Base(Enum):
    def describe(self):
        return 'Base says %s' % self.name

    def __repr__(self):
        return 'Base repr of ' + self.name


class Child(Base):
    A = 1
    B = 2

    def describe(self):
        return 'Child: ' + super().describe()


print(Child.A.describe(), repr(Child.B), str(Child.A), list(Child))

seen = []


class Registered(Enum):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        seen.append(cls.__name__)


class R1(Registered):
    X = 1


print(seen, list(R1))


class CountingMeta(EnumMeta):
    def describe(cls):
        return '%s has %d members' % (cls.__name__, len(cls))


class Counted(Enum, metaclass=CountingMeta):
    ONE = 1
    TWO = 2


print(Counted.describe(), type(Counted).__name__, isinstance(Counted, EnumMeta), list(Counted))

m = Child.__members__
print(type(m).__name__, len(m), list(m.keys()), list(m.values()), m.get('A'), m.get('Z', 'none'), 'B' in m)
try:
    m['C'] = 3
except TypeError:
    print('members are read-only')
print(dict(m) == {'A': Child.A, 'B': Child.B})

s = {Child.A, Child.B, Child.A}
print(len(s), Child.A in s, sorted(s, key=lambda c: c.value))
counts = {}
for c in [Child.A, Child.B, Child.A]:
    counts[c] = counts.get(c, 0) + 1
print(counts)


class Outer:
    class Inner(Enum):
        P = 'p'
        Q = 'q'


print(Outer.Inner.P, repr(Outer.Inner.Q), Outer.Inner.__qualname__, Outer.Inner('q'))


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 3

    @classmethod
    def from_name(cls, s):
        return cls[s.upper()]

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]


print(Weekday.from_name('tuesday'), Weekday.WEDNESDAY.next(), Weekday.MONDAY.next().next())


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(repr(Perm(9)), str(Perm(9)), Perm(9).name, Perm.R | Perm.W | Perm.X == 7)


class Color(Flag):
    RED = 1
    GREEN = 2
    BLUE = 4


print([c.name for c in Color(7)], Color(7).name, Color.RED | Color.GREEN | Color.BLUE)


class Dir(Enum):
    N = (0, 1)
    S = (0, -1)

    def __init__(self, dx, dy):
        self.dx = dx
        self.dy = dy

    def step(self, x, y):
        return x + self.dx, y + self.dy


print(Dir.N.step(3, 3), Dir((0, -1)), Dir.S.value)

print(enum.unique.__name__, enum.EnumType is EnumMeta, enum.ReprEnum, enum.IntFlag.__mro__[1])
print(enum.show_flag_values(13), enum.KEEP, repr(enum.STRICT))


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3


print(sum(Number), max(Number), sorted(Number, reverse=True), Number.TWO * Number.THREE)
print(Number.ONE.__class__.__name__, isinstance(Number.ONE, IntEnum), isinstance(Number.ONE, Enum))
print([n for n in Number if n % 2], Number(True) if True in list(Number) else 'no')


class Small(Enum):
    A = 1

    def f(self):
        pass


print(dir(Small))
print(dir(Small.A))


@enum.global_enum
class Mode(Enum):
    FAST = 1
    SLOW = 2


print(repr(Mode.FAST), str(Mode.SLOW), FAST is Mode.FAST, SLOW)


@enum.global_enum
class Opt(IntFlag):
    O_A = 1
    O_B = 2


print(repr(O_A), repr(O_A | O_B), str(O_B))


class Derived(Enum):
    A = auto()
    B = A + 10           # auto() members are plain values in the body
    C = auto()
    D = (A, 'pair')
    E = A


class Masks(Flag):
    LOW = auto()
    HIGH = auto()
    BOTH = LOW | HIGH
    NEXT = auto()
    ODD = ~LOW & 7 ^ HIGH


print(list(Derived), Derived.E, list(Masks), Masks.__members__['ODD'], Masks.BOTH)
