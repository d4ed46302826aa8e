# itertools: count, chain, islice, product, permutations, combinations (printed as lists)
import itertools
from itertools import count, chain, islice, product, permutations, combinations
print(list(islice(count(), 5)), list(islice(count(10, 5), 3)), list(islice(count(1.5, 0.5), 3)))
print(list(chain([1, 2], 'ab', (3,))), list(chain.from_iterable([[1], [2, 3]])))
print(list(islice('abcdefg', 2, 6, 2)), list(islice(range(100), 3)))
print(list(product('ab', [1, 2])), len(list(product(range(3), repeat=2))))
print(list(permutations('abc')), list(permutations([1, 2, 3], 2)))
print(list(combinations('abcd', 2)), list(combinations(range(4), 3)))
evens = (n for n in count() if n % 2 == 0)
print(list(islice(evens, 4)))
