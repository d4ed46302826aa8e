# Metaclasses: type as a base, metaclass=, inherited and most-derived metaclass, __new__/__init__/__call__/__prepare__, operators and properties on the metaclass, __instancecheck__, a function as metaclass.
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print('Meta.__new__', mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.registry = []
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print('meta call', cls.__name__, a)
        obj = super().__call__(*a, **k)
        cls.registry.append(obj)
        return obj
    def __instancecheck__(cls, obj):
        return obj == 42 or type.__instancecheck__(cls, obj) if False else obj == 42 or type(obj) is cls
    def __len__(cls):
        return len(cls.registry)
    def __iter__(cls):
        return iter(cls.registry)
    def __getitem__(cls, i):
        return cls.registry[i]
    def __repr__(cls):
        return '<Meta class %s>' % cls.__name__
    def describe(cls):
        return 'described ' + cls.__name__
    @property
    def size(cls):
        return len(cls.registry)

class A(metaclass=Meta):
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return 'A(%r)' % self.x

a = A(5); b = A(6)
print(type(A), type(A).__name__, isinstance(A, Meta), isinstance(A, type), A)
print(len(A), list(A), A[1], A.describe(), A.size, isinstance(42, A), isinstance(a, A))
class B(A):
    pass
print(type(B), B(7), list(B), B.registry)
class Plain: pass
print(type(Plain), type(int), Meta.__mro__, Meta.__bases__)
X = Meta('X', (), {'y': 1})
print(X, X.y, type(X))
class WithKw(metaclass=Meta, flag=True):
    def __init_subclass__(cls, **kw): pass
class M2(type): pass
try:
    class C(A, metaclass=M2): pass
except TypeError as e: print(e)
class Pre(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, kw)
        d = {'injected': 1}
        return d
class P(metaclass=Pre):
    z = injected + 1
print(P.z, P.injected)
def fmeta(name, bases, ns):
    return 'made ' + name
class F(metaclass=fmeta): pass
print(F)
class Sup(metaclass=Meta):
    def m(self): return __class__
print(Sup().m() is Sup)
