# __getattribute__ defined by a class sees every attribute lookup; its
# AttributeError falls back to __getattr__; implicit special-method lookups
# (len, +, repr) bypass it, as CPython's do.

class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
        object.__setattr__(self, 'log', [])

    def __getattribute__(self, name):
        if name in ('_target', 'log', '__class__', '__dict__'):
            return object.__getattribute__(self, name)
        object.__getattribute__(self, 'log').append(name)
        return getattr(object.__getattribute__(self, '_target'), name)

    def __len__(self):
        return 99


p = Proxy([3, 1, 2])
p.sort()
p.append(0)
print(p._target, p.count(0), p.log)
print(len(p), type(p).__name__, p.__class__.__name__)
print(hasattr(p, 'nosuch'), getattr(p, 'nosuch', 'dflt'))
print(p.log)


class Fallback:
    x = 1

    def __getattribute__(self, name):
        if name.startswith('miss'):
            raise AttributeError('miss: ' + name)
        if name == 'boom':
            raise ValueError('not an AttributeError')
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return 'fallback for ' + name


f = Fallback()
f.y = 2
print(f.x, f.y, f.missing)
try:
    f.boom
except ValueError as e:
    print('ValueError', e)


# the same attribute site sees a plain instance and an overriding one:
# the inline cache must not serve the second
class Plain:
    def __init__(self):
        self.v = 'plain'

    def m(self):
        return 'plain.m'


class Counting(Plain):
    seen = 0

    def __getattribute__(self, name):
        if name == 'v':
            return 'counted'
        return super().__getattribute__(name)


def read(o):
    return o.v, o.m()


for o in [Plain(), Plain(), Counting(), Plain(), Counting()]:
    print(read(o))


# adding __getattribute__ to a class later takes effect at once
class Late:
    def __init__(self):
        self.a = 'a'


late = Late()
print(read_a := late.a)


def ga(self, name):
    return 'late ' + name


Late.__getattribute__ = ga
print(late.a, late.zzz)
del Late.__getattribute__
print(late.a)


# no __getattr__: the hook's AttributeError is what the caller sees
class Strict:
    def __getattribute__(self, name):
        raise AttributeError(f'{name} is hidden')


try:
    Strict().anything
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(Strict(), 'x'))
