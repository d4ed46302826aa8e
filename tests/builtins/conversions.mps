# bool(), str(), repr(), int(), float(), list(), tuple(), dict(), set(), frozenset(), bytes() constructors
print(bool(), bool(0), bool(1), bool(''), bool('0'), bool([]), bool([[]]), bool(None), bool(0.0), bool(-0.1))
print(repr(str()), str(5), str(-1.5), str([1, 'a']), str(None), str(True))
print(repr(1), repr('a'), repr([1, 'b']), repr(1.0))
print(int(), int('10'), int(9.99), int(' 7 '), float(), float('2'), float(3))
print(list(), list('ab'), list((1,)), list({'a': 1}), list(range(2)), list({5}))
print(tuple(), tuple('ab'), tuple([1, [2]]), tuple({'k': 0}))
print(dict(), dict(a=1), dict([('b', 2)]), dict({'c': 3}), dict(zip('xy', (1, 2))))
print(set(), sorted(set('banana')), sorted(set([3, 1, 3])), frozenset(), sorted(frozenset('aba')))
print(bytes(), bytes(2), bytes([65, 66]), bytes('é', 'utf-8'), bytes(b'x'))
print(type(bool()).__name__, type(str()).__name__, type(list()).__name__, type(dict()).__name__)
print(str(b'x'), str(1e100), str(10 ** 20), str(-0.0), str(float('inf')))
print(list(map(int, '123')), list(map(str, [1, 2])), list(map(float, ['1.5', '2'])))
print(tuple(list(tuple((1, 2)))), dict(dict(a=1), b=2), set(set([1])))
try:
    list(5)
except TypeError as e:
    print('TypeError:', e)
try:
    dict(5)
except TypeError as e:
    print('TypeError:', e)
try:
    bytes([256])
except ValueError as e:
    print('ValueError:', e)
try:
    bytes('abc')
except TypeError as e:
    print('TypeError:', e)
