# struct — bytes from values and back by a format string, over _struct
# (stdlib/mod_struct.c), which parses formats and packs; this file holds
# struct.error, the Struct class and iter_unpack.

import _struct

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


_struct._init(error)


def _fmt(format):
    if not isinstance(format, (str, bytes)):
        raise TypeError('Struct() argument 1 must be a str or bytes object, not %s'
                        % type(format).__name__)
    return format


def calcsize(format):
    return _struct.calcsize(_fmt(format))


def pack(*args):
    if not args:
        raise TypeError('missing format argument')
    return _struct.pack(_fmt(args[0]), args[1:])


def pack_into(*args):
    if not args:
        raise TypeError('missing format argument')
    fmt = _fmt(args[0])
    if len(args) < 2:
        _struct.calcsize(fmt)
        raise TypeError('pack_into expected buffer argument')
    if len(args) < 3:
        _struct.calcsize(fmt)
        raise TypeError('pack_into expected offset argument')
    return _struct.pack_into(fmt, args[1], args[2], args[3:])


def unpack(format, buffer, /):
    return _struct.unpack(_fmt(format), buffer)


def unpack_from(format, /, buffer, offset=0):
    return _struct.unpack_from(_fmt(format), buffer, offset)


class unpack_iterator:
    def __init__(self, fmt, size, buffer):
        self._fmt = fmt
        self._size = size
        self._buf = buffer
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._buf is None or self._pos + self._size > len(self._buf):
            self._buf = None
            raise StopIteration
        r = _struct.unpack_from(self._fmt, self._buf, self._pos)
        self._pos += self._size
        return r

    def __length_hint__(self):
        if self._buf is None:
            return 0
        return (len(self._buf) - self._pos) // self._size


def iter_unpack(format, buffer, /):
    fmt = _fmt(format)
    size = _struct.calcsize(fmt)
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    if not isinstance(buffer, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)
    if len(buffer) % size:
        raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % size)
    return unpack_iterator(fmt, size, buffer)


class Struct:
    """Struct(format): a compiled format"""

    def __init__(self, format):
        fmt = _fmt(format)
        self._size = _struct.calcsize(fmt)
        self._format = fmt.decode('latin-1') if isinstance(fmt, bytes) else fmt

    @property
    def format(self):
        return self._format

    @property
    def size(self):
        return self._size

    def pack(self, *args):
        return _struct.pack(self._format, args)

    def pack_into(self, *args):
        if len(args) < 1:
            raise TypeError('pack_into expected buffer argument')
        if len(args) < 2:
            raise TypeError('pack_into expected offset argument')
        return _struct.pack_into(self._format, args[0], args[1], args[2:])

    def unpack(self, buffer, /):
        return _struct.unpack(self._format, buffer)

    def unpack_from(self, buffer, offset=0):
        return _struct.unpack_from(self._format, buffer, offset)

    def iter_unpack(self, buffer, /):
        return iter_unpack(self._format, buffer)

    def __repr__(self):
        return '<_struct.Struct object at %#x>' % id(self)
