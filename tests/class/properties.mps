# property (getter/setter/deleter), staticmethod, classmethod, alternate constructors
class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError('below absolute zero')
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError:', e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print('AttributeError raised')
print(Temp.c_to_f(100), t.c_to_f(0))
t2 = Temp.from_f(212)
print(type(t2).__name__, t2.celsius)
class SubTemp(Temp):
    pass
print(type(SubTemp.from_f(32)).__name__)
class Registry:
    items = []
    @classmethod
    def register(cls, x):
        cls.items.append(x)
        return len(cls.items)
    @staticmethod
    def helper():
        return 'static'
print(Registry.register('a'), Registry.register('b'), Registry.items, Registry.helper(), Registry().helper())
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
z = Lazy()
print(z.value, z.value, z.computed)
class Person:
    def __init__(self, first, last):
        self.first, self.last = first, last
    def get_full(self):
        return self.first + ' ' + self.last
    full = property(get_full)
print(Person('ada', 'lovelace').full)
