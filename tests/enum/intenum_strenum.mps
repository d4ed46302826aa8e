# IntEnum, StrEnum, ReprEnum and data-type mixins: str()/format() give the
# value (3.11), repr stays the enum's; arithmetic, comparison, hashing and
# methods of the data type; auto() for StrEnum is the lowercased name.
from enum import Enum, IntEnum, StrEnum, ReprEnum, auto


class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
    TRIANGLE = 3


print(Shape.CIRCLE, repr(Shape.SQUARE), str(Shape.TRIANGLE), f'{Shape.SQUARE}', '{:>4}|{:03d}'.format(Shape.CIRCLE, Shape.TRIANGLE))
print(Shape.CIRCLE == 1, Shape.CIRCLE + Shape.SQUARE, Shape.SQUARE * 10, Shape.TRIANGLE // 2, -Shape.CIRCLE)
print(Shape.CIRCLE < Shape.SQUARE, Shape.TRIANGLE > 2, sorted([Shape.TRIANGLE, 0, Shape.CIRCLE]), max(Shape))
print(int(Shape.SQUARE), isinstance(Shape.SQUARE, int), hash(Shape.SQUARE) == hash(2), {2: 'two'}[Shape.SQUARE])
print(['a', 'b', 'c', 'd'][Shape.TRIANGLE], list(range(Shape.SQUARE)), Shape(2), Shape(2) is Shape.SQUARE)
print(type(Shape.CIRCLE + 1), Shape.SQUARE in [1, 2], 2 in {Shape.SQUARE}, Shape.CIRCLE.real, Shape.TRIANGLE.bit_length())
print('%d %s %r' % (Shape.SQUARE, Shape.SQUARE, Shape.SQUARE), Shape.SQUARE.name, Shape.SQUARE.value)


class Number(IntEnum):
    ONE = auto()
    TWO = auto()
    TEN = 10
    ELEVEN = auto()


print(list(Number), sum(Number))


class Color(StrEnum):
    RED = auto()
    GREEN = auto()
    DARK_BLUE = auto()
    WHITE = 'white'


print(list(Color), Color.RED, repr(Color.GREEN), str(Color.DARK_BLUE), f'[{Color.WHITE:>7}]')
print(Color.RED == 'red', Color.RED.upper(), Color.GREEN + '!', Color('white'), Color.RED.startswith('r'))
print(isinstance(Color.RED, str), len(Color.DARK_BLUE), '-'.join(Color), sorted(Color), hash(Color.RED) == hash('red'))
print('%s|%r' % (Color.RED, Color.RED), Color.RED.value, type(Color.RED.value))
try:
    class Bad(StrEnum):
        ONE = 1
except TypeError as e:
    print('TypeError:', e)


class IntColor(int, Enum):
    RED = 1
    GREEN = 2


print(IntColor.RED, repr(IntColor.RED), str(IntColor.GREEN), IntColor.RED + 1, IntColor.GREEN == 2)


class StrColor(str, Enum):
    RED = 'r'
    BLUE = 'b'


print(StrColor.RED, repr(StrColor.BLUE), StrColor.RED == 'r', StrColor.RED.upper(), StrColor('b'))


class Half(float, ReprEnum):
    ONE = 0.5
    TWO = 1.0


print(Half.ONE, repr(Half.ONE), f'{Half.TWO:.3f}', Half.ONE * 4, Half(1.0))
try:
    class NoData(ReprEnum):
        A = 1
except TypeError as e:
    print('TypeError:', e)


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404

    @property
    def is_error(self):
        return self >= 400

    def __str__(self):
        return self.name.replace('_', ' ').title()


print(Status.OK.is_error, Status.NOT_FOUND.is_error, str(Status.NOT_FOUND), f'{Status.OK}', repr(Status(404)))
try:
    Status(500)
except ValueError as e:
    print('ValueError:', e)
