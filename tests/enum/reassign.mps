# Members cannot be reassigned or deleted (EnumType's __setattr__ and
# __delattr__); other class attributes can.
from enum import Enum, IntEnum


class Color(Enum):
    RED = 1
    GREEN = 2


for stmt in ("Color.RED = 5", "del Color.RED", "Color.BLUE = 3", "del Color.BLUE",
             "Color.GREEN = Color.RED"):
    try:
        exec(stmt)
        print('ok', stmt)
    except AttributeError as e:
        print('AttributeError', e)
print(list(Color), Color.RED.value, Color.GREEN.value)
try:
    Color.BLUE
except AttributeError as e:
    print('AttributeError', e)


class Level(IntEnum):
    LOW = 1
    HIGH = 2


try:
    Level.LOW = 0
except AttributeError as e:
    print('AttributeError', e)
Level.note = 'fine'
print(Level.note, Level.LOW + 1, [m.name for m in Level])


# a name defined twice in the body is refused while the body runs
def attempt(title, make):
    try:
        make()
        print(title, 'ok')
    except TypeError as e:
        msg = str(e)
        if ' at 0x' in msg:     # a function's repr: its address varies
            msg = msg[:msg.index(' at 0x')] + '>'
        print(title, 'TypeError', msg)


def dup_member():
    class Dup(Enum):
        A = 1
        B = 2
        A = 3


def member_then_method():
    class Dup(Enum):
        A = 1

        def A(self):
            return 0


def method_then_member():
    class Dup(Enum):
        def A(self):
            return 0
        A = 1


def ignored_twice():
    class Fine(Enum):
        _ignore_ = 'tmp'
        tmp = 1
        tmp = 2
        X = 1
    print(list(Fine))


def dunder_twice():
    class Fine(Enum):
        __doc__ = 'one'
        __doc__ = 'two'
        X = 1
    print(Fine.__doc__)


for title, make in [('dup_member', dup_member), ('member_then_method', member_then_method),
                    ('method_then_member', method_then_member), ('ignored_twice', ignored_twice),
                    ('dunder_twice', dunder_twice)]:
    attempt(title, make)
try:
    Enum('Fn', [('X', 1), ('X', 2)])
except TypeError as e:
    print('functional TypeError', e)


# the data type's special methods come first for mixed-in enums
from enum import IntFlag


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(~Perm.R, type(~Perm.R).__name__, ~(Perm.R | Perm.W), hash(Level.LOW) == hash(1), {2: 'two'}[Level.HIGH])
