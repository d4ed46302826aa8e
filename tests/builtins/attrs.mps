# getattr (with default), setattr, hasattr, delattr, callable, vars, dir of a small class
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
p = Point(3, -4)
print(getattr(p, 'x'), getattr(p, 'z', 'default'), getattr(p, 'dims'), getattr(Point, 'dims'))
setattr(p, 'z', 10)
print(p.z, hasattr(p, 'z'), hasattr(p, 'w'), hasattr(p, 'norm1'), hasattr(Point, 'x'))
delattr(p, 'z')
print(hasattr(p, 'z'))
print(getattr(p, 'norm1')(), callable(getattr(p, 'norm1')))
print(vars(p))
p.extra = [1]
print(vars(p), sorted(vars(p)))
print([n for n in dir(p) if not n.startswith('_')])
print([n for n in dir(Point) if not n.startswith('_')])
print(callable(len), callable(Point), callable(p), callable(None), callable(lambda: 0), callable('str'))
try:
    getattr(p, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
try:
    delattr(p, 'missing')
except AttributeError as e:
    print('AttributeError:', e)
try:
    getattr(p, 5)
except TypeError as e:
    print('TypeError:', e)
for name in ['x', 'y']:
    setattr(p, name, getattr(p, name) * 10)
print(p.x, p.y)
print(getattr([], 'append') is not None, getattr('abc', 'upper')())
