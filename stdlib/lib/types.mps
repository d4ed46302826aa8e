# types — names for the built-in types, and the two objects the VM makes
# for type hints: GenericAlias (list[int]) and UnionType (int | None).
# The VM imports this module on first use of either: subscripting a
# generic built-in class and `|` between classes call _generic_alias and
# _type_or below.

import sys as _sys


def _f():
    pass


def _g():
    yield 1


class _C:
    __slots__ = ('_s',)

    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = FunctionType
CodeType = type(_f.__code__)
GeneratorType = type(_g())
MethodType = type(_C()._m)
MemberDescriptorType = type(_C._s)
BuiltinFunctionType = type(len)
BuiltinMethodType = BuiltinFunctionType
ModuleType = type(_sys)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)
try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)
    FrameType = type(_e.__traceback__.tb_frame)
del _f, _g, _C


class SimpleNamespace:
    def __init__(self, /, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ', '.join('%s=%r' % (k, v) for k, v in self.__dict__.items())
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return '%s(%s)' % (name, items)

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return obj.__module__ + '.' + obj.__qualname__
    if obj is ...:
        return '...'
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


def _is_param(a):
    return not isinstance(a, type) and hasattr(a, '__typing_subst__')


def _parameters(args):
    params = []
    for a in args:
        if _is_param(a):
            if a not in params:
                params.append(a)
        elif not isinstance(a, type):
            for p in getattr(a, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


def _substitute(args, params, items):
    if not isinstance(items, tuple):
        items = (items,)
    if len(items) != len(params):
        raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                        % ('many' if len(items) > len(params) else 'few', '%s', len(items), len(params)))
    mapping = dict(zip(params, items))
    out = []
    for a in args:
        if _is_param(a):
            out.append(mapping[a])
        elif not isinstance(a, type) and getattr(a, '__parameters__', ()):
            sub = tuple(mapping[p] for p in a.__parameters__)
            out.append(a[sub if len(sub) != 1 else sub[0]])
        else:
            out.append(a)
    return tuple(out)


class GenericAlias:
    """Represent a PEP 585 generic type, e.g. list[int]."""

    def __init__(self, origin, args, /):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, '__origin__', origin)
        object.__setattr__(self, '__args__', args)
        object.__setattr__(self, '__parameters__', _parameters(args))

    def __setattr__(self, name, value):
        if name in ('__origin__', '__args__', '__parameters__'):
            raise AttributeError('readonly attribute')
        setattr(self.__origin__, name, value)

    def __repr__(self):
        args = self.__args__
        if not args:
            inner = '()'
        else:
            inner = ', '.join(_type_repr(a) for a in args)
        return _type_repr(self.__origin__) + '[' + inner + ']'

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __getitem__(self, items):
        if not self.__parameters__:
            raise TypeError('%r is not a generic class' % (self,))
        return GenericAlias(self.__origin__, _substitute(self.__args__, self.__parameters__, items))

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)

    def __getattr__(self, name):
        if name.startswith('__') and name.endswith('__'):
            raise AttributeError(name)
        return getattr(self.__origin__, name)


class UnionType:
    """Represent a PEP 604 union type, e.g. int | str."""

    def __init__(self, args, /):
        object.__setattr__(self, '__args__', args)
        object.__setattr__(self, '__parameters__', _parameters(args))

    def __setattr__(self, name, value):
        raise AttributeError("'types.UnionType' object attribute '%s' is read-only" % name)

    def __repr__(self):
        return ' | '.join('None' if a is NoneType else _type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)

    def __getitem__(self, items):
        if not self.__parameters__:
            raise TypeError('%r is not a generic class' % (self,))
        res = None
        for a in _substitute(self.__args__, self.__parameters__, items):
            res = a if res is None else res | a
        return res

    # in order, as isinstance(obj, tuple): a generic met before a match fails
    def __instancecheck__(self, obj):
        for a in self.__args__:
            if isinstance(obj, a):
                return True
        return False

    def __subclasscheck__(self, cls):
        for a in self.__args__:
            if issubclass(cls, a):
                return True
        return False

    def __reduce__(self):
        return _union_of, (self.__args__,)


def _unionable(x):
    return x is None or isinstance(x, (type, GenericAlias, UnionType))


def _union_of(args):
    flat = []
    for a in args:
        for b in (a.__args__ if isinstance(a, UnionType) else (NoneType if a is None else a,)):
            if b not in flat:
                flat.append(b)
    if len(flat) == 1:
        return flat[0]
    return UnionType(tuple(flat))


# type.__or__ and type.__ror__: the VM calls this for `|` between classes
# when neither operand has an __or__ of its own
def _type_or(a, b):
    if not (_unionable(a) and _unionable(b)):
        return NotImplemented
    return _union_of((a, b))


# list[int], dict[str, int], type[C]: the VM calls this for subscripts of
# the generic built-in classes
def _generic_alias(origin, args):
    return GenericAlias(origin, args)
