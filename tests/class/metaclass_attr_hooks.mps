# A metaclass's __getattr__, __setattr__ and __delattr__ apply to its
# classes' attributes.

class Meta(type):
    def __getattr__(cls, name):
        if name.startswith('dyn_'):
            return name[4:].upper()
        raise AttributeError(f'{cls.__name__} has no {name}')

    def __setattr__(cls, name, value):
        if name.isupper():
            raise AttributeError(f'cannot reassign constant {name!r}')
        print('set', cls.__name__, name, value)
        super().__setattr__(name, value)

    def __delattr__(cls, name):
        print('del', cls.__name__, name)
        super().__delattr__(name)


class Config(metaclass=Meta):
    LIMIT = 10
    mode = 'fast'


print(Config.LIMIT, Config.mode, Config.dyn_hello)
Config.mode = 'slow'
print(Config.mode)
try:
    Config.LIMIT = 11
except AttributeError as e:
    print('AttributeError', e)
print(Config.LIMIT)
try:
    Config.missing
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(Config, 'missing'), getattr(Config, 'dyn_x'))
del Config.mode
print(hasattr(Config, 'mode'))
setattr(Config, 'other', 1)
delattr(Config, 'other')


# subclasses share the metaclass, and instances are not affected
class Sub(Config):
    pass


Sub.extra = 5
print(Sub.extra, Sub.dyn_sub, Sub.LIMIT)
s = Sub()
s.LIMIT = 3
print(s.LIMIT, Sub.LIMIT)
try:
    s.dyn_x
except AttributeError as e:
    print('AttributeError', e)


# an enum-like freeze: a metaclass refusing changes after creation
class Frozen(type):
    def __setattr__(cls, name, value):
        raise AttributeError(f'{cls.__name__} is frozen')

    def __delattr__(cls, name):
        raise AttributeError(f'{cls.__name__} is frozen')


class Colors(metaclass=Frozen):
    RED = 1


for action in ('set', 'del'):
    try:
        if action == 'set':
            Colors.RED = 2
        else:
            del Colors.RED
    except AttributeError as e:
        print(action, 'AttributeError', e)
print(Colors.RED)


# a metaclass's __getattribute__ sees every lookup on its classes
class Tracing(type):
    def __getattribute__(cls, name):
        if not name.startswith('__'):
            print('lookup', name)
        return super().__getattribute__(name)


class T(metaclass=Tracing):
    a = 1

    @classmethod
    def make(cls):
        return cls.__name__


for i in range(2):
    print(T.a, T.make())
t = T()
print(t.a)
