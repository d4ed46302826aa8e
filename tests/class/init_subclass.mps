# __init_subclass__ (implicit classmethod) with class keyword arguments
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
        print("registered", cls.__name__, cls.plugin_name)

class Alpha(Plugin, name="alpha-plugin"):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta, name="g"):
    pass
print(Plugin.registry, Alpha.plugin_name, Gamma.plugin_name)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
print(Plugin.__init_subclass__.__self__ is Plugin)

try:
    class Bad(Plugin, colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Lone(flag=1):
        pass
except TypeError as e:
    print("TypeError:", e)

# keywords given with **
opts = {"name": "delta"}
class Delta(Plugin, **opts):
    pass

# chained: each level adds its own keyword
class Base:
    def __init_subclass__(cls, **kw):
        print("Base.__init_subclass__", cls.__name__, sorted(kw))
class Mid(Base):
    def __init_subclass__(cls, level=0, **kw):
        print("Mid.__init_subclass__", cls.__name__, level)
        super().__init_subclass__(**kw)
class Leaf(Mid, level=2, extra=True):
    pass

# a staticmethod-like use via type(): __init_subclass__ runs too
Dyn = type("Dyn", (Base,), {})
print(Dyn.__name__, Dyn.__mro__[1].__name__)

# __set_name__ runs before __init_subclass__, with the class complete
class Field:
    def __set_name__(self, owner, name):
        print("field", owner.__name__, name)
class Model:
    def __init_subclass__(cls):
        print("model", cls.__name__, [k for k in vars(cls) if not k.startswith("__")])
class User(Model):
    id = Field()
    email = Field()
    def method(self):
        return super()
print(type(User().method()).__name__)
class M(metaclass=type):
    pass
print(M.__name__)
