# typing: subscripted aliases and their reprs
from typing import (List, Dict, Tuple, Set, FrozenSet, Optional, Union, Any, Callable,
                    Iterable, Iterator, Generator, Sequence, Mapping, MutableMapping, Type,
                    Deque, DefaultDict, Counter, OrderedDict, Literal, ClassVar, Final,
                    Awaitable, NoReturn, AnyStr, Text, Annotated, TypeVar)
import typing

Vector = List[float]
Grid = Dict[str, List[int]]
print(Vector, Grid)
print(List[None], Optional[int], Union[int, str, None], Union[int])
print(Callable[[int], str], Callable[..., int], Callable[[], int], Callable[[int, str], None])
print(Tuple[()], Tuple[int, ...], Tuple[int, str])
print(List, Dict, Callable, Tuple, Union, Optional, Any, NoReturn)
print(ClassVar[int], Final[int], Literal[1, 'a'], Type[int])
print(Iterable[int], Iterator[str], Generator[int, None, None], Sequence[int])
print(Mapping[str, int], MutableMapping[str, int], Awaitable[int])
print(Deque[int], DefaultDict[str, int], Counter, typing.Counter[str], OrderedDict[str, int])
print(Set[int], FrozenSet[str], AnyStr, Text)
print(Annotated[int, 'meta'])
print(List['Node'], Union[int, 'X'])
print(Optional[Union[int, str]], Union[int, Union[str, int]])
print(Union[int, str] == Union[str, int], List[int] == List[int], List[int] == List[str])
print(hash(List[int]) == hash(List[int]))
d = {Optional[int]: 'opt'}
print(d[Union[int, None]])

# arguments
print(List[int].__origin__, List[int].__args__, Dict[str, int].__args__)
print(Optional[int].__args__, Union[int, str].__origin__)
print(Callable[[int], str].__args__)
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]))
print(typing.get_origin(Union[int, str]), typing.get_args(Callable[[int], str]))
print(typing.get_origin(int), typing.get_args(int))

# type variables and substitution
T = TypeVar('T')
K = TypeVar('K')
print(T, TypeVar('U', covariant=True), TypeVar('V', contravariant=True))
print(List[T], List[T][int], Dict[str, T].__parameters__, Dict[K, T][str, int])
Pairs = List[Tuple[K, T]]
print(Pairs.__parameters__, Pairs[str, float])
N = TypeVar('N', int, float)
B = TypeVar('B', bound=Sequence[int])
print(N.__constraints__, B.__bound__, T.__name__)

# aliases used as constructors
print(Deque[int]([1, 2]), DefaultDict[str, int](int))
print(typing.Counter('abca'))
for bad in (lambda: List(), lambda: List[int](), lambda: Dict[str, int]()):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    List[int, str]
except TypeError as e:
    print('TypeError:', e)
try:
    Dict[int]
except TypeError as e:
    print('TypeError:', e)
try:
    Union[()]
except TypeError as e:
    print('TypeError:', e)
print(typing.TYPE_CHECKING)
