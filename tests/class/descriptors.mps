# user data descriptors (__set__/__delete__ win over the instance dict), non-data descriptors, __set_name__
class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("get", self.name)
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        print("set", self.name, value)
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("delete", self.name)
        del obj.__dict__[self.name]

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"

class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)

class P:
    x = Typed()
    y = NonData()
    z = SetOnly()
    def __init__(self):
        self.x = 10

p = P()
print(p.x)
p.__dict__["x"] = 99
print(p.x)
p.x = 5
print(p.x, sorted(p.__dict__.items()))
del p.x
print(sorted(p.__dict__))
print(p.y)
p.y = "shadow"
print(p.y)
del p.y
print(p.y)
p.z = 3
print(p.z.__class__.__name__)
p.__dict__["z"] = "inst"
print(p.z)
try:
    del p.z
except AttributeError as e:
    print("AttributeError", e)
print(type(P.x).__name__)
for i in range(3):
    p.x = i
    print(p.x)
class Q:
    def __setattr__(self, name, value):
        print("Q.__setattr__", name)
        object.__setattr__(self, name, value)
    @property
    def r(self): return self._r
    @r.setter
    def r(self, v): print("setter", v); self._r = v
q = Q()
q.r = 4
print(q.r)

# a validating descriptor with __set_name__, used by several classes
class Positive:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.attr = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "Positive(%s.%s)" % (self.owner, self.attr)
        return getattr(obj, self.attr)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError("%s must be positive, got %r" % (self.attr[1:], value))
        setattr(obj, self.attr, value)

class Box:
    width = Positive()
    height = Positive()
    def __init__(self, w, h):
        self.width, self.height = w, h
    def area(self):
        return self.width * self.height

b = Box(3, 4)
print(b.area(), Box.width, Box.height, sorted(vars(b)))
try:
    b.height = -1
except ValueError as e:
    print("ValueError:", e)
print(b.height)

# __set_name__ is called for type(...) too, and errors are wrapped
class Named:
    def __set_name__(self, owner, name):
        print("named", owner.__name__, name)
T = type("T", (), {"a": Named(), "b": 2})
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("boom")
try:
    class W:
        v = Bad()
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))

# the descriptor's methods come from its class, not its instance dict
class D2:
    def __get__(self, obj, cls=None):
        return "D2.get"
d2 = D2()
d2.__set__ = lambda *a: print("never")
class H:
    a = d2
h = H()
h.a = 1
print(h.a)
