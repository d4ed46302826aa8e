# str.encode and bytes methods: decode, split, strip, find, count, join, hex-free reprs
s = 'hello wörld'
b = s.encode('utf-8')
print(b, type(b).__name__, len(s), len(b))
print(b.decode('utf-8'), b.decode() == s)
print(b.upper(), b.lower(), b.split(), b.split(b'l'))
print(b.find(b'w'), b.count(b'l'), b.startswith(b'hel'), b.endswith(b'ld'), b.index(b'o'))
print(b.replace(b'l', b'L'), b'  x  '.strip(), b'xxyxx'.strip(b'x'), b'-'.join([b'a', b'b']))
print(b[0], b[-1], b[1:4], b[::-1][:3], list(b[:3]))
print(b'abc' + b'def', b'ab' * 2, b'b' in b'abc', 98 in b'abc')
print(bytes([104, 105]), bytes(range(65, 70)), bytes('abc', 'ascii'))
print(b'\x00\x01' == bytes(2) if False else bytes(2), repr(b"'"), repr(b'"'))
print('abc'.encode('ascii'), 'é'.encode('latin-1') if False else 'é'.encode())
for x in [b'', b'a', b'\n\t\r', b'\x80\xff', b'back\\slash']:
    print(repr(x), len(x))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', isinstance(e, ValueError))
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError:', e)
try:
    b'abc'[0] = 1
except TypeError as e:
    print('TypeError:', e)
print(b'abc' == 'abc', b'abc' < b'abd', sorted([b'b', b'a']))
print(b'a,b,c'.split(b','), b'line1\nline2'.splitlines(), b'k=v'.partition(b'='))
