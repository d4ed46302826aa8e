# typing: Generic, Protocol, NamedTuple, TypedDict, NewType and helpers
from typing import (Generic, TypeVar, Protocol, NamedTuple, TypedDict, NewType, List, Dict,
                    Optional, cast, overload, no_type_check, get_type_hints, SupportsInt,
                    runtime_checkable, ClassVar, Iterator, TYPE_CHECKING, Any, Callable)
import typing

if TYPE_CHECKING:
    import nonexistent_module

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, type(s).__name__)
print(Stack[int], s.__orig_class__, Stack[int] == Stack[int])
print(Stack.__mro__[-1], Generic in Stack.__mro__)


class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v


p = Pair[str, int]('a', 1)
print(p.k, p.v, Pair[str, int])
try:
    Generic[int]
except TypeError as e:
    print('TypeError:', e)


class Closer(Protocol):
    def close(self) -> None: ...


class Resource:
    def close(self) -> None:
        print('closed')


def shut(c: Closer) -> None:
    c.close()


shut(Resource())


@runtime_checkable
class Named(Protocol[T]):
    name: str


print(Named._is_runtime_protocol)


# NamedTuple, functional and class forms
Point = NamedTuple('Point', [('x', int), ('y', int)])
pt = Point(1, 2)
print(pt, pt.x + pt.y, Point.__annotations__, pt._asdict())
Emp = NamedTuple('Emp', name=str, id=int)
print(Emp('bob', 3))


class Employee(NamedTuple):
    name: str
    id: int = 3
    tags: List[str] = []

    def describe(self) -> str:
        return '%s#%d' % (self.name, self.id)


e = Employee('guido')
print(e, e.describe(), e.id, e[0], len(e), isinstance(e, tuple))
print(Employee._fields, Employee._field_defaults, Employee.__annotations__)
e2 = e._replace(id=7)
print(e2, type(e2).__name__, Employee._make(['x', 1, ['t']]))
a, b, c = Employee('z', 9)
print(a, b, c, e == ('guido', 3, []), hash(Employee('q', 1, ())) == hash(('q', 1, ())))
try:
    Employee()
except TypeError as ex:
    print('TypeError:', ex)
try:
    e.id = 4
except AttributeError:
    print('AttributeError')
try:
    class Bad(NamedTuple):
        x: int = 0
        y: int
except TypeError as ex:
    print('TypeError:', ex)


class Sub(Employee):
    def shout(self):
        return self.name.upper()


print(Sub('amy').shout(), Sub('amy'))


# TypedDict
class Movie(TypedDict):
    name: str
    year: int


class Movie2(Movie, total=False):
    rating: float


m = Movie(name='Blade Runner', year=1982)
print(m, type(m), m['year'])
print(Movie.__annotations__, sorted(Movie.__required_keys__), Movie.__total__)
print(sorted(Movie2.__required_keys__), sorted(Movie2.__optional_keys__), Movie2.__total__)
print(Movie2(name='x', year=1, rating=2.5))
Alt = TypedDict('Alt', {'a': int, 'b': str})
print(Alt(a=1, b='z'), Alt.__annotations__)

# NewType, cast, overload, no_type_check
UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId(5) + 1)
print(cast(int, 'not an int'), cast('List[int]', [1]))


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(2), double('ab'))


@overload
def only(x: int) -> int: ...


try:
    only(1)
except NotImplementedError:
    print('NotImplementedError')


@no_type_check
def loose(x: 'whatever') -> 'nothing':
    return x


print(loose(3), loose.__no_type_check__)


# get_type_hints
class Base:
    a: int
    b: 'str'


class Derived(Base):
    c: Optional[List['Base']]
    d: ClassVar[int] = 3
    e: None


print(get_type_hints(Base))
print(get_type_hints(Derived))


def f(x: int) -> str:
    return str(x)


print(SupportsInt, Any, typing.Text)


def gen(n: int) -> Iterator[int]:
    yield from range(n)


handler: Callable[[int], str] = str
print(list(gen(3)), handler(4), __annotations__)
