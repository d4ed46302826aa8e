# math module: sqrt isqrt floor ceil gcd log exp pow sin cos and constants pi e inf nan
import math
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10 ** 20), math.isqrt(0))
print(math.floor(2.7), math.floor(-2.2), math.ceil(2.1), math.ceil(-2.9), math.floor(5), type(math.floor(2.5)).__name__)
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(2 ** 40, 6 ** 20))
print(round(math.pi, 10), round(math.e, 10), math.pi, math.e)
print(math.inf, -math.inf, math.inf > 1e308, math.isnan(math.nan), math.isinf(math.inf), math.nan == math.nan)
print(math.log(math.e), math.log(1), round(math.log(100, 10), 12), math.log(8, 2), round(math.log(10), 12))
print(math.exp(0), round(math.exp(1), 12), round(math.exp(2), 10))
print(math.pow(2, 10), math.pow(2.5, 2), type(math.pow(2, 2)).__name__)
print(math.sin(0), math.cos(0), round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12), round(math.sin(math.pi), 12))
print(round(math.sin(1), 10), round(math.cos(1), 10))
print(math.floor(-0.5), math.ceil(-0.5), math.floor(1e20) == 10 ** 20)
print(math.sqrt(0), math.sqrt(1e100), math.isqrt(99), math.isqrt(100))
print(math.fabs(-3), math.trunc(-3.7), math.trunc(3.7), round(math.log10(1000), 12), round(math.log2(1024), 12))
r = 2.0
print(round(math.pi * r * r, 6), round(2 * math.pi * r, 6))
print(math.hypot(3, 4), round(math.atan2(1, 1) * 4, 12), round(math.degrees(math.pi), 10), round(math.radians(180), 10))
