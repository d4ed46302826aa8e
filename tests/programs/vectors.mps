# operator overloading: a 2-D Vector and a Money class with arithmetic, reflected ops, comparisons, hashing, bool, abs
import math

class Vector:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y) if isinstance(o, Vector) else NotImplemented
    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2

v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, v * 2, 3 * w, v * w, v / 2, -v, abs(v), bool(Vector()), bool(w))
print(v == Vector(3, 4), v != w, len({v, Vector(3, 4), w}), list(v), v[1], tuple(w), len(v))
x, y = v
print(x, y, sum(Vector(i, i * i) * Vector(1, 1) for i in range(4)), max([v, w], key=abs))
try:
    v + 5
except TypeError as e:
    print("TypeError:", e)
acc = Vector()
for p in [Vector(1, 1), Vector(2, 0), Vector(0, 5)]:
    acc += p
print(acc, sorted([Vector(2, 2), Vector(0, 1), Vector(1, 0)], key=lambda p: (abs(p), p.x)))

class Money:
    def __init__(self, cents, currency="USD"):
        self.cents, self.currency = int(cents), currency
    @classmethod
    def parse(cls, text):
        cur, amount = text.split()
        whole, _, frac = amount.partition(".")
        return cls(int(whole) * 100 + int((frac + "00")[:2]), cur)
    def _check(self, o):
        if not isinstance(o, Money):
            return NotImplemented
        if o.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {o.currency}")
        return None
    def __add__(self, o):
        r = self._check(o)
        return r if r is NotImplemented else Money(self.cents + o.cents, self.currency)
    def __radd__(self, o):
        return self if o == 0 else NotImplemented
    def __mul__(self, k):
        return Money(round(self.cents * k), self.currency)
    __rmul__ = __mul__
    def __lt__(self, o):
        self._check(o)
        return self.cents < o.cents
    def __le__(self, o):
        self._check(o)
        return self.cents <= o.cents
    def __eq__(self, o):
        return isinstance(o, Money) and (self.cents, self.currency) == (o.cents, o.currency)
    __hash__ = None
    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}{self.currency} {abs(self.cents) // 100:,}.{abs(self.cents) % 100:02d}"
    def __repr__(self):
        return f"Money({self.cents}, {self.currency!r})"
    def __format__(self, spec):
        return format(str(self), spec)

prices = [Money.parse("USD 19.99"), Money.parse("USD 5.5"), Money.parse("USD 1250.00")]
total = sum(prices)
print(total, repr(total), total * 1.08, 2 * prices[1], min(prices), max(prices) > total)
print(sorted(prices), Money(5) <= Money(5), Money(5) > Money(4), Money(-1234))
print(f"[{total:>20}] [{prices[1]:<12}]")
try:
    Money(1, "EUR") + Money(1)
except ValueError as e:
    print("ValueError:", e)
try:
    hash(total)
except TypeError as e:
    print("TypeError:", e)
print(Money(100) == Money(100), Money(100) == 100, Money(3) in prices, [str(p) for p in prices])
