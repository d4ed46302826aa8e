# closures and decorators: memoize, call counter, argument validation, decorator factories, wraps, class decorators
import functools

def memoize(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

def counted(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    return wrapper

def check_types(**types):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            names = fn.__code__.co_varnames[:fn.__code__.co_argcount]
            for name, value in list(zip(names, args)) + list(kwargs.items()):
                if name in types and not isinstance(value, types[name]):
                    raise TypeError(f"{fn.__name__}: {name} must be {types[name].__name__}, got {type(value).__name__}")
            return fn(*args, **kwargs)
        return wrapper
    return deco

@memoize
@counted
def binom(n, k):
    """n choose k"""
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)

print(binom(20, 10), binom.__name__, binom.__doc__, len(binom.cache), binom.__wrapped__.calls)

@check_types(name=str, times=int)
def greet(name, times=1):
    return ", ".join([f"hi {name}"] * times)

print(greet("bob", 2), greet(name="amy"))
for bad in [(5,), ("x", "y")]:
    try:
        greet(*bad)
    except TypeError as e:
        print(e)

def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    return inc, reset

inc, reset = make_counter(10, 5)
print(inc(), inc(), inc())
reset()
print(inc())
adders = [lambda x, i=i: x + i for i in range(4)]
late = [lambda x: x + i for i in range(4)]
print([f(10) for f in adders], [f(10) for f in late])

def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco

@repeat(3)
def shout(w):
    return w.upper() + "!"
print(shout("hey"))

registry = {}
def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls

@register
class Circle:
    def area(self, r):
        return round(3.14159 * r * r, 2)

@register
class Square:
    def area(self, s):
        return s * s

print(sorted(registry), registry["circle"]().area(2), registry["square"]().area(3))

class Trace:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.depth = 0
    def __call__(self, *args):
        print("  " * self.depth + f"-> {self.fn.__name__}{args}")
        self.depth += 1
        r = self.fn(*args)
        self.depth -= 1
        print("  " * self.depth + f"<- {r}")
        return r

@Trace
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(4), fact.__name__)
compose = lambda *fs: functools.reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(str.strip, str.lower, lambda s: s.replace(" ", "_"))("  Hello Big World "))
p = functools.partial(int, base=2)
print(p("1011"), p.func is int, p.keywords, functools.partial(pow, 2)(10))
