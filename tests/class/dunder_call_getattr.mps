# __call__ makes instances callable; __getattr__ is used only for missing attributes
class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, y=1):
        return self.k * x * y
double = Multiplier(2)
print(double(5), double(5, y=3), callable(double), list(map(double, [1, 2])))
class Proxy:
    def __init__(self, target):
        self.target = target
        self.misses = []
    def __getattr__(self, name):
        self.misses.append(name)
        return getattr(self.target, name)
p = Proxy([3, 1, 2])
p.append(0)
print(p.target, p.misses)
print(p.count(1), p.misses, p.target is p.__dict__['target'] if hasattr(p, '__dict__') else True)
class Dyn:
    real = 'real attribute'
    def __getattr__(self, name):
        if name.startswith('get_'):
            return lambda: name[4:]
        raise AttributeError(f'Dyn has no {name}')
d = Dyn()
print(d.real, d.get_thing(), d.get_other())
try:
    d.missing
except AttributeError as e:
    print('AttributeError:', e)
print(hasattr(d, 'get_x'), hasattr(d, 'nope'), getattr(d, 'nope', 'dflt'))
class CallCounter:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.f(*a, **k)
cc = CallCounter(lambda a, b=0: a + b)
print(cc(1), cc(1, b=5), cc.calls)
class Chain:
    def __init__(self, path=''):
        self.path = path
    def __getattr__(self, name):
        return Chain(self.path + '/' + name)
    def __repr__(self):
        return 'Chain(' + repr(self.path) + ')'
print(Chain().api.v1.users)
