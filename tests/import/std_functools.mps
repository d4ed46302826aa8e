# functools.partial and functools.reduce
from functools import partial, reduce
import functools
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(7), two_to(10), square(base=3))
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), reduce(max, [3, 9, 2]))
print(functools.reduce(lambda a, b: a + b, ['a', 'b', 'c']), reduce(lambda a, b: a + b, [], 'start'))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print('TypeError:', e)
int2 = partial(int, base=2)
print(int2('1010'), int2('11'))
join_dash = partial('-'.join)
print(join_dash(['a', 'b']))
p = partial(print, 'prefix:', sep=' ')
p('called through partial')
def f(a, b, c=0, *, d=0):
    return (a, b, c, d)
print(partial(f, 1)(2), partial(f, 1, 2, d=9)(3), partial(partial(f, 1), 2)(c=5))
