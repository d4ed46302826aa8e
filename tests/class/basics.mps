# classes: __init__, instance and class attributes, methods, attribute lookup order, __name__
class Dog:
    species = 'canis'
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def bark(self, times=1):
        return ' '.join([self.name + '!'] * times)
    def birthday(self):
        self.age += 1
        return self
a = Dog('rex')
b = Dog('fido', 5)
print(a.name, a.age, b.name, b.age, Dog.count, a.count)
print(a.bark(), b.bark(3))
print(a.birthday().birthday().age)
print(a.species, Dog.species)
a.species = 'override'
print(a.species, b.species, Dog.species)
Dog.species = 'changed'
print(a.species, b.species)
del a.species
print(a.species)
m = b.bark
print(m(2), type(m).__name__)
print(Dog.bark(b), Dog.__name__, type(a).__name__, type(a) is Dog)
class Empty:
    pass
e = Empty()
e.anything = 42
print(e.anything, isinstance(e, Empty), isinstance(e, object))
class WithDoc:
    """Doc of the class."""
    x = 1
print(WithDoc.__doc__, WithDoc.x, WithDoc().x)
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
c = Counter()
for _ in range(5):
    c.inc()
print(c.n)
print(sorted(vars(a)), sorted(vars(b)))
