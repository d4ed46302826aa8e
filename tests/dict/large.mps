# many dict operations: 20000 inserts, deletes of half, re-inserts, growth and order preserved
d = {}
for i in range(20000):
    d['k%d' % i] = i
print(len(d), d['k0'], d['k19999'], sum(d.values()))
for i in range(0, 20000, 2):
    del d['k%d' % i]
print(len(d), list(d)[:3], list(d)[-2:])
for i in range(0, 100, 2):
    d['k%d' % i] = -i
print(len(d), list(d)[-3:], d['k98'])
ints = {i * 7919 % 10007: i for i in range(10007)}
print(len(ints), ints[0], ints[7919], min(ints), max(ints))
counts = {}
for i in range(50000):
    k = (i * i) % 97
    counts[k] = counts.get(k, 0) + 1
print(len(counts), counts[0], counts[1], max(counts.values()))
nested = {i: {j: i * j for j in range(10)} for i in range(100)}
print(sum(sum(v.values()) for v in nested.values()))
keys = list(d.keys())
d2 = dict.fromkeys(keys, 0)
print(len(d2), list(d2) == keys)
t = {(i, i + 1): i for i in range(1000)}
print(t[(500, 501)], (999, 1000) in t, (1000, 1001) in t)
