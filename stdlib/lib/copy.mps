# copy — shallow and deep copies (written in mps).


class Error(Exception):
    pass


error = Error
_atomic = (type(None), int, float, bool, complex if False else str, bytes, type, range,
           type(len), type(lambda: 0))


def copy(x):
    cls = type(x)
    if isinstance(x, _atomic) or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    f = getattr(x, '__copy__', None)
    if f is not None:
        return f()
    return _reconstruct(x, False, {})


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:
        return memo[d]
    cls = type(x)
    if isinstance(x, _atomic):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
        return y
    if cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
        if d in memo:
            return memo[d]
        memo[d] = y
        return y
    if cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        return y
    if cls is set or cls is frozenset:
        y = cls(deepcopy(a, memo) for a in x)
        memo[d] = y
        return y
    if cls is bytearray:
        return bytearray(x)
    f = getattr(x, '__deepcopy__', None)
    if f is not None:
        y = f(memo)
        memo[d] = y
        return y
    return _reconstruct(x, True, memo)


def _slot_names(cls):
    # the __slots__ along the MRO, private names mangled (what
    # object.__getstate__ copies besides the __dict__)
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__') and c.__name__.lstrip('_'):
                name = '_' + c.__name__.lstrip('_') + name
            names.append(name)
    return names


def _reconstruct(x, deep, memo):
    # as CPython's copy with object.__reduce_ex__: the state is the
    # class's __getstate__(), or the __dict__ and the set slots; it goes
    # to __setstate__, or into the new __dict__ (no __setattr__) and
    # through setattr for the slots
    cls = type(x)
    y = object.__new__(cls)
    memo[id(x)] = y
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None:
        state = getstate(x)
    else:
        state = getattr(x, '__dict__', None) or None
        slots = {}
        for name in _slot_names(cls):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    if state is None:
        return y
    if deep:
        state = deepcopy(state, memo)
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state)
        return y
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for k, v in slotstate.items():
            setattr(y, k, v)
    return y
