# large integers: thousands of digits, str/int round trip, digit sums, big multiplications and divisions
n = 3 ** 8000
s = str(n)
print(len(s), s[:20], s[-20:], sum(map(int, s)))
print(int(s) == n, n % 1000007, n.bit_length())
m = 7 ** 2500
q, r = divmod(n, m)
print(q * m + r == n, 0 <= r < m, len(str(q)))
f = 1
for i in range(2, 1001):
    f *= i
fs = str(f)
print(len(fs), fs[:15], len(fs) - len(fs.rstrip('0')))
print(f // (f // 1000) , f % 10 ** 300 == 0)
a = (1 << 5000) - 1
b = (1 << 4999) + 12345
print((a * b).bit_length(), (a * b) % 1000000, (a // b), (a % b) % 1000)
print(hex(1 << 1000)[:8], len(hex(1 << 1000)), len(bin(a)) - 2)
print(-n // m == -(n // m) - 1, (-n) % m == m - (n % m))
print(pow(n, 3, 10 ** 9), pow(2, 10 ** 5, 10 ** 9 + 7))
