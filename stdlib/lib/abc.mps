# abc — abstract base classes (written in mps, after CPython's _py_abc).
# ABCMeta computes __abstractmethods__ when a class is made, refuses to
# instantiate a class that still has some (its __call__; CPython does it
# in object.__new__), and answers isinstance/issubclass through the
# classes registered with register() and __subclasshook__.


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        return any(_is_abstract(f) for f in (value.fget, value.fset, value.fdel) if f is not None)
    if isinstance(value, (classmethod, staticmethod)):
        return _is_abstract(value.__func__)
    return False


class abstractclassmethod:
    """Deprecated: use @classmethod over @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        self.__func__ = callable

    def __get__(self, obj, cls=None):
        if cls is None:
            cls = type(obj)
        func = self.__func__
        return lambda *args, **kwargs: func(cls, *args, **kwargs)


class abstractstaticmethod:
    """Deprecated: use @staticmethod over @abstractmethod."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        self.__func__ = callable

    def __get__(self, obj, cls=None):
        return self.__func__


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated: use @property over @abstractmethod."""
    for f in (fget, fset, fdel):
        if f is not None:
            f.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


_abc_invalidation_counter = 0


def get_cache_token():
    return _abc_invalidation_counter


def _compute_abstracts(cls, namespace, bases):
    abstracts = {name for name, value in namespace.items() if _is_abstract(value)}
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _compute_abstracts(cls, namespace, bases)
        cls._abc_registry = []
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, 's' if len(names) > 1 else '', ', '.join(names)))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError('Refusing to create an inheritance cycle')
        cls._abc_registry.append(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in subclass.__mro__:
            return True
        hook = cls.__subclasshook__(subclass)
        if hook is not NotImplemented:
            return bool(hook)
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                return True
        for scls in type.__subclasses__(cls):
            if issubclass(subclass, scls):
                return True
        return False

    def __subclasshook__(cls, subclass):
        return NotImplemented

    def _dump_registry(cls, file=None):
        print('Class: %s.%s' % (cls.__module__, cls.__qualname__), file=file)
        print('Inv. counter: %s' % get_cache_token(), file=file)


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance."""
    __slots__ = ()


def update_abstractmethods(cls):
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls
