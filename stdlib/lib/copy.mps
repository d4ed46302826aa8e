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


def _reconstruct(x, deep, memo):
    cls = type(x)
    y = object.__new__(cls)
    memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    if state:
        for k, v in state.items():
            setattr(y, k, deepcopy(v, memo) if deep else v)
    return y
