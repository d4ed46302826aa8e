# Subclasses of list/str/int/tuple/dict whose own methods override the
# built-in ones: subscripts, iteration by list()/tuple()/sorted()/unpacking,
# str +, and a subclass's reflected operator tried first.
class D(dict):
    def __getitem__(self, k):
        return 'D:' + str(dict.__getitem__(self, k))
d = D(a=1)
print(d['a'], d.get('a'))
class M(dict):
    def __missing__(self, k): return 'missing ' + k
print(M()['zz'])
class L(list):
    def __getitem__(self, i): return 'G%r' % (i,)
    def __iter__(self): return iter(['it'])
    def __len__(self): return 42
l = L([1, 2])
print(l[0], l[-1], l[0:1], len(l), list(l), tuple(l), sorted(l), [x for x in l])
a, = l
print(a)
class S(str):
    def __add__(self, o): return 'SADD'
    def __getitem__(self, i): return 'SG'
    def __len__(self): return 7
    def __contains__(self, x): return True
print(S('a') + 'b', S('ab')[0], len(S('x')), 'q' in S('a'))
class I(int):
    def __radd__(self, o): return 'radd'
    def __add__(self, o): return 'add'
    def __eq__(self, o): return 'eq'
    def __lt__(self, o): return 'lt'
    __hash__ = int.__hash__
print(1 + I(2), I(2) + 1, I(1) == 1, I(1) < 5, 1 < I(1))
class T(tuple):
    def __getitem__(self, i): return 'TG'
print(T((1,2))[0])
class DS(dict):
    def __setitem__(self, k, v): dict.__setitem__(self, k, v * 2)
    def __contains__(self, k): return k == 'magic'
ds = DS(); ds['x'] = 5
print(ds, 'magic' in ds, 'x' in ds)
class B:
    def __mul__(self, o): return 'B.mul'
    def __rmul__(self, o): return 'B.rmul'
class E(B): pass
class F(B):
    def __rmul__(self, o): return 'F.rmul'
print(B() * E(), B() * F(), E() * B(), F() * B())
