# list methods: append extend insert pop remove index count sort reverse copy clear
a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); print(a)
a.extend('ab'); print(a)
a.extend(range(2)); print(a)
a.insert(0, 'first'); a.insert(100, 'last'); a.insert(-1, 'neg'); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove('a'); print(a)
print(a.index(5), a.index(1), a.index(0, 2), a.count(1), a.count('zz'))
b = [5, 2, 8, 1, 9]
b.sort(); print(b)
b.sort(reverse=True); print(b)
b.reverse(); print(b)
c = b.copy(); c.append(0); print(b, c)
c.clear(); print(c, len(c))
words = ['banana', 'Apple', 'cherry', 'date']
words.sort(); print(words)
words.sort(key=str.lower); print(words)
words.sort(key=len); print(words)
words.sort(key=lambda w: (-len(w), w)); print(words)
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]
pairs.sort(key=lambda p: p[0]); print(pairs)
a = [x for x in a if isinstance(x, int)]
print(a.sort() is None, a.append(1) is None, a)
try:
    [1, 2].remove(3)
except ValueError as e:
    print('ValueError:', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError:', e)
try:
    [1].pop(5)
except IndexError as e:
    print('IndexError:', e)
try:
    [1, 2].index(9)
except ValueError as e:
    print('ValueError:', e)
try:
    [1, 'a'].sort()
except TypeError as e:
    print('TypeError:', e)
