# int / int: one correct rounding (half-even), subnormal results, overflow, errors
import sys

def show(a, b):
    try:
        print(repr(a / b))
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)

# subnormal results: rounded once, not to 53 bits and then again
show(2 ** 60 + 1, 2 ** 1135)
show(-(2 ** 60 + 1), 2 ** 1135)
show(2 ** 60 + 1, -2 ** 1134)
show(3, 2 ** 1075)            # 1.5 * 2^-1074: half, rounds to even (2^-1073)
show(1, 2 ** 1075)            # exactly half the least subnormal: to even, 0
show(2 ** 80 + 1, 2 ** 1155)  # just above half: up
show(1, 2 ** 1076)
show(5, 2 ** 1076)
show(7, 2 ** 1076)
show(10 ** 20, 10 ** 340)
show(10 ** 20 + 1, 3 * 10 ** 342)
show(1, 10 ** 400)
show(-1, 10 ** 400)
show(2 ** 1074 - 1, 2 ** 2100)
show((2 ** 53 - 1) * 2 ** 70, 2 ** 1170)
show(12345678901234567890123, 10 ** 330)

# huge / huge, and exact results
show(10 ** 400, 10 ** 399)
show(10 ** 400 + 1, 10 ** 399)
show(2 ** 2000, 2 ** 1999)
show(3 ** 1000, 3 ** 999)
show(7 ** 500, 11 ** 400)
show(-(10 ** 500), 7 ** 590)
show(2 ** 200 + 1, 2 ** 150)
show(1, 3 ** 700)
show(10 ** 30, 7)
show(-10 ** 30, 7)
show(10 ** 30, -7)
show(2 ** 64, 3)
show(1, 2 ** 64 + 1)
show(0, 10 ** 100)
show(0, -10 ** 100)
show(-0, 3)

# halves in the normal range: round half to even
show(2 ** 53 + 1, 1)
show(2 ** 53 + 3, 1)
show(2 ** 54 + 2, 2)
show(2 ** 54 + 6, 2)
show(2 ** 60 + 2 ** 7, 1)
show(2 ** 60 + 2 ** 7 + 1, 1)
show(2 ** 60 + 3 * 2 ** 7, 1)
show((2 ** 54 + 1) * 5, 10)
show((2 ** 54 + 3) * 7, 14)
show(-(2 ** 54 + 3) * 7, 14)

# near the top of the range
show(2 ** 1024 - 2 ** 970, 1)
show(2 ** 1024 - 2 ** 970 - 1, 1)
show(2 ** 1024 - 2 ** 971, 1)
show(2 ** 1025 - 2 ** 972, 2)
show(2 ** 1025 - 2 ** 971, 2)
show(2 ** 1024, 1)
show(2 ** 1024, 2)
show(2 ** 1024 + 1, 2)
show(2 ** 1025, 2)
show(-(2 ** 1025), 3)
show(10 ** 400, 10 ** 91)
show(10 ** 400, 10 ** 92)
show(-(10 ** 400), 10 ** 92)
show(10 ** 5000, 3)
show(1, 0)
show(10 ** 100, 0)
show(0, 0)
show(-5, 0)
print(sys.float_info.max == (2 ** 1024 - 2 ** 971) / 1 if hasattr(sys, 'float_info') else True)

# a sweep across exponents: quotients near 2^k for k from -1080 to 1030
x = 12345678912345678912345
for k in range(-1080, 1031, 37):
    if k >= 0:
        show(x << k, x - 1)
    else:
        show(x, (x + 1) << -k)

# a deterministic pseudo-random sweep (a linear congruential generator)
s = 2024
def rnd(bits):
    global s
    r = 0
    for _ in range((bits + 31) // 32):
        s = (s * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        r = (r << 32) | (s >> 32)
    return r >> (-bits % 32)
for i in range(60):
    a = rnd(1 + rnd(10) % 900) | 1
    b = rnd(1 + rnd(11) % 1900) | 1
    if i % 3 == 0:
        a = -a
    show(a, b)
    show(b, a)
