import random
r = random.Random(42)
a = [r.random() for _ in range(3)]
random.seed(42)
b = [random.random() for _ in range(3)]
print(a == b, a)
r2 = random.Random(42)
random.seed(7)
x = random.random()
print([r2.random() for _ in range(3)] == a, r2.randint(1, 100), r2.choice('abcdef'), r2.randrange(0, 100, 5))
random.seed(7)
print(random.random() == x)
l = list(range(10))
random.Random(1).shuffle(l)
print(l, random.Random(3).sample(range(100), 5), random.Random(5).uniform(1, 2))
g = random.Random(9)
print(round(g.gauss(0, 1), 12), g.getrandbits(40), g.choices('abc', k=5), g.randbytes(4).hex())
st = g.getstate()
v1 = g.random()
g.setstate(st)
print(g.random() == v1)
g.seed(42)
print(g.random() == a[0])
class MyRandom(random.Random):
    def coin(self):
        return 'heads' if self.random() < 0.5 else 'tails'
m = MyRandom(42)
print([m.coin() for _ in range(5)], isinstance(m, random.Random), type(m).__name__)
u = random.Random()
print(0 <= u.random() < 1, random.Random.__name__, random.Random.__module__)
