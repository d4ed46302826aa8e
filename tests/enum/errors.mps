# Errors of CPython 3.11's enum: bad names and values, extending an enum with
# members, reserved _sunder_ names, _missing_ misbehaving, membership tests of
# non-members, read-only name/value, _order_, bad bases, @unique, verify().
from enum import (Enum, IntEnum, StrEnum, Flag, auto, unique, verify, UNIQUE,
                  CONTINUOUS, NAMED_FLAGS, member, nonmember)


def attempt(label, f, message=True):
    try:
        r = f()
    except Exception as e:
        print('%s: %s: %s' % (label, type(e).__name__, e if message else '...'))
    else:
        print('%s: no error: %r' % (label, r))


class Color(Enum):
    RED = 1
    GREEN = 2


attempt('value', lambda: Color(3))
attempt('value str', lambda: Color('RED'))
attempt('name', lambda: Color['BLUE'])
attempt('attr', lambda: Color.BLUE, False)
attempt('name set', lambda: setattr(Color.RED, 'name', 'X'))
attempt('value set', lambda: setattr(Color.RED, 'value', 9))
attempt('name del', lambda: delattr(Color.RED, 'name'))
class Other(Enum):
    RED = 1


attempt('in other enum', lambda: Other.RED in Color)
attempt('lt', lambda: Color.RED < Color.GREEN)
attempt('add', lambda: Color.RED + 1)
attempt('call no value', lambda: Color())
attempt('class attr name', lambda: Color.name, False)
attempt('other attr', lambda: Color.RED.missing)
Color.RED.extra = 'extra attributes are allowed'
print(Color.RED.extra, Color(1).extra)


def extend():
    class More(Color):
        BLUE = 3
attempt('extend', extend)


def extend_flag():
    class P(Flag):
        A = 1
    class Q(P):
        B = 2
attempt('extend flag', extend_flag)


def sunder():
    class S(Enum):
        _bad_ = 1
attempt('sunder', sunder)


def mro_name():
    class M(Enum):
        mro = 1
attempt('mro', mro_name)


def order():
    class O(Enum):
        _order_ = 'A C B'
        A = 1
        B = 2
        C = 3
attempt('order', order)


def order_ok():
    class O(Enum):
        _order_ = 'A B'
        A = 1
        B = 2
        C = 1
    return list(O)
attempt('order ok', order_ok)


def bad_base():
    class B(Enum, int):
        A = 1
attempt('bad base', bad_base)


def str_value():
    class S(StrEnum):
        A = 1
attempt('strenum int', str_value)


def int_value():
    class I(IntEnum):
        A = 'x'
attempt('intenum str', int_value)


class Missing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        if value == 'wrong':
            return 'not a member'
        if value == 'boom':
            raise KeyError('boom')
        if value == 'ok':
            return cls.A
        return None


attempt('missing ok', lambda: Missing('ok'))
attempt('missing wrong', lambda: Missing('wrong'))
attempt('missing raise', lambda: Missing('boom'))
attempt('missing none', lambda: Missing(5))
try:
    Missing('boom')
except KeyError as e:
    print('context:', repr(e.__context__))


def dup():
    @unique
    class Shape(Enum):
        SQUARE = 2
        DIAMOND = 1
        CIRCLE = 3
        ALIAS_FOR_SQUARE = 2
attempt('unique', dup)


def ver_unique():
    @verify(UNIQUE)
    class V(Enum):
        A = 1
        B = 1
attempt('verify unique', ver_unique)


def ver_cont():
    @verify(CONTINUOUS)
    class V(IntEnum):
        A = 1
        B = 2
        C = 5
attempt('verify continuous', ver_cont)


def ver_flags():
    @verify(NAMED_FLAGS)
    class V(Flag):
        A = 1
        B = 2
        ABCD = 15
attempt('verify named flags', ver_flags)


def ver_ok():
    @verify(UNIQUE, CONTINUOUS)
    class V(Enum):
        A = 1
        B = 2
        C = 3
    return list(V)
attempt('verify ok', ver_ok)


def no_members_call():
    class E(Enum):
        pass
    return E(1)
attempt('no members', no_members_call)


def with_members():
    class W(Enum):
        A = member(lambda: 1)
        B = nonmember(3)
        C = 4
    return [m.name for m in W], W.B, W.A.value(), W.C
attempt('member/nonmember', with_members)


def ignore():
    class Period(Enum):
        _ignore_ = 'tmp'
        tmp = 5
        DAY = 1
    return list(Period), hasattr(Period, 'tmp')
attempt('ignore', ignore)


def gnv_late():
    class L(Enum):
        A = auto()
        def _generate_next_value_(name, start, count, last_values):
            return name
attempt('gnv after members', gnv_late)


def flag_bad():
    class F(Flag):
        A = 1
        B = 2
    return F(4)
attempt('flag value', flag_bad)
attempt('flag or', lambda: Color.RED | Color.GREEN)
