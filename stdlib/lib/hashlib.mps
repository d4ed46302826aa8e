# hashlib — message digests (md5, sha1, sha2, sha3) over _hashlib, which
# holds the digest states (GNU Nettle).

import _hashlib

algorithms_guaranteed = frozenset(_hashlib.names())
algorithms_available = algorithms_guaranteed


class _Hash:
    """a digest in progress, as CPython's _hashlib.HASH"""

    def __init__(self, name, state):
        self._state = state
        self.name = name
        self.digest_size, self.block_size = _hashlib.info(name)

    def update(self, data):
        _hashlib.update(self._state, data)

    def digest(self):
        return _hashlib.digest(self._state)

    def hexdigest(self):
        return _hashlib.digest(self._state).hex()

    def copy(self):
        return _Hash(self.name, _hashlib.copy(self._state))

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %#x>' % (self.name, id(self))


_Hash.__name__ = _Hash.__qualname__ = 'HASH'


def _make(name, data):
    h = _Hash(name, _hashlib.new(name))
    if data or not isinstance(data, (bytes, bytearray)):
        h.update(data)          # the TypeError of a str or other object
    return h


def new(name, data=b'', *, usedforsecurity=True):
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    key = name.lower().replace('-', '_')
    if key not in algorithms_guaranteed:
        raise ValueError('unsupported hash type ' + name)
    return _make(key, data)


def _constructor(name):
    def make(data=b'', *, usedforsecurity=True):
        return _make(name, data)
    make.__name__ = make.__qualname__ = 'openssl_' + name
    return make


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """the digest of a file opened in binary mode, read in chunks"""
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h


__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256',
           'sha3_384', 'sha3_512', 'new', 'algorithms_guaranteed', 'algorithms_available',
           'file_digest')
