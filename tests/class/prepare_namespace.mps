# __prepare__ may return a dict subclass: the class body stores, reads and
# deletes names through its __setitem__, __getitem__ and __delitem__.

class RecordingNS(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if key in self and not key.startswith('__'):
            raise TypeError(f'{key!r} defined twice')
        self.order.append(key)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        if key == 'magic':
            return 'from the namespace'
        return super().__getitem__(key)

    def __delitem__(self, key):
        print('delitem', key)
        super().__delitem__(key)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return RecordingNS()

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._order = [k for k in ns.order if not k.startswith('__')]
        print('new', name, type(ns).__name__, sorted(k for k in ns.order if k.startswith('__')))
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


class C(metaclass=Meta, flavour='x'):
    a = 1
    b = magic
    c = a + 1

    def f(self):
        return self.c
    tmp = 3
    del tmp


print(C._order, C.b, C.c, C().f(), hasattr(C, 'tmp'))

try:
    class D(metaclass=Meta):
        x = 1
        x = 2
except TypeError as e:
    print('TypeError', e)
try:
    class E(metaclass=Meta):
        del nothere
except NameError as e:
    print('NameError', e)


# a name the namespace lacks falls back to the globals and builtins
top = 'global value'


class F(metaclass=Meta):
    seen = (top, len('abc'))


print(F.seen)
