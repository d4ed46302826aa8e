# functions as values: attributes, passing, returning, storing in containers, docstrings, None return
def greet(name):
    """Return a greeting."""
    return 'hi ' + name
print(greet.__name__, greet.__doc__)
def noret():
    pass
def bare():
    return
print(noret(), bare())
def apply(f, *args):
    return f(*args)
print(apply(greet, 'bob'), apply(max, 3, 9, 2), apply(len, 'four'))
handlers = [str.upper, str.lower, len]
print([h('MiX') for h in handlers])
def counter_fn():
    counter_fn.calls += 1
    return counter_fn.calls
counter_fn.calls = 0
counter_fn(); counter_fn()
print(counter_fn.calls)
def outer():
    def inner():
        return 'inner'
    return inner
print(outer()(), outer().__name__)
def multi():
    return 1, [2], {'three': 3}
a, b, c = multi()
print(a, b, c)
def early(x):
    if x:
        return 'early'
    print('falls through')
print(early(1), early(0))
def shadow(len):
    return len * 2
print(shadow(4), len('abc'))
def recurse_default(n, acc=None):
    acc = [] if acc is None else acc
    if n:
        acc.append(n)
        return recurse_default(n - 1, acc)
    return acc
print(recurse_default(3))
f = greet
del greet
print(f('again'))
print(type(f).__name__, callable(f))
