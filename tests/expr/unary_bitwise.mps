# unary operators and bitwise operations on ints and bools
print(-5, +5, ~5, ~-1, ~0, -(-5))
print(5 & 3, 5 | 3, 5 ^ 3, 5 << 2, 5 >> 1, -5 >> 1, -1 >> 10)
print(-8 & 0xff, -1 & 0xffff, 12 & -4, -12 | 3, -6 ^ 3)
print(1 << 62, 1 << 63, 1 << 64, (1 << 64) >> 63)
print(True & False, True | False, True ^ True, -True)
print(type(True & True).__name__, type(True + True).__name__)
print(0b1100 & 0b1010, bin(0b1100 | 0b1010), bin(0b1100 ^ 0b1010))
x = 0
for i in range(8):
    x |= 1 << i
print(x, bin(x))
print(x & ~0b101)
try:
    print(1 << -1)
except ValueError as e:
    print('ValueError:', e)
try:
    print(1.5 & 1)
except TypeError as e:
    print('TypeError:', e)
try:
    print(~1.5)
except TypeError as e:
    print('TypeError:', e)
try:
    print(-'a')
except TypeError as e:
    print('TypeError:', e)
print(255 >> 4, 255 >> 8, 255 >> 100)
print(-255 >> 4, -255 >> 100)
