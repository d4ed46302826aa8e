# dict and set comprehensions, conditional values, inverting, grouping
print({x: x * x for x in range(5)})
print({k: v for k, v in [('a', 1), ('b', 2)] if v > 1})
print({v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()})
print({c: 'aeiou'.count(c) > 0 for c in 'abcde'})
print(sorted({x % 4 for x in range(20)}), sorted({c for c in 'mississippi'}))
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
print({w: len(w) for w in words if len(w) > 5})
print({i: {j: i * j for j in range(3)} for i in range(2)})
print(len({x for x in 'abcabc'}), {n for n in range(3)} == {0, 1, 2})
keys = ['x', 'y', 'z']
print({k: i for i, k in enumerate(keys)}, dict(zip(keys, range(3))))
print({k: v for k, v in sorted({'b': 1, 'a': 2}.items())})
print({s: s.upper() for s in set(['q'])})
print({x: y for x, y in zip('ab', 'cd')}, {**{x: 0 for x in 'ab'}, 'c': 1})
