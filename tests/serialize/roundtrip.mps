# mps: not-python (uses the _serialize module; expected output checked with a pickle shim)
from _serialize import dumps, loads

def rt(x):
    return loads(dumps(x))

values = [
    None, True, False, ..., 0, 1, -1, 42, -1000000,
    2**62 - 1, 2**62, -2**62, -2**62 - 1, 2**63, -2**63, 2**64 + 1,
    10**100, -(10**100), 3**200,
    0.0, -0.0, 1.5, -2.25, 1e300, 1e-300, float('inf'), float('-inf'), 0.1,
    '', 'a', 'hello', 'héllo wörld', '日本語', '\U0001f600 emoji', 'x' * 1000,
    b'', b'abc', bytes(range(256)), bytearray(b'xyz'), bytearray(),
    [], [1, 2, 3], [[1], [2, [3, [4]]]],
    (), (1,), (1, 'a', None), ((1, 2), (3, (4,))),
    {}, {'a': 1, 'b': [2, 3]}, {1: 'one', (2, 3): 'tuple', None: 0, 2.5: 'f'},
    set(), {1, 2, 3}, frozenset(), frozenset({1, 5}),
    range(10), range(1, 20, 3), range(10, 0, -2), range(0),
    slice(1, 5), slice(None, None, -1), slice('a', [1], None),
]

for v in values:
    w = rt(v)
    print(type(w).__name__, repr(w) if len(repr(w)) < 80 else len(repr(w)), w == v)

nan = rt(float('nan'))
print(nan != nan, type(nan).__name__)
print(repr(rt(-0.0)))

# dict order is kept
d = {}
for k in ['z', 'a', 'm', 'b']:
    d[k] = len(k)
print(list(rt(d)))

# bytearray stays mutable and distinct from the original
ba = bytearray(b'abc')
ba2 = rt(ba)
ba2.append(100)
print(ba, ba2)

# a big nested structure
big = [{'id': i, 'name': 'item%d' % i, 'tags': ('x', i % 3), 'score': i / 7} for i in range(1000)]
print(rt(big) == big)

# builtin classes and functions by reference
print(rt(int) is int, rt(list) is list, rt(ValueError) is ValueError, rt(len) is len)
print(rt([str, dict, type(None)]))
import os
print(rt(os.getpid)() == os.getpid())
