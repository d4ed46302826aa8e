# dataclasses: the errors raised at class creation and at call time
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError
from typing import List


def attempt(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ':', e)


def non_default():
    @dataclass
    class A:
        x: int = 0
        y: int


def mutable_list():
    @dataclass
    class B:
        x: List[int] = []


def mutable_dict():
    @dataclass
    class B2:
        x: dict = {}


def mutable_set():
    @dataclass
    class B3:
        x: set = set()


def both():
    field(default=1, default_factory=list)


def order_no_eq():
    @dataclass(order=True, eq=False)
    class C:
        x: int


def no_annotation():
    @dataclass
    class D:
        x = field(default=1)


def overwrite_lt():
    @dataclass(order=True)
    class E:
        x: int

        def __lt__(self, other):
            return True


def frozen_from_plain():
    @dataclass
    class F:
        x: int

    @dataclass(frozen=True)
    class G(F):
        y: int


def plain_from_frozen():
    @dataclass(frozen=True)
    class F:
        x: int

    @dataclass
    class G(F):
        y: int


def explicit_hash():
    @dataclass(unsafe_hash=True)
    class H:
        x: int

        def __hash__(self):
            return 1


for fn in (non_default, mutable_list, mutable_dict, mutable_set, both, order_no_eq,
           no_annotation, overwrite_lt, frozen_from_plain, plain_from_frozen, explicit_hash):
    attempt(fn)


@dataclass
class P:
    x: int
    y: int
    z: int = field(default=0, init=False)


attempt(lambda: P())
attempt(lambda: P(1))
attempt(lambda: P(1, 2, 3))
attempt(lambda: P(1, 2, w=3))
attempt(lambda: P(1, x=2))
attempt(lambda: replace(P(1, 2), z=5))
attempt(lambda: fields(3))
attempt(lambda: asdict(P))
attempt(lambda: astuple([1]))
attempt(lambda: replace(3))


@dataclass(frozen=True)
class Fz:
    x: int


fz = Fz(1)
attempt(lambda: setattr(fz, 'x', 2))
print(fz)
