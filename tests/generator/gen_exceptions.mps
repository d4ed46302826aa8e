# exceptions inside generators: caught inside, propagated out, generator unusable afterwards
def fragile():
    yield 1
    raise ValueError('inside generator')
    yield 2
g = fragile()
print(next(g))
try:
    next(g)
except ValueError as e:
    print('caught', e)
print(next(g, 'generator finished after error'))
def safe(items):
    for x in items:
        try:
            yield 10 // x
        except ZeroDivisionError:
            yield 'div0'
print(list(safe([1, 0, 5])))
def stop_inside():
    yield 1
    raise StopIteration
try:
    list(stop_inside())
except RuntimeError as e:
    print('RuntimeError:', e)
def with_finally():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('generator finally')
print(list(with_finally()))
def running():
    yield 1
gen = running()
print(next(gen), next(gen, None))
def nested_try():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            yield i
        except KeyError as e:
            yield 'key error ' + str(e)
        finally:
            print('finally', i)
print(list(nested_try()))
