# big integers in small algorithms: factorials, binomials, fibonacci by doubling, digit sums
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)
def comb(n, k):
    r = 1
    for i in range(k):
        r = r * (n - i) // (i + 1)
    return r
print(fact(30), fact(100) // fact(98))
print(comb(100, 50), comb(200, 3))
def fib(n):
    if n == 0:
        return (0, 1)
    a, b = fib(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    return (d, c + d) if n % 2 else (c, d)
print(fib(300)[0])
print(sum(int(d) for d in str(fact(100))))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
r = isqrt(2 * 10 ** 60)
print(r, r * r <= 2 * 10 ** 60 < (r + 1) * (r + 1))
def powmod(b, e, m):
    res = 1
    b %= m
    while e:
        if e & 1:
            res = res * b % m
        b = b * b % m
        e >>= 1
    return res
p = 2 ** 127 - 1
print(powmod(3, p - 1, p), pow(3, p - 1, p))
print(fact(25) // 10 ** 20, fact(25) % 10 ** 6)
digits = []
n = 7 ** 50
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(''.join(map(str, reversed(digits))) == str(7 ** 50))
print(-(7 ** 50) // 10 ** 30, -(7 ** 50) % 10 ** 30)
