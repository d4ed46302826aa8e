# str() and repr() of built-in values and containers
vals = [0, -1, 1.0, 2.5e-8, 'txt', '', None, True, False, [], [1, [2, [3]]], (), (1,), (1, 2),
        {}, {'a': [1, {'b': None}]}, set(), {3}, frozenset(), frozenset({1}), b'by', range(3),
        range(1, 10, 2), [1.5, 'a', None, (True,)], ..., {1: (2, 3)}, [[]], ((),)]
for v in vals:
    print(str(v), '|', repr(v))
print(str(int), str(str), str(type(None)), str(ValueError))
print(repr(ValueError('bad')), str(ValueError('bad')), repr(KeyError('k')), str(KeyError('k')))
print(repr(Exception()), repr(Exception(1, 'two')), str(Exception(1, 'two')))
print(repr(len), repr(print) if False else 'builtin skip')
class Plain:
    pass
print(type(Plain()).__name__, Plain.__name__, str(Plain)[:8] == "<class '")
print(repr(type(1)), repr(type('')), repr(type([])), repr(type({})))
