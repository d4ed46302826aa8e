for s in ('0x1.8p1', '-0x1p-1074', '1.8p1', ' 0x1 ', 'inf', '-Infinity', 'nan', '0x.8', '0x1.', 'ff', '0x1p+3', '0X1P3',
          'x', '', '0x', '0x1p', '1e3', '0x1.8p1x', '0x1p99999', '0x1.fffffffffffffp1023', '0x0.0000000000001p-1022'):
    try:
        print(repr(s), float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for x in (1.5, -0.1, 5e-324, 1e308, 3.0):
    print(float.fromhex(x.hex()) == x)
print(type(float.fromhex('0x1p0')).__name__)
for x in (5e-324, -2.2250738585072014e-308 / 3, 2.2250738585072014e-308, 1.0, 0.1, -0.0): print(x.hex())
d = {'a': 1, 'b': 2}
print(d.keys().isdisjoint(['x', 'y']), d.keys().isdisjoint('ab'), d.items().isdisjoint([('a', 1)]), d.items().isdisjoint([('a', 2)]))
print(dict.fromkeys('ab', 0), str.maketrans('a', 'b'), int.from_bytes(b'\x01\x00', 'big'))
try:
    d.keys().isdisjoint(5)
except TypeError as e:
    print('TypeError:', e)
try:
    d.values().isdisjoint([])
except AttributeError as e:
    print('AttributeError:', e)
