def f(): pass
def f(a, b, c=1, *args, d, e=2, **kw): return a
def f(a, /, b, *, c): pass
def f(a, b=1, /, c=2, *, d, e=3): pass
def f(*, a): pass
def f(*args): pass
def f(**kw): pass
def f(a,): pass
def f(a: int, b: "str" = 'x', *c: tuple, d: int = 1, **e: dict) -> None: pass
@dec
def f(): pass
@dec(1, 2)
@a.b.c
@x[0]
def g(self):
    """doc"""
    def inner():
        nonlocal y
        y = 1
    return inner
class A: pass
class A(B): pass
class A(B, C, metaclass=M, **kw):
    x = 1
    def m(self): return super().m()
@dataclass
class D():
    a: int
    b: str = 'x'
lambda: 0
lambda x: x
lambda x, y=1, *a, z, w=2, **k: x
lambda *a, **k: 0
lambda x, /, y: 0
lambda *, k: k
lambda x,: x
f = lambda: (yield)
def gen():
    x = yield
    y = yield x
    z = yield from y
    await_ = 1
