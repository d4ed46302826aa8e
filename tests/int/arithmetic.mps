# int arithmetic: + - * / // % ** with positive and negative operands
print(7 + 3, 7 - 3, 7 * 3, 7 / 2, 6 / 3, 7 // 2, 7 % 3)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (1, 3), (-1, 3)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(2 ** 10, 2 ** 0, 0 ** 0, (-2) ** 3, (-2) ** 4, 10 ** -2)
print(type(2 ** 3).__name__, type(2 ** -1).__name__, type(6 / 3).__name__)
print(abs(-5), abs(5), abs(0), -0)
print(17 % 5, -17 % 5, 17 % -5, -17 % -5)
print(3 * -1, -3 * -1, 0 * -1)
print(1 + True, True * 10, False - 1)
print(pow(2, 5), pow(2, 5, 3), pow(3, 4, 5), pow(-2, 3, 5))
print(int(3 / 2), round(7 / 2), 7 // 2.0, 7 % 2.5)
print(-7 // 2.0, -7 % 2.0, 7.5 // 2, 7.5 % 2)
print(1000000 * 1000000, 99999 * 99999)
x = 1
for i in range(20):
    x = x * 3 + 1
print(x)
print(sum(range(101)), sum(i * i for i in range(10)))
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(1 % 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(divmod(1, 0))
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
