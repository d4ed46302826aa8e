# dict equality, membership, len, iteration after deletion, bool/int key collisions, get on nested
a = {'x': 1, 'y': [1, 2]}
b = {'y': [1, 2], 'x': 1}
print(a == b, a is b, a != {'x': 1})
print('x' in a, 1 in a, 'y' not in a, len(a))
c = {1: 'one', True: 'true', 1.0: 'float'}
print(c, len(c))
d = dict.fromkeys(range(5), 0)
for k in list(d):
    if k % 2:
        del d[k]
print(d)
e = {'k': None}
print(e.get('k', 'dflt'), e.get('m', 'dflt'), 'k' in e)
cfg = {'db': {'host': 'h', 'port': 5432}}
print(cfg.get('db', {}).get('port'), cfg.get('cache', {}).get('port', 'none'))
f = {str(i): i ** 2 for i in range(4)}
print(f, list(f)[2])
g = dict(f)
g['0'] = 'changed'
print(f['0'], g['0'])
print(dict(sorted({'b': 2, 'a': 1, 'c': 0}.items())))
h = {}
h[1] = 'a'; h[2] = 'b'; del h[1]; h[1] = 'c'
print(h, list(h.items()))
try:
    dict([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print('ValueError:', e)
print(type({}).__name__, isinstance({}, dict))
