import itertools
for f in (lambda: itertools.islice('abc', 0, 2, 0), lambda: itertools.islice('abc', -1), lambda: itertools.islice('abc', -2, 3), lambda: itertools.combinations('ab', -1), lambda: itertools.product('ab', repeat=-1), lambda: itertools.permutations('abc', -1), lambda: itertools.combinations_with_replacement('ab', -1)):
    try:
        f()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
print(list(itertools.islice('abcdefg', 1, None, 2)), list(itertools.islice('abcdefg', 3)), list(itertools.islice('abcdefg', 2, 5)))
print(list(itertools.islice(itertools.count(), 0, 10, 3)))
gs = list(itertools.groupby("aabbc"))
print([(k, list(g)) for k, g in gs])
print([(k, list(g)) for k, g in itertools.groupby("aabbcaa")])
print([(k, ''.join(g)) for k, g in itertools.groupby(sorted("mississippi"))])
it = itertools.groupby([1, 1, 2, 3, 3, 3])
k, g = next(it)
print(k, next(g))
k2, g2 = next(it)
print(k2, list(g), list(g2))
print([k for k, g in itertools.groupby([])], list(itertools.groupby('x', key=str.upper))[0][0])
print(list(itertools.product('ab', repeat=0)), list(itertools.permutations('abc', 0)), list(itertools.combinations('abc', 0)), list(itertools.combinations('ab', 3)))
print(list(itertools.permutations('abc', 2)), list(itertools.combinations_with_replacement('ab', 2)))
