s = '\ud800'
print(len(s), ascii(s), hex(ord(s)))
try:
    c = chr(0xdc80)
    print(len(c), ascii(c), ord(c) == 0xdc80, c == '\udc80')
except ValueError as e:
    print('ValueError', e)
try:
    s.encode()
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
try:
    ('ab' + s).encode('utf-8')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
print(s.encode('utf-8', 'surrogatepass') if False else 'skip')
print(repr(s), s.isprintable())
for errors in ('ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogatepass'):
    print(errors, ('a\ud800b\U0001f600').encode('utf-8', errors))
print('x\udc80y'.encode('utf-8', 'surrogateescape'))
for enc in ('ascii', 'latin-1'):
    for errors in ('ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace'):
        print(enc, errors, 'aé€\U0001f600'.encode(enc, errors))
b = b'ok\xff\xfe'
print(ascii(b.decode('utf-8', 'surrogateescape')), b.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape') == b)
print(ascii(b.decode('ascii', 'surrogateescape')))
print(b.decode('utf-8', 'backslashreplace'), b.decode('utf-8', 'replace') == 'ok\ufffd\ufffd', b.decode('utf-8', 'ignore'))
print(ascii(b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass')))
try:
    b'\xed\xa0\x80'.decode('utf-8')
except UnicodeDecodeError as e:
    print('UnicodeDecodeError:', e)
print(chr(0xd7a3).isprintable(), chr(0xdc00).isprintable(), 'a\ud800'.isalpha(), chr(0xd800).isspace())
for c in ["a", " ", "\xa0", "\u3000", "\u200b", "\U0001f600", "\ue000", "\x7f", "\xad", "\u2028", "é", "中"]:
    print(ascii(c), c.isprintable(), ascii(repr(c)))
