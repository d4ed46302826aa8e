# math.log/log2/log10 of ints as CPython: via the nearest double when it fits, m*2**e beyond; log(x, base); errors
import math

def show(f, *args):
    try:
        print(repr(f(*args)))
    except (ValueError, ZeroDivisionError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

for x in (1, 2, 3, 10, 2 ** 53 + 1, 10 ** 15, 10 ** 16 - 1, 10 ** 22, 10 ** 23, 2 ** 63 - 1, 2 ** 64,
          3 ** 100, 10 ** 300, 2 ** 1000, 2 ** 1023, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 1, 2 ** 1024,
          2 ** 1024 + 1, 10 ** 308, 10 ** 309, 10 ** 400, 3 ** 1000, 2 ** 2000, 7 ** 2000 + 1, 10 ** 4000):
    print(math.log(x), math.log2(x), math.log10(x))
print(math.log(10 ** 15), math.log2(2 ** 1000), math.log10(10 ** 300), math.log(10 ** 400))
print(math.log(2 ** 2000, 2), math.log(10 ** 400, 10), math.log(8, 2), math.log(100, 10), math.log(3 ** 40, 3))
print(math.log(2 ** 2000, 2 ** 1000), math.log(10 ** 500, 10 ** 250), math.log(10, 10 ** 400), math.log(5, 2.5))
print(math.log(2.5, 10), math.log(1e300, 1e-300), math.log10(1e-300), math.log2(0.1), math.log(True))
print(math.log(float('inf')), math.log2(float('inf')), math.isnan(math.log(float('nan'))), math.log(7.0))
show(math.log, 0)
show(math.log, -1)
show(math.log, -(10 ** 400))
show(math.log, 0.0)
show(math.log, -0.0)
show(math.log, float('-inf'))
show(math.log2, 0)
show(math.log2, -8)
show(math.log10, 0)
show(math.log10, -10 ** 500)
show(math.log, 10, 1)
show(math.log, 10 ** 400, 1)
show(math.log, 10, 0)
show(math.log, 10, -2)
show(math.log, 0, 10)
show(math.log, False)
show(math.log, 'x')
show(math.log2, None)
show(math.log10, [])
