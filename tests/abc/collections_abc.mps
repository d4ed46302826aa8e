# collections.abc: structural isinstance checks, the built-in types registered, and the mixin methods of MutableMapping, Sequence and MutableSet.
import collections.abc
from collections.abc import (Iterable, Iterator, Sized, Container, Callable, Hashable, Collection,
                             Sequence, MutableSequence, Mapping, MutableMapping, Set, MutableSet, Generator, Reversible)


def gen():
    yield 1


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


for name, obj in (('list', []), ('tuple', ()), ('str', 'x'), ('dict', {}), ('set', set()), ('frozenset', frozenset()), ('range', range(3)), ('bytes', b''), ('int', 3), ('float', 2.5), ('None', None), ('generator', gen()), ('It', It()), ('len', len), ('iter', iter([])), ('lambda', lambda: 0), ('class', It)):
    print(name, [c.__name__ for c in (Iterable, Iterator, Sized, Container, Callable, Hashable,
                                                   Collection, Sequence, MutableSequence, Mapping,
                                                   MutableMapping, Set, MutableSet, Generator, Reversible)
                               if isinstance(obj, c)])


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


s = Store()
s['a'] = 1
s.update({'b': 2}, c=3)
print(len(s), 'a' in s, s.get('z', 0), list(s.keys()), list(s.items()), list(s.values()), s.setdefault('d', 4))
print(s.pop('a'), s.pop('zz', 'dflt'), s == {'b': 2, 'c': 3, 'd': 4}, isinstance(s, Mapping), dict(s))
print(s.keys() & {'b', 'x'}, ('b', 2) in s.items(), 3 in s.values())


class Row(Sequence):
    def __init__(self, *items):
        self._items = items

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


r = Row(1, 2, 3, 2)
print(list(r), 2 in r, list(reversed(r)), r.index(3), r.count(2), isinstance(r, Reversible))
try:
    Store.__new__
    Mapping()
except TypeError as e:
    print('TypeError:', e)


class Bits(MutableSet):
    def __init__(self, it=()):
        self._s = set(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)


b = Bits([1, 2, 3])
print(list(b | Bits([4])), list(b & Bits([2, 3, 9])), list(b - Bits([1])), b <= Bits([1, 2, 3, 4]), b == Bits([3, 2, 1]))
b |= [7]
b -= [1]
print(list(b), b.isdisjoint([9]))
print(collections.abc.Iterable is Iterable, issubclass(list, Iterable), issubclass(int, Iterable))
