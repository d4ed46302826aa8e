import operator
from collections import Counter
for f in (lambda: operator.index(5.0), lambda: operator.index('x'), lambda: operator.concat(1, 2), lambda: operator.concat({}, {})):
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
print(operator.index(7), operator.index(True), operator.concat([1], [2]), operator.concat('a', 'b'), operator.concat((1,), (2,)))
c = Counter('hello')
print(c.most_common(-1), c.most_common(0), c.most_common(1), c.most_common(2))
