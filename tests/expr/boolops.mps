# and / or / not return operands and short-circuit; truthiness of values
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or 'x', '' or [] or 0)
print([] and 1, [0] and 1, 'a' and 'b' and 'c', 'a' or 1/0)
print(not [], not [0], not '', not 'a', not 0.0, not None)
def t(name, val):
    print('eval', name)
    return val
print(t('a', 0) and t('b', 1))
print(t('a', 1) and t('b', 2))
print(t('a', 1) or t('b', 2))
print(t('a', 0) or t('b', 0) or t('c', 'last'))
for v in [0, 1, -1, 0.0, 0.1, '', ' ', [], [[]], (), (0,), {}, {0: 0}, set(), None, True, False, range(0), range(1)]:
    print(repr(v), bool(v))
x = None
print(x is None and 'none' or 'some')
y = 0
y = y or 10
print(y)
print(bool(0 or None), bool(1 and 'x'))
print((1 and None) is None)
