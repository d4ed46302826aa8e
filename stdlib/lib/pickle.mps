# pickle — object serialization over mps's own format (runtime/serialize.c,
# the one queues and pipes use), in "pickle mode": functions and classes
# travel by reference (module and qualified name) and are refused when they
# cannot be found again that way (lambdas, local functions), as CPython's
# pickle refuses them; instances go by __reduce__ / __getstate__ /
# __setstate__ or their __dict__. The bytes are NOT CPython's pickle
# format: b'\x80', the protocol number, the length of the payload (8 bytes,
# little-endian), then the payload. Pickles from CPython cannot be loaded.

import _serialize

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler',
           'Unpickler', 'dump', 'dumps', 'load', 'loads',
           'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL']

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4

format_version = '4.0'
compatible_formats = ['1.0', '1.1', '1.2', '1.3', '2.0', '3.0', '4.0', '5.0']


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


def _protocol(protocol):
    if protocol is None:
        return DEFAULT_PROTOCOL
    if not isinstance(protocol, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(protocol).__name__)
    if protocol < 0:
        return HIGHEST_PROTOCOL
    if protocol > HIGHEST_PROTOCOL:
        raise ValueError('pickle protocol must be <= %d' % HIGHEST_PROTOCOL)
    return protocol


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    protocol = _protocol(protocol)
    payload = _serialize.pickle_dumps(obj, PicklingError)
    return b'\x80' + bytes([protocol]) + len(payload).to_bytes(8, 'little') + payload


def _check_data(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _header(head):
    # the payload length from the 10-byte header
    if not head:
        raise EOFError('Ran out of input')
    if head[0] != 0x80:
        raise UnpicklingError('invalid load key, %r.' % chr(head[0]))
    if len(head) < 10:
        raise UnpicklingError('pickle data was truncated')
    if head[1] > HIGHEST_PROTOCOL:
        raise ValueError('unsupported pickle protocol: %d' % head[1])
    return int.from_bytes(head[2:10], 'little')


def _decode(payload):
    try:
        return _serialize.pickle_loads(payload)
    except ValueError as e:
        if str(e).startswith('malformed serialized data'):
            raise UnpicklingError(str(e).replace('malformed serialized data', 'invalid pickle data')) from None
        raise


def loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    _check_data(data)
    data = bytes(data)
    n = _header(data[:10])
    payload = data[10:10 + n]
    if len(payload) < n:
        raise UnpicklingError('pickle data was truncated')
    return _decode(payload)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol).dump(obj)


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
    return Unpickler(file).load()


class Pickler:
    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        self.protocol = _protocol(protocol)
        try:
            self._write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute") from None
        self.fast = 0

    def dump(self, obj):
        self._write(dumps(obj, self.protocol))

    def clear_memo(self):
        pass


class Unpickler:
    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=()):
        try:
            self._read = file.read
        except AttributeError:
            raise TypeError("file must have 'read' and 'readline' attributes") from None

    def load(self):
        head = self._read(10)
        n = _header(head)
        payload = self._read(n) if n else b''
        if len(payload) < n:
            raise UnpicklingError('pickle data was truncated')
        return _decode(bytes(payload))

    def find_class(self, module, name):
        __import__(module)
        import sys
        obj = sys.modules[module]
        for part in name.split('.'):
            obj = getattr(obj, part)
        return obj
