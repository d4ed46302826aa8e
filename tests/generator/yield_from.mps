# yield from: delegating to sub-generators and iterables, return values, recursion
def inner():
    yield 1
    yield 2
    return 'inner done'
def outer():
    result = yield from inner()
    print('inner returned', result)
    yield 3
print(list(outer()))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], 'ab', range(2), (x * 10 for x in range(2)))))
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def tree(depth, prefix='n'):
    yield prefix
    if depth > 0:
        yield from tree(depth - 1, prefix + 'L')
        yield from tree(depth - 1, prefix + 'R')
print(list(tree(2)))
def delegating_count():
    total = 0
    for sub in (range(3), range(5)):
        n = yield from counting(sub)
        total += n
    yield 'total=%d' % total
def counting(it):
    c = 0
    for x in it:
        yield x
        c += 1
    return c
print(list(delegating_count()))
def from_empty():
    yield from []
    yield from ()
    yield 'only'
print(list(from_empty()))
def from_dict():
    yield from {'a': 1, 'b': 2}
print(list(from_dict()))
