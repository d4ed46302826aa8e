# base64 — Base16, Base32, Base64, Base85 and Ascii85 encodings, written in
# mps over binascii.

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes',
           'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'b85encode', 'b85decode', 'a85encode', 'a85decode',
           'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(s, bytes_types):
        return bytes(s)
    raise TypeError('argument should be a bytes-like object or ASCII string, not %r'
                    % s.__class__.__name__)


def _encode_data(s):
    if isinstance(s, bytes_types):
        return bytes(s)
    raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(s).__name__)


def _swap(data, frm, to):
    # data with each byte of frm replaced by the byte of to at its place
    if not data:
        return data
    table = {}
    for a, b in zip(frm, to):
        table[a] = b
    return bytes([table.get(c, c) for c in data])


def b64encode(s, altchars=None):
    out = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        out = _swap(out, b'+/', altchars)
    return out


def b64decode(s, altchars=None, validate=False):
    s = _decode_data(s)
    if altchars is not None:
        altchars = _decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _swap(s, altchars, b'+/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return _swap(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    return b64decode(_swap(_decode_data(s), b'-_', b'+/'))


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'


def _b32enc(alphabet, s):
    s = _encode_data(s)
    out = bytearray()
    n = len(s)
    for i in range(0, n, 5):
        chunk = s[i:i + 5]
        k = len(chunk)
        v = int.from_bytes(chunk + bytes(5 - k), 'big')
        group = bytes([alphabet[(v >> (35 - 5 * j)) & 31] for j in range(8)])
        used = (8 * k + 4) // 5          # characters carrying data
        out += group[:used] + b'=' * (8 - used)
    return bytes(out)


def _b32dec(alphabet, s, casefold=False, map01=None):
    s = _decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _swap(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    total = len(s)
    body = s.rstrip(b'=')
    npad = total - len(body)
    rev = {}
    for i, c in enumerate(alphabet):
        rev[c] = i
    out = bytearray()
    acc = 0
    for i in range(0, len(body), 8):
        acc = 0
        group = body[i:i + 8]
        for c in group:
            if c not in rev:
                raise binascii.Error('Non-base32 digit found')
            acc = (acc << 5) | rev[c]
        acc <<= 5 * (8 - len(group))
        out += acc.to_bytes(5, 'big')
    if npad not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if npad and out:
        keep = {1: 4, 3: 3, 4: 2, 6: 1}[npad]
        del out[len(out) - 5 + keep:]
    return bytes(out)


def b32encode(s):
    return _b32enc(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32dec(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32enc(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32dec(_B32HEX, s, casefold)


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


_B85 = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
        b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_A85 = bytes(range(33, 118))


def _words(b, pad):
    # the big-endian 32-bit words of b, zero-padded, and the pad count
    n = len(b)
    padding = (-n) % 4
    b = b + bytes(padding)
    return [int.from_bytes(b[i:i + 4], 'big') for i in range(0, len(b), 4)], padding


def _enc85(b, alphabet, pad, foldnuls, foldspaces):
    b = _encode_data(b)
    words, padding = _words(b, pad)
    chunks = []
    for w in words:
        if foldnuls and w == 0:
            chunks.append(b'z')
        elif foldspaces and w == 0x20202020:
            chunks.append(b'y')
        else:
            chunks.append(bytes([alphabet[(w // 85 ** (4 - j)) % 85] for j in range(5)]))
    if padding and not pad:
        if chunks[-1] == b'z':
            chunks[-1] = alphabet[:1] * 5
        chunks[-1] = chunks[-1][:-padding]
    return b''.join(chunks)


def b85encode(b, pad=False):
    return _enc85(b, _B85, pad, False, False)


def b85decode(b):
    b = _decode_data(b)
    rev = {}
    for i, c in enumerate(_B85):
        rev[c] = i
    padding = (-len(b)) % 5
    b = b + b'~' * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        acc = 0
        for j in range(5):
            c = b[i + j]
            if c not in rev:
                raise ValueError('bad base85 character at position %d' % (i + j))
            acc = acc * 85 + rev[c]
        if acc > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += acc.to_bytes(4, 'big')
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    res = _enc85(b, _A85, pad, True, foldspaces)
    if adobe:
        res = b'<~' + res
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [res[i:i + wrapcol] for i in range(0, len(res), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')
        res = b'\n'.join(lines)
    if adobe:
        res += b'~>'
    return res


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    b = _decode_data(b)
    if adobe:
        if not b.endswith(b'~>'):
            raise ValueError('Ascii85 encoded byte sequences must end with {!r}'.format(b'~>'))
        if b.startswith(b'<~'):
            b = b[2:-2]
        else:
            b = b[:-2]
    out = bytearray()
    group = []
    for c in b + b'u' * 4:
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                acc = 0
                for d in group:
                    acc = acc * 85 + d
                if acc > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow') from None
                out += acc.to_bytes(4, 'big')
                group = []
        elif c == 122:      # z
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += bytes(4)
        elif foldspaces and c == 121:   # y
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    padding = 4 - len(group)
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


def _check_bytes(s):
    if not isinstance(s, bytes_types):
        raise TypeError('expected bytes-like object, not %s' % s.__class__.__name__)


def encodebytes(s):
    _check_bytes(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b''.join(pieces)


def decodebytes(s):
    _check_bytes(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            ns = input.read(MAXBINSIZE - len(s))
            if not ns:
                break
            s += ns
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
