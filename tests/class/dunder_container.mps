# container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __bool__
class Bag:
    def __init__(self):
        self.d = {}
    def __len__(self):
        return len(self.d)
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        print('set', k, v)
        self.d[k] = v
    def __delitem__(self, k):
        print('del', k)
        del self.d[k]
    def __contains__(self, k):
        return k in self.d
    def __iter__(self):
        return iter(sorted(self.d))
b = Bag()
b['x'] = 1
b['y'] = 2
print(len(b), b['x'], 'x' in b, 'z' in b, 'z' not in b, list(b), bool(b))
del b['x']
print(len(b), list(b))
try:
    b['nope']
except KeyError as e:
    print('KeyError:', e)
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), [x for x in Seq()])
class Grid:
    def __getitem__(self, key):
        r, c = key
        return r * 10 + c
g = Grid()
print(g[1, 2], g[(3, 4)])
class Sliceable:
    def __getitem__(self, s):
        return s
sl = Sliceable()[1:5:2]
print(sl.start, sl.stop, sl.step, type(sl).__name__)
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v > 0
print(bool(Truthy(1)), bool(Truthy(-1)), 'yes' if Truthy(5) else 'no', not Truthy(0))
class LenOnly:
    def __len__(self):
        return 0
print(bool(LenOnly()), len(LenOnly()))
class Default:
    pass
print(bool(Default()))
