# obj.__class__ = C between classes whose instances are alike

class A:
    kind = 'a'

    def hello(self):
        return 'A.hello ' + self.name


class B:
    kind = 'b'

    def hello(self):
        return 'B.hello ' + self.name


a = A()
a.name = 'x'
print(a.hello(), a.kind)
a.__class__ = B
print(a.hello(), a.kind, type(a).__name__, isinstance(a, A), isinstance(a, B))
print(a.__dict__)

# the method cache of a call site follows the change
objs = [A(), A()]
for o in objs:
    o.name = 'o'
out = []
for i in range(4):
    if i == 2:
        objs[1].__class__ = B
    out.append(objs[i % 2].hello())
print(out)


class L1(list):
    pass


class L2(list):
    def total(self):
        return sum(self)


l = L1([1, 2, 3])
l.__class__ = L2
print(l.total(), type(l).__name__)


class E1(Exception):
    pass


class E2(Exception):
    pass


e = E1('boom')
e.__class__ = E2
try:
    raise e
except E2 as x:
    print('caught E2', x)

for target in (5, int, L1):
    try:
        a.__class__ = target
    except TypeError as err:
        print('TypeError', err)
try:
    x = 5
    x.__class__ = bool
except TypeError as err:
    print('TypeError', err)
try:
    del a.__class__
except TypeError as err:
    print('TypeError', err)
# object.__setattr__ does it too
object.__setattr__(a, '__class__', A)
print(a.hello())
