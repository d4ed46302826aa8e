# Parameter and return annotations: evaluated when the def runs, in
# CPython's order (args before posonlyargs), kept in __annotations__.
def f(a: 1, /, b: 2, *c: 3, d: 4, **e: 5) -> 6: pass
print(f.__annotations__)
f.__annotations__ = None
print(f.__annotations__)
f.__annotations__['x'] = int
print(f.__annotations__)
del f.__annotations__
print(f.__annotations__)
try: f.__annotations__ = 3
except TypeError as e: print(e)
print((lambda x: 0).__annotations__)
class C:
    def m(self, __x: int) -> 'C': pass
print(C.m.__annotations__)
def g(x: int | None = None, *, y: list[int] = []) -> dict[str, int | None]: return x
print(g.__annotations__, g(), g.__defaults__, g.__kwdefaults__)
def outer():
    k = 5
    def inner(z: k = k) -> k: return z + k
    return inner
print(outer()(), outer().__annotations__)
import functools
@functools.wraps(g)
def w(*a): pass
print(w.__annotations__)
def h(): pass
print(h.__annotations__, h.__annotations__ is h.__annotations__)
order = []
def note(x):
    order.append(x)
    return x
def k(a: note('a') = note('default a'), *, b: note('b') = note('default b')) -> note('ret'):
    pass
print(order, k.__annotations__)
try:
    def bad(x: undefined_name): pass
except NameError as e:
    print('NameError:', e)
