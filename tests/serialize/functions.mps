# mps: not-python (functions by value: CPython's pickle cannot do this)
from _serialize import dumps, loads

def rt(x):
    return loads(dumps(x))

# a module-level function travels by reference
def square(x):
    return x * x
print(rt(square) is square, rt(square)(7))

# a lambda travels by value
f = rt(lambda x, y=10: x + y)
print(f(1), f(1, 2), f.__name__)

# a closure, with its cell contents
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = rt(make_adder(5))
print(add5(10), add5.__qualname__)

# closures sharing one cell keep sharing it
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = rt(make_counter())
inc()
inc()
print(get())

# a recursive nested function (its cell holds itself)
def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(rt(make_fact())(10))

# globals are those of the module the function comes from
GLOBAL_SCALE = 3
g = rt(lambda v: v * GLOBAL_SCALE)
print(g(4))

# keyword-only defaults, *args, **kwargs, docstring
def outer():
    def inner(a, *rest, scale=2, **kw):
        "inner doc"
        return (a * scale, rest, sorted(kw.items()))
    return inner
h = rt(outer())
print(h(1, 2, 3, scale=5, z=1), h.__doc__)

# a generator function by value
def gen_maker(k):
    def gen(n):
        for i in range(n):
            yield i * k
    return gen
print(list(rt(gen_maker(3))(4)))

# nested code objects (a lambda that makes lambdas) and comprehensions
mk = rt(lambda n: [lambda x, i=i: x + i for i in range(n)])
print([fn(100) for fn in mk(3)])

# functions inside containers, sharing
fs = rt([abs, len, max, square, square])
print(fs[0](-3), fs[1]('abc'), fs[2](1, 9), fs[3] is fs[4])

# exception handling inside a by-value function
def safe_div():
    def div(a, b):
        try:
            return a / b
        except ZeroDivisionError as e:
            return 'error: ' + str(e)
        finally:
            pass
    return div
sd = rt(safe_div())
print(sd(1, 2), sd(1, 0))

# a class method and a bound method of an instance
class Acc:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
        return len(self.items)
a = Acc()
a.add('first')
m = rt(a.add)
print(m('second'), m.__self__.items)

# a lambda closing over an instance
class Box:
    def __init__(self, v):
        self.v = v
b = Box(41)
cl = rt(lambda: b.v + 1)
print(cl())
