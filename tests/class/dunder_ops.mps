# arithmetic dunders: __add__ __radd__ __sub__ __mul__ __neg__, NotImplemented fallback, sum() of objects
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f'Money({self.cents})'
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print('radd called with', other)
        return self.__add__(other)
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __mul__(self, k):
        return Money(self.cents * k)
    def __rmul__(self, k):
        return Money(self.cents * k)
    def __neg__(self):
        return Money(-self.cents)
    def __eq__(self, other):
        return isinstance(other, Money) and self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
a = Money(150)
b = Money(275)
print(a + b, b - a, a * 3, 3 * a, -a, a + 5)
print(5 + a)
print(sum([a, b, Money(1)]))
print(a == Money(150), a != b, a < b, sorted([b, a]))
try:
    a + 'x'
except TypeError as e:
    print('TypeError:', e)
try:
    'x' + a
except TypeError as e:
    print('radd TypeError')
total = Money(0)
total += a
total += 10
print(total)
class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, o):
        return Vec(*[x + y for x, y in zip(self.c, o.c)])
    def __mul__(self, o):
        if isinstance(o, Vec):
            return sum(x * y for x, y in zip(self.c, o.c))
        return Vec(*[x * o for x in self.c])
    def __truediv__(self, k):
        return Vec(*[x / k for x in self.c])
    def __floordiv__(self, k):
        return Vec(*[x // k for x in self.c])
    def __mod__(self, k):
        return Vec(*[x % k for x in self.c])
    def __repr__(self):
        return 'Vec' + repr(self.c)
v = Vec(1, 2, 3)
print(v + v, v * v, v * 2, v / 2, v // 2, v % 2)
