# del of names, list items, slices, dict keys, attributes
x = 1
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
del a[:]
print(a)
d = {'a': 1, 'b': 2, 'c': 3}
del d['b']
print(d)
try:
    del d['zz']
except KeyError as e:
    print('KeyError:', e)
class C:
    pass
c = C()
c.attr = 5
c.other = 6
del c.attr
print(hasattr(c, 'attr'), c.other)
try:
    del c.attr
except AttributeError as e:
    print('AttributeError:', e)
p, q = 1, 2
del p, q
print('p' in globals(), 'q' in globals())
m = [[1, 2], [3, 4]]
del m[0][1]
print(m)
def f():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return 'UnboundLocalError: ' + str(e)
print(f())
try:
    l = [1]
    del l[5]
except IndexError as e:
    print('IndexError:', e)
