# enum basics: members, lookup by attribute/name/value, aliases, iteration,
# __members__, repr/str/format, hashing, identity, methods and properties in
# the body, _missing_, auto(), __init__ with tuple values, @unique.
from enum import Enum, EnumMeta, EnumType, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1          # alias of RED

    def describe(self):
        return '%s has value %r' % (self.name, self.value)

    @property
    def lower(self):
        return self.name.lower()

    @classmethod
    def favourite(cls):
        return cls.GREEN

    @staticmethod
    def helper(x):
        return x * 2

    __private = 'not a member'   # mangled to _Color__private: not a member
    _single = 'a member'
    __dunder__ = 'not a member'


print(Color.RED, repr(Color.RED), Color['GREEN'], Color(3), Color.CRIMSON)
print(Color.CRIMSON is Color.RED, Color(1) is Color.RED, Color(Color.BLUE))
print(list(Color))
print(len(Color), list(reversed(Color)))
print(Color.RED in Color, type(Color.RED) is Color, isinstance(Color.RED, Color))
print(Color.__members__)
print(list(Color.__members__), list(Color.__members__.items())[-1], len(Color.__members__))
print('CRIMSON' in Color.__members__, Color.__members__['CRIMSON'])
print(Color.RED.describe(), Color.BLUE.lower, Color.favourite(), Color.helper(21))
print(Color.RED.name, Color.RED.value, Color.CRIMSON.name)
print(Color, str(Color), repr(Color), type(Color) is EnumType, EnumMeta is EnumType)
print(isinstance(Color, EnumMeta), issubclass(Color, Enum), Color.__name__)
print(f'{Color.RED}|{Color.GREEN:>14}|{Color.BLUE:<12}|', format(Color.RED), str(Color.RED))
print('%s %r' % (Color.RED, Color.RED))
print(Color._Color__private, Color.__dunder__, hasattr(Color, 'describe'), Color._single)
print([m.name for m in Color], [m.value for m in Color])
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, Color.RED is not Color.BLUE)
d = {Color.RED: 'r', Color.GREEN: 'g'}
print(d[Color.CRIMSON], d[Color(2)], hash(Color.RED) == hash(Color.CRIMSON))
print(sorted(Color, key=lambda c: str(c.value), reverse=True))
print(bool(Color.RED), bool(Color))
print(Color.RED.__class__, Color.RED.__class__.__name__)

for op in ('<', '>', '<=', '>='):
    try:
        eval('Color.RED %s Color.GREEN' % op)
    except TypeError as e:
        print(e)

try:
    Color(7)
except ValueError as e:
    print('ValueError:', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError:', e)
try:
    Color.PURPLE
except AttributeError as e:
    print('AttributeError')


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape), Shape(2), Shape.ALIAS_FOR_SQUARE)
print(list(Shape.__members__.items()))


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto), repr(auto()))


class AutoName(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title() + str(count)


class Named(AutoName):
    NORTH = auto()
    SOUTH = auto()


class Pair(Enum):
    A = auto(), 'x'
    B = 'y', auto()


print(list(Named), Named.SOUTH.value, list(Pair))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS   = (4.869e+24, 6.0518e6)
    EARTH   = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass       # in kilograms
        self.radius = radius   # in meters

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.radius)
print('%.2f' % Planet.EARTH.surface_gravity, Planet((3.303e+23, 2.4397e6)))


class Coordinate(Enum):
    def __new__(cls, value, label, unit):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        obj.unit = unit
        return obj
    PX = (0, 'P.X', 'km')
    PY = (1, 'P.Y', 'km')
    VX = (2, 'V.X', 'km/s')


print(Coordinate.PY, repr(Coordinate(2)), Coordinate.VX.label, Coordinate.PX.unit)


class Code(int, Enum):
    def __new__(cls, value, doc):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.doc = doc
        return obj
    OK = 200, 'fine'
    NOT_FOUND = 404, 'missing'


print(Code.OK, repr(Code(404)), Code.NOT_FOUND.doc, Code.OK + 1, Code.OK == 200, str(Code.OK))


class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            value = value.lower()
            for member in cls:
                if member.value == value:
                    return member
        return None


print(Status('ACTIVE'), Status('Inactive'))
try:
    Status('gone')
except ValueError as e:
    print('ValueError:', e)


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return 'my custom str! {0}'.format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY


print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), repr(Mood.FUNKY))


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine))
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as e:
    print('ValueError:', e)


class OrderedEnum(Enum):
    def __ge__(self, other):
        if self.__class__ is other.__class__:
            return self.value >= other.value
        return NotImplemented

    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented


class Grade(OrderedEnum):
    A = 5
    B = 4
    C = 3


print(Grade.C < Grade.A, Grade.A >= Grade.B, sorted(Grade))


class Empty(Enum):
    pass


print(list(Empty), len(Empty), Empty, Empty.__members__)


class WithList(Enum):
    A = [1, 2]
    B = [3]


print(WithList([3]), WithList.A.value)


class ValueNamed(Enum):
    name = 'n'
    value = 'v'


print(ValueNamed.name, ValueNamed.value, ValueNamed.name.name, ValueNamed.value.value)
print(ValueNamed('v'), list(ValueNamed))

import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.BLUE])[0] is Color.BLUE)
print(Color.RED.__reduce_ex__(4))
