# LRU cache built on OrderedDict, compared with functools.lru_cache; hit/miss statistics
from collections import OrderedDict
import functools

class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            old, _ = self.data.popitem(last=False)
            print(f"  evict {old!r}")

    def __repr__(self):
        return f"LRU({list(self.data.items())})"

c = LRU(3)
for k in "abcabdeae":
    if c.get(k) is None:
        c.put(k, k.upper() * 2)
    print(k, c)
print("hits", c.hits, "misses", c.misses)

od = OrderedDict.fromkeys("xyz", 0)
od["a"] = 1
od.move_to_end("x")
od.move_to_end("a", last=False)
print(od, list(od.keys()), od.popitem(), od.popitem(last=False))
print(OrderedDict(b=2, a=1) == OrderedDict(a=1, b=2), dict(OrderedDict(b=2, a=1)) == {"a": 1, "b": 2})

calls = []

@functools.lru_cache(maxsize=4)
def slow_square(n):
    calls.append(n)
    return n * n

for n in [1, 2, 3, 1, 4, 5, 1, 2, 6, 2]:
    slow_square(n)
print("computed:", calls)
info = slow_square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
slow_square.cache_clear()
print(slow_square.cache_info().currsize)

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(90), fib.cache_info().misses)

@functools.cache
def ways(n, coins=(1, 5, 10, 25)):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])

print("ways to make 100:", ways(100))
