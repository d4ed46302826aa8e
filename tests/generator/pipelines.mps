# generator pipelines: chaining generators lazily, generator state, interleaving consumers
def numbers():
    n = 1
    while True:
        yield n
        n += 1
def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x
def take(n, src):
    for i, x in enumerate(src):
        if i >= n:
            return
        yield x
print(list(take(5, evens(numbers()))))
log = []
def stage(name, src):
    for x in src:
        log.append(f'{name}:{x}')
        yield x
p = stage('b', stage('a', range(3)))
print(next(p), log)
print(list(p), log)
def running_avg():
    total = 0
    count = 0
    for x in [10, 20, 30, 40]:
        total += x
        count += 1
        yield total / count
print(list(running_avg()))
g1 = numbers()
g2 = numbers()
print(next(g1), next(g1), next(g2), next(g1))
def windows(seq, n):
    for i in range(len(seq) - n + 1):
        yield seq[i:i + n]
print(list(windows('abcde', 3)), list(windows([1, 2], 3)))
def lines():
    yield 'alpha 1'
    yield 'beta 22'
    yield 'gamma 333'
words = (l.split()[0] for l in lines())
lengths = (len(w) for w in words)
print(sum(lengths))
def gen_in_class():
    class Box:
        def __init__(self, items):
            self.items = items
        def evens(self):
            for i in self.items:
                if i % 2 == 0:
                    yield i
    return list(Box(range(7)).evens())
print(gen_in_class())
def zipper():
    yield from zip(numbers(), 'xyz')
print(list(zipper()))
