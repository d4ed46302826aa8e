# range objects: len, indexing, slicing, membership, negative steps, errors, laziness
r = range(10)
print(r, len(r), r[0], r[-1], r[2:5], r[::-1], list(r[::3]))
print(list(range(5)), list(range(2, 8)), list(range(2, 8, 2)), list(range(8, 2, -2)), list(range(0)))
print(list(range(-5, 0)), list(range(5, 0, -1)), list(range(1, 2, 100)))
print(3 in r, 10 in r, -1 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(range(0, 10, 3).index(6), range(5).count(3), len(range(0, -10, -3)))
print(range(1, 5) == range(1, 5), range(0) == range(5, 5), range(1, 5) == range(1, 6))
big = range(10 ** 12)
print(len(big), big[-1], 10 ** 11 in big, big[10 ** 6])
print(sum(range(1, 101)), max(range(7)), min(range(3, 9)), list(reversed(range(4))))
print(range(3).start if hasattr(range(3), 'start') else '', range(2, 9, 3).stop, range(2, 9, 3).step)
try:
    range(0, 10, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    range(5)[5]
except IndexError as e:
    print('IndexError:', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError:', e)
it = iter(range(3))
print(next(it), next(it), next(it), next(it, 'done'))
print(type(range(3)).__name__, list(range(True, 3)))
