# seeded random simulations: dice statistics, random walk, Monte Carlo pi, shuffles and samples (seed 42)
import random

random.seed(42)
print([random.randint(1, 6) for _ in range(10)])
print(random.random(), random.uniform(1, 2), random.randrange(0, 100, 5))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.sample(range(100), 6), random.choice("abcdefg"), random.choices("xyz", k=5) if hasattr(random, "choices") else None)

random.seed(2024)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(3600)]
counts = {s: rolls.count(s) for s in range(2, 13)}
for s in range(2, 13):
    print(f"{s:2d} {counts[s]:4d} {'#' * (counts[s] // 20)}")
print("mean %.3f" % (sum(rolls) / len(rolls)), "mode", max(counts, key=counts.get))

random.seed(7)
pos, max_dist, visits = 0, 0, {0: 1}
for step in range(1000):
    pos += random.choice((-1, 1))
    max_dist = max(max_dist, abs(pos))
    visits[pos] = visits.get(pos, 0) + 1
print("walk end", pos, "max", max_dist, "distinct", len(visits), "origin visits", visits[0])

random.seed(123)
inside = sum(1 for _ in range(20000) if random.random() ** 2 + random.random() ** 2 <= 1)
print("pi ~", 4 * inside / 20000)

class Rng:
    """a tiny LCG, fully deterministic on every interpreter"""
    def __init__(self, seed):
        self.state = seed
    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return self.state >> 33

r = Rng(1)
print([r.next() % 100 for _ in range(8)])

random.seed(99)
population = list(range(1, 50))
winners = sorted(random.sample(population, 6))
print("lottery", winners, sum(winners))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
b = [random.random() for _ in range(3)]
print(a == b, len(a))
random.seed("text seed")
x = random.random()
random.seed("text seed")
print(x == random.random(), 0 <= x < 1)
random.seed(5)
print(random.getrandbits(64), random.randint(10 ** 20, 10 ** 21), round(random.gauss(0, 1), 6) if hasattr(random, "gauss") else 0)
