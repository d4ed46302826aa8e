# dict insertion order, reassign keeps position, delete+reinsert moves to end, views are live
d = {}
for k in ['z', 'a', 'm', 'b']:
    d[k] = len(d)
print(d)
d['a'] = 100
print(d)
del d['z']
d['z'] = -1
print(d)
ks = d.keys()
vs = d.values()
it = d.items()
d['new'] = 5
print(ks, len(ks), 'new' in ks)
print(list(vs), ('new', 5) in it)
for k in d:
    print(k, d[k], end='; ')
print()
for k, v in d.items():
    print(f'{k}={v}', end=' ')
print()
print(sorted(d), sorted(d.items(), key=lambda kv: kv[1]))
print(list(reversed(list(d))), max(d, key=d.get), min(d.values()))
print(dict(zip('abc', range(3))), dict([('x', 1)], y=2), dict(a=1, b=2))
print({1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, {1: 'a'} != {1: 'b'})
print({**{'a': 1, 'b': 2}, **{'b': 3, 'c': 4}})
try:
    for k in d:
        d['added'] = 1
except RuntimeError as e:
    print('RuntimeError:', e)
print(list(d.keys())[-1])
