# math.nextafter and math.ulp: neighbours of doubles, subnormals, infinities, nan, errors
import math
import sys
inf = float('inf')
nan = float('nan')

def show(f, *args):
    try:
        print(repr(f(*args)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

for x, y in [(1.0, 2.0), (1.0, 0.0), (1, 2), (0.0, 1.0), (0.0, -1.0), (-0.0, 1.0), (0.0, 0.0), (0.0, -0.0),
             (-0.0, 0.0), (5e-324, 0.0), (-5e-324, 0.0), (5e-324, 1.0), (sys.float_info.min, 0.0),
             (sys.float_info.max, inf), (sys.float_info.max, 0.0), (inf, 0.0), (-inf, 0.0), (inf, inf),
             (1e300, -inf), (2.0 ** 53, inf), (2.0 ** 53, 0.0), (0.1, 1.0), (0.1, 0.0), (-1.5, -2.0),
             (10 ** 20, 0), (True, 5)]:
    show(math.nextafter, x, y)
print(math.isnan(math.nextafter(nan, 1.0)), math.isnan(math.nextafter(1.0, nan)))
for x in [1.0, 2.0, -1.0, 0.5, 0.0, -0.0, 5e-324, -5e-324, sys.float_info.min, sys.float_info.min * 2,
          sys.float_info.max, -sys.float_info.max, 1e300, 1e-300, 2.0 ** 52, 2.0 ** 53, 0.1, 3, 10 ** 20,
          inf, -inf, True]:
    show(math.ulp, x)
print(math.isnan(math.ulp(nan)), math.ulp(1.0) == sys.float_info.epsilon)
print(math.nextafter(1.0, 2.0) - 1.0 == math.ulp(1.0), math.nextafter(math.nextafter(1.0, 2.0), 0.0) == 1.0)
x = 1.0
for i in range(5):
    x = math.nextafter(x, inf)
print(x, (x - 1.0) / math.ulp(1.0))
show(math.nextafter, 1.0)
show(math.nextafter, 1.0, 'a')
show(math.nextafter, 10 ** 400, 1.0)
show(math.ulp, 'a')
show(math.ulp)
show(math.ulp, 10 ** 400)
