# typing — run-time side of type hints (written in mps): the names of
# CPython's typing module, subscriptable wherever a hint is evaluated, with
# CPython's reprs (typing.List[int], typing.Optional[int], ~T). Nothing is
# checked: hints are data. NamedTuple builds on collections.namedtuple,
# TypedDict classes make plain dicts, get_type_hints reads __annotations__.

import collections
import sys as _sys
import types as _types

TYPE_CHECKING = False
_NoneType = type(None)


_type_repr = _types._type_repr


def _type_check(arg, msg, module=None):
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg, module=module)
    if isinstance(arg, _SpecialForm) and arg._name in ('Generic', 'Protocol'):
        raise TypeError(arg._name + ' is not valid as type argument')
    return arg


def _collect_parameters(args):
    params = []
    for a in args:
        if isinstance(a, (TypeVar, ParamSpec)):
            if a not in params:
                params.append(a)
        else:
            for p in getattr(a, '__parameters__', ()):
                if isinstance(p, (TypeVar, ParamSpec)) and p not in params:
                    params.append(p)
    return tuple(params)


def _subst(arg, mapping):
    if isinstance(arg, (TypeVar, ParamSpec)):
        return mapping.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg.copy_with(tuple(_subst(a, mapping) for a in arg.__args__))
    if isinstance(arg, (_types.GenericAlias, _types.UnionType)) and arg.__parameters__:
        sub = tuple(_subst(p, mapping) for p in arg.__parameters__)
        return arg[sub if len(sub) != 1 else sub[0]]
    if isinstance(arg, list):
        return [_subst(a, mapping) for a in arg]
    return arg


class _Final:
    __slots__ = ()


# PEP 560: List[int] or Box[int] as a base stands for its origin, and for
# Generic unless a later base brings it
def _alias_mro_entries(self, bases):
    res = []
    if self.__origin__ not in bases:
        res.append(self.__origin__)
    i = bases.index(self)
    for b in bases[i + 1:]:
        if isinstance(b, (_GenericAlias, _SpecialGenericAlias)) or (isinstance(b, type) and issubclass(b, Generic)):
            break
    else:
        res.append(Generic)
    return tuple(res)


class ForwardRef(_Final):
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        return eval(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(('ForwardRef', self.__forward_arg__))

    def __repr__(self):
        if self.__forward_module__ is None:
            return 'ForwardRef(%r)' % (self.__forward_arg__,)
        return 'ForwardRef(%r, module=%r)' % (self.__forward_arg__, self.__forward_module__)


# ---- type variables ------------------------------------------------------

class TypeVar(_Final):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__constraints__ = tuple(_type_check(c, '') for c in constraints)
        self.__bound__ = _type_check(bound, '') if bound is not None else None
        self.__module__ = '__main__'

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __typing_subst__(self, arg):
        return _type_check(arg, '')


class ParamSpecArgs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + '.args'


class ParamSpecKwargs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + '.kwargs'


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__module__ = '__main__'
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)

    def __typing_subst__(self, arg):
        return arg

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


# ---- special forms: Any, Union, Optional, ClassVar, ... -------------------

class _SpecialForm(_Final):
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem
        self.__name__ = name

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % (self,))

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError('%r is not subscriptable' % (self,))
        return self._getitem(self, parameters)

    def __instancecheck__(self, obj):
        raise TypeError('%r cannot be used with isinstance()' % (self,))

    def __subclasscheck__(self, cls):
        raise TypeError('%r cannot be used with issubclass()' % (self,))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _one_arg(self, parameters):
    if isinstance(parameters, tuple):
        if len(parameters) != 1:
            raise TypeError('%s accepts only single type.' % (self._name,))
        parameters = parameters[0]
    item = _type_check(parameters, '')
    return _GenericAlias(self, (item,), name=self._name)


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = _type_check(p, '')
        if isinstance(p, (_UnionGenericAlias, _types.UnionType)):
            items = p.__args__
        else:
            items = (p,)
        for q in items:
            if q not in flat:
                flat.append(q)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat), name='Union')


def _optional_getitem(self, parameters):
    arg = _type_check(parameters, 'Optional[t] requires a single type.')
    return Union[arg, _NoneType]


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    vals = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            for q in p.__args__:
                vals.append(q)
        else:
            vals.append(p)
    return _LiteralGenericAlias(self, tuple(vals), name='Literal')


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError('Annotated[...] should be used with at least two arguments (a type and an annotation).')
    origin = _type_check(params[0], '')
    return _AnnotatedAlias(origin, tuple(params[1:]))


def _concatenate_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, name='Concatenate')


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
ClassVar = _SpecialForm('ClassVar', _one_arg)
Final = _SpecialForm('Final', _one_arg)
Required = _SpecialForm('Required', _one_arg)
NotRequired = _SpecialForm('NotRequired', _one_arg)
TypeGuard = _SpecialForm('TypeGuard', _one_arg)
Unpack = _SpecialForm('Unpack', _one_arg)
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
Annotated = _SpecialForm('Annotated', _annotated_getitem)
Concatenate = _SpecialForm('Concatenate', _concatenate_getitem)


# ---- generic aliases: List[int], Dict[str, T], Callable[[int], str] --------

class _GenericAlias(_Final):
    def __init__(self, origin, args, *, inst=True, name=None):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)
        self._inst = inst
        self._name = name

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, inst=self._inst, name=self._name)

    def __getitem__(self, params):
        if not self.__parameters__:
            raise TypeError('%r is not a generic class' % (self,))
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, '') for p in params)
        n = len(self.__parameters__)
        if len(params) != n:
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(params) > n else 'few', self, len(params), n))
        mapping = dict(zip(self.__parameters__, params))
        return self.copy_with(tuple(_subst(a, mapping) for a in self.__args__))

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError('Cannot subclass %r' % (self,))
        if self._name:          # List[int]: as the bare alias
            return _alias_mro_entries(self, bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _GenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __repr__(self):
        if self._name:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        if self.__args__ == ():
            inner = '()'
        else:
            inner = ', '.join(_type_repr(a) for a in self.__args__)
        return head + '[' + inner + ']'

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__') or attr == '_name':
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _UnionGenericAlias(_GenericAlias):
    def copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return 'typing.Optional[' + _type_repr(args[1]) + ']'
            if args[1] is _NoneType:
                return 'typing.Optional[' + _type_repr(args[0]) + ']'
        return 'typing.Union[' + ', '.join(_type_repr(a) for a in args) + ']'


class _LiteralGenericAlias(_GenericAlias):
    def __repr__(self):
        return 'typing.Literal[' + ', '.join(repr(a) for a in self.__args__) + ']'

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _AnnotatedAlias(_GenericAlias):
    def __init__(self, origin, metadata, *, inst=True, name=None):
        _GenericAlias.__init__(self, origin, (origin,), name='Annotated')
        self.__metadata__ = metadata

    def copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                             ', '.join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))


class _CallableGenericAlias(_GenericAlias):
    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return 'typing.Callable[..., %s]' % (_type_repr(args[1]),)
        return 'typing.Callable[[%s], %s]' % (', '.join(_type_repr(a) for a in args[:-1]),
                                              _type_repr(args[-1]))


class _SpecialGenericAlias(_Final):
    """List, Dict, Deque, ...: the bare names, subscriptable nparams times."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        self.__origin__ = origin
        self._nparams = nparams
        self._inst = inst
        self._name = name if name is not None else origin.__name__
        self.__parameters__ = ()

    __mro_entries__ = _alias_mro_entries

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_check(p, '') for p in params)
        n = self._nparams
        if len(params) != n:
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(params) > n else 'few', self, len(params), n))
        return _GenericAlias(self.__origin__, params, inst=self._inst, name=self._name)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__))
        return self.__origin__(*args, **kwargs)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __getattr__(self, attr):
        if attr.startswith('__') and attr.endswith('__') or attr in ('_name', '_nparams', '_inst'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)


class _CallableType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            params = tuple(_type_check(a, '') for a in args) + (_type_check(result, ''),)
        elif args is ...:
            params = (..., _type_check(result, ''))
        else:
            params = (args, _type_check(result, ''))
        return _CallableGenericAlias(self.__origin__, params, name='Callable')


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), inst=False, name='Tuple')
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            items = tuple(_type_check(p, '') for p in params[:-1]) + (...,)
        else:
            items = tuple(_type_check(p, '') for p in params)
        return _GenericAlias(tuple, items, inst=False, name='Tuple')


def _abc(name):
    # collections.abc is not in mps: a stand-in class carries the name
    return type(name, (), {'__module__': 'collections.abc'})


Hashable = _SpecialGenericAlias(_abc('Hashable'), 0)
Sized = _SpecialGenericAlias(_abc('Sized'), 0)
Awaitable = _SpecialGenericAlias(_abc('Awaitable'), 1)
Coroutine = _SpecialGenericAlias(_abc('Coroutine'), 3)
AsyncIterable = _SpecialGenericAlias(_abc('AsyncIterable'), 1)
AsyncIterator = _SpecialGenericAlias(_abc('AsyncIterator'), 1)
Iterable = _SpecialGenericAlias(_abc('Iterable'), 1)
Iterator = _SpecialGenericAlias(_abc('Iterator'), 1)
Reversible = _SpecialGenericAlias(_abc('Reversible'), 1)
Container = _SpecialGenericAlias(_abc('Container'), 1)
Collection = _SpecialGenericAlias(_abc('Collection'), 1)
Callable = _CallableType(_abc('Callable'), 2)
AbstractSet = _SpecialGenericAlias(_abc('Set'), 1, name='AbstractSet')
MutableSet = _SpecialGenericAlias(_abc('MutableSet'), 1)
Mapping = _SpecialGenericAlias(_abc('Mapping'), 2)
MutableMapping = _SpecialGenericAlias(_abc('MutableMapping'), 2)
Sequence = _SpecialGenericAlias(_abc('Sequence'), 1)
MutableSequence = _SpecialGenericAlias(_abc('MutableSequence'), 1)
ByteString = _SpecialGenericAlias(_abc('ByteString'), 0)
MappingView = _SpecialGenericAlias(_abc('MappingView'), 1)
KeysView = _SpecialGenericAlias(_abc('KeysView'), 1)
ItemsView = _SpecialGenericAlias(_abc('ItemsView'), 2)
ValuesView = _SpecialGenericAlias(_abc('ValuesView'), 1)
Generator = _SpecialGenericAlias(_abc('Generator'), 3)
AsyncGenerator = _SpecialGenericAlias(_abc('AsyncGenerator'), 2)
ContextManager = _SpecialGenericAlias(_abc('AbstractContextManager'), 1, name='ContextManager')
AsyncContextManager = _SpecialGenericAlias(_abc('AbstractAsyncContextManager'), 1,
                                           name='AsyncContextManager')
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _SpecialGenericAlias(list, 1, inst=False, name='List')
Deque = _SpecialGenericAlias(collections.deque, 1, name='Deque')
Set = _SpecialGenericAlias(set, 1, inst=False, name='Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name='FrozenSet')
Dict = _SpecialGenericAlias(dict, 2, inst=False, name='Dict')
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, name='OrderedDict')
Counter = _SpecialGenericAlias(collections.Counter, 1, name='Counter')
Type = _SpecialGenericAlias(type, 1, inst=False, name='Type')
if hasattr(collections, 'ChainMap'):
    ChainMap = _SpecialGenericAlias(collections.ChainMap, 2, name='ChainMap')

Text = str
AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'


# ---- Generic and Protocol ------------------------------------------------
# mps has no __mro_entries__: Generic[T] (and Protocol[T]) stand for the class
# itself, so `class Stack(Generic[T])` derives from Generic. A subclass is
# subscriptable: Stack[int] is an alias whose call makes a Stack.

def _check_generic_params(params):
    if not isinstance(params, tuple):
        params = (params,)
    if not params:
        raise TypeError('Parameter list to Generic[...] cannot be empty')
    for p in params:
        if not isinstance(p, (TypeVar, ParamSpec)):
            raise TypeError('Parameters to Generic[...] must all be type variables or parameter specification variables.')
    if len(set(params)) != len(params):
        raise TypeError('Parameters to Generic[...] must all be unique')


class Generic:
    __slots__ = ()
    __parameters__ = ()

    def __class_getitem__(cls, params):
        # Generic[T] / Protocol[T]: an alias that stands for the class as a
        # base; a user subclass subscripted: an alias whose call makes an
        # instance
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            _check_generic_params(params)
            return _GenericAlias(cls, params)
        params = tuple(_type_check(p, '') for p in params)
        n = len(cls.__dict__.get('__parameters__', ()))
        if n and len(params) != n:
            raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                            % ('many' if len(params) > n else 'few', cls, len(params), n))
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        # the type variables: those of Generic[...] when it is a base, else
        # those of all the generic bases in order
        tvars = []
        gvars = None
        for base in cls.__dict__.get('__orig_bases__', ()):
            if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                gvars = base.__parameters__
            else:
                for p in getattr(base, '__parameters__', ()):
                    if isinstance(p, (TypeVar, ParamSpec)) and p not in tvars:
                        tvars.append(p)
        if gvars is not None:
            missing = [t for t in tvars if t not in gvars]
            if missing:
                raise TypeError('Some type variables (%s) are not listed in Generic[%s]'
                                % (', '.join(str(t) for t in missing), ', '.join(str(g) for g in gvars)))
            tvars = list(gvars)
        cls.__parameters__ = tuple(tvars)


class Protocol(Generic):
    __slots__ = ()
    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = Protocol in cls.__bases__


def runtime_checkable(cls):
    cls._is_runtime_protocol = True
    return cls


@runtime_checkable
class SupportsInt(Protocol):
    __slots__ = ()

    def __int__(self):
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    __slots__ = ()

    def __float__(self):
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    __slots__ = ()

    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    __slots__ = ()

    def __bytes__(self):
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    __slots__ = ()

    def __index__(self):
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    __slots__ = ()

    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    __slots__ = ()

    def __round__(self, ndigits=0):
        pass


class IO(Generic):
    __slots__ = ()


class TextIO(IO):
    __slots__ = ()


class BinaryIO(IO):
    __slots__ = ()


for _c in (Generic, Protocol, SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes,
           SupportsIndex, SupportsAbs, SupportsRound, IO, TextIO, BinaryIO):
    _c.__module__ = 'typing'
del _c


# ---- NamedTuple ----------------------------------------------------------
# A class: `class P(NamedTuple)` derives from it (and so from tuple), and its
# __init_subclass__ turns P into a named tuple made by collections.namedtuple.

def _nt_fields(fields):
    names = []
    types = {}
    for item in fields:
        n, t = item
        names.append(n)
        types[n] = _type_check(t, '')
    return names, types


class NamedTuple(tuple):
    def __new__(cls, typename=None, fields=None, **kwargs):
        if cls is not NamedTuple:
            return tuple.__new__(cls)
        if fields is None:
            fields = list(kwargs.items())
        elif kwargs:
            raise TypeError('Either list of fields or keywords can be provided to NamedTuple, not both')
        names, types = _nt_fields(fields)
        nt = collections.namedtuple(typename, names, module='__main__')
        nt.__annotations__ = types
        return nt

    def __init_subclass__(cls, **kwargs):
        if NamedTuple not in cls.__bases__:
            return
        types = {n: _type_check(t, '') for n, t in cls.__dict__.get('__annotations__', {}).items()}
        names = list(types)
        defaults = []
        for n in names:
            if n in cls.__dict__:
                defaults.append(cls.__dict__[n])
            elif defaults:
                raise TypeError('Non-default namedtuple field %s cannot follow default field%s %s'
                                % (n, 's' if len(defaults) > 1 else '',
                                   ', '.join(names[:names.index(n)][-len(defaults):])))
        nt = collections.namedtuple(cls.__name__, names, defaults=defaults, module=cls.__module__)
        ns = nt.__dict__
        for key in ('_asdict', '_fields', '_field_defaults'):
            setattr(cls, key, ns[key])
        cls.__new__ = staticmethod(ns['__new__'])
        for n in names:
            setattr(cls, n, ns[n])
        cls.__annotations__ = types

        def _make(iterable):
            return cls(*iterable)

        def _replace(self, **kw):
            result = cls(*[kw.pop(n, v) for n, v in zip(names, self)])
            if kw:
                raise ValueError('Got unexpected field names: %r' % list(kw))
            return result

        def __repr__(self):
            return type(self).__name__ + '(' + ', '.join(
                n + '=' + repr(v) for n, v in zip(names, self)) + ')'

        def __getnewargs__(self):
            return tuple(self)

        cls._make = staticmethod(_make)
        cls._replace = _replace
        cls.__getnewargs__ = __getnewargs__
        cls.__repr__ = __repr__
        cls.__match_args__ = tuple(names)


# ---- TypedDict -----------------------------------------------------------
# A class form `class Movie(TypedDict, total=False)`; calling Movie(...) makes
# a plain dict, as CPython.

class TypedDict(dict):
    def __new__(cls, *args, **kwargs):
        if cls is TypedDict:
            if len(args) == 2 and isinstance(args[0], str) and isinstance(args[1], dict):
                total = kwargs.pop('total', True)
                ns = {'__annotations__': dict(args[1]), '__module__': '__main__'}
                return _make_typeddict(args[0], ns, total)
            if len(args) == 1 and isinstance(args[0], str):
                total = kwargs.pop('total', True)
                ns = {'__annotations__': dict(kwargs), '__module__': '__main__'}
                return _make_typeddict(args[0], ns, total)
            raise TypeError('TypedDict takes a name and a dict of fields')
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True, **kwargs):
        _typeddict_init(cls, total)


def _typeddict_init(cls, total):
    own = dict(cls.__dict__.get('__annotations__', {}))
    annotations = {}
    required = set()
    optional = set()
    for base in reversed(cls.__mro__[1:]):
        if base is TypedDict or base is dict or base is object:
            continue
        annotations.update(base.__dict__.get('__annotations__', {}))
        required.update(getattr(base, '__required_keys__', ()))
        optional.update(getattr(base, '__optional_keys__', ()))
    for k, t in own.items():
        t = _type_check(t, '', cls.__module__)
        annotations[k] = t
        origin = getattr(t, '__origin__', None)
        if origin is Required:
            required.add(k)
        elif origin is NotRequired:
            optional.add(k)
        elif total:
            required.add(k)
        else:
            optional.add(k)
    cls.__annotations__ = annotations
    cls.__required_keys__ = frozenset(required)
    cls.__optional_keys__ = frozenset(optional)
    cls.__total__ = bool(total)


def _make_typeddict(name, ns, total):
    ns = dict(ns)
    ann = ns.pop('__annotations__')
    ns['__annotations__'] = ann
    return type(name, (TypedDict,), ns, total=total)


# ---- NewType -------------------------------------------------------------

class NewType:
    def __init__(self, name, tp):
        self.__qualname__ = name
        self.__name__ = name.rpartition('.')[2]
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __call__(self, x):
        return x

    def __repr__(self):
        return self.__module__ + '.' + self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# ---- functions -----------------------------------------------------------

def cast(typ, val):
    return val


def assert_type(val, typ):
    return val


def assert_never(arg):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: ' + value)


def reveal_type(obj):
    print('Runtime type is %r' % (type(obj).__name__,), file=_sys.stderr)
    return obj


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        'You should not call an overloaded function. '
        'A series of @overload-decorated functions '
        'outside a stub module should always be followed '
        'by an implementation that is not @overload-ed.')


_overload_registry = {}


def overload(func):
    key = getattr(func, '__qualname__', None)
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overload_registry.get(getattr(func, '__qualname__', None), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except (AttributeError, TypeError):
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'field_specifiers': field_specifiers,
            'kwargs': kwargs}
        return cls_or_fn
    return decorator


def get_origin(tp):
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_GenericAlias, _SpecialGenericAlias, _types.GenericAlias)):
        return tp.__origin__
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _GenericAlias):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and not (len(res) == 2 and res[0] is ...):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, (_types.GenericAlias, _types.UnionType)):
        return tp.__args__
    return ()


def _eval_type(t, globalns, localns):
    if isinstance(t, ForwardRef):
        return _eval_type(_type_check(t._evaluate(globalns, localns), ''), globalns, localns)
    if isinstance(t, _GenericAlias) and not isinstance(t, _AnnotatedAlias):
        args = tuple(_eval_type(a, globalns, localns) for a in t.__args__)
        if args != t.__args__:
            if isinstance(t, _UnionGenericAlias):
                return Union[args]
            return t.copy_with(args)
    return t


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t._name in ('Required', 'NotRequired'):
        return _strip_annotations(t.__args__[0])
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if globalns is None:
                mod = _sys.modules.get(base.__module__, None)
                g = getattr(mod, '__dict__', {})
            else:
                g = globalns
            l = dict(vars(base)) if localns is None else localns
            for name, value in ann.items():
                if value is None:
                    value = _NoneType
                if isinstance(value, str):
                    value = ForwardRef(value)
                hints[name] = _eval_type(value, g, l)
    else:
        ann = getattr(obj, '__annotations__', None)
        if ann is None:
            if type(obj) is type(_sys) or callable(obj):
                return {}
            raise TypeError('%r is not a module, class, method, or function.' % (obj,))
        if globalns is None:
            globalns = getattr(obj, '__dict__', None) if type(obj) is type(_sys) else \
                getattr(obj, '__globals__', {})
        if localns is None:
            localns = globalns
        for name, value in ann.items():
            if value is None:
                value = _NoneType
            if isinstance(value, str):
                value = ForwardRef(value)
            hints[name] = _eval_type(value, globalns, localns)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}
