# enumerate(start), zip (unequal lengths), map (2 iterables), filter(None), reversed, sorted
print(list(enumerate('abc')), list(enumerate('abc', start=1)), list(enumerate([], 5)), list(enumerate('x', -1)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), list(zip('ab', 'cd', 'ef')))
print(list(zip(range(10), 'xyz', [True, False])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2])), list(map(str.upper, 'ab')))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x > 1, [1, 2, 3])))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
print(sorted([3, 1, 2]), sorted('bca', reverse=True), sorted([(1, 'b'), (1, 'a')]), sorted({3: 0, 1: 0}))
print(sorted(['b', 'A', 'c'], key=str.lower), sorted([-3, 2, -1], key=abs, reverse=True))
e = enumerate(['x', 'y'])
print(next(e), next(e), next(e, 'end'))
z = zip('ab', [1, 2])
print(type(z).__name__, dict(z), list(z))
m = map(abs, [-1, -2])
print(type(m).__name__, list(m), list(m))
r = reversed([1, 2])
print(next(r), list(r))
keys = ['a', 'b', 'c']
vals = [1, 2, 3]
print(dict(zip(keys, vals)), [k * v for k, v in zip(keys, vals)])
pairs = [(1, 'one'), (2, 'two')]
nums, names = zip(*pairs)
print(nums, names)
print(list(map(len, ['a', 'bb'])), sum(map(int, '1234')), any(map(str.isdigit, 'ab3')))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError:', e)
try:
    list(zip(1, 2))
except TypeError as e:
    print('TypeError:', e)
