# Flag and IntFlag: auto() powers of two, | & ^ ~, membership, iteration over
# a combined value, len, bool, reprs of combined and empty flags, aliases for
# multi-bit values, boundaries (STRICT for Flag, KEEP for IntFlag, CONFORM,
# EJECT), IntFlag as int.
from enum import Flag, IntFlag, auto, FlagBoundary, STRICT, CONFORM, EJECT, KEEP


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE


print(list(Color), [c.value for c in Color], len(Color), Color.WHITE)
print(Color.__members__)
print(repr(Color.RED | Color.GREEN), str(Color.RED | Color.BLUE), Color.WHITE is (Color.RED | Color.GREEN | Color.BLUE))
rw = Perm.R | Perm.W
print(rw, repr(rw), rw.value, rw.name, Perm(6) is rw, Perm(7) is Perm.RWX)
print(list(Perm), list(rw), list(Perm.RWX), len(rw), len(Perm.RWX))
print(Perm.R in rw, Perm.X in rw, rw in Perm.RWX, Perm.RWX in rw, rw in Perm)
print(repr(rw & Perm.R), repr(rw & Perm.X), repr(rw ^ Perm.RWX), repr(Perm.R ^ Perm.R))
print(repr(~Perm.R), repr(~rw), repr(~Perm.RWX), repr(~Perm(0)))
print(bool(Perm(0)), bool(Perm.R), Perm(0), repr(Perm(0)), Perm(0).name)
print(Perm, repr(Perm), type(Perm.R) is Perm, isinstance(rw, Perm))
print(f'{rw}', format(Perm.R, '>8'), '%s' % rw)
print(Color.RED | Color.GREEN in Color.WHITE, Color.GREEN & Color.WHITE)
print(hash(rw) == hash(Perm(6)), {rw: 1}[Perm.R | Perm.W])

try:
    Perm(8)
except ValueError as e:
    print('ValueError:', e)
try:
    Perm.R | 1
except TypeError as e:
    print('TypeError:', e)
try:
    1 in Perm.R
except TypeError as e:
    print('TypeError:', e)
try:
    Perm('x')
except ValueError as e:
    print('ValueError:', e)


class Skip(Flag):
    A = 1
    C = 4


try:
    Skip(2)
except ValueError as e:
    print('ValueError:', e)


class Ordered(Flag):
    B = 2
    A = 1
    C = 8


print(list(Ordered), list(Ordered.A | Ordered.B | Ordered.C), repr(Ordered(11)))


class IPerm(IntFlag):
    R = 4
    W = 2
    X = 1


print(IPerm.R | IPerm.W, repr(IPerm.R | IPerm.W), IPerm.R + 1, IPerm.R == 4, IPerm.W < IPerm.R)
print(repr(IPerm.R | 8), repr(IPerm(8)), repr(IPerm.R.__invert__()), repr(IPerm.R & 6), repr(7 & IPerm.W))
print(repr(IPerm(0)), str(IPerm.R | IPerm.X), f'{IPerm.R | IPerm.X}', int(IPerm.R | IPerm.W))
print(isinstance(IPerm.R, int), list(IPerm(7)), IPerm.X in IPerm(3), IPerm.R | IPerm.W == 6)
print(repr(IPerm.R ^ 5), repr(IPerm.R << 1), 2 | IPerm.X)


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2
    C = 8


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


print(repr(Conform(15)), repr(Conform(4)), Eject(7), type(Eject(7)).__name__, repr(Keep(13)))
print(Conform._boundary_, Perm._boundary_ is STRICT, IPerm._boundary_ is KEEP, repr(FlagBoundary.EJECT))


class Big(Flag):
    ONE = auto()
    TWO = auto()
    FOUR = auto()
    EIGHT = auto()
    ALL = ONE | TWO | FOUR | EIGHT


print([m.value for m in Big], repr(Big.ALL), repr(Big.ONE | Big.EIGHT), repr(~Big.TWO))
print(Big._flag_mask_, Big._all_bits_, Big._singles_mask_)
