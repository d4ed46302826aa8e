# tuple packing/unpacking in assignments, loops, returns, function args, starred
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([3, 9, 1])
print(lo, hi)
r = minmax([5])
print(r, type(r).__name__)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x * y)
head, *tail = (1, 2, 3)
print(head, tail, type(tail).__name__)
*a, (b, c) = 1, 2, (3, 4)
print(a, b, c)
def f(*args):
    return args
print(f(), f(1), f(*(1, 2)), f(*[3], *(4, 5)))
pt = (3, 4)
print('%d,%d' % pt, '{},{}'.format(*pt))
t = ()
t += (1,)
t += 2, 3
print(t)
nested = ((1, 2), (3, 4))
print([a + b for a, b in nested], dict(nested))
(x, y), z = [1, 2], 3
print(x, y, z)
a = b = 1, 2
print(a is b, a)
try:
    x, y = (1, 2, 3)
except ValueError as e:
    print('ValueError:', e)
try:
    x, y = 5
except TypeError as e:
    print('TypeError:', e)
