# collections.defaultdict: default_factory is an ordinary attribute; repr as CPython
from collections import defaultdict
d = defaultdict(list, {'a': [1]})
d['b'].append(2)
print(d, repr(d), d.default_factory)
print(defaultdict(), defaultdict(int, x=1), defaultdict(None, {1: 2}))
c = d.copy(); c['z']; print(type(c).__name__, c, c.default_factory is list)
e = defaultdict(int)
for w in "a b a c b a".split(): e[w] += 1
print(sorted(e.items()), len(e), 'q' in e, e.get('q'))
e.default_factory = lambda: -1
print(e['new'])
e.default_factory = None
try: e['missing']
except KeyError as k: print("KeyError", k)
class My(defaultdict):
    pass
m = My(set); m[1].add(2); print(m, m.default_factory)
try: defaultdict(5)
except TypeError as x: print(x)
n = defaultdict(lambda: defaultdict(int)); n['x']['y'] += 3; print(n['x']['y'], dict(n['x']))
g = defaultdict(list)
for i in range(500):
    g[i % 7].append(i)
print({k: len(v) for k, v in sorted(g.items())}, g.default_factory)
