# float repr: shortest round-trip, exponent thresholds, special values
vals = [0.1, 0.2, 0.3, 0.1 + 0.2, 1.0, -1.0, 0.0, -0.0, 1.5, 100.0, 1e15, 1e16, 1.5e16,
        123456789012345678.0, 1e-4, 1e-5, 0.00012345, 1.5e300, 1.5e-300, 2.5e-310,
        3.141592653589793, 2 / 3, 1 / 7, 1e100, 9007199254740993.0, 0.1 * 3, 1e23, 5e-324]
for v in vals:
    print(repr(v), str(v))
print(float('inf'), float('-inf'), float('nan'), -float('inf'))
print(repr(float('inf')), str(float('nan')))
print([0.5, float('inf'), -0.0])
print(1e16 - 1, 1e16 + 2, 2.0 ** 53, 2.0 ** 53 + 1)
print(123.456, -123.456, 1234567.0, 12345678.9)
print(float(10 ** 16), float(10 ** 15), float(2 ** 63))
print(0.1 + 0.7, 1.1 * 3, 4.35 * 100)
print(1 / 3 * 3, 100 * 1.1)
for s in ['0.1', '1e-7', '1E+5', '-0', '+1.5', '  3.25  ', 'Infinity', '-inf', 'NaN', '1_0.5']:
    print(repr(float(s)))
