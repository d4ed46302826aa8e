# generators: yield, lazy execution order, next(), StopIteration at end, return value ends iteration
def gen():
    print('start')
    yield 1
    print('middle')
    yield 2
    print('end')
g = gen()
print('created', type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print('StopIteration')
print(next(g, 'exhausted'))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)), max(countdown(3)))
for v in countdown(3):
    print('v', v)
def with_return():
    yield 'a'
    return 'result'
    yield 'never'
print(list(with_return()))
try:
    g2 = with_return()
    next(g2)
    next(g2)
except StopIteration as e:
    print('return value:', e.value, e.args)
def empty():
    return
    yield
print(list(empty()))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def squares(xs):
    for x in xs:
        yield x * x
print(list(squares(range(5))), sum(squares([1, 2, 3])), sorted(squares([-3, 1, 2])))
g3 = countdown(2)
print(iter(g3) is g3, list(g3), list(g3))
def gen_args(a, *rest, k=0):
    yield a
    yield from rest
    yield k
print(list(gen_args(1, 2, 3, k=4)))
