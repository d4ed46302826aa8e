# __slots__ and inheritance: subclasses without __slots__ get a __dict__, layouts, __class__ assignment, errors
def attempt(label, f):
    try:
        print(label, f())
    except (AttributeError, TypeError, ValueError) as e:
        print(label, type(e).__name__ + ':', e)


class Base:
    __slots__ = ('a',)


class Free(Base):
    pass


f = Free()
f.a = 1
f.b = 2
print(f.a, f.__dict__, vars(f), Free.a)


class More(Base):
    __slots__ = ('b',)


m = More()
m.a, m.b = 1, 2
print(m.a, m.b, More.__slots__, More.a, More.b)
attempt('more: other', lambda: setattr(m, 'c', 3))
attempt('more: __dict__', lambda: m.__dict__)


class Again(More):
    __slots__ = ('a',)      # shadows Base.a with a slot of its own


g = Again()
g.a = 'mine'
print(g.a, Again.a)
attempt('base member', lambda: Base.a.__get__(g))
Base.a.__set__(g, 'base')
print(g.a, Base.a.__get__(g))


# super() reaches a base's slot
class Child(Base):
    __slots__ = ('c',)

    def both(self):
        return super().a, self.c


ch = Child()
ch.a, ch.c = 'x', 'y'
print(ch.both())
attempt('super unset', lambda: Child().both())

# a mixin with empty __slots__ keeps the layout; two slotted bases conflict
class Mixin:
    __slots__ = ()

    def hello(self):
        return 'hello ' + self.a


class Mixed(Base, Mixin):
    __slots__ = ()


mx = Mixed()
mx.a = 'mixed'
print(mx.hello())
attempt('mixed: other', lambda: setattr(mx, 'z', 1))


class Two:
    __slots__ = ('t',)


attempt('layout conflict', lambda: type('Bad', (Base, Two), {}))
attempt('free + slotted', lambda: type('Ok', (Free, Mixin), {'__slots__': ('q',)}).__slots__)

# __class__ assignment needs the same slots
class Twin:
    __slots__ = ('a',)


class Plain:
    pass


b = Base()
b.a = 'kept'
b.__class__ = Twin
print(type(b).__name__, b.a)
attempt('to plain', lambda: setattr(b, '__class__', Plain))
attempt('to more', lambda: setattr(b, '__class__', More))
attempt('plain to slotted', lambda: setattr(Plain(), '__class__', Twin))

# errors when the class is made
attempt('conflict', lambda: type('X', (), {'__slots__': ('v',), 'v': 1}))
attempt('not str', lambda: type('X', (), {'__slots__': ('ok', 1)}))
attempt('not identifier', lambda: type('X', (), {'__slots__': ('1a',)}))
attempt('not iterable', lambda: type('X', (), {'__slots__': 5}))
attempt('dict twice', lambda: type('X', (Plain,), {'__slots__': ('__dict__',)}))
attempt('weakref twice', lambda: type('X', (Plain,), {'__slots__': ('__weakref__',)}))
attempt('int subtype', lambda: type('X', (int,), {'__slots__': ('a',)}))
attempt('tuple subtype', lambda: type('X', (tuple,), {'__slots__': ('a',)}))
attempt('int, empty', lambda: type('X', (int,), {'__slots__': ()})(5))
attempt('duplicate', lambda: type('X', (), {'__slots__': ('d', 'd')}).__slots__)


def make_conflict():
    class Conflict:
        __slots__ = ('m',)

        def m(self):
            pass


attempt('conflict in body', make_conflict)

# built-in bases: list and Exception subclasses with slots
class Tagged(list):
    __slots__ = ('tag',)


tl = Tagged([1, 2])
tl.tag = 't'
print(tl, tl.tag, len(tl))
attempt('list: other', lambda: setattr(tl, 'other', 1))
attempt('list: __dict__', lambda: tl.__dict__)


class Failure(Exception):
    __slots__ = ('code',)


e = Failure('boom')
e.code = 3
e.note = 'exceptions keep a __dict__'
print(e, e.code, e.__dict__)
