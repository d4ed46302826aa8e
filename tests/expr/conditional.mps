# conditional expressions, lambdas in expressions, walrus-free idioms, ellipsis and subscripts
def sign(n):
    return 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
print([sign(v) for v in (-2, 0, 3)])
x = 5
y = 'big' if x > 3 else 'small'
print(y)
print((lambda a, b=2: a * b)(4))
print((lambda *a: sum(a))(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2))
fs = [lambda: 1, lambda: 2]
print([f() for f in fs])
print(max(3, 1, 2) if x else None)
d = {'k': [10, 20, 30]}
print(d['k'][1], d['k'][-1], d['k'][::2])
s = 'hello'
print(s[1:-1][::-1], s[len(s) // 2])
print([1, 2, 3][1:][0])
print((1, (2, (3, 4)))[1][1][0])
m = [[1, 2], [3, 4]]
print(m[1][0], [row[1] for row in m])
print({'a': {'b': {'c': 42}}}['a']['b']['c'])
print('yes' if [] else 'no', 'yes' if [0] else 'no')
z = (1 if x > 0 else -1) * 10
print(z)
print(str(1) + str(2) if True else '')
print(len('abc') * 2 if 'a' in 'abc' else 0)
print(*[1, 2], *'ab', sep=',')
print([*range(3), *[7, 8]], (*'xy',), {**{'a': 1}, 'b': 2})
