L = [3, 1, 2]
try:
    L.sort(key=lambda x: L.append(x) or x)
except ValueError as e:
    print('ValueError:', e)
print(sorted(L))
L = [3, 1, 2]
seen = []
L.sort(key=lambda x: seen.append(len(L)) or -x)
print(L, seen)
L = [3, 1, 2]
try:
    L.sort(key=lambda x: L.index(x))
except ValueError as e:
    print('ValueError:', e)
print(L)
L = [5, 'a', 1]
try:
    L.sort()
except TypeError as e:
    print('TypeError:', e)
print(L)
def k(x):
    if x == 2:
        raise KeyError('two')
    return x
L = [3, 2, 1]
try:
    L.sort(key=k)
except KeyError as e:
    print('KeyError:', e)
print(L)
L = [2, 1]
L.sort(reverse=True)
print(L, sorted([3, 1, 2], reverse=True))
