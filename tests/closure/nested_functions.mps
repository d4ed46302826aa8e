# nested functions: function factories, closures over parameters, recursion inside closures
def power(exp):
    def raise_to(base):
        return base ** exp
    return raise_to
square, cube = power(2), power(3)
print(square(4), cube(2), power(10)(2))
def make_multiplier_list(ns):
    return [lambda x, n=n: x * n for n in ns]
print([f(3) for f in make_multiplier_list([1, 2, 3])])
def pipeline(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run
p = pipeline(lambda x: x + 1, lambda x: x * 2, str)
print(repr(p(4)))
def tree_sum(tree):
    total = 0
    def walk(node):
        nonlocal total
        if isinstance(node, list):
            for child in node:
                walk(child)
        else:
            total += node
    walk(tree)
    return total
print(tree_sum([1, [2, 3, [4]], [[5]]]))
def fib_closure():
    cache = {0: 0, 1: 1}
    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib
print(fib_closure()(60))
def once(f):
    done = False
    result = None
    def wrapper(*a):
        nonlocal done, result
        if not done:
            result = f(*a)
            done = True
        return result
    return wrapper
init = once(lambda x: print('init with', x) or x * 2)
print(init(5), init(7))
def curry(f):
    def a(x):
        def b(y):
            return f(x, y)
        return b
    return a
print(curry(lambda x, y: x - y)(10)(3))
