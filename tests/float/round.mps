# round(): half-even for ints and floats, ndigits positive and negative, return types
print(round(0.5), round(1.5), round(2.5), round(3.5), round(-0.5), round(-1.5), round(-2.5))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), round(-3.7), round(3.7))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2))
print(round(15, -1), round(25, -1), round(5, -1), round(7))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 1)).__name__)
print(round(1e16 + 0.5), round(123456789.987654321, 4))
print(round(0.1 + 0.2, 10), round(2.0 / 3, 5), round(-0.0001, 2))
print(round(1.23456e-10, 12), round(9.995, 2), round(0.05, 1), round(0.15, 1))
for x in [0.4, 0.6, 1.4999, 1.5001, 2.5000001]:
    print(x, round(x))
try:
    round(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    round(float('nan'))
except ValueError as e:
    print('ValueError:', e)
print(round(float('inf'), 2), round(float('nan'), 2))
