# binascii — conversions between binary data and ASCII encodings (hex,
# base64, CRCs), written in mps. Errors are binascii.Error (a ValueError)
# with CPython 3.11's messages.

__all__ = ['Error', 'Incomplete', 'hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex',
           'b2a_base64', 'a2b_base64', 'crc32', 'crc_hqx']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64REV = [-1] * 256
for _i, _c in enumerate(_B64):
    _B64REV[_c] = _i
del _i, _c


def _data(b):
    # a bytes-like argument for the encoders
    if isinstance(b, (bytes, bytearray)):
        return b
    raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


def _ascii(s):
    # the argument of a decoder: bytes, bytearray or an ASCII str
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(s, (bytes, bytearray)):
        return s
    raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                    % type(s).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    h = _data(data).hex()
    if sep is None or not data:
        return h.encode('ascii')
    if isinstance(sep, (bytes, bytearray)):
        sep = sep.decode('latin-1')
    if len(sep) != 1:
        raise ValueError('sep must be length 1.')
    if ord(sep) > 127:
        raise ValueError('sep must be ASCII.')
    n = bytes_per_sep
    if n == 0:
        return h.encode('ascii')
    w = 2 * abs(n)
    if n > 0:
        first = len(h) % w
        parts = [h[:first]] if first else []
        parts += [h[i:i + w] for i in range(first, len(h), w)]
    else:
        parts = [h[i:i + w] for i in range(0, len(h), w)]
    return sep.join(parts).encode('ascii')


def b2a_hex(data, sep=None, bytes_per_sep=1):
    return hexlify(data, sep, bytes_per_sep)


def unhexlify(hexstr):
    s = _ascii(hexstr)
    if len(s) % 2:
        raise Error('Odd-length string')
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70 or 97 <= c <= 102):
            raise Error('Non-hexadecimal digit found')
    return bytes.fromhex(s.decode('ascii'))


def a2b_hex(hexstr):
    return unhexlify(hexstr)


def b2a_base64(data, *, newline=True):
    b = _data(data)
    out = bytearray()
    n = len(b)
    i = 0
    t = _B64
    while i + 3 <= n:
        v = (b[i] << 16) | (b[i + 1] << 8) | b[i + 2]
        out.append(t[v >> 18])
        out.append(t[(v >> 12) & 63])
        out.append(t[(v >> 6) & 63])
        out.append(t[v & 63])
        i += 3
    rest = n - i
    if rest == 1:
        v = b[i] << 16
        out += bytes([t[v >> 18], t[(v >> 12) & 63], 61, 61])
    elif rest == 2:
        v = (b[i] << 16) | (b[i + 1] << 8)
        out += bytes([t[v >> 18], t[(v >> 12) & 63], t[(v >> 6) & 63], 61])
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    s = _ascii(data)
    out = bytearray()
    rev = _B64REV
    quad = 0
    left = 0
    pads = 0
    padding = False
    ndata = 0
    n = len(s)
    for i in range(n):
        c = s[i]
        if c == 61:
            padding = True
            if strict_mode and i == 0:
                raise Error('Leading padding not allowed')
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = rev[c]
        if v < 0:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding:
            raise Error('Discontinuous padding not allowed')
        ndata += 1
        if quad == 0:
            left = v
            quad = 1
        elif quad == 1:
            out.append(((left << 2) | (v >> 4)) & 255)
            left = v & 15
            quad = 2
        elif quad == 2:
            out.append(((left << 4) | (v >> 2)) & 255)
            left = v & 3
            quad = 3
        else:
            out.append(((left << 6) | v) & 255)
            quad = 0
    if quad == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) '
                    'cannot be 1 more than a multiple of 4' % ndata)
    if quad:
        raise Error('Incorrect padding')
    return bytes(out)


def _crc_table():
    tab = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        tab.append(c)
    return tab


_CRC32 = _crc_table()


def crc32(data, value=0, /):
    b = _data(data)
    tab = _CRC32
    c = (value & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for x in b:
        c = tab[(c ^ x) & 255] ^ (c >> 8)
    return c ^ 0xFFFFFFFF


def _hqx_table():
    tab = []
    for i in range(256):
        c = i << 8
        for _ in range(8):
            c = ((c << 1) ^ 0x1021) & 0xFFFF if c & 0x8000 else (c << 1) & 0xFFFF
        tab.append(c)
    return tab


_HQX = _hqx_table()


def crc_hqx(data, crc, /):
    b = _data(data)
    tab = _HQX
    c = crc & 0xFFFF
    for x in b:
        c = ((c << 8) & 0xFF00) ^ tab[(c >> 8) ^ x]
    return c
