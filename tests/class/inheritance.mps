# single inheritance, method overriding, super() in __init__ and methods, isinstance, multi-level
class Animal:
    kind = 'animal'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return '...'
    def describe(self):
        return f'{self.name} the {self.kind} says {self.speak()}'
class Cat(Animal):
    kind = 'cat'
    def speak(self):
        return 'meow'
class Lion(Cat):
    kind = 'lion'
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + '!'
    def describe(self):
        return super().describe() + f' (pride {self.pride})'
for a in [Animal('generic'), Cat('tom'), Lion('leo', 'east')]:
    print(a.describe())
l = Lion('simba', 'rock')
print(isinstance(l, Animal), isinstance(l, Cat), isinstance(Cat('x'), Lion))
print(issubclass(Lion, Animal), Lion.__bases__[0].__name__ if hasattr(Lion, '__bases__') else 'Cat')
print(l.kind, Cat.kind, Animal.kind)
class Base:
    def __init__(self):
        self.log = ['Base']
    def hook(self):
        return 'base hook'
    def run(self):
        return self.hook()
class Derived(Base):
    def __init__(self):
        super().__init__()
        self.log.append('Derived')
    def hook(self):
        return 'derived hook'
d = Derived()
print(d.log, d.run(), Base().run())
class NoInit(Base):
    pass
print(NoInit().log)
class Shape:
    def area(self):
        raise NotImplementedError('subclass must implement')
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Sq(3).area())
try:
    Shape().area()
except NotImplementedError as e:
    print('NotImplementedError:', e)
class Explicit(Cat):
    def speak(self):
        return Cat.speak(self) + ' (explicit)'
print(Explicit('e').speak())
