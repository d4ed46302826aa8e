# decorators: registries, class decorators, decorator classes, counting calls, caching
registry = {}
def register(name):
    def deco(f):
        registry[name] = f
        return f
    return deco
@register('sq')
def square(x):
    return x * x
@register('neg')
def negate(x):
    return -x
print(sorted(registry), [registry[k](3) for k in sorted(registry)])
class CountCalls:
    def __init__(self, f):
        self.f = f
        self.count = 0
    def __call__(self, *args):
        self.count += 1
        return self.f(*args)
@CountCalls
def hello():
    return 'hi'
hello(); hello(); hello()
print(hello.count, hello())
def add_method(cls):
    cls.extra = lambda self: 'extra on ' + type(self).__name__
    return cls
@add_method
class Thing:
    pass
print(Thing().extra())
def cache(f):
    memo = {}
    def wrapper(n):
        if n not in memo:
            memo[n] = f(n)
        return memo[n]
    return wrapper
@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100))
def validate(*types):
    def deco(f):
        def wrapper(*args):
            for a, t in zip(args, types):
                if not isinstance(a, t):
                    raise TypeError(f'expected {t.__name__}, got {type(a).__name__}')
            return f(*args)
        return wrapper
    return deco
@validate(int, str)
def pair(n, s):
    return s * n
print(pair(2, 'ab'))
try:
    pair('2', 'ab')
except TypeError as e:
    print('TypeError:', e)
class Service:
    @staticmethod
    @validate(int)
    def double(n):
        return 2 * n
    @property
    def name(self):
        return 'svc'
print(Service.double(21), Service().name)
