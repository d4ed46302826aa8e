# matrix operations with nested lists: multiply, transpose, determinant, Gauss-Jordan inverse with a small rational class
from math import gcd

class Fraction:
    def __init__(self, n, d=1):
        if isinstance(n, Fraction):
            n, d = n.n * d, n.d
        if d == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % n)
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g
    def _c(self, o):
        return o if isinstance(o, Fraction) else Fraction(o)
    def __add__(self, o):
        o = self._c(o)
        return Fraction(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        o = self._c(o)
        return Fraction(self.n * o.d - o.n * self.d, self.d * o.d)
    def __rsub__(self, o):
        return self._c(o) - self
    def __mul__(self, o):
        o = self._c(o)
        return Fraction(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = self._c(o)
        return Fraction(self.n * o.d, self.d * o.n)
    def __neg__(self):
        return Fraction(-self.n, self.d)
    def __eq__(self, o):
        o = self._c(o)
        return self.n == o.n and self.d == o.d
    def __hash__(self):
        return hash((self.n, self.d))
    def __repr__(self):
        return f'Fraction({self.n}, {self.d})'
    def __str__(self):
        return str(self.n) if self.d == 1 else f'{self.n}/{self.d}'

def shape(m):
    return len(m), len(m[0]) if m else 0

def transpose(m):
    return [list(row) for row in zip(*m)]

def matmul(a, b):
    ra, ca = shape(a)
    rb, cb = shape(b)
    if ca != rb:
        raise ValueError(f"shape mismatch {ra}x{ca} @ {rb}x{cb}")
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for j in range(n):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * m[0][j] * det(minor)
    return total

def inverse(m):
    n = len(m)
    aug = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        pivot = next((r for r in range(col, n) if aug[r][col] != 0), None)
        if pivot is None:
            raise ZeroDivisionError("matrix is singular")
        aug[col], aug[pivot] = aug[pivot], aug[col]
        p = aug[col][col]
        aug[col] = [x / p for x in aug[col]]
        for r in range(n):
            if r != col and aug[r][col] != 0:
                f = aug[r][col]
                aug[r] = [x - f * y for x, y in zip(aug[r], aug[col])]
    return [row[n:] for row in aug]

def show(m, name):
    print(f"{name} =")
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("  [" + "  ".join(str(x).rjust(width) for x in row) + "]")

A = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
B = [[1, 2], [3, 4], [5, 6]]
show(A, "A")
show(transpose(B), "B^T")
show(matmul(A, B), "A@B")
print("det(A) =", det(A))
Ainv = inverse(A)
show(Ainv, "inv(A)")
print(matmul(A, Ainv) == identity(3))
try:
    matmul(B, B)
except ValueError as e:
    print("error:", e)
try:
    inverse([[1, 2], [2, 4]])
except ZeroDivisionError as e:
    print("error:", e)
M = [[(i * 3 + j) % 5 for j in range(4)] for i in range(4)]
show(M, "M")
print("det(M) =", det(M), "trace =", sum(M[i][i] for i in range(4)))
P = identity(4)
for _ in range(5):
    P = matmul(P, M)
print("M^5 row sums:", [sum(r) for r in P])
print("max entry:", max(max(r) for r in P), "flattened head:", [x for r in P for x in r][:6])
F = [[Fraction(1, i + j + 1) for j in range(3)] for i in range(3)]
print("hilbert det:", det(F))
print(inverse(F))
