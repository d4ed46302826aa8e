# dict methods: get keys values items pop setdefault update copy clear popitem fromkeys
d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get('a', 0))
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop('a'), d, d.pop('zz', 'default'))
print(d.setdefault('b', 99), d.setdefault('c', 3), d.setdefault('n'), d)
d.update({'x': 10, 'b': 20})
print(d)
d.update(y=1, z=2)
print(d)
d.update([('p', 0), ('q', 1)])
print(d)
e = d.copy()
e['new'] = 1
print(len(d), len(e), 'new' in d)
print(d.popitem(), d)
d.clear()
print(d, len(d))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
try:
    {}.pop('missing')
except KeyError as e:
    print('KeyError:', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError:', e)
try:
    d['nope']
except KeyError as e:
    print('KeyError:', e, repr(e), e.args)
try:
    {1: 2}[(1, 2)]
except KeyError as e:
    print('KeyError:', e)
try:
    {}[[1]]
except TypeError as e:
    print('TypeError:', e)
