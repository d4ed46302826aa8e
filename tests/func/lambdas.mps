# lambda expressions: defaults, closures, in sorted/map/filter, immediately called, returning lambdas
sq = lambda x: x * x
print(sq(7), (lambda: 'no args')(), (lambda a, b=2: a + b)(1))
print((lambda *a, **k: (a, k))(1, 2, x=3))
print(list(map(lambda x: x + 1, [1, 2, 3])), list(filter(lambda s: len(s) > 1, ['a', 'bb', 'ccc'])))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
make_adder = lambda n: lambda x: x + n
add5 = make_adder(5)
print(add5(10), make_adder(1)(1))
ops = {'+': lambda a, b: a + b, '-': lambda a, b: a - b, '*': lambda a, b: a * b}
print([ops[o](6, 3) for o in '+-*'])
fs = [lambda x, i=i: x * i for i in range(4)]
print([f(10) for f in fs])
late = [lambda: i for i in range(3)]
print([f() for f in late])
print(sq.__name__, (lambda: 0).__name__)
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, add5)(1), compose(add5, sq)(1))
print((lambda x: (lambda y: x * y))(3)(4))
cond = lambda x: 'pos' if x > 0 else ('zero' if x == 0 else 'neg')
print(cond(5), cond(0), cond(-5))
print(callable(sq), callable(5))
