# collections — deque, defaultdict, Counter, OrderedDict, namedtuple,
# ChainMap-free (written in mps).
import sys as _sys


class deque:
    # two lists: _left holds the left part reversed, _right the rest, so
    # both ends are amortized O(1)
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None and maxlen < 0:
            raise ValueError("maxlen must be non-negative")
        self._left = []
        self._right = []
        self._maxlen = maxlen
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def __len__(self):
        return len(self._left) + len(self._right)

    def __bool__(self):
        return bool(self._left) or bool(self._right)

    def _list(self):
        return self._left[::-1] + self._right

    def __iter__(self):
        return iter(self._list())

    def __reversed__(self):
        return iter(self._list()[::-1])

    def __contains__(self, x):
        return x in self._left or x in self._right

    def __repr__(self):
        if self._maxlen is None:
            return "deque(" + repr(self._list()) + ")"
        return "deque(" + repr(self._list()) + ", maxlen=" + str(self._maxlen) + ")"

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._list() == other._list()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._list() != other._list()

    def __lt__(self, other):
        return self._list() < other._list()

    def __le__(self, other):
        return self._list() <= other._list()

    def __gt__(self, other):
        return self._list() > other._list()

    def __ge__(self, other):
        return self._list() >= other._list()

    def _index(self, i):
        n = len(self._left) + len(self._right)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            raise TypeError("sequence index must be integer, not 'slice'")
        i = self._index(i)
        nl = len(self._left)
        if i < nl:
            return self._left[nl - 1 - i]
        return self._right[i - nl]

    def __setitem__(self, i, v):
        i = self._index(i)
        nl = len(self._left)
        if i < nl:
            self._left[nl - 1 - i] = v
        else:
            self._right[i - nl] = v

    def __delitem__(self, i):
        i = self._index(i)
        items = self._list()
        del items[i]
        self._left = []
        self._right = items

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "' + type(other).__name__ + '") to deque')
        return deque(self._list() + other._list(), self._maxlen)

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __copy__(self):
        return deque(self._list(), self._maxlen)

    def copy(self):
        return deque(self._list(), self._maxlen)

    def append(self, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            if self._maxlen == 0:
                return
            self.popleft()
        self._right.append(x)

    def appendleft(self, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            if self._maxlen == 0:
                return
            self.pop()
        self._left.append(x)

    def pop(self):
        if not self._right:
            if not self._left:
                raise IndexError("pop from an empty deque")
            k = (len(self._left) + 1) // 2
            self._right = self._left[:k][::-1]
            self._left = self._left[k:]
        return self._right.pop()

    def popleft(self):
        if not self._left:
            if not self._right:
                raise IndexError("pop from an empty deque")
            k = (len(self._right) + 1) // 2
            self._left = self._right[:k][::-1]
            self._right = self._right[k:]
        return self._left.pop()

    def extend(self, iterable):
        if iterable is self:
            iterable = self._list()
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = self._list()
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._left = []
        self._right = []

    def count(self, x):
        return self._left.count(x) + self._right.count(x)

    def index(self, x, start=0, stop=None):
        items = self._list()
        if stop is None:
            stop = len(items)
        for i in range(start, min(stop, len(items))):
            if items[i] == x:
                return i
        raise ValueError(repr(x) + " is not in deque")

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._list()
        items.insert(i, x)
        self._left = []
        self._right = items

    def remove(self, value):
        items = self._list()
        for i in range(len(items)):
            if items[i] == value:
                del items[i]
                self._left = []
                self._right = items
                return
        raise ValueError("deque.remove(x): x not in deque")

    def reverse(self):
        self._left, self._right = self._right, self._left

    def rotate(self, n=1):
        size = len(self)
        if size <= 1:
            return
        n = n % size
        if n == 0:
            return
        items = self._list()
        self._left = []
        self._right = items[-n:] + items[:-n]


class defaultdict(dict):
    default_factory = None      # until __init__ sets the instance's own

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return type(self).__name__ + "(" + repr(self.default_factory) + ", " + dict.__repr__(self) + ")"

    def copy(self):
        return defaultdict(self.default_factory, self)

    __copy__ = copy


class OrderedDict(dict):
    def __repr__(self):
        if not self:
            return "OrderedDict()"
        return "OrderedDict(" + repr(list(self.items())) + ")"

    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            self.clear()
            self[key] = value
            for k, v in rest:
                self[k] = v

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        return key, self.pop(key)

    def copy(self):
        return OrderedDict(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    __hash__ = None


class Counter(dict):
    def __init__(self, iterable=None, **kwds):
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        if n is None:
            return items
        return items[:max(n, 0)]

    def elements(self):
        for elem, count in self.items():
            for i in range(count):
                yield elem

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) + count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return Counter(self)

    def __repr__(self):
        if not self:
            return "Counter()"
        return "Counter({" + ", ".join(repr(k) + ": " + repr(v) for k, v in self.most_common()) + "})"

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result


_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global',
    'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return',
    'try', 'while', 'with', 'yield'])


def _name_list(names):
    names = ["'" + n + "'" for n in names]
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return names[0] + ' and ' + names[1]
    return ', '.join(names[:-1]) + ', and ' + names[-1]


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: %r' % name)
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)
    field_names = tuple(field_names)
    nfields = len(field_names)
    defaults = tuple(defaults) if defaults is not None else ()
    if len(defaults) > nfields:
        raise TypeError('Got more default values than field names')
    who = typename + '.__new__()'

    def __new__(cls, *args, **kwargs):
        values = list(args)
        if len(values) > nfields:
            raise TypeError("%s takes %d positional arguments but %d were given"
                            % (who, nfields + 1, len(values) + 1))
        for name in field_names[:len(values)]:
            if name in kwargs:
                raise TypeError("%s got multiple values for argument '%s'" % (who, name))
        missing = []
        for name in field_names[len(values):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            else:
                i = field_names.index(name) - (nfields - len(defaults))
                if i < 0:
                    missing.append(name)
                else:
                    values.append(defaults[i])
        if kwargs:
            raise TypeError("%s got an unexpected keyword argument '%s'" % (who, next(iter(kwargs))))
        if missing:
            raise TypeError("%s missing %d required positional argument%s: %s"
                            % (who, len(missing), '' if len(missing) == 1 else 's', _name_list(missing)))
        return tuple.__new__(cls, values)

    def __repr__(self):
        return typename + "(" + ", ".join(n + "=" + repr(v) for n, v in zip(field_names, self)) + ")"

    def _asdict(self):
        return dict(zip(field_names, self))

    def _replace(self, **kwargs):
        result = cls(*[kwargs.pop(n, v) for n, v in zip(field_names, self)])
        if kwargs:
            raise ValueError('Got unexpected field names: %r' % list(kwargs))
        return result

    def _make(iterable):
        return cls(*iterable)

    ns = {'__new__': __new__, '__repr__': __repr__, '_asdict': _asdict, '_replace': _replace,
          '_fields': field_names, '_field_defaults': dict(zip(field_names[nfields - len(defaults):], defaults)),
          '__slots__': (), '_make': staticmethod(_make)}
    for index, name in enumerate(field_names):
        ns[name] = property(lambda self, i=index: self[i])
    cls = type(typename, (tuple,), ns)
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    cls.__module__ = module
    return cls
