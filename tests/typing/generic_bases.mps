# Generic[T] and Protocol[T] are aliases that stand for their class as a base; __parameters__ and __orig_bases__ as CPython.
from typing import Generic, TypeVar, List, Dict, Protocol, Iterator
T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
print(Generic[T], Generic[K, V], Protocol[T])
class Box(Generic[T]):
    def __init__(self, v: T) -> None:
        self.v = v
    def get(self) -> T:
        return self.v
print(Box.__parameters__, Box.__orig_bases__, Box.__bases__, Box.__mro__)
print(Box[int], Box[int](5).get(), Box[int].__args__, Box[int].__origin__)
class Pair(Box[K], Generic[K, V]): pass
print(Pair.__parameters__, Pair.__bases__, Pair[int, str])
class IntBox(Box[int]): pass
print(IntBox.__parameters__, IntBox.__bases__)
class Mapping2(Dict[K, V]): pass
print(Mapping2.__parameters__, Mapping2.__bases__, Mapping2({1: 2}))
class Stack(List[T]):
    def push(self, x: T) -> None: self.append(x)
s = Stack(); s.push(1); s.push(2); print(s, Stack[int], Stack.__mro__)
class P(Protocol[T]):
    def m(self) -> T: ...
print(P.__parameters__, P.__bases__)
for bad in ("Box[int, str]", "Generic[int]", "Generic[T, T]"):
    try: eval(bad)
    except TypeError as e: print('TypeError:', e)
try:
    class Bad(Box[K], Generic[V]): pass
except TypeError as e: print('TypeError:', e)
