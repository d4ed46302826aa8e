# list comprehensions: conditions, nesting, multiple for clauses, expressions, scoping
print([x * x for x in range(6)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(3) if x != y])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
print([c.upper() for c in 'hello' if c not in 'aeiou'])
print([x if x % 2 else -x for x in range(6)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for row in matrix for i in range(len(row))])
print([[row[i] for row in matrix] for i in range(3)])
print([len(w) for w in 'the quick brown fox'.split()])
print([(i, c) for i, c in enumerate('ab')], [a + b for a, b in zip([1, 2], [10, 20])])
x = 'outer'
r = [x for x in range(3)]
print(x, r)
print([y for y in []], [[]for _ in range(2)])
print([i for i in range(3) for _ in range(2)])
print([f(3) for f in (abs, str, float)])
data = [{'n': 'a', 'v': 3}, {'n': 'b', 'v': 0}, {'n': 'c', 'v': 7}]
print([d['n'] for d in data if d['v']], sum([d['v'] for d in data]))
n = 4
print([[1 if i == j else 0 for j in range(n)] for i in range(n)])
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
print([s.strip() for s in ' a , b ,c '.split(',')])
