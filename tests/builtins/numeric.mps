# abs, min, max (key, default), sum (start), round, divmod, pow (3 args)
print(abs(-3), abs(2.5), abs(-0.0), abs(True), abs(-10 ** 20))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('abc'), min('b', 'a'), max((1, 2), (1, 3)))
print(min([], default='empty'), max([], default=None), min([7], default=0))
words = ['kiwi', 'fig', 'banana', 'apple']
print(min(words, key=len), max(words, key=len), max(words, key=lambda w: w[-1]), min(words))
print(max([1, 3, 3], key=lambda x: -x), max(['a', 'bb', 'cc'], key=len))
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1, 0.2]), sum([[1], [2]], []), sum(range(5), start=5))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(5), round(123.456, -1), round(0.5 + 1e-9))
print(divmod(9, 4), divmod(-9, 4), divmod(9.5, 2), divmod(-9.5, 2))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(4, 0.5), pow(3, 200, 13), pow(-3, 3, 7), pow(7, -1, 13))
try:
    min([])
except ValueError as e:
    print('ValueError:', e)
try:
    max()
except TypeError as e:
    print('TypeError:', e)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print('TypeError:', e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print('ValueError:', e)
try:
    abs('x')
except TypeError as e:
    print('TypeError:', e)
print(min(2, 1.5), max(True, 0), min(-1, False), max([0.5, 1], key=float))
