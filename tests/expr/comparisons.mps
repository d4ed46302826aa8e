# comparison operators, chained comparisons, is / is not, in / not in
print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 < 2 > 0)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(0) < v(5), calls)
calls.clear()
print(v(1) < v(2) < v(3), calls)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, None is not None)
print(2 in [1, 2, 3], 4 not in [1, 2, 3], 'ell' in 'hello', 'z' in 'hello')
print('a' in {'a': 1}, 1 in {'a': 1}, 3 in (1, 2, 3), 3 in {3})
print(3 in range(5), 5 in range(5), -1 in range(-3, 3))
print('abc' < 'abd', 'Z' < 'a', 'abc' < 'ab', '' < 'a')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'), (2,) > (1, 9))
print(1.5 > 1, True > False, 0.0 == -0.0, 1 == True)
print(float('nan') == float('nan'), float('nan') != float('nan'))
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 != 6)
print([1, [2]] == [1, [2]], {'a': [1]} == {'a': [1]}, (1, 2) == [1, 2])
print({1, 2} == {2, 1}, {1: 2} != {1: 3})
try:
    print(1 < 'a')
except TypeError as e:
    print('TypeError:', e)
try:
    print([1] < (1,))
except TypeError as e:
    print('TypeError:', e)
try:
    print(None < 1)
except TypeError as e:
    print('TypeError:', e)
print(1 == 'a', None == 0, [] == ())
