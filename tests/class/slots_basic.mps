# __slots__: no __dict__, AttributeError for other names, member descriptors on the class
class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x):
        self.x = x


def attempt(label, f):
    try:
        print(label, f())
    except (AttributeError, TypeError, ValueError) as e:
        print(label, type(e).__name__ + ':', e)


p = Point(1)
print(p.x)
attempt('unset read', lambda: p.y)
p.y = 2
print(p.x, p.y)
attempt('other name', lambda: setattr(p, 'z', 3))
attempt('object.__setattr__', lambda: object.__setattr__(p, 'z', 3))
attempt('__dict__', lambda: p.__dict__)
attempt('vars', lambda: vars(p))
print(hasattr(p, 'x'), hasattr(p, 'z'), getattr(p, 'z', 'default'))
del p.y
attempt('read after del', lambda: p.y)
attempt('del unset', lambda: delattr(p, 'y'))
attempt('del other', lambda: delattr(p, 'nothere'))
print(hasattr(p, 'y'))

# the member descriptors
print(Point.x, type(Point.x).__name__, repr(Point.y))
print(Point.x.__name__, Point.x.__qualname__, Point.x.__objclass__.__name__)
print(Point.__slots__, Point.__dict__['x'] is Point.x)
print([k for k in Point.__dict__ if not k.startswith('__')])
print(Point.x.__get__(p, Point), Point.x.__get__(None, Point))
Point.y.__set__(p, 20)
print(p.y)
Point.y.__delete__(p)
attempt('after __delete__', lambda: p.y)


class Other:
    pass


attempt('foreign __get__', lambda: Point.x.__get__(Other()))
attempt('foreign __set__', lambda: Point.x.__set__(Other(), 1))

# a class attribute that is no slot is read-only on the instances
class Conf:
    __slots__ = ('value',)
    default = 5

    def method(self):
        return 'm'


c = Conf()
print(c.default, c.method())
attempt('set class attr', lambda: setattr(c, 'default', 1))
attempt('set method', lambda: setattr(c, 'method', 1))
attempt('del class attr', lambda: delattr(c, 'default'))

# a str __slots__, a list, a dict, an empty tuple
class One:
    __slots__ = 'only'


class Many:
    __slots__ = ['b', 'a']


class Mapped:
    __slots__ = {'k': 'the key', 'v': None}


class Empty:
    __slots__ = ()


o = One()
o.only = 'yes'
print(One.__slots__, o.only, Many.__slots__, type(Many.__slots__).__name__, sorted(Mapped.__slots__))
m = Mapped()
m.k, m.v = 1, 2
print(m.k, m.v)
attempt('empty slots', lambda: setattr(Empty(), 'a', 1))

# private names are mangled
class Secret:
    __slots__ = ('__hidden', 'shown')

    def set(self, v):
        self.__hidden = v
        return self.__hidden


s = Secret()
print(s.set(42), sorted(k for k in Secret.__dict__ if not k.startswith('__')))
print(s._Secret__hidden)

# '__dict__' in __slots__ gives the dict back; '__weakref__' is accepted
class WithDict:
    __slots__ = ('a', '__dict__')


w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.b, w.__dict__, vars(w))


class WithWeak:
    __slots__ = ('a', '__weakref__')


print(WithWeak().__weakref__)
attempt('weak, no dict', lambda: setattr(WithWeak(), 'b', 1))

# __getattr__ answers for unset slots
class Fallback:
    __slots__ = ('a',)

    def __getattr__(self, name):
        return 'fallback ' + name


f = Fallback()
print(f.a, f.b)
f.a = 'set'
print(f.a)

# properties work with slots behind them
class Temp:
    __slots__ = ('_c',)

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, v):
        self._c = v * 2


t = Temp()
t.c = 21
print(t.c)
attempt('property over missing slot', lambda: setattr(t, 'd', 1))
print(sorted(n for n in dir(Point(0)) if not n.startswith('__')))
