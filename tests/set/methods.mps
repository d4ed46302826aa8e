# set methods: add discard remove pop union intersection difference update and friends
s = {3, 1, 2}
s.add(4); s.add(1)
print(sorted(s), len(s))
s.discard(10); s.discard(4)
print(sorted(s))
s.remove(3)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print('KeyError:', e)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print(sorted(a.union([9], (8,))), sorted(a.intersection(range(3))))
c = set(a)
c.update([10, 11], {12})
print(sorted(c))
c.intersection_update({10, 11, 1})
print(sorted(c))
c.difference_update({10})
print(sorted(c))
p = {42}
print(p.pop(), p, len(p))
try:
    set().pop()
except KeyError as e:
    print('KeyError:', e)
print({1, 2}.issubset({1, 2, 3}), {1, 2, 3}.issuperset({2}), {1}.isdisjoint({2}))
c2 = a.copy(); c2.clear()
print(c2, a == {4, 3, 2, 1})
print(set(), set([1, 1, 2]) == {1, 2}, set('hello') == set('lehol'), sorted(set('hello')))
print({5}, {'x'}, {(1, 2)}, frozenset({7}))
try:
    {[1, 2]}
except TypeError as e:
    print('TypeError:', e)
