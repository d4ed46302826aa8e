# float() and int() between floats, strings and ints; truncation; is_integer-free checks
print(float(7), float(-0), float(True), float('12'), float('-0.5'), float(' 1e2 '))
print(int(7.9), int(-7.9), int(0.999), int(-0.1), int(1e15), int(1.5e16))
print(int(2.0 ** 70), int(-2.0 ** 70))
print(float(2 ** 100), float(-(3 ** 50)), float(10 ** 308))
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError:', e)
print(str(1.0), str(-2.50), str(1e-10), repr(1e200 * 1e200))
x = 3.0
print(x == int(x), 3.5 == int(3.5))
print(float('0.1') + float('0.2') == 0.3)
print(5 // 1.0, type(5 // 1.0).__name__, 5 * 1.0, 0 * 1.0)
print(divmod(7, 2.0), divmod(-7, 2.0))
print(float.__name__, isinstance(1.0, float), isinstance(1, float), type(1.0) is float)
print(sorted([2.5, -1, 3, 0.0, -0.5]))
print(sum([1, 2.5, 3]), sum([1.5, 1.5]), type(sum([1, 2])).__name__, type(sum([1, 2.0])).__name__)
print(3 + 4.0, 3 - 4.0, 2 * 0.5, 9 / 3)
print(1e3 == 1000, int('1000') == 1e3)
try:
    float([1.5])
except TypeError as e:
    print('TypeError:', e)
try:
    float('1,5')
except ValueError as e:
    print('ValueError:', e)
