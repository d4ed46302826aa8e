# set operators | & - ^ <= < >= >, in, frozenset, set comprehensions, iteration via sorted
a = {1, 2, 3}
b = {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a <= {1, 2, 3}, a < {1, 2, 3}, a < {1, 2, 3, 4}, {1} >= set(), a > {1}, a == {3, 2, 1})
print(2 in a, 5 in a, 5 not in a)
a |= {10}; print(sorted(a))
a &= {1, 10, 20}; print(sorted(a))
a -= {1}; print(sorted(a))
a ^= {10, 30}; print(sorted(a))
f = frozenset([3, 1, 2])
print(sorted(f), type(f).__name__, 2 in f, f == {1, 2, 3}, sorted(f | {9}), type(f | {9}).__name__)
print({f: 'frozen key'}[frozenset({1, 2, 3})], hash(f) == hash(frozenset({1, 2, 3})))
sq = {x * x for x in range(-3, 4)}
print(sorted(sq), len(sq))
words = ['apple', 'bob', 'apple', 'cat', 'bob']
print(sorted(set(words)), len(set(words)))
seen = set()
uniq = []
for w in words:
    if w not in seen:
        seen.add(w)
        uniq.append(w)
print(uniq)
try:
    f.add(4)
except AttributeError as e:
    print('AttributeError:', e)
try:
    {1} + {2}
except TypeError as e:
    print('TypeError:', e)
print(sum({1, 2, 3}), max({5, 9, 1}), min(frozenset({4, 2})), len(set()))
print(set() == frozenset(), {1, 2} == frozenset({1, 2}), bool(set()), bool({0}))
