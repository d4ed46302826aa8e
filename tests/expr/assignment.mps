# assignment forms: chained, tuple/list unpacking, starred, nested, swap, augmented
a = b = c = 0
print(a, b, c)
a = b = []
a.append(1)
print(b)
x, y = 1, 2
print(x, y)
x, y = y, x
print(x, y)
[p, q] = 'ab'
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'hello'
print(init, last)
h, *mid, t = range(5)
print(h, mid, t)
a, *b = [1]
print(a, b)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
for i, (k, v) in enumerate({'x': 1, 'y': 2}.items()):
    print(i, k, v)
lst = [0, 0, 0]
lst[0], lst[2] = 'a', 'c'
print(lst)
i = 0
i, lst[i] = 1, 'z'
print(i, lst)
n = 10
n += 5; print(n)
n -= 3; print(n)
n *= 2; print(n)
n //= 5; print(n)
n %= 3; print(n)
n **= 4; print(n)
n <<= 3; print(n)
n >>= 1; print(n)
n |= 1; print(n)
n &= 6; print(n)
n ^= 15; print(n)
f = 7
f /= 2; print(f)
s = 'ab'; s += 'cd'; s *= 2; print(s)
l = [1]; l2 = l; l += [2]; print(l2)
t = (1,); t2 = t; t += (2,); print(t, t2)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
