# The result of `yield from`: a sub-generator returning while an exception
# is thrown in, and the value a user iterator's StopIteration carries.
def inner():
    try:
        yield 1
    except ValueError:
        return 'ret'
def outer():
    r = yield from inner()
    yield r
x = outer()
print(next(x))
print(x.throw(ValueError))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration('v')
        return self.n
def g():
    r = yield from It()
    yield 'result %r' % (r,)
print(list(g()))
def inner2():
    yield 1
    return 'done'
def outer2():
    r = yield from inner2()
    return r
y = outer2()
next(y)
try:
    next(y)
except StopIteration as e:
    print('StopIteration value', e.value)
def inner3():
    try:
        yield 1
    finally:
        print('inner3 closed')
def outer3():
    yield from inner3()
z = outer3()
next(z)
z.close()
print('after close')
