# itertools extras: repeat, cycle, accumulate, combinations_with_replacement, zip_longest, groupby, takewhile, dropwhile, starmap, compress
import itertools
from itertools import islice
print(list(itertools.repeat('x', 3)), list(islice(itertools.cycle('ab'), 5)))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.combinations_with_replacement('ab', 2)))
print(list(itertools.zip_longest('abc', [1], fillvalue='-')))
print([(k, list(g)) for k, g in itertools.groupby('aabbbc')])
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress('abcd', [1, 0, 1, 0])))
