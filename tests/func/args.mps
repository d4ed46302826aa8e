# function parameters: defaults, keyword arguments, *args, **kwargs, keyword-only
def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, 20), f(1, c=30), f(a=5, b=6, c=7), f(c=0, a=9))
def g(*args):
    return args
print(g(), g(1), g(1, 'two', [3]))
def h(**kwargs):
    return kwargs
print(h(), h(x=1, y=2))
def full(a, b=0, *args, kw_only, kw_def='d', **rest):
    return f'a={a} b={b} args={args} kw_only={kw_only} kw_def={kw_def} rest={rest}'
print(full(1, kw_only='K'))
print(full(1, 2, 3, 4, kw_only='K', extra=5, kw_def='x'))
def kwonly(*, x, y=10):
    return x + y
print(kwonly(x=1), kwonly(y=1, x=2))
def mixed(a, *, b):
    return a - b
print(mixed(10, b=3))
args = (1, 2)
kw = {'c': 9}
print(f(*args), f(*args, **kw), f(**{'a': 'A'}), f(*[1], **{'b': 'B'}), f(1, *[2, 3]))
print(g(*'abc', *range(2)), h(**{'k': 1}, **{'j': 2}))
def default_expr(x, y=len('four')):
    return x * y
print(default_expr(2))
def sentinel(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(sentinel(), sentinel(), sentinel([0]))
def mutable_default(x, acc=[]):
    acc.append(x)
    return acc
print(mutable_default(1), mutable_default(2), mutable_default(3, []))
print(mutable_default.__defaults__ if False else 'defaults shared')
def annotated(x: int, y: str = 'z') -> str:
    return str(x) + y
print(annotated(5))
