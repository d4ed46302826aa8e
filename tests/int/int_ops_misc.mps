# int builtins used with ints: divmod, pow, abs, min/max, sum, range maths, bit_length
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(0, 3))
print(pow(2, 100, 1000), pow(7, 0), pow(0, 0), pow(5, 3, 7))
print(max(3, 9, 2), min([4, -1, 7]), sum([1, 2, 3], 10))
print(abs(-2 ** 63), abs(-(2 ** 63)))
print((255).bit_length(), (0).bit_length(), (-8).bit_length(), (2 ** 70).bit_length())
print(len(range(0, 100, 7)), range(0, 100, 7)[-1], list(range(10, 0, -3)))
print(sum(range(1, 1001)), sum(range(-5, 6)))
n = 600851475143
f = 2
fs = []
while n > 1:
    while n % f == 0:
        fs.append(f)
        n //= f
    f += 1
print(fs)
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(i) for i in range(1, 12)], collatz(27))
print(int.__name__, isinstance(5, int), isinstance(True, int), type(5) is int)
primes = [p for p in range(2, 60) if all(p % q for q in range(2, p))]
print(primes)
print(7 .__add__(3) if hasattr(7, '__add__') else 'no')
