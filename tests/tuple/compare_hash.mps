# tuple comparison (lexicographic), hashing, tuples as dict keys and in sets
print((1, 2) == (1, 2), (1, 2) != (2, 1), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100))
print((1, 'a') < (1, 'b'), () < (0,), (1, 2) <= (1, 2), (3, 0) >= (2, 9))
print((1, 2) == [1, 2], (1,) == 1)
print(hash((1, 2)) == hash((1, 2)), hash((1, (2, 3))) == hash((1, (2, 3))), hash(()) == hash(tuple()))
print(hash((1, 2.0)) == hash((1.0, 2)), (1, 2.0) == (1.0, 2))
d = {(0, 0): 'origin', (1, 2): 'p'}
print(d[(0, 0)], d[1, 2], (1, 2) in d, (2, 1) in d)
d[(3, 4)] = 'q'
print(d)
s = {(1, 2), (1, 2), (2, 1)}
print(len(s), sorted(s))
grid = {}
for r in range(2):
    for c in range(3):
        grid[r, c] = r * c
print(grid)
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError:', e)
try:
    {([1],): 1}
except TypeError as e:
    print('TypeError:', e)
print(sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]))
print(max([(1, 'x'), (1, 'y')]), min([(0, 5), (0, 4)]))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print('TypeError:', e)
