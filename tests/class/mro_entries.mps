# PEP 560 __mro_entries__: a base that is not a class names the classes it stands for.
import typing
from typing import List, Dict, Generic, TypeVar
class L(list[int]):
    pass
print(L.__mro__, L.__orig_bases__, L([1, 2]))
class B:
    def __mro_entries__(self, bases):
        return (dict,)
class D(B()): pass
print(D.__mro__, type(D.__orig_bases__[0]).__name__)
class LL(List[int]):
    pass
print(LL.__mro__, LL.__orig_bases__)
T = TypeVar('T')
class Box(Generic[T]):
    def __init__(self, v): self.v = v
class IntBox(Box[int]): pass
print(IntBox.__mro__, IntBox(3).v, IntBox.__orig_bases__)
class Bad:
    def __mro_entries__(self, bases): return [int]
try:
    class E(Bad()): pass
except TypeError as e: print(e)
print('__orig_bases__' in L.__dict__, '__orig_bases__' in Box.__dict__ , hasattr(int, '__orig_bases__'))
