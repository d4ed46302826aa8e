# object.__repr__/__str__/__eq__/__ne__/__hash__ exist for explicit calls
# (super().__repr__(), __hash__ = object.__hash__) as in CPython.
class P:
    def __init__(self, x): self.x = x
    def __repr__(self):
        r = super().__repr__()
        return 'P(%r) ' % self.x + r.split(' object at ')[0] + '>'
print(repr(P(1)), str(P(2)))
class Q:
    pass
q = Q()
print(object.__repr__(q).startswith('<__main__.Q object at 0x'), object.__str__(q) == repr(q))
print(object.__eq__(q, q), object.__eq__(q, 1), object.__ne__(q, q), object.__ne__(q, 1))
print(type(object.__hash__(q)).__name__, hash(q) == object.__hash__(q))
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, E) and self.v == o.v
    __hash__ = object.__hash__
e = E(1)
print(e == E(1), e != E(1), e != E(2), {e: 1}[e])
class S(str):
    def __repr__(self): return 'S' + super().__repr__()
print(repr(S('x')), str(S('y')))
class Err(Exception): pass
print(str(Err('m')), repr(Err('m')))
class N:
    def __eq__(self, o): return NotImplemented
print(N() == N(), N() != N())
class L(list): pass
try:
    hash(L())
except TypeError as ex:
    print(ex)
class H:
    def __eq__(self, o): return True
try:
    hash(H())
except TypeError as ex:
    print(ex)
print(Q() == Q(), Q() != Q(), q == q, q != q)
print('__repr__' in dir(q), '__eq__' in dir(object))
print(object().__str__()[:8])
