# nested dicts, dicts of lists, counting and grouping idioms, keys of many types, repr
inv = {'fruit': {'apple': 3, 'pear': 1}, 'veg': {'kale': 2}}
inv['fruit']['apple'] += 1
inv.setdefault('grain', {})['rice'] = 5
print(inv)
print(sum(n for cat in inv.values() for n in cat.values()))
words = 'one two three two one two'.split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
groups = {}
for w in words:
    groups.setdefault(len(w), []).append(w)
print(groups)
mixed = {1: 'int', 1.5: 'float', 'k': 'str', (1, 2): 'tuple', None: 'none', True: 'bool?', frozenset([1]): 'fs'}
print(mixed)
print(mixed[1], mixed[None], mixed[(1, 2)], mixed[frozenset({1})])
print({'a': {'b': {'c': {}}}}, {'l': [1, {'x': (2,)}]})
d = {}
d['self'] = d
print(d)
print(len({}), {} == dict(), bool({}), bool({0: 0}))
matrix = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(matrix)
inverse = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inverse)
print({k: v for k, v in sorted(counts.items(), key=lambda kv: -kv[1])})
