# int() conversions from str/float/bool, bases, and their errors
print(int('42'), int('-17'), int('  12  '), int('+5'), int('1_000'))
print(int(3.9), int(-3.9), int(True), int(False), int())
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0), int('777', 8), int('0o17', 0))
print(int('101', 2), int('0b101', 0), int('z', 36), int('10', 36))
print(int('12345678901234567890'), int(1e20), int(-1.5e10))
print(str(42), str(-0), repr(123), str(10 ** 20))
print(float(3), float('3'), float(' -2.5 '), float('1e3'), float('inf'), float('-inf'))
print(bool(0), bool(-1), int('0'), int('-0'))
for bad in ['', 'abc', '1.5', '12a', '0x10', ' ', '1 2', '--1']:
    try:
        int(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    int('9', 8)
except ValueError as e:
    print('ValueError:', e)
try:
    int(None)
except TypeError as e:
    print('TypeError:', e)
try:
    int([1])
except TypeError as e:
    print('TypeError:', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError:', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError:', e)
for bad in ['x', '', '1.2.3', 'nan!']:
    try:
        float(bad)
    except ValueError as e:
        print('ValueError:', e)
print(hex(255), oct(8), bin(5), hex(-255), bin(-5), oct(0))
print(chr(65), ord('A'), int('٣') if False else 3)
