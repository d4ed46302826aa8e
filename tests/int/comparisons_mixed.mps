# comparisons and equality between int, float and bool; hashing equal numbers
print(1 == 1.0, 2 == 2.5, 1 < 1.5, 2 > 1.999, -1 < -0.5)
print(True == 1, False == 0, True + 0.5, True < 2)
print(10 ** 20 == 1e20, 10 ** 20 < 1e21, 2 ** 53 + 1 == float(2 ** 53 + 1))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
d = {1: 'int'}
d[1.0] = 'float'
d[True] = 'bool'
print(d)
s = {1, 1.0, True, 2, 2.0}
print(len(s), sorted(s))
print(max(1, 2.5, True), min(0, -0.5, False))
print(sorted([3, 1.5, True, 0, -2]))
print(1 in [1.0], 1.0 in {1}, 0 in [False])
print(int(2.0) is not None, 7 == 7.000000000000001, 7 == 7.0000000000000001)
print(float('inf') > 10 ** 300, -float('inf') < -10 ** 300)
print(round(2.5) == 2, round(3.5) == 4)
x = 3
print(x == 3.0 and type(x) is int)
print([0, 0.0, False].count(0), [1, 1.0, True].index(True))
print(abs(-3) == abs(3.0), -0 == 0, 0.0 == -0.0)
