# list operators: + * in == < len, nested and empty reprs, list() constructor, sum/min/max
a = [1, 2]
b = [3]
print(a + b, a * 3, 2 * b, [] * 5, [0] * 0)
print(1 in a, 5 in a, 5 not in a, [1] in [[1], 2])
print(a == [1, 2], a != [1, 2], a < [1, 3], a < [1, 2, 0], [2] > [1, 9], [] < [0])
print(len(a), len([]), len([[], []]))
print(list(), list('abc'), list((1, 2)), list(range(3)), list({'k': 1, 'j': 2}), list(x for x in 'ab'))
print([[1, [2, []]], (3,), {'a': []}, None, 'x'])
r = [1, 2]
r.append(r)
print(r, len(r))
r2 = []
r2.append([r2])
print(r2)
print(sum([1, 2, 3]), min([3, 1, 2]), max([3, 1, 2]), sorted([3, 1, 2]), list(reversed([1, 2, 3])))
x = [1, 2, 3]
y = x
x += [4]
print(y)
x = x + [5]
print(y, x)
print([i for i in [1, 2, 3] if i != 2], [[i] * i for i in range(3)])
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]))
nested = [[3, 4], [1, 2], [1, 1]]
print(sorted(nested), max(nested), min(nested))
print([1, 2, 3].__len__(), [1, 2] * -1)
try:
    a + (1,)
except TypeError as e:
    print('TypeError:', e)
try:
    a * 1.5
except TypeError as e:
    print('TypeError:', e)
try:
    hash([])
except TypeError as e:
    print('TypeError:', e)
t = [0] * 3
for i, v in enumerate(t):
    t[i] = i * 10
print(t)
