# PEP 604 unions (int | None) and PEP 585 generics (list[int]): the objects
# of the types module, their reprs, equality, isinstance, and how typing
# sees them.
import types
import typing
from typing import List, Optional, Union, Any, TypeVar


class C:
    pass


print(int | None, None | int, int | str | float, C | None)
print(type(int | str), (int | str).__args__, (int | None).__args__)
print(int | int, int | str | int, (int | str) | (str | float))
print((int | str) == (str | int), hash(int | str) == hash(str | int), (int | str) != (int | float))
print(isinstance(3, int | str), isinstance(2.5, int | str), isinstance(None, int | None))
print(issubclass(bool, int | None), issubclass(float, int | str))

print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set[C], frozenset[str])
print(type(list[int]), list[int].__origin__, list[int].__args__, list[int].__parameters__)
print(list[int] == list[int], list[int] == list, list[int] == list[str], hash(list[int]) == hash(list[int]))
print(list[int](), list[int]((1, 2)), dict[str, int](a=1), list[int] | None, None | dict[str, int])

T = TypeVar('T')
print(list[T], list[T].__parameters__, list[T][int], dict[str, T][float], (list[T] | None)[int])

for bad in (lambda: int | 3, lambda: 'x' | int, lambda: None | None,
            lambda: isinstance([], list[int]), lambda: isinstance(1, int | list[int]),
            lambda: int[3], lambda: C[int], lambda: list[int][str]):
    try:
        print(bad())
    except TypeError as e:
        print('TypeError:', e)

# typing's objects meet the built-in ones
print(Union[int, str] == (int | str), (int | str) == Union[int, str])
print(Union[int | str, float], Optional[int | str], Optional[int] | str, str | List[int])
print(typing.get_args(int | str), typing.get_origin(int | str) is types.UnionType)
print(typing.get_origin(list[int]), typing.get_args(dict[str, int]))
print(isinstance([], List), isinstance(3, Union[int, str]), issubclass(bool, Optional[int]))
for bad in (lambda: isinstance([], List[int]), lambda: isinstance(1, Any)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

x: int | None = 5
y: list[int | str] = []
print(__annotations__)


def f(a: list[int], b: int | None = None) -> dict[str, int | None]:
    return {'a': len(a)}


print(f([1, 2]), typing.get_type_hints(f))

ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b='x', c=[1]), ns.a)
print(types.FunctionType is type(f), types.ModuleType is type(types), types.NoneType)
