# copy, deepcopy and the state of objects with __slots__ (set slots only, plus the __dict__ when there is one)
import copy
import types


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, [2, 3])
q = copy.copy(p)
print(q.x, q.y, q.y is p.y, type(q).__name__)
r = copy.deepcopy(p)
print(r.x, r.y, r.y is p.y)
del p.y
print(hasattr(copy.copy(p), 'y'), copy.copy(p).x)


class Extra(Point):
    __slots__ = ('__private', '__dict__')

    def __init__(self):
        super().__init__('a', 'b')
        self.__private = 'p'
        self.free = {'k': [1]}

    def private(self):
        return self.__private


e = Extra()
e2 = copy.deepcopy(e)
print(e2.x, e2.y, e2.private(), e2.free, e2.free is e.free, e2.__dict__)


class Stateful:
    __slots__ = ('a', 'b')

    def __getstate__(self):
        return {'a': self.a}

    def __setstate__(self, state):
        self.a = state['a']
        self.b = 'restored'


s = Stateful()
s.a, s.b = 1, 2
s2 = copy.copy(s)
print(s2.a, s2.b)

# a class with __setattr__ of its own: __dict__ state bypasses it
class Logged:
    def __setattr__(self, name, value):
        print('setattr', name)
        object.__setattr__(self, name, value)


lg = Logged()
lg.v = 1
print(vars(copy.copy(lg)))
print(types.MemberDescriptorType, isinstance(Point.x, types.MemberDescriptorType))
