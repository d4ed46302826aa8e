# big-int math: factorials, Fibonacci 300, modular pow, gcd/lcm, digit sums, base conversion, bit tricks
import math

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f50 = fact(50)
print(f50)
print(len(str(fact(500))), sum(map(int, str(fact(100)))), fact(25) == math.factorial(25))
a, b = 0, 1
for _ in range(300):
    a, b = b, a + b
print("fib(300) =", a)
print(a % 1000000007, a.bit_length(), a // 10 ** 50, -a // 7, -a % 7, divmod(a, 10 ** 30))
print(pow(2, 1000, 10 ** 9 + 7), pow(3, 10 ** 18, 1000000007), pow(7, -1, 101), pow(12345678901234567890, 3))
print(math.gcd(fact(30), 2 ** 40 * 3 ** 5), math.lcm(12, 18, 30) if hasattr(math, "lcm") else 180, math.isqrt(10 ** 40 + 12345))
n = 2 ** 127 - 1
def is_probable_prime(n, bases=(2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)):
    if n < 2:
        return False
    for p in bases:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True
print(n, is_probable_prime(n), is_probable_prime(n + 2), [p for p in range(90, 130) if is_probable_prime(p)])
print(hex(n), oct(2 ** 70), bin(2 ** 65 + 5), int("ffffffffffffffffffff", 16), int("-1010" * 5, 2) if False else int("1010" * 5, 2))
print(f"{2 ** 100:,}", f"{2 ** 80:_x}", f"{-(3 ** 40):>30}", f"{10 ** 25:e}", str(-10 ** 20))
print((1 << 200) >> 190, (2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1, ~(2 ** 70), -(2 ** 64) ^ 5)
print(10 ** 20 / 3, 2 ** 1000 / 2 ** 990, int(1e20), int(-2.5e18), float(2 ** 60), round(10 ** 20 / 7))
print(abs(-10 ** 30), max(10 ** 20, 10 ** 19 * 11), sorted([10 ** 20, -5, 3 ** 41, 0]), 10 ** 20 == 1e20, hash(2 ** 70) == hash(2 ** 70 % (2 ** 61 - 1)))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return "".join(reversed(out))
print(to_base(f50, 36), int(to_base(f50, 36), 36) == f50, to_base(255, 2))
catalan = [math.comb(2 * k, k) // (k + 1) for k in range(30)]
print(catalan[-3:], math.comb(100, 50), math.perm(20, 10) if hasattr(math, "perm") else 670442572800)
print(sum(int(d) for d in str(2 ** 1000)), str(3 ** 200)[:20], len(str(7 ** 777)), (10 ** 18 + 1) * (10 ** 18 - 1))
