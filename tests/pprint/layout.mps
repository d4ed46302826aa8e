# pprint: layout of nested dicts/lists/tuples/sets, widths, indent, depth, compact, sort_dicts
import pprint
from collections import OrderedDict, defaultdict, Counter, deque

data = {'name': 'example', 'numbers': list(range(25)), 'nested': {'b': [1, 2, {'x': (1, 2, 3)}], 'a': ('t',) * 12},
        'tuple1': (1,), 'empty': [], 'edict': {}, 'etuple': (), 'eset': set(), 'fs': frozenset(),
        'floats': [0.1, 1e20, -2.5], 'none': None, 'flags': [True, False]}
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=120)
pprint.pprint(data, indent=4, width=50)
pprint.pprint(data, depth=1)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True)
pprint.pprint(data, compact=True, width=30, indent=3)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp(data, width=60)
print(pprint.pformat(list(range(40)), width=30, compact=True))
print(pprint.pformat([[1, 2, 3]] * 6, width=20))
print(pprint.pformat(((1, 2), (3, 4), [5, (6,)]), width=10))
print(pprint.pformat({i: chr(97 + i) * i for i in range(12)}, width=30))
print(pprint.pformat(set(range(30)), width=40))
print(pprint.pformat(frozenset(range(30)), width=40))
print(pprint.pformat({'k': set(range(20))}, width=30))
print(pprint.pformat([123456789, 10**20], underscore_numbers=True))
print(pprint.pformat({'big': 12345678901234567890}, underscore_numbers=True, width=10))
print(pprint.pformat({3: 1, 'a': 2, (1,): 3, None: 4, 2.5: 5}))
print(pprint.pformat(OrderedDict((str(i), i) for i in range(12)), width=40))
print(pprint.pformat(OrderedDict()))
print(pprint.pformat(defaultdict(list, {'a': list(range(15)), 'b': [1]}), width=40))
print(pprint.pformat(Counter('abracadabra' * 3), width=30))
print(pprint.pformat(deque(range(30)), width=40))
print(pprint.pformat(deque(range(30), maxlen=40), width=40))
class D(dict):
    pass
class L(list):
    def __repr__(self):
        return 'L<%d>' % len(self)
print(pprint.pformat(D(a=list(range(30))), width=40))
print(pprint.pformat([L(range(100)), L()], width=10))
print(pprint.pformat((list(range(20)),), width=30))
pp = pprint.PrettyPrinter(indent=2, width=30)
pp.pprint(data['nested'])
print(pp.pformat([{'a': 1, 'b': [1, 2, 3] * 5}]))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(type(e).__name__, e)
