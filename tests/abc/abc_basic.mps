# abc: ABC and ABCMeta, abstract methods/properties/classmethods, the instantiation error, __subclasshook__, register.
from abc import ABC, ABCMeta, abstractmethod
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s


class Half(Shape):
    def area(self):
        return 0


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print('TypeError:', e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), issubclass(Square, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape), type(Square), isinstance(Shape, ABCMeta))


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(Base.__abstractmethods__))


class Impl(Base):
    @property
    def name(self):
        return 'impl'

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 42


i = Impl.make()
print(i.name, i.helper(), Impl.__abstractmethods__ == frozenset())


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any('__len__' in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(isinstance([], Sized), isinstance(3, Sized), issubclass(dict, Sized))


class Registered(ABC):
    pass


class Plain:
    pass


print(isinstance(Plain(), Registered))
Registered.register(Plain)
print(isinstance(Plain(), Registered), issubclass(Plain, Registered), Registered.register(int) is int)
print(isinstance(5, Registered), issubclass(bool, Registered))
try:
    Registered.register(5)
except TypeError as e:
    print('TypeError:', e)


class WithInit(ABC):
    def __init__(self, x):
        self.x = x


print(WithInit(3).x)
print(callable(abc.abstractmethod), abc.get_cache_token() >= 0)
