# itertools, functools and collections together: grouping, combinatorics, accumulation, deque windows, namedtuple
import itertools as it
import functools
import operator
from collections import deque, defaultdict, namedtuple, Counter

print(list(it.islice(it.count(5, 3), 4)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)))
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], operator.mul)))
print(list(it.chain([1, 2], "ab", (3,))), list(it.chain.from_iterable([[1], [2, 3], []])))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(8))), list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.zip_longest("ab", "xyz", fillvalue="-")))
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), range(4)))))
print(list(it.permutations([1, 2, 3], 2)), list(it.combinations("abcd", 3)), list(it.combinations_with_replacement("ab", 2)))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "cranberry", "date"], key=lambda w: w[0])
for key, group in it.groupby(data, key=lambda w: w[0]):
    print(key, list(group))
print([(k, len(list(g))) for k, g in it.groupby("aaabbcaaa")])
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.pairwise("abcd")) if hasattr(it, "pairwise") else [("a", "b"), ("b", "c"), ("c", "d")])
print(functools.reduce(operator.add, range(10)), functools.reduce(lambda acc, x: acc * 10 + x, [1, 2, 3], 0))
Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
q = p._replace(y=10)
print(p, q, p.x + q.y, p._asdict(), Point._fields, tuple(p), p == (3, 4))
Card = namedtuple("Card", "rank suit", defaults=["spades"])
print(Card("A"), Card(10, "hearts"), sorted([Card(3, "c"), Card(1, "z"), Card(3, "a")]))
d = deque([1, 2, 3], maxlen=5)
d.appendleft(0)
d.extend([4, 5, 6])
print(d, d.maxlen, d.popleft(), d.pop(), d)
d.rotate(2)
print(d, list(reversed(d)), d.count(3), d[0], d[-1])
def windows(seq, n):
    win = deque(maxlen=n)
    for x in seq:
        win.append(x)
        if len(win) == n:
            yield tuple(win)
print(list(windows(range(6), 3)), [sum(w) / 3 for w in windows([3, 6, 9, 12, 15], 3)])
graph = defaultdict(list)
for a, b in [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e")]:
    graph[a].append(b)
    graph[b].append(a)
print(dict(graph), graph["zzz"], "zzz" in graph)
nested = defaultdict(lambda: defaultdict(int))
for word in "the cat the hat a cat".split():
    nested[word[0]][word] += 1
print({k: dict(v) for k, v in sorted(nested.items())})
c = Counter(x % 4 for x in range(18))
print(c, c.most_common(2), sum(c.values()), c[7])
print(list(map(operator.itemgetter(1), [(1, "a"), (2, "b")])), operator.attrgetter("x")(p), sorted(["b", "A", "c"], key=str.lower))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])), dict(zip("abc", it.count(1))), list(enumerate("xy", start=10)))
print(max(range(10), key=lambda x: (x % 3, -x)), min("hello", key=ord), any(x > 8 for x in range(10)), all([]))
