# generator coroutines: send(), running averages, pipelines with yield from, generator return values, throw/close
def averager():
    total, count, avg = 0.0, 0, None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)

a = averager()
next(a)
for v in [10, 20, 30, 45]:
    print("avg", a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)

def delegator(results):
    while True:
        result = yield from averager()
        results.append(result)

results = []
d = delegator(results)
next(d)
for group in ([1, 2, 3], [10, 20]):
    for v in group:
        d.send(v)
    d.send(None)
print(results)

def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line.upper())

def collector(store):
    while True:
        item = yield
        store.append(item)

store = []
sink = collector(store)
next(sink)
g = grep("py", sink)
next(g)
for line in ["python rocks", "java", "pypy is fast", "c"]:
    g.send(line)
print(store)

def counter(n):
    try:
        for i in range(n):
            received = yield i
            if received == "skip":
                yield "skipped"
    except ValueError as e:
        yield f"caught {e}"
    finally:
        print("counter finally")

c = counter(5)
print(next(c), next(c), c.send("skip"), next(c), c.throw(ValueError("bad")))
c.close()
print("after close")

def chain(*iters):
    for it in iters:
        yield from it
    return len(iters)

def outer():
    n = yield from chain("ab", [1, 2], range(2))
    yield f"chained {n}"
print(list(outer()))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    for _, x in zip(range(n), it):
        yield x

def evens(it):
    return (x for x in it if x % 2 == 0)

print(list(take(8, evens(fib()))))
gen = (i * i for i in range(3))
print(list(gen), list(gen), sum(i for i in range(101)))
def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield f"node{depth}"
    yield from tree(depth - 1)
    yield from tree(depth - 1)
print(list(tree(2)))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "done"))
