# list indexing, slicing, slice assignment and deletion, negative steps
a = list(range(10))
print(a[2], a[-1], a[2:5], a[:3], a[7:], a[::2], a[::-1], a[-3:], a[8:2:-2])
print(a[100:], a[-100:2], a[5:1], a[::-3])
b = a[:]
b[0] = 'x'
print(a[0], b[0])
a[2:4] = ['a', 'b', 'c']
print(a)
a[1:1] = [100, 200]
print(a)
a[:2] = []
print(a)
a[-2:] = 'XY'
print(a)
a[::2] = [0] * len(a[::2])
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print('ValueError:', e)
del a[1::3]
print(a)
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
bad = [[0] * 2] * 2
bad[0][0] = 1
print(bad)
try:
    a[50]
except IndexError as e:
    print('IndexError:', e)
try:
    a[50] = 1
except IndexError as e:
    print('IndexError:', e)
try:
    a['x']
except TypeError as e:
    print('TypeError:', e)
c = [1, 2, 3]
c[len(c):] = [4, 5]
print(c, c[-1:-6:-2])
c[:] = []
print(c)
