# float arithmetic, floor division and modulo of negatives, mixing with int
print(7.5 + 2, 7.5 - 2, 7.5 * 2, 7.5 / 2, 7.5 // 2, 7.5 % 2)
for a, b in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (1.0, 0.3)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(2 ** 0.5, 4 ** 0.5, 2.0 ** 10, 10 ** -1, (-8.0) ** 2, 0.5 ** 2)
print(abs(-2.5), -(-2.5), +2.5, abs(-0.0))
print(3 * 0.1, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, inf / inf, nan + 1, -inf * -1)
print(inf > 1e308, nan > 0, nan < 0, nan == nan, inf == inf)
print(sum([0.1] * 10), sum([0.5, 0.25, 0.125]))
print(max(1.5, 2), min(-0.5, 0), max(1, 1.0), min(1.0, 1))
print(float(1) / 3, 1 / 3.0, 10 / 4, -10 / 4, 10 // 4.0, -10 // 4.0)
try:
    print(1.0 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(1.0 // 0.0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(5.0 % 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print('OverflowError raised', type(e).__name__, isinstance(e, ArithmeticError))
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
print((-8) ** (1 / 3) if False else 'skip complex')
print(-0.0 + 0.0, -0.0 * 1, 0.0 * -1)
