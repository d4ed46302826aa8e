# big integers: int() from strings, str/hex/oct/bin, %d and format, mixing with float
s = '123456789' * 5
n = int(s)
print(n, n + 1, str(n) == s)
print(int('-' + '9' * 40), int('1' + '0' * 30) == 10 ** 30)
print(int('f' * 32, 16), int('1' * 80, 2))
print(hex(2 ** 100), oct(2 ** 100), bin(2 ** 70))
print(hex(-(2 ** 80)), hex(2 ** 64 - 1))
print('%d' % 2 ** 100, '%x' % 2 ** 80, '%20d|' % 10 ** 15, '%-25d|' % 10 ** 20)
print('{:,}'.format(2 ** 70), format(10 ** 25, '_'), f'{2 ** 65:>25}')
print(float(2 ** 100), 2 ** 100 + 0.5, 2 ** 100 * 1.0, 2 ** 100 / 2 ** 99)
print(10 ** 30 / 10 ** 10, 10 ** 20 / 3)
print(2 ** 100 == 2.0 ** 100, 2 ** 100 + 1 == 2.0 ** 100, 2 ** 100 + 1 > 2.0 ** 100)
print(int(1e30), int(2.0 ** 80), int(-1.5e25))
print(round(2 ** 70 / 7), (10 ** 20) // 1.5)
print(10 ** 18 * 10 == 10 ** 19, 10 ** 19 // 10 == 10 ** 18)
print(len(str(2 ** 1000)), str(2 ** 1000)[-5:], sum(int(c) for c in str(2 ** 1000)))
print(bool(2 ** 100), bool(2 ** 100 - 2 ** 100))
try:
    float(2 ** 2000)
except OverflowError as e:
    print('OverflowError:', e)
try:
    print(2 ** 2000 / 3)
except OverflowError as e:
    print('OverflowError:', e)
print(2 ** 2000 // 2 ** 1999, (2 ** 2000) % 1000)
print(int(str(7 ** 77)) == 7 ** 77)
