# float repr: the shortest round-tripping digits, also just above a power of two's smaller lower gap
import math
for k in (-1074, -1073, -1022, -1021, -1016, -1006, -958, -943, -44, -10, 0, 1, 52, 53, 63, 64, 100, 1023):
    x = math.ldexp(1.0, k)
    print(k, repr(x), repr(-x), str(x), repr(x * 3))
# every power of two whose shortest repr is not the correctly rounded digits
odd = []
for k in range(-1074, 1024):
    x = math.ldexp(1.0, k)
    r = repr(x)
    if float(r) != x:
        print('no round trip', k)
    digits = len(r.split('e')[0].replace('.', '').replace('-', '').lstrip('0'))
    if r != '%.*e' % (digits - 1, x) and 'e' in r and float('%.*e' % (digits - 1, x)) != x:
        odd.append(k)
print(len(odd), odd[:10])
for k in odd:
    print(repr(math.ldexp(1.0, k)))
print(5.684341886080802e-14, 2 ** -44, [2.0 ** -44], f'{2.0 ** -44}', '%r' % 2.0 ** -44)
print(0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e22, 1e23, 9007199254740993.0, 5e-324, 1.7976931348623157e308)
print(-0.0, 0.0, 1e16, 1e-5, 1e-4, 123456789012345678.0, 0.000123)
