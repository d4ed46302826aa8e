# tuples as records: sorting records, max by field, swapping, building from generators, nested membership
records = [('ann', 31, 'nyc'), ('bob', 25, 'sf'), ('cid', 31, 'la'), ('dee', 22, 'nyc')]
print(sorted(records, key=lambda r: (r[1], r[0])))
print(max(records, key=lambda r: r[1]), min(records, key=lambda r: r[1]))
print([name for name, age, city in records if city == 'nyc'])
by_city = {}
for name, age, city in records:
    by_city[city] = by_city.get(city, ()) + (name,)
print(by_city)
a, b = 'first', 'second'
a, b = b, a
print(a, b)
t = tuple(x * x for x in range(6))
print(t, t[2:4], t[::-1], len(t), t.count(4), t.index(16))
print((1, 2) in [(1, 2), (3, 4)], (1,) in ((1,), (2,)), 1 in ((1,), 2))
print(tuple(zip('ab', (1, 2))), tuple(enumerate('xy')), tuple(reversed((1, 2, 3))))
print((1, 2) * 0, () * 3, (None,) * 2, ((1, 2),) * 2)
print(str((1, 'a', 2.0, None)), repr(('q',)), '%s-%s' % ('x', 'y'), '{}'.format((1, 2)))
x = (1, [2, 3])
x[1].extend([4])
print(x, len(x[1]))
empty = ()
print(empty == tuple(), len(empty), bool(empty), bool((0,)), empty + (1,))
m = ((1, 2, 3), (4, 5, 6))
print(tuple(zip(*m)), sum(sum(r) for r in m), max(map(max, m)))
