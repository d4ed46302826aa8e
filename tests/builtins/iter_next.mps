# iter(), next() with default, iter(callable, sentinel), StopIteration, exhausted iterators
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e), e.args)
s = iter('ab')
print(list(s), list(s))
d = iter({'x': 1, 'y': 2})
print(next(d), next(d))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 5)))
lines = ['first', 'second', '', 'after']
pos = [0]
def readline():
    v = lines[pos[0]]
    pos[0] += 1
    return v
for line in iter(readline, ''):
    print('line:', line)
print(iter(it) is it, iter(s) is s)
r = iter(range(3))
print(next(r), list(r))
try:
    next([1, 2])
except TypeError as e:
    print('TypeError:', e)
try:
    iter(42)
except TypeError as e:
    print('TypeError:', e)
t = iter((10, 20))
a = next(t)
b = next(t)
print(a + b)
def take(n, iterable):
    it = iter(iterable)
    out = []
    for _ in range(n):
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out
print(take(2, 'xyz'), take(5, [1]))
