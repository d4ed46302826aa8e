# tuples: creation, single-element repr, indexing, slicing, count/index, immutability
t = (1, 2, 3)
print(t, (1,), (), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)))
single = 5,
print(single, type(single).__name__, len(single))
print(t[0], t[-1], t[1:], t[::-1], t[::2], t[5:])
print(t + (4,), t * 2, (0,) * 3, 2 in t, 9 not in t)
print(t.count(2), (1, 1, 2).count(1), t.index(3), ('a', 'b', 'a').index('a', 1))
print(len(t), min(t), max(t), sum(t), sorted((3, 1, 2)))
print(((1, 2), (3, (4, 5))), ((),), (None,), ('a',), ((1,),))
a, b, c = t
print(a, b, c)
x = 1, 'two', 3.0, [4], (5,)
print(x, len(x))
x[3].append(44)
print(x)
try:
    t[0] = 9
except TypeError as e:
    print('TypeError:', e)
try:
    t.index(42)
except ValueError as e:
    print('ValueError:', e)
try:
    t[10]
except IndexError as e:
    print('IndexError:', e)
try:
    del t[0]
except TypeError as e:
    print('TypeError:', e)
try:
    (1, 2) + [3]
except TypeError as e:
    print('TypeError:', e)
print(tuple(x for x in range(4) if x % 2), (lambda *a: a)(1, 2))
