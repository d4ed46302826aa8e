# big integers: shifts, bitwise operations with negatives, bit_length
x = 1 << 100
print(x, x >> 99, x >> 100, x >> 101)
print((1 << 200) >> 150, 1 << 64 | 1, (1 << 64) & ((1 << 64) - 1))
m = (1 << 128) - 1
print(m, m & 0xffff, m ^ (1 << 127), m.bit_length())
print(-(1 << 100) >> 98, -(1 << 100) >> 200, ~(1 << 70))
print(-(2 ** 70) & 0xff, -(2 ** 70) | 1, (-(2 ** 70)) ^ (2 ** 70))
print((2 ** 100 - 1) & -(2 ** 50), (2 ** 65) | (2 ** 3))
a = 0xDEADBEEFCAFEBABE1234567890
print(hex(a >> 8), hex(a & 0xFFFFFFFF), hex(a ^ a), hex(a | 0xF))
print(bin(2 ** 65 + 5).count('1'), (2 ** 90).bit_length(), (-(2 ** 90)).bit_length())
v = 1
for i in range(70):
    v = (v << 1) | (i & 1)
print(v, hex(v))
mask = (1 << 64) - 1
h = 1469598103934665603
for c in b'hello world':
    h = ((h ^ c) * 1099511628211) & mask
print(h)
print(1 << 1000 > 10 ** 300, (1 << 1000) % 999983)
