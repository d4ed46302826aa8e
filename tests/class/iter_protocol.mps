# __iter__ / __next__ in user classes: for loops, list(), unpacking, StopIteration, sorted of objects
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
for n in Countdown(3):
    print('tick', n)
a, b, c = Countdown(3)
print(a, b, c)
cd = Countdown(2)
print(next(cd), next(cd), next(cd, 'done'))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(4)
print(list(r), list(r), sum(r), max(r), sorted(r, reverse=True), 2 in r)
print([x * 2 for x in Range2(3)], dict(zip(Range2(2), 'ab')), list(enumerate(Range2(2))))
class Pair:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        return iter((self.a, self.b))
    def __lt__(self, other):
        return (self.b, self.a) < (other.b, other.a)
    def __repr__(self):
        return f'P{self.a}{self.b}'
x, y = Pair(1, 2)
print(x, y, tuple(Pair(3, 4)), sorted([Pair(1, 9), Pair(2, 1), Pair(0, 5)]))
class Fib:
    def __init__(self):
        self.a, self.b = 0, 1
    def __iter__(self):
        return self
    def __next__(self):
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r
out = []
for v in Fib():
    if v > 100:
        break
    out.append(v)
print(out)
class Bad:
    def __iter__(self):
        return 42
try:
    iter(Bad())
except TypeError as e:
    print('TypeError:', e)
