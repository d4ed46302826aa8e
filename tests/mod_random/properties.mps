# random module: only properties are checked (ranges, membership, permutation), never the values
import random
random.seed(12345)
ints = [random.randint(1, 6) for _ in range(1000)]
print(min(ints) >= 1, max(ints) <= 6, set(ints) == {1, 2, 3, 4, 5, 6})
floats = [random.random() for _ in range(1000)]
print(all(0.0 <= f < 1.0 for f in floats), type(floats[0]).__name__, len(set(floats)) > 990)
us = [random.uniform(-2.5, 2.5) for _ in range(500)]
print(all(-2.5 <= u <= 2.5 for u in us))
rs = [random.randrange(10, 20, 3) for _ in range(500)]
print(set(rs) <= {10, 13, 16, 19}, all(random.randrange(5) in range(5) for _ in range(100)))
items = ['a', 'b', 'c', 'd']
print(all(random.choice(items) in items for _ in range(100)))
deck = list(range(52))
random.shuffle(deck)
print(sorted(deck) == list(range(52)), len(deck))
s = random.sample(range(100), 10)
print(len(s), len(set(s)), all(0 <= x < 100 for x in s))
print(sorted(random.sample('abc', 3)))
random.seed(7)
first = [random.random() for _ in range(5)]
random.seed(7)
second = [random.random() for _ in range(5)]
print(first == second)
random.seed(8)
third = [random.random() for _ in range(5)]
print(first != third)
try:
    random.choice([])
except IndexError:
    print('IndexError from choice([])')
try:
    random.randint(5, 1)
except ValueError:
    print('ValueError from randint(5, 1)')
try:
    random.sample([1, 2], 3)
except ValueError:
    print('ValueError from sample larger than population')
