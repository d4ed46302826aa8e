# sets: membership of strings/tuples/frozensets, building from dict keys, removing while copying, sizes
vowels = set('aeiou')
text = 'the quick brown fox jumps over the lazy dog'
print(sorted(c for c in set(text) if c in vowels), len(set(text) - {' '}))
print(sorted(vowels & set(text)), sorted(vowels - set('quick')))
d = {'a': 1, 'b': 2, 'c': 3}
print(sorted(set(d)), sorted(set(d.values())), sorted(set(d.items()))[:2])
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset({3})}
print(len(nested), frozenset({1, 2}) in nested, sorted(sorted(f) for f in nested))
s = set(range(20))
for x in list(s):
    if x % 3:
        s.discard(x)
print(sorted(s))
big = set(range(0, 100000, 3)) & set(range(0, 100000, 5))
print(len(big), min(big), max(big), 15 in big, 16 in big)
pairs = {(a, b) for a in range(5) for b in range(5) if a < b}
print(len(pairs), (1, 3) in pairs, (3, 1) in pairs)
e = set()
e.add(())
e.add((None,))
print(len(e), () in e)
single = {'only'}
for item in single:
    print('single element:', item)
print({1, 2, 3} - {2} == {1, 3}, {1, 2} | set() == {1, 2}, set('') == set())
print(sorted({-1, 5, -10, 3}, key=abs), sorted({'b', 'A', 'c'}, key=str.lower))
