# big integers: powers, factorial, products, reprs, comparisons
print(2 ** 100)
print(2 ** 64, 2 ** 64 - 1, -(2 ** 64))
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)), str(f)[:10], f % 1000003)
print(3 ** 200)
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, b - a, a - b)
print(a * b)
print(b // a, b % a, divmod(b, a))
print(-b // a, -b % a, b // -a, b % -a)
print(a == 123456789012345678901234567890, a < b, a > b, -a < -b)
print(2 ** 100 == 2 ** 100, 2 ** 100 != 2 ** 101, 2 ** 100 > 2 ** 99)
print(abs(-(10 ** 30)), -(10 ** 30), +(10 ** 30))
print(10 ** 30 // 10 ** 29, 10 ** 30 // 7, 10 ** 30 % 7)
print(type(2 ** 100).__name__, isinstance(2 ** 100, int))
x = 2 ** 63
print(x - 1, x, x + 1, x * 2, -x, -x - 1)
print((2 ** 64) // 3, (2 ** 64) % 3, (2 ** 128) // (2 ** 64))
print(sum(range(10 ** 6, 10 ** 6 + 10)) * 10 ** 20)
fib = [0, 1]
for _ in range(148):
    fib.append(fib[-1] + fib[-2])
print(fib[-1])
print(pow(2, 1000, 10 ** 9 + 7), pow(3, 10 ** 18, 1000))
print(hash(2 ** 100) == hash(2 ** 100), {2 ** 100: 'big'}[2 ** 100])
print(max(2 ** 70, 2 ** 69), min(-(2 ** 70), 5), sorted([2 ** 65, -3, 2 ** 64]))
