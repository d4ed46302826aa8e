# math module errors: domain errors, range errors, type errors
import math
tests = [
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: math.log(-5),
    lambda: math.isqrt(-1),
    lambda: math.exp(1000),
    lambda: math.floor(math.inf),
    lambda: math.ceil(math.nan),
    lambda: math.sqrt('x'),
    lambda: math.isqrt(2.5),
    lambda: math.gcd(1.5, 2),
    lambda: math.pow(0, -1),
]
for t in tests:
    try:
        print('no error', t())
    except Exception as e:
        print(type(e).__name__ + ':', e)
print(math.sqrt(math.inf), math.exp(-1000), math.log(math.inf))
print(isinstance(math.pi, float), math.isfinite(1.0), math.isfinite(math.inf))
