# collections: deque, defaultdict, Counter (most_common), OrderedDict-free usage
from collections import deque, defaultdict, Counter
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.extend([7, 8]); d.rotate(1)
print(list(d))
bounded = deque(maxlen=3)
for i in range(6):
    bounded.append(i)
print(bounded, list(bounded))
try:
    deque().pop()
except IndexError as e:
    print('IndexError:', e)
dd = defaultdict(list)
for word in 'apple avocado banana blueberry cherry'.split():
    dd[word[0]].append(word)
print(dict(dd), dd['z'], len(dd))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(sorted(counts.items()))
c = Counter('abracadabra')
print(c['a'], c['z'], c.most_common(2), sorted(c.items()))
c2 = Counter(['x', 'y', 'x'])
c2.update(['x', 'z'])
print(c2.most_common(), sum(c2.values()))
print(Counter({'a': 3, 'b': 1}) + Counter({'a': 1, 'c': 2}))
words = 'the cat and the hat and the bat'.split()
print(Counter(words).most_common(1)[0], len(Counter(words)))
